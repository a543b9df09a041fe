// The summary cache as a manager notices it: a folder listed again is not
// read again, a file changed since is, and a cache entry that was damaged or
// edited by hand is never believed.
#include <catch2/catch.hpp>

#include "portfolio/foldersource.h"
#include "portfolio/summarycache.h"
#include "portfolio/summaryjson.h"
#include "portfoliosupport.h"
#include "storage/filecheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace alliance;
using namespace alliance::portfolio;

namespace {

const QDate today(2026, 12, 1);

struct CachedFolder
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<QTemporaryDir> cacheDir = test::makeTempDir();
    QString cachePath = cacheDir->filePath(QStringLiteral("summaries.json"));
    QString keyPath = cacheDir->filePath(QStringLiteral("cache.key"));

    QString path(const QString &name) const { return dir->filePath(name); }

    /// A scan as the view or the verb runs one: the cache loaded, used, saved.
    ScanResult scan(int *ignored = nullptr) const
    {
        SummaryCache cache(cachePath, keyPath);
        cache.load();
        if (ignored)
            *ignored = cache.ignoredEntries();
        FolderSource source(dir->path(), &cache);
        ScanControl control;
        control.today = today;
        return source.scan(control);
    }
};

/// Files written an hour ago: their time proves them unchanged.
void ageFiles(const CachedFolder &f, const QStringList &names, int minutes = 60)
{
    for (const QString &name : names)
        test::setModified(f.path(name), QDateTime::currentDateTime().addSecs(-60 * minutes));
}

QString titleOf(const ScanResult &scan, const QString &name)
{
    for (const PartnershipSummary &row : scan.rows)
        if (row.path.endsWith(QLatin1Char('/') + name))
            return row.title;
    return QStringLiteral("(not listed)");
}

} // namespace

