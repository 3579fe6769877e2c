// The coordinator's ledger and authority-request pages offscreen: the model under QAbstractItemModelTester, a
// request recorded through the dialog (and refused when incomplete), a disclosure for it through the share dialog,
// and what other roles get from core.
#include "AuditActions.h"
#include "AuthorityRequestDialog.h"
#include "AuthorityRequestsPage.h"
#include "ItemRoles.h"
#include "LedgerModel.h"
#include "LedgerPage.h"
#include "PersonOverviewTab.h"
#include "PersonPage.h"
#include "ShareDialog.h"
#include "SharedWithTab.h"
#include "SharingUiSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>

using namespace abri;
using namespace abri::test;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

Disclosure disclose(Sharing sharing, qint64 personId, std::vector<SharedField> fields, DisclosureChannel channel,
                    DocumentKind document)
{
    SharingRequest request;
    request.personId = personId;
    request.recipient.kind = RecipientKind::Person;
    request.fields = std::move(fields);
    auto content = sharing.disclose(request, channel, document);
    INFO((content ? std::string() : content.error().message().toStdString()));
    REQUIRE(content.ok());
    auto all = sharing.disclosures(personId);
    REQUIRE(all.ok());
    for (const Disclosure& d : all.value()) {
        if (d.id == content->ledgerId) {
            return d;
        }
    }
    FAIL("the disclosure is not in the ledger");
    return {};
}

ui::AuthorityRequestDialog* openedRequestDialog(QWidget* page)
{
    auto* dialog = page->findChild<ui::AuthorityRequestDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    return dialog;
}

} // namespace

