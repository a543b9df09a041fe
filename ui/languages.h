#pragma once
// Loading the interface's translations: ours and Qt's own (dialog buttons,
// file dialogs), for the language chosen in the preferences.

#include <QString>

class QCoreApplication;

namespace alliance::languages {

/// "fr" or "en" for `preference` ("system", "fr" or "en").
QString resolve(const QString &preference);
/// Replaces the installed translators by those of `language` ("fr" or "en").
/// Returns false when our own translation could not be loaded.
bool install(const QString &language);

} // namespace alliance::languages
