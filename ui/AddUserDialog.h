#pragma once

#include "FormDialog.h"

class QComboBox;
class QLineEdit;

namespace abri::ui {

class PassphraseFields;
class VaultSession;

// Name, role and initial passphrase for a new colleague. Adding derives a key (Argon2id), so it runs on a worker.
class AddUserDialog final : public FormDialog
{
    Q_OBJECT

public:
    AddUserDialog(VaultSession* session, QWidget* parent = nullptr);

Q_SIGNALS:
    void userAdded(qint64 userId);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void updateOk();
    void retranslateUi();

    VaultSession* m_session;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    PassphraseFields* m_passphrase;
};

} // namespace abri::ui
