#include "pages/evaluatepage.h"
#include "dialogs/messages.h"
#include "questionnaireactions.h"
#include "widgets/headerfit.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "evaluation/owneffects.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/clock.h"
#include "model/shorttext.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "models/reviewscoremodel.h"
#include "widgets/reviewform.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace alliance {

using pagewidgets::button;
using pagewidgets::editNew;
using pagewidgets::plainLabel;
using pagewidgets::selectedRow;
using pagewidgets::tableView;

namespace {

const QString lessonTable = QStringLiteral("lesson");

/// A column title on two lines when long, so that narrow columns show it whole.
QString twoLines(const QString &text)
{
    constexpr int longTitle = 14;
    if (text.size() <= longTitle || text.contains(QLatin1Char('\n')))
        return text;
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ')
            && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    return best < 0 ? text : text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? EvaluatePage::tr("%1%").arg(QLocale().toString(*percent, 'f', 0)) : EvaluatePage::tr("—");
}

} // namespace

EvaluatePage::EvaluatePage(Document *document, QWidget *parent) : StepPage(document, QStringLiteral("evaluate"), parent)
{
    makeReviews();
    makeAnswers();
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
    m_reviews->setNewItemDefaults(
        {{QStringLiteral("title"), tr("New review")}, {QStringLiteral("date"), clock::today()}});
    m_reviewsView = tableView(m_reviews, QStringLiteral("reviewsTable"), tr("Reviews"), this);
    m_reviewsView->setItemDelegate(new FieldDelegate(document(), m_reviewsView));
    m_reviewsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // As tall as its rows, up to a few: the answers below are the page's long part.
    m_reviewsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    contentLayout()->addWidget(m_reviewsView);

    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add review"), QStringLiteral("addReview"), tr("Add a review"), this);
    m_removeReview
        = button(tr("Remove review"), QStringLiteral("removeReview"), tr("Remove the selected review"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_removeReview);
    // The review's questionnaires, for the review selected (or the latest).
    buttons->addLayout(questionnaireactions::prepareButtonRow(this, *document(), questionnaire::Kind::Review,
                                                              QStringLiteral("prepareReviewQuestionnaires"),
                                                              [this] { return m_review; }));
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

void EvaluatePage::makeAnswers()
{
    addSection(tr("Answers of the selected review"));
    contentLayout()->addWidget(plainLabel(
        tr("Each partner answers in the method's four parts, in order. Words never wait for a rating: write them "
           "and leave “No rating” when a number would say less. Expected and unexpected results are told in words "
           "only; the step-back questions take yes, partly, no or don't know, and how."),
        this));
    m_scores = new ReviewScoreModel(document(), this);
    connect(m_scores, &ReviewScoreModel::editRefused, this,
            [this](const QString &why) { messages::warn(this, tr("Not changed"), why); });

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Answers of:"), this);
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("reviewPartner"));
    m_partner->setAccessibleName(tr("Partner whose answers are shown"));
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partner->setMinimumContentsLength(24);
    pagewidgets::ignoreWheelUnlessFocused(m_partner);
    label->setBuddy(m_partner);
    m_answered = plainLabel(QString(), this);
    m_answered->setObjectName(QStringLiteral("answeredLabel"));
    m_answered->setWordWrap(false);
    row->addWidget(label);
    row->addWidget(m_partner);
    row->addSpacing(12);
    row->addWidget(m_answered);
    row->addStretch();
    contentLayout()->addLayout(row);

    m_form = new ReviewForm(document(), m_scores, this);
    contentLayout()->addWidget(m_form);
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        m_form->setOrganisation(currentOrganisation());
        updateAnswered();
    });
    connect(m_form, &ReviewForm::answersChanged, this, &EvaluatePage::updateAnswered);
}

