#pragma once
// The partnerships a manager is a member of in a shared workspace, as a
// portfolio's rows: each is made from the workspace's journal into a
// temporary document (workspacepull.h: what the manager's level reads,
// checked as a received file), summarised, and dropped. Nothing is written
// but the working copies, which go with their documents.

#include "document/document.h"
#include "portfolio/portfoliosource.h"
#include "workspace/connection.h"

namespace alliance::portfolio {

class WorkspaceSource : public PortfolioSource
{
public:
    /// `password` may be empty (libpq then reads PGPASSFILE); `options` name
    /// where the temporary working copies go.
    WorkspaceSource(workspace::Address address, QString password, DocumentOptions options);
    QString description() const override;
    /// One partnership at a time, on the calling thread (one connection).
    /// A partnership that cannot be made is a row with its title and why.
    ScanResult scan(const ScanControl &control) override;

private:
    workspace::Address m_address;
    QString m_password;
    DocumentOptions m_options;
};

} // namespace alliance::portfolio
