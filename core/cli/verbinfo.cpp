// `alliance-pilot info FILE [--history]`: a summary of a project read in
// place. The file is opened once, read-only and immutable, hardened, checked
// on that same connection, then loaded: what is printed is what was checked,
// and no working copy, lock or journal file is made. --history adds every
// item's changes from the journal: when, who, which field, the new value.
#include "cli/cli.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "evaluation/maturityadvice.h"
#include "evaluation/meetings.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "journal/itemhistory.h"
#include "method/method.h"
#include "model/projectloader.h"
#include "storage/filecheck.h"
#include "storage/sqlitedb.h"

#include "cli/terminaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace alliance::cli {

namespace {

/// A method label for a stored id, or the id itself when this build does not know it.
QString labelOf(const QList<method::Choice> &choices, const QString &id)
{
    const method::Choice *c = method::findChoice(choices, id);
    return c ? method::tr(c->label) : printable(id);
}

/// Lead first, then by role in the method's order; project order (by name) within a role.
QList<Organisation> partnersInOrder(const Project &project)
{
    QList<Organisation> organisations = project.organisations;
    const QStringList roles = method::idsOf(method::organisationRoles());
    auto rank = [&](const QString &role) {
        const qsizetype i = roles.indexOf(role);
        return i < 0 ? roles.size() : i; // unknown roles last
    };
    std::stable_sort(organisations.begin(), organisations.end(),
                     [&](const Organisation &a, const Organisation &b) { return rank(a.role) < rank(b.role); });
    return organisations;
}

void printPartners(const Project &project, QTextStream &out)
{
    const QList<Organisation> organisations = partnersInOrder(project);
    out << QCoreApplication::translate("Cli", "Partners:") << '\n';
    if (organisations.isEmpty())
        out << "  " << QCoreApplication::translate("Cli", "none yet") << '\n';
    for (const Organisation &o : std::as_const(organisations))
        out << "  - "
            << QCoreApplication::translate("Cli", "%1: %2, %3")
                   .arg(printable(o.name), labelOf(method::organisationProfiles(), o.profile),
                        labelOf(method::organisationRoles(), o.role))
            << '\n';
}

/// The current step (the first not done), then every step's status: the
/// manager's, or the one suggested from what was entered, with its reason.
void printSteps(const Project &project, QTextStream &out)
{
    const evaluation::JourneyProgress progress = evaluation::stepProgress(project);
    const auto statusOf = [](const evaluation::StepProgress &s) {
        const QString status = labelOf(method::stepStatuses(), s.status);
        return s.suggested ? QCoreApplication::translate("Cli", "%1, suggested from what was entered").arg(status)
                           : status;
    };
    for (const evaluation::StepProgress &s : progress.steps)
        if (s.stepId == progress.currentStepId)
            if (const method::Step *step = method::findStep(s.stepId))
                out << QCoreApplication::translate("Cli", "Current step: %1. %2 (%3)")
                           .arg(step->number)
                           .arg(method::tr(step->name), statusOf(s))
                    << '\n';
    out << QCoreApplication::translate("Cli", "Steps:") << '\n';
    for (const evaluation::StepProgress &s : progress.steps) {
        const method::Step *step = method::findStep(s.stepId);
        if (!step)
            continue;
        out << "  "
            << QCoreApplication::translate("Cli", "%1. %2: %3")
                   .arg(step->number)
                   .arg(method::tr(step->name), statusOf(s))
            << '\n';
        if (s.suggested)
            out << "      " << printable(s.suggestion.reason()) << '\n';
    }
}

/// Step 3 in the words of the Model page and the report.
void printModel(const Project &project, QTextStream &out)
{
    const evaluation::Recommendation r = evaluation::recommend(project);
    const method::Model *model = method::findModel(r.modelId);
    out << QCoreApplication::translate("Cli", "Model: %1")
               .arg(model ? method::tr(model->name) : QCoreApplication::translate("Cli", "not named yet"))
        << '\n';
    for (const QString &sentence : r.explanation)
        out << "  " << printable(sentence) << '\n';
}

void printLastReview(const Project &project, const QDate &today, QTextStream &out)
{
    const QList<evaluation::ReviewScores> scored = evaluation::scoreReviews(project);
    if (scored.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Last review: none yet") << '\n';
        return;
    }
    const evaluation::ReviewScores &last = scored.constLast();
    const auto review = std::find_if(project.reviews.cbegin(), project.reviews.cend(),
                                     [&](const Review &r) { return r.id == last.reviewId; });
    const QString title = review != project.reviews.cend() ? printable(review->title) : QString();
    const QString kind = review != project.reviews.cend() ? labelOf(method::reviewKinds(), review->kind) : QString();
    const QString date
        = last.date.isValid() ? last.date.toString(Qt::ISODate) : QCoreApplication::translate("Cli", "undated");
    out << QCoreApplication::translate("Cli", "Last review: %1 (%2), %3").arg(title, kind, date) << '\n';
    // Each mean with the number of partners behind it: a figure alone would
    // not say whether one partner or all of them answered. Performance also
    // reads the indicators as they stood at the review, beside the ratings.
    const auto means = [](const QList<method::Choice> &choices, const QList<evaluation::ScoreMean> &list) {
        QStringList parts;
        for (const evaluation::ScoreMean &m : list) {
            const QString label = labelOf(choices, m.id);
            parts << (m.percent ? QCoreApplication::translate("Cli", "%1 %2% (%n partner(s) answered)", nullptr,
                                                              m.respondents)
                                      .arg(label)
                                      .arg(qRound(*m.percent))
                                : QCoreApplication::translate("Cli", "%1 not rated").arg(label));
        }
        return parts.join(QStringLiteral(", "));
    };
    out << "  " << means(method::evaluationAngles(), last.angles) << '\n';
    const evaluation::PerformanceSummary indicators = evaluation::indicatorsAtReview(project, last.reviewId, today);
    if (!project.indicators.isEmpty()) {
        const int withData = int(indicators.indicators.size()) - indicators.noData;
        out << "  "
            << (indicators.overall
                    ? QCoreApplication::translate("Cli",
                                                  "Indicators at the review, beside the ratings: %1% of the way "
                                                  "to their targets (%2 of %3 with data)")
                          .arg(qRound(*indicators.overall))
                          .arg(withData)
                          .arg(indicators.indicators.size())
                    : QCoreApplication::translate("Cli", "Indicators at the review: no measurement yet"))
            << '\n';
    }
    out << "  " << QCoreApplication::translate("Cli", "Impacts: %1").arg(means(method::impacts(), last.impacts))
        << '\n';
    for (const evaluation::StepBackCount &count : last.stepBack) {
        const method::Criterion *c = method::findCriterion(count.criterionId);
        QStringList answers;
        for (const method::Choice &answer : method::stepBackAnswers())
            answers << QCoreApplication::translate("Cli", "%1 %2")
                           .arg(method::tr(answer.label))
                           .arg(count.count(answer.id));
        out << "  "
            << QCoreApplication::translate("Cli", "%1: %2 (%n partner(s) answered)", nullptr, count.respondents)
                   .arg(c ? method::tr(c->label) : printable(count.criterionId), answers.join(QStringLiteral(", ")))
            << '\n';
    }
}

/// Each organisation's maturity self-diagnostic, ended as the method ends it:
/// the level per axis and the tools to use next, weakest axis first.
void printMaturity(const Project &project, QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Maturity and next tools:") << '\n';
    bool any = false;
    for (const Organisation &o : partnersInOrder(project)) {
        const evaluation::OrganisationMaturity m = evaluation::maturityOf(project, o.id);
        if (m.answered == 0)
            continue;
        any = true;
        const evaluation::MaturityAdvice advice = evaluation::maturityAdvice(m);
        out << "  - " << QCoreApplication::translate("Cli", "%1: %2").arg(printable(o.name), advice.summary) << '\n';
        for (const evaluation::AxisAdvice &a : advice.axes)
            out << "      " << printable(a.sentence) << '\n';
    }
    if (!any)
        out << "  " << QCoreApplication::translate("Cli", "no self-diagnostic answered yet") << '\n';
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QCoreApplication::translate("Cli", "undated");
}

/// The count per status, then one line per indicator: achieved, expected by
/// when (with a target date), the target and its date, the status.
void printIndicators(const Project &project, const QDate &today, QTextStream &out)
{
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(project, today);
    if (summary.indicators.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Indicators: none yet") << '\n';
        return;
    }
    out << QCoreApplication::translate("Cli",
                                       "Indicators on %1: %2 on track, %3 at risk, %4 off track, %5 without data")
               .arg(isoDate(today))
               .arg(summary.onTrack)
               .arg(summary.atRisk)
               .arg(summary.offTrack)
               .arg(summary.noData)
        << '\n';
    const auto status = [](evaluation::IndicatorStatus s) {
        switch (s) {
        case evaluation::IndicatorStatus::OnTrack:
            return QCoreApplication::translate("Cli", "on track");
        case evaluation::IndicatorStatus::AtRisk:
            return QCoreApplication::translate("Cli", "at risk");
        case evaluation::IndicatorStatus::OffTrack:
            return QCoreApplication::translate("Cli", "off track");
        case evaluation::IndicatorStatus::NoData:
            break;
        }
        return QCoreApplication::translate("Cli", "no data");
    };
    const auto percent = [](double v) {
        return std::isfinite(v) ? QCoreApplication::translate("Cli", "%1%").arg(qRound64(v))
                                : QCoreApplication::translate("Cli", "%1%").arg(v);
    };
    for (int i = 0; i < project.indicators.size() && i < summary.indicators.size(); ++i) {
        const Indicator &indicator = project.indicators.at(i);
        const evaluation::IndicatorPerformance &perf = summary.indicators.at(i);
        const QString number = QLocale().toString(indicator.target, 'g', 12); // as the language writes it
        const QString unit = printable(indicator.unit);
        const QString amount = unit.isEmpty() ? number : QCoreApplication::translate("Cli", "%1 %2").arg(number, unit);
        const QString target = indicator.targetDate.isValid()
            ? QCoreApplication::translate("Cli", "target %1 by %2").arg(amount, isoDate(indicator.targetDate))
            : QCoreApplication::translate("Cli", "target %1").arg(amount);
        QString progress;
        if (!perf.achievedPercent)
            progress = QCoreApplication::translate("Cli", "no measurement yet");
        else if (perf.expectedPercent)
            progress
                = QCoreApplication::translate("Cli", "%1 achieved, %2 expected by %3")
                      .arg(percent(*perf.achievedPercent), percent(*perf.expectedPercent), isoDate(perf.expectedOn));
        else
            progress = QCoreApplication::translate("Cli", "%1 achieved").arg(percent(*perf.achievedPercent));
        out << "  - "
            << QCoreApplication::translate("Cli", "%1: %2 (%3): %4")
                   .arg(printable(indicator.name), progress, target, status(perf.status))
            << '\n';
    }
}

/// The last steering committee, the next meeting and its agenda, and the
/// decisions still open (to decide, or an action not yet done).
void printCommittees(const Project &project, const QDate &today, QTextStream &out)
{
    const auto meetingLine = [&](const Meeting &m) {
        return QCoreApplication::translate("Cli", "%1 (%2), %3")
            .arg(printable(m.title), labelOf(method::meetingKinds(), m.kind), isoDate(m.date));
    };
    if (project.meetings.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Committees: none yet") << '\n';
        return;
    }
    if (const Meeting *previous = evaluation::previousCommittee(project, today))
        out << QCoreApplication::translate("Cli", "Last steering committee: %1").arg(meetingLine(*previous)) << '\n';
    if (const Meeting *next = evaluation::nextMeeting(project, today)) {
        out << QCoreApplication::translate("Cli", "Next meeting: %1").arg(meetingLine(*next)) << '\n';
        for (const QString &item : next->agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                out << "  - " << printable(item.trimmed()) << '\n';
    }
    const QList<const Decision *> open = evaluation::openDecisions(project);
    out << QCoreApplication::translate("Cli", "Open decisions: %n", nullptr, int(open.size())) << '\n';
    for (const Decision *d : open) {
        const Organisation *owner = project.organisation(d->ownerId);
        QStringList details {labelOf(method::decisionStatuses(), d->status)};
        if (owner)
            details << printable(owner->name);
        if (d->dueDate.isValid())
            details << QCoreApplication::translate("Cli", "due %1").arg(isoDate(d->dueDate));
        out << "  - "
            << QCoreApplication::translate("Cli", "%1 (%2)").arg(printable(d->text), details.join(QStringLiteral(", ")))
            << '\n';
    }
}

/// Every item's changes, grouped by item in the order of its first change;
/// one line per change, oldest first.
void printHistory(SqliteDb &db, QTextStream &out)
{
    const QueryRows query = queryRowsOf(db);
    const ItemLabels labels(query);
    const QList<JournalEntry> all = history::allChanges(query);
    const history::Arrivals arrivals = history::Arrivals::read(query);
    QList<QPair<QString, QUuid>> order;
    QHash<QPair<QString, QUuid>, QList<qsizetype>> byItem;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QPair<QString, QUuid> key {all.at(i).table, all.at(i).entityId};
        auto &list = byItem[key];
        if (list.isEmpty())
            order.append(key);
        list.append(i);
    }
    out << QCoreApplication::translate("Cli", "History:") << '\n';
    if (order.isEmpty())
        out << "  " << QCoreApplication::translate("Cli", "no change recorded") << '\n';
    for (const auto &key : std::as_const(order)) {
        out << "  " << printable(labels.label(key.first, key.second)) << '\n';
        for (const qsizetype i : byItem.value(key)) {
            const history::ReadableChange c = history::readable(all.at(i), labels);
            const QString when = c.when.isValid() ? c.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : QCoreApplication::translate("Cli", "undated");
            const QString who = c.organisation.isEmpty()
                ? c.author
                : QCoreApplication::translate("Cli", "%1 (%2)").arg(c.author, c.organisation);
            QString line = QCoreApplication::translate("Cli", "%1  %2  %3: %4").arg(when, who, c.field, c.value);
            const QString through = arrivals.through(c.entry.seq);
            if (!through.isEmpty())
                line += QCoreApplication::translate("Cli", "  (through the copy for %1)").arg(through);
            out << "    " << printable(line) << '\n';
        }
    }
}

} // namespace

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QCoreApplication::translate("Cli", "Also print every item's changes: when, who, which field, the new value."));
    const VerbSyntax syntax {QCoreApplication::translate("Cli", "info FILE [--history]"),
                             QCoreApplication::translate("Cli",
                                                         "Print the title, partners, current step, model, last review, "
                                                         "indicators, maturity and committees of FILE."),
                             {historyOption},
                             1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const QString path = parser.positionalArguments().constFirst();
    SqliteDb db; // checked, then read on the same connection
    const CheckResult check = openCheckedProjectFile(path, db);
    if (!check.ok())
        return refuse(check.message, err);
    const Project project = loadProject(db);

    out << QCoreApplication::translate("Cli", "Title: %1").arg(printable(project.partnership.title)) << '\n';
    printPartners(project, out);
    printSteps(project, out);
    printModel(project, out);
    printLastReview(project, QDateTime::fromMSecsSinceEpoch(options.clock()).date(), out);
    // "Today" from the injected clock: whether a target date has passed.
    printIndicators(project, QDateTime::fromMSecsSinceEpoch(options.clock()).date(), out);
    printMaturity(project, out);
    printCommittees(project, QDateTime::fromMSecsSinceEpoch(options.clock()).date(), out);
    out << QCoreApplication::translate("Cli", "File format: %1").arg(project.schemaVersion) << '\n';
    if (parser.isSet(historyOption))
        printHistory(db, out);
    out.flush();
    return Ok;
}

} // namespace alliance::cli
