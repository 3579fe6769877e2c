// The issue's own acceptance, as a new user would try it: in a demo vault, a caseworker prints a consent receipt
// and a disclosure history for a demo person, cannot print anything a consent does not cover, and the
// coordinator sees every such print in the ledger.
#include "LedgerModel.h"
#include "LedgerPage.h"
#include "PersonOverviewTab.h"
#include "PersonPage.h"
#include "ShareDialog.h"
#include "SharedWithTab.h"
#include "SharingUiSupport.h"
#include "cases/DemoData.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>

using namespace abri;
using namespace abri::test;

namespace {

struct DemoPerson
{
    qint64 id = 0;
    QString code;
    qint64 consentedPartnerId = 0;
    QString purpose;
};

// The first demo person with a consent in force that names a partner of the demo list.
DemoPerson personWithPartnerConsent(Vault& vault)
{
    CaseFiles cases(vault);
    auto people = cases.listPeople(PersonFilter{}, 0, 100);
    REQUIRE(people.ok());
    const QDate today = vault.clock().nowUtc().toLocalTime().date();
    for (const PersonSummary& person : people.value()) {
        auto consents = cases.consents(person.id);
        REQUIRE(consents.ok());
        for (const Consent& consent : consents.value()) {
            if (consent.scope == ConsentScope::ShareWithPartner && consent.partnerId > 0 &&
                consent.isInForceOn(today)) {
                return {person.id, person.code, consent.partnerId, consent.purpose};
            }
        }
    }
    FAIL("no demo person has a partner consent in force");
    return {};
}

ui::ShareDialog* openFromMenu(ui::PersonPage& page, const char* actionName)
{
    child<QAction>(&page, QLatin1String(actionName))->trigger();
    auto* dialog = page.findChild<ui::ShareDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(waitSettled(*dialog));
    return dialog;
}

void printThrough(ui::ShareDialog& dialog, const QString& file)
{
    dialog.setPrintFileNameForTesting(file);
    bool finished = false;
    QObject::connect(&dialog, &ui::ShareDialog::actionFinished, [&] { finished = true; });
    REQUIRE(button(&dialog, "printButton")->isEnabled());
    button(&dialog, "printButton")->click();
    REQUIRE(waitUntil([&] { return finished; }));
    INFO(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text().toStdString());
    CHECK(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isHidden());
    REQUIRE(QFileInfo::exists(file));
}

} // namespace

TEST_CASE("sharingDemo_caseworkerPrintsReceiptAndHistory_nothingUncovered_coordinatorSeesEveryPrint")
{
    UiFixture fixture;
    const QString path = fixture.dir.filePath(QStringLiteral("demo.abri"));
    DemoOptions demo;
    demo.people = 40;
    demo.notes = 40;
    demo.seed = 5;
    auto created = createDemoVault(path, demo, fixture.vaultOptions());
    INFO((created ? std::string() : created.error().message().toStdString()));
    REQUIRE(created.ok());
    created.value().vault->lock();

    auto caseworkerVault = Vault::unlock(path, demoUserNames().at(1), secure(demoPassphrase()), fixture.vaultOptions());
    REQUIRE(caseworkerVault.ok());
    SharingSession caseworker(std::move(caseworkerVault.value()));
    const DemoPerson person = personWithPartnerConsent(caseworker.vault());

    ui::PersonPage page(caseworker.get(), person.id);
    page.resize(1100, 800);
    showAndActivate(page);
    REQUIRE(waitUntil([&] { return page.overviewTab()->isLoaded() && page.sharedWithTab()->isLoaded(); }));

    // The consent receipt: the person's own copy, neutral, with their consents.
    ui::ShareDialog* receipt = openFromMenu(page, "printReceiptAction");
    CHECK(receipt->decision()->basis == DisclosureBasis::PersonsOwnCopy);
    const QString receiptFile = fixture.dir.filePath(QStringLiteral("receipt.pdf"));
    printThrough(*receipt, receiptFile);
    const QString receiptText = pdfText(receiptFile);
    CHECK(receiptText.contains(person.code));
    // Neutral: it opens on a plain title, not on the organisation's name (the demo's partners carry the word
    // "Demo" in their names, so the check is on the heading).
    CHECK(receiptText.trimmed().startsWith(QStringLiteral("Your information")));
    delete receipt;

    // The disclosure history, which now lists the receipt.
    ui::ShareDialog* history = openFromMenu(page, "printHistoryAction");
    const QString historyFile = fixture.dir.filePath(QStringLiteral("history.pdf"));
    printThrough(*history, historyFile);
    CHECK(pdfText(historyFile).contains(person.code));
    delete history;

    // A partner the person gave no consent for: nothing may go, nothing can be printed or saved.
    auto partners = Partners(caseworker.vault()).listPartners();
    REQUIRE(partners.ok());
    qint64 uncovered = 0;
    for (const PartnerSummary& partner : partners.value()) {
        if (partner.id != person.consentedPartnerId) {
            uncovered = partner.id;
            break;
        }
    }
    REQUIRE(uncovered != 0);
    ui::ShareDialog* sheet = openFromMenu(page, "shareWithPartnerAction");
    Recipient other;
    other.kind = RecipientKind::Partner;
    other.partnerId = uncovered;
    REQUIRE(sheet->selectRecipient(other));
    child<QComboBox>(sheet, QStringLiteral("purposeCombo"))->setEditText(person.purpose);
    REQUIRE(waitSettled(*sheet));
    REQUIRE(sheet->decision().has_value());
    CHECK_FALSE(sheet->decision()->anyAllowed());
    CHECK_FALSE(button(sheet, "printButton")->isEnabled());
    CHECK_FALSE(button(sheet, "savePdfButton")->isEnabled());
    CHECK_FALSE(button(sheet, "previewButton")->isEnabled());
    delete sheet;
    // And core refuses it directly too.
    SharingRequest direct;
    direct.personId = person.id;
    direct.recipient = other;
    direct.purpose = person.purpose;
    direct.fields = {SharedField::Alias};
    CHECK(caseworker.sharing()
              .disclose(direct, DisclosureChannel::Print, DocumentKind::InformationSheet)
              .error()
              .code() == ErrorCode::PermissionDenied);

    ui::LedgerModel* shared = page.sharedWithTab()->model();
    REQUIRE(waitUntil([&] { return shared->rowCount() == 2; }));

    // The coordinator sees both prints in the ledger, by the caseworker, for this person.
    caseworker.vault().lock();
    auto coordinatorVault =
        Vault::unlock(path, demoUserNames().at(0), secure(demoPassphrase()), fixture.vaultOptions());
    REQUIRE(coordinatorVault.ok());
    SharingSession coordinator(std::move(coordinatorVault.value()));
    ui::LedgerPage ledger(coordinator.get());
    ledger.resize(1100, 600);
    ledger.show();
    REQUIRE(waitUntil([&] { return ledger.model()->rowCount() == 2; }));
    QStringList documents;
    for (int row = 0; row < 2; ++row) {
        const Disclosure* entry = ledger.model()->disclosureAt(row);
        REQUIRE(entry != nullptr);
        CHECK(entry->personCode == person.code);
        CHECK(entry->userName == demoUserNames().at(1));
        CHECK(entry->channel == DisclosureChannel::Print);
        CHECK(entry->recipientKind == RecipientKind::Person);
        documents << entry->document;
    }
    documents.sort();
    CHECK(documents ==
          QStringList{documentKindId(DocumentKind::ConsentReceipt), documentKindId(DocumentKind::DisclosureHistory)});
}
