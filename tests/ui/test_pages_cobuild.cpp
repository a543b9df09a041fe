// Step 5 page: governance, contributions with totals and shares, agreement
// dates and terms, key documents (opened only on request).
#include "document/document.h"
#include "models/contributiontotalsmodel.h"
#include "pages/cobuildpage.h"
#include "storage/schema.h"
#include "widgets/fieldeditors.h"

#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace alliance;
using test::child;

/// Receives the URLs QDesktopServices would open, instead of opening them.
class CoBuildUrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

struct Fixture : test::ProjectFixture
{
    std::unique_ptr<CoBuildPage> page;
    Fixture() : ProjectFixture(QStringLiteral("Test"))
    {
        page = std::make_unique<CoBuildPage>(doc.get());
        page->resize(1280, 800);
        page->show();
    }
    template<typename T> T *child(const char *name) const { return test::child<T>(page.get(), name); }
};

QString euros(double value)
{
    return QLocale().toCurrencyString(value, QString(QChar(0x20AC)), 2);
}

} // namespace

TEST_CASE("Co-build: governance and meeting cadence are stored", "[ui][cobuild]")
{
    Fixture f;
    auto *governance = f.child<FieldTextEdit>("governanceEdit");
    governance->setFocus();
    QTest::keyClicks(governance, QStringLiteral("A steering committee decides by consensus."));
    CHECK(f.doc->project().partnership.governance.isEmpty()); // written when editing ends, not per key
    governance->commit();
    CHECK(f.doc->project().partnership.governance == QStringLiteral("A steering committee decides by consensus."));

    auto *cadence = f.child<FieldLineEdit>("meetingCadenceEdit");
    cadence->setFocus();
    cadence->setText(QStringLiteral("Every quarter"));
    Q_EMIT cadence->editingFinished();
    CHECK(f.doc->project().partnership.meetingCadence == QStringLiteral("Every quarter"));

    REQUIRE(f.doc->undo());
    CHECK(f.doc->project().partnership.meetingCadence.isEmpty());
    CHECK(cadence->text().isEmpty());
}

TEST_CASE("Co-build: the steering committee lists members with their organisation, as plain text", "[ui][cobuild]")
{
    Fixture f;
    auto *committee = f.child<QLabel>("steeringCommittee");
    CHECK(committee->textFormat() == Qt::PlainText);
    const QUuid org = f.addOrganisation(QStringLiteral("<i>Org</i>"));
    const QUuid contact = QUuid::createUuid();
    const QUuid other = QUuid::createUuid();
    ChangeSet c(QStringLiteral("contacts"));
    c.set(QStringLiteral("contact"), contact, QStringLiteral("name"), QStringLiteral("<b>x</b>"))
        .set(QStringLiteral("contact"), contact, QStringLiteral("organisation_id"), org)
        .set(QStringLiteral("contact"), contact, QStringLiteral("steering_committee"), true)
        .set(QStringLiteral("contact"), other, QStringLiteral("name"), QStringLiteral("Not a member"))
        .set(QStringLiteral("contact"), other, QStringLiteral("organisation_id"), org);
    REQUIRE(f.doc->apply(c));
    CHECK(committee->text().contains(QStringLiteral("<b>x</b>")));
    CHECK(committee->text().contains(QStringLiteral("<i>Org</i>")));
    CHECK_FALSE(committee->text().contains(QStringLiteral("Not a member")));
}

