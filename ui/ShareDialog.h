#pragma once

#include "sharing/SharingTypes.h"

#include <QDate>
#include <QDialog>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace abri::ui {

class VaultSession;

// Shows, before anything leaves, what a document for one person would carry: each field the user ticks is either
// sent (core's gate allowed it) or withheld with core's reason in plain words. The dialog never decides anything
// itself: it asks Sharing::decide on every change and only displays the answer. Print and Save PDF go through
// Sharing::disclose, which records the ledger entry before a document exists; Preview records nothing.
class ShareDialog final : public QDialog
{
    Q_OBJECT

public:
    ShareDialog(VaultSession* session, qint64 personId, DocumentKind kind, QWidget* parent = nullptr);
    ~ShareDialog() override;

    // What the person page already knows: the short code for the header, the languages for the default document
    // language. Both optional.
    void setPerson(const QString& code, const QStringList& languages);
    // Opens on this request from an authority as the recipient (coordinators only; core checks again).
    void presetAuthorityRequest(qint64 requestId);

    // Tests: Save PDF writes this file instead of asking with a file dialog; Print prints to this PDF file
    // instead of asking for a printer.
    void setSaveFileNameForTesting(const QString& fileName);
    void setPrintFileNameForTesting(const QString& fileName);

    bool isLoaded() const { return m_loaded; }
    // A decision is being asked for, or will be once the typing pauses.
    bool isDeciding() const;
    bool isBusy() const { return m_busy; }
    // The last answer of the gate (every field), or nothing while there is none.
    const std::optional<SharingDecision>& decision() const { return m_decision; }
    std::vector<SharedField> checkedFields() const;
    void setFieldChecked(SharedField field, bool checked);
    // Selects a recipient in the list; false when it is not there.
    bool selectRecipient(const Recipient& recipient);
    QString overrideReason() const { return m_override; }

    void preview();
    void print();
    void savePdf();
    void applyOverride();
    void cancelOverride();

Q_SIGNALS:
    // After every answer shown (or error), so a caller can wait for the display to settle.
    void decisionShown();
    // A ledger entry was recorded (even if saving the file failed afterwards).
    void disclosed(qint64 ledgerId);
    // After Preview, Print or Save PDF ended, successfully or not.
    void actionFinished();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct RecipientChoice
    {
        Recipient recipient;
        Sector sector = Sector::Other; // partners
        QString name;                  // partners: the name
    };

    void load();
    void fillRecipients();
    void updateRecipientTexts();
    void fillPurposes();
    void applyDocumentDefaults();
    void scheduleDecide();
    void decideNow();
    void showDecision();
    void updateActions();
    void setBusy(bool busy);
    void setError(const QString& message);
    void setNotice(const QString& message);
    SharingRequest request(bool onlySendable) const;
    DocumentKind documentKind() const;
    QString documentLanguage() const;
    std::optional<RecipientChoice> currentRecipient() const;
    bool needsPurpose() const;
    void savePdfTo(const QString& fileName);
    void printOn(std::shared_ptr<QPrinter> printer);
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    DocumentKind m_initialKind;
    QString m_personCode;
    QStringList m_personLanguages;
    qint64 m_presetAuthority = 0;
    QString m_testSaveFile;
    QString m_testPrintFile;

    std::vector<PartnerSummary> m_partners;
    std::vector<Consent> m_consents;
    std::vector<AuthorityRequest> m_authorityRequests;
    QDate m_today;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_deciding = false;
    int m_generation = 0; // answers to an earlier question are dropped
    std::optional<SharingDecision> m_decision;
    QString m_decideError;
    QString m_override;
    QTimer m_debounce;

    QLabel* m_intro;
    QLabel* m_recipientLabel;
    QComboBox* m_recipient;
    QLabel* m_purposeLabel;
    QComboBox* m_purpose;
    QLabel* m_documentLabel;
    QComboBox* m_document;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_neutral;
    QCheckBox* m_personChose;
    QLabel* m_fieldsLabel;
    QTreeWidget* m_fields;
    QLabel* m_summary;
    QPushButton* m_showOverride;
    QGroupBox* m_overrideBox;
    QLabel* m_overrideWarning;
    QLineEdit* m_overrideReason;
    QPushButton* m_applyOverride;
    QPushButton* m_cancelOverride;
    QLabel* m_overrideState;
    QLabel* m_error;
    QLabel* m_notice;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace abri::ui
