#include "widgets/headerfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>

namespace alliance {

namespace {

/// Headers may be drawn bold (a selected row's column): measure them so.
QFont boldFont(const QHeaderView *header)
{
    QFont font = header->font();
    font.setBold(true);
    return font;
}

int margins(const QHeaderView *header)
{
    // The style's margin each side, plus room for a sort arrow.
    return 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
}

QString headerText(const QHeaderView *header, int section)
{
    return header->model() ? header->model()->headerData(section, header->orientation(), Qt::DisplayRole).toString()
                           : QString();
}

class HeaderFit : public QObject
{
public:
    explicit HeaderFit(QHeaderView *header) : QObject(header), m_header(header)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &HeaderFit::fit);
        connect(header, &QHeaderView::sectionResized, this, [this] { m_timer.start(); });
        connect(header, &QHeaderView::sectionCountChanged, this, [this] { m_timer.start(); });
        connect(header, &QHeaderView::geometriesChanged, this, [this] { m_timer.start(); });
        header->installEventFilter(this);
        watchModel();
        fit();
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange || event->type() == QEvent::Show)
            m_timer.start();
        return false;
    }

private:
    void watchModel()
    {
        if (m_model == m_header->model())
            return;
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = m_header->model();
        if (!m_model)
            return;
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] { m_timer.start(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_timer.start(); });
        connect(m_model, &QAbstractItemModel::columnsInserted, this, [this] { m_timer.start(); });
    }

    void fit()
    {
        watchModel();
        QHeaderView *header = m_header;
        const int count = header->count();
        // No section narrower than its longest word: stretched sections obey
        // only the header's minimum, so it is theirs; the others are widened
        // one by one.
        int narrowest = header->minimumSectionSize();
        QList<int> least(count, 0);
        for (int i = 0; i < count; ++i) {
            least[i] = headerWordWidth(header, headerText(header, i));
            if (header->sectionResizeMode(i) == QHeaderView::Stretch
                || (i == count - 1 && header->stretchLastSection()))
                narrowest = std::max(narrowest, least.at(i));
        }
        if (narrowest != header->minimumSectionSize())
            header->setMinimumSectionSize(std::min(narrowest, 220));
        for (int i = 0; i < count; ++i) {
            // Only sections sized by hand or by code can be widened: the others
            // size themselves, and asking would only start another round.
            const QHeaderView::ResizeMode mode = header->sectionResizeMode(i);
            if (!header->isSectionHidden(i) && (mode == QHeaderView::Interactive || mode == QHeaderView::Fixed)
                && header->sectionSize(i) < least.at(i))
                header->resizeSection(i, least.at(i));
        }
        // As tall as the most wrapped text.
        const QFontMetrics metrics(boldFont(header));
        int height = 0;
        for (int i = 0; i < count; ++i) {
            if (header->isSectionHidden(i))
                continue;
            const int width = std::max(1, header->sectionSize(i) - margins(header));
            const QRect needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap | Qt::AlignCenter,
                                                      headerText(header, i));
            height = std::max(height, needed.height());
        }
        height += 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
        if (header->minimumHeight() != height)
            header->setMinimumHeight(height);
    }

    QHeaderView *m_header;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
};

} // namespace

int headerWordWidth(const QHeaderView *header, const QString &text)
{
    const QFontMetrics metrics(boldFont(header));
    int widest = 0;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest + margins(header);
}

void fitHeaderText(QHeaderView *header)
{
    header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    header->setTextElideMode(Qt::ElideNone);
    new HeaderFit(header);
}

} // namespace alliance
