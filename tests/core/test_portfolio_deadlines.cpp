// The portfolio's consolidated figures a board reads: which partnerships
// hold indicators at risk or off track, and what falls due in the next 30
// and 90 days (open actions, milestones, steering committees), with the day
// of the limit counted and the day after not; late items and refused files
// never counted. And what a summary cache of an older shape becomes.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "cli/portfoliopdfhook.h"
#include "portfolio/foldersource.h"
#include "portfolio/portfoliocharts.h"
#include "portfolio/portfolioreport.h"
#include "portfolio/summarycache.h"
#include "portfolio/summaryjson.h"
#include "portfoliosupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTextStream>

#include <functional>

using namespace alliance;
using namespace alliance::portfolio;

namespace {

const QDate today(2026, 12, 1);

Action action(const QString &title, int inDays, bool milestone = false, const QString &status = QStringLiteral("todo"))
{
    Action a;
    a.id = QUuid::createUuid();
    a.title = title;
    a.dueDate = today.addDays(inDays);
    a.status = status;
    a.milestone = milestone;
    return a;
}

Meeting meeting(const QString &kind, int inDays)
{
    Meeting m;
    m.id = QUuid::createUuid();
    m.kind = kind;
    m.title = kind;
    m.date = today.addDays(inDays);
    return m;
}

/// Open actions due at 29, 30, 31, 89, 90 and 91 days; a milestone at 30;
/// steering committees at 90 and 91 days; and what is never counted: a done
/// action and a cancelled milestone due soon, an action 3 days late, another
/// kind of meeting in 10 days.
Project deadlines()
{
    Project p;
    p.partnership.title = QStringLiteral("Échéances");
    for (int days : {29, 30, 31, 89, 90, 91})
        p.actions << action(QStringLiteral("Action at %1 days").arg(days), days);
    p.actions << action(QStringLiteral("Milestone"), 30, true);
    p.actions << action(QStringLiteral("Done"), 10, false, QStringLiteral("done"));
    p.actions << action(QStringLiteral("Cancelled"), 12, true, QStringLiteral("cancelled"));
    p.actions << action(QStringLiteral("Late"), -3);
    p.meetings << meeting(QStringLiteral("steering_committee"), 90) << meeting(QStringLiteral("steering_committee"), 91)
               << meeting(QStringLiteral("workshop"), 10);
    return p;
}

PartnershipSummary refusedRow()
{
    PartnershipSummary r;
    r.path = QStringLiteral("/p/refused.alliance");
    r.computedOn = today;
    r.refusal = QStringLiteral("refused");
    r.title = QStringLiteral("Refused");
    r.atRisk = 7;
    r.offTrack = 7;
    r.upcoming = {{DueCount::Kind::Action, today.addDays(1), 9}};
    return r;
}

PartnershipSummary atRiskRow(const QString &title, int atRisk, int offTrack)
{
    PartnershipSummary r;
    r.path = QStringLiteral("/p/%1.alliance").arg(title);
    r.computedOn = today;
    r.title = title;
    r.atRisk = atRisk;
    r.offTrack = offTrack;
    r.onTrack = 1;
    return r;
}

} // namespace

TEST_CASE("Portfolio deadlines: the limit's day is counted, the day after is not, late items never", "[portfolio]")
{
    PartnershipSummary s = summarise(deadlines(), today);
    s.path = QStringLiteral("/p/deadlines.alliance");
    CHECK(s.lateActions == 1);
    for (const DueCount &d : s.upcoming) {
        CHECK(d.date >= today);
        CHECK(today.daysTo(d.date) <= upcomingHorizonDays);
    }
    const QList<PartnershipSummary> rows {s, refusedRow()};

    const QList<DueFigure> soon = dueByPartnership(rows, nearHorizonDays);
    REQUIRE(soon.size() == 1); // the refused file's deadlines are not counted
    CHECK(soon.first().title == QStringLiteral("Échéances"));
    CHECK(soon.first().actions == 2); // 29 and 30 days; not 31
    CHECK(soon.first().milestones == 1);
    CHECK(soon.first().committees == 0);

    const QList<DueFigure> far = dueByPartnership(rows, farHorizonDays);
    REQUIRE(far.size() == 1);
    CHECK(far.first().actions == 5); // 29, 30, 31, 89, 90; not 91
    CHECK(far.first().milestones == 1);
    CHECK(far.first().committees == 1); // 90; not 91

    const QList<DueFigure> weeks = dueByWeek(rows, farHorizonDays);
    REQUIRE(weeks.size() == 13); // days 0-6, 7-13, … 84-90
    CHECK(weeks.first().from == today);
    CHECK(weeks.last().from == today.addDays(84));
    int total = 0;
    for (const DueFigure &w : weeks)
        total += w.total();
    CHECK(total == 7);
    CHECK(weeks.at(4).actions == 3); // 29, 30, 31 days: days 28 to 34
    CHECK(weeks.at(4).milestones == 1);
    CHECK(weeks.at(12).actions == 2); // 89 and 90 days
    CHECK(weeks.at(12).committees == 1);

    const dashboard::ChartData chart = dueSoonChart(rows);
    CHECK(chart.categories == QStringList {QStringLiteral("Échéances")});
    REQUIRE(chart.series.size() == 3);
    CHECK(chart.series.at(0).values == QList<double> {2});
    CHECK(chart.series.at(1).values == QList<double> {1});
    CHECK(dueByWeekChart(rows).categories.size() == 13);
    // Nothing due: the charts say so rather than draw empty bars.
    CHECK(dueSoonChart({refusedRow()}).isEmpty());
    CHECK(dueByWeekChart({refusedRow()}).isEmpty());
}

