#include "widgets/stepsuggestion.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "edits/stepstatus.h"
#include "evaluation/stepprogress.h"
#include "method/method.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace alliance {

StepSuggestionBar::StepSuggestionBar(Document *document, const QString &stepId, QWidget *parent)
    : QWidget(parent), m_document(document), m_stepId(stepId)
{
    setObjectName(QStringLiteral("stepSuggestionBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stepSuggestion"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_text->font();
    f.setItalic(true);
    m_text->setFont(f);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptStepSuggestion"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept, 0, Qt::AlignTop);
    // The bar keeps its place when it has nothing to say: the page below it
    // never moves under the pointer when an edit makes the suggestion come or go.
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_accept)}) {
        QSizePolicy keepPlace = w->sizePolicy();
        keepPlace.setRetainSizeWhenHidden(true);
        w->setSizePolicy(keepPlace);
    }
    setMinimumHeight(m_accept->sizeHint().height());
    connect(m_accept, &QPushButton::clicked, this, &StepSuggestionBar::accept);
    connect(document, &Document::changed, this, &StepSuggestionBar::refresh);
    refresh();
}

void StepSuggestionBar::refresh()
{
    const Project &project = m_document->project();
    const evaluation::StepSuggestion suggestion = evaluation::suggestStepStatus(project, m_stepId);
    const QString manager = evaluation::managerStepStatus(project, m_stepId);
    const QString suggested = method::choiceLabel(method::stepStatuses(), suggestion.status);
    if (manager == suggestion.status) {
        // The manager's status and what was entered agree: nothing to say.
        m_text->hide();
        m_accept->hide();
        return;
    }
    if (manager.isEmpty())
        m_text->setText(tr("Suggested from what was entered: %1 — %2.").arg(suggested, suggestion.reason()));
    else
        m_text->setText(tr("You set “%1”; what was entered suggests “%2” — %3.")
                            .arg(method::choiceLabel(method::stepStatuses(), manager), suggested, suggestion.reason()));
    // A "not started" suggestion is what an unset status already reads as.
    const bool canAccept = manager.isEmpty() && suggestion.status != QLatin1String("not_started");
    m_accept->setVisible(canAccept);
    m_accept->setText(tr("Accept “%1”").arg(suggested));
    m_accept->setToolTip(tr("Record “%1” as this step's status (can be undone)").arg(suggested));
    m_accept->setAccessibleName(tr("Accept the suggested status “%1”").arg(suggested));
    m_text->show();
}

void StepSuggestionBar::accept()
{
    const ChangeSet changes
        = stepstatus::acceptSuggestion(m_document->project(), m_stepId, tr("Accept the suggested step status"));
    if (changes.changes.isEmpty())
        return;
    QString error;
    if (!m_document->apply(changes, &error))
        messages::warn(this, tr("Not changed"), error);
}

} // namespace alliance
