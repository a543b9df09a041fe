#include "pages/pilotpage.h"
#include "dialogs/messages.h"
#include "widgets/pagewidgets.h"

#include "dialogs/csvimportdialog.h"
#include "document/document.h"
#include "evaluation/overdue.h"
#include "evaluation/performance.h"
#include "io/measurementcsv.h"
#include "model/clock.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "storage/schema.h"
#include "widgets/actiontimeline.h"
#include "widgets/dateedit.h"
#include "widgets/meetingspanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::button;
using pagewidgets::editNew;
using pagewidgets::plainLabel;
using pagewidgets::selectedRow;
using pagewidgets::tableView;

namespace {

const QString actionTable = QStringLiteral("action");
const QString measurementTable = QStringLiteral("measurement");
// Positions in an ItemTableModel row: the id, then the columns in the order given below.
constexpr int actionDueAt = 4;
constexpr int actionStatusAt = 5;

// Translucent tints: visible on light and dark palettes, text stays readable.
const QColor lateTint(214, 40, 40, 56);
const QColor atRiskTint(230, 159, 0, 56);

QString statusText(evaluation::IndicatorStatus status)
{
    switch (status) {
    case evaluation::IndicatorStatus::OnTrack:
        return PilotPage::tr("on track");
    case evaluation::IndicatorStatus::AtRisk:
        return PilotPage::tr("at risk");
    case evaluation::IndicatorStatus::OffTrack:
        return PilotPage::tr("off track");
    case evaluation::IndicatorStatus::NoData:
        break;
    }
    return PilotPage::tr("no data");
}

} // namespace

PilotPage::PilotPage(Document *document, QWidget *parent) : StepPage(document, QStringLiteral("pilot"), parent)
{
    makeActions();
    makeIndicators();
    makeMeasurements();
    addSection(tr("Committees and meetings"));
    m_meetings = new MeetingsPanel(document, this);
    m_meetings->setObjectName(QStringLiteral("meetingsPanel"));
    contentLayout()->addWidget(m_meetings, 3);
    connect(document, &Document::changed, this, &PilotPage::refresh);
    connect(&clock::notifier(), &clock::Notifier::moved, this, [this] {
        m_actionsView->viewport()->update(); // the tint is read at paint time
        refresh();
    });
    refresh();
}

QDate PilotPage::today() const
{
    return clock::today();
}

void PilotPage::makeActions()
{
    addSection(tr("Actions and milestones"));
    m_overdue = plainLabel(QString(), this);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdue->setAccessibleName(tr("Overdue actions"));
    contentLayout()->addWidget(m_overdue);

    m_actions = new ItemTableModel(document(), actionTable,
                                   {{QStringLiteral("title"), tr("Action")},
                                    {QStringLiteral("step_id"), tr("Step")},
                                    {QStringLiteral("owner_id"), tr("Owner")},
                                    {QStringLiteral("due_date"), tr("Due date")},
                                    {QStringLiteral("status"), tr("Status")},
                                    {QStringLiteral("milestone"), tr("Milestone")}},
                                   this);
    m_actions->setEditText(tr("Edit an action"));
    m_actions->setNewItemDefaults({{QStringLiteral("title"), tr("New action")},
                                   {QStringLiteral("step_id"), QStringLiteral("pilot")},
                                   {QStringLiteral("status"), QStringLiteral("planned")}});
    m_actions->setRowStyle([this](const QVariantList &row, int role) -> QVariant {
        if (role != Qt::BackgroundRole)
            return {};
        const QDate due = QDate::fromString(row.value(actionDueAt).toString(), Qt::ISODate);
        return evaluation::isOverdue(due, row.value(actionStatusAt).toString(), today()) ? QVariant(lateTint)
                                                                                         : QVariant();
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("actionViews"));
    tabs->setAccessibleName(tr("Actions as a table or a timeline"));
    m_actionsView = tableView(m_actions, QStringLiteral("actionsTable"), tr("Actions and milestones"), tabs);
    m_actionsView->setItemDelegate(new FieldDelegate(document(), m_actionsView));
    m_actionsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    tabs->addTab(m_actionsView, tr("Table"));

    auto *scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_timeline = new ActionTimeline(document(), scroll);
    scroll->setWidget(m_timeline);
    tabs->addTab(scroll, tr("Timeline"));
    tabs->setMinimumHeight(240);
    contentLayout()->addWidget(tabs, 2);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add action"), QStringLiteral("addAction"), tr("Add an action"), this);
    m_removeAction
        = button(tr("Remove action"), QStringLiteral("removeAction"), tr("Remove the selected action"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_removeAction);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, tabs] {
        tabs->setCurrentWidget(m_actionsView);
        editNew(m_actionsView, m_actions, m_actions->addItem(), 0);
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_actionsView);
        if (row >= 0)
            m_actions->removeRows(row, 1); // undoable: no question asked
    });
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PilotPage::updateButtons);
    connect(m_actions, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
}

