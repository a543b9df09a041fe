#include "widgets/reviewform.h"

#include "edits/reviewanswer.h"
#include "method/method.h"
#include "models/reviewscoremodel.h"
#include "widgets/fieldeditors.h"
#include "widgets/pagewidgets.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::plainLabel;

namespace {

constexpr int noRating = -1;

/// Greyed text for what explains rather than asks.
void mute(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}

QComboBox *ratingBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ReviewForm::tr("No rating"), noRating);
    for (int r = 0; r <= method::criterionScoreMax; ++r) {
        const QString text = r == 0          ? ReviewForm::tr("0 (not at all)")
            : r == method::criterionScoreMax ? ReviewForm::tr("%1 (fully)").arg(r)
                                             : QString::number(r);
        box->addItem(text, r);
    }
    pagewidgets::ignoreWheelUnlessFocused(box);
    return box;
}

QComboBox *answerBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ReviewForm::tr("No answer"), QString());
    for (const method::Choice &c : method::stepBackAnswers())
        box->addItem(method::tr(c.label), c.id);
    pagewidgets::ignoreWheelUnlessFocused(box);
    return box;
}

} // namespace

ReviewForm::ReviewForm(Document *document, ReviewScoreModel *model, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(model),
      m_layout(new QVBoxLayout(this)),
      m_hint(plainLabel(QString(), this))
{
    setObjectName(QStringLiteral("reviewForm"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_hint->setObjectName(QStringLiteral("reviewFormHint"));
    m_layout->addWidget(m_hint);
    connect(model, &QAbstractItemModel::modelReset, this, &ReviewForm::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReviewForm::reloadValues);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ReviewForm::rebuild);
    rebuild();
}

int ReviewForm::column() const
{
    return m_model->review().isNull() ? -1 : m_model->columnOf(m_organisation);
}

void ReviewForm::setOrganisation(const QUuid &organisation)
{
    if (organisation == m_organisation)
        return;
    m_organisation = organisation;
    rebuild();
}

int ReviewForm::questionCount() const
{
    return column() < 0 ? 0 : int(m_questions.size());
}

int ReviewForm::answeredCount() const
{
    const int c = column();
    if (c < 0)
        return 0;
    int n = 0;
    for (const QuestionWidgets &q : m_questions)
        n += m_model->index(q.row, c).data(ReviewScoreModel::AnsweredRole).toBool() ? 1 : 0;
    return n;
}

void ReviewForm::rebuild()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    const auto shapeNow = [this] {
        QStringList shape;
        for (int r = 0; r < m_model->rowCount(); ++r)
            shape << m_model->criterionAt(r) + QLatin1Char('|') + m_model->headerData(r, Qt::Vertical).toString();
        return shape;
    };
    if (column() >= 0 && m_content && shapeNow() == m_shape) {
        // Same questions: keep the widgets (and the focus), point them at this organisation.
        m_rebuilding = false;
        reloadValues();
        return;
    }
    // What is typed goes to its answer before the editors go (the model may
    // change on the way: the form is built from what it holds after).
    for (const QuestionWidgets &q : std::as_const(m_questions))
        q.words->commit();
    const QStringList shape = shapeNow();
    const int c = column();
    m_questions.clear();
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
        m_content = nullptr;
    }
    m_shape.clear();
    if (m_model->review().isNull())
        m_hint->setText(tr("Add or select a review to answer it."));
    else if (c < 0)
        m_hint->setText(tr("Choose the partner whose answers you enter."));
    m_hint->setVisible(c < 0);
    if (c >= 0) {
        m_shape = shape;
        m_content = new QWidget(this);
        auto *layout = new QVBoxLayout(m_content);
        layout->setContentsMargins(0, 0, 0, 0);
        for (int part = 1; part <= method::reviewPartCount; ++part)
            layout->addWidget(makePart(part, m_content));
        m_layout->addWidget(m_content);
    }
    m_rebuilding = false;
    reloadValues();
}

QWidget *ReviewForm::makePart(int part, QWidget *parent)
{
    auto *partWidget = new QWidget(parent);
    partWidget->setObjectName(QStringLiteral("reviewPart%1").arg(part));
    auto *partLayout = new QVBoxLayout(partWidget);
    partLayout->setContentsMargins(0, 6, 0, 0);
    auto *title = plainLabel(method::tr(method::reviewPartTitle(part)), partWidget);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    partLayout->addWidget(title);
    auto *box = new QFrame(partWidget);
    box->setFrameShape(QFrame::StyledPanel);
    partLayout->addWidget(box);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 4);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    int gridRow = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->isHeading(r) && m_model->questionAt(r)->part == part)
            addQuestion(box, grid, gridRow++, r);
    return partWidget;
}

