#include "RecoveryKeyPage.h"

#include "RecoveryKeyView.h"

#include <QEvent>
#include <QVBoxLayout>

namespace abri::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent) : QWizardPage(parent), m_view(new RecoveryKeyView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_view, &RecoveryKeyView::confirmedChanged, this, &RecoveryKeyPage::completeChanged);
    retranslateUi();
}

void RecoveryKeyPage::setRecoveryKey(const QString& key)
{
    m_view->setRecoveryKey(key);
}

bool RecoveryKeyPage::isComplete() const
{
    return m_view->isConfirmed();
}

void RecoveryKeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void RecoveryKeyPage::retranslateUi()
{
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("The vault is ready. Keep this key safe before you go on."));
}

} // namespace abri::ui
