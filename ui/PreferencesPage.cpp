#include "PreferencesPage.h"

#include "Language.h"
#include "Style.h"
#include "UiSettings.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abri::ui {

PreferencesPage::PreferencesPage(VaultSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_coordinator(session->isCoordinator()), m_languageHeading(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)), m_lockHeading(new QLabel(this)),
      m_autoLockLabel(new QLabel(this)), m_autoLock(new QSpinBox(this)), m_saveAutoLock(new QPushButton(this)),
      m_autoLockInfo(new QLabel(this)), m_autoLockResult(new QLabel(this)), m_keys(new QLabel(this)),
      m_hideNames(new QCheckBox(this)), m_hideNamesInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_saveAutoLock->setObjectName(QStringLiteral("saveAutoLockButton"));
    m_autoLockInfo->setObjectName(QStringLiteral("autoLockInfo"));
    m_autoLockResult->setObjectName(QStringLiteral("autoLockResult"));
    m_hideNames->setObjectName(QStringLiteral("hideNamesCheck"));
    m_hideNamesInfo->setObjectName(QStringLiteral("hideNamesInfo"));
    m_hideNamesInfo->setWordWrap(true);
    // Read here, while the workspace is being built and no worker uses the vault yet.
    m_hideNames->setChecked(!session->vault().isRecoverySession() && CaseFiles(session->vault()).hideNamesForMe());
    m_hideNames->setVisible(!session->vault().isRecoverySession());
    m_hideNamesInfo->setVisible(!session->vault().isRecoverySession());
    Style::markAsHeading(m_languageHeading, 1.2);
    Style::markAsHeading(m_lockHeading, 1.2);
    m_languageLabel->setBuddy(m_language);
    m_autoLockLabel->setBuddy(m_autoLock);
    m_autoLockInfo->setWordWrap(true);
    m_autoLockResult->setWordWrap(true);
    m_keys->setWordWrap(true);

    // Language names stay in their own language, so anyone can find theirs whatever is shown now.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiSettings::language())));

    // Core's bounds: auto-lock cannot be switched off.
    m_autoLock->setRange(1, 240);
    m_autoLock->setValue(session->vault().autoLockMinutes());
    m_autoLock->setVisible(m_coordinator);
    m_saveAutoLock->setVisible(m_coordinator);
    m_autoLockLabel->setVisible(m_coordinator);

    auto* languageForm = new QFormLayout;
    languageForm->addRow(m_languageLabel, m_language);
    auto* autoLockRow = new QHBoxLayout;
    autoLockRow->addWidget(m_autoLock);
    autoLockRow->addWidget(m_saveAutoLock);
    autoLockRow->addStretch();
    auto* lockForm = new QFormLayout;
    lockForm->addRow(m_autoLockLabel, autoLockRow);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_languageHeading);
    layout->addLayout(languageForm);
    layout->addSpacing(16);
    layout->addWidget(m_lockHeading);
    layout->addLayout(lockForm);
    layout->addWidget(m_autoLockInfo);
    layout->addWidget(m_autoLockResult);
    layout->addSpacing(8);
    layout->addWidget(m_hideNames);
    layout->addWidget(m_hideNamesInfo);
    layout->addSpacing(8);
    layout->addWidget(m_keys);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(panel);
    outer->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesPage::applyLanguage);
    connect(m_saveAutoLock, &QPushButton::clicked, this, &PreferencesPage::saveAutoLock);
    connect(m_hideNames, &QCheckBox::toggled, this, &PreferencesPage::setHideNames);
    retranslateUi();
}

void PreferencesPage::applyLanguage()
{
    const QString language = m_language->currentData().toString();
    UiSettings::setLanguage(language);
    Language::apply(language);
}

void PreferencesPage::saveAutoLock()
{
    const Status status = m_session->vault().setAutoLockMinutes(m_autoLock->value());
    if (!status) {
        m_autoLockResult->setText(status.error().message());
        m_autoLock->setValue(m_session->vault().autoLockMinutes());
        return;
    }
    m_autoLockResult->setText(tr("Saved. It applies to everyone who uses this vault."));
    Q_EMIT autoLockMinutesChanged(m_session->vault().autoLockMinutes());
}

void PreferencesPage::setHideNames(bool hide)
{
    m_hideNames->setEnabled(false);
    m_session->run(
        this, [hide](Vault& vault) { return CaseFiles(vault).setHideNamesForMe(hide); },
        [this, hide](Status status) {
            const QSignalBlocker blocker(m_hideNames);
            m_hideNames->setEnabled(true);
            if (!status) {
                m_hideNames->setChecked(!hide);
                m_hideNamesInfo->setText(status.error().message());
                return;
            }
            m_hideNamesInfo->setText(hide ? tr("Lists now show codes instead of names.")
                                          : tr("Lists now show names again, except for people whose file hides "
                                               "theirs."));
            Q_EMIT hideNamesChanged(hide);
        });
}

void PreferencesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PreferencesPage::retranslateUi()
{
    m_languageHeading->setText(tr("On this computer"));
    m_languageLabel->setText(tr("La&nguage:"));
    m_language->setItemText(0, tr("System default"));
    m_lockHeading->setText(tr("For this vault"));
    m_autoLockLabel->setText(tr("Lock &after:"));
    m_autoLock->setSuffix(tr(" min without use"));
    m_saveAutoLock->setText(tr("&Save"));
    const int minutes = m_session->vault().autoLockMinutes();
    m_autoLockInfo->setText(m_coordinator ? tr("Abri locks by itself after this many minutes without use, for "
                                               "everyone who uses this vault (1 to 240).")
                                          : tr("Abri locks after %n minute(s) without use. A coordinator can "
                                               "change this.",
                                               nullptr, minutes));
    m_hideNames->setText(tr("&Hide names in lists (show codes only)"));
    m_hideNames->setToolTip(tr("For work in public places: lists, search results and the Today page show each "
                               "person's code instead of their name. Only for you, on every computer."));
    m_hideNamesInfo->setText(tr("For work in public places. This applies only to you."));
    m_keys->setText(tr("Ctrl+L locks at once. In a hurry, press Esc three times quickly: Abri locks and clears "
                       "the screen. Abri also locks when the computer sleeps or its screen locks."));
}

} // namespace abri::ui
