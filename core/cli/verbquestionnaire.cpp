// `alliance-pilot questionnaire FILE --kind review|maturity|weights|needs
// (--partner NAME -o OUT.xlsx | --all-partners DIR) [--review TITLE]
// [--lang fr|en] [--anonymous]`: writes the questionnaire workbooks partners
// fill in without the app. FILE is only read.
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "model/language.h"
#include "model/project.h"
#include "questionnaire/questionnairebatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

QString listOf(const QStringList &names)
{
    QStringList lines;
    for (const auto &n : names)
        lines << QStringLiteral("  ") + printable(n);
    return lines.join(QLatin1Char('\n'));
}

/// The organisation named `name` (case-insensitive), or the refusal to print.
std::optional<QUuid> partnerNamed(const Project &project, const QString &name, const QString &file, QString *refusal)
{
    QList<const Organisation *> matches;
    QStringList names;
    for (const auto &o : project.organisations) {
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            matches << &o;
        if (!o.isPrivate)
            names << o.name;
    }
    if (matches.size() == 1)
        return matches.first()->id;
    *refusal = (matches.isEmpty()
                    ? QCoreApplication::translate("Cli", "No partner of “%1” is named “%2”. The partners are:")
                    : QCoreApplication::translate("Cli", "Several partners of “%1” are named “%2”. The partners are:"))
                   .arg(file, name)
        + QLatin1Char('\n') + listOf(names);
    return std::nullopt;
}

/// The review whose title (case-insensitive) or id is `given`, or the refusal to print.
std::optional<QUuid> reviewNamed(const Project &project, const QString &given, QString *refusal)
{
    QList<QUuid> matches;
    QStringList titles;
    const QUuid asId = QUuid::fromString(given);
    for (const auto &r : project.reviews) {
        if ((!asId.isNull() && r.id == asId) || r.title.compare(given, Qt::CaseInsensitive) == 0)
            matches << r.id;
        titles << r.title;
    }
    if (matches.size() == 1)
        return matches.first();
    if (titles.isEmpty())
        *refusal = QCoreApplication::translate("Cli", "This partnership has no review yet.");
    else if (given.isEmpty())
        *refusal = QCoreApplication::translate("Cli", "Give the review (--review). The reviews are:")
            + QLatin1Char('\n') + listOf(titles);
    else
        *refusal = (matches.isEmpty()
                        ? QCoreApplication::translate("Cli", "No review is called “%1”. The reviews are:")
                        : QCoreApplication::translate("Cli", "Several reviews are called “%1”. The reviews are:"))
                       .arg(given)
            + QLatin1Char('\n') + listOf(titles);
    return std::nullopt;
}

void tellWritten(const questionnaire::PlannedWorkbook &w, QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Wrote %1 for %2: %n question(s)", nullptr, w.written.questions)
               .arg(w.path, printable(w.organisationName))
        << QCoreApplication::translate("Cli", ", %n answer(s) filled in.", nullptr, w.written.prefilled) << '\n';
}

} // namespace

