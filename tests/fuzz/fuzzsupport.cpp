#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace alliance::fuzz {

namespace {

QTemporaryDir *home = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

void removeHome()
{
    delete home;
    home = nullptr;
}

} // namespace

void setUpQt(int *argc, char ***argv, const char *name)
{
    // QTemporaryDir honours TMPDIR: the run scripts point it at their own folder.
    home = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/alliance-fuzz-XXXXXX"));
    if (!home->isValid())
        fail(QStringLiteral("cannot make a temporary folder in %1").arg(QDir::tempPath()));
    std::atexit(removeHome);
    const QByteArray h = QFile::encodeName(home->path());
    qputenv("HOME", h);
    qputenv("XDG_CONFIG_HOME", h + "/config");
    qputenv("XDG_DATA_HOME", h + "/data");
    qputenv("XDG_CACHE_HOME", h + "/cache");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(quietHandler);
    // Kept until exit, reachable from a global: neither freed nor reported as a leak.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    QCoreApplication::setOrganizationName(QStringLiteral("AlliancePilotFuzz"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
}

QString scratch(const QString &name)
{
    const QString path = home->filePath(name);
    if (!QDir().mkpath(path))
        fail(QStringLiteral("cannot make %1").arg(path));
    return path;
}

Author fuzzAuthor(const QString &name, const QUuid &organisation)
{
    // A fixed installation id: two runs on one input make the same clocks' node.
    static const QUuid installation = QUuid::fromString(QStringLiteral("{5eed0000-0000-4000-8000-00000000f022}"));
    return Author {name, organisation, installation};
}

DocumentOptions optionsIn(const QString &folder)
{
    DocumentOptions options;
    options.workingFolder = folder;
    return options;
}

void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail(QStringLiteral("cannot write the input to %1").arg(path));
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void fail(const QString &what)
{
    std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

} // namespace alliance::fuzz
