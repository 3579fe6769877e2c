#include "Workspace.h"

#include "AccessPage.h"
#include "AuditPage.h"
#include "AuthorityRequestsPage.h"
#include "LedgerPage.h"
#include "MyAccountPage.h"
#include "PartnerPage.h"
#include "PartnersPage.h"
#include "PeoplePage.h"
#include "PersonPage.h"
#include "PreferencesPage.h"
#include "Style.h"
#include "TodayPage.h"
#include "UsersPage.h"
#include "VaultSession.h"
#include "cases/DemoData.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

constexpr int PageRole = Qt::UserRole + 1;
// Most vault calls take a few milliseconds: the busy indicator appears only for the ones people would notice.
constexpr int BusyIndicatorDelayMs = 300;
const char* const AsyncProperty = "asyncVaultAccess";

bool usesOnlyWorker(const QWidget* page)
{
    return page && page->property(AsyncProperty).toBool();
}

} // namespace

Workspace::Workspace(VaultSession* session, bool recoverySession, QWidget* parent)
    : QWidget(parent), m_session(session), m_recovery(recoverySession), m_who(new QLabel(this)),
      m_demoBadge(new QLabel(this)), m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_lock(new QPushButton(this)), m_noticeBar(new QWidget(this)), m_notice(new QLabel(m_noticeBar)),
      m_noticeClose(new QToolButton(m_noticeBar)), m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(160);
    m_nav->setSpacing(2);
    m_who->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(BusyIndicatorDelayMs);
    connect(&m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);

    // Read before any page starts work on the worker.
    m_demo = isDemoVault(session->vault());
    m_demoBadge->setVisible(m_demo);
    m_demoBadge->setAutoFillBackground(true);
    QPalette badge = m_demoBadge->palette();
    badge.setColor(QPalette::Window, QColor(0xb0, 0x3a, 0x00));
    badge.setColor(QPalette::WindowText, Qt::white);
    m_demoBadge->setPalette(badge);
    m_demoBadge->setMargin(4);
    QFont badgeFont = m_demoBadge->font();
    badgeFont.setBold(true);
    m_demoBadge->setFont(badgeFont);

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
    header->addWidget(m_demoBadge);
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

    // A recovery-key session exists to give someone a passphrase again; it reads no case files.
    if (!recoverySession) {
        auto* today = new TodayPage(session, this);
        connect(today, &TodayPage::openPersonRequested, this, &Workspace::openPerson);
        addPage(Page::Today, today);
        auto* people = new PeoplePage(session, this);
        connect(people, &PeoplePage::openPersonRequested, this, &Workspace::openPerson);
        addPage(Page::People, people);
        // Every role reads partners; the page offers changes to coordinators only.
        auto* partners = new PartnersPage(session, this);
        connect(partners, &PartnersPage::openPartnerRequested, this, &Workspace::openPartner);
        addPage(Page::Partners, partners);
        connect(today, &TodayPage::openPartnerRequested, this, &Workspace::openPartner);
    }
    if (session->isCoordinator()) {
        if (!recoverySession) {
            auto* access = new AccessPage(session, this);
            // It reads and saves through the worker only.
            access->setProperty(AsyncProperty, true);
            addPage(Page::Access, access);
            auto* ledger = new LedgerPage(session, this);
            ledger->setProperty(AsyncProperty, true);
            addPage(Page::Ledger, ledger);
            auto* authority = new AuthorityRequestsPage(session, this);
            authority->setProperty(AsyncProperty, true);
            addPage(Page::AuthorityRequests, authority);
        }
        addPage(Page::Users, new UsersPage(session, this));
        addPage(Page::Audit, new AuditPage(session, this));
    }
    if (!recoverySession) {
        addPage(Page::MyAccount, new MyAccountPage(session, this));
    }
    auto* preferences = new PreferencesPage(session, this);
    connect(preferences, &PreferencesPage::autoLockMinutesChanged, this, &Workspace::autoLockMinutesChanged);
    connect(preferences, &PreferencesPage::hideNamesChanged, this, &Workspace::refreshLists);
    addPage(Page::Preferences, preferences);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &Workspace::focusSearch);
    auto* create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &Workspace::newPerson);

    connect(m_nav, &QListWidget::currentRowChanged, this, &Workspace::showRow);
    // A click on the page already selected still leaves an open person file.
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { showRow(m_nav->row(item)); });
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
        if (m_nav->item(row)->data(PageRole).toInt() != static_cast<int>(page)) {
            continue;
        }
        QWidget* widget = m_stack->widget(row);
        if (m_session->isBusy() && !usesOnlyWorker(widget)) {
            // Asked for in code (not by a click): the page is to be usable on return, and it calls the vault on
            // this thread, so let the short tasks on the worker finish and deliver their results first.
            for (int round = 0; round < 10 && m_session->isBusy(); ++round) {
                QThreadPool::globalInstance()->waitForDone(5000);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::FutureCallOut);
            }
        }
        m_nav->setCurrentRow(row);
        showRow(row);
    }
}

