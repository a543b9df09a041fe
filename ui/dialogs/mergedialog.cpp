#include "dialogs/mergedialog.h"

#include "journal/itemlabel.h"
#include "method/method.h"
#include "models/conflictmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alliance {

namespace {

/// A list as tall as its rows, up to eight: deletions and refusals are few,
/// and the summary below should keep the room.
void fitHeight(QTreeWidget *list)
{
    const int rows = qMin(list->topLevelItemCount(), 8);
    const int row = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : list->fontMetrics().lineSpacing() + 4;
    list->setMaximumHeight(list->header()->sizeHint().height() + rows * row + 2 * list->frameWidth() + 4);
}

QString stepName(const QString &stepId)
{
    const method::Step *step = method::findStep(stepId);
    return step ? MergeDialog::tr("%1. %2").arg(step->number).arg(method::tr(step->name))
                : MergeDialog::tr("Outside the steps");
}

} // namespace

MergeDialog::MergeDialog(const Document &document, const sync::MergePlan &plan, QWidget *parent)
    : QDialog(parent), m_conflicts(new ConflictModel(document, plan.conflicts, this)),
      m_summary(new QTreeWidget(this)), m_conflictsView(new QTableView(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge a partner's copy"));
    resize(980, 640);
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("%n change(s) came in from “%1”.", nullptr, int(plan.incoming.size()))
                                    .arg(QFileInfo(plan.theirsPath).fileName()),
                                this);
    headline->setObjectName(QStringLiteral("mergeHeadline"));
    headline->setTextFormat(Qt::PlainText); // a file name chosen by someone else
    headline->setWordWrap(true);
    layout->addWidget(headline);
    if (!plan.copyFor.isEmpty()) {
        auto *through = new QLabel(tr("This is the copy made for %1: the changes of other partners in it came in "
                                      "through that copy.")
                                       .arg(itemlabel::oneLine(plan.copyFor, 80)),
                                   this);
        through->setObjectName(QStringLiteral("mergeThrough"));
        through->setTextFormat(Qt::PlainText);
        through->setWordWrap(true);
        layout->addWidget(through);
    }
    // What a merge removes is shown first, apart: it costs most when unwanted.
    if (!plan.deletions.isEmpty()) {
        auto *title = new QLabel(tr("%n item(s) will be deleted by this merge:", nullptr, int(plan.deletions.size())), this);
        title->setObjectName(QStringLiteral("mergeDeletionsTitle"));
        layout->addWidget(title);
        layout->addWidget(deletionList(plan));
    }
    if (!plan.refused.isEmpty()) {
        auto *title = new QLabel(tr("Changes to %n item(s) were left out: a partner’s copy may not change private "
                                    "items or who is private, nor delete the partnership or its lead partner.",
                                    nullptr, int(plan.refused.size())),
                                 this);
        title->setObjectName(QStringLiteral("mergeRefusedTitle"));
        title->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(refusedList(plan));
    }

    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setAccessibleName(tr("Changes that came in, per partner and per step"));
    m_summary->setHeaderLabels({tr("Partner and step"), tr("Changes")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->header()->setStretchLastSection(false);
    fillSummary(plan);
    layout->addWidget(m_summary, 1);

    auto *conflictsTitle = new QLabel(
        plan.conflicts.isEmpty()
            ? tr("No conflict: no field was changed on both sides.")
            : tr("%n field(s) were changed on both sides. The later change wins; flip a row to keep the other "
                 "value instead.",
                 nullptr, int(plan.conflicts.size())),
        this);
    conflictsTitle->setObjectName(QStringLiteral("mergeConflictsTitle"));
    conflictsTitle->setWordWrap(true);
    layout->addWidget(conflictsTitle);
    m_conflictsView->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflictsView->setAccessibleName(tr("Conflicts"));
    m_conflictsView->setModel(m_conflicts);
    m_conflictsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictsView->setWordWrap(true);
    m_conflictsView->verticalHeader()->hide();
    m_conflictsView->horizontalHeader()->setSectionResizeMode(ConflictModel::ItemColumn, QHeaderView::Stretch);
    m_conflictsView->horizontalHeader()->setDefaultSectionSize(150);
    // Three lines a row (a value, who and when), fixed: measuring thousands of conflicts would stall.
    m_conflictsView->verticalHeader()->setDefaultSectionSize(m_conflictsView->fontMetrics().lineSpacing() * 3 + 8);
    m_conflictsView->setVisible(!plan.conflicts.isEmpty());
    layout->addWidget(m_conflictsView, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("Apply the merge"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("mergeApply"));
    apply->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("mergeCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *undoNote = new QLabel(tr("The merge is one step: Edit > Undo takes it back."), this);
    undoNote->setWordWrap(true);
    layout->addWidget(undoNote);
    layout->addWidget(buttons);
}

void MergeDialog::fillSummary(const sync::MergePlan &plan)
{
    // Partner (organisation, or the author when it has none), then step, in the plan's order.
    QList<QTreeWidgetItem *> partners;
    QMap<QString, QTreeWidgetItem *> byPartner;
    QMap<QString, int> totals;
    for (const sync::IncomingCount &count : plan.summary) {
        const QString partner = count.organisation.isEmpty()
            ? (count.author.isEmpty() ? tr("Unknown author") : itemlabel::oneLine(count.author, 60))
            : itemlabel::oneLine(count.organisation, 60);
        QTreeWidgetItem *&top = byPartner[partner];
        if (!top) {
            top = new QTreeWidgetItem(m_summary, {partner});
            partners.append(top);
        }
        totals[partner] += count.changes;
        // One line per step: counts of several authors of one organisation add up.
        const QString step = stepName(count.stepId);
        QTreeWidgetItem *line = nullptr;
        for (int i = 0; i < top->childCount() && !line; ++i)
            if (top->child(i)->text(0) == step)
                line = top->child(i);
        if (!line)
            line = new QTreeWidgetItem(top, {step, QStringLiteral("0")});
        line->setText(1, QString::number(line->text(1).toInt() + count.changes));
    }
    for (QTreeWidgetItem *top : std::as_const(partners))
        top->setText(1, QString::number(totals.value(top->text(0))));
    m_summary->expandAll();
}

QTreeWidget *MergeDialog::deletionList(const sync::MergePlan &plan)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("mergeDeletions"));
    list->setAccessibleName(tr("Items this merge deletes"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Item"), tr("Step"), tr("Deleted by"), tr("On")});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    for (const sync::Deletion &d : plan.deletions) {
        const QString who = d.by.authorOrganisation.isEmpty()
            ? d.by.authorName
            : tr("%1 (%2)").arg(d.by.authorName, d.by.authorOrganisation);
        new QTreeWidgetItem(list, {itemlabel::oneLine(d.itemLabel, 120), stepName(d.stepId),
                                   itemlabel::oneLine(who, 80), QLocale().toString(d.by.when.toLocalTime(), QLocale::ShortFormat)});
    }
    list->resizeColumnToContents(1);
    list->resizeColumnToContents(2);
    list->resizeColumnToContents(3);
    fitHeight(list);
    return list;
}

QTreeWidget *MergeDialog::refusedList(const sync::MergePlan &plan)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("mergeRefused"));
    list->setAccessibleName(tr("Changes left out of the merge"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Item"), tr("Why it was left out"), tr("Changes")});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    for (const sync::RefusedChange &r : plan.refused)
        new QTreeWidgetItem(list, {itemlabel::oneLine(r.itemLabel, 120), r.reason, QString::number(r.changes)});
    list->resizeColumnToContents(1);
    list->resizeColumnToContents(2);
    fitHeight(list);
    return list;
}

QList<sync::Conflict> MergeDialog::flipped() const
{
    return m_conflicts->flipped();
}

} // namespace alliance
