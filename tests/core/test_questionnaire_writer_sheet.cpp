// What a spreadsheet program enforces in a questionnaire: drop-down lists
// and a whole-number rule on the answer cells, those cells alone unlocked,
// the sheets protected; an anonymous review bound to a kind of organisation
// with nothing pre-filled; and what the writer refuses.
#include <catch2/catch.hpp>

#include "interchangesupport.h"
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

QList<QStringList> bindingRows(const XlsxWorkbook &book)
{
    const XlsxSheet *sheet = book.sheet(QString::fromLatin1(layout::bindingSheet));
    REQUIRE(sheet);
    QList<QStringList> rows;
    for (const auto &cell : sheet->cells) {
        // Every cell of the binding is written as a text.
        CHECK(cell.kind == XlsxCellKind::Text);
        while (rows.size() < cell.row)
            rows.append(QStringList());
        QStringList &row = rows[cell.row - 1];
        while (row.size() < cell.column)
            row.append(QString());
        row[cell.column - 1] = cell.text;
    }
    return rows;
}

Binding readBinding(const QString &path)
{
    const auto read = readXlsx(path);
    INFO(test::str(read.message));
    REQUIRE(read.ok());
    QString error;
    const auto binding = Binding::fromRows(bindingRows(read.workbook), &error);
    INFO(test::str(error));
    REQUIRE(binding.has_value());
    return *binding;
}

QString cellName(int row, int column)
{
    return QChar(QLatin1Char('A' + column)) + QString::number(row);
}

} // namespace

TEST_CASE("Only the answer cells of a questionnaire are open, each with its rule, and the sheets are protected",
          "[questionnaire][writer]")
{
    Project p = test::questionnaireProject();
    const Organisation &partner = p.organisations.first();
    const auto english = Language::load(QStringLiteral("en"));
    const auto dir = test::makeTempDir();

    SECTION("a review: drop-down lists, the score known pre-filled")
    {
        QList<Question> questions;
        {
            WritingIn writing(english);
            questions = questionsFor(p, Kind::Review, partner.id);
        }
        qsizetype rated = -1;
        for (qsizetype i = 0; i < questions.size() && rated < 0; ++i)
            if (questions.at(i).answer == AnswerType::Rating)
                rated = i;
        REQUIRE(rated >= 0);
        ReviewScore score;
        score.id = QUuid::createUuid();
        score.reviewId = p.reviews.first().id;
        score.organisationId = partner.id;
        score.criterionId = questions.at(rated).key;
        score.score = 4;
        score.comment = QStringLiteral("=1+1");
        p.reviewScores << score;

        const QString path = QDir(dir->path()).filePath(QStringLiteral("review.xlsx"));
        QString error;
        REQUIRE(writeQuestionnaire(p, {Kind::Review, partner.id, p.reviews.first().id, false, english}, path, &error));
        const Binding binding = readBinding(path);
        CHECK(binding.review == p.reviews.first().id);
        CHECK(binding.organisation == partner.id);

        const QByteArray sheet = test::zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
        const QList<bool> unlocked = test::unlockedStyles(test::zipEntry(path, QStringLiteral("xl/styles.xml")));
        REQUIRE_FALSE(sheet.isEmpty());
        CHECK(test::elements(sheet, QStringLiteral("sheetProtection")).size() == 1);
        const auto rules = test::elements(sheet, QStringLiteral("dataValidation"));
        int lists = 0;
        for (const auto &rule : rules)
            lists += rule.value(QLatin1String("type")) == QLatin1String("list");
        int choiceQuestions = 0;
        for (const auto &q : binding.questions) {
            const QString answer = cellName(q.row, layout::answerColumn);
            const QString words = cellName(q.row, layout::wordsColumn);
            const QString question = cellName(q.row, 1);
            INFO(test::str(answer));
            REQUIRE(test::styleOf(sheet, question) >= 0);
            CHECK_FALSE(unlocked.value(test::styleOf(sheet, question)));
            CHECK(unlocked.value(test::styleOf(sheet, answer)) == (q.answer != AnswerType::None));
            CHECK(unlocked.value(test::styleOf(sheet, words)) == q.words);
            choiceQuestions += q.answer != AnswerType::None;
        }
        CHECK(lists == choiceQuestions);
        // The score known is there, as a number the list offers; its comment stays a text.
        const auto read = readXlsx(path);
        const XlsxSheet *answers = read.workbook.sheet(binding.answersSheet);
        REQUIRE(answers);
        const int row = binding.questions.at(rated).row;
        REQUIRE(answers->cell(row, layout::answerColumn + 1));
        CHECK(binding.valueOf(AnswerType::Rating, answers->cell(row, layout::answerColumn + 1)->displayText())
              == QStringLiteral("4"));
        REQUIRE(answers->cell(row, layout::wordsColumn + 1));
        CHECK(answers->cell(row, layout::wordsColumn + 1)->kind == XlsxCellKind::Text);
        CHECK(answers->cell(row, layout::wordsColumn + 1)->text == QStringLiteral("=1+1"));
        // The binding sheet is protected too.
        CHECK(test::elements(test::zipEntry(path, QStringLiteral("xl/worksheets/sheet3.xml")),
                             QStringLiteral("sheetProtection"))
                  .size()
              == 1);
    }

    SECTION("the weights: a whole number from 0 to 100, with a message")
    {
        const QString path = QDir(dir->path()).filePath(QStringLiteral("weights.xlsx"));
        QString error;
        REQUIRE(writeQuestionnaire(p, {Kind::Weights, partner.id, {}, false, english}, path, &error));
        const Binding binding = readBinding(path);
        REQUIRE(binding.questions.size() == 4);
        const auto rules = test::elements(test::zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")),
                                          QStringLiteral("dataValidation"));
        REQUIRE(rules.size() == 4);
        for (const auto &rule : rules) {
            CHECK(rule.value(QLatin1String("type")) == QLatin1String("whole"));
            CHECK(rule.value(QLatin1String("operator")).isEmpty()); // "between" is the default
            CHECK_FALSE(rule.value(QLatin1String("prompt")).isEmpty());
        }
        const QByteArray xml = test::zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
        CHECK(xml.contains("<formula1>0</formula1><formula2>100</formula2>"));
        // No comment column; under the weights, their total (our own formula, outside the binding).
        const auto read = readXlsx(path);
        const XlsxSheet *answers = read.workbook.sheet(binding.answersSheet);
        REQUIRE(answers);
        CHECK_FALSE(answers->cell(QStringLiteral("D4")));
        const XlsxCell *total = answers->cell(binding.questions.last().row + 1, layout::answerColumn + 1);
        REQUIRE(total);
        CHECK(total->isFormula());
    }
}

