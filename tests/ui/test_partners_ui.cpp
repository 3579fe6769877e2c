// The partners list, a partner's page and its dialogs offscreen, as a coordinator and a caseworker use them: every
// change goes through the real dialogs, and what they saved is read back through core.
#include "AgreementDialog.h"
#include "AttachmentViewer.h"
#include "ItemRoles.h"
#include "MainWindow.h"
#include "PartnerDialog.h"
#include "PartnerKeyDialog.h"
#include "PartnerPage.h"
#include "PartnersModel.h"
#include "PartnersPage.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"
#include "sharing/Partners.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace abri;
using namespace abri::test;

namespace {

const QString Caseworker = QStringLiteral("sam");

// A GUI session on a vault opened by one user. Waits for running work before the session goes, so no task finishes
// on a destroyed page.
struct Session
{
    std::unique_ptr<ui::VaultSession> session;

    explicit Session(std::unique_ptr<Vault> vault) : session(std::make_unique<ui::VaultSession>(std::move(vault))) {}
    ~Session()
    {
        closeVisibleDialogs();
        waitUntil([&] { return !session->isBusy(); });
    }
    ui::VaultSession* get() const { return session.get(); }
    Partners partners() const { return Partners(session->vault()); }
};

std::unique_ptr<Vault> unlockAs(const UiFixture& fixture, const QString& name, const QString& passphrase)
{
    auto vault = Vault::unlock(fixture.vaultPath(), name, secure(passphrase), fixture.vaultOptions());
    INFO((vault ? std::string() : vault.error().message().toStdString()));
    REQUIRE(vault.ok());
    return std::move(vault.value());
}

QDate todayOf(const UiFixture& fixture)
{
    return fixture.clock.nowUtc().toLocalTime().date();
}

qint64 createPartner(Vault& vault, const QString& name, Sector sector, const QString& services = {})
{
    PartnerDraft draft;
    draft.name = name;
    draft.sector = sector;
    draft.services = services;
    auto id = Partners(vault).createPartner(draft);
    INFO((id ? std::string() : id.error().message().toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

// A formal agreement signed a while ago that must be renewed renewalInDays from today (0: no end date).
qint64 addFormalAgreement(Vault& vault, qint64 partnerId, const QDate& today, int renewalInDays,
                          AgreementStatus status = AgreementStatus::Active)
{
    AgreementDraft draft;
    draft.kind = AgreementKind::Formal;
    draft.signedOn = today.addDays(-300);
    if (renewalInDays != 0) {
        draft.renewalOn = today.addDays(renewalInDays);
    }
    draft.categories = {Category::Health};
    draft.status = status;
    auto id = Partners(vault).addAgreement(partnerId, draft);
    INFO((id ? std::string() : id.error().message().toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

template <typename T>
T* visibleDialog(const QString& objectName)
{
    T* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->objectName() == objectName) {
                    found = qobject_cast<T*>(widget);
                }
            }
            return found != nullptr;
        },
        5000);
    INFO("waiting for dialog " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

QStringList shownNames(const ui::PartnersPage& page)
{
    QStringList names;
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        names << page.proxy()->index(row, ui::PartnersModel::NameColumn).data().toString();
    }
    return names;
}

void chooseData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    INFO("combo item " << data.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool waitLoaded(const ui::PartnerPage& page)
{
    return waitUntil([&] { return page.isLoaded(); });
}

QString errorText(QWidget* dialog)
{
    auto* label = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    return label->isVisible() ? label->text() : QString();
}

} // namespace

TEST_CASE("partnersModel_resetSortAndRetranslate_passesTheModelTester")
{
    const QDate today(2026, 3, 1);
    std::vector<PartnerSummary> rows(4);
    rows[0] = {1,
               QStringLiteral("Avocats Solidaires"),
               Sector::Legal,
               QStringLiteral("Free legal advice"),
               AgreementStatus::Active,
               today.addDays(200)};
    rows[1] = {2,
               QStringLiteral("Clinique du Nord"),
               Sector::Health,
               QStringLiteral("STI testing\nno ID needed"),
               AgreementStatus::Lapsing,
               today.addDays(10)};
    rows[2] = {3, QStringLiteral("Maison Claire"), Sector::Shelter, {}, std::nullopt, {}};
    rows[3] = {4, QStringLiteral("Zone Libre"), Sector::CivilRights, {}, AgreementStatus::Lapsed, today.addDays(-3)};

    ui::PartnersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSortRole(ui::RawValueRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setPartners(rows, today);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == ui::PartnersModel::ColumnCount);
    CHECK(model.index(1, ui::PartnersModel::SectorColumn).data().toString() == sectorDisplayName(Sector::Health));
    // One line in the table, all of it in the tooltip.
    CHECK(model.index(1, ui::PartnersModel::ServicesColumn).data().toString() ==
          QStringLiteral("STI testing no ID needed"));
    CHECK(model.index(1, ui::PartnersModel::ServicesColumn).data(Qt::ToolTipRole).toString().contains(u'\n'));
    // The status is in words, with the renewal date and the days left.
    const QString lapsing = model.index(1, ui::PartnersModel::AgreementColumn).data().toString();
    CHECK(lapsing.startsWith(agreementStatusDisplayName(AgreementStatus::Lapsing)));
    CHECK(lapsing.contains(QStringLiteral("10 day")));
    CHECK(model.index(2, ui::PartnersModel::AgreementColumn).data().toString() == QStringLiteral("No agreement"));
    CHECK(model.index(3, ui::PartnersModel::AgreementColumn)
              .data()
              .toString()
              .startsWith(agreementStatusDisplayName(AgreementStatus::Lapsed)));
    CHECK(model.index(2, 0).data(ui::IdRole).toLongLong() == 3);
    CHECK(model.rowOf(4) == 3);
    CHECK(model.rowOf(99) == -1);
    CHECK(model.partnerAt(4) == nullptr);

    // Sorting on the agreement column puts what needs attention first: lapsed, lapsing, active, none.
    proxy.sort(ui::PartnersModel::AgreementColumn);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        order << proxy.index(row, 0).data().toString();
    }
    CHECK(order == QStringList{QStringLiteral("Zone Libre"), QStringLiteral("Clinique du Nord"),
                               QStringLiteral("Avocats Solidaires"), QStringLiteral("Maison Claire")});

    model.retranslate();
    rows.pop_back();
    model.setPartners(rows, today);
    CHECK(proxy.rowCount() == 3);
    model.setPartners({}, today);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("partnersPage_coordinatorCreatesAPartnerInTheDialog_itIsSavedAndListed")
{
    UiFixture fixture;
    Session session(fixture.createVault());
    ui::PartnersPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    auto* empty = child<QLabel>(&page, QStringLiteral("emptyLabel"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("New partner")));

    auto* newButton = child<QPushButton>(&page, QStringLiteral("newPartnerButton"));
    REQUIRE(newButton->isVisible());
    newButton->click();
    auto* dialog = visibleDialog<ui::PartnerDialog>(QStringLiteral("partnerDialog"));
    child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->setText(QStringLiteral("Clinique du Nord"));
    chooseData(child<QComboBox>(dialog, QStringLiteral("sectorCombo")), sectorId(Sector::Health));
    child<QPlainTextEdit>(dialog, QStringLiteral("servicesEdit"))->setPlainText(QStringLiteral("STI testing"));
    child<QLineEdit>(dialog, QStringLiteral("languagesEdit"))->setText(QStringLiteral("French, Portuguese"));
    child<QLineEdit>(dialog, QStringLiteral("hoursEdit"))->setText(QStringLiteral("Mon-Fri 9-17"));
    child<QPushButton>(dialog, QStringLiteral("addContactButton"))->click();
    child<QPushButton>(dialog, QStringLiteral("addContactButton"))->click();
    auto* contacts = dialog->contactsTable();
    REQUIRE(contacts->rowCount() == 2);
    contacts->item(0, ui::PartnerDialog::ContactName)->setText(QStringLiteral("Dr Ana"));
    contacts->item(0, ui::PartnerDialog::ContactRole)->setText(QStringLiteral("intake nurse"));
    contacts->item(0, ui::PartnerDialog::ContactPhone)->setText(QStringLiteral("+33 6 12 34 56 78"));
    contacts->item(0, ui::PartnerDialog::ContactChannels)->setText(QStringLiteral("Signal"));
    // The second row stays empty: it is not a contact.
    QSignalSpy opened(&page, &ui::PartnersPage::openPartnerRequested);
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return opened.count() == 1; }));
    const qint64 id = opened.takeFirst().at(0).toLongLong();

    REQUIRE(waitUntil([&] { return page.isLoaded() && page.model()->rowCount() == 1; }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Clinique du Nord")});
    CHECK(page.proxy()->index(0, ui::PartnersModel::AgreementColumn).data().toString() ==
          QStringLiteral("No agreement"));
    CHECK_FALSE(empty->isVisible());
    auto saved = session.partners().partner(id);
    REQUIRE(saved.ok());
    CHECK(saved->sector == Sector::Health);
    CHECK(saved->services == QStringLiteral("STI testing"));
    CHECK(saved->languages == QStringList{QStringLiteral("French"), QStringLiteral("Portuguese")});
    REQUIRE(saved->contacts.size() == 1);
    CHECK(saved->contacts[0] == PartnerContact{QStringLiteral("Dr Ana"), QStringLiteral("intake nurse"),
                                               QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("Signal")});
}

TEST_CASE("partnersPage_sectorStatusAndSearchFilters_showOnlyMatchingPartners")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const QDate today = todayOf(fixture);
    const qint64 clinic =
        createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health, QStringLiteral("STI testing"));
    addFormalAgreement(*vault, clinic, today, 200);
    const qint64 lawyers = createPartner(*vault, QStringLiteral("Avocats Solidaires"), Sector::Legal,
                                         QStringLiteral("Legal aid for evictions"));
    addFormalAgreement(*vault, lawyers, today, 10);
    createPartner(*vault, QStringLiteral("Centre Santé Est"), Sector::Health);
    const qint64 shelter = createPartner(*vault, QStringLiteral("Maison Claire"), Sector::Shelter);
    addFormalAgreement(*vault, shelter, today, 0, AgreementStatus::Suspended);

    Session session(std::move(vault));
    ui::PartnersPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(page.model()->rowCount() == 4);
    auto* sector = child<QComboBox>(&page, QStringLiteral("sectorFilter"));
    auto* status = child<QComboBox>(&page, QStringLiteral("agreementFilter"));
    CHECK(sector->itemText(0) == QStringLiteral("All sectors"));
    CHECK(sector->count() == 1 + static_cast<int>(std::size(AllSectors)));
    CHECK(status->count() == 6);

    chooseData(sector, sectorId(Sector::Health));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Centre Santé Est"), QStringLiteral("Clinique du Nord")});

    sector->setCurrentIndex(0);
    chooseData(status, agreementStatusId(AgreementStatus::Lapsing));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Avocats Solidaires")});
    CHECK(page.proxy()
              ->index(0, ui::PartnersModel::AgreementColumn)
              .data()
              .toString()
              .contains(QStringLiteral("10 day")));

    chooseData(status, agreementStatusId(AgreementStatus::Suspended));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Maison Claire")});

    chooseData(status, QStringLiteral("none"));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Centre Santé Est")});

    // Health and "active": none of the health partners has an active agreement other than the clinic.
    chooseData(status, agreementStatusId(AgreementStatus::Active));
    chooseData(sector, sectorId(Sector::Health));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Clinique du Nord")});

    chooseData(sector, sectorId(Sector::Media));
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QLabel>(&page, QStringLiteral("emptyLabel"))->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("emptyLabel"))->text().contains(QStringLiteral("No partner matches")));

    // The search looks in names and services.
    sector->setCurrentIndex(0);
    status->setCurrentIndex(0);
    child<QLineEdit>(&page, QStringLiteral("partnerSearch"))->setText(QStringLiteral("eviction"));
    REQUIRE(waitUntil([&] { return page.isLoaded() && page.model()->rowCount() == 1; }));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Avocats Solidaires")});

    QSignalSpy opened(&page, &ui::PartnersPage::openPartnerRequested);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == lawyers);
}

