#pragma once
// A language to write in: its locale and its translations (ours and Qt's).
// The application writes in one; a report or minutes may be written in
// another without changing the application's: the report's thread writes in
// it while a WritingIn lives, every other thread keeps the application's.

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

namespace alliance {

class Language
{
public:
    /// "fr" or "en" (anything else reads as "en"), with its translations from
    /// the embedded :/i18n, or else from translationFolder(). English needs
    /// none: the sources are written in it.
    static std::shared_ptr<const Language> load(const QString &code);
    /// Where .qm files are looked for when they are not embedded (the tests
    /// read them from beside the built application).
    static void setTranslationFolder(const QString &folder);

    const QString &code() const { return m_code; }
    const QLocale &locale() const { return m_locale; }
    /// Whether our own translation was found (always true for English).
    bool complete() const { return m_complete; }
    /// `source` of `context` in this language; the source itself when none.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

private:
    explicit Language(const QString &code);

    QString m_code;
    QLocale m_locale;
    bool m_complete = true;
    std::vector<std::unique_ptr<QTranslator>> m_translators; ///< ours, then Qt's
};

/// "fr" or "en" for the preference `preference` ("system", "fr" or "en"):
/// "system" is French on a French system, else English.
QString chosenLanguage(const QString &preference);

/// The application's language: what tr() gives outside a WritingIn, and the
/// default locale. Installs, the first time, the one translator the
/// application has, which asks the thread's writing language first.
void setApplicationLanguage(std::shared_ptr<const Language> language);
/// The application's language; English before any is set.
std::shared_ptr<const Language> applicationLanguage();

/// While it lives, tr() and writingLocale() on this thread give `language`;
/// the rest of the application keeps its own. Nests.
class WritingIn
{
public:
    explicit WritingIn(std::shared_ptr<const Language> language);
    ~WritingIn();
    WritingIn(const WritingIn &) = delete;
    WritingIn &operator=(const WritingIn &) = delete;

private:
    std::shared_ptr<const Language> m_language;
    const Language *m_previous;
};

/// The locale this thread writes numbers and dates in: that of a WritingIn
/// when one lives on this thread, else the default locale (QLocale()).
QLocale writingLocale();

} // namespace alliance