TEST_CASE("Portfolio cache: a second scan reads only the files that changed", "[portfolio]")
{
    CachedFolder f;
    test::writeExample(f.dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    test::writeExample(f.dir->path(), QStringLiteral("b.alliance"), QStringLiteral("Beta"));
    QFile bad(f.path(QStringLiteral("c.alliance")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("no project");
    bad.close();
    ageFiles(f, {QStringLiteral("a.alliance"), QStringLiteral("b.alliance"), QStringLiteral("c.alliance")});

    const ScanResult first = f.scan();
    CHECK(first.filesRead == 3);
    CHECK(first.fromCache == 0);
    REQUIRE(first.rows.size() == 3);

    // Nothing changed: the sound files come from the cache, unread and unhashed;
    // a refused file is checked again (its refusal is never cached).
    const ScanResult second = f.scan();
    CHECK(second.filesRead == 1);
    CHECK(second.fromCache == 2);
    CHECK(second.filesHashed == 1); // the refused one, looked up by content before it is checked
    CHECK(second.rows == first.rows);

    // b changes: it alone is read again, and shows its new content.
    test::writeExample(f.dir->path(), QStringLiteral("b2.alliance"), QStringLiteral("Beta, renamed"));
    REQUIRE(QFile::remove(f.path(QStringLiteral("b.alliance"))));
    REQUIRE(QFile::rename(f.path(QStringLiteral("b2.alliance")), f.path(QStringLiteral("b.alliance"))));
    ageFiles(f, {QStringLiteral("b.alliance")}, 30);
    const ScanResult third = f.scan();
    CHECK(third.filesRead == 2); // b and the refused c
    CHECK(third.fromCache == 1);
    CHECK(titleOf(third, QStringLiteral("a.alliance")) == QStringLiteral("Alpha"));
    CHECK(titleOf(third, QStringLiteral("b.alliance")) == QStringLiteral("Beta, renamed"));
}

TEST_CASE("Portfolio cache: a file touched but unchanged is hashed, not read", "[portfolio]")
{
    CachedFolder f;
    test::writeExample(f.dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    ageFiles(f, {QStringLiteral("a.alliance")});
    CHECK(f.scan().filesRead == 1);
    ageFiles(f, {QStringLiteral("a.alliance")}, 10); // a new time, the same bytes
    const ScanResult again = f.scan();
    CHECK(again.filesRead == 0);
    CHECK(again.filesHashed == 1);
    CHECK(titleOf(again, QStringLiteral("a.alliance")) == QStringLiteral("Alpha"));
}

TEST_CASE("Portfolio cache: a file modified just before it was read is hashed on the next scan", "[portfolio]")
{
    CachedFolder f;
    test::writeExample(f.dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    // Written now: its time cannot tell this write from one a moment later.
    CHECK(f.scan().filesRead == 1);
    const ScanResult again = f.scan();
    CHECK(again.fromCache == 0);
    CHECK(again.filesHashed == 1);
    CHECK(again.filesRead == 0);
}

TEST_CASE("Portfolio cache: an entry edited by hand or damaged is not believed", "[portfolio]")
{
    CachedFolder f;
    test::writeExample(f.dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    test::writeExample(f.dir->path(), QStringLiteral("b.alliance"), QStringLiteral("Beta"));
    ageFiles(f, {QStringLiteral("a.alliance"), QStringLiteral("b.alliance")});
    REQUIRE(f.scan().filesRead == 2);

    QFile cache(f.cachePath);
    REQUIRE(cache.open(QIODevice::ReadOnly));
    QByteArray content = cache.readAll();
    cache.close();
    // The title of a's entry changed, its seal left as it was.
    REQUIRE(content.count("\\\"title\\\":\\\"Alpha\\\"") == 1);
    content.replace("\\\"title\\\":\\\"Alpha\\\"", "\\\"title\\\":\\\"Forged\\\"");
    REQUIRE(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cache.write(content);
    cache.close();

    int ignored = -1;
    const ScanResult scan = f.scan(&ignored);
    CHECK(ignored == 1);
    CHECK(scan.filesRead == 1); // a read again, b still from the cache
    CHECK(scan.fromCache == 1);
    CHECK(titleOf(scan, QStringLiteral("a.alliance")) == QStringLiteral("Alpha"));

    // A cache cut in the middle counts as empty: every file is read, none is lost.
    REQUIRE(cache.open(QIODevice::ReadWrite));
    REQUIRE(cache.resize(cache.size() / 2));
    cache.close();
    const ScanResult cut = f.scan();
    CHECK(cut.filesRead == 2);
    CHECK(cut.rows.size() == 2);

    // Another installation's key: its entries are not ours.
    REQUIRE(f.scan().fromCache == 2);
    QFile key(f.keyPath);
    REQUIRE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(QByteArray(64, 'a') + '\n');
    key.close();
    int foreign = -1;
    CHECK(f.scan(&foreign).filesRead == 2);
    CHECK(foreign == 2);
}

TEST_CASE("Portfolio cache: impossible values in an entry refuse it whole", "[portfolio]")
{
    PartnershipSummary s;
    s.path = QStringLiteral("/p/a.alliance");
    s.computedOn = today;
    s.title = QStringLiteral("Alpha");
    s.modelId = QStringLiteral("practice_audit");
    s.currentStepId = QStringLiteral("pilot");
    s.hasReview = true;
    s.angles = {{QStringLiteral("performance"), 70.0, 3}};
    s.nextCommittee = {QStringLiteral("Comité"), QDate(2027, 3, 16)};
    const QJsonObject good = toJson(s);
    REQUIRE(summaryFromJson(good));
    CHECK(*summaryFromJson(good) == s);

    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return summaryFromJson(o).has_value();
    };
    CHECK_FALSE(with(QStringLiteral("late"), -1));
    CHECK_FALSE(with(QStringLiteral("late"), 2.5));
    CHECK_FALSE(with(QStringLiteral("late"), QStringLiteral("3")));
    CHECK_FALSE(with(QStringLiteral("indicators"), QJsonArray {1, 2, 3}));
    CHECK_FALSE(with(QStringLiteral("angles"), QJsonArray {QJsonArray {QStringLiteral("performance"), 250, 3}}));
    CHECK_FALSE(with(QStringLiteral("model"), QStringLiteral("<b>model</b>")));
    CHECK_FALSE(with(QStringLiteral("title"), QString(QChar(0))));
    CHECK_FALSE(with(QStringLiteral("title"), QString(100001, QLatin1Char('x'))));
    CHECK_FALSE(with(QStringLiteral("committee"), QJsonArray {QStringLiteral("Comité"), QStringLiteral("2027-02-30")}));
    CHECK_FALSE(with(QStringLiteral("on"), QString()));
    CHECK_FALSE(with(QStringLiteral("extra"), 1));
    QJsonObject missing = good;
    missing.remove(QStringLiteral("lead"));
    CHECK_FALSE(summaryFromJson(missing));
    CHECK(with(QStringLiteral("late"), 4)); // and a sound value still passes
}

TEST_CASE("Portfolio cache: a file too large to be a project is refused without being read", "[portfolio]")
{
    CachedFolder f;
    QFile huge(f.path(QStringLiteral("huge.alliance")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(maxProjectFileSize + 1)); // sparse: no disk used
    huge.close();
    const ScanResult scan = f.scan();
    REQUIRE(scan.rows.size() == 1);
    CHECK(scan.rows.first().refused());
    CHECK(scan.filesHashed == 0);
}