void Workspace::showRow(int row)
{
    if (row < 0 || row >= m_nav->count()) {
        return;
    }
    QWidget* widget = m_stack->widget(row);
    if (m_session->isBusy() && !usesOnlyWorker(widget)) {
        // Pages that call the vault on this thread wait until the worker is done; setBusy(false) shows them.
        m_pendingRow = row;
        return;
    }
    m_pendingRow = -1;
    closePerson();
    m_stack->setCurrentIndex(row);
    updateEnabled();
}

void Workspace::openPerson(qint64 personId)
{
    if (personId <= 0) {
        return;
    }
    auto* person = new PersonPage(m_session, personId, this);
    person->setProperty(AsyncProperty, true);
    // Queued: both signals come from inside the page, which is about to be replaced.
    connect(person, &PersonPage::closeRequested, this, &Workspace::closePerson, Qt::QueuedConnection);
    connect(person, &PersonPage::openPersonRequested, this, &Workspace::openPerson, Qt::QueuedConnection);
    showDetail(person);
}

void Workspace::openPartner(qint64 partnerId)
{
    if (partnerId <= 0) {
        return;
    }
    auto* partner = new PartnerPage(m_session, partnerId, this);
    partner->setProperty(AsyncProperty, true);
    connect(partner, &PartnerPage::closeRequested, this, &Workspace::closePartner, Qt::QueuedConnection);
    showDetail(partner);
}

void Workspace::showDetail(QWidget* detail)
{
    if (m_detail) {
        // One file or partner at a time; the new one replaces it and Back still returns to the page it was opened
        // from.
        m_stack->removeWidget(m_detail);
        m_detail->deleteLater();
    }
    m_detail = detail;
    m_stack->addWidget(detail);
    m_stack->setCurrentWidget(detail);
    updateEnabled();
    detail->setFocus(Qt::OtherFocusReason);
}

void Workspace::closePerson()
{
    closeDetail();
}

void Workspace::closePartner()
{
    closeDetail();
}

void Workspace::closeDetail()
{
    if (!m_detail) {
        return;
    }
    QWidget* detail = m_detail;
    m_detail = nullptr;
    const bool wasShown = m_stack->currentWidget() == detail;
    m_stack->removeWidget(detail);
    detail->hide();
    detail->deleteLater();
    if (wasShown) {
        m_stack->setCurrentIndex(std::max(0, m_nav->currentRow()));
        if (QWidget* back = m_stack->currentWidget()) {
            back->setFocus(Qt::OtherFocusReason);
        }
    }
    // What was shown before may have changed while the file was open (a new note, a merged file); Today and
    // Partners read again when they are shown.
    if (auto* people = qobject_cast<PeoplePage*>(page(Page::People)); people && m_stack->currentWidget() == people) {
        people->refresh();
    }
    updateEnabled();
}

PersonPage* Workspace::personPage() const
{
    return qobject_cast<PersonPage*>(m_detail.data());
}

PartnerPage* Workspace::partnerPage() const
{
    return qobject_cast<PartnerPage*>(m_detail.data());
}

void Workspace::focusSearch()
{
    if (auto* people = qobject_cast<PeoplePage*>(page(Page::People))) {
        showPage(Page::People);
        people->focusSearch();
    }
}

void Workspace::newPerson()
{
    if (auto* people = qobject_cast<PeoplePage*>(page(Page::People))) {
        showPage(Page::People);
        people->newPerson();
    }
}

void Workspace::refreshLists()
{
    if (auto* people = qobject_cast<PeoplePage*>(page(Page::People))) {
        people->refresh();
    }
    if (auto* today = qobject_cast<TodayPage*>(page(Page::Today)); today && today->isVisible()) {
        today->refresh();
    }
}

void Workspace::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_noticeBar->setVisible(!text.isEmpty());
}

void Workspace::setBusy(bool busy)
{
    m_busyNow = busy;
    if (busy) {
        m_busyDelay.start();
    } else {
        m_busyDelay.stop();
        m_busy->setVisible(false);
        // A page chosen while the worker ran.
        if (m_pendingRow >= 0) {
            showRow(m_pendingRow);
        }
    }
    updateEnabled();
}

void Workspace::updateEnabled()
{
    // Lock stays available and takes effect when the running task ends. Pages that call the vault on this thread
    // wait; pages that only use the worker stay usable, so typing in a search field is never interrupted.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* widget = m_stack->widget(i);
        widget->setEnabled(!m_busyNow || usesOnlyWorker(widget));
    }
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
        case Page::Today:
            item->setText(tr("Today"));
            break;
        case Page::People:
            item->setText(tr("People"));
            break;
        case Page::Partners:
            item->setText(tr("Partners"));
            break;
        case Page::Access:
            item->setText(tr("Access"));
            break;
        case Page::Ledger:
            item->setText(tr("Disclosure ledger"));
            break;
        case Page::AuthorityRequests:
            item->setText(tr("Authority requests"));
            break;
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
    m_demoBadge->setText(tr("DEMO"));
    m_demoBadge->setToolTip(tr("A demo vault: every person and note in it is fictional."));
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock now (Ctrl+L). In a hurry, press Esc three times."));
    m_noticeClose->setToolTip(tr("Dismiss"));
    m_busy->setToolTip(tr("Working…"));
}

} // namespace abri::ui
