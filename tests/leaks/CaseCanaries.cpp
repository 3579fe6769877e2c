#include "CaseCanaries.h"

#include "AttachmentViewer.h"
#include "AttachmentsTab.h"
#include "LeakRoot.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "PersonPage.h"
#include "TimelineTab.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"
#include "cases/CaseFiles.h"
#include "cases/CaseFilesPrivate.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>

namespace abri::leaks {

namespace {

const QString ExportLabel = QStringLiteral("attachment PNG bytes");

// A real PNG whose text chunk (uncompressed tEXt) holds the canary, as a phone camera's comment would.
QByteArray pngWith(const QString& canary)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.setText(QStringLiteral("Comment"), canary);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    // The payload really carries it in plaintext, so a plaintext copy anywhere would be found.
    REQUIRE(bytes.contains(canary.toLatin1()));
    return bytes;
}

// A one-page PDF that shows the canary as text (an uncompressed content stream), with a correct cross-reference
// table so viewers need no repair.
QByteArray pdfWith(const QString& canary)
{
    const QByteArray text = canary.toLatin1();
    const QByteArray content = "BT /F1 12 Tf 10 50 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        ">> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    REQUIRE(pdf.contains(text));
    return pdf;
}

// A phone number nobody else has: the scanner looks for it as typed, as digits, and reversed (the type-ahead term).
QString phoneCanary(Planted& p)
{
    QString digits;
    for (int i = 0; i < 9; ++i) {
        digits += QChar(u'0' + static_cast<char16_t>(QRandomGenerator::global()->bounded(10)));
    }
    const QString phone = QStringLiteral("+41 79 %1 %2 %3").arg(digits.left(3), digits.mid(3, 3), digits.right(3));
    QString reversed = cases::digitsOnly(phone);
    std::reverse(reversed.begin(), reversed.end());
    p.scanner.add(QStringLiteral("phone number"), phone);
    p.scanner.add(QStringLiteral("phone number (digits)"), cases::digitsOnly(phone));
    p.scanner.add(QStringLiteral("phone number (reversed digits, as searched)"), reversed);
    p.canaries << phone;
    return phone;
}

template <typename T>
T ok(const Result<T>& result, const char* what)
{
    INFO(what << ": " << (result ? std::string("ok") : result.error().message().toStdString()));
    REQUIRE(result.ok());
    return result.value();
}

void ok(const Status& status, const char* what)
{
    INFO(what << ": " << (status ? std::string("ok") : status.error().message().toStdString()));
    REQUIRE(status.ok());
}

} // namespace

