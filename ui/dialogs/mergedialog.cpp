#include "dialogs/mergedialog.h"

#include "journal/itemlabel.h"
#include "method/method.h"
#include "model/clock.h"
#include "models/conflictmodel.h"
#include "widgets/wrappingdelegate.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
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

/// At most this many characters of a value in a row; the detail below shows it whole.
constexpr int rowValueLength = 2000;

QString inRow(const QString &value)
{
    if (value.size() <= rowValueLength)
        return value;
    return MergeDialog::tr("%1… (select the row to read the whole text below)")
        .arg(value.left(rowValueLength).trimmed());
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : MergeDialog::tr("undated");
}

QString stepName(const QString &stepId)
{
    return sync::stepTitle(stepId);
}

} // namespace

MergeDialog::MergeDialog(const Document &document, const sync::MergePlan &plan, QWidget *parent)
    : QDialog(parent),
      m_changeList(sync::incomingChanges(document, plan)),
      m_conflictList(plan.conflicts),
      m_conflicts(new ConflictModel(document, plan.conflicts, this)),
      m_changes(new QTreeWidget(this)),
      m_conflictsView(new QTableView(this)),
      m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge a partner's copy"));
    // Large enough for the lists, never larger than the screen.
    QSize size(1120, 720);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(sync::incomingHeadline(QFileInfo(plan.theirsPath).fileName(), int(m_changeList.size()),
                                                       int(plan.conflicts.size())),
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
        auto *title
            = new QLabel(tr("%n item(s) will be deleted by this merge:", nullptr, int(plan.deletions.size())), this);
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mergeSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *changesPart = new QWidget(splitter);
    auto *changesLayout = new QVBoxLayout(changesPart);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesTitle = new QLabel(
        m_changeList.isEmpty() ? tr("No field changes without a conflict.")
                               : tr("What changes, per partner and per step (select a row to read it whole below):"),
        changesPart);
    changesTitle->setObjectName(QStringLiteral("mergeChangesTitle"));
    changesTitle->setWordWrap(true);
    changesLayout->addWidget(changesTitle);
    m_changes->setObjectName(QStringLiteral("mergeChanges"));
    m_changes->setAccessibleName(tr("Changes that came in, per partner and per step"));
    m_changes->setHeaderLabels({tr("Item"), tr("Field"), tr("Before"), tr("After"), tr("Changed by"), tr("On")});
    auto *changesDelegate = new WrappingDelegate(m_changes);
    QHeaderView *header = m_changes->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->resizeSection(0, 200);
    header->resizeSection(1, 120);
    header->resizeSection(4, 160);
    header->resizeSection(
        5, qMax(header->sectionSizeHint(5), fontMetrics().horizontalAdvance(dateText(clock::now())) + 16));
    fillChanges();
    m_changes->setVisible(!m_changeList.isEmpty());
    changesLayout->addWidget(m_changes, 1);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item ? item->data(0, Qt::UserRole) : QVariant();
        if (index.isValid())
            showChange(index.toInt());
    });

    auto *conflictsPart = new QWidget(splitter);
    auto *conflictsLayout = new QVBoxLayout(conflictsPart);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    auto *conflictsTitle = new QLabel(
        plan.conflicts.isEmpty()
            ? tr("No conflict: no field was changed on both sides.")
            : tr("%n field(s) were changed on both sides. The later change wins; flip a row to keep the other "
                 "value instead.",
                 nullptr, int(plan.conflicts.size())),
        conflictsPart);
    conflictsTitle->setObjectName(QStringLiteral("mergeConflictsTitle"));
    conflictsTitle->setWordWrap(true);
    conflictsLayout->addWidget(conflictsTitle);
    m_conflictsView->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflictsView->setAccessibleName(tr("Conflicts"));
    m_conflictsView->setModel(m_conflicts);
    m_conflictsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictsView->verticalHeader()->hide();
    auto *conflictsDelegate = new WrappingDelegate(m_conflictsView);
    QHeaderView *conflictsHeader = m_conflictsView->horizontalHeader();
    conflictsHeader->setSectionResizeMode(QHeaderView::Interactive);
    conflictsHeader->setSectionResizeMode(ConflictModel::ItemColumn, QHeaderView::Stretch);
    conflictsHeader->setSectionResizeMode(ConflictModel::MineColumn, QHeaderView::Stretch);
    conflictsHeader->setSectionResizeMode(ConflictModel::TheirsColumn, QHeaderView::Stretch);
    conflictsHeader->resizeSection(ConflictModel::FieldColumn, 120);
    m_conflictsView->resizeColumnToContents(ConflictModel::WinnerColumn);
    // The choice on one line: its box, its text and the cell's margins (the wrapping delegate would fold it).
    int decisionWidth = conflictsHeader->sectionSizeHint(ConflictModel::DecisionColumn);
    const int box
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (int r = 0; r < m_conflicts->rowCount(); ++r)
        decisionWidth = qMax(decisionWidth,
                             m_conflictsView->fontMetrics().horizontalAdvance(
                                 m_conflicts->index(r, ConflictModel::DecisionColumn).data().toString())
                                 + box + 24);
    conflictsHeader->resizeSection(ConflictModel::DecisionColumn, decisionWidth);
    // Four lines a row (a value, who, when) until measured; long tables keep it.
    m_conflictsView->verticalHeader()->setDefaultSectionSize(m_conflictsView->fontMetrics().lineSpacing() * 4 + 8);
    m_conflictsView->setVisible(!plan.conflicts.isEmpty());
    conflictsLayout->addWidget(m_conflictsView, 1);
    conflictsLayout->addStretch(); // below a short table, not around its title
    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showConflict(current.row());
            });
    connect(m_conflicts, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (m_conflictsView->currentIndex().row() == from.row())
            showConflict(from.row());
    });

    m_detail->setObjectName(QStringLiteral("mergeChangeDetail"));
    m_detail->setAccessibleName(tr("The selected change, whole"));
    m_detail->setReadOnly(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 5 + 12);
    m_detail->setPlaceholderText(tr("Select a change or a conflict to read it whole here."));
    m_detail->setParent(splitter);

    splitter->addWidget(changesPart);
    splitter->addWidget(conflictsPart);
    splitter->addWidget(m_detail);
    const bool both = !m_changeList.isEmpty() && !plan.conflicts.isEmpty();
    splitter->setStretchFactor(0, m_changeList.isEmpty() ? 0 : 3);
    splitter->setStretchFactor(1, plan.conflicts.isEmpty() ? 0 : (both ? 2 : 3));
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

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

    // Rows are measured once the columns have their widths.
    QTimer::singleShot(0, this, [this, splitter, conflictsPart, conflictsTitle, changesDelegate, conflictsDelegate] {
        changesDelegate->fitRows();
        conflictsDelegate->fitRows();
        // A few conflicts take the room they need; the changes above keep the rest.
        const int rows = m_conflicts->rowCount();
        if (rows > 0 && rows <= 6) {
            int height = m_conflictsView->horizontalHeader()->height() + 2 * m_conflictsView->frameWidth() + 2;
            for (int r = 0; r < rows; ++r)
                height += m_conflictsView->rowHeight(r);
            m_conflictsView->setMaximumHeight(height);
            const int total = splitter->height();
            const int part = conflictsTitle->heightForWidth(conflictsPart->width()) + height
                + conflictsPart->layout()->spacing() + 4;
            const int detail = m_detail->fontMetrics().lineSpacing() * 7 + 12;
            if (!m_changeList.isEmpty() && total > part + detail + 100)
                splitter->setSizes({total - part - detail, part, detail});
        }
    });
    if (!m_changeList.isEmpty())
        showChange(0);
    else if (!plan.conflicts.isEmpty())
        showConflict(0);
}

