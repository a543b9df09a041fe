#include "testsupport.h"

#include "journal/hlc.h"

#include "method/method.h"
#include "storage/schema.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>
#include <algorithm>
#include <sqlite3.h>

namespace alliance::test {

std::string str(const QString &s)
{
    return s.toStdString();
}

Author testAuthor()
{
    static const QUuid installation = QUuid::createUuid();
    return Author {QStringLiteral("Test author"), {}, installation};
}

DocumentOptions optionsIn(const QString &workingFolder)
{
    DocumentOptions o;
    o.workingFolder = workingFolder;
    return o;
}

std::unique_ptr<QTemporaryDir> makeTempDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    REQUIRE(dir->isValid());
    return dir;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return h.result().toHex();
}

QStringList folderEntries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    REQUIRE(p.waitForStarted(10000));
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished(10000));
    REQUIRE(pid > 0);
    return pid;
}

QVariant validValue(const QString &table, const QString &field, const FixtureIds &refs, int salt)
{
    const schema::Table *t = schema::table(table);
    REQUIRE(t != nullptr);
    const schema::Column *c = t->column(field);
    REQUIRE(c != nullptr);
    if (table == QLatin1String("review_score") && field == QLatin1String("criterion_id"))
        return method::criteria().at(salt % method::criteria().size()).id;
    switch (c->type) {
    case schema::ColumnType::Text:
        return QStringLiteral("<b>x</b> %1.%2 #%3").arg(table, field).arg(salt);
    case schema::ColumnType::Integer: {
        const qint64 span = qint64(c->max) - qint64(c->min) + 1;
        return qint64(c->min) + salt % span;
    }
    case schema::ColumnType::Real:
        return 1.5 + salt;
    case schema::ColumnType::Bool:
        return salt % 2 == 0;
    case schema::ColumnType::Date:
        return QDate(2024, 1, 1).addDays(salt).toString(Qt::ISODate);
    case schema::ColumnType::Reference: {
        const QList<QUuid> ids = refs.value(c->refTable);
        return ids.isEmpty() ? QVariant() : QVariant(schema::idText(ids.first()));
    }
    case schema::ColumnType::Choice: {
        const auto &choices = c->choices();
        return choices.at(salt % choices.size()).id;
    }
    case schema::ColumnType::Image:
        // A PNG signature and a few bytes: the file keeps images, it never decodes them.
        return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray::number(salt);
    }
    return {};
}

FixtureIds makeFixture(const QString &path, const QString &workingFolder, int organisations)
{
    QString error;
    auto doc = Document::createNew(QStringLiteral("Partnership <b>x</b>"), testAuthor(), optionsIn(workingFolder), {},
                                   &error);
    INFO(str(error));
    REQUIRE(doc);
    FixtureIds ids;
    for (const auto &t : schema::tables()) {
        const int count = t.name == QLatin1String("organisation") ? organisations : 1;
        ChangeSet change(QStringLiteral("Fixture %1").arg(t.name));
        for (int i = 0; i < count; ++i) {
            const QUuid id = t.name == QLatin1String("partnership") ? doc->partnershipId() : QUuid::createUuid();
            ids[t.name].append(id);
            for (const auto &c : t.columns) {
                QVariant v = validValue(t.name, c.name, ids, i);
                if (t.name == QLatin1String("partnership") && c.name == QLatin1String("title"))
                    v = QStringLiteral("Partnership <b>x</b>");
                if (t.name == QLatin1String("organisation") && c.name == QLatin1String("name"))
                    v = QStringLiteral("<b>x</b> Organisation %1").arg(i);
                change.set(t.name, id, c.name, v);
            }
        }
        INFO(str(t.name));
        REQUIRE(doc->apply(change, &error));
    }
    REQUIRE(doc->saveAs(path, &error));
    return ids;
}

namespace {

struct RawDb
{
    sqlite3 *db = nullptr;
    RawDb(const QString &path, int flags, const char *query)
    {
        const QString uri = QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + QString::fromLatin1(query);
        sqlite3_open_v2(uri.toUtf8().constData(), &db, flags | SQLITE_OPEN_URI, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(db); }
};

QVariant columnValue(sqlite3_stmt *stmt, int c)
{
    switch (sqlite3_column_type(stmt, c)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(stmt, c));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, c);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                 sqlite3_column_bytes(stmt, c));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)), sqlite3_column_bytes(stmt, c));
    default:
        return {};
    }
}

