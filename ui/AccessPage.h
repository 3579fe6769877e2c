#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abri::ui {

class AccessMatrixModel;
class GlassBreaksModel;
class VaultSession;

// Coordinator page: who may read and write each restricted category (the role x category matrix), and the
// break-the-glass entries waiting for review. Core checks the role on every load and change; when it refuses,
// the page shows why and holds no data.
class AccessPage final : public QWidget
{
    Q_OBJECT

public:
    AccessPage(VaultSession* session, QWidget* parent = nullptr);

    AccessMatrixModel* matrixModel() const { return m_matrix; }
    GlassBreaksModel* glassBreaksModel() const { return m_breaks; }
    QTableView* matrixView() const { return m_matrixView; }
    QTableView* glassBreaksView() const { return m_breaksView; }
    void reload();
    // Lists the changed cells and, once confirmed, saves them one by one through core.
    void saveChanges();
    void discardChanges();
    void markReviewed();
    void setShowReviewed(bool show);

Q_SIGNALS:
    // After each load, successful or not.
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    int selectedBreakRow() const;
    void applyChanges();
    void updateActions();
    void retranslateUi();

    VaultSession* m_session;
    AccessMatrixModel* m_matrix;
    GlassBreaksModel* m_breaks;
    QSortFilterProxyModel* m_breaksProxy;
    QTableView* m_matrixView;
    QTableView* m_breaksView;
    QLabel* m_intro;
    QLabel* m_matrixHeading;
    QLabel* m_reviewHeading;
    QLabel* m_reviewIntro;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_discard;
    QPushButton* m_review;
    QCheckBox* m_showReviewed;
    bool m_loaded = false;
    bool m_shownBefore = false;
};

} // namespace abri::ui
