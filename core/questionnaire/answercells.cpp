#include "questionnaire/answercells.h"

#include "document/fieldvalue.h"
#include "method/method.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <cmath>

namespace alliance::questionnaire {

namespace {

/// The common refusals: nothing, a formula, an error value or a yes/no.
std::optional<CellValue> unusable(const XlsxCell *cell)
{
    CellValue v;
    if (!cell || (cell->kind == XlsxCellKind::Text && cell->text.trimmed().isEmpty()))
        return v;
    v.empty = false;
    switch (cell->kind) {
    case XlsxCellKind::Formula:
        v.problem
            = QCoreApplication::translate("Questionnaire", "it holds a formula, and only values typed in are read");
        return v;
    case XlsxCellKind::Error:
        v.shown = cell->text;
        v.problem = QCoreApplication::translate("Questionnaire", "it holds an error value");
        return v;
    case XlsxCellKind::Boolean:
        v.shown = cell->displayText();
        v.problem = QCoreApplication::translate("Questionnaire", "it holds a yes/no value");
        return v;
    case XlsxCellKind::Text:
    case XlsxCellKind::Number:
        break;
    }
    return std::nullopt;
}

// The value is checked against the method too: the binding's list is sealed,
// but the method is what the project accepts.
bool acceptedByMethod(AnswerType type, const QString &value)
{
    bool isNumber = false;
    const int n = value.toInt(&isNumber);
    switch (type) {
    case AnswerType::Rating:
        return isNumber && n >= 0 && n <= method::criterionScoreMax;
    case AnswerType::Maturity:
        return isNumber && n >= 0 && n <= method::maturityScoreMax;
    case AnswerType::StepBack:
        return method::findChoice(method::stepBackAnswers(), value) != nullptr;
    case AnswerType::Priority:
        return method::findChoice(method::needPriorities(), value) != nullptr;
    case AnswerType::None:
    case AnswerType::Weight:
        break;
    }
    return false;
}

} // namespace

CellValue readChoice(const Binding &binding, AnswerType type, const XlsxCell *cell)
{
    if (auto refused = unusable(cell))
        return *refused;
    CellValue v;
    v.empty = false;
    v.shown = cell->displayText();
    const auto value = binding.valueOf(type, v.shown);
    if (!value || !acceptedByMethod(type, *value)) {
        v.problem = QCoreApplication::translate("Questionnaire", "“%1” is not one of the answers offered")
                        .arg(v.shown.left(80));
        return v;
    }
    v.value = *value;
    return v;
}

CellValue readWeight(const XlsxCell *cell)
{
    if (auto refused = unusable(cell))
        return *refused;
    CellValue v;
    v.empty = false;
    v.shown = cell->displayText();
    bool ok = false;
    double number = cell->kind == XlsxCellKind::Number ? cell->number : cell->text.trimmed().toDouble(&ok);
    if (cell->kind == XlsxCellKind::Number)
        ok = true;
    if (!ok || !std::isfinite(number) || number != std::floor(number) || number < 0 || number > 100) {
        v.problem = QCoreApplication::translate("Questionnaire", "“%1” is not a whole number from 0 to 100")
                        .arg(v.shown.left(80));
        return v;
    }
    v.value = QString::number(int(number));
    return v;
}

CellValue readWords(const XlsxCell *cell, const QString &table, const QString &field)
{
    if (auto refused = unusable(cell))
        return *refused;
    CellValue v;
    v.empty = false;
    v.shown = cell->displayText();
    QString why;
    if (schema::textLength(v.shown) > schema::maxTextLength) {
        v.problem = QCoreApplication::translate("Questionnaire", "the text is longer than %1 characters")
                        .arg(schema::maxTextLength);
    } else if (!storedValue(table, field, v.shown, &why)) {
        v.problem = why;
    } else {
        v.value = v.shown;
    }
    if (!v.problem.isEmpty())
        v.shown = v.shown.left(80);
    return v;
}

} // namespace alliance::questionnaire
