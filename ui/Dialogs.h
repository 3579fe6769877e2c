#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace abri::ui {

// Abri never runs a nested event loop (QDialog::exec, static QMessageBox helpers): a lock may destroy the page
// that opened a dialog, and code after exec() would then run on a destroyed page. Dialogs open window-modal with
// open(), delete themselves on close, and report through callbacks guarded by their parent's lifetime.
namespace Dialogs {

void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
void showError(QWidget* parent, const QString& text);
void showInfo(QWidget* parent, const QString& text);
// onConfirm runs only if the user chooses confirmText.
void confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
             std::function<void()> onConfirm);

// Rejects every open dialog and closes popups and tooltips, so nothing stays on screen after a lock.
void closeAll();

} // namespace Dialogs

} // namespace abri::ui
