#pragma once
// A step's follow-up, shown at the top of its page: status, owner, dates,
// and (unfolded on demand) notes and a checklist.

#include <QWidget>

namespace alliance {

class Document;

class StepFollowUp : public QWidget
{
    Q_OBJECT
public:
    StepFollowUp(Document *document, const QString &stepId, QWidget *parent = nullptr);
};

} // namespace alliance
