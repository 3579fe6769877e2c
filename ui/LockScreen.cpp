#include "LockScreen.h"

#include "Background.h"
#include "RecoveryUnlockForm.h"
#include "Style.h"
#include "UiSettings.h"
#include "cases/DemoData.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace abri::ui {

LockScreen::LockScreen(const QString& vaultPath, const UiOptions& options, QWidget* parent)
    : QWidget(parent), m_path(vaultPath), m_options(options), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_notice(new QLabel(this)), m_demoBadge(new QLabel(this)), m_demoInfo(new QLabel(this)),
      m_passphraseForm(new QWidget(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_passphraseLabel(new QLabel(this)), m_passphrase(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_unlock(new QPushButton(this)), m_countdown(new QLabel(this)), m_error(new QLabel(this)),
      m_useRecoveryKey(new QPushButton(this)), m_openAnother(new QPushButton(this)),
      m_recoveryForm(new RecoveryUnlockForm(this)), m_progress(new QProgressBar(this)),
      m_progressLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_remember->setObjectName(QStringLiteral("rememberNameCheck"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_useRecoveryKey->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    m_openAnother->setObjectName(QStringLiteral("openAnotherVaultButton"));
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoInfo->setObjectName(QStringLiteral("demoInfo"));

    // Known from this computer's settings, before anything is decrypted: the wizard made this folder as a demo.
    m_demo = UiSettings::isDemoVaultPath(vaultPath) && Vault::looksLikeVault(vaultPath);
    m_demoBadge->setVisible(m_demo);
    m_demoInfo->setVisible(m_demo);
    m_demoBadge->setAlignment(Qt::AlignCenter);
    m_demoBadge->setAutoFillBackground(true);
    QPalette badge = m_demoBadge->palette();
    badge.setColor(QPalette::Window, QColor(0xb0, 0x3a, 0x00));
    badge.setColor(QPalette::WindowText, Qt::white);
    m_demoBadge->setPalette(badge);
    m_demoBadge->setMargin(4);
    QFont badgeFont = m_demoBadge->font();
    badgeFont.setBold(true);
    m_demoBadge->setFont(badgeFont);
    m_demoInfo->setWordWrap(true);
    m_demoInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_demoInfo, &QLabel::linkActivated, this, [this](const QString& link) {
        // A demo user's name, chosen from the list: fill it in and go on to the passphrase.
        const QStringList names = demoUserNames();
        const int index = link.toInt();
        if (index >= 0 && index < names.size()) {
            m_name->setText(names.at(index));
            m_passphrase->setFocus();
        }
    });

    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/abri.svg")).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    Style::markAsHeading(m_title, 1.6);
    m_title->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    Style::markAsError(m_error);
    m_countdown->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_name->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_nameLabel->setBuddy(m_name);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_unlock->setDefault(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    m_progressLabel->setAlignment(Qt::AlignCenter);
    // Secondary ways out, drawn as links so Unlock stays the obvious action.
    for (QPushButton* link : {m_useRecoveryKey, m_openAnother}) {
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        QPalette palette = link->palette();
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
        link->setPalette(palette);
    }

    const QString remembered = UiSettings::rememberedName();
    m_name->setText(remembered);
    m_remember->setChecked(!remembered.isEmpty());

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_remember);
    auto* unlockRow = new QHBoxLayout;
    unlockRow->addWidget(m_countdown, 1);
    unlockRow->addWidget(m_unlock);
    auto* passphraseLayout = new QVBoxLayout(m_passphraseForm);
    passphraseLayout->setContentsMargins(0, 0, 0, 0);
    passphraseLayout->addLayout(form);
    passphraseLayout->addWidget(m_error);
    passphraseLayout->addLayout(unlockRow);
    m_recoveryForm->setVisible(false);

    auto* links = new QHBoxLayout;
    links->addWidget(m_useRecoveryKey);
    links->addStretch();
    links->addWidget(m_openAnother);

    // A fixed width lets the wrapped texts compute their height; a centred column reads better than a full-width
    // form on a large screen.
    auto* panel = new QWidget(this);
    panel->setFixedWidth(std::max(460, fontMetrics().averageCharWidth() * 62));
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_icon);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_demoBadge);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_notice);
    panelLayout->addWidget(m_demoInfo);
    panelLayout->addWidget(m_passphraseForm);
    panelLayout->addWidget(m_recoveryForm);
    panelLayout->addWidget(m_progress);
    panelLayout->addWidget(m_progressLabel);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(links);

    auto* outer = new QGridLayout(this);
    outer->setRowStretch(0, 2);
    outer->setRowStretch(2, 3);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->addWidget(panel, 1, 1);

    setTabOrder(m_name, m_passphrase);
    setTabOrder(m_passphrase, m_remember);
    setTabOrder(m_remember, m_unlock);
    setTabOrder(m_unlock, m_useRecoveryKey);
    setTabOrder(m_useRecoveryKey, m_openAnother);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_name, &QLineEdit::returnPressed, m_passphrase, qOverload<>(&QWidget::setFocus));
    connect(m_useRecoveryKey, &QPushButton::clicked, this, [this] { showRecoveryForm(true); });
    connect(m_recoveryForm, &RecoveryUnlockForm::backRequested, this, [this] { showRecoveryForm(false); });
    connect(m_recoveryForm, &RecoveryUnlockForm::unlockRequested, this, &LockScreen::unlockWithRecoveryKey);
    connect(m_openAnother, &QPushButton::clicked, this, &LockScreen::openAnotherVaultRequested);
    connect(&m_countdownTimer, &QTimer::timeout, this, &LockScreen::updateCountdown);
    m_countdownTimer.start(1000);
    retranslateUi();
    updateCountdown();
}

