// Printed documents, read back from the PDF as a person's viewer reads it (pdftotext, pdfinfo): what the gate
// allowed is on the page, what it withheld is not, neutral papers name no organisation or kind of service, the
// document speaks the person's language whatever the interface speaks, and nothing names anyone in the PDF's
// properties.
#include "Language.h"
#include "PdfText.h"
#include "UiTestSupport.h"
#include "cases/CaseFiles.h"
#include "print/DocumentPrinter.h"
#include "sharing/Partners.h"
#include "sharing/Sharing.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace abri;
using namespace abri::test;
using abri::ui::DocumentOptions;
using abri::ui::DocumentPrinter;

namespace {

const QString Alias = QStringLiteral("Rosalind Quartz");
const QString LegalName = QStringLiteral("ALLOWED-LEGALNAME-3342");
const QString ShelterCanary = QStringLiteral("CANARY-SHELTER-7781");
const QString LegalCanary = QStringLiteral("CANARY-LEGAL-5523");
const QString RiskCanary = QStringLiteral("CANARY-RISK-9054");
const QString PartnerName = QStringLiteral("Clinique Horizon");
const QString Purpose = QStringLiteral("medical follow-up");

template <typename T>
T ok(Result<T> result, const char* what)
{
    INFO(what << ": " << (result ? std::string("ok") : result.error().message().toStdString()));
    REQUIRE(result.ok());
    return std::move(result.value());
}

void ok(const Status& status, const char* what)
{
    INFO(what << ": " << (status ? std::string("ok") : status.error().message().toStdString()));
    REQUIRE(status.ok());
}

// A vault with one person whose restricted fields hold distinctive values, a partner with an informal agreement
// for identity and contact details, and the person's consent to share with that partner for one purpose.
struct SharingWorld
{
    UiFixture fixture;
    std::unique_ptr<Vault> vault;
    qint64 personId = 0;
    qint64 partnerId = 0;
    QString code;

    SharingWorld()
    {
        vault = fixture.createVault();
        CaseFiles cases(*vault);
        // The coordinator may not read legal matters by default; allow it so the summary can be written (and
        // would be readable), leaving the agreement as what withholds it.
        ok(cases.setPermission(Role::Coordinator, Category::Legal, Permission{true, true}), "allow legal");
        PersonDraft draft;
        draft.alias = Alias;
        draft.pronouns = QStringLiteral("she/her");
        draft.languages = {QStringLiteral("Français")};
        draft.legalName = LegalName;
        draft.shelterAddress = ShelterCanary;
        draft.legalSummary = LegalCanary;
        draft.riskDetails = RiskCanary;
        personId = ok(cases.createPerson(draft), "create person");
        code = ok(cases.openPerson(personId), "open person").code;

        Partners partners(*vault);
        PartnerDraft partner;
        partner.name = PartnerName;
        partner.sector = Sector::Health;
        partnerId = ok(partners.createPartner(partner), "create partner");
        AgreementDraft agreement;
        agreement.kind = AgreementKind::Informal;
        agreement.agreedBy = QStringLiteral("Dr Lemaire");
        agreement.agreedOn = QDate(2025, 11, 3);
        agreement.categories = {Category::Identity, Category::Contact};
        ok(partners.addAgreement(partnerId, agreement), "add agreement");

        ConsentDraft consent;
        consent.scope = ConsentScope::ShareWithPartner;
        consent.recipient = PartnerName;
        consent.partnerId = partnerId;
        consent.purpose = Purpose;
        consent.givenOn = QDate(2025, 12, 1);
        ok(cases.addConsent(personId, consent), "add consent");
        ConsentDraft ended;
        ended.scope = ConsentScope::KeepPhotos;
        ended.purpose = QStringLiteral("identity pictures");
        ended.givenOn = QDate(2025, 6, 1);
        ended.expiresOn = QDate(2025, 9, 1);
        ok(cases.addConsent(personId, ended), "add ended consent");
    }

    SharingRequest toPartner(std::vector<SharedField> fields) const
    {
        SharingRequest request;
        request.personId = personId;
        request.recipient = Recipient{RecipientKind::Partner, partnerId, 0};
        request.purpose = Purpose;
        request.fields = std::move(fields);
        return request;
    }

