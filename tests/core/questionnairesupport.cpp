#include "questionnairesupport.h"

#include <QFile>
#include <QXmlStreamReader>
#include <minizip/unzip.h>

namespace alliance::test {

Project questionnaireProject()
{
    Project p;
    p.partnership.id = QUuid::createUuid();
    p.partnership.title = QStringLiteral("Alliance du Val");
    Organisation a;
    a.id = QUuid::createUuid();
    a.name = QStringLiteral("=HYPERLINK(\"http://x\";\"Les Amis\")");
    a.profile = QStringLiteral("association");
    a.role = QStringLiteral("partner");
    Organisation b;
    b.id = QUuid::createUuid();
    b.name = QStringLiteral("Mairie du Val");
    b.profile = QStringLiteral("local_authority");
    b.role = QStringLiteral("lead");
    p.organisations << a << b;
    Review r;
    r.id = QUuid::createUuid();
    r.title = QStringLiteral("Bilan 2026");
    r.kind = QStringLiteral("annual");
    r.date = QDate(2026, 6, 1);
    p.reviews << r;
    return p;
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    unzFile zip = unzOpen(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray bytes;
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char chunk[16384];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0)
            bytes.append(chunk, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return bytes;
}

QList<bool> unlockedStyles(const QByteArray &stylesXml)
{
    QList<bool> unlocked;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            unlocked.append(false);
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("protection") && !unlocked.isEmpty())
            unlocked.last() = xml.attributes().value(QLatin1String("locked")) == QLatin1String("0");
    }
    return unlocked;
}

int styleOf(const QByteArray &sheetXml, const QString &reference)
{
    for (const auto &a : elements(sheetXml, QStringLiteral("c")))
        if (a.value(QLatin1String("r")) == reference)
            return a.hasAttribute(QLatin1String("s")) ? a.value(QLatin1String("s")).toInt() : 0;
    return -1;
}

QList<QXmlStreamAttributes> elements(const QByteArray &bytes, const QString &name)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name)
            found.append(xml.attributes());
    }
    return found;
}

} // namespace alliance::test
