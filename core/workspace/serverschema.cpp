#include "workspace/serverschema.h"

#include "journal/hlc.h"
#include "storage/schema.h"

#include <QRegularExpression>

namespace alliance::workspace {

namespace {

// Names from our own registry, spelt [a-z0-9_]: written into SQL as literals,
// so the rule is checked rather than assumed.
QString literal(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_]+$"));
    Q_ASSERT(plain.match(word).hasMatch());
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

QString kindOf(schema::ColumnType type)
{
    switch (type) {
    case schema::ColumnType::Text:
        return QStringLiteral("text");
    case schema::ColumnType::Integer:
        return QStringLiteral("integer");
    case schema::ColumnType::Real:
        return QStringLiteral("real");
    case schema::ColumnType::Bool:
        return QStringLiteral("bool");
    case schema::ColumnType::Date:
        return QStringLiteral("date");
    case schema::ColumnType::Reference:
        return QStringLiteral("reference");
    case schema::ColumnType::Choice:
        return QStringLiteral("choice");
    case schema::ColumnType::Image:
        return QStringLiteral("image");
    }
    return QStringLiteral("text");
}

/// One VALUES row of alliance.fields per journalled field of the tables that
/// travel between copies (facts about one file never reach a workspace).
QString fieldRows()
{
    QStringList rows;
    for (const auto &table : schema::tables()) {
        if (!table.merged)
            continue;
        rows << QStringLiteral("(%1, 'deleted', 'bool', 0, 1, NULL, true)").arg(literal(table.name));
        for (const auto &c : table.columns) {
            QString choices = QStringLiteral("NULL");
            if (c.type == schema::ColumnType::Choice && c.choices) {
                QStringList ids;
                for (const auto &choice : c.choices())
                    ids << literal(choice.id);
                choices = QStringLiteral("ARRAY[%1]::text[]").arg(ids.join(QLatin1Char(',')));
            }
            const bool ranged = c.type == schema::ColumnType::Integer;
            const bool yesNo = c.type == schema::ColumnType::Bool;
            rows << QStringLiteral("(%1, %2, %3, %4, %5, %6, %7)")
                        .arg(literal(table.name), literal(c.name), literal(kindOf(c.type)),
                             ranged      ? QString::number(c.min, 'f', 0)
                                 : yesNo ? QStringLiteral("0")
                                         : QStringLiteral("NULL"),
                             ranged      ? QString::number(c.max, 'f', 0)
                                 : yesNo ? QStringLiteral("1")
                                         : QStringLiteral("NULL"),
                             choices, c.optional ? QStringLiteral("true") : QStringLiteral("false"));
        }
    }
    return rows.join(QStringLiteral(",\n"));
}

QString definer()
{
    return QStringLiteral("SECURITY DEFINER SET search_path = pg_catalog, pg_temp");
}

QString idPattern()
{
    return QStringLiteral("'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'");
}

/// The journal's indexes: by partnership in commit order (the counter the
/// syncs go by), and the private rows by item (append_changes asks them).
QStringList journalIndexes()
{
    return {QStringLiteral("CREATE UNIQUE INDEX journal_by_partnership ON alliance.journal (partnership, pseq)"),
            QStringLiteral("CREATE INDEX journal_private_items ON alliance.journal (partnership, entity_id) "
                           "WHERE private")};
}

/// The one way into the journal: every change checked, the whole call
/// refused when one is wrong, a change already there left as it is. Each
/// row gets the next number of its partnership's counter, taken under the
/// partnership's row lock: two calls at once are numbered one after the
/// other, so a row never commits with a number below one already seen and
/// "every change after N" misses none. A change from a non-owner to an item
/// the server holds as private stays private, whatever the client said (its
/// copy may not know the item became private: that change never reached it).
QString appendChangesFunction(const QString &verb)
{
    // The one spelling of a clock (journal/hlc.h): 16 and 8 digits, then an id.
    static_assert(hlcTextLength == 16 + 1 + 8 + 1 + 36);
    const QString clockPattern
        = QStringLiteral("'^[0-9]{16}-[0-9]{8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'");
    return QStringLiteral(
               "%6 FUNCTION alliance.append_changes(p uuid, changes jsonb) RETURNS integer LANGUAGE plpgsql %1 AS $$ "
               "DECLARE lvl text := alliance.level_of(p); bad record; added integer; base bigint; "
               "BEGIN "
               "IF lvl IS NULL OR lvl = 'reader' THEN "
               "  RAISE EXCEPTION 'not an editor of this partnership' USING ERRCODE = 'AP002'; END IF; "
               "IF changes IS NULL OR jsonb_typeof(changes) <> 'array' OR jsonb_array_length(changes) > %2 THEN "
               "  RAISE EXCEPTION 'changes must be an array of at most %2' USING ERRCODE = 'AP003'; END IF; "
               "SELECT ord, reason INTO bad FROM (SELECT e.ord, CASE "
               "  WHEN jsonb_typeof(e.x) <> 'object' THEN 'not an object' "
               "  WHEN coalesce(e.x ->> 'change_id', '') !~ %3 THEN 'change_id' "
               "  WHEN coalesce(e.x ->> 'entity_id', '') !~ %3 THEN 'entity_id' "
               "  WHEN f.entity IS NULL THEN 'unknown field' "
               "  WHEN f.entity = 'partnership' AND e.x ->> 'entity_id' <> p::text THEN 'another partnership' "
               "  WHEN f.entity = 'partnership' AND f.field = 'deleted' THEN 'deletes the partnership' "
               "  WHEN NOT alliance.value_ok(f, e.x -> 'value') THEN 'value' "
               "  WHEN coalesce(e.x ->> 'hlc', '') !~ %4 THEN 'hlc' "
               "  WHEN char_length(coalesce(e.x ->> 'author_name', '')) NOT BETWEEN 1 AND %5 THEN 'author_name' "
               "  WHEN coalesce(e.x ->> 'author_org', '') <> '' AND e.x ->> 'author_org' !~ %3 THEN 'author_org' "
               "  WHEN coalesce(e.x ->> 'installation', '') !~ %3 THEN 'installation' "
               "  WHEN jsonb_typeof(coalesce(e.x -> 'private', 'false')) <> 'boolean' THEN 'private' "
               "  END AS reason "
               "FROM jsonb_array_elements(changes) WITH ORDINALITY e(x, ord) "
               "LEFT JOIN alliance.fields f ON f.entity = e.x ->> 'entity' AND f.field = e.x ->> 'field') checked "
               "WHERE reason IS NOT NULL "
               "ORDER BY ord LIMIT 1; "
               "IF FOUND THEN RAISE EXCEPTION 'change % refused: %', bad.ord, bad.reason USING ERRCODE = 'AP004'; "
               "END IF; "
               "SELECT last_pseq INTO base FROM alliance.partnerships WHERE id = p FOR UPDATE; "
               "INSERT INTO alliance.journal (partnership, pseq, change_id, entity, entity_id, field, v_integer, "
               "  v_real, v_text, v_blob, hlc, author_name, author_org, installation, private) "
               "SELECT p, base + ord, (x ->> 'change_id')::uuid, f.entity, (x ->> 'entity_id')::uuid, f.field, "
               "  CASE WHEN f.kind IN ('integer', 'bool') THEN (x ->> 'value')::bigint END, "
               "  CASE WHEN f.kind = 'real' THEN (x ->> 'value')::double precision END, "
               "  CASE WHEN f.kind IN ('text', 'date', 'reference', 'choice') THEN x ->> 'value' END, "
               "  CASE WHEN f.kind = 'image' THEN decode(x ->> 'value', 'base64') END, "
               "  x ->> 'hlc', x ->> 'author_name', coalesce(x ->> 'author_org', ''), x ->> 'installation', "
               "  coalesce((x ->> 'private')::boolean, false) OR (lvl <> 'owner' AND EXISTS (SELECT 1 FROM "
               "  alliance.journal h WHERE h.partnership = p AND h.entity_id = (x ->> 'entity_id')::uuid "
               "  AND h.private)) "
               "FROM jsonb_array_elements(changes) WITH ORDINALITY e(x, ord) "
               "JOIN alliance.fields f ON f.entity = x ->> 'entity' AND f.field = x ->> 'field' ORDER BY ord "
               "ON CONFLICT (change_id) DO NOTHING; "
               "GET DIAGNOSTICS added = ROW_COUNT; "
               "UPDATE alliance.partnerships SET last_pseq = base + jsonb_array_length(changes) WHERE id = p; "
               "RETURN added; END $$")
        .arg(definer(), QString::number(maxChangesPerCall), idPattern(), clockPattern,
             QString::number(schema::maxTextLength), verb);
}

/// Which of `ids` the partnership's journal holds, private ones included,
/// for any member: a member who cannot read a private change they hold
/// learns that it arrived, and nothing of a change they do not hold.
QString heldChangesFunction()
{
    return QStringLiteral("CREATE FUNCTION alliance.held_changes(p uuid, ids uuid[]) RETURNS SETOF uuid "
                          "LANGUAGE sql STABLE %1 AS $$ SELECT change_id FROM alliance.journal "
                          "WHERE alliance.level_of(p) IS NOT NULL AND partnership = p AND change_id = ANY (ids) $$")
        .arg(definer());
}

QString grants()
{
    return QStringLiteral("GRANT EXECUTE ON FUNCTION alliance.level_of(uuid), alliance.my_partnerships(), "
                          "alliance.my_owned_partnerships(), alliance.append_changes(uuid, jsonb), "
                          "alliance.held_changes(uuid, uuid[]), alliance.publish(uuid, text), "
                          "alliance.set_member(uuid, name, text) TO %1")
        .arg(QString::fromLatin1(managerGroup));
}

} // namespace

QStringList serverSchemaStatements()
{
    const QString maxText = QString::number(schema::maxTextLength);
    const QString maxImage = QString::number(schema::maxImageBytes);
    const QString idPattern = workspace::idPattern();
    const QString group = QString::fromLatin1(managerGroup);
    const QString definer = workspace::definer();

    QStringList s;
    // The group is the server's, shared by every workspace on it: made once,
    // and a workspace made at the same moment elsewhere may make it first.
    s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                        "CREATE ROLE %1 NOLOGIN; END IF; "
                        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
             .arg(group);
    s << QStringLiteral("CREATE SCHEMA alliance");
    s << QStringLiteral("REVOKE ALL ON SCHEMA alliance FROM PUBLIC");
    s << QStringLiteral("CREATE TABLE alliance.workspace_info (version integer NOT NULL)");
    s << QStringLiteral("INSERT INTO alliance.workspace_info VALUES (%1)").arg(serverSchemaVersion);
    s << QStringLiteral("CREATE TABLE alliance.fields (entity text NOT NULL, field text NOT NULL, kind text NOT NULL, "
                        "min_value double precision, max_value double precision, choices text[], "
                        "optional boolean NOT NULL, PRIMARY KEY (entity, field))");
    s << QStringLiteral("INSERT INTO alliance.fields VALUES\n") + fieldRows();
    s << QStringLiteral("CREATE TABLE alliance.partnerships (id uuid PRIMARY KEY, "
                        "title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND %1), "
                        "created_by name NOT NULL DEFAULT session_user, "
                        "created_at timestamptz NOT NULL DEFAULT now(), "
                        "last_pseq bigint NOT NULL DEFAULT 0)")
             .arg(maxText);
    s << QStringLiteral("CREATE TABLE alliance.members (partnership uuid NOT NULL REFERENCES alliance.partnerships(id) "
                        "ON DELETE CASCADE, member name NOT NULL, "
                        "level text NOT NULL CHECK (level IN ('reader', 'editor', 'owner')), "
                        "PRIMARY KEY (partnership, member))");
    s << QStringLiteral("CREATE TABLE alliance.journal (seq bigserial PRIMARY KEY, "
                        "partnership uuid NOT NULL REFERENCES alliance.partnerships(id), pseq bigint NOT NULL, "
                        "change_id uuid NOT NULL UNIQUE, entity text NOT NULL, entity_id uuid NOT NULL, "
                        "field text NOT NULL, v_integer bigint, v_real double precision, v_text text, v_blob bytea, "
                        "hlc text NOT NULL, author_name text NOT NULL, author_org text NOT NULL, "
                        "installation text NOT NULL, private boolean NOT NULL DEFAULT false, "
                        "pushed_by name NOT NULL DEFAULT session_user, "
                        "arrived timestamptz NOT NULL DEFAULT clock_timestamp(), "
                        "CHECK (num_nonnulls(v_integer, v_real, v_text, v_blob) <= 1))");
    s << journalIndexes();

    // Who the caller is in a partnership: read with the owner's rights, so the
    // policies below can ask it without reading through themselves.
    s << QStringLiteral("CREATE FUNCTION alliance.level_of(p uuid) RETURNS text LANGUAGE sql STABLE %1 AS $$ "
                        "SELECT level FROM alliance.members WHERE partnership = p AND member = session_user $$")
             .arg(definer);
    // The caller's partnerships, and those they own: sets the policies test
    // each row against, computed once per query rather than once per row.
    s << QStringLiteral("CREATE FUNCTION alliance.my_partnerships() RETURNS SETOF uuid LANGUAGE sql STABLE %1 AS $$ "
                        "SELECT partnership FROM alliance.members WHERE member = session_user $$")
             .arg(definer);
    s << QStringLiteral("CREATE FUNCTION alliance.my_owned_partnerships() RETURNS SETOF uuid LANGUAGE sql STABLE %1 "
                        "AS $$ SELECT partnership FROM alliance.members WHERE member = session_user "
                        "AND level = 'owner' $$")
             .arg(definer);
    for (const char *table : {"partnerships", "members", "journal"})
        s << QStringLiteral("ALTER TABLE alliance.%1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table));
    s << QStringLiteral("CREATE POLICY members_read ON alliance.partnerships FOR SELECT "
                        "USING (id IN (SELECT alliance.my_partnerships()))");
    s << QStringLiteral("CREATE POLICY members_read ON alliance.members FOR SELECT "
                        "USING (partnership IN (SELECT alliance.my_partnerships()))");
    // Private items reach owners only.
    s << QStringLiteral("CREATE POLICY members_read ON alliance.journal FOR SELECT "
                        "USING (partnership IN (SELECT alliance.my_partnerships()) "
                        "AND (NOT private OR partnership IN (SELECT alliance.my_owned_partnerships())))");

    s << QStringLiteral("CREATE FUNCTION alliance.is_date(t text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE %1 AS $$ "
                        "BEGIN RETURN t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(t::date, 'YYYY-MM-DD') = t; "
                        "EXCEPTION WHEN others THEN RETURN false; END $$")
             .arg(definer);
    // A value as the project file's checks would take it (storage/checkfunctions).
    s << QStringLiteral(
             "CREATE FUNCTION alliance.value_ok(f alliance.fields, v jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE "
             "AS $$ SELECT coalesce(CASE "
             "WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN f.kind IN ('text', 'date', 'reference', 'image') "
             "  OR (f.kind = 'choice' AND f.optional) "
             "WHEN f.kind = 'text' THEN jsonb_typeof(v) = 'string' AND char_length(v #>> '{}') <= %2 "
             "WHEN f.kind = 'date' THEN jsonb_typeof(v) = 'string' AND (v #>> '{}' = '' OR alliance.is_date(v #>> "
             "'{}')) "
             "WHEN f.kind = 'reference' THEN jsonb_typeof(v) = 'string' AND v #>> '{}' ~ %3 "
             "WHEN f.kind = 'choice' THEN jsonb_typeof(v) = 'string' "
             "  AND (v #>> '{}' = ANY (f.choices) OR (f.optional AND v #>> '{}' = '')) "
             "WHEN f.kind IN ('integer', 'bool') THEN jsonb_typeof(v) = 'number' AND (v #>> '{}') ~ '^-?[0-9]{1,18}$' "
             "  AND (v #>> '{}')::numeric BETWEEN f.min_value AND f.max_value "
             "WHEN f.kind = 'real' THEN jsonb_typeof(v) = 'number' AND abs((v #>> '{}')::numeric) < 1e300 "
             "WHEN f.kind = 'image' THEN jsonb_typeof(v) = 'string' AND char_length(v #>> '{}') <= %4 "
             "  AND (v #>> '{}') ~ '^[A-Za-z0-9+/]*={0,2}$' AND mod(char_length(v #>> '{}'), 4) = 0 "
             "ELSE false END, false) $$")
             .arg(maxText, idPattern, QString::number((schema::maxImageBytes + 2) / 3 * 4));

    s << appendChangesFunction(QStringLiteral("CREATE"));
    s << heldChangesFunction();

    s << QStringLiteral(
             "CREATE FUNCTION alliance.publish(p uuid, title text) RETURNS void LANGUAGE plpgsql %1 AS $$ BEGIN "
             "IF NOT pg_has_role(session_user, '%2', 'MEMBER') THEN "
             "  RAISE EXCEPTION 'not a manager of this workspace' USING ERRCODE = 'AP001'; END IF; "
             "IF EXISTS (SELECT 1 FROM alliance.partnerships WHERE id = p) THEN "
             "  RAISE EXCEPTION 'partnership already published' USING ERRCODE = 'AP005'; END IF; "
             "INSERT INTO alliance.partnerships (id, title) VALUES (p, title); "
             "INSERT INTO alliance.members VALUES (p, session_user, 'owner'); END $$")
             .arg(definer, group);
    s << QStringLiteral(
             "CREATE FUNCTION alliance.set_member(p uuid, who name, lvl text) RETURNS void LANGUAGE plpgsql %1 AS $$ "
             "BEGIN "
             "IF alliance.level_of(p) IS DISTINCT FROM 'owner' THEN "
             "  RAISE EXCEPTION 'not an owner of this partnership' USING ERRCODE = 'AP002'; END IF; "
             "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) OR NOT pg_has_role(who, '%2', 'MEMBER') THEN "
             "  RAISE EXCEPTION 'not a manager of this workspace' USING ERRCODE = 'AP006'; END IF; "
             "IF lvl IS NULL THEN DELETE FROM alliance.members WHERE partnership = p AND member = who; "
             "ELSIF lvl IN ('reader', 'editor', 'owner') THEN "
             "  IF (SELECT count(*) FROM alliance.members WHERE partnership = p) >= %3 "
             "     AND NOT EXISTS (SELECT 1 FROM alliance.members WHERE partnership = p AND member = who) THEN "
             "    RAISE EXCEPTION 'too many members' USING ERRCODE = 'AP003'; END IF; "
             "  INSERT INTO alliance.members VALUES (p, who, lvl) "
             "  ON CONFLICT (partnership, member) DO UPDATE SET level = excluded.level; "
             "ELSE RAISE EXCEPTION 'unknown level' USING ERRCODE = 'AP003'; END IF; "
             "IF NOT EXISTS (SELECT 1 FROM alliance.members WHERE partnership = p AND level = 'owner') THEN "
             "  RAISE EXCEPTION 'a partnership keeps at least one owner' USING ERRCODE = 'AP007'; END IF; END $$")
             .arg(definer, group, QString::number(maxMembers));

    s << QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alliance FROM PUBLIC");
    s << QStringLiteral("GRANT USAGE ON SCHEMA alliance TO %1").arg(group);
    s << QStringLiteral("GRANT SELECT ON alliance.workspace_info, alliance.fields, alliance.partnerships, "
                        "alliance.members, alliance.journal TO %1")
             .arg(group);
    s << grants();
    return s;
}

QStringList serverSchemaUpgrade(int from)
{
    QStringList s;
    if (from != 1)
        return s;
    // Version 2: the per-partnership counter, numbered in the order the
    // rows arrived (their seq), and held_changes.
    s << QStringLiteral("ALTER TABLE alliance.partnerships ADD COLUMN last_pseq bigint NOT NULL DEFAULT 0");
    s << QStringLiteral("ALTER TABLE alliance.journal ADD COLUMN pseq bigint");
    s << QStringLiteral("UPDATE alliance.journal j SET pseq = n.pseq FROM (SELECT seq, row_number() OVER "
                        "(PARTITION BY partnership ORDER BY seq) AS pseq FROM alliance.journal) n WHERE n.seq = j.seq");
    s << QStringLiteral("ALTER TABLE alliance.journal ALTER COLUMN pseq SET NOT NULL");
    s << QStringLiteral("DROP INDEX IF EXISTS alliance.journal_by_partnership");
    s << journalIndexes();
    s << QStringLiteral("UPDATE alliance.partnerships p SET last_pseq = coalesce((SELECT max(pseq) FROM "
                        "alliance.journal j WHERE j.partnership = p.id), 0)");
    s << appendChangesFunction(QStringLiteral("CREATE OR REPLACE"));
    s << heldChangesFunction();
    s << QStringLiteral("REVOKE ALL ON FUNCTION alliance.held_changes(uuid, uuid[]) FROM PUBLIC");
    s << grants();
    s << QStringLiteral("UPDATE alliance.workspace_info SET version = %1").arg(serverSchemaVersion);
    return s;
}

} // namespace alliance::workspace
