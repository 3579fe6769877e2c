#include "AccessMatrixModel.h"
#include "AccessPage.h"
#include "AddAttachmentDialog.h"
#include "AttachmentViewer.h"
#include "AttachmentsModel.h"
#include "AttachmentsTab.h"
#include "GlassBreaksModel.h"
#include "ItemRoles.h"
#include "MergeDialog.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace abri;
using namespace abri::test;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

const QString Clinic = QStringLiteral("nadia");
const QString Caseworker = QStringLiteral("sami");

// Not checks: pictures of the screens for a person to look at, only when ABRI_SCREENSHOT_DIR is set.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ABRI_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    waitUntil([] { return false; }, 150);
    REQUIRE(widget->grab().save(QDir(dir).filePath(QStringLiteral("accessgui-%1.png").arg(name))));
}

template <typename T>
T* waitForTopLevel(const QString& objectName = {})
{
    T* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* candidate = qobject_cast<T*>(widget);
                if (candidate && candidate->isVisible() &&
                    (objectName.isEmpty() || candidate->objectName() == objectName)) {
                    found = candidate;
                }
            }
            return found != nullptr;
        },
        10'000);
    INFO("waiting for a window named " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Clicks the message box button with the given role (AcceptRole: the confirming one).
void answer(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
    FAIL("no such button");
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, QColor(250, 200, 40));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

QByteArray pdfBytes(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter painter(&writer);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1) {
                writer.newPage();
            }
            painter.setFont(QFont(QStringLiteral("Sans"), 24));
            painter.drawText(QRect(0, 0, 4000, 1200), QStringLiteral("Page %1").arg(page));
        }
    }
    REQUIRE(bytes.startsWith("%PDF"));
    return bytes;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// Every file below folder, relative, so a new one shows up in a comparison.
QStringList filesUnder(const QString& folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << QDir(folder).relativeFilePath(it.next());
    }
    out.sort();
    return out;
}

std::vector<AuditEntry> auditOf(Vault& vault, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto entries = vault.auditEntries(filter);
    REQUIRE(entries.ok());
    return entries.value();
}

// A vault with a coordinator session in the GUI's VaultSession, colleagues in other roles, and one person file.
struct CaseFixture
{
    UiFixture fixture;
    QTemporaryDir files; // the "user's" files to add and copies to save
    std::unique_ptr<ui::VaultSession> session;
    qint64 personId = 0;

    CaseFixture()
    {
        REQUIRE(files.isValid());
        // A message box left by an earlier failed test would be taken for one of ours.
        closeVisibleDialogs();
        auto vault = fixture.createVault();
        for (const auto& [name, role] :
             {std::pair{Clinic, Role::ClinicIntake}, std::pair{Caseworker, Role::Caseworker}}) {
            auto added = vault->addUser(name, role, secure(ColleaguePass));
            REQUIRE(added.ok());
        }
        session = std::make_unique<ui::VaultSession>(std::move(vault));
        personId = createPerson(QStringLiteral("Lola"));
    }

    ~CaseFixture()
    {
        closeVisibleDialogs();
        if (session) {
            session->lock();
        }
    }

    Vault& vault() { return session->vault(); }

    qint64 createPerson(const QString& alias)
    {
        PersonDraft draft;
        draft.alias = alias;
        auto created = CaseFiles(vault()).createPerson(draft);
        INFO((created ? std::string() : created.error().message().toStdString()));
        REQUIRE(created.ok());
        return created.value();
    }

    // Locks the current session and unlocks as someone else (widgets of the old session must be gone by then).
    void switchTo(const QString& name, const QString& passphrase)
    {
        session->lock();
        session.reset();
        auto unlocked = Vault::unlock(fixture.vaultPath(), name, secure(passphrase), fixture.vaultOptions());
        INFO((unlocked ? std::string() : unlocked.error().message().toStdString()));
        REQUIRE(unlocked.ok());
        session = std::make_unique<ui::VaultSession>(std::move(unlocked.value()));
    }
};

void waitForReload(ui::AttachmentsTab& tab)
{
    // The spy lets go of the signal when it goes out of scope; a lambda holding a local by reference would not.
    QSignalSpy reloaded(&tab, &ui::AttachmentsTab::reloaded);
    tab.reload();
    REQUIRE(waitUntil([&] { return reloaded.count() > 0; }));
}

