// Steps 1 to 4 in the report: the diagnosis, the partners' objectives, the
// model and the ecosystem, as they were entered.
#include "evaluation/maturityadvice.h"
#include "evaluation/needsviews.h"
#include "evaluation/recommendation.h"
#include "evaluation/scores.h"
#include "model/shorttext.h"
#include "report/reportwriting.h"

namespace alliance::report {

void diagnoseBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    // Each organisation's view of each need, one under the other: per need,
    // where the priorities differ, then each view that was given, whole (a
    // table cell would cut a long answer).
    const evaluation::NeedsViews views = evaluation::needsViews(p);
    blocks.append(Block::subheading(Writing::tr("Needs of the territory, from each partner's view")));
    bool any = false;
    for (const auto &n : views.needs) {
        QList<evaluation::NeedView> shown;
        for (const auto &v : n.views)
            if (!v.answer.isEmpty() || !v.priority.isEmpty())
                shown.append(v);
        if (n.shared)
            shown.append(*n.shared);
        if (shown.isEmpty())
            continue;
        any = true;
        QString needName = n.needId;
        for (const auto &t : method::territoryNeeds())
            if (t.id == n.needId)
                needName = method::tr(t.name);
        QString said;
        if (n.difference)
            said = Writing::tr("priorities differ: %1.").arg(n.difference->priorities);
        else if (n.prioritised >= 2)
            said = Writing::tr("the same priority for the %n partners who set one.", nullptr, n.prioritised);
        else if (const int answered = int(shown.size()) - (n.shared ? 1 : 0); answered > 0)
            said = Writing::tr("%n partner(s) answered.", nullptr, answered);
        else
            said = Writing::tr("answered before each partner had its own view.");
        blocks.append(Block::field(needName, said));
        QStringList items;
        for (const auto &v : std::as_const(shown)) {
            const QString who = v.organisationId.isNull() ? Writing::tr("Shared view (earlier file format)")
                                                          : w.organisation(v.organisationId);
            const QString priority = v.priority.isEmpty()
                ? Writing::tr("no priority")
                : Writing::tr("priority %1").arg(choiceLabel(method::needPriorities(), v.priority).toLower());
            items.append(v.answer.isEmpty() ? Writing::tr("%1, %2.").arg(who, priority)
                                            : Writing::tr("%1, %2: %3").arg(who, priority, v.answer));
        }
        blocks.append(Block::bullets(items));
    }
    if (!any)
        blocks.append(Block::empty(Writing::tr("No need of the territory was described.")));

    Table maturity {{Writing::tr("Organisation")}, {}, {}};
    for (const auto &axis : method::maturityAxes())
        maturity.header.append(method::tr(axis.label));
    maturity.header << Writing::tr("Overall") << Writing::tr("Questions answered");
    for (int c = 1; c < maturity.header.size(); ++c)
        maturity.numericColumns.append(c);
    QList<evaluation::OrganisationMaturity> answered;
    for (const auto &m : evaluation::maturity(p)) {
        if (m.answered == 0)
            continue;
        answered.append(m);
        QStringList row {w.organisation(m.organisationId)};
        for (const auto &axis : m.axes)
            row.append(w.percent(axis.percent));
        row << w.percent(m.overall) << Writing::tr("%1 of %2").arg(m.answered).arg(m.expected);
        maturity.rows.append(row);
    }
    blocks.append(Block::subheading(Writing::tr("Maturity of the partners")));
    blocks.append(maturity.rows.isEmpty() ? Block::empty(Writing::tr("No partner has answered the maturity questions."))
                                          : Block::tableOf(maturity));
    if (answered.isEmpty())
        return;
    // The self-diagnostic ends with the tools to use next, axis by axis.
    blocks.append(Block::subheading(Writing::tr("Next tools to use")));
    for (const auto &m : std::as_const(answered)) {
        const evaluation::MaturityAdvice advice = evaluation::maturityAdvice(m);
        blocks.append(Block::field(w.organisation(m.organisationId), advice.summary));
        QStringList axes;
        for (const auto &a : advice.axes)
            axes.append(a.sentence);
        blocks.append(Block::bullets(axes));
    }
}

void objectivesBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    if (!p.partnership.commonStake.isEmpty())
        blocks.append(Block::field(Writing::tr("Common stake"), p.partnership.commonStake));
    Table weights {{Writing::tr("Organisation")}, {}, {}};
    for (const auto &objective : method::objectives()) {
        weights.header.append(method::tr(objective.name));
        weights.numericColumns.append(int(weights.header.size()) - 1);
    }
    QStringList texts;
    for (const auto &o : p.organisations) {
        QStringList row {shortName(o.name)};
        bool any = false;
        for (const auto &objective : method::objectives()) {
            QString cell = Writing::dash();
            for (const auto &weight : p.objectiveWeights) {
                if (weight.organisationId != o.id || weight.objectiveId != objective.id)
                    continue;
                cell = w.percent(weight.weight);
                any = true;
                if (!weight.text.isEmpty())
                    texts.append(Writing::tr("%1, %2: %3").arg(o.name, method::tr(objective.name), weight.text));
            }
            row.append(cell);
        }
        if (any)
            weights.rows.append(row);
    }
    blocks.append(Block::subheading(Writing::tr("The carré magique of each partner")));
    if (weights.rows.isEmpty()) {
        blocks.append(Block::empty(Writing::tr("No partner has weighted its objectives.")));
        return;
    }
    blocks.append(Block::tableOf(weights));
    if (!texts.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("What each partner expects")));
        blocks.append(Block::bullets(texts));
    }
}

void modelBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    const evaluation::Recommendation r = evaluation::recommend(p);
    // The same sentences as the Model page and `info`: readings, who is
    // apart, then the suggestion or the model and how it serves each partner.
    blocks.append(Block::subheading(Writing::tr("Each partner's reading")));
    blocks.append(Block::bullets(r.explanation));

    blocks.append(Block::subheading(Writing::tr("The relationship described")));
    const method::Category *category = method::findCategory(r.describedCategoryId);
    const method::Model *model = method::findModel(r.modelId);
    if (!category) {
        blocks.append(Block::empty(Writing::tr("The partners have not described their relationship yet.")));
        return;
    }
    blocks.append(Block::field(Writing::tr("What the relationship is"), method::tr(category->relationship)));
    if (model)
        blocks.append(Block::field(method::tr(category->modelQuestion), method::tr(model->answer)));
    blocks.append(Block::field(Writing::tr("Category"), method::tr(category->name)));
    if (model) {
        blocks.append(Block::field(Writing::tr("Model"), method::tr(model->name)));
        blocks.append(Block::paragraph(method::tr(model->definition)));
    }
    if (!p.partnership.modelJustification.isEmpty())
        blocks.append(Block::field(Writing::tr("Why this model"), p.partnership.modelJustification));
}

void ecosystemBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    Table organisations {
        {Writing::tr("Organisation"), Writing::tr("Profile"), Writing::tr("Role"), Writing::tr("Territory")}, {}, {}};
    for (const auto &o : p.organisations) {
        QStringList territory;
        for (const QString &part : {o.departement, o.region})
            if (!part.isEmpty())
                territory.append(part);
        organisations.rows.append({o.isPrivate ? Writing::tr("%1 (private)").arg(shortName(o.name)) : shortName(o.name),
                                   choiceLabel(method::organisationProfiles(), o.profile),
                                   choiceLabel(method::organisationRoles(), o.role),
                                   territory.join(QStringLiteral(", "))});
    }
    blocks.append(Block::subheading(Writing::tr("Organisations")));
    blocks.append(organisations.rows.isEmpty() ? Block::empty(Writing::tr("No organisation has been added."))
                                               : Block::tableOf(organisations));

    Table contacts {
        {Writing::tr("Name"), Writing::tr("Organisation"), Writing::tr("Function"), Writing::tr("Steering committee")},
        {},
        {}};
    for (const auto &c : p.contacts)
        contacts.rows.append({c.isPrivate ? Writing::tr("%1 (private)").arg(shortName(c.name)) : shortName(c.name),
                              w.organisation(c.organisationId), c.function, w.yesNo(c.steeringCommittee)});
    if (!contacts.rows.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Contacts")));
        blocks.append(Block::tableOf(contacts));
    }

    Table catalysts {{Writing::tr("Catalyst function"), Writing::tr("Organisation"), Writing::tr("Note")}, {}, {}};
    for (const auto &function : method::catalystFunctions())
        for (const auto &a : p.catalystAssignments)
            if (a.functionId == function.id)
                catalysts.rows.append({method::tr(function.name), w.organisation(a.organisationId), a.note});
    if (!catalysts.rows.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Catalyst functions")));
        blocks.append(Block::tableOf(catalysts));
    }

    QStringList links;
    for (const auto &l : p.actorLinks)
        links.append(l.label.isEmpty()
                         ? Writing::tr("%1 – %2").arg(w.organisation(l.fromId), w.organisation(l.toId))
                         : Writing::tr("%1 – %2: %3").arg(w.organisation(l.fromId), w.organisation(l.toId), l.label));
    if (!links.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Links between actors")));
        blocks.append(Block::bullets(links));
    }
}

} // namespace alliance::report
