#pragma once
// What the partners bring (step 5): each partner's contributions per kind, in
// the kind's own unit (euros, days, items), their value in euros, and each
// partner's share of the whole. A contribution that names no partner is
// counted apart: it is not a partner and takes no share.

#include "model/project.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QUuid>
#include <optional>

namespace alliance::evaluation {

/// The unit a contribution's quantity is counted in, decided by its kind.
enum class ContributionUnit {
    Currency, ///< money: the quantity is an amount in euros
    Days,     ///< skills, people (days): person-days
    Items,    ///< material and unknown kinds: a count, as it was entered
};

/// The unit of the kind `kindId` (method::contributionKinds()); Items when unknown.
ContributionUnit contributionUnit(const QString &kindId);

/// `quantity` written with its unit in `locale`: "3 000,00 €", "25 jours"
/// (the unit's words in the installed translation), a count of items as it is
/// ("400"). Never fails; a non-finite quantity is written as the locale does.
QString quantityText(double quantity, ContributionUnit unit, const QLocale &locale);

/// The number to pick a "%n"-plural form for a count of days in both French
/// (0 and 1.5 are singular) and English (1 only is singular).
int dayPluralNumber(double days);

/// The contributions of one partner (or of no partner).
struct PartnerContributions
{
    /// The organisation; null for the line gathering contributions that name
    /// no organisation, or one the project no longer shows (deleted).
    QUuid organisationId;
    /// Value in euros per kind, in method::contributionKinds() order.
    QList<double> byKind;
    /// Quantity per kind in the kind's own unit (contributionUnit()), in
    /// method::contributionKinds() order: never summed across kinds.
    QList<double> quantityByKind;
    double totalEuros = 0; ///< the value in euros of all its contributions
    int count = 0;         ///< contributions counted (non-finite values are not)
    /// totalEuros in percent of the partners' total; empty when that total
    /// is not positive (nothing to share) and always empty for the line of
    /// contributions without a partner. Negative values are summed as they
    /// are, so a share may then fall outside 0..100.
    std::optional<double> sharePercent;
};

/// Every contribution of a project, added up.
struct ContributionSummary
{
    /// One line per organisation of the project, in project order (an
    /// organisation without contributions has zeros). Never a line for
    /// contributions without a partner: see `unassigned`.
    QList<PartnerContributions> partners;
    /// Contributions that name no shown organisation (a new row whose
    /// partner is not chosen yet, or a deleted one), when there are any.
    /// Counted in none of the totals below.
    std::optional<PartnerContributions> unassigned;
    /// The partners' value in euros per kind, in method::contributionKinds() order.
    QList<double> byKind;
    /// The partners' quantity per kind, in the kind's own unit.
    QList<double> quantityByKind;
    /// byKind in percent of the grand total; each empty when the grand total is not positive.
    QList<std::optional<double>> kindSharePercent;
    double grandTotal = 0; ///< the partners' value in euros
    int count = 0;         ///< the partners' contributions counted
};

/// Adds up `project.contributions` by partner and by kind. A contribution
/// whose value or quantity is not finite (NaN, infinity) is ignored; a
/// contribution of an unknown kind counts in its partner's value and the
/// grand total, in no kind.
ContributionSummary summariseContributions(const Project &project);

} // namespace alliance::evaluation
