#pragma once
// A questionnaire as a workbook a partner fills in with Excel or LibreOffice
// (libxlsxwriter): instructions first, then the answers sheet (the questions
// in the method's order, answer cells unlocked with drop-down lists or a
// whole-number rule, everything else protected), then the sealed binding
// (questionnaire/binding.h) in a very hidden, protected sheet. The import of
// answers reads it back through Binding::fromRows and layout::.

#include "questionnaire/questionnaire.h"

#include <QString>
#include <QUuid>
#include <memory>

namespace alliance {

class Document;
class Language;

namespace questionnaire {

struct WriteOptions
{
    Kind kind = Kind::Review;
    QUuid organisation;     ///< the respondent (in anonymous mode, only its kind is written)
    QUuid review;           ///< reviews only
    bool anonymous = false; ///< reviews only: bound to the organisation's kind, no answers pre-filled
    /// The language of the workbook's texts; null: the application's.
    std::shared_ptr<const Language> language;
};

/// What a written questionnaire holds, to say so.
struct Written
{
    int questions = 0;
    int prefilled = 0; ///< questions whose answer or words were pre-filled
};

/// Writes the questionnaire of `options` on `project` to `path`, a new file
/// written beside it then moved into place (whole or not at all). False with
/// `error` (translated) when `path` exists, the organisation or review is
/// unknown, anonymous mode is asked for another kind than a review, or the
/// file cannot be written. Texts from the project are always written as
/// text, never as formulas. The answers the project already holds are
/// pre-filled (not in anonymous mode).
bool writeQuestionnaire(const Project &project, const WriteOptions &options, const QString &path, QString *error,
                        Written *written = nullptr);
/// The same for an open document; also refuses to write over its file.
bool writeQuestionnaire(const Document &doc, const WriteOptions &options, const QString &path, QString *error,
                        Written *written = nullptr);

} // namespace questionnaire
} // namespace alliance
