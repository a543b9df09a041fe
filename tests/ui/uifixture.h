#pragma once
// What the UI tests share: a blank partnership in a folder of its own, a few
// items made in one call, and widgets found by objectName.

#include "document/document.h"

#include <QApplication>
#include <QDate>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace alliance::test {

/// A new partnership edited by "Tester", whose working copy lives in a
/// temporary folder removed with the fixture.
struct ProjectFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;

    explicit ProjectFixture(const QString &title = QStringLiteral("Test"));
    /// Applies `changes`; the test fails if the document refuses them.
    void apply(const ChangeSet &changes);
    /// An organisation; the profile and role are set only when given.
    QUuid addOrganisation(const QString &name, const QString &profile = {}, const QString &role = {});
    QUuid addAction(const QString &title, const QDate &due, const QString &status, bool milestone = false);
    QUuid addIndicator(const QString &name, double baseline, double target);
    QUuid addReview(const QString &title, const QDate &date = QDate(2024, 6, 1));
};

/// Fails the test when `parent` has no child of type T named `name`.
void requireChild(bool found, const QString &name);
/// Fails the test when a page never became the active window.
void requireActive(bool active);

template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    requireChild(w != nullptr, name);
    return w;
}

template<typename T> T *child(const QObject *parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

/// A project and one step page on it, opened (shown at 1280 × 800 and
/// active) when the test has set up what the page should show.
template<typename Page> struct PageFixture : ProjectFixture
{
    std::unique_ptr<Page> page;
    using ProjectFixture::ProjectFixture;
    void open()
    {
        page = std::make_unique<Page>(doc.get());
        page->resize(1280, 800);
        page->show();
        QApplication::setActiveWindow(page.get());
        requireActive(QTest::qWaitForWindowActive(page.get()));
    }
    template<typename T> T *child(const QString &name) const { return test::child<T>(page.get(), name); }
    template<typename T> T *child(const char *name) const { return test::child<T>(page.get(), name); }
};

} // namespace alliance::test
