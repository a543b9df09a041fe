#include "widgets/stepfollowup.h"
#include "widgets/headerfit.h"

#include "document/document.h"
#include "model/ids.h"
#include "models/fielddelegate.h"
#include "models/itemtablemodel.h"
#include "widgets/fieldeditors.h"
#include "widgets/itemhistoryrequest.h"
#include "widgets/periodwarning.h"
#include "widgets/stepownerbox.h"
#include "widgets/stepsuggestion.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace alliance {

StepFollowUp::StepFollowUp(Document *document, const QString &stepId, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepFollowUp"));
    const QUuid id = ids::stepState(document->partnershipId(), stepId);
    const QVariantMap owner {{QStringLiteral("step_id"), stepId}};
    auto ref = [&](const char *field, const QString &undo) {
        return FieldRef {QStringLiteral("step_state"), id, QString::fromLatin1(field), undo, owner};
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *status = new FieldComboBox(document, ref("status", tr("Change the step's status")), method::stepStatuses(),
                                     false, this);
    status->setObjectName(QStringLiteral("stepStatus"));
    status->setAccessibleName(tr("Status of the step"));
    // A stored "not started" is a status nobody set (see evaluation/stepprogress.h):
    // the suggestion below applies to it.
    status->setItemText(status->findData(QStringLiteral("not_started")), tr("Not set"));
    status->setToolTip(tr("Your status for this step; when not set, the status suggested from what was entered "
                          "applies"));
    // The same kind of input as an action's owner: the project's organisations,
    // and a person's name may be typed (step_state.owner is text).
    auto *ownerEdit = new StepOwnerBox(document, stepId, this);
    ownerEdit->setObjectName(QStringLiteral("stepOwner"));
    ownerEdit->setAccessibleName(tr("Owner of the step"));
    ownerEdit->lineEdit()->setPlaceholderText(tr("Who leads this step"));
    auto *start = new FieldDateEdit(document, ref("start_date", tr("Change the step's start date")), this);
    start->setObjectName(QStringLiteral("stepStart"));
    auto *end = new FieldDateEdit(document, ref("end_date", tr("Change the step's end date")), this);
    end->setObjectName(QStringLiteral("stepEnd"));
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("stepMore"));
    more->setText(tr("Notes and checklist"));
    more->setCheckable(true);
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setArrowType(Qt::RightArrow);
    // Two rows, so that a narrow page (the history panel open at 1280 pixels)
    // keeps a readable owner and whole dates: status and owner, then the
    // dates and the notes button.
    ownerEdit->setMinimumWidth(ownerEdit->fontMetrics().averageCharWidth() * 24);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Status:"), this));
    row->addWidget(status);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Owner:"), this));
    row->addWidget(ownerEdit, 1);
    layout->addLayout(row);
    start->setMinimumWidth(DateLineEdit::widthFor(start->font()));
    end->setMinimumWidth(DateLineEdit::widthFor(end->font()));
    auto *dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("From:"), this));
    dates->addWidget(start);
    dates->addWidget(new QLabel(tr("To:"), this));
    dates->addWidget(end);
    auto *inverted = new PeriodWarning(start, end, this);
    inverted->setObjectName(QStringLiteral("stepPeriodWarning"));
    dates->addWidget(inverted, 1);
    dates->addStretch();
    dates->addWidget(more);
    layout->addLayout(dates);
    layout->addWidget(new StepSuggestionBar(document, stepId, this));

    auto *details = new QWidget(this);
    details->setVisible(false);
    auto *detailLayout = new QHBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *notes = new FieldTextEdit(document, ref("notes", tr("Edit the step's notes")), details);
    notes->setObjectName(QStringLiteral("stepNotes"));
    notes->setAccessibleName(tr("Notes on the step"));
    notes->setPlaceholderText(tr("Notes on this step"));
    notes->setMaximumHeight(110);
    auto *checklist
        = new ItemTableModel(document, QStringLiteral("checklist_item"),
                             {{QStringLiteral("done"), tr("Done")}, {QStringLiteral("text"), tr("To do")}}, this);
    checklist->setFilter(QStringLiteral("step_id"), stepId);
    checklist->setOrderBy(QStringLiteral("position"));
    checklist->setEditText(tr("Edit the checklist"));
    auto *view = new QTableView(details);
    view->setObjectName(QStringLiteral("stepChecklist"));
    view->setAccessibleName(tr("Checklist of the step"));
    view->setModel(checklist);
    view->setItemDelegate(new FieldDelegate(document, view));
    view->horizontalHeader()->setStretchLastSection(true);
    fitHeaderText(view->horizontalHeader());
    view->verticalHeader()->hide();
    view->setMaximumHeight(110);
    offerItemHistory(view);
    auto *add = new QPushButton(tr("Add a to-do"), details);
    add->setObjectName(QStringLiteral("addChecklistItem"));
    connect(add, &QPushButton::clicked, checklist, [checklist, view] {
        const QUuid created = checklist->addItem(
            {{QStringLiteral("text"), tr("New item")}, {QStringLiteral("position"), checklist->rowCount()}});
        const int r = checklist->rowOf(created);
        if (r >= 0)
            view->edit(checklist->index(r, 1));
    });
    detailLayout->addWidget(notes, 1);
    auto *checkColumn = new QVBoxLayout;
    checkColumn->addWidget(view);
    checkColumn->addWidget(add, 0, Qt::AlignLeft);
    detailLayout->addLayout(checkColumn, 1);
    layout->addWidget(details);
    connect(more, &QToolButton::toggled, details, [details, more](bool shown) {
        details->setVisible(shown);
        more->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
}

} // namespace alliance
