#include "storage/schema.h"

#include "storage/checkfunctions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace alliance::schema {

namespace {

using method::Choice;

Column text(const char *name, int since = 1)
{
    Column c;
    c.name = QString::fromLatin1(name);
    c.sinceVersion = since;
    return c;
}
Column integer(const char *name, double min, double max)
{
    Column c = text(name);
    c.type = ColumnType::Integer;
    c.display = Display::Number;
    c.min = min;
    c.max = max;
    return c;
}
Column real(const char *name)
{
    Column c = text(name);
    c.type = ColumnType::Real;
    c.display = Display::Number;
    return c;
}
Column boolean(const char *name)
{
    Column c = text(name);
    c.type = ColumnType::Bool;
    c.display = Display::YesNo;
    return c;
}
Column date(const char *name)
{
    Column c = text(name);
    c.type = ColumnType::Date;
    c.display = Display::Date;
    return c;
}
Column image(const char *name)
{
    Column c = text(name);
    c.type = ColumnType::Image;
    c.display = Display::Image;
    return c;
}

Column reference(const char *name, const char *table)
{
    Column c = text(name);
    c.type = ColumnType::Reference;
    c.display = Display::Reference;
    c.refTable = QString::fromLatin1(table);
    return c;
}
/// A reference that only assigns work: cleared, not deleted, when its item goes.
Column assignment(const char *name, const char *table)
{
    Column c = reference(name, table);
    c.clearedWhenGone = true;
    return c;
}
Column choice(const char *name, const QList<Choice> &(*choices)(), bool optional = false)
{
    Column c = text(name);
    c.type = ColumnType::Choice;
    c.display = Display::MethodId;
    c.choices = choices;
    c.optional = optional;
    return c;
}

// Choice lists that are not plain method::Choice lists.
const QList<Choice> &stepChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &s : method::steps())
            l.append({s.id, s.name});
        return l;
    }();
    return list;
}
const QList<Choice> &needChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &n : method::territoryNeeds())
            l.append({n.id, n.name});
        return l;
    }();
    return list;
}
const QList<Choice> &maturityQuestionChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &q : method::maturityQuestions())
            l.append({q.id, q.text});
        return l;
    }();
    return list;
}
const QList<Choice> &objectiveChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &o : method::objectives())
            l.append({o.id, o.name});
        return l;
    }();
    return list;
}
const QList<Choice> &categoryChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &c : method::categories())
            l.append({c.id, c.name});
        return l;
    }();
    return list;
}
const QList<Choice> &modelChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &m : method::models())
            l.append({m.id, m.name});
        return l;
    }();
    return list;
}
const QList<Choice> &catalystChoices()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const auto &f : method::catalystFunctions())
            l.append({f.id, f.name});
        return l;
    }();
    return list;
}

