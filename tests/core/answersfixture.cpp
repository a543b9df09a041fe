#include "answersfixture.h"

#include "model/project.h"

#include <QFile>
#include <xlsxwriter.h>

namespace alliance::test {

using namespace questionnaire;

QString writeFixtureWorkbook(const QString &path, const FixtureWorkbook &w)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return QStringLiteral("cannot create %1").arg(path);
    lxw_format *unlocked = workbook_add_format(book);
    format_set_unlocked(unlocked);
    if (w.withAnswersSheet) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, w.answersSheet.toUtf8().constData());
        worksheet_write_string(sheet, 0, 0, "Questionnaire", nullptr);
        for (const FixtureCell &c : w.cells) {
            const auto row = lxw_row_t(c.row - 1);
            const auto col = lxw_col_t(c.column);
            const QByteArray text = c.text.toUtf8();
            switch (c.kind) {
            case FixtureCell::Text:
                worksheet_write_string(sheet, row, col, text.constData(), unlocked);
                break;
            case FixtureCell::Number:
                worksheet_write_number(sheet, row, col, c.number, unlocked);
                break;
            case FixtureCell::Formula:
                worksheet_write_formula_num(sheet, row, col, text.constData(), unlocked, c.number);
                break;
            case FixtureCell::Blank:
                worksheet_write_blank(sheet, row, col, unlocked);
                break;
            }
        }
    }
    if (w.withBindingSheet) {
        lxw_worksheet *binding = workbook_add_worksheet(book, layout::bindingSheet);
        for (int r = 0; r < w.bindingRows.size(); ++r)
            for (int c = 0; c < w.bindingRows.at(r).size(); ++c)
                worksheet_write_string(binding, lxw_row_t(r), lxw_col_t(c),
                                       w.bindingRows.at(r).at(c).toUtf8().constData(), nullptr);
        if (w.bindingHidden && w.withAnswersSheet)
            worksheet_hide(binding);
    }
    const lxw_error error = workbook_close(book);
    return error == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(error));
}

Binding fixtureBinding(const Project &project, Kind kind, const QUuid &organisation, const QUuid &review,
                       const QString &anonymousKind)
{
    Binding b;
    b.partnership = project.partnership.id;
    b.kind = kind;
    b.review = review;
    b.organisation = organisation;
    b.anonymous = organisation.isNull();
    b.organisationKind = anonymousKind;
    b.language = QStringLiteral("en");
    b.workbook = QUuid::createUuid();
    b.answersSheet = QStringLiteral("Questions");
    b.created = QDateTime::currentDateTimeUtc();
    const QList<Question> questions
        = b.anonymous ? anonymousReviewQuestions(project) : questionsFor(project, kind, organisation);
    int row = 4;
    for (const Question &q : questions) {
        b.questions.append({q.key, row++, q.answer, q.words});
        for (const Choice &c : choicesOf(q.answer))
            if (b.labelOf(q.answer, c.value).isEmpty())
                b.choices.append({q.answer, c.value, c.label});
    }
    return b;
}

FixtureCell answerCell(const Binding &binding, const QString &key, const QString &text, bool words)
{
    FixtureCell c;
    for (const BoundQuestion &q : binding.questions)
        if (q.key == key)
            c.row = q.row;
    c.column = words ? layout::wordsColumn : layout::answerColumn;
    c.text = text;
    return c;
}

} // namespace alliance::test
