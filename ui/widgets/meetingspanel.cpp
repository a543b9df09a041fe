#include "widgets/meetingspanel.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "document/meetingedits.h"
#include "document/removal.h"
#include "evaluation/meetings.h"
#include "model/clock.h"
#include "models/fielddelegate.h"
#include "models/meetingattendeesmodel.h"
#include "models/meetinglistmodel.h"
#include "report/minutesactions.h"
#include "storage/schema.h"
#include "widgets/fieldeditors.h"
#include "widgets/pagewidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::button;
using pagewidgets::plainLabel;
using pagewidgets::selectedRow;
using pagewidgets::tableView;

namespace {

const QString meetingTable = QStringLiteral("meeting");
const QString decisionTable = QStringLiteral("decision");

/// The header's width for `text` in `view`'s header font, with room for the sort mark and padding.
int headerWidth(QTableView *view, const QString &text)
{
    return QFontMetrics(view->horizontalHeader()->font()).horizontalAdvance(text) + 24;
}

} // namespace

MeetingsPanel::MeetingsPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    // One column: the page leaves these parts about 700 pixels at 1280, too
    // narrow to set two tables side by side.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeList());

    m_hint
        = plainLabel(tr("Add a meeting to record who attends, its agenda, the decisions taken and its minutes."), this);
    m_hint->setObjectName(QStringLiteral("meetingHint"));
    layout->addWidget(m_hint);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("meetingDetails"));
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(makeForm());
    details->addWidget(makeAttendees());
    auto *agendaBox = new QGroupBox(tr("Agenda"), m_details);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    m_agenda
        = new FieldTextEdit(document, {meetingTable, {}, QStringLiteral("agenda"), tr("Edit the agenda")}, agendaBox);
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_agenda->setAccessibleName(tr("Agenda, one item per line"));
    m_agenda->setPlaceholderText(tr("One item per line"));
    m_agenda->setMinimumHeight(90);
    agendaLayout->addWidget(m_agenda);
    details->addWidget(agendaBox);
    details->addWidget(makeDecisions());

    auto *minutesBox = new QGroupBox(tr("Minutes"), m_details);
    auto *minutesLayout = new QVBoxLayout(minutesBox);
    m_minutes = new FieldTextEdit(document, {meetingTable, {}, QStringLiteral("minutes"), tr("Edit the minutes")},
                                  minutesBox);
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setAccessibleName(tr("Minutes of the meeting"));
    m_minutes->setPlaceholderText(tr("What was said and agreed, written after the meeting."));
    m_minutes->setMinimumHeight(110);
    minutesLayout->addWidget(m_minutes);
    details->addWidget(minutesBox);
    layout->addWidget(m_details);

    connect(document, &Document::changed, this, &MeetingsPanel::refresh);
    refresh();
}

MeetingsPanel::~MeetingsPanel()
{
    // An editor that commits while it is destroyed must not refresh a half-destroyed panel.
    disconnect(m_document, nullptr, this, nullptr);
}

QWidget *MeetingsPanel::makeList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_meetings = new MeetingListModel(m_document, this);
    m_meetingsView = tableView(m_meetings, QStringLiteral("meetingsTable"), tr("Meetings"), box);
    QHeaderView *header = m_meetingsView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    const QFontMetrics font(m_meetingsView->font());
    header->resizeSection(0,
                          std::max(font.horizontalAdvance(QStringLiteral("00/00/0000")) + 20,
                                   headerWidth(m_meetingsView, m_meetings->headerData(0, Qt::Horizontal).toString())));
    int kindWidth = headerWidth(m_meetingsView, m_meetings->headerData(1, Qt::Horizontal).toString());
    for (const auto &kind : method::meetingKinds())
        kindWidth = std::max(kindWidth, font.horizontalAdvance(method::tr(kind.label)) + 16);
    header->resizeSection(1, kindWidth);
    const int open = m_meetings->openDecisionsColumn();
    header->setSectionResizeMode(open, QHeaderView::Interactive);
    header->resizeSection(open, headerWidth(m_meetingsView, m_meetings->headerData(open, Qt::Horizontal).toString()));
    header->setStretchLastSection(false);
    m_meetingsView->setMinimumHeight(190); // five meetings without scrolling
    layout->addWidget(m_meetingsView, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add meeting"), QStringLiteral("addMeeting"), tr("Add a meeting"), box);
    m_removeMeeting
        = button(tr("Remove meeting"), QStringLiteral("removeMeeting"), tr("Remove the selected meeting"), box);
    m_removeMeeting->setToolTip(tr("Removes the meeting with its attendees and decisions; the actions they became "
                                   "stay. Undo brings it all back."));
    m_printMinutes = button(tr("Print the minutes…"), QStringLiteral("printMinutes"),
                            tr("Print the selected meeting's minutes as a PDF file"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_removeMeeting);
    buttons->addStretch();
    buttons->addWidget(m_printMinutes);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &MeetingsPanel::addMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, &MeetingsPanel::removeMeeting);
    connect(m_printMinutes, &QPushButton::clicked, this, &MeetingsPanel::printMinutes);
    connect(m_meetingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPanel::meetingChanged);
    return box;
}

