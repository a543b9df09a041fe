// `alliance-pilot import-answers FILE ANSWERS.xlsx... -o OUT`: imports the
// answers of questionnaire workbooks partners filled in, in their names, and
// writes the result to OUT. FILE and the workbooks are only read.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "questionnaire/answersimport.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

namespace alliance::cli {

using namespace questionnaire;

namespace {

// A value on one line, cut when long: the words of an answer may fill a page.
QString shown(QString value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("Cli", "(nothing)");
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value.size() > 60 ? value.left(59) + QStringLiteral("…") : value;
}

void printWorkbook(const WorkbookAnswers &w, const std::function<void(const QString &)> &line)
{
    if (w.refused()) {
        line(w.refusal);
        return;
    }
    //: %1 the workbook's file name, %2 the questionnaire, %3 the respondent organisation
    line(QCoreApplication::translate("Cli", "“%1”: %2, %3").arg(w.fileName, w.title, w.organisationName));
    if (w.anonymous) {
        line(QCoreApplication::translate("Cli", "  Anonymous answers: summed up by kind of organisation below."));
        return;
    }
    QStringList reasons; // the four weights share one reason: said once
    for (const AnswerChange &c : w.answers) {
        if (c.status == AnswerStatus::Same)
            continue;
        if (c.status == AnswerStatus::Ignored) {
            if (!reasons.contains(c.reason))
                line(QStringLiteral("  ") + c.reason);
            reasons.append(c.reason);
            continue;
        }
        //: %1 the question, %2 the part (Rating...), %3 the project's value, %4 the workbook's, %5 new/differs
        line(QCoreApplication::translate("Cli", "  %1, %2: %3 → %4 (%5)")
                 .arg(c.question, c.part, shown(c.inProject), shown(c.inWorkbook), statusName(c.status).toLower()));
    }
    const int same = int(std::count_if(w.answers.cbegin(), w.answers.cend(),
                                       [](const AnswerChange &c) { return c.status == AnswerStatus::Same; }));
    line(QCoreApplication::translate("Cli", "  %n answer(s) change", nullptr, w.changeCount())
         + QCoreApplication::translate("Cli", ", %n already in the project.", nullptr, same));
}

} // namespace

int runImportAnswers(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Cli", "The project with the answers to write (a new file)."),
        QCoreApplication::translate("Cli", "OUT"));
    VerbSyntax syntax {
        QCoreApplication::translate("Cli", "import-answers FILE ANSWERS.xlsx... -o OUT"),
        QCoreApplication::translate("Cli",
                                    "Import the answers of the questionnaire workbooks ANSWERS.xlsx into FILE, each "
                                    "in its respondent organisation's name, show what changes, and write the result "
                                    "to OUT when something changes. A refused workbook does not stop the others, "
                                    "but the exit code is then 1."),
        {outOption},
        2};
    syntax.orMore = true;
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(outOption))
        return usageError(syntax, QCoreApplication::translate("Cli", "Give the file to write (-o OUT)."), err);
    const QStringList positional = parser.positionalArguments();
    const QString projectPath = positional.first();
    const QStringList workbooks = positional.mid(1);
    const QString target = parser.value(outOption);
    if (const auto refused = refuseTarget(syntax, target, positional, err))
        return *refused;

    CheckResult check;
    const Author author {installation::userName(), {}, installation::id()};
    auto doc = Document::open(projectPath, author, options, &check);
    if (!doc)
        return refuse(check.message, err);
    const QList<WorkbookAnswers> previews = previewAnswers(*doc, workbooks);

    // Every line passes through printable(): names and answers come from the workbooks.
    auto line = [&](const QString &text) { out << printable(text) << '\n'; };
    int refused = 0;
    for (const WorkbookAnswers &w : previews) {
        printWorkbook(w, line);
        refused += w.refused() ? 1 : 0;
    }
    const QStringList aggregate = aggregateLines(aggregateAnonymous(*doc, previews));
    if (!aggregate.isEmpty())
        line(QCoreApplication::translate("Cli", "Anonymous answers by kind of organisation:"));
    for (const QString &l : aggregate)
        line(QStringLiteral("  ") + l);

    const AnswersChanges made = answersChangeSet(*doc, previews);
    if (made.changes.changes.isEmpty()) {
        line(QCoreApplication::translate("Cli", "No answer changes in %1: %2 was not written.")
                 .arg(projectPath, target));
    } else {
        QString error;
        if (!doc->applyOnBehalf(made.changes, made.authorOrganisations, &error) || !doc->saveAs(target, &error))
            return refuse(error, err);
        line(QCoreApplication::translate("Cli", "Wrote %1 with %n changed answer(s); %2 was not changed.", nullptr,
                                         made.answers)
                 .arg(target, projectPath));
    }
    out.flush();
    if (refused > 0)
        return refuse(QCoreApplication::translate("Cli", "%n workbook(s) refused: see above.", nullptr, refused), err);
    return Ok;
}

} // namespace alliance::cli
