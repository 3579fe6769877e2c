// Attachments: stored inside the vault, typed from their bytes, restricted by category, exported only on request.
#include "cases/CaseFiles.h"
// The rest in the usual order.
#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

#include <catch2/catch.hpp>

using namespace abri;
using namespace abri::test;

namespace {

qint64 newPerson(Vault& vault, const char* alias)
{
    PersonDraft d;
    d.alias = QString::fromUtf8(alias);
    auto id = CaseFiles(vault).createPerson(d);
    INFO((id ? QString() : id.error().message()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 count(Vault& vault, const char* sql)
{
    auto st = vault.database().prepare(sql);
    REQUIRE(st.ok());
    REQUIRE(st->step());
    return st->int64(0);
}

std::vector<AuditEntry> audits(Vault& vault, const char* action)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    auto entries = vault.auditEntries(filter);
    REQUIRE(entries.ok());
    return entries.value();
}

void switchTo(Fixture& f, const char* user)
{
    f.vault->lock();
    auto v = f.unlock(QString::fromLatin1(user), GoodPass);
    REQUIRE(v.ok());
    f.vault = std::move(v.value());
}

// Small but real files: the magic numbers, then bytes of every value so nothing is lost to text conversions.
QByteArray body(int size)
{
    QByteArray out(size, '\0');
    for (int i = 0; i < size; ++i) {
        out[i] = static_cast<char>((i * 37 + 11) & 0xff);
    }
    return out;
}
QByteArray png()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") + body(300);
}
QByteArray jpeg()
{
    return QByteArrayLiteral("\xff\xd8\xff\xe0\x00\x10JFIF\x00") + body(500);
}
QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") + body(700) + QByteArrayLiteral("\n%%EOF\n");
}

// Every file under a folder, by path (names only: the vault's own files change content as it works).
QSet<QString> filesUnder(const QString& dir)
{
    QSet<QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.insert(it.next());
    }
    return out;
}

} // namespace

TEST_CASE("attachments_roundTrip_keepsBytesAndTypeFromContent", "[attachments]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    struct Case
    {
        const char* name;
        QByteArray data;
        AttachmentType type;
    };
    const Case files[] = {
        {"photo.png", png(), AttachmentType::Png},
        {"scan.jpg", jpeg(), AttachmentType::Jpeg},
        {"letter.pdf", pdf(), AttachmentType::Pdf},
        {"looks-like-an-image.png", pdf(), AttachmentType::Pdf}, // the bytes decide, not the name
    };
    std::vector<qint64> ids;
    for (const Case& c : files) {
        INFO(c.name);
        auto id =
            cases.addAttachment(person, QString::fromLatin1(c.name), c.data, std::nullopt, QStringLiteral("described"));
        REQUIRE(id.ok());
        ids.push_back(id.value());
        auto data = cases.attachmentData(id.value());
        REQUIRE(data.ok());
        CHECK(data.value() == c.data);
    }
    auto list = cases.attachments(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 4);
    for (const AttachmentInfo& a : list.value()) {
        const auto index = static_cast<std::size_t>(std::find(ids.begin(), ids.end(), a.id) - ids.begin());
        REQUIRE(index < ids.size());
        CHECK(a.fileName == QString::fromLatin1(files[index].name));
        CHECK(a.type == files[index].type);
        CHECK(a.size == files[index].data.size());
        CHECK(a.description == QStringLiteral("described"));
        CHECK_FALSE(a.restricted);
        CHECK(a.addedByName == QStringLiteral("Alice"));
        CHECK(a.personId == person);
    }
    CHECK(audits(*f.vault, "attachment.add").size() == 4);
    auto views = audits(*f.vault, "attachment.view");
    REQUIRE(views.size() == 4);
    CHECK(views[0].detail.contains(QStringLiteral("pdf")));
    CHECK(cases.attachments(999999).error().code() == ErrorCode::NotFound);
}

TEST_CASE("attachments_fileName_losesFoldersAndLength", "[attachments]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    const QString longName = QString(300, QLatin1Char('n')) + QStringLiteral(".pdf");
    for (const QString& name :
         {QStringLiteral("/home/someone/Documents/letter.pdf"), QStringLiteral("C:\\Users\\someone\\letter.pdf"),
          QStringLiteral("../../letter.pdf"), longName, QStringLiteral("folder/")}) {
        REQUIRE(cases.addAttachment(person, name, pdf(), std::nullopt, {}).ok());
    }
    auto list = cases.attachments(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 5);
    int letters = 0;
    for (const AttachmentInfo& a : list.value()) {
        CHECK_FALSE(a.fileName.contains(QLatin1Char('/')));
        CHECK_FALSE(a.fileName.contains(QLatin1Char('\\')));
        CHECK(a.fileName.size() <= 120);
        CHECK_FALSE(a.fileName.isEmpty());
        letters += a.fileName == QStringLiteral("letter.pdf") ? 1 : 0;
        if (a.fileName.startsWith(QStringLiteral("nnn"))) {
            CHECK(a.fileName.endsWith(QStringLiteral(".pdf")));
        }
    }
    CHECK(letters == 3);
}

