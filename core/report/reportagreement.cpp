// Steps 5 to 7 in the report: the agreement and its resources, the actions
// being piloted, and the reviews held.
#include "evaluation/contributions.h"
#include "evaluation/overdue.h"
#include "evaluation/scores.h"
#include "model/shorttext.h"
#include "report/reportminutes.h"
#include "report/reportwriting.h"

#include <algorithm>

namespace alliance::report {

void cobuildBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    const Partnership &ps = p.partnership;
    blocks.append(Block::subheading(Writing::tr("Governance")));
    if (!ps.governance.isEmpty())
        blocks.append(Block::field(Writing::tr("How decisions are taken"), ps.governance));
    if (!ps.meetingCadence.isEmpty())
        blocks.append(Block::field(Writing::tr("Meetings"), ps.meetingCadence));
    QStringList committee;
    for (const auto &c : p.contacts)
        if (c.steeringCommittee)
            committee.append(Writing::tr("%1, %2").arg(shortName(c.name), w.organisation(c.organisationId)));
    if (!committee.isEmpty()) {
        blocks.append(Block::field(Writing::tr("Steering committee"), QString()));
        blocks.append(Block::bullets(committee));
    }
    if (ps.governance.isEmpty() && ps.meetingCadence.isEmpty() && committee.isEmpty())
        blocks.append(Block::empty(Writing::tr("The governance has not been described yet.")));

    // Money is written once, as its value; other kinds give their quantity
    // in their unit's words beside the value.
    Table contributions {{Writing::tr("Partner"), Writing::tr("Kind"), Writing::tr("Description"),
                          Writing::tr("Quantity"), Writing::tr("Value")},
                         {},
                         {3, 4}};
    for (const auto &c : p.contributions)
        contributions.rows.append({w.organisation(c.organisationId), choiceLabel(method::contributionKinds(), c.kind),
                                   c.description, w.quantity(c.quantity, c.kind), w.euros(c.valueEuros)});
    blocks.append(Block::subheading(Writing::tr("Contributions")));
    if (contributions.rows.isEmpty()) {
        blocks.append(Block::empty(Writing::tr("No contribution has been recorded.")));
    } else {
        blocks.append(Block::tableOf(contributions));
        const evaluation::ContributionSummary summary = evaluation::summariseContributions(p);
        // Quantities stay in each kind's own unit; only the values in euros add up.
        const auto quantities = [&](const QList<double> &byKind) {
            QStringList parts;
            const QList<method::Choice> &kinds = method::contributionKinds();
            const auto given = std::count_if(byKind.cbegin(), byKind.cend(), [](double q) { return q != 0; });
            for (int k = 0; k < kinds.size() && k < byKind.size(); ++k) {
                if (byKind.at(k) == 0)
                    continue;
                const QString kind = method::tr(kinds.at(k).label);
                if (evaluation::contributionUnit(kinds.at(k).id) != evaluation::ContributionUnit::Currency)
                    parts.append(Writing::tr("%1: %2").arg(kind, w.quantity(byKind.at(k), kinds.at(k).id)));
                else if (given > 1) // the amount of money within the total
                    parts.append(Writing::tr("%1: %2").arg(kind, w.euros(byKind.at(k))));
                else // money alone: the total says the amount, once
                    parts.append(kind);
            }
            return parts.isEmpty() ? Writing::dash() : parts.join(QStringLiteral(" · "));
        };
        Table totals {
            {Writing::tr("Partner"), Writing::tr("What it brings"), Writing::tr("Total value"), Writing::tr("Share")},
            {},
            {2, 3}};
        for (const auto &partner : summary.partners)
            if (partner.count > 0)
                totals.rows.append({w.organisation(partner.organisationId), quantities(partner.quantityByKind),
                                    w.euros(partner.totalEuros), w.percent(partner.sharePercent)});
        if (summary.count > 0)
            totals.rows.append({Writing::tr("All partners"), quantities(summary.quantityByKind),
                                w.euros(summary.grandTotal),
                                w.percent(summary.grandTotal > 0 ? std::optional<double>(100.0) : std::nullopt)});
        // Not a partner: apart, after the partners' total, with no share.
        if (summary.unassigned)
            totals.rows.append({Writing::tr("Not assigned to a partner yet"),
                                quantities(summary.unassigned->quantityByKind), w.euros(summary.unassigned->totalEuros),
                                Writing::dash()});
        blocks.append(Block::tableOf(totals));
    }

