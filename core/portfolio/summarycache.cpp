#include "portfolio/summarycache.h"

#include "portfolio/summaryjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace alliance::portfolio {

namespace {

// Raise when what a summary holds or how it is computed changes: entries
// of older revisions are then ignored. A new version of the program ignores
// them too (see stamp()): its rules may count differently.
constexpr int cacheRevision = 2; // 2: what falls due in the next 90 days

QString stamp()
{
    return QStringLiteral("alliance-pilot-portfolio %1 version %2")
        .arg(cacheRevision)
        .arg(QCoreApplication::applicationVersion());
}

QByteArray seal(const QByteArray &key, const QByteArray &entry)
{
    return QMessageAuthenticationCode::hash(entry, key, QCryptographicHash::Sha256).toHex();
}

bool isLowerHex(const QByteArray &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool isWhole(const QJsonValue &v, double min, double max)
{
    const double d = v.toDouble(min - 1);
    return v.isDouble() && d >= min && d <= max && d == double(qint64(d));
}

} // namespace

FileKey FileKey::of(const QString &path)
{
    const QFileInfo info(path);
    FileKey key {info.absoluteFilePath(), -1, 0};
    if (info.isFile()) {
        key.size = info.size();
        key.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    }
    return key;
}

QString SummaryCache::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("portfolio-summaries.json"));
}

QString SummaryCache::defaultKeyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("portfolio-cache.key"));
}

SummaryCache::SummaryCache(const QString &path, const QString &keyPath) : m_path(path), m_keyPath(keyPath) { }

/// This installation's sealing key: 32 random bytes kept as hex in the key
/// file, made when missing or not exactly as written here. Kept in memory
/// only when it cannot be written (the cache then lasts one run).
QByteArray SummaryCache::key()
{
    if (!m_key.isEmpty())
        return m_key;
    QFile file(m_keyPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray hex = file.read(65).trimmed();
        if (isLowerHex(hex, 64))
            return m_key = QByteArray::fromHex(hex);
    }
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    QDir().mkpath(QFileInfo(m_keyPath).absolutePath());
    QSaveFile out(m_keyPath);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(fresh.toHex() + '\n');
        out.commit();
    }
    return m_key = fresh;
}

void SummaryCache::load()
{
    m_entries.clear();
    m_ignored = 0;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileBytes)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(maxFileBytes + 1));
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("format")).toString() != stamp())
        return;
    const QJsonArray entries = top.value(QStringLiteral("entries")).toArray();
    const QByteArray sealKey = key();
    for (const QJsonValue &value : entries) {
        if (m_entries.size() >= maxEntries)
            break;
        const QByteArray text = value.toObject().value(QStringLiteral("entry")).toString().toUtf8();
        const QByteArray mac = value.toObject().value(QStringLiteral("seal")).toString().toLatin1();
        // The seal first: nothing of an entry is parsed before it is known ours.
        if (!isLowerHex(mac, 64) || mac != seal(sealKey, text)) {
            ++m_ignored;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        const QByteArray sha = o.value(QStringLiteral("sha256")).toString().toLatin1();
        const auto summary = summaryFromJson(o.value(QStringLiteral("summary")).toObject());
        if (!summary || !isLowerHex(sha, 64) || !isWhole(o.value(QStringLiteral("size")), 0, 1e15)
            || !isWhole(o.value(QStringLiteral("modified")), -1e15, 1e15)
            || !isWhole(o.value(QStringLiteral("made")), 0, 1e15) || m_entries.contains(summary->path)) {
            ++m_ignored;
            continue;
        }
        Entry e;
        e.key = {summary->path, qint64(o.value(QStringLiteral("size")).toDouble()),
                 qint64(o.value(QStringLiteral("modified")).toDouble())};
        e.sha256 = QByteArray::fromHex(sha);
        e.madeAtMs = qint64(o.value(QStringLiteral("made")).toDouble());
        e.summary = *summary;
        m_entries.insert(e.key.path, e);
    }
}

bool SummaryCache::save()
{
    QList<const Entry *> kept;
    for (const Entry &e : std::as_const(m_entries))
        kept.append(&e);
    std::sort(kept.begin(), kept.end(), [](const Entry *a, const Entry *b) { return a->madeAtMs > b->madeAtMs; });
    if (kept.size() > maxEntries)
        kept.resize(maxEntries);
    const QByteArray sealKey = key();
    QJsonArray entries;
    for (const Entry *e : std::as_const(kept)) {
        const QJsonObject o {{QStringLiteral("size"), double(e->key.size)},
                             {QStringLiteral("modified"), double(e->key.modifiedMs)},
                             {QStringLiteral("made"), double(e->madeAtMs)},
                             {QStringLiteral("sha256"), QString::fromLatin1(e->sha256.toHex())},
                             {QStringLiteral("summary"), toJson(e->summary)}};
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        entries.append(QJsonObject {{QStringLiteral("entry"), QString::fromUtf8(text)},
                                    {QStringLiteral("seal"), QString::fromLatin1(seal(sealKey, text))}});
    }
    const QJsonObject top {{QStringLiteral("format"), stamp()}, {QStringLiteral("entries"), entries}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(top).toJson(QJsonDocument::Compact));
    return out.commit();
}

std::optional<PartnershipSummary> SummaryCache::byKey(const FileKey &key, const QDate &today) const
{
    const auto it = m_entries.constFind(key.path);
    if (it == m_entries.cend() || !(it->key == key) || it->summary.computedOn != today || key.size < 0)
        return std::nullopt;
    if (key.modifiedMs > it->madeAtMs - racyMs) // modified about when it was read: prove nothing
        return std::nullopt;
    return it->summary;
}

std::optional<PartnershipSummary> SummaryCache::byContent(const QByteArray &sha256, const QDate &today) const
{
    if (sha256.isEmpty())
        return std::nullopt;
    for (const Entry &e : m_entries)
        if (e.sha256 == sha256 && e.summary.computedOn == today)
            return e.summary;
    return std::nullopt;
}

void SummaryCache::remember(const FileKey &key, const QByteArray &sha256, const PartnershipSummary &summary,
                            qint64 madeAtMs)
{
    if (summary.refused() || sha256.size() != 32 || key.size < 0)
        return;
    Entry e {key, sha256, madeAtMs, summary};
    e.summary.path = key.path;
    m_entries.insert(key.path, e);
}

} // namespace alliance::portfolio
