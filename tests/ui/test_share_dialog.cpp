// The share dialog offscreen, as a caseworker or a coordinator would use it from a person's page: what it shows
// comes from core's gate, what it prints or saves goes through the ledger, and the "Shared with" tab and the
// coordinator's ledger then show it.
#include "ConsentsTab.h"
#include "LedgerModel.h"
#include "LedgerPage.h"
#include "PersonOverviewTab.h"
#include "PersonPage.h"
#include "ShareDialog.h"
#include "SharedWithTab.h"
#include "SharingUiSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace abri;
using namespace abri::test;

namespace {

bool waitPageLoaded(ui::PersonPage& page)
{
    return waitUntil([&] {
        return page.overviewTab()->isLoaded() && page.consentsTab()->isLoaded() && page.sharedWithTab()->isLoaded();
    });
}

QWidget* findVisible(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == objectName) {
            return widget;
        }
    }
    return nullptr;
}

QString labelText(QWidget* parent, const char* name)
{
    return child<QLabel>(parent, QLatin1String(name))->text();
}

} // namespace

TEST_CASE("shareDialog_caseworkerWithConsentAndAgreement_showsWhatGoesAndWhyTheRestIsWithheld")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, true);
    {
        SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
        ui::PersonPage page(s.get(), world.personId);
        page.resize(1100, 800);
        showAndActivate(page);
        REQUIRE(waitPageLoaded(page));
        page.tabs()->setCurrentWidget(page.sharedWithTab());
        CHECK(page.sharedWithTab()->model()->rowCount() == 0);

        QPointer<ui::ShareDialog> dialog = page.openShareDialog(DocumentKind::InformationSheet);
        REQUIRE(waitSettled(*dialog));
        // A partner sheet starts on the partner, with the purpose of the person's consent for it.
        CHECK(child<QComboBox>(dialog, QStringLiteral("recipientCombo"))->currentText().startsWith(PartnerName));
        CHECK(child<QComboBox>(dialog, QStringLiteral("purposeCombo"))->currentText() == ConsentPurpose);
        CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("neutralCheck"))->isChecked());
        // A caseworker never sees the override.
        CHECK(button(dialog, "overrideButton")->isHidden());

        for (SharedField field :
             {SharedField::LegalName, SharedField::HealthSummary, SharedField::Location, SharedField::Consents}) {
            dialog->setFieldChecked(field, true);
        }
        REQUIRE(waitSettled(*dialog));
        for (SharedField field :
             {SharedField::Alias, SharedField::Code, SharedField::Languages, SharedField::Contacts}) {
            INFO(sharedFieldId(field).toStdString());
            CHECK(fieldDecision(*dialog, field).allowed);
            CHECK(fieldState(*dialog, field) == QStringLiteral("✓ Will be sent"));
        }
        const std::pair<SharedField, WithholdReason> withheld[] = {
            {SharedField::LegalName, WithholdReason::CategoryNotInAgreement},
            {SharedField::HealthSummary, WithholdReason::RoleCannotRead},
            {SharedField::Location, WithholdReason::NeedsPersonsChoice},
            {SharedField::Consents, WithholdReason::NotForThisRecipient},
        };
        for (const auto& [field, reason] : withheld) {
            INFO(sharedFieldId(field).toStdString());
            const FieldDecision& decision = fieldDecision(*dialog, field);
            CHECK_FALSE(decision.allowed);
            CHECK(decision.reason == reason);
            REQUIRE_FALSE(decision.explanation.isEmpty());
            CHECK(fieldState(*dialog, field) == QStringLiteral("✗ Withheld: ") + decision.explanation);
        }
        // A field nobody ticked still says whether it could go.
        CHECK(fieldState(*dialog, SharedField::Pronouns) == QStringLiteral("Can be sent: tick it to include it"));
        CHECK(fieldState(*dialog, SharedField::IdNumbers).startsWith(QStringLiteral("Withheld: ")));

        // The person's choice is asked again through core: location is then withheld for another reason.
        child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->setChecked(true);
        REQUIRE(waitSettled(*dialog));
        CHECK(fieldDecision(*dialog, SharedField::Location).reason == WithholdReason::CategoryNotInAgreement);
        child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->setChecked(false);
        REQUIRE(waitSettled(*dialog));
        CHECK(fieldDecision(*dialog, SharedField::Location).reason == WithholdReason::NeedsPersonsChoice);
        CHECK(button(dialog, "printButton")->isEnabled());

        // A preview shows the document and records nothing.
        bool previewed = false;
        auto previewConnection = QObject::connect(dialog, &ui::ShareDialog::actionFinished, [&] { previewed = true; });
        // The preview belongs to the dialog, so a lock that deletes the dialog takes it off the screen too.
        QTimer closer;
        bool shown = false;
        QObject::connect(&closer, &QTimer::timeout, [&shown, dialog] {
            if (QWidget* preview = findVisible(QStringLiteral("documentPreview")); preview != nullptr && !shown) {
                shown = true;
                CHECK(preview->parentWidget() == dialog);
                preview->close();
            }
        });
        closer.start(50);
        button(dialog, "previewButton")->click();
        REQUIRE(waitUntil([&] { return previewed; }));
        QObject::disconnect(previewConnection);
        CHECK(shown);
        CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isHidden());
        CHECK(s.sharing().disclosures(world.personId)->empty());

        // Saving sends only what is allowed; the withheld rows stay off the paper.
        const QString pdf = fixture.dir.filePath(QStringLiteral("sheet.pdf"));
        qint64 ledgerId = 0;
        QObject::connect(dialog, &ui::ShareDialog::disclosed, [&](qint64 id) { ledgerId = id; });
        savePdfThroughDialog(*dialog, pdf);
        INFO(labelText(dialog, "errorLabel").toStdString());
        CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isHidden());
        CHECK(child<QLabel>(dialog, QStringLiteral("noticeLabel"))->isVisible());
        CHECK(ledgerId != 0);
        REQUIRE(QFileInfo::exists(pdf));
        const QString text = pdfText(pdf);
        CHECK(text.contains(PersonPhone));
        CHECK(text.contains(PersonAlias));
        CHECK_FALSE(text.contains(PersonLegalName));

        // The "Shared with" tab shows it without being asked.
        ui::LedgerModel* shared = page.sharedWithTab()->model();
        REQUIRE(waitUntil([&] { return shared->rowCount() == 1; }));
        const Disclosure* entry = shared->disclosureAt(0);
        REQUIRE(entry != nullptr);
        CHECK(entry->id == ledgerId);
        CHECK(entry->recipientName == PartnerName);
        CHECK(entry->purpose == ConsentPurpose);
        CHECK(entry->channel == DisclosureChannel::Pdf);
        CHECK(entry->basis == DisclosureBasis::Consent);
        CHECK(entry->userName == Caseworker);
        CHECK(entry->fields == std::vector<SharedField>{SharedField::Alias, SharedField::Code, SharedField::Languages,
                                                        SharedField::Contacts});
        CHECK(shared->index(0, ui::LedgerModel::FieldsColumn).data().toString() ==
              ui::LedgerModel::fieldsText(entry->fields));
        CHECK(shared->index(0, ui::LedgerModel::FieldsColumn)
                  .data()
                  .toString()
                  .contains(sharedFieldDisplayName(SharedField::Contacts)));
        CHECK(page.sharedWithTab()->view()->isColumnHidden(ui::LedgerModel::PersonColumn));

        // A file that cannot be written after the entry was made: the dialog says the entry stays.
        const QString nowhere = fixture.dir.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
        savePdfThroughDialog(*dialog, nowhere);
        CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isVisible());
        CHECK(labelText(dialog, "errorLabel").contains(QStringLiteral("could not be saved")));
        CHECK(labelText(dialog, "errorLabel").contains(QStringLiteral("ledger already has an entry")));
        CHECK_FALSE(QFileInfo::exists(nowhere));
        REQUIRE(waitUntil([&] { return shared->rowCount() == 2; }));
        auto stored = s.sharing().disclosures(world.personId);
        REQUIRE(stored.ok());
        CHECK(stored->size() == 2);
        dialog->close();
    }

    // The coordinator's ledger lists both, with who did them.
    SharingSession coordinator(unlockAs(fixture, Coordinator, CoordinatorPass));
    ui::LedgerPage ledger(coordinator.get());
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 2; }));
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = ledger.model()->index(row, ui::LedgerModel::UserColumn);
        CHECK(index.data().toString() == Caseworker);
        CHECK(ledger.model()->index(row, ui::LedgerModel::PersonColumn).data().toString() == world.personCode);
        CHECK(ledger.model()->index(row, ui::LedgerModel::ReviewedColumn).data().toString().isEmpty());
    }
    // Nothing in it is an override to review.
    ledger.setOnlyToReview(true);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 0; }));
}

