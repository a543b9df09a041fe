#pragma once
// Projects that validate but push the report to its limits, made by code
// through Document::apply: shared by the report tests and benchReport.

#include "document/document.h"

#include <QString>

namespace alliance::test {

/// The longest text a field may hold (schema::maxTextLength): one word
/// without a space, so nothing can wrap it.
QString longestWord(QChar letter = QLatin1Char('W'));

/// `count` notes of one step (one long bulleted list in the report).
ChangeSet manyNotes(int count, const QString &stepId = QStringLiteral("pilot"));

/// A partner giving 1.7e308 €, another -1.7e308 €, and an indicator measured
/// at 1.7e308 against a target of -1.7e308: ranges whose width overflows.
ChangeSet hugeNumbers();

/// An organisation whose name is longestWord('N'), scored, weighted, with a
/// contribution and a maturity answer, so it reaches every chart, and a review
/// titled with longestWord('R'). The review is scored by that organisation.
ChangeSet longNames();

} // namespace alliance::test
