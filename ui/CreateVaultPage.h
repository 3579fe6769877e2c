#pragma once

#include "UiOptions.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace abri::ui {

class FolderField;
class PassphraseFields;

// Folder, organisation, first coordinator and passphrase. "Create vault" runs Vault::create (Argon2id) on a
// worker thread behind a busy indicator; the wizard moves on to the recovery key when it succeeds.
class CreateVaultPage final : public QWizardPage
{
    Q_OBJECT

public:
    CreateVaultPage(const UiOptions& options, QWidget* parent = nullptr);

    QString vaultPath() const;
    bool isCreated() const { return m_created; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void created(const QString& recoveryKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void startCreating();
    void setBusy(bool busy);
    void retranslateUi();

    UiOptions m_options;
    FolderField* m_folder;
    QLabel* m_folderLabel;
    QLabel* m_organisationLabel;
    QLabel* m_userLabel;
    QLineEdit* m_organisation;
    QLineEdit* m_user;
    PassphraseFields* m_passphrase;
    QProgressBar* m_progress;
    QLabel* m_status;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace abri::ui
