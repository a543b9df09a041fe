#include "evaluation/recommendation.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace alliance::evaluation {

namespace {

// Sentences call QCoreApplication::translate("Recommendation", ...) in full:
// lupdate would file a local tr() helper's strings under the namespace as
// context, where the runtime lookup in "Recommendation" would never find them.

// Weights are sums of user integers divided by a total: 1e-9 only absorbs
// rounding, so 1/3 vs 1/3 from different partners still count as a tie.
constexpr double tieEpsilon = 1e-9;
// Below this gap in match points the runner-up model deserves discussion.
constexpr int closeSecondPoints = 5;

const double maxDistance = std::sqrt(2.0);

QString percentText(double fraction)
{
    return QLocale().toString(qRound(fraction * 100));
}

QString objectiveName(int index)
{
    return method::tr(method::objectives().at(index).name);
}

QString categoryName(const QString &categoryId)
{
    const method::Category *category = method::findCategory(categoryId);
    return category ? method::tr(category->name) : categoryId;
}

QString modelName(const QString &modelId)
{
    const method::Model *model = method::findModel(modelId);
    return model ? method::tr(model->name) : modelId;
}

double distance(const ObjectiveVector &a, const ObjectiveVector &b)
{
    double sum = 0;
    for (int i = 0; i < method::objectiveCount; ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum);
}

// Indices of the greatest values (several on a tie), in objectives() order.
QList<int> topIndices(const ObjectiveVector &v)
{
    const double best = *std::max_element(v.begin(), v.end());
    QList<int> top;
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (best - v[i] <= tieEpsilon)
            top.append(i);
    }
    return top;
}

QString objectiveNames(const QList<int> &indices)
{
    QStringList names;
    for (int i : indices)
        names.append(objectiveName(i));
    return QLocale().createSeparatedList(names);
}

// Catalysts and stakeholders surround the partnership without being party to
// it: their silence on objectives is normal, so they are never "missing".
bool expectedToWeight(const QString &role)
{
    return role != QLatin1String("catalyst") && role != QLatin1String("stakeholder");
}

void explainPartners(Recommendation &r)
{
    for (const PartnerWeighting &p : std::as_const(r.partners)) {
        const QList<int> top = topIndices(p.weights);
        const QString weight = percentText(p.weights[top.first()]);
        if (top.size() == 1) {
            r.explanation.append(
                QCoreApplication::translate("Recommendation", "%1 gives the most weight to %2 (%3%).")
                    .arg(shortName(p.name), objectiveNames(top), weight));
        } else {
            r.explanation.append(
                QCoreApplication::translate("Recommendation", "%1 gives the same highest weight (%2%) to %3.")
                    .arg(shortName(p.name), weight, objectiveNames(top)));
        }
    }
}

void explainMissing(const Project &project, Recommendation &r)
{
    for (const QUuid &id : std::as_const(r.partnersMissing)) {
        for (const Organisation &o : project.organisations) {
            if (o.id == id) {
                r.explanation.append(
                    QCoreApplication::translate("Recommendation",
                                                "%1 has not weighted its objectives yet and is left out.")
                        .arg(shortName(o.name)));
            }
        }
    }
}

void explainCategory(Recommendation &r, const QList<int> &top)
{
    QStringList parts;
    for (int i = 0; i < method::objectiveCount; ++i) {
        parts.append(QCoreApplication::translate("Recommendation", "%1 %2%")
                         .arg(objectiveName(i), percentText(r.barycentre[i])));
    }
    r.explanation.append(QCoreApplication::translate("Recommendation", "Partnership barycentre: %1.")
                             .arg(QLocale().createSeparatedList(parts)));

    const QString weight = percentText(r.barycentre[top.first()]);
    const QString category = categoryName(r.categoryId);
    if (top.size() == 1) {
        r.explanation.append(
            QCoreApplication::translate(
                "Recommendation",
                "Together, the partners give the most weight to %1 (%2%): the recommended category is %3.")
                .arg(objectiveNames(top), weight, category));
    } else {
        r.explanation.append(
            QCoreApplication::translate(
                "Recommendation",
                "Together, the partners give the same weight (%1%) to %2; %3 comes first in the "
                "method's order, so the recommended category is %4.")
                .arg(weight, objectiveNames(top), objectiveName(top.first()), category));
    }
}

