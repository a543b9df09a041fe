// The questionnaire workbook as a partner receives it: read back with our
// own reader, its binding reads and names the right organisation and
// questions, answers known are pre-filled, and a partner's name that looks
// like a formula stays a text.
#include <catch2/catch.hpp>

#include "model/language.h"
#include "questionnaire/binding.h"
#include "questionnaire/questionnairewriter.h"
#include "questionnairesupport.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

QList<QStringList> rowsOf(const XlsxSheet &sheet)
{
    QList<QStringList> rows;
    for (const auto &cell : sheet.cells) {
        // The reader counts rows and columns from 1.
        while (rows.size() < cell.row)
            rows.append(QStringList());
        QStringList &row = rows[cell.row - 1];
        while (row.size() < cell.column)
            row.append(QString());
        row[cell.column - 1] = cell.displayText();
    }
    return rows;
}

struct WrittenBook
{
    XlsxWorkbook workbook;
    Binding binding;
};

WrittenBook writeAndRead(const Project &p, const WriteOptions &options, const QString &path)
{
    QString error;
    INFO(test::str(error));
    REQUIRE(writeQuestionnaire(p, options, path, &error));
    const auto read = readXlsx(path);
    INFO(test::str(read.message));
    REQUIRE(read.ok());
    const XlsxSheet *bindingSheet = read.workbook.sheet(QString::fromLatin1(layout::bindingSheet));
    REQUIRE(bindingSheet);
    const auto binding = Binding::fromRows(rowsOf(*bindingSheet), &error);
    INFO(test::str(error));
    REQUIRE(binding.has_value());
    return {read.workbook, *binding};
}

/// The cell at a binding's 1-based row and a layout:: 0-based column (the
/// reader counts both from 1).
const XlsxCell *cellAt(const XlsxSheet &sheet, int row, int column)
{
    return sheet.cell(row, column + 1);
}

QString textAt(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *cell = cellAt(sheet, row, column);
    return cell ? cell->displayText() : QString();
}

} // namespace

TEST_CASE("A maturity questionnaire reads back with its binding, its questions at their rows and the answers known",
          "[questionnaire][writer]")
{
    Project p = test::questionnaireProject();
    const Organisation &partner = p.organisations.first();
    const auto english = Language::load(QStringLiteral("en"));
    QList<Question> questions;
    {
        WritingIn writing(english);
        questions = questionsFor(p, Kind::Maturity, partner.id);
    }
    REQUIRE(questions.size() > 2);
    MaturityAnswer known;
    known.id = QUuid::createUuid();
    known.organisationId = partner.id;
    known.questionId = questions.at(1).key;
    known.score = 3;
    known.comment = QStringLiteral("@SUM(A1) on avance");
    p.maturityAnswers << known;

    const auto dir = test::makeTempDir();
    const QString path = QDir(dir->path()).filePath(QStringLiteral("maturity.xlsx"));
    const WrittenBook w = writeAndRead(p, {Kind::Maturity, partner.id, {}, false, english}, path);

    CHECK(w.binding.partnership == p.partnership.id);
    CHECK(w.binding.kind == Kind::Maturity);
    CHECK(w.binding.organisation == partner.id);
    CHECK_FALSE(w.binding.anonymous);
    CHECK(w.binding.language == QStringLiteral("en"));
    REQUIRE(w.binding.questions.size() == questions.size());

    REQUIRE(w.workbook.sheets.size() == 3);
    CHECK(w.workbook.sheets.first().state == XlsxSheetState::Visible);
    CHECK(w.workbook.sheets.last().name == QString::fromLatin1(layout::bindingSheet));
    CHECK(w.workbook.sheets.last().state == XlsxSheetState::VeryHidden);
    const XlsxSheet *answers = w.workbook.sheet(w.binding.answersSheet);
    REQUIRE(answers);
    CHECK(answers->state == XlsxSheetState::Visible);
    for (int i = 0; i < questions.size(); ++i) {
        const BoundQuestion &bound = w.binding.questions.at(i);
        CHECK(bound.key == questions.at(i).key);
        INFO(test::str(questions.at(i).label));
        CHECK(textAt(*answers, bound.row, 1).startsWith(questions.at(i).label));
    }
    const int knownRow = w.binding.questions.at(1).row;
    const XlsxCell *score = cellAt(*answers, knownRow, layout::answerColumn);
    REQUIRE(score);
    CHECK(w.binding.valueOf(AnswerType::Maturity, score->displayText()) == QStringLiteral("3"));
    const XlsxCell *comment = cellAt(*answers, knownRow, layout::wordsColumn);
    REQUIRE(comment);
    CHECK_FALSE(comment->isFormula());
    CHECK(comment->text == known.comment);
    // Nothing answered elsewhere.
    CHECK_FALSE(cellAt(*answers, w.binding.questions.at(0).row, layout::answerColumn));

    // A partner whose name starts like a formula is shown as written.
    const XlsxCell *title = answers->cell(QStringLiteral("A2"));
    REQUIRE(title);
    CHECK_FALSE(title->isFormula());
    CHECK(title->text.contains(partner.name));
}
