#pragma once
// Folders of partnerships for the portfolio tests: the French example saved
// under a given name, with its title and its lead's département changed when
// asked (each file made anew: two files never hold the same bytes).

#include "model/project.h"

#include <QDateTime>
#include <QString>

namespace alliance::test {

/// Saves the example at folder/name; `title` and `departement` replace the
/// example's when not empty. Returns the project as saved. Fails the test on error.
Project writeExample(const QString &folder, const QString &name, const QString &title = {},
                     const QString &departement = {});

/// Sets the modification time of `path` to `when` (to make a file look old
/// enough for the cache's quick key). Fails the test on error.
void setModified(const QString &path, const QDateTime &when);

} // namespace alliance::test
