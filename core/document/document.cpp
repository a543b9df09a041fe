#include "document/document.h"

#include "document/fieldvalue.h"
#include "document/undostack.h"
#include "document/workingcopy.h"
#include "journal/journal.h"
#include "model/projectloader.h"
#include "storage/atomicsave.h"
#include "storage/fieldwriter.h"
#include "storage/lockfile.h"
#include "storage/migrations.h"
#include "storage/rowcheck.h"
#include "storage/samefile.h"
#include "storage/schema.h"
#include "storage/schemacheck.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>
#include <sys/stat.h>

namespace alliance {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/// What a file on disk looked like when we last read or wrote it.
struct DiskStamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;

    static DiskStamp of(const QString &path)
    {
        DiskStamp s;
        struct stat st
        { };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return s;
        s.exists = true;
        s.size = st.st_size;
        s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        s.inode = st.st_ino;
        return s;
    }
    bool operator!=(const DiskStamp &o) const
    {
        return exists != o.exists || size != o.size || mtimeNs != o.mtimeNs || inode != o.inode;
    }
};

} // namespace

struct Document::Private
{
    DocumentOptions options;
    std::unique_ptr<SqliteDb> db; // the only connection that writes the working copy
    std::unique_ptr<HlcGenerator> clock;
    UndoStack undo;
    Author author;
    QString filePath;
    QString workingPath;
    qint64 journalSize = 0;
    qint64 savedJournalSize = 0;
    DiskStamp stamp;
    DocumentLock lock;
    std::optional<LockInfo> lockedBy;
    mutable std::optional<Project> cache;
    QUuid partnershipId;
    bool discardOnClose = true;

    bool connect(QString *error);
    /// `authorOrgs`, when given, names per change the organisation it is journalled for.
    bool applyChanges(const ChangeSet &changes, UndoStack::Step *step, QString *error,
                      const QList<QUuid> *authorOrgs = nullptr);
    void writeSidecar();
    void takeLock();
};

bool Document::Private::connect(QString *error)
{
    db = std::make_unique<SqliteDb>();
    if (!db->open(workingPath, SqliteDb::Mode::ReadWrite)) {
        setError(error, tr("Could not open the working copy: %1").arg(db->errorMessage()));
        return false;
    }
    db->harden();
    // Readers (openReader) may hold the file for a moment: wait for them rather than fail.
    sqlite3_busy_timeout(db->handle(), 5000);
    // One file (no WAL): the file is what gets emailed. FULL: an edit is on disk once apply() returns.
    db->exec(QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; "
                            "PRAGMA cache_size=-65536;"));
    partnershipId = QUuid::fromString(db->value(QStringLiteral("SELECT id FROM partnership")).toString());
    journalSize = journal::size(*db);
    clock = std::make_unique<HlcGenerator>(schema::idText(author.installationId), options.clock);
    if (const auto latest = Hlc::parse(journal::latestClock(*db)))
        clock->observe(*latest);
    return true;
}

void Document::Private::writeSidecar()
{
    WorkingCopyInfo info;
    info.workingCopy = workingPath;
    info.sourcePath = filePath;
    info.title = db->value(QStringLiteral("SELECT title FROM partnership")).toString();
    info.savedJournalSize = savedJournalSize;
    workingcopy::writeInfo(info);
}

void Document::Private::takeLock()
{
    lockedBy = DocumentLock::holder(filePath);
    if (!lockedBy)
        lock.acquire(filePath, author.name);
    stamp = DiskStamp::of(filePath);
}

