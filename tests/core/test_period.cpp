#include "method/method.h"
#include "model/period.h"
#include "model/project.h"
#include "report/reportbuilder.h"

#include <catch2/catch.hpp>

using namespace alliance;

TEST_CASE("A period ending before it starts is not valid", "[period]")
{
    const QDate start(2026, 3, 31);
    CHECK_FALSE(period::isValid(start, QDate(2026, 2, 15)));
    CHECK_FALSE(period::isValid(start, start.addDays(-1)));
    CHECK(period::isValid(start, start));
    CHECK(period::isValid(start, QDate(2026, 4, 1)));
    // A date still missing: nothing to compare yet.
    CHECK(period::isValid(start, QDate()));
    CHECK(period::isValid(QDate(), QDate(2026, 2, 15)));
    CHECK(period::isValid(QDate(), QDate()));
}

TEST_CASE("The report does not print a period ending before it starts as if it were fine", "[period][report]")
{
    Project p;
    p.partnership.title = QStringLiteral("Inverted dates");
    p.partnership.startDate = QDate(2026, 3, 31);
    p.partnership.endDate = QDate(2026, 2, 15);
    StepState diagnose;
    diagnose.id = QUuid::createUuid();
    diagnose.stepId = method::steps().first().id;
    diagnose.status = QStringLiteral("in_progress");
    diagnose.startDate = QDate(2026, 5, 1);
    diagnose.endDate = QDate(2026, 4, 1);
    p.stepStates << diagnose;

    report::Options options;
    options.language = QStringLiteral("en");
    report::Report r = report::buildReport(p, options);
    CHECK(r.cover.period.contains(QStringLiteral("31 March 2026")));
    CHECK(r.cover.period.contains(QStringLiteral("end date is before the start date")));
    QStringList stepDates;
    for (const report::Section &s : r.sections)
        for (const report::Block &b : s.blocks)
            if (b.kind == report::Block::Kind::Field && b.label == QStringLiteral("Dates"))
                stepDates << b.text;
    REQUIRE(stepDates.size() == 1);
    CHECK(stepDates.first().contains(QStringLiteral("end date is before the start date")));

    // Put right, the same period reads plainly.
    p.partnership.endDate = QDate(2026, 12, 31);
    r = report::buildReport(p, options);
    CHECK(r.cover.period.contains(QStringLiteral("31 December 2026")));
    CHECK_FALSE(r.cover.period.contains(QStringLiteral("before")));
}
