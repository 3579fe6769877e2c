#include "WizardStartPage.h"

#include "FirstRunWizard.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace abri::ui {

WizardStartPage::WizardStartPage(QWidget* parent)
    : QWizardPage(parent), m_intro(new QLabel(this)), m_create(new QRadioButton(this)), m_open(new QRadioButton(this)),
      m_demo(new QRadioButton(this)), m_demoNote(new QLabel(this))
{
    m_create->setObjectName(QStringLiteral("createVaultRadio"));
    m_open->setObjectName(QStringLiteral("openVaultRadio"));
    m_demo->setObjectName(QStringLiteral("demoVaultRadio"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setIndent(24);
    m_intro->setWordWrap(true);
    m_create->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_create);
    layout->addWidget(m_open);
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addWidget(m_demoNote);
    layout->addStretch();
    retranslateUi();
}

bool WizardStartPage::createNew() const
{
    return m_create->isChecked();
}

bool WizardStartPage::openDemo() const
{
    return m_demo->isChecked();
}

int WizardStartPage::nextId() const
{
    if (openDemo()) {
        return FirstRunWizard::DemoPageId;
    }
    return createNew() ? FirstRunWizard::CreatePageId : FirstRunWizard::OpenPageId;
}

void WizardStartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void WizardStartPage::retranslateUi()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Abri keeps your organisation's records in an encrypted vault."));
    m_intro->setText(tr("A vault is a folder on this computer. Nothing in it can be read without a passphrase. "
                        "Each person who uses Abri gets their own name and passphrase."));
    m_create->setText(tr("&Create a new vault"));
    m_open->setText(tr("&Open an existing vault folder"));
    m_demo->setText(tr("Try Abri in a &demo vault"));
    m_demoNote->setText(tr("A throwaway vault with fictional people and notes, marked DEMO everywhere."));
}

} // namespace abri::ui
