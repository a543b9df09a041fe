#pragma once
// Who attends a meeting: every contact of the project, with their
// organisation, ticked when invited (meetingedits::setAttending), and the
// attendee's note ("excused", "represents the foundation") once invited.
// Every change goes through the document: journalled, one undo step each.

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace alliance {

class Document;
struct ChangeSet;

class MeetingAttendeesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ContactColumn,
        OrganisationColumn,
        NoteColumn,
        ColumnCount
    };
    enum Roles {
        ContactIdRole = Qt::UserRole + 1
    };

    explicit MeetingAttendeesModel(Document *document, QObject *parent = nullptr);
    /// Shows the contacts for `meeting`; a null id shows none.
    void setMeeting(const QUuid &meeting);
    QUuid meeting() const { return m_meeting; }
    /// The row of `contact`, or -1.
    int rowOf(const QUuid &contact) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::CheckStateRole on the contact invites or uninvites them; Qt::EditRole
    /// on the note of an attendee changes it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// A change was refused by the document; `reason` is translated.
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QUuid contact;
        QString name;
        QString organisation;
        QUuid attendee; ///< null when not invited
        QString note;
        bool operator==(const Row &o) const
        {
            return contact == o.contact && name == o.name && organisation == o.organisation && attendee == o.attendee
                && note == o.note;
        }
    };
    void reload();
    bool apply(const ChangeSet &changes);

    Document *m_document;
    QUuid m_meeting;
    QList<Row> m_rows; ///< by organisation (the project's order), then by name
};

} // namespace alliance
