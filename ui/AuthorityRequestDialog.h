#pragma once

#include "FormDialog.h"
#include "sharing/SharingTypes.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace abri::ui {

class VaultSession;

// Records a request from the police, a court or an official, or changes one: who asked, when, on what legal basis,
// what for, about whom (by short code), what was decided and whether the person was told. Core validates and
// audits; a refusal keeps what was typed.
class AuthorityRequestDialog final : public FormDialog
{
    Q_OBJECT

public:
    // A new request.
    explicit AuthorityRequestDialog(VaultSession* session, QWidget* parent = nullptr);
    // Changes an existing one.
    AuthorityRequestDialog(VaultSession* session, const AuthorityRequest& existing, QWidget* parent = nullptr);

    qint64 requestId() const { return m_requestId; }

Q_SIGNALS:
    void saved(qint64 requestId);

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    void load(const AuthorityRequestDraft& draft, const QString& personCode);
    AuthorityRequestDraft draft() const;
    void updateForm();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_requestId = 0;
    QLabel* m_intro;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_requesterLabel;
    QLineEdit* m_requester;
    QLabel* m_receivedLabel;
    QDateEdit* m_received;
    QLabel* m_basisLabel;
    QLineEdit* m_basis;
    QLabel* m_requestedLabel;
    QPlainTextEdit* m_requested;
    QLabel* m_personLabel;
    QLineEdit* m_personCode;
    QLabel* m_decisionLabel;
    QComboBox* m_decision;
    QLabel* m_decidedLabel;
    QDateEdit* m_decided;
    QCheckBox* m_told;
    QDateEdit* m_toldOn;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
};

} // namespace abri::ui