QWidget *MeetingsPanel::makeForm()
{
    auto *box = new QGroupBox(tr("Selected meeting"), m_details);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_date = new FieldDateEdit(m_document, {meetingTable, {}, QStringLiteral("date"), tr("Change the meeting's date")},
                               box);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setAccessibleName(tr("Date of the meeting"));
    m_kind = new FieldComboBox(m_document, {meetingTable, {}, QStringLiteral("kind"), tr("Change the meeting's kind")},
                               method::meetingKinds(), false, box);
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    m_kind->setAccessibleName(tr("Kind of meeting"));
    m_title = new FieldLineEdit(m_document, {meetingTable, {}, QStringLiteral("title"), tr("Rename the meeting")}, box);
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_title->setAccessibleName(tr("Title of the meeting"));
    m_review = new QComboBox(box);
    m_review->setObjectName(QStringLiteral("meetingReview"));
    m_review->setAccessibleName(tr("Review discussed at the meeting"));
    m_review->setToolTip(tr("The evaluation review this meeting discusses, if any."));
    m_review->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_review->setMinimumContentsLength(12);
    pagewidgets::ignoreWheelUnlessFocused(m_review);
    connect(m_review, &QComboBox::activated, this, [this] {
        const QString chosen = m_review->currentData().toString();
        if (m_meeting.isNull()
            || chosen == m_document->value(meetingTable, m_meeting, QStringLiteral("review_id")).toString())
            return;
        ChangeSet change(tr("Change the review discussed"));
        change.set(meetingTable, m_meeting, QStringLiteral("review_id"),
                   chosen.isEmpty() ? QVariant() : QVariant(chosen));
        QString error;
        if (!m_document->apply(change, &error))
            messages::warn(this, tr("Not changed"), error);
    });
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    auto *kindLabel = new QLabel(tr("Kind:"), box);
    kindLabel->setBuddy(m_kind);
    when->addSpacing(12);
    when->addWidget(kindLabel);
    when->addWidget(m_kind, 1);
    form->addRow(tr("Date:"), when);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Review discussed:"), m_review);
    return box;
}

QWidget *MeetingsPanel::makeAttendees()
{
    auto *box = new QGroupBox(tr("Attendees"), m_details);
    m_attendeesBox = box;
    auto *layout = new QVBoxLayout(box);
    m_attendees = new MeetingAttendeesModel(m_document, this);
    m_attendeesView = tableView(m_attendees, QStringLiteral("attendeesTable"), tr("Attendees"), box);
    m_attendeesView->setToolTip(tr("Tick the contacts who attend; a note (excused, represented…) once ticked."));
    m_attendeesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_attendeesView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, 220);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 180);
    header->setStretchLastSection(false);
    m_attendeesView->setMinimumHeight(180);
    layout->addWidget(m_attendeesView);
    connect(m_attendees, &MeetingAttendeesModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
    return box;
}