TEST_CASE("Portfolio at risk: partnerships with indicators at risk or off track, the worst first, refused left out",
          "[portfolio]")
{
    QList<PartnershipSummary> rows {atRiskRow(QStringLiteral("Calm"), 0, 0), atRiskRow(QStringLiteral("Risky"), 3, 0),
                                    atRiskRow(QStringLiteral("Late"), 1, 2), refusedRow()};
    const QList<AtRiskFigure> figures = partnershipsAtRisk(rows);
    REQUIRE(figures.size() == 2);
    CHECK(figures.at(0).title == QStringLiteral("Late"));
    CHECK(figures.at(0).offTrack == 2);
    CHECK(figures.at(0).atRisk == 1);
    CHECK(figures.at(1).title == QStringLiteral("Risky"));
    CHECK(figures.at(1).atRisk == 3);

    // Beyond partnershipBarsAtMost, the others share one bar holding their counts.
    for (int i = 0; i < partnershipBarsAtMost + 3; ++i)
        rows << atRiskRow(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), 1, 0);
    const dashboard::ChartData chart = atRiskChart(rows);
    REQUIRE(chart.categories.size() == partnershipBarsAtMost + 1);
    CHECK(chart.categories.last().contains(QStringLiteral("5"))); // 2 + 18 - 15 others
    double atRisk = 0, offTrack = 0;
    for (double v : chart.series.at(0).values)
        offTrack += v;
    for (double v : chart.series.at(1).values)
        atRisk += v;
    CHECK(offTrack == 2);
    CHECK(atRisk == 3 + 1 + partnershipBarsAtMost + 3);
    CHECK(atRiskChart({refusedRow()}).isEmpty());
    // Counts: an axis whose ticks are whole numbers, up to at least 5.
    CHECK(atRiskChart({atRiskRow(QStringLiteral("One"), 1, 1)}).yMax == 5);
}