TEST_CASE("shareDialog_withoutConsent_nothingCanBePrintedAndCoreRefusesADirectDisclosure")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, false);
    SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
    QPointer<ui::ShareDialog> dialog = new ui::ShareDialog(s.get(), world.personId, DocumentKind::InformationSheet);
    showAndActivate(*dialog);
    REQUIRE(waitSettled(*dialog));
    CHECK(child<QComboBox>(dialog, QStringLiteral("recipientCombo"))->currentText().startsWith(PartnerName));
    // No consent names the partner: no purpose to suggest, so nothing is asked and nothing can leave.
    CHECK(child<QComboBox>(dialog, QStringLiteral("purposeCombo"))->currentText().isEmpty());
    CHECK_FALSE(dialog->decision().has_value());
    CHECK(labelText(dialog, "summaryLabel").contains(QStringLiteral("purpose")));
    CHECK_FALSE(button(dialog, "printButton")->isEnabled());

    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("purposeEdit")), QStringLiteral("Housing"));
    for (SharedField field : AllSharedFields) {
        dialog->setFieldChecked(field, true);
    }
    REQUIRE(waitSettled(*dialog));
    REQUIRE(dialog->decision().has_value());
    for (const FieldDecision& decision : dialog->decision()->fields) {
        INFO(sharedFieldId(decision.field).toStdString());
        CHECK_FALSE(decision.allowed);
        CHECK(fieldState(*dialog, decision.field).startsWith(QStringLiteral("✗ Withheld: ")));
    }
    CHECK(fieldDecision(*dialog, SharedField::Contacts).reason == WithholdReason::NoConsent);
    CHECK(fieldState(*dialog, SharedField::Contacts) ==
          QStringLiteral("✗ Withheld: ") + fieldDecision(*dialog, SharedField::Contacts).explanation);
    for (const char* name : {"previewButton", "printButton", "savePdfButton"}) {
        INFO(name);
        CHECK_FALSE(button(dialog, name)->isEnabled());
    }
    CHECK(button(dialog, "overrideButton")->isHidden());
    // Clicking a disabled action, or calling it, does nothing.
    dialog->setSaveFileNameForTesting(fixture.dir.filePath(QStringLiteral("never.pdf")));
    dialog->savePdf();
    CHECK_FALSE(dialog->isBusy());
    CHECK_FALSE(QFileInfo::exists(fixture.dir.filePath(QStringLiteral("never.pdf"))));

    // Core refuses on its own, whatever a screen shows.
    SharingRequest request;
    request.personId = world.personId;
    request.recipient = Recipient{RecipientKind::Partner, world.partnerId, 0};
    request.purpose = QStringLiteral("Housing");
    request.fields = {SharedField::Alias};
    auto disclosed = s.sharing().disclose(request, DisclosureChannel::Pdf, DocumentKind::InformationSheet);
    CHECK_FALSE(disclosed.ok());
    auto overridden = s.sharing().decideWithOverride(request, QStringLiteral("I am sure it is fine to send"));
    REQUIRE_FALSE(overridden.ok());
    CHECK(overridden.error().code() == ErrorCode::PermissionDenied);
    auto stored = s.sharing().disclosures(world.personId);
    REQUIRE(stored.ok());
    CHECK(stored->empty());
    dialog->close();
}