TEST_CASE("ledgerModel_passesTheModelTesterAndSortsOnRawValues")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, false);
    auto vault = unlockAs(fixture, Coordinator, CoordinatorPass);
    Sharing sharing(*vault);
    const Disclosure first = disclose(sharing, world.personId, {SharedField::Alias, SharedField::Consents},
                                      DisclosureChannel::Print, DocumentKind::ConsentReceipt);
    fixture.clock.advanceSeconds(3600);
    const Disclosure second = disclose(sharing, world.personId, {SharedField::Code, SharedField::Disclosures},
                                       DisclosureChannel::Pdf, DocumentKind::DisclosureHistory);

    ui::LedgerModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::RawValueRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);

    auto ledger = sharing.ledger({});
    REQUIRE(ledger.ok());
    model.setDisclosures(ledger.value());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == ui::LedgerModel::ColumnCount);
    CHECK(model.rowOf(first.id) >= 0);
    CHECK(model.rowOf(-5) == -1);
    CHECK(model.disclosureAt(2) == nullptr);
    for (int column = 0; column < ui::LedgerModel::ColumnCount; ++column) {
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    proxy.sort(ui::LedgerModel::DateColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, 0).data(ui::IdRole).toLongLong() == first.id);
    proxy.sort(ui::LedgerModel::DateColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data(ui::IdRole).toLongLong() == second.id);
    proxy.sort(ui::LedgerModel::ChannelColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, ui::LedgerModel::ChannelColumn).data().toString() ==
          disclosureChannelDisplayName(DisclosureChannel::Print));

    const int row = model.rowOf(first.id);
    CHECK(model.index(row, ui::LedgerModel::FieldsColumn).data().toString() ==
          sharedFieldDisplayName(SharedField::Alias) + QStringLiteral(", ") +
              sharedFieldDisplayName(SharedField::Consents));
    CHECK(model.index(row, ui::LedgerModel::PersonColumn).data().toString() == world.personCode);
    CHECK(model.index(row, ui::LedgerModel::BasisColumn).data().toString() ==
          disclosureBasisDisplayName(DisclosureBasis::PersonsOwnCopy));
    CHECK(model.index(row, ui::LedgerModel::UserColumn).data().toString() == Coordinator);
    // Only overrides are reviewed.
    CHECK_FALSE(model.index(row, ui::LedgerModel::ReviewedColumn).data().isValid());
    CHECK_FALSE(ui::LedgerModel::needsReview(first));
    Disclosure overridden = first;
    overridden.basis = DisclosureBasis::Override;
    CHECK(ui::LedgerModel::needsReview(overridden));
    overridden.reviewedAt = fixture.clock.nowUtc();
    CHECK_FALSE(ui::LedgerModel::needsReview(overridden));

    model.retranslate();
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("authorityRequests_recordedThroughTheDialog_appearOnThePageAndBadInputSavesNothing")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, false);
    SharingSession s(unlockAs(fixture, Coordinator, CoordinatorPass));
    ui::AuthorityRequestsPage page(s.get());
    page.resize(1200, 600);
    showAndActivate(page);
    REQUIRE(waitUntil([&] { return button(&page, "newRequestButton")->isEnabled(); }));
    CHECK(page.table()->rowCount() == 0);
    CHECK_FALSE(button(&page, "editRequestButton")->isEnabled());
    CHECK_FALSE(button(&page, "discloseForRequestButton")->isEnabled());

    button(&page, "newRequestButton")->click();
    QPointer<ui::AuthorityRequestDialog> dialog = openedRequestDialog(&page);
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(AuthorityKind::Police)));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("requesterEdit")), QStringLiteral("Commissariat 11e"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("legalBasisEdit")), QStringLiteral("Art. 60 CPP"));
    // Nothing asked for yet: core refuses and nothing is saved.
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("personCodeEdit")), world.personCode);
    button(dialog, "okButton")->click();
    REQUIRE(waitUntil([&] { return child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisible(); }));
    CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text().contains(QStringLiteral("Nothing was saved")));
    REQUIRE(s.sharing().authorityRequests().ok());
    CHECK(s.sharing().authorityRequests()->empty());

    // A short code that names nobody: refused, nothing saved, what was typed stays.
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("requestedEdit")),
                     QStringLiteral("Current address and phone number"));
    auto* code = child<QLineEdit>(dialog, QStringLiteral("personCodeEdit"));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("ZZZ-999"));
    button(dialog, "okButton")->click();
    REQUIRE(waitUntil([&] { return child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisible(); }));
    CHECK(s.sharing().authorityRequests()->empty());
    CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("requestedEdit"))->toPlainText() ==
          QStringLiteral("Current address and phone number"));

    code->clear();
    QTest::keyClicks(code, world.personCode.toLower());
    button(dialog, "okButton")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    REQUIRE(waitUntil([&] { return page.requests().size() == 1; }));
    const AuthorityRequest recorded = page.requests().front();
    CHECK(recorded.personId == world.personId);
    CHECK(recorded.personCode == world.personCode);
    CHECK(recorded.kind == AuthorityKind::Police);
    CHECK(recorded.requester == QStringLiteral("Commissariat 11e"));
    CHECK(recorded.legalBasis == QStringLiteral("Art. 60 CPP"));
    CHECK(recorded.decision == AuthorityDecision::Pending);
    CHECK(recorded.receivedOn == vaultToday(fixture));
    CHECK(page.table()->item(0, ui::AuthorityRequestsPage::RequesterColumn)->text() ==
          QStringLiteral("Commissariat 11e"));
    CHECK(page.table()->item(0, ui::AuthorityRequestsPage::PersonColumn)->text() == world.personCode);
    CHECK(page.table()->item(0, ui::AuthorityRequestsPage::DisclosuresColumn)->text() == QStringLiteral("0"));
    // The new one is selected, so it can be edited or answered at once.
    REQUIRE(waitUntil([&] { return button(&page, "editRequestButton")->isEnabled(); }));

    // Edit: the decision needs its date, which the form offers once it is not pending.
    button(&page, "editRequestButton")->click();
    dialog = openedRequestDialog(&page);
    auto* decision = child<QComboBox>(dialog, QStringLiteral("decisionCombo"));
    CHECK_FALSE(child<QDateEdit>(dialog, QStringLiteral("decidedDateEdit"))->isEnabled());
    decision->setCurrentIndex(decision->findData(static_cast<int>(AuthorityDecision::Partly)));
    CHECK(child<QDateEdit>(dialog, QStringLiteral("decidedDateEdit"))->isEnabled());
    child<QCheckBox>(dialog, QStringLiteral("personToldCheck"))->setChecked(true);
    button(dialog, "okButton")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    REQUIRE(waitUntil([&] { return page.requests().front().decision == AuthorityDecision::Partly; }));
    CHECK(page.requests().front().personTold);
    CHECK(page.table()
              ->item(0, ui::AuthorityRequestsPage::DecisionColumn)
              ->text()
              .startsWith(authorityDecisionDisplayName(AuthorityDecision::Partly)));

    // Disclose for it: no consent to contact the police, so only an override lets anything go.
    REQUIRE(page.selectRequest(recorded.id));
    REQUIRE(button(&page, "discloseForRequestButton")->isEnabled());
    button(&page, "discloseForRequestButton")->click();
    QPointer<ui::ShareDialog> share = page.findChild<ui::ShareDialog*>();
    REQUIRE(share != nullptr);
    REQUIRE(waitSettled(*share));
    auto* recipient = child<QComboBox>(share, QStringLiteral("recipientCombo"));
    CHECK(recipient->currentData(Qt::UserRole).toInt() == static_cast<int>(RecipientKind::Authority));
    CHECK(recipient->currentData(Qt::UserRole + 1).toLongLong() == recorded.id);
    QTest::keyClicks(child<QLineEdit>(share, QStringLiteral("purposeEdit")), QStringLiteral("Police request"));
    REQUIRE(waitSettled(*share));
    CHECK(fieldDecision(*share, SharedField::Alias).reason == WithholdReason::NoConsent);
    CHECK_FALSE(button(share, "savePdfButton")->isEnabled());
    button(share, "overrideButton")->click();
    QTest::keyClicks(child<QLineEdit>(share, QStringLiteral("overrideReasonEdit")),
                     QStringLiteral("Judge's order shown at the desk, copy filed"));
    button(share, "applyOverrideButton")->click();
    REQUIRE(waitUntil([&] { return !share->overrideReason().isEmpty(); }));
    REQUIRE(waitSettled(*share));
    savePdfThroughDialog(*share, fixture.dir.filePath(QStringLiteral("authority.pdf")));
    INFO(child<QLabel>(share, QStringLiteral("errorLabel"))->text().toStdString());
    CHECK(child<QLabel>(share, QStringLiteral("errorLabel"))->isHidden());
    share->close();
    REQUIRE(
        waitUntil([&] { return page.requests().size() == 1 && page.requests().front().disclosureIds.size() == 1; }));
    CHECK(page.table()->item(0, ui::AuthorityRequestsPage::DisclosuresColumn)->text() == QStringLiteral("1"));
    auto ledger = s.sharing().ledger({});
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 1);
    CHECK(ledger->front().recipientKind == RecipientKind::Authority);
    CHECK(ledger->front().authorityRequestId == recorded.id);
    CHECK(ledger->front().basis == DisclosureBasis::Override);
}

