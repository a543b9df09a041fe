#include "journal/itemlabel.h"

#include "document/document.h"
#include "method/method.h"
#include "model/figures.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace alliance {

namespace {

/// A label the schema marks with QT_TRANSLATE_NOOP("History", ...), translated.
QString translated(const char *text)
{
    return QCoreApplication::translate("History", text);
}

const schema::Column *columnOf(const QString &table, const QString &field)
{
    const schema::Table *t = schema::table(table);
    return t ? t->column(field) : nullptr;
}

/// A text value whole, for reading rather than for a terminal: line breaks
/// and tabs kept, other control characters dropped.
QString wholeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.category() != QChar::Other_Control)
            out += c;
    return out.trimmed();
}

} // namespace

QueryRows queryRowsOf(SqliteDb &db)
{
    return [&db](const QString &sql, const QVariantList &args) {
        bool ok = true;
        const QList<QVariantList> rows = db.rows(sql, args, &ok);
        return ok ? rows : QList<QVariantList>();
    };
}

QueryRows queryRowsOf(const Document &document)
{
    // A connection of its own that only reads: labels never write.
    const std::shared_ptr<SqliteDb> reader(document.openReader());
    return [reader](const QString &sql, const QVariantList &args) {
        bool ok = reader != nullptr;
        const QList<QVariantList> rows = ok ? reader->rows(sql, args, &ok) : QList<QVariantList>();
        return ok ? rows : QList<QVariantList>();
    };
}

namespace itemlabel {

QString tableLabel(const QString &table)
{
    const schema::Table *t = schema::table(table);
    return t && t->noun ? translated(t->noun) : oneLine(table, 40);
}

QString fieldLabel(const QString &table, const QString &field)
{
    if (field == QLatin1String("deleted"))
        return QCoreApplication::translate("History", "Deleted");
    const schema::Column *c = columnOf(table, field);
    return c && c->label ? translated(c->label) : oneLine(field, 40);
}

QString stepOf(const QString &table, const QString &field, const QString &stepIdOfItem)
{
    const schema::Table *t = schema::table(table);
    if (!t)
        return {};
    if (const schema::Column *c = t->column(field); c && !c->step.isEmpty())
        return c->step;
    if (t->column(QStringLiteral("step_id")) && method::findStep(stepIdOfItem))
        return stepIdOfItem;
    return t->step;
}

QString oneLine(const QString &text, int maxLength)
{
    QString line;
    line.reserve(qMin(text.size(), qsizetype(maxLength) + 1));
    bool space = false;
    for (const QChar c : text) {
        // Control characters (escape sequences, line breaks) could fake lines on a terminal.
        // A non-breaking space stays: French puts one before « : » and inside « ».
        const bool nonBreaking = c == QChar::Nbsp || c.unicode() == 0x202F;
        const bool blank = (c.isSpace() && !nonBreaking) || c.category() == QChar::Other_Control
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        if (blank) {
            space = !line.isEmpty();
            continue;
        }
        if (space)
            line += QLatin1Char(' ');
        space = false;
        line += c;
        if (line.size() > maxLength)
            break;
    }
    if (line.size() > maxLength)
        line = line.left(qMax(0, maxLength - 1)).trimmed() + QChar(0x2026);
    return line;
}

} // namespace itemlabel

ItemLabels::ItemLabels(QueryRows query, Reading reading) : m_query(std::move(query)), m_reading(reading) { }

ItemLabels::ItemLabels(const Document &document) : m_document(&document) { }

void ItemLabels::clear()
{
    m_rows.clear();
    m_wholeTables.clear();
    m_unsaved.clear();
}

void ItemLabels::addUnsaved(const QString &table, const QUuid &id, const QVariantMap &fields)
{
    QVariantMap &row = m_unsaved[table][schema::idText(id)];
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        row.insert(it.key(), it.value());
    // A required choice left at its first value is not journalled (a new row starts there):
    // without it, a need's answer would be named without its need.
    if (const schema::Table *t = schema::table(table))
        for (const auto &c : t->columns)
            if (c.type == schema::ColumnType::Choice && !c.optional && !row.contains(c.name) && !c.choices().isEmpty())
                row.insert(c.name, c.choices().first().id);
}

QStringList ItemLabels::columnsOf(const QString &table, bool laterColumns) const
{
    QStringList columns {QStringLiteral("id"), QStringLiteral("deleted")};
    if (const schema::Table *t = schema::table(table))
        for (const auto &c : t->columns)
            if (laterColumns || c.sinceVersion == 1)
                columns << c.name;
    return columns;
}

