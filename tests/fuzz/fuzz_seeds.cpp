// fuzzSeeds OUTDIR: makes the fuzz targets' seed corpus by code (no stored
// binaries), and checks every seed does what it is there for:
//   OUTDIR/mine.alliance   the example project, edited: fuzz_merge's "mine"
//   OUTDIR/open/           files that validateProjectFile accepts: the
//                          example, a partner's copy, a small new project, a
//                          format-1 file (migrated on open)
//   OUTDIR/merge/          copies of mine's partnership that planMerge
//                          accepts against mine: the same file, a copy
//                          edited elsewhere (with conflicts), a partner's copy
//                          edited by the partner, a format-2 copy
// Exits 1, saying why, when a seed cannot be made or is not accepted.
#include "document/document.h"
#include "example/examplegenerator.h"
#include "fuzzsupport.h"
#include "journal/hlc.h"
#include "model/project.h"
#include "storage/filecheck.h"
#include "storage/schema.h"
#include "storage/sqlitedb.h"
#include "sync/merge.h"
#include "sync/partnercopy.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace alliance;

namespace {

QString outDir;
QString work;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "fuzzSeeds: %s\n", qPrintable(what));
    std::exit(1);
}

Author author(const QString &name, const QUuid &organisation = {})
{
    // Each author is its own installation, as on partners' computers.
    return Author {name, organisation, QUuid::createUuid()};
}

std::unique_ptr<Document> open(const QString &path, const Author &who)
{
    CheckResult check;
    auto doc = Document::open(path, who, fuzz::optionsIn(work), &check);
    if (!doc)
        die(QStringLiteral("%1 does not open: %2").arg(path, check.message));
    return doc;
}

void apply(Document &doc, const ChangeSet &changes)
{
    QString error;
    if (!doc.apply(changes, &error))
        die(QStringLiteral("edit “%1” refused: %2").arg(changes.description, error));
}

void saveAs(Document &doc, const QString &path)
{
    QString error;
    QFile::remove(path);
    if (!doc.saveAs(path, &error))
        die(QStringLiteral("cannot save %1: %2").arg(path, error));
}

/// Edits touching several tables, as another person would make them.
void editElsewhere(Document &doc, const QString &who)
{
    const Project &p = doc.project();
    if (p.actions.isEmpty() || p.indicators.isEmpty() || p.contributions.isEmpty() || p.objectiveWeights.isEmpty())
        die(QStringLiteral("the example lacks actions, indicators, contributions or weights"));
    const QUuid partnership = p.partnership.id;
    const QUuid action = p.actions.last().id;
    const QUuid indicator = p.indicators.first().id;
    const QUuid weight = p.objectiveWeights.first().id;
    const auto &model = p.contributions.first();
    const QUuid organisation = model.organisationId;
    const QString kind = model.kind;
    apply(doc,
          ChangeSet(QStringLiteral("Title"))
              .set(QStringLiteral("partnership"), partnership, QStringLiteral("title"),
                   QStringLiteral("Alliance <b>%1</b>").arg(who)));
    apply(doc,
          ChangeSet(QStringLiteral("Weight text"))
              .set(QStringLiteral("objective_weight"), weight, QStringLiteral("text"),
                   QStringLiteral("Revu par %1").arg(who)));
    const QUuid contribution = QUuid::createUuid();
    apply(doc,
          ChangeSet(QStringLiteral("Contribution"))
              .set(QStringLiteral("contribution"), contribution, QStringLiteral("organisation_id"), organisation)
              .set(QStringLiteral("contribution"), contribution, QStringLiteral("kind"), kind)
              .set(QStringLiteral("contribution"), contribution, QStringLiteral("description"),
                   QStringLiteral("Apport de %1").arg(who))
              .set(QStringLiteral("contribution"), contribution, QStringLiteral("quantity"), 12.5));
    const QUuid measurement = QUuid::createUuid();
    apply(doc,
          ChangeSet(QStringLiteral("Measurement"))
              .set(QStringLiteral("measurement"), measurement, QStringLiteral("indicator_id"), indicator)
              .set(QStringLiteral("measurement"), measurement, QStringLiteral("date"), QDate(2026, 1, 15))
              .set(QStringLiteral("measurement"), measurement, QStringLiteral("value"), 42.0));
    apply(doc, ChangeSet(QStringLiteral("Remove action")).remove(QStringLiteral("action"), action));
}

/// A format-`version` file holding mine's partnership and one journal entry, as an older app writes it.
void writeOldFormat(const QString &path, int version, const QUuid &partnership, const QString &title)
{
    QFile::remove(path);
    SqliteDb db;
    if (!db.open(path, SqliteDb::Mode::Create))
        die(QStringLiteral("cannot create %1").arg(path));
    const QString id = schema::idText(partnership);
    const QString installation = schema::idText(QUuid::createUuid());
    const QString clock = Hlc {QDateTime::currentMSecsSinceEpoch() - 60000, 0, installation}.toString();
    QStringList sql {QStringLiteral("BEGIN")};
    sql << schema::ddl(version);
    sql << QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)
        << QStringLiteral("PRAGMA user_version = %1").arg(version)
        << QStringLiteral("INSERT INTO partnership (id, title) VALUES ('%1', '%2')").arg(id, title)
        << QStringLiteral("INSERT INTO organisation (id, name, profile, role) VALUES ('%1', 'Ancienne', "
                          "'association', 'partner')")
               .arg(schema::idText(QUuid::createUuid()))
        << QStringLiteral("INSERT INTO journal (change_id, entity, entity_id, field, value, hlc, author_name, "
                          "author_org, installation) VALUES ('%1', 'partnership', '%2', 'title', '%3', '%4', "
                          "'Old version', '', '%5')")
               .arg(schema::idText(QUuid::createUuid()), id, title, clock, installation)
        << QStringLiteral("COMMIT");
    for (const QString &s : sql)
        if (!db.exec(s))
            die(QStringLiteral("%1: %2").arg(s, db.errorMessage()));
}

} // namespace