    SharingRequest toPerson(std::vector<SharedField> fields, bool chose = false) const
    {
        SharingRequest request;
        request.personId = personId;
        request.recipient = Recipient{RecipientKind::Person, 0, 0};
        request.purpose = QStringLiteral("own copy");
        request.fields = std::move(fields);
        request.personChoseSensitive = chose;
        return request;
    }

    DocumentOptions options(DocumentKind kind, const QString& language = QStringLiteral("en"),
                            bool neutral = false) const
    {
        DocumentOptions o;
        o.kind = kind;
        o.language = language;
        o.neutral = neutral;
        o.date = fixture.clock.nowUtc().date();
        return o;
    }

    // The document as a person would read it from the PDF.
    QString read(const SharedContent& content, const DocumentOptions& options, const QString& name) const
    {
        const QByteArray pdf = ok(DocumentPrinter::pdf(content, options), "make the PDF");
        // Not a check: the documents for a person to look at, only when ABRI_SCREENSHOT_DIR is set.
        if (const QString keep = qEnvironmentVariable("ABRI_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            writePdf(pdf, keep, QStringLiteral("printing-") + name);
        }
        return pdfText(writePdf(pdf, fixture.dir.path(), name));
    }
};

bool hasWord(const QString& text, const QString& word)
{
    return QRegularExpression(QStringLiteral("\\b%1\\b").arg(word), QRegularExpression::CaseInsensitiveOption)
        .match(flatText(text))
        .hasMatch();
}

// A content built by hand, for what needs no vault: one allowed field per value given.
SharedContent handContent(const QMap<SharedField, QString>& values)
{
    SharedContent content;
    content.organisation = Organisation;
    content.decision.recipientName = PartnerName;
    content.decision.request.purpose = Purpose;
    for (auto it = values.begin(); it != values.end(); ++it) {
        content.decision.request.fields.push_back(it.key());
        content.decision.fields.push_back(FieldDecision{it.key(), true, WithholdReason::None, {}});
    }
    content.values = values;
    return content;
}

} // namespace

TEST_CASE("printing_informationSheetThroughTheGate_allowedValuesPrintedWithheldAbsent", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    const SharingRequest request =
        w.toPartner({SharedField::Alias, SharedField::Code, SharedField::LegalName, SharedField::LegalSummary,
                     SharedField::ShelterAddress, SharedField::RiskDetails});
    const SharingDecision decision = ok(sharing.decide(request), "decide");
    REQUIRE(decision.fields.size() == 6);
    CHECK(decision.fields[2].allowed);       // legal name: identity, in the agreement
    CHECK_FALSE(decision.fields[3].allowed); // legal summary: not in the agreement
    CHECK_FALSE(decision.fields[4].allowed); // shelter address: not the person's choice
    CHECK_FALSE(decision.fields[5].allowed); // risk details: not in the agreement

    // What the share dialog prints: only what decide() allowed, disclosed through the ledger.
    SharingRequest allowedOnly = request;
    allowedOnly.fields = decision.allowedFields();
    const SharedContent content =
        ok(sharing.disclose(allowedOnly, DisclosureChannel::Pdf, DocumentKind::InformationSheet), "disclose");
    CHECK(content.ledgerId > 0);
    const QString text = w.read(content, w.options(DocumentKind::InformationSheet), QStringLiteral("sheet.pdf"));
    INFO(text.toStdString());
    const QString flat = flatText(text);
    CHECK(flat.contains(Organisation));
    CHECK(flat.contains(QStringLiteral("Information sheet")));
    CHECK(flat.contains(LegalName));
    CHECK(flat.contains(Alias));
    CHECK(flat.contains(w.code));
    CHECK(flat.contains(PartnerName));
    CHECK(flat.contains(Purpose));
    CHECK(flat.contains(QStringLiteral("Legal name")));
    CHECK_FALSE(text.contains(ShelterCanary));
    CHECK_FALSE(text.contains(LegalCanary));
    CHECK_FALSE(text.contains(RiskCanary));

    // The preview's content for the whole request (withheld fields included in the question): the same page, and
    // the withheld values are still nowhere.
    const SharedContent previewed = ok(sharing.preview(request), "preview");
    CHECK_FALSE(previewed.values.contains(SharedField::ShelterAddress));
    const QString previewText =
        w.read(previewed, w.options(DocumentKind::InformationSheet), QStringLiteral("preview.pdf"));
    CHECK(flatText(previewText).contains(LegalName));
    CHECK_FALSE(previewText.contains(ShelterCanary));
    CHECK_FALSE(previewText.contains(LegalCanary));
    CHECK_FALSE(previewText.contains(RiskCanary));
}

TEST_CASE("printing_consentReceiptOwnCopy_shelterOnlyWhenThePersonChose", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    const std::vector<SharedField> fields{SharedField::Alias, SharedField::Code, SharedField::Consents,
                                          SharedField::ShelterAddress};
    const SharedContent without = ok(sharing.preview(w.toPerson(fields)), "preview without the person's choice");
    const QString text = w.read(without, w.options(DocumentKind::ConsentReceipt), QStringLiteral("receipt.pdf"));
    INFO(text.toStdString());
    const QString flat = flatText(text);
    CHECK(flat.contains(Organisation));
    CHECK(flat.contains(QStringLiteral("Consent receipt")));
    CHECK(flat.contains(Alias));
    CHECK(flat.contains(QStringLiteral("What we keep")));
    // The kept categories by name, never a value.
    CHECK(flat.contains(QStringLiteral("Shelter address")));
    CHECK(flat.contains(QStringLiteral("Legal matters")));
    CHECK_FALSE(text.contains(ShelterCanary));
    CHECK_FALSE(text.contains(LegalCanary));
    CHECK_FALSE(text.contains(LegalName));
    // The consents: the one in force and the one that ended, with their purposes and dates.
    CHECK(flat.contains(QStringLiteral("What may be shared")));
    CHECK(flat.contains(QStringLiteral("In force")));
    CHECK(flat.contains(PartnerName));
    CHECK(flat.contains(Purpose));
    CHECK(flat.contains(QStringLiteral("1 December 2025")));
    CHECK(flat.contains(QStringLiteral("Ended")));
    CHECK(flat.contains(QStringLiteral("identity pictures")));
    CHECK(flat.contains(QStringLiteral("1 September 2025")));
    CHECK(flat.contains(QStringLiteral("How to withdraw")));
    CHECK(flat.contains(QStringLiteral("by telling any staff member")));
    CHECK(flat.contains(QStringLiteral("recorded the same day")));
    CHECK(flat.contains(QStringLiteral("Printed on 1 January 2026")));

    // The person asked for the address on their own copy: now it is there (the check above can find it).
    const SharedContent with = ok(sharing.preview(w.toPerson(fields, true)), "preview with the person's choice");
    const QString chosen = w.read(with, w.options(DocumentKind::ConsentReceipt), QStringLiteral("chosen.pdf"));
    CHECK(flatText(chosen).contains(ShelterCanary));
}

TEST_CASE("printing_disclosureHistory_listsEachDisclosureInPlainWords", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    ok(sharing.disclose(w.toPartner({SharedField::Alias, SharedField::LegalName}), DisclosureChannel::Print,
                        DocumentKind::InformationSheet),
       "disclose to the partner");
    const SharedContent content = ok(sharing.disclose(w.toPerson({SharedField::Alias, SharedField::Disclosures}),
                                                      DisclosureChannel::Pdf, DocumentKind::DisclosureHistory),
                                     "disclose the history");
    REQUIRE(content.disclosures.size() == 1);
    const QString text = w.read(content, w.options(DocumentKind::DisclosureHistory), QStringLiteral("history.pdf"));
    INFO(text.toStdString());
    const QString flat = flatText(text);
    CHECK(flat.contains(QStringLiteral("Disclosure history")));
    CHECK(flat.contains(PartnerName));
    CHECK(flat.contains(Purpose));
    CHECK(flat.contains(QStringLiteral("Legal name")));
    CHECK(flat.contains(QStringLiteral("You agreed to it.")));
    CHECK(flat.contains(QStringLiteral("1 January 2026")));
    // Field names only: the history never carries the values that were sent.
    CHECK_FALSE(flat.contains(LegalName));
}

TEST_CASE("printing_neutralLayout_namesNoOrganisationAndNoKindOfService", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    const SharedContent receipt =
        ok(sharing.preview(w.toPerson({SharedField::Alias, SharedField::Consents, SharedField::ShelterAddress}, true)),
           "preview the receipt");
    REQUIRE(receipt.organisation == Organisation);
    const SharedContent sheet =
        ok(sharing.preview(w.toPartner({SharedField::Code, SharedField::LegalName})), "preview the sheet");
    const SharedContent history =
        ok(sharing.preview(w.toPerson({SharedField::Code, SharedField::Disclosures})), "preview the history");

    struct Case
    {
        const SharedContent* content;
        DocumentKind kind;
        QString title;
    };
    for (const Case& c : {Case{&receipt, DocumentKind::ConsentReceipt, QStringLiteral("Your information")},
                          Case{&sheet, DocumentKind::InformationSheet, QStringLiteral("Information")},
                          Case{&history, DocumentKind::DisclosureHistory, QStringLiteral("Information shared")}}) {
        const QString text = w.read(*c.content, w.options(c.kind, QStringLiteral("en"), true),
                                    QStringLiteral("neutral-%1.pdf").arg(documentKindId(c.kind)));
        INFO(text.toStdString());
        CHECK(flatText(text).trimmed().startsWith(c.title));
        CHECK_FALSE(text.contains(QStringLiteral("Maison"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("Refuge"), Qt::CaseInsensitive));
        // The person's own values aside (the planted address spells SHELTER), no word says what service this is.
        const QString words = QString(text).remove(ShelterCanary);
        for (const char* word : {"consent", "consents", "shelter", "case", "sex work", "receipt", "abri"}) {
            INFO("word " << word);
            CHECK_FALSE(hasWord(words, QString::fromLatin1(word)));
        }
        const QString html = DocumentPrinter::html(*c.content, w.options(c.kind, QStringLiteral("en"), true));
        CHECK_FALSE(html.contains(Organisation));
        CHECK_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    }
    // The person's own choices still reach their neutral copy, under a neutral label.
    const QString own = w.read(receipt, w.options(DocumentKind::ConsentReceipt, QStringLiteral("en"), true),
                               QStringLiteral("neutral-own.pdf"));
    CHECK(flatText(own).contains(QStringLiteral("Private address ") + ShelterCanary));
}

TEST_CASE("printing_documentLanguage_followsThePersonNotTheInterface", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    const SharedContent content =
        ok(sharing.preview(w.toPerson({SharedField::Alias, SharedField::Consents})), "preview the receipt");
    REQUIRE(ui::Language::current() == QLatin1String("en"));
    const QString french = flatText(
        w.read(content, w.options(DocumentKind::ConsentReceipt, QStringLiteral("fr")), QStringLiteral("fr.pdf")));
    INFO(french.toStdString());
    CHECK(french.contains(QStringLiteral("Reçu de consentement")));
    CHECK(french.contains(QStringLiteral("Ce que nous conservons")));
    CHECK(french.contains(QStringLiteral("Comment retirer votre accord")));
    CHECK(french.contains(QStringLiteral("1 décembre 2025")));
    CHECK(french.contains(QStringLiteral("Imprimé le 1 janvier 2026")));
    CHECK_FALSE(french.contains(QStringLiteral("What we keep")));
    CHECK_FALSE(french.contains(QStringLiteral("December")));

    // A French interface prints an English document for an English speaker.
    ui::Language::apply(QStringLiteral("fr"));
    const QString english = flatText(
        w.read(content, w.options(DocumentKind::ConsentReceipt, QStringLiteral("en")), QStringLiteral("en.pdf")));
    const QString interfaceWord = QCoreApplication::translate("abri::Category", "Identity");
    ui::Language::apply(QStringLiteral("en"));
    INFO(english.toStdString());
    CHECK(interfaceWord == QStringLiteral("Identité")); // the interface really spoke French meanwhile
    CHECK(english.contains(QStringLiteral("Consent receipt")));
    CHECK(english.contains(QStringLiteral("What we keep")));
    CHECK(english.contains(QStringLiteral("1 December 2025")));
    CHECK_FALSE(english.contains(QStringLiteral("Ce que nous conservons")));
    CHECK_FALSE(english.contains(QStringLiteral("décembre")));
}

TEST_CASE("printing_pdfProperties_nameNoOrganisationAndNoPerson", "[printing]")
{
    SharingWorld w;
    Sharing sharing(*w.vault);
    const SharedContent content =
        ok(sharing.preview(w.toPartner({SharedField::Alias, SharedField::Code, SharedField::LegalName})), "preview");
    const QByteArray pdf = ok(DocumentPrinter::pdf(content, w.options(DocumentKind::InformationSheet)), "make the PDF");
    const QString file = writePdf(pdf, w.fixture.dir.path(), QStringLiteral("meta.pdf"));
    const QString meta = pdfMetadata(file);
    INFO(meta.toStdString());
    CHECK(meta.contains(QStringLiteral("Document")));
    CHECK(meta.contains(QStringLiteral("A4")));
    for (const QString& secret : {Organisation, Alias, w.code, LegalName, PartnerName, Purpose}) {
        INFO("looking for " << secret.toStdString());
        CHECK_FALSE(meta.contains(secret, Qt::CaseInsensitive));
    }
    // The page does show them: the properties are kept apart on purpose.
    CHECK(flatText(pdfText(file)).contains(Alias));
}

TEST_CASE("printing_valuesWithMarkup_areEscaped", "[printing]")
{
    UiFixture f;
    const QString tricky = QStringLiteral("<b>Bold</b> & <img src=\"x\"> \"quoted\"");
    SharedContent content = handContent({{SharedField::Alias, QStringLiteral("Jo")},
                                         {SharedField::Pronouns, tricky},
                                         {SharedField::Languages, QStringLiteral("Portuguese\nFrench")}});
    content.organisation = QStringLiteral("Org <script>");
    DocumentOptions options;
    options.kind = DocumentKind::InformationSheet;
    const QString html = DocumentPrinter::html(content, options);
    CHECK(html.contains(tricky.toHtmlEscaped()));
    CHECK_FALSE(html.contains(tricky));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("Portuguese<br>French")));
    const QByteArray pdf = ok(DocumentPrinter::pdf(content, options), "make the PDF");
    const QString text = flatText(pdfText(writePdf(pdf, f.dir.path(), QStringLiteral("escaped.pdf"))));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("<b>Bold</b> & <img src=\"x\"> \"quoted\"")));
    CHECK(text.contains(QStringLiteral("Org <script>")));
}

