#include "languages.h"

#include "model/language.h"

namespace alliance::languages {

QString resolve(const QString &preference)
{
    return chosenLanguage(preference);
}

bool install(const QString &language)
{
    const std::shared_ptr<const Language> chosen = Language::load(language);
    setApplicationLanguage(chosen);
    return chosen->complete();
}

QString current()
{
    const std::shared_ptr<const Language> language = applicationLanguage();
    return language ? language->code() : QStringLiteral("en");
}

} // namespace alliance::languages