void PilotPage::makeIndicators()
{
    addSection(tr("Indicators"));
    m_indicatorSummary = plainLabel(QString(), this);
    m_indicatorSummary->setObjectName(QStringLiteral("indicatorSummaryLabel"));
    m_indicatorSummary->setAccessibleName(tr("Indicators by status"));
    contentLayout()->addWidget(m_indicatorSummary);
    m_indicators = new ItemTableModel(document(), QStringLiteral("indicator"),
                                      {{QStringLiteral("name"), tr("Indicator")},
                                       {QStringLiteral("unit"), tr("Unit")},
                                       {QStringLiteral("baseline"), tr("Baseline")},
                                       {QStringLiteral("target"), tr("Target")},
                                       {QStringLiteral("target_date"), tr("Target date")},
                                       {QStringLiteral("direction"), tr("Direction")},
                                       {QStringLiteral("objective_id"), tr("Objective")},
                                       {QStringLiteral("angle"), tr("Angle")},
                                       {QStringLiteral("impact"), tr("Impact")}},
                                      this);
    m_indicators->setEditText(tr("Edit an indicator"));
    m_indicators->setNewItemDefaults({{QStringLiteral("name"), tr("New indicator")}});
    // Off track in red as overdue actions are, at risk in amber; the label above says which is which.
    m_indicators->setRowStyle([this](const QVariantList &row, int role) -> QVariant {
        if (role != Qt::BackgroundRole)
            return {};
        switch (m_statuses.value(row.value(0).toString(), evaluation::IndicatorStatus::NoData)) {
        case evaluation::IndicatorStatus::OffTrack:
            return lateTint;
        case evaluation::IndicatorStatus::AtRisk:
            return atRiskTint;
        default:
            return {};
        }
    });
    m_indicatorsView = tableView(m_indicators, QStringLiteral("indicatorsTable"), tr("Indicators"), this);
    m_indicatorsView->setItemDelegate(new FieldDelegate(document(), m_indicatorsView));
    // Nine columns: the names keep a readable width, the table scrolls sideways if it must.
    m_indicatorsView->horizontalHeader()->setDefaultSectionSize(95);
    m_indicatorsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_indicatorsView->horizontalHeader()->resizeSection(0, 230);
    // Headers read whole in every language ("Valeur de référence").
    const QFontMetrics headerFont(m_indicatorsView->horizontalHeader()->font());
    for (int c = 1; c < m_indicators->columnCount(); ++c) {
        // A date and its calendar button show whole while typing.
        const int least = m_indicators->fieldAt(c) == QLatin1String("target_date")
            ? DateLineEdit::widthFor(m_indicatorsView->font())
            : 95;
        m_indicatorsView->horizontalHeader()->resizeSection(
            c,
            std::max(least, headerFont.horizontalAdvance(m_indicators->headerData(c, Qt::Horizontal).toString()) + 24));
    }
    m_indicatorsView->horizontalHeader()->setStretchLastSection(true);
    contentLayout()->addWidget(m_indicatorsView, 2);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add indicator"), QStringLiteral("addIndicator"), tr("Add an indicator"), this);
    m_removeIndicator
        = button(tr("Remove indicator"), QStringLiteral("removeIndicator"), tr("Remove the selected indicator"), this);
    auto *import = button(tr("Import measurements…"), QStringLiteral("importCsv"),
                          tr("Import measurements from a CSV file"), this);
    import->setToolTip(tr("Read measurements of several indicators from a CSV file, with a preview first."));
    buttons->addWidget(add);
    buttons->addWidget(m_removeIndicator);
    buttons->addStretch();
    buttons->addWidget(import);
    contentLayout()->addLayout(buttons);
    connect(add, &QPushButton::clicked, this,
            [this] { editNew(m_indicatorsView, m_indicators, m_indicators->addItem(), 0); });
    connect(m_removeIndicator, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_indicatorsView);
        if (row >= 0)
            m_indicators->removeRows(row, 1);
    });
    connect(import, &QPushButton::clicked, this, &PilotPage::importCsv);
    connect(m_indicatorsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PilotPage::indicatorChanged);
    connect(m_indicators, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
}

