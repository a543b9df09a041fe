// `alliance-pilot workspace init|publish|list|sync|members|member|pull …`: a shared workspace on
// PostgreSQL (core/workspace). The password is never an argument: libpq
// reads it from PGPASSFILE (or ~/.pgpass).
#include "cli/cli.h"
#include "cli/terminaltext.h"
#include "cli/verbparser.h"
#include "cli/verbs.h"
#include "document/document.h"
#include "document/installation.h"
#include "workspace/connection.h"
#include "workspace/workspaceinit.h"
#include "workspace/workspacemembers.h"
#include "workspace/workspacepull.h"
#include "workspace/workspacesync.h"

#include <QCoreApplication>
#include <QTextStream>

namespace alliance::cli {

namespace {

struct Action
{
    const char *name;
    const char *synopsis;
    int positionals; ///< besides the action's name
    int urlAt;       ///< which of them is the workspace's address
};

const Action actions[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "workspace init URL"), 1, 0},
    {"publish", QT_TRANSLATE_NOOP("Cli", "workspace publish FILE URL"), 2, 1},
    {"list", QT_TRANSLATE_NOOP("Cli", "workspace list URL"), 1, 0},
    {"sync", QT_TRANSLATE_NOOP("Cli", "workspace sync FILE URL"), 2, 1},
    {"members", QT_TRANSLATE_NOOP("Cli", "workspace members FILE URL"), 2, 1},
    {"member", QT_TRANSLATE_NOOP("Cli", "workspace member FILE URL MANAGER reader|editor|owner|none"), 4, 1},
    {"pull", QT_TRANSLATE_NOOP("Cli", "workspace pull URL PARTNERSHIP -o OUT"), 2, 0},
};

QCommandLineOption outOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("Cli", "pull: the project file to write (a new file)."),
            QCoreApplication::translate("Cli", "OUT")};
}

VerbSyntax syntaxOf(const Action *action)
{
    QStringList synopses;
    for (const Action &a : actions)
        synopses << QCoreApplication::translate("Cli", a.synopsis);
    return {action ? QCoreApplication::translate("Cli", action->synopsis) : synopses.join(QStringLiteral(" | ")),
            QCoreApplication::translate(
                "Cli",
                "A shared workspace on PostgreSQL, URL written postgresql://user@host/database (the password "
                "from PGPASSFILE): init makes an empty database one; publish puts the partnership of FILE in it; "
                "list shows the partnerships you are a member of; sync exchanges the changes of FILE with it and "
                "saves FILE; members lists who may read or edit the partnership of FILE; member gives a manager "
                "a level in it, or none (owners only); pull makes a project file of a partnership you are a member "
                "of, named by its id or its title as list shows it."),
            {outOption()},
            action ? action->positionals + 1 : 1};
}

std::unique_ptr<workspace::Connection> connect(const QString &url, QString *shown, QString *error)
{
    const auto address = workspace::Address::parse(url, error);
    if (!address)
        return nullptr;
    *shown = address->toString();
    return workspace::Connection::open(*address, QString(), error);
}

} // namespace