void MergeDialog::fillChanges()
{
    // Partner, then step, in the order incomingChanges gives (by partner, then step).
    QTreeWidgetItem *partner = nullptr;
    QTreeWidgetItem *step = nullptr;
    QString partnerName, stepId;
    int partnerCount = 0, stepCount = 0;
    auto close = [&] {
        if (step)
            step->setText(0, tr("%1 — %n change(s)", nullptr, stepCount).arg(stepName(stepId)));
        if (partner)
            partner->setText(0, tr("%1 — %n change(s)", nullptr, partnerCount).arg(partnerName));
    };
    QFont groupFont = m_changes->font();
    groupFont.setBold(true);
    for (int i = 0; i < m_changeList.size(); ++i) {
        const sync::IncomingChange &c = m_changeList.at(i);
        if (!partner || c.partner != partnerName) {
            close();
            partner = new QTreeWidgetItem(m_changes);
            partner->setFont(0, groupFont);
            partner->setFirstColumnSpanned(true);
            partnerName = c.partner;
            partnerCount = 0;
            step = nullptr;
        }
        if (!step || c.stepId != stepId) {
            if (step)
                step->setText(0, tr("%1 — %n change(s)", nullptr, stepCount).arg(stepName(stepId)));
            step = new QTreeWidgetItem(partner);
            step->setFont(0, groupFont);
            step->setFirstColumnSpanned(true);
            stepId = c.stepId;
            stepCount = 0;
        }
        ++partnerCount;
        ++stepCount;
        auto *row = new QTreeWidgetItem(
            step, {c.item, c.fieldLabel, inRow(c.before), inRow(c.after), sync::authorText(c.by), dateText(c.by.when)});
        row->setData(0, Qt::UserRole, i);
        for (int column = 0; column < 6; ++column)
            row->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    }
    close();
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i)
        m_changes->topLevelItem(i)->setFirstColumnSpanned(true);
    // Every group open while the list stays readable; past that, the partners open on their steps.
    if (m_changeList.size() <= 500)
        m_changes->expandAll();
    else
        m_changes->expandToDepth(0);
}

void MergeDialog::showChange(int index)
{
    if (index < 0 || index >= m_changeList.size())
        return;
    const sync::IncomingChange &c = m_changeList.at(index);
    QStringList lines;
    lines << tr("Item: %1").arg(c.item) << tr("Field: %1").arg(c.fieldLabel)
          << tr("Changed by %1 on %2.").arg(sync::authorText(c.by), dateText(c.by.when)) << QString() << tr("Before:")
          << c.before << QString() << tr("After:") << c.after;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void MergeDialog::showConflict(int row)
{
    if (row < 0 || row >= m_conflictList.size())
        return;
    const sync::Conflict &c = m_conflictList.at(row);
    const QModelIndex item = m_conflicts->index(row, ConflictModel::ItemColumn);
    QStringList lines;
    lines << tr("Item: %1").arg(item.data().toString())
          << tr("Field: %1").arg(m_conflicts->index(row, ConflictModel::FieldColumn).data().toString())
          << (m_conflicts->keepsTheirs(row) ? tr("Applying keeps their value.") : tr("Applying keeps your value."))
          << QString() << tr("Your value, by %1 on %2:").arg(sync::authorText(c.mine), dateText(c.mine.when))
          << m_conflicts->wholeValue(row, false) << QString()
          << tr("Their value, by %1 on %2:").arg(sync::authorText(c.theirs), dateText(c.theirs.when))
          << m_conflicts->wholeValue(row, true);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
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
        new QTreeWidgetItem(
            list,
            {itemlabel::oneLine(d.itemLabel, 120), stepName(d.stepId), sync::authorText(d.by), dateText(d.by.when)});
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
