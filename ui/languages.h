#pragma once
// The interface's language: ours and Qt's own translations (dialog buttons,
// file dialogs) and the locale, for the language chosen in the preferences.
// A report in another language does not change it: see model/language.h.

#include <QString>

namespace alliance::languages {

/// "fr" or "en" for `preference` ("system", "fr" or "en").
QString resolve(const QString &preference);
/// Makes `language` ("fr" or "en") the interface's language.
/// Returns false when our own translation could not be loaded.
bool install(const QString &language);
/// The interface's language ("fr" or "en"); "en" before any install.
QString current();

} // namespace alliance::languages
