#pragma once
// Shared by the report's section builders: numbers, dates and names written
// in the report's language, and the method's labels.

#include "method/method.h"
#include "model/language.h"
#include "model/project.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace alliance::report {

class Writing
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    /// Writes in `language` ("fr" or "en"): while it lives, tr() on this
    /// thread gives that language, whatever the application's.
    Writing(const Project &project, const QString &language, const QDate &today);

    const Project &project() const { return m_project; }
    const QDate &today() const { return m_today; }
    /// The report's locale: every figure goes through model/figures.h with it.
    const QLocale &locale() const { return m_locale; }
    const Language &language() const { return *m_language; }
    /// At most `decimals` decimals, no trailing zero, grouped ("200 000",
    /// "8,5"); "–" for NaN, "∞" beyond the doubles, 1.7E+308 from 1e15 on.
    QString number(double value, int decimals = 0) const;
    QString percent(std::optional<double> value) const; ///< "67 %" / "67%", or "–" when empty
    QString euros(double value) const;                  ///< "60 000 €" / "€60,000"
    /// A contribution's quantity in its kind's own unit, in words: "25 days",
    /// "400 items"; empty for money, whose value is its quantity (written once).
    QString quantity(double value, const QString &kindId) const;
    /// An indicator's value with the indicator's unit as typed ("874 hours",
    /// "24.6%"), at most one decimal.
    QString measure(double value, const QString &unit) const;
    QString date(const QDate &date) const; ///< long form; "–" when invalid
    QString shortDate(const QDate &date) const;
    /// "start to end"; a period ending before it starts says so (model/period.h).
    QString period(const QDate &start, const QDate &end) const;
    QString organisation(const QUuid &id) const; ///< name, or "–"
    QString yesNo(bool value) const;
    static QString dash() { return QStringLiteral("–"); }

private:
    const Project &m_project;
    std::shared_ptr<const Language> m_language;
    WritingIn m_writingIn;
    QLocale m_locale;
    QDate m_today;
};

using method::choiceLabel;

/// What every step section starts with: status, owner, dates, checklist, notes.
QList<Block> stepFollowUp(const Writing &w, const QString &stepId);

// The section builders, one file each group; `blocks` gets what the step holds.
void diagnoseBlocks(const Writing &w, QList<Block> &blocks);
void objectivesBlocks(const Writing &w, QList<Block> &blocks);
void modelBlocks(const Writing &w, QList<Block> &blocks);
void ecosystemBlocks(const Writing &w, QList<Block> &blocks);
void cobuildBlocks(const Writing &w, QList<Block> &blocks);
void pilotBlocks(const Writing &w, QList<Block> &blocks);
void evaluateBlocks(const Writing &w, QList<Block> &blocks);
Section indicatorsSection(const Writing &w);
Section reviewsSection(const Writing &w);
Section lessonsSection(const Writing &w);

} // namespace alliance::report