TEST_CASE("shareDialog_coordinatorOverride_needsAReasonIsRecordedAndListedForReview")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, false);
    SharingSession s(unlockAs(fixture, Coordinator, CoordinatorPass));
    QPointer<ui::ShareDialog> dialog = new ui::ShareDialog(s.get(), world.personId, DocumentKind::InformationSheet);
    showAndActivate(*dialog);
    REQUIRE(waitSettled(*dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("purposeEdit")), QStringLiteral("Court hearing"));
    dialog->setFieldChecked(SharedField::LegalName, true);
    dialog->setFieldChecked(SharedField::Location, true);
    REQUIRE(waitSettled(*dialog));
    CHECK(fieldDecision(*dialog, SharedField::Contacts).reason == WithholdReason::NoConsent);
    CHECK_FALSE(button(dialog, "savePdfButton")->isEnabled());

    QPushButton* overrideButton = button(dialog, "overrideButton");
    REQUIRE(overrideButton->isVisible());
    overrideButton->click();
    auto* box = child<QGroupBox>(dialog, QStringLiteral("overrideBox"));
    REQUIRE(box->isVisible());
    CHECK(box->findChildren<QLabel*>().front()->text().contains(QStringLiteral("recorded")));

    // Too short a reason: core refuses, nothing changes.
    auto* reason = child<QLineEdit>(dialog, QStringLiteral("overrideReasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("urgent"));
    button(dialog, "applyOverrideButton")->click();
    REQUIRE(waitSettled(*dialog));
    REQUIRE(waitUntil([&] { return child<QLabel>(dialog, QStringLiteral("overrideStateLabel"))->isVisible(); }));
    CHECK(labelText(dialog, "overrideStateLabel").contains(QStringLiteral("10")));
    CHECK(dialog->overrideReason().isEmpty());
    CHECK_FALSE(fieldDecision(*dialog, SharedField::Contacts).allowed);
    CHECK_FALSE(button(dialog, "savePdfButton")->isEnabled());

    const QString why = QStringLiteral("Court order 2026-114 received by fax this morning");
    reason->clear();
    QTest::keyClicks(reason, why);
    button(dialog, "applyOverrideButton")->click();
    REQUIRE(waitUntil([&] { return dialog->overrideReason() == why; }));
    REQUIRE(waitSettled(*dialog));
    CHECK(dialog->decision()->basis == DisclosureBasis::Override);
    CHECK(fieldState(*dialog, SharedField::Contacts) == QStringLiteral("✓ Will be sent"));
    CHECK(fieldState(*dialog, SharedField::LegalName) == QStringLiteral("✓ Will be sent"));
    // Never the person's own choice.
    CHECK(fieldDecision(*dialog, SharedField::Location).reason == WithholdReason::NeedsPersonsChoice);
    CHECK(labelText(dialog, "overrideStateLabel").contains(why));

    // A change re-asks with the override still applied.
    child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->setChecked(true);
    REQUIRE(waitSettled(*dialog));
    CHECK(dialog->decision()->basis == DisclosureBasis::Override);
    CHECK(fieldDecision(*dialog, SharedField::Location).allowed);
    child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->setChecked(false);
    REQUIRE(waitSettled(*dialog));

    // Another recipient: the reason was given for this one, so the override and the person's choice go.
    child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->setChecked(true);
    REQUIRE(dialog->selectRecipient(Recipient{}));
    REQUIRE(waitSettled(*dialog));
    CHECK(dialog->overrideReason().isEmpty());
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("personChoseCheck"))->isChecked());
    CHECK(dialog->decision()->basis == DisclosureBasis::PersonsOwnCopy);
    Recipient partner;
    partner.kind = RecipientKind::Partner;
    partner.partnerId = world.partnerId;
    REQUIRE(dialog->selectRecipient(partner));
    REQUIRE(waitSettled(*dialog));
    CHECK(fieldDecision(*dialog, SharedField::Contacts).reason == WithholdReason::NoConsent);
    reason->clear();
    QTest::keyClicks(reason, why);
    button(dialog, "applyOverrideButton")->click();
    REQUIRE(waitUntil([&] { return dialog->overrideReason() == why; }));
    REQUIRE(waitSettled(*dialog));
    CHECK(dialog->decision()->basis == DisclosureBasis::Override);

    savePdfThroughDialog(*dialog, fixture.dir.filePath(QStringLiteral("override.pdf")));
    INFO(labelText(dialog, "errorLabel").toStdString());
    CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isHidden());
    const QString text = pdfText(fixture.dir.filePath(QStringLiteral("override.pdf")));
    CHECK(text.contains(PersonLegalName));
    dialog->close();

    ui::LedgerPage ledger(s.get());
    ledger.resize(1100, 600);
    ledger.show();
    ledger.setOnlyToReview(true);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 1; }));
    const Disclosure* entry = ledger.model()->disclosureAt(0);
    CHECK(entry->basis == DisclosureBasis::Override);
    CHECK(entry->overrideReason == why);
    CHECK(entry->fields == std::vector<SharedField>{SharedField::Alias, SharedField::Code, SharedField::Languages,
                                                    SharedField::LegalName, SharedField::Contacts});
    CHECK(ledger.model()->index(0, ui::LedgerModel::ReviewedColumn).data().toString() == QStringLiteral("To review"));
    CHECK(ledger.model()->index(0, ui::LedgerModel::BasisColumn).data(Qt::ToolTipRole).toString().contains(why));
    auto* review = button(&ledger, "markReviewedButton");
    CHECK_FALSE(review->isEnabled());
    REQUIRE(ledger.selectDisclosure(entry->id));
    CHECK(review->isEnabled());
    CHECK(labelText(&ledger, "detailsLabel").contains(why));
    review->click();
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 0; }));
    ledger.setOnlyToReview(false);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 1; }));
    CHECK(ledger.model()->disclosureAt(0)->reviewedAt.isValid());
    CHECK(ledger.model()->index(0, ui::LedgerModel::ReviewedColumn).data().toString() != QStringLiteral("To review"));
    // The basis filter: the override is no consent-based entry.
    ledger.setBasisFilter(DisclosureBasis::Consent);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 0; }));
    ledger.setBasisFilter(DisclosureBasis::Override);
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 1; }));
}

