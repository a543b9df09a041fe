#include "uifixture.h"

#include <catch2/catch.hpp>

namespace alliance::test {

ProjectFixture::ProjectFixture(const QString &title)
{
    DocumentOptions options;
    options.workingFolder = dir.path();
    doc = Document::createNew(title, {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
}

void ProjectFixture::apply(const ChangeSet &changes)
{
    QString error;
    const bool applied = doc->apply(changes, &error);
    INFO(error.toStdString());
    REQUIRE(applied);
}

QUuid ProjectFixture::addOrganisation(const QString &name, const QString &profile, const QString &role)
{
    const QUuid id = QUuid::createUuid();
    const QString t = QStringLiteral("organisation");
    ChangeSet c(QStringLiteral("Add an organisation"));
    c.set(t, id, QStringLiteral("name"), name);
    if (!profile.isEmpty())
        c.set(t, id, QStringLiteral("profile"), profile);
    if (!role.isEmpty())
        c.set(t, id, QStringLiteral("role"), role);
    apply(c);
    return id;
}

QUuid ProjectFixture::addAction(const QString &title, const QDate &due, const QString &status, bool milestone)
{
    const QUuid id = QUuid::createUuid();
    const QString t = QStringLiteral("action");
    apply(ChangeSet(QStringLiteral("Add an action"))
              .set(t, id, QStringLiteral("title"), title)
              .set(t, id, QStringLiteral("due_date"), due)
              .set(t, id, QStringLiteral("status"), status)
              .set(t, id, QStringLiteral("milestone"), milestone));
    return id;
}

QUuid ProjectFixture::addIndicator(const QString &name, double baseline, double target)
{
    const QUuid id = QUuid::createUuid();
    const QString t = QStringLiteral("indicator");
    apply(ChangeSet(QStringLiteral("Add an indicator"))
              .set(t, id, QStringLiteral("name"), name)
              .set(t, id, QStringLiteral("baseline"), baseline)
              .set(t, id, QStringLiteral("target"), target)
              .set(t, id, QStringLiteral("direction"), QStringLiteral("increase")));
    return id;
}

QUuid ProjectFixture::addReview(const QString &title, const QDate &date)
{
    const QUuid id = QUuid::createUuid();
    apply(ChangeSet(QStringLiteral("Add a review"))
              .set(QStringLiteral("review"), id, QStringLiteral("title"), title)
              .set(QStringLiteral("review"), id, QStringLiteral("date"), date));
    return id;
}

void requireChild(bool found, const QString &name)
{
    INFO("objectName " << name.toStdString());
    REQUIRE(found);
}

void requireActive(bool active)
{
    REQUIRE(active);
}

} // namespace alliance::test