TEST_CASE("partnersUi_caseworker_readsPartnersButIsOfferedNoChanges")
{
    UiFixture fixture;
    qint64 partnerId = 0;
    {
        auto vault = fixture.createVault();
        REQUIRE(vault->addUser(Caseworker, Role::Caseworker, secure(ColleaguePass)).ok());
        partnerId = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
        addFormalAgreement(*vault, partnerId, todayOf(fixture), 200);
        REQUIRE(Partners(*vault).setPublicKey(partnerId, QString::fromLatin1(QByteArray(32, '\x07').toHex())).ok());
        vault->lock();
    }
    Session session(unlockAs(fixture, Caseworker, ColleaguePass));
    ui::PartnersPage list(session.get());
    list.show();
    REQUIRE(waitUntil([&] { return list.isLoaded(); }));
    CHECK(list.model()->rowCount() == 1);
    CHECK(child<QPushButton>(&list, QStringLiteral("newPartnerButton"))->isHidden());
    list.newPartner();
    CHECK(visibleDialogCount() == 0);

    ui::PartnerPage page(session.get(), partnerId);
    page.show();
    REQUIRE(waitLoaded(page));
    CHECK(page.titleLabel()->text() == QStringLiteral("Clinique du Nord"));
    CHECK(page.agreementList()->topLevelItemCount() == 1);
    CHECK(page.fingerprintLabel()->text() == publicKeyFingerprint(QByteArray(32, '\x07')));
    for (const char* name : {"editPartnerButton", "setKeyButton", "removeKeyButton", "newAgreementButton",
                             "editAgreementButton", "attachDocumentButton"}) {
        INFO(name);
        CHECK(child<QPushButton>(&page, QString::fromLatin1(name))->isHidden());
    }
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("viewDocumentButton"))->isHidden());
    CHECK(child<QPushButton>(&page, QStringLiteral("backButton"))->isVisible());
    page.editPartner();
    page.newAgreement();
    page.setKey();
    CHECK(visibleDialogCount() == 0);
}

