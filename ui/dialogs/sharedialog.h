#pragma once
// Share with a partner: choose the partner organisation (private ones are
// not offered) and where to write their copy; says what the copy leaves out
// and lists the past shares. The dialog writes nothing: the caller shares
// (see ui/sharing.h).

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace alliance {

class Document;

class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    /// `document` must outlive the dialog.
    explicit ShareDialog(const Document &document, QWidget *parent = nullptr);

    /// The chosen partner organisation; null when there is none to choose.
    QUuid partnerId() const;
    /// Where to write the copy.
    QString outputPath() const;
    /// "<title> – <partner>.alliance", without characters file systems refuse.
    static QString defaultFileName(const QString &title, const QString &partner);

private:
    void onPartnerChanged();
    void browse();
    const Document &m_document;
    QComboBox *m_partner;
    QLineEdit *m_path;
    QPushButton *m_share;
    bool m_pathChosen = false; // the user typed or browsed a path: keep it
};

} // namespace alliance
