#include "widgets/catalystgrid.h"

#include "document/document.h"
#include "edits/catalystedits.h"
#include "method/method.h"
#include "model/ids.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSet>
#include <QSignalBlocker>

namespace alliance {

namespace {

QString activitiesText(const method::CatalystFunction &f)
{
    QStringList lines {method::tr(f.name)};
    for (const char *a : f.activities)
        lines << QStringLiteral("• ") + method::tr(a);
    return lines.join(QLatin1Char('\n'));
}

// Drops a widget at once from the tree (so findChild no longer sees it) and
// deletes it safely later, even when one of its own signals is on the stack.
void discard(QWidget *w)
{
    w->hide();
    w->setParent(nullptr);
    w->deleteLater();
}

} // namespace

CatalystGrid::CatalystGrid(Document *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_apply([document](const ChangeSet &c) { return document->apply(c); }),
      m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("catalystGrid"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *corner = new QLabel(tr("Organisation"), this);
    corner->setTextFormat(Qt::PlainText);
    QFont bold = corner->font();
    bold.setBold(true);
    corner->setFont(bold);
    m_grid->addWidget(corner, 0, 0);
    const auto &functions = method::catalystFunctions();
    for (int f = 0; f < functions.size(); ++f) {
        auto *header = new QLabel(method::tr(functions.at(f).name), this);
        header->setFont(bold);
        header->setTextFormat(Qt::PlainText);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        header->setToolTip(activitiesText(functions.at(f)));
        m_grid->addWidget(header, 0, 1 + f);
        m_grid->setColumnStretch(1 + f, 1);
    }
    m_grid->setColumnStretch(0, 2);
    m_empty = new QLabel(tr("Add organisations above to say who holds which function."), this);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_grid->addWidget(m_empty, 1, 0, 1, 1 + int(functions.size()));
}

void CatalystGrid::setApplier(Applier apply)
{
    m_apply = std::move(apply);
}

QCheckBox *CatalystGrid::box(const QString &functionId, int row) const
{
    const auto &functions = method::catalystFunctions();
    int f = -1;
    for (int i = 0; i < functions.size(); ++i)
        if (functions.at(i).id == functionId)
            f = i;
    if (f < 0 || row < 0 || row >= m_boxes.size())
        return nullptr;
    return m_boxes.at(row).at(f);
}

void CatalystGrid::rebuild(const QList<QUuid> &organisations)
{
    for (QLabel *l : std::as_const(m_names))
        discard(l);
    for (const auto &row : std::as_const(m_boxes))
        for (QCheckBox *b : row)
            discard(b);
    m_names.clear();
    m_boxes.clear();
    m_organisations = organisations;
    const auto &functions = method::catalystFunctions();
    for (int r = 0; r < organisations.size(); ++r) {
        auto *name = new QLabel(this);
        name->setTextFormat(Qt::PlainText); // a partner's name is never markup
        name->setWordWrap(true);
        m_grid->addWidget(name, 1 + r, 0);
        m_names.append(name);
        QList<QCheckBox *> boxes;
        for (int f = 0; f < functions.size(); ++f) {
            const QString functionId = functions.at(f).id;
            auto *b = new QCheckBox(this);
            b->setObjectName(QStringLiteral("catalyst_%1_%2").arg(functionId).arg(r));
            b->setToolTip(activitiesText(functions.at(f)));
            m_grid->addWidget(b, 1 + r, 1 + f, Qt::AlignHCenter);
            const QUuid organisationId = organisations.at(r);
            connect(b, &QCheckBox::clicked, this, [this, organisationId, functionId](bool checked) {
                if (!setAssigned(organisationId, functionId, checked))
                    refresh(); // refused: show what the document holds
            });
            boxes.append(b);
        }
        m_boxes.append(boxes);
    }
    m_empty->setVisible(organisations.isEmpty());
}

void CatalystGrid::refresh()
{
    // Rows in the order of the organisations table (creation order), so that row r here is row r there.
    const QList<QVariantList> rows = m_document->rows(QStringLiteral("organisation"), {QStringLiteral("name")});
    QList<QUuid> organisations;
    QStringList names;
    for (const auto &r : rows) {
        organisations.append(QUuid::fromString(r.value(0).toString()));
        names.append(r.value(1).toString());
    }
    if (organisations != m_organisations)
        rebuild(organisations);

    QSet<QPair<QUuid, QString>> held;
    for (const auto &a : m_document->project().catalystAssignments)
        held.insert({a.organisationId, a.functionId});
    const auto &functions = method::catalystFunctions();
    for (int r = 0; r < m_organisations.size(); ++r) {
        const QString &name = names.at(r);
        if (m_names.at(r)->text() != name)
            m_names.at(r)->setText(name);
        for (int f = 0; f < functions.size(); ++f) {
            QCheckBox *b = m_boxes.at(r).at(f);
            const QSignalBlocker block(b);
            b->setChecked(held.contains({m_organisations.at(r), functions.at(f).id}));
            b->setAccessibleName(tr("%1 holds the function “%2”").arg(name, method::tr(functions.at(f).name)));
        }
    }
}

bool CatalystGrid::setAssigned(const QUuid &organisationId, const QString &functionId, bool assigned)
{
    const Project &project = m_document->project();
    const Organisation *o = project.organisation(organisationId);
    const method::CatalystFunction *function = nullptr;
    for (const auto &f : method::catalystFunctions())
        if (f.id == functionId)
            function = &f;
    if (!o || !function)
        return false;
    const QString functionName = method::tr(function->name);
    const ChangeSet change
        = catalystedits::setAssigned(*m_document, organisationId, functionId, assigned,
                                     assigned ? tr("Assign “%1” to %2").arg(functionName, o->name)
                                              : tr("Unassign “%1” from %2").arg(functionName, o->name));
    return change.changes.isEmpty() || m_apply(change);
}

} // namespace alliance
