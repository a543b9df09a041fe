#include "document/workingcopy.h"

#include "journal/journal.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <csignal>

namespace alliance::workingcopy {

namespace {

QString sidecar(const QString &workingCopy)
{
    return workingCopy + QStringLiteral(".json");
}

bool holderAlive(const WorkingCopyInfo &info)
{
    if (info.host != QSysInfo::machineHostName())
        return false; // a working copy is local: another host's entry is a copied folder
    if (info.pid <= 0)
        return false;
    return ::kill(pid_t(info.pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString defaultFolder()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/working");
    QDir().mkpath(folder);
    return folder;
}

QString newPath(const QString &folder)
{
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".alliance");
}

bool writeInfo(WorkingCopyInfo info)
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), info.sourcePath);
    o.insert(QStringLiteral("title"), info.title);
    o.insert(QStringLiteral("savedJournalSize"), info.savedJournalSize);
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    QSaveFile f(sidecar(info.workingCopy));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson());
    return f.commit();
}

std::optional<WorkingCopyInfo> readInfo(const QString &workingCopy)
{
    QFile f(sidecar(workingCopy));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(1 << 20)).object();
    if (o.isEmpty())
        return std::nullopt;
    WorkingCopyInfo info;
    info.workingCopy = workingCopy;
    info.sourcePath = o.value(QStringLiteral("source")).toString();
    info.title = o.value(QStringLiteral("title")).toString();
    info.savedJournalSize = o.value(QStringLiteral("savedJournalSize")).toInteger();
    info.pid = o.value(QStringLiteral("pid")).toInteger();
    info.host = o.value(QStringLiteral("host")).toString();
    return info;
}

void discard(const QString &workingCopy)
{
    QFile::remove(workingCopy);
    QFile::remove(workingCopy + QStringLiteral("-journal"));
    QFile::remove(sidecar(workingCopy));
}

QList<WorkingCopyInfo> findRecoverable(const QString &folder)
{
    QList<WorkingCopyInfo> out;
    const auto files = QDir(folder).entryInfoList({QStringLiteral("*.alliance")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        auto info = readInfo(fi.absoluteFilePath());
        if (!info) {
            // A working copy without its sidecar was being created when the app stopped.
            // (File times come from the system's clock: compared with it, not the application's.)
            if (fi.lastModified().secsTo(QDateTime::currentDateTime()) > 60)
                discard(fi.absoluteFilePath());
            continue;
        }
        if (holderAlive(*info))
            continue;
        SqliteDb db;
        // Read-write so that SQLite rolls back a transaction cut short by the crash.
        if (!db.open(info->workingCopy, SqliteDb::Mode::ReadWrite))
            continue;
        bool ok = true;
        const qint64 size = db.value(QStringLiteral("SELECT count(*) FROM journal"), {}, &ok).toLongLong();
        db.close();
        if (!ok)
            continue;
        info->unsavedChanges = size - info->savedJournalSize;
        info->lastEdit = fi.lastModified();
        if (info->unsavedChanges <= 0) {
            discard(info->workingCopy);
            continue;
        }
        out.append(*info);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.lastEdit > b.lastEdit; });
    return out;
}

} // namespace alliance::workingcopy