TEST_CASE("printing_printOnAPrinter_writesTheSameDocument", "[printing]")
{
    UiFixture f;
    const SharedContent content =
        handContent({{SharedField::Alias, QStringLiteral("Jo")}, {SharedField::LegalName, LegalName}});
    DocumentOptions options;
    options.kind = DocumentKind::InformationSheet;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = f.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    DocumentPrinter::print(printer, content, options);
    CHECK(printer.docName() == QLatin1String("Document"));
    const QString text = flatText(pdfText(file));
    CHECK(text.contains(LegalName));
    CHECK(text.contains(Organisation));
    CHECK_FALSE(pdfMetadata(file).contains(Organisation));
}

TEST_CASE("printing_preview_isWindowModalAndCannotPrint", "[printing]")
{
    const SharedContent content = handContent({{SharedField::Alias, QStringLiteral("Jo")}});
    DocumentOptions options;
    options.kind = DocumentKind::InformationSheet;
    QWidget parent;
    parent.resize(400, 300);
    parent.show();
    bool seen = false;
    QPointer<QDialog> opened = DocumentPrinter::preview(&parent, content, options);
    {
        REQUIRE(waitUntil([] { return QApplication::activeModalWidget() != nullptr; }, 10'000));
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        CHECK(dialog == opened.data());
        CHECK(dialog->objectName() == QLatin1String("documentPreview"));
        CHECK(dialog->windowModality() == Qt::WindowModal);
        CHECK(dialog->parentWidget() == &parent);
        CHECK(qobject_cast<QPrintPreviewDialog*>(dialog) == nullptr);
        auto* view = dialog->findChild<QPrintPreviewWidget*>();
        REQUIRE(view != nullptr);
        CHECK(waitUntil([view] { return view->pageCount() >= 1; }, 10'000));
        // Zoom and Close only: no button or action prints or sets up the page.
        QStringList texts;
        for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            texts << button->text();
        }
        for (QAction* action : dialog->findChildren<QAction*>()) {
            texts << action->text();
        }
        INFO(texts.join(QLatin1Char('|')).toStdString());
        CHECK_FALSE(texts.join(QLatin1Char('|')).contains(QStringLiteral("print"), Qt::CaseInsensitive));
        CHECK(dialog->findChild<QPushButton*>(QStringLiteral("zoomIn")) != nullptr);
        const double before = view->zoomFactor();
        dialog->findChild<QPushButton*>(QStringLiteral("zoomIn"))->click();
        CHECK(view->zoomFactor() > before);
        seen = true;
        dialog->reject();
    }
    CHECK(seen);
    // Closing deletes it (and the document it painted from).
    CHECK(waitUntil([&opened] { return opened.isNull(); }, 10'000));
    CHECK(QApplication::activeModalWidget() == nullptr);

    // A lock deletes the page that opened the preview: the preview goes with it.
    auto* page = new QWidget(&parent);
    page->show();
    QPointer<QDialog> second = DocumentPrinter::preview(page, content, options);
    REQUIRE(waitUntil([&second] { return second && second->isVisible(); }, 10'000));
    delete page;
    CHECK(second.isNull());
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("printing_savePdf_writesAtomicallyAndFailsClearlyLeavingNothing", "[printing]")
{
    UiFixture f;
    const SharedContent content = handContent({{SharedField::Alias, QStringLiteral("Jo")}});
    const QByteArray pdf = ok(DocumentPrinter::pdf(content, {}), "make the PDF");
    const QString folder = f.dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("receipt.pdf"));

    ok(DocumentPrinter::savePdf(pdf, target), "save");
    QFile saved(target);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf);
    saved.close();
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("receipt.pdf")});
    // Saved again over the first copy: still one complete file.
    ok(DocumentPrinter::savePdf(pdf, target), "save again");
    CHECK(QFileInfo(target).size() == pdf.size());
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 1);

    auto refused = [](const Status& status, ErrorCode code) {
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code() == code);
        CHECK(status.error().message().contains(QStringLiteral("Nothing was saved")));
    };
    // A folder nobody may create files in (even root: /proc takes no new files).
    refused(DocumentPrinter::savePdf(pdf, QStringLiteral("/proc/abri-print-test.pdf")), ErrorCode::Io);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/proc/abri-print-test.pdf")));
    // A folder that does not exist, a folder's own name, no name, and no document.
    refused(DocumentPrinter::savePdf(pdf, f.dir.filePath(QStringLiteral("missing/receipt.pdf"))), ErrorCode::Io);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("missing"))));
    refused(DocumentPrinter::savePdf(pdf, folder), ErrorCode::InvalidArgument);
    refused(DocumentPrinter::savePdf(pdf, QStringLiteral("  ")), ErrorCode::InvalidArgument);
    refused(DocumentPrinter::savePdf(QByteArray(), QDir(folder).filePath(QStringLiteral("empty.pdf"))),
            ErrorCode::InvalidArgument);
    refused(DocumentPrinter::savePdf(QByteArrayLiteral("not a pdf"), QDir(folder).filePath(QStringLiteral("x.pdf"))),
            ErrorCode::InvalidArgument);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("receipt.pdf")});
}

