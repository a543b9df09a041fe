#include "models/meetinglistmodel.h"

#include "document/document.h"
#include "evaluation/meetings.h"
#include "widgets/dateedit.h"

#include <QDate>
#include <QLocale>

namespace alliance {

MeetingListModel::MeetingListModel(Document *document, QObject *parent)
    : ItemTableModel(document, QStringLiteral("meeting"),
                     {{QStringLiteral("date"), tr("Date"), false},
                      {QStringLiteral("kind"), tr("Kind"), false},
                      {QStringLiteral("title"), tr("Title"), false}},
                     parent),
      m_document(document)
{
    setOrderBy(QStringLiteral("date"));
    setAddText(tr("Add a meeting"));
    setDisplayFunction(QStringLiteral("date"), [](const QVariant &raw) -> QVariant {
        const QDate d = QDate::fromString(raw.toString(), Qt::ISODate);
        const QLocale locale;
        return d.isValid() ? locale.toString(d, dates::displayFormat(locale)) : QString();
    });
    // A decision's status or its action's changes the count, not the meeting's row.
    connect(document, &Document::changed, this, &MeetingListModel::countOpenDecisions);
    countOpenDecisions();
}

void MeetingListModel::countOpenDecisions()
{
    QHash<QUuid, int> open;
    for (const Decision *d : evaluation::openDecisions(m_document->project()))
        ++open[d->meetingId];
    if (open == m_open)
        return;
    m_open = open;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, openDecisionsColumn()), index(rowCount() - 1, openDecisionsColumn()));
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ItemTableModel::columnCount() + 1;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() != openDecisionsColumn())
        return ItemTableModel::data(index, role);
    const int open = m_open.value(idAt(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return open;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return idAt(index.row());
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == openDecisionsColumn())
        return tr("Open decisions");
    return ItemTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags MeetingListModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == openDecisionsColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return ItemTableModel::flags(index);
}

bool MeetingListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.column() == openDecisionsColumn())
        return false;
    return ItemTableModel::setData(index, value, role);
}

} // namespace alliance
