#pragma once
// A summary as JSON for the summary cache, and back. Reading checks every
// value as it would check a received file's: a text too long or holding a
// NUL, a count out of range, an impossible date or an id that is no id
// makes the whole summary refused (nullopt), never partly used.

#include "portfolio/summary.h"

#include <QJsonObject>
#include <optional>

namespace alliance::portfolio {

QJsonObject toJson(const PartnershipSummary &summary);
/// The summary `json` holds, or nullopt when anything in it is not as
/// toJson writes it. Refusals are never stored: a refused summary is nullopt.
std::optional<PartnershipSummary> summaryFromJson(const QJsonObject &json);

} // namespace alliance::portfolio