QWidget *MeetingsPanel::makeDecisions()
{
    auto *box = new QGroupBox(tr("Decisions"), m_details);
    auto *layout = new QVBoxLayout(box);
    m_decisions = new ItemTableModel(m_document, decisionTable,
                                     {{QStringLiteral("text"), tr("Decision")},
                                      {QStringLiteral("owner_id"), tr("Owner")},
                                      {QStringLiteral("due_date"), tr("Due date")},
                                      {QStringLiteral("status"), tr("Status")},
                                      {QStringLiteral("action_id"), tr("Resulting action"), false}},
                                     this);
    m_decisions->setEditText(tr("Edit a decision"));
    m_decisions->setAddText(tr("Add a decision"));
    m_decisions->setRemoveText(tr("Remove a decision"));
    m_decisions->setNewItemDefaults(
        {{QStringLiteral("text"), tr("New decision")}, {QStringLiteral("status"), QStringLiteral("to_decide")}});
    m_decisions->setFilter(QStringLiteral("meeting_id"), QVariant()); // none until a meeting is selected
    // The action it became, while it lives: a deleted action is no result.
    m_decisions->setDisplayFunction(QStringLiteral("action_id"), [this](const QVariant &raw) -> QVariant {
        const QUuid action = QUuid::fromString(raw.toString());
        if (action.isNull()
            || m_document->value(QStringLiteral("action"), action, QStringLiteral("deleted")).toInt() != 0)
            return QString();
        return m_document->value(QStringLiteral("action"), action, QStringLiteral("title"));
    });
    m_decisionsView = tableView(m_decisions, QStringLiteral("decisionsTable"), tr("Decisions"), box);
    m_decisionsView->setItemDelegate(new FieldDelegate(m_document, m_decisionsView));
    QHeaderView *header = m_decisionsView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->resizeSection(1, 150);
    header->resizeSection(
        2, std::max(DateLineEdit::widthFor(m_decisionsView->font()), headerWidth(m_decisionsView, tr("Due date"))));
    int statusWidth = headerWidth(m_decisionsView, tr("Status"));
    for (const auto &status : method::decisionStatuses())
        statusWidth = std::max(statusWidth,
                               QFontMetrics(m_decisionsView->font()).horizontalAdvance(method::tr(status.label)) + 30);
    header->resizeSection(3, statusWidth);
    header->resizeSection(4, 140);
    header->setStretchLastSection(false);
    m_decisionsView->setMinimumHeight(140);
    layout->addWidget(m_decisionsView);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add decision"), QStringLiteral("addDecision"), tr("Add a decision to the meeting"), box);
    m_removeDecision
        = button(tr("Remove decision"), QStringLiteral("removeDecision"), tr("Remove the selected decision"), box);
    m_toAction = button(tr("Make it an action"), QStringLiteral("decisionToAction"),
                        tr("Make the selected decision an action"), box);
    m_toAction->setToolTip(tr("Adds the decision to the actions above, with its owner and due date, and marks it "
                              "decided. One undo takes both back."));
    buttons->addWidget(add);
    buttons->addWidget(m_removeDecision);
    buttons->addStretch();
    buttons->addWidget(m_toAction);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        if (!m_meeting.isNull())
            pagewidgets::editNew(m_decisionsView, m_decisions, m_decisions->addItem(), 0);
    });
    connect(m_removeDecision, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_decisionsView);
        if (row >= 0)
            m_decisions->removeRows(row, 1); // undoable: no question asked
    });
    connect(m_toAction, &QPushButton::clicked, this, &MeetingsPanel::makeAction);
    connect(m_decisionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingsPanel::updateButtons);
    connect(m_decisions, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
    return box;
}

QDate MeetingsPanel::today() const
{
    return clock::today();
}

void MeetingsPanel::selectMeeting(const QUuid &meeting)
{
    const int row = m_meetings->rowOf(meeting);
    if (row >= 0)
        m_meetingsView->selectRow(row);
}

void MeetingsPanel::meetingChanged()
{
    const int row = selectedRow(m_meetingsView);
    const QUuid id = row < 0 ? QUuid() : m_meetings->idAt(row);
    if (id == m_meeting)
        return;
    m_meeting = id;
    // What was typed for the previous meeting goes to it (FieldTextEdit::setItem), then the form follows.
    m_agenda->setItem(id);
    m_minutes->setItem(id);
    m_date->setDate(QDate()); // a half-typed date of the previous meeting is not this one's
    m_date->setItem(id);
    m_kind->setItem(id);
    m_title->setItem(id);
    m_attendees->setMeeting(id);
    m_decisions->setFilter(QStringLiteral("meeting_id"), id.isNull() ? QVariant() : QVariant(id));
    refresh();
}