void PilotPage::makeMeasurements()
{
    addSection(tr("Measurements of the selected indicator"));
    m_performance = plainLabel(QString(), this);
    m_performance->setObjectName(QStringLiteral("performanceLabel"));
    m_performance->setAccessibleName(tr("Progress of the selected indicator"));
    contentLayout()->addWidget(m_performance);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_measurements = new ItemTableModel(document(), measurementTable,
                                        {{QStringLiteral("date"), tr("Date")},
                                         {QStringLiteral("value"), tr("Value")},
                                         {QStringLiteral("source"), tr("Source")}},
                                        this);
    m_measurements->setEditText(tr("Edit a measurement"));
    m_measurements->setOrderBy(QStringLiteral("date"));
    m_measurements->setFilter(QStringLiteral("indicator_id"), QVariant()); // none until an indicator is selected
    m_measurementsView = tableView(m_measurements, QStringLiteral("measurementsTable"), tr("Measurements"), left);
    m_measurementsView->setItemDelegate(new FieldDelegate(document(), m_measurementsView));
    m_measurementsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    leftLayout->addWidget(m_measurementsView, 1);
    m_removeMeasurement = button(tr("Remove measurement"), QStringLiteral("removeMeasurement"),
                                 tr("Remove the selected measurement"), left);
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_removeMeasurement);
    removeRow->addStretch();
    leftLayout->addLayout(removeRow);
    connect(m_removeMeasurement, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_measurementsView);
        if (row >= 0)
            m_measurements->removeRows(row, 1);
    });
    connect(m_measurementsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PilotPage::updateButtons);
    connect(m_measurements, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });

    auto *quick = new QGroupBox(tr("Add a measurement"), split);
    auto *form = new QFormLayout(quick);
    m_quickDate = new DateLineEdit(quick);
    m_quickDate->setDate(clock::today());
    m_quickDate->setObjectName(QStringLiteral("quickDate"));
    m_quickDate->setAccessibleName(tr("Measurement date"));
    m_quickValue = new QLineEdit(quick);
    m_quickValue->setObjectName(QStringLiteral("quickValue"));
    m_quickValue->setAccessibleName(tr("Measured value"));
    m_quickValue->setPlaceholderText(tr("e.g. 12.5"));
    m_quickSource = new QLineEdit(quick);
    m_quickSource->setObjectName(QStringLiteral("quickSource"));
    m_quickSource->setAccessibleName(tr("Source of the measurement"));
    m_quickSource->setPlaceholderText(tr("Where the figure comes from"));
    m_quickSource->setMaxLength(schema::maxTextLength);
    m_addMeasurement = button(tr("Add measurement"), QStringLiteral("addMeasurement"),
                              tr("Add the measurement to the selected indicator"), quick);
    m_addMeasurement->setToolTip(tr("Adds the measurement (Enter in any field does the same)."));
    m_quickError = plainLabel(QString(), quick);
    m_quickError->setObjectName(QStringLiteral("quickError"));
    m_quickError->setAccessibleName(tr("Quick entry problem"));
    m_quickError->hide();
    form->addRow(tr("Date:"), m_quickDate);
    form->addRow(tr("Value:"), m_quickValue);
    form->addRow(tr("Source:"), m_quickSource);
    form->addRow(m_addMeasurement);
    form->addRow(m_quickError);
    connect(m_addMeasurement, &QPushButton::clicked, this, &PilotPage::addMeasurement);
    connect(m_quickDate, &QLineEdit::returnPressed, this, &PilotPage::addMeasurement);
    connect(m_quickValue, &QLineEdit::returnPressed, this, &PilotPage::addMeasurement);
    connect(m_quickSource, &QLineEdit::returnPressed, this, &PilotPage::addMeasurement);

    split->addWidget(left);
    split->addWidget(quick);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    contentLayout()->addWidget(split, 2);
}

