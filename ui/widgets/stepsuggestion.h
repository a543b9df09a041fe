#pragma once
// Under a step's status: the status suggested from what was entered for the
// step, labelled as a suggestion, with its reason, and a button that records
// it as the manager's own status (one undo step). When the manager's status
// agrees with what was entered, nothing is shown.

#include <QWidget>

class QLabel;
class QPushButton;

namespace alliance {

class Document;

class StepSuggestionBar : public QWidget
{
    Q_OBJECT
public:
    StepSuggestionBar(Document *document, const QString &stepId, QWidget *parent = nullptr);
    /// Re-reads the suggestion and the manager's status from the document.
    void refresh();

private:
    void accept();
    Document *m_document;
    QString m_stepId;
    QLabel *m_text;
    QPushButton *m_accept;
};

} // namespace alliance
