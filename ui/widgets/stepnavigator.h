#pragma once
// The list of the seven steps beside the pages, each with its status and
// progress, then the dashboard; selecting a row shows its page.

#include <QListWidget>

namespace alliance {

class Document;

class StepNavigator : public QListWidget
{
    Q_OBJECT
public:
    StepNavigator(Document *document, QWidget *parent = nullptr);
    /// Re-reads each step's status from the document.
    void refresh();

private:
    Document *m_document;
};

} // namespace alliance
