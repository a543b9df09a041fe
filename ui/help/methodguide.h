#pragma once
// The method guide: the seven steps and the method's tools explained in our
// own words, in the interface's language, with a table of contents built from
// the guide's headings. The text is ours (docs/method-guide*.md, embedded
// under :/help), never a user's.

#include <QDialog>

class QTextBrowser;
class QTreeWidget;

namespace alliance {

class MethodGuide : public QDialog
{
    Q_OBJECT
public:
    /// Child objectNames: "guideContents" (the headings), "guideText".
    /// Shows the guide in languages::current().
    explicit MethodGuide(QWidget *parent = nullptr);

    /// The guide's Markdown in `language` ("fr"; English for anything else).
    /// Empty when the resource is missing (a build without :/help).
    static QString markdown(const QString &language);
    /// The heading the guide gives step `number` named `name` (as translated):
    /// "Step 1 — Diagnose".
    static QString stepHeading(int number, const QString &name);

    /// The language shown: "fr" or "en".
    QString language() const { return m_language; }
    /// Scrolls to the section of step `stepId` (a method::steps() id) and
    /// selects it in the contents. False when the guide has no such section.
    bool showStep(const QString &stepId);
    /// The heading of the section shown at the top, as in the contents.
    QString currentSection() const;

    /// Opens the guide of `window` (one per window, kept between calls; not
    /// modal, so it can stay beside the page), at step `stepId` when given.
    static MethodGuide *open(QWidget *window, const QString &stepId = QString());

private:
    void showBlock(int blockNumber);

    QString m_language;
    QTreeWidget *m_contents;
    QTextBrowser *m_text;
};

} // namespace alliance
