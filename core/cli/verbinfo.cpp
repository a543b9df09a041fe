// `alliance-pilot info FILE`: a summary of a project read in place. The file
// is opened once, read-only and immutable, hardened, checked on that same
// connection, then loaded: what is printed is what was checked, and no
// working copy, lock or journal file is made.
#include "cli/cli.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/projectreader.h"
#include "storage/filecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

namespace alliance::cli {

namespace {

/// Text from the file, safe for a terminal: control characters (escape
/// sequences, line breaks) become spaces, so a hostile title cannot rewrite
/// the screen or fake lines of output.
QString printable(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return text;
}

/// A method label for a stored id, or the id itself when this build does not know it.
QString labelOf(const QList<method::Choice> &choices, const QString &id)
{
    const method::Choice *c = method::findChoice(choices, id);
    return c ? method::tr(c->label) : printable(id);
}

void printPartners(const Project &project, QTextStream &out)
{
    // Lead first, then by role in the method's order; project order (by name) within a role.
    QList<Organisation> organisations = project.organisations;
    const QStringList roles = method::idsOf(method::organisationRoles());
    auto rank = [&](const QString &role) {
        const qsizetype i = roles.indexOf(role);
        return i < 0 ? roles.size() : i; // unknown roles last
    };
    std::stable_sort(organisations.begin(), organisations.end(),
                     [&](const Organisation &a, const Organisation &b) { return rank(a.role) < rank(b.role); });
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

void printCurrentStep(const Project &project, QTextStream &out)
{
    const evaluation::JourneyProgress progress = evaluation::stepProgress(project);
    const method::Step *step = method::findStep(progress.currentStepId);
    QString status;
    for (const evaluation::StepProgress &s : progress.steps)
        if (s.stepId == progress.currentStepId)
            status = labelOf(method::stepStatuses(), s.status);
    if (step)
        out << QCoreApplication::translate("Cli", "Current step: %1. %2 (%3)")
                   .arg(step->number)
                   .arg(method::tr(step->name), status)
            << '\n';
}

void printLastReview(const Project &project, QTextStream &out)
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
    QStringList angles;
    for (const evaluation::ScoreMean &m : last.angles) {
        const QString label = labelOf(method::evaluationAngles(), m.id);
        angles << (m.percent ? QCoreApplication::translate("Cli", "%1 %2%").arg(label).arg(qRound(*m.percent))
                             : QCoreApplication::translate("Cli", "%1 not scored").arg(label));
    }
    out << "  " << angles.join(QStringLiteral(", ")) << '\n';
}

} // namespace

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "info FILE"),
        QCoreApplication::translate("Cli", "Print the title, partners, current step and last review of FILE."),
        {},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const QString path = parser.positionalArguments().constFirst();
    auto refuse = [&](const QString &message) {
        err << message << '\n';
        err.flush();
        return int(Refused);
    };
    CheckResult check;
    const auto read = readProjectFile(path, &check);
    if (!read)
        return refuse(check.message);
    const Project &project = *read;

    out << QCoreApplication::translate("Cli", "Title: %1").arg(printable(project.partnership.title)) << '\n';
    printPartners(project, out);
    printCurrentStep(project, out);
    printLastReview(project, out);
    out << QCoreApplication::translate("Cli", "File format: %1").arg(project.schemaVersion) << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
