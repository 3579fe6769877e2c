#pragma once

#include "FormDialog.h"

class QLabel;
class QPlainTextEdit;

namespace abri::ui {

class VaultSession;

// Sets a partner's public key. The pasted text is parsed as it is typed (parsePartnerPublicKey is a pure function,
// cheap enough for every key press), so the fingerprint to read back over the phone, or the reason the text is
// not a key, shows at once; only a key that parses can be saved.
class PartnerKeyDialog final : public FormDialog
{
    Q_OBJECT

public:
    PartnerKeyDialog(VaultSession* session, qint64 partnerId, QWidget* parent = nullptr);

    QPlainTextEdit* keyEdit() const { return m_key; }
    QString fingerprint() const;
    QString parseError() const;

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void keyChanged();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_partnerId;
    QLabel* m_intro;
    QLabel* m_keyLabel;
    QPlainTextEdit* m_key;
    QLabel* m_fingerprintLabel;
    QLabel* m_fingerprint;
    QLabel* m_parseError;
};

} // namespace abri::ui
