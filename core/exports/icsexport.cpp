#include "exports/icsexport.h"

#include "document/document.h"
#include "exports/exportsource.h"
#include "exports/outputpath.h"
#include "method/method.h"
#include "model/clock.h"
#include "model/language.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <libical/ical.h>

namespace alliance::exports {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The items that put a date in the calendar, and which of their columns holds it.
struct DateSource
{
    const char *table;
    const char *dateColumn;
};
const DateSource dateSources[] = {
    {"action", "due_date"},
    {"review", "date"},
    {"meeting", "date"},
};

icaltimetype dayOf(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

/// Owns a libical component until it is given to its parent.
struct Component
{
    explicit Component(icalcomponent *c) : c(c) { }
    ~Component()
    {
        if (c)
            icalcomponent_free(c);
    }
    icalcomponent *release()
    {
        icalcomponent *r = c;
        c = nullptr;
        return r;
    }
    icalcomponent *c;
};

int columnIndex(const Sheet &sheet, const QString &name)
{
    for (int i = 0; i < sheet.columns.size(); ++i)
        if (sheet.columns.at(i)->name == name)
            return i;
    return -1;
}

/// What the event says it is: "Milestone", a meeting's kind, else the item's kind.
QString kindOf(const Sheet &sheet, const QList<Cell> &row)
{
    const QString table = sheet.table->name;
    if (table == QLatin1String("action")) {
        const int milestone = columnIndex(sheet, QStringLiteral("milestone"));
        // The yes/no cell reads "yes" in the writing language.
        if (milestone >= 0 && row.at(milestone).text == QCoreApplication::translate("History", "yes"))
            return QCoreApplication::translate("Export", "Milestone");
    }
    if (table == QLatin1String("meeting")) {
        const int kind = columnIndex(sheet, QStringLiteral("kind"));
        if (kind >= 0 && row.at(kind).kind == Cell::Kind::Text)
            return row.at(kind).text;
    }
    return sheet.title;
}

/// True when column `c` is one of those that name the item (its title).
bool namesTheItem(const Sheet &sheet, int c)
{
    for (const QString &naming : sheet.table->naming)
        if (naming.split(QLatin1Char('|')).contains(sheet.columns.at(c)->name))
            return true;
    return false;
}

/// The item's name whole, on one line: its title when it has one.
QString nameOf(const Sheet &sheet, int r, const ItemLabels &labels)
{
    const QList<Cell> &row = sheet.rows.at(r);
    for (int c = 0; c < sheet.columns.size(); ++c)
        if (namesTheItem(sheet, c) && row.at(c).kind == Cell::Kind::Text)
            return itemlabel::oneLine(row.at(c).text, 1000);
    return labels.name(sheet.table->name, sheet.ids.at(r));
}

} // namespace

QString eventUid(const QUuid &id)
{
    return schema::idText(id) + QStringLiteral("@alliance-pilot");
}

std::optional<QByteArray> calendarOf(const Document &doc, const Options &asked, Result *result, QString *error)
{
    Options options = asked;
    options.table.clear();
    options.ids.reset();
    auto source = ExportSource::open(doc, options, error);
    if (!source)
        return std::nullopt;

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.c, icalproperty_new_version("2.0"));
    const QByteArray prodid
        = QStringLiteral("-//Alliance Pilot//Alliance Pilot %1//%2")
              .arg(QStringLiteral(ALLIANCE_VERSION),
                   writingLocale().language() == QLocale::French ? QStringLiteral("FR") : QStringLiteral("EN"))
              .toUtf8();
    icalcomponent_add_property(calendar.c, icalproperty_new_prodid(prodid.constData()));
    icalcomponent_add_property(calendar.c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QByteArray calendarName = source->partnershipTitle().toUtf8();
    icalproperty *name = icalproperty_new_x(calendarName.constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.c, name);
    const icaltimetype stamp
        = icaltime_from_timet_with_zone(time_t(clock::nowMs() / 1000), 0, icaltimezone_get_utc_timezone());

    Result written;
    for (const DateSource &s : dateSources) {
        const schema::Table *table = schema::table(QString::fromLatin1(s.table));
        if (!table)
            continue;
        Sheet sheet;
        if (!source->read(*table, &sheet, error))
            return std::nullopt;
        const int dateColumn = columnIndex(sheet, QString::fromLatin1(s.dateColumn));
        if (dateColumn < 0)
            continue;
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QList<Cell> &row = sheet.rows.at(r);
            const Cell &when = row.at(dateColumn);
            if (when.kind != Cell::Kind::Date)
                continue;
            Component event(icalcomponent_new_vevent());
            const QByteArray uid = eventUid(sheet.ids.at(r)).toUtf8();
            icalcomponent_add_property(event.c, icalproperty_new_uid(uid.constData()));
            icalcomponent_add_property(event.c, icalproperty_new_dtstamp(stamp));
            // All day: the date alone, ending the next day (RFC 5545, 3.6.1).
            icalcomponent_add_property(event.c, icalproperty_new_dtstart(dayOf(when.date)));
            icalcomponent_add_property(event.c, icalproperty_new_dtend(dayOf(when.date.addDays(1))));
            icalcomponent_add_property(event.c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
            const QString itemName = nameOf(sheet, r, source->labels());
            const QByteArray summary
                = QCoreApplication::translate("Export", "%1: %2", "a calendar event: its kind, its name")
                      .arg(kindOf(sheet, row), itemName)
                      .toUtf8();
            icalcomponent_add_property(event.c, icalproperty_new_summary(summary.constData()));
            // The description: every other field that says something, one per line.
            QStringList lines;
            for (int c = 0; c < sheet.columns.size(); ++c)
                if (c != dateColumn && !namesTheItem(sheet, c) && row.at(c).kind != Cell::Kind::Empty)
                    lines.append(QCoreApplication::translate("Export", "%1: %2", "a field and its value")
                                     .arg(sheet.headers.at(c), row.at(c).shown()));
            if (!lines.isEmpty()) {
                const QByteArray description = lines.join(QLatin1Char('\n')).toUtf8();
                icalcomponent_add_property(event.c, icalproperty_new_description(description.constData()));
            }
            const QByteArray category = sheet.title.toUtf8();
            icalcomponent_add_property(event.c, icalproperty_new_categories(category.constData()));
            icalcomponent_add_component(calendar.c, event.release());
            ++written.rows;
        }
    }
    written.tables = 1;
    char *text = icalcomponent_as_ical_string_r(calendar.c);
    if (!text) {
        fail(error,
             QCoreApplication::translate("Export", "The calendar could not be written: %1")
                 .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
        return std::nullopt;
    }
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    if (result)
        *result = written;
    return bytes;
}

std::optional<Result> writeIcs(const Document &doc, const QString &path, const Options &options, QString *error)
{
    if (const QString refusal = refusalToWrite(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    Result result;
    const auto bytes = calendarOf(doc, options, &result, error);
    if (!bytes)
        return std::nullopt;
    // QSaveFile renames over the target: look again just before.
    if (const QString refusal = refusalToWrite(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        fail(error,
             QCoreApplication::translate("Export", "“%1” could not be written: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return result;
}

} // namespace alliance::exports
