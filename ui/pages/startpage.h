#pragma once
// The page shown when no partnership is open: recent project files as cards
// (read without opening them for editing), New, Open, Open example, and
// drag and drop of a .alliance file. With no recent file, a short
// introduction to the app and its seven steps, until the user hides it.

#include <QWidget>

class QGridLayout;

namespace alliance {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    /// Re-reads the recent files and rebuilds their cards; shows the
    /// introduction ("startIntro") when there is none and it was not hidden.
    void refresh();
    /// Whether the user hid the introduction (kept in the settings).
    static bool introHidden();
    static void setIntroHidden(bool hidden);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openExampleRequested();
    void portfolioRequested();
    void fileChosen(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeIntro();

    QWidget *m_intro;
    QWidget *m_cards;
    QGridLayout *m_grid;
};

} // namespace alliance
