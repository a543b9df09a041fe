#pragma once
// Shared by the questionnaire writer's tests: a small project in memory,
// and a written workbook's parts read back as they are stored.

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace alliance::test {

/// A partnership with two partners, a review, and some answers of the first
/// partner (a maturity score, a weight, a need's priority, a review score).
Project questionnaireProject();

/// The entry `name` of the zip archive at `path`, inflated; empty when missing.
QByteArray zipEntry(const QString &path, const QString &name);

} // namespace alliance::test
