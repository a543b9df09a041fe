#include "exports/csvexport.h"

#include "document/document.h"
#include "exports/cellsafety.h"
#include "exports/exportsource.h"
#include "exports/outputpath.h"
#include "exports/xlsxexport.h"
#include "model/language.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace alliance::exports {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString valueText(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Number:
    case Cell::Kind::Money:
        return QString::number(cell.number, 'g', 15);
    case Cell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    case Cell::Kind::DateTime:
        return cell.time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    return fail(error,
                QCoreApplication::translate("Export", "“%1” could not be written: %2").arg(path, file.errorString()));
}

/// File names for the sheets: the sheet names, without what file systems refuse.
QStringList fileNames(const QStringList &titles)
{
    QStringList names = sheetNames(titles);
    for (QString &name : names) {
        for (QChar &c : name)
            if (QStringLiteral("\"<>|").contains(c))
                c = QLatin1Char(' ');
        if (name.startsWith(QLatin1Char('.')))
            name.prepend(QLatin1Char('_'));
        name += QStringLiteral(".csv");
    }
    return names;
}

} // namespace

namespace {

/// A field as it is, quoted when it must be.
QByteArray quotedField(const QString &safe)
{
    const bool quoted = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"'))
        || safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) || safe.contains(QLatin1Char(';'))
        || safe != safe.trimmed();
    if (!quoted)
        return safe.toUtf8();
    QString out = safe;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    // Line breaks inside a field: CRLF like the records.
    out.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return '"' + out.toUtf8() + '"';
}

} // namespace

QByteArray csvField(const QString &text)
{
    return quotedField(neutralisedForCsv(text));
}

QByteArray csvOf(const Sheet &sheet)
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (int i = 0; i < sheet.headers.size(); ++i)
        bytes += (i > 0 ? "," : "") + csvField(sheet.headers.at(i));
    bytes += "\r\n";
    for (const auto &row : sheet.rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                bytes += ',';
            // Texts are neutralised; numbers and dates are what they look like (-3.5 stays a number).
            const Cell &cell = row.at(i);
            bytes += cell.kind == Cell::Kind::Text ? csvField(cell.text) : quotedField(valueText(cell));
        }
        bytes += "\r\n";
    }
    return bytes;
}

std::optional<Result> writeCsvFolder(const Document &doc, const QString &folder, const Options &options, QString *error)
{
    if (const QString refusal = refusalToWrite(folder, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    auto source = ExportSource::open(doc, options, error);
    if (!source)
        return std::nullopt;
    // Filled beside the target, then renamed: the folder appears whole or not at all.
    const QFileInfo target(folder);
    QTemporaryDir partial(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.partial").arg(target.fileName())));
    if (!partial.isValid()) {
        fail(error,
             QCoreApplication::translate("Export", "“%1” could not be written: %2").arg(folder, partial.errorString()));
        return std::nullopt;
    }
    const QStringList names = fileNames(source->titles());
    Result result;
    Sheet sheet;
    for (int i = 0; i < source->tables().size(); ++i) {
        if (!source->read(*source->tables().at(i), &sheet, error)
            || !writeFile(QDir(partial.path()).filePath(names.at(i)), csvOf(sheet), error))
            return std::nullopt;
        ++result.tables;
        result.rows += sheet.rows.size();
        if (options.progress && !options.progress(result.rows, source->rowCount())) {
            fail(error, QCoreApplication::translate("Export", "The export was cancelled."));
            return std::nullopt;
        }
    }
    QFile::setPermissions(partial.path(),
                          QFile::permissions(partial.path()) | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                              | QFile::ExeOther);
    if (!moveIntoPlace(partial.path(), folder, error))
        return std::nullopt;
    partial.setAutoRemove(false);
    return result;
}

std::optional<Result> writeCsvFile(const Document &doc, const QString &path, const Options &options, QString *error)
{
    if (const QString refusal = refusalToWrite(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    auto source = ExportSource::open(doc, options, error);
    if (!source)
        return std::nullopt;
    Sheet sheet;
    if (!source->read(*source->tables().constFirst(), &sheet, error))
        return std::nullopt;
    // QSaveFile renames over the target: look again just before.
    if (const QString refusal = refusalToWrite(path, doc.filePath()); !refusal.isEmpty()) {
        fail(error, refusal);
        return std::nullopt;
    }
    if (!writeFile(path, csvOf(sheet), error))
        return std::nullopt;
    Result result;
    result.tables = 1;
    result.rows = sheet.rows.size();
    return result;
}

} // namespace alliance::exports