bool Document::Private::applyChanges(const ChangeSet &changes, UndoStack::Step *step, QString *error,
                                     const QList<QUuid> *authorOrgs)
{
    // The open check refuses a longer journal: an edit past it could never be saved.
    if (journalSize + changes.changes.size() > schema::maxJournalRows) {
        setError(error,
                 tr("This partnership’s history holds %1 changes, the most a project file may hold. Start a "
                    "new project file for what comes next.")
                     .arg(QLocale().toString(journalSize)));
        return false;
    }
    // Validate every value before touching the file.
    QList<QVariant> stored;
    for (const auto &c : changes.changes) {
        if (c.entityId.isNull()) {
            setError(error, tr("An item has no id."));
            return false;
        }
        const auto v = storedValue(c.table, c.field, c.value, error);
        if (!v)
            return false;
        stored.append(*v);
    }
    if (!db->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(error, tr("The working copy cannot be written: %1").arg(db->errorMessage()));
        return false;
    }
    auto rollback = [&](const QString &why) {
        db->exec(QStringLiteral("ROLLBACK"));
        setError(error, why);
        return false;
    };
    UndoStack::Step made;
    made.redo.description = changes.description;
    made.undo.description = changes.description;
    QSet<QPair<QString, QUuid>> created;
    qint64 appended = 0;
    for (int i = 0; i < changes.changes.size(); ++i) {
        const FieldChange &c = changes.changes.at(i);
        const QVariant &value = stored.at(i);
        QString why;
        if (!fieldwriter::referenceExists(*db, c.table, c.field, value, &why))
            return rollback(why);
        const auto written = fieldwriter::write(*db, c.table, c.entityId, c.field, value, &why);
        if (!written)
            return rollback(why);
        if (!written->changed)
            continue; // nothing changes: no journal entry, no undo step
        if (written->created) {
            created.insert({c.table, c.entityId});
            made.redo.set(c.table, c.entityId, QStringLiteral("deleted"), 0);
            made.undo.remove(c.table, c.entityId);
        } else if (!created.contains({c.table, c.entityId}))
            made.undo.changes.prepend({c.table, c.entityId, c.field, written->before});
        made.redo.changes.append({c.table, c.entityId, c.field, value});
        JournalEntry e {QUuid::createUuid(),
                        c.table,
                        c.entityId,
                        c.field,
                        value,
                        clock->next().toString(),
                        author.name,
                        QString(),
                        schema::idText(author.installationId)};
        const QUuid org = authorOrgs && i < authorOrgs->size() ? authorOrgs->at(i) : author.organisationId;
        e.authorOrg = org.isNull() ? QString() : schema::idText(org);
        if (!journal::append(*db, e))
            return rollback(db->errorMessage());
        ++appended;
    }
    if (!db->exec(QStringLiteral("COMMIT")))
        return rollback(tr("The working copy cannot be written: %1").arg(db->errorMessage()));
    journalSize += appended;
    if (appended > 0)
        cache.reset();
    if (step)
        *step = appended > 0 ? made : UndoStack::Step {};
    return true;
}

Document::Document() : d(std::make_unique<Private>()) { }

Document::~Document()
{
    d->lock.release();
    d->db.reset();
    // A clean close keeps nothing; a crash never reaches here and leaves the working copy for recovery.
    if (d->discardOnClose)
        workingcopy::discard(d->workingPath);
}

std::unique_ptr<Document> Document::createNew(const QString &title, const Author &author,
                                              const DocumentOptions &options, const QUuid &partnershipId,
                                              QString *error)
{
    const QUuid id = partnershipId.isNull() ? QUuid::createUuid() : partnershipId;
    std::unique_ptr<Document> doc = createEmpty(id, author, options, error);
    if (!doc
        || !doc->apply(
            ChangeSet(tr("New partnership")).set(QStringLiteral("partnership"), id, QStringLiteral("title"), title),
            error))
        return nullptr;
    doc->d->undo.clear();
    doc->d->writeSidecar();
    return doc;
}

std::unique_ptr<Document> Document::createEmpty(const QUuid &partnershipId, const Author &author,
                                                const DocumentOptions &options, QString *error)
{
    std::unique_ptr<Document> doc(new Document);
    doc->d->options = options;
    doc->d->author = author;
    const QString folder = options.workingFolder.isEmpty() ? workingcopy::defaultFolder() : options.workingFolder;
    doc->d->workingPath = workingcopy::newPath(folder);
    {
        SqliteDb fresh;
        if (!fresh.open(doc->d->workingPath, SqliteDb::Mode::Create) || !createSchema(fresh, error)) {
            setError(error, tr("Could not create a working copy in “%1”.").arg(folder));
            return nullptr;
        }
    }
    if (!doc->d->connect(error))
        return nullptr;
    doc->d->partnershipId = partnershipId;
    doc->d->writeSidecar();
    return doc;
}

