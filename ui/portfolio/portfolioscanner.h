#pragma once
// Runs a portfolio scan away from the window's thread, so that the window
// stays responsive, with its progress, and cancels it on request. One scan
// at a time: asking again while one runs cancels it and starts anew once
// it stopped. The summary cache is read and written by the scan alone.

#include "portfolio/portfoliosource.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace alliance {

class PortfolioScanner : public QObject
{
    Q_OBJECT
public:
    explicit PortfolioScanner(QObject *parent = nullptr);
    ~PortfolioScanner() override;

    /// Scans `folder` on `today` (the summary cache at its default place,
    /// or at `cachePath` when given: tests).
    void scanFolder(const QString &folder, const QDate &today);
    void setCachePath(const QString &cachePath, const QString &keyPath);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const alliance::portfolio::ScanResult &result);

private:
    void startPending();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_pendingFolder;
    QDate m_pendingDay;
    bool m_hasPending = false;
    QString m_cachePath, m_keyPath;
};

} // namespace alliance
