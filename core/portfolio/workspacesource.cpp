#include "portfolio/workspacesource.h"

#include "model/language.h"

#include "document/installation.h"
#include "workspace/workspacepull.h"
#include "workspace/workspacesync.h"

namespace alliance::portfolio {

WorkspaceSource::WorkspaceSource(workspace::Address address, QString password, DocumentOptions options)
    : m_address(std::move(address)), m_password(std::move(password)), m_options(std::move(options))
{ }

QString WorkspaceSource::description() const
{
    return m_address.toString();
}

ScanResult WorkspaceSource::scan(const ScanControl &control)
{
    std::optional<WritingIn> writing; // refusals in the language asked
    if (control.language)
        writing.emplace(control.language);
    ScanResult result;
    const auto connection = workspace::Connection::open(m_address, m_password, &result.error);
    if (!connection)
        return result;
    const auto list = workspace::memberships(*connection, &result.error);
    if (!list)
        return result;
    const QString name = m_address.toString();
    const Author author = installation::author();
    const int total = int(list->size());
    for (const workspace::Membership &m : *list) {
        if (control.cancel && control.cancel->load()) {
            result.cancelled = true;
            break;
        }
        // Where it was read: the workspace, then the partnership's id (what a
        // table shows as the file's name, and what `workspace pull` takes).
        const QString path = name + QLatin1Char('/') + m.partnership.toString(QUuid::WithoutBraces);
        QString error;
        PartnershipSummary row;
        if (const auto document = workspace::pullDocument(*connection, m.partnership, name, author, m_options, &error))
            row = summarise(document->project(), control.today);
        else {
            row.title = workspace::shownTitle(m);
            row.refusal = error;
        }
        row.path = path;
        result.rows.append(row);
        ++result.filesRead;
        if (control.progress)
            control.progress(int(result.rows.size()), total);
    }
    return result;
}

} // namespace alliance::portfolio
