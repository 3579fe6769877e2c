#include "AuditPage.h"

#include "AuditActions.h"
#include "AuditLogModel.h"
#include "Dialogs.h"
#include "ItemRoles.h"
#include "Style.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace abri::ui {

namespace {
// Sentinel for "the recovery key or the system" (user id 0) in the user filter; no user has a negative id.
constexpr qint64 AnyUser = -1;
} // namespace

AuditPage::AuditPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AuditLogModel(session, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_userLabel(new QLabel(this)),
      m_user(new QComboBox(this)), m_actionLabel(new QLabel(this)), m_action(new QComboBox(this)),
      m_fromCheck(new QCheckBox(this)), m_from(new QDateEdit(this)), m_toCheck(new QCheckBox(this)),
      m_to(new QDateEdit(this)), m_verify(new QPushButton(this)), m_verifyResult(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_userLabel->setBuddy(m_user);
    m_actionLabel->setBuddy(m_action);
    m_verifyResult->setWordWrap(true);
    Style::markAsError(m_error);

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);

    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyResult, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(verifyRow);

    loadUsers();
    fillActions();
    retranslateUi();

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_model, &AuditLogModel::loadFailed, m_error, &QLabel::setText);
    applyFilter();
}

void AuditPage::loadUsers()
{
    // Users change while the page exists (added, renamed by re-creation); keep the choice when it still exists.
    const QVariant selected = m_user->currentData();
    const QSignalBlocker blocker(m_user);
    if (m_user->count() == 0) {
        m_user->addItem(QString(), AnyUser);
        m_user->addItem(QString(), qint64{0});
    }
    while (m_user->count() > 2) {
        m_user->removeItem(m_user->count() - 1);
    }
    auto users = m_session->vault().users();
    if (!users) {
        m_error->setText(users.error().message());
        return;
    }
    QHash<qint64, QString> names;
    for (const UserInfo& user : users.value()) {
        m_user->addItem(user.name, user.id);
        names.insert(user.id, user.name);
    }
    m_model->setUserNames(std::move(names));
    m_user->setCurrentIndex(std::max(0, m_user->findData(selected)));
}

void AuditPage::fillActions()
{
    m_action->addItem(QString(), QString());
    m_action->addItem(QString(), QStringLiteral("user."));
    for (const QString& action : AuditActions::known()) {
        m_action->addItem(QString(), action);
    }
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    const qint64 user = m_user->currentData().toLongLong();
    if (user != AnyUser) {
        filter.userId = user;
    }
    filter.action = m_action->currentData().toString();
    if (m_fromCheck->isChecked()) {
        filter.from = m_from->date();
    }
    if (m_toCheck->isChecked()) {
        filter.to = m_to->date();
    }
    m_error->clear();
    m_model->setFilter(filter);
    m_view->resizeColumnsToContents();
}

void AuditPage::verify()
{
    m_verifyResult->setText(tr("Verifying…"));
    m_session->run(
        this, [](Vault& vault) { return vault.verifyAudit(); },
        [this](Result<AuditVerifyReport> result) {
            if (!result) {
                m_verifyResult->setText(result.error().message());
                Dialogs::showError(this, result.error().message());
                return;
            }
            const AuditVerifyReport& report = result.value();
            m_verifyResult->setText(report.message);
            Dialogs::showMessage(this, report.ok ? QMessageBox::Information : QMessageBox::Critical, tr("Audit log"),
                                 report.message);
            // Verifying is itself audited; show the new entry.
            applyFilter();
        });
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fresh entries each time the page is opened: other pages add to the log meanwhile.
    loadUsers();
    applyFilter();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    m_userLabel->setText(tr("&User:"));
    m_actionLabel->setText(tr("&Action:"));
    m_fromCheck->setText(tr("&From"));
    m_toCheck->setText(tr("&To"));
    m_verify->setText(tr("&Verify"));
    m_verify->setToolTip(tr("Checks that no entry was changed, removed or added out of order."));
    m_user->setItemText(0, tr("All users"));
    m_user->setItemText(1, tr("Recovery key or system"));
    m_action->setItemText(0, tr("All actions"));
    m_action->setItemText(1, tr("All user changes"));
    for (int i = 2; i < m_action->count(); ++i) {
        m_action->setItemText(i, AuditActions::displayName(m_action->itemData(i).toString()));
    }
    m_model->retranslate();
}

} // namespace abri::ui
