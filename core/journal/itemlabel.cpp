#include "journal/itemlabel.h"

#include "document/document.h"
#include "method/method.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace alliance {

namespace {

/// A label marked with QT_TRANSLATE_NOOP("History", ...) below, translated.
QString translated(const char *text)
{
    return QCoreApplication::translate("History", text);
}

struct Name
{
    const char *key;
    const char *label;
};

// Kinds of items, by table.
const Name tableNames[] = {
    {"partnership", QT_TRANSLATE_NOOP("History", "Partnership")},
    {"organisation", QT_TRANSLATE_NOOP("History", "Organisation")},
    {"contact", QT_TRANSLATE_NOOP("History", "Contact")},
    {"objective_weight", QT_TRANSLATE_NOOP("History", "Objective")},
    {"step_state", QT_TRANSLATE_NOOP("History", "Step")},
    {"checklist_item", QT_TRANSLATE_NOOP("History", "Checklist item")},
    {"need_answer", QT_TRANSLATE_NOOP("History", "Territory need")},
    {"maturity_answer", QT_TRANSLATE_NOOP("History", "Maturity answer")},
    {"catalyst_assignment", QT_TRANSLATE_NOOP("History", "Catalyst function")},
    {"contribution", QT_TRANSLATE_NOOP("History", "Contribution")},
    {"action", QT_TRANSLATE_NOOP("History", "Action")},
    {"indicator", QT_TRANSLATE_NOOP("History", "Indicator")},
    {"measurement", QT_TRANSLATE_NOOP("History", "Measurement")},
    {"review", QT_TRANSLATE_NOOP("History", "Review")},
    {"custom_criterion", QT_TRANSLATE_NOOP("History", "Criterion")},
    {"review_score", QT_TRANSLATE_NOOP("History", "Score")},
    {"lesson", QT_TRANSLATE_NOOP("History", "Lesson")},
    {"note", QT_TRANSLATE_NOOP("History", "Note")},
    {"map_position", QT_TRANSLATE_NOOP("History", "Place on the map")},
    {"actor_link", QT_TRANSLATE_NOOP("History", "Link between actors")},
    {"key_document", QT_TRANSLATE_NOOP("History", "Key document")},
    {"partner_share", QT_TRANSLATE_NOOP("History", "Shared with")},
    {"partner_copy", QT_TRANSLATE_NOOP("History", "Copy made for")},
    {"organisation_logo", QT_TRANSLATE_NOOP("History", "Logo")},
    {"merge_record", QT_TRANSLATE_NOOP("History", "Merge")},
    {"meeting", QT_TRANSLATE_NOOP("History", "Meeting")},
    {"meeting_attendee", QT_TRANSLATE_NOOP("History", "Attendee")},
    {"decision", QT_TRANSLATE_NOOP("History", "Decision")},
};

// Fields mean the same in every table that has them, with a few exceptions
// (tableFieldNames, looked up first).
const Name tableFieldNames[] = {
    {"contact.function", QT_TRANSLATE_NOOP("History", "Job")},
    {"catalyst_assignment.function_id", QT_TRANSLATE_NOOP("History", "Function")},
    {"step_state.owner", QT_TRANSLATE_NOOP("History", "Owner")},
    {"actor_link.label", QT_TRANSLATE_NOOP("History", "Relation")},
    {"measurement.value", QT_TRANSLATE_NOOP("History", "Value")},
};
const Name fieldNames[] = {
    {"deleted", QT_TRANSLATE_NOOP("History", "Deleted")},
    {"title", QT_TRANSLATE_NOOP("History", "Title")},
    {"common_stake", QT_TRANSLATE_NOOP("History", "Common stake")},
    {"start_date", QT_TRANSLATE_NOOP("History", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("History", "End date")},
    {"sdg_targets", QT_TRANSLATE_NOOP("History", "SDG targets")},
    {"category_id", QT_TRANSLATE_NOOP("History", "Category")},
    {"model_id", QT_TRANSLATE_NOOP("History", "Partnership model")},
    {"model_justification", QT_TRANSLATE_NOOP("History", "Why this model")},
    {"governance", QT_TRANSLATE_NOOP("History", "Governance")},
    {"meeting_cadence", QT_TRANSLATE_NOOP("History", "Meeting cadence")},
    {"agreement_terms", QT_TRANSLATE_NOOP("History", "Agreement terms")},
    {"agreement_signed", QT_TRANSLATE_NOOP("History", "Agreement signed on")},
    {"name", QT_TRANSLATE_NOOP("History", "Name")},
    {"profile", QT_TRANSLATE_NOOP("History", "Profile")},
    {"role", QT_TRANSLATE_NOOP("History", "Role")},
    {"region", QT_TRANSLATE_NOOP("History", "Region")},
    {"departement", QT_TRANSLATE_NOOP("History", "Département")},
    {"notes", QT_TRANSLATE_NOOP("History", "Notes")},
    {"private", QT_TRANSLATE_NOOP("History", "Private")},
    {"organisation_id", QT_TRANSLATE_NOOP("History", "Organisation")},
    {"email", QT_TRANSLATE_NOOP("History", "Email")},
    {"phone", QT_TRANSLATE_NOOP("History", "Phone")},
    {"steering_committee", QT_TRANSLATE_NOOP("History", "Steering committee")},
    {"objective_id", QT_TRANSLATE_NOOP("History", "Objective")},
    {"weight", QT_TRANSLATE_NOOP("History", "Weight")},
    {"text", QT_TRANSLATE_NOOP("History", "Text")},
    {"step_id", QT_TRANSLATE_NOOP("History", "Step")},
    {"status", QT_TRANSLATE_NOOP("History", "Status")},
    {"done", QT_TRANSLATE_NOOP("History", "Done")},
    {"position", QT_TRANSLATE_NOOP("History", "Position")},
    {"need_id", QT_TRANSLATE_NOOP("History", "Need")},
    {"answer", QT_TRANSLATE_NOOP("History", "Answer")},
    {"priority", QT_TRANSLATE_NOOP("History", "Priority")},
    {"question_id", QT_TRANSLATE_NOOP("History", "Question")},
    {"score", QT_TRANSLATE_NOOP("History", "Score")},
    {"comment", QT_TRANSLATE_NOOP("History", "Comment")},
    {"note", QT_TRANSLATE_NOOP("History", "Note")},
    {"kind", QT_TRANSLATE_NOOP("History", "Kind")},
    {"description", QT_TRANSLATE_NOOP("History", "Description")},
    {"quantity", QT_TRANSLATE_NOOP("History", "Quantity")},
    {"value_euros", QT_TRANSLATE_NOOP("History", "Value (euros)")},
    {"owner_id", QT_TRANSLATE_NOOP("History", "Owner")},
    {"due_date", QT_TRANSLATE_NOOP("History", "Due date")},
    {"milestone", QT_TRANSLATE_NOOP("History", "Milestone")},
    {"unit", QT_TRANSLATE_NOOP("History", "Unit")},
    {"baseline", QT_TRANSLATE_NOOP("History", "Baseline")},
    {"target", QT_TRANSLATE_NOOP("History", "Target")},
    {"target_date", QT_TRANSLATE_NOOP("History", "Target date")},
    {"no_score", QT_TRANSLATE_NOOP("History", "Answered in words only")},
    {"direction", QT_TRANSLATE_NOOP("History", "Direction")},
    {"angle", QT_TRANSLATE_NOOP("History", "Evaluation angle")},
    {"impact", QT_TRANSLATE_NOOP("History", "Impact")},
    {"indicator_id", QT_TRANSLATE_NOOP("History", "Indicator")},
    {"date", QT_TRANSLATE_NOOP("History", "Date")},
    {"source", QT_TRANSLATE_NOOP("History", "Source")},
    {"label", QT_TRANSLATE_NOOP("History", "Label")},
    {"review_id", QT_TRANSLATE_NOOP("History", "Review")},
    {"criterion_id", QT_TRANSLATE_NOOP("History", "Criterion")},
    {"x", QT_TRANSLATE_NOOP("History", "Horizontal position")},
    {"y", QT_TRANSLATE_NOOP("History", "Vertical position")},
    {"from_id", QT_TRANSLATE_NOOP("History", "From")},
    {"to_id", QT_TRANSLATE_NOOP("History", "To")},
    {"location", QT_TRANSLATE_NOOP("History", "Location")},
    {"image", QT_TRANSLATE_NOOP("History", "Image")},
    {"shared_at", QT_TRANSLATE_NOOP("History", "Shared on")},
    {"shared_by", QT_TRANSLATE_NOOP("History", "Shared by")},
    {"made_by", QT_TRANSLATE_NOOP("History", "Made by")},
    {"file_name", QT_TRANSLATE_NOOP("History", "File")},
    {"through", QT_TRANSLATE_NOOP("History", "Through the copy for")},
    {"merged_at", QT_TRANSLATE_NOOP("History", "Merged on")},
    {"first_seq", QT_TRANSLATE_NOOP("History", "First change")},
    {"last_seq", QT_TRANSLATE_NOOP("History", "Last change")},
    {"agenda", QT_TRANSLATE_NOOP("History", "Agenda")},
    {"minutes", QT_TRANSLATE_NOOP("History", "Minutes")},
    {"meeting_id", QT_TRANSLATE_NOOP("History", "Meeting")},
    {"contact_id", QT_TRANSLATE_NOOP("History", "Contact")},
    {"action_id", QT_TRANSLATE_NOOP("History", "Resulting action")},
};

template<std::size_t N> const char *find(const Name (&names)[N], const QString &key)
{
    for (const Name &n : names)
        if (key == QLatin1String(n.key))
            return n.label;
    return nullptr;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p;
    return kept.join(QStringLiteral(" – "));
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
    const char *label = find(tableNames, table);
    return label ? translated(label) : oneLine(table, 40);
}

QString fieldLabel(const QString &table, const QString &field)
{
    if (const char *label = find(tableFieldNames, table + QLatin1Char('.') + field))
        return translated(label);
    if (const char *label = find(fieldNames, field))
        return translated(label);
    return oneLine(field, 40);
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

QList<QVariantList> ItemLabels::read(const QString &table, const QString &where, const QVariantList &args,
                                     QStringList *columns) const
{
    // Only known tables and columns reach SQL: names are spliced into it.
    const schema::Table *t = schema::table(table);
    if (!t)
        return {};
    *columns = columnsOf(table, true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3");
    auto rows = m_query(sql.arg(columns->join(QStringLiteral(", ")), table, where), args);
    if (rows.isEmpty() && t->sinceVersion == 1) {
        // An older file may lack a later column: read what it has.
        *columns = columnsOf(table, false);
        rows = m_query(sql.arg(columns->join(QStringLiteral(", ")), table, where), args);
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
    const auto rows = read(table, QString(), {}, &columns);
    for (const QVariantList &row : rows) {
        QVariantMap fields;
        for (int i = 1; i < columns.size() && i < row.size(); ++i)
            fields.insert(columns.at(i), row.at(i));
        byId.insert(row.value(0).toString(), fields);
    }
    return *m_rows.insert(table, byId);
}

QVariant ItemLabels::field(const QString &table, const QString &id, const QString &name) const
{
    return itemRow(table, id).value(name);
}

QVariantMap ItemLabels::itemRow(const QString &table, const QString &id) const
{
    const QVariantMap stored = storedRow(table, id);
    return stored.isEmpty() ? m_unsaved.value(table).value(id) : stored;
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
    const auto rows = read(table, QStringLiteral(" WHERE id = ?"), {id}, &columns);
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
    const QVariantMap found = itemRow(table, id);
    if (found.isEmpty())
        return {};
    const QVariantMap *row = &found;
    auto text = [&](const char *f) { return row->value(QLatin1String(f)).toString(); };
    // A name refers to at most two levels of other items (a score names its review).
    auto ref = [&](const char *refTable, const char *f) {
        return depth > 1 ? QString() : nameOf(QLatin1String(refTable), text(f), depth + 1);
    };
    // A method question or need by its label; nothing (rather than "(empty)") when the row lacks it.
    auto methodText = [&](const char *f, int maxLength) {
        const QVariant value = row->value(QLatin1String(f));
        return value.toString().isEmpty() ? QString() : valueText(table, QLatin1String(f), value, maxLength);
    };
    QString name;
    if (table == QLatin1String("partnership"))
        name = text("title");
    else if (table == QLatin1String("organisation") || table == QLatin1String("indicator"))
        name = text("name");
    else if (table == QLatin1String("contact")) {
        const QString organisation = ref("organisation", "organisation_id");
        name = organisation.isEmpty() ? text("name") : QStringLiteral("%1 (%2)").arg(text("name"), organisation);
    } else if (table == QLatin1String("objective_weight"))
        name = joined({ref("organisation", "organisation_id"),
                       valueText(table, QStringLiteral("objective_id"), row->value(QStringLiteral("objective_id")))});
    else if (table == QLatin1String("step_state") || table == QLatin1String("checklist_item")) {
        const QString step = valueText(table, QStringLiteral("step_id"), row->value(QStringLiteral("step_id")));
        name = table == QLatin1String("step_state") ? step : joined({text("text"), step});
    } else if (table == QLatin1String("need_answer"))
        // The need first: it is what the row is about; then whose answer it is.
        name = joined({methodText("need_id", 50), ref("organisation", "organisation_id")});
    else if (table == QLatin1String("maturity_answer"))
        name = joined({methodText("question_id", 50), ref("organisation", "organisation_id")});
    else if (table == QLatin1String("catalyst_assignment"))
        name = joined({valueText(table, QStringLiteral("function_id"), row->value(QStringLiteral("function_id"))),
                       ref("organisation", "organisation_id")});
    else if (table == QLatin1String("contribution")) {
        const QString what = text("description").isEmpty()
            ? valueText(table, QStringLiteral("kind"), row->value(QStringLiteral("kind")))
            : text("description");
        name = joined({ref("organisation", "organisation_id"), what});
    } else if (table == QLatin1String("action") || table == QLatin1String("review")
               || table == QLatin1String("key_document") || table == QLatin1String("meeting"))
        name = text("title").isEmpty() ? text("date") : text("title");
    else if (table == QLatin1String("measurement"))
        name = QStringList {ref("indicator", "indicator_id"), text("date")}.join(QStringLiteral(", "));
    else if (table == QLatin1String("custom_criterion"))
        name = text("label");
    else if (table == QLatin1String("review_score"))
        name = joined(
            {methodText("criterion_id", 50), ref("organisation", "organisation_id"), ref("review", "review_id")});
    else if (table == QLatin1String("meeting_attendee"))
        name = joined({ref("contact", "contact_id"), ref("meeting", "meeting_id")});
    else if (table == QLatin1String("lesson") || table == QLatin1String("note") || table == QLatin1String("decision"))
        name = text("text");
    else if (table == QLatin1String("map_position") || table == QLatin1String("partner_share")
             || table == QLatin1String("partner_copy") || table == QLatin1String("organisation_logo"))
        name = ref("organisation", "organisation_id");
    else if (table == QLatin1String("merge_record"))
        name = text("file_name");
    else if (table == QLatin1String("actor_link"))
        name = QStringLiteral("%1 → %2").arg(ref("organisation", "from_id"), ref("organisation", "to_id"));
    name = itemlabel::oneLine(name, 70);
    if (name.isEmpty())
        return QCoreApplication::translate("History", "(untitled)");
    return name;
}

QString ItemLabels::label(const QString &table, const QUuid &id) const
{
    const QString kind = itemlabel::tableLabel(table);
    const QString idText = schema::idText(id);
    const QString own = nameOf(table, idText, 0);
    if (own.isEmpty())
        return kind;
    QString text = QCoreApplication::translate("History", "%1: %2", "an item's kind and name").arg(kind, own);
    if (field(table, idText, QStringLiteral("deleted")).toLongLong() != 0)
        text = QCoreApplication::translate("History", "%1 (deleted)").arg(text);
    return text;
}

QString ItemLabels::valueText(const QString &table, const QString &fieldName, const QVariant &value,
                              int maxLength) const
{
    if (fieldName == QLatin1String("deleted"))
        return value.toLongLong() != 0 ? QCoreApplication::translate("History", "deleted")
                                       : QCoreApplication::translate("History", "present");
    if (value.isNull() || value.toString().isEmpty())
        return QCoreApplication::translate("History", "(empty)");
    const schema::Table *t = schema::table(table);
    const schema::Column *c = t ? t->column(fieldName) : nullptr;
    QString text = value.toString();
    if (fieldName == QLatin1String("shared_at")) {
        // A time in ms since the epoch, UTC.
        text = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC)
                   .toLocalTime()
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    } else if (table == QLatin1String("review_score") && fieldName == QLatin1String("criterion_id")) {
        const method::Criterion *criterion = method::findCriterion(text);
        text = criterion ? method::tr(criterion->label) : nameOf(QStringLiteral("custom_criterion"), text, 2);
    } else if (c) {
        switch (c->type) {
        case schema::ColumnType::Image:
            text = translated(QT_TRANSLATE_NOOP("History", "image of %1 KiB"))
                       .arg((value.toByteArray().size() + 1023) / 1024);
            break;
        case schema::ColumnType::Choice:
            text = method::choiceLabel(c->choices(), text);
            break;
        case schema::ColumnType::Reference: {
            const QString target = nameOf(c->refTable, text, 1);
            text = target.isEmpty() ? QCoreApplication::translate("History", "(unknown item)") : target;
            break;
        }
        case schema::ColumnType::Bool:
            text = value.toLongLong() != 0 ? QCoreApplication::translate("History", "yes")
                                           : QCoreApplication::translate("History", "no");
            break;
        case schema::ColumnType::Real:
            text = QLocale().toString(value.toDouble(), 'g', 12);
            break;
        default:
            break;
        }
    }
    return itemlabel::oneLine(text, maxLength);
}

} // namespace alliance