TEST_CASE("Co-build: three contributions give exact totals and shares", "[ui][cobuild]")
{
    Fixture f;
    auto *view = f.child<QTableView>("contributionsTable");
    auto *totalsView = f.child<QTableView>("contributionTotals");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester totalsTester(totalsView->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *totals = qobject_cast<ContributionTotalsModel *>(totalsView->model());
    REQUIRE(totals);
    const QUuid a = f.addOrganisation(QStringLiteral("Alpha"));
    const QUuid b = f.addOrganisation(QStringLiteral("<b>x</b>"));
    auto *add = f.child<QPushButton>("addContribution");
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(view->model()->rowCount() == 3);
    REQUIRE(f.doc->project().contributions.size() == 3);

    // The partner through the delegate's organisation combo box, the rest through the model.
    auto setPartner = [&](int row, const QUuid &org) {
        const QModelIndex index = view->model()->index(row, 0);
        QStyleOptionViewItem option;
        QWidget *editor = view->itemDelegate()->createEditor(view->viewport(), option, index);
        auto *combo = qobject_cast<QComboBox *>(editor);
        REQUIRE(combo);
        combo->setCurrentIndex(combo->findData(schema::idText(org)));
        REQUIRE(combo->currentIndex() > 0);
        view->itemDelegate()->setModelData(editor, view->model(), index);
        delete editor;
    };
    const QList<QUuid> partners {a, a, b};
    const QList<QString> kinds {QStringLiteral("money"), QStringLiteral("skills"), QStringLiteral("money")};
    const QList<double> values {1000, 500, 500};
    const QList<double> quantities {1000, 4, 500}; // the skills are 4 person-days valued 500 euros
    for (int row = 0; row < 3; ++row) {
        setPartner(row, partners.at(row));
        REQUIRE(view->model()->setData(view->model()->index(row, 1), kinds.at(row)));
        REQUIRE(view->model()->setData(view->model()->index(row, 3), quantities.at(row)));
        REQUIRE(view->model()->setData(view->model()->index(row, 4), values.at(row)));
    }
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("Alpha"));
    CHECK(view->model()->index(0, 4).data().toString() == euros(1000));

    // Rows follow the project's order of organisations; the grand total is last.
    REQUIRE(totals->rowCount() == 3);
    int alpha = -1, x = -1;
    for (int row = 0; row < 2; ++row) {
        if (totals->index(row, 0).data().toString() == QStringLiteral("Alpha"))
            alpha = row;
        if (totals->index(row, 0).data().toString() == QStringLiteral("<b>x</b>"))
            x = row;
    }
    REQUIRE(alpha >= 0);
    REQUIRE(x >= 0);
    CHECK(totals->grandTotalRow() == 2);
    const int total = totals->totalColumn(), share = totals->shareColumn();
    const auto value = [&](int row, int column) {
        return totals->index(row, column).data(ContributionTotalsModel::ValueRole).toDouble();
    };
    CHECK(value(alpha, total) == 1500.0);
    CHECK(value(x, total) == 500.0);
    CHECK(value(2, total) == 2000.0);
    CHECK(value(alpha, share) == Approx(75.0));
    CHECK(value(x, share) == Approx(25.0));
    CHECK(value(2, share) == Approx(100.0));
    CHECK(value(alpha, totals->kindColumn(QStringLiteral("money"))) == 1000.0);
    // Each kind in its own unit: the skills are days, never euros.
    const int skills = totals->kindColumn(QStringLiteral("skills"));
    CHECK(value(alpha, skills) == 4.0);
    CHECK(value(2, totals->kindColumn(QStringLiteral("money"))) == 1500.0);
    CHECK(value(2, skills) == 4.0);
    const QString days = totals->index(alpha, skills).data().toString();
    CHECK(days.startsWith(QStringLiteral("4 ")));
    CHECK(days.contains(QStringLiteral("day")));
    CHECK_FALSE(days.contains(QChar(0x20AC)));
    CHECK(totals->index(alpha, totals->kindColumn(QStringLiteral("money"))).data().toString() == euros(1000));
    CHECK(totals->unassignedRow() == -1);
    CHECK(totals->index(alpha, total).data().toString() == euros(1500));
    CHECK(totals->index(alpha, share).data().toString().contains(QLocale().toString(75.0, 'f', 1)));

    // Removing is undoable, and the totals follow.
    view->selectRow(2);
    QTest::mouseClick(f.child<QPushButton>("removeContribution"), Qt::LeftButton);
    CHECK(f.doc->project().contributions.size() == 2);
    CHECK(value(totals->grandTotalRow(), total) == 1500.0);
    CHECK(value(x, share) == Approx(0.0));
    REQUIRE(f.doc->undo());
    CHECK(view->model()->rowCount() == 3);
    CHECK(value(totals->grandTotalRow(), total) == 2000.0);
}