void EvaluatePage::makeResults()
{
    addSection(tr("Results of the selected review"));
    m_results = new QTableWidget(this);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setAccessibleName(tr("Results per angle and impact"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setToolTip(tr("Mean rating in percent of the maximum, and how many partners gave one; “—” where "
                             "nothing was rated. Words and yes / partly / no answers never enter a figure."));
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->horizontalHeader()->setMinimumSectionSize(80);
    fitHeaderText(m_results->horizontalHeader()); // names wrap whole, never cut
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Six short rows: as tall as they are, no empty band below.
    m_results->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_results->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    contentLayout()->addWidget(m_results);
    m_indicators = plainLabel(QString(), this);
    m_indicators->setObjectName(QStringLiteral("indicatorsSummary"));
    contentLayout()->addWidget(m_indicators);
    m_stepBack = plainLabel(QString(), this);
    m_stepBack->setObjectName(QStringLiteral("stepBackSummary"));
    contentLayout()->addWidget(m_stepBack);
    m_ownEffects = plainLabel(QString(), this);
    m_ownEffects->setObjectName(QStringLiteral("ownEffectsSummary"));
    contentLayout()->addWidget(m_ownEffects);
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
    list.model->setNewItemDefaults({{QStringLiteral("date"), clock::today()}});
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

QUuid EvaluatePage::currentOrganisation() const
{
    return m_partner->currentData().toUuid();
}

void EvaluatePage::selectOrganisation(const QUuid &organisationId)
{
    const int i = m_partner->findData(organisationId);
    if (i >= 0)
        m_partner->setCurrentIndex(i);
}

void EvaluatePage::updatePartners()
{
    const Project &project = document()->project();
    QList<QPair<QString, QUuid>> wanted;
    for (const Organisation &o : project.organisations)
        wanted.append({o.name.isEmpty() ? tr("(no name)") : shortName(o.name), o.id});
    bool same = wanted.size() == m_partner->count();
    for (int i = 0; same && i < wanted.size(); ++i)
        same = m_partner->itemText(i) == wanted.at(i).first && m_partner->itemData(i).toUuid() == wanted.at(i).second;
    if (!same) {
        const QUuid kept = currentOrganisation();
        {
            const QSignalBlocker block(m_partner);
            m_partner->clear();
            for (const auto &[name, id] : wanted)
                m_partner->addItem(name, id);
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(kept)));
        }
        m_form->setOrganisation(currentOrganisation());
    }
    m_partner->setEnabled(!m_review.isNull() && m_partner->count() > 0);
}

void EvaluatePage::updateAnswered()
{
    QString text;
    if (m_review.isNull())
        text.clear();
    else if (m_partner->count() == 0)
        text = tr("Add the partners in step 4 or 5 first.");
    else
        text = tr("%1 of %n question(s) answered", nullptr, m_form->questionCount()).arg(m_form->answeredCount());
    if (m_answered->text() != text)
        m_answered->setText(text);
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
    const auto meanOf = [](const QList<evaluation::ScoreMean> &means, const QString &id) {
        const auto it
            = std::find_if(means.cbegin(), means.cend(), [&](const evaluation::ScoreMean &m) { return m.id == id; });
        return it == means.cend() ? evaluation::ScoreMean {} : *it;
    };
    QStringList columns {tr("All partners"), tr("Partners who answered")};
    QList<QStringList> cells; // per column, per row
    QStringList all, answered;
    for (const auto &angle : method::evaluationAngles()) {
        const evaluation::ScoreMean m = meanOf(scores.angles, angle.id);
        all << percentText(m.percent);
        answered << QString::number(m.respondents);
    }
    for (const auto &impact : method::impacts()) {
        const evaluation::ScoreMean m = meanOf(scores.impacts, impact.id);
        all << percentText(m.percent);
        answered << QString::number(m.respondents);
    }
    cells << all << answered;
    for (const auto &org : scores.organisations) {
        const Organisation *o = project.organisation(org.organisationId);
        columns << (o ? (o->name.isEmpty() ? tr("(no name)") : shortName(o->name)) : tr("Unknown organisation"));
        QStringList texts;
        for (const auto &angle : method::evaluationAngles())
            texts << percentText(evaluation::percentOf(org.angles, angle.id));
        for (const auto &impact : method::impacts())
            texts << percentText(evaluation::percentOf(org.impacts, impact.id));
        cells << texts;
    }

    // Update in place: a table rebuilt on every edit would flicker and lose its scroll position.
    if (m_results->rowCount() != rows.size())
        m_results->setRowCount(int(rows.size()));
    if (m_results->columnCount() != columns.size())
        m_results->setColumnCount(int(columns.size()));
    m_results->setVerticalHeaderLabels(rows);
    // Titles on two lines when long, whole in their tooltips (a name may be long).
    for (int c = 0; c < columns.size(); ++c) {
        QTableWidgetItem *header = m_results->horizontalHeaderItem(c);
        if (!header) {
            header = new QTableWidgetItem;
            m_results->setHorizontalHeaderItem(c, header);
        }
        header->setText(twoLines(columns.at(c)));
        header->setToolTip(QStringLiteral("<p>%1</p>").arg(columns.at(c).toHtmlEscaped())); // names are user text
    }
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

    // Performance compares objectives and results twice: the partners'
    // ratings above, and the indicators against their targets here, side by
    // side and never blended into one figure.
    QString indicators;
    const Review *review = nullptr;
    for (const Review &r : project.reviews)
        if (r.id == m_review)
            review = &r;
    if (review && !project.indicators.isEmpty()) {
        const evaluation::PerformanceSummary summary
            = evaluation::indicatorsAtReview(project, m_review, clock::today());
        const QString date
            = review->date.isValid() ? QLocale().toString(review->date, QLocale::ShortFormat) : tr("today");
        indicators = summary.overall
            ? tr("Performance, beside the ratings: the indicators stood at %1 of their targets on %2 (%3 of %4 "
                 "with data).")
                  .arg(percentText(summary.overall), date)
                  .arg(summary.indicators.size() - summary.noData)
                  .arg(summary.indicators.size())
            : tr("Performance, beside the ratings: no indicator had a measurement by %1.").arg(date);
    }
    QStringList stepBack;
    for (const evaluation::StepBackCount &count : scores.stepBack) {
        if (m_review.isNull())
            break;
        const method::Criterion *c = method::findCriterion(count.criterionId);
        QStringList parts;
        for (const method::Choice &answer : method::stepBackAnswers())
            parts << tr("%1 %2").arg(method::tr(answer.label)).arg(count.count(answer.id));
        stepBack << tr("%1: %2 (%n partner(s) answered)", nullptr, count.respondents)
                        .arg(c ? method::tr(c->label) : count.criterionId, parts.join(QStringLiteral(" · ")));
    }
    QStringList sentences;
    for (const evaluation::OwnEffects &effects : evaluation::ownEffects(project, m_review)) {
        const Organisation *o = project.organisation(effects.organisationId);
        const QString sentence = evaluation::ownEffectsSentence(
            effects, o ? (o->name.isEmpty() ? tr("(no name)") : shortName(o->name)) : tr("Unknown organisation"));
        if (!sentence.isEmpty())
            sentences << QStringLiteral("• ") + sentence;
    }
    // The method's question, above each partner's answer to it.
    if (!sentences.isEmpty())
        sentences.prepend(tr("Did what weighed most in step 2 move most?"));
    const auto show = [](QLabel *label, const QString &text) {
        if (label->text() != text)
            label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    show(m_indicators, indicators);
    show(m_stepBack, stepBack.join(QLatin1Char('\n')));
    show(m_ownEffects, sentences.join(QLatin1Char('\n')));
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
    fitReviewsHeight();
    updatePartners();
    updateAnswered();
    updateResults();
    updateButtons();
}

void EvaluatePage::fitReviewsHeight()
{
    constexpr int rowsShown = 5;
    int rowsHeight = 0;
    for (int r = 0; r < rowsShown; ++r)
        rowsHeight += r < m_reviews->rowCount() ? m_reviewsView->rowHeight(r)
            : r < 2                             ? m_reviewsView->verticalHeader()->defaultSectionSize()
                                                : 0;
    const int height
        = m_reviewsView->horizontalHeader()->sizeHint().height() + rowsHeight + 2 * m_reviewsView->frameWidth() + 2;
    if (m_reviewsView->height() != height)
        m_reviewsView->setFixedHeight(height);
}

void EvaluatePage::updateButtons()
{
    m_removeReview->setEnabled(!m_review.isNull());
    for (const LessonList &list : std::as_const(m_lessons))
        list.remove->setEnabled(list.view->selectionModel()->hasSelection());
}

} // namespace alliance
