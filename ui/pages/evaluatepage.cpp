#include "dialogs/messages.h"
#include "pages/evaluatepage.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "models/reviewscoremodel.h"
#include "widgets/fieldeditors.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::plainLabel;
using pagewidgets::button;
using pagewidgets::tableView;
using pagewidgets::editNew;
using pagewidgets::selectedRow;

namespace {

const QString lessonTable = QStringLiteral("lesson");

/// A score 0..max, or "not scored" below 0, in a spin box that takes a typed digit.
class ScoreDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, method::criterionScoreMax);
        spin->setSpecialValueText(EvaluatePage::tr("Not scored"));
        spin->setAlignment(Qt::AlignCenter);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant score = index.data(Qt::EditRole);
        static_cast<QSpinBox *>(editor)->setValue(score.isNull() ? -1 : score.toInt());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value() < 0 ? QVariant() : QVariant(spin->value()), Qt::EditRole);
    }
};

QString percentText(const std::optional<double> &percent)
{
    return percent ? EvaluatePage::tr("%1%").arg(QLocale().toString(*percent, 'f', 0)) : EvaluatePage::tr("—");
}

} // namespace

EvaluatePage::EvaluatePage(Document *document, QWidget *parent)
    : StepPage(document, QStringLiteral("evaluate"), parent)
{
    makeReviews();
    makeScores();
    makeResults();
    makeLessons();
    connect(document, &Document::changed, this, &EvaluatePage::refresh);
    refresh();
}

