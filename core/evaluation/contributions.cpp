#include "evaluation/contributions.h"

#include "method/method.h"

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

ContributionSummary summariseContributions(const Project &project)
{
    const QList<method::Choice> &kinds = method::contributionKinds();
    const QList<double> zeros(kinds.size(), 0.0);

    ContributionSummary s;
    s.byKind = zeros;
    QHash<QUuid, int> lineOf;
    for (const Organisation &o : project.organisations) {
        lineOf.insert(o.id, int(s.partners.size()));
        s.partners.append({o.id, zeros, 0, 0, std::nullopt});
    }
    PartnerContributions unassigned{QUuid(), zeros, 0, 0, std::nullopt};

    for (const Contribution &c : project.contributions) {
        if (!std::isfinite(c.valueEuros))
            continue;
        const int line = lineOf.value(c.organisationId, -1);
        PartnerContributions &p = line >= 0 ? s.partners[line] : unassigned;
        int kind = -1;
        for (int k = 0; k < kinds.size(); ++k)
            if (kinds.at(k).id == c.kind)
                kind = k;
        if (kind >= 0) {
            p.byKind[kind] += c.valueEuros;
            s.byKind[kind] += c.valueEuros;
        }
        p.totalEuros += c.valueEuros;
        ++p.count;
        s.grandTotal += c.valueEuros;
        ++s.count;
    }
    if (unassigned.count > 0)
        s.partners.append(unassigned);
    for (PartnerContributions &p : s.partners)
        p.sharePercent = shareOf(p.totalEuros, s.grandTotal);
    for (double k : s.byKind)
        s.kindSharePercent.append(shareOf(k, s.grandTotal));
    return s;
}

} // namespace alliance::evaluation
