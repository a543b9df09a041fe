#include "mainwindow.h"
#include "dialogs/messages.h"

#include "answersactions.h"
#include "dialogs/identitydialog.h"
#include "dialogs/newpartnershipwizard.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/workspaceopendialog.h"
#include "document/document.h"
#include "document/filewatcher.h"
#include "document/installation.h"
#include "document/workingcopy.h"
#include "example/examplegenerator.h"
#include "example/storyclock.h"
#include "exportactions.h"
#include "help/helpmenu.h"
#include "pages/startpage.h"
#include "portfolio/portfoliowindow.h"
#include "projectview.h"
#include "questionnaireactions.h"
#include "recentfiles.h"
#include "report/reportactions.h"
#include "settings/settings.h"
#include "sharing.h"
#include "storage/samefile.h"
#include "wheelguard.h"
#include "widgets/historypanel.h"
#include "workspacelink.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace alliance {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Alliance Pilot projects (*.alliance)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_stack(new QStackedWidget(this)),
      m_start(new StartPage(m_stack)),
      m_banner(new QLabel(this))
{
    wheelguard::installEverywhere();
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(QStringLiteral("changedOnDiskBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(sharing::withMergeButton(m_banner, central, [this] {
        if (m_document && sharing::mergeFile(this, *m_document, m_document->filePath()))
            m_banner->hide();
    }));
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_start);
    setCentralWidget(central);
    m_workspace = new WorkspaceLink(this, [this] { return m_document.get(); });
    connect(m_workspace, &WorkspaceLink::runningChanged, this, &MainWindow::refreshTitle);
    createActions();
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newPartnership);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_start, &StartPage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_start, &StartPage::fileChosen, this, &MainWindow::openFile);
    connect(m_start, &StartPage::portfolioRequested, this, &MainWindow::showPortfolio);
    if (!restoreGeometry(Settings().windowGeometry()))
        resize(1280, 800);
    statusBar()->showMessage(tr("Ready"));
    m_authorStatus = new QLabel(this);
    m_authorStatus->setObjectName(QStringLiteral("authorStatus"));
    m_authorStatus->setTextFormat(Qt::PlainText);
    m_authorStatus->setToolTip(tr("Your name and organisation, set in Preferences"));
    m_authorStatus->hide();
    statusBar()->addPermanentWidget(m_authorStatus);
    statusBar()->addPermanentWidget(m_workspace->statusLabel());
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages hold the document: delete them first.
    delete m_view;
    m_view = nullptr;
}

