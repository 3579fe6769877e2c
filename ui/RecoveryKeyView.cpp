#include "RecoveryKeyView.h"

#include "Clipboard.h"
#include "RecoveryKeyPrinter.h"
#include "crypto/SecureBuffer.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace abri::ui {

RecoveryKeyView::RecoveryKeyView(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_keyLabel(new QLabel(this)), m_advice(new QLabel(this)),
      m_print(new QPushButton(this)), m_copy(new QPushButton(this)), m_confirm(new QCheckBox(this))
{
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_confirm->setObjectName(QStringLiteral("writtenDownCheck"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_keyLabel->setFont(mono);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(16);
    // Not selectable: Copy is the only way onto the clipboard, so it is always cleared again.
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_keyLabel->setBackgroundRole(QPalette::Base);
    m_keyLabel->setAutoFillBackground(true);
    m_intro->setWordWrap(true);
    m_advice->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_copy);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_keyLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_advice);
    layout->addStretch();
    layout->addWidget(m_confirm);

    connect(m_print, &QPushButton::clicked, this, [this] { RecoveryKeyPrinter::openPrintDialog(this, m_key); });
    connect(m_copy, &QPushButton::clicked, this, [this] { Clipboard::instance().setSecretText(m_key); });
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryKeyView::confirmedChanged);
    retranslateUi();
}

RecoveryKeyView::~RecoveryKeyView()
{
    forgetKey();
}

void RecoveryKeyView::setRecoveryKey(const QString& key)
{
    forgetKey();
    m_key = key;
    // Two lines of four groups read more easily than one long line.
    const QStringList groups = key.split(QLatin1Char('-'));
    QString shown = groups.size() == 8 ? groups.mid(0, 4).join(QLatin1Char('-')) + QLatin1Char('\n') +
                                             groups.mid(4).join(QLatin1Char('-'))
                                       : key;
    m_keyLabel->setText(shown);
    wipeString(shown);
    m_confirm->setChecked(false);
}

bool RecoveryKeyView::isConfirmed() const
{
    return m_confirm->isChecked();
}

void RecoveryKeyView::forgetKey()
{
    wipeString(m_key);
    m_key.clear();
    m_keyLabel->clear();
}

void RecoveryKeyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RecoveryKeyView::retranslateUi()
{
    m_intro->setText(tr("This is the vault's recovery key. It opens the vault if every passphrase is lost. "
                        "It is shown only now."));
    m_advice->setText(tr("Write it on paper or print it, and keep it in a safe place away from this computer. "
                         "Anyone who has it and a copy of the vault can read everything in it."));
    m_print->setText(tr("&Print…"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copies the key; the clipboard is cleared after 30 seconds and when Abri locks."));
    m_confirm->setText(tr("I have &written it down or printed it and will keep it safe"));
}

} // namespace abri::ui
