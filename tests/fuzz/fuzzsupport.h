#pragma once
// What both fuzz targets share: Qt set up away from the user's files, a
// scratch folder, and writing an input to a file.

#include "document/document.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

namespace alliance::fuzz {

/// Once, from LLVMFuzzerInitialize: points HOME and the XDG folders at a new
/// temporary folder, turns on QStandardPaths' test mode, makes the
/// QCoreApplication (kept until exit) and silences Qt's messages (refusals
/// are expected by the thousand). `name` names the application.
void setUpQt(int *argc, char ***argv, const char *name);

/// A folder made by setUpQt, removed at exit; everything a target writes goes under it.
QString scratch(const QString &name);

/// The author of every edit the targets and the seed generator make.
Author fuzzAuthor(const QString &name = QStringLiteral("Fuzz"), const QUuid &organisation = {});

/// Working copies go to `folder` (never the user's data folder).
DocumentOptions optionsIn(const QString &folder);

/// Replaces `path` with the input bytes; aborts when it cannot (the run would mean nothing).
void writeInput(const QString &path, const uint8_t *data, size_t size);

/// The entries of `folder`, hidden ones included.
QStringList entries(const QString &folder);

/// Prints `what` and aborts: libFuzzer saves the input as a crash.
[[noreturn]] void fail(const QString &what);

} // namespace alliance::fuzz
