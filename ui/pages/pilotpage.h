#pragma once
// Step 6, "Pilot": actions and milestones (a table, with the overdue ones
// tinted and counted, and a month timeline), indicators, and the selected
// indicator's measurements with its progress, quick entry and CSV import;
// then the committees and meetings (widgets/meetingspanel.h).

#include "evaluation/performance.h"
#include "pages/steppage.h"

#include <QDate>
#include <QHash>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alliance {

class ActionTimeline;
class DateLineEdit;
class ItemTableModel;
class MeetingsPanel;

class PilotPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "overdueLabel", "actionViews" (tabs: table, timeline), "actionsTable",
    /// "actionTimeline", "addAction", "removeAction", "indicatorsTable",
    /// "indicatorSummaryLabel", "addIndicator", "removeIndicator", "importCsv", "performanceLabel",
    /// "measurementsTable", "removeMeasurement", "quickDate", "quickValue",
    /// "quickSource", "addMeasurement", "quickError", "meetingsPanel" (see MeetingsPanel).
    explicit PilotPage(Document *document, QWidget *parent = nullptr);

    /// Updates the overdue count, the selected indicator's progress and the
    /// buttons in place; tables and timeline follow the document by themselves.
    void refresh() override;
    /// Stops following the document before the page's parts are destroyed.
    ~PilotPage() override;

    /// "Today" for the overdue rule, the timeline and the indicators' status
    /// (a target date passed or not): the application's clock
    /// (model/clock.h); the page follows it when it is set.
    QDate today() const;

    /// The indicator whose measurements are shown; null when none.
    QUuid currentIndicator() const { return m_indicator; }
    /// Selects `indicatorId` in the indicators table (no-op when absent).
    void selectIndicator(const QUuid &indicatorId);

private:
    void makeActions();
    void makeIndicators();
    void makeMeasurements();
    void indicatorChanged();
    void addMeasurement();
    void importCsv();
    void updateButtons();
    QString overdueText(int count) const;
    QString performanceText() const;
    QString indicatorSummaryText() const;

    QUuid m_indicator;
    QLabel *m_overdue = nullptr;
    ItemTableModel *m_actions = nullptr;
    QTableView *m_actionsView = nullptr;
    ActionTimeline *m_timeline = nullptr;
    QPushButton *m_removeAction = nullptr;
    QLabel *m_indicatorSummary = nullptr;
    /// Each indicator's status on today(), by id text, for the rows' tint;
    /// worked out once per change, not once per painted cell.
    QHash<QString, evaluation::IndicatorStatus> m_statuses;
    ItemTableModel *m_indicators = nullptr;
    QTableView *m_indicatorsView = nullptr;
    QPushButton *m_removeIndicator = nullptr;
    QLabel *m_performance = nullptr;
    ItemTableModel *m_measurements = nullptr;
    QTableView *m_measurementsView = nullptr;
    QPushButton *m_removeMeasurement = nullptr;
    DateLineEdit *m_quickDate = nullptr;
    QLineEdit *m_quickValue = nullptr;
    QLineEdit *m_quickSource = nullptr;
    QPushButton *m_addMeasurement = nullptr;
    QLabel *m_quickError = nullptr;
    MeetingsPanel *m_meetings = nullptr;
};

} // namespace alliance
