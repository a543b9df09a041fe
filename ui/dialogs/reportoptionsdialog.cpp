#include "dialogs/reportoptionsdialog.h"

#include "languages.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace alliance {

ReportOptionsDialog::ReportOptionsDialog(const QString &action, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reportOptionsDialog"));
    setWindowTitle(tr("Evaluation report"));
    const Settings settings;

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_preset->addItem(tr("Full report: the synthesis, then every section"), report::presetId(report::Preset::Full));
    m_preset->addItem(tr("Committee pack: the synthesis, agenda, open decisions, risks and changes"),
                      report::presetId(report::Preset::Committee));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.reportPreset())));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Language names are written in their own language, as users look for them.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        m_language->findData(settings.reportLanguage().isEmpty() ? languages::current() : settings.reportLanguage()));
    if (m_language->currentIndex() < 0)
        m_language->setCurrentIndex(0);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.reportPaper())));

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    const QStringList chosen = settings.reportSections();
    const QStringList preset = report::presetSections(
        report::parsePreset(m_preset->currentData().toString()).value_or(report::Preset::Full));
    for (const QString &id : report::sectionIds()) {
        auto *item = new QListWidgetItem(report::sectionName(id), m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState((chosen.isEmpty() ? preset : chosen).contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    // Choosing what the report is for checks its sections; they may be changed after.
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::checkPresetSections);

    m_private = new QCheckBox(tr("Include the items marked private (internal notes, private contacts and "
                                 "organisations)"),
                              this);
    m_private->setObjectName(QStringLiteral("reportPrivate"));
    m_private->setChecked(settings.reportIncludesPrivate());

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_preset);
    form->addRow(tr("&Language of the report:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    auto *sectionsLabel = new QLabel(tr("&Sections:"), this);
    sectionsLabel->setBuddy(m_sections);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(action);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sections, &QListWidget::itemChanged, this, [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_sections->count(); ++i)
            any = any || m_sections->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsLabel);
    layout->addWidget(m_sections);
    layout->addWidget(m_private);
    layout->addWidget(buttons);
}

void ReportOptionsDialog::checkPresetSections()
{
    const QStringList preset = report::presetSections(options().preset);
    for (int i = 0; i < m_sections->count(); ++i)
        m_sections->item(i)->setCheckState(
            preset.contains(m_sections->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

report::Options ReportOptionsDialog::options() const
{
    report::Options o;
    o.preset = report::parsePreset(m_preset->currentData().toString()).value_or(report::Preset::Full);
    o.language = m_language->currentData().toString();
    o.paper = m_paper->currentData().toString() == QLatin1String("letter") ? report::Paper::Letter : report::Paper::A4;
    QStringList sections;
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            sections.append(m_sections->item(i)->data(Qt::UserRole).toString());
    // The preset's own sections need no list: the report follows the preset.
    if (sections != report::presetSections(o.preset))
        o.sections = sections;
    o.includePrivate = m_private->isChecked();
    return o;
}

void ReportOptionsDialog::accept()
{
    const report::Options o = options();
    Settings settings;
    settings.setReportPreset(report::presetId(o.preset));
    settings.setReportLanguage(o.language);
    settings.setReportPaper(m_paper->currentData().toString());
    settings.setReportSections(o.sections);
    settings.setReportIncludesPrivate(o.includePrivate);
    QDialog::accept();
}

} // namespace alliance
