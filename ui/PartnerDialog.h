#pragma once

#include "FormDialog.h"
#include "sharing/SharingTypes.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace abri::ui {

class VaultSession;

// Creates a partner (partnerId 0) or changes one, with every field of PartnerDraft; contact people are rows of an
// editable table. Core validates: its message shows in the dialog, which stays open with everything typed.
class PartnerDialog final : public FormDialog
{
    Q_OBJECT

public:
    enum ContactColumn { ContactName, ContactRole, ContactPhone, ContactChannels, ContactColumnCount };

    PartnerDialog(VaultSession* session, qint64 partnerId, const PartnerDraft& draft, QWidget* parent = nullptr);

    // The partner created or changed, once saved.
    qint64 savedPartnerId() const { return m_savedId; }
    // What the fields hold now, as it would be saved.
    PartnerDraft draft() const;
    QTableWidget* contactsTable() const { return m_contacts; }
    void addContactRow(const PartnerContact& contact = {});

protected:
    void submit() override;
    void changeEvent(QEvent* event) override;

private:
    void removeContactRow();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_partnerId;
    qint64 m_savedId = 0;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_sectorLabel;
    QComboBox* m_sector;
    QLabel* m_servicesLabel;
    QPlainTextEdit* m_services;
    QLabel* m_languagesLabel;
    QLineEdit* m_languages;
    QLabel* m_addressLabel;
    QPlainTextEdit* m_address;
    QLabel* m_hoursLabel;
    QLineEdit* m_hours;
    QLabel* m_contactsLabel;
    QTableWidget* m_contacts;
    QPushButton* m_addContact;
    QPushButton* m_removeContact;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
};

} // namespace abri::ui
