#include "portfolio/summaryjson.h"

#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace alliance::portfolio {

namespace {

/// Most items in a list the cache holds (territories, angles).
constexpr int maxListItems = 1000;
/// Largest count the cache holds (indicators, late actions).
constexpr int maxCount = 10000000;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonArray dated(const DatedItem &item)
{
    return {item.title, isoDate(item.date)};
}

/// Reads what toJson wrote, failing (ok = false) at the first value out of place.
class Reader
{
public:
    bool ok = true;

    QString text(const QJsonValue &v)
    {
        if (!v.isString())
            return fail<QString>();
        const QString s = v.toString();
        if (s.size() > schema::maxTextLength || s.contains(QChar(0)))
            return fail<QString>();
        return s;
    }
    /// A method id: short, lower-case letters, digits and underscores; may be empty.
    QString id(const QJsonValue &v)
    {
        const QString s = text(v);
        if (s.size() > 64)
            return fail<QString>();
        for (const QChar c : s)
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                  || c == QLatin1Char('_')))
                return fail<QString>();
        return s;
    }
    int count(const QJsonValue &v)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > maxCount || d != std::floor(d))
            return fail<int>();
        return int(d);
    }
    /// Empty text: no date; otherwise an ISO date within the file format's range.
    QDate date(const QJsonValue &v)
    {
        const QString s = text(v);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != s)
            return fail<QDate>();
        return d;
    }
    std::optional<double> percent(const QJsonValue &v)
    {
        if (v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 100)
            return fail<std::optional<double>>();
        return d;
    }
    QJsonArray array(const QJsonValue &v, qsizetype exactly = -1)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() > maxListItems || (exactly >= 0 && a.size() != exactly))
            return fail<QJsonArray>();
        return a;
    }
    bool boolean(const QJsonValue &v)
    {
        if (!v.isBool())
            return fail<bool>();
        return v.toBool();
    }
    DatedItem dated(const QJsonValue &v)
    {
        const QJsonArray a = array(v, 2);
        if (!ok)
            return {};
        DatedItem item {text(a.at(0)), date(a.at(1))};
        if (!item.isSet() && !item.title.isEmpty())
            ok = false; // toJson never writes a title without its date
        return item;
    }

private:
    template<typename T> T fail()
    {
        ok = false;
        return T();
    }
};

} // namespace

QJsonObject toJson(const PartnershipSummary &s)
{
    QJsonArray angles;
    for (const AngleFigure &a : s.angles)
        angles.append(QJsonArray {a.angleId, a.percent ? QJsonValue(*a.percent) : QJsonValue(), a.respondents});
    QJsonArray upcoming;
    for (const DueCount &d : s.upcoming)
        upcoming.append(QJsonArray {dueKindId(d.kind), isoDate(d.date), d.count});
    return {
        {QStringLiteral("path"), s.path},
        {QStringLiteral("on"), isoDate(s.computedOn)},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("lead"), s.lead},
        {QStringLiteral("territories"), QJsonArray::fromStringList(s.territories)},
        {QStringLiteral("leadTerritory"), s.leadTerritory},
        {QStringLiteral("model"), s.modelId},
        {QStringLiteral("step"), s.currentStepId},
        {QStringLiteral("indicators"), QJsonArray {s.onTrack, s.atRisk, s.offTrack, s.noData}},
        {QStringLiteral("review"), s.hasReview},
        {QStringLiteral("reviewDate"), isoDate(s.lastReviewDate)},
        {QStringLiteral("angles"), angles},
        {QStringLiteral("late"), s.lateActions},
        {QStringLiteral("milestone"), dated(s.nextMilestone)},
        {QStringLiteral("committee"), dated(s.nextCommittee)},
        {QStringLiteral("upcoming"), upcoming},
    };
}

std::optional<PartnershipSummary> summaryFromJson(const QJsonObject &json)
{
    static const QStringList keys {
        QStringLiteral("angles"),    QStringLiteral("committee"),   QStringLiteral("indicators"),
        QStringLiteral("late"),      QStringLiteral("lead"),        QStringLiteral("leadTerritory"),
        QStringLiteral("milestone"), QStringLiteral("model"),       QStringLiteral("on"),
        QStringLiteral("path"),      QStringLiteral("review"),      QStringLiteral("reviewDate"),
        QStringLiteral("step"),      QStringLiteral("territories"), QStringLiteral("title"),
        QStringLiteral("upcoming"),
    };
    if (json.keys() != keys) // QJsonObject keeps its keys sorted
        return std::nullopt;
    Reader r;
    PartnershipSummary s;
    s.path = r.text(json.value(QStringLiteral("path")));
    s.computedOn = r.date(json.value(QStringLiteral("on")));
    s.title = r.text(json.value(QStringLiteral("title")));
    s.lead = r.text(json.value(QStringLiteral("lead")));
    for (const QJsonValue &t : r.array(json.value(QStringLiteral("territories"))))
        s.territories.append(r.text(t));
    s.leadTerritory = r.text(json.value(QStringLiteral("leadTerritory")));
    s.modelId = r.id(json.value(QStringLiteral("model")));
    s.currentStepId = r.id(json.value(QStringLiteral("step")));
    const QJsonArray indicators = r.array(json.value(QStringLiteral("indicators")), 4);
    if (r.ok) {
        s.onTrack = r.count(indicators.at(0));
        s.atRisk = r.count(indicators.at(1));
        s.offTrack = r.count(indicators.at(2));
        s.noData = r.count(indicators.at(3));
    }
    s.hasReview = r.boolean(json.value(QStringLiteral("review")));
    s.lastReviewDate = r.date(json.value(QStringLiteral("reviewDate")));
    for (const QJsonValue &v : r.array(json.value(QStringLiteral("angles")))) {
        const QJsonArray a = r.array(v, 3);
        if (!r.ok)
            break;
        s.angles.append({r.id(a.at(0)), r.percent(a.at(1)), r.count(a.at(2))});
    }
    s.lateActions = r.count(json.value(QStringLiteral("late")));
    s.nextMilestone = r.dated(json.value(QStringLiteral("milestone")));
    s.nextCommittee = r.dated(json.value(QStringLiteral("committee")));
    // What falls due: known kinds, within the horizon of its day, in order, each (date, kind) once.
    for (const QJsonValue &v : r.array(json.value(QStringLiteral("upcoming")))) {
        const QJsonArray a = r.array(v, 3);
        if (!r.ok)
            break;
        const auto kind = dueKindNamed(r.id(a.at(0)));
        const DueCount d {kind.value_or(DueCount::Kind::Action), r.date(a.at(1)), r.count(a.at(2))};
        const bool inOrder = s.upcoming.isEmpty() || s.upcoming.constLast().date < d.date
            || (s.upcoming.constLast().date == d.date && int(s.upcoming.constLast().kind) < int(d.kind));
        if (!kind || d.count < 1 || !d.date.isValid() || !s.computedOn.isValid() || d.date < s.computedOn
            || d.date > s.computedOn.addDays(upcomingHorizonDays) || !inOrder) {
            r.ok = false;
            break;
        }
        s.upcoming.append(d);
    }
    if (!r.ok || !s.computedOn.isValid() || s.path.isEmpty() || (!s.hasReview && !s.angles.isEmpty()))
        return std::nullopt;
    return s;
}

} // namespace alliance::portfolio
