#include "vault/AuditLog.h"

#include "crypto/Crypto.h"
#include "storage/Database.h"

#include <QtEndian>

namespace abri {

namespace {
constexpr int HashSize = 32;

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void appendField(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    char len[4];
    qToLittleEndian(static_cast<quint32>(utf8.size()), len);
    out.append(len, 4);
    out.append(utf8);
}

void appendInt(QByteArray& out, qint64 value)
{
    char b[8];
    qToLittleEndian(value, b);
    out.append(b, 8);
}
} // namespace

QByteArray AuditLog::entryHash(const QByteArray& prevHash, qint64 seq, const QString& time, qint64 userId,
                               const QString& action, const QString& objectType, const QString& objectId,
                               const QString& detail)
{
    // Length-prefixed fields, so no two different entries serialise the same way.
    QByteArray msg = QByteArrayLiteral("abri.audit.v1");
    msg.append(prevHash);
    appendInt(msg, seq);
    appendField(msg, time);
    appendInt(msg, userId);
    appendField(msg, action);
    appendField(msg, objectType);
    appendField(msg, objectId);
    appendField(msg, detail);
    return crypto::hash(msg, HashSize);
}

Result<AuditLog::Head> AuditLog::head(Database& db)
{
    auto st = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1;");
    if (!st) {
        return st.error();
    }
    Head h;
    h.hash = QByteArray(HashSize, '\0');
    if (st->step()) {
        h.seq = st->int64(0);
        h.hash = st->blob(1);
    } else if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return h;
}

Result<AuditLog::Head> AuditLog::append(Database& db, const QDateTime& timeUtc, qint64 userId, const QString& action,
                                        const QString& objectType, const QString& objectId, const QString& detail)
{
    auto last = head(db);
    if (!last) {
        return last.error();
    }
    Head next;
    next.seq = last->seq + 1;
    const QString ts = isoTime(timeUtc);
    next.hash = entryHash(last->hash, next.seq, ts, userId, action, objectType, objectId, detail);
    auto st = db.prepare("INSERT INTO audit(seq, ts, user_id, action, object_type, object_id, detail, prev_hash, "
                         "hash) VALUES (?,?,?,?,?,?,?,?,?);");
    if (!st) {
        return st.error();
    }
    st->bind(1, next.seq)
        .bind(2, ts)
        .bind(3, userId)
        .bind(4, action)
        .bind(5, objectType.isNull() ? QStringLiteral("") : objectType)
        .bind(6, objectId.isNull() ? QStringLiteral("") : objectId)
        .bind(7, detail.isNull() ? QStringLiteral("") : detail)
        .bind(8, last->hash)
        .bind(9, next.hash);
    if (auto r = st->run(); !r) {
        return r.error();
    }
    return next;
}

Result<std::vector<AuditEntry>> AuditLog::query(Database& db, const AuditFilter& filter)
{
    QByteArray sql = "SELECT a.seq, a.ts, a.user_id, COALESCE(u.name, ''), a.action, a.object_type, a.object_id, "
                     "a.detail FROM audit a LEFT JOIN users u ON u.id = a.user_id WHERE 1";
    if (filter.userId) {
        sql += " AND a.user_id = :user";
    }
    if (!filter.action.isEmpty()) {
        sql += filter.action.endsWith(u'.') ? " AND substr(a.action, 1, length(:action)) = :action"
                                            : " AND a.action = :action";
    }
    if (filter.from.isValid()) {
        sql += " AND a.ts >= :from";
    }
    if (filter.to.isValid()) {
        sql += " AND a.ts < :to";
    }
    if (filter.beforeSeq > 0) {
        sql += " AND a.seq < :before";
    }
    sql += " ORDER BY a.seq DESC LIMIT :limit;";
    auto st = db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    // Named parameters are numbered in order of first appearance.
    int i = 1;
    if (filter.userId) {
        st->bind(i++, *filter.userId);
    }
    if (!filter.action.isEmpty()) {
        st->bind(i++, filter.action);
    }
    if (filter.from.isValid()) {
        st->bind(i++, isoTime(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        st->bind(i++, isoTime(filter.to.addDays(1).startOfDay()));
    }
    if (filter.beforeSeq > 0) {
        st->bind(i++, filter.beforeSeq);
    }
    st->bind(i, qint64{filter.limit > 0 ? filter.limit : 500});
    std::vector<AuditEntry> out;
    while (st->step()) {
        AuditEntry e;
        e.seq = st->int64(0);
        e.time = QDateTime::fromString(st->text(1), Qt::ISODateWithMs);
        e.userId = st->int64(2);
        e.userName = st->text(3);
        e.action = st->text(4);
        e.objectType = st->text(5);
        e.objectId = st->text(6);
        e.detail = st->text(7);
        out.push_back(std::move(e));
    }
    if (!st->ok()) {
        return db.lastError(ErrorCode::Database);
    }
    return out;
}

Result<AuditVerifyReport> AuditLog::verify(Database& db, const Head& anchor)
{
    auto st = db.prepare("SELECT seq, ts, user_id, action, object_type, object_id, detail, prev_hash, hash FROM "
                         "audit ORDER BY seq;");
    if (!st) {
        return st.error();
    }
    AuditVerifyReport report;
    QByteArray prev(HashSize, '\0');
    qint64 expectedSeq = 1;
    QByteArray hashAtAnchor;
    while (st->step()) {
        const qint64 seq = st->int64(0);
        const QByteArray storedPrev = st->blob(7);
        const QByteArray storedHash = st->blob(8);
        const QByteArray computed =
            entryHash(prev, seq, st->text(1), st->int64(2), st->text(3), st->text(4), st->text(5), st->text(6));
        if (seq != expectedSeq || storedPrev != prev || storedHash != computed) {
            report.firstBadSeq = seq != expectedSeq ? expectedSeq : seq;
            report.entries = expectedSeq - 1;
            report.message = seq != expectedSeq
                                 ? tr("Audit entry %1 is missing: entries were deleted.").arg(expectedSeq)
                                 : tr("Audit entry %1 was changed after it was written.").arg(seq);
            return report;
        }
        if (seq == anchor.seq) {
            hashAtAnchor = storedHash;
        }
        prev = storedHash;
        ++expectedSeq;
    }
    if (!st->ok()) {
        return Error(ErrorCode::CorruptDatabase, tr("The audit log could not be read: the database is damaged."));
    }
    report.entries = expectedSeq - 1;
    if (anchor.seq > report.entries) {
        report.firstBadSeq = report.entries + 1;
        report.message = tr("The newest audit entries were removed: the log ends at entry %1 but had reached %2.")
                             .arg(report.entries)
                             .arg(anchor.seq);
        return report;
    }
    if (anchor.seq > 0 && !crypto::equalBytes(hashAtAnchor, anchor.hash)) {
        report.firstBadSeq = anchor.seq;
        report.message = tr("The audit log was rewritten: entry %1 no longer matches its anchor.").arg(anchor.seq);
        return report;
    }
    report.ok = true;
    report.message = tr("The audit log is intact: %n entries verified.", nullptr, static_cast<int>(report.entries));
    return report;
}

} // namespace abri
