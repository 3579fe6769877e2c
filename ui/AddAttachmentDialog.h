#pragma once

#include "FormDialog.h"
#include "cases/CaseTypes.h"

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace abri::ui {

class VaultSession;

// Adds one image or PDF to a person file: the category (general, or one the user may write, as core says) and a
// description. The file is read into memory on the worker and handed to core, which decides its type from the
// bytes and refuses what is empty, too big or not an image or PDF; the dialog stays open with core's answer.
class AddAttachmentDialog final : public FormDialog
{
    Q_OBJECT

public:
    AddAttachmentDialog(VaultSession* session, qint64 personId, const QString& filePath,
                        const std::vector<Category>& writableCategories, QWidget* parent = nullptr);

    // Picks a category in the combo box (nullopt: general); false when it is not offered.
    bool selectCategory(std::optional<Category> category);
    void setDescription(const QString& description);

Q_SIGNALS:
    void attachmentAdded(qint64 attachmentId);

protected:
    void changeEvent(QEvent* event) override;
    void submit() override;

private:
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    QString m_filePath;
    std::vector<Category> m_categories;
    QLabel* m_file;
    QComboBox* m_category;
    QLineEdit* m_description;
    QLabel* m_fileLabel;
    QLabel* m_categoryLabel;
    QLabel* m_descriptionLabel;
};

} // namespace abri::ui
