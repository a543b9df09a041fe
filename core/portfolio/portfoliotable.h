#pragma once
// The portfolio as a table: its columns, what each cell says and holds,
// the filters and the order. The view (ui/portfolio) and the verb
// (`alliance-pilot portfolio`) both read rows through here, so a column,
// a filter or an order means the same in both.

#include "portfolio/summary.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>
#include <optional>

namespace alliance::portfolio {

enum class Column {
    Status, ///< the worst indicator status, or "refused"
    Title,  ///< a refused file's row holds the refusal here
    Lead,
    Territory, ///< the lead's
    Model,
    Step,
    Indicators,
    Performance, ///< the last review's angles, with how many partners answered
    Pertinence,
    Coherence,
    LateActions,
    NextMilestone,
    NextCommittee,
    File,
};
/// Every column, in display order.
QList<Column> columns();
/// The column's header (translated, context "Portfolio").
QString header(Column column);
/// The column's stable name on the command line ("title", "late"...), and back (nullopt: unknown).
QString columnName(Column column);
std::optional<Column> columnNamed(const QString &name);

/// A row's status id: "refused", "off_track", "at_risk", "on_track" or
/// "no_data" (no indicator, or none measured): the worst of its indicators.
QString statusOf(const PartnershipSummary &row);
/// The status ids, worst first, and their labels.
QStringList statusIds();
QString statusLabel(const QString &statusId);

/// What the cell says, plain text (user text as entered: escape it before
/// rich text, make it printable before a terminal).
QString text(const PartnershipSummary &row, Column column);
/// What the cell holds, for sorting and spreadsheets: an int (counts), a
/// double (percent), a QDate, a QString, or null when there is nothing.
QVariant value(const PartnershipSummary &row, Column column);

/// True when `a` comes before `b` in `column`'s ascending order: numbers and
/// dates by value, texts as the language sorts them; empty cells after the others.
bool lessThan(const PartnershipSummary &a, const PartnershipSummary &b, Column column);
/// Sorts `rows` by `column` (stable: equal rows keep their order).
void sortRows(QList<PartnershipSummary> &rows, Column column, Qt::SortOrder order);

/// The rows a manager asks to see. An empty field lets every row through.
struct Filter
{
    /// Special model id: the partners have not named a model yet.
    static QString noModel() { return QStringLiteral("none"); }
    QString modelId;   ///< a method::models() id, or noModel()
    QString stepId;    ///< the current step, a method::steps() id
    QString territory; ///< part of a region or département of the lead or a partner (any case)
    QString statusId;  ///< statusOf()
    bool isEmpty() const
    {
        return modelId.isEmpty() && stepId.isEmpty() && territory.trimmed().isEmpty() && statusId.isEmpty();
    }
};
/// True when `row` passes every field of `filter`. A refused row has no
/// model, step or territory: it passes only filters that leave them empty.
bool matches(const PartnershipSummary &row, const Filter &filter);
QList<PartnershipSummary> filtered(const QList<PartnershipSummary> &rows, const Filter &filter);

/// How many sound rows there are per value, for the consolidated charts:
/// per model (method order, then "none") and per current step (method order).
struct Count
{
    QString id;    ///< a model or step id, or Filter::noModel()
    QString label; ///< translated
    int count = 0;
};
QList<Count> countsByModel(const QList<PartnershipSummary> &rows);
QList<Count> countsByStep(const QList<PartnershipSummary> &rows);

} // namespace alliance::portfolio