int main(int argc, char **argv)
{
    fuzz::setUpQt(&argc, &argv, "fuzz-seeds");
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzzSeeds OUTDIR\n");
        return 2;
    }
    outDir = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    work = fuzz::scratch(QStringLiteral("working"));
    const QString openDir = outDir + QStringLiteral("/open"), mergeDir = outDir + QStringLiteral("/merge");
    for (const QString &d : {openDir, mergeDir}) {
        QDir(d).removeRecursively();
        if (!QDir().mkpath(d))
            die(QStringLiteral("cannot make %1").arg(d));
    }
    const QString minePath = outDir + QStringLiteral("/mine.alliance");
    QString error;

    // The example, saved as it is: the base of every copy.
    auto manager = Document::createNew(QString(), author(QStringLiteral("Manager")), fuzz::optionsIn(work), {}, &error);
    if (!manager || !example::fillExample(*manager, &error))
        die(QStringLiteral("cannot make the example: %1").arg(error));
    const QString base = fuzz::scratch(QStringLiteral("base")) + QStringLiteral("/base.alliance");
    saveAs(*manager, base);
    QFile::copy(base, openDir + QStringLiteral("/example.alliance"));

    // A partner's copy, edited by the partner.
    const Organisation *partner = nullptr;
    for (const auto &o : manager->project().organisations)
        if (o.role != QLatin1String("lead") && !o.isPrivate)
            partner = &o;
    if (!partner)
        die(QStringLiteral("the example has no partner to share with"));
    const QUuid partnerId = partner->id;
    const QString partnerCopy = mergeDir + QStringLiteral("/partner-copy-edited.alliance");
    if (!sync::sharePartnerCopy(*manager, partnerId, partnerCopy, &error))
        die(QStringLiteral("cannot share: %1").arg(error));
    {
        auto copy = open(partnerCopy, author(QStringLiteral("Partenaire"), partnerId));
        editElsewhere(*copy, QStringLiteral("partenaire"));
        if (!copy->save(&error))
            die(error);
    }
    QFile::copy(partnerCopy, openDir + QStringLiteral("/partner-copy.alliance"));

    // The whole file, edited by a colleague of the manager.
    {
        auto copy = open(base, author(QStringLiteral("Collègue")));
        editElsewhere(*copy, QStringLiteral("collègue"));
        saveAs(*copy, mergeDir + QStringLiteral("/colleague-copy-edited.alliance"));
    }

    // Mine: the manager edits the same fields after them (conflicts), and saves.
    editElsewhere(*manager, QStringLiteral("gestionnaire"));
    saveAs(*manager, minePath);
    QFile::copy(minePath, mergeDir + QStringLiteral("/same-as-mine.alliance"));
    writeOldFormat(mergeDir + QStringLiteral("/format-2-copy.alliance"), 2, manager->partnershipId(),
                   QStringLiteral("Titre écrit par une version 2"));
    const QUuid partnership = manager->partnershipId();
    manager.reset();

    // Files of other partnerships, for opening only.
    {
        auto small = Document::createNew(QStringLiteral("Petite alliance"), author(QStringLiteral("Nouveau")),
                                         fuzz::optionsIn(work), {}, &error);
        if (!small)
            die(error);
        const QUuid org = QUuid::createUuid();
        apply(*small,
              ChangeSet(QStringLiteral("Organisation"))
                  .set(QStringLiteral("organisation"), org, QStringLiteral("name"), QStringLiteral("Asso"))
                  .set(QStringLiteral("organisation"), org, QStringLiteral("profile"), QStringLiteral("association"))
                  .set(QStringLiteral("organisation"), org, QStringLiteral("role"), QStringLiteral("lead")));
        saveAs(*small, openDir + QStringLiteral("/small-new.alliance"));
    }
    writeOldFormat(openDir + QStringLiteral("/format-1.alliance"), 1, QUuid::createUuid(), QStringLiteral("Format 1"));

    // Every seed is accepted where it is used; the edited copies bring changes (and conflicts) in.
    for (const QString &name : fuzz::entries(openDir)) {
        const CheckResult check = validateProjectFile(openDir + QLatin1Char('/') + name);
        if (!check.ok())
            die(QStringLiteral("open seed %1 refused: %2").arg(name, check.message));
        open(openDir + QLatin1Char('/') + name, author(QStringLiteral("Check")));
    }
    auto mine = open(minePath, author(QStringLiteral("Check")));
    if (mine->partnershipId() != partnership)
        die(QStringLiteral("mine changed partnership"));
    for (const QString &name : fuzz::entries(mergeDir)) {
        CheckResult refusal;
        const auto plan = sync::planMerge(*mine, mergeDir + QLatin1Char('/') + name, &refusal);
        if (!plan)
            die(QStringLiteral("merge seed %1 refused: %2").arg(name, refusal.message));
        const bool same = name.startsWith(QLatin1String("same"));
        if (plan->isEmpty() != same || (name.contains(QLatin1String("edited")) && plan->conflicts.isEmpty()))
            die(QStringLiteral("merge seed %1: %2 incoming changes, %3 conflicts")
                    .arg(name)
                    .arg(plan->incoming.size())
                    .arg(plan->conflicts.size()));
        std::printf("merge seed %s: %lld incoming changes, %lld conflicts\n", qPrintable(name),
                    qint64(plan->incoming.size()), qint64(plan->conflicts.size()));
    }
    std::printf("seeds written to %s\n", qPrintable(outDir));
    return 0;
}
