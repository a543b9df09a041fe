#pragma once
// The open project: the only way to change data.
//
// Ownership: a Document owns its working copy (an SQLite file in the app's
// data folder) and the connection to it. The file the user opened is only
// read, once, by open(); save() replaces it atomically.

#include "journal/change.h"
#include "journal/hlc.h"
#include "model/project.h"
#include "storage/filecheck.h"
#include "storage/lockfile.h"

#include <QObject>
#include <memory>
#include <optional>

namespace alliance {

class SqliteDb;

namespace sync {
struct Conflict;
struct MergePlan;
} // namespace sync

struct DocumentOptions
{
    /// Folder for working copies; empty = QStandardPaths::AppDataLocation + "/working".
    QString workingFolder;
    WallClock clock = systemClock();
};

class Document : public QObject
{
    Q_OBJECT
public:
    /// A new, empty partnership with one singleton partnership row titled `title`,
    /// whose id is `partnershipId` (a new random one when null).
    /// Returns nullptr and sets `error` when the working copy cannot be made.
    /// (Everywhere in this class, what a function reports comes last.)
    static std::unique_ptr<Document> createNew(const QString &title, const Author &author,
                                               const DocumentOptions &options = {}, const QUuid &partnershipId = {},
                                               QString *error = nullptr);

    /// An empty working copy of partnership `partnershipId` that journals
    /// nothing, not even its title: a project built from another holder's
    /// journal alone, through applyMerge (a workspace's: workspacepull.h).
    static std::unique_ptr<Document> createEmpty(const QUuid &partnershipId, const Author &author,
                                                 const DocumentOptions &options = {}, QString *error = nullptr);

    /// Validates `path` (validateProjectFile), copies it to a working copy and
    /// migrates the copy when older. The file at `path` is never written.
    /// On refusal returns nullptr and fills `result`.
    static std::unique_ptr<Document> open(const QString &path, const Author &author, const DocumentOptions &options,
                                          CheckResult *result);

    /// Reopens a working copy left by a session that ended without saving.
    static std::unique_ptr<Document> recover(const QString &workingCopy, const Author &author,
                                             const DocumentOptions &options, QString *error);

    ~Document() override;

    /// Applies every change of `changes` in one transaction: working copy,
    /// journal, undo stack. Returns false (and changes nothing) when a table,
    /// field or value is invalid; `error` says which.
    bool apply(const ChangeSet &changes, QString *error = nullptr);
    /// As apply(), each change journalled in the name of the organisation at
    /// its index in `authorOrganisations` (imported answers: the respondent's);
    /// the author's name and installation stay the document's. An empty list
    /// is apply(); a list of another size is refused.
    bool applyOnBehalf(const ChangeSet &changes, const QList<QUuid> &authorOrganisations, QString *error = nullptr);

    /// Applies a plan of sync::planMerge in one transaction: the incoming
    /// journal entries are added as they are, each field they won takes their
    /// value (tombstones included: an item's existence is its "deleted" field),
    /// and each conflict of `flipped` (matched to the plan's by table, item and
    /// field) gets a new journalled change giving the value that lost by
    /// clock. The clock moves past every incoming clock, so later edits sort
    /// after them. One undo step restores the fields as they were (the
    /// incoming history stays). Returns false and changes nothing when the
    /// plan is for another partnership or the document changed since it was
    /// planned, or a value refers to an item that does not exist; `error` says why.
    bool applyMerge(const sync::MergePlan &plan, const QList<sync::Conflict> &flipped, QString *error = nullptr);

    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    /// Undo and redo are themselves journalled changes.
    bool undo(QString *error = nullptr);
    bool redo(QString *error = nullptr);

    /// True when the journal has grown since the last save (or since creation).
    bool isModified() const;
    /// The file this document saves to; empty for a new, never saved document.
    QString filePath() const;
    QString workingCopyPath() const;
    const Author &author() const;
    void setAuthor(const Author &author);

    /// What save() does when filePath() changed on disk since it was opened
    /// or saved (isChangedOnDisk).
    enum class IfChangedOnDisk {
        Refuse,
        Overwrite
    };
    /// Atomic save to filePath(). Fails when the file was replaced on disk
    /// since it was opened or saved, unless told to overwrite it.
    bool save(QString *error = nullptr) { return save(IfChangedOnDisk::Refuse, error); }
    bool save(IfChangedOnDisk ifChanged, QString *error = nullptr);
    /// Atomic save to `path`, which becomes filePath().
    bool saveAs(const QString &path, QString *error = nullptr);
    /// True when filePath() was modified or replaced by someone else.
    bool isChangedOnDisk() const;
    /// What filePath() is on disk now; take it before reading the file for a merge.
    struct DiskVersion
    {
        bool exists = false;
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
    };
    DiskVersion diskVersion() const;
    /// Says that `version` of filePath() was merged in whole: saving over it
    /// loses nothing, so isChangedOnDisk() is false until the file changes
    /// again. Nothing happens when the file changed since `version` was taken.
    void acceptDiskVersion(const DiskVersion &version);
    /// Who else held filePath() open when this document opened or saved it.
    std::optional<LockInfo> lockedBy() const;

    /// The current content (cached, reloaded after changes).
    const Project &project() const;
    QUuid partnershipId() const;
    qint64 journalSize() const;
    QList<JournalEntry> history(const QString &table, const QUuid &id) const;
    /// The stored value of one field of one item (see storedValue()), or an
    /// invalid QVariant when the item or field does not exist.
    QVariant value(const QString &table, const QUuid &id, const QString &field) const;
    /// The live items of `table`: each row is the id text, then `fields` in
    /// order. With `whereField`, only rows whose field equals `whereValue`.
    /// Ordered by `orderBy` (a field name), then rowid (creation order).
    QList<QVariantList> rows(const QString &table, const QStringList &fields, const QString &whereField = {},
                             const QVariant &whereValue = {}, const QString &orderBy = {}) const;
    /// A connection of its own to the working copy that can only read (the
    /// file is opened read-only and query_only is on): for reads the other
    /// functions do not offer, and for reads on another thread (one thread at
    /// a time per reader). It sees every applied change. Close it before the
    /// Document goes. Returns nullptr with `error` when it cannot be opened.
    std::unique_ptr<SqliteDb> openReader(QString *error = nullptr) const;
    /// Writes a copy of the working copy, as it is now, to `path`, which must
    /// not exist yet (SQLite's VACUUM INTO: one consistent, compact file).
    /// The copy is not checked nor made the document's file: callers that
    /// transform it (partner copies) save it with atomicSave, which checks it.
    bool snapshotTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);
    /// filePath() names another file (after Save As).
    void filePathChanged();

private:
    Document();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alliance
