#include "storage/filecheck.h"

#include "storage/schema.h"
#include "storage/schemacheck.h"
#include "storage/sqlitedb.h"
#include "storage/verdictstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace alliance {

namespace {

CheckResult refuse(Refusal why, const QString &message, int version = 0)
{
    return {why, message, version};
}

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

} // namespace

namespace {

/// checkFileHeader of the file at `path`, speaking of it as `shownPath`.
CheckResult checkHeaderOf(const QString &path, const QString &shownPath)
{
    const QFileInfo info(path);
    const QString name = QFileInfo(shownPath).fileName();
    if (!info.exists())
        return refuse(Refusal::Missing,
                      QCoreApplication::translate("FileCheck", "The file “%1” does not exist.").arg(shownPath));
    if (!info.isFile())
        return refuse(Refusal::NotAFile,
                      QCoreApplication::translate("FileCheck", "“%1” is a folder or a device, not a project file.")
                          .arg(shownPath));
    if (info.size() == 0)
        return refuse(Refusal::Empty, QCoreApplication::translate("FileCheck", "The file “%1” is empty.").arg(name));
    if (info.size() > maxProjectFileSize)
        return refuse(Refusal::TooLarge,
                      QCoreApplication::translate(
                          "FileCheck", "The file “%1” is %2 MB, larger than the %3 MB a project file may be.")
                          .arg(name)
                          .arg(info.size() / (1024 * 1024))
                          .arg(maxProjectFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            Refusal::Unreadable,
            QCoreApplication::translate("FileCheck", "The file “%1” cannot be read: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    static const char magic[] = "SQLite format 3";
    if (header.size() < 100 || std::memcmp(header.constData(), magic, sizeof magic) != 0)
        return refuse(
            Refusal::NotSqlite,
            QCoreApplication::translate("FileCheck", "“%1” is not an Alliance Pilot project file.").arg(name));

    const char *h = header.constData();
    qint64 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pageCount = be32(h + 28);
    // The page count in the header is only meaningful when its "valid-for" stamp matches.
    const bool pageCountValid = be32(h + 92) == be32(h + 24) && pageCount > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(
            Refusal::Corrupt,
            QCoreApplication::translate("FileCheck", "The file “%1” is damaged: its page size is invalid.").arg(name));
    if ((pageCountValid && info.size() < pageCount * pageSize) || info.size() % pageSize != 0)
        return refuse(
            Refusal::Truncated,
            QCoreApplication::translate("FileCheck",
                                        "The file “%1” is incomplete: it was cut short, perhaps during a download "
                                        "or a copy. Ask for it again.")
                .arg(name));
    if (be32(h + 68) != schema::applicationId)
        return refuse(Refusal::WrongApplication,
                      QCoreApplication::translate(
                          "FileCheck", "“%1” is a database of another program, not an Alliance Pilot project.")
                          .arg(name));
    const int version = int(be32(h + 60));
    if (version > schema::currentVersion)
        return refuse(
            Refusal::NewerVersion,
            QCoreApplication::translate("FileCheck",
                                        "“%1” was made by a newer version of Alliance Pilot (file format %2; this "
                                        "version reads up to %3). Update Alliance Pilot to open it.")
                .arg(name)
                .arg(version)
                .arg(schema::currentVersion),
            version);
    // Every project file is written in UTF-8 (text encoding 1); the value
    // checks count a text's bytes and look for NULs in that encoding.
    if (be32(h + 56) != 1)
        return refuse(Refusal::Corrupt,
                      QCoreApplication::translate("FileCheck",
                                                  "The file “%1” is not written the way Alliance Pilot writes its "
                                                  "projects (its texts are not in UTF-8), so it was not opened.")
                          .arg(name),
                      version);
    if (version < schema::oldestVersion)
        return refuse(Refusal::OlderUnsupported,
                      QCoreApplication::translate(
                          "FileCheck", "“%1” uses file format %2, which this version cannot read (it reads %3 to %4).")
                          .arg(name)
                          .arg(version)
                          .arg(schema::oldestVersion)
                          .arg(schema::currentVersion),
                      version);
    return {Refusal::None, QString(), version};
}

/// True when the store holds a verdict for `sha256` as the format the header gave.
bool hasVerdict(const QByteArray &sha256, const CheckResult &header)
{
    return !sha256.isEmpty() && verdicts::soundVersion(sha256) == header.schemaVersion;
}

/// Every check after the header's, on a hardened immutable open of `path`.
CheckResult checkContentOf(const QString &path, const QString &name, const CheckResult &header, SqliteDb &db,
                           const WhileJournalIsChecked &meanwhile = {})
{
    if (!db.open(path, SqliteDb::Mode::ReadOnlyImmutable))
        return refuse(
            Refusal::Unreadable,
            QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2").arg(name, db.errorMessage()),
            header.schemaVersion);
    db.harden();
    return checkOpenDatabase(db, name, header.schemaVersion, path, meanwhile);
}

} // namespace

CheckResult checkFileHeader(const QString &path)
{
    return checkHeaderOf(path, path);
}

CheckResult openCheckedProjectFile(const QString &path, SqliteDb &db)
{
    CheckResult header = checkFileHeader(path);
    if (!header.ok())
        return header;
    const QString name = QFileInfo(path).fileName();
    // The bytes hashed are read again by SQLite: whoever could change the
    // file in between could as well change it under the checks' own reads.
    if (hasVerdict(verdicts::hashFile(path), header)) {
        if (!db.open(path, SqliteDb::Mode::ReadOnlyImmutable))
            return refuse(Refusal::Unreadable,
                          QCoreApplication::translate("FileCheck", "The file “%1” cannot be opened: %2")
                              .arg(name, db.errorMessage()),
                          header.schemaVersion);
        db.harden();
        header.knownSound = true;
        return header;
    }
    return checkContentOf(path, name, header, db);
}

CheckResult validateProjectFile(const QString &path, QByteArray *sha256)
{
    CheckResult header = checkFileHeader(path);
    if (!header.ok())
        return header;
    const QByteArray hash = verdicts::hashFile(path);
    if (sha256)
        *sha256 = hash;
    if (hasVerdict(hash, header)) {
        header.knownSound = true;
        return header;
    }
    SqliteDb db;
    return checkContentOf(path, QFileInfo(path).fileName(), header, db);
}

CheckResult copyCheckedProjectFile(const QString &path, const QString &copy, SqliteDb &db,
                                   const WhileJournalIsChecked &meanwhile)
{
    db.close();
    const CheckResult source = checkFileHeader(path); // nothing is copied before this passes
    if (!source.ok())
        return source;
    const QString name = QFileInfo(path).fileName();
    const QByteArray hash = verdicts::hashFile(path, copy);
    if (hash.isEmpty())
        return refuse(Refusal::Unreadable,
                      QCoreApplication::translate("FileCheck", "The file “%1” cannot be read.").arg(name),
                      source.schemaVersion);
    // The copy's schema cookie as SQLite's backup of a file leaves it (1):
    // VACUUM INTO, which saves, writes that number plus one, so that saving
    // unchanged content gives the same bytes as before, whatever the cookie
    // of the file opened.
    QFile cookie(copy);
    static const char one[4] = {0, 0, 0, 1};
    if (!cookie.open(QIODevice::ReadWrite) || !cookie.seek(40) || cookie.write(one, 4) != 4 || !cookie.flush())
        return refuse(Refusal::Unreadable,
                      QCoreApplication::translate("FileCheck", "The file “%1” cannot be read.").arg(name),
                      source.schemaVersion);
    cookie.close();
    // From here on only the copy counts: it holds the bytes that were hashed.
    CheckResult header = checkHeaderOf(copy, path);
    if (!header.ok())
        return header;
    if (hasVerdict(hash, header)) {
        header.knownSound = true;
        return header;
    }
    CheckResult full = checkContentOf(copy, name, header, db, meanwhile);
    if (!full.ok())
        db.close();
    return full;
}

} // namespace alliance
