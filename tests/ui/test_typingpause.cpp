// Words typed reach the working copy once the typing pauses, without leaving
// the field: a crash then loses at most that last moment. Each burst of
// typing is one undo step.
#include "document/document.h"
#include "widgets/fieldeditors.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace alliance;

namespace {

std::unique_ptr<Document> newDocument(const QTemporaryDir &dir)
{
    DocumentOptions options;
    options.workingFolder = dir.filePath(QStringLiteral("working"));
    return Document::createNew(QStringLiteral("Typing"), {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
}

// Waits (events running) until `done` holds, at most a few pauses long.
template<typename Condition> bool eventually(Condition done)
{
    for (int waited = 0; waited < 5 * typingPauseMs && !done(); waited += 20)
        QTest::qWait(20);
    return done();
}

} // namespace

TEST_CASE("Typed words are stored after a pause, focus kept, one undo step per burst", "[ui][fieldeditors]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir);
    REQUIRE(doc);
    QWidget window;
    auto &stake = *new FieldTextEdit(doc.get(),
                                     {QStringLiteral("partnership"), doc->partnershipId(),
                                      QStringLiteral("common_stake"), QStringLiteral("Edit the stake")},
                                     &window);
    auto &title = *new FieldLineEdit(doc.get(),
                                     {QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"),
                                      QStringLiteral("Edit the title")},
                                     &window);
    title.move(0, 200);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    stake.setFocus();
    QTest::keyClicks(&stake, QStringLiteral("Former les seniors"));
    // Not at each key: nothing stored while the words come.
    CHECK(doc->project().partnership.commonStake.isEmpty());
    REQUIRE(eventually([&] { return doc->project().partnership.commonStake == QStringLiteral("Former les seniors"); }));
    CHECK(stake.hasFocus()); // stored without leaving the field
    CHECK(stake.toPlainText() == QStringLiteral("Former les seniors"));

    QTest::keyClicks(&stake, QStringLiteral(" pour tous"));
    REQUIRE(eventually(
        [&] { return doc->project().partnership.commonStake == QStringLiteral("Former les seniors pour tous"); }));

    // One undo step per burst: back to the first burst, then to nothing.
    REQUIRE(doc->undo());
    CHECK(doc->project().partnership.commonStake == QStringLiteral("Former les seniors"));
    REQUIRE(doc->undo());
    CHECK(doc->project().partnership.commonStake.isEmpty());

    // A one-line field behaves the same.
    title.setFocus();
    title.selectAll();
    QTest::keyClicks(&title, QStringLiteral("Tiers-lieu"));
    REQUIRE(eventually([&] { return doc->project().partnership.title == QStringLiteral("Tiers-lieu"); }));
    CHECK(title.hasFocus());
}
