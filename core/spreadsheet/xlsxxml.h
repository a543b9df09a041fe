#pragma once
// One XML part of a received workbook, parsed as it is inflated (internal to
// the reader). Any DTD is a refusal: no entity is ever declared, so none is
// expanded (billion laughs) and no outside file is read (external entities).

#include "spreadsheet/xlsxarchive.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace alliance::xlsx {

/// An entry as a device the XML reader pulls from as it needs: a long token
/// is then read once, not scanned again at each chunk added. Start tags
/// longer than maxTagBytes or with more than maxTagAttributes are refused
/// here, before the XML reader parses them.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(Entry &entry, Failure &failure);
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_entry.atEnd() && m_offset >= m_chunk.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool checkTags(const QByteArray &chunk);

    Entry &m_entry;
    Failure &m_failure;
    QByteArray m_chunk;
    qint64 m_offset = 0;
    bool m_inTag = false;
    int m_tagBytes = 0;
    int m_tagEquals = 0;
};

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
    /// included); refused past maxCellChars (the caller locates it).
    bool readText(QString &out);
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
    EntryDevice m_device;
    QXmlStreamReader m_xml;
    bool m_ended = false;
    int m_depth = 0;
    QList<int> m_namespaces; ///< declarations made by each open element
    int m_namespacesInScope = 0;
};

/// Decodes Excel's escapes of characters XML cannot carry (_x000D_ for a
/// carriage return, _x005F_ for "_").
QString decodeExcelEscapes(const QString &text);

} // namespace alliance::xlsx
