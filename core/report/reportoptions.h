#pragma once
// What a report includes and how it is printed, chosen per report.

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace alliance::report {

enum class Paper { A4, Letter };

struct Options
{
    QString language = QStringLiteral("fr"); ///< "fr" or "en", independent of the interface's language
    QStringList sections;                    ///< ids of sectionIds() to include; empty = all
    bool includePrivate = false;             ///< private items are left out unless asked
    Paper paper = Paper::A4;
    QDate date = QDate::currentDate();       ///< the report's date
};

/// Every section id, in the report's order: the seven steps ("diagnose" ..
/// "evaluate"), then "dashboard", "indicators", "reviews", "lessons".
const QStringList &sectionIds();
/// The section's title in the current language (unnumbered), or empty for an unknown id.
QString sectionName(const QString &id);
/// True when `options` includes the section `id`.
bool includes(const Options &options, const QString &id);

/// Parses "a4"/"letter" (any case). nullopt when unknown.
std::optional<Paper> parsePaper(const QString &text);
/// Parses a comma-separated list of section ids. nullopt when one is unknown;
/// `unknown` then names it.
std::optional<QStringList> parseSections(const QString &text, QString *unknown = nullptr);

} // namespace alliance::report
