#pragma once
// The interface in French for the scope of a test.

#include <QTranslator>

namespace alliance::test {

/// Installs, for as long as it lives, the French translation the application
/// embeds (read from beside the built executable: the tests do not embed it)
/// and the French locale; English again afterwards.
class FrenchUi
{
public:
    FrenchUi();
    ~FrenchUi();
    FrenchUi(const FrenchUi &) = delete;
    FrenchUi &operator=(const FrenchUi &) = delete;

private:
    QTranslator m_translator;
};

} // namespace alliance::test