std::unique_ptr<Document> Document::open(const QString &path, const Author &author, const DocumentOptions &options,
                                         CheckResult *result)
{
    const QString folder = options.workingFolder.isEmpty() ? workingcopy::defaultFolder() : options.workingFolder;
    const QString workingPath = workingcopy::newPath(folder);
    CheckResult check;
    std::optional<Project> items; // read while the journal is still being checked
    {
        SqliteDb copy; // the file is read once, into the working copy, and what is checked is that copy
        check = copyCheckedProjectFile(path, workingPath, copy, [&items](SqliteDb &db, int version) {
            if (version == schema::currentVersion)
                items = loadProject(db);
        });
    }
    if (!check.ok()) {
        workingcopy::discard(workingPath);
        if (result)
            *result = check;
        return nullptr;
    }
    std::unique_ptr<Document> doc(new Document);
    doc->d->options = options;
    doc->d->author = author;
    doc->d->filePath = QFileInfo(path).absoluteFilePath();
    doc->d->workingPath = workingPath;
    QString error;
    auto failed = [&](const QString &why) {
        if (result)
            *result = {Refusal::Unreadable, why, check.schemaVersion};
        return nullptr;
    };
    if (check.schemaVersion < schema::currentVersion) {
        SqliteDb copy;
        if (!copy.open(workingPath, SqliteDb::Mode::ReadWrite))
            return failed(tr("Could not make a working copy in “%1”: %2").arg(folder, copy.errorMessage()));
        if (!migrate(copy, check.schemaVersion, &error))
            return failed(error);
    }
    if (!doc->d->connect(&error))
        return failed(error);
    if (items && check.schemaVersion == schema::currentVersion)
        doc->d->cache = std::move(items);
    doc->d->savedJournalSize = doc->d->journalSize;
    doc->d->takeLock();
    doc->d->writeSidecar();
    if (result)
        *result = check;
    return doc;
}

std::unique_ptr<Document> Document::recover(const QString &workingCopy, const Author &author,
                                            const DocumentOptions &options, QString *error)
{
    const auto info = workingcopy::readInfo(workingCopy);
    if (!info) {
        setError(error, tr("There is nothing to recover at “%1”.").arg(workingCopy));
        return nullptr;
    }
    std::unique_ptr<Document> doc(new Document);
    doc->d->options = options;
    doc->d->author = author;
    doc->d->workingPath = workingCopy;
    doc->d->filePath = info->sourcePath;
    doc->d->discardOnClose = false; // until it is proven readable, never delete unsaved work
    if (!doc->d->connect(error))
        return nullptr;
    const int version = doc->d->db->value(QStringLiteral("PRAGMA user_version")).toInt();
    const CheckResult check = checkOpenDatabase(*doc->d->db, QFileInfo(workingCopy).fileName(), version);
    if (!check.ok() || version != schema::currentVersion) {
        setError(error, check.ok() ? tr("The unsaved work is in an unexpected format.") : check.message);
        return nullptr;
    }
    doc->d->discardOnClose = true;
    doc->d->savedJournalSize = info->savedJournalSize;
    if (!doc->d->filePath.isEmpty())
        doc->d->takeLock();
    doc->d->writeSidecar();
    return doc;
}

bool Document::apply(const ChangeSet &changes, QString *error)
{
    return applyOnBehalf(changes, {}, error);
}

bool Document::applyOnBehalf(const ChangeSet &changes, const QList<QUuid> &authorOrganisations, QString *error)
{
    if (!authorOrganisations.isEmpty() && authorOrganisations.size() != changes.changes.size()) {
        setError(error, tr("An import names no organisation for some of its changes."));
        return false;
    }
    const bool wasModified = isModified();
    UndoStack::Step step;
    if (!d->applyChanges(changes, &step, error, authorOrganisations.isEmpty() ? nullptr : &authorOrganisations))
        return false;
    if (!step.redo.changes.isEmpty()) {
        d->undo.push(step);
        Q_EMIT changed();
        if (wasModified != isModified())
            Q_EMIT modifiedChanged(isModified());
    }
    return true;
}

