#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace abri::ui {

// A vault folder path with a Browse button. For a new vault, browsing picks where to put it (an empty folder is
// used as is, otherwise a "vault.abri" folder inside it); for an existing vault, browsing picks the vault folder.
class FolderField final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { NewVault, ExistingVault };

    explicit FolderField(Mode mode, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void pathChanged(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();

    Mode m_mode;
    QLineEdit* m_edit;
    QPushButton* m_browse;
};

} // namespace abri::ui
