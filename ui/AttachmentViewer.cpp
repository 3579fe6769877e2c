#include "AttachmentViewer.h"

#include "Style.h"

#include <QBuffer>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace abri::ui {

namespace {

constexpr double MinZoom = 0.1;
constexpr double MaxZoom = 8.0;
constexpr double ZoomStep = 1.25;

const char* imageFormat(AttachmentType type)
{
    return type == AttachmentType::Jpeg ? "JPEG" : "PNG";
}

} // namespace

AttachmentViewer::AttachmentViewer(const QByteArray& bytes, AttachmentType type, const QString& fileName,
                                   QWidget* parent)
    : QDialog(parent), m_data(bytes), m_fileName(fileName), m_name(new QLabel(this)), m_status(new QLabel(this)),
      m_error(new QLabel(this)), m_zoomOut(new QPushButton(this)), m_zoomIn(new QPushButton(this)),
      m_fit(new QPushButton(this)), m_actual(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("fileNameLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    m_fit->setObjectName(QStringLiteral("fitButton"));
    m_actual->setObjectName(QStringLiteral("actualSizeButton"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setText(fileName);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::markAsError(m_error);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_name, 1);
    tools->addWidget(m_status);
    for (QPushButton* button : {m_zoomOut, m_zoomIn, m_fit, m_actual}) {
        button->setAutoDefault(false);
        tools->addWidget(button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_error);

    if (type == AttachmentType::Pdf) {
        showPdf();
        layout->addWidget(m_pdfView, 1);
    } else {
        showImage(type);
        layout->addWidget(m_scroll, 1);
    }
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_zoomIn, &QPushButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_fit, &QPushButton::clicked, this, &AttachmentViewer::fitToWindow);
    connect(m_actual, &QPushButton::clicked, this, &AttachmentViewer::actualSize);
    connect(m_close, &QPushButton::clicked, this, &AttachmentViewer::reject);
    resize(900, 700);
    retranslateUi();
}

AttachmentViewer::~AttachmentViewer()
{
    // The view reads the document and the document reads the buffer: take them apart in that order.
    if (m_pdfView) {
        m_pdfView->setDocument(nullptr);
    }
    delete m_document;
    delete m_buffer;
}

void AttachmentViewer::showImage(AttachmentType type)
{
    m_image = QImage::fromData(m_data, imageFormat(type));
    m_picture = new QLabel;
    m_picture->setObjectName(QStringLiteral("imageLabel"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setBackgroundRole(QPalette::Base);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("imageArea"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    if (m_image.isNull()) {
        m_error->setVisible(true);
        for (QPushButton* button : {m_zoomOut, m_zoomIn, m_fit, m_actual}) {
            button->setEnabled(false);
        }
    }
}

void AttachmentViewer::showPdf()
{
    m_buffer = new QBuffer;
    m_buffer->setData(m_data);
    m_buffer->open(QIODevice::ReadOnly);
    m_document = new QPdfDocument;
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_document);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        m_error->setVisible(status == QPdfDocument::Status::Error);
        updateStatus();
    });
    connect(m_document, &QPdfDocument::pageCountChanged, this, &AttachmentViewer::updateStatus);
    connect(m_pdfView, &QPdfView::zoomFactorChanged, this, &AttachmentViewer::updateStatus);
    m_document->load(m_buffer);
}

int AttachmentViewer::pageCount() const
{
    return m_document && m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

double AttachmentViewer::zoom() const
{
    return m_pdfView ? m_pdfView->zoomFactor() : m_zoom;
}

void AttachmentViewer::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void AttachmentViewer::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void AttachmentViewer::actualSize()
{
    setZoom(1.0);
}

void AttachmentViewer::fitToWindow()
{
    m_fitting = true;
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    } else {
        applyImageZoom();
    }
    updateStatus();
}

void AttachmentViewer::setZoom(double zoom)
{
    m_fitting = false;
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(zoom);
    } else {
        m_zoom = zoom;
        applyImageZoom();
    }
    updateStatus();
}

void AttachmentViewer::applyImageZoom()
{
    if (!m_picture || m_image.isNull()) {
        return;
    }
    if (m_fitting) {
        // Fit shrinks a large scan to the window but never blows a small picture up past its real size.
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        const double fit = std::min(double(room.width()) / m_image.width(), double(room.height()) / m_image.height());
        m_zoom = std::clamp(std::min(fit, 1.0), MinZoom, MaxZoom);
    }
    const QSize size(std::max(1, int(std::lround(m_image.width() * m_zoom))),
                     std::max(1, int(std::lround(m_image.height() * m_zoom))));
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->resize(size);
}

void AttachmentViewer::updateStatus()
{
    const int percent = int(std::lround(zoom() * 100));
    if (m_pdfView) {
        // In fit mode the view's zoom factor is not the scale on screen, so no percentage is shown then.
        const bool fitting = m_pdfView->zoomMode() != QPdfView::ZoomMode::Custom;
        m_status->setText(pageCount() <= 0 ? QString()
                          : fitting        ? tr("%n page(s), fit to width", nullptr, pageCount())
                                           : tr("%n page(s), %1%", nullptr, pageCount()).arg(percent));
    } else if (!m_image.isNull()) {
        m_status->setText(tr("%1 × %2 pixels, %3%").arg(m_image.width()).arg(m_image.height()).arg(percent));
    }
}

void AttachmentViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fitting && m_picture) {
        applyImageZoom();
        updateStatus();
    }
}

void AttachmentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AttachmentViewer::retranslateUi()
{
    setWindowTitle(tr("Attachment"));
    m_zoomOut->setText(tr("Zoom &out"));
    m_zoomIn->setText(tr("Zoom &in"));
    m_fit->setText(tr("&Fit"));
    m_actual->setText(tr("&Actual size"));
    m_close->setText(tr("&Close"));
    m_error->setText(m_pdfView ? tr("This PDF could not be read. It may be damaged or protected by a password.")
                               : tr("This image could not be read. It may be damaged."));
    updateStatus();
}

} // namespace abri::ui
