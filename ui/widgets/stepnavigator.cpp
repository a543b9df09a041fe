#include "widgets/stepnavigator.h"

#include "document/document.h"
#include "evaluation/stepprogress.h"
#include "method/method.h"

namespace alliance {

StepNavigator::StepNavigator(Document *document, QWidget *parent) : QListWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("stepNavigator"));
    setAccessibleName(tr("Steps of the partnership"));
    setSpacing(2);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    for (const auto &step : method::steps()) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, step.id);
    }
    // The dashboard follows the steps: where the partnership stands overall.
    auto *dashboard = new QListWidgetItem(QStringLiteral("▦  ") + tr("Dashboard"), this);
    dashboard->setData(Qt::UserRole, QStringLiteral("dashboard"));
    dashboard->setToolTip(tr("Charts of where the partnership stands, for steering committees and boards (Ctrl+0)"));
    connect(document, &Document::changed, this, &StepNavigator::refresh);
    refresh();
}

void StepNavigator::refresh()
{
    const auto journey = evaluation::stepProgress(m_document->project());
    for (int i = 0; i < count() && i < journey.steps.size(); ++i) {
        const auto &progress = journey.steps.at(i);
        const method::Step *step = method::findStep(progress.stepId);
        const method::Choice *status = method::findChoice(method::stepStatuses(), progress.status);
        QListWidgetItem *it = item(i);
        const QString mark = progress.status == QLatin1String("done") ? QStringLiteral("✔")
            : progress.status == QLatin1String("in_progress")         ? QStringLiteral("◐")
                                                                      : QStringLiteral("○");
        // A status the manager has not set is the one suggested from what
        // was entered, and says so.
        const QString statusText = status ? method::tr(status->label) : QString();
        it->setText(
            QStringLiteral("%1  %2. %3\n      %4")
                .arg(mark)
                .arg(step->number)
                .arg(method::tr(step->name), progress.suggested ? tr("%1 (suggested)").arg(statusText) : statusText));
        QString tip = method::tr(step->purpose);
        if (progress.suggested)
            tip += QLatin1Char('\n') + tr("Suggested from what was entered: %1").arg(progress.suggestion.reason());
        it->setToolTip(tip);
        QFont f = font();
        f.setBold(progress.stepId == journey.currentStepId);
        it->setFont(f);
    }
}

} // namespace alliance
