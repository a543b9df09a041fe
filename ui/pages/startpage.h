#pragma once
// The page shown when no partnership is open: recent project files as cards
// (read without opening them for editing), New, Open, Open example, and
// drag and drop of a .alliance file.

#include <QWidget>

class QGridLayout;

namespace alliance {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    /// Re-reads the recent files and rebuilds their cards.
    void refresh();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openExampleRequested();
    void fileChosen(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *m_cards;
    QGridLayout *m_grid;
};

} // namespace alliance
