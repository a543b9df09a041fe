#include "pages/diagnosepage.h"
#include "widgets/pagewidgets.h"

#include "document/document.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/ids.h"
#include "widgets/fieldeditors.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alliance {

using pagewidgets::plainLabel;

namespace {

const QString needTable = QStringLiteral("need_answer");
const QString maturityTable = QStringLiteral("maturity_answer");
constexpr int notAnswered = -1; ///< the score spin box's "Not answered" value

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// Small grey text: guidance, not data. The grey is a blend of the text and
/// the background, readable in light and dark themes alike.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    QPalette p = label->palette();
    const QColor fg = p.color(QPalette::WindowText);
    const QColor bg = p.color(QPalette::Window);
    p.setColor(QPalette::WindowText, QColor::fromRgbF(fg.redF() * 0.6f + bg.redF() * 0.4f,
                                                      fg.greenF() * 0.6f + bg.greenF() * 0.4f,
                                                      fg.blueF() * 0.6f + bg.blueF() * 0.4f));
    label->setPalette(p);
    return label;
}

void showPercent(QProgressBar *bar, const std::optional<double> &percent)
{
    bar->setValue(percent ? qRound(*percent) : 0);
    bar->setFormat(percent ? DiagnosePage::tr("%p%") : DiagnosePage::tr("Not scored"));
}

} // namespace

DiagnosePage::DiagnosePage(Document *document, QWidget *parent)
    : StepPage(document, QStringLiteral("diagnose"), parent)
{
    buildNeeds();
    buildMaturity();
    contentLayout()->addStretch();
    connect(document, &Document::changed, this, &DiagnosePage::refresh);
    refresh();
}

void DiagnosePage::buildNeeds()
{
    addSection(tr("The territory's needs"));
    contentLayout()->addWidget(
        plainLabel(tr("For each of the seven needs, write down what you know of your territory and how much "
                      "it matters to this partnership."),
                   this));
    const QUuid partnership = document()->partnershipId();
    for (const method::TerritoryNeed &need : method::territoryNeeds()) {
        auto *box = new QFrame(this);
        box->setObjectName(QStringLiteral("need_") + need.id);
        box->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(box);
        const QString name = method::tr(need.name);
        layout->addWidget(boldLabel(name, box));
        QStringList questions;
        for (const char *q : need.questions)
            questions << method::tr(q);
        layout->addWidget(hintLabel(questions.join(QLatin1Char(' ')), box));

        auto *row = new QHBoxLayout;
        // The item's id is derived from the need: created by its first edit,
        // with the need it answers.
        const QUuid id = ids::needAnswer(partnership, need.id);
        const QVariantMap identity{{QStringLiteral("need_id"), need.id}};
        auto *answer = new FieldTextEdit(
            document(), {needTable, id, QStringLiteral("answer"), tr("Answer “%1”").arg(name), identity}, box);
        answer->setObjectName(QStringLiteral("needAnswer_") + need.id);
        answer->setAccessibleName(tr("Answer for %1").arg(name));
        answer->setPlaceholderText(tr("What you know, what you lack"));
        answer->setMinimumHeight(answer->fontMetrics().lineSpacing() * 3 + 12);
        answer->setMaximumHeight(answer->fontMetrics().lineSpacing() * 4 + 12);
        row->addWidget(answer, 1);

        auto *priorityBox = new QVBoxLayout;
        auto *priorityLabel = plainLabel(tr("Priority"), box);
        auto *priority = new FieldComboBox(
            document(), {needTable, id, QStringLiteral("priority"), tr("Set the priority of “%1”").arg(name), identity},
            method::needPriorities(), true, box);
        priority->setObjectName(QStringLiteral("needPriority_") + need.id);
        priority->setAccessibleName(tr("Priority of %1").arg(name));
        priorityLabel->setBuddy(priority);
        priorityBox->addWidget(priorityLabel);
        priorityBox->addWidget(priority);
        priorityBox->addStretch();
        row->addLayout(priorityBox);
        layout->addLayout(row);
        contentLayout()->addWidget(box);
    }
}

