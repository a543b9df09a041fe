// `alliance-pilot new --example OUT [--scale large]`: writes an example
// project, made through Document like any edit, then saved atomically.
#include "cli/cli.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "example/examplegenerator.h"

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
                                   QCoreApplication::translate("Cli", "normal (the default), or large: a big "
                                                                      "project for measurements."),
                                   QCoreApplication::translate("Cli", "SIZE"), QStringLiteral("normal"));
    const VerbSyntax syntax{QCoreApplication::translate("Cli", "new --example OUT [--scale large]"),
                            QCoreApplication::translate("Cli", "Write an example partnership to the new file OUT."),
                            {example, scale},
                            1};
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!parser.isSet(example))
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Only example projects can be made from the command "
                                                             "line: add --example."),
                          err);
    const QString size = parser.value(scale);
    const bool large = size == QLatin1String("large");
    if (!large && size != QLatin1String("normal"))
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Unknown size “%1”: use normal or large.").arg(size), err);
    const QString path = parser.positionalArguments().constFirst();
    const QString alreadyThere = QCoreApplication::translate("Cli", "“%1” already exists and was left as it is. Choose "
                                                                    "another name.")
                                     .arg(path);
    if (exists(path))
        return refuse(alreadyThere, err);
    // Said before the work, not after: a large project takes a while to make.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return refuse(QCoreApplication::translate("Cli", "The folder “%1” does not exist.").arg(folder), err);

    const Author author{QStringLiteral("Alliance Pilot"), {}, QUuid::createUuid()};
    QString error;
    const auto doc = Document::createNew(QString(), author, options, &error);
    if (!doc)
        return refuse(error, err);
    const bool filled = large ? example::fillLarge(*doc, &error) : example::fillExample(*doc, &error);
    if (!filled)
        return refuse(QCoreApplication::translate("Cli", "The example could not be made: %1").arg(error), err);
    // Checked again: making a large project takes a while, and saving replaces whatever is there.
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
