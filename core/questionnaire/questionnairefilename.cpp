#include "questionnaire/questionnairefilename.h"

#include <QCoreApplication>

namespace alliance::questionnaire {

namespace {

constexpr int maxBaseName = 90;

/// Characters a file name keeps on Linux, Windows and macOS alike.
QString safePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool reserved = QStringLiteral("/\\:*?\"<>|").contains(c);
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        out += reserved || control ? QLatin1Char(' ') : c;
    }
    out = out.simplified();
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.trimmed();
}

QString cut(QString text, int size)
{
    if (text.size() > size) {
        text.truncate(size);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    return text.trimmed();
}

QString kindInName(Kind kind)
{
    switch (kind) {
    case Kind::Review:
        return QCoreApplication::translate("Questionnaire", "review");
    case Kind::Maturity:
        return QCoreApplication::translate("Questionnaire", "maturity");
    case Kind::Weights:
        return QCoreApplication::translate("Questionnaire", "weights");
    case Kind::Needs:
        return QCoreApplication::translate("Questionnaire", "needs");
    }
    return {};
}

} // namespace

QString questionnaireFileName(const QString &organisationName, Kind kind, QStringList *taken)
{
    QString name = cut(safePart(organisationName), maxBaseName);
    if (name.isEmpty())
        name = QCoreApplication::translate("Questionnaire", "organisation");
    const QString base = name + QStringLiteral(" – ") + kindInName(kind);
    QString file = base + QStringLiteral(".xlsx");
    for (int n = 2; taken && taken->contains(file, Qt::CaseInsensitive); ++n)
        file = QStringLiteral("%1 (%2).xlsx").arg(base).arg(n);
    if (taken)
        taken->append(file);
    return file;
}

} // namespace alliance::questionnaire
