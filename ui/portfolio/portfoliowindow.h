#pragma once
// The Portfolio view: every partnership of a chosen folder in one table,
// each file checked before its figures are shown (a refused one listed with
// its reason), sortable and filterable by model, step, territory and
// status, with consolidated charts (per model, per step, indicators at
// risk, what falls due in 30 and 90 days) and a PDF report for a board of
// the partnerships shown. The folder is remembered and
// watched: files added, changed or removed are listed again shortly after.
// A double-click opens the partnership in the main window.

#include "portfolio/portfoliosource.h"

#include <QWidget>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace alliance {

namespace charts {
class ChartCard;
}
class PortfolioProxy;
class PortfolioScanner;
class PortfolioTableModel;

class PortfolioWindow : public QWidget
{
    Q_OBJECT
public:
    /// objectName "portfolioWindow"; children: "portfolioFolder" (the folder
    /// shown), "portfolioChooseFolder", "portfolioRefresh", the filters
    /// "portfolioModelFilter", "portfolioStepFilter",
    /// "portfolioTerritoryFilter", "portfolioStatusFilter", "portfolioProgress",
    /// "portfolioCancel", "portfolioTable", "portfolioSummary",
    /// "chartCard_portfolio_models", "chartCard_portfolio_steps",
    /// "chartCard_portfolio_at_risk", "chartCard_portfolio_due_30",
    /// "chartCard_portfolio_due_90", "portfolioReport" (Report (PDF)…).
    /// Lists the folder remembered in the settings, if any.
    explicit PortfolioWindow(QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    /// Lists `folder` and remembers it.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// Lists the folder again.
    void refresh();
    /// The summary cache in `cachePath` sealed with `keyPath` (tests).
    void setCachePaths(const QString &cachePath, const QString &keyPath);
    /// How long the window waits after the last change on disk before listing again.
    void setWatchDelay(int ms);
    PortfolioTableModel *model() const { return m_model; }
    bool isScanning() const;
    /// Writes the report of the partnerships shown (filtered, sorted as in
    /// the table) and of the refused files at `path`, in the application's
    /// language. Returns its number of pages, or 0 with `error` set.
    int writeReport(const QString &path, QString *error = nullptr);
    /// Whether a report written from the button is opened after (tests: no).
    void setOpenReports(bool open) { m_openReports = open; }

Q_SIGNALS:
    /// The user asked to open the partnership of `path`.
    void openRequested(const QString &path);
    /// A scan ended (tests wait on it).
    void scanFinished();

private:
    void chooseFolder();
    void onProgress(int done, int total);
    void onFinished(const portfolio::ScanResult &result);
    void applyFilter();
    void fillFilterChoices();
    void watch(const QList<portfolio::PartnershipSummary> &rows);
    void refreshCharts();
    void askForReport();

    QString m_folder;
    PortfolioScanner *m_scanner;
    PortfolioTableModel *m_model;
    PortfolioProxy *m_proxy;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QLabel *m_folderLabel;
    QComboBox *m_modelFilter, *m_stepFilter, *m_statusFilter;
    QLineEdit *m_territoryFilter;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_report;
    charts::ChartCard *m_modelsCard, *m_stepsCard, *m_atRiskCard, *m_dueSoonCard, *m_dueByWeekCard;
    bool m_openReports = true;
};

} // namespace alliance
