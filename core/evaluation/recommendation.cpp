#include "evaluation/recommendation.h"
#include "model/shorttext.h"

#include "model/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace alliance::evaluation {

namespace {

// Sentences call QCoreApplication::translate("Recommendation", ...) in full:
// lupdate would file a local tr() helper's strings under the namespace as
// context, where the runtime lookup in "Recommendation" would never find them.

// Weights are sums of user integers divided by a total: 1e-9 only absorbs
// rounding, so 1/3 vs 1/3 from different partners still count as a tie.
constexpr double tieEpsilon = 1e-9;

QString percentText(double fraction)
{
    return writingLocale().toString(qRound(fraction * 100));
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("Recommendation", "“%1”").arg(text);
}

// Quoted, as the method's own terms are in a sentence.
QString objectiveName(const QString &objectiveId)
{
    const int i = method::objectiveIndex(objectiveId);
    return quoted(i < 0 ? objectiveId : method::tr(method::objectives().at(i).name));
}

QString categoryName(const QString &categoryId)
{
    const method::Category *category = method::findCategory(categoryId);
    return quoted(category ? method::tr(category->name) : categoryId);
}

QString objectiveNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(objectiveName(id));
    return writingLocale().createSeparatedList(names);
}

QString categoryNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(categoryName(id));
    return writingLocale().createSeparatedList(names);
}

// Catalysts and stakeholders surround the partnership without being party to
// it (METHOD.md 6b: "whose role does not weight"); any other role weights.
bool roleWeights(const QString &role)
{
    return role != QLatin1String("catalyst") && role != QLatin1String("stakeholder");
}

QString organisationName(const Project &project, const QUuid &id)
{
    const Organisation *o = project.organisation(id);
    return o ? shortName(o->name) : QString();
}

QString roleName(const QString &roleId)
{
    const method::Choice *role = method::findChoice(method::organisationRoles(), roleId);
    return role ? method::tr(role->label) : roleId;
}

PartnerWeighting reading(const Organisation &o, const ObjectiveVector &raw, double total)
{
    PartnerWeighting p;
    p.organisationId = o.id;
    p.name = o.name;
    for (int i = 0; i < method::objectiveCount; ++i)
        p.weights[i] = raw[i] / total;
    const double best = *std::max_element(p.weights.begin(), p.weights.end());
    for (int i = 0; i < method::objectiveCount; ++i) {
        if (best - p.weights[i] > tieEpsilon)
            continue;
        const QString objective = method::objectives().at(i).id;
        p.dominantObjectiveIds.append(objective);
        if (const method::Category *c = categoryServing(objective))
            p.categoryIds.append(c->id);
    }
    return p;
}

void explainReadings(Recommendation &r)
{
    for (const PartnerWeighting &p : std::as_const(r.partners)) {
        const int first = method::objectiveIndex(p.dominantObjectiveIds.first());
        const QString weight = percentText(p.weights[first]);
        if (p.dominantObjectiveIds.size() == 1) {
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "%1 puts %2 first (%3%): from its side, the "
                                                             "partnership is %4.")
                                     .arg(shortName(p.name), objectiveNames(p.dominantObjectiveIds), weight,
                                          categoryNames(p.categoryIds)));
        } else {
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "%1 gives the same weight (%2%) to %3: from its "
                                                             "side, the partnership sits between %4.")
                                     .arg(shortName(p.name), weight, objectiveNames(p.dominantObjectiveIds),
                                          categoryNames(p.categoryIds)));
        }
    }
}

void explainNotCounted(const Project &project, Recommendation &r)
{
    for (const NotCounted &n : std::as_const(r.notCounted)) {
        const Organisation *o = project.organisation(n.organisationId);
        if (!o)
            continue;
        const QString name = shortName(o->name);
        if (n.reason == NotCountedReason::NotWeighted) {
            r.explanation.append(
                QCoreApplication::translate("Recommendation", "%1 has not weighted its objectives yet.").arg(name));
        } else if (n.hasWeights) {
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "%1 (%2) entered weights, but they are not "
                                                             "counted: its role is to support the partnership, "
                                                             "not to be party to it.")
                                     .arg(name, roleName(o->role)));
        } else {
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "%1 (%2) does not weight its objectives: its role "
                                                             "is to support the partnership, not to be party "
                                                             "to it.")
                                     .arg(name, roleName(o->role)));
        }
    }
}