void PilotPage::selectIndicator(const QUuid &indicatorId)
{
    const int row = m_indicators->rowOf(indicatorId);
    if (row >= 0)
        m_indicatorsView->selectRow(row);
}

void PilotPage::indicatorChanged()
{
    const int row = selectedRow(m_indicatorsView);
    const QUuid id = row < 0 ? QUuid() : m_indicators->idAt(row);
    if (id != m_indicator) {
        m_indicator = id;
        m_measurements->setFilter(QStringLiteral("indicator_id"), id.isNull() ? QVariant() : QVariant(id));
        m_quickError->hide();
    }
    refresh();
}

void PilotPage::addMeasurement()
{
    if (m_indicator.isNull())
        return;
    const QDate date = m_quickDate->date();
    if (!date.isValid()) {
        m_quickError->setText(DateLineEdit::howToType());
        m_quickError->show();
        m_quickDate->setFocus();
        return;
    }
    const auto value = io::parseDecimal(m_quickValue->text());
    if (!value) {
        m_quickError->setText(tr("Enter the value as a number, e.g. 12.5 or 12,5."));
        m_quickError->show();
        m_quickValue->setFocus();
        return;
    }
    m_quickError->hide();
    const QUuid id = QUuid::createUuid();
    ChangeSet add(tr("Add a measurement"));
    add.set(measurementTable, id, QStringLiteral("indicator_id"), schema::idText(m_indicator))
        .set(measurementTable, id, QStringLiteral("date"), date.toString(Qt::ISODate))
        .set(measurementTable, id, QStringLiteral("value"), *value)
        .set(measurementTable, id, QStringLiteral("source"), m_quickSource->text().trimmed());
    if (!apply(add))
        return;
    // Ready for the next figure: same date and source are common, a new value is not.
    m_quickValue->clear();
    m_quickValue->setFocus();
}

void PilotPage::importCsv()
{
    // The dialog shows the expected columns first; its own button picks the file.
    CsvImportDialog dialog(document(), this);
    if (dialog.exec() == QDialog::Accepted)
        messages::status(
            this, tr("%n measurements imported from %1.", nullptr, dialog.importedCount()).arg(dialog.fileName()));
}

QString PilotPage::overdueText(int count) const
{
    return count == 0 ? tr("Nothing overdue.") : tr("%n overdue", nullptr, count);
}

QString PilotPage::indicatorSummaryText() const
{
    int onTrack = 0, atRisk = 0, offTrack = 0, noData = 0;
    for (const evaluation::IndicatorStatus status : m_statuses) {
        switch (status) {
        case evaluation::IndicatorStatus::OnTrack:
            ++onTrack;
            break;
        case evaluation::IndicatorStatus::AtRisk:
            ++atRisk;
            break;
        case evaluation::IndicatorStatus::OffTrack:
            ++offTrack;
            break;
        case evaluation::IndicatorStatus::NoData:
            ++noData;
            break;
        }
    }
    if (m_statuses.isEmpty())
        return tr("No indicator yet.");
    const QLocale locale;
    return tr("On %1: %2 on track, %3 at risk (in amber), %4 off track (in red), %5 without data.")
        .arg(locale.toString(today(), dates::displayFormat(locale)))
        .arg(onTrack)
        .arg(atRisk)
        .arg(offTrack)
        .arg(noData);
}

