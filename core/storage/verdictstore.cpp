#include "storage/verdictstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>
#include <future>
#include <memory>
#include <openssl/evp.h>

namespace alliance::verdicts {

namespace {

// Raise whenever a check in filecheck.cpp or schemacheck.cpp changes: the
// verdicts given under older rules then no longer count. A new version of
// the program drops them too (see stamp()).
constexpr int rulesRevision = 1;

constexpr qint64 maxStoreBytes = 16 * 1024; // 64 lines of about 80 bytes, with room

/// The store's first line: what gave its verdicts.
QByteArray stamp()
{
    QByteArray version = QCoreApplication::applicationVersion().toUtf8();
    // Only what cannot break the line format.
    for (char &c : version)
        if (c <= ' ' || c > '~')
            c = '_';
    return "alliance-pilot-verdicts 1 rules " + QByteArray::number(rulesRevision) + " version "
        + (version.isEmpty() ? QByteArray("-") : version);
}

bool isLowerHex(const QByteArray &s)
{
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

struct Entry
{
    QByteArray hashHex; // 64 lower-case hex digits
    int version = 0;
};

/// The store's entries, oldest first; empty if it is missing, too large or
/// anything in it is not exactly as rememberSound writes it.
QList<Entry> readStore(const QString &store)
{
    QFile file(store);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.read(maxStoreBytes + 1);
    if (content.size() > maxStoreBytes || !content.endsWith('\n'))
        return {};
    const QList<QByteArray> lines = content.chopped(1).split('\n');
    if (lines.isEmpty() || lines.first() != stamp() || lines.size() - 1 > maxEntries)
        return {};
    QList<Entry> entries;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        if (fields.size() != 2 || fields.at(0).size() != 64 || !isLowerHex(fields.at(0)) || fields.at(1).size() > 3)
            return {};
        bool ok = false;
        const int version = fields.at(1).toInt(&ok);
        if (!ok || version <= 0 || QByteArray::number(version) != fields.at(1))
            return {};
        entries.append({fields.at(0), version});
    }
    return entries;
}

} // namespace

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/verdicts.txt");
}

QByteArray hashFile(const QString &path, const QString &copyTo)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QFile out(copyTo);
    if (!copyTo.isEmpty() && !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    // OpenSSL's SHA-256 uses the processor's SHA instructions: about ten
    // times QCryptographicHash's in Qt 6.4 (69 ms against 776 ms for 90 MB).
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    // Two blocks in turn: one is hashed on another core while the next is
    // read and the previous written, so a copy costs about its hash alone.
    QByteArray blocks[2] = {QByteArray(1024 * 1024, Qt::Uninitialized), QByteArray(1024 * 1024, Qt::Uninitialized)};
    std::future<bool> hashing;
    auto hashed = [&hashing] { return !hashing.valid() || hashing.get(); };
    for (int current = 0;; current = 1 - current) {
        QByteArray &block = blocks[current];
        const qint64 n = in.read(block.data(), block.size());
        // The block hashed two turns ago is done with before its buffer is reused.
        if (n < 0 || !hashed())
            return {};
        if (n == 0)
            break;
        hashing = std::async(std::launch::async, [&context, &block, n] {
            return EVP_DigestUpdate(context.get(), block.constData(), size_t(n)) == 1;
        });
        if (!copyTo.isEmpty() && out.write(block.constData(), n) != n) {
            hashed();
            return {};
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1 || length != 32)
        return {};
    if (!copyTo.isEmpty() && !out.flush())
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

int soundVersion(const QByteArray &sha256, const QString &store)
{
    if (sha256.size() != 32)
        return 0;
    const QByteArray hex = sha256.toHex();
    const QList<Entry> entries = readStore(store);
    for (const Entry &e : entries)
        if (e.hashHex == hex)
            return e.version;
    return 0;
}

void rememberSound(const QByteArray &sha256, int version, const QString &store)
{
    if (sha256.size() != 32 || version <= 0 || version > 999)
        return;
    const QByteArray hex = sha256.toHex();
    QList<Entry> entries = readStore(store);
    entries.removeIf([&](const Entry &e) { return e.hashHex == hex; });
    entries.append({hex, version});
    while (entries.size() > maxEntries)
        entries.removeFirst();
    QByteArray content = stamp() + '\n';
    for (const Entry &e : entries)
        content += e.hashHex + ' ' + QByteArray::number(e.version) + '\n';
    QDir().mkpath(QFileInfo(store).absolutePath());
    QSaveFile file(store);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size())
        file.commit();
}

} // namespace alliance::verdicts