TEST_CASE("An anonymous review questionnaire names a kind of organisation, never the partner, and fills nothing in",
          "[questionnaire][writer]")
{
    Project p = test::questionnaireProject();
    const Organisation &partner = p.organisations.first();
    const auto english = Language::load(QStringLiteral("en"));
    QList<Question> questions;
    {
        WritingIn writing(english);
        questions = anonymousReviewQuestions(p);
    }
    ReviewScore score;
    score.id = QUuid::createUuid();
    score.reviewId = p.reviews.first().id;
    score.organisationId = partner.id;
    score.criterionId = questions.first().key;
    score.score = 2;
    score.comment = QStringLiteral("Un avis signé");
    p.reviewScores << score;

    const auto dir = test::makeTempDir();
    const QString path = QDir(dir->path()).filePath(QStringLiteral("anonymous.xlsx"));
    QString error;
    REQUIRE(writeQuestionnaire(p, {Kind::Review, partner.id, p.reviews.first().id, true, english}, path, &error));
    const Binding binding = readBinding(path);
    CHECK(binding.anonymous);
    CHECK(binding.organisation.isNull());
    CHECK(binding.organisationKind == partner.profile);
    REQUIRE(binding.questions.size() == questions.size());

    const auto read = readXlsx(path);
    const XlsxSheet *answers = read.workbook.sheet(binding.answersSheet);
    REQUIRE(answers);
    for (const auto &q : binding.questions) {
        CHECK_FALSE(answers->cell(q.row, layout::answerColumn + 1));
        CHECK_FALSE(answers->cell(q.row, layout::wordsColumn + 1));
    }
    for (const auto &sheet : read.workbook.sheets)
        for (const auto &cell : sheet.cells)
            CHECK_FALSE(cell.text.contains(QStringLiteral("HYPERLINK")));
}

TEST_CASE("The questionnaire writer refuses what it cannot bind, and never writes over a file",
          "[questionnaire][writer]")
{
    const Project p = test::questionnaireProject();
    const QUuid partner = p.organisations.first().id;
    const auto dir = test::makeTempDir();
    const QString path = QDir(dir->path()).filePath(QStringLiteral("q.xlsx"));
    QString error;

    CHECK_FALSE(writeQuestionnaire(p, {Kind::Maturity, partner, {}, true, {}}, path, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(writeQuestionnaire(p, {Kind::Review, partner, QUuid::createUuid(), false, {}}, path, &error));
    CHECK_FALSE(writeQuestionnaire(p, {Kind::Needs, QUuid::createUuid(), {}, false, {}}, path, &error));
    CHECK(test::folderEntries(dir->path()).isEmpty());

    REQUIRE(test::writeBytes(path, "mine"));
    error.clear();
    CHECK_FALSE(writeQuestionnaire(p, {Kind::Needs, partner, {}, false, {}}, path, &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(test::folderEntries(dir->path()) == QStringList {QStringLiteral("q.xlsx")});
}
