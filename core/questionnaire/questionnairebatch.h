#pragma once
// Questionnaires for several partners at once, one workbook each in one
// folder: named after each organisation, checked before any is written.

#include "questionnaire/questionnairewriter.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <functional>
#include <optional>

namespace alliance::questionnaire {

struct PlannedWorkbook
{
    QUuid organisation;
    QString organisationName;
    QString path;    ///< in the folder, a name of questionnaireFileName()
    Written written; ///< once written
};

/// The organisations a questionnaire is prepared for by default: every
/// partner organisation that is not private, in the project's order.
QList<QUuid> questionnairePartners(const Project &project);

/// One workbook per organisation of `organisations` in `folder` (made when
/// missing), named in `language`. A name the folder already holds is never
/// reused (" (2)" is added): nothing is written over. Nullopt with `error`
/// (translated) when an organisation is unknown or the folder cannot be made.
std::optional<QList<PlannedWorkbook>> planQuestionnaires(const Project &project, Kind kind,
                                                         const QList<QUuid> &organisations, const QString &folder,
                                                         const std::shared_ptr<const Language> &language,
                                                         QString *error);

/// Writes every planned workbook with `options` (its organisation set for
/// each). Stops at the first failure with `error` (translated), the ones
/// written before kept; `progress` is told (done, total) after each and
/// stops the writing when it returns false. Returns how many were written.
int writeQuestionnaires(const Document &doc, const WriteOptions &options, QList<PlannedWorkbook> &planned,
                        const std::function<bool(int, int)> &progress, QString *error);

} // namespace alliance::questionnaire