// Adds a file through the tab's dialog; returns the dialog's error text (empty when it was added).
QString addThroughTab(ui::AttachmentsTab& tab, const QString& path, std::optional<Category> category,
                      const QString& description)
{
    const int before = tab.model()->rowCount();
    tab.addFile(path);
    auto* dialog = waitForTopLevel<ui::AddAttachmentDialog>(QStringLiteral("addAttachmentDialog"));
    REQUIRE(dialog->selectCategory(category));
    dialog->setDescription(description);
    QPointer<ui::AddAttachmentDialog> guard(dialog);
    dialog->okButton()->click();
    auto* error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return !guard || (!error->isHidden() && !error->text().isEmpty()); }));
    if (guard) {
        const QString message = error->text();
        dialog->reject();
        return message;
    }
    REQUIRE(waitUntil([&] { return tab.model()->rowCount() == before + 1; }));
    return {};
}

int rowNamed(const ui::AttachmentsModel& model, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ui::AttachmentsModel::FileColumn).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

ui::AttachmentViewer* viewRow(ui::AttachmentsTab& tab, int row)
{
    tab.selectAttachment(tab.model()->attachmentAt(row)->id);
    tab.viewSelected();
    return waitForTopLevel<ui::AttachmentViewer>(QStringLiteral("attachmentViewer"));
}

} // namespace

TEST_CASE("accessModels_fedAndEdited_passModelTester")
{
    ui::AttachmentsModel attachments;
    QAbstractItemModelTester attachmentsTester(&attachments, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&attachments);
    proxy.setSortRole(ui::RawValueRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);
    AttachmentInfo open;
    open.id = 1;
    open.fileName = QStringLiteral("scan.pdf");
    open.type = AttachmentType::Pdf;
    open.size = 2048;
    open.addedAt = QDateTime::currentDateTimeUtc();
    AttachmentInfo restricted;
    restricted.id = 2;
    restricted.restricted = true;
    restricted.category = Category::Health;
    attachments.setAttachments({open, restricted});
    proxy.sort(ui::AttachmentsModel::SizeColumn);
    CHECK(attachments.index(1, ui::AttachmentsModel::FileColumn).data().toString() ==
          QStringLiteral("Restricted (Health)"));
    CHECK(attachments.index(0, ui::AttachmentsModel::CategoryColumn).data().toString() == QStringLiteral("General"));
    attachments.retranslate();
    attachments.setAttachments({});

    ui::AccessMatrixModel matrix;
    QAbstractItemModelTester matrixTester(&matrix, Mode::Fatal);
    CHECK(matrix.rowCount() == 0); // nothing until core answered
    matrix.setMatrix(AccessMatrix::defaults());
    REQUIRE(matrix.rowCount() == CategoryCount);
    const QModelIndex cell = matrix.index(static_cast<int>(Category::Health), static_cast<int>(Role::Caseworker));
    CHECK_FALSE(matrix.setData(cell, ui::AccessMatrixModel::ReadOnly)); // not editable yet
    matrix.setEditable(true);
    CHECK_FALSE(matrix.setData(cell, 7));
    REQUIRE(matrix.setData(cell, ui::AccessMatrixModel::ReadOnly));
    CHECK(cell.data().toString() == QStringLiteral("Read"));
    REQUIRE(matrix.changes().size() == 1);
    CHECK(matrix.changes()[0].after == Permission{true, false});
    matrix.retranslate();
    matrix.discardChanges();
    CHECK(matrix.changes().empty());
    matrix.clear();

    ui::GlassBreaksModel breaks;
    QAbstractItemModelTester breaksTester(&breaks, Mode::Fatal);
    GlassBreak entry;
    entry.id = 5;
    entry.userName = QStringLiteral("sami");
    entry.personCode = QStringLiteral("KX4-7PM");
    entry.category = Category::Health;
    entry.reason = QStringLiteral("Ambulance asked about allergies");
    entry.at = QDateTime::currentDateTimeUtc();
    breaks.setBreaks({entry});
    CHECK(breaks.index(0, ui::GlassBreaksModel::ReviewedColumn).data().toString() == QStringLiteral("To review"));
    breaks.retranslate();
}

