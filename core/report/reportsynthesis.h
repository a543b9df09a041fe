#pragma once
// The synthesis at the front of the report, what a board reads in two
// minutes: where the partnership stands, each partner's reading and the
// model, the key figures with how many partners answered, indicators at
// risk, late actions and next milestones, the decisions to take and what
// changed since the previous committee (read from the journal). Then the
// committee pack's own section: the next meeting's agenda, every open
// decision, every indicator at risk and every change in full.
//
// Lists are capped ("and 4 more") so the synthesis stays within two pages
// whatever the project's size; the committee section and the detailed
// sections give the rest.

#include "report/reportchanges.h"
#include "report/reportoptions.h"
#include "report/reportwriting.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace alliance::report {

/// The synthesis section ("synthesis") of the report `w` writes.
Section synthesisSection(const Writing &w, const ChangesSince &changes);

/// The committee pack's section ("committee"): the next meeting and its
/// agenda, every open decision, every indicator at risk, every change since
/// the previous committee, the previous committee's minutes.
Section committeeSection(const Writing &w, const ChangesSince &changes);

} // namespace alliance::report