// What people read: each table's noun, naming columns and step; each
// column's label. Labels are translated in context "History".
struct TableFacts
{
    const char *table;
    const char *noun;
    const char *naming; ///< columns, space separated; "a|b": the first not empty
    const char *step;
};
const TableFacts tableFacts[] = {
    {"partnership", QT_TRANSLATE_NOOP("History", "Partnership"), "title", ""},
    {"organisation", QT_TRANSLATE_NOOP("History", "Organisation"), "name", "ecosystem"},
    {"contact", QT_TRANSLATE_NOOP("History", "Contact"), "name organisation_id", "ecosystem"},
    {"objective_weight", QT_TRANSLATE_NOOP("History", "Objective weight"), "organisation_id objective_id",
     "objectives"},
    {"step_state", QT_TRANSLATE_NOOP("History", "Step"), "step_id", ""},
    {"checklist_item", QT_TRANSLATE_NOOP("History", "Checklist item"), "text step_id", ""},
    {"need_answer", QT_TRANSLATE_NOOP("History", "Territory need"), "need_id organisation_id", "diagnose"},
    {"maturity_answer", QT_TRANSLATE_NOOP("History", "Maturity answer"), "question_id organisation_id", "diagnose"},
    {"catalyst_assignment", QT_TRANSLATE_NOOP("History", "Catalyst function"), "function_id organisation_id",
     "ecosystem"},
    {"contribution", QT_TRANSLATE_NOOP("History", "Contribution"), "organisation_id description|kind", "cobuild"},
    {"action", QT_TRANSLATE_NOOP("History", "Action"), "title|due_date", "pilot"},
    {"indicator", QT_TRANSLATE_NOOP("History", "Indicator"), "name", "pilot"},
    {"measurement", QT_TRANSLATE_NOOP("History", "Measurement"), "indicator_id date", "pilot"},
    {"review", QT_TRANSLATE_NOOP("History", "Review"), "title|date", "evaluate"},
    {"custom_criterion", QT_TRANSLATE_NOOP("History", "Criterion"), "label", "evaluate"},
    {"review_score", QT_TRANSLATE_NOOP("History", "Score"), "criterion_id organisation_id review_id", "evaluate"},
    {"lesson", QT_TRANSLATE_NOOP("History", "Lesson"), "text", "evaluate"},
    {"note", QT_TRANSLATE_NOOP("History", "Note"), "text", ""},
    {"map_position", QT_TRANSLATE_NOOP("History", "Place on the map"), "organisation_id", "ecosystem"},
    {"actor_link", QT_TRANSLATE_NOOP("History", "Link between actors"), "from_id to_id", "ecosystem"},
    {"key_document", QT_TRANSLATE_NOOP("History", "Key document"), "title", "cobuild"},
    {"partner_share", QT_TRANSLATE_NOOP("History", "Share"), "organisation_id", ""},
    {"partner_copy", QT_TRANSLATE_NOOP("History", "Partner copy"), "organisation_id", ""},
    {"organisation_logo", QT_TRANSLATE_NOOP("History", "Logo"), "organisation_id", "ecosystem"},
    {"merge_record", QT_TRANSLATE_NOOP("History", "Merge"), "file_name", ""},
    {"meeting", QT_TRANSLATE_NOOP("History", "Meeting"), "title|date", "pilot"},
    {"meeting_attendee", QT_TRANSLATE_NOOP("History", "Attendee"), "contact_id meeting_id", "pilot"},
    {"decision", QT_TRANSLATE_NOOP("History", "Decision"), "text", "pilot"},
};

