#pragma once
// An organisation's logo on the Ecosystem page: a thumbnail, "Logo…" to
// choose an image file, "Remove logo". The lead organisation's logo is
// printed on the evaluation report's cover.

#include <QByteArray>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;

namespace alliance {

class Document;

/// The bytes to store for the image file at `path`: decoded (PNG, JPEG, or
/// any format Qt reads), scaled down to fit 600 x 300 pixels, written as PNG
/// (JPEG when the PNG would exceed schema::maxImageBytes). Empty with `error`
/// set when the file is not a readable image or is unreasonably large.
QByteArray prepareLogo(const QString &path, QString *error);

class LogoEditor : public QWidget
{
    Q_OBJECT
public:
    LogoEditor(Document *document, QWidget *parent = nullptr);

    /// Shows and edits the logo of `organisation` (null: nothing selected).
    void setOrganisation(const QUuid &organisation);
    /// Sets the image file at `path` as the logo, as one undoable change.
    /// False (nothing changed, a message shown) when it cannot be used.
    bool setLogoFromFile(const QString &path);
    /// Removes the logo, as one undoable change.
    void removeLogo();
    void refresh();

private:
    void chooseFile();
    bool store(const QByteArray &image, const QString &description);

    Document *m_document;
    QUuid m_organisation;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_remove;
};

} // namespace alliance
