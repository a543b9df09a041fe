// `alliance-pilot portfolio` as a user runs it: what reaches the terminal,
// the CSV file and the workbook, with a hostile title among the partnerships.
#include <catch2/catch.hpp>

#include "cli/cli.h"
#include "portfoliosupport.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace alliance;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run portfolio(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    DocumentOptions options;
    const qint64 noon = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    options.clock = [noon] { return noon; };
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot"), QStringLiteral("portfolio")} + arguments, out, err,
                      options);
    return r;
}

const QString hostileTitle = QStringLiteral("=HYPERLINK(\"http://example.com\")\x1b[2J");

/// A folder with a partnership titled like a formula and a terminal
/// sequence, another in the Gers, and a file that is no project.
const QString &folder()
{
    static auto dir = test::makeTempDir();
    static const QString path = [] {
        test::writeExample(dir->path(), QStringLiteral("a.alliance"), hostileTitle);
        test::writeExample(dir->path(), QStringLiteral("b.alliance"), QStringLiteral("Ordinary"),
                           QStringLiteral("Gers"));
        QFile bad(dir->filePath(QStringLiteral("c.alliance")));
        REQUIRE(bad.open(QIODevice::WriteOnly));
        bad.write("nothing");
        return dir->path();
    }();
    return path;
}

/// The verb's last line, as this build writes it (core tests carry no translation).
QString countLine(int listed, int refused)
{
    return QCoreApplication::translate("Cli", "%n partnership(s) listed", nullptr, listed)
        + QCoreApplication::translate("Cli", ", %n refused", nullptr, refused) + QLatin1Char('.');
}

} // namespace

TEST_CASE("portfolio prints every partnership, terminal-safe, and lists refused files", "[portfolio][cli]")
{
    const Run r = portfolio({folder()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK(r.out.contains(QStringLiteral("=HYPERLINK(\"http://example.com\") [2J")));
    CHECK(r.out.contains(QStringLiteral("Ordinary")));
    CHECK(r.out.contains(QStringLiteral("c.alliance")));
    CHECK(r.out.contains(countLine(3, 1)));

    const Run gers = portfolio({folder(), QStringLiteral("--territory"), QStringLiteral("gers")});
    CHECK(gers.out.contains(QStringLiteral("Ordinary")));
    CHECK_FALSE(gers.out.contains(QStringLiteral("HYPERLINK")));
    CHECK(gers.out.contains(countLine(1, 0)));

    const Run refused = portfolio({folder(), QStringLiteral("--status"), QStringLiteral("refused")});
    CHECK(refused.out.contains(countLine(1, 1)));
}

TEST_CASE("portfolio writes a CSV file no spreadsheet runs, and a workbook of plain strings", "[portfolio][cli]")
{
    auto out = test::makeTempDir();
    const QString csv = out->filePath(QStringLiteral("portfolio.csv"));
    REQUIRE(portfolio({folder(), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv}).code
            == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    CHECK(content.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.com\"\")")));
    CHECK_FALSE(content.contains(QChar(0x1b)));
    // A new file only: an existing one is left as it is.
    CHECK(portfolio({folder(), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv}).code
          == cli::Refused);

    const QString xlsx = out->filePath(QStringLiteral("portfolio.xlsx"));
    REQUIRE(portfolio({folder(), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx}).code
            == 0);
    const XlsxReadResult read = readXlsx(xlsx);
    REQUIRE(read.ok());
    const XlsxSheet *sheet = read.workbook.sheet(QStringLiteral("Portfolio"));
    REQUIRE(sheet);
    CHECK(sheet->lastRow() == 4);
    bool found = false;
    for (const XlsxCell &cell : sheet->cells)
        if (cell.text.startsWith(QStringLiteral("=HYPERLINK"))) {
            found = true;
            CHECK(cell.kind == XlsxCellKind::Text);
            CHECK_FALSE(cell.text.contains(QChar(0x1b)));
        }
    CHECK(found);
}

TEST_CASE("portfolio refuses a wrong format, status, step or column with its usage", "[portfolio][cli]")
{
    CHECK(portfolio({folder(), QStringLiteral("--format"), QStringLiteral("odt")}).code == cli::Usage);
    CHECK(portfolio({folder(), QStringLiteral("--format"), QStringLiteral("csv")}).code == cli::Usage);
    CHECK(portfolio({folder(), QStringLiteral("--status"), QStringLiteral("late")}).code == cli::Usage);
    CHECK(portfolio({folder(), QStringLiteral("--step"), QStringLiteral("9")}).code == cli::Usage);
    CHECK(portfolio({folder(), QStringLiteral("--sort"), QStringLiteral("colour")}).code == cli::Usage);
    const Run missing = portfolio({folder() + QStringLiteral("/nowhere")});
    CHECK(missing.code == cli::Refused);
    CHECK(missing.err.contains(QStringLiteral("nowhere")));
}
