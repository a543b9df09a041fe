#include "report/minuteswriter.h"

#include "model/language.h"
#include "report/reportminutes.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace alliance::report {

int writeMinutesPdf(const Project &project, const QUuid &meeting, const Options &options, const QString &path,
                    QString *error)
{
    const WritingIn language(Language::load(options.language));
    const std::optional<Report> minutes = buildMinutes(project, meeting, options);
    if (!minutes) {
        if (error)
            *error = QCoreApplication::translate("Report", "This meeting is not in the project any more.");
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "“%1” cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(minutes->sections.constFirst().title);
        writer.setCreator(QStringLiteral("Alliance Pilot"));
        preparePage(writer, options.paper);
        pages = renderReport(*minutes, {}, writer, error);
    }
    if (pages == 0)
        return 0;
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Report", "“%1” cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return 0;
    }
    return pages;
}

} // namespace alliance::report
