#include "pages/diagnosepage.h"
#include "questionnaireactions.h"
#include "widgets/pagewidgets.h"
#include "widgets/rangespinbox.h"

#include "document/document.h"
#include "edits/maturityedits.h"
#include "evaluation/maturityadvice.h"
#include "evaluation/needsviews.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "model/ids.h"
#include "model/shorttext.h"
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

using pagewidgets::boldLabel;
using pagewidgets::hintLabel;
using pagewidgets::plainLabel;

namespace {

const QString needTable = QStringLiteral("need_answer");
const QString maturityTable = QStringLiteral("maturity_answer");
constexpr int notAnswered = -1; ///< the score spin box's "Not answered" value

/// The percent and, beside it, the level it reads as: "55 % · developing".
QString needName(const QString &needId)
{
    for (const method::TerritoryNeed &need : method::territoryNeeds())
        if (need.id == needId)
            return method::tr(need.name);
    return needId;
}

void showPercent(QProgressBar *bar, const std::optional<double> &percent)
{
    bar->setValue(percent ? qRound(*percent) : 0);
    bar->setFormat(
        percent ? DiagnosePage::tr("%p% · %1").arg(evaluation::maturityLevelName(evaluation::maturityLevel(percent)))
                : DiagnosePage::tr("Not scored"));
}

} // namespace

DiagnosePage::DiagnosePage(Document *document, QWidget *parent) : StepPage(document, QStringLiteral("diagnose"), parent)
{
    buildNeeds();
    buildMaturity();
    contentLayout()->addStretch();
    connect(document, &Document::changed, this, &DiagnosePage::refresh);
    refresh();
}

void DiagnosePage::buildNeeds()
{
    addSection(tr("The territory's needs, from each organisation's view"));
    contentLayout()->addWidget(
        plainLabel(tr("Whatever its kind, each organisation answers the seven needs from its own view: how much the "
                      "need matters to it, and what it knows of it or lacks. Views set side by side show where the "
                      "partners meet and where they must talk."),
                   this));
    contentLayout()->addLayout(questionnaireactions::prepareButtonRow(this, *document(), questionnaire::Kind::Needs,
                                                                      QStringLiteral("prepareNeedsQuestionnaires")));
    m_needsEmpty
        = plainLabel(tr("No organisation yet: add the partners, then each one answers from its own view."), this);
    m_needsEmpty->setObjectName(QStringLiteral("needsEmpty"));
    contentLayout()->addWidget(m_needsEmpty);

    auto *summary = new QFrame(this);
    summary->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(boldLabel(tr("Where the views differ"), summary));
    m_differences = plainLabel(QString(), summary);
    m_differences->setObjectName(QStringLiteral("needsDifferences"));
    summaryLayout->addWidget(m_differences);
    contentLayout()->addWidget(summary);

    for (const method::TerritoryNeed &need : method::territoryNeeds()) {
        auto *box = new QFrame(this);
        box->setObjectName(QStringLiteral("need_") + need.id);
        box->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(boldLabel(method::tr(need.name), box));
        QStringList questions;
        for (const char *q : need.questions)
            questions << method::tr(q);
        layout->addWidget(hintLabel(questions.join(QLatin1Char(' ')), box));

        NeedCard card;
        card.needId = need.id;
        card.rows = new QWidget(box);
        auto *grid = new QGridLayout(card.rows);
        grid->setContentsMargins(0, 4, 0, 0);
        grid->setColumnStretch(2, 1);
        layout->addWidget(card.rows);
        card.difference = boldLabel(QString(), box);
        card.difference->setObjectName(QStringLiteral("needDifference_") + need.id);
        layout->addWidget(card.difference);
        m_cards.append(card);
        contentLayout()->addWidget(box);
    }
}

