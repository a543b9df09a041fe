#pragma once
// Facts about this copy of the app and its user, kept in its settings.

#include "journal/change.h"

#include <QUuid>

namespace alliance {
struct Project;
}

namespace alliance::installation {

/// A random id made once per installation and kept in the settings; it tells
/// copies apart in the journal's clocks.
QUuid id();

/// The user's name and organisation name, as set in the preferences.
/// Until a name is chosen, the name of the system account (never empty, never
/// a placeholder: it is what history and merges show as the author).
QString userName();
/// Whether the user has given their name (the window asks before editing).
bool hasChosenName();
/// The system account's name: $USER, $LOGNAME, $USERNAME or the home folder's.
QString accountName();
QString organisationName();
void setUser(const QString &name, const QString &organisation);

/// The author of this installation's edits; the organisation id is that of
/// the organisation of `project` named like the preferences' organisation
/// (case-insensitive); failing that, in a partner's copy (see
/// sync::sharePartnerCopy), the organisation the copy was made for; or null.
Author author(const Project *project = nullptr);

/// The user as the preferences describe them, read once: what author() needs
/// besides the project, for callers that follow a project's every change.
struct Preferences
{
    QString name;
    QString organisation;
    QUuid installationId;
};
Preferences preferences();
/// author() from preferences already read.
Author author(const Preferences &preferences, const Project *project);

} // namespace alliance::installation
