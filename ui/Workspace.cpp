#include "Workspace.h"

#include "AuditPage.h"
#include "MyAccountPage.h"
#include "PreferencesPage.h"
#include "Style.h"
#include "UsersPage.h"
#include "VaultSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace abri::ui {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
} // namespace

Workspace::Workspace(VaultSession* session, bool recoverySession, QWidget* parent)
    : QWidget(parent), m_session(session), m_recovery(recoverySession), m_who(new QLabel(this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_lock(new QPushButton(this)),
      m_noticeBar(new QWidget(this)), m_notice(new QLabel(m_noticeBar)), m_noticeClose(new QToolButton(m_noticeBar)),
      m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(160);
    m_nav->setSpacing(2);
    m_who->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);

    m_notice->setWordWrap(true);
    m_noticeClose->setAutoRaise(true);
    m_noticeClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_noticeBar->setAutoFillBackground(true);
    m_noticeBar->setBackgroundRole(QPalette::ToolTipBase);
    m_noticeBar->setForegroundRole(QPalette::ToolTipText);
    auto* noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_noticeClose, 0, Qt::AlignTop);
    m_noticeBar->setVisible(false);

    auto* header = new QHBoxLayout;
    header->addWidget(m_who, 1);
    header->addWidget(m_busy);
    header->addWidget(m_lock);

    auto* body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_noticeBar);
    layout->addLayout(body, 1);

    if (session->isCoordinator()) {
        addPage(Page::Users, new UsersPage(session, this));
        addPage(Page::Audit, new AuditPage(session, this));
    }
    if (!recoverySession) {
        addPage(Page::MyAccount, new MyAccountPage(session, this));
    }
    auto* preferences = new PreferencesPage(session, this);
    connect(preferences, &PreferencesPage::autoLockMinutesChanged, this, &Workspace::autoLockMinutesChanged);
    addPage(Page::Preferences, preferences);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_lock, &QPushButton::clicked, this, &Workspace::lockRequested);
    connect(m_noticeClose, &QToolButton::clicked, m_noticeBar, &QWidget::hide);
    connect(session, &VaultSession::busyChanged, this, &Workspace::setBusy);
    m_nav->setCurrentRow(0);
    setTabOrder(m_nav, m_stack);
    retranslateUi();
}

void Workspace::addPage(Page page, QWidget* widget)
{
    auto* item = new QListWidgetItem(m_nav);
    item->setData(PageRole, static_cast<int>(page));
    m_stack->addWidget(widget);
}

bool Workspace::hasPage(Page page) const
{
    return this->page(page) != nullptr;
}

QWidget* Workspace::page(Page page) const
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(PageRole).toInt() == static_cast<int>(page)) {
            return m_stack->widget(row);
        }
    }
    return nullptr;
}

void Workspace::showPage(Page page)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(PageRole).toInt() == static_cast<int>(page)) {
            m_nav->setCurrentRow(row);
        }
    }
}

void Workspace::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_noticeBar->setVisible(!text.isEmpty());
}

void Workspace::setBusy(bool busy)
{
    // Vault calls wait while a worker uses the vault; Lock stays available and takes effect when it ends.
    m_busy->setVisible(busy);
    m_nav->setEnabled(!busy);
    m_stack->setEnabled(!busy);
}

void Workspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void Workspace::retranslateUi()
{
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        switch (static_cast<Page>(item->data(PageRole).toInt())) {
        case Page::Users:
            item->setText(tr("Users"));
            break;
        case Page::Audit:
            item->setText(tr("Audit log"));
            break;
        case Page::MyAccount:
            item->setText(tr("My account"));
            break;
        case Page::Preferences:
            item->setText(tr("Preferences"));
            break;
        }
    }
    if (m_recovery) {
        m_who->setText(tr("Opened with the recovery key"));
    } else {
        const UserInfo& user = m_session->vault().currentUser();
        m_who->setText(tr("%1 · %2").arg(user.name, roleDisplayName(user.role)));
    }
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock now (Ctrl+L). In a hurry, press Esc three times."));
    m_noticeClose->setToolTip(tr("Dismiss"));
    m_busy->setToolTip(tr("Working…"));
}

} // namespace abri::ui
