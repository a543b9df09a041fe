#pragma once
// Builds the evaluation report of a project: cover, then the chosen sections
// in the method's order, in options.language whatever the application's
// language (see report::Writing).

#include "model/project.h"
#include "report/report.h"
#include "report/reportoptions.h"

namespace alliance::report {

/// The report of `project` for `options`. Private items are left out unless
/// options.includePrivate. Never fails: an empty project gives sections that
/// say nothing was entered yet.
Report buildReport(const Project &project, const Options &options);

/// `project` as the report shows it: without private items unless
/// options.includePrivate. Charts drawn into the report use the same.
Project reportedProject(const Project &project, const Options &options);

} // namespace alliance::report
