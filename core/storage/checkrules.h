#pragma once
// The value rules of the file checks (defined in schemacheck.cpp), shared
// with the checks of some rows only (rowcheck.h).

#include "storage/filecheck.h"
#include "storage/schema.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace alliance {

class SqliteDb;

/// (column, SQL true for a bad value) for every checked column of `t`.
QList<QPair<QString, QString>> badValueConditions(const schema::Table &t, int version);
/// The same for the journal's columns.
QList<QPair<QString, QString>> journalConditions(int version);
/// The GLOB pattern of a clock's one spelling.
QString clockGlob();
/// Refuses a journal of more than schema::maxJournalRows changes (counted
/// before any long work).
CheckResult checkJournalSize(SqliteDb &db, const QString &name, int version);
/// Every reference names an item the file holds (foreign_key_check).
CheckResult checkReferences(SqliteDb &db, const QString &name, int version);
/// The file describes exactly one partnership.
CheckResult checkOnePartnership(SqliteDb &db, const QString &name, int version);
/// SQLite's quick_check: the file's pages and indexes are whole.
CheckResult checkIntegrity(SqliteDb &db, const QString &name, int version);
/// The schema of `db` against ours for `version`.
CheckResult checkSchema(SqliteDb &db, const QString &name, int version);
/// Columns of `table` whose length is free, hence checked against schema::maxTextLength.
QStringList freeLengthColumns(const QString &table, int version);
/// One scan of the rows of `table` that `rowFilter` selects (all when empty):
/// the longest free-length values, how many rows break a rule of `conds`
/// (the culprit column is looked for only when one does) and, for the
/// journal, a change dated ahead of this computer's clock. For the journal,
/// `conds` are journalConditions(), which the scan applies through
/// badJournalRowCallSql() (checkfunctions.h).
CheckResult checkSelected(SqliteDb &db, const QString &name, int version, const QString &table,
                          const QList<QPair<QString, QString>> &conds, const QString &rowFilter = {});

} // namespace alliance
