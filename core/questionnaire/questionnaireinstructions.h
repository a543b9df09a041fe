#pragma once
// What the instructions sheet of a questionnaire says, in the writing
// language: what the questionnaire is, for whom, and how to answer it.

#include "questionnaire/questionnaire.h"

#include <QString>
#include <QStringList>

namespace alliance::questionnaire {

struct InstructionsFor
{
    Kind kind = Kind::Review;
    QString partnership; ///< the partnership's title
    QString respondent;  ///< the organisation's name, or its kind in anonymous mode
    bool anonymous = false;
    QString review;       ///< the review's title (reviews only)
    QString answersSheet; ///< the name of the sheet to fill in
};

/// The title (first) then one paragraph per line of the instructions sheet.
QStringList instructionParagraphs(const InstructionsFor &what);

} // namespace alliance::questionnaire
