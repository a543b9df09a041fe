#include "questionnaire/answersimport.h"

#include "document/document.h"
#include "edits/fieldedit.h"
#include "edits/maturityedits.h"
#include "edits/reviewanswer.h"
#include "edits/revive.h"
#include "edits/weighting.h"
#include "evaluation/needsviews.h"
#include "evaluation/weights.h"
#include "method/method.h"
#include "model/ids.h"
#include "questionnaire/answercells.h"
#include "spreadsheet/xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace alliance::questionnaire {

namespace {

/// What the project holds for one question, as values and as shown.
struct Held
{
    std::optional<QString> answer; ///< rating, score, step-back answer, priority or weight
    QString words;
};

/// The binding sheet's rows as texts, cells A..E.
QList<QStringList> bindingRows(const XlsxSheet &sheet)
{
    QList<QStringList> rows;
    for (const XlsxCell &c : sheet.cells) {
        if (c.column > 5)
            continue;
        while (rows.size() < c.row)
            rows.append(QStringList());
        QStringList &row = rows[c.row - 1];
        while (row.size() < c.column)
            row.append(QString());
        row[c.column - 1] = c.displayText();
    }
    return rows;
}

QString partName(AnswerType type, Kind kind)
{
    switch (type) {
    case AnswerType::Rating:
        return QCoreApplication::translate("AnswersImport", "Rating");
    case AnswerType::StepBack:
        return QCoreApplication::translate("AnswersImport", "Answer");
    case AnswerType::Maturity:
        return QCoreApplication::translate("AnswersImport", "Score");
    case AnswerType::Weight:
        return QCoreApplication::translate("AnswersImport", "Weight");
    case AnswerType::Priority:
        return QCoreApplication::translate("AnswersImport", "Priority");
    case AnswerType::None:
        break;
    }
    return kind == Kind::Needs ? QCoreApplication::translate("AnswersImport", "In words")
                               : QCoreApplication::translate("AnswersImport", "Comment");
}

QString shownValue(AnswerType type, const QString &value)
{
    switch (type) {
    case AnswerType::StepBack:
        return method::choiceLabel(method::stepBackAnswers(), value);
    case AnswerType::Priority:
        return method::choiceLabel(method::needPriorities(), value);
    default:
        return value;
    }
}

Held heldFor(const Project &project, const Binding &b, const Question &q, int objectiveIndex)
{
    Held held;
    switch (b.kind) {
    case Kind::Review:
        if (const ReviewScore *s = reviewanswer::find(project, {b.review, b.organisation, q.key})) {
            if (q.answer == AnswerType::Rating && !s->noScore)
                held.answer = QString::number(s->score);
            if (q.answer == AnswerType::StepBack && !s->answer.isEmpty())
                held.answer = s->answer;
            held.words = s->comment;
        }
        break;
    case Kind::Maturity:
        for (const MaturityAnswer &m : project.maturityAnswers)
            if (m.organisationId == b.organisation && m.questionId == q.key) {
                held.answer = QString::number(m.score);
                held.words = m.comment;
            }
        break;
    case Kind::Weights: {
        const evaluation::Weights w = evaluation::storedWeights(project, b.organisation);
        if (evaluation::isWeighted(w) && objectiveIndex >= 0)
            held.answer = QString::number(w.at(objectiveIndex));
        break;
    }
    case Kind::Needs:
        if (const NeedAnswer *n = evaluation::needAnswerOf(project, b.organisation, q.key)) {
            if (!n->priority.isEmpty())
                held.answer = n->priority;
            held.words = n->answer;
        }
        break;
    }
    return held;
}

AnswerChange compared(const Question &q, const QString &part, const std::optional<QString> &held,
                      const QString &heldShown, const CellValue &cell)
{
    AnswerChange c;
    c.questionKey = q.key;
    c.question = q.label;
    c.part = part;
    c.inProject = held ? heldShown : QString();
    c.inWorkbook = cell.shown;
    if (!cell.problem.isEmpty()) {
        c.status = AnswerStatus::Ignored;
        //: %1 the question, %2 why its answer is not used
        c.reason = QCoreApplication::translate("AnswersImport", "The answer to “%1” was ignored: %2.")
                       .arg(q.label, cell.problem);
    } else if (!held || held->isEmpty()) {
        c.status = AnswerStatus::New;
    } else {
        c.status = *held == cell.value ? AnswerStatus::Same : AnswerStatus::Differs;
    }
    return c;
}

int objectiveIndexOf(const QString &key)
{
    const auto &objectives = method::objectives();
    for (int i = 0; i < objectives.size(); ++i)
        if (objectives.at(i).id == key)
            return i;
    return -1;
}

QString wordsTable(Kind kind)
{
    switch (kind) {
    case Kind::Review:
        return QStringLiteral("review_score");
    case Kind::Maturity:
        return QStringLiteral("maturity_answer");
    case Kind::Needs:
        return QStringLiteral("need_answer");
    case Kind::Weights:
        break;
    }
    return QStringLiteral("objective_weight");
}

QString wordsField(Kind kind)
{
    return kind == Kind::Needs  ? QStringLiteral("answer")
        : kind == Kind::Weights ? QStringLiteral("text")
                                : QStringLiteral("comment");
}

/// The weights are taken whole or not at all: four whole numbers summing to 100.
void checkWeights(WorkbookAnswers &w)
{
    int given = 0, total = 0;
    bool unusable = false;
    for (const AnswerChange &c : std::as_const(w.answers)) {
        if (c.part != partName(AnswerType::Weight, Kind::Weights))
            continue;
        if (c.status == AnswerStatus::Ignored)
            unusable = true;
    }
    for (const PlannedAnswer &p : std::as_const(w.planned))
        if (p.weight) {
            ++given;
            total += *p.weight;
        }
    if (given == 0 && !unusable)
        return;
    QString reason;
    if (unusable)
        reason = QCoreApplication::translate(
            "AnswersImport", "The weights were not imported: each must be a whole number from 0 to 100.");
    else if (given != method::objectiveCount)
        reason = QCoreApplication::translate("AnswersImport", "The weights were not imported: all four must be given.");
    else if (total != evaluation::weightTotal)
        reason
            = QCoreApplication::translate("AnswersImport", "The weights were not imported: they add up to %1, not 100.")
                  .arg(total);
    if (reason.isEmpty())
        return;
    for (AnswerChange &c : w.answers)
        if (c.status != AnswerStatus::Ignored) {
            c.status = AnswerStatus::Ignored;
            c.reason = reason;
        }
    for (PlannedAnswer &p : w.planned)
        p.weight.reset();
}

QString titleOf(const Project &project, const Binding &b)
{
    if (b.kind == Kind::Review)
        for (const Review &r : project.reviews)
            if (r.id == b.review)
                //: %1 the review's title
                return QCoreApplication::translate("AnswersImport", "Review “%1”").arg(r.title);
    return kindName(b.kind);
}

bool reviewExists(const Project &project, const QUuid &id)
{
    return std::any_of(project.reviews.cbegin(), project.reviews.cend(), [&](const Review &r) { return r.id == id; });
}

/// Reads the answers of every bound question into `w`.
void readQuestions(const Project &project, const XlsxSheet &sheet, WorkbookAnswers &w)
{
    const Binding &b = *w.binding;
    const QList<Question> asked
        = b.anonymous ? anonymousReviewQuestions(project) : questionsFor(project, b.kind, b.organisation);
    QHash<QString, const Question *> byKey;
    for (const Question &q : asked)
        byKey.insert(q.key, &q);
    if (b.anonymous) {
        w.anonymous = AnonymousResponse();
        w.anonymous->organisationKind = b.organisationKind;
    }
    for (const BoundQuestion &bound : b.questions) {
        const Question *q = byKey.value(bound.key);
        if (!q || q->answer != bound.answer) {
            AnswerChange c;
            c.questionKey = bound.key;
            c.question = bound.key.left(80);
            c.status = AnswerStatus::Ignored;
            c.reason = QCoreApplication::translate(
                "AnswersImport",
                "A question of the workbook is no longer asked in this project; its answer was ignored.");
            w.answers.append(c);
            continue;
        }
        PlannedAnswer plan;
        plan.key = q->key;
        const int index = b.kind == Kind::Weights ? objectiveIndexOf(q->key) : -1;
        const Held held = b.anonymous ? Held() : heldFor(project, b, *q, index);
        if (q->answer != AnswerType::None) {
            const XlsxCell *cell = sheet.cell(bound.row, layout::answerColumn + 1);
            const CellValue v = q->answer == AnswerType::Weight ? readWeight(cell) : readChoice(b, q->answer, cell);
            if (!v.empty) {
                AnswerChange c = compared(*q, partName(q->answer, b.kind), held.answer,
                                          held.answer ? shownValue(q->answer, *held.answer) : QString(), v);
                if (v.ok())
                    c.inWorkbook = shownValue(q->answer, v.value);
                if (b.anonymous && v.ok()) {
                    if (q->answer == AnswerType::Rating)
                        w.anonymous->ratings.insert(q->key, v.value.toInt());
                    else if (q->answer == AnswerType::StepBack)
                        w.anonymous->stepBack.insert(q->key, v.value);
                } else if (c.status == AnswerStatus::New || c.status == AnswerStatus::Differs) {
                    if (q->answer == AnswerType::Weight)
                        plan.weight = v.value.toInt();
                    else if (q->answer == AnswerType::StepBack || q->answer == AnswerType::Priority)
                        plan.choice = v.value;
                    else
                        plan.number = v.value.toInt();
                }
                if (q->answer == AnswerType::Weight && v.ok() && c.status == AnswerStatus::Same)
                    plan.weight = v.value.toInt(); // the four are checked together
                if (!b.anonymous)
                    w.answers.append(c);
            }
        }
        // Anonymous words are never stored: they could tell who answered.
        if (q->words && bound.words && !b.anonymous) {
            const XlsxCell *cell = sheet.cell(bound.row, layout::wordsColumn + 1);
            const CellValue v = readWords(cell, wordsTable(b.kind), wordsField(b.kind));
            if (!v.empty) {
                const std::optional<QString> heldWords
                    = held.words.isEmpty() ? std::nullopt : std::optional<QString>(held.words);
                AnswerChange c = compared(*q, partName(AnswerType::None, b.kind), heldWords, held.words, v);
                // A maturity comment belongs to a score: without one it has nowhere to go.
                if (b.kind == Kind::Maturity && c.status != AnswerStatus::Ignored && !held.answer && !plan.number) {
                    c.status = AnswerStatus::Ignored;
                    c.reason = QCoreApplication::translate("AnswersImport",
                                                           "The comment on “%1” was ignored: it has no score.")
                                   .arg(q->label);
                }
                if (c.status == AnswerStatus::New || c.status == AnswerStatus::Differs)
                    plan.words = v.value;
                w.answers.append(c);
            }
        }
        w.planned.append(plan);
    }
    if (b.kind == Kind::Weights)
        checkWeights(w);
}

QString refusedBecause(const QString &fileName, const QString &why)
{
    //: %1 the workbook's file name, %2 why it is refused
    return QCoreApplication::translate("AnswersImport", "“%1” was not imported: %2").arg(fileName, why);
}

} // namespace

