#include "Dialogs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QPushButton>
#include <QToolTip>
#include <QWidget>

namespace abri::ui::Dialogs {

namespace {

QMessageBox* makeBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setTextFormat(Qt::PlainText);
    return box;
}

} // namespace

void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    QMessageBox* box = makeBox(parent, icon, title, text);
    box->addButton(QMessageBox::Ok);
    box->open();
}

void showError(QWidget* parent, const QString& text)
{
    showMessage(parent, QMessageBox::Warning, QCoreApplication::translate("abri::ui::Dialogs", "Abri"), text);
}

void showInfo(QWidget* parent, const QString& text)
{
    showMessage(parent, QMessageBox::Information, QCoreApplication::translate("abri::ui::Dialogs", "Abri"), text);
}

void confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
             std::function<void()> onConfirm)
{
    QMessageBox* box = makeBox(parent, QMessageBox::Question, title, text);
    QPushButton* yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel)));
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, onConfirm = std::move(onConfirm)](int) {
        if (box->clickedButton() == yes) {
            onConfirm();
        }
    });
    box->open();
}

void closeAll()
{
    // Menus and combo-box lists grab the keyboard; bounded in case a popup refuses to close.
    for (int i = 0; i < 32 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
    }
    QToolTip::hideText();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible()) {
            continue;
        }
        if (auto* dialog = qobject_cast<QDialog*>(widget)) {
            // done() rather than reject(): a dialog may refuse a plain reject, never a lock.
            dialog->done(QDialog::Rejected);
        } else if (widget->windowType() == Qt::Popup || widget->windowType() == Qt::Tool) {
            widget->close();
        }
    }
}

} // namespace abri::ui::Dialogs
