#include "portfolio/portfolioscanner.h"

#include "portfolio/foldersource.h"
#include "portfolio/summarycache.h"

#include <QPointer>
#include <QThread>

namespace alliance {

PortfolioScanner::PortfolioScanner(QObject *parent) : QObject(parent) { }

PortfolioScanner::~PortfolioScanner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void PortfolioScanner::setCachePath(const QString &cachePath, const QString &keyPath)
{
    m_cachePath = cachePath;
    m_keyPath = keyPath;
}

void PortfolioScanner::scanFolder(const QString &folder, const QDate &today)
{
    m_pendingFolder = folder;
    m_pendingDay = today;
    m_hasPending = true;
    if (m_thread)
        m_cancel->store(true); // startPending() runs when it stopped
    else
        startPending();
}

void PortfolioScanner::cancel()
{
    m_hasPending = false;
    if (m_cancel)
        m_cancel->store(true);
}

void PortfolioScanner::startPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    const QString folder = m_pendingFolder;
    const QDate today = m_pendingDay;
    const QString cachePath = m_cachePath.isEmpty() ? portfolio::SummaryCache::defaultPath() : m_cachePath;
    const QString keyPath = m_keyPath.isEmpty() ? portfolio::SummaryCache::defaultKeyPath() : m_keyPath;
    QPointer<PortfolioScanner> self(this);
    auto result = std::make_shared<portfolio::ScanResult>();
    m_thread = QThread::create([=] {
        portfolio::SummaryCache cache(cachePath, keyPath);
        cache.load();
        portfolio::FolderSource source(folder, &cache);
        portfolio::ScanControl control;
        control.today = today;
        control.cancel = cancelFlag.get();
        control.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        *result = source.scan(control);
    });
    connect(m_thread, &QThread::finished, this, [this, result, cancelFlag] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!cancelFlag->load() || !m_hasPending)
            Q_EMIT finished(*result);
        startPending();
    });
    m_thread->start();
}

} // namespace alliance
