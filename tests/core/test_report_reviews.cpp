// The report's reviews, as data (core/report): each review in the method's
// four parts, every figure with the partners behind it, step-back answers as
// counts with the partners' words, own effects beside the step-2 weights,
// and results in words without a score.
#include <catch2/catch.hpp>

#include "evaluation/owneffects.h"
#include "evaluation/scores.h"
#include "method/method.h"
#include "report/reportbuilder.h"
#include "testsupport.h"

using namespace alliance;

namespace {

/// Every text of a section, one block or table row a line.
QStringList linesOf(const report::Section &s)
{
    QStringList lines;
    for (const report::Block &b : s.blocks) {
        switch (b.kind) {
        case report::Block::Kind::Field:
            lines << b.label + QStringLiteral(": ") + b.text;
            break;
        case report::Block::Kind::Bullets:
            lines << b.items;
            break;
        case report::Block::Kind::TableBlock:
            lines << b.table.header.join(QStringLiteral(" | "));
            for (const QStringList &row : b.table.rows)
                lines << row.join(QStringLiteral(" | "));
            break;
        default:
            lines << b.text;
        }
    }
    return lines;
}

ReviewScore answer(const Review &r, const Organisation &o, const char *criterion, int score, const char *words = "",
                   const char *stepBack = "", bool noScore = false)
{
    return {
        QUuid::createUuid(),           r.id,   o.id, QString::fromLatin1(criterion), score, QString::fromUtf8(words),
        QString::fromLatin1(stepBack), noScore};
}

} // namespace

TEST_CASE("The report gives each review in the four parts, with the partners who answered beside each figure",
          "[report][review]")
{
    Project p;
    p.partnership.title = QStringLiteral("Report of a review");
    const Organisation a {QUuid::createUuid(),
                          QStringLiteral("Asso A"),
                          QStringLiteral("association"),
                          QStringLiteral("lead"),
                          {},
                          {},
                          {},
                          false};
    const Organisation b {QUuid::createUuid(),
                          QStringLiteral("Company B"),
                          QStringLiteral("company"),
                          QStringLiteral("partner"),
                          {},
                          {},
                          {},
                          false};
    p.organisations << a << b;
    const int weightsB[4] = {10, 20, 10, 60};
    for (int i = 0; i < 4; ++i)
        p.objectiveWeights << ObjectiveWeight {
            QUuid::createUuid(), b.id, method::objectives().at(i).id, weightsB[i], {}};
    const Review review {QUuid::createUuid(), QDate(2026, 6, 30), QStringLiteral("annual"), QStringLiteral("Annual")};
    p.reviews << review;
    p.reviewScores << answer(review, b, "own_stakeholder_dialogue", 4, "New contacts")
                   << answer(review, b, "own_organisation", 2)
                   << answer(review, a, "own_organisation", 0, "Too early to say", "", true)
                   << answer(review, a, "unexpected_results", 0, "Volunteers came", "", true)
                   << answer(review, a, "trust_people", 5, "They trust each other")
                   << answer(review, b, "trust_people", 3)
                   << answer(review, a, "reduced_fragilities", 0, "Fewer people alone", "yes", true)
                   << answer(review, b, "reduced_fragilities", 0, "", "dont_know", true)
                   << answer(review, a, "mode_coherence", 0, "The model still fits", "", true);

    report::Options options;
    options.language = QStringLiteral("en");
    options.sections = {QStringLiteral("reviews")};
    const report::Report r = report::buildReport(p, options);
    REQUIRE(r.sections.size() == 1);
    const report::Section &s = r.sections.first();
    const QStringList lines = linesOf(s);
    const QString all = lines.join(QLatin1Char('\n'));
    INFO(test::str(all));

    // The four parts, in order.
    QList<int> partAt;
    for (int part = 1; part <= method::reviewPartCount; ++part) {
        const QString title = method::tr(method::reviewPartTitle(part));
        int found = -1;
        for (int i = 0; i < s.blocks.size(); ++i)
            if (s.blocks.at(i).kind == report::Block::Kind::Minorheading && s.blocks.at(i).text == title)
                found = i;
        CHECK(found >= 0);
        partAt << found;
    }
    CHECK(std::is_sorted(partAt.begin(), partAt.end()));

    // Every figure with the partners who answered: performance is B's 2 and 4 (one partner);
    // pertinence is trust, (5 + 3) / 2 of 5 by two partners.
    const evaluation::ReviewScores scores = evaluation::scoreReview(p, review.id);
    CHECK(*evaluation::percentOf(scores.angles, QStringLiteral("performance")) == Approx(60));
    CHECK(all.contains(QStringLiteral("Performance 60% (1 partner(s) answered)")));
    CHECK(all.contains(QStringLiteral("Relevance 80% (2 partner(s) answered)")));
    CHECK(all.contains(QStringLiteral("Coherence –"))); // a reflection in words only: no figure
    // The step-back answers are counted, and their words kept.
    CHECK(all.contains(QStringLiteral("Yes 1 · Partly 0 · No 0 · Don't know 1 (2 partner(s) answered)")));
    CHECK(lines.contains(QStringLiteral("Asso A (Yes): Fewer people alone")));
    CHECK(lines.contains(QStringLiteral("Company B (Don't know)")));
    // Own effects beside the step-2 weights, and the sentence.
    CHECK(
        lines.contains(QStringLiteral("Company B | %1 | 60% | 4/5").arg(method::tr(method::objectives().at(3).name))));
    CHECK(lines.contains(
        QStringLiteral("Company B | %1 | 20% | no rating").arg(method::tr(method::objectives().at(1).name))));
    CHECK(lines.contains(
        QStringLiteral("Asso A | %1 | not weighted | no rating").arg(method::tr(method::objectives().at(0).name))));
    const QList<evaluation::OwnEffects> effects = evaluation::ownEffects(p, review.id);
    REQUIRE(effects.size() == 2);
    const QString sentence = evaluation::ownEffectsSentence(effects.at(1), b.name);
    CHECK(sentence.contains(QStringLiteral("moved most (4/5)")));
    CHECK(lines.contains(sentence));
    CHECK(lines.contains(
        QStringLiteral("Asso A, %1: Too early to say").arg(method::tr(method::objectives().at(0).name))));
    // Results in words, without a score; a question nobody answered says so.
    CHECK(lines.contains(QStringLiteral("Asso A: Volunteers came")));
    CHECK(all.contains(QStringLiteral("Expected results: none written")));
    CHECK_FALSE(all.contains(QStringLiteral("Asso A (0/5)")));
    // Part 2's table: one column per partner, then the mean and how many rated.
    CHECK(lines.contains(QStringLiteral("Question | Asso A | Company B | Mean (partners who answered)")));
    CHECK(lines.contains(QStringLiteral("%1 | 5/5 | 3/5 | 4/5 (2)")
                             .arg(method::tr(method::findCriterion(QStringLiteral("trust_people"))->label))));
    // A reflection without a rating: its words, no figure.
    CHECK(lines.contains(QStringLiteral("Asso A: The model still fits")));
}

