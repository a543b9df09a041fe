// `alliance-pilot new --example OUT [--scale large]` and `new --from IN.json
// OUT`: write an example project, or one built from an interchange file, made
// through Document like any edit, then saved atomically.
#include "cli/cli.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "example/examplegenerator.h"
#include "example/storyclock.h"
#include "io/jsonimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace alliance::cli {

namespace {

bool exists(const QString &path)
{
    // A dangling symlink "does not exist" for QFileInfo, but saving would replace it.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const QCommandLineOption example(
        QStringLiteral("example"),
        QCoreApplication::translate("Cli", "Fill the project with the example partnership."));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QCoreApplication::translate("Cli",
                                                               "normal (the default), or large: a big "
                                                               "project for measurements."),
                                   QCoreApplication::translate("Cli", "SIZE"), QStringLiteral("normal"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("Cli", "Build the project from the interchange file IN.json (made by export)."),
        QCoreApplication::translate("Cli", "IN.json"));
    const VerbSyntax syntax {
        QCoreApplication::translate("Cli", "new --example OUT [--scale large] | new --from IN.json OUT"),
        QCoreApplication::translate("Cli",
                                    "Write an example partnership, or the partnership of the interchange file "
                                    "IN.json, to the new file OUT."),
        {example, scale, from},
        1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (parser.isSet(example) == parser.isSet(from))
        return usageError(syntax,
                          QCoreApplication::translate("Cli",
                                                      "Say what the project is made from: --example or --from "
                                                      "IN.json (one of them)."),
                          err);
    if (parser.isSet(from) && parser.isSet(scale))
        return usageError(syntax, QCoreApplication::translate("Cli", "--scale goes with --example only."), err);
    const QString size = parser.value(scale);
    const bool large = size == QLatin1String("large");
    if (!large && size != QLatin1String("normal"))
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Unknown size “%1”: use normal or large.").arg(size), err);
    const QString path = parser.positionalArguments().constFirst();
    const QString alreadyThere = QCoreApplication::translate("Cli",
                                                             "“%1” already exists and was left as it is. Choose "
                                                             "another name.")
                                     .arg(path);
    if (exists(path))
        return refuse(alreadyThere, err);
    // Said before the work, not after: a large project takes a while to make.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return refuse(QCoreApplication::translate("Cli", "The folder “%1” does not exist.").arg(folder), err);

    QString error;
    std::unique_ptr<Document> doc;
    if (parser.isSet(from)) {
        const Author author {installation::userName(), {}, QUuid::createUuid()};
        doc = createFromJson(parser.value(from), author, options, &error);
        if (!doc)
            return refuse(
                error + QLatin1Char('\n')
                    + QCoreApplication::translate("Cli", "Nothing was written: “%1” was not created.").arg(path),
                err);
    } else {
        const Author author {QStringLiteral("Alliance Pilot"), {}, QUuid::createUuid()};
        // The small example's journal tells its story, dated; the large one is for measuring.
        example::StoryClock story;
        DocumentOptions made = options;
        if (!large)
            made.clock = story.clock();
        doc = Document::createNew(QString(), author, made, {}, &error);
        if (!doc)
            return refuse(error, err);
        const bool filled = large ? example::fillLarge(*doc, &error) : example::fillExample(*doc, &error, &story);
        if (!filled)
            return refuse(QCoreApplication::translate("Cli", "The example could not be made: %1").arg(error), err);
    }
    // Checked again: making a project takes a while, and saving replaces whatever is there.
    if (exists(path))
        return refuse(alreadyThere, err);
    if (!doc->saveAs(path, &error))
        return refuse(error, err);
    out << QCoreApplication::translate("Cli", "Created %1 (%2 changes in its journal).")
               .arg(path)
               .arg(doc->journalSize())
        << '\n';
    out.flush();
    return Ok;
}

} // namespace alliance::cli