int runQuestionnaire(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QCoreApplication::translate("Cli", "What is asked: review, maturity, weights or needs."),
        QStringLiteral("review|maturity|weights|needs"));
    const QCommandLineOption partnerOption(QStringLiteral("partner"),
                                           QCoreApplication::translate("Cli", "The partner organisation, by name."),
                                           QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       QCoreApplication::translate("Cli", "The workbook to write (a new file)."),
                                       QCoreApplication::translate("Cli", "OUT"));
    const QCommandLineOption allOption(
        QStringLiteral("all-partners"),
        QCoreApplication::translate("Cli", "Write one workbook per partner organisation into the folder DIR."),
        QCoreApplication::translate("Cli", "DIR"));
    const QCommandLineOption reviewOption(QStringLiteral("review"),
                                          QCoreApplication::translate("Cli", "The review, by title or id."),
                                          QCoreApplication::translate("Cli", "TITLE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the workbook: fr or en (default: the application's)."),
        QStringLiteral("fr|en"));
    const QCommandLineOption anonymousOption(
        QStringLiteral("anonymous"),
        QCoreApplication::translate("Cli",
                                    "Reviews only: answers counted per kind of organisation, never under a "
                                    "partner's name; nothing filled in."));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli",
                                    "questionnaire FILE --kind review|maturity|weights|needs (--partner NAME -o "
                                    "OUT.xlsx | --all-partners DIR) [--review TITLE] [--lang fr|en] [--anonymous]"),
        QCoreApplication::translate("Cli",
                                    "Write the questionnaire workbook a partner fills in with a spreadsheet program, "
                                    "for one partner or for each. FILE is not changed."),
        {kindOption, partnerOption, outOption, allOption, reviewOption, langOption, anonymousOption},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    const auto kind = questionnaire::kindFromId(parser.value(kindOption).toLower());
    if (!kind)
        return usageError(syntax,
                          QCoreApplication::translate("Cli",
                                                      "Give the kind (--kind review, maturity, weights or "
                                                      "needs)."),
                          err);
    const bool one = parser.isSet(partnerOption) && parser.isSet(outOption) && !parser.isSet(allOption);
    const bool all = parser.isSet(allOption) && !parser.isSet(partnerOption) && !parser.isSet(outOption);
    if (!one && !all)
        return usageError(syntax,
                          QCoreApplication::translate("Cli",
                                                      "Give either a partner and the workbook to write "
                                                      "(--partner, -o) or a folder (--all-partners)."),
                          err);
    const bool anonymous = parser.isSet(anonymousOption);
    if (anonymous && *kind != questionnaire::Kind::Review)
        return usageError(syntax, QCoreApplication::translate("Cli", "Only a review’s questionnaire can be anonymous."),
                          err);
    std::shared_ptr<const Language> language;
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption).toLower();
        if (code != QLatin1String("fr") && code != QLatin1String("en"))
            return usageError(syntax,
                              QCoreApplication::translate("Cli", "Unknown language “%1”: use fr or en.")
                                  .arg(parser.value(langOption)),
                              err);
        language = Language::load(code);
    }
    const QString path = parser.positionalArguments().constFirst();
    if (one) {
        const QFileInfo target(parser.value(outOption));
        if (target.exists() || target.isSymLink())
            return refuse(QCoreApplication::translate("Cli",
                                                      "“%1” already exists and was left as it is. Choose another "
                                                      "name.")
                              .arg(parser.value(outOption)),
                          err);
    }

    CheckResult check;
    const Author author {installation::userName(), {}, QUuid::createUuid()};
    const auto doc = Document::open(path, author, options, &check);
    if (!doc)
        return refuse(check.message, err);
    const Project &project = doc->project();
    QString refusal;
    questionnaire::WriteOptions writeOptions;
    writeOptions.kind = *kind;
    writeOptions.anonymous = anonymous;
    writeOptions.language = language;
    if (*kind == questionnaire::Kind::Review) {
        const auto review = reviewNamed(project, parser.value(reviewOption).trimmed(), &refusal);
        if (!review)
            return refuse(refusal, err);
        writeOptions.review = *review;
    }
    QList<questionnaire::PlannedWorkbook> planned;
    if (one) {
        const auto partner
            = partnerNamed(project, parser.value(partnerOption).trimmed(), QFileInfo(path).fileName(), &refusal);
        if (!partner)
            return refuse(refusal, err);
        planned.append({*partner, project.organisation(*partner)->name, parser.value(outOption), {}});
    } else {
        const auto plan = questionnaire::planQuestionnaires(
            project, *kind, questionnaire::questionnairePartners(project), parser.value(allOption), language, &refusal);
        if (!plan)
            return refuse(refusal, err);
        planned = *plan;
    }
    QString error;
    const int written = questionnaire::writeQuestionnaires(*doc, writeOptions, planned, {}, &error);
    for (int i = 0; i < written; ++i)
        tellWritten(planned.at(i), out);
    out.flush();
    if (written < planned.size())
        return refuse(error, err);
    return Ok;
}

} // namespace alliance::cli
