#include "widgets/logoeditor.h"

#include "dialogs/messages.h"
#include "document/document.h"
#include "edits/logoedits.h"
#include "storage/schema.h"
#include "widgets/pagewidgets.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace alliance {

namespace {
const QSize largestLogo(600, 300);
constexpr int largestSourceSide = 10000; // pixels: bigger files are refused before decoding
} // namespace

QByteArray prepareLogo(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAllocationLimit(256); // MiB: a hostile file cannot exhaust memory
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > largestSourceSide || size.height() > largestSourceSide)) {
        *error = LogoEditor::tr("“%1” is too large an image (%2 × %3 pixels).")
                     .arg(QFileInfo(path).fileName())
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = LogoEditor::tr("“%1” cannot be read as an image: %2")
                     .arg(QFileInfo(path).fileName(), reader.errorString());
        return {};
    }
    if (image.width() > largestLogo.width() || image.height() > largestLogo.height())
        image = image.scaled(largestLogo, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (bytes.size() > schema::maxImageBytes) {
        bytes.clear();
        buffer.seek(0);
        image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    }
    if (!schema::isAcceptedImage(bytes) || bytes.isEmpty()) {
        *error = LogoEditor::tr("“%1” cannot be stored as a logo.").arg(QFileInfo(path).fileName());
        return {};
    }
    return bytes;
}

LogoEditor::LogoEditor(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("logoEditor"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(96, 48);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setTextFormat(Qt::PlainText);
    m_choose = pagewidgets::button(
        tr("Logo…"), QStringLiteral("chooseLogo"),
        tr("Choose an image for the selected organisation's logo, printed on reports it leads"), this);
    m_remove = pagewidgets::button(tr("Remove logo"), QStringLiteral("removeLogo"),
                                   tr("Remove the selected organisation's logo"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_choose);
    layout->addWidget(m_remove);
    layout->addStretch();
    connect(m_choose, &QPushButton::clicked, this, &LogoEditor::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &LogoEditor::removeLogo);
    refresh();
}

void LogoEditor::setOrganisation(const QUuid &organisation)
{
    m_organisation = organisation;
    refresh();
}

void LogoEditor::refresh()
{
    const QByteArray bytes = m_organisation.isNull() ? QByteArray() : m_document->project().logoOf(m_organisation);
    QImage image;
    if (!bytes.isEmpty())
        image.loadFromData(bytes);
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_organisation.isNull() ? QString() : tr("No logo"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(m_preview->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_choose->setEnabled(!m_organisation.isNull());
    m_remove->setEnabled(!bytes.isEmpty());
}

void LogoEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.svg)"));
    if (!path.isEmpty())
        setLogoFromFile(path);
}

bool LogoEditor::setLogoFromFile(const QString &path)
{
    if (m_organisation.isNull())
        return false;
    QString error;
    const QByteArray bytes = prepareLogo(path, &error);
    if (bytes.isEmpty()) {
        messages::warn(this, tr("Logo not changed"), error);
        return false;
    }
    return store(bytes, tr("Set a logo"));
}

void LogoEditor::removeLogo()
{
    if (!m_organisation.isNull())
        store(QByteArray(), tr("Remove a logo"));
}

bool LogoEditor::store(const QByteArray &image, const QString &description)
{
    QString error;
    const bool ok = m_document->apply(logoedits::set(*m_document, m_organisation, image, description), &error);
    if (!ok)
        messages::warn(this, tr("Logo not changed"), error);
    refresh();
    return ok;
}

} // namespace alliance
