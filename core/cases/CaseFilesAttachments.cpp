// CaseFiles: attachments (images and PDFs). The bytes stay inside the encrypted vault; the only way out is an
// explicit, audited export to a file the user chose.
#include "cases/CaseFilesPrivate.h"
#include "util/FileUtil.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>

#include <set>

namespace abri {

using namespace cases;

namespace {

constexpr int MaxFileNameLength = 120;
constexpr int MaxDescriptionLength = 2000;

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// The last part of whatever path came with the file, without control characters, short enough for any list.
QString cleanFileName(const QString& fileName, AttachmentType type)
{
    QString name = fileName;
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0) {
        name = name.mid(slash + 1);
    }
    QString clean;
    for (QChar c : name) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format) {
            clean.append(c);
        }
    }
    clean = clean.trimmed();
    if (clean.isEmpty() || clean == QLatin1String(".") || clean == QLatin1String("..")) {
        clean = QStringLiteral("attachment.") + attachmentTypeId(type);
    }
    if (clean.size() > MaxFileNameLength) {
        // Keep the extension: it tells the user what the file is.
        const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && clean.size() - dot <= 10 ? clean.mid(dot) : QString();
        clean = clean.left(MaxFileNameLength - suffix.size()) + suffix;
    }
    return clean;
}

struct Located
{
    qint64 personId = 0;
    QString personCode;
    std::optional<Category> category;
    bool unknownCategory = false;
    QString type;
    qint64 size = 0;
};

Result<Located> locate(Database& db, qint64 attachmentId)
{
    auto st = db.prepare("SELECT a.person_id, COALESCE(p.code, ''), a.category, a.type, a.size FROM attachments a "
                         "LEFT JOIN people p ON p.id = a.person_id WHERE a.id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, attachmentId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::NotFound, CaseFiles::tr("This attachment does not exist. Reload the list."));
    }
    Located l;
    l.personId = st->int64(0);
    l.personCode = st->text(1);
    const QString category = st->text(2);
    if (!category.isEmpty()) {
        l.category = categoryFromId(category);
        l.unknownCategory = !l.category;
    }
    l.type = st->text(3);
    l.size = st->int64(4);
    return l;
}

Status requireReadable(const AccessContext& ctx, const Located& l)
{
    if (l.unknownCategory) {
        return Error(ErrorCode::PermissionDenied, CaseFiles::tr("This attachment belongs to a category this version "
                                                                "of Abri does not know, so it cannot be opened."));
    }
    if (l.category && !ctx.canRead(l.personId, *l.category)) {
        return Error(ErrorCode::PermissionDenied,
                     CaseFiles::tr("Your role may not open %1 attachments. Break the glass for this person if you "
                                   "must, with a reason.")
                         .arg(categoryDisplayName(*l.category)));
    }
    return {};
}

// The bytes, checked against the digest taken when they were added.
Result<QByteArray> readData(Database& db, qint64 attachmentId)
{
    auto st = db.prepare("SELECT d.data, a.sha256 FROM attachment_data d JOIN attachments a ON a.id = "
                         "d.attachment_id WHERE d.attachment_id = ?;");
    if (!st) {
        return st.error();
    }
    st->bind(1, attachmentId);
    if (!st->step()) {
        if (!st->ok()) {
            return dbError(db);
        }
        return Error(ErrorCode::CorruptDatabase, CaseFiles::tr("The content of this attachment is missing from the "
                                                               "vault. Restore a backup to get it back."));
    }
    QByteArray data = st->blob(0);
    if (sha256(data) != st->blob(1)) {
        return Error(ErrorCode::CorruptDatabase, CaseFiles::tr("The content of this attachment is damaged. Restore a "
                                                               "backup to get it back."));
    }
    return data;
}

QString auditDetail(const Located& l, qint64 attachmentId)
{
    return QStringLiteral("#%1 %2 %3").arg(attachmentId).arg(l.type).arg(l.size);
}

} // namespace

Result<qint64> CaseFiles::addAttachment(qint64 personId, const QString& fileName, const QByteArray& data,
                                        std::optional<Category> category, const QString& description)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st.error();
    }
    if (data.isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("The file is empty. Choose another file; nothing was saved."));
    }
    if (data.size() > MaxAttachmentBytes) {
        return Error(ErrorCode::InvalidArgument,
                     tr("The file is larger than %1 MB, the most a vault keeps per attachment. Make it smaller "
                        "(scan at a lower resolution, or split the PDF); nothing was saved.")
                         .arg(MaxAttachmentBytes / (1024 * 1024)));
    }
    const auto type = detectAttachmentType(data);
    if (!type) {
        return Error(ErrorCode::InvalidArgument, tr("This file is not a PNG image, a JPEG photo or a PDF document "
                                                    "(whatever its name says). Save it as one of those; nothing "
                                                    "was saved."));
    }
    if (description.size() > MaxDescriptionLength) {
        return Error(ErrorCode::InvalidArgument, tr("The description is longer than %1 characters. Nothing was "
                                                    "saved.")
                                                     .arg(MaxDescriptionLength));
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    if (category && !ctx->canWrite(*category)) {
        return Error(ErrorCode::PermissionDenied,
                     tr("Your role may not add %1 attachments. Add it without a category if it holds nothing of "
                        "that kind, or ask someone who may. Nothing was saved.")
                         .arg(categoryDisplayName(*category)));
    }
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    auto person = writablePersonCode(db, personId);
    if (!person) {
        return person.error();
    }
    Located l;
    l.personCode = person.value();
    l.type = attachmentTypeId(*type);
    l.size = data.size();
    auto meta = db.prepare("INSERT INTO attachments(person_id, file_name, type, size, category, description, sha256, "
                           "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!meta) {
        return meta.error();
    }
    meta->bind(1, personId).bind(2, cleanFileName(fileName, *type)).bind(3, l.type).bind(4, l.size);
    meta->bind(5, category ? categoryId(*category) : QStringLiteral(""));
    meta->bind(6, description.isNull() ? QStringLiteral("") : description.trimmed()).bind(7, sha256(data));
    meta->bind(8, ctx->userId).bind(9, isoUtc(m_vault.clock().nowUtc()));
    if (auto r = meta->run(); !r) {
        return r.error();
    }
    const qint64 id = db.lastInsertId();
    auto bytes = db.prepare("INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?);");
    if (!bytes) {
        return bytes.error();
    }
    bytes->bind(1, id).bind(2, data);
    if (auto r = bytes->run(); !r) {
        return r.error();
    }
    QString detail = auditDetail(l, id);
    if (category) {
        detail += QLatin1Char(' ') + categoryId(*category);
    }
    if (auto r = m_vault.commitWithAudit(
            tx, {AuditRecord{QStringLiteral("attachment.add"), QStringLiteral("person"), l.personCode, detail}});
        !r) {
        return r.error();
    }
    return id;
}

