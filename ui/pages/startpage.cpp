#include "pages/startpage.h"

#include "evaluation/scores.h"
#include "help/methodguide.h"
#include "method/method.h"
#include "model/projectreader.h"
#include "recentfiles.h"
#include "settings/settings.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace alliance {

namespace {

QLabel *plain(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString projectFileOf(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".alliance")))
            return url.toLocalFile();
    return {};
}

/// One recent file: what a manager needs to recognise it at a glance.
QWidget *makeCard(const QString &path, QWidget *parent, StartPage *page)
{
    auto *card = new QPushButton(parent);
    card->setObjectName(QStringLiteral("recentCard"));
    card->setFlat(false);
    card->setMinimumSize(280, 150);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    card->setFixedHeight(160);
    auto *layout = new QVBoxLayout(card);
    const QFileInfo info(path);
    CheckResult check;
    const auto project = readProjectFile(path, &check);
    QStringList lines;
    QString title = info.fileName();
    if (project) {
        title = project->partnership.title;
        if (const Organisation *lead = project->leadOrganisation())
            lines << StartPage::tr("Led by %1").arg(lead->name);
        const auto journey = evaluation::stepProgress(*project);
        if (const method::Step *step = method::findStep(journey.currentStepId))
            lines << StartPage::tr("Step %1: %2").arg(step->number).arg(method::tr(step->name));
        const auto reviews = evaluation::scoreReviews(*project);
        if (!reviews.isEmpty()) {
            QStringList scores;
            for (const auto &angle : reviews.last().angles) {
                const method::Choice *c = method::findChoice(method::evaluationAngles(), angle.id);
                scores << QStringLiteral("%1 %2").arg(
                    method::tr(c->label),
                    angle.percent ? StartPage::tr("%1%").arg(QLocale().toString(qRound(*angle.percent)))
                                  : StartPage::tr("—"));
            }
            lines << StartPage::tr("Last review: %1").arg(scores.join(QStringLiteral(" · ")));
            if (reviews.last().respondents > 0)
                lines << StartPage::tr("%n partner(s) answered", nullptr, reviews.last().respondents);
        }
    } else {
        lines << check.message;
    }
    lines << StartPage::tr("Modified %1").arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat));
    auto *titleLabel = plain(title, card);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    layout->addWidget(titleLabel);
    for (const auto &line : lines)
        layout->addWidget(plain(line, card));
    layout->addStretch();
    card->setToolTip(path);
    card->setAccessibleName(StartPage::tr("Open %1").arg(title));
    for (auto *child : card->findChildren<QLabel *>())
        child->setAttribute(Qt::WA_TransparentForMouseEvents);
    QObject::connect(card, &QPushButton::clicked, page, [page, path] { Q_EMIT page->fileChosen(path); });
    return card;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("Alliance Pilot"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(plain(tr("Design, pilot and evaluate your partnerships, step by step."), this));

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &name, const QString &text, const QString &tip, void (StartPage::*signal)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
    };
    add(QStringLiteral("startNew"), tr("New partnership…"), tr("Start a new partnership with its partners"),
        &StartPage::newRequested);
    add(QStringLiteral("startOpen"), tr("Open…"), tr("Open a project file"), &StartPage::openRequested);
    add(QStringLiteral("startExample"), tr("Open the example"), tr("Explore a complete example partnership"),
        &StartPage::openExampleRequested);
    add(QStringLiteral("startPortfolio"), tr("Portfolio…"), tr("See every partnership of a folder at once"),
        &StartPage::portfolioRequested);
    buttons->addStretch();
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    m_intro = makeIntro();
    layout->addWidget(m_intro);
    layout->addWidget(plain(tr("Recent partnerships — or drop a .alliance file here"), this));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_grid = new QGridLayout(m_cards);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    refresh();
}

QWidget *StartPage::makeIntro()
{
    auto *intro = new QFrame(this);
    intro->setObjectName(QStringLiteral("startIntro"));
    intro->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(intro);
    auto *heading = plain(tr("Welcome"), intro);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(plain(tr("Alliance Pilot keeps one partnership in one file that you share with the partners. It "
                               "walks you through the seven steps of the “faire alliance” method, from the first "
                               "diagnosis to the evaluation, and remembers who changed what."),
                            intro));
    // The steps as the method's registry names them, one line each.
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(12);
    steps->setColumnStretch(1, 1);
    int row = 0;
    for (const method::Step &step : method::steps()) {
        auto *name = plain(tr("%1. %2").arg(step.number).arg(method::tr(step.name)), intro);
        name->setWordWrap(false);
        QFont f = name->font();
        f.setBold(true);
        name->setFont(f);
        steps->addWidget(name, row, 0, Qt::AlignTop);
        steps->addWidget(plain(method::tr(step.purpose), intro), row, 1);
        ++row;
    }
    steps->setObjectName(QStringLiteral("startIntroSteps"));
    steps->setVerticalSpacing(6);
    layout->addSpacing(6);
    layout->addLayout(steps);
    layout->addSpacing(6);

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &objectName, const QString &text) {
        auto *b = new QPushButton(text, intro);
        b->setObjectName(objectName);
        buttons->addWidget(b);
        return b;
    };
    connect(add(QStringLiteral("startIntroNew"), tr("Start a partnership…")), &QPushButton::clicked, this,
            &StartPage::newRequested);
    connect(add(QStringLiteral("startIntroExample"), tr("Explore the example")), &QPushButton::clicked, this,
            &StartPage::openExampleRequested);
    connect(add(QStringLiteral("startIntroGuide"), tr("Read the method guide")), &QPushButton::clicked, this,
            [this] { MethodGuide::open(window()); });
    buttons->addStretch();
    QPushButton *hide = add(QStringLiteral("startIntroHide"), tr("Hide this introduction"));
    hide->setFlat(true);
    hide->setToolTip(tr("The method guide stays in the Help menu (%1)")
                         .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    connect(hide, &QPushButton::clicked, this, [this] {
        setIntroHidden(true);
        m_intro->hide();
    });
    layout->addLayout(buttons);
    return intro;
}

bool StartPage::introHidden()
{
    return Settings().startIntroHidden();
}

void StartPage::setIntroHidden(bool hidden)
{
    Settings().setStartIntroHidden(hidden);
}

void StartPage::refresh()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList recent = recentfiles::list();
    m_intro->setVisible(recent.isEmpty() && !introHidden());
    if (recent.isEmpty()) {
        auto *none = plain(tr("No recent partnership yet."), m_cards);
        none->setWordWrap(false); // a grid column is as narrow as its widest card: none here
        m_grid->addWidget(none, 0, 0);
        return;
    }
    const int columns = 3;
    for (int i = 0; i < recent.size(); ++i)
        m_grid->addWidget(makeCard(recent.at(i), m_cards, this), i / columns, i % columns);
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!projectFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QString path = projectFileOf(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT fileChosen(path);
    }
}

} // namespace alliance
