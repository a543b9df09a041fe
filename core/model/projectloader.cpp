#include "model/projectloader.h"

#include "storage/sqlitedb.h"

namespace alliance {

namespace {

/// Reads one table's live rows as lists of columns, `columns` after the id.
QList<QVariantList> live(SqliteDb &db, const char *table, const char *columns, const char *order)
{
    return db.rows(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 ORDER BY %3, id")
                       .arg(QLatin1String(columns), QLatin1String(table), QLatin1String(order)));
}

QUuid uuid(const QVariant &v)
{
    return QUuid::fromString(v.toString());
}
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QString str(const QVariant &v)
{
    return v.toString();
}

} // namespace

Project loadProject(SqliteDb &db)
{
    Project p;
    p.schemaVersion = db.value(QStringLiteral("PRAGMA user_version")).toInt();
    for (const auto &r : live(db, "partnership",
                              "title, common_stake, start_date, end_date, sdg_targets, category_id, model_id, "
                              "model_justification, governance, meeting_cadence, agreement_terms, agreement_signed",
                              "rowid")) {
        auto &x = p.partnership;
        x.id = uuid(r[0]);
        x.title = str(r[1]);
        x.commonStake = str(r[2]);
        x.startDate = date(r[3]);
        x.endDate = date(r[4]);
        x.sdgTargets = str(r[5]).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto &t : x.sdgTargets)
            t = t.trimmed();
        x.categoryId = str(r[6]);
        x.modelId = str(r[7]);
        x.modelJustification = str(r[8]);
        x.governance = str(r[9]);
        x.meetingCadence = str(r[10]);
        x.agreementTerms = str(r[11]);
        x.agreementSigned = date(r[12]);
    }
    for (const auto &r :
         live(db, "organisation", "name, profile, role, region, departement, notes, private", "name COLLATE NOCASE"))
        p.organisations.append(
            {uuid(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), r[7].toBool()});
    for (const auto &r :
         live(db, "contact", "organisation_id, name, function, email, phone, steering_committee, private",
              "name COLLATE NOCASE"))
        p.contacts.append(
            {uuid(r[0]), uuid(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), r[6].toBool(), r[7].toBool()});
    for (const auto &r : live(db, "objective_weight", "organisation_id, objective_id, weight, text", "rowid"))
        p.objectiveWeights.append({uuid(r[0]), uuid(r[1]), str(r[2]), r[3].toInt(), str(r[4])});
    for (const auto &r : live(db, "step_state", "step_id, status, start_date, end_date, owner, notes", "rowid"))
        p.stepStates.append({uuid(r[0]), str(r[1]), str(r[2]), date(r[3]), date(r[4]), str(r[5]), str(r[6])});
    for (const auto &r : live(db, "checklist_item", "step_id, text, done, position", "position"))
        p.checklistItems.append({uuid(r[0]), str(r[1]), str(r[2]), r[3].toBool(), r[4].toInt()});
    const bool v5 = p.schemaVersion >= 5;
    for (const auto &r :
         live(db, "need_answer", v5 ? "need_id, answer, priority, organisation_id" : "need_id, answer, priority, NULL",
              "rowid"))
        p.needAnswers.append({uuid(r[0]), str(r[1]), str(r[2]), str(r[3]), uuid(r[4])});
    for (const auto &r : live(db, "maturity_answer", "organisation_id, question_id, score, comment", "rowid"))
        p.maturityAnswers.append({uuid(r[0]), uuid(r[1]), str(r[2]), r[3].toInt(), str(r[4])});
    for (const auto &r : live(db, "catalyst_assignment", "function_id, organisation_id, note", "rowid"))
        p.catalystAssignments.append({uuid(r[0]), str(r[1]), uuid(r[2]), str(r[3])});
    for (const auto &r : live(db, "contribution", "organisation_id, kind, description, quantity, value_euros", "rowid"))
        p.contributions.append({uuid(r[0]), uuid(r[1]), str(r[2]), str(r[3]), r[4].toDouble(), r[5].toDouble()});
    for (const auto &r : live(db, "action", "title, step_id, owner_id, due_date, status, milestone, notes", "due_date"))
        p.actions.append(
            {uuid(r[0]), str(r[1]), str(r[2]), uuid(r[3]), date(r[4]), str(r[5]), r[6].toBool(), str(r[7])});
    for (const auto &r : live(db, "indicator",
                              v5 ? "name, unit, baseline, target, direction, objective_id, angle, impact, target_date"
                                 : "name, unit, baseline, target, direction, objective_id, angle, impact, ''",
                              "name COLLATE NOCASE"))
        p.indicators.append({uuid(r[0]), str(r[1]), str(r[2]), r[3].toDouble(), r[4].toDouble(), str(r[5]), str(r[6]),
                             str(r[7]), str(r[8]), date(r[9])});
    for (const auto &r : live(db, "measurement", "indicator_id, date, value, source", "date"))
        p.measurements.append({uuid(r[0]), uuid(r[1]), date(r[2]), r[3].toDouble(), str(r[4])});
    for (const auto &r : live(db, "review", "date, kind, title", "date"))
        p.reviews.append({uuid(r[0]), date(r[1]), str(r[2]), str(r[3])});
    for (const auto &r : live(db, "custom_criterion", "label, angle, impact", "rowid"))
        p.customCriteria.append({uuid(r[0]), str(r[1]), str(r[2]), str(r[3])});
    for (const auto &r : live(db, "review_score",
                              v5 ? "review_id, organisation_id, criterion_id, score, comment, answer, no_score"
                                 : "review_id, organisation_id, criterion_id, score, comment, '', 0",
                              "rowid"))
        p.reviewScores.append(
            {uuid(r[0]), uuid(r[1]), uuid(r[2]), str(r[3]), r[4].toInt(), str(r[5]), str(r[6]), r[7].toBool()});
    for (const auto &r : live(db, "lesson", "kind, text, date", "date"))
        p.lessons.append({uuid(r[0]), str(r[1]), str(r[2]), date(r[3])});
    for (const auto &r : live(db, "note", "step_id, text, private", "rowid"))
        p.notes.append({uuid(r[0]), str(r[1]), str(r[2]), r[3].toBool()});
    if (p.schemaVersion >= 2) {
        for (const auto &r : live(db, "map_position", "organisation_id, x, y", "rowid"))
            p.mapPositions.append({uuid(r[0]), uuid(r[1]), r[2].toDouble(), r[3].toDouble()});
        for (const auto &r : live(db, "actor_link", "from_id, to_id, label", "rowid"))
            p.actorLinks.append({uuid(r[0]), uuid(r[1]), uuid(r[2]), str(r[3])});
        for (const auto &r : live(db, "key_document", "title, location, note", "rowid"))
            p.keyDocuments.append({uuid(r[0]), str(r[1]), str(r[2]), str(r[3])});
    }
    if (p.schemaVersion >= 3) {
        for (const auto &r : live(db, "partner_share", "organisation_id, shared_at, shared_by", "shared_at"))
            p.partnerShares.append({uuid(r[0]), uuid(r[1]), r[2].toLongLong(), str(r[3])});
        for (const auto &r : live(db, "partner_copy", "organisation_id, made_by", "rowid"))
            p.partnerCopies.append({uuid(r[0]), uuid(r[1]), str(r[2])});
        for (const auto &r : live(db, "organisation_logo", "organisation_id, image", "rowid"))
            p.organisationLogos.append({uuid(r[0]), uuid(r[1]), r[2].toByteArray()});
    }
    if (p.schemaVersion >= 4)
        for (const auto &r : live(db, "merge_record", "file_name, through, merged_at, first_seq, last_seq", "rowid"))
            p.mergeRecords.append(
                {uuid(r[0]), str(r[1]), str(r[2]), r[3].toLongLong(), r[4].toLongLong(), r[5].toLongLong()});
    if (p.schemaVersion >= 6) {
        for (const auto &r : live(db, "meeting", "date, kind, title, agenda, minutes, review_id", "date"))
            p.meetings.append({uuid(r[0]), date(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), uuid(r[6])});
        for (const auto &r : live(db, "meeting_attendee", "meeting_id, contact_id, note", "rowid"))
            p.meetingAttendees.append({uuid(r[0]), uuid(r[1]), uuid(r[2]), str(r[3])});
        for (const auto &r : live(db, "decision", "meeting_id, text, owner_id, due_date, status, action_id", "rowid"))
            p.decisions.append({uuid(r[0]), uuid(r[1]), str(r[2]), uuid(r[3]), date(r[4]), str(r[5]), uuid(r[6])});
    }
    return p;
}

} // namespace alliance