TEST_CASE("attachments_badFile_isRefusedAndSavesNothing", "[attachments]")
{
    Fixture f;
    const qint64 person = newPerson(*f.vault, "Mira");
    REQUIRE(f.vault->addUser(QStringLiteral("Casey"), Role::Caseworker, pass(GoodPass)).ok());
    switchTo(f, "Casey");
    CaseFiles cases(*f.vault);
    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");

    auto empty = cases.addAttachment(person, QStringLiteral("empty.png"), QByteArray(), std::nullopt, {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code() == ErrorCode::InvalidArgument);
    CHECK(empty.error().message().contains(QStringLiteral("empty")));

    QByteArray oversized = pdf();
    oversized.append(body(static_cast<int>(MaxAttachmentBytes) + 1 - static_cast<int>(oversized.size())));
    REQUIRE(oversized.size() == MaxAttachmentBytes + 1);
    auto big = cases.addAttachment(person, QStringLiteral("big.pdf"), oversized, std::nullopt, {});
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code() == ErrorCode::InvalidArgument);
    CHECK(big.error().message().contains(QStringLiteral("20 MB")));

    auto text = cases.addAttachment(person, QStringLiteral("notes.pdf"), QByteArrayLiteral("just some text\n"),
                                    std::nullopt, {});
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().code() == ErrorCode::InvalidArgument);
    for (const char* named : {"PNG", "JPEG", "PDF"}) {
        CHECK(text.error().message().contains(QString::fromLatin1(named)));
    }

    // A caseworker may not write health attachments.
    auto health = cases.addAttachment(person, QStringLiteral("result.pdf"), pdf(), Category::Health, {});
    REQUIRE_FALSE(health.ok());
    CHECK(health.error().code() == ErrorCode::PermissionDenied);

    auto longDescription =
        cases.addAttachment(person, QStringLiteral("a.pdf"), pdf(), std::nullopt, QString(2001, QLatin1Char('d')));
    CHECK(longDescription.error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.addAttachment(999999, QStringLiteral("a.pdf"), pdf(), std::nullopt, {}).error().code() ==
          ErrorCode::NotFound);

    for (const QString& msg : {empty.error().message(), big.error().message(), text.error().message()}) {
        CHECK(msg.contains(QStringLiteral("nothing was saved"), Qt::CaseInsensitive));
    }
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM attachments;") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM attachment_data;") == 0);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);

    // The largest allowed file is accepted.
    oversized.chop(1);
    CHECK(cases.addAttachment(person, QStringLiteral("max.pdf"), oversized, Category::Risk, {}).ok());
}

TEST_CASE("attachments_restrictedCategory_deniesDataAndExportAndListsAsRestricted", "[attachments][access]")
{
    Fixture f;
    const qint64 person = newPerson(*f.vault, "Mira");
    REQUIRE(f.vault->addUser(QStringLiteral("Cleo"), Role::ClinicIntake, pass(GoodPass)).ok());
    REQUIRE(f.vault->addUser(QStringLiteral("Lee"), Role::LegalVolunteer, pass(GoodPass)).ok());
    switchTo(f, "Cleo");
    auto id = CaseFiles(*f.vault).addAttachment(person, QStringLiteral("test-result.pdf"), pdf(), Category::Health,
                                                QStringLiteral("blood test"));
    REQUIRE(id.ok());

    switchTo(f, "Lee");
    CaseFiles cases(*f.vault);
    auto list = cases.attachments(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).restricted);
    CHECK(list->at(0).fileName.isEmpty());
    CHECK(list->at(0).description.isEmpty());
    CHECK(list->at(0).category == Category::Health);
    CHECK(list->at(0).type == AttachmentType::Pdf);

    const qint64 entries = count(*f.vault, "SELECT COUNT(*) FROM audit;");
    auto data = cases.attachmentData(id.value());
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code() == ErrorCode::PermissionDenied);
    const QString target = QDir(f.dir.path()).filePath(QStringLiteral("out.pdf"));
    auto exported = cases.exportAttachment(id.value(), target);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(target));
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit;") == entries);

    // Breaking the glass for this person opens it for the session.
    REQUIRE(cases.breakGlass(person, Category::Health, QStringLiteral("Needed for the court file today")).ok());
    auto opened = cases.attachmentData(id.value());
    REQUIRE(opened.ok());
    CHECK(opened.value() == pdf());
    list = cases.attachments(person);
    REQUIRE(list.ok());
    CHECK_FALSE(list->at(0).restricted);
    CHECK(list->at(0).fileName == QStringLiteral("test-result.pdf"));

    switchTo(f, "Cleo");
    const qint64 viewsBefore = count(*f.vault, "SELECT COUNT(*) FROM audit WHERE action = 'person.view';");
    auto own = CaseFiles(*f.vault).attachments(person);
    REQUIRE(own.ok());
    CHECK_FALSE(own->at(0).restricted);
    CHECK(own->at(0).description == QStringLiteral("blood test"));
    // The name and description of a health attachment are a view of the health category, audited like one.
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit WHERE action = 'person.view';") == viewsBefore + 1);
    CHECK(count(*f.vault, "SELECT COUNT(*) FROM audit WHERE seq = (SELECT MAX(seq) FROM audit) AND action = "
                          "'person.view' AND detail = 'health';") == 1);
}

