#pragma once
// The evaluation report as data: what it says, in which order. No painting:
// ui/report lays it out for the screen, the printer and PDF files.
// Every string here may hold user text: whoever draws it inserts it as plain
// text, never as HTML.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace alliance::report {

/// A table that may run over several pages; its header repeats on each.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns; ///< right-aligned columns
};

/// One piece of a section, drawn in order.
struct Block
{
    enum class Kind {
        Subheading,   ///< text: a title inside the section
        Minorheading, ///< text: a title inside a subheading's part (e.g. a review's four parts)
        Field,        ///< label: text (e.g. "Owner: Passerelles 31")
        Paragraph,    ///< text
        Bullets,      ///< items
        TableBlock,   ///< table
        Charts,       ///< the dashboard's charts, drawn as vectors
        Empty,        ///< text: a plain remark that nothing was entered
    };
    Kind kind = Kind::Paragraph;
    QString label;
    QString text;
    QStringList items;
    Table table;

    static Block subheading(const QString &text);
    static Block minorheading(const QString &text);
    static Block field(const QString &label, const QString &text);
    static Block paragraph(const QString &text);
    static Block bullets(const QStringList &items);
    static Block tableOf(const Table &table);
    static Block charts();
    static Block empty(const QString &text);
};

struct Section
{
    QString id;    ///< one of sectionIds()
    QString title; ///< translated, numbered for the steps ("1. Diagnose")
    QList<Block> blocks;
};

/// The first page.
struct Cover
{
    QString title;
    QString stake;
    QString lead;         ///< the lead organisation's name, may be empty
    QByteArray leadLogo;  ///< its logo (PNG or JPEG bytes from the file: untrusted), may be empty
    QStringList partners; ///< "Name (role)"
    QString period;       ///< e.g. "1 March 2025 – 28 February 2027", may be empty
    QString dateLine;     ///< "Report of 23 November 2026"
};

struct Report
{
    QString language; ///< "fr" or "en"
    Cover cover;
    QString contentsTitle; ///< "Contents"
    QString footerDate;    ///< the report's date, as printed in the footer
    QString pageOf;        ///< "Page %1 of %2", translated
    /// False for a short document (a meeting's minutes): no cover nor
    /// contents, the first section opens page 1.
    bool coverAndContents = true;
    QList<Section> sections;
};

} // namespace alliance::report