void DiagnosePage::rebuildNeedRows(const evaluation::NeedsViews &views)
{
    const Project &project = document()->project();
    QString key;
    for (const QUuid &id : views.organisations)
        if (const Organisation *o = project.organisation(id))
            key += o->id.toString() + o->name + o->profile + o->role + QLatin1Char('\n');
    for (const evaluation::NeedViews &n : views.needs)
        key += n.shared ? QLatin1Char('s') : QLatin1Char('-');
    if (key == m_needRowsKey)
        return;
    m_needRowsKey = key;

    // Moved out first: a text being typed is committed while its editor hides,
    // and the refresh that follows must not reach half-deleted rows.
    m_needRows.clear();
    m_sharedRows.clear();
    for (const NeedCard &card : std::as_const(m_cards)) {
        auto *grid = static_cast<QGridLayout *>(card.rows->layout());
        while (QLayoutItem *item = grid->takeAt(0)) {
            if (QWidget *w = item->widget()) {
                w->hide();
                w->deleteLater();
            }
            delete item;
        }
    }

    QWidget *previous = nullptr;
    for (int c = 0; c < m_cards.size(); ++c) {
        const NeedCard &card = m_cards.at(c);
        const evaluation::NeedViews &need = views.needs.at(c);
        const QString needName = method::tr(method::territoryNeeds().at(c).name);
        auto *grid = static_cast<QGridLayout *>(card.rows->layout());
        if (views.organisations.isEmpty() && !need.shared)
            continue;
        int row = 0;
        grid->addWidget(hintLabel(tr("Organisation"), card.rows), row, 0);
        grid->addWidget(hintLabel(tr("Priority"), card.rows), row, 1);
        grid->addWidget(hintLabel(tr("Its view, in words"), card.rows), row++, 2);
        for (int column = 0; column < views.organisations.size(); ++column) {
            const Organisation *o = project.organisation(views.organisations.at(column));
            if (!o)
                continue;
            const QString name = shortName(o->name);
            const QString idText = o->id.toString(QUuid::WithoutBraces);
            auto *who = new QWidget(card.rows);
            auto *whoLayout = new QVBoxLayout(who);
            whoLayout->setContentsMargins(0, 0, 0, 0);
            whoLayout->setSpacing(0);
            QLabel *nameLabel = boldLabel(name, who);
            whoLayout->addWidget(nameLabel);
            whoLayout->addWidget(
                hintLabel(tr("%1, %2").arg(method::choiceLabel(method::organisationProfiles(), o->profile),
                                           method::choiceLabel(method::organisationRoles(), o->role).toLower()),
                          who));
            whoLayout->addStretch();
            who->setMinimumWidth(who->fontMetrics().averageCharWidth() * 18);
            who->setMaximumWidth(who->fontMetrics().averageCharWidth() * 30);

            NeedRow r;
            r.need = c;
            r.column = column;
            r.needId = card.needId;
            r.organisationId = o->id;
            r.answerId = evaluation::needAnswerIdFor(project, o->id, card.needId);
            // A row is created by its first edit, with whose view of which need
            // it is; an existing row (one upgraded from format 4 too) is edited in place.
            const QVariantMap identity {{QStringLiteral("need_id"), card.needId},
                                        {QStringLiteral("organisation_id"), o->id}};
            r.priority = new FieldComboBox(document(),
                                           {needTable, r.answerId, QStringLiteral("priority"),
                                            tr("Set the priority of “%1” for %2").arg(needName, name), identity},
                                           method::needPriorities(), true, card.rows);
            r.priority->setObjectName(QStringLiteral("needPriority_%1_%2").arg(card.needId, idText));
            r.priority->setAccessibleName(tr("Priority of %1 for %2").arg(needName, name));
            r.answer = new FieldTextEdit(document(),
                                         {needTable, r.answerId, QStringLiteral("answer"),
                                          tr("Answer “%1” for %2").arg(needName, name), identity},
                                         card.rows);
            r.answer->setObjectName(QStringLiteral("needAnswer_%1_%2").arg(card.needId, idText));
            r.answer->setAccessibleName(tr("View of %1 on %2").arg(name, needName));
            r.answer->setPlaceholderText(tr("What it knows, what it lacks"));
            const int line = r.answer->fontMetrics().lineSpacing();
            r.answer->setMinimumHeight(line * 2 + 12);
            r.answer->setMaximumHeight(line * 4 + 12);
            nameLabel->setBuddy(r.answer);
            // Seven needs for each organisation: refreshNeeds() shows them all
            // from one reading of the project, not one query per editor.
            r.priority->stopFollowing();
            r.answer->stopFollowing();

            grid->addWidget(who, row, 0, Qt::AlignTop);
            grid->addWidget(r.priority, row, 1, Qt::AlignTop);
            grid->addWidget(r.answer, row++, 2);
            if (previous)
                setTabOrder(previous, r.priority);
            setTabOrder(r.priority, r.answer);
            previous = r.answer;
            m_needRows.append(r);
        }
        if (need.shared) {
            // Answered before each organisation had its own view, in a file
            // that had no lead to take it over: kept, shown, never compared.
            auto *who = new QWidget(card.rows);
            auto *whoLayout = new QVBoxLayout(who);
            whoLayout->setContentsMargins(0, 0, 0, 0);
            whoLayout->setSpacing(0);
            whoLayout->addWidget(boldLabel(tr("Shared view"), who));
            whoLayout->addWidget(hintLabel(tr("from an earlier version of the file"), who));
            whoLayout->addStretch();
            SharedRow shared;
            shared.needId = card.needId;
            shared.priority = plainLabel(QString(), card.rows);
            shared.answer = plainLabel(QString(), card.rows);
            shared.answer->setObjectName(QStringLiteral("needShared_") + card.needId);
            shared.answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(who, row, 0, Qt::AlignTop);
            grid->addWidget(shared.priority, row, 1, Qt::AlignTop);
            grid->addWidget(shared.answer, row++, 2, Qt::AlignTop);
            m_sharedRows.append(shared);
        }
    }
}