TEST_CASE("ledgerAndAuthorityPages_forACaseworker_showCoresRefusalAndHoldNothing")
{
    UiFixture fixture;
    createSharingWorld(fixture, true);
    SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
    ui::LedgerPage ledger(s.get());
    ui::AuthorityRequestsPage requests(s.get());
    REQUIRE(waitUntil([&] { return child<QLabel>(&ledger, QStringLiteral("errorLabel"))->isVisibleTo(&ledger); }));
    REQUIRE(waitUntil([&] { return child<QLabel>(&requests, QStringLiteral("errorLabel"))->isVisibleTo(&requests); }));
    CHECK(ledger.model()->rowCount() == 0);
    CHECK_FALSE(child<QLabel>(&ledger, QStringLiteral("errorLabel"))->text().isEmpty());
    CHECK(requests.table()->rowCount() == 0);
    CHECK_FALSE(button(&requests, "newRequestButton")->isEnabled());
}

TEST_CASE("auditActions_everySharingAction_hasAName")
{
    const QStringList known = ui::AuditActions::known();
    for (const char* id : {"partner.create", "partner.update", "partner.key", "agreement.create", "agreement.update",
                           "agreement.document", "agreement.document_view", "disclosure.record", "disclosure.override",
                           "disclosure.review", "authority.create", "authority.update"}) {
        const QString action = QLatin1String(id);
        INFO(id);
        CHECK(known.contains(action));
        CHECK(ui::AuditActions::displayName(action) != action);
    }
    // Every known action has its own name.
    QStringList names;
    for (const QString& action : known) {
        names << ui::AuditActions::displayName(action);
    }
    names.removeDuplicates();
    CHECK(names.size() == known.size());
}