int WorkbookAnswers::changeCount() const
{
    return int(std::count_if(answers.cbegin(), answers.cend(), [](const AnswerChange &c) {
        return c.status == AnswerStatus::New || c.status == AnswerStatus::Differs;
    }));
}

QString statusName(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::New:
        return QCoreApplication::translate("AnswersImport", "New");
    case AnswerStatus::Differs:
        return QCoreApplication::translate("AnswersImport", "Differs");
    case AnswerStatus::Same:
        return QCoreApplication::translate("AnswersImport", "Same");
    case AnswerStatus::Ignored:
        return QCoreApplication::translate("AnswersImport", "Ignored");
    }
    return {};
}

WorkbookAnswers readAnswers(const Document &document, const QString &path)
{
    WorkbookAnswers w;
    w.path = path;
    w.fileName = QFileInfo(path).fileName();
    const XlsxReadResult read = readXlsx(path);
    if (!read.ok()) {
        w.refusal = read.message;
        return w;
    }
    const XlsxSheet *bindingSheet = read.workbook.sheet(QString::fromLatin1(layout::bindingSheet));
    if (!bindingSheet) {
        w.refusal = refusedBecause(
            w.fileName,
            QCoreApplication::translate("AnswersImport", "it is not a questionnaire prepared by Alliance Pilot."));
        return w;
    }
    QString error;
    w.binding = Binding::fromRows(bindingRows(*bindingSheet), &error);
    if (!w.binding) {
        //: %1 the workbook's file name, %2 why its binding is refused (a sentence)
        w.refusal = QCoreApplication::translate("AnswersImport", "“%1” was not imported. %2").arg(w.fileName, error);
        return w;
    }
    const Binding &b = *w.binding;
    const Project &project = document.project();
    if (b.partnership != document.partnershipId()) {
        w.refusal = refusedBecause(
            w.fileName, QCoreApplication::translate("AnswersImport", "it was prepared for another partnership."));
        return w;
    }
    if (b.kind == Kind::Review && !reviewExists(project, b.review)) {
        w.refusal = refusedBecause(w.fileName,
                                   QCoreApplication::translate("AnswersImport", "its review is not in this project."));
        return w;
    }
    if (b.anonymous) {
        if (b.kind != Kind::Review || !method::findChoice(method::organisationProfiles(), b.organisationKind)) {
            w.refusal
                = refusedBecause(w.fileName,
                                 QCoreApplication::translate(
                                     "AnswersImport", "its anonymous answers name no known kind of organisation."));
            return w;
        }
        w.organisationName = method::choiceLabel(method::organisationProfiles(), b.organisationKind);
    } else {
        const Organisation *o = project.organisation(b.organisation);
        if (!o) {
            w.refusal = refusedBecause(
                w.fileName, QCoreApplication::translate("AnswersImport", "its organisation is not in this project."));
            return w;
        }
        w.organisationName = o->name;
    }
    w.title = titleOf(project, b);
    const XlsxSheet *answers = read.workbook.sheet(b.answersSheet);
    if (!answers) {
        w.refusal = refusedBecause(w.fileName,
                                   QCoreApplication::translate("AnswersImport", "its sheet of answers is missing."));
        return w;
    }
    readQuestions(project, *answers, w);
    return w;
}

