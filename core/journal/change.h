#pragma once
// What an edit is: a set of field values for entities, with who made it.

#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace alliance {

/// Who makes a change; recorded in the journal with every changed field.
struct Author
{
    QString name;         ///< the person, as set in preferences
    QUuid organisationId; ///< their organisation in the project, may be null
    QUuid installationId; ///< this copy of the app
};

/// One field of one entity set to a value. Setting a field of an id that does
/// not exist yet creates the entity; setting "deleted" to 1 deletes it (a
/// tombstone: the row stays so that merges and references keep working).
struct FieldChange
{
    QString table;
    QUuid entityId;
    QString field;
    QVariant value; ///< QString, int, qint64, double, bool or QDate; null for an empty reference
};

/// Changes applied together: one transaction, one undo step.
struct ChangeSet
{
    QString description; ///< readable undo text, e.g. "Rename partner"
    QList<FieldChange> changes;

    ChangeSet() = default;
    explicit ChangeSet(QString text) : description(std::move(text)) { }
    ChangeSet &set(const QString &table, const QUuid &id, const QString &field, const QVariant &value)
    {
        changes.append({table, id, field, value});
        return *this;
    }
    ChangeSet &remove(const QString &table, const QUuid &id) { return set(table, id, QStringLiteral("deleted"), 1); }
};

/// One row of the journal: a field change as it was applied.
struct JournalEntry
{
    QUuid changeId;
    QString table;
    QUuid entityId;
    QString field;
    QVariant value;
    QString hlc; ///< Hlc::toString()
    QString authorName;
    QString authorOrg; ///< organisation id text, may be empty
    QString installation;
    qint64 seq = 0; ///< its row number in the journal it was read from; 0 when not read from one
};

} // namespace alliance
