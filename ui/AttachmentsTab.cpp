#include "AttachmentsTab.h"

#include "AddAttachmentDialog.h"
#include "AttachmentViewer.h"
#include "AttachmentsModel.h"
#include "Dialogs.h"
#include "ItemRoles.h"
#include "Style.h"
#include "VaultSession.h"
#include "cases/CaseFiles.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace abri::ui {

namespace {

struct Loaded
{
    Result<std::vector<AttachmentInfo>> attachments;
    std::vector<Category> writable;
};

struct Opened
{
    Result<QByteArray> data;
    AttachmentType type = AttachmentType::Png;
    QString fileName;
};

} // namespace

AttachmentsTab::AttachmentsTab(VaultSession* session, qint64 personId, QWidget* parent)
    : QWidget(parent), m_session(session), m_personId(personId), m_model(new AttachmentsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_intro(new QLabel(this)),
      m_error(new QLabel(this)), m_add(new QPushButton(this)), m_open(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("attachmentsTab"));
    m_view->setObjectName(QStringLiteral("attachmentsView"));
    m_add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_open->setObjectName(QStringLiteral("viewAttachmentButton"));
    m_save->setObjectName(QStringLiteral("saveCopyButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    Style::markAsError(m_error);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AttachmentsModel::AddedAtColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsTab::add);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsTab::viewSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsTab::saveCopy);
    connect(m_view, &QTableView::activated, this, &AttachmentsTab::viewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttachmentsTab::updateActions);
    retranslateUi();
    reload();
}

void AttachmentsTab::reload()
{
    const int row = selectedRow();
    const qint64 selectedId = row >= 0 ? m_model->attachmentAt(row)->id : 0;
    const qint64 personId = m_personId;
    m_session->run(
        this,
        [personId](Vault& vault) {
            CaseFiles files(vault);
            Loaded loaded{files.attachments(personId), {}};
            for (Category category : AllCategories) {
                if (files.permission(category).write) {
                    loaded.writable.push_back(category);
                }
            }
            return loaded;
        },
        [this, selectedId](Loaded loaded) {
            m_writable = std::move(loaded.writable);
            if (!loaded.attachments) {
                m_error->setText(loaded.attachments.error().message());
                m_model->setAttachments({});
            } else {
                m_error->clear();
                m_model->setAttachments(std::move(loaded.attachments.value()));
            }
            m_view->resizeColumnsToContents();
            selectAttachment(selectedId);
            updateActions();
            Q_EMIT reloaded();
        });
}

int AttachmentsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void AttachmentsTab::selectAttachment(qint64 attachmentId)
{
    const int row = m_model->rowOf(attachmentId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

void AttachmentsTab::updateActions()
{
    const AttachmentInfo* info = m_model->attachmentAt(selectedRow());
    // Core refuses a restricted attachment anyway; the buttons only follow what core already answered.
    m_open->setEnabled(info && !info->restricted);
    m_save->setEnabled(info && !info->restricted);
}

void AttachmentsTab::add()
{
    auto* dialog = new QFileDialog(this, tr("Add an attachment"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("chooseAttachmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Images and PDF documents (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &AttachmentsTab::addFile);
    dialog->open();
}

void AttachmentsTab::addFile(const QString& filePath)
{
    auto* dialog = new AddAttachmentDialog(m_session, m_personId, filePath, m_writable, this);
    connect(dialog, &AddAttachmentDialog::attachmentAdded, this, [this](qint64 attachmentId) {
        reload();
        // Select the new one once the list is back.
        auto* once = new QObject(this);
        connect(this, &AttachmentsTab::reloaded, once, [this, once, attachmentId] {
            selectAttachment(attachmentId);
            once->deleteLater();
        });
    });
    dialog->open();
}

void AttachmentsTab::viewSelected()
{
    const AttachmentInfo* info = m_model->attachmentAt(selectedRow());
    if (!info || info->restricted) {
        return;
    }
    const qint64 id = info->id;
    Opened opened{Error(ErrorCode::NotFound, QString()), info->type, info->fileName};
    m_session->run(
        this,
        [id, opened](Vault& vault) mutable {
            opened.data = CaseFiles(vault).attachmentData(id);
            return opened;
        },
        [this](Opened result) {
            if (!result.data) {
                Dialogs::showError(this, result.data.error().message());
                return;
            }
            auto* viewer = new AttachmentViewer(result.data.value(), result.type, result.fileName, this);
            viewer->open();
        });
}

void AttachmentsTab::saveCopy()
{
    const AttachmentInfo* info = m_model->attachmentAt(selectedRow());
    if (!info || info->restricted) {
        return;
    }
    const qint64 id = info->id;
    const QString fileName = info->fileName;
    Dialogs::confirm(
        this, tr("Save a copy"),
        tr("The copy is NOT encrypted: anyone who can open that folder, or finds the computer or USB stick, can "
           "read it. Saving a copy is recorded in the audit log.\n\nDelete the copy as soon as you no longer need "
           "it."),
        tr("&Choose where…"), [this, id, fileName] {
            auto* dialog = new QFileDialog(
                this, tr("Save a copy"),
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName));
            dialog->setObjectName(QStringLiteral("saveCopyDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setFileMode(QFileDialog::AnyFile);
            connect(dialog, &QFileDialog::fileSelected, this,
                    [this, id](const QString& target) { exportTo(id, target); });
            dialog->open();
        });
}

void AttachmentsTab::exportTo(qint64 attachmentId, const QString& targetFile)
{
    m_session->run(
        this,
        [attachmentId, targetFile](Vault& vault) {
            return CaseFiles(vault).exportAttachment(attachmentId, targetFile);
        },
        [this](Status status) {
            if (!status) {
                Dialogs::showError(this, status.error().message());
                return;
            }
            Dialogs::showInfo(this, tr("The copy was saved. Remember that it is not encrypted."));
        });
}

void AttachmentsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AttachmentsTab::retranslateUi()
{
    m_intro->setText(tr("Photos, scans and PDF documents, kept encrypted in the vault. They open inside Abri; "
                        "restricted ones only for roles that may read their category."));
    m_add->setText(tr("&Add…"));
    m_open->setText(tr("&View"));
    m_save->setText(tr("&Save a copy…"));
    m_model->retranslate();
}

} // namespace abri::ui
