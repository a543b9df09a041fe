#include "model/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QMutex>
#include <map>

namespace alliance {

namespace {

QMutex mutex; ///< guards everything below but the thread's own language
QString folder;
std::shared_ptr<const Language> appLanguage;
std::map<QString, std::shared_ptr<const Language>> loaded;
thread_local const Language *threadLanguage = nullptr;

/// The one translator installed in the application: the thread's writing
/// language when it has one, else the application's.
class Router : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (const Language *own = threadLanguage)
            return own->translate(context, source, disambiguation, n);
        const std::shared_ptr<const Language> app = applicationLanguage();
        return app ? app->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
};

Router *router = nullptr;

/// Installs the router once; again to tell every widget to translate itself
/// (QEvent::LanguageChange).
void installRouter()
{
    if (!QCoreApplication::instance())
        return;
    if (!router)
        router = new Router(QCoreApplication::instance());
    QCoreApplication::removeTranslator(router);
    QCoreApplication::installTranslator(router);
}

} // namespace

Language::Language(const QString &code)
    : m_code(code == QLatin1String("fr") ? code : QStringLiteral("en")),
      m_locale(m_code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    auto ours = std::make_unique<QTranslator>();
    const QString name = QStringLiteral("alliance-pilot_%1.qm").arg(m_code);
    QString elsewhere;
    {
        QMutexLocker lock(&mutex);
        elsewhere = folder;
    }
    const bool found = ours->load(QStringLiteral(":/i18n/") + name)
        || (!elsewhere.isEmpty() && ours->load(QDir(elsewhere).filePath(name)));
    m_complete = found || m_code == QLatin1String("en");
    if (found)
        m_translators.push_back(std::move(ours));
    auto qts = std::make_unique<QTranslator>();
    if (qts->load(QStringLiteral("qtbase_%1").arg(m_code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_translators.push_back(std::move(qts));
}

std::shared_ptr<const Language> Language::load(const QString &code)
{
    const QString key = code == QLatin1String("fr") ? code : QStringLiteral("en");
    {
        QMutexLocker lock(&mutex);
        const auto it = loaded.find(key);
        if (it != loaded.end())
            return it->second;
    }
    std::shared_ptr<const Language> language(new Language(key));
    QMutexLocker lock(&mutex);
    if (language->complete()) // one found later (a folder set afterwards) is kept then
        loaded.emplace(key, language);
    return language;
}

void Language::setTranslationFolder(const QString &translations)
{
    QMutexLocker lock(&mutex);
    folder = translations;
    loaded.clear();
}

QString Language::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    for (const auto &translator : m_translators) {
        const QString text = translator->translate(context, source, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString chosenLanguage(const QString &preference)
{
    if (preference == QLatin1String("fr") || preference == QLatin1String("en"))
        return preference;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void setApplicationLanguage(std::shared_ptr<const Language> language)
{
    if (language)
        QLocale::setDefault(language->locale());
    {
        QMutexLocker lock(&mutex);
        appLanguage = std::move(language);
    }
    installRouter();
}

std::shared_ptr<const Language> applicationLanguage()
{
    QMutexLocker lock(&mutex);
    return appLanguage;
}

WritingIn::WritingIn(std::shared_ptr<const Language> language)
    : m_language(std::move(language)), m_previous(threadLanguage)
{
    if (!router) // no application language chosen yet: the sources' English, but this thread's
        installRouter();
    threadLanguage = m_language.get();
}

WritingIn::~WritingIn()
{
    threadLanguage = m_previous;
}

QLocale writingLocale()
{
    return threadLanguage ? threadLanguage->locale() : QLocale();
}

} // namespace alliance
