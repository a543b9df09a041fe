// The binding of a questionnaire workbook: what it says comes back as
// written, and an edited binding is refused before anything of it is read.
#include <catch2/catch.hpp>

#include "method/method.h"
#include "model/project.h"
#include "questionnaire/binding.h"

using namespace alliance;
using namespace alliance::questionnaire;

namespace {

Project projectWithOnePartner(QUuid *organisation)
{
    Project p;
    p.partnership.id = QUuid::createUuid();
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QStringLiteral("Les Amis du Parc");
    o.profile = QStringLiteral("association");
    o.role = QStringLiteral("partner");
    p.organisations.append(o);
    *organisation = o.id;
    return p;
}

Binding bindingFor(const Project &p, const QUuid &organisation, Kind kind)
{
    Binding b;
    b.partnership = p.partnership.id;
    b.kind = kind;
    b.organisation = organisation;
    b.language = QStringLiteral("en");
    b.workbook = QUuid::createUuid();
    b.answersSheet = QStringLiteral("Questions");
    b.created = QDateTime::currentDateTimeUtc();
    int row = 4;
    for (const auto &q : questionsFor(p, kind, organisation)) {
        b.questions.append({q.key, row++, q.answer, q.words});
        for (const auto &c : choicesOf(q.answer))
            if (b.labelOf(q.answer, c.value).isEmpty())
                b.choices.append({q.answer, c.value, c.label});
    }
    return b;
}

} // namespace

TEST_CASE("A sealed binding reads back as written", "[questionnaire]")
{
    QUuid organisation;
    const Project p = projectWithOnePartner(&organisation);
    const Binding written = bindingFor(p, organisation, Kind::Needs);
    REQUIRE(written.questions.size() == method::territoryNeeds().size());

    QString error;
    const auto read = Binding::fromRows(written.sealedRows(), &error);
    REQUIRE(read.has_value());
    CHECK(error.isEmpty());
    CHECK(read->partnership == p.partnership.id);
    CHECK(read->kind == Kind::Needs);
    CHECK(read->organisation == organisation);
    CHECK(read->questions.size() == written.questions.size());
    CHECK(read->questions.first().key == QStringLiteral("innovation_capacity"));
    CHECK(read->questions.first().row == 4);
    CHECK(read->questions.first().answer == AnswerType::Priority);
    CHECK(read->valueOf(AnswerType::Priority, QStringLiteral(" high ")) == QStringLiteral("high"));
    CHECK_FALSE(read->valueOf(AnswerType::Priority, QStringLiteral("urgent")).has_value());
}

TEST_CASE("A binding edited after it was sealed is refused", "[questionnaire]")
{
    QUuid organisation;
    Project p = projectWithOnePartner(&organisation);
    const Binding written = bindingFor(p, organisation, Kind::Weights);
    QList<QStringList> rows = written.sealedRows();

    SECTION("answering in another organisation's name")
    {
        for (auto &row : rows)
            if (row.value(0) == QStringLiteral("organisation"))
                row[1] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    SECTION("moving a question to another row")
    {
        for (auto &row : rows)
            if (row.value(0) == QStringLiteral("question")) {
                row[2] = QStringLiteral("40");
                break;
            }
    }
    SECTION("a seal copied from another workbook")
    {
        Binding other = written;
        other.workbook = QUuid::createUuid();
        rows.last()[1] = other.sealedRows().last().value(1);
    }
    QString error;
    CHECK_FALSE(Binding::fromRows(rows, &error).has_value());
    CHECK(error.contains(QStringLiteral("changed after it was prepared")));
}

TEST_CASE("A sheet that is no binding is refused as not a questionnaire", "[questionnaire]")
{
    QString error;
    CHECK_FALSE(Binding::fromRows({{QStringLiteral("Name"), QStringLiteral("Value")}}, &error).has_value());
    CHECK(error.contains(QStringLiteral("not a questionnaire")));
    CHECK_FALSE(Binding::fromRows({}, &error).has_value());
}

TEST_CASE("Each questionnaire kind asks its questions in the method's order", "[questionnaire]")
{
    QUuid organisation;
    const Project p = projectWithOnePartner(&organisation);
    const auto weights = questionsFor(p, Kind::Weights, organisation);
    REQUIRE(weights.size() == method::objectiveCount);
    for (int i = 0; i < weights.size(); ++i)
        CHECK(weights.at(i).key == method::objectives().at(i).id);
    const auto maturity = questionsFor(p, Kind::Maturity, organisation);
    CHECK(maturity.size()
          == method::maturityQuestionsFor(QStringLiteral("association"), QStringLiteral("partner")).size());
    CHECK(maturity.first().answer == AnswerType::Maturity);
    CHECK(questionsFor(p, Kind::Maturity, QUuid::createUuid()).isEmpty());
    CHECK(kindFromId(QStringLiteral("maturity")) == Kind::Maturity);
    CHECK_FALSE(kindFromId(QStringLiteral("survey")).has_value());
}