TEST_CASE("Co-build: a contribution without a partner is counted apart, never as a partner", "[ui][cobuild]")
{
    Fixture f;
    auto *view = f.child<QTableView>("contributionsTable");
    auto *totalsView = f.child<QTableView>("contributionTotals");
    QAbstractItemModelTester totalsTester(totalsView->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *totals = qobject_cast<ContributionTotalsModel *>(totalsView->model());
    REQUIRE(totals);
    f.addOrganisation(QStringLiteral("Alpha"));
    CHECK(totals->unassignedRow() == -1);

    // A new row: no partner chosen yet.
    QTest::mouseClick(f.child<QPushButton>("addContribution"), Qt::LeftButton);
    REQUIRE(view->model()->rowCount() == 1);
    REQUIRE(view->model()->setData(view->model()->index(0, 1), QStringLiteral("people_days")));
    REQUIRE(view->model()->setData(view->model()->index(0, 3), 12.0));
    REQUIRE(view->model()->setData(view->model()->index(0, 4), 2400.0));

    // Alpha, the partners' total, then the line apart (last), which takes no share.
    REQUIRE(totals->rowCount() == 3);
    CHECK(totals->index(0, 0).data().toString() == QStringLiteral("Alpha"));
    CHECK(totals->grandTotalRow() == 1);
    CHECK(totals->unassignedRow() == 2);
    const int total = totals->totalColumn(), share = totals->shareColumn();
    const int days = totals->kindColumn(QStringLiteral("people_days"));
    CHECK(totals->index(1, total).data(ContributionTotalsModel::ValueRole).toDouble() == 0.0);
    CHECK(totals->index(1, days).data(ContributionTotalsModel::ValueRole).toDouble() == 0.0);
    CHECK(totals->index(2, days).data(ContributionTotalsModel::ValueRole).toDouble() == 12.0);
    CHECK(totals->index(2, total).data(ContributionTotalsModel::ValueRole).toDouble() == 2400.0);
    CHECK(totals->index(0, share).data().toString().isEmpty()); // nothing to share yet
    CHECK_FALSE(totals->index(2, share).data(ContributionTotalsModel::ValueRole).isValid());
    CHECK(totals->index(2, 0).data(Qt::FontRole).value<QFont>().italic());

    // Once its partner is chosen, the line apart goes and Alpha holds it all.
    const QModelIndex partner = view->model()->index(0, 0);
    QStyleOptionViewItem option;
    QWidget *editor = view->itemDelegate()->createEditor(view->viewport(), option, partner);
    auto *combo = qobject_cast<QComboBox *>(editor);
    REQUIRE(combo);
    combo->setCurrentIndex(1);
    view->itemDelegate()->setModelData(editor, view->model(), partner);
    delete editor;
    REQUIRE(totals->rowCount() == 2);
    CHECK(totals->unassignedRow() == -1);
    CHECK(totals->index(0, days).data(ContributionTotalsModel::ValueRole).toDouble() == 12.0);
    CHECK(totals->index(0, share).data(ContributionTotalsModel::ValueRole).toDouble() == Approx(100.0));
}

TEST_CASE("Co-build: dates are typed as written in French and kept exactly, the wheel leaves them alone",
          "[ui][cobuild]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Fixture f;
    auto *end = f.child<FieldDateEdit>("endDateEdit");
    CHECK(end->text().isEmpty());
    CHECK(end->placeholderText() == QStringLiteral("dd/mm/yyyy")); // the letters come from the translation

    // Typed digits, as a French user writes them: stored as typed, never a day off.
    end->setFocus();
    QTest::keyClicks(end, QStringLiteral("31/03/2026"));
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(f.doc->project().partnership.endDate == QDate(2026, 3, 31));
    CHECK(end->text() == QStringLiteral("31/03/2026"));

    // Not a date: refused in red, left as typed, nothing changed.
    end->selectAll();
    QTest::keyClicks(end, QStringLiteral("31/02/2026"));
    QTest::keyClick(end, Qt::Key_Return);
    CHECK(f.doc->project().partnership.endDate == QDate(2026, 3, 31));
    CHECK(end->text() == QStringLiteral("31/02/2026"));
    CHECK_FALSE(end->toolTip().isEmpty());

    // Emptied: no date.
    end->clear();
    QTest::keyClick(end, Qt::Key_Return);
    CHECK_FALSE(f.doc->project().partnership.endDate.isValid());

    // The calendar opens on today when there is no date, and a pick is stored.
    end->openCalendar(QDate(2026, 11, 30));
    REQUIRE(end->calendar());
    CHECK(end->calendar()->yearShown() == 2026);
    CHECK(end->calendar()->monthShown() == 11);
    end->calendar()->setSelectedDate(QDate(2027, 12, 31));
    Q_EMIT end->calendar()->activated(QDate(2027, 12, 31));
    CHECK(f.doc->project().partnership.endDate == QDate(2027, 12, 31));

    // A wheel over the date while the page scrolls by changes nothing.
    end->clearFocus();
    const QPointF at(10, 10);
    QWheelEvent down(at, end->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(end, &down);
    CHECK(f.doc->project().partnership.endDate == QDate(2027, 12, 31));
    QLocale::setDefault(before);
}

TEST_CASE("Co-build: agreement dates and terms are stored", "[ui][cobuild]")
{
    Fixture f;
    auto *start = f.child<FieldDateEdit>("startDateEdit");
    start->setText(QStringLiteral("2025-03-01"));
    Q_EMIT start->editingFinished();
    CHECK(f.doc->project().partnership.startDate == QDate(2025, 3, 1));

    auto *signedOn = f.child<FieldDateEdit>("agreementSignedEdit");
    signedOn->setText(QStringLiteral("2025-02-14"));
    Q_EMIT signedOn->editingFinished();
    CHECK(f.doc->project().partnership.agreementSigned == QDate(2025, 2, 14));
    REQUIRE(f.child<FieldDateEdit>("endDateEdit"));

    auto *terms = f.child<FieldTextEdit>("agreementTermsEdit");
    QTest::keyClicks(terms, QStringLiteral("Three years, renewable."));
    terms->commit();
    CHECK(f.doc->project().partnership.agreementTerms == QStringLiteral("Three years, renewable."));
}

TEST_CASE("Co-build: key documents open only on request, and only documents or web pages", "[ui][cobuild]")
{
    Fixture f;
    auto *view = f.child<QTableView>("keyDocumentsTable");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CoBuildUrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");

    QTest::mouseClick(f.child<QPushButton>("addKeyDocument"), Qt::LeftButton);
    REQUIRE(f.doc->project().keyDocuments.size() == 1);
    REQUIRE(view->model()->setData(view->model()->index(0, 1), QStringLiteral("https://example.org/agreement.pdf")));
    CHECK(catcher.urls.isEmpty()); // never opened by itself

    auto *open = f.child<QPushButton>("openKeyDocument");
    view->selectRow(0);
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(catcher.urls.size() == 1);
    CHECK(catcher.urls.first() == QUrl(QStringLiteral("https://example.org/agreement.pdf")));

    const QString local = QDir(f.dir.path()).filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(view->model()->setData(view->model()->index(0, 1), local));
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(catcher.urls.size() == 2);
    CHECK(catcher.urls.last() == QUrl::fromLocalFile(local));

    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    view->selectRow(0);
    QTest::mouseClick(f.child<QPushButton>("removeKeyDocument"), Qt::LeftButton);
    CHECK(f.doc->project().keyDocuments.isEmpty());
    REQUIRE(f.doc->undo());
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("Co-build: where a key document's location points", "[ui][cobuild]")
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("terms.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("/srv/docs/a b.pdf"), {})
          == QUrl::fromLocalFile(QStringLiteral("/srv/docs/a b.pdf")));
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("terms.pdf"), dir.path())
          == QUrl::fromLocalFile(QDir(dir.path()).filePath(QStringLiteral("terms.pdf"))));
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("www.example.org/a.pdf"), {}).scheme() == QStringLiteral("http"));
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("  https://example.org  "), {})
          == QUrl(QStringLiteral("https://example.org")));
    CHECK(CoBuildPage::keyDocumentUrl(QString(), {}).isEmpty());
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("javascript:alert(1)"), {}).isEmpty());
    CHECK(CoBuildPage::keyDocumentUrl(QStringLiteral("smb://server/share"), {}).isEmpty());
}

#include "test_pages_cobuild.moc"
