#include "models/meetingattendeesmodel.h"

#include "document/document.h"
#include "edits/meetingedits.h"
#include "storage/schema.h"

#include <algorithm>

namespace alliance {

MeetingAttendeesModel::MeetingAttendeesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::changed, this, &MeetingAttendeesModel::reload);
}

void MeetingAttendeesModel::setMeeting(const QUuid &meeting)
{
    if (meeting == m_meeting)
        return;
    beginResetModel();
    m_meeting = meeting;
    m_rows.clear();
    endResetModel();
    reload();
}

int MeetingAttendeesModel::rowOf(const QUuid &contact) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).contact == contact)
            return r;
    return -1;
}

void MeetingAttendeesModel::reload()
{
    QList<Row> fresh;
    const Project &p = m_document->project();
    const bool known
        = std::any_of(p.meetings.cbegin(), p.meetings.cend(), [&](const Meeting &m) { return m.id == m_meeting; });
    if (known) {
        // Contacts grouped by organisation, in the order the project lists them.
        for (const Organisation &o : p.organisations) {
            QList<Row> ofOrganisation;
            for (const Contact &c : p.contacts)
                if (c.organisationId == o.id)
                    ofOrganisation.append({c.id, c.name, o.name, {}, {}});
            std::sort(ofOrganisation.begin(), ofOrganisation.end(),
                      [](const Row &a, const Row &b) { return a.name.localeAwareCompare(b.name) < 0; });
            fresh += ofOrganisation;
        }
        for (const MeetingAttendee &a : p.meetingAttendees) {
            if (a.meetingId != m_meeting)
                continue;
            for (Row &r : fresh)
                if (r.contact == a.contactId) {
                    r.attendee = a.id;
                    r.note = a.note;
                }
        }
    }
    bool sameContacts = fresh.size() == m_rows.size();
    for (int r = 0; sameContacts && r < fresh.size(); ++r)
        sameContacts = fresh.at(r).contact == m_rows.at(r).contact;
    if (!sameContacts) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    // Same contacts: keep the selection and any editor open, refresh the values.
    for (int r = 0; r < fresh.size(); ++r)
        if (!(fresh.at(r) == m_rows.at(r))) {
            m_rows[r] = fresh.at(r);
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
}

int MeetingAttendeesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingAttendeesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingAttendeesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ContactIdRole)
        return row.contact;
    switch (index.column()) {
    case ContactColumn:
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::CheckStateRole)
            return row.attendee.isNull() ? Qt::Unchecked : Qt::Checked;
        break;
    case OrganisationColumn:
        if (role == Qt::DisplayRole)
            return row.organisation;
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.note;
        if (role == Qt::ToolTipRole && row.attendee.isNull())
            return tr("Tick the contact first: a note is kept for attendees only.");
        break;
    default:
        break;
    }
    return {};
}

QVariant MeetingAttendeesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return tr("Attends");
    case OrganisationColumn:
        return tr("Organisation");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags MeetingAttendeesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ContactColumn)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == NoteColumn && !m_rows.at(index.row()).attendee.isNull())
        return f | Qt::ItemIsEditable;
    return f;
}

bool MeetingAttendeesModel::apply(const ChangeSet &changes)
{
    if (changes.changes.isEmpty())
        return false;
    QString error;
    if (m_document->apply(changes, &error))
        return true;
    Q_EMIT editRefused(error);
    return false;
}

bool MeetingAttendeesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row row = m_rows.at(index.row());
    if (index.column() == ContactColumn && role == Qt::CheckStateRole) {
        const bool attending = value.toInt() == Qt::Checked;
        const QString text = attending ? tr("Invite %1").arg(row.name) : tr("Uninvite %1").arg(row.name);
        return apply(meetingedits::setAttending(*m_document, m_meeting, row.contact, attending, text));
    }
    if (index.column() == NoteColumn && role == Qt::EditRole && !row.attendee.isNull()) {
        const QString note = value.toString().trimmed();
        if (note == row.note)
            return false;
        return apply(meetingedits::setAttendanceNote(*m_document, row.attendee, note,
                                                     tr("Note on %1's attendance").arg(row.name)));
    }
    return false;
}

} // namespace alliance
