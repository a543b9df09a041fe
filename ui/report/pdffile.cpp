#include "report/pdffile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace alliance::report {

namespace {

QString unwritable(const QString &path, const QString &why)
{
    return QCoreApplication::translate("Report", "“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), why);
}

} // namespace

int writePdfFile(const QString &path, const QString &title, const PagePrinter &print, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = unwritable(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Alliance Pilot"));
        pages = print(writer, error);
    }
    if (pages == 0)
        return 0;
    if (!file.commit()) {
        if (error)
            *error = unwritable(path, file.errorString());
        return 0;
    }
    return pages;
}

} // namespace alliance::report
