#include "storage/lockfile.h"

#include "model/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace alliance {

namespace {

std::optional<LockInfo> readLock(const QString &lockPath)
{
    QFile f(lockPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    LockInfo info;
    info.user = o.value(QStringLiteral("user")).toString();
    info.host = o.value(QStringLiteral("host")).toString();
    info.pid = o.value(QStringLiteral("pid")).toInteger();
    info.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return info;
}

bool isAlive(const LockInfo &info)
{
    if (info.host != QSysInfo::machineHostName())
        return true; // cannot tell for another machine: assume it still holds it
    if (info.pid <= 0)
        return false;
    return ::kill(pid_t(info.pid), 0) == 0 || errno == EPERM;
}

} // namespace

DocumentLock::~DocumentLock()
{
    release();
}

QString DocumentLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo fi(projectPath);
    return fi.absolutePath() + QStringLiteral("/.~") + fi.fileName() + QLatin1Char('#');
}

std::optional<LockInfo> DocumentLock::holder(const QString &projectPath)
{
    const auto info = readLock(lockPathFor(projectPath));
    if (!info || !isAlive(*info))
        return std::nullopt;
    if (info->host == QSysInfo::machineHostName() && info->pid == QCoreApplication::applicationPid())
        return std::nullopt; // our own
    return info;
}

bool DocumentLock::acquire(const QString &projectPath, const QString &user)
{
    release();
    const QString lockPath = lockPathFor(projectPath);
    if (holder(projectPath))
        return false;
    QFile::remove(lockPath); // stale or ours
    QFile f(lockPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    QJsonObject o;
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    o.insert(QStringLiteral("since"), clock::nowUtc().toString(Qt::ISODate));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    m_path = lockPath;
    return true;
}

void DocumentLock::release()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
}

} // namespace alliance
