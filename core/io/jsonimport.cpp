#include "io/jsonimport.h"

#include "io/jsonreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace alliance {

std::unique_ptr<Document> createFromJson(const QString &path, const Author &author, const DocumentOptions &options,
                                         QString *error)
{
    const auto content = readInterchangeFile(path, error);
    if (!content)
        return nullptr;
    // The reader made sure there is exactly one partnership.
    const auto partnerships
        = std::find_if(content->tables.cbegin(), content->tables.cend(),
                       [](const InterchangeTable &t) { return t.name == QLatin1String("partnership"); });
    const InterchangeRow &partnership = partnerships->rows.first();
    QString title;
    for (const auto &[field, value] : partnership.values)
        if (field == QLatin1String("title"))
            title = value.toString();
    auto doc = Document::createNew(title, author, options, partnership.id, error);
    if (!doc)
        return nullptr;
    // One change set: one transaction, and the document checks each reference
    // as it goes (tables come referenced first). The title is set already.
    ChangeSet changes(QCoreApplication::translate("Interchange", "Import “%1”").arg(QFileInfo(path).fileName()));
    for (const InterchangeTable &table : content->tables)
        for (const InterchangeRow &row : table.rows)
            for (const auto &[field, value] : row.values)
                if (&row != &partnership || field != QLatin1String("title"))
                    changes.set(table.name, row.id, field, value);
    if (!doc->apply(changes, error))
        return nullptr;
    return doc;
}

} // namespace alliance