TEST_CASE("Portfolio cache: what falls due is kept, checked, and an entry of the older shape is read again",
          "[portfolio]")
{
    PartnershipSummary s = summarise(deadlines(), today);
    s.path = QStringLiteral("/p/deadlines.alliance");
    REQUIRE(s.upcoming.size() >= 3);
    const QJsonObject good = toJson(s);
    REQUIRE(summaryFromJson(good));
    CHECK(*summaryFromJson(good) == s);

    // One list of items ([kind, date, count] each) in place of the summary's.
    const auto withUpcoming = [&](const QList<QJsonArray> &items) {
        QJsonArray list;
        for (const QJsonArray &item : items)
            list.append(item);
        QJsonObject o = good;
        o.insert(QStringLiteral("upcoming"), list);
        return summaryFromJson(o).has_value();
    };
    const auto item = [](const QString &kind, const QDate &date, int count) {
        return QJsonArray {kind, date.toString(Qt::ISODate), count};
    };
    const QString action = QStringLiteral("action");
    const QDate soon = today.addDays(3);
    CHECK(withUpcoming({item(action, soon, 2), item(QStringLiteral("committee"), soon, 1)}));
    CHECK(withUpcoming({item(action, today, 1), item(action, today.addDays(90), 1)}));
    CHECK_FALSE(withUpcoming({item(QStringLiteral("party"), soon, 2)}));
    CHECK_FALSE(withUpcoming({item(action, soon, 0)}));
    CHECK_FALSE(withUpcoming({item(action, today.addDays(91), 1)}));
    CHECK_FALSE(withUpcoming({item(action, today.addDays(-1), 1)}));
    CHECK_FALSE(withUpcoming({item(action, soon, 1), item(action, soon, 1)}));
    CHECK_FALSE(withUpcoming({item(action, soon.addDays(1), 1), item(action, soon, 1)}));
    QJsonObject older = good;
    older.remove(QStringLiteral("upcoming"));
    CHECK_FALSE(summaryFromJson(older)); // a summary of the older shape is not trusted

    // In the cache file: an entry of the older shape, sealed with the right
    // key, is ignored and its file read again.
    auto dir = test::makeTempDir();
    auto cacheDir = test::makeTempDir();
    const QString cachePath = cacheDir->filePath(QStringLiteral("summaries.json"));
    const QString keyPath = cacheDir->filePath(QStringLiteral("cache.key"));
    test::writeExample(dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    test::setModified(dir->filePath(QStringLiteral("a.alliance")), QDateTime::currentDateTime().addSecs(-3600));
    const auto scan = [&](int *ignored) {
        SummaryCache cache(cachePath, keyPath);
        cache.load();
        *ignored = cache.ignoredEntries();
        FolderSource source(dir->path(), &cache);
        ScanControl control;
        control.today = today;
        return source.scan(control);
    };
    int ignored = -1;
    REQUIRE(scan(&ignored).filesRead == 1);
    REQUIRE(scan(&ignored).fromCache == 1);

    QFile keyFile(keyPath);
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
    keyFile.close();
    // Rewrites the one entry with its summary changed by `change`, sealed as the program seals.
    const auto reseal = [&](const std::function<void(QJsonObject &)> &change) {
        QFile cacheFile(cachePath);
        REQUIRE(cacheFile.open(QIODevice::ReadOnly));
        QJsonObject top = QJsonDocument::fromJson(cacheFile.readAll()).object();
        cacheFile.close();
        QJsonArray entries = top.value(QStringLiteral("entries")).toArray();
        REQUIRE(entries.size() == 1);
        QJsonObject entry
            = QJsonDocument::fromJson(entries.at(0).toObject().value(QStringLiteral("entry")).toString().toUtf8())
                  .object();
        QJsonObject summary = entry.value(QStringLiteral("summary")).toObject();
        REQUIRE(summary.contains(QStringLiteral("upcoming")));
        change(summary);
        entry.insert(QStringLiteral("summary"), summary);
        const QByteArray text = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        const QByteArray seal = QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
        entries[0] = QJsonObject {{QStringLiteral("entry"), QString::fromUtf8(text)},
                                  {QStringLiteral("seal"), QString::fromLatin1(seal)}};
        top.insert(QStringLiteral("entries"), entries);
        REQUIRE(cacheFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cacheFile.write(QJsonDocument(top).toJson(QJsonDocument::Compact));
    };
    reseal([](QJsonObject &) {}); // sealed as the program does: still believed
    REQUIRE(scan(&ignored).fromCache == 1);
    REQUIRE(ignored == 0);
    reseal([](QJsonObject &summary) { summary.remove(QStringLiteral("upcoming")); });

    const ScanResult again = scan(&ignored);
    CHECK(ignored == 1);
    CHECK(again.filesRead == 1);
    CHECK(again.fromCache == 0);
    REQUIRE(again.rows.size() == 1);
    CHECK(again.rows.first().title == QStringLiteral("Alpha"));
}

TEST_CASE("Portfolio report: the table of the partnerships shown, the charts, every refused file", "[portfolio]")
{
    QList<PartnershipSummary> shown {atRiskRow(QStringLiteral("<b>x</b> & =1+1"), 1, 0),
                                     atRiskRow(QStringLiteral("Beta"), 0, 0)};
    const QList<PartnershipSummary> all = shown + QList<PartnershipSummary> {refusedRow()};
    const QList<PartnershipSummary> rows = reportRows(shown, all);
    REQUIRE(rows.size() == 3); // the refusal a filter hid is said all the same
    CHECK(reportRows(all, all).size() == 3);

    PortfolioReportOptions options;
    options.language = QStringLiteral("en");
    options.date = today;
    options.source = QStringLiteral("/srv/partnerships");
    options.filter.statusId = QStringLiteral("at_risk");
    const report::Report r = buildPortfolioReport(rows, options);
    CHECK(r.cover.stake.contains(QStringLiteral("/srv/partnerships")));
    REQUIRE(r.sections.size() == 3);
    const report::Section &table = r.sections.at(0);
    const auto tableBlock = std::find_if(table.blocks.cbegin(), table.blocks.cend(), [](const report::Block &b) {
        return b.kind == report::Block::Kind::TableBlock;
    });
    REQUIRE(tableBlock != table.blocks.cend());
    CHECK(tableBlock->table.header.size() == reportColumns().size());
    REQUIRE(tableBlock->table.rows.size() == 2);
    CHECK(tableBlock->table.rows.at(0).at(0) == QStringLiteral("<b>x</b> & =1+1"));
    CHECK(table.blocks.first().kind == report::Block::Kind::Bullets); // the filter is said
    const report::Section &refused = r.sections.at(2);
    REQUIRE(refused.blocks.size() == 2);
    CHECK(refused.blocks.at(1).table.rows
          == QList<QStringList> {{QStringLiteral("refused.alliance"), QStringLiteral("refused")}});
    CHECK(reportCharts(rows, options).size() == 5);
}

TEST_CASE("portfolio --format pdf: refused without a writer, checked options, the writer given what is shown",
          "[portfolio][cli]")
{
    auto dir = test::makeTempDir();
    test::writeExample(dir->path(), QStringLiteral("a.alliance"), QStringLiteral("Alpha"));
    test::writeExample(dir->path(), QStringLiteral("b.alliance"), QStringLiteral("Beta"), QStringLiteral("Gers"));
    QFile bad(dir->filePath(QStringLiteral("c.alliance")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a project");
    bad.close();
    const auto run = [&](const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) {
        QString o, e;
        QTextStream os(&o), es(&e);
        DocumentOptions options;
        const qint64 noon = QDateTime(today, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        options.clock = [noon] { return noon; };
        const int code = cli::run(
            QStringList {QStringLiteral("alliance-pilot"), QStringLiteral("portfolio"), dir->path()} + arguments, os,
            es, options);
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    };
    const QString target = dir->filePath(QStringLiteral("report.pdf"));
    QString err;
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), target}, nullptr, &err)
          == cli::Refused);
    CHECK(err.contains(QStringLiteral("PDF")));
    CHECK(cli::asksForPortfolioPdf({QStringLiteral("alliance-pilot"), QStringLiteral("portfolio"), QStringLiteral("x"),
                                    QStringLiteral("--format"), QStringLiteral("pdf")}));
    CHECK(cli::asksForPortfolioPdf({QStringLiteral("portfolio"), QStringLiteral("x"), QStringLiteral("--format=pdf")}));
    CHECK_FALSE(cli::asksForPortfolioPdf({QStringLiteral("alliance-pilot"), QStringLiteral("portfolio"),
                                          QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("csv")}));
    CHECK_FALSE(cli::asksForPortfolioPdf({QStringLiteral("alliance-pilot"), QStringLiteral("validate"),
                                          QStringLiteral("--format"), QStringLiteral("pdf")}));

    QList<PartnershipSummary> given;
    PortfolioReportOptions givenOptions;
    cli::setPortfolioPdfWriter([&](const QList<PartnershipSummary> &rows, const PortfolioReportOptions &options,
                                   const QString &path, QString *) {
        given = rows;
        givenOptions = options;
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("%PDF") == 4 ? 4 : 0;
    });
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), target,
               QStringLiteral("--lang"), QStringLiteral("de")})
          == cli::Usage);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), target,
               QStringLiteral("--lang"), QStringLiteral("en")})
          == cli::Usage);
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf")}) == cli::Usage); // no -o
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), dir->path()}) != cli::Ok);
    CHECK(given.isEmpty());

    QString out;
    REQUIRE(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), target,
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--territory"), QStringLiteral("Gers")},
                &out)
            == cli::Ok);
    CHECK(out.contains(QStringLiteral("report.pdf")));
    REQUIRE(given.size() == 2); // Beta, then the refused file the filter hid
    CHECK(given.at(0).title == QStringLiteral("Beta"));
    CHECK(given.at(1).refused());
    CHECK(givenOptions.language == QStringLiteral("en"));
    CHECK(givenOptions.date == today);
    CHECK(givenOptions.filter.territory == QStringLiteral("Gers"));
    // The file is written only when new.
    given.clear();
    CHECK(run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), target}) == cli::Refused);
    CHECK(given.isEmpty());
    cli::setPortfolioPdfWriter({});
}
