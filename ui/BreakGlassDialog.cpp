#include "BreakGlassDialog.h"

#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace abri::ui {

BreakGlassDialog::BreakGlassDialog(VaultSession* session, qint64 personId, Category category, QWidget* parent)
    : FormDialog(parent), m_session(session), m_personId(personId), m_category(category),
      m_explanation(new QLabel(this)), m_reasonLabel(new QLabel(this)), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_explanation->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 6);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_explanation);
    form()->addRow(m_reasonLabel, m_reason);
    // Plain Enter types a new line in the reason; Ctrl+Enter confirms, as everywhere in case files.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, okButton(), &QPushButton::click);
    }
    setMinimumWidth(480);
    retranslateUi();
}

void BreakGlassDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    setBusy(true);
    m_session->run(
        this,
        [personId = m_personId, category = m_category, reason](Vault& vault) {
            return CaseFiles(vault).breakGlass(personId, category, reason);
        },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                setError(status.error().message());
                m_reason->setFocus();
                return;
            }
            accept();
        });
}

void BreakGlassDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    FormDialog::changeEvent(event);
}

void BreakGlassDialog::retranslateUi()
{
    const QString category = categoryDisplayName(m_category);
    setWindowTitle(tr("Break the glass: %1").arg(category));
    m_explanation->setText(
        tr("Your role does not see the %1 part of case files. If you need it now for this person, type why. The "
           "part opens for this person only, until you lock Abri. Your name, the reason and the time are recorded "
           "and a coordinator reviews them.")
            .arg(category));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("For example: she asked us to call her lawyer during the hearing"));
    retranslateButtons(tr("&Open this part"));
}

} // namespace abri::ui