void suggest(const Project &project, Recommendation &r)
{
    for (const method::Category &c : method::categories()) {
        CategorySuggestion s {c.id, {}};
        for (const PartnerWeighting &p : std::as_const(r.partners))
            if (p.categoryIds.contains(c.id))
                s.partners.append(p.organisationId);
        if (!s.partners.isEmpty())
            r.suggestions.append(s);
    }
    // Most partners first; stable, so ties keep the method's order.
    std::stable_sort(
        r.suggestions.begin(), r.suggestions.end(),
        [](const CategorySuggestion &a, const CategorySuggestion &b) { return a.partners.size() > b.partners.size(); });
    r.unanimous = r.suggestions.size() == 1;
    if (!r.modelId.isEmpty())
        return;

    if (r.partners.isEmpty()) {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "No partner has weighted its objectives yet: once they do, in step 2, each "
                                        "one's reading will point to a category. The relationship can already be "
                                        "described below."));
    } else if (r.unanimous) {
        r.explanation.append(QCoreApplication::translate("Recommendation",
                                                         "The %n partner(s) who weighted point to %1.", "",
                                                         int(r.partners.size()))
                                 .arg(categoryName(r.suggestions.first().categoryId)));
    } else {
        QStringList parts;
        for (const CategorySuggestion &s : std::as_const(r.suggestions)) {
            QStringList names;
            for (const QUuid &id : s.partners)
                names.append(organisationName(project, id));
            parts.append(QCoreApplication::translate("Recommendation", "%1 (%2)")
                             .arg(categoryName(s.categoryId), writingLocale().createSeparatedList(names)));
        }
        r.explanation.append(QCoreApplication::translate("Recommendation",
                                                         "The readings point to %1. Partners of different "
                                                         "kinds often ally for different reasons: that is "
                                                         "not a disagreement.")
                                 .arg(writingLocale().createSeparatedList(parts)));
    }
    if (r.describedCategoryId.isEmpty()) {
        r.explanation.append(QCoreApplication::translate(
            "Recommendation", "Describe the relationship between the partners to name the model."));
    } else {
        r.explanation.append(QCoreApplication::translate("Recommendation",
                                                         "The relationship described is %1: answer the "
                                                         "second question to name the model.")
                                 .arg(categoryName(r.describedCategoryId)));
    }
}

void explainModel(Recommendation &r)
{
    const method::Model *model = method::findModel(r.modelId);
    const method::Category *category = method::findCategory(model->categoryId);
    r.explanation.append(QCoreApplication::translate("Recommendation",
                                                     "The relationship described names the model %1, in the "
                                                     "category %2.")
                             .arg(quoted(method::tr(model->name)), categoryName(category->id)));
    if (r.partners.isEmpty()) {
        r.explanation.append(
            QCoreApplication::translate("Recommendation",
                                        "How it serves each partner will show once the partners weight their "
                                        "objectives in step 2."));
        return;
    }
    const QString modelObjective = objectiveName(category->objectiveId);
    for (int i = 0; i < r.partners.size(); ++i) {
        const PartnerWeighting &p = r.partners.at(i);
        const CoherenceNote &note = r.coherence.at(i);
        if (note.modelServesItsFirstObjective) {
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "For %1, the model serves what it weights most: "
                                                             "%2 (%3%).")
                                     .arg(shortName(p.name), modelObjective, percentText(note.weightOfModelObjective)));
        } else {
            const int first = method::objectiveIndex(p.dominantObjectiveIds.first());
            r.explanation.append(QCoreApplication::translate("Recommendation",
                                                             "%1 looks first for %2 (%3%), and gives %4 %5%: "
                                                             "it should find its own objective in what the "
                                                             "partnership brings it, as the common stake "
                                                             "should say.")
                                     .arg(shortName(p.name), objectiveNames(p.dominantObjectiveIds),
                                          percentText(p.weights[first]), modelObjective,
                                          percentText(note.weightOfModelObjective)));
        }
    }
    if (r.nobodyPutsModelObjectiveFirst) {
        r.explanation.append(QCoreApplication::translate("Recommendation",
                                                         "No partner puts %1 first, the objective a %2 "
                                                         "partnership serves: check with the partners that "
                                                         "this model fits their common stake.")
                                 .arg(modelObjective, categoryName(category->id)));
    }
}

} // namespace

const method::Category *categoryServing(const QString &objectiveId)
{
    for (const method::Category &c : method::categories())
        if (c.objectiveId == objectiveId)
            return &c;
    return nullptr;
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
        if (it != raw.constEnd())
            for (double x : *it)
                total += x;
        if (!roleWeights(o.role)) {
            if (total > 0 || o.role == QLatin1String("catalyst"))
                r.notCounted.append({o.id, NotCountedReason::RoleDoesNotWeight, total > 0});
        } else if (total <= 0) {
            r.notCounted.append({o.id, NotCountedReason::NotWeighted, false});
        } else {
            r.partners.append(reading(o, *it, total));
        }
    }

    // The relationship: its nature is the category, the second answer the model.
    const method::Model *model = method::findModel(project.partnership.modelId);
    r.describedCategoryId = method::findCategory(project.partnership.categoryId) ? project.partnership.categoryId
        : model                                                                  ? model->categoryId
                                                                                 : QString();
    if (model && model->categoryId == r.describedCategoryId)
        r.modelId = model->id;

    if (!r.modelId.isEmpty()) {
        const QString objective = method::findCategory(model->categoryId)->objectiveId;
        const int index = method::objectiveIndex(objective);
        r.nobodyPutsModelObjectiveFirst = !r.partners.isEmpty();
        for (const PartnerWeighting &p : std::as_const(r.partners)) {
            const bool first = p.dominantObjectiveIds.contains(objective);
            r.coherence.append({p.organisationId, first, p.weights[index]});
            if (first)
                r.nobodyPutsModelObjectiveFirst = false;
        }
    }

    explainReadings(r);
    explainNotCounted(project, r);
    suggest(project, r);
    if (!r.modelId.isEmpty())
        explainModel(r);
    return r;
}

} // namespace alliance::evaluation
