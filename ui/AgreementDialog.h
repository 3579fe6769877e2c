#pragma once

#include "FormDialog.h"
#include "sharing/SharingTypes.h"

#include <QDate>

#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace abri::ui {

class VaultSession;

// Records a new agreement with a partner (agreementId 0) or changes one. The kind decides which fields show: a
// formal agreement (a signed MOU) has its signing and renewal dates, and its document is attached from the partner
// page; an informal one says who agreed and when. Core validates; its message shows here and nothing typed is lost.
class AgreementDialog final : public FormDialog
{
    Q_OBJECT

public:
    // today: the vault clock's day, the default for new dates.
    AgreementDialog(VaultSession* session, qint64 partnerId, qint64 agreementId, const AgreementDraft& draft,
                    const QDate& today, QWidget* parent = nullptr);

    qint64 savedAgreementId() const { return m_savedId; }
    AgreementDraft draft() const;

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void kindChanged();
    void updateDependentFields();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_partnerId;
    qint64 m_agreementId;
    qint64 m_savedId = 0;
    QDate m_today;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_signedOnLabel;
    QDateEdit* m_signedOn;
    QHBoxLayout* m_renewalRow = nullptr;
    QCheckBox* m_hasRenewal;
    QDateEdit* m_renewalOn;
    QLabel* m_documentNote;
    QLabel* m_agreedByLabel;
    QLineEdit* m_agreedBy;
    QLabel* m_agreedOnLabel;
    QDateEdit* m_agreedOn;
    QLabel* m_categoriesLabel;
    QLabel* m_categoriesNote;
    std::map<Category, QCheckBox*> m_categories;
    QCheckBox* m_conductSigned;
    QDateEdit* m_conductSignedOn;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
};

} // namespace abri::ui
