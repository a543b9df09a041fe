#pragma once
// What every spreadsheet and calendar export is asked (which rows, in which
// language) and what it answers.

#include <QList>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace alliance {

class Language;

namespace exports {

struct Options
{
    /// Private items (and what hangs on them) are left out unless asked for.
    bool includePrivate = false;
    /// The language of headers and values; null: the application's.
    std::shared_ptr<const Language> language;
    /// Only this table (schema name); empty: every table a workbook holds.
    QString table;
    /// Only these rows of `table`, in this order (the rows a view shows).
    std::optional<QList<QUuid>> ids;
    /// Told how many rows are written out of how many; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct Result
{
    int tables = 0;   ///< sheets or files written (calendar: 1)
    qint64 rows = 0;  ///< rows (calendar: events) written
    int cutTexts = 0; ///< texts longer than a spreadsheet cell holds, cut
};

} // namespace exports
} // namespace alliance
