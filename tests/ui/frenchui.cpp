#include "frenchui.h"

#include "languages.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace alliance::test {

FrenchUi::FrenchUi()
{
    const QString qm
        = QFileInfo(QStringLiteral(ALLIANCE_APP)).absoluteDir().filePath(QStringLiteral("alliance-pilot_fr.qm"));
    REQUIRE(m_translator.load(qm));
    languages::install(QStringLiteral("fr"));
    QCoreApplication::installTranslator(&m_translator);
}

FrenchUi::~FrenchUi()
{
    QCoreApplication::removeTranslator(&m_translator);
    languages::install(QStringLiteral("en"));
}

} // namespace alliance::test
