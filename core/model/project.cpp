#include "model/project.h"

namespace alliance {

const Organisation *Project::organisation(const QUuid &id) const
{
    for (const auto &o : organisations)
        if (o.id == id)
            return &o;
    return nullptr;
}

QByteArray Project::logoOf(const QUuid &id) const
{
    for (const auto &l : organisationLogos)
        if (l.organisationId == id)
            return l.image;
    return {};
}

const Organisation *Project::leadOrganisation() const
{
    for (const auto &o : organisations)
        if (o.role == QLatin1String("lead"))
            return &o;
    return nullptr;
}

} // namespace alliance