int runWorkspace(const QStringList &arguments, QTextStream &out, QTextStream &err, const DocumentOptions &options)
{
    const Action *action = nullptr;
    if (arguments.size() > 1)
        for (const Action &a : actions)
            if (arguments.at(1) == QLatin1String(a.name))
                action = &a;
    const VerbSyntax syntax = syntaxOf(action);
    QCommandLineParser parser;
    if (const auto done = parseVerb(parser, syntax, arguments, out, err))
        return *done;
    if (!action)
        return usageError(syntax,
                          QCoreApplication::translate("Cli", "Unknown workspace action: %1")
                              .arg(printable(parser.positionalArguments().constFirst())),
                          err);
    const QStringList given = parser.positionalArguments().mid(1);
    if (qstrcmp(action->name, "member") == 0 && given.at(3) != QLatin1String("none")
        && !workspace::levelFromName(given.at(3)))
        return usageError(syntax, QCoreApplication::translate("Cli", "Unknown level: %1").arg(printable(given.at(3))),
                          err);
    const bool pulling = qstrcmp(action->name, "pull") == 0;
    if (pulling != parser.isSet(outOption()))
        return usageError(syntax,
                          pulling ? QCoreApplication::translate("Cli", "Give the file to write (-o OUT).")
                                  : QCoreApplication::translate("Cli", "Only pull writes a new file (-o OUT)."),
                          err);
    if (pulling)
        if (const auto refused = refuseTarget(syntax, parser.value(outOption()), {}, err))
            return *refused;
    QString error, shown;
    const auto connection = connect(given.at(action->urlAt), &shown, &error);
    if (!connection)
        return refuse(error, err);
    auto line = [&out](const QString &text) { out << printable(text) << '\n'; };

    if (qstrcmp(action->name, "init") == 0) {
        if (!workspace::initWorkspace(*connection, &error))
            return refuse(error, err);
        line(QCoreApplication::translate("Cli", "Workspace ready: %1").arg(shown));
    } else if (qstrcmp(action->name, "list") == 0) {
        const auto list = workspace::memberships(*connection, &error);
        if (!list)
            return refuse(error, err);
        for (const auto &m : *list) {
            // Counted apart: lupdate loses its way in a template call inside translate().
            const int changes = m.changes > INT_MAX ? INT_MAX : int(m.changes);
            line(QCoreApplication::translate("Cli", "%1 (%2, %n change(s))", nullptr, changes)
                     .arg(m.title,
                          workspace::levelLabel(workspace::levelFromName(m.level).value_or(workspace::Level::Reader))));
        }
        if (list->isEmpty())
            line(QCoreApplication::translate("Cli", "You are a member of no partnership of this workspace yet."));
    } else if (pulling) {
        const auto list = workspace::memberships(*connection, &error);
        if (!list)
            return refuse(error, err);
        const auto chosen = workspace::findMembership(*list, given.constLast(), &error);
        if (!chosen)
            return refuse(error, err);
        const Author author = installation::author();
        const QString target = parser.value(outOption());
        if (!workspace::pullToFile(*connection, chosen->partnership, shown, target, author, options, &error))
            return refuse(error, err);
        line(QCoreApplication::translate("Cli", "Wrote %1: “%2”, of which you are %3 in the workspace.")
                 .arg(target, workspace::shownTitle(*chosen),
                      workspace::levelLabel(
                          workspace::levelFromName(chosen->level).value_or(workspace::Level::Reader))));
    } else {
        CheckResult check;
        const Author author = installation::author();
        auto doc = Document::open(given.constFirst(), author, options, &check);
        if (!doc)
            return refuse(check.message, err);
        if (qstrcmp(action->name, "publish") == 0) {
            if (!workspace::publish(*doc, *connection, &error))
                return refuse(error, err);
            line(QCoreApplication::translate("Cli", "Published “%1” to %2: you are its owner.")
                     .arg(doc->project().partnership.title, shown));
        } else if (qstrcmp(action->name, "members") == 0) {
            const auto members = workspace::membersOf(*connection, doc->partnershipId(), &error);
            if (!members)
                return refuse(error, err);
            for (const workspace::Member &m : *members)
                line(QCoreApplication::translate("Cli", "%1 (%2)").arg(m.manager, workspace::levelLabel(m.level)));
        } else if (qstrcmp(action->name, "member") == 0) {
            const QString manager = given.at(2);
            const auto level = workspace::levelFromName(given.at(3)); // "none" when not one, checked above
            if (!workspace::setMember(*connection, doc->partnershipId(), manager, level, &error))
                return refuse(error, err);
            line(level ? QCoreApplication::translate("Cli", "%1 is now %2 of “%3”.")
                             .arg(manager, workspace::levelLabel(*level), doc->project().partnership.title)
                       : QCoreApplication::translate("Cli", "%1 is no longer a member of “%2”.")
                             .arg(manager, doc->project().partnership.title));
        } else {
            const auto result = workspace::syncDocument(*doc, *connection, shown, &error);
            if (!result)
                return refuse(error, err);
            if (result->received > 0 && !doc->save(&error))
                return refuse(error, err);
            if (result->readOnly)
                line(QCoreApplication::translate("Cli", "You read this partnership only: nothing was sent."));
            line(QCoreApplication::translate("Cli", "%n change(s) came in", nullptr, int(result->received))
                 + QStringLiteral(", ")
                 + QCoreApplication::translate("Cli", "%n change(s) sent", nullptr, int(result->sent))
                 + QStringLiteral(", ")
                 + QCoreApplication::translate("Cli", "%n conflict(s) settled by the latest change.", nullptr,
                                               int(result->conflicts.size())));
        }
    }
    out.flush();
    return Ok;
}

} // namespace alliance::cli
