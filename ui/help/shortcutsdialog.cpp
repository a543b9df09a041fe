#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alliance {

namespace {

/// "&Save as…" → "Save as"; "&&" stays one "&".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QString shortcutsText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &menuName, QSet<const QAction *> &seen,
             QList<ShortcutsDialog::Entry> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), menuName, seen, out);
            continue;
        }
        seen.insert(action);
        const QString keys = shortcutsText(action);
        if (!keys.isEmpty())
            out.append({menuName, plainText(action->text()), keys});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> out;
    if (!window)
        return out;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions())
            if (top->menu())
                collect(top->menu(), plainText(top->text()), seen, out);
    }
    // Commands outside the menus (a page's buttons with a key of their own).
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->isSeparator() || action->menu() || action->text().isEmpty())
            continue;
        seen.insert(action);
        const QString keys = shortcutsText(action);
        if (!keys.isEmpty())
            out.append({QString(), plainText(action->text()), keys});
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Entry> list = entries(window);
    auto *table = new QTableWidget(int(list.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideNone);
    for (int r = 0; r < list.size(); ++r) {
        const Entry &e = list.at(r);
        const QStringList texts {e.menu.isEmpty() ? tr("Page") : e.menu, e.command, e.shortcuts};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c)); // our own labels, shown as plain text
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    // Wide enough for every column, tall enough for every row when the screen allows.
    int width = 60;
    for (int c = 0; c < 3; ++c)
        width += table->columnWidth(c);
    resize(qMax(520, width), qMin(720, 140 + table->verticalHeader()->length()));
}

} // namespace alliance
