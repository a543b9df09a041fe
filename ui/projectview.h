#pragma once
// An open partnership: the step navigator beside the seven step pages, with
// each step's status editable above its page.

#include <QWidget>

class QStackedWidget;

namespace alliance {

class Document;
class StepNavigator;
class StepPage;

class ProjectView : public QWidget
{
    Q_OBJECT
public:
    ProjectView(Document *document, QWidget *parent = nullptr);
    /// Shows the page of step `index` (0..6).
    void showStep(int index);
    int currentStep() const;
    StepPage *page(int index) const;
    /// Writes what is being typed in the focused editor, before a save.
    void commitPendingEdits();

private:
    Document *m_document;
    StepNavigator *m_navigator;
    QStackedWidget *m_pages;
};

} // namespace alliance
