#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace abri::ui {

class VaultSession;

// Language for this computer (applies at once), the vault's auto-lock delay (a coordinator changes it; others
// see it), hidden-name mode for this user, and a reminder of the lock keys.
class PreferencesPage final : public QWidget
{
    Q_OBJECT

public:
    PreferencesPage(VaultSession* session, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QSpinBox* autoLockSpin() const { return m_autoLock; }
    QCheckBox* hideNamesCheck() const { return m_hideNames; }
    void saveAutoLock();
    // Saves hidden-name mode for this user in the vault (core audits it) and tells the lists to show codes.
    void setHideNames(bool hide);

Q_SIGNALS:
    void autoLockMinutesChanged(int minutes);
    void hideNamesChanged(bool hide);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyLanguage();
    void retranslateUi();

    VaultSession* m_session;
    bool m_coordinator;
    QLabel* m_languageHeading;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_lockHeading;
    QLabel* m_autoLockLabel;
    QSpinBox* m_autoLock;
    QPushButton* m_saveAutoLock;
    QLabel* m_autoLockInfo;
    QLabel* m_autoLockResult;
    QLabel* m_keys;
    QCheckBox* m_hideNames;
    QLabel* m_hideNamesInfo;
};

} // namespace abri::ui