bool Document::applyMerge(const sync::MergePlan &plan, const QList<sync::Conflict> &flipped, QString *error)
{
    if (plan.partnershipId != d->partnershipId) {
        setError(error, tr("This merge was prepared for another partnership."));
        return false;
    }
    if (plan.mineJournalSize != d->journalSize) {
        setError(error, tr("The project changed since the merge was prepared: prepare it again."));
        return false;
    }
    // The value that lost by clock, for each flipped conflict of the plan.
    QList<FieldChange> flips;
    for (const auto &f : flipped) {
        const auto match = std::find_if(plan.conflicts.begin(), plan.conflicts.end(), [&](const sync::Conflict &c) {
            return c.table == f.table && c.entityId == f.entityId && c.field == f.field;
        });
        if (match == plan.conflicts.end()) {
            setError(error, tr("A conflict to settle is not part of this merge."));
            return false;
        }
        flips.append(
            {match->table, match->entityId, match->field, match->theirsWins ? match->mine.value : match->theirs.value});
    }
    if (plan.incoming.isEmpty() && flips.isEmpty()) {
        if (plan.ownFileVersion)
            acceptDiskVersion(*plan.ownFileVersion);
        return true;
    }
    const bool wasModified = isModified();
    if (!d->db->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(error, tr("The working copy cannot be written: %1").arg(d->db->errorMessage()));
        return false;
    }
    const Hlc clockBefore = d->clock->last();
    auto rollback = [&](const QString &why) {
        d->db->exec(QStringLiteral("ROLLBACK"));
        d->clock->restore(clockBefore); // the refused copy's clocks must not date later edits
        setError(error, why);
        return false;
    };
    const qint64 firstSeq = d->db->value(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM journal")).toLongLong();
    for (const auto &e : plan.incoming)
        if (!journal::append(*d->db, e))
            return rollback(tr("The merged changes cannot be written: %1").arg(d->db->errorMessage()));
    qint64 appended = plan.incoming.size();
    if (appended > 0) {
        // Which rows came with this merge, and through whose copy: the history says so later.
        bool ok = true;
        d->db->rows(QStringLiteral("INSERT INTO merge_record (id, file_name, through, merged_at, first_seq, last_seq) "
                                   "VALUES (?, ?, ?, ?, ?, (SELECT max(seq) FROM journal))"),
                    {schema::idText(QUuid::createUuid()), QFileInfo(plan.theirsPath).fileName(), plan.copyFor,
                     d->options.clock(), firstSeq},
                    &ok);
        if (!ok)
            return rollback(tr("The merged changes cannot be written: %1").arg(d->db->errorMessage()));
    }

    UndoStack::Step made;
    made.redo.description = tr("Merge “%1”").arg(QFileInfo(plan.theirsPath).fileName());
    made.undo.description = made.redo.description;
    QSet<QPair<QString, QUuid>> created;
    QSet<QString> changedFields;
    // Sets one field, remembering how to undo it. False on a database error.
    auto write = [&](const FieldChange &c) {
        const auto written = fieldwriter::write(*d->db, c.table, c.entityId, c.field, c.value);
        if (!written)
            return false;
        if (!written->changed)
            return true;
        const QString key = c.table + QLatin1Char('|') + schema::idText(c.entityId) + QLatin1Char('|') + c.field;
        if (written->created) {
            created.insert({c.table, c.entityId});
            made.redo.set(c.table, c.entityId, QStringLiteral("deleted"), 0);
            made.undo.remove(c.table, c.entityId);
        } else if (!created.contains({c.table, c.entityId}) && !changedFields.contains(key))
            made.undo.changes.prepend({c.table, c.entityId, c.field, written->before});
        changedFields.insert(key);
        made.redo.changes.append(c);
        return true;
    };
    for (const auto &w : plan.winners)
        if (!write({w.table, w.entityId, w.field, w.value}))
            return rollback(tr("The merged changes cannot be written: %1").arg(d->db->errorMessage()));
    // References are checked once every item that came in exists.
    for (const auto &w : plan.winners) {
        QString why;
        if (!fieldwriter::referenceExists(*d->db, w.table, w.field, w.value, &why))
            return rollback(why);
    }
    if (const auto seen = Hlc::parse(plan.latestIncomingClock))
        d->clock->observe(*seen);
    for (const auto &f : std::as_const(flips)) {
        QString why;
        if (!fieldwriter::referenceExists(*d->db, f.table, f.field, f.value, &why))
            return rollback(why);
        if (!write(f))
            return rollback(tr("The merged changes cannot be written: %1").arg(d->db->errorMessage()));
        const JournalEntry e {QUuid::createUuid(),
                              f.table,
                              f.entityId,
                              f.field,
                              f.value,
                              d->clock->next().toString(),
                              d->author.name,
                              d->author.organisationId.isNull() ? QString() : schema::idText(d->author.organisationId),
                              schema::idText(d->author.installationId)};
        if (!journal::append(*d->db, e))
            return rollback(tr("The merged changes cannot be written: %1").arg(d->db->errorMessage()));
        ++appended;
    }
    // The merged project must pass every check an opened file passes, or
    // nothing of it is kept: Save would otherwise write a file that no copy
    // of the app opens.
    // What was there before passed them already: the items written now are
    // checked, and the journal rows this merge made (their rows were checked
    // in their file by planMerge, with the same rules).
    const CheckResult check = checkWrittenSince(*d->db, QFileInfo(plan.theirsPath).fileName(), schema::currentVersion,
                                                firstSeq, firstSeq + plan.incoming.size());
    if (!check.ok())
        return rollback(tr("Merging “%1” would make a project that does not pass its checks, so nothing was "
                           "merged. %2")
                            .arg(QFileInfo(plan.theirsPath).fileName(), check.message));
    if (!d->db->exec(QStringLiteral("COMMIT")))
        return rollback(tr("The working copy cannot be written: %1").arg(d->db->errorMessage()));
    d->journalSize += appended;
    d->cache.reset();
    if (!made.redo.changes.isEmpty())
        d->undo.push(made);
    if (plan.ownFileVersion)
        acceptDiskVersion(*plan.ownFileVersion);
    Q_EMIT changed();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

bool Document::canUndo() const
{
    return d->undo.canUndo();
}
bool Document::canRedo() const
{
    return d->undo.canRedo();
}
QString Document::undoText() const
{
    return d->undo.undoText();
}
QString Document::redoText() const
{
    return d->undo.redoText();
}

bool Document::undo(QString *error)
{
    if (!canUndo())
        return false;
    const bool wasModified = isModified();
    if (!d->applyChanges(d->undo.nextUndo().undo, nullptr, error))
        return false;
    d->undo.undone();
    Q_EMIT changed();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

bool Document::redo(QString *error)
{
    if (!canRedo())
        return false;
    const bool wasModified = isModified();
    if (!d->applyChanges(d->undo.nextRedo().redo, nullptr, error))
        return false;
    d->undo.redone();
    Q_EMIT changed();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

bool Document::isModified() const
{
    return d->journalSize != d->savedJournalSize;
}

QString Document::filePath() const
{
    return d->filePath;
}

QString Document::workingCopyPath() const
{
    return d->workingPath;
}

const Author &Document::author() const
{
    return d->author;
}

void Document::setAuthor(const Author &author)
{
    d->author = author;
}

bool Document::save(IfChangedOnDisk ifChanged, QString *error)
{
    if (d->filePath.isEmpty()) {
        setError(error, tr("Choose where to save this new partnership."));
        return false;
    }
    if (ifChanged == IfChangedOnDisk::Refuse && isChangedOnDisk()) {
        setError(error,
                 tr("“%1” was changed by someone else since you opened it. Save under another name, "
                    "or merge their changes first.")
                     .arg(QFileInfo(d->filePath).fileName()));
        return false;
    }
    return saveAs(d->filePath, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (!atomicSave(*d->db, target, error))
        return false;
    const bool wasModified = isModified();
    const bool moved = !sameFile(target, d->filePath);
    if (moved) {
        d->lock.release();
        d->filePath = target;
        d->takeLock();
    }
    d->stamp = DiskStamp::of(target);
    d->savedJournalSize = d->journalSize;
    d->writeSidecar();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    if (moved)
        Q_EMIT filePathChanged();
    return true;
}

bool Document::isChangedOnDisk() const
{
    return !d->filePath.isEmpty() && DiskStamp::of(d->filePath) != d->stamp;
}

Document::DiskVersion Document::diskVersion() const
{
    const DiskStamp s = DiskStamp::of(d->filePath);
    return {s.exists, s.size, s.mtimeNs, s.inode};
}

void Document::acceptDiskVersion(const DiskVersion &version)
{
    const DiskStamp now = DiskStamp::of(d->filePath);
    if (d->filePath.isEmpty() || now.exists != version.exists || now.size != version.size
        || now.mtimeNs != version.mtimeNs || now.inode != version.inode)
        return; // changed again since: that version was not the one merged
    d->stamp = now;
}

std::optional<LockInfo> Document::lockedBy() const
{
    return d->lockedBy;
}

const Project &Document::project() const
{
    if (!d->cache)
        d->cache = loadProject(*d->db);
    return *d->cache;
}

QUuid Document::partnershipId() const
{
    return d->partnershipId;
}

qint64 Document::journalSize() const
{
    return d->journalSize;
}

QList<JournalEntry> Document::history(const QString &table, const QUuid &id) const
{
    return journal::history(*d->db, table, id);
}

QVariant Document::value(const QString &table, const QUuid &id, const QString &field) const
{
    const schema::Table *t = schema::table(table);
    if (!t || (field != QLatin1String("deleted") && !t->column(field)))
        return {};
    const auto found
        = d->db->rows(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {schema::idText(id)});
    return found.isEmpty() ? QVariant() : found.first().value(0);
}

QList<QVariantList> Document::rows(const QString &table, const QStringList &fields, const QString &whereField,
                                   const QVariant &whereValue, const QString &orderBy) const
{
    // Names are checked against the schema: they are spliced into SQL.
    const schema::Table *t = schema::table(table);
    if (!t)
        return {};
    for (const auto &f : fields)
        if (!t->column(f))
            return {};
    if ((!whereField.isEmpty() && !t->column(whereField)) || (!orderBy.isEmpty() && !t->column(orderBy)))
        return {};
    QString sql
        = QStringLiteral("SELECT id%1%2 FROM %3 WHERE deleted = 0")
              .arg(fields.isEmpty() ? QString() : QStringLiteral(", "), fields.join(QStringLiteral(", ")), table);
    QVariantList args;
    if (!whereField.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(whereField);
        args << whereValue;
    }
    sql += orderBy.isEmpty() ? QStringLiteral(" ORDER BY rowid") : QStringLiteral(" ORDER BY %1, rowid").arg(orderBy);
    return d->db->rows(sql, args);
}

std::unique_ptr<SqliteDb> Document::openReader(QString *error) const
{
    auto reader = std::make_unique<SqliteDb>();
    // Read-only twice over: the file is opened so, and query_only refuses any write statement.
    if (!reader->open(d->workingPath, SqliteDb::Mode::ReadOnly)
        || !reader->exec(QStringLiteral("PRAGMA query_only=ON"))) {
        setError(error, tr("Could not read the working copy: %1").arg(reader->errorMessage()));
        return nullptr;
    }
    reader->harden();
    sqlite3_busy_timeout(reader->handle(), 5000); // a save or an edit may hold the file for a moment
    return reader;
}

bool Document::snapshotTo(const QString &path, QString *error) const
{
    if (QFileInfo::exists(path)) {
        setError(error, tr("“%1” already exists: a snapshot is never written over a file.").arg(path));
        return false;
    }
    bool ok = true;
    d->db->rows(QStringLiteral("VACUUM INTO ?"), {path}, &ok);
    if (!ok) {
        setError(error, tr("Could not copy the working copy: %1").arg(d->db->errorMessage()));
        QFile::remove(path);
    }
    return ok;
}

} // namespace alliance
