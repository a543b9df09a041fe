// A questionnaire written by the questionnaire writer, filled in (answer
// cells set in the sheet XML by the test),
// opened and saved again by LibreOffice Calc, imports with every answer in
// the right place. Starts soffice once.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "edits/reviewanswer.h"
#include "example/examplegenerator.h"
#include "method/method.h"
#include "questionnaire/answersimport.h"
#include "questionnaire/questionnairewriter.h"
#include "spreadsheet/xlsxreader.h"
#include "testsupport.h"
#include "workbookentries.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

/// Sets the empty answer cell `reference` (as the writer leaves it, with its
/// style) to `value` in the sheet's XML: text inline, or a number.
void fill(QByteArray &sheet, const QString &reference, const QString &value, bool number)
{
    // The writer leaves an answer cell empty with its style, or pre-filled with the project's answer.
    const QRegularExpression blank(
        QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?(?: t=\"[^\"]*\")?(?:/>|>.*?</c>)").arg(reference));
    QString xml = QString::fromUtf8(sheet);
    const auto match = blank.match(xml);
    INFO(test::str(reference));
    REQUIRE(match.hasMatch());
    const QString escaped = value.toHtmlEscaped();
    const QString cell = number ? QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>").arg(reference, match.captured(1), value)
                                : QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>")
                                      .arg(reference, match.captured(1), escaped);
    xml.replace(match.capturedStart(), match.capturedLength(), cell);
    sheet = xml.toUtf8();
}

QString reference(int row, int column0)
{
    return QString(QChar(u'A' + column0)) + QString::number(row);
}

} // namespace

TEST_CASE("A questionnaire filled in and saved again by LibreOffice Calc imports every answer in its place",
          "[answers][libreoffice]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Calc is needed (packaging/install-deps.sh installs libreoffice-calc-nogui)");
    REQUIRE_FALSE(soffice.isEmpty());
    const auto dir = test::makeTempDir();
    auto doc = Document::createNew(QStringLiteral("Example"), test::testAuthor(), test::optionsIn(dir->path()));
    REQUIRE(doc);
    REQUIRE(example::fillExample(*doc));
    const Project &p = doc->project();
    QUuid partner;
    for (const Organisation &o : p.organisations)
        if (o.role == QLatin1String("partner") && partner.isNull())
            partner = o.id;
    const QUuid review = p.reviews.last().id;
    // The questionnaire as the real writer makes it.
    const QString filled = dir->filePath(QStringLiteral("questionnaire.xlsx"));
    WriteOptions options;
    options.kind = Kind::Review;
    options.organisation = partner;
    options.review = review;
    QString error;
    REQUIRE(writeQuestionnaire(*doc, options, filled, &error));
    const XlsxReadResult written = readXlsx(filled);
    REQUIRE(written.ok());
    const XlsxSheet *bindingSheet = written.workbook.sheet(QString::fromLatin1(layout::bindingSheet));
    REQUIRE(bindingSheet);
    CHECK(bindingSheet->state == XlsxSheetState::VeryHidden);
    QList<QStringList> rows;
    for (const XlsxCell &c : bindingSheet->cells) {
        while (rows.size() < c.row)
            rows.append(QStringList());
        while (rows[c.row - 1].size() < c.column)
            rows[c.row - 1].append(QString());
        rows[c.row - 1][c.column - 1] = c.displayText();
    }
    const auto bound = Binding::fromRows(rows, &error);
    INFO(test::str(error));
    REQUIRE(bound);
    const Binding &b = *bound;

    auto entries = test::zipEntries(filled);
    const QString sheetEntry = test::worksheetEntry(entries, b.answersSheet);
    QHash<QString, int> ratings;
    QHash<QString, QString> stepBacks, words;
    for (auto &[name, bytes] : entries) {
        if (name != sheetEntry)
            continue;
        int i = 0;
        for (const BoundQuestion &q : b.questions) {
            ++i;
            if (q.answer == AnswerType::Rating) {
                ratings.insert(q.key, i % (method::criterionScoreMax + 1));
                fill(bytes, reference(q.row, layout::answerColumn), QString::number(ratings.value(q.key)), true);
            } else if (q.answer == AnswerType::StepBack) {
                const auto &answers = method::stepBackAnswers();
                stepBacks.insert(q.key, answers.at(i % answers.size()).id);
                fill(bytes, reference(q.row, layout::answerColumn), b.labelOf(q.answer, stepBacks.value(q.key)), false);
            }
            if (q.words) {
                words.insert(q.key, QStringLiteral("Réponse %1 : « <b>oui</b> » & \"non\", ligne\nsuivante").arg(i));
                fill(bytes, reference(q.row, layout::wordsColumn), words.value(q.key), false);
            }
        }
    }
    REQUIRE(test::writeZipEntries(filled, entries));

    const auto profile = test::makeTempDir();
    const QString out = dir->filePath(QStringLiteral("saved"));
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=file://%1").arg(profile->path()), QStringLiteral("--headless"),
              QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out, filled});
    REQUIRE(lo.waitForFinished(120000));
    INFO(lo.readAll().toStdString());
    REQUIRE(lo.exitCode() == 0);
    const QString saved = QDir(out).filePath(QStringLiteral("questionnaire.xlsx"));
    REQUIRE(QFileInfo::exists(saved));
    REQUIRE(test::sha256(saved) != test::sha256(filled));

    const WorkbookAnswers preview = readAnswers(*doc, saved);
    INFO(test::str(preview.refusal));
    REQUIRE_FALSE(preview.refused());
    for (const AnswerChange &c : preview.answers) {
        INFO(test::str(c.question + QStringLiteral(": ") + c.reason));
        CHECK(c.status != AnswerStatus::Ignored);
    }
    const AnswersChanges made = answersChangeSet(*doc, {preview});
    REQUIRE(doc->applyOnBehalf(made.changes, made.authorOrganisations, &error));
    int checked = 0;
    for (const BoundQuestion &q : b.questions) {
        const ReviewScore *s = reviewanswer::find(doc->project(), {review, partner, q.key});
        REQUIRE(s);
        INFO(test::str(q.key));
        if (ratings.contains(q.key)) {
            CHECK_FALSE(s->noScore);
            CHECK(s->score == ratings.value(q.key));
        }
        if (stepBacks.contains(q.key))
            CHECK(s->answer == stepBacks.value(q.key));
        if (words.contains(q.key))
            CHECK(s->comment == words.value(q.key));
        ++checked;
    }
    CHECK(checked == b.questions.size());
    CHECK(readAnswers(*doc, saved).changeCount() == 0);
}
