#pragma once
// A lock file beside an open project says who holds it, so that a second
// person or instance is warned before both edit the same file.

#include <QDateTime>
#include <QString>
#include <optional>

namespace alliance {

struct LockInfo
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

class DocumentLock
{
public:
    DocumentLock() = default;
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    /// The lock file's path for a project file: ".~name.alliance#" beside it.
    static QString lockPathFor(const QString &projectPath);
    /// Who holds `projectPath` open, if anyone alive does. A lock left by a
    /// process of this host that no longer runs is ignored.
    static std::optional<LockInfo> holder(const QString &projectPath);

    /// Takes the lock for `user` unless someone else holds it (then returns
    /// false and leaves their lock alone). Re-taking our own lock succeeds.
    bool acquire(const QString &projectPath, const QString &user);
    void release();
    bool isHeld() const { return !m_path.isEmpty(); }

private:
    QString m_path;
};

} // namespace alliance