    blocks.append(Block::subheading(Writing::tr("Agreement")));
    if (ps.agreementSigned.isValid())
        blocks.append(Block::field(Writing::tr("Signed on"), w.date(ps.agreementSigned)));
    if (!ps.agreementTerms.isEmpty())
        blocks.append(Block::paragraph(ps.agreementTerms));
    if (!ps.agreementSigned.isValid() && ps.agreementTerms.isEmpty())
        blocks.append(Block::empty(Writing::tr("The agreement has not been written yet.")));
    Table documents {{Writing::tr("Document"), Writing::tr("Where"), Writing::tr("Note")}, {}, {}};
    for (const auto &d : p.keyDocuments)
        documents.rows.append({d.title, d.location, d.note});
    if (!documents.rows.isEmpty()) {
        blocks.append(Block::subheading(Writing::tr("Key documents")));
        blocks.append(Block::tableOf(documents));
    }
}

void pilotBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    Table actions {{Writing::tr("Action"), Writing::tr("Owner"), Writing::tr("Due"), Writing::tr("Status")}, {}, {}};
    int late = 0;
    for (const auto &a : p.actions) {
        QString status = a.status.isEmpty() ? Writing::dash() : choiceLabel(method::actionStatuses(), a.status);
        if (evaluation::isOverdue(a, w.today())) {
            status = Writing::tr("%1, late").arg(status);
            ++late;
        }
        const QString title = a.milestone ? Writing::tr("%1 (milestone)").arg(shortName(a.title)) : shortName(a.title);
        actions.rows.append(
            {title, a.ownerId.isNull() ? Writing::dash() : w.organisation(a.ownerId), w.shortDate(a.dueDate), status});
    }
    blocks.append(Block::subheading(Writing::tr("Actions")));
    if (actions.rows.isEmpty()) {
        blocks.append(Block::empty(Writing::tr("No action has been planned.")));
        meetingsBlocks(w, blocks);
        return;
    }
    blocks.append(
        Block::field(Writing::tr("Late on %1").arg(w.date(w.today())), Writing::tr("%n action(s)", nullptr, late)));
    blocks.append(Block::tableOf(actions));
    meetingsBlocks(w, blocks);
}

void evaluateBlocks(const Writing &w, QList<Block> &blocks)
{
    const Project &p = w.project();
    Table reviews {{Writing::tr("Date"), Writing::tr("Review"), Writing::tr("Kind")}, {}, {}};
    for (const auto &angle : method::evaluationAngles()) {
        reviews.header.append(method::tr(angle.label));
        reviews.numericColumns.append(int(reviews.header.size()) - 1);
    }
    // Each figure with the number of partners behind it (the reviews section
    // gives it per angle).
    reviews.header.append(Writing::tr("Respondents", "column: how many partners answered the review"));
    reviews.numericColumns.append(int(reviews.header.size()) - 1);
    for (const auto &scores : evaluation::scoreReviews(p)) {
        const auto review = std::find_if(p.reviews.cbegin(), p.reviews.cend(),
                                         [&](const Review &r) { return r.id == scores.reviewId; });
        if (review == p.reviews.cend())
            continue;
        QStringList row {w.shortDate(review->date), shortName(review->title),
                         choiceLabel(method::reviewKinds(), review->kind)};
        for (const auto &angle : scores.angles)
            row.append(w.percent(angle.percent));
        row.append(w.number(scores.respondents));
        reviews.rows.append(row);
    }
    blocks.append(Block::subheading(Writing::tr("Reviews held")));
    blocks.append(reviews.rows.isEmpty() ? Block::empty(Writing::tr("No review has been held yet."))
                                         : Block::tableOf(reviews));
}

} // namespace alliance::report
