#pragma once
// Step 2, "Set objectives": each partner weights the four objectives of the
// carré magique, a radar overlays the partners' weightings and warns when
// they diverge, and the partners write their common stake.

#include "pages/steppage.h"

#include <QList>
#include <QUuid>

class QChartView;
class QLabel;
class QVBoxLayout;

namespace alliance {

namespace evaluation {
struct Recommendation;
}
namespace charts {
class ChartLegend;
}
class CarreMagiqueEditor;
class FieldTextEdit;

class ObjectivesPage : public StepPage
{
    Q_OBJECT
public:
    /// Follows `document` (Document::changed) by itself. Child objectNames:
    /// "carreEditor_<organisation id>" (see CarreMagiqueEditor),
    /// "carreRadar" (a QChartView) with its legend "chartLegend" under it
    /// (wrapped: a long partner name is never cut), "partnerReadings", "noPartnerNote",
    /// "commonStake".
    explicit ObjectivesPage(Document *document, QWidget *parent = nullptr);

    /// Rebuilds the partner editors only when the set of partners changed;
    /// otherwise each editor re-reads its weights. The radar is rebuilt only
    /// when what it shows changed.
    void refresh() override;

private:
    void rebuildEditors(const QList<QUuid> &organisations);
    void updateRadar(const evaluation::Recommendation &recommendation);
    void updateReadings(const evaluation::Recommendation &recommendation);

    QVBoxLayout *m_editorsLayout;
    QList<CarreMagiqueEditor *> m_editors;
    QList<QUuid> m_editorOrganisations;
    QLabel *m_noPartner;
    QChartView *m_radar;
    charts::ChartLegend *m_radarLegend;
    QString m_radarKey;
    QLabel *m_readings;
    FieldTextEdit *m_commonStake;
};

} // namespace alliance
