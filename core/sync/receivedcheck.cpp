#include "sync/receivedcheck.h"

#include "storage/checkrules.h"
#include "storage/rowcheck.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <future>
#include <sqlite3.h>

namespace alliance::sync {

namespace {

/// True for a row of their journal that ours holds at the same place with
/// the same change id and the same content in every column. Copies share
/// their older history in the same order, so comparing row by row costs a
/// walk, not a search; a row that moved is merely checked again. The journal
/// is STRICT: its text columns hold texts only; `value` may hold any type,
/// so its type is compared too (1 and 1.0 compare equal in SQL).
const char *const sameRowInMine
    = "EXISTS (SELECT 1 FROM mine.journal m WHERE m.seq = journal.seq AND m.change_id = journal.change_id "
      "AND m.entity = journal.entity "
      "AND m.entity_id = journal.entity_id AND m.field = journal.field AND typeof(m.value) = typeof(journal.value) "
      "AND m.value IS journal.value AND m.hlc = journal.hlc AND m.author_name = journal.author_name "
      "AND m.author_org = journal.author_org AND m.installation = journal.installation)";

/// Their journal's rows that mine does not hold identically, on `db` (a
/// hardened connection to their file): the rules of opening a file.
CheckResult checkRowsMineLacks(SqliteDb &db, const QString &mineWorkingCopy, const QString &name, int version)
{
    // Ours, read-only, beside theirs for the comparison of rows.
    const QString uri = sqliteUri(mineWorkingCopy, QStringLiteral("mode=ro"));
    sqlite3_busy_timeout(db.handle(), 5000); // the document may be committing an edit
    bool attached = true;
    db.rows(QStringLiteral("ATTACH DATABASE ? AS mine"), {uri}, &attached);
    if (!attached)
        return {Refusal::Unreadable,
                QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2")
                    .arg(QFileInfo(mineWorkingCopy).fileName(), db.errorMessage()),
                version};
    const CheckResult r = checkJournalRows(db, name, version, QStringLiteral("NOT ") + QLatin1String(sameRowInMine));
    db.exec(QStringLiteral("DETACH DATABASE mine"));
    return r;
}

} // namespace

CheckResult openReceivedCopy(const QString &path, const QString &mineWorkingCopy, SqliteDb &db)
{
    CheckResult header = checkFileHeader(path);
    if (!header.ok())
        return header;
    const int version = header.schemaVersion;
    const QString name = QFileInfo(path).fileName();
    auto cannotOpen = [&](const SqliteDb &which) {
        return CheckResult {Refusal::Unreadable,
                            QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2")
                                .arg(name, which.errorMessage()),
                            version};
    };
    if (!db.open(path, SqliteDb::Mode::ReadOnlyImmutable))
        return cannotOpen(db);
    db.harden();
    // The journal's rows on a second connection, on the other core, while
    // this one checks the structure: their verdict counts only once the
    // structure is known sound (as when a file is opened).
    std::future<CheckResult> journal = std::async(std::launch::async, [&] {
        SqliteDb second;
        if (!second.open(path, SqliteDb::Mode::ReadOnlyImmutable))
            return cannotOpen(second);
        second.harden();
        return checkRowsMineLacks(second, mineWorkingCopy, name, version);
    });
    if (CheckResult r = checkStructure(db, name, version); !r.ok())
        return r;
    // What the merge reads besides the journal.
    for (const char *table : {"partnership", "partner_copy"})
        if (CheckResult r = checkRows(db, name, version, QLatin1String(table)); !r.ok())
            return r;
    if (CheckResult r = checkOnePartnership(db, name, version); !r.ok())
        return r;
    return journal.get();
}

} // namespace alliance::sync