TEST_CASE("partnerDialog_duplicateName_showsCoresErrorAndKeepsWhatWasTyped")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
    Session session(std::move(vault));

    auto* dialog = new ui::PartnerDialog(session.get(), 0, PartnerDraft{});
    QPointer<ui::PartnerDialog> guard(dialog);
    dialog->open();
    auto* name = child<QLineEdit>(dialog, QStringLiteral("nameEdit"));
    name->setText(QStringLiteral("CLINIQUE du nord"));
    child<QPlainTextEdit>(dialog, QStringLiteral("servicesEdit"))->setPlainText(QStringLiteral("Vaccines"));
    dialog->addContactRow(PartnerContact{QStringLiteral("Lou"), QStringLiteral("nurse"), {}, {}});
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return !errorText(dialog).isEmpty(); }));
    CHECK(errorText(dialog).contains(QStringLiteral("Another partner already has this name")));
    CHECK(errorText(dialog).contains(QStringLiteral("Nothing was saved")));
    REQUIRE(guard);
    CHECK(dialog->isVisible());
    CHECK(name->text() == QStringLiteral("CLINIQUE du nord"));
    CHECK(child<QPlainTextEdit>(dialog, QStringLiteral("servicesEdit"))->toPlainText() == QStringLiteral("Vaccines"));
    CHECK(dialog->contactsTable()->rowCount() == 1);
    CHECK(dialog->contactsTable()->item(0, 0)->text() == QStringLiteral("Lou"));
    CHECK(session.partners().listPartners()->size() == 1);

    // A changed name is saved from the same dialog.
    name->setText(QStringLiteral("Clinique du Sud"));
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return guard.isNull() || !guard->isVisible(); }));
    CHECK(session.partners().listPartners()->size() == 2);
}

