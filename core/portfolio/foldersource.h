#pragma once
// The partnerships of one folder: its *.alliance files (not its subfolders:
// a folder is what a manager chooses and sees), each checked as a received
// file before its figures are taken, two (or one per core) at a time. The
// summary cache spares reading a file already summarised today.

#include "portfolio/portfoliosource.h"

namespace alliance::portfolio {

class SummaryCache;

/// Most files a folder scan lists; the rest are left out, said in the error.
constexpr int maxFolderFiles = 10000;

class FolderSource : public PortfolioSource
{
public:
    /// `cache` (may be null: no cache) is read and written by scan(); it
    /// must outlive the source and not be used elsewhere during a scan.
    FolderSource(const QString &folder, SummaryCache *cache);
    QString description() const override;
    ScanResult scan(const ScanControl &control) override;
    /// The project files of `folder`, sorted by name.
    static QStringList projectFiles(const QString &folder);

private:
    QString m_folder;
    SummaryCache *m_cache;
};

} // namespace alliance::portfolio
