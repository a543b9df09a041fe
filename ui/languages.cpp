#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace alliance::languages {

namespace {
QTranslator *ours = nullptr;
QTranslator *qts = nullptr;
QString installed = QStringLiteral("en");
} // namespace

QString resolve(const QString &preference)
{
    if (preference == QLatin1String("fr") || preference == QLatin1String("en"))
        return preference;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool install(const QString &language)
{
    installed = language;
    for (QTranslator **t : {&ours, &qts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    ours = new QTranslator(QCoreApplication::instance());
    // Embedded under :/i18n by qt_add_translations.
    const bool loaded = ours->load(QStringLiteral(":/i18n/alliance-pilot_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    qts = new QTranslator(QCoreApplication::instance());
    if (qts->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    return loaded;
}

QString current()
{
    return installed;
}

Scope::Scope(const QString &language) : m_previous(installed)
{
    if (language != m_previous)
        install(language);
}

Scope::~Scope()
{
    if (installed != m_previous)
        install(m_previous);
}

} // namespace alliance::languages
