#include "edits/measurementedits.h"

#include "storage/schema.h"

#include <QCoreApplication>

namespace alliance::measurementedits {

void append(ChangeSet &changes, const Measurement &measurement)
{
    const QString table = QStringLiteral("measurement");
    const QUuid id = QUuid::createUuid();
    changes.set(table, id, QStringLiteral("indicator_id"), schema::idText(measurement.indicator))
        .set(table, id, QStringLiteral("date"), measurement.date)
        .set(table, id, QStringLiteral("value"), measurement.value)
        .set(table, id, QStringLiteral("source"), measurement.source);
}

ChangeSet add(const Project &project, const Measurement &measurement, const QString &label, QString *why)
{
    ChangeSet changes(label);
    const bool known = std::any_of(project.indicators.begin(), project.indicators.end(),
                                   [&](const Indicator &i) { return i.id == measurement.indicator; });
    if (!known) {
        if (why)
            *why = QCoreApplication::translate("measurementedits", "This indicator is not in the project.");
        return changes;
    }
    append(changes, measurement);
    return changes;
}

} // namespace alliance::measurementedits
