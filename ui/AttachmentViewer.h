#pragma once

#include "cases/CaseTypes.h"

#include <QDialog>
#include <QImage>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QScrollArea;

namespace abri::ui {

// Shows an attachment from memory: the decrypted bytes never touch the disk. Images are drawn from a QImage in a
// scroll area; PDFs are read by QPdfDocument from a QBuffer (QtPdf reads through the device, no temporary file).
// The window title stays generic because window managers and task bars keep titles where anyone can see them.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT

public:
    AttachmentViewer(const QByteArray& bytes, AttachmentType type, const QString& fileName, QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    bool showsImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    // 0 until a PDF is loaded, and for images.
    int pageCount() const;
    double zoom() const;
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showImage(AttachmentType type);
    void showPdf();
    void applyImageZoom();
    void setZoom(double zoom);
    void updateStatus();
    void retranslateUi();

    QByteArray m_data;
    QImage m_image;
    QString m_fileName;
    QLabel* m_name;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_zoomOut;
    QPushButton* m_zoomIn;
    QPushButton* m_fit;
    QPushButton* m_actual;
    QPushButton* m_close;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_picture = nullptr;
    QBuffer* m_buffer = nullptr;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_pdfView = nullptr;
    double m_zoom = 1.0;
    bool m_fitting = true;
};

} // namespace abri::ui