// Not a check: pictures of the sharing screens for a person to look at. Hidden from normal runs; run with
//   ABRI_SCREENSHOT_DIR=/tmp/shots abri_ui_tests "[.screenshots]"
TEST_CASE("sharingScreens_screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("ABRI_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    auto save = [&dir](QWidget* widget, const QString& name) {
        waitUntil([] { return false; }, 200);
        REQUIRE(widget->grab().save(QDir(dir).filePath(QStringLiteral("shareui-") + name + QStringLiteral(".png"))));
    };
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, true);
    {
        SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
        ui::PersonPage page(s.get(), world.personId);
        page.resize(1200, 760);
        showAndActivate(page);
        REQUIRE(waitUntil([&] { return page.sharedWithTab()->isLoaded() && page.overviewTab()->isLoaded(); }));
        QPointer<ui::ShareDialog> dialog = page.openShareDialog(DocumentKind::InformationSheet);
        REQUIRE(waitSettled(*dialog));
        for (SharedField field : {SharedField::LegalName, SharedField::HealthSummary, SharedField::Location}) {
            dialog->setFieldChecked(field, true);
        }
        REQUIRE(waitSettled(*dialog));
        save(dialog, QStringLiteral("share-dialog-caseworker"));
        savePdfThroughDialog(*dialog, fixture.dir.filePath(QStringLiteral("sheet.pdf")));
        save(dialog, QStringLiteral("share-dialog-saved"));
        dialog->close();
        QPointer<ui::ShareDialog> receipt = page.openShareDialog(DocumentKind::ConsentReceipt);
        REQUIRE(waitSettled(*receipt));
        save(receipt, QStringLiteral("share-dialog-receipt"));
        savePdfThroughDialog(*receipt, fixture.dir.filePath(QStringLiteral("receipt.pdf")));
        receipt->close();
        page.tabs()->setCurrentWidget(page.sharedWithTab());
        REQUIRE(waitUntil([&] { return page.sharedWithTab()->model()->rowCount() == 2; }));
        save(&page, QStringLiteral("shared-with-tab"));
    }
    SharingSession s(unlockAs(fixture, Coordinator, CoordinatorPass));
    ui::AuthorityRequestsPage requests(s.get());
    requests.resize(1200, 500);
    showAndActivate(requests);
    REQUIRE(waitUntil([&] { return button(&requests, "newRequestButton")->isEnabled(); }));
    button(&requests, "newRequestButton")->click();
    QPointer<ui::AuthorityRequestDialog> dialog = openedRequestDialog(&requests);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("requesterEdit")), QStringLiteral("Commissariat 11e"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("legalBasisEdit")), QStringLiteral("Art. 60 CPP"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("requestedEdit")),
                     QStringLiteral("Current address and phone number"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("personCodeEdit")), world.personCode);
    save(dialog, QStringLiteral("authority-request-dialog"));
    button(dialog, "okButton")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull() && requests.requests().size() == 1; }));
    REQUIRE(waitUntil([&] { return button(&requests, "discloseForRequestButton")->isEnabled(); }));
    button(&requests, "discloseForRequestButton")->click();
    QPointer<ui::ShareDialog> share = requests.findChild<ui::ShareDialog*>();
    REQUIRE(share != nullptr);
    REQUIRE(waitSettled(*share));
    QTest::keyClicks(child<QLineEdit>(share, QStringLiteral("purposeEdit")), QStringLiteral("Police request"));
    REQUIRE(waitSettled(*share));
    button(share, "overrideButton")->click();
    QTest::keyClicks(child<QLineEdit>(share, QStringLiteral("overrideReasonEdit")), QStringLiteral("urgent"));
    button(share, "applyOverrideButton")->click();
    REQUIRE(waitUntil([&] { return child<QLabel>(share, QStringLiteral("overrideStateLabel"))->isVisible(); }));
    save(share, QStringLiteral("share-dialog-override-refused"));
    child<QLineEdit>(share, QStringLiteral("overrideReasonEdit"))
        ->setText(QStringLiteral("Judge's order shown at the desk, copy filed"));
    button(share, "applyOverrideButton")->click();
    REQUIRE(waitUntil([&] { return !share->overrideReason().isEmpty(); }));
    REQUIRE(waitSettled(*share));
    save(share, QStringLiteral("share-dialog-override"));
    savePdfThroughDialog(*share, fixture.dir.filePath(QStringLiteral("authority.pdf")));
    share->close();
    REQUIRE(waitUntil([&] { return requests.requests().front().disclosureIds.size() == 1; }));
    save(&requests, QStringLiteral("authority-requests-page"));

    ui::LedgerPage ledger(s.get());
    ledger.resize(1200, 500);
    showAndActivate(ledger);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 3; }));
    ledger.selectDisclosure(ledger.model()->disclosures().front().id);
    save(&ledger, QStringLiteral("ledger-page"));
}
