#pragma once
// The preview of an answers import: one tab per respondent organisation, each
// workbook's answers as the project holds them and as the workbook says them,
// with their status (new, differs, same, ignored and why); the anonymous
// answers summed up per kind of organisation; the refused workbooks with their
// reason. A check box per workbook says whether it is imported. The dialog
// changes nothing: the caller applies the chosen workbooks (ui/answersactions.h).

#include "questionnaire/answersimport.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace alliance {

class Document;

class AnswersImportDialog : public QDialog
{
    Q_OBJECT
public:
    AnswersImportDialog(const Document &document, const QList<questionnaire::WorkbookAnswers> &workbooks,
                        QWidget *parent = nullptr);

    /// The workbooks checked (refused ones never are).
    QList<questionnaire::WorkbookAnswers> selected() const;

private:
    QWidget *organisationTab(const QList<int> &workbooks);
    QTreeWidget *answersList(const questionnaire::WorkbookAnswers &w);
    QWidget *anonymousTab(const Document &document);
    QWidget *refusedTab();
    void refreshButton();

    QList<questionnaire::WorkbookAnswers> m_workbooks;
    QList<QCheckBox *> m_checks; ///< per workbook; null when refused
    QTabWidget *m_tabs;
    QPushButton *m_import;
};

} // namespace alliance
