#include "evaluation/dashboard.h"

#include "evaluation/axisrange.h"
#include "evaluation/contributions.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/shorttext.h"

#include "model/language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

// Strings call QCoreApplication::translate("Dashboard", ...) in full so that
// lupdate files them under "Dashboard" (a local helper would hide them).

namespace alliance::dashboard {

namespace {

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

/// Longest user text in a category, legend or title, in characters: a chart
/// label is a line or two, and every drawing (page, PDF, export) would lay out
/// and shorten a name of 100,000 characters again. Cut with a mark (…).
constexpr int labelLength = 60;

QString label(const QString &userText)
{
    return shortText(userText, labelLength);
}

double valueOr(const std::optional<double> &v)
{
    return v ? *v : noValue;
}

QStringList objectiveNames()
{
    QStringList names;
    for (const method::Objective &o : method::objectives())
        names << method::tr(o.name);
    return names;
}

QString organisationName(const Project &p, const QUuid &id)
{
    const Organisation *o = id.isNull() ? nullptr : p.organisation(id);
    if (o)
        return label(o->name);
    return id.isNull() ? QCoreApplication::translate("Dashboard", "No partner")
                       : QCoreApplication::translate("Dashboard", "Unknown organisation");
}

QString reviewLabel(const Project &p, const evaluation::ReviewScores &r)
{
    for (const Review &review : p.reviews) {
        if (review.id == r.reviewId && !review.title.trimmed().isEmpty())
            return label(review.title);
    }
    return r.date.isValid() ? writingLocale().toString(r.date, QLocale::ShortFormat)
                            : QCoreApplication::translate("Dashboard", "Undated review");
}

/// x of a date on a Lines chart: noon UTC, the same calendar day in every zone.
double dateX(const QDate &date)
{
    return double(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

ChartData carreChart(const evaluation::Recommendation &rec)
{
    ChartData d;
    d.id = QStringLiteral("carre");
    d.title = QCoreApplication::translate("Dashboard", "Carré magique of the partners");
    d.xTitle = QCoreApplication::translate("Dashboard", "Objectives");
    d.yTitle = QCoreApplication::translate("Dashboard", "Weight (%)");
    d.shape = ChartShape::Radar;
    d.categories = objectiveNames();
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Weight each partner's four objectives in step 2 to compare the partners here.");
    d.unit = figures::Unit::percent();
    for (const evaluation::PartnerWeighting &partner : rec.partners) {
        Series s;
        s.name = label(partner.name);
        s.id = partner.organisationId.toString(QUuid::WithoutBraces);
        for (double w : partner.weights)
            s.values << w * 100.0;
        d.series << s;
    }
    return d;
}

// Step 3 read as METHOD.md 6b reads it: no barycentre of the partners and no
// model profile, but each partner's weight on the objective each category
// serves, so a partner's reading is its tallest bar; the title names the model
// the relationship describes, as the Model page does.
ChartData readingsChart(const evaluation::Recommendation &rec)
{
    ChartData d;
    d.id = QStringLiteral("readings");
    if (const method::Model *model = method::findModel(rec.modelId))
        d.title = QCoreApplication::translate("Dashboard", "Readings and model: %1").arg(method::tr(model->name));
    else
        d.title = QCoreApplication::translate("Dashboard", "Each partner's reading of the typology");
    d.xTitle = QCoreApplication::translate("Dashboard", "Categories (weight of the objective served)");
    d.yTitle = QCoreApplication::translate("Dashboard", "Weight (%)");
    d.shape = ChartShape::Bars;
    for (const method::Category &c : method::categories())
        d.categories << method::tr(c.name);
    d.emptyHint = QCoreApplication::translate(
        "Dashboard",
        "Weight the partners' objectives in step 2 to see which category each partner's reading points to.");
    d.unit = figures::Unit::percent();
    for (const evaluation::PartnerWeighting &partner : rec.partners) {
        Series s;
        s.name = label(partner.name);
        s.id = partner.organisationId.toString(QUuid::WithoutBraces);
        for (const method::Category &c : method::categories())
            s.values << partner.weights[method::objectiveIndex(c.objectiveId)] * 100.0;
        d.series << s;
    }
    return d;
}

ChartData stepsChart(const evaluation::JourneyProgress &journey)
{
    ChartData d;
    d.id = QStringLiteral("steps");
    d.title = QCoreApplication::translate("Dashboard", "Progress along the seven steps");
    d.xTitle = QCoreApplication::translate("Dashboard", "Steps");
    d.yTitle = QCoreApplication::translate("Dashboard", "Progress (%)");
    d.shape = ChartShape::HorizontalBars;
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Enter what a step produces, or set its status at the top of its page, to see the progress.");
    d.unit = figures::Unit::percent();
    // One series per status, so each bar takes its status colour, and apart
    // for the statuses the manager has not set: a suggestion from what was
    // entered is shown as one, in a lighter colour, with its reason.
    const QString doneLabel = method::choiceLabel(method::stepStatuses(), QStringLiteral("done"));
    const QString startedLabel = method::choiceLabel(method::stepStatuses(), QStringLiteral("in_progress"));
    const auto suggested
        = [](const QString &status) { return QCoreApplication::translate("Dashboard", "%1 (suggested)").arg(status); };
    Series done {doneLabel, {}, {}, QStringLiteral("done"), QStringLiteral("done"), {}};
    Series started {startedLabel, {}, {}, QStringLiteral("in_progress"), QStringLiteral("in_progress"), {}};
    Series doneSuggested {
        suggested(doneLabel), {}, {}, QStringLiteral("done_suggested"), QStringLiteral("done_suggested"), {}};
    Series startedSuggested {suggested(startedLabel),
                             {},
                             {},
                             QStringLiteral("in_progress_suggested"),
                             QStringLiteral("in_progress_suggested"),
                             {}};
    for (const evaluation::StepProgress &step : journey.steps) {
        const method::Step *s = method::findStep(step.stepId);
        d.categories << (s ? QStringLiteral("%1. %2").arg(s->number).arg(method::tr(s->name)) : step.stepId);
        const bool isDone = step.status == QLatin1String("done");
        const bool isStarted = step.status == QLatin1String("in_progress");
        // The bar's length is the rule's percent (done 100, in progress 50).
        QList<Series *> all {&done, &started, &doneSuggested, &startedSuggested};
        Series *own = !isDone && !isStarted ? nullptr
            : step.suggested                ? (isDone ? &doneSuggested : &startedSuggested)
                                            : (isDone ? &done : &started);
        const QString note = step.suggested ? QCoreApplication::translate("Dashboard",
                                                                          "suggested from what was "
                                                                          "entered: %1")
                                                  .arg(step.suggestion.reason())
                                            : QString();
        for (Series *series : all) {
            series->values << (series == own ? step.percent : 0.0);
            series->notes << (series == own ? note : QString());
        }
    }
    for (const Series &series : {done, started, doneSuggested, startedSuggested})
        if (std::any_of(series.values.cbegin(), series.values.cend(), [](double v) { return v > 0; }))
            d.series << series;
    return d;
}

ChartData indicatorsChart(const Project &p, const evaluation::PerformanceSummary &performance)
{
    ChartData d;
    d.id = QStringLiteral("indicators");
    d.title = QCoreApplication::translate("Dashboard", "Indicators: achieved against target");
    d.xTitle = QCoreApplication::translate("Dashboard", "Indicators");
    d.yTitle = QCoreApplication::translate("Dashboard", "% of the way from baseline to target");
    d.shape = ChartShape::HorizontalBars;
    d.target = 100.0;
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Add indicators and their measurements in step 6 to see how far each has come.");
    d.unit = figures::Unit::percent();
    // Short names, so that the legend beside the bars keeps them whole; the
    // thresholds are shares of the progress expected by then, which a bar's
    // tooltip sets beside its achievement.
    const QList<std::pair<evaluation::IndicatorStatus, QString>> statuses {
        {evaluation::IndicatorStatus::OnTrack, QCoreApplication::translate("Dashboard", "On track")},
        {evaluation::IndicatorStatus::AtRisk, QCoreApplication::translate("Dashboard", "At risk")},
        {evaluation::IndicatorStatus::OffTrack, QCoreApplication::translate("Dashboard", "Off track")},
    };
    for (const auto &status : statuses)
        d.series << Series {
            status.second, {}, {}, evaluation::statusId(status.first), evaluation::statusId(status.first), {}};
    d.marksName = QCoreApplication::translate("Dashboard", "Expected");
    double low = 0, high = 100;
    bool anyData = false, anyMark = false;
    for (int i = 0; i < performance.indicators.size() && i < p.indicators.size(); ++i) {
        const evaluation::IndicatorPerformance &perf = performance.indicators.at(i);
        const QString name = label(p.indicators.at(i).name);
        d.categories << (perf.hasData ? name : QCoreApplication::translate("Dashboard", "%1 (no data)").arg(name));
        for (int s = 0; s < statuses.size(); ++s)
            d.series[s].values << (perf.status == statuses.at(s).first ? valueOr(perf.achievedPercent) : noValue);
        d.marks << valueOr(perf.expectedPercent);
        d.markNotes << (perf.expectedPercent ? QCoreApplication::translate("Dashboard", "Expected by %1")
                                                   .arg(writingLocale().toString(perf.expectedOn, QLocale::ShortFormat))
                                             : QString());
        anyMark = anyMark || perf.expectedPercent.has_value();
        if (perf.achievedPercent && std::isfinite(*perf.achievedPercent)) {
            anyData = true;
            low = std::min(low, *perf.achievedPercent);
            high = std::max(high, *perf.achievedPercent);
        }
    }
    if (!anyData)
        d.series.clear();
    if (!anyData || !anyMark) {
        d.marks.clear();
        d.markNotes.clear();
        d.marksName.clear();
    }
    // Round ends in steps of 10 points: 0..110 (the target line clear of the
    // frame) unless an indicator goes beyond.
    d.yMin = std::floor(low / 10) * 10;
    d.yMax = std::max(110.0, std::ceil(high / 10) * 10);
    return d;
}

ChartData trendChart(const Indicator &indicator, const evaluation::IndicatorPerformance &perf)
{
    ChartData d;
    d.id = QStringLiteral("trend:") + indicator.id.toString(QUuid::WithoutBraces);
    const QString name = label(indicator.name);
    const QString unit = label(indicator.unit);
    d.title = QCoreApplication::translate("Dashboard", "Trend: %1").arg(name);
    d.xTitle = QCoreApplication::translate("Dashboard", "Date");
    d.yTitle = indicator.unit.trimmed().isEmpty() ? QCoreApplication::translate("Dashboard", "Value")
                                                  : QCoreApplication::translate("Dashboard", "Value (%1)").arg(unit);
    d.shape = ChartShape::Lines;
    d.target = indicator.target;
    d.emptyHint
        = QCoreApplication::translate("Dashboard", "Enter measurements of this indicator in step 6 to see its trend.");
    d.unit = figures::Unit::fromText(unit);
    Series s;
    s.name = name;
    s.id = indicator.id.toString(QUuid::WithoutBraces);
    double low = indicator.target, high = indicator.target;
    for (const evaluation::TrendPoint &point : perf.trend) {
        s.points << QPointF(dateX(point.date), point.value);
        low = std::min(low, point.value);
        high = std::max(high, point.value);
    }
    if (!s.points.isEmpty())
        d.series << s;
    // With a target date, the straight way the status is judged against:
    // from the baseline at the start of the period to the target on its date.
    if (!s.points.isEmpty() && perf.periodStart.isValid() && perf.targetDate > perf.periodStart
        && std::isfinite(indicator.baseline)) {
        Series path;
        path.name = QCoreApplication::translate("Dashboard", "Expected path (target by %1)")
                        .arg(writingLocale().toString(perf.targetDate, QLocale::ShortFormat));
        path.id = QStringLiteral("expected");
        path.colourKey = QStringLiteral("expected");
        path.points << QPointF(dateX(perf.periodStart), indicator.baseline)
                    << QPointF(dateX(perf.targetDate), indicator.target);
        low = std::min(low, indicator.baseline);
        high = std::max(high, indicator.baseline);
        d.series << path;
    }
    std::tie(d.yMin, d.yMax) = paddedRange(low, high);
    // Whole numbers read as such; otherwise up to two decimals.
    const auto whole = [](double v) { return std::abs(v - std::round(v)) < 1e-9; };
    bool allWhole = whole(indicator.target);
    for (const QPointF &point : s.points)
        allWhole = allWhole && whole(point.y());
    d.decimals = allWhole ? 0 : 2;
    return d;
}

/// "(3 partners answered)" or "(2 to 4 partners answered)" after an axis title.
QString answeredRange(int fewest, int most)
{
    if (fewest == most)
        return QCoreApplication::translate("Dashboard", "(%n partner(s) answered)", "after an axis title", most);
    return QCoreApplication::translate("Dashboard", "(%1 to %2 partners answered)", "after an axis title")
        .arg(fewest)
        .arg(most);
}

/// Bars of the three angles per category; returns the angle series.
QList<Series> angleSeries()
{
    QList<Series> out;
    for (const method::Choice &angle : method::evaluationAngles())
        out << Series {method::tr(angle.label), {}, {}, {}, angle.id, {}};
    return out;
}

ChartData anglesPerReviewChart(const Project &p, const QList<evaluation::ReviewScores> &reviews)
{
    ChartData d;
    d.id = QStringLiteral("angles_reviews");
    d.title = QCoreApplication::translate("Dashboard", "Evaluation per angle and review");
    d.xTitle = QCoreApplication::translate("Dashboard", "Reviews (in brackets: partners who answered)");
    d.yTitle = QCoreApplication::translate("Dashboard", "Score (%)");
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Add a review and rate its questions in step 7 to see the evaluation per angle.");
    d.unit = figures::Unit::percent();
    d.series = angleSeries();
    for (const evaluation::ReviewScores &review : reviews) {
        if (review.scoreCount == 0)
            continue;
        // "Annual review (4)": the axis title says the number is the partners
        // who answered. Short, so that a printed chart keeps it; the review's
        // name is cut to leave it room.
        const QString count = figures::number(review.respondents, writingLocale());
        const QString pattern
            = QCoreApplication::translate("Dashboard", "%1 (%2)", "a review, then how many partners answered");
        const int room = labelLength - int(pattern.size() - 4 + count.size());
        d.categories << pattern.arg(shortText(reviewLabel(p, review), std::max(room, 8)), count);
        for (Series &s : d.series) {
            const auto mean = std::find_if(review.angles.cbegin(), review.angles.cend(),
                                           [&](const evaluation::ScoreMean &m) { return m.id == s.id; });
            s.values << (mean != review.angles.cend() ? valueOr(mean->percent) : noValue);
            s.notes << (mean != review.angles.cend() && mean->percent ? answeredText(mean->respondents) : QString());
        }
    }
    if (d.categories.isEmpty())
        d.series.clear();
    return d;
}

ChartData anglesPerOrganisationChart(const Project &p, const QList<evaluation::ReviewScores> &reviews)
{
    ChartData d;
    d.id = QStringLiteral("angles_organisations");
    d.title = QCoreApplication::translate("Dashboard", "Evaluation per angle and organisation");
    d.xTitle = QCoreApplication::translate("Dashboard", "Organisations");
    d.yTitle = QCoreApplication::translate("Dashboard", "Score (%)");
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Have each partner score a review's criteria in step 7 to compare their views.");
    d.unit = figures::Unit::percent();
    // The latest review any organisation scored: where the partnership stands now.
    auto latest = std::find_if(reviews.rbegin(), reviews.rend(),
                               [](const evaluation::ReviewScores &r) { return !r.organisations.isEmpty(); });
    if (latest == reviews.rend())
        return d;
    d.title = QCoreApplication::translate("Dashboard", "Evaluation per angle and organisation: %1")
                  .arg(reviewLabel(p, *latest));
    d.xTitle = QCoreApplication::translate("Dashboard", "Organisations %1", "then how many partners answered")
                   .arg(answeredRange(latest->respondents, latest->respondents));
    d.series = angleSeries();
    for (const evaluation::OrganisationReviewScores &org : latest->organisations) {
        d.categories << organisationName(p, org.organisationId);
        for (Series &s : d.series)
            s.values << valueOr(evaluation::percentOf(org.angles, s.id));
    }
    return d;
}

ChartData impactsChart(const QList<evaluation::ReviewScores> &reviews)
{
    ChartData d;
    d.id = QStringLiteral("impacts");
    d.title = QCoreApplication::translate("Dashboard", "The three impacts across reviews");
    d.xTitle = QCoreApplication::translate("Dashboard", "Review date");
    d.yTitle = QCoreApplication::translate("Dashboard", "Score (%)");
    d.shape = ChartShape::Lines;
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Score the impact criteria of a dated review in step 7 to follow the three impacts.");
    d.unit = figures::Unit::percent();
    bool any = false;
    int fewest = std::numeric_limits<int>::max(), most = 0;
    for (const method::Choice &impact : method::impacts()) {
        Series s {method::tr(impact.label), {}, {}, {}, impact.id, {}};
        for (const evaluation::ReviewScores &review : reviews) {
            for (const evaluation::ScoreMean &mean : review.impacts) {
                if (mean.id != impact.id || !mean.percent || !review.date.isValid())
                    continue;
                s.points << QPointF(dateX(review.date), *mean.percent);
                s.notes << answeredText(mean.respondents);
                fewest = std::min(fewest, mean.respondents);
                most = std::max(most, mean.respondents);
            }
        }
        any = any || !s.points.isEmpty();
        d.series << s;
    }
    if (!any)
        d.series.clear();
    else
        d.xTitle = QCoreApplication::translate("Dashboard", "Review date %1", "then how many partners answered")
                       .arg(answeredRange(fewest, most));
    return d;
}

ChartData maturityChart(const Project &p)
{
    ChartData d;
    d.id = QStringLiteral("maturity");
    d.title = QCoreApplication::translate("Dashboard", "Maturity per organisation");
    d.xTitle = QCoreApplication::translate("Dashboard", "Organisations");
    d.yTitle = QCoreApplication::translate("Dashboard", "Maturity (%)");
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Answer the maturity questions of an organisation in step 1 to see its maturity.");
    d.unit = figures::Unit::percent();
    // One word per axis: five names in one legend row under the bars must
    // never be cut (the Diagnose page and the report name the axes in full).
    static const QHash<QString, const char *> shortNames = {
        {QStringLiteral("vision"), QT_TRANSLATE_NOOP("Dashboard", "Vision")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Dashboard", "Action")},
        {QStringLiteral("means"), QT_TRANSLATE_NOOP("Dashboard", "Means")},
        {QStringLiteral("ecosystem"), QT_TRANSLATE_NOOP("Dashboard", "Ecosystem")},
    };
    for (const method::Choice &axis : method::maturityAxes()) {
        const char *name = shortNames.value(axis.id);
        d.series << Series {
            name ? QCoreApplication::translate("Dashboard", name) : method::tr(axis.label), {}, {}, {}, axis.id, {}};
    }
    d.series << Series {QCoreApplication::translate("Dashboard", "Overall"), {}, {}, {}, QStringLiteral("overall"), {}};
    for (const evaluation::OrganisationMaturity &org : evaluation::maturity(p)) {
        if (!org.overall)
            continue;
        d.categories << organisationName(p, org.organisationId);
        for (int i = 0; i + 1 < d.series.size(); ++i)
            d.series[i].values << valueOr(evaluation::percentOf(org.axes, d.series.at(i).id));
        d.series.last().values << *org.overall;
    }
    if (d.categories.isEmpty())
        d.series.clear();
    return d;
}

ChartData contributionsChart(const Project &p)
{
    ChartData d;
    d.id = QStringLiteral("contributions");
    d.title = QCoreApplication::translate("Dashboard", "Contributions per partner");
    d.xTitle = QCoreApplication::translate("Dashboard", "Partners");
    d.yTitle = QCoreApplication::translate("Dashboard", "Value (€)");
    d.shape = ChartShape::StackedBars;
    d.emptyHint = QCoreApplication::translate(
        "Dashboard", "Enter what each partner brings, valued in euros, in step 5 to compare the contributions.");
    d.unit = figures::Unit::euros();
    const evaluation::ContributionSummary summary = evaluation::summariseContributions(p);
    const auto &kinds = method::contributionKinds();
    for (const method::Choice &kind : kinds)
        d.series << Series {method::tr(kind.label), {}, {}, {}, kind.id, {}};
    double low = 0, high = 0;
    for (const evaluation::PartnerContributions &partner : summary.partners) {
        if (partner.count == 0)
            continue;
        d.categories << organisationName(p, partner.organisationId);
        double positive = 0, negative = 0;
        for (int k = 0; k < kinds.size(); ++k) {
            const double euros = partner.byKind.value(k);
            d.series[k].values << euros;
            // The bar is the value in euros; the tooltip also says the
            // quantity in the kind's own unit (days, items), never as euros.
            const evaluation::ContributionUnit unit = evaluation::contributionUnit(kinds.at(k).id);
            d.series[k].notes << (unit == evaluation::ContributionUnit::Currency
                                      ? QString()
                                      : evaluation::quantityText(partner.quantityByKind.value(k), unit,
                                                                 writingLocale()));
            // Stacked, two 1.7e308 € would make an infinite bar.
            double &side = euros >= 0 ? positive : negative;
            side = saturatedSum(side, euros);
        }
        high = std::max(high, positive);
        low = std::min(low, negative);
    }
    if (d.categories.isEmpty())
        d.series.clear();
    d.yMax = niceCeiling(high);
    d.yMin = low < 0 ? -niceCeiling(-low) : 0;
    return d;
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

QString valueText(const ChartData &data, double value)
{
    if (std::isnan(value))
        return QCoreApplication::translate("Dashboard", "no value");
    return figures::withUnit(value, data.unit, writingLocale(), data.decimals);
}

QString answeredText(int respondents)
{
    return QCoreApplication::translate("Dashboard", "%n partner(s) answered", nullptr, respondents);
}

bool ChartData::isEmpty() const
{
    for (const Series &s : series) {
        if (!s.points.isEmpty())
            return false;
        for (double v : s.values) {
            if (std::isfinite(v))
                return false;
        }
    }
    return true;
}

bool operator==(const Series &a, const Series &b)
{
    return a.name == b.name && a.colourKey == b.colourKey && a.id == b.id && a.points == b.points && a.notes == b.notes
        && std::equal(a.values.begin(), a.values.end(), b.values.begin(), b.values.end(), sameNumber);
}

bool operator!=(const Series &a, const Series &b)
{
    return !(a == b);
}

bool operator==(const ChartData &a, const ChartData &b)
{
    return a.id == b.id && a.title == b.title && a.xTitle == b.xTitle && a.yTitle == b.yTitle && a.shape == b.shape
        && a.categories == b.categories && a.series == b.series && a.yMin == b.yMin && a.yMax == b.yMax
        && a.target == b.target && a.emptyHint == b.emptyHint && a.unit == b.unit && a.decimals == b.decimals
        && a.marksName == b.marksName && a.markNotes == b.markNotes
        && std::equal(a.marks.begin(), a.marks.end(), b.marks.begin(), b.marks.end(), sameNumber);
}

bool operator!=(const ChartData &a, const ChartData &b)
{
    return !(a == b);
}

QList<ChartData> charts(const Project &p, const QDate &today)
{
    const evaluation::Recommendation rec = evaluation::recommend(p);
    const evaluation::PerformanceSummary performance = evaluation::evaluatePerformance(p, today);
    const QList<evaluation::ReviewScores> reviews = evaluation::scoreReviews(p);
    QList<ChartData> out;
    out << carreChart(rec) << readingsChart(rec) << stepsChart(evaluation::stepProgress(p))
        << indicatorsChart(p, performance);
    for (int i = 0; i < p.indicators.size() && i < performance.indicators.size(); ++i)
        out << trendChart(p.indicators.at(i), performance.indicators.at(i));
    out << anglesPerReviewChart(p, reviews) << anglesPerOrganisationChart(p, reviews) << impactsChart(reviews)
        << maturityChart(p) << contributionsChart(p);
    for (ChartData &d : out)
        std::tie(d.yMin, d.yMax) = drawableRange(d.yMin, d.yMax);
    return out;
}

QList<RankedTrend> trendsByConcern(const Project &p, const QDate &today)
{
    const evaluation::PerformanceSummary performance = evaluation::evaluatePerformance(p, today);
    QList<RankedTrend> out;
    for (int i = 0; i < p.indicators.size() && i < performance.indicators.size(); ++i) {
        const evaluation::IndicatorPerformance &perf = performance.indicators.at(i);
        ChartData d = trendChart(p.indicators.at(i), perf);
        if (d.isEmpty())
            continue;
        std::tie(d.yMin, d.yMax) = drawableRange(d.yMin, d.yMax);
        out << RankedTrend {d, perf.status, perf.achievedPercent, perf.expectedPercent, perf.targetDate};
    }
    const auto rank = [](evaluation::IndicatorStatus s) {
        switch (s) {
        case evaluation::IndicatorStatus::OffTrack:
            return 0;
        case evaluation::IndicatorStatus::AtRisk:
            return 1;
        case evaluation::IndicatorStatus::OnTrack:
            return 2;
        case evaluation::IndicatorStatus::NoData:
            break;
        }
        return 3;
    };
    // How far behind its expectation: a share of the way, NaN-free.
    const auto behind = [](const RankedTrend &t) {
        const double achieved = t.achievedPercent && std::isfinite(*t.achievedPercent) ? *t.achievedPercent : 0.0;
        return t.expectedPercent.value_or(100.0) - achieved;
    };
    std::stable_sort(out.begin(), out.end(), [&](const RankedTrend &a, const RankedTrend &b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        return behind(a) > behind(b);
    });
    return out;
}

std::optional<ChartData> chart(const Project &p, const QString &id, const QDate &today)
{
    for (const ChartData &d : charts(p, today)) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

} // namespace alliance::dashboard
