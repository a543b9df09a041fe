#include "portfolio/portfoliowindow.h"

#include "charts/chartcard.h"
#include "dialogs/messages.h"
#include "languages.h"
#include "method/method.h"
#include "model/clock.h"
#include "portfolio/portfoliocharts.h"
#include "portfolio/portfoliopdf.h"
#include "portfolio/portfolioproxy.h"
#include "portfolio/portfolioscanner.h"
#include "portfolio/portfoliotablemodel.h"
#include "settings/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace alliance {

namespace {

QComboBox *filterCombo(const QString &name, const QString &tip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

PortfolioWindow::PortfolioWindow(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_scanner(new PortfolioScanner(this)),
      m_model(new PortfolioTableModel(this)),
      m_proxy(new PortfolioProxy(m_model, this)),
      m_watcher(new QFileSystemWatcher(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("portfolioWindow"));
    setWindowTitle(tr("Portfolio — Alliance Pilot"));
    resize(1280, 760);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Portfolio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("portfolioFolder"));
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_folderLabel, 1);
    auto *choose = new QPushButton(tr("Choose a folder…"), this);
    choose->setObjectName(QStringLiteral("portfolioChooseFolder"));
    choose->setToolTip(tr("The folder whose partnership files are listed"));
    connect(choose, &QPushButton::clicked, this, &PortfolioWindow::chooseFolder);
    top->addWidget(choose);
    auto *again = new QPushButton(tr("Refresh"), this);
    again->setObjectName(QStringLiteral("portfolioRefresh"));
    again->setToolTip(tr("List the folder again"));
    connect(again, &QPushButton::clicked, this, &PortfolioWindow::refresh);
    top->addWidget(again);
    m_report = new QPushButton(tr("Report (PDF)…"), this);
    m_report->setObjectName(QStringLiteral("portfolioReport"));
    m_report->setToolTip(tr("A PDF report for a board: the partnerships shown, the charts and the refused files"));
    connect(m_report, &QPushButton::clicked, this, &PortfolioWindow::askForReport);
    m_report->setEnabled(false); // until a folder is listed
    top->addWidget(m_report);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    m_modelFilter = filterCombo(QStringLiteral("portfolioModelFilter"), tr("Only the partnerships of one model"), this);
    m_stepFilter = filterCombo(QStringLiteral("portfolioStepFilter"), tr("Only the partnerships at one step"), this);
    m_statusFilter = filterCombo(QStringLiteral("portfolioStatusFilter"),
                                 tr("Only the partnerships whose indicators have one status"), this);
    m_territoryFilter = new QLineEdit(this);
    m_territoryFilter->setObjectName(QStringLiteral("portfolioTerritoryFilter"));
    m_territoryFilter->setPlaceholderText(tr("Region or département"));
    m_territoryFilter->setToolTip(tr("Only the partnerships with a partner in this region or département"));
    m_territoryFilter->setClearButtonEnabled(true);
    fillFilterChoices();
    for (QComboBox *combo : {m_modelFilter, m_stepFilter, m_statusFilter}) {
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &PortfolioWindow::applyFilter);
    }
    filters->addWidget(m_territoryFilter, 1);
    connect(m_territoryFilter, &QLineEdit::textChanged, this, &PortfolioWindow::applyFilter);
    layout->addLayout(filters);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("portfolioProgress"));
    m_progress->setFormat(tr("%v of %m files"));
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("portfolioCancel"));
    m_cancel->setToolTip(tr("Stop listing: the files already checked stay listed"));
    connect(m_cancel, &QPushButton::clicked, m_scanner, &PortfolioScanner::cancel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(portfolio::Column::Title), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a partnership to open it"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid() && !m_model->row(source.row()).refused())
            Q_EMIT openRequested(m_model->row(source.row()).path);
    });
    // The charts scroll under the table rather than squeeze it, or be squeezed.
    auto *chartsScroll = new QScrollArea(split);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    auto *charts = new QWidget(chartsScroll);
    auto *chartsLayout = new QGridLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    // What needs attention first (at risk, due soon), then how the portfolio is made.
    m_atRiskCard = new charts::ChartCard(QStringLiteral("portfolio_at_risk"), charts);
    m_dueSoonCard = new charts::ChartCard(QStringLiteral("portfolio_due_30"), charts);
    m_dueByWeekCard = new charts::ChartCard(QStringLiteral("portfolio_due_90"), charts);
    m_modelsCard = new charts::ChartCard(QStringLiteral("portfolio_models"), charts);
    m_stepsCard = new charts::ChartCard(QStringLiteral("portfolio_steps"), charts);
    // Top-aligned: a card with nothing to chart stays short beside a tall one.
    chartsLayout->addWidget(m_atRiskCard, 0, 0, Qt::AlignTop);
    chartsLayout->addWidget(m_dueSoonCard, 0, 1, Qt::AlignTop);
    chartsLayout->addWidget(m_dueByWeekCard, 0, 2, Qt::AlignTop);
    chartsLayout->addWidget(m_modelsCard, 1, 0, Qt::AlignTop);
    chartsLayout->addWidget(m_stepsCard, 1, 1, 1, 2, Qt::AlignTop);
    for (int c = 0; c < 3; ++c)
        chartsLayout->setColumnStretch(c, 1);
    split->addWidget(m_table);
    chartsScroll->setWidget(charts);
    split->addWidget(chartsScroll);
    // The table first: the charts summarise it, they need less room.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 300});
    layout->addWidget(split, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_scanner, &PortfolioScanner::progress, this, &PortfolioWindow::onProgress);
    connect(m_scanner, &PortfolioScanner::finished, this, &PortfolioWindow::onFinished);
    // Files arrive and are saved in bursts: list again once the folder is quiet.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(800);
    connect(m_debounce, &QTimer::timeout, this, &PortfolioWindow::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));

    refreshCharts();
    const QString remembered = Settings().portfolioFolder();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) {
        m_folder = remembered;
        m_folderLabel->setText(QDir::toNativeSeparators(m_folder));
        QTimer::singleShot(0, this, &PortfolioWindow::refresh);
    } else {
        m_summary->setText(tr("Choose a folder holding partnership files (.alliance) to list them here."));
    }
}

