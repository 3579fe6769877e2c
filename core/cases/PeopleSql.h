#pragma once

// Internal to abri_core: the person-file SQL shared by the service (CaseFilesPeople.cpp) and the free functions of
// CaseFilesPrivate.h (PeopleSql.cpp).

#include "cases/CaseFilesPrivate.h"

#include <vector>

namespace abri::cases {

// Reads and writes every category. Only for comparisons and merges inside one service call, whose results never
// reach a user unfiltered.
AccessContext fullAccess();

// Hidden names sort by their code, after the aliases, so the order of a list does not hint at a hidden alias.
QString sortKeyFor(const QString& alias, bool hideName, const QString& code);
// The local day of a UTC time (status dates, birth checks).
QDate localDay(const QDateTime& utc);

// The columns every summary query selects first, from "people p LEFT JOIN users u ON u.id = p.worker_id".
#define ABRI_SUMMARY_COLUMNS                                                                                           \
    "p.id, p.code, p.alias, p.hide_name, p.status, COALESCE(p.worker_id, 0), COALESCE(u.name, ''), p.updated_at"
#define ABRI_SUMMARY_FROM " FROM people p LEFT JOIN users u ON u.id = p.worker_id "

// Reads every row of st (which selects ABRI_SUMMARY_COLUMNS) with its flags and tags.
Result<std::vector<PersonSummary>> readSummaries(Database& db, const AccessContext& ctx, Statement& st);
// Summaries of these people in this order; unknown ids are skipped.
Result<std::vector<PersonSummary>> summariesByIds(Database& db, const AccessContext& ctx,
                                                  const std::vector<qint64>& ids);

// How many people queryPeople would list without paging.
Result<qint64> queryCountPeople(Database& db, const AccessContext& ctx, const PersonFilter& filter);

// Replace the person's contacts, tags or flags.
Status writeContacts(Database& db, qint64 personId, const std::vector<ContactMethod>& contacts);
Status writeTags(Database& db, qint64 personId, const QStringList& tags);
Status writeFlags(Database& db, qint64 personId, const std::vector<RiskFlag>& flags);

// Edit distance between two short words, capped: returns limit + 1 as soon as it is exceeded.
int editDistance(const QString& a, const QString& b, int limit);

} // namespace abri::cases
