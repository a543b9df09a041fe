#include "frenchui.h"

#include "languages.h"
#include "model/language.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

namespace alliance::test {

FrenchUi::FrenchUi()
{
    // The tests do not embed the translations: they read those built beside the application.
    Language::setTranslationFolder(QFileInfo(QStringLiteral(ALLIANCE_APP)).absolutePath());
    REQUIRE(languages::install(QStringLiteral("fr")));
}

FrenchUi::~FrenchUi()
{
    languages::install(QStringLiteral("en"));
}

} // namespace alliance::test
