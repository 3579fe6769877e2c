#include "TodayPage.h"

#include "ItemRoles.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"
#include "sharing/Partners.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

QTreeWidget* makeList(QWidget* parent, const QString& objectName, int columns = 3)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(0, 200);
    list->setColumnWidth(1, 200);
    return list;
}

QLabel* makeEmptyLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

QString personText(const QString& displayName, const QString& code)
{
    // displayName is the code itself when the name is hidden.
    return displayName == code ? code : TodayPage::tr("%1 (%2)").arg(displayName, code);
}

} // namespace

// Every list from one task, read for the same day.
struct TodayPage::Lists
{
    quint64 generation = 0;
    QDate today;
    Result<std::vector<FollowUp>> followUps = std::vector<FollowUp>{};
    Result<std::vector<ExpiringConsent>> consents = std::vector<ExpiringConsent>{};
    Result<std::vector<LapsingAgreement>> agreements = std::vector<LapsingAgreement>{};
};

TodayPage::TodayPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_followUpHeading(new QLabel(this)),
      m_followUps(makeList(this, QStringLiteral("followUpList"))),
      m_followUpEmpty(makeEmptyLabel(this, QStringLiteral("followUpEmpty"))), m_consentHeading(new QLabel(this)),
      m_consents(makeList(this, QStringLiteral("consentList"))),
      m_consentEmpty(makeEmptyLabel(this, QStringLiteral("consentEmpty"))), m_agreementHeading(new QLabel(this)),
      m_agreements(makeList(this, QStringLiteral("agreementList"), 4)),
      m_agreementEmpty(makeEmptyLabel(this, QStringLiteral("agreementEmpty"))), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("todayPage"));
    // Every vault call here goes through the worker: the workspace keeps this page usable while one runs.
    setProperty("asyncVaultAccess", true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_intro->setWordWrap(true);
    Style::markAsHeading(m_followUpHeading, 1.2);
    Style::markAsHeading(m_consentHeading, 1.2);
    Style::markAsHeading(m_agreementHeading, 1.2);
    m_agreements->setColumnWidth(1, 230);
    m_agreements->setColumnWidth(2, 110);
    Style::markAsError(m_error);
    m_error->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_followUpHeading);
    layout->addWidget(m_followUpEmpty);
    layout->addWidget(m_followUps, 1);
    layout->addSpacing(8);
    layout->addWidget(m_consentHeading);
    layout->addWidget(m_consentEmpty);
    layout->addWidget(m_consents, 1);
    layout->addSpacing(8);
    layout->addWidget(m_agreementHeading);
    layout->addWidget(m_agreementEmpty);
    layout->addWidget(m_agreements, 1);
    layout->addWidget(m_error);

    connect(m_followUps, &QTreeWidget::itemActivated, this, &TodayPage::openItem);
    connect(m_consents, &QTreeWidget::itemActivated, this, &TodayPage::openItem);
    connect(m_agreements, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item) {
            Q_EMIT openPartnerRequested(item->data(0, IdRole).toLongLong());
        }
    });
    retranslateUi();
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Follow-ups are done and consents added on other pages meanwhile, and the day may have changed.
    refresh();
}

void TodayPage::refresh()
{
    const quint64 generation = ++m_generation;
    const qint64 userId = m_session->vault().currentUser().id;
    m_session->run(
        this,
        [generation, userId](Vault& vault) {
            CaseFiles cases(vault);
            Lists lists;
            lists.generation = generation;
            lists.today = vault.clock().nowUtc().toLocalTime().date();
            lists.followUps = cases.followUpsDue(lists.today, userId);
            lists.consents = cases.consentsExpiring(ConsentDays);
            // Every role reads partners: whoever refers someone must know an agreement is about to end.
            lists.agreements = Partners(vault).agreementsLapsing(LapsingDays);
            return lists;
        },
        [this](Lists lists) { showLists(std::move(lists)); });
}