void EvaluatePage::makeReviews()
{
    addSection(tr("Reviews"));
    m_reviews = new ItemTableModel(document(), QStringLiteral("review"),
                                   {{QStringLiteral("date"), tr("Date")},
                                    {QStringLiteral("kind"), tr("Kind")},
                                    {QStringLiteral("title"), tr("Title")}},
                                   this);
    m_reviews->setEditText(tr("Edit a review"));
    m_reviews->setNewItemDefaults({{QStringLiteral("title"), tr("New review")},
                                   {QStringLiteral("date"), QDate::currentDate()}});
    m_reviewsView = tableView(m_reviews, QStringLiteral("reviewsTable"), tr("Reviews"), this);
    m_reviewsView->setItemDelegate(new FieldDelegate(document(), m_reviewsView));
    m_reviewsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reviewsView->setMinimumHeight(110);
    contentLayout()->addWidget(m_reviewsView, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add review"), QStringLiteral("addReview"), tr("Add a review"), this);
    m_removeReview = button(tr("Remove review"), QStringLiteral("removeReview"), tr("Remove the selected review"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_removeReview);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { editNew(m_reviewsView, m_reviews, m_reviews->addItem(), 2); });
    connect(m_removeReview, &QPushButton::clicked, this, [this] {
        const int row = selectedRow(m_reviewsView);
        if (row >= 0)
            m_reviews->removeRows(row, 1); // undoable: no question asked
    });
    connect(m_reviewsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvaluatePage::reviewChanged);
    connect(m_reviews, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
}

void EvaluatePage::makeScores()
{
    addSection(tr("Scores of the selected review"));
    contentLayout()->addWidget(plainLabel(
        tr("Each partner scores each criterion from 0 (not at all) to %1 (fully); leave a cell empty when it "
           "was not scored. Hover a criterion for its question; select a scored cell to comment it.")
            .arg(method::criterionScoreMax),
        this));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_scores = new ReviewScoreModel(document(), this);
    m_scoreView = new QTableView(split);
    m_scoreView->setObjectName(QStringLiteral("scoreGrid"));
    m_scoreView->setAccessibleName(tr("Scores per criterion and partner"));
    m_scoreView->setModel(m_scores);
    m_scoreView->setItemDelegate(new ScoreDelegate(m_scoreView));
    m_scoreView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scoreView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_scoreView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_scoreView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scoreView->horizontalHeader()->setMinimumSectionSize(70);
    // Long partner names are cut at the end rather than on both sides; the tooltip has them whole.
    m_scoreView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_scoreView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scoreView->verticalHeader()->setMaximumWidth(320);
    m_scoreView->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_scoreView->setMinimumHeight(280);
    m_scoreView->installEventFilter(this);
    connect(m_scores, &ReviewScoreModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });

    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_commentLabel = plainLabel(QString(), side);
    m_commentLabel->setObjectName(QStringLiteral("commentLabel"));
    sideLayout->addWidget(m_commentLabel);
    m_comment = new FieldTextEdit(document(), {QStringLiteral("review_score"), QUuid(), QStringLiteral("comment"),
                                               tr("Edit a score comment")},
                                  side);
    m_comment->setObjectName(QStringLiteral("scoreComment"));
    m_comment->setAccessibleName(tr("Comment on the selected score"));
    m_comment->setPlaceholderText(tr("Why this score? What was observed?"));
    sideLayout->addWidget(m_comment, 1);
    split->addWidget(m_scoreView);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    contentLayout()->addWidget(split, 3);
    connect(m_scoreView->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvaluatePage::cellChanged);
}

void EvaluatePage::makeResults()
{
    addSection(tr("Results of the selected review"));
    m_results = new QTableWidget(this);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setAccessibleName(tr("Results per angle and impact"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setToolTip(tr("Mean score in percent of the maximum; “—” where nothing was scored."));
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->horizontalHeader()->setMinimumSectionSize(80);
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Six short rows: as tall as they are, no empty band below.
    m_results->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_results->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    contentLayout()->addWidget(m_results);
}

EvaluatePage::LessonList EvaluatePage::makeLessonList(QWidget *parent, const QString &kind, const QString &title,
                                                      const QString &name, const QString &addName,
                                                      const QString &removeName, const QString &addText)
{
    LessonList list;
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(title, pane));
    list.model = new ItemTableModel(document(), lessonTable,
                                    {{QStringLiteral("text"), tr("Text")}, {QStringLiteral("date"), tr("Date")}}, this);
    list.model->setFilter(QStringLiteral("kind"), kind);
    list.model->setEditText(tr("Edit: %1").arg(title));
    list.model->setNewItemDefaults({{QStringLiteral("date"), QDate::currentDate()}});
    list.view = tableView(list.model, name, title, pane);
    list.view->setItemDelegate(new FieldDelegate(document(), list.view));
    list.view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    list.view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list.view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list.view, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = button(addText, addName, addText, pane);
    list.remove = button(tr("Remove"), removeName, tr("Remove the selected item: %1").arg(title), pane);
    buttons->addWidget(add);
    buttons->addWidget(list.remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    ItemTableModel *model = list.model;
    QTableView *view = list.view;
    connect(add, &QPushButton::clicked, this, [model, view] { editNew(view, model, model->addItem(), 0); });
    connect(list.remove, &QPushButton::clicked, this, [model, view] {
        const int row = selectedRow(view);
        if (row >= 0)
            model->removeRows(row, 1);
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluatePage::updateButtons);
    connect(model, &ItemTableModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });
    return list;
}

void EvaluatePage::makeLessons()
{
    addSection(tr("Lessons, meaning and next steps"));
    // Stacked: side by side, three lists and their buttons overflow narrow windows.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_lessons << makeLessonList(split, QStringLiteral("lesson"), tr("Lessons learnt"), QStringLiteral("lessonsTable"),
                                QStringLiteral("addLesson"), QStringLiteral("removeLesson"), tr("Add lesson"));
    m_lessons << makeLessonList(split, QStringLiteral("meaning"), tr("Meaning of the action"),
                                QStringLiteral("meaningTable"), QStringLiteral("addMeaning"),
                                QStringLiteral("removeMeaning"), tr("Add meaning"));
    m_lessons << makeLessonList(split, QStringLiteral("next_step"), tr("Next steps"), QStringLiteral("nextStepsTable"),
                                QStringLiteral("addNextStep"), QStringLiteral("removeNextStep"), tr("Add next step"));
    for (const LessonList &list : std::as_const(m_lessons))
        split->addWidget(list.view->parentWidget());
    contentLayout()->addWidget(split, 2);
}

bool EvaluatePage::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its spin box has the keys, so this sees only keys on the grid itself.
    if (watched == m_scoreView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_scoreView->currentIndex();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && current.isValid()
            && (m_scores->flags(current) & Qt::ItemIsEditable)) {
            m_scores->setData(current, QVariant());
            return true;
        }
    }
    return StepPage::eventFilter(watched, event);
}

void EvaluatePage::selectReview(const QUuid &reviewId)
{
    const int row = m_reviews->rowOf(reviewId);
    if (row >= 0)
        m_reviewsView->selectRow(row);
}

void EvaluatePage::reviewChanged()
{
    const int row = selectedRow(m_reviewsView);
    const QUuid id = row < 0 ? QUuid() : m_reviews->idAt(row);
    if (id != m_review) {
        m_review = id;
        m_scores->setReview(id);
    }
    refresh();
}