TEST_CASE("attachmentsTab_pngAndPdfAdded_listedAndViewedFromMemory")
{
    CaseFixture f;
    ui::AttachmentsTab tab(f.session.get(), f.personId);
    QAbstractItemModelTester tester(tab.model(), Mode::Fatal);
    tab.resize(900, 400);
    tab.show();
    waitForReload(tab);
    CHECK(tab.model()->rowCount() == 0);

    const QString png = writeFile(f.files, QStringLiteral("photo.png"), pngBytes(320, 200));
    const QString pdf = writeFile(f.files, QStringLiteral("letter.pdf"), pdfBytes(2));
    REQUIRE(addThroughTab(tab, png, std::nullopt, QStringLiteral("Photo of the injury")).isEmpty());
    REQUIRE(addThroughTab(tab, pdf, Category::Identity, QStringLiteral("Identity papers")).isEmpty());
    REQUIRE(tab.model()->rowCount() == 2);

    const int pngRow = rowNamed(*tab.model(), QStringLiteral("photo.png"));
    const int pdfRow = rowNamed(*tab.model(), QStringLiteral("letter.pdf"));
    REQUIRE(pngRow >= 0);
    REQUIRE(pdfRow >= 0);
    CHECK(tab.model()->index(pngRow, ui::AttachmentsModel::DescriptionColumn).data().toString() ==
          QStringLiteral("Photo of the injury"));
    CHECK(tab.model()->index(pdfRow, ui::AttachmentsModel::CategoryColumn).data().toString() ==
          QStringLiteral("Identity"));
    CHECK(tab.model()->index(pdfRow, ui::AttachmentsModel::TypeColumn).data().toString() ==
          QStringLiteral("PDF document"));
    CHECK(tab.model()->index(pngRow, ui::AttachmentsModel::AddedByColumn).data().toString() == Coordinator);
    shoot(&tab, QStringLiteral("tab"));

    // QtPdf and the image code must not spill the decrypted bytes into temporary or cache files.
    QTemporaryDir spill;
    REQUIRE(spill.isValid());
    const QByteArray oldTmp = qgetenv("TMPDIR");
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("TMPDIR", QFile::encodeName(spill.filePath(QStringLiteral("tmp"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(spill.filePath(QStringLiteral("cache"))));
    QDir().mkpath(spill.filePath(QStringLiteral("tmp")));
    QDir().mkpath(spill.filePath(QStringLiteral("cache")));
    REQUIRE(QDir::tempPath() == spill.filePath(QStringLiteral("tmp")));
    const QString appCache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    REQUIRE(appCache.startsWith(spill.filePath(QStringLiteral("cache"))));

    ui::AttachmentViewer* imageViewer = viewRow(tab, pngRow);
    CHECK(imageViewer->showsImage());
    CHECK(imageViewer->imageSize() == QSize(320, 200));
    auto* picture = child<QLabel>(imageViewer, QStringLiteral("imageLabel"));
    REQUIRE(waitUntil([&] { return !picture->pixmap().isNull(); }));
    const double fitted = imageViewer->zoom();
    imageViewer->zoomIn();
    CHECK(imageViewer->zoom() > fitted);
    CHECK(picture->pixmap().width() > int(320 * fitted));
    imageViewer->fitToWindow();
    shoot(imageViewer, QStringLiteral("viewer-image"));
    imageViewer->close();

    ui::AttachmentViewer* pdfViewer = viewRow(tab, pdfRow);
    REQUIRE(waitUntil([&] { return pdfViewer->pageCount() > 0; }, 10'000));
    CHECK(pdfViewer->pageCount() == 2);
    CHECK_FALSE(pdfViewer->showsImage());
    pdfViewer->zoomIn();
    CHECK(pdfViewer->zoom() > 1.0);
    pdfViewer->fitToWindow();
    shoot(pdfViewer, QStringLiteral("viewer-pdf"));
    pdfViewer->close();
    waitUntil([] { return false; }, 200);

    const QStringList spilled = filesUnder(spill.path());
    qputenv("TMPDIR", oldTmp);
    qputenv("XDG_CACHE_HOME", oldCache);
    if (oldTmp.isNull()) {
        qunsetenv("TMPDIR");
    }
    if (oldCache.isNull()) {
        qunsetenv("XDG_CACHE_HOME");
    }
    INFO("files written while viewing: " << spilled.join(QLatin1Char(' ')).toStdString());
    CHECK(spilled.isEmpty());
    CHECK(auditOf(f.vault(), QStringLiteral("attachment.view")).size() == 2);
    CHECK(auditOf(f.vault(), QStringLiteral("attachment.add")).size() == 2);
}

TEST_CASE("attachmentsTab_badFiles_coreErrorShownAndNothingSaved")
{
    CaseFixture f;
    ui::AttachmentsTab tab(f.session.get(), f.personId);
    tab.show();
    waitForReload(tab);

    SECTION("too big: the limit is stated")
    {
        QByteArray big = pngBytes(8, 8);
        big.append(QByteArray(int(MaxAttachmentBytes) + 1 - int(big.size()), '\0'));
        const QString message =
            addThroughTab(tab, writeFile(f.files, QStringLiteral("huge.png"), big), std::nullopt, {});
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("20 MB")));
    }
    SECTION("unknown type, whatever the name says")
    {
        const QString message =
            addThroughTab(tab, writeFile(f.files, QStringLiteral("notes.pdf"), QByteArrayLiteral("just some text\n")),
                          std::nullopt, {});
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("not a PNG image")));
    }
    SECTION("empty")
    {
        const QString message =
            addThroughTab(tab, writeFile(f.files, QStringLiteral("empty.png"), {}), std::nullopt, {});
        CHECK(message.contains(QStringLiteral("empty")));
    }
    SECTION("missing")
    {
        const QString message = addThroughTab(tab, f.files.filePath(QStringLiteral("gone.png")), std::nullopt, {});
        CHECK(message.contains(QStringLiteral("could not be read")));
    }
    waitForReload(tab);
    CHECK(tab.model()->rowCount() == 0);
    auto stored = CaseFiles(f.vault()).attachments(f.personId);
    REQUIRE(stored.ok());
    CHECK(stored.value().empty());
    CHECK(auditOf(f.vault(), QStringLiteral("attachment.add")).empty());
}

TEST_CASE("attachmentsTab_saveCopy_warnsWritesAndIsAudited")
{
    CaseFixture f;
    ui::AttachmentsTab tab(f.session.get(), f.personId);
    tab.show();
    waitForReload(tab);
    const QByteArray png = pngBytes(40, 30);
    REQUIRE(addThroughTab(tab, writeFile(f.files, QStringLiteral("card.png"), png), std::nullopt, {}).isEmpty());
    tab.selectAttachment(tab.model()->attachmentAt(0)->id);
    REQUIRE(child<QPushButton>(&tab, QStringLiteral("saveCopyButton"))->isEnabled());

    SECTION("cancelled at the warning: nothing written, nothing recorded")
    {
        tab.saveCopy();
        QMessageBox* warning = waitForTopLevel<QMessageBox>();
        CHECK(warning->text().contains(QStringLiteral("NOT encrypted")));
        CHECK(warning->text().contains(QStringLiteral("recorded")));
        answer(warning, QMessageBox::RejectRole);
        waitUntil([] { return false; }, 200);
        CHECK(visibleDialogCount() == 0);
        CHECK(auditOf(f.vault(), QStringLiteral("attachment.export")).empty());
    }
    SECTION("confirmed: the copy is written and recorded")
    {
        tab.saveCopy();
        answer(waitForTopLevel<QMessageBox>(), QMessageBox::AcceptRole);
        auto* chooser = waitForTopLevel<QFileDialog>(QStringLiteral("saveCopyDialog"));
        const QString target = f.files.filePath(QStringLiteral("copy.png"));
        chooser->selectFile(target);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept is protected
        QMessageBox* done = waitForTopLevel<QMessageBox>();
        CHECK(done->text().contains(QStringLiteral("not encrypted")));
        done->accept();
        QFile copy(target);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.readAll() == png);
        CHECK(auditOf(f.vault(), QStringLiteral("attachment.export")).size() == 1);
    }
}

