#pragma once
// A meeting's minutes as a PDF, through the evaluation report's renderer:
// the same fonts, header and page numbers, without cover nor contents.

#include "model/project.h"
#include "report/reportoptions.h"

#include <QUuid>

namespace alliance::report {

/// Writes the minutes of `meeting` (report/reportminutes.h) in
/// options.language as a PDF file at `path`, replacing it only once the new
/// one is complete. Returns the number of pages, or 0 with `error` set (the
/// meeting is not in the project, or the file cannot be written; an existing
/// file at `path` is then left as it was).
int writeMinutesPdf(const Project &project, const QUuid &meeting, const Options &options, const QString &path,
                    QString *error = nullptr);

} // namespace alliance::report