std::unique_ptr<Vault> CaseCanaries::coreWorkload(const QString& path)
{
    m_path = path;
    m_coordinator = m_p.canary(QStringLiteral("case vault coordinator name"), QStringLiteral("CaseCoord"));
    m_passphrase = m_p.canary(QStringLiteral("case vault coordinator passphrase"), QStringLiteral("CasePass"));
    m_alias = m_p.canary(QStringLiteral("alias"), QStringLiteral("Alias"), true);
    // The type-ahead terms hold the alias folded (no accents, lower case); a leak of that form counts too.
    m_p.scanner.add(QStringLiteral("alias (folded, as searched)"), cases::fold(m_alias));
    const QString legalName = m_p.canary(QStringLiteral("legal name"), QStringLiteral("Legal"), true);
    const QString idNumber = m_p.canary(QStringLiteral("ID number"), QStringLiteral("IdNum"));
    const QString phone = phoneCanary(m_p);
    const QString instructions = m_p.canary(QStringLiteral("safe-contact instructions"), QStringLiteral("Instr"));
    const QString emergency = m_p.canary(QStringLiteral("emergency contact"), QStringLiteral("Emerg"));
    const QString shelter = m_p.canary(QStringLiteral("shelter address"), QStringLiteral("Shelter"));
    const QString risk = m_p.canary(QStringLiteral("risk details"), QStringLiteral("Risk"));
    const QString tag = m_p.canary(QStringLiteral("tag"), QStringLiteral("Tag"));
    const QString note = m_p.canary(QStringLiteral("note text"), QStringLiteral("Note"));
    const QString superseded = m_p.canary(QStringLiteral("note text before its correction"), QStringLiteral("Old"));
    m_correctedNote = m_p.canary(QStringLiteral("note text of the correction"), QStringLiteral("Corrected"));
    const QString riskNote = m_p.canary(QStringLiteral("risk note text"), QStringLiteral("RiskNote"));
    const QString recipient = m_p.canary(QStringLiteral("consent recipient"), QStringLiteral("Recipient"));
    const QString purpose = m_p.canary(QStringLiteral("consent purpose"), QStringLiteral("Purpose"), true);
    const QString pngName = m_p.canary(QStringLiteral("attachment file name"), QStringLiteral("File"));
    const QString description = m_p.canary(QStringLiteral("attachment description"), QStringLiteral("Descr"));
    const QString pngText = m_p.canary(ExportLabel, QStringLiteral("Png"));
    const QString pdfText = m_p.canary(QStringLiteral("attachment PDF bytes"), QStringLiteral("Pdf"));
    const QString glassReason = m_p.canary(QStringLiteral("break-the-glass reason"), QStringLiteral("Glass"));
    const QString followUp = m_p.canary(QStringLiteral("follow-up title"), QStringLiteral("Follow"));
    const QString findQuery = m_p.canary(QStringLiteral("type-ahead query"), QStringLiteral("FindQ"));
    const QString textQuery = m_p.canary(QStringLiteral("full-text query"), QStringLiteral("TextQ"));

    auto created = Vault::create(path, QStringLiteral("Refuge Canari"), m_coordinator,
                                 SecureBuffer::fromUtf8(m_passphrase), coreOptions());
    REQUIRE(created.ok());
    m_p.secret(QStringLiteral("case vault recovery key"), created->recoveryKey);
    std::unique_ptr<Vault> vault = std::move(created->vault);
    CaseFiles cases(*vault);

    PersonDraft draft;
    draft.alias = m_alias;
    draft.pronouns = QStringLiteral("iel");
    draft.tags = {tag};
    draft.flags = {RiskFlag::BeingLookedFor};
    draft.legalName = legalName;
    draft.idNumbers = idNumber;
    draft.contacts = std::vector<ContactMethod>{{ContactKind::Phone, phone, instructions, QStringLiteral("evenings")}};
    draft.emergencyContact = emergency;
    draft.shelterAddress = shelter;
    draft.riskDetails = risk;
    m_personId = ok(cases.createPerson(draft), "createPerson");

    ok(cases.addNote(m_personId, NoteDraft{NoteKind::Visit, std::nullopt, QStringLiteral("Came by, %1.").arg(note)}),
       "addNote");
    const qint64 first = ok(cases.addNote(m_personId, NoteDraft{NoteKind::Contact, std::nullopt,
                                                                QStringLiteral("Said %1.").arg(superseded)}),
                            "addNote");
    ok(cases.correctNote(first, QStringLiteral("Said %1.").arg(m_correctedNote)), "correctNote");
    ok(cases.addNote(m_personId,
                     NoteDraft{NoteKind::Incident, Category::Risk, QStringLiteral("Saw %1.").arg(riskNote)}),
       "addNote");

    ConsentDraft consent;
    consent.scope = ConsentScope::ShareWithPartner;
    consent.recipient = recipient;
    consent.purpose = purpose;
    consent.givenOn = QDate::currentDate().addDays(-3);
    consent.expiresOn = QDate::currentDate().addDays(20);
    ok(cases.addConsent(m_personId, consent), "addConsent");

    const QByteArray png = pngWith(pngText);
    const qint64 pngId =
        ok(cases.addAttachment(m_personId, pngName + QStringLiteral(".png"), png, std::nullopt, description),
           "addAttachment");
    const qint64 pdfId =
        ok(cases.addAttachment(m_personId, QStringLiteral("letter.pdf"), pdfWith(pdfText), Category::Identity, {}),
           "addAttachment");
    CHECK(ok(cases.attachmentData(pngId), "attachmentData") == png);
    CHECK_FALSE(ok(cases.attachmentData(pdfId), "attachmentData").isEmpty());

    // The coordinator does not read health: a typed reason opens it for this session.
    ok(cases.breakGlass(m_personId, Category::Health,
                        QStringLiteral("Urgent call from the clinic %1").arg(glassReason)),
       "breakGlass");
    ok(cases.addFollowUp(m_personId, followUp, QDate::currentDate().addDays(2), vault->currentUser().id),
       "addFollowUp");

    // The searches a person would type, found and not found, through the service every front end uses.
    CHECK(ok(cases.findPeople(m_alias.left(8)), "findPeople").size() == 1);
    CHECK(ok(cases.findPeople(phone.right(4)), "findPeople").size() == 1);
    CHECK(ok(cases.findPeople(findQuery), "findPeople").empty());
    CHECK(ok(cases.searchNotes(m_correctedNote), "searchNotes").size() == 1);
    CHECK(ok(cases.searchNotes(superseded), "searchNotes").empty());
    CHECK(ok(cases.searchNotes(textQuery), "searchNotes").empty());
    const PersonFile file = ok(cases.openPerson(m_personId), "openPerson");
    CHECK(file.legalName.value == legalName);
    CHECK(ok(cases.timeline(m_personId), "timeline").size() == 3);

    // Saving an attachment to a file is the explicit exception: the exported file holds its bytes, in plaintext.
    m_exportFile = inRoot(QStringLiteral("exports/letter-copy.png"));
    REQUIRE(QDir().mkpath(QFileInfo(m_exportFile).path()));
    ok(cases.exportAttachment(pngId, m_exportFile), "exportAttachment");
    QFile exported(m_exportFile);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll() == png);
    return vault;
}

