#include "charts/carreradarchart.h"

#include "charts/chartstyle.h"
#include "charts/radarchart.h"
#include "method/method.h"

namespace alliance {

QChart *makeCarreRadarChart(const QList<evaluation::PartnerWeighting> &partners)
{
    QStringList objectives;
    for (const method::Objective &o : method::objectives())
        objectives << method::tr(o.name);
    QList<dashboard::Series> series;
    for (const evaluation::PartnerWeighting &p : partners) {
        dashboard::Series s;
        s.name = p.name;
        for (double w : p.weights)
            s.values << w * 100.0;
        series << s;
    }
    return charts::makeRadarChart(objectives, series, 100);
}

QList<charts::LegendEntry> carreLegendEntries(const QList<evaluation::PartnerWeighting> &partners)
{
    QList<charts::LegendEntry> entries;
    for (int s = 0; s < partners.size(); ++s)
        entries << charts::LegendEntry {partners.at(s).name, charts::seriesColour(QString(), s),
                                        charts::LegendEntry::Mark::Line};
    return entries;
}

QChart *makeCarreRadarChart(const Project &project)
{
    return makeCarreRadarChart(evaluation::recommend(project).partners);
}

} // namespace alliance