void MeetingsPanel::refresh()
{
    // The meeting shown was removed (here, by undo or a merge): show none rather than stale fields.
    if (!m_meeting.isNull() && m_meetings->rowOf(m_meeting) < 0)
        m_meetingsView->clearSelection();
    if (!m_meetingsView->selectionModel()->hasSelection() && m_meetings->rowCount() > 0) {
        // The next meeting to come is the one being prepared; else the latest.
        const Meeting *next = evaluation::nextMeeting(m_document->project(), today());
        const int row = next ? m_meetings->rowOf(next->id) : -1;
        m_meetingsView->selectRow(row >= 0 ? row : m_meetings->rowCount() - 1);
        if (m_meetingsView->selectionModel()->hasSelection())
            return; // back here through meetingChanged()
    }
    if (m_meetings->rowCount() == 0 && !m_meeting.isNull())
        meetingChanged(); // nothing left to select: clear the form
    const bool shown = !m_meeting.isNull();
    m_hint->setVisible(!shown);
    m_details->setVisible(shown);
    m_date->setEnabled(shown);
    m_kind->setEnabled(shown);
    m_title->setEnabled(shown);
    m_review->setEnabled(shown);
    reloadReviews();
    // Among many contacts, the ticked ones are easy to lose: the title counts them.
    int attending = 0;
    for (const MeetingAttendee &a : m_document->project().meetingAttendees)
        attending += a.meetingId == m_meeting && !m_meeting.isNull() ? 1 : 0;
    const QString attendees = attending == 0 ? tr("Attendees") : tr("Attendees (%n)", nullptr, attending);
    if (m_attendeesBox->title() != attendees)
        m_attendeesBox->setTitle(attendees);
    updateButtons();
}

void MeetingsPanel::reloadReviews()
{
    const QSignalBlocker block(m_review);
    const QString stored = m_meeting.isNull()
        ? QString()
        : m_document->value(meetingTable, m_meeting, QStringLiteral("review_id")).toString();
    m_review->clear();
    m_review->addItem(tr("—"), QString());
    const QLocale locale;
    for (const Review &r : m_document->project().reviews) {
        const QString date = r.date.isValid() ? locale.toString(r.date, dates::displayFormat(locale)) : QString();
        const QString name = r.title.trimmed().isEmpty() ? date
            : date.isEmpty()                             ? r.title.trimmed()
                                                         : tr("%1 (%2)").arg(r.title.trimmed(), date);
        m_review->addItem(name, schema::idText(r.id));
    }
    m_review->setCurrentIndex(std::max(0, m_review->findData(stored)));
}

void MeetingsPanel::addMeeting()
{
    const QUuid id = m_meetings->addItem({{QStringLiteral("date"), today().toString(Qt::ISODate)},
                                          {QStringLiteral("kind"), QStringLiteral("steering_committee")},
                                          {QStringLiteral("title"), tr("New meeting")}});
    if (id.isNull())
        return;
    selectMeeting(id);
    m_title->setFocus();
    m_title->selectAll();
}

void MeetingsPanel::removeMeeting()
{
    if (m_meeting.isNull())
        return;
    const QString title = m_document->value(meetingTable, m_meeting, QStringLiteral("title")).toString();
    const ChangeSet removal = meetingRemoval(*m_document, m_meeting, tr("Remove the meeting “%1”").arg(title.left(60)));
    if (removal.changes.isEmpty())
        return;
    QString error;
    if (!m_document->apply(removal, &error))
        messages::warn(this, tr("Not changed"), error); // undoable: no question asked before
}

void MeetingsPanel::printMinutes()
{
    if (m_meeting.isNull())
        return;
    // What is being typed belongs in the minutes.
    m_agenda->commit();
    m_minutes->commit();
    if (m_title->hasFocus())
        Q_EMIT m_title->editingFinished();
    minutesactions::exportMinutes(this, *m_document, m_meeting);
}

QUuid MeetingsPanel::selectedDecision() const
{
    const int row = selectedRow(m_decisionsView);
    return row < 0 ? QUuid() : m_decisions->idAt(row);
}

void MeetingsPanel::makeAction()
{
    const QUuid decision = selectedDecision();
    if (decision.isNull())
        return;
    const ChangeSet change = meetingedits::toAction(*m_document, decision, tr("Make the decision an action"));
    if (change.changes.isEmpty())
        return;
    QString error;
    if (!m_document->apply(change, &error)) {
        messages::warn(this, tr("Not changed"), error);
        return;
    }
    // The button is disabled now: keep the keyboard on the decisions, not on
    // whatever text field comes next, so that Ctrl+Z undoes this at once.
    m_decisionsView->setFocus(Qt::OtherFocusReason);
    messages::status(this, tr("The decision is now an action of the plan, with its owner and due date."));
}

void MeetingsPanel::updateButtons()
{
    const bool shown = !m_meeting.isNull();
    m_removeMeeting->setEnabled(shown);
    m_printMinutes->setEnabled(shown);
    const QUuid decision = selectedDecision();
    m_removeDecision->setEnabled(!decision.isNull());
    // Enabled when it would change something: a decision with words that is not an action yet.
    m_toAction->setEnabled(!decision.isNull()
                           && !meetingedits::toAction(*m_document, decision, QString()).changes.isEmpty());
}

} // namespace alliance