void ReviewForm::addQuestion(QWidget *box, QGridLayout *grid, int gridRow, int modelRow)
{
    const evaluation::ReviewQuestion &q = *m_model->questionAt(modelRow);
    QuestionWidgets w;
    w.row = modelRow;

    auto *text = new QWidget(box);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    auto *label = plainLabel(m_model->headerData(modelRow, Qt::Vertical).toString(), text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    textLayout->addWidget(label);
    if (!q.question.isEmpty()) {
        auto *question = plainLabel(q.question, text);
        mute(question);
        textLayout->addWidget(question);
    }
    textLayout->addStretch();
    grid->addWidget(text, gridRow, 0);

    auto *controls = new QWidget(box);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->setSpacing(4);
    const QString id = q.criterionId;
    const QString where = m_model->headerData(modelRow, Qt::Vertical).toString();
    QString placeholder;
    switch (q.kind) {
    case method::AnswerKind::Rating:
    case method::AnswerKind::Reflection:
        w.rating = ratingBox(controls);
        w.rating->setObjectName(QStringLiteral("rating:") + id);
        w.rating->setAccessibleName(tr("Rating: %1").arg(where));
        w.rating->setToolTip(
            q.kind == method::AnswerKind::Reflection
                ? tr("Optional: the words alone are an answer.")
                : tr("From 0 (not at all) to %1 (fully); “No rating” keeps the words.").arg(method::criterionScoreMax));
        controlsLayout->addWidget(w.rating);
        placeholder = q.kind == method::AnswerKind::Reflection ? tr("In your words; a rating is optional")
                                                               : tr("Comment: no rating needed to write it");
        connect(w.rating, &QComboBox::activated, this, [this, modelRow, box = w.rating] {
            const int value = box->currentData().toInt();
            m_model->setData(m_model->index(modelRow, column()), value == noRating ? QVariant() : QVariant(value),
                             ReviewScoreModel::RatingRole);
            reloadValues(); // a refused edit puts the box back
        });
        if (!q.objectiveId.isEmpty()) {
            w.weight = plainLabel(QString(), controls);
            w.weight->setObjectName(QStringLiteral("weight:") + id);
            controlsLayout->addWidget(w.weight);
        }
        break;
    case method::AnswerKind::YesPartlyNo:
        w.answer = answerBox(controls);
        w.answer->setObjectName(QStringLiteral("answer:") + id);
        w.answer->setAccessibleName(tr("Answer: %1").arg(where));
        controlsLayout->addWidget(w.answer);
        placeholder = tr("How?");
        connect(w.answer, &QComboBox::activated, this, [this, modelRow, box = w.answer] {
            m_model->setData(m_model->index(modelRow, column()), box->currentData().toString(),
                             ReviewScoreModel::AnswerRole);
            reloadValues();
        });
        break;
    case method::AnswerKind::Words: {
        // Results, expected or not, are information: never a rating, never a lower score.
        auto *note = plainLabel(tr("In words, no rating"), controls);
        mute(note);
        controlsLayout->addWidget(note);
        placeholder = tr("Which ones? In your words");
        break;
    }
    }
    controlsLayout->addStretch();
    // One width in every part, so that the four parts' columns line up.
    controls->setFixedWidth(controls->fontMetrics().averageCharWidth() * 24);
    grid->addWidget(controls, gridRow, 1);

    w.words = new FieldTextEdit(
        m_document,
        {QStringLiteral("review_score"), QUuid(), QStringLiteral("comment"), tr("Write the answer: %1").arg(where)},
        box);
    w.words->setObjectName(QStringLiteral("words:") + id);
    w.words->setAccessibleName(tr("Words: %1").arg(where));
    w.words->setPlaceholderText(placeholder);
    const int lines = q.kind == method::AnswerKind::Rating ? 2 : 3;
    w.words->setFixedHeight(w.words->fontMetrics().lineSpacing() * lines + 14);
    grid->addWidget(w.words, gridRow, 2);
    m_questions.append(w);
}

void ReviewForm::reloadValues()
{
    if (m_rebuilding)
        return;
    const int c = column();
    if ((c >= 0) != (m_content != nullptr)) {
        rebuild(); // the review or the organisation came or went: reloads when built
        return;
    }
    if (c < 0) {
        Q_EMIT answersChanged();
        return;
    }
    for (const QuestionWidgets &w : std::as_const(m_questions)) {
        const QModelIndex cell = m_model->index(w.row, c);
        if (w.rating) {
            const QVariant rating = cell.data(ReviewScoreModel::RatingRole);
            const QSignalBlocker block(w.rating);
            w.rating->setCurrentIndex(std::max(0, w.rating->findData(rating.isNull() ? noRating : rating.toInt())));
        }
        if (w.answer) {
            const QSignalBlocker block(w.answer);
            w.answer->setCurrentIndex(
                std::max(0, w.answer->findData(cell.data(ReviewScoreModel::AnswerRole).toString())));
        }
        if (w.weight) {
            const QVariant weight = cell.data(ReviewScoreModel::WeightRole);
            const bool heaviest = cell.data(ReviewScoreModel::HeaviestRole).toBool();
            const QString text = weight.isNull() ? tr("Not weighted in step 2")
                : heaviest                       ? tr("Weighed most in step 2: %1%").arg(weight.toInt())
                                                 : tr("Weight in step 2: %1%").arg(weight.toInt());
            if (w.weight->text() != text)
                w.weight->setText(text);
            QFont f = w.weight->font();
            f.setBold(heaviest);
            w.weight->setFont(f);
        }
        const reviewanswer::Cell answerCell {m_model->review(), m_organisation, m_model->criterionAt(w.row)};
        QVariantMap createWith = reviewanswer::newAnswerFields(answerCell);
        createWith.remove(QStringLiteral("comment")); // the editor writes it
        const QUuid id = cell.data(ReviewScoreModel::ScoreIdRole).toUuid();
        w.words->setItem(id, createWith);
    }
    Q_EMIT answersChanged();
}

} // namespace alliance
