#pragma once
// Shared by the questionnaire writer's tests: a small project in memory,
// and a written workbook's parts read back as they are stored.

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

namespace alliance::test {

/// A partnership with two partners, a review, and some answers of the first
/// partner (a maturity score, a weight, a need's priority, a review score).
Project questionnaireProject();

/// The entry `name` of the zip archive at `path`, inflated; empty when missing.
QByteArray zipEntry(const QString &path, const QString &name);

/// For each cell style (cellXfs) of a workbook's styles.xml: whether it leaves the cell unlocked.
QList<bool> unlockedStyles(const QByteArray &stylesXml);
/// The style index of the cell `reference` ("C5") of a sheet's XML; -1 when the cell is not written.
int styleOf(const QByteArray &sheetXml, const QString &reference);
/// The attributes of every element `name` of `xml`, in order.
QList<QXmlStreamAttributes> elements(const QByteArray &xml, const QString &name);

} // namespace alliance::test