TEST_CASE("shareDialog_consentReceiptFromThePersonPage_isNeutralInThePersonsLanguageAndPrintedThroughTheLedger")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, true);
    SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
    ui::PersonPage page(s.get(), world.personId);
    page.resize(1100, 800);
    showAndActivate(page);
    REQUIRE(waitPageLoaded(page));

    // The header's Share / print menu.
    auto* action = child<QAction>(&page, QStringLiteral("printReceiptAction"));
    action->trigger();
    ui::ShareDialog* dialog = page.findChild<ui::ShareDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(waitSettled(*dialog));
    CHECK(child<QComboBox>(dialog, QStringLiteral("recipientCombo"))->currentIndex() == 0);
    CHECK(child<QComboBox>(dialog, QStringLiteral("documentCombo"))->currentData().toInt() ==
          static_cast<int>(DocumentKind::ConsentReceipt));
    CHECK(child<QCheckBox>(dialog, QStringLiteral("neutralCheck"))->isChecked());
    // The person speaks French first.
    CHECK(child<QComboBox>(dialog, QStringLiteral("languageCombo"))->currentData().toString() == QStringLiteral("fr"));
    CHECK(dialog->checkedFields() ==
          std::vector<SharedField>{SharedField::Alias, SharedField::Code, SharedField::Consents});
    CHECK(dialog->decision()->basis == DisclosureBasis::PersonsOwnCopy);
    CHECK(fieldState(*dialog, SharedField::Consents) == QStringLiteral("✓ Will be sent"));

    // Switching the document applies its own defaults.
    auto* document = child<QComboBox>(dialog, QStringLiteral("documentCombo"));
    document->setCurrentIndex(document->findData(static_cast<int>(DocumentKind::InformationSheet)));
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("neutralCheck"))->isChecked());
    CHECK(dialog->checkedFields() == std::vector<SharedField>{SharedField::Alias, SharedField::Code,
                                                              SharedField::Languages, SharedField::Contacts});
    document->setCurrentIndex(document->findData(static_cast<int>(DocumentKind::ConsentReceipt)));
    CHECK(child<QCheckBox>(dialog, QStringLiteral("neutralCheck"))->isChecked());
    REQUIRE(waitSettled(*dialog));

    // Print (to a PDF printer through the test hook): recorded first, then printed.
    const QString printed = fixture.dir.filePath(QStringLiteral("receipt.pdf"));
    dialog->setPrintFileNameForTesting(printed);
    bool finished = false;
    QObject::connect(dialog, &ui::ShareDialog::actionFinished, [&] { finished = true; });
    button(dialog, "printButton")->click();
    REQUIRE(waitUntil([&] { return finished; }));
    INFO(labelText(dialog, "errorLabel").toStdString());
    CHECK(child<QLabel>(dialog, QStringLiteral("errorLabel"))->isHidden());
    REQUIRE(QFileInfo::exists(printed));
    const QString text = pdfText(printed);
    CHECK(text.contains(world.personCode));
    CHECK(text.contains(ConsentPurpose));
    CHECK_FALSE(text.contains(Organisation));

    ui::LedgerModel* shared = page.sharedWithTab()->model();
    REQUIRE(waitUntil([&] { return shared->rowCount() == 1; }));
    CHECK(shared->disclosureAt(0)->channel == DisclosureChannel::Print);
    CHECK(shared->disclosureAt(0)->basis == DisclosureBasis::PersonsOwnCopy);
    CHECK(shared->disclosureAt(0)->recipientKind == RecipientKind::Person);
    CHECK(shared->disclosureAt(0)->document == documentKindId(DocumentKind::ConsentReceipt));
    dialog->close();
}

