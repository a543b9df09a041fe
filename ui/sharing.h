#pragma once
// The sharing flows of the File menu: share with a partner, merge a
// partner's copy (also offered when the open file changed on disk), and the
// note shown when a partner's copy is opened. The rules are in core/sync;
// these functions ask, show and report.

#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace alliance {

class Document;

namespace sharing {

/// File > Share with partner…: the share dialog, then the copy. Refusals and
/// failures are shown in a message. True when a copy was written.
bool shareWithPartner(QWidget *parent, Document &document);

/// File > Merge…: asks for a file, then mergeFile(). True when merged.
bool chooseAndMerge(QWidget *parent, Document &document);

/// Checks `path` like any opened file, shows what came in and the conflicts
/// (MergeDialog) and, when the user applies, merges it as one undo step.
/// A refused file (damaged, newer, of another partnership...) is shown with
/// its reason and changes nothing. Once merged, what the merge did is said
/// in the status bar and in a message that does not block (objectName
/// "mergeOutcome"). True when merged (or, for the open file
/// itself, when nothing in it was new: Save may then replace it).
bool mergeFile(QWidget *parent, Document &document, const QString &path);

/// For a partner's copy: which organisation the changes are recorded for
/// ("This copy was made for X..."); empty for any other file.
QString partnerCopyNotice(const Document &document);

/// A row holding `banner` (the "changed on disk" message) and a "Merge their
/// changes" button (objectName "mergeChangesButton") that calls `merge`; the
/// button shows and hides with the banner. The row is `parent`'s child.
QWidget *withMergeButton(QLabel *banner, QWidget *parent, std::function<void()> merge);

} // namespace sharing
} // namespace alliance