QList<WorkbookAnswers> previewAnswers(const Document &document, const QStringList &paths)
{
    QList<WorkbookAnswers> list;
    for (const QString &path : paths)
        list.append(readAnswers(document, path));
    // Two workbooks answering the same questionnaire: the latest one counts.
    auto target = [](const Binding &b) {
        return b.anonymous
            ? b.workbook.toString()
            : QStringList {kindId(b.kind), b.review.toString(), b.organisation.toString()}.join(QLatin1Char('|'));
    };
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).refused())
            continue;
        for (int j = 0; j < list.size(); ++j) {
            if (i == j || list.at(j).refused() || target(*list.at(i).binding) != target(*list.at(j).binding))
                continue;
            const Binding &a = *list.at(i).binding, &other = *list.at(j).binding;
            if (a.created < other.created || (a.created == other.created && i < j)) {
                list[i].refusal
                    = refusedBecause(list.at(i).fileName,
                                     QCoreApplication::translate(
                                         "AnswersImport", "“%1” answers the same questionnaire and counts instead.")
                                         .arg(list.at(j).fileName));
                break;
            }
        }
    }
    return list;
}

AnswersChanges answersChangeSet(const Document &document, const QList<WorkbookAnswers> &workbooks)
{
    AnswersChanges made;
    int imported = 0;
    auto add = [&](const ChangeSet &part, const QUuid &organisation) {
        made.changes.changes.append(part.changes);
        for (int i = 0; i < part.changes.size(); ++i)
            made.authorOrganisations.append(organisation);
    };
    const Project &project = document.project();
    for (const WorkbookAnswers &w : workbooks) {
        if (w.refused() || !w.binding || w.binding->anonymous || w.changeCount() == 0)
            continue;
        ++imported;
        made.answers += w.changeCount();
        const Binding &b = *w.binding;
        const QString label = w.title;
        evaluation::Weights weights {};
        int weightsGiven = 0;
        for (const PlannedAnswer &p : w.planned) {
            switch (b.kind) {
            case Kind::Review:
                add(reviewanswer::parts(document, {b.review, b.organisation, p.key}, {p.number, p.words, p.choice},
                                        label),
                    b.organisation);
                break;
            case Kind::Maturity: {
                if (p.number)
                    add(maturityedits::score(document, b.organisation, p.key, p.number, label), b.organisation);
                const QUuid id = ids::maturityAnswer(b.organisation, p.key);
                if (p.words && (p.number || edits::isLive(document, QStringLiteral("maturity_answer"), id)))
                    add(ChangeSet(label).set(QStringLiteral("maturity_answer"), id, QStringLiteral("comment"),
                                             *p.words),
                        b.organisation);
                break;
            }
            case Kind::Weights:
                if (p.weight && objectiveIndexOf(p.key) >= 0) {
                    weights[objectiveIndexOf(p.key)] = *p.weight;
                    ++weightsGiven;
                }
                break;
            case Kind::Needs: {
                const fieldedit::Target base {
                    QStringLiteral("need_answer"),
                    evaluation::needAnswerIdFor(project, b.organisation, p.key),
                    QString(),
                    {{QStringLiteral("need_id"), p.key}, {QStringLiteral("organisation_id"), b.organisation}}};
                if (p.choice) {
                    fieldedit::Target t = base;
                    t.field = QStringLiteral("priority");
                    add(fieldedit::set(document, t, *p.choice, label), b.organisation);
                }
                if (p.words) {
                    fieldedit::Target t = base;
                    t.field = QStringLiteral("answer");
                    add(fieldedit::set(document, t, *p.words, label), b.organisation);
                }
                break;
            }
            }
        }
        if (weightsGiven == method::objectiveCount)
            add(weighting::setWeights(document, b.organisation, weights, label), b.organisation);
    }
    made.changes.description
        = QCoreApplication::translate("AnswersImport", "Import answers from %n workbook(s)", nullptr, imported);
    if (made.changes.changes.isEmpty())
        made.answers = 0;
    return made;
}

QList<KindAggregate> aggregateAnonymous(const Document &document, const QList<WorkbookAnswers> &workbooks)
{
    QList<AnonymousResponse> responses;
    for (const WorkbookAnswers &w : workbooks)
        if (!w.refused() && w.anonymous)
            responses.append(*w.anonymous);
    QList<QuestionRef> questions;
    for (const Question &q : anonymousReviewQuestions(document.project()))
        if (q.answer == AnswerType::Rating || q.answer == AnswerType::StepBack)
            questions.append({q.key, q.label, q.answer == AnswerType::Rating});
    return aggregateResponses(responses, questions);
}

} // namespace alliance::questionnaire
