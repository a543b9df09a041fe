#pragma once
// The map of the actors (step 4): each organisation is a node coloured by its
// profile, each actor_link a line between two nodes. Nodes without a stored
// position are laid out by profile, one column per profile. Moving nodes by
// hand writes their positions (map_position, id ids::mapPosition()) in one
// undo step when the mouse is released; links are added and deleted from the
// context menu or the page's buttons. Everything the map shows is read from
// the document on refresh(); the scene items are only a view of it.

#include <QGraphicsView>
#include <QHash>
#include <QUuid>
#include <functional>

namespace alliance {

class Document;
struct ChangeSet;

class ActorMap : public QGraphicsView
{
    Q_OBJECT
public:
    /// Applies a change; returns false when refused (the caller says why).
    using Applier = std::function<bool(const ChangeSet &)>;

    /// Changes go through `apply` (by default Document::apply). Call refresh() to fill it.
    explicit ActorMap(Document *document, QWidget *parent = nullptr);
    ~ActorMap() override;
    void setApplier(Applier apply);

    /// Re-reads organisations, positions and links. Items that still exist are
    /// updated in place, so the selection is kept; a node being dragged is
    /// left where the mouse holds it.
    void refresh();

    /// Writes the position of every node moved since it was last placed from
    /// the document, all in one undo step. Returns true when something was
    /// written; false when nothing moved or the change was refused.
    bool commitMoves();
    /// Links two organisations (one undo step). Refused (false) for a node
    /// linked to itself or a pair that is already linked, in either direction.
    bool addLink(const QUuid &from, const QUuid &to);
    /// Links the two selected nodes; false unless exactly two are selected.
    bool linkSelected();
    /// Deletes the selected links (one undo step); false when none is selected.
    bool deleteSelectedLinks();
    /// Forgets every stored position (one undo step), so that all nodes go
    /// back to the layout by profile; false when no position was stored.
    bool resetLayout();
    /// Shows a menu of the other organisations at `globalPos`; choosing one links it to `from`.
    void showLinkMenu(const QUuid &from, const QPoint &globalPos);

    QList<QUuid> selectedOrganisations() const;
    QList<QUuid> selectedLinks() const;
    /// The node of an organisation, or nullptr; owned by the map's scene.
    QGraphicsItem *node(const QUuid &organisationId) const;
    /// The line of an actor_link item, or nullptr; owned by the map's scene.
    QGraphicsItem *link(const QUuid &linkId) const;

    /// The fill colour of a node of the profile `profileId` (method::organisationProfiles()).
    static QColor profileColour(const QString &profileId);

Q_SIGNALS:
    /// The selected nodes or links changed.
    void selectionChanged();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Node;
    class Line;
    void updateLines();
    void fitScene();
    void editLinkLabel(const QUuid &linkId);
    Document *m_document;
    Applier m_apply;
    QHash<QUuid, Node *> m_nodes;
    QHash<QUuid, Line *> m_lines;
    QStringList m_profilesShown; // for the legend, in method order
};

} // namespace alliance
