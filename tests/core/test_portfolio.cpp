// The portfolio: one summary per partnership of a folder, with the figures
// the project's own rules give; refused files listed with their reason;
// filters and orders as the view and the verb apply them.
#include <catch2/catch.hpp>

#include "evaluation/overdue.h"
#include "evaluation/performance.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "evaluation/stepprogress.h"
#include "portfolio/foldersource.h"
#include "portfolio/portfoliotable.h"
#include "portfolio/summary.h"
#include "portfoliosupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace alliance;
using namespace alliance::portfolio;

namespace {

const QDate today(2026, 12, 1);

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

TEST_CASE("Portfolio: a file's summary holds the figures the project's own rules give", "[portfolio]")
{
    auto dir = test::makeTempDir();
    const Project p = test::writeExample(dir->path(), QStringLiteral("exemple.alliance"));
    const QString path = dir->filePath(QStringLiteral("exemple.alliance"));
    const PartnershipSummary s = summariseFile(path, today);
    INFO(s.refusal.toStdString());
    REQUIRE_FALSE(s.refused());
    CHECK(s.path == path);
    CHECK(s.title == p.partnership.title);
    REQUIRE(p.leadOrganisation());
    CHECK(s.lead == p.leadOrganisation()->name);
    CHECK(s.territories.contains(p.leadOrganisation()->departement));
    CHECK_FALSE(s.modelId.isEmpty());
    CHECK(s.modelId == evaluation::recommend(p).modelId);
    CHECK(s.currentStepId == evaluation::stepProgress(p).currentStepId);

    const evaluation::PerformanceSummary performance = evaluation::evaluatePerformance(p, today);
    CHECK(s.onTrack == performance.onTrack);
    CHECK(s.atRisk == performance.atRisk);
    CHECK(s.offTrack == performance.offTrack);
    CHECK(s.noData == performance.noData);
    CHECK(s.indicatorCount() == p.indicators.size());

    const QList<evaluation::ReviewScores> reviews = evaluation::scoreReviews(p);
    REQUIRE_FALSE(reviews.isEmpty());
    CHECK(s.hasReview);
    CHECK(s.lastReviewDate == reviews.constLast().date);
    REQUIRE(s.angles.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(s.angles.at(i).angleId == reviews.constLast().angles.at(i).id);
        CHECK(s.angles.at(i).percent == reviews.constLast().angles.at(i).percent);
        CHECK(s.angles.at(i).respondents == reviews.constLast().angles.at(i).respondents);
        CHECK(s.angles.at(i).respondents > 0);
    }

    CHECK(s.lateActions == evaluation::overdueCount(p.actions, today));
    CHECK(s.lateActions > 0);
    // The next milestone: the earliest open one not yet due.
    QDate milestone;
    for (const Action &a : p.actions)
        if (a.milestone && a.dueDate >= today && a.status != QLatin1String("done")
            && a.status != QLatin1String("cancelled") && (!milestone.isValid() || a.dueDate < milestone))
            milestone = a.dueDate;
    REQUIRE(milestone.isValid());
    CHECK(s.nextMilestone.date == milestone);
    // The next committee is a steering committee, not any meeting.
    REQUIRE(s.nextCommittee.isSet());
    CHECK(s.nextCommittee.date >= today);
    for (const Meeting &m : p.meetings)
        if (m.date == s.nextCommittee.date)
            CHECK(m.kind == QLatin1String("steering_committee"));

    // What the file gives is what the project in memory gives.
    PartnershipSummary fromMemory = summarise(p, today);
    fromMemory.path = path;
    CHECK(fromMemory == s);
    // Time-aware: a year earlier, nothing was late yet and the next committee is another.
    const PartnershipSummary before = summariseFile(path, QDate(2025, 1, 1));
    CHECK(before.lateActions == evaluation::overdueCount(p.actions, QDate(2025, 1, 1)));
    CHECK(before.nextCommittee.date != s.nextCommittee.date);
}

TEST_CASE("Portfolio: a refused file is listed with its reason and hides none of the others", "[portfolio]")
{
    auto dir = test::makeTempDir();
    test::writeExample(dir->path(), QStringLiteral("b-sound.alliance"), QStringLiteral("Sound partnership"));
    QFile sound(dir->filePath(QStringLiteral("b-sound.alliance")));
    REQUIRE(sound.open(QIODevice::ReadOnly));
    const QByteArray bytes = sound.readAll();
    REQUIRE(writeBytes(dir->filePath(QStringLiteral("a-garbage.alliance")), "not a project at all"));
    REQUIRE(writeBytes(dir->filePath(QStringLiteral("c-cut.alliance")), bytes.left(bytes.size() / 2)));
    REQUIRE(writeBytes(dir->filePath(QStringLiteral("notes.txt")), "not listed"));
    REQUIRE(QDir(dir->path()).mkdir(QStringLiteral("d-folder.alliance"))); // a folder is no project file

    FolderSource source(dir->path(), nullptr);
    ScanControl control;
    control.today = today;
    QList<int> progress;
    control.progress = [&](int done, int total) { progress.append(done * 100 + total); };
    const ScanResult scan = source.scan(control);
    CHECK(scan.error.isEmpty());
    REQUIRE(scan.rows.size() == 3);
    CHECK(scan.filesRead == 3);
    CHECK(progress.size() == 3);
    CHECK(progress.last() == 303);

    const PartnershipSummary &garbage = scan.rows.at(0);
    CHECK(garbage.refused());
    CHECK(garbage.refusal.contains(QStringLiteral("a-garbage.alliance")));
    CHECK(statusOf(garbage) == QLatin1String("refused"));
    CHECK(text(garbage, Column::Title) == garbage.refusal);
    CHECK(scan.rows.at(1).title == QStringLiteral("Sound partnership"));
    CHECK_FALSE(scan.rows.at(1).refused());
    CHECK(scan.rows.at(2).refused());
    CHECK(scan.rows.at(2).refusal.contains(QStringLiteral("c-cut.alliance")));
    CHECK(scan.rows.at(2).title.isEmpty()); // nothing of a refused file is read

    Filter refused;
    refused.statusId = QStringLiteral("refused");
    CHECK(filtered(scan.rows, refused).size() == 2);
}

TEST_CASE("Portfolio: a folder that cannot be read says so", "[portfolio]")
{
    auto dir = test::makeTempDir();
    FolderSource source(dir->filePath(QStringLiteral("missing")), nullptr);
    ScanControl control;
    control.today = today;
    const ScanResult scan = source.scan(control);
    CHECK(scan.rows.isEmpty());
    CHECK(scan.error.contains(QStringLiteral("missing")));
}

TEST_CASE("Portfolio: a cancelled scan stops and says so", "[portfolio]")
{
    auto dir = test::makeTempDir();
    test::writeExample(dir->path(), QStringLiteral("a.alliance"));
    test::writeExample(dir->path(), QStringLiteral("b.alliance"));
    std::atomic_bool cancel {true};
    FolderSource source(dir->path(), nullptr);
    ScanControl control;
    control.today = today;
    control.cancel = &cancel;
    const ScanResult scan = source.scan(control);
    CHECK(scan.cancelled);
    CHECK(scan.filesRead == 0);
    CHECK(scan.rows.isEmpty());
}
