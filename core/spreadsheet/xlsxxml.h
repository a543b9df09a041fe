#pragma once
// One XML part of a received workbook, parsed as it is inflated (internal to
// the reader). Any DTD is a refusal: no entity is ever declared, so none is
// expanded (billion laughs) and no outside file is read (external entities).

#include "spreadsheet/xlsxarchive.h"

#include <QXmlStreamReader>

namespace alliance::xlsx {

class XmlPart
{
public:
    /// `name` is the entry's stored name (Archive::find).
    XmlPart(Archive &archive, const QString &name);

    /// Moves to the next start or end element, skipping text, comments and
    /// processing instructions; false at the end of the document or on a refusal.
    bool next();
    bool isStart() const { return m_xml.isStartElement(); }
    bool isEnd() const { return m_xml.isEndElement(); }
    /// The current element's local name (namespaces are not compared:
    /// Strict and Transitional workbooks name elements alike).
    QStringView name() const { return m_xml.name(); }
    QStringView attribute(QLatin1String localName) const;
    /// An attribute of that local name in any namespace but none (such as r:id).
    QStringView namespacedAttribute(QLatin1String localName) const;
    /// On a start element: its text up to its end (nested elements' text
    /// included); refused as `where` past maxCellChars.
    bool readText(QString &out, const QString &where);
    /// On a start element: skips to its end.
    bool skip();
    /// Reads the rest of the part (checksum); false on a refusal.
    bool finish();
    /// Refuses the workbook as Malformed at this part.
    bool malformed();

    Failure &failure() { return m_failure; }
    const QString &partName() const { return m_entry.name(); }

private:
    bool readToken();

    Failure &m_failure;
    Entry m_entry;
    QXmlStreamReader m_xml;
    bool m_ended = false;
};

/// Decodes Excel's escapes of characters XML cannot carry (_x000D_ for a
/// carriage return, _x005F_ for "_").
QString decodeExcelEscapes(const QString &text);

} // namespace alliance::xlsx
