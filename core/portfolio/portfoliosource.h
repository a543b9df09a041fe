#pragma once
// Where a portfolio's partnerships come from. A folder of project files is
// one source (foldersource.h); a shared workspace (issue 16, part 2) will be
// another, giving the same rows: the table, the filters, the verb and the
// view only ever see a PortfolioSource.

#include "portfolio/summary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace alliance {
class Language;
}

namespace alliance::portfolio {

/// How a scan is run and followed.
struct ScanControl
{
    QDate today; ///< the day the time-aware figures hold for
    /// Called after each partnership, from any scanning thread but one call
    /// at a time: `done` of `total` listed so far.
    std::function<void(int done, int total)> progress;
    /// Set (from any thread) to stop: the scan returns what it has, marked cancelled.
    const std::atomic_bool *cancel = nullptr;
    int threads = 0; ///< at most this many files at once; 0 = one per core
    /// What refusals are written in (a report's language); the application's when null.
    std::shared_ptr<const Language> language;
};

/// What a scan found.
struct ScanResult
{
    QList<PartnershipSummary> rows; ///< one per partnership (refused ones too), by path
    QString error;                  ///< translated, when the source itself could not be read
    bool cancelled = false;
    int fromCache = 0;   ///< rows taken from the cache without reading their file
    int filesHashed = 0; ///< files whose bytes were hashed to look them up by content
    int filesRead = 0;   ///< files checked and read (the cache did not know them)
};

class PortfolioSource
{
public:
    virtual ~PortfolioSource() = default;
    /// What the source is, for a title: a folder's path, a workspace's address.
    virtual QString description() const = 0;
    /// Lists every partnership with its summary. Never throws; a source that
    /// cannot be read gives no rows and its error.
    virtual ScanResult scan(const ScanControl &control) = 0;
};

} // namespace alliance::portfolio
