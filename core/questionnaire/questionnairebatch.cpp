#include "questionnaire/questionnairebatch.h"

#include "model/language.h"
#include "model/project.h"
#include "questionnaire/questionnairefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace alliance::questionnaire {

QList<QUuid> questionnairePartners(const Project &project)
{
    QList<QUuid> ids;
    for (const auto &o : project.organisations)
        if (!o.isPrivate)
            ids.append(o.id);
    return ids;
}

std::optional<QList<PlannedWorkbook>> planQuestionnaires(const Project &project, Kind kind,
                                                         const QList<QUuid> &organisations, const QString &folder,
                                                         const std::shared_ptr<const Language> &language,
                                                         QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<QList<PlannedWorkbook>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (organisations.isEmpty())
        return refuse(QCoreApplication::translate("Questionnaire", "Choose at least one partner."));
    const QFileInfo where(folder);
    if (where.exists() && !where.isDir())
        return refuse(QCoreApplication::translate("Questionnaire", "“%1” is not a folder.").arg(folder));
    if (!where.exists() && !QDir().mkpath(folder))
        return refuse(QCoreApplication::translate("Questionnaire", "The folder “%1” could not be made.").arg(folder));
    WritingIn writing(language ? language : applicationLanguage());
    const QDir dir(folder);
    QStringList taken = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QList<PlannedWorkbook> planned;
    for (const QUuid &id : organisations) {
        const Organisation *o = project.organisation(id);
        if (!o)
            return refuse(QCoreApplication::translate("Questionnaire",
                                                      "The organisation is not a partner of "
                                                      "this partnership."));
        PlannedWorkbook p;
        p.organisation = id;
        p.organisationName = o->name;
        // Names already in the folder are taken too: a second batch in the
        // same folder gets " (2)" names instead of being refused.
        p.path = dir.filePath(questionnaireFileName(o->name, kind, &taken));
        planned.append(p);
    }
    return planned;
}

int writeQuestionnaires(const Document &doc, const WriteOptions &options, QList<PlannedWorkbook> &planned,
                        const std::function<bool(int, int)> &progress, QString *error)
{
    int done = 0;
    for (auto &p : planned) {
        WriteOptions one = options;
        one.organisation = p.organisation;
        if (!writeQuestionnaire(doc, one, p.path, error, &p.written))
            return done;
        ++done;
        if (progress && !progress(done, int(planned.size()))) {
            if (error)
                *error = QCoreApplication::translate("Questionnaire", "The writing was stopped.");
            return done;
        }
    }
    return done;
}

} // namespace alliance::questionnaire
