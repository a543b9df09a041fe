#pragma once
// The frame every step page shares: a title, the step's purpose, the page's
// own content, and a collapsible panel with the method's guiding questions.
// Pages read from Document::project() / rows() and change data only through
// Document::apply (directly, or through the field editors and item models).

#include <QWidget>

class QVBoxLayout;
class QScrollArea;
class QToolButton;

namespace alliance {

class Document;
struct ChangeSet;

class StepPage : public QWidget
{
    Q_OBJECT
public:
    /// `stepId` is a method::steps() id; its name, purpose and questions are shown.
    StepPage(Document *document, const QString &stepId, QWidget *parent = nullptr);
    /// Stops following the document before the child widgets go: an editor
    /// that commits while it is destroyed must not refresh a half-destroyed page.
    ~StepPage() override;

    QString stepId() const { return m_stepId; }
    /// Re-reads what the page shows from the document. Called after every
    /// change (undo and redo included); editors with focus keep what is typed.
    virtual void refresh() = 0;

protected:
    Document *document() const { return m_document; }
    /// The layout pages add their content to (inside a scroll area).
    QVBoxLayout *contentLayout() const { return m_content; }
    /// Applies `changes`; shows the reason in a message box when refused.
    bool apply(const ChangeSet &changes);
    /// A bold section heading inside the content.
    void addSection(const QString &title);

private:
    Document *m_document;
    QString m_stepId;
    QVBoxLayout *m_content;
};

} // namespace alliance
