#pragma once

#include <QWizardPage>

class QLabel;

namespace abri::ui {

class FolderField;

// Picks an existing vault folder; Finish is enabled only for a folder that looks like a vault.
class OpenVaultPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OpenVaultPage(QWidget* parent = nullptr);

    QString vaultPath() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateStatus();
    void retranslateUi();

    QLabel* m_folderLabel;
    FolderField* m_folder;
    QLabel* m_status;
};

} // namespace abri::ui
