#include "UsersPage.h"

#include "AddUserDialog.h"
#include "ChangeRoleDialog.h"
#include "Dialogs.h"
#include "ItemRoles.h"
#include "RecoveryKeyDialog.h"
#include "ResetPassphraseDialog.h"
#include "Style.h"
#include "UsersModel.h"
#include "VaultSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

UsersPage::UsersPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new UsersModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_intro(new QLabel(this)), m_error(new QLabel(this)), m_add(new QPushButton(this)),
      m_toggle(new QPushButton(this)), m_role(new QPushButton(this)), m_reset(new QPushButton(this)),
      m_rekey(new QPushButton(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_reset->setObjectName(QStringLiteral("resetPassphraseButton"));
    m_rekey->setObjectName(QStringLiteral("rekeyButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_intro->setWordWrap(true);
    Style::markAsError(m_error);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UsersModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_toggle, m_role, m_reset}) {
        actions->addWidget(button);
    }
    actions->addStretch();
    actions->addWidget(m_rekey);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleEnabled);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassphrase);
    connect(m_rekey, &QPushButton::clicked, this, &UsersPage::revokeAndRekey);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_view, &QTableView::activated, this, &UsersPage::changeRole);
    retranslateUi();
    refresh();
}

void UsersPage::refresh()
{
    const int row = selectedRow();
    const qint64 selectedId = row >= 0 ? m_model->userAt(row)->id : 0;
    auto users = m_session->vault().users();
    if (!users) {
        m_error->setText(users.error().message());
        m_model->setUsers({});
    } else {
        m_error->clear();
        m_model->setUsers(std::move(users.value()));
    }
    m_view->resizeColumnsToContents();
    selectUser(selectedId);
    updateActions();
}

int UsersPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void UsersPage::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void UsersPage::updateActions()
{
    const UserInfo* user = m_model->userAt(selectedRow());
    m_toggle->setEnabled(user != nullptr);
    m_role->setEnabled(user != nullptr);
    m_reset->setEnabled(user != nullptr && user->active);
    m_toggle->setText(user && !user->active ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_session, this);
    connect(dialog, &AddUserDialog::userAdded, this, [this](qint64 userId) {
        refresh();
        selectUser(userId);
        updateActions();
    });
    dialog->open();
}

void UsersPage::toggleEnabled()
{
    const UserInfo* user = m_model->userAt(selectedRow());
    if (!user) {
        return;
    }
    const Status status =
        user->active ? m_session->vault().disableUser(user->id) : m_session->vault().enableUser(user->id);
    if (!status) {
        Dialogs::showError(this, status.error().message());
    }
    refresh();
}

void UsersPage::changeRole()
{
    const UserInfo* user = m_model->userAt(selectedRow());
    if (!user) {
        return;
    }
    auto* dialog = new ChangeRoleDialog(m_session, user->id, user->name, user->role, this);
    connect(dialog, &ChangeRoleDialog::roleChanged, this, &UsersPage::refresh);
    dialog->open();
}

void UsersPage::resetPassphrase()
{
    const UserInfo* user = m_model->userAt(selectedRow());
    if (!user) {
        return;
    }
    auto* dialog = new ResetPassphraseDialog(m_session, user->id, user->name, this);
    connect(dialog, &ResetPassphraseDialog::passphraseReset, this, [this] {
        refresh();
        Dialogs::showInfo(this, tr("The passphrase was changed."));
    });
    dialog->open();
}

void UsersPage::revokeAndRekey()
{
    Dialogs::confirm(this, tr("Revoke and re-key"),
                     tr("Re-keying changes the vault's encryption key. Disabled users lose access for good, copies "
                        "of the old key file stop working, and a new recovery key replaces the old one, which you "
                        "must write down again. Active users keep their passphrases.\n\nThis takes a moment."),
                     tr("&Re-key now"), [this] {
                         m_session->run(
                             this, [](Vault& vault) { return vault.rekey(); },
                             [this](Result<QString> result) {
                                 refresh();
                                 if (!result) {
                                     Dialogs::showError(this, result.error().message());
                                     return;
                                 }
                                 auto* dialog = new RecoveryKeyDialog(result.value(), this);
                                 wipeString(result.value());
                                 dialog->open();
                             });
                     });
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_intro->setText(tr("Everyone who may unlock this vault, with their role. Disabling a user stops them "
                        "unlocking; re-keying also removes their key for good."));
    m_add->setText(tr("&Add user…"));
    m_role->setText(tr("Change &role…"));
    m_reset->setText(tr("Reset &passphrase…"));
    m_rekey->setText(tr("Revoke and re-&key…"));
    m_model->retranslate();
    updateActions();
}

} // namespace abri::ui
