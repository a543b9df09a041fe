#pragma once
// Recording measurements of an indicator (step 4), typed once for the pilot
// page's quick entry and the CSV import.

#include "journal/change.h"
#include "model/project.h"

#include <QDate>

namespace alliance::measurementedits {

/// One figure of one indicator.
struct Measurement
{
    QUuid indicator;
    QDate date;
    double value = 0;
    QString source;
};

/// Adds to `changes` a new measurement item (a new random id): measurements
/// are facts, two equal figures are two facts.
void append(ChangeSet &changes, const Measurement &measurement);

/// One new measurement as one undo step. Refused (empty, `why` translated)
/// when the indicator is not in the project; the date and value are checked
/// by Document::apply.
ChangeSet add(const Project &project, const Measurement &measurement, const QString &label, QString *why = nullptr);

} // namespace alliance::measurementedits
