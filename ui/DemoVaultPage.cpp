#include "DemoVaultPage.h"

#include "Background.h"
#include "UiSettings.h"
#include "cases/DemoData.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace abri::ui {

DemoVaultPage::SizeChoice DemoVaultPage::sizeOf(Size size)
{
    return size == Size::Large ? SizeChoice{100'000, 1'000'000} : SizeChoice{2'000, 20'000};
}

DemoVaultPage::DemoVaultPage(const UiOptions& options, QWidget* parent)
    : QWizardPage(parent), m_options(options), m_intro(new QLabel(this)), m_small(new QRadioButton(this)),
      m_large(new QRadioButton(this)), m_largeNote(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)), m_status(new QLabel(this))
{
    m_small->setObjectName(QStringLiteral("demoSmallRadio"));
    m_large->setObjectName(QStringLiteral("demoLargeRadio"));
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_cancel->setObjectName(QStringLiteral("demoCancelButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_intro->setWordWrap(true);
    m_largeNote->setWordWrap(true);
    m_largeNote->setIndent(24);
    m_status->setWordWrap(true);
    m_small->setChecked(true);
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    m_cancel->setVisible(false);

    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_progress, 1);
    cancelRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_small);
    layout->addWidget(m_large);
    layout->addWidget(m_largeNote);
    layout->addStretch();
    layout->addLayout(cancelRow);
    layout->addWidget(m_status);

    setCommitPage(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &DemoVaultPage::updateProgress);
    connect(m_cancel, &QPushButton::clicked, this, &DemoVaultPage::cancel);
    retranslateUi();
}

DemoVaultPage::Size DemoVaultPage::size() const
{
    return m_large->isChecked() ? Size::Large : Size::Small;
}

void DemoVaultPage::setSize(Size size)
{
    (size == Size::Large ? m_large : m_small)->setChecked(true);
}

QString DemoVaultPage::demoFolder()
{
    const QDir parent = QFileInfo(Vault::defaultPath()).absoluteDir();
    // The demo made before is thrown away and made again; a folder that is not ours is never touched.
    for (int i = 1;; ++i) {
        const QString candidate =
            parent.filePath(i == 1 ? QStringLiteral("demo.abri") : QStringLiteral("demo-%1.abri").arg(i));
        if (!QFileInfo::exists(candidate) || UiSettings::isDemoVaultPath(candidate)) {
            return candidate;
        }
    }
}

bool DemoVaultPage::isComplete() const
{
    return !m_busy && !m_created;
}

bool DemoVaultPage::validatePage()
{
    if (m_created) {
        return true;
    }
    // QWizard wants an answer now; the wizard finishes from the worker's result instead.
    if (!m_busy) {
        startCreating();
    }
    return false;
}

void DemoVaultPage::startCreating()
{
    const QString path = demoFolder();
    if (QFileInfo::exists(path)) {
        // Only ever the previous demo (demoFolder checks): fictional data, thrown away on purpose.
        if (!QDir(path).removeRecursively()) {
            m_status->setText(tr("The previous demo vault in %1 could not be removed. Remove it and try again.")
                                  .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    UiSettings::setDemoVaultPath({});
    const SizeChoice choice = sizeOf(size());
    DemoOptions demo;
    demo.people = choice.people;
    demo.notes = choice.notes;
    const Vault::Options options = m_options.vault;
    auto progress = std::make_shared<Progress>();
    m_running = progress;
    m_path = path;
    setBusy(true);
    runInBackground(
        this,
        [path, demo, options, progress] {
            auto created = createDemoVault(path, demo, options, [progress](qint64 done, qint64 total) {
                progress->done = done;
                progress->total = total;
                return !progress->cancelled.load();
            });
            if (created) {
                // Nothing stays unlocked behind the wizard: the lock screen opens it as any vault.
                created.value().vault->lock();
                created.value().vault.reset();
                wipeString(created.value().recoveryKey);
            }
            return created ? Status{} : Status(created.error());
        },
        [this, progress](Status status) {
            if (progress != m_running) {
                return;
            }
            m_running.reset();
            setBusy(false);
            if (!status) {
                m_status->setText(status.error().code() == ErrorCode::Cancelled
                                      ? tr("Cancelled. No demo vault was made.")
                                      : status.error().message());
                return;
            }
            UiSettings::setDemoVaultPath(m_path);
            m_created = true;
            wizard()->accept();
        });
}

void DemoVaultPage::cancel()
{
    if (m_running) {
        m_running->cancelled = true;
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void DemoVaultPage::updateProgress()
{
    if (!m_running) {
        return;
    }
    const qint64 total = m_running->total.load();
    const qint64 done = m_running->done.load();
    if (total > 0) {
        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
    }
}

void DemoVaultPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_small->setEnabled(!busy);
    m_large->setEnabled(!busy);
    if (busy) {
        m_progressTimer.start();
        m_status->setText(size() == Size::Large ? tr("Making the demo vault… This takes several minutes.")
                                                : tr("Making the demo vault…"));
    } else {
        m_progressTimer.stop();
        m_status->clear();
    }
    Q_EMIT completeChanged();
    if (QAbstractButton* back = wizard() ? wizard()->button(QWizard::BackButton) : nullptr) {
        back->setEnabled(!busy);
    }
}

void DemoVaultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DemoVaultPage::retranslateUi()
{
    setTitle(tr("Open a demo vault"));
    setSubTitle(tr("A throwaway vault full of fictional people and notes, to try Abri safely."));
    m_intro->setText(tr("Everything in it is made up, and it is marked DEMO everywhere. It is made in Abri's data "
                        "folder and has one user per role; the lock screen shows their names and passphrase. "
                        "Never record real people in it."));
    const SizeChoice small = sizeOf(Size::Small);
    const SizeChoice large = sizeOf(Size::Large);
    m_small->setText(tr("&Small: %L1 people, %L2 notes").arg(small.people).arg(small.notes));
    m_large->setText(tr("&Large: %L1 people, %L2 notes").arg(large.people).arg(large.notes));
    m_largeNote->setText(tr("To see how Abri copes with a big organisation. Making it takes several minutes."));
    m_cancel->setText(tr("&Stop"));
    setButtonText(QWizard::CommitButton, tr("&Make the demo vault"));
}

} // namespace abri::ui
