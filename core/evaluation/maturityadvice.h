#pragma once
// What the maturity self-diagnostic leads to (METHOD.md 4): a level per axis
// and overall, and, in words, the tools to use next, in this application's
// steps and in the method's resources. The Diagnose page, `info` and the
// report's step 1 all say the same sentences.

#include "evaluation/scores.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace alliance::evaluation {

/// Where an organisation stands on an axis (or overall): the point of the
/// 0..method::maturityScoreMax answer scale nearest to its mean, with "not
/// started" (0) and "starting" (1) read as one level.
enum class MaturityLevel {
    NotAnswered, ///< no question of the axis answered
    Starting,    ///< mean below 1.5 of 4 (under 37.5 %)
    Developing,  ///< below 2.5 (62.5 %)
    Established, ///< below 3.5 (87.5 %)
    Mastered,    ///< 3.5 and above
};

/// The level of a percent on 0..100; NotAnswered when empty or not a number.
MaturityLevel maturityLevel(std::optional<double> percent);
/// The level's name, translated, in lower case ("developing").
QString maturityLevelName(MaturityLevel level);
/// True for Starting and Developing: the axis is where to work next.
bool isWeak(MaturityLevel level);

/// One axis of one organisation.
struct AxisAdvice
{
    QString axisId;                ///< a method::maturityAxes() id
    std::optional<double> percent; ///< as in OrganisationMaturity::axes
    MaturityLevel level = MaturityLevel::NotAnswered;
    /// "Place in the ecosystem: getting started (25 %). Next: map your
    /// ecosystem in step 4, …" — the level and the tools to use next.
    QString sentence;
};

/// The self-diagnostic's result for one organisation.
struct MaturityAdvice
{
    QUuid organisationId;
    MaturityLevel overall = MaturityLevel::NotAnswered;
    std::optional<double> overallPercent;
    /// "Overall maturity: developing (55 %)."; empty when nothing was answered.
    QString summary;
    /// Weakest axis first (the lowest percent; ties in method order), then the
    /// axes not answered, in method order.
    QList<AxisAdvice> axes;

    /// summary (when any), then each axis's sentence, in the order of axes.
    QStringList sentences() const;
};

/// The advice for one organisation's maturity. Percents are written in the
/// default QLocale; texts in the installed translation (context "Maturity").
/// An organisation that answered nothing gets no summary and one
/// "not answered yet" sentence per axis.
MaturityAdvice maturityAdvice(const OrganisationMaturity &maturity);

} // namespace alliance::evaluation