void explainDivergence(Recommendation &r)
{
    if (r.partners.size() == 1) {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "Only %1 has weighted its objectives: the recommendation reflects "
                                        "its view alone.")
                .arg(shortName(r.partners.first().name)));
        return;
    }
    const QString index = QLocale().toString(qRound(r.divergenceIndex));
    const QString alert = QLocale().toString(qRound(divergenceThreshold / maxDistance * 100.0));
    if (r.divergent) {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "The partners' weightings are far apart (divergence %1 out of 100, "
                                        "alert above %2): agree on a common stake before choosing the model.")
                .arg(index, alert));
    } else {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "The partners' weightings are close (divergence %1 out of 100, "
                                        "alert above %2).")
                .arg(index, alert));
    }
    const auto widest = std::max_element(r.spreadPoints.begin(), r.spreadPoints.end());
    if (qRound(*widest) > 0) {
        const int i = int(widest - r.spreadPoints.begin());
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "They differ most on %1: %2 points between the highest and the "
                                        "lowest weight.")
                .arg(objectiveName(i), QLocale().toString(qRound(*widest))));
    }
    if (r.partners.size() > 2) {
        QString a;
        QString b;
        for (const PartnerWeighting &p : std::as_const(r.partners)) {
            if (p.organisationId == r.furthestA)
                a = p.name;
            if (p.organisationId == r.furthestB)
                b = p.name;
        }
        r.explanation.append(
            QCoreApplication::translate("Recommendation", "%1 and %2 are the furthest apart.").arg(a, b));
    }
}

void explainModels(Recommendation &r)
{
    if (r.modelDistances.isEmpty())
        return;
    const ModelDistance &first = r.modelDistances.first();
    const int firstMatch = qRound(matchPercent(first.distance));
    r.explanation.append(
        QCoreApplication::translate("Recommendation", "The nearest model is %1 (%2): %3% match.")
            .arg(modelName(first.modelId), categoryName(first.categoryId), QLocale().toString(firstMatch)));
    if (!r.modelMatchesCategory) {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "This model belongs to another category than the recommended one: "
                                        "the partners' weights sit between categories, discuss which one "
                                        "fits best."));
    }
    if (r.modelDistances.size() < 2)
        return;
    const ModelDistance &second = r.modelDistances.at(1);
    const int secondMatch = qRound(matchPercent(second.distance));
    // The gap is taken from the rounded figures so the sentence adds up.
    const int gap = firstMatch - secondMatch;
    const QString args[] = {modelName(second.modelId), categoryName(second.categoryId),
                            QLocale().toString(secondMatch), QLocale().toString(gap)};
    if (gap == 0) {
        r.explanation.append(QCoreApplication::translate(
                                 "Recommendation", "%1 (%2) is just as near (%3% match): worth discussing.")
                                 .arg(args[0], args[1], args[2]));
    } else if (gap < closeSecondPoints) {
        r.explanation.append(QCoreApplication::translate("Recommendation",
                                                         "%1 (%2) comes a close second (%3% match, %4 points "
                                                         "behind): worth discussing.")
                                 .arg(args[0], args[1], args[2], args[3]));
    } else {
        r.explanation.append(QCoreApplication::translate(
                                 "Recommendation", "%1 (%2) comes second (%3% match, %4 points behind).")
                                 .arg(args[0], args[1], args[2], args[3]));
    }
}

} // namespace

double matchPercent(double d)
{
    return std::clamp((1.0 - d / maxDistance) * 100.0, 0.0, 100.0);
}

