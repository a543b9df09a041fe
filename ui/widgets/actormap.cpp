#include "widgets/actormap.h"

#include "document/document.h"
#include "edits/actormapedits.h"
#include "method/method.h"
#include "model/ids.h"

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPathStroker>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace alliance {

namespace {

const QString linkTable = QStringLiteral("actor_link");
const QRectF nodeRect(-80, -22, 160, 44);
constexpr qreal columnWidth = 200;
constexpr qreal rowHeight = 64;
// Positions further out than this come from a damaged or hostile file: lay the node out instead.
constexpr double farthest = 1e6;

QString profileLabel(const QString &profileId)
{
    const method::Choice *c = method::findChoice(method::organisationProfiles(), profileId);
    return c ? method::tr(c->label) : QString();
}

// Menu texts treat '&' as a mnemonic marker; a partner's name must show as typed.
QString menuText(const QString &userText)
{
    QString t = userText;
    return t.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// Tooltips guess whether text is rich: say it is, and escape the user's text so it shows as typed.
QString richText(const QString &plain)
{
    return QStringLiteral("<qt>%1</qt>").arg(plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

/// `text` broken into at most two lines of `width`, the second elided when the text is longer.
QStringList nameLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (int i = 0; i < 2; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool last = i == 1 || line.textStart() + line.textLength() >= text.size();
        lines << (i == 1 ? QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width)
                         : text.mid(line.textStart(), line.textLength()).trimmed());
        if (last)
            break;
    }
    layout.endLayout();
    return lines;
}

/// Where the default layout puts each organisation of `unplaced`: one cluster (a short column)
/// per profile, in method order, unknown profiles last. Two clusters sit side by side; more
/// sit around an ellipse, so that a link between two clusters never runs under a third one.
QHash<QUuid, QPointF> layoutByProfile(QList<Organisation> unplaced)
{
    const QStringList profiles = method::idsOf(method::organisationProfiles());
    const auto rank = [&profiles](const Organisation &o) {
        const int i = int(profiles.indexOf(o.profile));
        return i < 0 ? int(profiles.size()) : i;
    };
    std::stable_sort(unplaced.begin(), unplaced.end(),
                     [&rank](const Organisation &a, const Organisation &b) { return rank(a) < rank(b); });
    QList<QList<QUuid>> clusters;
    int lastRank = -1;
    for (const auto &o : unplaced) {
        if (rank(o) != lastRank)
            clusters.append(QList<QUuid>());
        lastRank = rank(o);
        clusters.last().append(o.id);
    }
    const int n = int(clusters.size());
    int tallest = 0;
    for (const auto &c : clusters)
        tallest = qMax(tallest, int(c.size()));
    // Far enough apart for node widths around the ellipse, and for the tallest cluster top to bottom.
    const qreal rx = n > 2 ? qMax(1.6 * columnWidth, 0.6 * columnWidth / std::sin(M_PI / n)) : 0;
    const qreal ry = n > 2 ? qMax(0.6 * rx, tallest * rowHeight / 2 + rowHeight) : 0;
    QHash<QUuid, QPointF> at;
    for (int c = 0; c < n; ++c) {
        const qreal angle = 2 * M_PI * c / n;
        const QPointF centre
            = n > 2 ? QPointF(rx * std::sin(angle), -ry * std::cos(angle)) : QPointF(c * columnWidth, 0);
        const auto &members = clusters.at(c);
        for (int i = 0; i < members.size(); ++i)
            at.insert(members.at(i), centre + QPointF(0, (i - (members.size() - 1) / 2.0) * rowHeight));
    }
    return at;
}

} // namespace

/// An organisation on the map. Its text is a QGraphicsSimpleTextItem: never markup.
class ActorMap::Node : public QGraphicsItem
{
public:
    enum {
        Type = UserType + 41
    };
    Node(const QUuid &id, std::function<void()> moved) : organisationId(id), m_moved(std::move(moved))
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setCursor(Qt::OpenHandCursor);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return nodeRect.adjusted(-2, -2, 2, 2); }

    void display(const QString &name, const QString &profileId, const QString &roleLabel)
    {
        m_fill = profileColour(profileId);
        const QString shown = name.isEmpty() ? tr("(no name)") : name;
        const QStringList lines = nameLines(shown, QFont(), nodeRect.width() - 12);
        if (lines != m_lines) {
            m_lines = lines;
            qDeleteAll(childItems());
            // One centred item per line (QGraphicsSimpleTextItem: plain text, never markup).
            const qreal top = -lines.size() * QFontMetricsF(QFont()).height() / 2;
            for (int i = 0; i < lines.size(); ++i) {
                auto *text = new QGraphicsSimpleTextItem(lines.at(i), this);
                const QRectF r = text->boundingRect();
                text->setPos(-r.width() / 2, top + i * r.height());
            }
        }
        // A tooltip that looks like HTML would be rendered as such: keep it plain.
        setToolTip(richText(QStringList {shown, profileLabel(profileId), roleLabel}.join(QLatin1Char('\n'))));
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const bool selected = option->state & QStyle::State_Selected;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(m_fill);
        painter->setPen(QPen(selected ? option->palette.highlight().color() : m_fill.darker(160), selected ? 3 : 1));
        painter->drawRoundedRect(nodeRect, 8, 8);
    }

    QUuid organisationId;
    QPointF placed; ///< where the document (or the default layout) puts it

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged && m_moved)
            m_moved();
        return QGraphicsItem::itemChange(change, value);
    }

