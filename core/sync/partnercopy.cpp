#include "sync/partnercopy.h"

#include "sync/privateitems.h"

#include "document/document.h"
#include "model/clock.h"
#include "storage/atomicsave.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <algorithm>
#include <sqlite3.h>

namespace alliance::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("alliance::sync", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Statements that take a full copy of the project to the partner's copy,
/// once its private items and what hangs on them (privateItemIds) are in
/// temp.removed: they delete those rows and every journal entry that names them.
QStringList strippingStatements()
{
    QStringList sql;
    for (const auto &t : schema::tables()) {
        for (const auto &c : t.columns)
            if (c.type == schema::ColumnType::Reference && clearedOnly(t.name, c.name))
                sql << QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 IN (SELECT id FROM removed)")
                           .arg(t.name, c.name);
        sql << QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM removed)").arg(t.name);
    }
    QStringList local;
    for (const auto &t : schema::tables())
        if (!t.merged) {
            local << QLatin1Char('\'') + t.name + QLatin1Char('\'');
            sql << QStringLiteral("DELETE FROM %1").arg(t.name);
        }
    // Their history goes too, and so does any change that set a reference to them.
    sql << QStringLiteral("DELETE FROM journal WHERE entity_id IN (SELECT id FROM removed) "
                          "OR (typeof(value) = 'text' AND value IN (SELECT id FROM removed)) OR entity IN (%1)")
               .arg(local.join(QLatin1Char(',')));
    sql << QStringLiteral("UPDATE journal SET author_org = '' WHERE author_org IN (SELECT id FROM removed)");
    return sql;
}

} // namespace

bool sharePartnerCopy(Document &doc, const QUuid &partnerId, const QString &outPath, QString *error)
{
    const Organisation *partner = doc.project().organisation(partnerId);
    if (!partner)
        return fail(error, tr("There is no such partner in this partnership."));
    if (partner->isPrivate)
        return fail(error, tr("“%1” is marked private: it cannot receive a copy.").arg(partner->name));
    const QString partnerName = partner->name;

    const QUuid record = QUuid::createUuid();
    const QString table = QStringLiteral("partner_share");
    ChangeSet share(QCoreApplication::translate("Share", "Share with %1").arg(partnerName));
    share.set(table, record, QStringLiteral("organisation_id"), schema::idText(partnerId))
        .set(table, record, QStringLiteral("shared_at"), clock::nowMs())
        .set(table, record, QStringLiteral("shared_by"), doc.author().name);
    if (!doc.apply(share, error))
        return false;
    auto undoRecord = [&](const QString &why) {
        if (doc.canUndo() && doc.undoText() == share.description)
            doc.undo();
        return fail(error, why);
    };

    // A full copy in the app's own folder (never beside the target: it still
    // holds private items), stripped, then saved atomically to outPath.
    const QString temp = QFileInfo(doc.workingCopyPath()).absolutePath() + QStringLiteral("/share-")
        + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    } cleanup {temp};
    {
        const QVariant handle = doc.database().driver()->handle();
        SqliteDb source(*static_cast<sqlite3 *const *>(handle.data()));
        bool ok = true;
        source.rows(QStringLiteral("VACUUM INTO ?"), {temp}, &ok);
        if (!ok)
            return undoRecord(tr("The copy could not be made: %1").arg(source.errorMessage()));
    }
    SqliteDb copy;
    if (!copy.open(temp, SqliteDb::Mode::ReadWrite))
        return undoRecord(tr("The copy could not be made: %1").arg(copy.errorMessage()));
    // Deleted rows must not linger in free pages of the file that leaves.
    QStringList sql {QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA foreign_keys = OFF"),
                     QStringLiteral("BEGIN"),
                     QStringLiteral("CREATE TEMP TABLE removed (id TEXT PRIMARY KEY) WITHOUT ROWID")};
    for (const QString &s : std::as_const(sql))
        if (!copy.exec(s))
            return undoRecord(tr("The copy could not be made: %1").arg(copy.errorMessage()));
    // The same rule as merges use to tell what is private.
    for (const QString &id : privateItemIds(copy)) {
        bool inserted = true;
        copy.rows(QStringLiteral("INSERT INTO removed VALUES (?)"), {id}, &inserted);
        if (!inserted)
            return undoRecord(tr("The copy could not be made: %1").arg(copy.errorMessage()));
    }
    for (const QString &s : strippingStatements())
        if (!copy.exec(s))
            return undoRecord(tr("The copy could not be made: %1").arg(copy.errorMessage()));
    bool ok = true;
    copy.rows(QStringLiteral("INSERT INTO partner_copy (id, organisation_id, made_by) VALUES (?, ?, ?)"),
              {schema::idText(QUuid::createUuid()), schema::idText(partnerId), doc.author().name}, &ok);
    if (!ok || !copy.exec(QStringLiteral("COMMIT")))
        return undoRecord(tr("The copy could not be made: %1").arg(copy.errorMessage()));
    QString saveError;
    if (!atomicSave(copy, outPath, &saveError))
        return undoRecord(saveError);
    return true;
}

QUuid copyMadeFor(const Document &doc)
{
    const auto &copies = doc.project().partnerCopies;
    return copies.isEmpty() ? QUuid() : copies.first().organisationId;
}

QList<ShareRecord> shareRecords(const Document &doc)
{
    QList<ShareRecord> out;
    for (const auto &s : doc.project().partnerShares)
        out.append({s.organisationId, QDateTime::fromMSecsSinceEpoch(s.sharedAtMs, Qt::UTC), s.sharedBy});
    std::stable_sort(out.begin(), out.end(),
                     [](const ShareRecord &a, const ShareRecord &b) { return a.sharedAt < b.sharedAt; });
    return out;
}

} // namespace alliance::sync
