#include "pages/objectivespage.h"
#include "questionnaireactions.h"
#include "widgets/pagewidgets.h"

#include "charts/carreradarchart.h"
#include "charts/chartlegend.h"
#include "document/document.h"
#include "evaluation/recommendation.h"
#include "evaluation/weights.h"
#include "method/method.h"
#include "widgets/carremagiqueeditor.h"
#include "widgets/fieldeditors.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::plainLabel;

ObjectivesPage::ObjectivesPage(Document *document, QWidget *parent)
    : StepPage(document, QStringLiteral("objectives"), parent)
{
    addSection(tr("Each partner's objectives"));
    contentLayout()->addWidget(
        plainLabel(tr("Each partner gives a weight to the four objectives of the carré magique. The four weights "
                      "always sum to 100: the weight you set stays as you set it, so do the ones you set before it as "
                      "far as they fit, and the others make room. Hover over an objective to see what it covers."),
                   this));
    contentLayout()->addLayout(questionnaireactions::prepareButtonRow(this, *document, questionnaire::Kind::Weights,
                                                                      QStringLiteral("prepareWeightsQuestionnaires")));

    auto *columns = new QHBoxLayout;
    auto *editors = new QVBoxLayout;
    m_noPartner = plainLabel(tr("No partner to weight yet: add the partner organisations first."), this);
    m_noPartner->setObjectName(QStringLiteral("noPartnerNote"));
    editors->addWidget(m_noPartner);
    m_editorsLayout = new QVBoxLayout;
    m_editorsLayout->setSpacing(16);
    editors->addLayout(m_editorsLayout);
    editors->addStretch();
    columns->addLayout(editors, 1);

    auto *compare = new QVBoxLayout;
    m_radar = new QChartView(this);
    m_radar->setObjectName(QStringLiteral("carreRadar"));
    m_radar->setAccessibleName(tr("Radar of the partners' objective weights"));
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_radar->setMinimumSize(320, 380);
    // As tall as a radar needs: its legend stays right under it, beside the
    // first partner's editor.
    m_radar->setMaximumHeight(420);
    m_radar->setChart(makeCarreRadarChart(QList<evaluation::PartnerWeighting> {}));
    compare->addWidget(m_radar);
    m_radarLegend = new charts::ChartLegend(this);
    m_radarLegend->setMaxColumns(2); // a narrow column: two names a row
    compare->addWidget(m_radarLegend);
    m_readings = plainLabel(QString(), this);
    m_readings->setObjectName(QStringLiteral("partnerReadings"));
    compare->addWidget(m_readings);
    compare->addStretch();
    columns->addLayout(compare, 1);
    contentLayout()->addLayout(columns);

    addSection(tr("Common stake"));
    contentLayout()->addWidget(
        plainLabel(tr("What the partners pursue together: the compass for the whole journey. Agree it once each "
                      "partner's objectives are clear."),
                   this));
    m_commonStake = new FieldTextEdit(document,
                                      {QStringLiteral("partnership"), document->partnershipId(),
                                       QStringLiteral("common_stake"), tr("Edit the common stake")},
                                      this);
    m_commonStake->setObjectName(QStringLiteral("commonStake"));
    m_commonStake->setAccessibleName(tr("Common stake"));
    m_commonStake->setPlaceholderText(tr("The common stake or stakes the partners agree on"));
    m_commonStake->setMinimumHeight(m_commonStake->fontMetrics().lineSpacing() * 4);
    m_commonStake->setMaximumHeight(m_commonStake->fontMetrics().lineSpacing() * 8);
    contentLayout()->addWidget(m_commonStake);
    contentLayout()->addStretch();

    connect(document, &Document::changed, this, &ObjectivesPage::refresh);
    refresh();
}

void ObjectivesPage::refresh()
{
    const Project &project = document()->project();
    const evaluation::Recommendation rec = evaluation::recommend(project);
    const QList<QUuid> organisations = evaluation::organisationsToWeight(project, rec);
    if (organisations != m_editorOrganisations)
        rebuildEditors(organisations);
    else
        for (CarreMagiqueEditor *editor : std::as_const(m_editors))
            editor->refresh();
    m_noPartner->setVisible(m_editors.isEmpty());
    updateRadar(rec);
    updateReadings(rec);
}

void ObjectivesPage::rebuildEditors(const QList<QUuid> &organisations)
{
    // deleteLater: a rebuild may run inside a signal of an old editor.
    for (CarreMagiqueEditor *editor : std::as_const(m_editors)) {
        editor->hide();
        m_editorsLayout->removeWidget(editor);
        editor->deleteLater();
    }
    m_editors.clear();
    m_editorOrganisations = organisations;
    QList<QWidget *> chain;
    for (const QUuid &id : organisations) {
        auto *editor = new CarreMagiqueEditor(document(), id, this);
        connect(editor, &CarreMagiqueEditor::changeRequested, this,
                [this](const ChangeSet &changes) { apply(changes); });
        m_editorsLayout->addWidget(editor);
        m_editors.append(editor);
        chain << editor->focusChain();
    }
    // New editors come after the common stake in creation order: put them back before it.
    chain << m_commonStake;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

void ObjectivesPage::updateRadar(const evaluation::Recommendation &rec)
{
    QString key;
    for (const evaluation::PartnerWeighting &p : rec.partners) {
        key += p.organisationId.toString() + p.name;
        for (double w : p.weights)
            key += QLatin1Char(';') + QString::number(w);
        key += QLatin1Char('\n');
    }
    if (key == m_radarKey && m_radar->chart())
        return;
    m_radarKey = key;
    QChart *old = m_radar->chart();
    QChart *chart = makeCarreRadarChart(rec.partners);
    // The partners' names go in the wrapped legend under the chart: Qt
    // Charts' own legend would cut them to a few letters.
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(24, 34, 24, 30));
    m_radar->setChart(chart);
    m_radarLegend->setEntries(carreLegendEntries(rec.partners));
    delete old; // setChart() leaves the previous chart to us
}

void ObjectivesPage::updateReadings(const evaluation::Recommendation &rec)
{
    // Each partner's own reading, as the Model page states it: partners of
    // different kinds weighting differently is normal, never a warning.
    QStringList lines;
    for (const QString &sentence : rec.explanation) {
        lines << sentence;
        if (lines.size() == rec.partners.size())
            break;
    }
    m_readings->setText(rec.partners.isEmpty()
                            ? tr("Once a partner weights its objectives, its reading shows here: the objective "
                                 "it puts first, and the category that objective points to.")
                            : lines.join(QLatin1Char('\n')));
}

} // namespace alliance