private:
    static QString tr(const char *text) { return ActorMap::tr(text); }
    QStringList m_lines;
    QColor m_fill;
    std::function<void()> m_moved;
};

/// A link between two organisations, drawn under the nodes.
class ActorMap::Line : public QGraphicsLineItem
{
public:
    enum {
        Type = UserType + 42
    };
    explicit Line(const QUuid &id) : linkId(id)
    {
        setFlags(ItemIsSelectable);
        setZValue(-1);
        setPen(QPen(QColor(0x55, 0x5d, 0x66), 2));
        m_label = new QGraphicsSimpleTextItem(this);
    }
    int type() const override { return Type; }
    void setLabel(const QString &label)
    {
        if (m_label->text() != label)
            m_label->setText(label);
        setToolTip(label.isEmpty() ? QString() : richText(label));
    }
    void place(const QPointF &a, const QPointF &b)
    {
        setLine(QLineF(a, b));
        const QRectF r = m_label->boundingRect();
        m_label->setPos((a + b) / 2 - QPointF(r.width() / 2, r.height()));
    }
    QPainterPath shape() const override
    {
        // Wider than the pen so that a thin line is easy to pick.
        QPainterPath path(line().p1());
        path.lineTo(line().p2());
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        return stroker.createStroke(path);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const bool selected = option->state & QStyle::State_Selected;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(selected ? QPen(option->palette.highlight().color(), 4) : pen());
        painter->drawLine(line());
    }

    QUuid linkId;
    QUuid from;
    QUuid to;

private:
    QGraphicsSimpleTextItem *m_label;
};