void CaseCanaries::guiWorkload()
{
    using abri::test::child;
    using abri::test::waitUntil;
    const QString typedQuery =
        m_p.canary(QStringLiteral("query typed in the GUI's search field"), QStringLiteral("GuiFind"));
    const QString typedText = m_p.canary(QStringLiteral("full-text query typed in the GUI"), QStringLiteral("GuiText"));
    const QString guiNote = m_p.canary(QStringLiteral("note typed in the GUI"), QStringLiteral("GuiNote"));

    ui::UiSettings::setVaultPath(m_path);
    ui::MainWindow window(guiOptions());
    abri::test::showAndActivate(window);
    REQUIRE(window.screen() == ui::MainWindow::Screen::Lock);
    abri::test::unlockThroughUi(window, m_coordinator, m_passphrase);
    ui::Workspace* workspace = window.workspace();
    REQUIRE(workspace != nullptr);
    REQUIRE(workspace->hasPage(ui::Workspace::Page::People));
    workspace->showPage(ui::Workspace::Page::People);
    auto* people = qobject_cast<ui::PeoplePage*>(workspace->page(ui::Workspace::Page::People));
    REQUIRE(people != nullptr);

    // Typed as a person types: a query that finds nobody, then the first letters of the alias.
    const auto type = [&](const QString& text) {
        people->searchField()->clear();
        people->searchField()->setFocus();
        QTest::keyClicks(people->searchField(), text);
        REQUIRE(waitUntil([&] { return !people->isSearching(); }));
    };
    type(typedQuery);
    CHECK(people->results()->topLevelItemCount() == 0);
    type(m_alias.left(7)); // "QzAlias": QTest types ASCII only
    REQUIRE(waitUntil([&] { return people->results()->topLevelItemCount() == 1; }));
    // Full text over notes: the corrected text is found, and a query that matches nothing is typed too.
    type(m_correctedNote);
    people->searchNotes();
    REQUIRE(waitUntil([&] { return !people->isSearching() && people->noteHits()->topLevelItemCount() == 1; }));
    type(typedText);
    people->searchNotes();
    REQUIRE(waitUntil([&] { return !people->isSearching(); }));
    CHECK(people->noteHits()->topLevelItemCount() == 0);

    // The person's file, every tab, a note typed into the timeline, and both attachments in the viewer.
    workspace->openPerson(m_personId);
    ui::PersonPage* page = workspace->personPage();
    REQUIRE(page != nullptr);
    REQUIRE(waitUntil([&] { return !page->titleLabel()->text().isEmpty(); }));
    for (int i = 0; i < page->tabs()->count(); ++i) {
        page->tabs()->setCurrentIndex(i);
        QTest::qWait(50);
    }
    ui::TimelineTab* timeline = page->timelineTab();
    page->tabs()->setCurrentWidget(timeline);
    auto* notesTable = child<QTableView>(timeline, QStringLiteral("notesTable"));
    REQUIRE(waitUntil([&] { return notesTable->model() != nullptr && notesTable->model()->rowCount() == 3; }));
    auto* body = child<QPlainTextEdit>(timeline, QStringLiteral("bodyEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Phoned, %1.").arg(guiNote));
    QTest::mouseClick(child<QPushButton>(timeline, QStringLiteral("addNoteButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return notesTable->model()->rowCount() == 4; }));

    ui::AttachmentsTab* attachments = page->attachmentsTab();
    page->tabs()->setCurrentWidget(attachments);
    QTableView* files = attachments->view();
    REQUIRE(waitUntil([&] { return files->model() != nullptr && files->model()->rowCount() == 2; }));
    for (int row = 0; row < 2; ++row) {
        files->setCurrentIndex(files->model()->index(row, 0));
        QTest::mouseClick(child<QPushButton>(attachments, QStringLiteral("viewAttachmentButton")), Qt::LeftButton);
        ui::AttachmentViewer* viewer = nullptr;
        REQUIRE(waitUntil([&] {
            viewer = attachments->findChild<ui::AttachmentViewer*>();
            return viewer != nullptr && viewer->isVisible();
        }));
        QTest::qWait(200); // let the PDF render
        const QList<Hit> titles = m_p.scanner.scanData(windowTitles(), QStringLiteral("window titles"));
        INFO(describe(titles).toStdString());
        CHECK(titles.isEmpty());
        viewer->close();
        delete viewer;
    }
    const QList<Hit> titles = m_p.scanner.scanData(windowTitles(), QStringLiteral("window titles"));
    INFO(describe(titles).toStdString());
    CHECK(titles.isEmpty());
    lockWithCtrlL(window);
}

void CaseCanaries::requireOnlyTheExport(const CanaryScanner::Report& report) const
{
    INFO(describe(report.hits).toStdString());
    bool exportFound = false;
    for (const Hit& hit : report.hits) {
        CHECK(hit.file == m_exportFile);
        CHECK(hit.label == ExportLabel);
        exportFound = exportFound || (hit.file == m_exportFile && hit.label == ExportLabel);
    }
    // The scan does see the one plaintext copy that exists, so a clean result elsewhere means something.
    CHECK(exportFound);
}

} // namespace abri::leaks