TEST_CASE("printing_documentLanguageFor_recognisesFrenchAndEnglishInAnySpelling", "[printing]")
{
    using ui::documentLanguageFor;
    const QString fallback = QStringLiteral("en");
    CHECK(documentLanguageFor({QStringLiteral("Français")}, fallback) == QLatin1String("fr"));
    CHECK(documentLanguageFor({QStringLiteral("FRANCAIS")}, fallback) == QLatin1String("fr"));
    CHECK(documentLanguageFor({QStringLiteral("french (native)")}, fallback) == QLatin1String("fr"));
    CHECK(documentLanguageFor({QStringLiteral("fr-CA")}, fallback) == QLatin1String("fr"));
    CHECK(documentLanguageFor({QStringLiteral("Portuguese"), QStringLiteral("English")}, QStringLiteral("fr")) ==
          QLatin1String("en"));
    CHECK(documentLanguageFor({QStringLiteral("Anglais")}, QStringLiteral("fr")) == QLatin1String("en"));
    CHECK(documentLanguageFor({QStringLiteral("ÉN")}, QStringLiteral("fr")) == QLatin1String("en"));
    // First match wins.
    CHECK(documentLanguageFor({QStringLiteral("English"), QStringLiteral("French")}, fallback) == QLatin1String("en"));
    // None recognised: the fallback, whatever it is.
    CHECK(documentLanguageFor({QStringLiteral("Portuguese"), QStringLiteral("Tigrinya")}, QStringLiteral("fr")) ==
          QLatin1String("fr"));
    CHECK(documentLanguageFor({}, QStringLiteral("en")) == QLatin1String("en"));
    CHECK(documentLanguageFor({QStringLiteral("Frenchy"), QStringLiteral("Fresh")}, QStringLiteral("en")) ==
          QLatin1String("en"));
    CHECK(documentLanguageFor({QStringLiteral("Frenchy")}, QStringLiteral("fr")) == QLatin1String("fr"));
}
