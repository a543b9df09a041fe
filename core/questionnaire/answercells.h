#pragma once
// Reading one answer cell of a received questionnaire workbook, as a value
// the project may hold, or the reason it cannot be used. Values only: a
// formula cell gives nothing (the reader never keeps its cached result).

#include "questionnaire/binding.h"
#include "spreadsheet/xlsxworkbook.h"

#include <QString>
#include <optional>

namespace alliance::questionnaire {

struct CellValue
{
    bool empty = true; ///< no cell, or a blank text: no answer given
    QString value;     ///< the project's value: "3", "partly", "high", "40", the words
    QString shown;     ///< what the cell held, for people (empty when nothing)
    QString problem;   ///< translated; set when the cell cannot be used
    bool ok() const { return !empty && problem.isEmpty(); }
};

/// The choice cell of `type` (Rating, StepBack, Maturity, Priority) by its
/// label or value in the binding's list; a number cell is read as its text
/// ("3" stored by a spreadsheet as the number 3).
CellValue readChoice(const Binding &binding, AnswerType type, const XlsxCell *cell);

/// A weight: a whole number from 0 to 100, as a number or as text.
CellValue readWeight(const XlsxCell *cell);

/// Words: text (a number cell as its text), checked as a text field of
/// `table`.`field` is by any edit (length, characters).
CellValue readWords(const XlsxCell *cell, const QString &table, const QString &field);

} // namespace alliance::questionnaire
