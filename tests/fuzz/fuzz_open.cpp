// libFuzzer target: the input is a received project file. It gets the whole
// check an opened file gets (validateProjectFile); when accepted, it is opened
// as a Document (working copy, migration), its project is loaded, and it is
// closed. Nothing may crash, leak or hit undefined behaviour, and closing must
// leave neither the working copy nor the lock file behind.
#include "document/document.h"
#include "fuzzsupport.h"
#include "model/project.h"
#include "storage/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

using namespace alliance;

namespace {

QString inputPath;
QString workingFolder;
struct Counts
{
    long inputs = 0, accepted = 0, opened = 0, openRefused = 0;
} counts;
QString firstOpenRefusal;

void printCounts()
{
    // Read by tests/fuzz/run.sh to prove that inputs got past the checks.
    std::fprintf(stderr,
                 "fuzz_open: %ld inputs, %ld accepted by the check, %ld opened, %ld accepted but refused by open\n",
                 counts.inputs, counts.accepted, counts.opened, counts.openRefused);
    if (!firstOpenRefusal.isEmpty())
        std::fprintf(stderr, "fuzz_open: first refusal by open after the check passed: %s\n",
                     qPrintable(firstOpenRefusal));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::setUpQt(argc, argv, "fuzz-open");
    inputPath = fuzz::scratch(QStringLiteral("input")) + QStringLiteral("/received.alliance");
    workingFolder = fuzz::scratch(QStringLiteral("working"));
    std::atexit(printCounts);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ++counts.inputs;
    fuzz::writeInput(inputPath, data, size);
    const CheckResult check = validateProjectFile(inputPath);
    if (check.ok()) {
        ++counts.accepted;
        CheckResult opened;
        auto doc = Document::open(inputPath, fuzz::fuzzAuthor(), fuzz::optionsIn(workingFolder), &opened);
        if (doc) {
            ++counts.opened;
            const Project &project = doc->project();
            // Touch what was loaded, so that nothing of it is optimised away.
            if (project.schemaVersion <= 0)
                fuzz::fail(QStringLiteral("an opened project has schema version %1").arg(project.schemaVersion));
            doc.reset();
        } else {
            // Not a crash, but worth a look: the check said yes, open said no.
            ++counts.openRefused;
            if (firstOpenRefusal.isEmpty())
                firstOpenRefusal = opened.message;
        }
    }
    const QStringList left = fuzz::entries(workingFolder) + fuzz::entries(QFileInfo(inputPath).absolutePath());
    if (left != QStringList {QFileInfo(inputPath).fileName()})
        fuzz::fail(QStringLiteral("closing left files behind: %1").arg(left.join(QStringLiteral(", "))));
    QFile::remove(inputPath);
    return 0;
}