TEST_CASE("attachmentsTab_restrictedCategory_shownRestrictedToOtherRoles")
{
    CaseFixture f;
    f.switchTo(Clinic, ColleaguePass);
    {
        ui::AttachmentsTab tab(f.session.get(), f.personId);
        tab.show();
        waitForReload(tab);
        tab.addFile(writeFile(f.files, QStringLiteral("x.png"), pngBytes(4, 4)));
        auto* dialog = waitForTopLevel<ui::AddAttachmentDialog>(QStringLiteral("addAttachmentDialog"));
        // Clinic intake writes health, and may not write shelter addresses (core's answer, in the combo box).
        CHECK(dialog->selectCategory(Category::Health));
        CHECK_FALSE(dialog->selectCategory(Category::ShelterAddress));
        dialog->reject();
        REQUIRE(addThroughTab(tab, writeFile(f.files, QStringLiteral("prescription.png"), pngBytes(30, 30)),
                              Category::Health, QStringLiteral("Prescription"))
                    .isEmpty());
        CHECK(rowNamed(*tab.model(), QStringLiteral("prescription.png")) == 0);
    }
    f.switchTo(Coordinator, CoordinatorPass);
    ui::AttachmentsTab tab(f.session.get(), f.personId);
    tab.resize(900, 300);
    tab.show();
    waitForReload(tab);
    REQUIRE(tab.model()->rowCount() == 1);
    const auto* info = tab.model()->attachmentAt(0);
    CHECK(info->restricted);
    CHECK(tab.model()->index(0, ui::AttachmentsModel::FileColumn).data().toString() ==
          QStringLiteral("Restricted (Health)"));
    CHECK(tab.model()->index(0, ui::AttachmentsModel::DescriptionColumn).data().toString().isEmpty());
    tab.selectAttachment(info->id);
    CHECK_FALSE(child<QPushButton>(&tab, QStringLiteral("viewAttachmentButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&tab, QStringLiteral("saveCopyButton"))->isEnabled());
    // Core refuses the bytes too: the button only mirrors its answer.
    CHECK_FALSE(CaseFiles(f.vault()).attachmentData(info->id).ok());
    shoot(&tab, QStringLiteral("tab-restricted"));
}

TEST_CASE("accessPage_cellChanged_savedThroughCoreAndAudited")
{
    CaseFixture f;
    ui::AccessPage page(f.session.get());
    QAbstractItemModelTester tester(page.matrixModel(), Mode::Fatal);
    QAbstractItemModelTester breaksTester(page.glassBreaksModel(), Mode::Fatal);
    int loads = 0;
    QObject::connect(&page, &ui::AccessPage::reloaded, &page, [&] { ++loads; });
    page.resize(1000, 700);
    page.show();
    REQUIRE(waitUntil([&] { return loads >= 1 && page.matrixModel()->rowCount() == CategoryCount; }));
    auto* save = child<QPushButton>(&page, QStringLiteral("saveMatrixButton"));
    CHECK_FALSE(save->isEnabled());

    ui::AccessMatrixModel* matrix = page.matrixModel();
    const QModelIndex health = matrix->index(static_cast<int>(Category::Health), static_cast<int>(Role::Caseworker));
    const QModelIndex risk = matrix->index(static_cast<int>(Category::Risk), static_cast<int>(Role::LegalVolunteer));
    CHECK(health.data().toString() == QStringLiteral("None"));
    REQUIRE(matrix->setData(health, ui::AccessMatrixModel::ReadOnly));
    REQUIRE(matrix->setData(risk, ui::AccessMatrixModel::ReadWrite));
    CHECK(save->isEnabled());
    page.saveChanges();
    QMessageBox* confirm = waitForTopLevel<QMessageBox>();
    INFO(confirm->text().toStdString());
    // Built from the display names: an earlier test may have left another language installed.
    using Level = ui::AccessMatrixModel;
    CHECK(confirm->text().contains(QStringLiteral("%1, %2: %3 → %4")
                                       .arg(roleDisplayName(Role::Caseworker), categoryDisplayName(Category::Health),
                                            Level::levelName(Level::NoAccess), Level::levelName(Level::ReadOnly))));
    CHECK(confirm->text().contains(
        QStringLiteral("%1, %2: ").arg(roleDisplayName(Role::LegalVolunteer), categoryDisplayName(Category::Risk))));
    const int before = loads;
    answer(confirm, QMessageBox::AcceptRole);
    REQUIRE(waitUntil([&] { return loads > before; }));
    CHECK(matrix->changes().empty());
    CHECK(health.data().toString() == QStringLiteral("Read"));

    auto stored = CaseFiles(f.vault()).accessMatrix();
    REQUIRE(stored.ok());
    CHECK(stored.value().get(Role::Caseworker, Category::Health) == Permission{true, false});
    CHECK(stored.value().get(Role::LegalVolunteer, Category::Risk) == Permission{true, true});
    const auto entries = auditOf(f.vault(), QStringLiteral("access.change"));
    REQUIRE(entries.size() == 2);
    QStringList details;
    for (const AuditEntry& entry : entries) {
        details << entry.detail;
    }
    CHECK(details.contains(QStringLiteral("caseworker:health=read")));
    CHECK(details.contains(QStringLiteral("legal:risk=write")));

    SECTION("discarding leaves core alone")
    {
        REQUIRE(matrix->setData(health, ui::AccessMatrixModel::NoAccess));
        child<QPushButton>(&page, QStringLiteral("discardMatrixButton"))->click();
        CHECK(health.data().toString() == QStringLiteral("Read"));
        CHECK(auditOf(f.vault(), QStringLiteral("access.change")).size() == 2);
    }
    SECTION("cancelling the confirmation saves nothing")
    {
        REQUIRE(matrix->setData(health, ui::AccessMatrixModel::NoAccess));
        page.saveChanges();
        answer(waitForTopLevel<QMessageBox>(), QMessageBox::RejectRole);
        waitUntil([] { return false; }, 200);
        CHECK(CaseFiles(f.vault()).accessMatrix().value().get(Role::Caseworker, Category::Health).read);
        CHECK(matrix->changes().size() == 1);
    }
    shoot(&page, QStringLiteral("access-page"));
}

TEST_CASE("accessPage_clinicIntake_coreRefusesAndPageHoldsNoData")
{
    CaseFixture f;
    f.switchTo(Clinic, ColleaguePass);
    ui::AccessPage page(f.session.get());
    bool loaded = false;
    QObject::connect(&page, &ui::AccessPage::reloaded, &page, [&] { loaded = true; });
    page.show();
    REQUIRE(waitUntil([&] { return loaded; }));
    auto* error = child<QLabel>(&page, QStringLiteral("errorLabel"));
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(page.matrixModel()->rowCount() == 0);
    CHECK(page.glassBreaksModel()->rowCount() == 0);
    CHECK_FALSE(page.matrixModel()->flags(page.matrixModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("saveMatrixButton"))->isEnabled());
    // And core refuses a change from this role whatever a page would show.
    CHECK_FALSE(CaseFiles(f.vault()).setPermission(Role::ClinicIntake, Category::Legal, Permission{true, true}).ok());
}

TEST_CASE("accessPage_glassBreak_listedToReviewAndMarkedReviewed")
{
    CaseFixture f;
    const QString reason = QStringLiteral("Ambulance asked about allergies");
    f.switchTo(Caseworker, ColleaguePass);
    REQUIRE(CaseFiles(f.vault()).breakGlass(f.personId, Category::Health, reason).ok());
    f.switchTo(Coordinator, CoordinatorPass);
    const QString code = CaseFiles(f.vault()).openPerson(f.personId).value().code;

    ui::AccessPage page(f.session.get());
    int loads = 0;
    QObject::connect(&page, &ui::AccessPage::reloaded, &page, [&] { ++loads; });
    page.resize(1000, 700);
    page.show();
    REQUIRE(waitUntil([&] { return loads >= 1; }));
    ui::GlassBreaksModel* breaks = page.glassBreaksModel();
    REQUIRE(breaks->rowCount() == 1);
    CHECK(breaks->index(0, ui::GlassBreaksModel::UserColumn).data().toString() == Caseworker);
    CHECK(breaks->index(0, ui::GlassBreaksModel::PersonColumn).data().toString() == code);
    CHECK(breaks->index(0, ui::GlassBreaksModel::CategoryColumn).data().toString() == QStringLiteral("Health"));
    CHECK(breaks->index(0, ui::GlassBreaksModel::ReasonColumn).data().toString() == reason);
    CHECK_FALSE(breaks->index(0, ui::GlassBreaksModel::WhenColumn).data().toString().isEmpty());
    shoot(&page, QStringLiteral("access-page-review"));

    auto* review = child<QPushButton>(&page, QStringLiteral("markReviewedButton"));
    CHECK_FALSE(review->isEnabled());
    page.glassBreaksView()->selectRow(0);
    REQUIRE(review->isEnabled());
    int before = loads;
    review->click();
    REQUIRE(waitUntil([&] { return loads > before; }));
    CHECK(breaks->rowCount() == 0);
    CHECK(auditOf(f.vault(), QStringLiteral("access.review")).size() == 1);

    before = loads;
    page.setShowReviewed(true);
    REQUIRE(waitUntil([&] { return loads > before; }));
    REQUIRE(breaks->rowCount() == 1);
    CHECK(breaks->index(0, ui::GlassBreaksModel::ReviewedColumn).data().toString() != QStringLiteral("To review"));
    page.glassBreaksView()->selectRow(0);
    CHECK_FALSE(review->isEnabled()); // already reviewed
}

TEST_CASE("mergeDialog_coordinatorPicksDuplicate_mergedAndAccepted")
{
    CaseFixture f;
    const qint64 duplicate = f.createPerson(QStringLiteral("Lola Duplicata"));
    REQUIRE(CaseFiles(f.vault())
                .addAttachment(duplicate, QStringLiteral("id.png"), pngBytes(10, 10), std::nullopt, {})
                .ok());
    auto* parent = new QWidget;
    parent->show();
    auto* dialog = new ui::MergeDialog(f.session.get(), f.personId, parent);
    int result = -1;
    QObject::connect(dialog, &QDialog::finished, parent, [&](int code) { result = code; });
    dialog->open();
    CHECK_FALSE(dialog->okButton()->isEnabled());

    bool shown = false;
    QObject::connect(dialog, &ui::MergeDialog::resultsShown, dialog, [&] { shown = true; });
    QTest::keyClicks(dialog->searchField(), QStringLiteral("Duplic"));
    REQUIRE(waitUntil([&] { return shown; }));
    REQUIRE(dialog->results()->count() == 1); // the kept file itself is never offered
    dialog->results()->setCurrentRow(0);
    CHECK(dialog->otherPersonId() == duplicate);
    REQUIRE(waitUntil([&] { return dialog->okButton()->isEnabled(); }));
    auto* other = child<QLabel>(dialog, QStringLiteral("otherSummary"));
    CHECK(other->text().contains(QStringLiteral("1 attachment")));
    CHECK(child<QLabel>(dialog, QStringLiteral("keepSummary"))->text().contains(QStringLiteral("Lola")));
    shoot(dialog, QStringLiteral("merge"));

    SECTION("cancelled at the confirmation: nothing merged, dialog stays")
    {
        dialog->okButton()->click();
        answer(waitForTopLevel<QMessageBox>(), QMessageBox::RejectRole);
        waitUntil([] { return false; }, 200);
        CHECK(result == -1);
        CHECK(CaseFiles(f.vault()).openPerson(duplicate).value().mergedInto == 0);
        dialog->reject();
        CHECK(result == QDialog::Rejected);
    }
    SECTION("confirmed: merged and accepted")
    {
        dialog->okButton()->click();
        QMessageBox* confirm = waitForTopLevel<QMessageBox>();
        CHECK(confirm->text().contains(QStringLiteral("cannot be undone")));
        answer(confirm, QMessageBox::AcceptRole);
        REQUIRE(waitUntil([&] { return result != -1; }));
        CHECK(result == QDialog::Accepted);
        CaseFiles files(f.vault());
        CHECK(files.openPerson(duplicate).value().mergedInto == f.personId);
        CHECK(files.attachments(f.personId).value().size() == 1);
        CHECK(auditOf(f.vault(), QStringLiteral("person.merge")).size() == 1);
    }
    delete parent;
}

TEST_CASE("mergeDialog_caseworker_coreRefusesAndDialogStaysOpen")
{
    CaseFixture f;
    const qint64 duplicate = f.createPerson(QStringLiteral("Lola Duplicata"));
    f.switchTo(Caseworker, ColleaguePass);
    auto* parent = new QWidget;
    parent->show();
    auto* dialog = new ui::MergeDialog(f.session.get(), f.personId, parent);
    int result = -1;
    QObject::connect(dialog, &QDialog::finished, parent, [&](int code) { result = code; });
    dialog->open();
    dialog->chooseOther(duplicate);
    REQUIRE(waitUntil([&] { return dialog->okButton()->isEnabled(); }));
    dialog->okButton()->click();
    answer(waitForTopLevel<QMessageBox>(), QMessageBox::AcceptRole);
    auto* error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    REQUIRE(waitUntil([&] { return !error->isHidden() && !error->text().isEmpty(); }));
    CHECK(result == -1);
    CHECK(dialog->isVisible());
    CHECK(CaseFiles(f.vault()).openPerson(duplicate).value().mergedInto == 0);
    delete parent;
}
