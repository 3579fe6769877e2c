#pragma once

// A small world for the sharing screens: a coordinator, a caseworker, one person with a legal name and a phone
// number, a health partner whose agreement allows contact details only, and (optionally) the person's consent to
// share with that partner for one purpose.
#include "ShareDialog.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"
#include "sharing/Partners.h"
#include "sharing/Sharing.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

namespace abri::test {

inline const QString Caseworker = QStringLiteral("sam");
inline const QString PersonAlias = QStringLiteral("Perle Ménilmontant");
inline const QString PersonPhone = QStringLiteral("0612345678");
inline const QString PersonLegalName = QStringLiteral("Marie-Claire Dubonnet");
inline const QString PartnerName = QStringLiteral("Clinique Oberkampf");
inline const QString ConsentPurpose = QStringLiteral("Follow-up care");

struct SharingWorld
{
    qint64 personId = 0;
    QString personCode;
    qint64 partnerId = 0;
};

// A GUI session on a vault opened by one user. Waits for running work before the session goes, so no task
// finishes on a destroyed page.
struct SharingSession
{
    std::unique_ptr<ui::VaultSession> session;

    explicit SharingSession(std::unique_ptr<Vault> vault)
        : session(std::make_unique<ui::VaultSession>(std::move(vault)))
    {
    }
    ~SharingSession()
    {
        closeVisibleDialogs();
        waitUntil([&] { return !session->isBusy(); });
    }
    ui::VaultSession* get() const { return session.get(); }
    Vault& vault() const { return session->vault(); }
    // Direct core calls from a test: only once the pages' work is done (a vault serves one thread at a time).
    Sharing sharing() const
    {
        waitUntil([&] { return !session->isBusy(); });
        return Sharing(session->vault());
    }
};

inline std::unique_ptr<Vault> unlockAs(const UiFixture& fixture, const QString& name, const QString& passphrase)
{
    auto vault = Vault::unlock(fixture.vaultPath(), name, secure(passphrase), fixture.vaultOptions());
    INFO((vault ? std::string() : vault.error().message().toStdString()));
    REQUIRE(vault.ok());
    return std::move(vault.value());
}

inline QDate vaultToday(const UiFixture& fixture)
{
    return fixture.clock.nowUtc().toLocalTime().date();
}

// Creates the world and locks the vault.
inline SharingWorld createSharingWorld(UiFixture& fixture, bool withConsent)
{
    SharingWorld world;
    auto vault = fixture.createVault();
    REQUIRE(vault->addUser(Caseworker, Role::Caseworker, secure(ColleaguePass)).ok());
    const QDate today = vaultToday(fixture);

    PersonDraft person;
    person.alias = PersonAlias;
    person.languages = {QStringLiteral("French"), QStringLiteral("Tagalog")};
    person.legalName = PersonLegalName;
    person.contacts = std::vector<ContactMethod>{
        ContactMethod{ContactKind::Phone, PersonPhone, QStringLiteral("text only"), QString()}};
    CaseFiles files(*vault);
    auto personId = files.createPerson(person);
    REQUIRE(personId.ok());
    world.personId = personId.value();
    auto file = files.openPerson(world.personId);
    REQUIRE(file.ok());
    world.personCode = file->code;

    Partners partners(*vault);
    PartnerDraft partner;
    partner.name = PartnerName;
    partner.sector = Sector::Health;
    auto partnerId = partners.createPartner(partner);
    INFO((partnerId ? std::string() : partnerId.error().message().toStdString()));
    REQUIRE(partnerId.ok());
    world.partnerId = partnerId.value();
    AgreementDraft agreement;
    agreement.kind = AgreementKind::Informal;
    agreement.agreedBy = QStringLiteral("Dr Aya Benali");
    agreement.agreedOn = today;
    agreement.categories = {Category::Contact};
    auto agreementId = partners.addAgreement(world.partnerId, agreement);
    INFO((agreementId ? std::string() : agreementId.error().message().toStdString()));
    REQUIRE(agreementId.ok());

    if (withConsent) {
        ConsentDraft consent;
        consent.scope = ConsentScope::ShareWithPartner;
        consent.partnerId = world.partnerId;
        consent.recipient = PartnerName;
        consent.purpose = ConsentPurpose;
        consent.givenOn = today;
        auto consentId = files.addConsent(world.personId, consent);
        INFO((consentId ? std::string() : consentId.error().message().toStdString()));
        REQUIRE(consentId.ok());
    }
    vault->lock();
    return world;
}

// Until the dialog shows an answer for what is on screen now.
inline bool waitSettled(ui::ShareDialog& dialog)
{
    return waitUntil([&] { return dialog.isLoaded() && !dialog.isDeciding() && !dialog.isBusy(); });
}

// The "What happens" text of a field's row.
inline QString fieldState(ui::ShareDialog& dialog, SharedField field)
{
    auto* list = child<QTreeWidget>(&dialog, QStringLiteral("fieldsList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == static_cast<int>(field)) {
            return item->text(1);
        }
    }
    FAIL("no row for the field");
    return {};
}

inline const FieldDecision& fieldDecision(const ui::ShareDialog& dialog, SharedField field)
{
    REQUIRE(dialog.decision().has_value());
    for (const FieldDecision& decision : dialog.decision()->fields) {
        if (decision.field == field) {
            return decision;
        }
    }
    FAIL("the decision has no such field");
    return dialog.decision()->fields.front();
}

inline QPushButton* button(QWidget* parent, const char* name)
{
    return child<QPushButton>(parent, QLatin1String(name));
}

// Saves through the dialog's Save PDF button (the file name set through the test hook) and waits for the end.
inline void savePdfThroughDialog(ui::ShareDialog& dialog, const QString& file)
{
    dialog.setSaveFileNameForTesting(file);
    bool finished = false;
    auto connection = QObject::connect(&dialog, &ui::ShareDialog::actionFinished, [&] { finished = true; });
    REQUIRE(button(&dialog, "savePdfButton")->isEnabled());
    button(&dialog, "savePdfButton")->click();
    REQUIRE(waitUntil([&] { return finished; }));
    QObject::disconnect(connection);
}

// The text of a PDF, as poppler's pdftotext reads it.
inline QString pdfText(const QString& file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace abri::test
