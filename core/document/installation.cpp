#include "document/installation.h"

#include "model/project.h"
#include "settings/settings.h"

#include <QDir>

namespace alliance::installation {

QUuid id()
{
    Settings settings;
    QUuid stored = settings.installationId();
    if (stored.isNull()) {
        stored = QUuid::createUuid();
        settings.setInstallationId(stored);
    }
    return stored;
}

bool hasChosenName()
{
    return !Settings().authorName().isEmpty();
}

QString accountName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // A home folder always has a name, even when the environment is empty.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("user") : home;
}

QString userName()
{
    const QString name = Settings().authorName();
    return name.isEmpty() ? accountName() : name;
}

QString organisationName()
{
    return Settings().organisationName();
}

void setUser(const QString &name, const QString &organisation)
{
    Settings settings;
    settings.setAuthorName(name);
    settings.setOrganisationName(organisation);
}

Preferences preferences()
{
    return {userName(), organisationName(), id()};
}

Author author(const Project *project)
{
    return author(preferences(), project);
}

Author author(const Preferences &preferences, const Project *project)
{
    Author a {preferences.name, {}, preferences.installationId};
    const QString &organisation = preferences.organisation;
    if (project && !organisation.isEmpty())
        for (const auto &o : project->organisations)
            if (o.name.compare(organisation, Qt::CaseInsensitive) == 0)
                a.organisationId = o.id;
    // A copy written for a partner is opened by that partner: their organisation,
    // unless the preferences name another organisation of the project.
    if (project && a.organisationId.isNull() && !project->partnerCopies.isEmpty()
        && project->organisation(project->partnerCopies.first().organisationId))
        a.organisationId = project->partnerCopies.first().organisationId;
    return a;
}

} // namespace alliance::installation
