#pragma once

#include "cases/CaseTypes.h"

#include <QWidget>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace abri::ui {

class VaultSession;

// The person file as the current user may see it, in one editable form: the profile every role sees, then one
// group per category. Core decides what is restricted (the group says so and offers to break the glass) and what
// is only readable (the group is shown read-only). A failed save keeps every field as typed.
class PersonOverviewTab final : public QWidget
{
    Q_OBJECT

public:
    PersonOverviewTab(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    // keepEdits: after a break of the glass, fill only the parts that just opened and keep what was typed.
    void reload(bool keepEdits = false);
    void save();
    bool isLoaded() const { return m_loaded; }
    const PersonFile& file() const { return m_file; }
    // The group of a category (object name "group_<categoryId>"), for tests and keyboard focus.
    QGroupBox* groupOf(Category category) const;

Q_SIGNALS:
    void loaded(const abri::PersonFile& file, bool hideNamesForMe);
    void saved();
    // The user opened a restricted category: everything showing this person should reload.
    void glassBroken();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded;
    struct Group
    {
        Category category = Category::Identity;
        QGroupBox* box = nullptr;
        QWidget* content = nullptr;
        QWidget* restrictedPanel = nullptr;
        QLabel* restrictedLabel = nullptr;
        QPushButton* breakGlass = nullptr;
        QLabel* readOnlyLabel = nullptr;
        bool restricted = false;
        bool writable = false;
    };

    QWidget* buildProfile();
    QWidget* buildGroup(Category category, QWidget* content);
    QWidget* buildIdentity();
    QWidget* buildContact();
    static QWidget* textGroupContent(QPlainTextEdit* edit, const QString& objectName);
    void present(const Loaded& fresh, bool keepEdits);
    void presentProfile(const std::vector<UserRef>& workers);
    void presentInfo();
    void fillGroup(Category category);
    void showGroupState(Group& group, bool restricted, Permission permission);
    void setGroupEditable(Category category, bool editable);
    void addContactRow(const ContactMethod& contact);
    std::vector<ContactMethod> contactsFromTable() const;
    PersonDraft draftFromFields() const;
    void breakGlass(Category category);
    void setError(const QString& message);
    void updateClosedReason();
    void retranslateUi();
    Group& group(Category category) { return m_groups[static_cast<size_t>(category)]; }

    VaultSession* m_session;
    qint64 m_personId;
    PersonFile m_file;
    bool m_loaded = false;
    bool m_busy = false;
    std::array<Group, CategoryCount> m_groups{};

    // Profile
    QGroupBox* m_profileBox;
    QLabel* m_info;
    QLabel* m_aliasLabel;
    QLineEdit* m_alias;
    QCheckBox* m_hideName;
    QLabel* m_pronounsLabel;
    QLineEdit* m_pronouns;
    QLabel* m_languagesLabel;
    QLineEdit* m_languages;
    QLabel* m_tagsLabel;
    QLineEdit* m_tags;
    QLabel* m_flagsLabel;
    std::vector<QCheckBox*> m_flags;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_closedReasonLabel;
    QLineEdit* m_closedReason;
    QLabel* m_workerLabel;
    QComboBox* m_worker;
    // Identity
    QLabel* m_legalNameLabel;
    QLineEdit* m_legalName;
    QLabel* m_idNumbersLabel;
    QLineEdit* m_idNumbers;
    QLabel* m_birthLabel;
    QLineEdit* m_birth;
    // Contact
    QTableWidget* m_contacts;
    QPushButton* m_addContact;
    QPushButton* m_removeContact;
    QLabel* m_emergencyLabel;
    QLineEdit* m_emergency;
    // One summary each
    QPlainTextEdit* m_location;
    QPlainTextEdit* m_health;
    QPlainTextEdit* m_legal;
    QPlainTextEdit* m_shelter;
    QPlainTextEdit* m_risk;

    QLabel* m_error;
    QLabel* m_savedNotice;
    QPushButton* m_save;
};

} // namespace abri::ui
