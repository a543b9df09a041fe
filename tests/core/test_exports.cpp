// Exports a user opens elsewhere: the workbook read back by LibreOffice Calc
// (headless), the CSV folder, the calendar parsed back by libical, and the
// export verb's refusals. Tests tagged [libreoffice] start soffice once each.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "exports/csvexport.h"
#include "exports/icsexport.h"
#include "exports/xlsxexport.h"
#include "interchangesupport.h"
#include "method/method.h"
#include "model/language.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <libical/ical.h>

using namespace alliance;

namespace {

const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
const QString plusOne = QStringLiteral("+1");
const QString atSum = QStringLiteral("@SUM(1)");
const QString minusSum = QStringLiteral("-2+3");

struct Folder
{
    std::unique_ptr<QTemporaryDir> dir = test::makeTempDir();
    std::unique_ptr<QTemporaryDir> workingDir = test::makeTempDir();
    QString working = workingDir->path();
    QString path(const char *name) const { return dir->filePath(QString::fromLatin1(name)); }
    test::CliResult run(const QStringList &arguments) const { return test::runVerb(arguments, working); }
};

QString exampleIn(const Folder &f)
{
    const QString path = f.path("exemple.alliance");
    const test::CliResult r = f.run({QStringLiteral("new"), QStringLiteral("--example"), path});
    INFO(test::str(r.err));
    REQUIRE(r.code == 0);
    return path;
}

std::unique_ptr<Document> openIn(const Folder &f, const QString &path)
{
    CheckResult check;
    auto doc = Document::open(path, test::testAuthor(), test::optionsIn(f.working), &check);
    INFO(test::str(check.message));
    REQUIRE(doc);
    return doc;
}

exports::Options english()
{
    exports::Options o;
    o.language = Language::load(QStringLiteral("en"));
    return o;
}

/// Puts texts that a spreadsheet would run into the example: a partner's
/// name, action titles and notes, a contribution's description.
void addHostileTexts(Document &doc)
{
    const Project &p = doc.project();
    REQUIRE(p.actions.size() >= 2);
    REQUIRE_FALSE(p.contributions.isEmpty());
    QUuid organisation;
    for (const auto &o : p.organisations)
        if (!o.isPrivate)
            organisation = o.id;
    ChangeSet hostile(QStringLiteral("Hostile"));
    hostile.set(QStringLiteral("organisation"), organisation, QStringLiteral("name"), hyperlink)
        .set(QStringLiteral("action"), p.actions.at(0).id, QStringLiteral("title"), plusOne)
        .set(QStringLiteral("action"), p.actions.at(1).id, QStringLiteral("title"), atSum)
        .set(QStringLiteral("contribution"), p.contributions.at(0).id, QStringLiteral("description"), minusSum)
        .set(QStringLiteral("contribution"), p.contributions.at(0).id, QStringLiteral("quantity"), -2.5);
    QString error;
    INFO(test::str(error));
    REQUIRE(doc.apply(hostile, &error));
}

/// RFC 4180 records of `bytes` (a UTF-8 byte order mark skipped).
QList<QStringList> csvRecords(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field), field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field), field.clear();
            records.append(record), record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field);
    return records;
}

/// The column `header` of `records` (the first record is the header line).
QStringList columnOf(const QList<QStringList> &records, const QString &header)
{
    REQUIRE_FALSE(records.isEmpty());
    const qsizetype c = records.first().indexOf(header);
    INFO(test::str(records.first().join(QLatin1Char('|'))) << " lacks " << test::str(header));
    REQUIRE(c >= 0);
    QStringList values;
    for (qsizetype r = 1; r < records.size(); ++r)
        values.append(records.at(r).value(c));
    return values;
}

/// Converts every sheet of each workbook to CSV with LibreOffice Calc, in
/// one start of soffice (its own profile, so parallel runs never clash):
/// OUT/<workbook>-<sheet>.csv, cells as shown.
void convertWithLibreOffice(const QStringList &workbooks, const QString &out)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Calc is needed (packaging/install-deps.sh installs libreoffice-calc-nogui)");
    REQUIRE_FALSE(soffice.isEmpty());
    const auto profile = test::makeTempDir();
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    // Comma, quote, UTF-8, from line 1, cells as shown, every sheet (-1).
    lo.start(soffice,
             QStringList {QStringLiteral("-env:UserInstallation=file://%1").arg(profile->path()),
                          QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                          QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,"
                                         "false,false,-1"),
                          QStringLiteral("--outdir"), out}
                 + workbooks);
    REQUIRE(lo.waitForFinished(120000));
    INFO(lo.readAll().toStdString());
    REQUIRE(lo.exitCode() == 0);
}