QList<QVariantList> ItemLabels::read(const QueryRows &query, const QString &table, const QString &where,
                                     const QVariantList &args, QStringList *columns) const
{
    // Only known tables and columns reach SQL: names are spliced into it.
    const schema::Table *t = schema::table(table);
    if (!t)
        return {};
    *columns = columnsOf(table, true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3");
    auto rows = query(sql.arg(columns->join(QStringLiteral(", ")), table, where), args);
    if (rows.isEmpty() && t->sinceVersion == 1) {
        // An older file may lack a later column: read what it has.
        *columns = columnsOf(table, false);
        rows = query(sql.arg(columns->join(QStringLiteral(", ")), table, where), args);
    }
    return rows;
}

const QHash<QString, QVariantMap> &ItemLabels::rowsOf(const QString &table) const
{
    auto found = m_rows.constFind(table);
    if (found != m_rows.constEnd())
        return *found;
    QHash<QString, QVariantMap> byId;
    QStringList columns;
    const auto rows = read(m_query, table, QString(), {}, &columns);
    for (const QVariantList &row : rows) {
        QVariantMap fields;
        for (int i = 1; i < columns.size() && i < row.size(); ++i)
            fields.insert(columns.at(i), row.at(i));
        byId.insert(row.value(0).toString(), fields);
    }
    return *m_rows.insert(table, byId);
}

void ItemLabels::preload(const QString &table, const QList<QUuid> &ids) const
{
    if ((!m_document && m_reading == Reading::WholeTables) || m_wholeTables.contains(table) || !schema::table(table))
        return;
    auto &cached = m_rows[table];
    QStringList pending;
    QSet<QString> seen;
    for (const QUuid &id : ids) {
        const QString text = schema::idText(id);
        if (!cached.contains(text) && !seen.contains(text)) {
            seen.insert(text);
            pending << text;
        }
    }
    if (pending.isEmpty())
        return;
    const QueryRows query = m_document ? queryRowsOf(*m_document) : m_query;
    const int perQuery = 90; // a hardened connection binds at most 100 values
    for (qsizetype first = 0; first < pending.size(); first += perQuery) {
        const QStringList some = pending.mid(first, perQuery);
        QVariantList args;
        for (const QString &id : some)
            args << id;
        QStringList marks(some.size(), QStringLiteral("?"));
        QStringList columns;
        const auto rows
            = read(query, table, QStringLiteral(" WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), args, &columns);
        // Items the file lacks are left out: they are looked for again, and found missing, when named.
        for (const QVariantList &row : rows) {
            QVariantMap fields;
            for (int i = 1; i < columns.size() && i < row.size(); ++i)
                fields.insert(columns.at(i), row.at(i));
            cached.insert(row.value(0).toString(), fields);
        }
    }
}

QVariant ItemLabels::storedField(const QString &table, const QString &id, const QString &name) const
{
    if (!m_document)
        return storedRow(table, id).value(name);
    // One field at a time, as names need them: most items are named by one or two.
    QVariantMap &row = m_rows[table][id];
    auto found = row.constFind(name);
    if (found == row.constEnd())
        found = row.insert(name, m_document->value(table, QUuid::fromString(id), name));
    return *found;
}

bool ItemLabels::isStored(const QString &table, const QString &id) const
{
    // Every row has its "deleted" flag: none means the file lacks the item.
    return storedField(table, id, QStringLiteral("deleted")).isValid();
}

QVariant ItemLabels::field(const QString &table, const QString &id, const QString &name) const
{
    return isStored(table, id) ? storedField(table, id, name) : m_unsaved.value(table).value(id).value(name);
}

bool ItemLabels::isPrivate(const QString &table, const QString &id, int depth) const
{
    const schema::Table *t = schema::table(table);
    if (!t || depth > 2)
        return false;
    if (t->hasPrivateFlag() && field(table, id, QStringLiteral("private")).toLongLong() != 0)
        return true;
    // An item that hangs on a private one (a contact of a private organisation) is private too.
    for (const auto &c : t->columns)
        if (c.type == schema::ColumnType::Reference && !c.clearedWhenGone && c.refTable != table) {
            const QString target = field(table, id, c.name).toString();
            if (!target.isEmpty() && isPrivate(c.refTable, target, depth + 1))
                return true;
        }
    return false;
}

QVariantMap ItemLabels::storedRow(const QString &table, const QString &id) const
{
    if (m_reading == Reading::WholeTables || m_wholeTables.contains(table))
        return rowsOf(table).value(id);
    auto &cached = m_rows[table];
    const auto found = cached.constFind(id);
    if (found != cached.constEnd())
        return *found;
    if (cached.size() >= 200) {
        // Naming many items of one table (a filter over every item): one read is cheaper.
        m_rows.remove(table);
        m_wholeTables.insert(table);
        return rowsOf(table).value(id);
    }
    QStringList columns;
    const auto rows = read(m_query, table, QStringLiteral(" WHERE id = ?"), {id}, &columns);
    QVariantMap fields; // empty: the file lacks the item (remembered too)
    if (!rows.isEmpty())
        for (int i = 1; i < columns.size() && i < rows.first().size(); ++i)
            fields.insert(columns.at(i), rows.first().at(i));
    cached.insert(id, fields);
    return fields;
}

QString ItemLabels::name(const QString &table, const QUuid &id) const
{
    return nameOf(table, schema::idText(id), 0);
}

QString ItemLabels::nameOf(const QString &table, const QString &id, int depth) const
{
    const schema::Table *t = schema::table(table);
    if (!t || (!isStored(table, id) && !m_unsaved.value(table).contains(id)))
        return {};
    if (m_hidePrivate && isPrivate(table, id, 0))
        return {};
    QStringList parts;
    for (const QString &naming : t->naming)
        // "a|b": the first that says something.
        for (const QString &column : naming.split(QLatin1Char('|'))) {
            const QVariant value = field(table, id, column);
            if (value.toString().trimmed().isEmpty())
                continue;
            const schema::Column *c = t->column(column);
            // A name refers to one level of other items: a score names its review, not the review's own.
            if (c && c->display == schema::Display::Reference && depth >= 1)
                continue;
            const QString shown
                = c && c->display == schema::Display::Text ? value.toString() : shownValue(table, column, value, depth);
            if (!shown.trimmed().isEmpty()) {
                parts << itemlabel::oneLine(shown, 50);
                break;
            }
        }
    const QString name = itemlabel::oneLine(parts.join(QStringLiteral(" – ")), 70);
    return name.isEmpty() ? QCoreApplication::translate("History", "(untitled)") : name;
}

QString ItemLabels::label(const QString &table, const QUuid &id) const
{
    const QString kind = itemlabel::tableLabel(table);
    const QString idText = schema::idText(id);
    const QString own = nameOf(table, idText, 0);
    if (own.isEmpty())
        return kind;
    QString text = QCoreApplication::translate("History", "%1 “%2”", "an item's kind and its name").arg(kind, own);
    if (field(table, idText, QStringLiteral("deleted")).toLongLong() != 0)
        text = QCoreApplication::translate("History", "%1 (deleted)").arg(text);
    return text;
}

QString ItemLabels::stepOf(const QString &table, const QUuid &id, const QString &fieldName) const
{
    const schema::Table *t = schema::table(table);
    const QString own = t && t->column(QStringLiteral("step_id"))
        ? field(table, schema::idText(id), QStringLiteral("step_id")).toString()
        : QString();
    return itemlabel::stepOf(table, fieldName, own);
}

QString ItemLabels::valueText(const QString &table, const QString &fieldName, const QVariant &value,
                              int maxLength) const
{
    return itemlabel::oneLine(shownValue(table, fieldName, value, 0), maxLength);
}

QString ItemLabels::wholeValue(const QString &table, const QString &fieldName, const QVariant &value) const
{
    const schema::Column *c = fieldName == QLatin1String("deleted") ? nullptr : columnOf(table, fieldName);
    if (c && c->display == schema::Display::Text && !value.toString().isEmpty())
        return wholeText(value.toString());
    return valueText(table, fieldName, value, 300);
}

QString ItemLabels::shownValue(const QString &table, const QString &fieldName, const QVariant &value, int depth) const
{
    if (fieldName == QLatin1String("deleted"))
        return value.toLongLong() != 0 ? QCoreApplication::translate("History", "deleted")
                                       : QCoreApplication::translate("History", "present");
    if (value.isNull() || value.toString().isEmpty())
        return QCoreApplication::translate("History", "(empty)");
    const schema::Column *c = columnOf(table, fieldName);
    const QString text = value.toString();
    if (!c)
        return text;
    const QLocale locale;
    switch (c->display) {
    case schema::Display::Text:
        return text;
    case schema::Display::Number:
        return figures::number(value.toDouble(), locale, 6);
    case schema::Display::YesNo:
        return value.toLongLong() != 0 ? QCoreApplication::translate("History", "yes")
                                       : QCoreApplication::translate("History", "no");
    case schema::Display::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : text;
    }
    case schema::Display::Time:
        // ms since the epoch, UTC, shown in local time.
        return locale.toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toLocalTime(),
                               QLocale::ShortFormat);
    case schema::Display::Money:
        return figures::euros(value.toDouble(), locale);
    case schema::Display::Rating:
        return QCoreApplication::translate("History", "%1 out of %2", "a rating")
            .arg(figures::number(value.toDouble(), locale))
            .arg(qint64(c->max));
    case schema::Display::MethodId:
        return method::choiceLabel(c->choices(), text);
    case schema::Display::Criterion: {
        if (const method::Criterion *criterion = method::findCriterion(text))
            return method::tr(criterion->label);
        const QString custom = nameOf(QStringLiteral("custom_criterion"), text, qMax(depth + 1, 2));
        return custom.isEmpty() ? QCoreApplication::translate("History", "(unknown item)") : custom;
    }
    case schema::Display::Reference: {
        if (m_hidePrivate && isPrivate(c->refTable, text, 0))
            return QCoreApplication::translate("History", "(private item)");
        const QString target = nameOf(c->refTable, text, depth + 1);
        return target.isEmpty() ? QCoreApplication::translate("History", "(unknown item)") : target;
    }
    case schema::Display::Image:
        return QCoreApplication::translate("History", "image of %1 KiB")
            .arg((value.toByteArray().size() + 1023) / 1024);
    }
    return text;
}

} // namespace alliance
