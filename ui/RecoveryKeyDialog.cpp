#include "RecoveryKeyDialog.h"

#include "RecoveryKeyView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace abri::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_view(new RecoveryKeyView(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_intro->setWordWrap(true);
    m_view->setRecoveryKey(recoveryKey);
    m_close->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &RecoveryKeyView::confirmedChanged, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    setMinimumWidth(560);
    retranslateUi();
}

void RecoveryKeyDialog::reject()
{
    if (m_view->isConfirmed()) {
        QDialog::reject();
    }
}

void RecoveryKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecoveryKeyDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery key"));
    m_intro->setText(tr("The vault was re-keyed. Copies of the old key file no longer open it, disabled users' "
                        "access was removed, and the old recovery key no longer works."));
    m_close->setText(tr("&Close"));
}

} // namespace abri::ui
