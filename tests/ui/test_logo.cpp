// The logo of an organisation: chosen from an image file on the Ecosystem
// page (scaled down, undoable, refused when not an image), and printed on
// the report's cover as its only picture.
#include "document/document.h"
#include "report/reportwriter.h"
#include "reportsupport.h"
#include "widgets/logoeditor.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace alliance;
using namespace alliance::test;

namespace {

QUuid addOrganisation(Document &doc, const QString &name, const QString &role)
{
    const QUuid id = QUuid::createUuid();
    REQUIRE(doc.apply(ChangeSet(QStringLiteral("Organisation"))
                          .set(QStringLiteral("organisation"), id, QStringLiteral("name"), name)
                          .set(QStringLiteral("organisation"), id, QStringLiteral("role"), role)));
    return id;
}

QString writeImage(const QTemporaryDir &dir, const QString &name, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path));
    return path;
}

/// Closes the next message box, keeping its object name.
void closeNextBox(QString *objectName)
{
    QTimer::singleShot(0, [objectName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            closeNextBox(objectName);
            return;
        }
        *objectName = box->objectName();
        box->accept();
    });
}

} // namespace

TEST_CASE("logo: an image file becomes the organisation's logo, scaled down, and Undo takes it back", "[logo]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Logo"));
    const QUuid org = addOrganisation(*doc, QStringLiteral("Lead"), QStringLiteral("lead"));
    LogoEditor editor(doc.get());
    auto *choose = editor.findChild<QPushButton *>(QStringLiteral("chooseLogo"));
    auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removeLogo"));
    REQUIRE(choose);
    REQUIRE(remove);
    CHECK_FALSE(choose->isEnabled()); // no organisation selected
    editor.setOrganisation(org);
    CHECK(choose->isEnabled());
    CHECK_FALSE(remove->isEnabled());

    REQUIRE(editor.setLogoFromFile(writeImage(dir, QStringLiteral("big.png"), QSize(2400, 800))));
    QImage stored;
    REQUIRE(stored.loadFromData(doc->project().logoOf(org)));
    CHECK(stored.width() <= 600);
    CHECK(stored.height() <= 300);
    CHECK(stored.width() == 3 * stored.height());
    CHECK(remove->isEnabled());
    CHECK_FALSE(editor.findChild<QLabel *>(QStringLiteral("logoPreview"))->pixmap().isNull());

    REQUIRE(doc->undo());
    CHECK(doc->project().logoOf(org).isEmpty());
    REQUIRE(doc->redo());
    CHECK_FALSE(doc->project().logoOf(org).isEmpty());
    editor.removeLogo();
    CHECK(doc->project().logoOf(org).isEmpty());
}

TEST_CASE("logo: a file that is not an image is refused with a message and changes nothing", "[logo]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Logo"));
    const QUuid org = addOrganisation(*doc, QStringLiteral("Lead"), QStringLiteral("lead"));
    LogoEditor editor(doc.get());
    editor.setOrganisation(org);
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<svg onload=\"alert(1)\"> not really a picture");
    f.close();
    const qint64 journal = doc->journalSize();
    QString box;
    closeNextBox(&box);
    CHECK_FALSE(editor.setLogoFromFile(path));
    CHECK(box == QStringLiteral("warningBox"));
    CHECK(doc->journalSize() == journal);
    CHECK(doc->project().logoOf(org).isEmpty());
}

TEST_CASE("logo: the lead's logo is on the report's cover, its only picture", "[logo][report]")
{
    QTemporaryDir dir;
    auto doc = newDocument(dir.path(), QStringLiteral("Logo on the cover"));
    const QUuid lead = addOrganisation(*doc, QStringLiteral("Lead"), QStringLiteral("lead"));
    const QUuid partner = addOrganisation(*doc, QStringLiteral("Partner"), QStringLiteral("partner"));
    LogoEditor editor(doc.get());
    editor.setOrganisation(partner);
    REQUIRE(editor.setLogoFromFile(writeImage(dir, QStringLiteral("partner.png"), QSize(200, 100))));
    report::Options options;
    options.language = QStringLiteral("en");
    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    REQUIRE(report::writeReportPdf(doc->project(), options, without) > 0);
    CHECK(pdfImageCount(without) == 0); // only the lead's logo is printed

    editor.setOrganisation(lead);
    REQUIRE(editor.setLogoFromFile(writeImage(dir, QStringLiteral("lead.png"), QSize(300, 120))));
    const QString with = dir.filePath(QStringLiteral("with.pdf"));
    REQUIRE(report::writeReportPdf(doc->project(), options, with) > 0);
    CHECK(pdfImageCount(with) == 1);
}
