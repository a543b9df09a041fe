// A file this installation saved is reopened on its verdict (its SHA-256,
// remembered at save): only its header is checked again. Any other bytes,
// even one changed, get every check; the verdict store is itself untrusted.
#include <catch2/catch.hpp>

#include "testsupport.h"

#include "document/document.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/verdictstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace alliance;
using namespace alliance::test;

namespace {

/// Flips bits of the header's change counter (and of the stamp that must
/// match it): the same project, other bytes, still a sound file.
void changeOneCounter(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    for (int offset : {27, 95})
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeStore(const QByteArray &content)
{
    QDir().mkpath(QFileInfo(verdicts::defaultStorePath()).absolutePath());
    QFile file(verdicts::defaultStorePath());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

/// The store's current first line, as rememberSound writes it.
QByteArray storeStamp()
{
    QFile::remove(verdicts::defaultStorePath());
    verdicts::rememberSound(QByteArray(32, '\x01'), 1);
    QFile file(verdicts::defaultStorePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readLine();
}

const QByteArray current = QByteArray::number(schema::currentVersion);

} // namespace

TEST_CASE("A project saved here reopens on its verdict, one changed byte brings back every check", "[verdicts]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("p.alliance"));
    makeFixture(path, dir->filePath(QStringLiteral("w")));

    const CheckResult own = validateProjectFile(path);
    CHECK(own.ok());
    CHECK(own.knownSound);
    CheckResult opened;
    CHECK(Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("w"))), &opened));
    CHECK(opened.knownSound);

    // The same project as a partner's copy: other bytes, every check, and it passes.
    const QString copy = dir->filePath(QStringLiteral("copy.alliance"));
    REQUIRE(copyFile(path, copy));
    changeOneCounter(copy);
    const CheckResult received = validateProjectFile(copy);
    CHECK(received.ok());
    CHECK_FALSE(received.knownSound);
    CheckResult openedCopy;
    CHECK(Document::open(copy, testAuthor(), optionsIn(dir->filePath(QStringLiteral("w"))), &openedCopy));
    CHECK_FALSE(openedCopy.knownSound);

    // A bad value written into the saved file: its bytes change, so the full check runs and refuses it.
    REQUIRE(rawExec(path, QStringLiteral("UPDATE review_score SET score = 99")).isEmpty());
    const CheckResult bad = validateProjectFile(path);
    CHECK(bad.refusal == Refusal::BadValue);
    CHECK_FALSE(bad.knownSound);
    CheckResult openedBad;
    CHECK_FALSE(Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("w"))), &openedBad));
    CHECK(openedBad.refusal == Refusal::BadValue);
    CHECK(folderEntries(dir->filePath(QStringLiteral("w"))).filter(QStringLiteral(".alliance")).isEmpty());
}

TEST_CASE("A forged verdict for other bytes or another format does not let a bad file through", "[verdicts]")
{
    auto dir = makeTempDir();
    const QString good = dir->filePath(QStringLiteral("good.alliance"));
    makeFixture(good, dir->filePath(QStringLiteral("w")));
    const QString bad = dir->filePath(QStringLiteral("bad.alliance"));
    REQUIRE(copyFile(good, bad));
    REQUIRE(rawExec(bad, QStringLiteral("UPDATE review_score SET score = 99")).isEmpty());

    QByteArray badHash;
    CHECK(validateProjectFile(bad, &badHash).refusal == Refusal::BadValue);
    REQUIRE(badHash.size() == 32);
    // Verdicts for the good file and for random bytes, and one for the bad
    // file's hash but another file format than its header says.
    const QByteArray stamp = storeStamp();
    writeStore(stamp + sha256(good) + ' ' + current + '\n' + QByteArray(64, 'a') + ' ' + current + '\n'
               + badHash.toHex() + " 3\n");
    const CheckResult r = validateProjectFile(bad);
    CHECK(r.refusal == Refusal::BadValue);
    CHECK_FALSE(r.knownSound);
    CheckResult opened;
    CHECK_FALSE(Document::open(bad, testAuthor(), optionsIn(dir->filePath(QStringLiteral("w"))), &opened));
    CHECK(opened.refusal == Refusal::BadValue);
}

