// Child process for the crash tests: opens a project and saves it in a loop,
// each time after one more edit, until it is killed.
//   saveLoop PROJECT WORKING_FOLDER
#include "document/document.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    alliance::Author author {QStringLiteral("Save loop"), {}, QUuid::createUuid()};
    alliance::DocumentOptions options;
    options.workingFolder = QString::fromLocal8Bit(argv[2]);
    alliance::CheckResult check;
    auto doc = alliance::Document::open(QString::fromLocal8Bit(argv[1]), author, options, &check);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(check.message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        alliance::ChangeSet change(QStringLiteral("Edit"));
        change.set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("common_stake"),
                   QStringLiteral("Revision %1 ").arg(i).repeated(50));
        QString error;
        if (!doc->apply(change, &error) || !doc->save(alliance::Document::IfChangedOnDisk::Overwrite, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}
