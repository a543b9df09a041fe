#include "cli/terminaltext.h"

#include <QStringList>
#include <QTextStream>

namespace alliance::cli {

namespace {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

} // namespace

QString printable(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || isBidiControl(c))
            c = QLatin1Char(' ');
    return text;
}

void printLines(QTextStream &stream, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        stream << printable(line) << '\n';
}

} // namespace alliance::cli
