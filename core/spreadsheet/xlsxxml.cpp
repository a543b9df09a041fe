#include "spreadsheet/xlsxxml.h"

#include "spreadsheet/xlsxlimits.h"

namespace alliance::xlsx {

XmlPart::XmlPart(Archive &archive, const QString &name) : m_failure(archive.failure()), m_entry(archive, name)
{
    // Entities: none may be declared (DTDs are refused), so only XML's own
    // five and character references are ever resolved.
    m_xml.setNamespaceProcessing(true);
}

bool XmlPart::readToken()
{
    while (!m_failure.failed()) {
        m_xml.readNext();
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = m_entry.read();
            if (m_failure.failed())
                return false;
            if (chunk.isEmpty())
                return malformed(); // the part ends inside its document
            m_xml.addData(chunk);
            continue;
        }
        if (m_xml.hasError())
            return malformed();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return m_failure.set(XlsxRefusal::DocumentType, m_entry.name());
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            return m_failure.set(XlsxRefusal::DocumentType, m_entry.name());
        if (m_xml.tokenType() == QXmlStreamReader::EndDocument) {
            m_ended = true;
            return false;
        }
        return true;
    }
    return false;
}

bool XmlPart::next()
{
    while (!m_ended && readToken()) {
        if (m_xml.isStartElement() || m_xml.isEndElement())
            return true;
    }
    return false;
}

QStringView XmlPart::attribute(QLatin1String localName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.namespaceUri().isEmpty() && a.name() == localName)
            return a.value();
    }
    return {};
}

QStringView XmlPart::namespacedAttribute(QLatin1String localName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (!a.namespaceUri().isEmpty() && a.name() == localName)
            return a.value();
    }
    return {};
}

bool XmlPart::readText(QString &out, const QString &where)
{
    out.clear();
    int depth = 1;
    while (depth > 0) {
        if (!readToken())
            return m_failure.failed() ? false : malformed();
        if (m_xml.isStartElement()) {
            ++depth;
        } else if (m_xml.isEndElement()) {
            --depth;
        } else if (m_xml.isCharacters()) {
            out += m_xml.text();
            if (out.size() > maxCellChars)
                return m_failure.set(XlsxRefusal::CellTooLong, where);
        }
    }
    return true;
}

bool XmlPart::skip()
{
    int depth = 1;
    while (depth > 0) {
        if (!next())
            return m_failure.failed() ? false : malformed();
        depth += m_xml.isStartElement() ? 1 : -1;
    }
    return true;
}

bool XmlPart::finish()
{
    return m_entry.finish();
}

bool XmlPart::malformed()
{
    return m_failure.set(XlsxRefusal::Malformed, m_entry.name());
}

QString decodeExcelEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace alliance::xlsx