Result<std::vector<AttachmentInfo>> CaseFiles::attachments(qint64 personId) const
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    auto code = personCodeOf(db, personId);
    if (!code) {
        return code.error();
    }
    auto st = db.prepare("SELECT a.id, a.file_name, a.type, a.size, a.category, a.description, a.added_by, "
                         "COALESCE(u.name, ''), a.added_at FROM attachments a LEFT JOIN users u ON u.id = a.added_by "
                         "WHERE a.person_id = ? ORDER BY a.added_at DESC, a.id DESC;");
    if (!st) {
        return st.error();
    }
    st->bind(1, personId);
    std::vector<AttachmentInfo> out;
    std::set<Category> shown; // restricted categories whose file names and descriptions this list shows
    while (st->step()) {
        AttachmentInfo a;
        a.id = st->int64(0);
        a.personId = personId;
        a.type = attachmentTypeFromId(st->text(2)).value_or(AttachmentType::Pdf);
        a.size = st->int64(3);
        const QString category = st->text(4);
        if (!category.isEmpty()) {
            a.category = categoryFromId(category);
            a.restricted = !a.category || !ctx->canRead(personId, *a.category);
        }
        if (!a.restricted) {
            a.fileName = st->text(1);
            a.description = st->text(5);
            if (a.category) {
                shown.insert(*a.category);
            }
        }
        a.addedBy = st->int64(6);
        a.addedByName = st->text(7);
        a.addedAt = fromIsoUtc(st->text(8));
        out.push_back(std::move(a));
    }
    if (!st->ok()) {
        return dbError(db);
    }
    if (!shown.empty()) {
        // A file name or description can say as much as the file ("PrEP prescription"): a view like any other.
        Transaction tx(db);
        if (!tx.isActive()) {
            return dbError(db);
        }
        if (auto r = m_vault.commitWithAudit(tx, {AuditRecord{QStringLiteral("person.view"), QStringLiteral("person"),
                                                              code.value(), categoryList(shown)}});
            !r) {
            return r.error();
        }
    }
    return out;
}

Result<QByteArray> CaseFiles::attachmentData(qint64 attachmentId)
{
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    auto l = locate(db, attachmentId);
    if (!l) {
        return l.error();
    }
    if (auto st = requireReadable(ctx.value(), l.value()); !st) {
        return st.error();
    }
    auto data = readData(db, attachmentId);
    if (!data) {
        return data.error();
    }
    // A read-only session cannot write the audit log; it only ever opens attachments without a category (a
    // categorised one is refused above, since such a session reads no restricted category).
    if (!m_vault.isReadOnly()) {
        Transaction tx(db);
        if (!tx.isActive()) {
            return dbError(db);
        }
        QString detail = auditDetail(l.value(), attachmentId);
        if (l->category) {
            detail += QLatin1Char(' ') + categoryId(*l->category);
        }
        if (auto r = m_vault.commitWithAudit(
                tx, {AuditRecord{QStringLiteral("attachment.view"), QStringLiteral("person"), l->personCode, detail}});
            !r) {
            return r.error();
        }
    }
    return data;
}

Status CaseFiles::exportAttachment(qint64 attachmentId, const QString& targetFile)
{
    if (auto st = m_vault.requireWriter(); !st) {
        return st;
    }
    if (targetFile.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, tr("Choose where to save the copy. Nothing was written."));
    }
    auto ctx = accessContext(m_vault);
    if (!ctx) {
        return ctx.error();
    }
    Database& db = m_vault.database();
    auto l = locate(db, attachmentId);
    if (!l) {
        return l.error();
    }
    if (auto st = requireReadable(ctx.value(), l.value()); !st) {
        return st;
    }
    auto data = readData(db, attachmentId);
    if (!data) {
        return data.error();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return dbError(db);
    }
    if (auto st = FileUtil::writeAtomically(targetFile, data.value()); !st) {
        return st;
    }
    // The copy exists only if its export is in the audit log: take it back when the entry cannot be written.
    if (auto r = m_vault.commitWithAudit(
            tx, {AuditRecord{QStringLiteral("attachment.export"), QStringLiteral("person"), l->personCode,
                             QStringLiteral("%1 %2").arg(l->type).arg(l->size)}});
        !r) {
        QFile::remove(targetFile);
        return r;
    }
    return {};
}

} // namespace abri