TEST_CASE("consentsTab_partnerPickedFromTheList_recordsThePartnerAndATypedNameStaysText")
{
    UiFixture fixture;
    const SharingWorld world = createSharingWorld(fixture, false);
    SharingSession s(unlockAs(fixture, Caseworker, ColleaguePass));
    ui::ConsentsTab tab(s.get(), world.personId);
    tab.resize(1000, 600);
    showAndActivate(tab);
    REQUIRE(waitUntil([&] { return tab.isLoaded(); }));

    auto* scope = child<QComboBox>(&tab, QStringLiteral("scopeCombo"));
    scope->setCurrentIndex(scope->findData(static_cast<int>(ConsentScope::ShareWithPartner)));
    QComboBox* recipient = tab.recipientCombo();
    REQUIRE(recipient->isEditable());
    const int partnerRow = recipient->findText(PartnerName);
    REQUIRE(partnerRow >= 0);
    recipient->setCurrentIndex(partnerRow);
    QTest::keyClicks(child<QLineEdit>(&tab, QStringLiteral("purposeEdit")), ConsentPurpose);
    button(&tab, "addConsentButton")->click();
    REQUIRE(waitUntil([&] { return tab.consents().size() == 1; }));

    // Another name stays typed text.
    QLineEdit* typed = child<QLineEdit>(&tab, QStringLiteral("recipientEdit"));
    typed->clear();
    QTest::keyClicks(typed, QStringLiteral("Association Paloma"));
    QTest::keyClicks(child<QLineEdit>(&tab, QStringLiteral("purposeEdit")), QStringLiteral("Peer support"));
    button(&tab, "addConsentButton")->click();
    REQUIRE(waitUntil([&] { return tab.consents().size() == 2; }));

    // Sector consents offer the sectors.
    scope->setCurrentIndex(scope->findData(static_cast<int>(ConsentScope::ShareWithSector)));
    CHECK(recipient->findText(sectorDisplayName(Sector::Health)) >= 0);
    CHECK(recipient->findText(PartnerName) < 0);

    waitUntil([&] { return !s.get()->isBusy(); });
    auto stored = CaseFiles(s.vault()).consents(world.personId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    for (const Consent& consent : stored.value()) {
        if (consent.purpose == ConsentPurpose) {
            CHECK(consent.partnerId == world.partnerId);
            CHECK(consent.recipient == PartnerName);
        } else {
            CHECK(consent.partnerId == 0);
            CHECK(consent.recipient == QStringLiteral("Association Paloma"));
        }
    }
}