TEST_CASE("partnerKeyDialog_pastedText_showsTheFingerprintOrWhyItIsNotAKey")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 partnerId = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
    Session session(std::move(vault));
    ui::PartnerPage page(session.get(), partnerId);
    page.show();
    REQUIRE(waitLoaded(page));
    CHECK(page.fingerprintLabel()->isHidden());
    CHECK(child<QPushButton>(&page, QStringLiteral("removeKeyButton"))->isHidden());

    child<QPushButton>(&page, QStringLiteral("setKeyButton"))->click();
    auto* dialog = visibleDialog<ui::PartnerKeyDialog>(QStringLiteral("partnerKeyDialog"));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    const QByteArray key = QByteArray::fromHex("3f2a91c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f");
    REQUIRE(key.size() == 32);

    dialog->keyEdit()->setPlainText(QStringLiteral("this is not a key"));
    CHECK_FALSE(dialog->parseError().isEmpty());
    CHECK(dialog->parseError() == parsePartnerPublicKey(QStringLiteral("this is not a key")).error().message());
    CHECK_FALSE(dialog->okButton()->isEnabled());

    // One hex digit short: still refused, with a reason.
    const QString hex = QString::fromLatin1(key.toHex());
    dialog->keyEdit()->setPlainText(hex.left(63));
    CHECK_FALSE(dialog->parseError().isEmpty());
    CHECK_FALSE(dialog->okButton()->isEnabled());

    // Spaces and line breaks inside the key are fine; the fingerprint shows as soon as it parses.
    dialog->keyEdit()->setPlainText(hex.left(32) + QStringLiteral("\n ") + hex.mid(32));
    CHECK(dialog->parseError().isEmpty());
    CHECK(dialog->fingerprint() == publicKeyFingerprint(key));
    CHECK(dialog->fingerprint().count(u' ') == 7);
    CHECK(dialog->okButton()->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("fingerprintLabel"))->font().family() ==
          QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

    QSignalSpy reloaded(&page, &ui::PartnerPage::reloaded);
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return reloaded.count() >= 1 && page.isLoaded(); }));
    CHECK(session.partners().partner(partnerId)->publicKey == key);
    CHECK(page.fingerprintLabel()->isVisible());
    CHECK(page.fingerprintLabel()->text() == publicKeyFingerprint(key));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("removeKeyButton"))->isHidden());
}

