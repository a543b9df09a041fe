#pragma once
// An open partnership: the step navigator beside the seven step pages, with
// each step's status editable above its page.

#include <QWidget>

class QStackedWidget;

namespace alliance {

class Document;
class DashboardPage;
class StepNavigator;
class StepPage;

class ProjectView : public QWidget
{
    Q_OBJECT
public:
    ProjectView(Document *document, QWidget *parent = nullptr);
    /// Shows the page of step `index` (0..6).
    void showStep(int index);
    /// The page shown: a step 0..6, or dashboardIndex.
    int currentStep() const;
    /// The page of step `index`; nullptr for the dashboard and out of range.
    StepPage *page(int index) const;
    /// The dashboard's place after the seven steps.
    static constexpr int dashboardIndex = 7;
    /// Shows the dashboard.
    void showDashboard();
    DashboardPage *dashboard() const { return m_dashboard; }
    /// Writes what is being typed in the focused editor, before a save.
    void commitPendingEdits();

Q_SIGNALS:
    /// Another page is shown (a step 0..6 or dashboardIndex).
    void pageShown(int index);

private:
    Document *m_document;
    StepNavigator *m_navigator;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
};

} // namespace alliance
