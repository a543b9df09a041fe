#pragma once
// Tells when someone else changed the open document's file: watches it (and
// its folder, as saves by rename replace the file), waits for the writes to
// settle, ignores the document's own saves, and says so once per change.
// KeePassXC's Database + FileWatcher pair is the model.

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace alliance {

class Document;

class FileWatcher : public QObject
{
    Q_OBJECT
public:
    /// Watches `document`'s file (none for a new document; a Save As moves
    /// the watch). `document` must outlive the watcher, or be its parent.
    explicit FileWatcher(Document *document, QObject *parent = nullptr);
    ~FileWatcher() override;

    /// How long the file must stay still before a change is reported.
    void setSettleTime(int ms);

Q_SIGNALS:
    /// The file on disk is not the one this document last opened, saved or
    /// merged (Document::isChangedOnDisk). Sent once for each such version.
    void changedOnDisk();

private:
    void watch();
    void noticed();
    void settled();

    Document *m_document;
    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
    QString m_reported; ///< the disk version last reported, so each is reported once
};

} // namespace alliance
