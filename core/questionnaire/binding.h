#pragma once
// The binding of a questionnaire workbook: which partnership, questionnaire,
// review and organisation its answers belong to, which row of the answers
// sheet holds which question, and the drop-down labels it offered. It is
// written in a very hidden, protected sheet and sealed with a key this
// installation keeps, so that an answer cannot land in the wrong project
// and an edited binding (another organisation, another row) is refused.
//
// The binding sheet holds one record per row, texts only (cells A..E):
//   A1 "alliance-pilot-questionnaire", B1 format version
//   field rows:    A field name, B value   (partnership, kind, review, ...)
//   question rows: A "question", B key, C answers-sheet row (1-based), D answer type id, E "1" when a words cell
//   choice rows:   A "choice", B answer type id, C value, D label
//   last row:      A "seal", B hex HMAC-SHA-256 of the rows above (bindingText)

#include "questionnaire/questionnaire.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace alliance::questionnaire {

/// The layout every questionnaire workbook shares: 0-based columns, as
/// libxlsxwriter counts them (spreadsheet/xlsxreader's XlsxSheet::cell
/// counts rows and columns from 1: column answerColumn + 1 there).
namespace layout {
inline const char *const bindingSheet = "binding";
inline const char *const marker = "alliance-pilot-questionnaire";
constexpr int formatVersion = 1;
constexpr int answerColumn = 2;   ///< C: the rating, choice or weight
constexpr int wordsColumn = 3;    ///< D: comment, how, the need in words
constexpr int maxQuestions = 500; ///< more rows in a binding are refused
constexpr int maxChoices = 100;
} // namespace layout

struct BoundQuestion
{
    QString key;
    int row = 0; ///< 1-based row of the answers sheet
    AnswerType answer = AnswerType::None;
    bool words = false;
};

struct BoundChoice
{
    AnswerType type = AnswerType::None;
    QString value;
    QString label;
};

struct Binding
{
    QUuid partnership;
    Kind kind = Kind::Review;
    QUuid review;             ///< reviews only
    QUuid organisation;       ///< null in anonymous mode
    QString organisationKind; ///< anonymous mode: the respondent's method::organisationProfiles() id
    bool anonymous = false;
    QString language;     ///< "fr" or "en": the language of the labels
    QUuid workbook;       ///< random, one per workbook written
    QString answersSheet; ///< the name of the sheet holding the answers
    QDateTime created;    ///< UTC
    QList<BoundQuestion> questions;
    QList<BoundChoice> choices;

    /// The sheet's rows (without the seal row), cells A..E as texts.
    QList<QStringList> rows() const;
    /// The seal of `rows` with this installation's key (made on first use).
    static QString seal(const QList<QStringList> &rows);
    /// The rows with the seal row last: what a writer writes.
    QList<QStringList> sealedRows() const;

    /// Reads a binding sheet's rows (every cell as text, trailing empty
    /// cells may be missing). Nullopt with `error` (translated, for the user)
    /// when the marker, version, a field, a question or a choice is wrong,
    /// or when the seal does not match (edited, or sealed by another
    /// installation).
    static std::optional<Binding> fromRows(const QList<QStringList> &rows, QString *error);

    /// The label of `value` in the binding's drop-down list of `type`, or empty.
    QString labelOf(AnswerType type, const QString &value) const;
    /// The value whose label (or value) is `cellText` (trimmed, case-insensitive), or nullopt.
    std::optional<QString> valueOf(AnswerType type, const QString &cellText) const;
};

} // namespace alliance::questionnaire