ActorMap::ActorMap(Document *document, QWidget *parent)
    : QGraphicsView(parent),
      m_document(document),
      m_apply([document](const ChangeSet &c) { return document->apply(c); })
{
    setObjectName(QStringLiteral("actorMap"));
    setAccessibleName(tr("Map of the actors"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    // The legend is drawn over the viewport: repaint it whole when scrolling.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &ActorMap::selectionChanged);
}

ActorMap::~ActorMap()
{
    // Delete the scene (and its items, whose callbacks use this map) while the map is still whole.
    disconnect(scene(), nullptr, this, nullptr);
    m_nodes.clear();
    m_lines.clear();
    delete scene();
}

void ActorMap::setApplier(Applier apply)
{
    m_apply = std::move(apply);
}

QColor ActorMap::profileColour(const QString &profileId)
{
    // Light tones, so that dark text stays readable; one per profile, in method order.
    static const QList<QColor> palette {QColor(0xf6, 0xc8, 0x8f), QColor(0x9e, 0xc9, 0xf0), QColor(0xc7, 0xe5, 0xa8),
                                        QColor(0xe8, 0xb4, 0xd8), QColor(0xb9, 0xe3, 0xe0), QColor(0xf2, 0xe2, 0x8c),
                                        QColor(0xd6, 0xd6, 0xd6)};
    const int i = int(method::idsOf(method::organisationProfiles()).indexOf(profileId));
    return i >= 0 ? palette.at(i % palette.size()) : palette.last();
}

void ActorMap::refresh()
{
    const Project &project = m_document->project();

    QHash<QUuid, QPointF> stored;
    for (const auto &p : project.mapPositions) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > farthest || std::abs(p.y) > farthest)
            continue;
        // The derived id is the one this app writes; another one may come from an old merge.
        if (!stored.contains(p.organisationId) || p.id == ids::mapPosition(p.organisationId))
            stored.insert(p.organisationId, QPointF(p.x, p.y));
    }

    QList<Organisation> unplaced;
    QSet<QString> present;
    for (const auto &o : project.organisations) {
        present.insert(o.profile);
        if (!stored.contains(o.id))
            unplaced.append(o);
    }
    const QHash<QUuid, QPointF> laidOut = layoutByProfile(unplaced);
    m_profilesShown.clear();
    for (const QString &p : method::idsOf(method::organisationProfiles()))
        if (present.contains(p))
            m_profilesShown << p;

    QSet<QUuid> seen;
    for (const auto &o : project.organisations) {
        seen.insert(o.id);
        Node *node = m_nodes.value(o.id);
        if (!node) {
            node = new Node(o.id, [this] { updateLines(); });
            scene()->addItem(node);
            m_nodes.insert(o.id, node);
        }
        const method::Choice *role = method::findChoice(method::organisationRoles(), o.role);
        node->display(o.name, o.profile, role ? method::tr(role->label) : QString());
        const QPointF target = stored.contains(o.id) ? stored.value(o.id) : laidOut.value(o.id);
        // A node held by the mouse stays under it; the release will write its place.
        if (scene()->mouseGrabberItem() == node)
            continue;
        node->placed = target;
        if (node->pos() != target)
            node->setPos(target);
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }

    QSet<QUuid> linksSeen;
    for (const auto &l : project.actorLinks) {
        if (!m_nodes.contains(l.fromId) || !m_nodes.contains(l.toId) || l.fromId == l.toId)
            continue; // an end was deleted: the link has nothing to join
        linksSeen.insert(l.id);
        Line *line = m_lines.value(l.id);
        if (!line) {
            line = new Line(l.id);
            scene()->addItem(line);
            m_lines.insert(l.id, line);
        }
        line->from = l.fromId;
        line->to = l.toId;
        line->setLabel(l.label);
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (linksSeen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_lines.erase(it);
    }
    updateLines();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    fitScene();
    viewport()->update();
}

void ActorMap::fitScene()
{
    // Show the whole map when it is larger than the view, down to half size; never enlarge.
    const QRectF r = sceneRect();
    if (r.isEmpty() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return;
    const qreal wanted = qBound(0.5, qMin(viewport()->width() / r.width(), viewport()->height() / r.height()), 1.0);
    if (std::abs(wanted - transform().m11()) > 0.02)
        setTransform(QTransform::fromScale(wanted, wanted));
}

void ActorMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

void ActorMap::updateLines()
{
    for (Line *line : std::as_const(m_lines)) {
        const Node *a = m_nodes.value(line->from);
        const Node *b = m_nodes.value(line->to);
        if (a && b)
            line->place(a->pos(), b->pos());
    }
}

bool ActorMap::commitMoves()
{
    const Project &project = m_document->project();
    QList<actormapedits::Placement> placements;
    QStringList moved;
    for (Node *node : std::as_const(m_nodes)) {
        if (QLineF(node->pos(), node->placed).length() < 0.5)
            continue;
        placements.append({node->organisationId, node->pos()});
        if (const Organisation *o = project.organisation(node->organisationId))
            moved << o->name;
    }
    ChangeSet change = actormapedits::place(*m_document, placements, tr("Move on the map"));
    if (change.changes.isEmpty())
        return false;
    if (moved.size() == 1)
        change.description = tr("Move “%1” on the map").arg(moved.first());
    if (!m_apply(change)) {
        refresh(); // refused: put the nodes back where the document has them
        return false;
    }
    return true;
}

bool ActorMap::addLink(const QUuid &from, const QUuid &to)
{
    const Project &project = m_document->project();
    const Organisation *a = project.organisation(from);
    const Organisation *b = project.organisation(to);
    // Self-links, duplicates and unknown organisations are refused by the edit itself.
    const ChangeSet change = actormapedits::addLink(
        project, from, to, tr("Link %1 to %2").arg(a ? a->name : QString(), b ? b->name : QString()));
    return !change.changes.isEmpty() && m_apply(change);
}

bool ActorMap::linkSelected()
{
    const QList<QUuid> nodes = selectedOrganisations();
    return nodes.size() == 2 && addLink(nodes.at(0), nodes.at(1));
}

bool ActorMap::deleteSelectedLinks()
{
    const QList<QUuid> links = selectedLinks();
    if (links.isEmpty())
        return false;
    const ChangeSet change = actormapedits::removeLinks(
        m_document->project(), links,
        links.size() == 1 ? tr("Delete a link") : tr("Delete %n links", nullptr, int(links.size())));
    return !change.changes.isEmpty() && m_apply(change);
}

bool ActorMap::resetLayout()
{
    const ChangeSet change = actormapedits::resetLayout(m_document->project(), tr("Reset the map layout"));
    if (change.changes.isEmpty()) {
        refresh(); // nothing stored, but nodes may have been moved without being written
        return false;
    }
    return m_apply(change);
}

QList<QUuid> ActorMap::selectedOrganisations() const
{
    QList<QUuid> ids;
    // Project order, so that the result does not depend on the scene's internals.
    for (const auto &o : m_document->project().organisations)
        if (const Node *n = m_nodes.value(o.id); n && n->isSelected())
            ids << o.id;
    return ids;
}

QList<QUuid> ActorMap::selectedLinks() const
{
    QList<QUuid> ids;
    for (const auto &l : m_document->project().actorLinks)
        if (const Line *line = m_lines.value(l.id); line && line->isSelected())
            ids << l.id;
    return ids;
}

QGraphicsItem *ActorMap::node(const QUuid &organisationId) const
{
    return m_nodes.value(organisationId);
}

QGraphicsItem *ActorMap::link(const QUuid &linkId) const
{
    return m_lines.value(linkId);
}

void ActorMap::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    commitMoves();
}

void ActorMap::keyPressEvent(QKeyEvent *event)
{
    if ((event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) && !selectedLinks().isEmpty()) {
        deleteSelectedLinks();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ActorMap::showLinkMenu(const QUuid &from, const QPoint &globalPos)
{
    const Project &project = m_document->project();
    QSet<QUuid> linked;
    for (const auto &l : project.actorLinks) {
        if (l.fromId == from)
            linked.insert(l.toId);
        if (l.toId == from)
            linked.insert(l.fromId);
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("linkToMenu"));
    for (const auto &o : project.organisations) {
        if (o.id == from)
            continue;
        QAction *a = menu.addAction(menuText(o.name));
        a->setEnabled(!linked.contains(o.id));
        const QUuid to = o.id;
        connect(a, &QAction::triggered, this, [this, from, to] { addLink(from, to); });
    }
    if (menu.isEmpty())
        menu.addAction(tr("No other organisation"))->setEnabled(false);
    menu.exec(globalPos);
}

void ActorMap::editLinkLabel(const QUuid &linkId)
{
    const QString current = m_document->value(linkTable, linkId, QStringLiteral("label")).toString();
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Link label"), tr("What joins these two actors:"),
                                                QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    const ChangeSet change = actormapedits::setLinkText(m_document->project(), linkId, label, tr("Edit a link label"));
    if (!change.changes.isEmpty())
        m_apply(change);
}

void ActorMap::contextMenuEvent(QContextMenuEvent *event)
{
    QGraphicsItem *item = itemAt(event->pos());
    if (item)
        item = item->topLevelItem();
    QMenu menu(this);
    if (item && item->type() == Node::Type) {
        const QUuid from = static_cast<Node *>(item)->organisationId;
        if (!item->isSelected()) {
            scene()->clearSelection();
            item->setSelected(true);
        }
        connect(menu.addAction(tr("Link to…")), &QAction::triggered, this,
                [this, from, pos = event->globalPos()] { showLinkMenu(from, pos); });
    } else if (item && item->type() == Line::Type) {
        const QUuid id = static_cast<Line *>(item)->linkId;
        if (!item->isSelected()) {
            scene()->clearSelection();
            item->setSelected(true);
        }
        connect(menu.addAction(tr("Edit label…")), &QAction::triggered, this, [this, id] { editLinkLabel(id); });
        connect(menu.addAction(tr("Delete link")), &QAction::triggered, this, [this] { deleteSelectedLinks(); });
    } else {
        connect(menu.addAction(tr("Reset layout")), &QAction::triggered, this, [this] { resetLayout(); });
    }
    menu.exec(event->globalPos());
}

void ActorMap::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    if (m_profilesShown.isEmpty())
        return;
    // The legend sits in the viewport's bottom-left corner, whatever the scroll position.
    painter->save();
    painter->resetTransform();
    const QFontMetrics fm(font());
    const int swatch = fm.height() - 4;
    int width = 0;
    for (const QString &p : std::as_const(m_profilesShown))
        width = qMax(width, fm.horizontalAdvance(profileLabel(p)));
    const int lineHeight = fm.height() + 2;
    const QRect box(6, viewport()->height() - 6 - 8 - lineHeight * int(m_profilesShown.size()), width + swatch + 20,
                    lineHeight * int(m_profilesShown.size()) + 8);
    painter->setPen(palette().color(QPalette::Mid));
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(220);
    painter->setBrush(back);
    painter->drawRect(box);
    int y = box.top() + 4;
    for (const QString &p : std::as_const(m_profilesShown)) {
        painter->setPen(profileColour(p).darker(160));
        painter->setBrush(profileColour(p));
        painter->drawRect(box.left() + 6, y + 2, swatch, swatch);
        painter->setPen(palette().color(QPalette::Text));
        painter->drawText(QRect(box.left() + 12 + swatch, y, width + 4, lineHeight), Qt::AlignVCenter, profileLabel(p));
        y += lineHeight;
    }
    painter->restore();
}

} // namespace alliance