TEST_CASE("agreementDialog_kindSwitchesTheFields_andAFormalAgreementIsSaved")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const QDate today = todayOf(fixture);
    const qint64 partnerId = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
    Session session(std::move(vault));
    ui::PartnerPage page(session.get(), partnerId);
    page.show();
    REQUIRE(waitLoaded(page));
    CHECK(child<QLabel>(&page, QStringLiteral("noAgreementsLabel"))->isVisible());

    child<QPushButton>(&page, QStringLiteral("newAgreementButton"))->click();
    auto* dialog = visibleDialog<ui::AgreementDialog>(QStringLiteral("agreementDialog"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    auto* signedOn = child<QDateEdit>(dialog, QStringLiteral("signedOnEdit"));
    auto* agreedBy = child<QLineEdit>(dialog, QStringLiteral("agreedByEdit"));
    auto* note = child<QLabel>(dialog, QStringLiteral("documentNote"));
    chooseData(kind, agreementKindId(AgreementKind::Informal));
    CHECK(agreedBy->isVisible());
    CHECK_FALSE(signedOn->isVisible());
    CHECK_FALSE(note->isVisible());

    // Informal without who agreed: core's message, the dialog stays.
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return !errorText(dialog).isEmpty(); }));
    CHECK(errorText(dialog).contains(QStringLiteral("who agreed")));
    CHECK(dialog->isVisible());

    chooseData(kind, agreementKindId(AgreementKind::Formal));
    CHECK(signedOn->isVisible());
    CHECK(note->isVisible());
    CHECK_FALSE(agreedBy->isVisible());
    signedOn->setDate(today.addDays(-20));
    auto* renewal = child<QDateEdit>(dialog, QStringLiteral("renewalOnEdit"));
    CHECK_FALSE(renewal->isEnabled());
    child<QCheckBox>(dialog, QStringLiteral("hasRenewalCheck"))->setChecked(true);
    CHECK(renewal->isEnabled());
    renewal->setDate(today.addDays(20));
    child<QCheckBox>(dialog, QStringLiteral("category_%1").arg(static_cast<int>(Category::Health)))->setChecked(true);
    child<QCheckBox>(dialog, QStringLiteral("conductSignedCheck"))->setChecked(true);
    child<QDateEdit>(dialog, QStringLiteral("conductSignedOnEdit"))->setDate(today.addDays(-19));
    QSignalSpy reloaded(&page, &ui::PartnerPage::reloaded);
    dialog->okButton()->click();
    REQUIRE(waitUntil([&] { return reloaded.count() >= 1 && page.isLoaded(); }));

    auto saved = session.partners().agreements(partnerId);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    const Agreement& agreement = saved->front();
    CHECK(agreement.kind == AgreementKind::Formal);
    CHECK(agreement.signedOn == today.addDays(-20));
    CHECK(agreement.renewalOn == today.addDays(20));
    CHECK(agreement.agreedBy.isEmpty());
    CHECK(agreement.categories == std::set<Category>{Category::Health});
    CHECK(agreement.conductSigned);
    CHECK(agreement.conductSignedOn == today.addDays(-19));
    CHECK(agreement.storedStatus == AgreementStatus::Active);

    // The list says it in words: lapsing in 20 days, health allowed, code of conduct signed, no document yet.
    REQUIRE(page.agreementList()->topLevelItemCount() == 1);
    QTreeWidgetItem* item = page.agreementList()->topLevelItem(0);
    CHECK(item->text(ui::PartnerPage::StatusColumn).contains(QStringLiteral("20 day")));
    CHECK(item->text(ui::PartnerPage::CategoriesColumn) == categoryDisplayName(Category::Health));
    CHECK(item->text(ui::PartnerPage::ConductColumn).startsWith(QStringLiteral("Signed")));
    CHECK(item->text(ui::PartnerPage::DocumentColumn) == QStringLiteral("None attached"));
}

