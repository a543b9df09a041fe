#pragma once
// Column headers that are read whole: a header's text wraps between words
// onto more lines (the header grows taller), and no column is narrower than
// the longest word of its header, so "Valeur de référence" never shows as
// "leur de référen".

#include <QString>

class QHeaderView;

namespace alliance {

/// Makes `header` (a horizontal header) wrap its texts between words, never
/// elide them, keep every section at least as wide as the longest word of
/// its text, and be as tall as its most wrapped text. Follows later changes
/// of the model's headers and of the sections' widths. `header` keeps the
/// helper (a child QObject).
void fitHeaderText(QHeaderView *header);

/// The width the longest word of `text` takes in `header`, margins included:
/// the narrowest its section may be.
int headerWordWidth(const QHeaderView *header, const QString &text);

} // namespace alliance