struct ColumnFacts
{
    const char *column; ///< "table.column" (looked up first) or "column", in every table
    const char *label;
};
const ColumnFacts columnFacts[] = {
    {"contact.function", QT_TRANSLATE_NOOP("History", "Job")},
    {"catalyst_assignment.function_id", QT_TRANSLATE_NOOP("History", "Function")},
    {"step_state.owner", QT_TRANSLATE_NOOP("History", "Owner")},
    {"actor_link.label", QT_TRANSLATE_NOOP("History", "Relation")},
    {"measurement.value", QT_TRANSLATE_NOOP("History", "Value")},
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
    {"function_id", QT_TRANSLATE_NOOP("History", "Function")},
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
    {"value", QT_TRANSLATE_NOOP("History", "Value")},
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

const char *columnLabel(const QString &table, const QString &column)
{
    const QString qualified = table + QLatin1Char('.') + column;
    for (const ColumnFacts &f : columnFacts)
        if (qualified == QLatin1String(f.column))
            return f.label;
    for (const ColumnFacts &f : columnFacts)
        if (column == QLatin1String(f.column))
            return f.label;
    return nullptr;
}

void describeForPeople(QList<Table> &tables)
{
    for (Table &t : tables) {
        for (const TableFacts &f : tableFacts)
            if (t.name == QLatin1String(f.table)) {
                t.noun = f.noun;
                t.naming = QString::fromLatin1(f.naming).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                t.step = QString::fromLatin1(f.step);
            }
        for (Column &c : t.columns)
            c.label = columnLabel(t.name, c.name);
    }
    auto column = [&tables](const char *table, const char *name) -> Column & {
        for (Table &t : tables)
            if (t.name == QLatin1String(table))
                for (Column &c : t.columns)
                    if (c.name == QLatin1String(name))
                        return c;
        Q_UNREACHABLE();
    };
    column("contribution", "value_euros").display = Display::Money;
    column("maturity_answer", "score").display = Display::Rating;
    column("review_score", "score").display = Display::Rating;
    column("review_score", "criterion_id").display = Display::Criterion;
    column("partner_share", "shared_at").display = Display::Time;
    column("merge_record", "merged_at").display = Display::Time;
    // The partnership's fields are edited along the journey.
    for (const char *f : {"common_stake", "sdg_targets"})
        column("partnership", f).step = QStringLiteral("objectives");
    for (const char *f : {"category_id", "model_id", "model_justification"})
        column("partnership", f).step = QStringLiteral("model");
    for (const char *f : {"governance", "meeting_cadence", "agreement_terms", "agreement_signed"})
        column("partnership", f).step = QStringLiteral("cobuild");
}

QList<Table> buildTables()
{
    QList<Table> t;
    t.append({QStringLiteral("partnership"),
              {text("title"), text("common_stake"), date("start_date"), date("end_date"), text("sdg_targets"),
               choice("category_id", categoryChoices, true), choice("model_id", modelChoices, true),
               text("model_justification"), text("governance"), text("meeting_cadence"), text("agreement_terms"),
               date("agreement_signed")}});
    t.append({QStringLiteral("organisation"),
              {text("name"), choice("profile", method::organisationProfiles), choice("role", method::organisationRoles),
               text("region"), text("departement"), text("notes"), boolean("private")}});
    t.append({QStringLiteral("contact"),
              {reference("organisation_id", "organisation"), text("name"), text("function"), text("email"),
               text("phone"), boolean("steering_committee"), boolean("private")}});
    t.append({QStringLiteral("objective_weight"),
              {reference("organisation_id", "organisation"), choice("objective_id", objectiveChoices),
               integer("weight", 0, 100), text("text")}});
    t.append({QStringLiteral("step_state"),
              {choice("step_id", stepChoices), choice("status", method::stepStatuses), date("start_date"),
               date("end_date"), text("owner"), text("notes")}});
    t.append({QStringLiteral("checklist_item"),
              {choice("step_id", stepChoices), text("text"), boolean("done"), integer("position", 0, 1e9)}});
    t.append({QStringLiteral("need_answer"),
              {choice("need_id", needChoices), text("answer"), choice("priority", method::needPriorities, true)}});
    t.append({QStringLiteral("maturity_answer"),
              {reference("organisation_id", "organisation"), choice("question_id", maturityQuestionChoices),
               integer("score", 0, method::maturityScoreMax), text("comment")}});
    t.append({QStringLiteral("catalyst_assignment"),
              {choice("function_id", catalystChoices), reference("organisation_id", "organisation"), text("note")}});
    t.append({QStringLiteral("contribution"),
              {reference("organisation_id", "organisation"), choice("kind", method::contributionKinds),
               text("description"), real("quantity"), real("value_euros")}});
    t.append({QStringLiteral("action"),
              {text("title"), choice("step_id", stepChoices, true), assignment("owner_id", "organisation"),
               date("due_date"), choice("status", method::actionStatuses), boolean("milestone"), text("notes")}});
    t.append({QStringLiteral("indicator"),
              {text("name"), text("unit"), real("baseline"), real("target"),
               choice("direction", method::indicatorDirections), choice("objective_id", objectiveChoices, true),
               choice("angle", method::evaluationAngles), choice("impact", method::impacts, true)}});
    t.append({QStringLiteral("measurement"),
              {reference("indicator_id", "indicator"), date("date"), real("value"), text("source")}});
    t.append({QStringLiteral("review"), {date("date"), choice("kind", method::reviewKinds), text("title")}});
    t.append({QStringLiteral("custom_criterion"),
              {text("label"), choice("angle", method::evaluationAngles), choice("impact", method::impacts, true)}});
    // criterion_id is a method criterion id or a custom_criterion id: checked on open.
    t.append({QStringLiteral("review_score"),
              {reference("review_id", "review"), reference("organisation_id", "organisation"), text("criterion_id"),
               integer("score", 0, method::criterionScoreMax), text("comment")}});
    t.append({QStringLiteral("lesson"), {choice("kind", method::lessonKinds), text("text"), date("date")}});
    t.append({QStringLiteral("note"), {choice("step_id", stepChoices, true), text("text"), boolean("private")}});
    // Version 2: where each organisation sits on the ecosystem map.
    Table map {QStringLiteral("map_position"), {reference("organisation_id", "organisation"), real("x"), real("y")}};
    // Links between actors drawn on the map, and the agreement's key documents.
    Table links {QStringLiteral("actor_link"),
                 {reference("from_id", "organisation"), reference("to_id", "organisation"), text("label")}};
    Table documents {QStringLiteral("key_document"), {text("title"), text("location"), text("note")}};
    for (Table *v2 : {&map, &links, &documents}) {
        v2->sinceVersion = 2;
        for (auto &c : v2->columns)
            c.sinceVersion = 2;
        t.append(*v2);
    }
    // Version 3: sharing with partners. Each share is journalled (it travels
    // with merges); the mark of a partner's copy stays in that one file.
    Table shares {
        QStringLiteral("partner_share"),
        {reference("organisation_id", "organisation"), integer("shared_at", 0, maxTimestampMs), text("shared_by")}};
    Table copy {QStringLiteral("partner_copy"), {reference("organisation_id", "organisation"), text("made_by")}};
    copy.merged = false;
    // An organisation's logo, printed on the report's cover when it leads.
    Table logo {QStringLiteral("organisation_logo"), {reference("organisation_id", "organisation"), image("image")}};
    for (Table *v3 : {&shares, &copy, &logo}) {
        v3->sinceVersion = 3;
        for (auto &c : v3->columns)
            c.sinceVersion = 3;
        t.append(*v3);
    }
    // Version 4: which merge brought which journal rows (seq first..last), and
    // through whose copy. Facts about this file: never journalled nor shared.
    Table arrivals {QStringLiteral("merge_record"),
                    {text("file_name"), text("through"), integer("merged_at", 0, maxTimestampMs),
                     integer("first_seq", 0, maxJournalSeq), integer("last_seq", 0, maxJournalSeq)}};
    arrivals.merged = false;
    arrivals.sinceVersion = 4;
    for (auto &c : arrivals.columns)
        c.sinceVersion = 4;
    t.append(arrivals);
    // Version 5: the method read faithfully. Each organisation answers the
    // territory's needs from its own view; an indicator may have a date for
    // its target; a review answer may be words only (no_score), and the two
    // step-back questions take yes / partly / no / don't know (answer).
    const auto addSince5 = [&t](const char *table, Column c) {
        c.sinceVersion = 5;
        for (auto &existing : t)
            if (existing.name == QLatin1String(table))
                existing.columns.append(c);
    };
    addSince5("need_answer", reference("organisation_id", "organisation"));
    addSince5("indicator", date("target_date"));
    addSince5("review_score", choice("answer", method::stepBackAnswers, true));
    addSince5("review_score", boolean("no_score"));
    // Version 6: committee meetings, who attends them, and the decisions put
    // to them (each may become an action).
    Table meeting {QStringLiteral("meeting"),
                   {date("date"), choice("kind", method::meetingKinds), text("title"), text("agenda"), text("minutes"),
                    assignment("review_id", "review")}};
    Table attendee {QStringLiteral("meeting_attendee"),
                    {reference("meeting_id", "meeting"), reference("contact_id", "contact"), text("note")}};
    Table decision {QStringLiteral("decision"),
                    {reference("meeting_id", "meeting"), text("text"), assignment("owner_id", "organisation"),
                     date("due_date"), choice("status", method::decisionStatuses), assignment("action_id", "action")}};
    for (Table *v6 : {&meeting, &attendee, &decision}) {
        v6->sinceVersion = 6;
        for (auto &c : v6->columns)
            c.sinceVersion = 6;
        t.append(*v6);
    }
    describeForPeople(t);
    return t;
}

QString columnDdl(const Column &c)
{
    QString d = c.name + QLatin1Char(' ') + c.sqlType();
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::Date:
        d += QLatin1String(" NOT NULL DEFAULT ''");
        break;
    case ColumnType::Choice:
        // A new row must already be valid: a required choice starts at its first value.
        d += QStringLiteral(" NOT NULL DEFAULT '%1'").arg(c.optional ? QString() : c.choices().first().id);
        break;
    case ColumnType::Integer:
        d += QStringLiteral(" NOT NULL DEFAULT %1").arg(qint64(qMax(0.0, c.min)));
        break;
    case ColumnType::Real:
    case ColumnType::Bool:
        d += QLatin1String(" NOT NULL DEFAULT 0");
        break;
    case ColumnType::Image:
        d += QLatin1String(" NOT NULL DEFAULT x''");
        break;
    case ColumnType::Reference:
        d += QStringLiteral(" REFERENCES %1(id)").arg(c.refTable);
        break;
    }
    return d;
}

} // namespace