PortfolioWindow::~PortfolioWindow() = default;

void PortfolioWindow::fillFilterChoices()
{
    m_modelFilter->addItem(tr("Every model"), QString());
    for (const method::Model &m : method::models())
        m_modelFilter->addItem(method::tr(m.name), m.id);
    m_modelFilter->addItem(tr("Model not named yet"), portfolio::Filter::noModel());
    m_stepFilter->addItem(tr("Every step"), QString());
    for (const method::Step &s : method::steps())
        m_stepFilter->addItem(tr("%1. %2").arg(s.number).arg(method::tr(s.name)), s.id);
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const QString &id : portfolio::statusIds())
        m_statusFilter->addItem(portfolio::statusLabel(id), id);
}

void PortfolioWindow::setCachePaths(const QString &cachePath, const QString &keyPath)
{
    m_scanner->setCachePath(cachePath, keyPath);
}

void PortfolioWindow::setWatchDelay(int ms)
{
    m_debounce->setInterval(ms);
}

bool PortfolioWindow::isScanning() const
{
    return m_scanner->isRunning();
}

void PortfolioWindow::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of partnerships"), m_folder);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void PortfolioWindow::setFolder(const QString &folder)
{
    m_folder = QDir(folder).absolutePath();
    Settings().setPortfolioFolder(m_folder);
    m_folderLabel->setText(QDir::toNativeSeparators(m_folder));
    m_model->setRows({});
    refresh();
}

void PortfolioWindow::refresh()
{
    if (m_folder.isEmpty())
        return;
    m_debounce->stop();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_summary->setText(tr("Checking the partnership files…"));
    m_scanner->scanFolder(m_folder, clock::today());
}

void PortfolioWindow::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PortfolioWindow::onFinished(const portfolio::ScanResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    m_model->setRows(result.rows);
    m_report->setEnabled(!result.rows.isEmpty());
    watch(result.rows);
    refreshCharts();
    int refused = 0;
    for (const portfolio::PartnershipSummary &row : result.rows)
        refused += row.refused() ? 1 : 0;
    QStringList parts;
    parts << tr("%n partnership(s) listed", nullptr, int(result.rows.size()));
    if (refused)
        parts << tr("%n file(s) refused: the reason is in the row", nullptr, refused);
    if (result.cancelled)
        parts << tr("listing stopped before the end");
    if (!result.error.isEmpty())
        parts << result.error;
    m_summary->setText(parts.join(tr("; ")) + tr("."));
    m_table->resizeColumnsToContents();
    // A long title or refusal should not push the other columns away.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    Q_EMIT scanFinished();
}

void PortfolioWindow::applyFilter()
{
    portfolio::Filter filter;
    filter.modelId = m_modelFilter->currentData().toString();
    filter.stepId = m_stepFilter->currentData().toString();
    filter.statusId = m_statusFilter->currentData().toString();
    filter.territory = m_territoryFilter->text();
    m_proxy->setFilter(filter);
}

void PortfolioWindow::watch(const QList<portfolio::PartnershipSummary> &rows)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_watcher->addPath(m_folder);
    QStringList files;
    for (const portfolio::PartnershipSummary &row : rows)
        files << row.path;
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

void PortfolioWindow::refreshCharts()
{
    m_modelsCard->setData(portfolio::modelsChart(m_model->rows()));
    m_stepsCard->setData(portfolio::stepsChart(m_model->rows()));
    m_atRiskCard->setData(portfolio::atRiskChart(m_model->rows()));
    m_dueSoonCard->setData(portfolio::dueSoonChart(m_model->rows()));
    m_dueByWeekCard->setData(portfolio::dueByWeekChart(m_model->rows()));
}

int PortfolioWindow::writeReport(const QString &path, QString *error)
{
    QList<portfolio::PartnershipSummary> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown.append(m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    portfolio::PortfolioReportOptions options;
    options.language = languages::current();
    options.date = shown.isEmpty() ? clock::today() : shown.constFirst().computedOn;
    options.source = QDir::toNativeSeparators(m_folder);
    options.filter = m_proxy->filter();
    const int sortColumn = m_proxy->sortColumn();
    if (sortColumn >= 0 && sortColumn < portfolio::columns().size())
        options.sortedBy = portfolio::columns().at(sortColumn);
    options.order = m_proxy->sortOrder();
    return portfolio::writePortfolioPdf(portfolio::reportRows(shown, m_model->rows()), options, path, error);
}

void PortfolioWindow::askForReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("portfolio-%1.pdf", "file name of the portfolio report").arg(clock::today().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Portfolio report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // "board" is written as "board.pdf"
        path += QStringLiteral(".pdf");
    // Drawn on this thread (charts are widgets' work): a busy dialog says so meanwhile.
    QProgressDialog busy(tr("Writing the report…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const int pages = writeReport(path, &error);
    QApplication::restoreOverrideCursor();
    busy.close();
    if (pages == 0) {
        messages::warn(this, tr("Portfolio report"), error);
        return;
    }
    m_summary->setText(tr("Report written: %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    if (m_openReports)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace alliance
