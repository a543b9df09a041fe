#include "dialogs/answersimportdialog.h"

#include "document/document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alliance {

using namespace questionnaire;

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names and answers come from received workbooks
    label->setWordWrap(true);
    return label;
}

// Texts of many lines (a comment) are shown on one, whole in the tooltip.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 120 ? text.left(119) + QStringLiteral("…") : text;
}

} // namespace

AnswersImportDialog::AnswersImportDialog(const Document &document, const QList<WorkbookAnswers> &workbooks,
                                         QWidget *parent)
    : QDialog(parent), m_workbooks(workbooks), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("answersImportDialog"));
    setWindowTitle(tr("Import answers"));
    resize(1040, 680);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Check what each workbook brings before importing it. Answers that differ "
                                    "replace what the project holds, in the name of the organisation that "
                                    "answered; the whole import is one step to undo."),
                                 this));
    m_tabs->setObjectName(QStringLiteral("answersTabs"));
    layout->addWidget(m_tabs, 1);

    m_checks.fill(nullptr, m_workbooks.size());
    // One tab per respondent organisation, in the order the workbooks came.
    QStringList organisations;
    QList<QList<int>> byOrganisation;
    bool anonymous = false, refused = false;
    for (int i = 0; i < m_workbooks.size(); ++i) {
        const WorkbookAnswers &w = m_workbooks.at(i);
        if (w.refused()) {
            refused = true;
            continue;
        }
        if (w.anonymous) {
            anonymous = true;
            continue;
        }
        int at = int(organisations.indexOf(w.organisationName));
        if (at < 0) {
            organisations.append(w.organisationName);
            byOrganisation.append(QList<int>());
            at = int(organisations.size()) - 1;
        }
        byOrganisation[at].append(i);
    }
    for (int o = 0; o < organisations.size(); ++o)
        m_tabs->addTab(organisationTab(byOrganisation.at(o)), organisations.at(o));
    if (anonymous)
        m_tabs->addTab(anonymousTab(document), tr("Anonymous answers"));
    if (refused)
        m_tabs->addTab(refusedTab(), tr("Refused"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("answersImportButton"));
    m_import->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshButton();
}

QList<WorkbookAnswers> AnswersImportDialog::selected() const
{
    QList<WorkbookAnswers> list;
    for (int i = 0; i < m_workbooks.size(); ++i)
        if (m_checks.at(i) && m_checks.at(i)->isChecked())
            list.append(m_workbooks.at(i));
    return list;
}

QWidget *AnswersImportDialog::organisationTab(const QList<int> &workbooks)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    for (int i : workbooks) {
        const WorkbookAnswers &w = m_workbooks.at(i);
        auto *check = new QCheckBox(tr("%1 — %2").arg(w.title, w.fileName), tab);
        check->setObjectName(QStringLiteral("answersWorkbook_%1").arg(i));
        check->setChecked(w.changeCount() > 0);
        check->setEnabled(w.changeCount() > 0);
        connect(check, &QCheckBox::toggled, this, &AnswersImportDialog::refreshButton);
        m_checks[i] = check;
        layout->addWidget(check);
        QStringList reasons; // said once each: the four weights share one
        for (const AnswerChange &c : w.answers)
            if (c.status == AnswerStatus::Ignored && !reasons.contains(c.reason))
                reasons.append(c.reason);
        const QString summary = w.changeCount() > 0 ? tr("%n answer(s) to import", nullptr, w.changeCount())
            : reasons.isEmpty()                     ? tr("Nothing new: the project already holds these answers.")
                                                    : tr("Nothing to import.");
        auto *label = plainLabel(summary, tab);
        label->setObjectName(QStringLiteral("answersSummary_%1").arg(i));
        layout->addWidget(label);
        if (!reasons.isEmpty()) {
            auto *ignored = plainLabel(reasons.join(QLatin1Char('\n')), tab);
            ignored->setObjectName(QStringLiteral("answersIgnored_%1").arg(i));
            layout->addWidget(ignored);
        }
        // Each list takes room in proportion to its rows.
        layout->addWidget(answersList(w), int(qBound<qsizetype>(qsizetype(1), w.answers.size(), qsizetype(20))));
    }
    return tab;
}

QTreeWidget *AnswersImportDialog::answersList(const WorkbookAnswers &w)
{
    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("answersList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels(
        {tr("Question"), tr("Answer part"), tr("In the project"), tr("In the workbook"), tr("Status")});
    for (const AnswerChange &c : w.answers) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, oneLine(c.question));
        item->setText(1, c.part);
        item->setText(2, oneLine(c.inProject));
        item->setText(3, oneLine(c.inWorkbook));
        item->setText(4, statusName(c.status));
        item->setToolTip(2, c.inProject);
        item->setToolTip(3, c.inWorkbook);
        if (c.status == AnswerStatus::Ignored)
            item->setToolTip(4, c.reason);
        if (c.status == AnswerStatus::New || c.status == AnswerStatus::Differs) {
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
    }
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->setColumnWidth(0, 240);
    list->setColumnWidth(1, 150);
    list->setColumnWidth(2, 200);
    list->setColumnWidth(3, 200);
    return list;
}

QWidget *AnswersImportDialog::anonymousTab(const Document &document)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(plainLabel(tr("These answers were given anonymously: they are never stored against an "
                                    "organisation, only summed up here by kind of organisation."),
                                 tab));
    auto *list = new QTreeWidget(tab);
    list->setObjectName(QStringLiteral("answersAnonymous"));
    list->setHeaderLabels({tr("Question"), tr("Answers")});
    for (const KindAggregate &a : aggregateAnonymous(document, m_workbooks)) {
        auto *kind = new QTreeWidgetItem(list, {tr("%1: %n respondent(s)", nullptr, a.respondents).arg(a.kindLabel)});
        for (const QuestionSpread &s : a.questions) {
            QStringList counts;
            for (int i = 0; i < s.counts.size(); ++i)
                counts.append(tr("%1: %2").arg(s.valueLabels.value(i), locale().toString(s.counts.at(i))));
            const QString spread = s.rating
                ? tr("mean %1 (%2)").arg(locale().toString(s.mean, 'f', 1), counts.join(QStringLiteral(", ")))
                : counts.join(QStringLiteral(", "));
            new QTreeWidgetItem(kind, {oneLine(s.label), spread});
        }
    }
    list->expandAll();
    list->setColumnWidth(0, 400);
    layout->addWidget(list, 1);
    return tab;
}

QWidget *AnswersImportDialog::refusedTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(plainLabel(tr("These workbooks are not imported:"), tab));
    auto *list = new QTreeWidget(tab);
    list->setObjectName(QStringLiteral("answersRefused"));
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    list->setHeaderLabels({tr("Workbook"), tr("Reason")});
    for (const WorkbookAnswers &w : m_workbooks)
        if (w.refused()) {
            auto *item = new QTreeWidgetItem(list, {w.fileName, w.refusal});
            item->setToolTip(1, w.refusal);
        }
    list->setColumnWidth(0, 220);
    layout->addWidget(list, 1);
    return tab;
}

void AnswersImportDialog::refreshButton()
{
    m_import->setEnabled(!selected().isEmpty());
}

} // namespace alliance
