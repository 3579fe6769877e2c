#include "AuditLogModel.h"
#include "ItemRoles.h"
#include "UiTestSupport.h"
#include "UsersModel.h"
#include "VaultSession.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace abri;
using namespace abri::test;
using Mode = QAbstractItemModelTester::FailureReportingMode;

TEST_CASE("The users model passes QAbstractItemModelTester and sorts on raw values")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    REQUIRE(vault->addUser(QStringLiteral("Zoé"), Role::ClinicIntake, secure(ColleaguePass)).ok());
    REQUIRE(vault->addUser(QStringLiteral("ali"), Role::Caseworker, secure(ColleaguePass)).ok());
    ui::UsersModel model;
    // The source's tester first, so it sees each reset before the proxy (and its tester) react to it.
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::RawValueRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);

    auto users = vault->users();
    REQUIRE(users.ok());
    model.setUsers(users.value());
    REQUIRE(model.rowCount() == 3);
    proxy.sort(ui::UsersModel::NameColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("ali"));
    CHECK(proxy.index(1, 0).data().toString() == Coordinator);
    CHECK(proxy.index(2, 0).data().toString() == QStringLiteral("Zoé"));
    proxy.sort(ui::UsersModel::RoleColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, ui::UsersModel::RoleColumn).data(ui::RawValueRole).toInt() ==
          static_cast<int>(Role::Coordinator));
    model.retranslate();
    model.setUsers({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The audit model passes QAbstractItemModelTester and loads pages as the view asks")
{
    UiFixture fixture;
    auto vault = fixture.createVault();
    for (int i = 0; i < 12; ++i) {
        REQUIRE(vault->recordAudit(QStringLiteral("audit.verify")).ok());
    }
    ui::VaultSession session(std::move(vault));
    ui::AuditLogModel model(&session);
    model.setPageSize(5);
    // The source's tester first: the proxy's tester calls fetchMore() while handling a reset, which must not
    // reach the source before the source's own tester has seen that reset end.
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::RawValueRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);

    model.setFilter({});
    CHECK(model.rowCount() == 5);
    REQUIRE(model.canFetchMore({}));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() >= 13);
    // Newest first, without gaps or repeats across pages.
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1, 0).data(ui::IdRole).toLongLong() >
              model.index(row, 0).data(ui::IdRole).toLongLong());
    }
    proxy.sort(ui::AuditLogModel::TimeColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, 0).data(ui::IdRole).toLongLong() <
          proxy.index(proxy.rowCount() - 1, 0).data(ui::IdRole).toLongLong());

    AuditFilter filter;
    filter.action = QStringLiteral("vault.create");
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);
    model.retranslate();
    session.lock();
    CHECK_FALSE(model.canFetchMore({}));
}
