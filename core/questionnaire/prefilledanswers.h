#pragma once
// The answers a project already holds for a questionnaire, so that a partner
// amends them rather than types them again.

#include "questionnaire/questionnaire.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace alliance::questionnaire {

struct Prefilled
{
    QString value; ///< the Choice value (or weight) of the answer cell; empty: none
    QString words; ///< the comment, "how", the need in words; empty: none
};

/// By question key: what `organisation` answered in `project` to the
/// questions of `kind` (for a review, of `review`). Only the answers whose
/// value suits the question's answer type are kept.
QHash<QString, Prefilled> prefilledAnswers(const Project &project, Kind kind, const QUuid &organisation,
                                           const QUuid &review, const QList<Question> &questions);

} // namespace alliance::questionnaire
