#include "projectview.h"

#include "pages/cobuildpage.h"
#include "pages/dashboardpage.h"
#include "pages/diagnosepage.h"
#include "pages/ecosystempage.h"
#include "pages/evaluatepage.h"
#include "pages/modelpage.h"
#include "pages/objectivespage.h"
#include "pages/pilotpage.h"
#include "widgets/fieldeditors.h"
#include "widgets/stepnavigator.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStackedWidget>

namespace alliance {

ProjectView::ProjectView(Document *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_navigator(new StepNavigator(document, this)),
      m_pages(new QStackedWidget(this)),
      m_dashboard(new DashboardPage(document, m_pages))
{
    setObjectName(QStringLiteral("projectView"));
    m_pages->setObjectName(QStringLiteral("stepPages"));
    // In the method's order: the navigator's rows and the stack's pages match.
    const QList<StepPage *> pages {new DiagnosePage(document, m_pages), new ObjectivesPage(document, m_pages),
                                   new ModelPage(document, m_pages),    new EcosystemPage(document, m_pages),
                                   new CoBuildPage(document, m_pages),  new PilotPage(document, m_pages),
                                   new EvaluatePage(document, m_pages)};
    for (StepPage *page : pages)
        m_pages->addWidget(page);
    // After the seven steps, as the navigator's last row.
    m_pages->addWidget(m_dashboard);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_navigator);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    split->setSizes({230, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        commitPendingEdits();
        if (row >= 0) {
            m_pages->setCurrentIndex(row);
            Q_EMIT pageShown(row);
        }
    });
    m_navigator->setCurrentRow(0);
}

void ProjectView::showStep(int index)
{
    m_navigator->setCurrentRow(index);
}

void ProjectView::showDashboard()
{
    m_navigator->setCurrentRow(dashboardIndex);
}

int ProjectView::currentStep() const
{
    return m_pages->currentIndex();
}

StepPage *ProjectView::page(int index) const
{
    return qobject_cast<StepPage *>(m_pages->widget(index));
}

void ProjectView::commitPendingEdits()
{
    // Multi-line editors write on focus loss; line edits on editingFinished.
    QWidget *focused = QApplication::focusWidget();
    if (auto *text = qobject_cast<FieldTextEdit *>(focused))
        text->commit();
    else if (auto *line = qobject_cast<FieldLineEdit *>(focused))
        Q_EMIT line->editingFinished();
}

} // namespace alliance
