// The canary scan over printed documents: a person's restricted fields hold canaries, the sharing gate withholds
// them (agreement, role, the person's choice), and every document kind is made in both languages and both layouts,
// saved, printed to a PDF printer and previewed. No withheld canary may be in any document's text (as pdftotext
// reads it), in its raw or inflated bytes, in any file under the private root or in the usual temporary folder,
// or in a log message. The control: the same canaries printed when allowed are found by the same scan.
#include "CanaryFixture.h"
#include "CanaryScanner.h"
#include "LeakRoot.h"
#include "PdfText.h"
#include "UiTestSupport.h"
#include "cases/CaseFiles.h"
#include "print/DocumentPrinter.h"
#include "sharing/Partners.h"
#include "sharing/Sharing.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPointer>
#include <QPrinter>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::leaks;
using abri::ui::DocumentOptions;
using abri::ui::DocumentPrinter;

namespace {

const QString Purpose = QStringLiteral("housing support");

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

// A PDF's bytes with each zlib (Flate) stream inflated after it, so text a writer compressed is scanned as well.
QByteArray withInflatedStreams(const QByteArray& pdf)
{
    QByteArray out = pdf;
    qsizetype from = 0;
    int inflated = 0;
    while (true) {
        const qsizetype start = pdf.indexOf("stream", from);
        if (start < 0) {
            break;
        }
        qsizetype dataStart = start + 6;
        if (pdf.mid(dataStart, 2) == "\r\n") {
            dataStart += 2;
        } else if (dataStart < pdf.size() && pdf.at(dataStart) == '\n') {
            dataStart += 1;
        } else {
            from = dataStart; // "endstream", or the word inside other data
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", dataStart);
        if (end < 0) {
            break;
        }
        // zlib data starts with 0x78; qUncompress wants it behind a 4-byte size hint and grows past a short one.
        if (pdf.at(dataStart) == 'x') {
            const QByteArray plain =
                qUncompress(QByteArray("\x00\x10\x00\x00", 4) + pdf.mid(dataStart, end - dataStart));
            if (!plain.isEmpty()) {
                out += "\n" + plain;
                ++inflated;
            }
        }
        from = end + 9;
    }
    REQUIRE(inflated > 0); // Qt compresses its page streams: if none inflated, this reading is broken
    return out;
}

struct PrintWorld
{
    Planted& p;
    std::unique_ptr<Vault> vault;
    qint64 personId = 0;
    qint64 partnerId = 0;
    QString shelter;
    QString legal;
    QString risk;
    QString location;
    QString emergency;

    explicit PrintWorld(Planted& planted) : p(planted)
    {
        // Printable canaries (ASCII) for the fields the control prints; the others may be any script.
        shelter = p.canary(QStringLiteral("shelter address"), QStringLiteral("PrShelter"));
        legal = p.canary(QStringLiteral("legal summary"), QStringLiteral("PrLegal"));
        risk = p.canary(QStringLiteral("risk details"), QStringLiteral("PrRisk"));
        location = p.canary(QStringLiteral("usual location"), QStringLiteral("PrLoc"), true);
        emergency = p.canary(QStringLiteral("emergency contact"), QStringLiteral("PrEmerg"), true);
        const QString user = p.canary(QStringLiteral("print vault coordinator name"), QStringLiteral("PrCoord"));
        const QString pass = p.canary(QStringLiteral("print vault passphrase"), QStringLiteral("PrPass"));

        REQUIRE(QDir().mkpath(inRoot(QStringLiteral("vaults"))));
        auto created = Vault::create(inRoot(QStringLiteral("vaults/print.abri")), QStringLiteral("Refuge Canari"), user,
                                     SecureBuffer::fromUtf8(pass), coreOptions());
        REQUIRE(created.ok());
        p.secret(QStringLiteral("print vault recovery key"), created->recoveryKey);
        vault = std::move(created->vault);

        CaseFiles cases(*vault);
        ok(cases.setPermission(Role::Coordinator, Category::Legal, Permission{true, true}), "allow legal");
        PersonDraft draft;
        draft.alias = QStringLiteral("Noor");
        draft.languages = {QStringLiteral("French")};
        draft.legalName = QStringLiteral("Noor Example");
        draft.shelterAddress = shelter;
        draft.legalSummary = legal;
        draft.riskDetails = risk;
        draft.location = location;
        draft.emergencyContact = emergency;
        personId = ok(cases.createPerson(draft), "create person");

        Partners partners(*vault);
        PartnerDraft partner;
        partner.name = QStringLiteral("Logis Partenaire");
        partner.sector = Sector::SocialServices;
        partnerId = ok(partners.createPartner(partner), "create partner");
        AgreementDraft agreement;
        agreement.agreedBy = QStringLiteral("the director");
        agreement.agreedOn = QDate::currentDate().addDays(-30);
        agreement.categories = {Category::Identity};
        ok(partners.addAgreement(partnerId, agreement), "add agreement");
        ConsentDraft consent;
        consent.scope = ConsentScope::ShareWithPartner;
        consent.recipient = partner.name;
        consent.partnerId = partnerId;
        consent.purpose = Purpose;
        consent.givenOn = QDate::currentDate().addDays(-10);
        ok(cases.addConsent(personId, consent), "add consent");
    }

    SharingRequest request(RecipientKind kind, bool chose) const
    {
        SharingRequest r;
        r.personId = personId;
        r.recipient = Recipient{kind, kind == RecipientKind::Partner ? partnerId : 0, 0};
        r.purpose = kind == RecipientKind::Partner ? Purpose : QStringLiteral("own copy");
        r.fields = {SharedField::Alias,          SharedField::Code,
                    SharedField::LegalName,      SharedField::LegalSummary,
                    SharedField::ShelterAddress, SharedField::RiskDetails,
                    SharedField::Location,       SharedField::EmergencyContact};
        if (kind == RecipientKind::Person) {
            r.fields.push_back(SharedField::Consents);
            r.fields.push_back(SharedField::Disclosures);
        }
        r.personChoseSensitive = chose;
        return r;
    }
};

struct Printed
{
    QByteArray text;  // pdftotext's readings and the HTML, UTF-8
    QByteArray bytes; // the PDFs with their streams inflated
};

// Every way a document leaves DocumentPrinter for one content: PDF bytes (text and raw), a saved file, a PDF
// printer, and the preview. Returns the documents, all kinds, languages and layouts together.
Printed printEverything(const SharedContent& content, const QString& folder, const QString& stem)
{
    QString texts;
    QByteArray bytes;
    REQUIRE(QDir().mkpath(folder));
    for (DocumentKind kind :
         {DocumentKind::ConsentReceipt, DocumentKind::DisclosureHistory, DocumentKind::InformationSheet}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (bool neutral : {false, true}) {
                DocumentOptions options;
                options.kind = kind;
                options.language = language;
                options.neutral = neutral;
                const QByteArray pdf = ok(DocumentPrinter::pdf(content, options), "make the PDF");
                texts += abri::test::pdfTextOf(pdf) + QLatin1Char('\n') + abri::test::pdfTextOf(pdf, false) +
                         QLatin1Char('\n');
                texts += DocumentPrinter::html(content, options) + QLatin1Char('\n');
                bytes += withInflatedStreams(pdf);
            }
        }
    }
    DocumentOptions options;
    options.kind = DocumentKind::InformationSheet;
    const QByteArray pdf = ok(DocumentPrinter::pdf(content, options), "make the PDF");
    ok(DocumentPrinter::savePdf(pdf, QDir(folder).filePath(stem + QStringLiteral("-saved.pdf"))), "save");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QDir(folder).filePath(stem + QStringLiteral("-printed.pdf")));
    DocumentPrinter::print(printer, content, options);

