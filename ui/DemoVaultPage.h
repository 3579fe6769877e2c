#pragma once

#include "UiOptions.h"

#include <QTimer>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace abri::ui {

// "Open a demo vault": a throwaway vault full of fictional people and notes, made in Abri's data folder on a
// worker thread with a progress bar and a Cancel button. The wizard then shows its lock screen, which lists the
// demo users and their passphrase (the data is fictional, so they are no secret).
class DemoVaultPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Size { Small, Large };
    struct SizeChoice
    {
        int people;
        int notes;
    };
    static SizeChoice sizeOf(Size size);

    DemoVaultPage(const UiOptions& options, QWidget* parent = nullptr);

    Size size() const;
    void setSize(Size size);
    // Where the demo vault goes: a folder next to the default vault, never one that holds a real vault.
    static QString demoFolder();
    QString vaultPath() const { return m_path; }
    bool isCreated() const { return m_created; }
    bool isBusy() const { return m_busy; }
    void cancel();

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    void startCreating();
    void updateProgress();
    void setBusy(bool busy);
    void retranslateUi();

    UiOptions m_options;
    QLabel* m_intro;
    QRadioButton* m_small;
    QRadioButton* m_large;
    QLabel* m_largeNote;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QTimer m_progressTimer;
    std::shared_ptr<Progress> m_running;
    QString m_path;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace abri::ui
