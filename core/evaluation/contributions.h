#pragma once
// What the partners bring (step 5): each partner's contributions valued in
// euros, per kind of contribution, and each partner's share of the whole.

#include "model/project.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace alliance::evaluation {

/// The valued contributions of one partner (or of no partner).
struct PartnerContributions
{
    /// The organisation; null for the line gathering contributions that name
    /// no organisation, or one the project no longer shows (deleted).
    QUuid organisationId;
    /// Euros per kind, in method::contributionKinds() order.
    QList<double> byKind;
    double totalEuros = 0;
    int count = 0; ///< contributions counted (non-finite values are not)
    /// totalEuros in percent of the grand total; empty when the grand total
    /// is not positive (nothing to share). Negative values are summed as they
    /// are, so a share may then fall outside 0..100.
    std::optional<double> sharePercent;
};

/// Every contribution of a project, added up.
struct ContributionSummary
{
    /// One line per organisation of the project, in project order (an
    /// organisation without contributions has zeros), then one line with a
    /// null id when some contributions name no shown organisation.
    QList<PartnerContributions> partners;
    /// Grand total per kind, in method::contributionKinds() order.
    QList<double> byKind;
    /// byKind in percent of the grand total; each empty when the grand total is not positive.
    QList<std::optional<double>> kindSharePercent;
    double grandTotal = 0;
    int count = 0;
};

/// Adds up `project.contributions` by partner and by kind. A value that is
/// not finite (NaN, infinity) is ignored; a contribution of an unknown kind
/// counts in its partner's total and the grand total, in no kind.
ContributionSummary summariseContributions(const Project &project);

} // namespace alliance::evaluation
