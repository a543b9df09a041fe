#pragma once
// The file names of questionnaires written in one folder, one per partner:
// from the organisation's name, safe on every system, never two alike.

#include "questionnaire/questionnaire.h"

#include <QString>
#include <QStringList>

namespace alliance::questionnaire {

/// "<name> – <kind>.xlsx" in the writing language: without path separators,
/// control or reserved characters, not starting with a dot, at most about
/// 100 characters, and different (whatever the case) from every name of
/// `taken`, to which it is added.
QString questionnaireFileName(const QString &organisationName, Kind kind, QStringList *taken);

} // namespace alliance::questionnaire