std::unique_ptr<Vault> LockScreen::takeVault()
{
    return std::move(m_vault);
}

void LockScreen::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LockScreen::showRecoveryForm(bool show)
{
    m_recoveryForm->reset();
    m_passphraseForm->setVisible(!show);
    m_recoveryForm->setVisible(show);
    m_useRecoveryKey->setVisible(!show);
    (show ? static_cast<QWidget*>(m_recoveryForm) : m_passphrase)->setFocus();
}

void LockScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    (m_name->text().isEmpty() ? m_name : m_passphrase)->setFocus();
}

void LockScreen::unlock()
{
    if (m_busy || !m_unlock->isEnabled()) {
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Type your name."));
        m_name->setFocus();
        return;
    }
    QString text = m_passphrase->text();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(text));
    wipeString(text);
    m_passphrase->clear();
    const QString path = m_path;
    const Vault::Options options = m_options.vault;
    setBusy(true);
    runInBackground(
        this, [path, name, passphrase, options] { return Vault::unlock(path, name, *passphrase, options); },
        [this, name](Result<std::unique_ptr<Vault>> result) {
            if (result) {
                if (m_remember->isChecked()) {
                    UiSettings::rememberName(name);
                } else {
                    UiSettings::forgetName();
                }
            }
            finishUnlock(std::move(result), false);
        });
}

void LockScreen::unlockWithRecoveryKey()
{
    if (m_busy) {
        return;
    }
    auto key = std::make_shared<QString>(m_recoveryForm->takeKey());
    const QString path = m_path;
    const Vault::Options options = m_options.vault;
    setBusy(true);
    runInBackground(
        this,
        [path, key, options] {
            auto result = Vault::unlockWithRecoveryKey(path, *key, options);
            wipeString(*key);
            return result;
        },
        [this](Result<std::unique_ptr<Vault>> result) { finishUnlock(std::move(result), true); });
}

void LockScreen::finishUnlock(Result<std::unique_ptr<Vault>> result, bool recovery)
{
    setBusy(false);
    if (!result) {
        if (recovery) {
            m_recoveryForm->setError(result.error().message());
        } else {
            m_error->setText(result.error().message());
        }
        updateCountdown();
        return;
    }
    m_vault = std::move(result.value());
    Q_EMIT unlocked(recovery);
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_name->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_useRecoveryKey->setEnabled(!busy);
    m_openAnother->setEnabled(!busy);
    m_recoveryForm->setBusy(busy);
    if (busy) {
        m_error->clear();
    }
    updateCountdown();
    if (!busy && !m_passphraseForm->isHidden()) {
        m_passphrase->setFocus();
    }
}

void LockScreen::updateCountdown()
{
    const qint64 seconds = m_busy ? 0 : Vault::secondsUntilNextAttempt(m_path, m_options.vault);
    m_unlock->setEnabled(!m_busy && seconds <= 0);
    m_countdown->setText(seconds > 0 ? tr("Too many failed attempts. You can try again in %n second(s).", nullptr,
                                          static_cast<int>(seconds))
                                     : QString());
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("Locked"));
    m_nameLabel->setText(tr("&Name:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_remember->setText(tr("R&emember my name on this computer"));
    m_remember->setToolTip(tr("Anyone who uses this computer will see the name. Leave unticked on a shared "
                              "computer."));
    m_unlock->setText(tr("&Unlock"));
    m_useRecoveryKey->setText(tr("Use the &recovery key"));
    m_openAnother->setText(tr("&Open another vault"));
    m_progressLabel->setText(tr("Unlocking…"));
    if (m_demo) {
        m_demoBadge->setText(tr("DEMO"));
        QStringList users;
        const QStringList names = demoUserNames();
        for (int i = 0; i < names.size(); ++i) {
            users << QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(names.at(i).toHtmlEscaped());
        }
        m_demoInfo->setText(tr("A demo vault: every person and note in it is fictional. Unlock as any of these "
                               "users (one per role): %1. Passphrase for all: <b>%2</b>")
                                .arg(users.join(QStringLiteral(", ")), demoPassphrase().toHtmlEscaped()));
    }
    updateCountdown();
}

} // namespace abri::ui
