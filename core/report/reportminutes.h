#pragma once
// Committee meetings in reports: the minutes of one meeting, printed after
// it (a report of one section, with no cover nor contents), and the meetings
// held and to come in the full report's pilot section.

#include "model/project.h"
#include "report/report.h"
#include "report/reportoptions.h"

#include <optional>

namespace alliance::report {

class Writing;

/// The meeting `key` names in `project`: its date written as "2026-10-20", or
/// its title (any case, surrounding spaces ignored). nullptr when no meeting
/// or several match; `why` then says so in the current language and names
/// the meetings to choose from.
const Meeting *findMeeting(const Project &project, const QString &key, QString *why = nullptr);

/// The minutes of `meeting`: its title, date in words, kind and the review
/// discussed; the attendees with their organisation and note; the agenda;
/// the decisions with owner, due date, status and the action each became;
/// the minutes' text. Private items are left out unless
/// options.includePrivate. nullopt when `meeting` is not in the project.
std::optional<Report> buildMinutes(const Project &project, const QUuid &meeting, const Options &options);

/// The pilot section's meetings: those held and those to come (date, kind,
/// title, attendees), then their decisions with their status.
void meetingsBlocks(const Writing &w, QList<Block> &blocks);

} // namespace alliance::report
