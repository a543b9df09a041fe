// The application's clock: pinned by a test, every reader of "now" follows it
// at once, the journal's clocks included; unpinned, it is the system's.
#include "journal/hlc.h"
#include "model/clock.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUuid>

using namespace alliance;

TEST_CASE("Clock: the system's time until pinned, the pinned time while pinned", "[clock]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    CHECK(clock::nowMs() >= before);
    CHECK(clock::nowMs() <= QDateTime::currentMSecsSinceEpoch());
    QSignalSpy moved(&clock::notifier(), &clock::Notifier::moved);
    {
        clock::Pin pinned(QDate(2025, 3, 9));
        CHECK(clock::today() == QDate(2025, 3, 9));
        CHECK(clock::now() == QDateTime(QDate(2025, 3, 9), QTime(12, 0)));
        pinned.moveTo(QDateTime(QDate(2027, 1, 1), QTime(8, 30)));
        CHECK(clock::today() == QDate(2027, 1, 1));
        CHECK(clock::now().time() == QTime(8, 30));
        {
            clock::Pin nested(QDate(2020, 2, 29));
            CHECK(clock::today() == QDate(2020, 2, 29));
        }
        CHECK(clock::today() == QDate(2027, 1, 1)); // the outer pin again
    }
    CHECK(moved.count() == 5); // each setting of the clock is told: pin, move, pin, and back twice
    CHECK(clock::today() == QDate::currentDate());
}

TEST_CASE("Clock: the journal's clocks (a document's by default) follow the application's clock", "[clock]")
{
    const QDateTime later = QDateTime::currentDateTime().addDays(3);
    const clock::Pin pinned(later);
    HlcGenerator journal(QUuid::createUuid().toString(QUuid::WithoutBraces));
    CHECK(journal.next().wallMs == later.toMSecsSinceEpoch());
    CHECK(systemClock()() == later.toMSecsSinceEpoch());
}
