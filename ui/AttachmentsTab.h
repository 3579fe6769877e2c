#pragma once

#include "cases/CaseTypes.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class AttachmentsModel;
class VaultSession;

// The attachments tab of a person file: images and PDFs kept encrypted in the vault. Viewing happens inside Abri
// from memory; a copy on disk is a deliberate, recorded action with a warning that the copy is not encrypted.
class AttachmentsTab final : public QWidget
{
    Q_OBJECT

public:
    AttachmentsTab(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    void reload();

    AttachmentsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Asks for a file, then for its category and description.
    void add();
    // The second step of add(), for a file already chosen.
    void addFile(const QString& filePath);
    void viewSelected();
    // Warns, asks where, then asks core to write the copy.
    void saveCopy();
    void selectAttachment(qint64 attachmentId);

Q_SIGNALS:
    // After each reload, successful or not (tests and the person page wait for it).
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    int selectedRow() const;
    void exportTo(qint64 attachmentId, const QString& targetFile);
    void updateActions();
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    std::vector<Category> m_writable;
    AttachmentsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_intro;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
};

} // namespace abri::ui
