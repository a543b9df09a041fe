#pragma once
// Before a report is printed or exported: what it is for (the full report or
// the committee pack), its language, its paper, its sections and whether
// private items are included. The choices are kept for
// the next report.

#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;

namespace alliance {

class ReportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `action` names the button that accepts ("Export", "Print", "Preview").
    ReportOptionsDialog(const QString &action, QWidget *parent = nullptr);

    /// The options as chosen (sections empty when all are checked).
    report::Options options() const;
    void accept() override;

private:
    /// Checks the sections `preset` prints.
    void checkPresetSections();

    QComboBox *m_preset;
    QComboBox *m_language;
    QComboBox *m_paper;
    QListWidget *m_sections;
    QCheckBox *m_private;
};

} // namespace alliance