void DiagnosePage::buildMaturity()
{
    addSection(tr("Maturity self-diagnostic"));
    contentLayout()->addWidget(plainLabel(
        tr("Each organisation scores itself from 0 (not started) to 4 (mastered) on its vision, the action "
           "it has engaged and the means it mobilises. The questions depend on the organisation's profile."),
        this));
    m_empty = plainLabel(tr("No organisation yet: add the partners first."), this);
    m_empty->setObjectName(QStringLiteral("maturityEmpty"));
    contentLayout()->addWidget(m_empty);

    m_maturity = new QWidget(this);
    auto *layout = new QVBoxLayout(m_maturity);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    auto *pickLabel = plainLabel(tr("Organisation"), m_maturity);
    pickLabel->setWordWrap(false);
    m_organisation = new QComboBox(m_maturity);
    m_organisation->setObjectName(QStringLiteral("maturityOrganisation"));
    m_organisation->setAccessibleName(tr("Organisation whose maturity is diagnosed"));
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickLabel->setBuddy(m_organisation);
    m_profile = hintLabel(QString(), m_maturity);
    pick->addWidget(pickLabel);
    pick->addWidget(m_organisation);
    pick->addWidget(m_profile, 1);
    layout->addLayout(pick);

    auto *scores = new QGridLayout;
    int row = 0;
    for (const method::Choice &axis : method::maturityAxes()) {
        auto *bar = new QProgressBar(m_maturity);
        bar->setObjectName(QStringLiteral("maturityAxis_") + axis.id);
        bar->setAccessibleName(tr("Maturity: %1").arg(method::tr(axis.label)));
        bar->setRange(0, 100);
        scores->addWidget(plainLabel(method::tr(axis.label), m_maturity), row, 0);
        scores->addWidget(bar, row++, 1);
        m_axisBars.insert(axis.id, bar);
    }
    m_overall = new QProgressBar(m_maturity);
    m_overall->setObjectName(QStringLiteral("maturityOverall"));
    m_overall->setAccessibleName(tr("Overall maturity"));
    m_overall->setRange(0, 100);
    scores->addWidget(boldLabel(tr("Overall"), m_maturity), row, 0);
    scores->addWidget(m_overall, row++, 1);
    m_answered = hintLabel(QString(), m_maturity);
    m_answered->setObjectName(QStringLiteral("maturityAnswered"));
    scores->addWidget(m_answered, row, 1);
    scores->setColumnStretch(1, 1);
    layout->addLayout(scores);

    m_questions = new QWidget(m_maturity);
    new QGridLayout(m_questions);
    m_questions->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_questions);
    contentLayout()->addWidget(m_maturity);

    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        rebuildQuestions();
        refreshScores();
    });
}

QUuid DiagnosePage::currentOrganisation() const
{
    return m_organisation->currentData().toUuid();
}

void DiagnosePage::refresh()
{
    refreshOrganisations();
    rebuildQuestions();
    refreshScores();
}

void DiagnosePage::refreshOrganisations()
{
    const Project &project = document()->project();
    QString key;
    for (const Organisation &o : project.organisations)
        key += o.id.toString() + o.name + QLatin1Char('\n');
    m_empty->setVisible(project.organisations.isEmpty());
    m_maturity->setVisible(!project.organisations.isEmpty());
    if (key == m_organisationsKey)
        return;
    m_organisationsKey = key;
    const QUuid current = currentOrganisation();
    const QSignalBlocker block(m_organisation); // refresh() rebuilds the rows once, after
    m_organisation->clear();
    for (const Organisation &o : project.organisations)
        m_organisation->addItem(o.name, o.id); // combo items are plain text
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(current)));
}

