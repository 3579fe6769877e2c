#pragma once

#include "FormDialog.h"
#include "vault/Role.h"

class QComboBox;

namespace abri::ui {

class VaultSession;

// Picks a new role for a user; core refuses to demote the last active coordinator.
class ChangeRoleDialog final : public FormDialog
{
    Q_OBJECT

public:
    ChangeRoleDialog(VaultSession* session, qint64 userId, const QString& userName, Role current,
                     QWidget* parent = nullptr);

Q_SIGNALS:
    void roleChanged(qint64 userId);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_userId;
    QString m_userName;
    QLabel* m_intro;
    QLabel* m_roleLabel;
    QComboBox* m_role;
};

} // namespace abri::ui
