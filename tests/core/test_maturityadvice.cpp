// The self-diagnostic's result: a level per axis and overall, and the tools to
// use next in words, the weakest axis first.
#include <catch2/catch.hpp>

#include "evaluation/maturityadvice.h"
#include "method/method.h"

#include <limits>
#include <string>

using namespace alliance;
using namespace alliance::evaluation;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

/// A maturity with these axis percents (method order); empty = not answered.
OrganisationMaturity maturityWith(std::optional<double> vision, std::optional<double> action,
                                  std::optional<double> means, std::optional<double> ecosystem)
{
    OrganisationMaturity m;
    m.organisationId = QUuid::createUuid();
    const std::optional<double> values[] = {vision, action, means, ecosystem};
    double sum = 0;
    int count = 0;
    for (int i = 0; i < 4; ++i) {
        ScoreMean mean;
        mean.id = method::maturityAxes().at(i).id;
        mean.percent = values[i];
        mean.count = values[i] ? 3 : 0;
        if (values[i]) {
            sum += *values[i];
            ++count;
            m.answered += 3;
        }
        m.axes.append(mean);
    }
    if (count)
        m.overall = sum / count;
    m.expected = 12;
    return m;
}

const AxisAdvice &axisOf(const MaturityAdvice &a, const char *axis)
{
    for (const AxisAdvice &x : a.axes)
        if (x.axisId == QLatin1String(axis))
            return x;
    FAIL("no axis " << axis);
    return a.axes.first();
}

} // namespace

TEST_CASE("Maturity levels follow the 0-4 answer scale", "[maturity][advice]")
{
    CHECK(maturityLevel(std::nullopt) == MaturityLevel::NotAnswered);
    CHECK(maturityLevel(std::numeric_limits<double>::quiet_NaN()) == MaturityLevel::NotAnswered);
    // Mean 0 and 1 of 4 (0 %, 25 %): getting started; the boundaries sit half-way between answers.
    CHECK(maturityLevel(0.0) == MaturityLevel::Starting);
    CHECK(maturityLevel(25.0) == MaturityLevel::Starting);
    CHECK(maturityLevel(37.4) == MaturityLevel::Starting);
    CHECK(maturityLevel(37.5) == MaturityLevel::Developing); // mean 1.5
    CHECK(maturityLevel(50.0) == MaturityLevel::Developing);
    CHECK(maturityLevel(62.5) == MaturityLevel::Established); // mean 2.5
    CHECK(maturityLevel(75.0) == MaturityLevel::Established);
    CHECK(maturityLevel(87.5) == MaturityLevel::Mastered); // mean 3.5
    CHECK(maturityLevel(100.0) == MaturityLevel::Mastered);

    CHECK(isWeak(MaturityLevel::Starting));
    CHECK(isWeak(MaturityLevel::Developing));
    CHECK_FALSE(isWeak(MaturityLevel::Established));
    CHECK_FALSE(isWeak(MaturityLevel::Mastered));
    CHECK_FALSE(isWeak(MaturityLevel::NotAnswered));
    CHECK(maturityLevelName(MaturityLevel::Developing) == QStringLiteral("developing"));
}

TEST_CASE("Each weak axis points to the step and the tool that build it", "[maturity][advice]")
{
    const MaturityAdvice a = maturityAdvice(maturityWith(25.0, 50.0, 0.0, 12.5));
    REQUIRE(a.axes.size() == 4);
    const QString vision = axisOf(a, "vision").sentence;
    const QString action = axisOf(a, "action").sentence;
    const QString means = axisOf(a, "means").sentence;
    const QString ecosystem = axisOf(a, "ecosystem").sentence;
    INFO(s(vision) << "\n" << s(action) << "\n" << s(means) << "\n" << s(ecosystem));
    CHECK(vision.startsWith(QStringLiteral("Vision: getting started (25%). Next:")));
    CHECK(vision.contains(QStringLiteral("carré magique")));
    CHECK(vision.contains(QString::fromUtf8("step 2, “Set objectives”")));
    CHECK(action.startsWith(QStringLiteral("Action engaged: developing (50%). Next:")));
    CHECK(action.contains(QStringLiteral("indicators")));
    CHECK(action.contains(QString::fromUtf8("step 6, “Pilot”")));
    CHECK(means.contains(QString::fromUtf8("step 5, “Co-build the agreement”")));
    CHECK(means.contains(QStringLiteral("what each partner brings")));
    CHECK(ecosystem.startsWith(QStringLiteral("Place in the ecosystem: getting started (13%). Next:")));
    CHECK(ecosystem.contains(QString::fromUtf8("step 4, “Map the ecosystem”")));
    CHECK(ecosystem.contains(QStringLiteral("catalyst functions")));
}