TEST_CASE("partnerPage_attachingAnAgreementDocument_storesItAndViewShowsIt")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    const qint64 partnerId = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
    const qint64 agreementId = addFormalAgreement(*vault, partnerId, todayOf(fixture), 200);
    Session session(std::move(vault));
    ui::PartnerPage page(session.get(), partnerId);
    page.show();
    REQUIRE(waitLoaded(page));
    page.selectAgreement(agreementId);
    auto* attach = child<QPushButton>(&page, QStringLiteral("attachDocumentButton"));
    auto* view = child<QPushButton>(&page, QStringLiteral("viewDocumentButton"));
    CHECK(attach->isEnabled());
    CHECK_FALSE(view->isEnabled());

    // Not a PDF or an image: core's reason, nothing stored.
    const QString text = fixture.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some words");
    }
    page.attachDocument(text);
    REQUIRE(waitUntil([] { return visibleDialogCount() == 1; }, 5000));
    closeVisibleDialogs();
    CHECK(session.partners().agreement(agreementId)->documentName.isEmpty());

    const QString png = fixture.dir.filePath(QStringLiteral("mou-signed.png"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(png));
    QSignalSpy reloaded(&page, &ui::PartnerPage::reloaded);
    page.attachDocument(png);
    REQUIRE(waitUntil([&] { return reloaded.count() >= 1 && page.isLoaded(); }));
    CHECK(session.partners().agreement(agreementId)->documentName == QStringLiteral("mou-signed.png"));
    CHECK(page.agreementList()->topLevelItem(0)->text(ui::PartnerPage::DocumentColumn) ==
          QStringLiteral("mou-signed.png"));
    REQUIRE(view->isEnabled());
    view->click();
    auto* viewer = visibleDialog<ui::AttachmentViewer>(QStringLiteral("attachmentViewer"));
    CHECK(viewer->showsImage());
    CHECK(viewer->imageSize() == QSize(40, 30));
    closeVisibleDialogs();
}

TEST_CASE("todayPage_agreementLapsingInTenDays_isListedAndOpensThePartner")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    REQUIRE(vault->addUser(Caseworker, Role::Caseworker, secure(ColleaguePass)).ok());
    const QDate today = todayOf(fixture);
    const qint64 soon = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
    addFormalAgreement(*vault, soon, today, 10);
    const qint64 later = createPartner(*vault, QStringLiteral("Avocats Solidaires"), Sector::Legal);
    addFormalAgreement(*vault, later, today, 90);
    vault->lock();

    // Every role sees it: a caseworker must know before referring someone.
    Session session(unlockAs(fixture, Caseworker, ColleaguePass));
    ui::TodayPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    // The other sections still work alongside.
    CHECK(child<QLabel>(&page, QStringLiteral("followUpEmpty"))->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("consentEmpty"))->isVisible());
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("agreementEmpty"))->isVisible());
    REQUIRE(page.agreementList()->topLevelItemCount() == 1);
    QTreeWidgetItem* item = page.agreementList()->topLevelItem(0);
    CHECK(item->text(0) == QStringLiteral("Clinique du Nord"));
    CHECK(item->text(1) == agreementStatusDisplayName(AgreementStatus::Lapsing));
    CHECK(item->text(2) == QLocale().toString(today.addDays(10), QLocale::ShortFormat));
    // "10 days left" once the English plurals are generated; "10 day(s) left" before.
    CHECK(item->text(3).startsWith(QStringLiteral("10 day")));

    QSignalSpy opened(&page, &ui::TodayPage::openPartnerRequested);
    Q_EMIT page.agreementList()->itemActivated(item, 0);
    REQUIRE(opened.count() == 1);
    CHECK(opened.takeFirst().at(0).toLongLong() == soon);
}

