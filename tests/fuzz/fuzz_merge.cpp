// libFuzzer target: the input is a partner's copy ("theirs") merged into a
// fixed project ("mine", the file named by ALLIANCE_FUZZ_MINE, made with the
// seed corpus by fuzzSeeds: merging checks that both are the same
// partnership, so only copies of that very file get past the first checks).
// sync::planMerge, then, when it gives a plan, Document::applyMerge with no
// flipped conflicts, then undo, which must give back every field the merge
// changed. Nothing may crash, leak or hit undefined behaviour.
#include "document/document.h"
#include "fuzzsupport.h"
#include "journal/itemlabel.h"
#include "model/project.h"
#include "sync/merge.h"

#include <QFile>
#include <QVariant>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace alliance;

namespace {

QString minePath;
QString theirsPath;
QString workingFolder;
// Reachable until exit, never freed: closing it at exit could run after Qt's
// own teardown has begun. Its lock file and working copy are in the scratch
// folder, removed at exit.
Document *mine = nullptr;
struct Counts
{
    long inputs = 0, plans = 0, applied = 0, refusedPlans = 0, conflicts = 0, undone = 0;
} counts;

[[noreturn]] void fail(const QString &what)
{
    fuzz::fail(what);
}

void openMine()
{
    delete mine;
    mine = nullptr;
    CheckResult check;
    mine = Document::open(minePath, fuzz::fuzzAuthor(QStringLiteral("Mine")), fuzz::optionsIn(workingFolder), &check)
               .release();
    if (!mine)
        fail(QStringLiteral("mine (%1) does not open: %2").arg(minePath, check.message));
}

void printCounts()
{
    // Read by tests/fuzz/run.sh to prove that inputs reached applyMerge.
    std::fprintf(stderr,
                 "fuzz_merge: %ld inputs, %ld plans, %ld non-empty plans applied, %ld plans refused by applyMerge, "
                 "%ld conflicts seen, %ld undos checked\n",
                 counts.inputs, counts.plans, counts.applied, counts.refusedPlans, counts.conflicts, counts.undone);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::setUpQt(argc, argv, "fuzz-merge");
    const QString given = qEnvironmentVariable("ALLIANCE_FUZZ_MINE");
    // Opened from a copy, so that the lock file beside it goes with the scratch folder.
    minePath = fuzz::scratch(QStringLiteral("mine")) + QStringLiteral("/mine.alliance");
    if (given.isEmpty() || !QFile::copy(given, minePath)) {
        std::fprintf(stderr,
                     "fuzz_merge: set ALLIANCE_FUZZ_MINE to the mine.alliance that fuzzSeeds wrote beside "
                     "the seed corpus (see tests/fuzz/run-long.sh)\n");
        std::exit(2);
    }
    theirsPath = fuzz::scratch(QStringLiteral("input")) + QStringLiteral("/theirs.alliance");
    workingFolder = fuzz::scratch(QStringLiteral("working"));
    openMine();
    std::atexit(printCounts);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ++counts.inputs;
    fuzz::writeInput(theirsPath, data, size);
    CheckResult refusal;
    const auto plan = sync::planMerge(*mine, theirsPath, &refusal);
    if (!plan)
        return 0;
    ++counts.plans;
    counts.conflicts += plan->conflicts.size();
    const ItemLabels labels(*mine);
    for (const auto &c : plan->conflicts)
        (void)labels.valueText(c.table, c.field, c.theirs.value);
    // What each field the merge may change holds now (invalid: the item does not exist).
    QList<QVariant> before;
    for (const auto &w : plan->winners)
        before.append(mine->value(w.table, w.entityId, w.field));
    const qint64 journalBefore = mine->journalSize();
    QString error;
    if (!mine->applyMerge(*plan, {}, &error)) {
        ++counts.refusedPlans;
        if (mine->journalSize() != journalBefore)
            fail(QStringLiteral("a refused merge changed the journal: %1").arg(error));
        return 0;
    }
    (void)mine->project();
    if (!plan->isEmpty())
        ++counts.applied;
    // Incoming history that wins no field changes no field: nothing to undo then.
    if (!plan->winners.isEmpty()) {
        if (!mine->canUndo())
            fail(QStringLiteral("a merge that changes %1 fields cannot be undone").arg(plan->winners.size()));
        if (!mine->undo(&error))
            fail(QStringLiteral("undoing a merge failed: %1").arg(error));
        ++counts.undone;
        (void)mine->project();
        for (int i = 0; i < plan->winners.size(); ++i) {
            const auto &w = plan->winners.at(i);
            if (!before.at(i).isValid())
                continue; // an item the merge created: undo deletes it
            const QVariant now = mine->value(w.table, w.entityId, w.field);
            if (now != before.at(i))
                fail(QStringLiteral("undo did not restore %1.%2 of %3: was %4, is %5")
                         .arg(w.table, w.field, w.entityId.toString(), before.at(i).toString(), now.toString()));
        }
    }
    // Start the next input from mine as it is in the file: runs are reproducible.
    openMine();
    return 0;
}