    QWidget parent;
    parent.show();
    QPointer<QDialog> preview = DocumentPrinter::preview(&parent, content, options);
    REQUIRE(abri::test::waitUntil([] { return QApplication::activeModalWidget() != nullptr; }, 10'000));
    REQUIRE(preview);
    preview->reject();
    REQUIRE(abri::test::waitUntil([&preview] { return preview.isNull(); }, 10'000));
    return Printed{texts.toUtf8(), bytes};
}

bool hitLabel(const QList<Hit>& hits, const QString& label)
{
    for (const Hit& hit : hits) {
        if (hit.label == label) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("leaks_printedDocuments_withheldCanariesNowhereWhileAllowedOnesAreFound", "[leaks]")
{
    Planted p;
    LogCapture log;
    PrintWorld w(p);
    Sharing sharing(*w.vault);
    const QString folder = inRoot(QStringLiteral("Documents"));

    // To the partner: only identity is in the agreement, so the legal summary, risk details and emergency contact
    // are withheld by the agreement, and the shelter address and location without the person's choice.
    const SharingDecision decision = ok(sharing.decide(w.request(RecipientKind::Partner, false)), "decide");
    SharingRequest allowed = decision.request;
    allowed.fields = decision.allowedFields();
    REQUIRE(allowed.fields.size() == 3); // alias, code, legal name
    const SharedContent toPartner =
        ok(sharing.disclose(allowed, DisclosureChannel::Pdf, DocumentKind::InformationSheet), "disclose");
    const SharedContent partnerPreview =
        ok(sharing.preview(w.request(RecipientKind::Partner, false)), "preview for the partner");
    // The person's own copy without their choice: shelter address and location withheld.
    const SharedContent ownCopy =
        ok(sharing.preview(w.request(RecipientKind::Person, false)), "preview of the own copy");

    // Printed as text and bytes: the withheld canaries are in none of them (the scan of the text is the main
    // check; fonts are subset, so raw bytes need not hold even allowed text).
    const Printed partnerDocs = printEverything(toPartner, folder, QStringLiteral("partner"));
    const Printed previewDocs = printEverything(partnerPreview, folder, QStringLiteral("preview"));
    for (const auto& [printed, what] : {std::pair{partnerDocs, "documents for the partner"},
                                        std::pair{previewDocs, "documents previewed for the partner"}}) {
        QList<Hit> hits = p.scanner.scanData(printed.text, QString::fromLatin1(what) + QStringLiteral(" (text)"));
        hits += p.scanner.scanData(printed.bytes, QString::fromLatin1(what) + QStringLiteral(" (bytes)"));
        INFO(describe(hits).toStdString());
        CHECK(hits.isEmpty());
    }
    const Printed ownDocs = printEverything(ownCopy, folder, QStringLiteral("own"));
    const QList<Hit> ownHits = p.scanner.scanData(ownDocs.text, QStringLiteral("own copy"));
    const QList<Hit> ownByteHits = p.scanner.scanData(ownDocs.bytes, QStringLiteral("own copy (bytes)"));
    CHECK_FALSE(hitLabel(ownByteHits, QStringLiteral("shelter address")));
    CHECK_FALSE(hitLabel(ownByteHits, QStringLiteral("usual location")));
    WARN("raw or inflated PDF bytes of the own copy: " << ownByteHits.size() << " hits of allowed canaries");
    // Legal summary, risk details and emergency contact are the person's own to read; the shelter address and
    // location stay off without their choice.
    CHECK(hitLabel(ownHits, QStringLiteral("legal summary")));
    CHECK(hitLabel(ownHits, QStringLiteral("risk details")));
    CHECK_FALSE(hitLabel(ownHits, QStringLiteral("shelter address")));
    CHECK_FALSE(hitLabel(ownHits, QStringLiteral("usual location")));

    // The control: with the person's choice the same shelter canary is on their copy, and the same scan of the
    // extracted text finds it.
    const SharedContent chosen = ok(sharing.preview(w.request(RecipientKind::Person, true)), "preview with choice");
    REQUIRE(chosen.values.contains(SharedField::ShelterAddress));
    DocumentOptions options;
    options.kind = DocumentKind::ConsentReceipt;
    const QByteArray chosenPdf = ok(DocumentPrinter::pdf(chosen, options), "make the PDF");
    const QString chosenText = abri::test::pdfTextOf(chosenPdf) + abri::test::pdfTextOf(chosenPdf, false);
    const QList<Hit> controlHits = p.scanner.scanData(chosenText.toUtf8(), QStringLiteral("control"));
    CHECK(hitLabel(controlHits, QStringLiteral("shelter address")));
    CHECK(hitLabel(controlHits, QStringLiteral("legal summary")));
    CHECK(hitLabel(controlHits, QStringLiteral("risk details")));

    // Everything under the private root (the saved and printed PDFs among it), and what this process wrote to the
    // usual temporary folder, holds none of the canaries; only the own copy's files are allowed the person's
    // own legal summary, risk details and emergency contact.
    const auto report = scanRoot(p, "after printing");
    requireScanned(report, {QDir(folder).filePath(QStringLiteral("partner-saved.pdf")),
                            QDir(folder).filePath(QStringLiteral("partner-printed.pdf")),
                            QDir(folder).filePath(QStringLiteral("own-saved.pdf"))});
    QList<Hit> unexpected;
    for (const Hit& hit : report.hits) {
        const bool ownFile = QFileInfo(hit.file).fileName().startsWith(QLatin1String("own-"));
        const bool ownField = hit.label == QLatin1String("legal summary") ||
                              hit.label == QLatin1String("risk details") ||
                              hit.label == QLatin1String("emergency contact");
        if (!(ownFile && ownField)) {
            unexpected << hit;
        }
    }
    INFO(describe(unexpected).toStdString());
    CHECK(unexpected.isEmpty());
    const QList<Hit> outside = p.scanner.scanTree(LeakRoot::originalTempDir(), LeakRoot::startedAt(), false).hits;
    INFO(describe(outside).toStdString());
    CHECK(outside.isEmpty());
    const QList<Hit> logHits = p.scanner.scanData(log.text(), QStringLiteral("log messages"));
    INFO(describe(logHits).toStdString());
    CHECK(logHits.isEmpty());
    w.vault->lock();
}