TEST_CASE("attachments_listOfGeneralAttachmentsOnly_isNotAuditedAsARestrictedView", "[attachments][access]")
{
    Fixture f;
    const qint64 person = newPerson(*f.vault, "Nour");
    CaseFiles cases(*f.vault);
    REQUIRE(cases.addAttachment(person, QStringLiteral("lease.pdf"), pdf(), std::nullopt, {}).ok());
    const auto before = audits(*f.vault, "person.view").size();
    auto list = cases.attachments(person);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(audits(*f.vault, "person.view").size() == before);
}

TEST_CASE("attachments_export_writesIdenticalBytesAndIsAudited", "[attachments]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    auto id = cases.addAttachment(person, QStringLiteral("scan.jpg"), jpeg(), std::nullopt, {});
    REQUIRE(id.ok());
    const QString target = QDir(f.dir.path()).filePath(QStringLiteral("exported.jpg"));
    REQUIRE(cases.exportAttachment(id.value(), target).ok());
    QFile out(target);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == jpeg());
    auto exports = audits(*f.vault, "attachment.export");
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].detail == QStringLiteral("jpeg %1").arg(jpeg().size()));
    CHECK(exports[0].objectType == QStringLiteral("person"));

    CHECK(cases.exportAttachment(id.value(), QString()).error().code() == ErrorCode::InvalidArgument);
    CHECK(cases.exportAttachment(999999, target).error().code() == ErrorCode::NotFound);
    CHECK(cases.exportAttachment(id.value(), QStringLiteral("/nonexistent-folder/x/y.jpg")).error().code() ==
          ErrorCode::Io);
    CHECK(audits(*f.vault, "attachment.export").size() == 1);
}

TEST_CASE("attachments_damagedContent_isReportedNotReturned", "[attachments]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    auto id = cases.addAttachment(person, QStringLiteral("scan.png"), png(), std::nullopt, {});
    REQUIRE(id.ok());
    REQUIRE(f.vault->database().exec("UPDATE attachment_data SET data = x'89504e470d0a1a0a0000';").ok());
    auto data = cases.attachmentData(id.value());
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code() == ErrorCode::CorruptDatabase);
}

TEST_CASE("attachments_noPlaintextFile_appearsOutsideTheExportTarget", "[attachments][leaks]")
{
    Fixture f;
    CaseFiles cases(*f.vault);
    const qint64 person = newPerson(*f.vault, "Mira");
    // Warm up the vault's own files (journal, WAL) so that only new files are compared.
    REQUIRE(cases.addAttachment(person, QStringLiteral("warm.png"), png(), std::nullopt, {}).ok());
    const QString tempDir = processTempDir().isEmpty() ? QDir::tempPath() : processTempDir();
    const QSet<QString> before = filesUnder(tempDir) + filesUnder(f.dir.path()) + filesUnder(f.stateDir());

    QByteArray large = pdf();
    large.append(body(8 * 1024 * 1024));
    auto id = cases.addAttachment(person, QStringLiteral("large.pdf"), large, std::nullopt, {});
    REQUIRE(id.ok());
    auto data = cases.attachmentData(id.value());
    REQUIRE(data.ok());
    CHECK(data.value() == large);
    REQUIRE(cases.attachments(person).ok());
    CHECK(filesUnder(tempDir) + filesUnder(f.dir.path()) + filesUnder(f.stateDir()) == before);

    const QString target = QDir(f.dir.path()).filePath(QStringLiteral("chosen.pdf"));
    REQUIRE(cases.exportAttachment(id.value(), target).ok());
    QSet<QString> expected = before;
    expected.insert(target);
    CHECK(filesUnder(tempDir) + filesUnder(f.dir.path()) + filesUnder(f.stateDir()) == expected);
}
