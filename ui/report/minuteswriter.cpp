#include "report/minuteswriter.h"

#include "model/language.h"
#include "report/pdffile.h"
#include "report/reportminutes.h"
#include "report/reportrenderer.h"

#include <QCoreApplication>

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
    return writePdfFile(
        path, minutes->sections.constFirst().title,
        [&](QPagedPaintDevice &device, QString *why) {
            preparePage(device, options.paper);
            return renderReport(*minutes, {}, device, why);
        },
        error);
}

} // namespace alliance::report
