#include "help/methodguide.h"

#include "languages.h"
#include "method/method.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alliance {

namespace {

constexpr int blockRole = Qt::UserRole;

} // namespace

MethodGuide::MethodGuide(QWidget *parent)
    : QDialog(parent, Qt::Window),
      m_language(languages::current() == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en")),
      m_contents(new QTreeWidget(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("methodGuide"));
    setWindowTitle(tr("Method guide — Alliance Pilot"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1000, 700);

    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderLabel(tr("Contents"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_contents->setWordWrap(true);
    m_contents->setTextElideMode(Qt::ElideNone);
    m_contents->header()->setStretchLastSection(true);
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setAccessibleName(tr("Method guide"));
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(false);
    // Our own text, written in Markdown: headings, lists and tables, no user content.
    m_text->setMarkdown(markdown(m_language));
    m_text->document()->setDocumentMargin(16);
    // Markdown tables come without padding: give their cells room to breathe.
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            QTextTableFormat format = table->format();
            if (format.cellPadding() < 4) {
                format.setCellPadding(4);
                format.setCellSpacing(0);
                format.setBorderCollapse(true);
                table->setFormat(format);
            }
        }
    }

    QTreeWidgetItem *parentItem = nullptr;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        if (level == 1) { // the title: not a section
            continue;
        }
        auto *item = level == 2 || !parentItem ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(parentItem);
        item->setText(0, block.text());
        item->setToolTip(0, block.text());
        item->setData(0, blockRole, block.blockNumber());
        if (level == 2)
            parentItem = item;
    }
    m_contents->expandAll();
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showBlock(item->data(0, blockRole).toInt()); });
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showBlock(item->data(0, blockRole).toInt()); });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_contents);
    split->addWidget(m_text);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    split->setSizes({300, 700});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("guideClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
}

QString MethodGuide::markdown(const QString &language)
{
    QFile file(language == QLatin1String("fr") ? QStringLiteral(":/help/method-guide.fr.md")
                                               : QStringLiteral(":/help/method-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString MethodGuide::stepHeading(int number, const QString &name)
{
    return tr("Step %1 — %2").arg(number).arg(name);
}

bool MethodGuide::showStep(const QString &stepId)
{
    const method::Step *step = method::findStep(stepId);
    if (!step)
        return false;
    const QString heading = stepHeading(step->number, method::tr(step->name));
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->text(0) == heading) {
            m_contents->setCurrentItem(*it);
            showBlock((*it)->data(0, blockRole).toInt());
            return true;
        }
    }
    return false;
}

QString MethodGuide::currentSection() const
{
    // The last heading at or above the top of the view.
    const int top = m_text->verticalScrollBar()->value();
    QString section;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        const QTextBlock block = m_text->document()->findBlockByNumber((*it)->data(0, blockRole).toInt());
        if (m_text->document()->documentLayout()->blockBoundingRect(block).top() > top + 1)
            break;
        section = (*it)->text(0);
    }
    return section;
}

void MethodGuide::showBlock(int blockNumber)
{
    const QTextBlock block = m_text->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_text->setTextCursor(cursor);
    m_text->verticalScrollBar()->setValue(int(m_text->document()->documentLayout()->blockBoundingRect(block).top()));
}

MethodGuide *MethodGuide::open(QWidget *window, const QString &stepId)
{
    auto *guide = window ? window->findChild<MethodGuide *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    const QString language = languages::current() == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    if (guide && guide->language() != language) { // the language was changed in the preferences
        delete guide;
        guide = nullptr;
    }
    if (!guide)
        guide = new MethodGuide(window);
    guide->show();
    guide->raise();
    guide->activateWindow();
    if (!stepId.isEmpty())
        guide->showStep(stepId);
    return guide;
}

} // namespace alliance