void MainWindow::createActions()
{
    auto action = [this](QMenu *menu, const QString &name, const QString &text, const QString &tip,
                         const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(text, this, slot);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setShortcuts(keys);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    action(file, QStringLiteral("actionNew"), tr("&New partnership…"), tr("Start a new partnership"),
           {QKeySequence::New}, &MainWindow::newPartnership);
    action(file, QStringLiteral("actionOpen"), tr("&Open…"), tr("Open a partnership project file"),
           {QKeySequence::Open}, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    action(file, QStringLiteral("actionOpenExample"), tr("Open the &example"),
           tr("Open a complete example partnership, as a new unsaved project"), {}, &MainWindow::openExample);
    action(file, QStringLiteral("actionPortfolio"), tr("Port&folio…"), tr("See every partnership of a folder at once"),
           {}, [this] { showPortfolio(); });
    file->addSeparator();
    m_documentActions << action(file, QStringLiteral("actionSave"), tr("&Save"), tr("Save the partnership to its file"),
                                {QKeySequence::Save}, &MainWindow::save);
    m_documentActions << action(file, QStringLiteral("actionSaveAs"), tr("Save &as…"),
                                tr("Save the partnership to another file"), {QKeySequence::SaveAs},
                                &MainWindow::saveAs);
    m_revert = action(file, QStringLiteral("actionRevert"), tr("Re&vert to saved"),
                      tr("Forget the changes made since the last save"), {}, &MainWindow::revert);
    m_documentActions << action(file, QStringLiteral("actionClose"), tr("&Close"), tr("Close the partnership"),
                                {QKeySequence::Close}, &MainWindow::closeDocument);
    file->addSeparator();
    m_documentActions << action(file, QStringLiteral("actionShare"), tr("S&hare with partner…"),
                                tr("Write a copy for a partner organisation, without private items"), {},
                                [this] { sharing::shareWithPartner(this, *m_document); });
    m_documentActions << action(file, QStringLiteral("actionMerge"), tr("&Merge…"),
                                tr("Merge the copy a partner sent back"), {},
                                [this] { sharing::chooseAndMerge(this, *m_document); });
    action(file, QStringLiteral("actionOpenFromWorkspace"), tr("Open from wor&kspace…"),
           tr("Keep a file of a partnership you are a member of in a shared workspace"), {}, [this] {
               WorkspaceOpenDialog dialog(this);
               if (dialog.exec() == QDialog::Accepted)
                   openFromWorkspace(dialog.filePath(), dialog.partnership(), dialog.address());
           });
    m_documentActions << action(file, QStringLiteral("actionPublishWorkspace"), tr("Publish to &workspace…"),
                                tr("Put the partnership in a shared PostgreSQL workspace"), {},
                                [this] { m_workspace->publish(); });
    m_syncWorkspace = action(file, QStringLiteral("actionSyncWorkspace"), tr("S&ync with workspace"),
                             tr("Exchange changes with the partnership's workspace"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)}, [this] { m_workspace->syncNow(); });
    m_documentActions << action(file, QStringLiteral("actionWorkspaceMembers"), tr("Workspace mem&bers…"),
                                tr("Who may read, edit or own the partnership in its workspace"), {},
                                [this] { m_workspace->showMembers(); });
    m_documentActions << action(file, QStringLiteral("actionImportAnswers"), tr("&Import answers…"),
                                tr("Import the answers partners gave in questionnaire workbooks"), {},
                                [this] { answersactions::chooseAndImport(this, *m_document); });
    answersactions::acceptDroppedWorkbooks(this, [this] { return m_document.get(); });
    file->addSeparator();
    m_documentActions << action(file, QStringLiteral("actionExportPdf"), tr("&Export PDF report…"),
                                tr("Write the evaluation report as a PDF file"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                                [this] { reportactions::exportPdf(this, *m_document); });
    m_documentActions << action(file, QStringLiteral("actionExport"), tr("E&xport…"),
                                tr("Write the partnership as a workbook, CSV files, a calendar or an interchange file"),
                                {}, [this] { exportactions::exportProject(this, *m_document); });
    m_documentActions << action(file, QStringLiteral("actionPrepareQuestionnaires"), tr("Prepare q&uestionnaires…"),
                                tr("Write the workbooks partners fill in without the app"), {},
                                [this] { questionnaireactions::prepare(this, *m_document); });
    m_documentActions << action(file, QStringLiteral("actionPrintPreview"), tr("Print pre&view…"),
                                tr("See the evaluation report as it will print"), {},
                                [this] { reportactions::printPreview(this, *m_document); });
    m_documentActions << action(file, QStringLiteral("actionPrint"), tr("&Print report…"),
                                tr("Print the evaluation report"), {QKeySequence::Print},
                                [this] { reportactions::print(this, *m_document); });
    file->addSeparator();
    action(file, QStringLiteral("actionPreferences"), tr("&Preferences…"),
           tr("Your name, organisation, language and recovery options"), {QKeySequence::Preferences}, [this] {
               // The name and organisation apply from the next edit on, not
               // from the next opening of the project.
               if (PreferencesDialog(this).exec() == QDialog::Accepted)
                   readAuthorPreferences();
           });
    file->addSeparator();
    action(file, QStringLiteral("actionQuit"), tr("&Quit"), tr("Quit Alliance Pilot"), {QKeySequence::Quit},
           &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = action(edit, QStringLiteral("actionUndo"), tr("&Undo"), tr("Undo the last change"), {QKeySequence::Undo},
                    [this] {
                        QString error;
                        if (m_document && !m_document->undo(&error) && !error.isEmpty())
                            messages::warn(this, tr("Undo"), error);
                    });
    m_redo = action(edit, QStringLiteral("actionRedo"), tr("&Redo"), tr("Redo the change just undone"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, [this] {
                        QString error;
                        if (m_document && !m_document->redo(&error) && !error.isEmpty())
                            messages::warn(this, tr("Redo"), error);
                    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < 7; ++i) {
        QAction *a = view->addAction(tr("Step %1").arg(i + 1), this, [this, i] {
            if (m_view)
                m_view->showStep(i);
        });
        a->setObjectName(QStringLiteral("actionStep%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_documentActions << a;
    }
    view->addSeparator();
    m_documentActions << action(view, QStringLiteral("actionDashboard"), tr("&Dashboard"),
                                tr("Charts of where the partnership stands"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                                [this] {
                                    if (m_view)
                                        m_view->showDashboard();
                                });
    m_history = HistoryPanel::addTo(this, view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    helpmenu::addTo(this, help);
    action(help, QStringLiteral("actionAbout"), tr("&About Alliance Pilot"), tr("Version and purpose"), {}, [this] {
        QMessageBox::about(this, tr("About Alliance Pilot"),
                           tr("Alliance Pilot %1\n\nDesign, pilot and evaluate strategic partnerships between "
                              "associations, companies, foundations and local authorities, following the seven "
                              "steps of the \"faire alliance\" method (SDG 17).")
                               .arg(QApplication::applicationVersion()));
    });
    refreshRecentMenu();
}

void MainWindow::showPortfolio()
{
    if (!m_portfolio) {
        m_portfolio = new PortfolioWindow(this);
        connect(m_portfolio, &PortfolioWindow::openRequested, this, [this](const QString &path) {
            if (openFile(path)) {
                raise();
                activateWindow();
            }
        });
    }
    m_portfolio->show();
    m_portfolio->raise();
    m_portfolio->activateWindow();
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentfiles::list();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setStatusTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_banner->hide();
    rememberPage();
    if (m_view) {
        m_stack->removeWidget(m_view);
        delete m_view; // before the document it shows
        m_view = nullptr;
    }
    m_document = std::move(document);
    m_history->setDocument(m_document.get());
    if (m_document) {
        m_view = new ProjectView(m_document.get(), m_stack);
        m_stack->addWidget(m_view);
        m_stack->setCurrentWidget(m_view);
        connect(m_document.get(), &Document::changed, this, &MainWindow::refreshTitle);
        connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::refreshTitle);
        // The user's organisation may be added or renamed after opening.
        connect(m_document.get(), &Document::changed, this, &MainWindow::refreshAuthor);
        // Owned by the document: it watches whatever file the document has.
        auto *watcher = new FileWatcher(m_document.get(), m_document.get());
        connect(watcher, &FileWatcher::changedOnDisk, this, &MainWindow::onFileChangedOnDisk);
        if (!m_document->filePath().isEmpty()) {
            recentfiles::add(m_document->filePath());
            refreshRecentMenu();
            // Back where the user left this partnership.
            const int page = recentfiles::lastPage(m_document->filePath());
            if (page >= 0 && page <= ProjectView::dashboardIndex)
                m_view->showStep(page);
        }
        // Remembered as the user goes, so that even after a crash it reopens there.
        connect(m_view, &ProjectView::pageShown, this, &MainWindow::rememberPage);
        if (const auto holder = m_document->lockedBy())
            messages::warn(this, tr("Open elsewhere"),
                           tr("%1 has had this file open on %2 since %3. If you both change it, your "
                              "changes will have to be merged.")
                               .arg(holder->user, holder->host,
                                    QLocale().toString(holder->since.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_start->refresh();
        m_stack->setCurrentWidget(m_start);
    }
    refreshTitle();
    readAuthorPreferences();
    askIdentityIfUnknown();
    m_workspace->documentShown();
}

void MainWindow::rememberPage()
{
    if (m_view && m_document)
        recentfiles::setLastPage(m_document->filePath(), m_view->currentStep());
}

void MainWindow::askIdentityIfUnknown()
{
    if (!m_document || !m_asksForIdentity || installation::hasChosenName())
        return;
    IdentityDialog dialog(&m_document->project(), this);
    if (dialog.exec() == QDialog::Accepted)
        readAuthorPreferences();
}

void MainWindow::readAuthorPreferences()
{
    m_preferences = installation::preferences();
    refreshAuthor();
}

void MainWindow::refreshAuthor()
{
    m_authorStatus->setVisible(m_document != nullptr);
    if (!m_document)
        return;
    m_document->setAuthor(installation::author(m_preferences, &m_document->project()));
    const Author &author = m_document->author();
    const Organisation *organisation = m_document->project().organisation(author.organisationId);
    m_authorStatus->setText(organisation ? tr("Changes recorded as %1 (%2)").arg(author.name, organisation->name)
                                         : tr("Changes recorded as %1").arg(author.name));
}

void MainWindow::refreshTitle()
{
    const bool open = m_document != nullptr;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    m_revert->setEnabled(open && m_document->isModified() && !m_document->filePath().isEmpty());
    m_syncWorkspace->setEnabled(open && !m_workspace->isSyncing()); // one sync at a time
    m_undo->setEnabled(open && m_document->canUndo());
    m_redo->setEnabled(open && m_document->canRedo());
    m_undo->setText(open && m_document->canUndo() ? tr("&Undo “%1”").arg(m_document->undoText()) : tr("&Undo"));
    m_redo->setText(open && m_document->canRedo() ? tr("&Redo “%1”").arg(m_document->redoText()) : tr("&Redo"));
    QString name;
    if (open)
        name = m_document->filePath().isEmpty() ? m_document->project().partnership.title
                                                : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(open ? tr("%1[*] — Alliance Pilot").arg(name) : tr("Alliance Pilot"));
    setWindowModified(open && m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && sameFile(path, m_document->filePath())) {
        raise();
        return true;
    }
    if (!maybeSave())
        return false;
    CheckResult result;
    auto document = Document::open(path, installation::author(), {}, &result);
    if (!document) {
        messages::warn(this, tr("This file cannot be opened"), result.message);
        return false;
    }
    setDocument(std::move(document));
    const QString partnerCopy = sharing::partnerCopyNotice(*m_document); // knows the author set on showing
    statusBar()->showMessage(partnerCopy.isEmpty() ? tr("Opened %1").arg(QFileInfo(path).fileName()) : partnerCopy,
                             partnerCopy.isEmpty() ? 5000 : 20000);
    return true;
}

bool MainWindow::openFromWorkspace(const QString &path, const QUuid &partnership, const QString &address)
{
    Settings().setWorkspaceAddress(partnership, address); // before it shows: linked at once
    return openFile(path);
}

bool MainWindow::openExample()
{
    if (!maybeSave())
        return false;
    QString error;
    example::StoryClock story;
    DocumentOptions options;
    options.clock = story.clock();
    auto document = Document::createNew(tr("Example partnership"), installation::author(), options, {}, &error);
    if (!document || !example::fillExample(*document, &error, &story)) {
        messages::warn(this, tr("The example cannot be opened"), error);
        return false;
    }
    setDocument(std::move(document));
    statusBar()->showMessage(tr("This example is not saved anywhere yet: use Save as to keep it."), 8000);
    return true;
}

void MainWindow::newPartnership()
{
    if (!maybeSave())
        return;
    NewPartnershipWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (!wizard.authorName().isEmpty())
        installation::setUser(wizard.authorName(), wizard.ownOrganisationName());
    QString error;
    auto document = Document::createNew(wizard.title(), installation::author(), {}, {}, &error);
    if (!document || !document->apply(wizard.changes(document->partnershipId()), &error)) {
        messages::warn(this, tr("The partnership cannot be created"), error);
        return;
    }
    setDocument(std::move(document));
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a partnership"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_view)
        m_view->commitPendingEdits();
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (m_document->isChangedOnDisk()) {
        const auto answer
            = messages::ask(this, tr("The file was changed elsewhere"),
                            tr("“%1” was changed by someone else since you opened it. Replace it with your version? "
                               "Choose No to save under another name.")
                                .arg(QFileInfo(m_document->filePath()).fileName()),
                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::No)
            return saveAs();
    }
    if (!m_document->save(Document::IfChangedOnDisk::Overwrite, &error)) {
        messages::warn(this, tr("Not saved"), error);
        return false;
    }
    m_banner->hide();
    statusBar()->showMessage(tr("Saved"), 3000);
    m_workspace->saved();
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    if (m_view)
        m_view->commitPendingEdits();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the partnership as"),
        m_document->filePath().isEmpty() ? m_document->project().partnership.title + QStringLiteral(".alliance")
                                         : m_document->filePath(),
        fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".alliance")))
        path += QStringLiteral(".alliance");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        messages::warn(this, tr("Not saved"), error);
        return false;
    }
    recentfiles::add(path);
    refreshRecentMenu();
    m_banner->hide();
    refreshTitle();
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 8000);
    m_workspace->saved();
    return true;
}

void MainWindow::revert()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    if (messages::ask(this, tr("Revert to saved"), tr("Forget every change made since the last save?"))
        != QMessageBox::Yes)
        return;
    const QString path = m_document->filePath();
    setDocument(nullptr);
    openFile(path);
}

bool MainWindow::closeDocument()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

void MainWindow::closeDocumentWithoutSaving()
{
    setDocument(nullptr);
}

bool MainWindow::maybeSave()
{
    if (!m_document)
        return true;
    if (m_view)
        m_view->commitPendingEdits();
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes made to “%1”?").arg(m_document->project().partnership.title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    box.setInformativeText(tr("If you don't save, your changes since the last save will be lost."));
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::onFileChangedOnDisk()
{
    if (!m_document || !m_document->isChangedOnDisk())
        return;
    m_banner->setText(tr("“%1” was changed on disk by someone else. Saving will ask before replacing it.")
                          .arg(QFileInfo(m_document->filePath()).fileName()));
    m_banner->show();
}

void MainWindow::offerRecovery()
{
    if (!Settings().offerRecovery())
        return;
    const auto found = workingcopy::findRecoverable(workingcopy::defaultFolder());
    for (const auto &work : found) {
        const QString what = work.sourcePath.isEmpty() ? work.title : QFileInfo(work.sourcePath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Alliance Pilot stopped before %n change(s) to “%1” were saved. Recover them?", nullptr,
                           int(work.unsavedChanges))
                            .arg(what),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Last change: %1.").arg(QLocale().toString(work.lastEdit, QLocale::ShortFormat)));
        QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(discard)) {
            workingcopy::discard(work.workingCopy);
            continue;
        }
        if (box.clickedButton() != static_cast<QAbstractButton *>(recover))
            continue;
        QString error;
        auto document = Document::recover(work.workingCopy, installation::author(), {}, &error);
        if (!document) {
            messages::warn(this, tr("Recover unsaved work"), error);
            continue;
        }
        setDocument(std::move(document));
        return; // one partnership per window
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings().setWindowGeometry(saveGeometry());
    setDocument(nullptr);
    event->accept();
}

} // namespace alliance
