#include "report/reportoptions.h"

#include "method/method.h"

#include <QCoreApplication>

namespace alliance::report {

const QStringList &sectionIds()
{
    static const QStringList ids = [] {
        QStringList list {QStringLiteral("synthesis")};
        for (const auto &step : method::steps())
            list.append(step.id);
        list << QStringLiteral("dashboard") << QStringLiteral("indicators") << QStringLiteral("reviews")
             << QStringLiteral("lessons") << QStringLiteral("committee");
        return list;
    }();
    return ids;
}

QStringList presetSections(Preset preset)
{
    if (preset == Preset::Committee)
        return {QStringLiteral("synthesis"), QStringLiteral("committee")};
    QStringList ids = sectionIds();
    ids.removeAll(QStringLiteral("committee"));
    return ids;
}

std::optional<Preset> parsePreset(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("full"))
        return Preset::Full;
    if (t == QLatin1String("committee"))
        return Preset::Committee;
    return std::nullopt;
}

QString presetId(Preset preset)
{
    return preset == Preset::Committee ? QStringLiteral("committee") : QStringLiteral("full");
}

QString sectionName(const QString &id)
{
    if (const method::Step *step = method::findStep(id))
        return method::tr(step->name);
    if (id == QLatin1String("synthesis"))
        return QCoreApplication::translate("Report", "Synthesis");
    if (id == QLatin1String("committee"))
        return QCoreApplication::translate("Report", "For the steering committee");
    if (id == QLatin1String("dashboard"))
        return QCoreApplication::translate("Report", "Dashboard");
    if (id == QLatin1String("indicators"))
        return QCoreApplication::translate("Report", "Indicators");
    if (id == QLatin1String("reviews"))
        return QCoreApplication::translate("Report", "Review scores");
    if (id == QLatin1String("lessons"))
        return QCoreApplication::translate("Report", "Lessons learnt and next steps");
    return {};
}

bool includes(const Options &options, const QString &id)
{
    return options.sections.isEmpty() ? presetSections(options.preset).contains(id) : options.sections.contains(id);
}

std::optional<Paper> parsePaper(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4"))
        return Paper::A4;
    if (t == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

std::optional<QStringList> parseSections(const QString &text, QString *unknown)
{
    QStringList chosen;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed().toLower();
        if (!sectionIds().contains(id)) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        if (!chosen.contains(id))
            chosen.append(id);
    }
    if (chosen.isEmpty()) {
        if (unknown)
            *unknown = text;
        return std::nullopt;
    }
    return chosen;
}

} // namespace alliance::report
