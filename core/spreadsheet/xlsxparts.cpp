#include "spreadsheet/xlsxparts.h"

#include "spreadsheet/xlsxlimits.h"
#include "spreadsheet/xlsxxml.h"

#include <QStringList>
#include <QUrl>

namespace alliance::xlsx {

std::optional<QString> resolveTarget(const QString &sourcePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    // A scheme ("file:", "http:") or a drive letter is never a part of the package.
    if (decoded.isEmpty() || decoded.contains(u':') || decoded.contains(u'\\'))
        return std::nullopt;
    QStringList segments;
    if (!decoded.startsWith(u'/')) {
        segments = sourcePart.split(u'/');
        segments.removeLast(); // the source part's own name
    }
    for (const QString &segment : decoded.split(u'/')) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (segments.isEmpty())
                return std::nullopt; // above the archive's root
            segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    const QString resolved = segments.join(u'/');
    if (!isSafeEntryName(resolved))
        return std::nullopt;
    return resolved;
}

namespace {

/// Reads the <Relationship> the part is on; false on a refusal.
bool readRelationship(Archive &archive, XmlPart &xml, const QString &part, Relationship &r)
{
    Failure &failure = archive.failure();
    r.id = xml.attribute(QLatin1String("Id")).toString();
    const QString type = xml.attribute(QLatin1String("Type")).toString();
    r.type = type.mid(type.lastIndexOf(u'/') + 1);
    r.targetText = xml.attribute(QLatin1String("Target")).toString();
    if (xml.attribute(QLatin1String("TargetMode")).compare(QLatin1String("External"), Qt::CaseInsensitive) == 0
        || r.type.compare(QLatin1String("externalLink"), Qt::CaseInsensitive) == 0)
        return failure.set(XlsxRefusal::ExternalReference, r.targetText);
    if (r.id.isEmpty())
        return xml.malformed();
    const auto resolved = resolveTarget(part, r.targetText);
    if (!resolved)
        return failure.set(XlsxRefusal::UnsafeEntryName, r.targetText);
    r.target = archive.find(*resolved);
    return xml.skip();
}

} // namespace

std::optional<QList<Relationship>> readRelationships(Archive &archive, const QString &part)
{
    // The package's own relationships are "_rels/.rels"; a part's sit in a
    // "_rels" folder beside it.
    const int slash = part.lastIndexOf(u'/');
    const QString relsName
        = part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
    QList<Relationship> relationships;
    const QString stored = archive.find(relsName);
    if (stored.isEmpty())
        return relationships;
    XmlPart xml(archive, stored);
    while (xml.next()) {
        if (!xml.isStart() || xml.name() != u"Relationship")
            continue;
        // More relationships than entries would only make lookups slow.
        if (relationships.size() >= maxEntries) {
            xml.malformed();
            return std::nullopt;
        }
        Relationship r;
        if (!readRelationship(archive, xml, part, r))
            return std::nullopt;
        relationships.append(r);
    }
    if (archive.failure().failed() || !xml.finish())
        return std::nullopt;
    return relationships;
}

} // namespace alliance::xlsx