TEST_CASE("With many reviews and partners, the report gives the latest two reviews in full and the earlier ones a row "
          "each, and lists partners' words rather than every rating",
          "[report][review][large]")
{
    Project p;
    p.partnership.title = QStringLiteral("Many reviews");
    for (int i = 0; i < 20; ++i)
        p.organisations << Organisation {QUuid::createUuid(),
                                         QStringLiteral("Partner %1").arg(i, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("association"),
                                         QStringLiteral("partner"),
                                         {},
                                         {},
                                         {},
                                         false};
    for (int r = 0; r < 5; ++r) {
        const Review review {QUuid::createUuid(), QDate(2025, 3, 31).addMonths(3 * r), QStringLiteral("interim"),
                             QStringLiteral("Review %1").arg(r + 1)};
        p.reviews << review;
        for (int i = 0; i < p.organisations.size(); ++i) {
            const Organisation &o = p.organisations.at(i);
            // Everyone rates trust and the model's coherence; the first fifteen also say why.
            p.reviewScores << answer(review, o, "trust_people", 1 + (i + r) % 5, i < 15 ? "Because we meet" : "")
                           << answer(review, o, "mode_coherence", 1 + i % 5, i < 15 ? "Because it fits" : "");
        }
    }
    report::Options options;
    options.language = QStringLiteral("en");
    options.sections = {QStringLiteral("reviews")};
    const report::Section s = report::buildReport(p, options).sections.first();
    QStringList subheadings;
    const report::Table *earlier = nullptr;
    for (const report::Block &b : s.blocks) {
        if (b.kind == report::Block::Kind::Subheading)
            subheadings << b.text;
        if (b.kind == report::Block::Kind::TableBlock && b.table.header.value(0) == QStringLiteral("Review"))
            earlier = &b.table;
    }
    // The earlier reviews first, in date order, then the latest two in full.
    REQUIRE(subheadings.size() == 3);
    CHECK(subheadings.at(0) == QStringLiteral("Earlier reviews"));
    CHECK(subheadings.at(1).startsWith(QStringLiteral("Review 4, ")));
    CHECK(subheadings.at(2).startsWith(QStringLiteral("Review 5, ")));
    REQUIRE(earlier);
    REQUIRE(earlier->rows.size() == 3);
    CHECK(earlier->rows.at(0).value(0) == QStringLiteral("Review 1"));
    CHECK(earlier->rows.at(2).value(0) == QStringLiteral("Review 3"));
    // Each figure says how many partners answered.
    CHECK(earlier->rows.at(0).join(QLatin1Char('|')).contains(QStringLiteral("(20)")));
    const QStringList lines = linesOf(s);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    // (Core tests run untranslated: plurals read "(s)".)
    CHECK(lines.filter(QStringLiteral("The 3 earlier review")).size() == 1);
    CHECK(lines.filter(QStringLiteral("are on the Evaluate page of the project")).size() == 1);
    // Twenty partners: a rating without words is in the mean, not on a line of
    // its own; the words are listed, twelve at most, the rest counted.
    CHECK(lines.contains(QStringLiteral("Partner 00 (1/5): Because it fits")));
    CHECK_FALSE(lines.contains(QStringLiteral("Partner 19 (5/5)")));
    CHECK(lines.filter(QStringLiteral("and 3 more answer")).size() == 2 * 2);
    int shared = 0, reflections = 0;
    for (const QString &line : lines) {
        shared += line.endsWith(QStringLiteral("Because we meet")) ? 1 : 0;
        reflections += line.endsWith(QStringLiteral("Because it fits")) ? 1 : 0;
    }
    CHECK(shared == 2 * 12);
    CHECK(reflections == 2 * 12);
}
