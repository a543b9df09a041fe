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
/// The language last installed ("fr" or "en"); "en" before any install.
QString current();

/// Installs `language` for as long as it lives, then the language that was
/// installed before (a report in English from a French interface).
class Scope
{
public:
    explicit Scope(const QString &language);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    QString m_previous;
};

} // namespace alliance::languages