Recommendation recommend(const Project &project)
{
    Recommendation r;

    // Raw weights per organisation; a repeated objective keeps the last row.
    QHash<QUuid, ObjectiveVector> raw;
    for (const ObjectiveWeight &w : project.objectiveWeights) {
        const int i = method::objectiveIndex(w.objectiveId);
        if (i < 0 || i >= method::objectiveCount)
            continue;
        ObjectiveVector &v = raw[w.organisationId]; // value-initialised to zeros
        v[i] = std::max(0, w.weight);
    }

    for (const Organisation &o : project.organisations) {
        const auto it = raw.constFind(o.id);
        double total = 0;
        if (it != raw.constEnd()) {
            for (double x : *it)
                total += x;
        }
        if (total <= 0) {
            if (expectedToWeight(o.role))
                r.partnersMissing.append(o.id);
            continue;
        }
        PartnerWeighting p;
        p.organisationId = o.id;
        p.name = o.name;
        for (int i = 0; i < method::objectiveCount; ++i)
            p.weights[i] = (*it)[i] / total;
        r.partners.append(p);
        r.partnersUsed.append(o.id);
    }

    explainPartners(r);
    explainMissing(project, r);

    if (r.partners.isEmpty()) {
        r.explanation.append(QCoreApplication::translate(
            "Recommendation",
            "No partner has weighted its objectives yet: no recommendation can "
            "be made. Ask each partner to weight the four objectives in step 2."));
        return r;
    }
    r.valid = true;

    // Barycentre: every partner counts the same, whatever its size.
    for (const PartnerWeighting &p : std::as_const(r.partners)) {
        for (int i = 0; i < method::objectiveCount; ++i)
            r.barycentre[i] += p.weights[i] / r.partners.size();
    }

    const QList<int> top = topIndices(r.barycentre);
    for (int i : top)
        r.topObjectiveIds.append(method::objectives().at(i).id);
    for (const method::Category &c : method::categories()) {
        if (c.objectiveId == r.topObjectiveIds.first()) {
            r.categoryId = c.id;
            break;
        }
    }

    // Divergence.
    for (int i = 0; i < method::objectiveCount; ++i) {
        double lo = 1;
        double hi = 0;
        for (const PartnerWeighting &p : std::as_const(r.partners)) {
            lo = std::min(lo, p.weights[i]);
            hi = std::max(hi, p.weights[i]);
        }
        r.spreadPoints[i] = (hi - lo) * 100.0;
    }
    int pairs = 0;
    double sum = 0;
    for (int a = 0; a < r.partners.size(); ++a) {
        for (int b = a + 1; b < r.partners.size(); ++b) {
            const double d = distance(r.partners[a].weights, r.partners[b].weights);
            sum += d;
            ++pairs;
            if (d > r.furthestDistance || pairs == 1) {
                r.furthestDistance = d;
                r.furthestA = r.partners[a].organisationId;
                r.furthestB = r.partners[b].organisationId;
            }
        }
    }
    if (pairs > 0) {
        r.divergence = sum / pairs;
        r.divergenceIndex = r.divergence / maxDistance * 100.0;
        r.divergent = r.divergence > divergenceThreshold;
    }

    // Model ranking; stable so equal distances keep the method's order.
    for (const method::Model &m : method::models())
        r.modelDistances.append({m.id, m.categoryId, distance(r.barycentre, m.profile)});
    std::stable_sort(r.modelDistances.begin(), r.modelDistances.end(),
                     [](const ModelDistance &a, const ModelDistance &b) { return a.distance < b.distance; });
    if (!r.modelDistances.isEmpty()) {
        r.modelId = r.modelDistances.first().modelId;
        r.modelMatchesCategory = r.modelDistances.first().categoryId == r.categoryId;
    }
    if (r.modelDistances.size() > 1)
        r.secondModelId = r.modelDistances.at(1).modelId;

    explainCategory(r, top);
    explainModels(r);
    explainDivergence(r);
    return r;
}

} // namespace alliance::evaluation
