#include "spreadsheet/xlsxxml.h"

#include "spreadsheet/xlsxlimits.h"

namespace alliance::xlsx {

EntryDevice::EntryDevice(Entry &entry, Failure &failure) : m_entry(entry), m_failure(failure)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 EntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_offset >= m_chunk.size()) {
        m_chunk = m_entry.read(); // empty at the end, or on a refusal
        m_offset = 0;
        if (m_chunk.isEmpty() || !checkTags(m_chunk))
            return 0;
    }
    const qint64 n = qMin(maxSize, m_chunk.size() - m_offset);
    memcpy(data, m_chunk.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

bool EntryDevice::checkTags(const QByteArray &chunk)
{
    // Text and attribute values never hold a raw "<", so from one to the
    // next ">" is a tag (or the start of a comment, which only shortens it).
    for (const char c : chunk) {
        if (c == '<') {
            m_inTag = true;
            m_tagBytes = 0;
            m_tagEquals = 0;
        } else if (m_inTag) {
            if (c == '>')
                m_inTag = false;
            else if ((c == '=' && ++m_tagEquals > maxTagAttributes) || ++m_tagBytes > maxTagBytes)
                return m_failure.set(XlsxRefusal::Malformed, m_entry.name());
        }
    }
    return true;
}

XmlPart::XmlPart(Archive &archive, const QString &name)
    : m_failure(archive.failure()), m_entry(archive, name), m_device(m_entry, m_failure)
{
    // Entities: none may be declared (DTDs are refused), so only XML's own
    // five and character references are ever resolved.
    m_xml.setNamespaceProcessing(true);
    m_xml.setDevice(&m_device);
}

bool XmlPart::readToken()
{
    while (!m_failure.failed()) {
        m_xml.readNext();
        if (m_failure.failed()) // a limit crossed while inflating
            return false;
        if (m_xml.hasError())
            return malformed(); // not well formed, or the part ends inside its document
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return m_failure.set(XlsxRefusal::DocumentType, m_entry.name());
        if (m_xml.tokenType() == QXmlStreamReader::EntityReference)
            return m_failure.set(XlsxRefusal::DocumentType, m_entry.name());
        if (m_xml.isStartElement()) {
            const int declared = int(m_xml.namespaceDeclarations().size());
            m_namespaces.append(declared);
            m_namespacesInScope += declared;
            if (++m_depth > maxElementDepth || m_namespacesInScope > maxNamespacesInScope)
                return malformed();
        } else if (m_xml.isEndElement() && !m_namespaces.isEmpty()) {
            --m_depth;
            m_namespacesInScope -= m_namespaces.takeLast();
        }
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

bool XmlPart::readText(QString &out)
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
                return m_failure.set(XlsxRefusal::CellTooLong, {});
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