TEST_CASE("todayPage_noAgreementLapsing_saysSo")
{
    UiFixture fixture;
    Session session(fixture.createVault());
    ui::TodayPage page(session.get());
    page.show();
    REQUIRE(waitUntil([&] { return page.isLoaded(); }));
    CHECK(child<QLabel>(&page, QStringLiteral("agreementEmpty"))->isVisible());
    CHECK_FALSE(page.agreementList()->isVisible());
}

TEST_CASE("workspace_partnersComesAfterPeopleForEveryRole_andAPartnerOpensInPlace")
{
    UiFixture fixture;
    qint64 partnerId = 0;
    {
        auto vault = fixture.createVault();
        REQUIRE(vault->addUser(Caseworker, Role::Caseworker, secure(ColleaguePass)).ok());
        partnerId = createPartner(*vault, QStringLiteral("Clinique du Nord"), Sector::Health);
        vault->lock();
    }
    for (const auto& [user, passphrase] :
         {std::pair{Coordinator, CoordinatorPass}, std::pair{Caseworker, ColleaguePass}}) {
        INFO(user.toStdString());
        ui::MainWindow window(fixture.options);
        showAndActivate(window);
        unlockThroughUi(window, user, passphrase);
        ui::Workspace* workspace = window.workspace();
        auto* nav = child<QListWidget>(workspace, QStringLiteral("navigation"));
        CHECK(nav->item(0)->text() == QStringLiteral("Today"));
        CHECK(nav->item(1)->text() == QStringLiteral("People"));
        CHECK(nav->item(2)->text() == QStringLiteral("Partners"));
        REQUIRE(workspace->hasPage(ui::Workspace::Page::Partners));

        workspace->showPage(ui::Workspace::Page::Partners);
        auto* partners = qobject_cast<ui::PartnersPage*>(workspace->page(ui::Workspace::Page::Partners));
        REQUIRE(partners != nullptr);
        REQUIRE(waitUntil([&] { return partners->isLoaded() && partners->model()->rowCount() == 1; }));
        partners->view()->setFocus();
        partners->view()->setCurrentIndex(partners->proxy()->index(0, 0));
        QTest::keyClick(partners->view(), Qt::Key_Return);
        REQUIRE(workspace->partnerPage() != nullptr);
        CHECK(workspace->partnerPage()->partnerId() == partnerId);
        CHECK(workspace->partnerPage()->isVisible());
        CHECK_FALSE(partners->isVisible());
        REQUIRE(waitUntil([&] { return workspace->partnerPage()->isLoaded(); }));

        child<QPushButton>(workspace->partnerPage(), QStringLiteral("backButton"))->click();
        REQUIRE(waitUntil([&] { return workspace->partnerPage() == nullptr; }, 5000));
        CHECK(partners->isVisible());
        REQUIRE(waitUntil([&] { return !window.session()->isBusy(); }));
    }
}