QString typed(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QString:
        return QStringLiteral("t:") + v.toString();
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QStringLiteral("null");
    }
}

} // namespace

QString rawExec(const QString &path, const QString &sql)
{
    RawDb raw(path, SQLITE_OPEN_READWRITE, "");
    if (!raw.db)
        return QStringLiteral("cannot open");
    char *err = nullptr;
    const int rc = sqlite3_exec(raw.db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    QString message;
    if (rc != SQLITE_OK)
        message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return message;
}

QString journalRowSql(const QString &entity, const QString &entityId, const QString &field, const QString &valueSql,
                      qint64 wallMs, const QString &installation, const QString &clock, const QString &authorName,
                      const QString &authorOrg)
{
    const QString node = installation.isEmpty() ? schema::idText(QUuid::createUuid()) : installation;
    const QString hlc = clock.isEmpty() ? Hlc {wallMs, 0, node}.toString() : clock;
    auto quoted = [](QString s) {
        return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    return QStringLiteral("INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                          "author_org, installation) VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9)")
        .arg(quoted(schema::idText(QUuid::createUuid())), quoted(entity), quoted(entityId), quoted(field), valueSql,
             quoted(hlc), quoted(authorName), quoted(authorOrg), quoted(node));
}

QList<QVariantList> rawRows(const QString &path, const QString &sql)
{
    QList<QVariantList> out;
    RawDb raw(path, SQLITE_OPEN_READONLY, "?mode=ro&immutable=1");
    REQUIRE(raw.db != nullptr);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(raw.db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    INFO(sql.toStdString() << ": " << sqlite3_errmsg(raw.db));
    REQUIRE(rc == SQLITE_OK);
    int step;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row << columnValue(stmt, c);
        out << row;
    }
    sqlite3_finalize(stmt);
    REQUIRE(step == SQLITE_DONE);
    return out;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    const auto rows = rawRows(path, sql);
    return rows.isEmpty() ? QVariant() : rows.first().value(0);
}

QMap<QString, QStringList> dumpContent(const QString &path)
{
    QMap<QString, QStringList> out;
    QStringList schemaLines;
    for (const auto &r : rawRows(path, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"))) {
        QStringList cells;
        for (const auto &v : r)
            cells << typed(v);
        schemaLines << cells.join(QLatin1Char('|'));
        if (r.at(0).toString() != QLatin1String("table"))
            continue;
        QStringList lines;
        for (const auto &row : rawRows(path, QStringLiteral("SELECT * FROM \"%1\"").arg(r.at(1).toString()))) {
            QStringList values;
            for (const auto &v : row)
                values << typed(v);
            lines << values.join(QLatin1Char('|'));
        }
        lines.sort();
        out.insert(r.at(1).toString(), lines);
    }
    schemaLines.sort();
    out.insert(QStringLiteral("sqlite_schema"), schemaLines);
    out.insert(QStringLiteral("user_version"), {typed(rawValue(path, QStringLiteral("PRAGMA user_version")))});
    out.insert(QStringLiteral("application_id"), {typed(rawValue(path, QStringLiteral("PRAGMA application_id")))});
    return out;
}

namespace {

QVariant d(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QVariant r(const QUuid &id)
{
    return id.isNull() ? QString() : schema::idText(id);
}
QVariant b(bool v)
{
    return qint64(v ? 1 : 0);
}
QVariant i(int v)
{
    return qint64(v);
}

template<typename T, typename F> std::optional<QVariantMap> find(const QList<T> &items, const QUuid &id, F fields)
{
    for (const T &x : items)
        if (x.id == id)
            return fields(x);
    return std::nullopt;
}

template<typename T> QList<QUuid> idsOf(const QList<T> &items)
{
    QList<QUuid> out;
    for (const T &x : items)
        out << x.id;
    return out;
}

} // namespace

std::optional<QVariantMap> projectItem(const Project &p, const QString &table, const QUuid &id)
{
    using M = QVariantMap;
    const QString &t = table;
    if (t == QLatin1String("partnership")) {
        if (p.partnership.id != id)
            return std::nullopt;
        const auto &x = p.partnership;
        // The loader splits sdg_targets on commas: joined back, a text without commas reads as stored.
        return M {{QStringLiteral("title"), x.title},
                  {QStringLiteral("common_stake"), x.commonStake},
                  {QStringLiteral("start_date"), d(x.startDate)},
                  {QStringLiteral("end_date"), d(x.endDate)},
                  {QStringLiteral("sdg_targets"), x.sdgTargets.join(QLatin1Char(','))},
                  {QStringLiteral("category_id"), x.categoryId},
                  {QStringLiteral("model_id"), x.modelId},
                  {QStringLiteral("model_justification"), x.modelJustification},
                  {QStringLiteral("governance"), x.governance},
                  {QStringLiteral("meeting_cadence"), x.meetingCadence},
                  {QStringLiteral("agreement_terms"), x.agreementTerms},
                  {QStringLiteral("agreement_signed"), d(x.agreementSigned)}};
    }
    if (t == QLatin1String("organisation"))
        return find(p.organisations, id, [](const Organisation &x) {
            return M {{QStringLiteral("name"), x.name},
                      {QStringLiteral("profile"), x.profile},
                      {QStringLiteral("role"), x.role},
                      {QStringLiteral("region"), x.region},
                      {QStringLiteral("departement"), x.departement},
                      {QStringLiteral("notes"), x.notes},
                      {QStringLiteral("private"), b(x.isPrivate)}};
        });
    if (t == QLatin1String("contact"))
        return find(p.contacts, id, [](const Contact &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("name"), x.name},
                      {QStringLiteral("function"), x.function},
                      {QStringLiteral("email"), x.email},
                      {QStringLiteral("phone"), x.phone},
                      {QStringLiteral("private"), b(x.isPrivate)}};
        });
    if (t == QLatin1String("objective_weight"))
        return find(p.objectiveWeights, id, [](const ObjectiveWeight &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("objective_id"), x.objectiveId},
                      {QStringLiteral("weight"), i(x.weight)},
                      {QStringLiteral("text"), x.text}};
        });
    if (t == QLatin1String("step_state"))
        return find(p.stepStates, id, [](const StepState &x) {
            return M {{QStringLiteral("step_id"), x.stepId},
                      {QStringLiteral("status"), x.status},
                      {QStringLiteral("start_date"), d(x.startDate)},
                      {QStringLiteral("end_date"), d(x.endDate)},
                      {QStringLiteral("owner"), x.owner},
                      {QStringLiteral("notes"), x.notes}};
        });
    if (t == QLatin1String("checklist_item"))
        return find(p.checklistItems, id, [](const ChecklistItem &x) {
            return M {{QStringLiteral("step_id"), x.stepId},
                      {QStringLiteral("text"), x.text},
                      {QStringLiteral("done"), b(x.done)},
                      {QStringLiteral("position"), i(x.position)}};
        });
    if (t == QLatin1String("need_answer"))
        return find(p.needAnswers, id, [](const NeedAnswer &x) {
            return M {{QStringLiteral("need_id"), x.needId},
                      {QStringLiteral("answer"), x.answer},
                      {QStringLiteral("priority"), x.priority}};
        });
    if (t == QLatin1String("maturity_answer"))
        return find(p.maturityAnswers, id, [](const MaturityAnswer &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("question_id"), x.questionId},
                      {QStringLiteral("score"), i(x.score)},
                      {QStringLiteral("comment"), x.comment}};
        });
    if (t == QLatin1String("catalyst_assignment"))
        return find(p.catalystAssignments, id, [](const CatalystAssignment &x) {
            return M {{QStringLiteral("function_id"), x.functionId},
                      {QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("note"), x.note}};
        });
    if (t == QLatin1String("contribution"))
        return find(p.contributions, id, [](const Contribution &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("kind"), x.kind},
                      {QStringLiteral("description"), x.description},
                      {QStringLiteral("quantity"), x.quantity},
                      {QStringLiteral("value_euros"), x.valueEuros}};
        });
    if (t == QLatin1String("action"))
        return find(p.actions, id, [](const Action &x) {
            return M {{QStringLiteral("title"), x.title},         {QStringLiteral("step_id"), x.stepId},
                      {QStringLiteral("owner_id"), r(x.ownerId)}, {QStringLiteral("due_date"), d(x.dueDate)},
                      {QStringLiteral("status"), x.status},       {QStringLiteral("milestone"), b(x.milestone)},
                      {QStringLiteral("notes"), x.notes}};
        });
    if (t == QLatin1String("indicator"))
        return find(p.indicators, id, [](const Indicator &x) {
            return M {{QStringLiteral("name"), x.name},           {QStringLiteral("unit"), x.unit},
                      {QStringLiteral("baseline"), x.baseline},   {QStringLiteral("target"), x.target},
                      {QStringLiteral("direction"), x.direction}, {QStringLiteral("objective_id"), x.objectiveId},
                      {QStringLiteral("angle"), x.angle},         {QStringLiteral("impact"), x.impact}};
        });
    if (t == QLatin1String("measurement"))
        return find(p.measurements, id, [](const Measurement &x) {
            return M {{QStringLiteral("indicator_id"), r(x.indicatorId)},
                      {QStringLiteral("date"), d(x.date)},
                      {QStringLiteral("value"), x.value},
                      {QStringLiteral("source"), x.source}};
        });
    if (t == QLatin1String("review"))
        return find(p.reviews, id, [](const Review &x) {
            return M {{QStringLiteral("date"), d(x.date)},
                      {QStringLiteral("kind"), x.kind},
                      {QStringLiteral("title"), x.title}};
        });
    if (t == QLatin1String("custom_criterion"))
        return find(p.customCriteria, id, [](const CustomCriterion &x) {
            return M {{QStringLiteral("label"), x.label},
                      {QStringLiteral("angle"), x.angle},
                      {QStringLiteral("impact"), x.impact}};
        });
    if (t == QLatin1String("review_score"))
        return find(p.reviewScores, id, [](const ReviewScore &x) {
            return M {{QStringLiteral("review_id"), r(x.reviewId)},
                      {QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("criterion_id"), x.criterionId},
                      {QStringLiteral("score"), i(x.score)},
                      {QStringLiteral("comment"), x.comment}};
        });
    if (t == QLatin1String("lesson"))
        return find(p.lessons, id, [](const Lesson &x) {
            return M {{QStringLiteral("kind"), x.kind},
                      {QStringLiteral("text"), x.text},
                      {QStringLiteral("date"), d(x.date)}};
        });
    if (t == QLatin1String("note"))
        return find(p.notes, id, [](const Note &x) {
            return M {{QStringLiteral("step_id"), x.stepId},
                      {QStringLiteral("text"), x.text},
                      {QStringLiteral("private"), b(x.isPrivate)}};
        });
    if (t == QLatin1String("map_position"))
        return find(p.mapPositions, id, [](const MapPosition &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("x"), x.x},
                      {QStringLiteral("y"), x.y}};
        });
    if (t == QLatin1String("actor_link"))
        return find(p.actorLinks, id, [](const ActorLink &x) {
            return M {{QStringLiteral("from_id"), r(x.fromId)},
                      {QStringLiteral("to_id"), r(x.toId)},
                      {QStringLiteral("label"), x.label}};
        });
    if (t == QLatin1String("key_document"))
        return find(p.keyDocuments, id, [](const KeyDocument &x) {
            return M {{QStringLiteral("title"), x.title},
                      {QStringLiteral("location"), x.location},
                      {QStringLiteral("note"), x.note}};
        });
    if (t == QLatin1String("partner_share"))
        return find(p.partnerShares, id, [](const PartnerShare &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)},
                      {QStringLiteral("shared_at"), qint64(x.sharedAtMs)},
                      {QStringLiteral("shared_by"), x.sharedBy}};
        });
    if (t == QLatin1String("partner_copy"))
        return find(p.partnerCopies, id, [](const PartnerCopy &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)}, {QStringLiteral("made_by"), x.madeBy}};
        });
    if (t == QLatin1String("merge_record"))
        return find(p.mergeRecords, id, [](const MergeRecord &x) {
            return M {{QStringLiteral("file_name"), x.fileName},
                      {QStringLiteral("through"), x.through},
                      {QStringLiteral("merged_at"), x.mergedAtMs},
                      {QStringLiteral("first_seq"), x.firstSeq},
                      {QStringLiteral("last_seq"), x.lastSeq}};
        });
    if (t == QLatin1String("organisation_logo"))
        return find(p.organisationLogos, id, [](const OrganisationLogo &x) {
            return M {{QStringLiteral("organisation_id"), r(x.organisationId)}, {QStringLiteral("image"), x.image}};
        });
    if (t == QLatin1String("meeting"))
        return find(p.meetings, id, [](const Meeting &x) {
            return M {{QStringLiteral("date"), d(x.date)},    {QStringLiteral("kind"), x.kind},
                      {QStringLiteral("title"), x.title},     {QStringLiteral("agenda"), x.agenda},
                      {QStringLiteral("minutes"), x.minutes}, {QStringLiteral("review_id"), r(x.reviewId)}};
        });
    if (t == QLatin1String("meeting_attendee"))
        return find(p.meetingAttendees, id, [](const MeetingAttendee &x) {
            return M {{QStringLiteral("meeting_id"), r(x.meetingId)},
                      {QStringLiteral("contact_id"), r(x.contactId)},
                      {QStringLiteral("note"), x.note}};
        });
    if (t == QLatin1String("decision"))
        return find(p.decisions, id, [](const Decision &x) {
            return M {{QStringLiteral("meeting_id"), r(x.meetingId)}, {QStringLiteral("text"), x.text},
                      {QStringLiteral("owner_id"), r(x.ownerId)},     {QStringLiteral("due_date"), d(x.dueDate)},
                      {QStringLiteral("status"), x.status},           {QStringLiteral("action_id"), r(x.actionId)}};
        });
    FAIL("projectItem does not know the table " << str(table));
    return std::nullopt;
}

