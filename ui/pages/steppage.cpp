#include "pages/steppage.h"
#include "dialogs/messages.h"

#include "document/document.h"
#include "help/methodguide.h"
#include "method/method.h"
#include "widgets/stepfollowup.h"

#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace alliance {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

StepPage::StepPage(Document *document, const QString &stepId, QWidget *parent)
    : QWidget(parent), m_document(document), m_stepId(stepId)
{
    setObjectName(stepId + QStringLiteral("Page"));
    const method::Step *step = method::findStep(stepId);
    Q_ASSERT(step);
    auto *outer = new QVBoxLayout(this);
    // A right margin: buttons at the edge of the page would lose their border
    // against the window's (or the history panel's) edge.
    outer->setContentsMargins(0, 0, 8, 0);

    auto *title = wrapped(tr("Step %1 — %2").arg(step->number).arg(method::tr(step->name)), this);
    title->setObjectName(QStringLiteral("stepTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *purpose = wrapped(method::tr(step->purpose), this);

    auto *helpToggle = new QToolButton(this);
    helpToggle->setObjectName(QStringLiteral("helpToggle"));
    helpToggle->setText(tr("Guiding questions"));
    helpToggle->setToolTip(tr("Show or hide the method's questions for this step"));
    helpToggle->setCheckable(true);
    helpToggle->setChecked(true);
    helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    helpToggle->setArrowType(Qt::DownArrow);

    // F1 opens the same guide from anywhere (Help menu); this button says it is there.
    auto *guide = new QToolButton(this);
    guide->setObjectName(QStringLiteral("stepGuide"));
    guide->setText(tr("Guide"));
    guide->setToolTip(tr("Read what the method guide says about this step (%1)")
                          .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    connect(guide, &QToolButton::clicked, this, [this] { MethodGuide::open(window(), m_stepId); });

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(guide, 0, Qt::AlignTop);
    header->addWidget(helpToggle, 0, Qt::AlignTop);
    outer->addLayout(header);
    outer->addWidget(purpose);
    outer->addWidget(new StepFollowUp(document, stepId, this));

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    scroll->setWidget(inner);

    auto *help = new QWidget(split);
    help->setObjectName(QStringLiteral("helpPanel"));
    auto *helpLayout = new QVBoxLayout(help);
    auto *helpTitle = wrapped(tr("Questions to ask yourselves"), help);
    QFont bold = helpTitle->font();
    bold.setBold(true);
    helpTitle->setFont(bold);
    helpLayout->addWidget(helpTitle);
    for (const char *question : step->questions) {
        auto *q = wrapped(QStringLiteral("• ") + method::tr(question), help);
        helpLayout->addWidget(q);
    }
    helpLayout->addStretch();
    split->addWidget(scroll);
    split->addWidget(help);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setCollapsible(0, false);
    help->setMinimumWidth(180);
    help->setMaximumWidth(340);
    split->setSizes({900, 280});
    outer->addWidget(split, 1);
    connect(helpToggle, &QToolButton::toggled, help, [help, helpToggle](bool shown) {
        help->setVisible(shown);
        helpToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
}

StepPage::~StepPage()
{
    disconnect(m_document, nullptr, this, nullptr);
}

bool StepPage::apply(const ChangeSet &changes)
{
    QString error;
    if (m_document->apply(changes, &error))
        return true;
    messages::warn(this, tr("Not changed"), error);
    return false;
}

void StepPage::addSection(const QString &title)
{
    auto *label = wrapped(title, this);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    m_content->addSpacing(8);
    m_content->addWidget(label);
}

} // namespace alliance
