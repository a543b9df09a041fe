#pragma once
// Helpers of the interchange tests: running verbs in-process, reading and
// writing files, and a project file's rows as the interchange format sees them.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace alliance::test {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs `alliance-pilot <arguments>` in-process; documents work in `working`.
CliResult runVerb(const QStringList &arguments, const QString &working);

QByteArray readBytes(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);

/// The live rows of every table an interchange file carries, per table:
/// id then each column, ordered by id, read straight from the file.
QMap<QString, QList<QVariantList>> carriedRows(const QString &projectPath);

/// Parses an interchange file written by export; fails the test when it is not a JSON object.
QJsonObject jsonObjectOf(const QByteArray &json);

} // namespace alliance::test
