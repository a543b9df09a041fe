#pragma once
// What a report includes and how it is printed, chosen per report.

#include "journal/itemlabel.h"
#include "model/clock.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace alliance::report {

enum class Paper {
    A4,
    Letter
};

/// What a report is for: the full report (synthesis, then every section), or
/// the committee pack (synthesis, then the next meeting's agenda, open
/// decisions, indicators at risk and every change since the last committee).
enum class Preset {
    Full,
    Committee
};

struct Options
{
    QString language = QStringLiteral("fr"); ///< "fr" or "en", independent of the interface's language
    Preset preset = Preset::Full;
    QStringList sections;        ///< ids of sectionIds() to include; empty = the preset's
    bool includePrivate = false; ///< private items are left out unless asked
    Paper paper = Paper::A4;
    QDate date = clock::today(); ///< the report's date
    /// Reads the project's journal, for what changed since the previous
    /// committee; empty: the synthesis says the history was not read.
    QueryRows journal;
};

/// Every section id, in the report's order: "synthesis", the seven steps
/// ("diagnose" .. "evaluate"), then "dashboard", "indicators", "reviews",
/// "lessons", and "committee" (the committee pack's agenda, decisions, risks
/// and changes).
const QStringList &sectionIds();
/// The sections `preset` prints, in the report's order: every one but
/// "committee" for Full; "synthesis" and "committee" for Committee.
QStringList presetSections(Preset preset);
/// Parses "full"/"committee" (any case). nullopt when unknown.
std::optional<Preset> parsePreset(const QString &text);
/// "full" or "committee".
QString presetId(Preset preset);
/// The section's title in the current language (unnumbered), or empty for an unknown id.
QString sectionName(const QString &id);
/// True when `options` includes the section `id`: among options.sections
/// when some are chosen, else among the preset's.
bool includes(const Options &options, const QString &id);

/// Parses "a4"/"letter" (any case). nullopt when unknown.
std::optional<Paper> parsePaper(const QString &text);
/// Parses a comma-separated list of section ids. nullopt when one is unknown;
/// `unknown` then names it.
std::optional<QStringList> parseSections(const QString &text, QString *unknown = nullptr);

} // namespace alliance::report