QList<QUuid> projectIds(const Project &p, const QString &t)
{
    if (t == QLatin1String("partnership"))
        return p.partnership.id.isNull() ? QList<QUuid> {} : QList<QUuid> {p.partnership.id};
    if (t == QLatin1String("organisation"))
        return idsOf(p.organisations);
    if (t == QLatin1String("contact"))
        return idsOf(p.contacts);
    if (t == QLatin1String("objective_weight"))
        return idsOf(p.objectiveWeights);
    if (t == QLatin1String("step_state"))
        return idsOf(p.stepStates);
    if (t == QLatin1String("checklist_item"))
        return idsOf(p.checklistItems);
    if (t == QLatin1String("need_answer"))
        return idsOf(p.needAnswers);
    if (t == QLatin1String("maturity_answer"))
        return idsOf(p.maturityAnswers);
    if (t == QLatin1String("catalyst_assignment"))
        return idsOf(p.catalystAssignments);
    if (t == QLatin1String("contribution"))
        return idsOf(p.contributions);
    if (t == QLatin1String("action"))
        return idsOf(p.actions);
    if (t == QLatin1String("indicator"))
        return idsOf(p.indicators);
    if (t == QLatin1String("measurement"))
        return idsOf(p.measurements);
    if (t == QLatin1String("review"))
        return idsOf(p.reviews);
    if (t == QLatin1String("custom_criterion"))
        return idsOf(p.customCriteria);
    if (t == QLatin1String("review_score"))
        return idsOf(p.reviewScores);
    if (t == QLatin1String("lesson"))
        return idsOf(p.lessons);
    if (t == QLatin1String("note"))
        return idsOf(p.notes);
    if (t == QLatin1String("map_position"))
        return idsOf(p.mapPositions);
    if (t == QLatin1String("actor_link"))
        return idsOf(p.actorLinks);
    if (t == QLatin1String("key_document"))
        return idsOf(p.keyDocuments);
    if (t == QLatin1String("partner_share"))
        return idsOf(p.partnerShares);
    if (t == QLatin1String("partner_copy"))
        return idsOf(p.partnerCopies);
    if (t == QLatin1String("merge_record"))
        return idsOf(p.mergeRecords);
    if (t == QLatin1String("organisation_logo"))
        return idsOf(p.organisationLogos);
    if (t == QLatin1String("meeting"))
        return idsOf(p.meetings);
    if (t == QLatin1String("meeting_attendee"))
        return idsOf(p.meetingAttendees);
    if (t == QLatin1String("decision"))
        return idsOf(p.decisions);
    FAIL("projectIds does not know the table " << str(t));
    return {};
}

} // namespace alliance::test