QList<QStringList> sheetOf(const QString &folder, const QString &workbook, const QString &sheet)
{
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.csv").arg(workbook, sheet));
    INFO(test::str(path) << " in " << test::str(QDir(folder).entryList().join(QLatin1Char(' '))));
    REQUIRE(QFileInfo::exists(path));
    return csvRecords(test::readBytes(path));
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

TEST_CASE("A workbook read back by LibreOffice Calc gives the project's values, and texts that look like formulas stay "
          "texts",
          "[exports][xlsx][libreoffice]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QByteArray before = test::sha256(project);
    auto doc = openIn(f, project);
    QString error;
    const auto plain = exports::writeXlsx(*doc, f.path("plain.xlsx"), english(), &error);
    INFO(test::str(error));
    REQUIRE(plain);
    addHostileTexts(*doc);
    REQUIRE(exports::writeXlsx(*doc, f.path("hostile.xlsx"), english(), &error));
    CHECK(test::sha256(project) == before); // an export only reads
    const QString out = f.path("csv");
    REQUIRE(QDir().mkpath(out));
    convertWithLibreOffice({f.path("plain.xlsx"), f.path("hostile.xlsx")}, out);

    const auto unchanged = openIn(f, project);
    const Project &p = unchanged->project();
    // Names: every partner that is not private, and none that is.
    const QStringList names
        = columnOf(sheetOf(out, QStringLiteral("plain"), QStringLiteral("Organisation")), QStringLiteral("Name"));
    int privateOnes = 0;
    for (const auto &o : p.organisations) {
        CHECK(names.contains(o.name) != o.isPrivate);
        privateOnes += o.isPrivate;
    }
    CHECK(names.size() == p.organisations.size() - privateOnes);
    CHECK_FALSE(columnOf(sheetOf(out, QStringLiteral("plain"), QStringLiteral("Contact")), QStringLiteral("Name"))
                    .contains(QStringLiteral("Bernard Castaing"))); // the example's private contact
    // Numbers and dates: every measurement, with its indicator's name, its date and its value.
    const auto measurements = sheetOf(out, QStringLiteral("plain"), QStringLiteral("Measurement"));
    QSet<QString> rows;
    for (qsizetype r = 1; r < measurements.size(); ++r)
        rows.insert(measurements.at(r).mid(0, 3).join(QLatin1Char('|')));
    REQUIRE_FALSE(p.measurements.isEmpty());
    CHECK(rows.size() == p.measurements.size());
    for (const auto &m : p.measurements) {
        QString indicator;
        for (const auto &i : p.indicators)
            if (i.id == m.indicatorId)
                indicator = i.name;
        const QString row
            = QStringList {indicator, m.date.toString(Qt::ISODate), number(m.value)}.join(QLatin1Char('|'));
        INFO(test::str(row));
        CHECK(rows.contains(row));
    }
    // Actions: title, due date as a date, status and owner as people read them.
    const auto actions = sheetOf(out, QStringLiteral("plain"), QStringLiteral("Action"));
    const QStringList titles = columnOf(actions, QStringLiteral("Title"));
    const QStringList due = columnOf(actions, QStringLiteral("Due date"));
    const QStringList status = columnOf(actions, QStringLiteral("Status"));
    CHECK(titles.size() == p.actions.size());
    for (const auto &a : p.actions) {
        const qsizetype r = titles.indexOf(a.title);
        INFO(test::str(a.title));
        REQUIRE(r >= 0);
        CHECK(due.at(r) == a.dueDate.toString(Qt::ISODate));
        CHECK(status.at(r) == method::choiceLabel(method::actionStatuses(), a.status));
    }
    const auto contributions = sheetOf(out, QStringLiteral("plain"), QStringLiteral("Contribution"));
    const QStringList quantities = columnOf(contributions, QStringLiteral("Quantity"));
    for (const auto &c : p.contributions)
        CHECK(quantities.contains(number(c.quantity)));

    // The hostile workbook: each text comes back as it was typed, never run.
    const QStringList hostileNames
        = columnOf(sheetOf(out, QStringLiteral("hostile"), QStringLiteral("Organisation")), QStringLiteral("Name"));
    CHECK(hostileNames.contains(hyperlink));
    CHECK_FALSE(hostileNames.contains(QStringLiteral("click")));
    const QStringList hostileTitles
        = columnOf(sheetOf(out, QStringLiteral("hostile"), QStringLiteral("Action")), QStringLiteral("Title"));
    CHECK(hostileTitles.contains(plusOne));
    CHECK(hostileTitles.contains(atSum));
    const auto hostileContributions = sheetOf(out, QStringLiteral("hostile"), QStringLiteral("Contribution"));
    CHECK(columnOf(hostileContributions, QStringLiteral("Description")).contains(minusSum));
    CHECK(columnOf(hostileContributions, QStringLiteral("Quantity")).contains(QStringLiteral("-2.5"))); // a number
    // A reference to the renamed partner is its name, as text too.
    CHECK(columnOf(sheetOf(out, QStringLiteral("hostile"), QStringLiteral("Contact")), QStringLiteral("Organisation"))
              .contains(hyperlink));
}

TEST_CASE("Sheet names fit Excel: at most 31 characters, none it refuses, unique whatever the case", "[exports][xlsx]")
{
    const QStringList names = exports::sheetNames(
        {QStringLiteral("Point de la liste de contrôle et de suivi des étapes"), QStringLiteral("Note"),
         QStringLiteral("note"), QStringLiteral("a/b:c*d?[e]\\f"), QStringLiteral("'quoted'"), QString(),
         QStringLiteral("History"), QStringLiteral("Point de la liste de contrôle et de suivi des étapes")});
    REQUIRE(names.size() == 8);
    CHECK(names.at(0) == QStringLiteral("Point de la liste de contrôle e"));
    CHECK(names.at(1) == QStringLiteral("Note"));
    CHECK(names.at(2) == QStringLiteral("note (2)"));
    CHECK(names.at(3) == QStringLiteral("a b c d e f"));
    CHECK(names.at(4) == QStringLiteral("quoted"));
    CHECK(names.at(5) == QStringLiteral("Sheet"));
    CHECK(names.at(6) == QStringLiteral("History (2)")); // Excel keeps "History" for itself
    CHECK(names.at(7) == QStringLiteral("Point de la liste de contrô (2)"));
    QSet<QString> lower;
    for (const QString &n : names) {
        CHECK(n.size() <= exports::maxSheetName);
        lower.insert(n.toLower());
    }
    CHECK(lower.size() == names.size());
}

TEST_CASE("CSV: one UTF-8 file per table, RFC 4180, texts that look like formulas prefixed, deleted rows left out",
          "[exports][csv]")
{
    Folder f;
    const QString project = exampleIn(f);
    auto doc = openIn(f, project);
    addHostileTexts(*doc);
    const Action gone = doc->project().actions.at(2);
    QString error;
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Delete")).remove(QStringLiteral("action"), gone.id), &error));
    const QString folder = f.path("tables");
    const auto written = exports::writeCsvFolder(*doc, folder, english(), &error);
    INFO(test::str(error));
    REQUIRE(written);
    INFO(test::str(test::folderEntries(f.dir->path()).join(QLatin1Char(' '))));
    // The open project's lock, the project, the folder: no temporary left beside it.
    CHECK(test::folderEntries(f.dir->path())
          == (QStringList {QStringLiteral(".~exemple.alliance#"), QStringLiteral("exemple.alliance"),
                           QStringLiteral("tables")}));
    const QStringList files = test::folderEntries(folder);
    CHECK(files.size() == written->tables);
    CHECK(files.contains(QStringLiteral("Action.csv")));
    CHECK(files.contains(QStringLiteral("Measurement.csv")));
    const QByteArray bytes = test::readBytes(QDir(folder).filePath(QStringLiteral("Action.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const auto actions = csvRecords(bytes);
    const QStringList titles = columnOf(actions, QStringLiteral("Title"));
    CHECK(titles.contains(QLatin1Char('\'') + plusOne));
    CHECK(titles.contains(QLatin1Char('\'') + atSum));
    CHECK_FALSE(titles.contains(gone.title));
    CHECK(titles.size() == doc->project().actions.size());
    const auto organisations = csvRecords(test::readBytes(QDir(folder).filePath(QStringLiteral("Organisation.csv"))));
    CHECK(columnOf(organisations, QStringLiteral("Name")).contains(QLatin1Char('\'') + hyperlink));
    const auto contributions = csvRecords(test::readBytes(QDir(folder).filePath(QStringLiteral("Contribution.csv"))));
    CHECK(columnOf(contributions, QStringLiteral("Description")).contains(QLatin1Char('\'') + minusSum));
    CHECK(columnOf(contributions, QStringLiteral("Quantity")).contains(QStringLiteral("-2.5")));
    // Every record has as many fields as the header.
    for (const auto &record : actions)
        CHECK(record.size() == actions.first().size());
    CHECK(exports::csvField(QStringLiteral("a \"quoted\", text")) == QByteArray("\"a \"\"quoted\"\", text\""));
    CHECK(exports::csvField(QStringLiteral("\t=1+1")) == QByteArray("'\t=1+1"));
}

TEST_CASE("A calendar parses back with libical: every dated action, review and meeting, all day, with a stable UID",
          "[exports][ics]")
{
    Folder f;
    const QString project = exampleIn(f);
    auto doc = openIn(f, project);
    QString error;
    exports::Result result;
    const auto first = exports::calendarOf(*doc, english(), &result, &error);
    INFO(test::str(error));
    REQUIRE(first);
    const auto second = exports::calendarOf(*doc, english(), nullptr, &error);
    REQUIRE(second);

    // What the calendar should hold, from the project.
    const Project &p = doc->project();
    QMap<QString, QDate> expected; // uid -> date
    for (const auto &a : p.actions)
        if (a.dueDate.isValid())
            expected.insert(exports::eventUid(a.id), a.dueDate);
    for (const auto &r : p.reviews)
        if (r.date.isValid())
            expected.insert(exports::eventUid(r.id), r.date);
    for (const auto &m : p.meetings)
        if (m.date.isValid())
            expected.insert(exports::eventUid(m.id), m.date);
    REQUIRE(expected.size() > 10);
    CHECK(result.rows == expected.size());

    auto events = [](const QByteArray &ics) {
        QMap<QString, QDate> found;
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        REQUIRE(calendar);
        CHECK(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const icaltimetype start = icalcomponent_get_dtstart(e);
            CHECK(start.is_date == 1); // all day
            CHECK(icaltime_compare(icalcomponent_get_dtend(e), icaltime_add(start, icaldurationtype_from_int(86400)))
                  == 0);
            CHECK(QString::fromUtf8(icalcomponent_get_summary(e)).size() > 3);
            found.insert(QString::fromUtf8(icalcomponent_get_uid(e)), QDate(start.year, start.month, start.day));
        }
        icalcomponent_free(calendar);
        return found;
    };
    const auto firstEvents = events(*first);
    CHECK(firstEvents == expected);
    CHECK(events(*second).keys() == firstEvents.keys()); // importing again updates the same events
    // A title with a comma, a semicolon and a line break survives libical's escaping.
    const QString tricky = QStringLiteral("Réunion; budget, «\u00a0bilan\u00a0»\nsuite");
    REQUIRE(doc->apply(ChangeSet(QStringLiteral("Rename"))
                           .set(QStringLiteral("meeting"), p.meetings.first().id, QStringLiteral("title"), tricky),
                       &error));
    const auto renamed = exports::calendarOf(*doc, english(), nullptr, &error);
    REQUIRE(renamed);
    icalcomponent *calendar = icalparser_parse_string(renamed->constData());
    REQUIRE(calendar);
    bool seen = false;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        if (QString::fromUtf8(icalcomponent_get_uid(e)) == exports::eventUid(p.meetings.first().id)) {
            seen = true;
            CHECK(QString::fromUtf8(icalcomponent_get_summary(e))
                      .endsWith(QStringLiteral(": Réunion; budget, «\u00a0bilan\u00a0» suite")));
        }
    icalcomponent_free(calendar);
    CHECK(seen);
}

TEST_CASE("export --format xlsx|csv|ics refuses the project file and an existing output, and writes a new one",
          "[exports][cli]")
{
    Folder f;
    const QString project = exampleIn(f);
    const QByteArray before = test::sha256(project);
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("ics")}) {
        INFO(test::str(format));
        // Over the project file itself, by its own name.
        const test::CliResult self = f.run(
            {QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), project});
        CHECK(self.code == 1);
        CHECK_FALSE(self.err.isEmpty());
        CHECK(test::sha256(project) == before);
        // Over an existing file or folder.
        const QString existing = f.dir->filePath(QStringLiteral("existing.") + format);
        REQUIRE(test::writeBytes(existing, "mine"));
        const test::CliResult taken = f.run(
            {QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), existing});
        CHECK(taken.code == 1);
        CHECK(taken.err.contains(QStringLiteral("already exists")));
        CHECK(test::readBytes(existing) == "mine");
        // A new one.
        const QString target = f.dir->filePath(QStringLiteral("new.") + format);
        const test::CliResult written
            = f.run({QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"),
                     target, QStringLiteral("--lang"), QStringLiteral("en")});
        INFO(test::str(written.err));
        CHECK(written.code == 0);
        CHECK(written.out.startsWith(QStringLiteral("Wrote %1: ").arg(target)));
        CHECK(written.out.contains(QStringLiteral("without private items")));
        CHECK(QFileInfo::exists(target));
    }
    CHECK(test::sha256(project) == before);
    const test::CliResult unknown = f.run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                           QStringLiteral("ods"), QStringLiteral("-o"), f.path("x.ods")});
    CHECK(unknown.code == 2);
    const test::CliResult badLang
        = f.run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("-o"), f.path("x.xlsx"), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(badLang.code == 2);
    CHECK_FALSE(QFileInfo::exists(f.path("x.xlsx")));
}