QString Column::sqlType() const
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Image:
        return QStringLiteral("BLOB");
    default:
        return QStringLiteral("TEXT");
    }
}

bool isAcceptedImage(const QByteArray &bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    return bytes.isEmpty() || (bytes.size() <= maxImageBytes && (bytes.startsWith(png) || bytes.startsWith(jpeg)));
}

qsizetype textLength(const QString &text)
{
    // A surrogate pair is one character; a lone surrogate is stored as one
    // replacement character, so it counts as one too.
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n)
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    return n;
}

QString badIdSql(const QString &e)
{
    // Our own function, registered by the checks on their connection
    // (storage/checkfunctions.h): one pass over the bytes instead of a GLOB,
    // an ltrim and a replace, per row of the journal.
    return badIdCallSql(e);
}

bool Table::hasPrivateFlag() const
{
    return column(QStringLiteral("private")) != nullptr;
}

const Column *Table::column(const QString &n) const
{
    for (const auto &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

const QList<Table> &tables()
{
    static const QList<Table> list = buildTables();
    return list;
}

const Table *table(const QString &name)
{
    for (const auto &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList ddl(int version)
{
    QStringList out;
    for (const auto &t : tables()) {
        if (t.sinceVersion > version)
            continue;
        QStringList cols {QStringLiteral("id TEXT PRIMARY KEY NOT NULL"),
                          QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0")};
        for (const auto &c : t.columns)
            if (c.sinceVersion <= version)
                cols << columnDdl(c);
        out << QStringLiteral("CREATE TABLE %1 (%2) STRICT").arg(t.name, cols.join(QStringLiteral(", ")));
    }
    // One row per changed field; "value" keeps SQLite's own type of the value.
    out << QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY, change_id TEXT NOT NULL UNIQUE, "
                          "entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, value ANY, "
                          "hlc TEXT NOT NULL, author_name TEXT NOT NULL, author_org TEXT NOT NULL, "
                          "installation TEXT NOT NULL) STRICT");
    // History is read per item; merges read the whole journal anyway.
    out << QStringLiteral("CREATE INDEX journal_by_item ON journal(entity_id)");
    return out;
}

QStringList upgradeDdl(int version)
{
    QStringList out;
    const QStringList created = ddl(version), before = ddl(version - 1);
    for (const auto &t : tables()) {
        if (t.sinceVersion == version) {
            for (const auto &statement : created)
                if (statement.startsWith(QStringLiteral("CREATE TABLE %1 (").arg(t.name)))
                    out << statement;
            continue;
        }
        // SQLite writes the added column into the stored CREATE text just as
        // ddl(version) spells it, so the open check finds the schema it expects.
        for (const auto &c : t.columns)
            if (t.sinceVersion < version && c.sinceVersion == version)
                out << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(t.name, columnDdl(c));
    }
    for (const auto &statement : created)
        if (!statement.startsWith(QLatin1String("CREATE TABLE")) && !before.contains(statement))
            out << statement;
    return out;
}

bool isValidId(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace alliance::schema