void EvaluatePage::cellChanged()
{
    const QModelIndex current = m_scoreView->currentIndex();
    const bool scored = m_scores->isScored(current);
    const QUuid id = scored ? m_scores->scoreIdAt(current) : QUuid();
    m_comment->setItem(id); // commits what was typed for the previous cell first
    m_comment->setEnabled(scored);
    QString text;
    const QString criterion = current.isValid() ? m_scores->headerData(current.row(), Qt::Vertical).toString() : QString();
    const QString partner = current.isValid() ? m_scores->headerData(current.column(), Qt::Horizontal).toString() : QString();
    if (m_review.isNull())
        text = tr("Add or select a review to score it.");
    else if (!current.isValid() || m_scores->isHeading(current.row()))
        text = tr("Select a score to comment it.");
    else if (!scored)
        text = tr("Score “%1” for %2 first, then comment it.").arg(criterion, partner);
    else
        text = tr("Comment of %1 on “%2”:").arg(partner, criterion);
    if (m_commentLabel->text() != text)
        m_commentLabel->setText(text);
}

void EvaluatePage::updateResults()
{
    const Project &project = document()->project();
    const evaluation::ReviewScores scores = evaluation::scoreReview(project, m_review);
    QStringList rows;
    for (const auto &angle : method::evaluationAngles())
        rows << tr("Angle: %1").arg(method::tr(angle.label));
    for (const auto &impact : method::impacts())
        rows << tr("Impact: %1").arg(method::tr(impact.label));
    QStringList columns{tr("All partners")};
    QList<QStringList> cells; // per column, per row
    auto column = [&](const QList<evaluation::ScoreMean> &angles, const QList<evaluation::ScoreMean> &impacts) {
        QStringList texts;
        for (const auto &angle : method::evaluationAngles())
            texts << percentText(evaluation::percentOf(angles, angle.id));
        for (const auto &impact : method::impacts())
            texts << percentText(evaluation::percentOf(impacts, impact.id));
        cells << texts;
    };
    column(scores.angles, scores.impacts);
    for (const auto &org : scores.organisations) {
        const Organisation *o = project.organisation(org.organisationId);
        columns << (o ? (o->name.isEmpty() ? tr("(no name)") : o->name) : tr("Unknown organisation"));
        column(org.angles, org.impacts);
    }

    // Update in place: a table rebuilt on every edit would flicker and lose its scroll position.
    if (m_results->rowCount() != rows.size())
        m_results->setRowCount(int(rows.size()));
    if (m_results->columnCount() != columns.size())
        m_results->setColumnCount(int(columns.size()));
    m_results->setVerticalHeaderLabels(rows);
    m_results->setHorizontalHeaderLabels(columns);
    for (int c = 0; c < cells.size(); ++c) {
        for (int r = 0; r < cells.at(c).size(); ++r) {
            QTableWidgetItem *item = m_results->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                item->setFlags(Qt::ItemIsEnabled);
                m_results->setItem(r, c, item);
            }
            if (item->text() != cells.at(c).at(r))
                item->setText(cells.at(c).at(r));
        }
    }
}

EvaluatePage::~EvaluatePage()
{
    // Closing the window while a cell is edited commits the edit from ~QWidget, after this
    // class's members are gone: refresh() must no longer run by then.
    disconnect(document(), nullptr, this, nullptr);
}

void EvaluatePage::refresh()
{
    // The selected review was removed (here, by undo or a merge): show nothing rather than stale scores.
    if (!m_review.isNull() && m_reviews->rowOf(m_review) < 0) {
        m_review = QUuid();
        m_scores->setReview({});
    }
    if (!m_reviewsView->selectionModel()->hasSelection() && m_reviews->rowCount() > 0) {
        // Keep the review after a reset of the table; otherwise offer the first one.
        const int row = m_review.isNull() ? 0 : m_reviews->rowOf(m_review);
        m_reviewsView->selectRow(row); // comes back here through reviewChanged()
        if (m_reviewsView->selectionModel()->hasSelection())
            return;
    }
    cellChanged();
    updateResults();
    updateButtons();
}

void EvaluatePage::updateButtons()
{
    m_removeReview->setEnabled(!m_review.isNull());
    for (const LessonList &list : std::as_const(m_lessons))
        list.remove->setEnabled(list.view->selectionModel()->hasSelection());
}

} // namespace alliance