// Not a check: saves pictures of the partners screens for a person to look at. Hidden from normal runs; run with
//   ABRI_SCREENSHOT_DIR=/tmp/shots abri_ui_tests "[.screenshots]"
TEST_CASE("partnersScreens_saved", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("ABRI_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    auto save = [&](QWidget* widget, const QString& name) {
        waitUntil([] { return false; }, 150);
        REQUIRE(widget->grab().save(QDir(dir).filePath(QStringLiteral("partnersui-%1.png").arg(name))));
    };
    UiFixture fixture;
    auto vault = fixture.createVault();
    const QDate today = todayOf(fixture);
    PartnerDraft clinic;
    clinic.name = QStringLiteral("Clinique du Nord");
    clinic.sector = Sector::Health;
    clinic.services = QStringLiteral("STI and HIV testing, PrEP, no ID needed; a woman doctor on Tuesdays");
    clinic.languages = {QStringLiteral("French"), QStringLiteral("Portuguese"), QStringLiteral("English")};
    clinic.address = QStringLiteral("12 rue des Lilas\n59000 Lille");
    clinic.hours = QStringLiteral("Mon–Fri 9:00–17:00, Sat 10:00–13:00");
    clinic.contacts = {{QStringLiteral("Dr Ana Ribeiro"), QStringLiteral("intake nurse"),
                        QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("Signal on the same number")},
                       {QStringLiteral("Marc"), QStringLiteral("reception"), QStringLiteral("+33 3 20 00 00 00"), {}}};
    clinic.notes = QStringLiteral("Ask for Ana; do not mention the organisation at the front desk.");
    auto clinicId = Partners(*vault).createPartner(clinic);
    REQUIRE(clinicId.ok());
    addFormalAgreement(*vault, clinicId.value(), today, 10);
    AgreementDraft informal;
    informal.kind = AgreementKind::Informal;
    informal.agreedBy = QStringLiteral("Dr Ana Ribeiro");
    informal.agreedOn = today.addDays(-700);
    informal.status = AgreementStatus::Lapsed;
    REQUIRE(Partners(*vault).addAgreement(clinicId.value(), informal).ok());
    REQUIRE(Partners(*vault)
                .setPublicKey(clinicId.value(),
                              QStringLiteral("3f2a91c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f"))
                .ok());
    const qint64 lawyers = createPartner(*vault, QStringLiteral("Avocats Solidaires"), Sector::Legal,
                                         QStringLiteral("Legal aid for evictions and police custody"));
    addFormalAgreement(*vault, lawyers, today, 200);
    createPartner(*vault, QStringLiteral("Centre Santé Est"), Sector::Health);
    const qint64 shelter = createPartner(*vault, QStringLiteral("Maison Claire"), Sector::Shelter,
                                         QStringLiteral("Emergency beds, women and trans women"));
    addFormalAgreement(*vault, shelter, today, 0, AgreementStatus::Suspended);
    Session session(std::move(vault));

    ui::PartnersPage list(session.get());
    list.resize(1000, 420);
    list.show();
    REQUIRE(waitUntil([&] { return list.isLoaded(); }));
    save(&list, QStringLiteral("01-list"));
    chooseData(child<QComboBox>(&list, QStringLiteral("sectorFilter")), sectorId(Sector::Media));
    REQUIRE(waitUntil([&] { return list.isLoaded(); }));
    save(&list, QStringLiteral("02-list-empty"));

    ui::PartnerPage page(session.get(), clinicId.value());
    page.resize(1000, 900);
    page.show();
    REQUIRE(waitLoaded(page));
    save(&page, QStringLiteral("03-partner"));

    auto* edit = new ui::PartnerDialog(session.get(), clinicId.value(), clinic, &page);
    edit->open();
    save(edit, QStringLiteral("04-partner-dialog"));
    edit->reject();

    auto* formal = new ui::AgreementDialog(session.get(), clinicId.value(), 0, AgreementDraft{}, today, &page);
    formal->open();
    chooseData(child<QComboBox>(formal, QStringLiteral("kindCombo")), agreementKindId(AgreementKind::Formal));
    save(formal, QStringLiteral("05-agreement-formal"));
    chooseData(child<QComboBox>(formal, QStringLiteral("kindCombo")), agreementKindId(AgreementKind::Informal));
    save(formal, QStringLiteral("06-agreement-informal"));
    formal->reject();

    auto* key = new ui::PartnerKeyDialog(session.get(), clinicId.value(), &page);
    key->open();
    key->keyEdit()->setPlainText(
        QStringLiteral("-----BEGIN ABRI PUBLIC KEY-----\nPyqRwNTl9gcYKTpLXG1+j5Chs8PU5fYHGCk6S1xtfo8=\n"
                       "-----END ABRI PUBLIC KEY-----"));
    save(key, QStringLiteral("07-key-valid"));
    key->keyEdit()->setPlainText(QStringLiteral("3f2a91c0d4e5f607"));
    save(key, QStringLiteral("08-key-invalid"));
    key->reject();

    ui::TodayPage todayPage(session.get());
    todayPage.resize(1000, 700);
    todayPage.show();
    REQUIRE(waitUntil([&] { return todayPage.isLoaded(); }));
    save(&todayPage, QStringLiteral("09-today"));
}
