#pragma once
// The interface in French for the scope of a test.

namespace alliance::test {

/// Makes French, for as long as it lives, the interface's language, with the
/// translation the application embeds (read from beside the built
/// executable: the tests do not embed it) and the French locale; English
/// again afterwards.
class FrenchUi
{
public:
    FrenchUi();
    ~FrenchUi();
    FrenchUi(const FrenchUi &) = delete;
    FrenchUi &operator=(const FrenchUi &) = delete;
};

} // namespace alliance::test
