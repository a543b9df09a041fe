// The portfolio's filters and orders, on summaries made by hand: what the
// view's proxy and the verb's --model, --step, --territory, --status and
// --sort apply.
#include <catch2/catch.hpp>

#include "portfolio/portfoliotable.h"

using namespace alliance;
using namespace alliance::portfolio;

namespace {

PartnershipSummary row(const QString &title, const QString &model, const QString &step, const QStringList &territories,
                       int late, int offTrack = 0, int atRisk = 0, int onTrack = 0)
{
    PartnershipSummary s;
    s.path = QStringLiteral("/portfolio/%1.alliance").arg(title);
    s.title = title;
    s.modelId = model;
    s.currentStepId = step;
    s.territories = territories;
    s.leadTerritory = territories.value(0);
    s.lateActions = late;
    s.offTrack = offTrack;
    s.atRisk = atRisk;
    s.onTrack = onTrack;
    return s;
}

PartnershipSummary refusedRow(const QString &name)
{
    PartnershipSummary s;
    s.path = QStringLiteral("/portfolio/%1").arg(name);
    s.refusal = QStringLiteral("“%1” is not a project file.").arg(name);
    return s;
}

QStringList titles(const QList<PartnershipSummary> &rows)
{
    QStringList list;
    for (const auto &r : rows)
        list << (r.refused() ? QStringLiteral("refused") : r.title);
    return list;
}

QList<PartnershipSummary> sample()
{
    const QString rnd = QStringLiteral("practice_audit"), none;
    return {
        row(QStringLiteral("Béta"), rnd, QStringLiteral("pilot"),
            {QStringLiteral("Occitanie"), QStringLiteral("Haute-Garonne")}, 3, 1, 0, 2),
        refusedRow(QStringLiteral("broken.alliance")),
        row(QStringLiteral("alpha"), none, QStringLiteral("diagnose"),
            {QStringLiteral("Bretagne"), QStringLiteral("Finistère")}, 0, 0, 2, 1),
        row(QStringLiteral("Gamma"), rnd, QStringLiteral("diagnose"),
            {QStringLiteral("Occitanie"), QStringLiteral("Gers")}, 1, 0, 0, 4),
        row(QStringLiteral("Delta"), QStringLiteral("other_model"), QStringLiteral("evaluate"), {}, 7),
    };
}

} // namespace

TEST_CASE("Portfolio: each filter keeps the rows it names, and refused rows only when nothing is asked of them",
          "[portfolio]")
{
    const QList<PartnershipSummary> rows = sample();
    CHECK(filtered(rows, {}).size() == rows.size());

    Filter model;
    model.modelId = QStringLiteral("practice_audit");
    CHECK(titles(filtered(rows, model)) == QStringList {QStringLiteral("Béta"), QStringLiteral("Gamma")});
    model.modelId = Filter::noModel();
    CHECK(titles(filtered(rows, model)) == QStringList {QStringLiteral("alpha")});

    Filter step;
    step.stepId = QStringLiteral("diagnose");
    CHECK(titles(filtered(rows, step)) == QStringList {QStringLiteral("alpha"), QStringLiteral("Gamma")});

    Filter territory; // any partner's region or département, any case, a part of it
    territory.territory = QStringLiteral("  occitan ");
    CHECK(titles(filtered(rows, territory)) == QStringList {QStringLiteral("Béta"), QStringLiteral("Gamma")});
    territory.territory = QStringLiteral("finis");
    CHECK(titles(filtered(rows, territory)) == QStringList {QStringLiteral("alpha")});

    Filter status;
    status.statusId = QStringLiteral("off_track");
    CHECK(titles(filtered(rows, status)) == QStringList {QStringLiteral("Béta")});
    status.statusId = QStringLiteral("at_risk");
    CHECK(titles(filtered(rows, status)) == QStringList {QStringLiteral("alpha")});
    status.statusId = QStringLiteral("no_data");
    CHECK(titles(filtered(rows, status)) == QStringList {QStringLiteral("Delta")});
    status.statusId = QStringLiteral("refused");
    CHECK(titles(filtered(rows, status)) == QStringList {QStringLiteral("refused")});

    Filter both; // filters add up
    both.modelId = QStringLiteral("practice_audit");
    both.stepId = QStringLiteral("diagnose");
    CHECK(titles(filtered(rows, both)) == QStringList {QStringLiteral("Gamma")});
}

TEST_CASE("Portfolio: rows sort by value in either order, empty cells last", "[portfolio]")
{
    QList<PartnershipSummary> rows = sample();
    sortRows(rows, Column::LateActions, Qt::AscendingOrder);
    CHECK(titles(rows)
          == QStringList {QStringLiteral("alpha"), QStringLiteral("Gamma"), QStringLiteral("Béta"),
                          QStringLiteral("Delta"), QStringLiteral("refused")});
    sortRows(rows, Column::LateActions, Qt::DescendingOrder);
    CHECK(titles(rows)
          == QStringList {QStringLiteral("Delta"), QStringLiteral("Béta"), QStringLiteral("Gamma"),
                          QStringLiteral("alpha"), QStringLiteral("refused")});
    // Step in the journey's order (diagnose 1, pilot 6, evaluate 7), not by name.
    sortRows(rows, Column::Step, Qt::AscendingOrder);
    CHECK(titles(rows).mid(2, 2) == QStringList {QStringLiteral("Béta"), QStringLiteral("Delta")});
    CHECK(titles(rows).last() == QStringLiteral("refused"));
    // The most worrying indicators first: off track, then at risk.
    sortRows(rows, Column::Indicators, Qt::AscendingOrder);
    CHECK(titles(rows).mid(0, 3)
          == QStringList {QStringLiteral("Béta"), QStringLiteral("alpha"), QStringLiteral("Gamma")});
    // Status, worst first: refused, off track, at risk, on track, no data.
    sortRows(rows, Column::Status, Qt::AscendingOrder);
    CHECK(titles(rows)
          == QStringList {QStringLiteral("refused"), QStringLiteral("Béta"), QStringLiteral("alpha"),
                          QStringLiteral("Gamma"), QStringLiteral("Delta")});
}

TEST_CASE("Portfolio: consolidated counts per model and per step leave refused files out", "[portfolio]")
{
    const QList<PartnershipSummary> rows = sample();
    int models = 0, unnamed = 0, unknown = 0;
    for (const Count &c : countsByModel(rows)) {
        models += c.count;
        if (c.id == Filter::noModel())
            unnamed = c.count;
        if (c.id == QLatin1String("other_model"))
            unknown = c.count;
    }
    CHECK(models == 4);
    CHECK(unnamed == 1);
    CHECK(unknown == 1);
    int diagnose = 0, steps = 0;
    for (const Count &c : countsByStep(rows)) {
        steps += c.count;
        if (c.id == QLatin1String("diagnose"))
            diagnose = c.count;
    }
    CHECK(steps == 4);
    CHECK(diagnose == 2);
}
