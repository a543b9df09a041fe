#pragma once
// "Prepare questionnaires…": which questionnaire (a review's, the maturity
// self-diagnostic, the carré magique's weights, the seven needs), for which
// review, which partners (all by default), in which language, anonymous or
// not (reviews only), and the folder the workbooks go to. The dialog writes
// nothing: ui/questionnaireactions.h does.

#include "questionnaire/questionnaire.h"

#include <QDialog>
#include <QList>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace alliance {

class Document;

class QuestionnaireDialog : public QDialog
{
    Q_OBJECT
public:
    /// `document` must outlive the dialog. `kind` and `review` are chosen first.
    QuestionnaireDialog(const Document &document, questionnaire::Kind kind = questionnaire::Kind::Review,
                        const QUuid &review = {}, QWidget *parent = nullptr);

    questionnaire::Kind kind() const;
    void setKind(questionnaire::Kind kind);
    /// The review chosen (reviews only), or null.
    QUuid review() const;
    /// The partner organisations ticked, in the project's order.
    QList<QUuid> partners() const;
    /// "fr" or "en".
    QString language() const;
    /// Anonymous (reviews only).
    bool anonymous() const;
    QString folder() const;
    void setFolder(const QString &folder);

private:
    void onKindChanged();
    void updateButton();
    void browse();
    QString defaultFolder() const;

    const Document &m_document;
    QComboBox *m_kind;
    QComboBox *m_review;
    QLabel *m_reviewLabel;
    QListWidget *m_partners;
    QComboBox *m_language;
    QCheckBox *m_anonymous;
    QLabel *m_anonymousAbout;
    QLineEdit *m_folder;
    QPushButton *m_prepare;
};

} // namespace alliance