void DiagnosePage::rebuildQuestions()
{
    const Organisation *organisation = document()->project().organisation(currentOrganisation());
    const QString builtFor = organisation ? organisation->id.toString() + organisation->profile : QString();
    if (builtFor == m_questionsBuiltFor)
        return;
    m_questionsBuiltFor = builtFor;

    // deleteLater: a rebuild may run inside a signal of an old row's editor.
    auto *grid = static_cast<QGridLayout *>(m_questions->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_rows.clear();
    if (!organisation) {
        m_profile->clear();
        return;
    }
    const method::Choice *profile = method::findChoice(method::organisationProfiles(), organisation->profile);
    m_profile->setText(profile ? tr("Questions for the profile “%1”.").arg(method::tr(profile->label)) : QString());

    const QList<method::MaturityQuestion> questions = method::maturityQuestionsFor(organisation->profile);
    int row = 0;
    QWidget *previous = m_organisation;
    for (const method::Choice &axis : method::maturityAxes()) {
        if (row > 0)
            grid->setRowMinimumHeight(row++, 6); // air between the axes
        grid->addWidget(boldLabel(method::tr(axis.label), m_questions), row++, 0, 1, 3);
        for (const method::MaturityQuestion &q : questions) {
            if (q.axis != axis.id)
                continue;
            const QString text = method::tr(q.text);
            QuestionRow r;
            r.questionId = q.id;
            r.score = new QSpinBox(m_questions);
            r.score->setObjectName(QStringLiteral("maturityScore_") + q.id);
            r.score->setAccessibleName(tr("Score for: %1").arg(text));
            r.score->setToolTip(tr("0: not started … 4: mastered"));
            r.score->setRange(notAnswered, method::maturityScoreMax);
            // A missing answer is not a zero: the lowest value says so.
            r.score->setSpecialValueText(tr("Not answered"));
            r.score->setKeyboardTracking(false);
            const QString questionId = q.id;
            connect(r.score, &QSpinBox::valueChanged, this,
                    [this, questionId](int score) { scoreChanged(questionId, score); });

            r.comment = new FieldLineEdit(document(),
                                          {maturityTable, ids::maturityAnswer(organisation->id, q.id),
                                           QStringLiteral("comment"), tr("Comment a maturity answer"),
                                           {{QStringLiteral("organisation_id"), organisation->id},
                                            {QStringLiteral("question_id"), q.id}}},
                                          m_questions);
            r.comment->setObjectName(QStringLiteral("maturityComment_") + q.id);
            r.comment->setAccessibleName(tr("Comment on: %1").arg(text));
            r.comment->setPlaceholderText(tr("Comment"));

            auto *label = plainLabel(text, m_questions);
            label->setBuddy(r.score);
            grid->addWidget(label, row, 0);
            grid->addWidget(r.score, row, 1, Qt::AlignTop);
            grid->addWidget(r.comment, row++, 2, Qt::AlignTop);
            setTabOrder(previous, r.score);
            setTabOrder(r.score, r.comment);
            previous = r.comment;
            m_rows.append(r);
        }
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
}

void DiagnosePage::refreshScores()
{
    const Project &project = document()->project();
    const QUuid organisation = currentOrganisation();
    QHash<QString, int> scores; // question id -> last live answer
    for (const MaturityAnswer &a : project.maturityAnswers) {
        if (a.organisationId == organisation)
            scores.insert(a.questionId, a.score);
    }
    for (const QuestionRow &r : std::as_const(m_rows)) {
        const int score = scores.value(r.questionId, notAnswered);
        if (r.score->value() != score) {
            const QSignalBlocker block(r.score);
            r.score->setValue(score);
        }
        // A comment needs an answer: commenting alone would create a score of 0.
        r.comment->setEnabled(score != notAnswered);
    }

    const evaluation::OrganisationMaturity m = evaluation::maturityOf(project, organisation);
    for (const method::Choice &axis : method::maturityAxes())
        showPercent(m_axisBars.value(axis.id), evaluation::percentOf(m.axes, axis.id));
    showPercent(m_overall, m.overall);
    m_answered->setText(tr("%1 of %2 questions answered").arg(m.answered).arg(m.expected));
}

void DiagnosePage::scoreChanged(const QString &questionId, int score)
{
    const QUuid organisation = currentOrganisation();
    const QUuid id = ids::maturityAnswer(organisation, questionId);
    const QVariant deleted = document()->value(maturityTable, id, QStringLiteral("deleted"));
    const bool live = deleted.isValid() && deleted.toInt() == 0;
    if (score == notAnswered) {
        if (live)
            apply(ChangeSet(tr("Clear a maturity answer")).remove(maturityTable, id));
    } else {
        ChangeSet changes(tr("Score a maturity question"));
        if (!live) {
            // A derived id: say whose answer to which question, and revive a
            // tombstone left by an undo or a cleared answer.
            changes.set(maturityTable, id, QStringLiteral("organisation_id"), organisation)
                .set(maturityTable, id, QStringLiteral("question_id"), questionId);
            if (deleted.isValid())
                changes.set(maturityTable, id, QStringLiteral("deleted"), 0);
        }
        changes.set(maturityTable, id, QStringLiteral("score"), score);
        apply(changes);
    }
    refreshScores(); // also when refused: show what the document holds
}

} // namespace alliance
