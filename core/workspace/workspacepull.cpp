#include "workspace/workspacepull.h"

#include "document/document.h"
#include "storage/filecheck.h"
#include "sync/merge.h"
#include "workspace/connection.h"
#include "workspace/workspacejournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace alliance::workspace {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/// The caller's level in `partnership`: empty for a stranger, nullopt with
/// `error` when the server refused to tell.
std::optional<QString> levelOf(Connection &connection, const QUuid &partnership, QString *error)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT alliance.level_of(?::uuid)"));
    query.addBindValue(partnership.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next()) {
        setError(error, refusalOf(connection, query.lastError()));
        return std::nullopt;
    }
    return query.value(0).toString();
}

} // namespace

std::unique_ptr<Document> pullDocument(Connection &connection, const QUuid &partnership, const QString &name,
                                       const Author &author, const DocumentOptions &options, QString *error)
{
    if (partnership.isNull()) {
        setError(error, QCoreApplication::translate("Workspace", "Choose a partnership of the workspace."));
        return nullptr;
    }
    const auto level = levelOf(connection, partnership, error);
    if (!level)
        return nullptr;
    if (level->isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Workspace",
                                             "You are not a member of this partnership in the workspace: ask "
                                             "one of its owners to add you."));
        return nullptr;
    }
    auto document = Document::createEmpty(partnership, author, options, error);
    if (!document)
        return nullptr;
    WorkspaceJournal journal(connection, partnership, name);
    CheckResult check;
    const auto plan = sync::planMergeFrom(*document, journal, &check);
    if (!plan) {
        setError(error, check.message);
        return nullptr;
    }
    if (!plan->isEmpty() && !document->applyMerge(*plan, {}, error))
        return nullptr;
    // Without its partnership row the file would be refused when opened.
    if (document->rows(QStringLiteral("partnership"), {QStringLiteral("title")}).isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Workspace",
                                             "The workspace holds nothing of this partnership that you may "
                                             "read."));
        return nullptr;
    }
    return document;
}

bool pullToFile(Connection &connection, const QUuid &partnership, const QString &name, const QString &path,
                const Author &author, const DocumentOptions &options, QString *error)
{
    if (QFileInfo::exists(path)) {
        setError(error,
                 QCoreApplication::translate("Workspace", "“%1” already exists: choose a new file.")
                     .arg(QFileInfo(path).fileName()));
        return false;
    }
    auto document = pullDocument(connection, partnership, name, author, options, error);
    if (!document)
        return false;
    auto undo = [&](const QString &why) {
        document.reset(); // its lock on `path` goes with it
        QFile::remove(path);
        setError(error, why);
        return false;
    };
    QString why;
    if (!document->saveAs(path, &why))
        return undo(why);
    // The file is checked as the app checks any file it opens.
    const CheckResult check = validateProjectFile(path);
    if (!check.ok())
        return undo(check.message);
    // A sync now finds nothing to exchange and leaves the mark that lets the
    // next one say so in one query. Changes sent meanwhile by others come in
    // here, and are saved.
    // A sync cut short changes nothing of that: the file is sound, and the
    // next sync compares both sides in full.
    if (syncDocument(*document, connection, name, &why) && document->isModified() && !document->save(&why))
        return undo(why);
    return true;
}

std::optional<Membership> findMembership(const QList<Membership> &list, const QString &text, QString *error)
{
    const QUuid id = QUuid::fromString(text.trimmed());
    QList<Membership> found;
    for (const Membership &m : list)
        if ((!id.isNull() && m.partnership == id) || m.title == text)
            found.append(m);
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Workspace",
                                             "You are a member of no partnership of this workspace called "
                                             "“%1”.")
                     .arg(safeServerText(text)));
        return std::nullopt;
    }
    QStringList ids;
    for (const Membership &m : std::as_const(found))
        ids << m.partnership.toString(QUuid::WithoutBraces);
    setError(error,
             QCoreApplication::translate("Workspace",
                                         "Several partnerships of this workspace are called “%1”: name one "
                                         "by its id (%2).")
                 .arg(safeServerText(text), ids.join(QStringLiteral(", "))));
    return std::nullopt;
}

QString shownTitle(const Membership &membership)
{
    return safeServerText(membership.title);
}

} // namespace alliance::workspace