TEST_CASE("A strong axis says how to keep it up, the weakest axis comes first", "[maturity][advice]")
{
    const MaturityAdvice a = maturityAdvice(maturityWith(100.0, 75.0, 50.0, 25.0));
    REQUIRE(a.axes.size() == 4);
    CHECK(a.axes.at(0).axisId == QStringLiteral("ecosystem"));
    CHECK(a.axes.at(1).axisId == QStringLiteral("means"));
    CHECK(a.axes.at(2).axisId == QStringLiteral("action"));
    CHECK(a.axes.at(3).axisId == QStringLiteral("vision"));
    CHECK(axisOf(a, "vision").level == MaturityLevel::Mastered);
    CHECK(axisOf(a, "vision").sentence.startsWith(QStringLiteral("Vision: mastered (100%). Keep it up:")));
    CHECK(axisOf(a, "action").sentence.contains(QStringLiteral("Keep it up")));
    CHECK(axisOf(a, "ecosystem").sentence.contains(QStringLiteral("Next:")));
    // Overall: mean of the axes, 62.5 %: established.
    CHECK(a.overall == MaturityLevel::Established);
    CHECK(a.summary == QStringLiteral("Overall maturity: established (63%)."));
    const QStringList all = a.sentences();
    REQUIRE(all.size() == 5);
    CHECK(all.first() == a.summary);
    CHECK(all.at(1) == a.axes.at(0).sentence);
}

TEST_CASE("Axes not answered come last and say so, nothing answered gives no summary", "[maturity][advice]")
{
    const MaturityAdvice some = maturityAdvice(maturityWith(std::nullopt, 50.0, std::nullopt, 75.0));
    CHECK(some.axes.at(0).axisId == QStringLiteral("action"));
    CHECK(some.axes.at(1).axisId == QStringLiteral("ecosystem"));
    CHECK(some.axes.at(2).axisId == QStringLiteral("vision"));
    CHECK(some.axes.at(3).axisId == QStringLiteral("means"));
    CHECK(some.axes.at(2).level == MaturityLevel::NotAnswered);
    CHECK(some.axes.at(2).sentence.contains(QStringLiteral("not answered yet")));

    const MaturityAdvice none = maturityAdvice(maturityWith(std::nullopt, std::nullopt, std::nullopt, std::nullopt));
    CHECK(none.summary.isEmpty());
    CHECK(none.overall == MaturityLevel::NotAnswered);
    CHECK(none.sentences().size() == 4);
}

TEST_CASE("The advice reads the organisation's answers through maturityOf", "[maturity][advice]")
{
    Project p;
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = QStringLiteral("Entreprise");
    o.profile = QStringLiteral("company");
    o.role = QStringLiteral("partner");
    p.organisations.append(o);
    // Ecosystem answered 0 and 1 (12.5 %), vision 4 (100 %).
    for (const auto &[question, score] : {std::pair {"ecosystem_place", 0}, std::pair {"company_local_anchoring", 1},
                                          std::pair {"vision_strategy", 4}}) {
        MaturityAnswer a;
        a.id = QUuid::createUuid();
        a.organisationId = o.id;
        a.questionId = QString::fromLatin1(question);
        a.score = score;
        p.maturityAnswers.append(a);
    }
    const MaturityAdvice a = maturityAdvice(maturityOf(p, o.id));
    CHECK(a.organisationId == o.id);
    CHECK(a.axes.first().axisId == QStringLiteral("ecosystem"));
    CHECK(a.axes.first().level == MaturityLevel::Starting);
    CHECK(a.axes.first().sentence.contains(QStringLiteral("Map the ecosystem")));
    CHECK(axisOf(a, "vision").level == MaturityLevel::Mastered);
}
