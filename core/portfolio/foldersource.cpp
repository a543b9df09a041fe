#include "portfolio/foldersource.h"

#include "model/language.h"

#include "portfolio/summarycache.h"
#include "storage/filecheck.h"
#include "storage/verdictstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <mutex>
#include <thread>
#include <vector>

namespace alliance::portfolio {

namespace {

/// A file the cache did not know by its key, and what became of it.
struct Pending
{
    FileKey key;
    qint64 keyReadAtMs = 0;
    QByteArray sha256;
    PartnershipSummary summary;
    bool read = false;  ///< checked and read (not found by content)
    bool stable = true; ///< the file's key was the same after it was read
};

} // namespace

FolderSource::FolderSource(const QString &folder, SummaryCache *cache) : m_folder(folder), m_cache(cache) { }

QString FolderSource::description() const
{
    return QDir::toNativeSeparators(m_folder);
}

QStringList FolderSource::projectFiles(const QString &folder)
{
    QStringList paths;
    const QFileInfoList found = QDir(folder).entryInfoList({QStringLiteral("*.alliance")},
                                                           QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : found)
        paths.append(info.absoluteFilePath());
    return paths;
}

ScanResult FolderSource::scan(const ScanControl &control)
{
    std::optional<WritingIn> writing; // refusals in the language asked: here, and on each worker below
    if (control.language)
        writing.emplace(control.language);
    ScanResult result;
    const QFileInfo folder(m_folder);
    if (!folder.isDir() || !folder.isReadable()) {
        result.error = QCoreApplication::translate("Portfolio", "The folder “%1” cannot be read.").arg(description());
        return result;
    }
    QStringList paths = projectFiles(m_folder);
    if (paths.size() > maxFolderFiles) {
        result.error = QCoreApplication::translate("Portfolio", "Only the first %1 of %2 files are listed.")
                           .arg(maxFolderFiles)
                           .arg(paths.size());
        paths.resize(maxFolderFiles);
    }
    const int total = int(paths.size());
    std::mutex progressMutex;
    int done = 0;
    const auto oneMore = [&] {
        const std::lock_guard<std::mutex> lock(progressMutex);
        ++done;
        if (control.progress)
            control.progress(done, total);
    };
    const auto cancelled = [&] { return control.cancel && control.cancel->load(); };

    // Known by their key: no byte of them is read.
    QList<std::optional<PartnershipSummary>> rows(total);
    std::vector<Pending> pending;
    std::vector<int> pendingRow;
    for (int i = 0; i < total; ++i) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const FileKey key = FileKey::of(paths.at(i));
        if (m_cache)
            if (auto hit = m_cache->byKey(key, control.today)) {
                hit->path = paths.at(i);
                rows[i] = *hit;
                ++result.fromCache;
                oneMore();
                continue;
            }
        pending.push_back({key, now, {}, {}, false, true});
        pendingRow.push_back(i);
    }

    // The others, on every core: hashed, found by content, or checked and read.
    std::atomic_int next {0};
    const auto work = [&] {
        std::optional<WritingIn> workerWriting;
        if (control.language)
            workerWriting.emplace(control.language);
        for (int p = next++; p < int(pending.size()); p = next++) {
            if (cancelled())
                return;
            Pending &item = pending[size_t(p)];
            const QString &path = paths.at(pendingRow[size_t(p)]);
            // A file too large to be a project is refused by its header alone: never read it whole.
            if (m_cache && item.key.size >= 0 && item.key.size <= maxProjectFileSize) {
                item.sha256 = verdicts::hashFile(path);
                if (auto hit = m_cache->byContent(item.sha256, control.today)) {
                    item.summary = *hit;
                    item.summary.path = path;
                    item.stable = FileKey::of(path) == item.key;
                    oneMore();
                    continue;
                }
            }
            item.summary = summariseFile(path, control.today);
            item.read = true;
            item.stable = FileKey::of(path) == item.key;
            oneMore();
        }
    };
    const int cores = control.threads > 0 ? control.threads : qMax(1, QThread::idealThreadCount());
    const int threads = qMin(cores, int(pending.size()));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    if (threads > 0)
        work();
    for (std::thread &w : workers)
        w.join();

    bool changed = false;
    for (size_t p = 0; p < pending.size(); ++p) {
        Pending &item = pending[p];
        if (item.summary.path.isEmpty())
            continue; // not reached: cancelled
        result.filesHashed += item.sha256.isEmpty() ? 0 : 1;
        result.filesRead += item.read ? 1 : 0;
        rows[pendingRow[p]] = item.summary;
        // Only what was read from bytes that did not change meanwhile is remembered.
        if (m_cache && item.stable && !item.sha256.isEmpty() && !item.summary.refused()) {
            m_cache->remember(item.key, item.sha256, item.summary, item.keyReadAtMs);
            changed = true;
        }
    }
    if (m_cache && changed)
        m_cache->save();
    for (const auto &row : rows)
        if (row)
            result.rows.append(*row);
    result.cancelled = cancelled() && result.rows.size() < total;
    return result;
}

} // namespace alliance::portfolio
