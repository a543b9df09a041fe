#include "io/jsonwriter.h"

#include <QLocale>

namespace alliance {

namespace {

/// `text` as a JSON string: quotes, backslashes and control characters
/// escaped, everything else as UTF-8.
QByteArray quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

} // namespace

void JsonWriter::newLine()
{
    m_text += '\n';
    m_text += QByteArray(2 * m_counts.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_text += ',';
    newLine();
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_text += bracket;
    m_counts.append(0);
}

void JsonWriter::close(char bracket)
{
    const int count = m_counts.takeLast();
    if (count > 0)
        newLine();
    m_text += bracket;
    if (m_counts.isEmpty())
        m_text += '\n';
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_text += quoted(name);
    m_text += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_text += quoted(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_text += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    beforeValue();
    // -0 reads back as the whole number 0: one spelling for zero.
    m_text += number == 0 ? QByteArray("0") : QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_text += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_text += "null";
}

} // namespace alliance
