#include "evaluation/contributions.h"

#include "method/method.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace alliance::evaluation {

namespace {

std::optional<double> shareOf(double part, double whole)
{
    // A share of nothing (or of a negative whole) has no meaning: say so rather than divide.
    if (!(whole > 0))
        return std::nullopt;
    return part / whole * 100.0;
}

} // namespace

ContributionUnit contributionUnit(const QString &kindId)
{
    if (kindId == QLatin1String("money"))
        return ContributionUnit::Currency;
    if (kindId == QLatin1String("skills") || kindId == QLatin1String("people_days"))
        return ContributionUnit::Days;
    return ContributionUnit::Items;
}

int dayPluralNumber(double days)
{
    const double size = std::fabs(days);
    if (size == 1)
        return 1;
    // Below 2 French says "1,5 jour" and English "1.5 days": 0 gives both.
    return size < 2 || !std::isfinite(size) ? 0 : 2;
}

QString quantityText(double quantity, ContributionUnit unit, const QLocale &locale)
{
    switch (unit) {
    case ContributionUnit::Currency:
        return locale.toCurrencyString(quantity, QString(QChar(0x20AC)), 2);
    case ContributionUnit::Days:
        //: A number of person-days, e.g. "25 days"; %1 is the number written in the reader's language
        return QCoreApplication::translate("Contributions", "%1 day(s)", nullptr, dayPluralNumber(quantity))
            .arg(locale.toString(quantity, 'g', 12));
    case ContributionUnit::Items:
        break;
    }
    return locale.toString(quantity, 'g', 12);
}

ContributionSummary summariseContributions(const Project &project)
{
    const QList<method::Choice> &kinds = method::contributionKinds();
    const QList<double> zeros(kinds.size(), 0.0);

    ContributionSummary s;
    s.byKind = zeros;
    s.quantityByKind = zeros;
    QHash<QUuid, int> lineOf;
    for (const Organisation &o : project.organisations) {
        lineOf.insert(o.id, int(s.partners.size()));
        s.partners.append({o.id, zeros, zeros, 0, 0, std::nullopt});
    }
    PartnerContributions unassigned {QUuid(), zeros, zeros, 0, 0, std::nullopt};

    for (const Contribution &c : project.contributions) {
        if (!std::isfinite(c.valueEuros) || !std::isfinite(c.quantity))
            continue;
        const int line = lineOf.value(c.organisationId, -1);
        const bool isPartner = line >= 0;
        PartnerContributions &p = isPartner ? s.partners[line] : unassigned;
        int kind = -1;
        for (int k = 0; k < kinds.size(); ++k)
            if (kinds.at(k).id == c.kind)
                kind = k;
        if (kind >= 0) {
            p.byKind[kind] += c.valueEuros;
            p.quantityByKind[kind] += c.quantity;
        }
        p.totalEuros += c.valueEuros;
        ++p.count;
        if (!isPartner)
            continue; // not a partner: counted apart, in no total nor share
        if (kind >= 0) {
            s.byKind[kind] += c.valueEuros;
            s.quantityByKind[kind] += c.quantity;
        }
        s.grandTotal += c.valueEuros;
        ++s.count;
    }
    if (unassigned.count > 0)
        s.unassigned = unassigned;
    for (PartnerContributions &p : s.partners)
        p.sharePercent = shareOf(p.totalEuros, s.grandTotal);
    for (double k : s.byKind)
        s.kindSharePercent.append(shareOf(k, s.grandTotal));
    return s;
}

} // namespace alliance::evaluation
