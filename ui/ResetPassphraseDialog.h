#pragma once

#include "FormDialog.h"

namespace abri::ui {

class PassphraseFields;
class VaultSession;

// A coordinator sets a new passphrase for a colleague who forgot theirs (or, after a recovery unlock, for a
// coordinator). Runs on a worker, as it derives a key.
class ResetPassphraseDialog final : public FormDialog
{
    Q_OBJECT

public:
    ResetPassphraseDialog(VaultSession* session, qint64 userId, const QString& userName, QWidget* parent = nullptr);

Q_SIGNALS:
    void passphraseReset(qint64 userId);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_userId;
    QString m_userName;
    QLabel* m_intro;
    PassphraseFields* m_passphrase;
};

} // namespace abri::ui