QString PilotPage::performanceText() const
{
    if (m_indicator.isNull())
        return m_indicators->rowCount() == 0 ? tr("Add an indicator to record its measurements.")
                                             : tr("Select an indicator to see its measurements and add new ones.");
    const Project &project = document()->project();
    const Indicator *indicator = nullptr;
    for (const Indicator &i : project.indicators)
        if (i.id == m_indicator)
            indicator = &i;
    if (!indicator)
        return {};
    const QLocale locale;
    const QString name = indicator->name.isEmpty() ? tr("(unnamed indicator)") : indicator->name;
    const auto number = [&](double v) {
        const QString n = locale.toString(v, 'g', 12);
        return indicator->unit.isEmpty() ? n : tr("%1 %2").arg(n, indicator->unit);
    };
    const auto date = [&](const QDate &d) { return locale.toString(d, dates::displayFormat(locale)); };
    const auto percent = [&](double v) { return tr("%1%").arg(locale.toString(v, 'f', 0)); };
    const QString target = indicator->targetDate.isValid()
        ? tr("target %1 by %2").arg(number(indicator->target), date(indicator->targetDate))
        : tr("target %1").arg(number(indicator->target));
    const evaluation::IndicatorPerformance perf
        = evaluation::evaluateIndicator(*indicator, project.measurements, project.partnership.startDate, today());
    if (!perf.hasData || !perf.achievedPercent)
        return tr("%1: no measurement yet (baseline %2, %3).").arg(name, number(indicator->baseline), target);
    const QString latest
        = tr("latest %1 on %2; baseline %3, %4")
              .arg(number(perf.latestValue), date(perf.latestDate), number(indicator->baseline), target);
    if (!perf.expectedPercent)
        return tr("%1: %2 achieved, %3 (%4).")
            .arg(name, percent(*perf.achievedPercent), statusText(perf.status), latest);
    // "expected 50 % by 15/06/2026, achieved 48 %": the status judges one against the other.
    return tr("%1: %2 achieved, %3 expected by %4, %5 (%6).")
        .arg(name, percent(*perf.achievedPercent), percent(*perf.expectedPercent), date(perf.expectedOn),
             statusText(perf.status), latest);
}

PilotPage::~PilotPage()
{
    // Closing the window while a cell is edited commits the edit from ~QWidget, after this
    // class's members are gone: refresh() must no longer run by then.
    disconnect(document(), nullptr, this, nullptr);
}

void PilotPage::refresh()
{
    const int overdue = evaluation::overdueCount(document()->project().actions, today());
    const QString overdueLine = overdueText(overdue);
    if (m_overdue->text() != overdueLine)
        m_overdue->setText(overdueLine);
    QFont font = m_overdue->font();
    font.setBold(overdue > 0);
    m_overdue->setFont(font);
    QPalette pal = m_overdue->palette();
    pal.setColor(QPalette::WindowText, overdue > 0 ? QColor(214, 40, 40) : palette().color(QPalette::WindowText));
    m_overdue->setPalette(pal);

    // The statuses first: the indicators' rows read them when they are painted.
    const Project &project = document()->project();
    const evaluation::PerformanceSummary summary = evaluation::evaluatePerformance(project, today());
    QHash<QString, evaluation::IndicatorStatus> statuses;
    for (const evaluation::IndicatorPerformance &perf : summary.indicators)
        statuses.insert(schema::idText(perf.indicatorId), perf.status);
    if (statuses != m_statuses) {
        m_statuses = statuses;
        m_indicatorsView->viewport()->update();
    }
    const QString summaryLine = indicatorSummaryText();
    if (m_indicatorSummary->text() != summaryLine)
        m_indicatorSummary->setText(summaryLine);

    // The selected indicator was removed (here, by undo or a merge): show nothing rather than stale rows.
    if (!m_indicator.isNull() && m_indicators->rowOf(m_indicator) < 0) {
        m_indicator = QUuid();
        m_measurements->setFilter(QStringLiteral("indicator_id"), QVariant());
    }
    if (!m_indicatorsView->selectionModel()->hasSelection() && m_indicators->rowCount() > 0) {
        // Keep the indicator after a reset of the table; otherwise offer the first one.
        const int row = m_indicator.isNull() ? 0 : m_indicators->rowOf(m_indicator);
        m_indicatorsView->selectRow(row); // comes back here through indicatorChanged()
        if (m_indicatorsView->selectionModel()->hasSelection())
            return;
    }
    const QString progress = performanceText();
    if (m_performance->text() != progress)
        m_performance->setText(progress);
    updateButtons();
}

void PilotPage::updateButtons()
{
    m_removeAction->setEnabled(m_actionsView->selectionModel()->hasSelection());
    m_removeIndicator->setEnabled(!m_indicator.isNull());
    m_removeMeasurement->setEnabled(m_measurementsView->selectionModel()->hasSelection());
    const bool canAdd = !m_indicator.isNull();
    m_addMeasurement->setEnabled(canAdd);
    m_quickDate->setEnabled(canAdd);
    m_quickValue->setEnabled(canAdd);
    m_quickSource->setEnabled(canAdd);
}

} // namespace alliance
