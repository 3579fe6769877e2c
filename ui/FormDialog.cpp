#include "FormDialog.h"

#include "Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace abri::ui {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    Style::markAsError(m_error);
    m_error->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    okButton()->setObjectName(QStringLiteral("okButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && okButton()->isEnabled()) {
            submit();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

QPushButton* FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::reject()
{
    // Closing mid-operation would hide its outcome; a lock still closes the dialog through done().
    if (!m_busy) {
        QDialog::reject();
    }
}

void FormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        setError({});
    }
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child != m_progress && child != m_error) {
            child->setEnabled(!busy);
        }
    }
    okButton()->setEnabled(!busy && m_okEnabled);
}

void FormDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FormDialog::setOkEnabled(bool enabled)
{
    m_okEnabled = enabled;
    okButton()->setEnabled(enabled && !m_busy);
}

void FormDialog::retranslateButtons(const QString& okText)
{
    okButton()->setText(okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace abri::ui