void DiagnosePage::refreshNeeds()
{
    const Project &project = document()->project();
    const evaluation::NeedsViews views = evaluation::needsViews(project);
    rebuildNeedRows(views);
    m_needsEmpty->setVisible(views.organisations.isEmpty());

    // Rows are found by (organisation, need): a merge may bring the row
    // another copy created; the editors then follow it.
    for (NeedRow &r : m_needRows) {
        if (r.need >= views.needs.size() || r.column >= views.needs.at(r.need).views.size())
            continue;
        const evaluation::NeedView &v = views.needs.at(r.need).views.at(r.column);
        const QUuid id = evaluation::needAnswerIdToEdit(v, r.needId);
        if (id != r.answerId) {
            r.answerId = id;
            r.priority->setItem(id);
            r.answer->setItem(id);
        }
        r.priority->showStored(v.priority); // a priority this build does not know shows as "—"
        r.answer->showStored(v.answer);
    }
    for (const SharedRow &shared : std::as_const(m_sharedRows)) {
        for (const evaluation::NeedViews &n : views.needs) {
            if (n.needId != shared.needId || !n.shared)
                continue;
            shared.priority->setText(n.shared->priority.isEmpty()
                                         ? tr("—")
                                         : method::choiceLabel(method::needPriorities(), n.shared->priority));
            shared.answer->setText(n.shared->answer);
        }
    }

    int comparable = 0;
    for (int c = 0; c < m_cards.size() && c < views.needs.size(); ++c) {
        const evaluation::NeedViews &n = views.needs.at(c);
        QLabel *label = m_cards.at(c).difference;
        if (n.difference)
            label->setText(n.difference->sentence);
        else if (n.prioritised >= 2)
            label->setText(tr("Same priority for the %n organisations that set one.", nullptr, n.prioritised));
        else
            label->clear();
        label->setVisible(!label->text().isEmpty());
        if (n.prioritised >= 2)
            ++comparable;
    }
    // The summary names the marked differences (high for some, low for
    // others) in full; the smaller ones by their need, each card saying who.
    QStringList lines, smaller;
    for (const evaluation::PriorityDifference &d : views.differences()) {
        if (d.opposite)
            lines << QStringLiteral("• ") + d.sentence;
        else
            smaller << tr("“%1”").arg(needName(d.needId));
    }
    if (!smaller.isEmpty())
        lines << tr("Smaller differences (one step apart) on %1: see under each need.")
                     .arg(evaluation::listInWords(smaller));
    if (!lines.isEmpty())
        m_differences->setText(lines.join(QLatin1Char('\n')));
    else if (comparable > 0)
        m_differences->setText(tr("The organisations that set a priority agree on every need."));
    else
        m_differences->setText(tr("Nothing to compare yet: views can be compared once two organisations have set "
                                  "a priority on the same need."));
}

