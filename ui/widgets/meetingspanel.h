#pragma once
// The pilot page's committees and meetings: the list of meetings (date,
// kind, title, open decisions) with add, remove and print the minutes; the
// selected meeting's date, kind, title and the review it discusses; who
// attends (contacts, ticked); the agenda; the decisions (text, owner, due
// date, status, the action each became), one click making a decision an
// action; and the minutes. Every edit goes through the document: one
// journalled undo step each, typing written after a pause like any field.

#include <QDate>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace alliance {

class Document;
class FieldComboBox;
class FieldDateEdit;
class FieldLineEdit;
class FieldTextEdit;
class ItemTableModel;
class MeetingAttendeesModel;
class MeetingListModel;

class MeetingsPanel : public QWidget
{
    Q_OBJECT
public:
    /// Follows `document` by itself. Child objectNames: "meetingsTable",
    /// "addMeeting", "removeMeeting", "printMinutes", "meetingHint",
    /// "meetingDetails" (the selected meeting's part), "meetingDate",
    /// "meetingKind", "meetingTitle", "meetingReview", "attendeesTable",
    /// "meetingAgenda", "decisionsTable", "addDecision", "removeDecision",
    /// "decisionToAction", "meetingMinutes".
    explicit MeetingsPanel(Document *document, QWidget *parent = nullptr);
    ~MeetingsPanel() override;

    /// The meeting shown in the form; null when none.
    QUuid currentMeeting() const { return m_meeting; }
    /// Selects `meeting` in the list (no-op when absent).
    void selectMeeting(const QUuid &meeting);

private:
    QWidget *makeList();
    QWidget *makeForm();
    QWidget *makeAttendees();
    QWidget *makeDecisions();
    void meetingChanged();
    void refresh();
    void reloadReviews();
    void addMeeting();
    void removeMeeting();
    void printMinutes();
    void makeAction();
    QUuid selectedDecision() const;
    void updateButtons();
    QDate today() const;

    Document *m_document;
    QUuid m_meeting;
    MeetingListModel *m_meetings = nullptr;
    QTableView *m_meetingsView = nullptr;
    QPushButton *m_removeMeeting = nullptr;
    QPushButton *m_printMinutes = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_details = nullptr;
    FieldDateEdit *m_date = nullptr;
    FieldComboBox *m_kind = nullptr;
    FieldLineEdit *m_title = nullptr;
    QComboBox *m_review = nullptr;
    QGroupBox *m_attendeesBox = nullptr;
    MeetingAttendeesModel *m_attendees = nullptr;
    QTableView *m_attendeesView = nullptr;
    FieldTextEdit *m_agenda = nullptr;
    ItemTableModel *m_decisions = nullptr;
    QTableView *m_decisionsView = nullptr;
    QPushButton *m_removeDecision = nullptr;
    QPushButton *m_toAction = nullptr;
    FieldTextEdit *m_minutes = nullptr;
};

} // namespace alliance
