#pragma once
// Example projects made by code, never stored as binaries: a realistic French
// partnership for demonstrations, tutorials and tests, and a large synthetic
// one for benchmarks. Both write only through Document::apply, like any edit.

#include <QString>

namespace alliance {
class Document;
}

namespace alliance::example {

class StoryClock;

/// Fills `doc` (a new, empty document from Document::createNew) with a complete
/// partnership in French: four partners of four profiles and a territorial
/// catalyst, contacts (one private), content in all seven steps, a year of
/// monthly measurements for six indicators, an interim and an annual review,
/// lessons, a private and a public note.
///
/// Every text and date is fixed, so two runs differ only by ids and journal
/// clocks. Edits are grouped in a few dozen change sets (one undo step each).
/// Returns false at the first change set the document refuses and sets `error`
/// to its description and the reason; the change sets applied before it stay.
///
/// With `story` (the clock `doc` was created with), the journal tells the
/// example's story: the file brought up to date by the lead's delegate on the
/// eve of the annual committee of 20 October 2026, then a few edits by four
/// partners in the weeks after it. Without, every change carries the real
/// time. Either way the document's author is left as it was.
bool fillExample(Document &doc, QString *error = nullptr, StoryClock *story = nullptr);

/// Sizes of the large project. The defaults are those of `new --scale large`;
/// tests may shrink them.
struct LargeSize
{
    int organisations = 60;
    int contacts = 300;
    int actions = 400;
    int indicators = 150;
    int measurementsPerIndicator = 60; ///< monthly
    int reviews = 24;                  ///< each scored by every organisation on every criterion
    int criteria = 30;                 ///< method criteria, plus custom ones up to this count
    /// Edit rounds (action statuses, measurement values) are added until the
    /// journal holds at least this many changes.
    qint64 minimumJournal = 200000;
};

/// Fills `doc` (new and empty) with a large synthetic partnership of `size`,
/// in large change sets (thousands of changes each) for speed. Prints nothing.
/// Content is deterministic apart from ids and clocks. Returns false at the
/// first refused change set and sets `error`; what was applied before stays.
bool fillLarge(Document &doc, QString *error = nullptr, const LargeSize &size = {});

} // namespace alliance::example
