#pragma once

#include "sharing/SharingTypes.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace abri::ui {

class VaultSession;

// One partner organisation: its details and contact people, its public key (the fingerprint in a monospace font,
// to read aloud), and its agreements with their status in words. Every role reads it; coordinators also see the
// buttons that change it (core checks the role again). Shown in the workspace in place of the list, like a person's
// file; Back returns to where it was opened from.
class PartnerPage final : public QWidget
{
    Q_OBJECT

public:
    // The agreements list's columns.
    enum Column { KindColumn, DatesColumn, CategoriesColumn, ConductColumn, StatusColumn, DocumentColumn };

    PartnerPage(VaultSession* session, qint64 partnerId, QWidget* parent = nullptr);

    qint64 partnerId() const { return m_partnerId; }
    bool isLoaded() const { return m_loaded && !m_loading; }
    const Partner& partner() const { return m_partner; }
    const std::vector<Agreement>& agreements() const { return m_agreements; }
    QTreeWidget* agreementList() const { return m_agreementList; }
    QTreeWidget* contactList() const { return m_contacts; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    void reload();

    // The actions behind the buttons (coordinators only; core refuses the others).
    void editPartner();
    void setKey();
    void removeKey();
    void newAgreement();
    void editAgreement();
    void chooseDocument();
    // Reads the file on the worker and attaches it to the selected agreement.
    void attachDocument(const QString& filePath);
    void viewDocument();
    void selectAgreement(qint64 agreementId);

Q_SIGNALS:
    void closeRequested();
    // The partner or its agreements changed (lists elsewhere may show it).
    void changed();
    // After each load, successful or not.
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded;
    void showLoaded(Loaded loaded);
    void showPartner();
    void showAgreements();
    const Agreement* selectedAgreement() const;
    void updateActions();
    void afterChange();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_partnerId;
    bool m_coordinator;
    Partner m_partner;
    std::vector<Agreement> m_agreements;
    QDate m_today;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_edit;
    QPushButton* m_back;
    QLabel* m_detailsHeading;
    QGridLayout* m_details;
    std::vector<QLabel*> m_detailLabels;
    std::vector<QLabel*> m_detailValues;
    QLabel* m_contactsHeading;
    QTreeWidget* m_contacts;
    QLabel* m_noContacts;
    QLabel* m_keyHeading;
    QLabel* m_keyIntro;
    QLabel* m_fingerprint;
    QPushButton* m_setKey;
    QPushButton* m_removeKey;
    QLabel* m_agreementsHeading;
    QTreeWidget* m_agreementList;
    QLabel* m_noAgreements;
    QPushButton* m_newAgreement;
    QPushButton* m_editAgreement;
    QPushButton* m_attach;
    QPushButton* m_view;
    QLabel* m_error;
};

} // namespace abri::ui