void TodayPage::showLists(Lists lists)
{
    if (lists.generation != m_generation) {
        return;
    }
    m_today = lists.today;
    QStringList errors;
    m_followUps->clear();
    if (lists.followUps) {
        for (const FollowUp& followUp : lists.followUps.value()) {
            auto* item = new QTreeWidgetItem(m_followUps);
            const qint64 late = followUp.due.daysTo(m_today);
            item->setText(0, late > 0 ? tr("%1 (%n day(s) late)", nullptr, static_cast<int>(late))
                                            .arg(QLocale().toString(followUp.due, QLocale::ShortFormat))
                                      : tr("Today"));
            item->setText(1, personText(followUp.personDisplayName, followUp.personCode));
            item->setText(2, followUp.title);
            item->setData(0, IdRole, followUp.personId);
            item->setData(0, RawValueRole, followUp.due);
            if (late > 0) {
                QFont font = item->font(0);
                font.setBold(true);
                item->setFont(0, font);
            }
        }
    } else {
        errors << lists.followUps.error().message();
    }
    m_consents->clear();
    if (lists.consents) {
        for (const ExpiringConsent& expiring : lists.consents.value()) {
            const Consent& consent = expiring.consent;
            auto* item = new QTreeWidgetItem(m_consents);
            item->setText(0, QLocale().toString(consent.expiresOn, QLocale::ShortFormat));
            item->setText(1, personText(expiring.personDisplayName, expiring.personCode));
            item->setText(2, consent.recipient.isEmpty() ? consentScopeDisplayName(consent.scope)
                                                         : tr("%1: %2").arg(consentScopeDisplayName(consent.scope),
                                                                            consentRecipientDisplayName(consent)));
            item->setData(0, IdRole, consent.personId);
            item->setData(0, RawValueRole, consent.expiresOn);
        }
    } else {
        errors << lists.consents.error().message();
    }
    m_agreements->clear();
    if (lists.agreements) {
        for (const LapsingAgreement& lapsing : lists.agreements.value()) {
            const Agreement& agreement = lapsing.agreement;
            auto* item = new QTreeWidgetItem(m_agreements);
            item->setText(0, agreement.partnerName);
            item->setText(1, agreementStatusDisplayName(lapsing.status));
            item->setText(2, QLocale().toString(agreement.renewalOn, QLocale::ShortFormat));
            const int left = static_cast<int>(m_today.daysTo(agreement.renewalOn));
            if (agreement.renewalOn.isValid()) {
                item->setText(3, left > 0    ? tr("%n day(s) left", nullptr, left)
                                 : left == 0 ? tr("Ends today")
                                             : tr("Ended %n day(s) ago", nullptr, -left));
            }
            item->setData(0, IdRole, agreement.partnerId);
            item->setData(0, RawValueRole, agreement.renewalOn);
            if (lapsing.status == AgreementStatus::Lapsed) {
                QFont font = item->font(3);
                font.setBold(true);
                item->setFont(3, font);
            }
        }
    } else {
        errors << lists.agreements.error().message();
    }
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_followUps->setVisible(m_followUps->topLevelItemCount() > 0);
    m_followUpEmpty->setVisible(m_followUps->topLevelItemCount() == 0 && lists.followUps.ok());
    m_consents->setVisible(m_consents->topLevelItemCount() > 0);
    m_consentEmpty->setVisible(m_consents->topLevelItemCount() == 0 && lists.consents.ok());
    m_agreements->setVisible(m_agreements->topLevelItemCount() > 0);
    m_agreementEmpty->setVisible(m_agreements->topLevelItemCount() == 0 && lists.agreements.ok());
    m_loaded = true;
}

void TodayPage::openItem(QTreeWidgetItem* item)
{
    if (item) {
        Q_EMIT openPersonRequested(item->data(0, IdRole).toLongLong());
    }
}

void TodayPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TodayPage::retranslateUi()
{
    m_intro->setText(tr("What needs doing: your follow-ups that are due, consents that run out soon, and agreements "
                        "with partners that lapse. Press Enter or double-click a row to open the person or the "
                        "partner."));
    m_followUpHeading->setText(tr("My follow-ups due"));
    m_followUpEmpty->setText(tr("Nothing is due. Follow-ups you own appear here on their due date; add one on the "
                                "Timeline of a person."));
    m_consentHeading->setText(tr("Consents expiring within %n day(s)", nullptr, ConsentDays));
    m_consentEmpty->setText(tr("No consent runs out in the next %n day(s).", nullptr, ConsentDays));
    m_agreementHeading->setText(tr("Agreements lapsing within %n day(s)", nullptr, LapsingDays));
    m_agreementEmpty->setText(tr("No agreement with a partner lapses in the next %n day(s).", nullptr, LapsingDays));
    m_agreements->setHeaderLabels({tr("Partner"), tr("Status"), tr("Renewal date"), tr("Days left")});
    m_followUps->setHeaderLabels({tr("Due"), tr("Person"), tr("Follow-up")});
    m_consents->setHeaderLabels({tr("Expires"), tr("Person"), tr("Consent")});
    // Row texts ("Today", "late") are rebuilt in the new language.
    if (m_loaded && isVisible()) {
        refresh();
    }
}

} // namespace abri::ui
