// The overdue rule of the pilot step, with "today" fixed by the test.
#include <catch2/catch.hpp>

#include "evaluation/overdue.h"

using namespace alliance;
using namespace alliance::evaluation;

namespace {

const QDate today(2024, 6, 15);

Action action(const QDate &due, const char *status)
{
    Action a;
    a.id = QUuid::createUuid();
    a.title = QStringLiteral("Steering committee");
    a.dueDate = due;
    a.status = QString::fromLatin1(status);
    return a;
}

} // namespace

TEST_CASE("An open action due before today is overdue", "[overdue]")
{
    CHECK(isOverdue(QDate(2024, 6, 14), QStringLiteral("planned"), today));
    CHECK(isOverdue(QDate(2023, 1, 1), QStringLiteral("in_progress"), today));
}

TEST_CASE("An action due today or later is not overdue", "[overdue]")
{
    CHECK_FALSE(isOverdue(today, QStringLiteral("planned"), today));
    CHECK_FALSE(isOverdue(QDate(2024, 6, 16), QStringLiteral("planned"), today));
}

TEST_CASE("A done or cancelled action is never overdue", "[overdue]")
{
    CHECK_FALSE(isOverdue(QDate(2024, 1, 1), QStringLiteral("done"), today));
    CHECK_FALSE(isOverdue(QDate(2024, 1, 1), QStringLiteral("cancelled"), today));
}

TEST_CASE("An empty or unknown status counts as open", "[overdue]")
{
    CHECK(isOverdue(QDate(2024, 1, 1), QString(), today));
    CHECK(isOverdue(QDate(2024, 1, 1), QStringLiteral("someday"), today));
}

TEST_CASE("Without a due date, or without today, nothing is overdue", "[overdue]")
{
    CHECK_FALSE(isOverdue(QDate(), QStringLiteral("planned"), today));
    CHECK_FALSE(isOverdue(QDate(2024, 1, 1), QStringLiteral("planned"), QDate()));
}

TEST_CASE("Overdue actions are listed in order and counted", "[overdue]")
{
    // Late and open, late but done, on time, late and in progress, no date.
    const QList<Action> actions {action(QDate(2024, 5, 1), "planned"), action(QDate(2024, 5, 2), "done"),
                                 action(QDate(2024, 7, 1), "planned"), action(QDate(2024, 6, 1), "in_progress"),
                                 action(QDate(), "planned")};
    const auto ids = overdueActions(actions, today);
    REQUIRE(ids.size() == 2);
    CHECK(ids.at(0) == actions.at(0).id);
    CHECK(ids.at(1) == actions.at(3).id);
    CHECK(overdueCount(actions, today) == 2);
    CHECK(isOverdue(actions.at(0), today));
    // The same list a month earlier: only the first was late then.
    CHECK(overdueCount(actions, QDate(2024, 5, 15)) == 1);
    CHECK(overdueCount({}, today) == 0);
}
