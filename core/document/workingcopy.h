#pragma once
// Working copies: where a Document keeps every edit, committed at once, in
// the app's data folder. A JSON file beside each says which project file it
// belongs to and how much of its journal was saved, so that work left by a
// crash or a kill can be found and recovered at the next start.

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace alliance {

struct WorkingCopyInfo
{
    QString workingCopy; ///< path of the SQLite working copy
    QString sourcePath;  ///< the project file it saves to; empty if never saved
    QString title;
    qint64 savedJournalSize = 0;
    qint64 pid = 0; ///< the process that holds it
    QString host;
    qint64 unsavedChanges = 0; ///< filled by findRecoverable
    QDateTime lastEdit;        ///< filled by findRecoverable
};

namespace workingcopy {

/// AppDataLocation/working, created if needed.
QString defaultFolder();
/// A fresh, unused working copy path in `folder`.
QString newPath(const QString &folder);
/// Writes the sidecar atomically; stamps this process as the holder.
bool writeInfo(WorkingCopyInfo info);
std::optional<WorkingCopyInfo> readInfo(const QString &workingCopy);
/// Deletes the working copy, its rollback journal and its sidecar.
void discard(const QString &workingCopy);
/// Working copies whose process is gone and that hold unsaved changes,
/// newest first. Copies with nothing unsaved are discarded on the way.
QList<WorkingCopyInfo> findRecoverable(const QString &folder);

} // namespace workingcopy
} // namespace alliance
