#pragma once
// The partnership's dates as an iCalendar file (RFC 5545, written by
// libical): actions' due dates (milestones said as such), reviews and
// committee meetings, each an all-day event whose UID is derived from the
// item's id, so that importing the file again updates the events.

#include "exports/exportoptions.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance {

class Document;

namespace exports {

/// The UID of the event of item `id`: "<id>@alliance-pilot".
QString eventUid(const QUuid &id);

/// The calendar of `doc` (options.table and options.ids are ignored).
/// Nullopt with `error` (translated) when the file could not be read.
std::optional<QByteArray> calendarOf(const Document &doc, const Options &options, Result *result, QString *error);

/// Writes calendarOf(doc) to `path` (a new file), whole or not at all.
std::optional<Result> writeIcs(const Document &doc, const QString &path, const Options &options, QString *error);

} // namespace exports
} // namespace alliance