void DiagnosePage::buildMaturity()
{
    addSection(tr("Maturity self-diagnostic"));
    contentLayout()->addWidget(plainLabel(
        tr("A 360° for each organisation: it scores itself from 0 (not started) to 4 (mastered) on its vision, "
           "the action it has engaged, the means it mobilises and its place in its ecosystem. The questions "
           "depend on its profile and role; the result says which tools to use next."),
        this));
    contentLayout()->addLayout(questionnaireactions::prepareButtonRow(this, *document(), questionnaire::Kind::Maturity,
                                                                      QStringLiteral("prepareMaturityQuestionnaires")));
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
    pagewidgets::ignoreWheelUnlessFocused(m_organisation);
    pickLabel->setBuddy(m_organisation);
    m_profile = hintLabel(QString(), m_maturity);
    m_profile->setObjectName(QStringLiteral("maturityVariant"));
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

    // The self-diagnostic ends with what to use next, weakest axis first.
    layout->addWidget(boldLabel(tr("Next tools to use"), m_maturity));
    m_nextTools = plainLabel(QString(), m_maturity);
    m_nextTools->setObjectName(QStringLiteral("maturityNextTools"));
    layout->addWidget(m_nextTools);
    layout->addSpacing(6);

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
    refreshNeeds();
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
    const QString builtFor = organisation
        ? organisation->id.toString() + organisation->profile + QLatin1Char('/') + organisation->role
        : QString();
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
    const QString variant = method::maturityVariantName(organisation->profile, organisation->role);
    m_profile->setText(profile
                           ? tr("Self-diagnostic “%1”, for the profile “%2”.").arg(variant, method::tr(profile->label))
                           : tr("Self-diagnostic “%1”.").arg(variant));

    const QList<method::MaturityQuestion> questions
        = method::maturityQuestionsFor(organisation->profile, organisation->role);
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
            // Typed out of range, a score is refused with the range and kept to correct.
            r.score = new RangeSpinBox(m_questions);
            r.score->setObjectName(QStringLiteral("maturityScore_") + q.id);
            r.score->setAccessibleName(tr("Score for: %1").arg(text));
            r.score->setToolTip(tr("0: not started … 4: mastered"));
            static_cast<RangeSpinBox *>(r.score)->useLimit(maturityTable, QStringLiteral("score"), true);
            static_assert(notAnswered == -1, "the value below the limit stands for no answer");
            // A missing answer is not a zero: the lowest value says so.
            r.score->setSpecialValueText(tr("Not answered"));
            r.score->setKeyboardTracking(false);
            pagewidgets::ignoreWheelUnlessFocused(r.score); // scrolling past never scores
            const QString questionId = q.id;
            connect(r.score, &QSpinBox::valueChanged, this,
                    [this, questionId](int score) { scoreChanged(questionId, score); });

            r.comment = new FieldLineEdit(
                document(),
                {maturityTable,
                 ids::maturityAnswer(organisation->id, q.id),
                 QStringLiteral("comment"),
                 tr("Comment a maturity answer"),
                 {{QStringLiteral("organisation_id"), organisation->id}, {QStringLiteral("question_id"), q.id}}},
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

    const evaluation::MaturityAdvice advice = evaluation::maturityAdvice(m);
    if (m.answered == 0) {
        m_nextTools->setText(tr("Answer the questions below: the tools to use next follow from the answers."));
        return;
    }
    QStringList lines;
    if (!advice.summary.isEmpty())
        lines << advice.summary;
    for (const evaluation::AxisAdvice &a : advice.axes)
        lines << QStringLiteral("• ") + a.sentence;
    m_nextTools->setText(lines.join(QLatin1Char('\n')));
}

void DiagnosePage::scoreChanged(const QString &questionId, int score)
{
    const QUuid organisation = currentOrganisation();
    const ChangeSet changes = score == notAnswered
        ? maturityedits::score(*document(), organisation, questionId, std::nullopt, tr("Clear a maturity answer"))
        : maturityedits::score(*document(), organisation, questionId, score, tr("Score a maturity question"));
    if (!changes.changes.isEmpty())
        apply(changes);
    refreshScores(); // also when refused: show what the document holds
}

} // namespace alliance
