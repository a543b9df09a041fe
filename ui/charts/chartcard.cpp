#include "charts/chartcard.h"

#include "charts/chartlegend.h"
#include "charts/chartstyle.h"
#include "charts/dashboardchart.h"
#include "dialogs/messages.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace alliance::charts {

namespace {

const QSize exportSize(1600, 900);

/// The chart's height on screen: its names whole (see namedBarsHeight), and
/// never less than a readable chart.
int chartHeight(const dashboard::ChartData &data)
{
    constexpr int defaultHeight = 360;
    return std::max(defaultHeight, namedBarsHeight(data, QFontMetrics(QFont()).lineSpacing()));
}

} // namespace

ChartCard::ChartCard(const QString &slot, QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_tools(new QHBoxLayout),
      m_view(new QChartView(this)),
      m_hint(new QLabel(this)),
      m_legend(new ChartLegend(this)),
      m_png(new QPushButton(tr("Export PNG…"), this)),
      m_svg(new QPushButton(tr("Export SVG…"), this))
{
    setObjectName(QStringLiteral("chartCard_") + slot);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setTextFormat(Qt::PlainText); // may quote an indicator or a review
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);

    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(360);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_hint->setObjectName(QStringLiteral("emptyHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMinimumHeight(160); // an empty card stays short
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_png->setObjectName(QStringLiteral("exportPngButton"));
    m_svg->setObjectName(QStringLiteral("exportSvgButton"));
    m_png->setToolTip(tr("Save this chart as a PNG image"));
    m_svg->setToolTip(tr("Save this chart as an SVG drawing, sharp at any size"));
    connect(m_png, &QPushButton::clicked, this, [this] { exportAs(Format::Png); });
    connect(m_svg, &QPushButton::clicked, this, [this] { exportAs(Format::Svg); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addLayout(m_tools);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_png);
    buttons->addWidget(m_svg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_hint, 1);
    layout->addLayout(buttons);
    m_view->hide();
}

void ChartCard::setData(const dashboard::ChartData &data)
{
    if (m_shown && data == m_data)
        return;
    m_shown = true;
    m_data = data;
    m_title->setText(data.title);
    m_view->setAccessibleName(data.title);
    const bool empty = data.isEmpty();
    m_hint->setText(data.emptyHint);
    m_hint->setVisible(empty);
    m_view->setVisible(!empty);
    m_png->setEnabled(!empty);
    m_svg->setEnabled(!empty);
    QChart *old = m_view->chart();
    QChart *chart = buildChart(data);
    // The card shows the title above the chart and the legend below it, as
    // wrapped labels: exports keep them in the picture.
    chart->setTitle(QString());
    chart->legend()->setVisible(false);
    m_legend->setEntries(legendEntries(data));
    m_view->setMinimumHeight(chartHeight(data));
    if (data.shape != dashboard::ChartShape::Radar)
        chart->setMargins(QMargins(4, 4, 4, 4));
    else // room for the side labels, and for the two lines of the top and bottom ones
        chart->setMargins(QMargins(24, 34, 24, 30));
    if (chart->layout())
        chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setChart(chart);
    delete old;
}

bool ChartCard::exportTo(const QString &path, Format format, QString *error) const
{
    return format == Format::Png ? exportChartPng(m_data, path, exportSize, error)
                                 : exportChartSvg(m_data, path, exportSize, error);
}

void ChartCard::exportAs(Format format)
{
    const QString suffix = format == Format::Png ? QStringLiteral("png") : QStringLiteral("svg");
    // A file name from the title: letters, digits and dashes only.
    QString base = m_data.title.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    base = base.left(60);
    const QString filter = format == Format::Png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(
        this, format == Format::Png ? tr("Export the chart as PNG") : tr("Export the chart as SVG"),
        QDir::home().filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, format, &error))
        messages::warn(this, tr("Export the chart"), error);
}

} // namespace alliance::charts