TEST_CASE("A damaged verdict store counts as empty and is rewritten at the next save", "[verdicts]")
{
    auto dir = makeTempDir();
    const QString path = dir->filePath(QStringLiteral("p.alliance"));
    makeFixture(path, dir->filePath(QStringLiteral("w")));
    const QByteArray hash = QByteArray::fromHex(sha256(path));
    REQUIRE(verdicts::soundVersion(hash) > 0);
    const QByteArray stamp = storeStamp();
    verdicts::rememberSound(hash, schema::currentVersion);
    REQUIRE(verdicts::soundVersion(hash) == schema::currentVersion);

    const QByteArray good = hash.toHex() + ' ' + current + '\n';
    const QList<QByteArray> garbage {
        QByteArray("\x00\xff garbage", 10),
        stamp + good + "not a line\n",
        stamp + good.toUpper(),
        stamp + hash.toHex() + ' ' + current + " 7\n",
        stamp + hash.toHex() + " -" + current + '\n',
        stamp + hash.toHex() + " 0" + current + '\n',
        stamp + hash.toHex().left(63) + ' ' + current + '\n',
        stamp + good.chopped(1),                                                      // no final newline
        "alliance-pilot-verdicts 1 rules 0 version -\n" + good,                       // other rules
        stamp + QByteArray(20000, 'a') + '\n' + good,                                 // too large
        stamp + (QByteArray(64, 'b') + " 1\n").repeated(verdicts::maxEntries) + good, // too many
    };
    for (const QByteArray &content : garbage) {
        writeStore(content);
        CHECK(verdicts::soundVersion(hash) == 0);
        const CheckResult r = validateProjectFile(path);
        CHECK(r.ok());
        CHECK_FALSE(r.knownSound);
    }
    // A store that cannot even be read as a file: a folder in its place.
    QFile::remove(verdicts::defaultStorePath());
    REQUIRE(QDir().mkpath(verdicts::defaultStorePath()));
    CHECK(validateProjectFile(path).ok());
    REQUIRE(QDir(verdicts::defaultStorePath()).removeRecursively());

    writeStore("garbage");
    CheckResult opened;
    auto doc = Document::open(path, testAuthor(), optionsIn(dir->filePath(QStringLiteral("w"))), &opened);
    REQUIRE(doc);
    CHECK_FALSE(opened.knownSound);
    REQUIRE(doc->saveAs(dir->filePath(QStringLiteral("again.alliance"))));
    CHECK(validateProjectFile(dir->filePath(QStringLiteral("again.alliance"))).knownSound);
}

TEST_CASE("The verdict store keeps the latest verdicts only", "[verdicts]")
{
    auto dir = makeTempDir();
    const QString store = dir->filePath(QStringLiteral("store.txt"));
    auto hashOf = [](int i) { return QByteArray(31, '\x07') + char(i); };
    for (int i = 0; i < verdicts::maxEntries + 5; ++i)
        verdicts::rememberSound(hashOf(i), 6, store);
    CHECK(verdicts::soundVersion(hashOf(0), store) == 0);
    CHECK(verdicts::soundVersion(hashOf(4), store) == 0);
    CHECK(verdicts::soundVersion(hashOf(5), store) == 6);
    CHECK(verdicts::soundVersion(hashOf(verdicts::maxEntries + 4), store) == 6);
    // Remembering a known one again moves it to the newest place.
    verdicts::rememberSound(hashOf(5), 6, store);
    verdicts::rememberSound(hashOf(200), 6, store);
    CHECK(verdicts::soundVersion(hashOf(5), store) == 6);
    CHECK(verdicts::soundVersion(hashOf(6), store) == 0);
    CHECK(QFileInfo(store).size() < 16 * 1024);
}

TEST_CASE("A file's hash is its SHA-256, and the copy made while hashing holds the same bytes", "[verdicts]")
{
    auto dir = makeTempDir();
    // Several read blocks and a partial last one, with bytes that vary.
    QByteArray bytes;
    for (int i = 0; bytes.size() < 2 * 1024 * 1024 + 12345; ++i)
        bytes += QByteArray::number(i * 7919) + '\n';
    const QString path = dir->filePath(QStringLiteral("in.bin"));
    const QString copy = dir->filePath(QStringLiteral("copy.bin"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    CHECK(verdicts::hashFile(path) == expected);
    CHECK(verdicts::hashFile(path, copy) == expected);
    QFile copied(copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == bytes);
    // An empty file too.
    const QString empty = dir->filePath(QStringLiteral("empty.bin"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    CHECK(verdicts::hashFile(empty) == QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}
