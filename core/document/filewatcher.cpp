#include "document/filewatcher.h"

#include "document/document.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace alliance {

namespace {

QString spelled(const Document::DiskVersion &v)
{
    return v.exists ? QStringLiteral("%1/%2/%3").arg(v.size).arg(v.mtimeNs).arg(v.inode) : QStringLiteral("gone");
}

} // namespace

FileWatcher::FileWatcher(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &FileWatcher::settled);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::noticed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::noticed);
    connect(m_document, &Document::filePathChanged, this, &FileWatcher::watch);
    watch();
}

FileWatcher::~FileWatcher() = default;

void FileWatcher::setSettleTime(int ms)
{
    m_settle.setInterval(ms);
}

void FileWatcher::watch()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_reported.clear();
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    // The folder too: a save by rename (ours, another app's, a sync client's)
    // replaces the file, and the watch on the old one ends with it.
    m_watcher->addPath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void FileWatcher::noticed()
{
    const QString path = m_document->filePath();
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path); // the file was replaced: watch the new one
    m_settle.start();             // restarted by each event: one report once the writes settle
}

void FileWatcher::settled()
{
    if (!m_document->isChangedOnDisk()) {
        m_reported.clear(); // saved or merged since: a later change is news again
        return;
    }
    const QString version = spelled(m_document->diskVersion());
    if (version == m_reported)
        return;
    m_reported = version;
    Q_EMIT changedOnDisk();
}

} // namespace alliance
