#include "report/reportbuilder.h"
#include "model/shorttext.h"

#include "evaluation/meetings.h"
#include "model/privacy.h"
#include "report/reportsynthesis.h"
#include "report/reportwriting.h"

namespace alliance::report {

Block Block::subheading(const QString &text)
{
    Block b;
    b.kind = Kind::Subheading;
    b.text = text;
    return b;
}

Block Block::minorheading(const QString &text)
{
    Block b;
    b.kind = Kind::Minorheading;
    b.text = text;
    return b;
}

Block Block::field(const QString &label, const QString &text)
{
    Block b;
    b.kind = Kind::Field;
    b.label = label;
    b.text = text;
    return b;
}

Block Block::paragraph(const QString &text)
{
    Block b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

Block Block::bullets(const QStringList &items)
{
    Block b;
    b.kind = Kind::Bullets;
    b.items = items;
    return b;
}

Block Block::tableOf(const Table &table)
{
    Block b;
    b.kind = Kind::TableBlock;
    b.table = table;
    return b;
}

Block Block::charts()
{
    Block b;
    b.kind = Kind::Charts;
    return b;
}

Block Block::empty(const QString &text)
{
    Block b;
    b.kind = Kind::Empty;
    b.text = text;
    return b;
}

namespace {

Cover coverOf(const Writing &w, const Options &options)
{
    const Project &p = w.project();
    Cover c;
    c.title = p.partnership.title;
    c.stake = p.partnership.commonStake;
    if (const Organisation *lead = p.leadOrganisation()) {
        c.lead = shortName(lead->name);
        c.leadLogo = p.logoOf(lead->id);
    }
    for (const auto &o : p.organisations)
        c.partners.append(o.role.isEmpty() ? shortName(o.name)
                                           : Writing::tr("%1 (%2)").arg(
                                               shortName(o.name), choiceLabel(method::organisationRoles(), o.role)));
    if (p.partnership.startDate.isValid() || p.partnership.endDate.isValid())
        c.period = w.period(p.partnership.startDate, p.partnership.endDate);
    if (options.preset == Preset::Committee && options.sections.isEmpty()) {
        // The pack is for a meeting to come: its date is that meeting's, not the day it is printed.
        const Meeting *next = evaluation::nextMeeting(p, options.date);
        const QString name = next && !next->title.trimmed().isEmpty()
            ? shortName(next->title)
            : (next ? choiceLabel(method::meetingKinds(), next->kind) : QString());
        c.dateLine = next
            ? Writing::tr("Pack for “%1” of %2, prepared on %3").arg(name, w.date(next->date), w.date(options.date))
            : Writing::tr("Steering committee pack, prepared on %1").arg(w.date(options.date));
    } else {
        c.dateLine = Writing::tr("Evaluation report of %1").arg(w.date(options.date));
    }
    return c;
}

QList<Block> stepBlocks(const Writing &w, const QString &stepId)
{
    QList<Block> blocks = stepFollowUp(w, stepId);
    using Builder = void (*)(const Writing &, QList<Block> &);
    static const QList<QPair<QString, Builder>> builders = {
        {QStringLiteral("diagnose"), diagnoseBlocks}, {QStringLiteral("objectives"), objectivesBlocks},
        {QStringLiteral("model"), modelBlocks},       {QStringLiteral("ecosystem"), ecosystemBlocks},
        {QStringLiteral("cobuild"), cobuildBlocks},   {QStringLiteral("pilot"), pilotBlocks},
        {QStringLiteral("evaluate"), evaluateBlocks},
    };
    for (const auto &[id, build] : builders)
        if (id == stepId)
            build(w, blocks);
    return blocks;
}

} // namespace

Project reportedProject(const Project &project, const Options &options)
{
    return options.includePrivate ? project : withoutPrivateItems(project);
}

Report buildReport(const Project &project, const Options &options)
{
    const Project shown = reportedProject(project, options);
    const Writing w(shown, options.language, options.date);
    Report r;
    r.language = options.language;
    r.cover = coverOf(w, options);
    r.contentsTitle = Writing::tr("Contents");
    r.footerDate = w.date(options.date);
    r.pageOf = Writing::tr("Page %1 of %2");
    // What changed since the last committee, read once for the sections that print it.
    std::optional<ChangesSince> changes;
    const auto changesRead = [&]() -> const ChangesSince & {
        if (!changes)
            changes = reportedChanges(w, project, options);
        return *changes;
    };
    for (const QString &id : sectionIds()) {
        if (!includes(options, id))
            continue;
        Section s;
        if (const method::Step *step = method::findStep(id)) {
            s.title = Writing::tr("%1. %2").arg(step->number).arg(method::tr(step->name));
            s.blocks = stepBlocks(w, id);
        } else {
            if (id == QLatin1String("synthesis"))
                s = synthesisSection(w, changesRead());
            else if (id == QLatin1String("committee"))
                s = committeeSection(w, changesRead());
            else if (id == QLatin1String("dashboard"))
                s.blocks.append(Block::charts());
            else if (id == QLatin1String("indicators"))
                s = indicatorsSection(w);
            else if (id == QLatin1String("reviews"))
                s = reviewsSection(w);
            else if (id == QLatin1String("lessons"))
                s = lessonsSection(w);
            s.title = sectionName(id);
        }
        s.id = id;
        r.sections.append(s);
    }
    return r;
}

} // namespace alliance::report
