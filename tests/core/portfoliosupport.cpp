#include "portfoliosupport.h"

#include "document/document.h"
#include "example/examplegenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace alliance::test {

Project writeExample(const QString &folder, const QString &name, const QString &title, const QString &departement)
{
    const QString working = QDir(folder).filePath(QStringLiteral(".working-") + name);
    auto doc = Document::createNew(QStringLiteral("Example"), testAuthor(), optionsIn(working));
    REQUIRE(doc);
    QString error;
    REQUIRE(example::fillExample(*doc, &error));
    ChangeSet changes(QStringLiteral("Portfolio test"));
    if (!title.isEmpty())
        changes.set(QStringLiteral("partnership"), doc->partnershipId(), QStringLiteral("title"), title);
    if (!departement.isEmpty())
        changes.set(QStringLiteral("organisation"), doc->project().leadOrganisation()->id,
                    QStringLiteral("departement"), departement);
    if (!title.isEmpty() || !departement.isEmpty())
        REQUIRE(doc->apply(changes, &error));
    REQUIRE(doc->saveAs(QDir(folder).filePath(name), &error));
    return doc->project();
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace alliance::test
