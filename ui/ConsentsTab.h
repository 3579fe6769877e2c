#pragma once

#include "cases/CaseTypes.h"
#include "sharing/SharingTypes.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace abri::ui {

class VaultSession;

// A person's consents: what they agreed to, with whom, until when, and whether it still holds. Consents are never
// deleted; a consent that no longer holds is revoked on a date, so the record shows what was allowed when.
class ConsentsTab final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        ScopeColumn,
        RecipientColumn,
        PurposeColumn,
        GivenColumn,
        ExpiresColumn,
        RevokedColumn,
        MethodColumn,
        RecordedByColumn,
        ColumnCount
    };

    ConsentsTab(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    void reload();
    void addConsent();
    void revokeSelected();
    bool isLoaded() const { return m_loaded; }
    const std::vector<Consent>& consents() const { return m_consents; }
    QComboBox* recipientCombo() const { return m_recipient; }
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void loaded();
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void present(std::vector<Consent> consents, const QDate& today);
    void updateForm();
    void fillRecipients();
    void updateActions();
    void setBusy(bool busy);
    QString stateText(const Consent& consent) const;
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    std::vector<Consent> m_consents;
    std::vector<PartnerSummary> m_partners;
    QDate m_today;
    bool m_loaded = false;
    bool m_busy = false;

    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_revokeLabel;
    QDateEdit* m_revokeDate;
    QPushButton* m_revoke;
    QLabel* m_listError;

    QGroupBox* m_formBox;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QLabel* m_recipientLabel;
    // Editable: a partner from the list (its id is recorded with the consent) or a typed organisation or sector.
    QComboBox* m_recipient;
    QLabel* m_purposeLabel;
    QLineEdit* m_purpose;
    QLabel* m_givenLabel;
    QDateEdit* m_given;
    QCheckBox* m_hasExpiry;
    QDateEdit* m_expires;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_formError;
    QPushButton* m_add;
};

} // namespace abri::ui
