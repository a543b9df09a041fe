#include "evaluation/maturityadvice.h"

#include "method/method.h"

#include "model/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace alliance::evaluation {

namespace {

QString percentText(double percent)
{
    //: A percentage; French puts a (narrow no-break) space before %.
    return QCoreApplication::translate("Maturity", "%1%").arg(writingLocale().toString(std::lround(percent)));
}

/// "step 4, “Map the ecosystem”", to quote inside an advice.
QString stepRef(const QString &stepId)
{
    const method::Step *step = method::findStep(stepId);
    if (!step)
        return stepId;
    //: A step of the journey quoted in a sentence: "step 4, “Map the ecosystem”".
    return QCoreApplication::translate("Maturity", "step %1, “%2”").arg(step->number).arg(method::tr(step->name));
}

/// What to use next on an axis: in the application (its steps) and in the
/// method (its resources). A weak axis gets the tool that builds it; a strong
/// one, the way to put it to use for the partnership. %1 and %2 name steps.
struct AxisTools
{
    const char *axisId;
    const char *step;       ///< %1
    const char *secondStep; ///< %2, or nullptr
    const char *weak;
    const char *strong;
};

const AxisTools axisTools[] = {
    {"vision", "objectives", nullptr,
     QT_TRANSLATE_NOOP("Maturity",
                       "Next: in %1, weigh your four objectives in the carré magique and agree a common "
                       "stake with your partners; the method's typology sheets show what each kind of "
                       "partnership brings."),
     QT_TRANSLATE_NOOP("Maturity",
                       "Keep it up: in %1, check that your partners' objectives are compatible with "
                       "yours.")},
    {"action", "pilot", "evaluate",
     QT_TRANSLATE_NOOP("Maturity",
                       "Next: start with a few actions, follow them with milestones and indicators with "
                       "targets (%1), then evaluate them together (%2); the method's inspiring examples "
                       "show how others began."),
     QT_TRANSLATE_NOOP("Maturity",
                       "Keep it up: keep your indicators (%1) and your reviews (%2) up to date, and share "
                       "what you learn.")},
    {"means", "cobuild", nullptr,
     QT_TRANSLATE_NOOP("Maturity",
                       "Next: in %1, write down what each partner brings (money, skills, people, "
                       "material) and who pilots the partnership; the method's practical kits help build "
                       "the skills."),
     QT_TRANSLATE_NOOP("Maturity",
                       "Keep it up: in %1, value every contribution, so that each partner sees the means "
                       "put in.")},
    {"ecosystem", "ecosystem", nullptr,
     QT_TRANSLATE_NOOP(
         "Maturity",
         "Next: in %1, map your ecosystem: the stakeholders, the territory, and who holds "
         "the four catalyst functions; the method's reference sheets by kind of organisation and territory "
         "help you situate yourself."),
     QT_TRANSLATE_NOOP("Maturity",
                       "Keep it up: in %1, see whether you could hold a catalyst function for the other "
                       "organisations.")},
};

QString adviceFor(const QString &axisId, bool weak)
{
    for (const AxisTools &t : axisTools) {
        if (axisId != QLatin1String(t.axisId))
            continue;
        const QString text = QCoreApplication::translate("Maturity", weak ? t.weak : t.strong);
        const QString first = stepRef(QString::fromLatin1(t.step));
        return t.secondStep ? text.arg(first, stepRef(QString::fromLatin1(t.secondStep))) : text.arg(first);
    }
    return {};
}

} // namespace

MaturityLevel maturityLevel(std::optional<double> percent)
{
    if (!percent || std::isnan(*percent))
        return MaturityLevel::NotAnswered;
    const double mean = *percent / 100.0 * method::maturityScoreMax; // back on the 0..4 answer scale
    if (mean < 1.5)
        return MaturityLevel::Starting;
    if (mean < 2.5)
        return MaturityLevel::Developing;
    if (mean < 3.5)
        return MaturityLevel::Established;
    return MaturityLevel::Mastered;
}

QString maturityLevelName(MaturityLevel level)
{
    switch (level) {
    case MaturityLevel::NotAnswered:
        return QCoreApplication::translate("Maturity", "not answered yet");
    case MaturityLevel::Starting:
        return QCoreApplication::translate("Maturity", "getting started");
    case MaturityLevel::Developing:
        return QCoreApplication::translate("Maturity", "developing");
    case MaturityLevel::Established:
        return QCoreApplication::translate("Maturity", "established");
    case MaturityLevel::Mastered:
        return QCoreApplication::translate("Maturity", "mastered");
    }
    return {};
}

bool isWeak(MaturityLevel level)
{
    return level == MaturityLevel::Starting || level == MaturityLevel::Developing;
}

QStringList MaturityAdvice::sentences() const
{
    QStringList out;
    if (!summary.isEmpty())
        out << summary;
    for (const AxisAdvice &a : axes)
        out << a.sentence;
    return out;
}

MaturityAdvice maturityAdvice(const OrganisationMaturity &maturity)
{
    MaturityAdvice advice;
    advice.organisationId = maturity.organisationId;
    advice.overallPercent = maturity.overall;
    advice.overall = maturityLevel(maturity.overall);
    if (advice.overall != MaturityLevel::NotAnswered)
        advice.summary = QCoreApplication::translate("Maturity", "Overall maturity: %1 (%2).")
                             .arg(maturityLevelName(advice.overall), percentText(*maturity.overall));

    for (const method::Choice &axis : method::maturityAxes()) {
        AxisAdvice a;
        a.axisId = axis.id;
        a.percent = percentOf(maturity.axes, axis.id);
        a.level = maturityLevel(a.percent);
        const QString name = method::tr(axis.label);
        if (a.level == MaturityLevel::NotAnswered)
            a.sentence = QCoreApplication::translate(
                             "Maturity", "%1: not answered yet; answer its questions to know where you stand.")
                             .arg(name);
        else
            //: An axis of the self-diagnostic, its level, its percent, then what to use next.
            a.sentence = QCoreApplication::translate("Maturity", "%1: %2 (%3). %4")
                             .arg(name, maturityLevelName(a.level), percentText(*a.percent),
                                  adviceFor(axis.id, isWeak(a.level)));
        advice.axes.append(a);
    }
    // The weakest axis first: it is where the next tools matter most.
    std::stable_sort(advice.axes.begin(), advice.axes.end(), [](const AxisAdvice &x, const AxisAdvice &y) {
        if (x.percent.has_value() != y.percent.has_value())
            return x.percent.has_value();
        return x.percent && *x.percent < *y.percent;
    });
    return advice;
}

} // namespace alliance::evaluation
