#pragma once

#include "cases/CaseTypes.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace abri::ui {

class VaultSession;

// What happened with a person, newest first, and what is still to do. Notes of a category the user may not read
// show only that they exist ("Restricted (Health)"), with a way to break the glass. A note is never edited in
// place: a correction is a new version and the history keeps every one.
class TimelineTab final : public QWidget
{
    Q_OBJECT

public:
    enum NoteColumn { WhenColumn, KindColumn, CategoryColumn, AuthorColumn, BodyColumn, NoteColumnCount };
    enum FollowUpColumn { TitleColumn, DueColumn, OwnerColumn, DoneColumn, FollowUpColumnCount };

    TimelineTab(VaultSession* session, qint64 personId, QWidget* parent = nullptr);

    void reload();
    void addNote();
    void correctSelected();
    void showHistoryOfSelected();
    void breakGlassForSelected();
    void addFollowUp();
    void completeSelectedFollowUp();
    bool isLoaded() const { return m_loaded; }
    const std::vector<Note>& notes() const { return m_notes; }
    const std::vector<FollowUp>& followUps() const { return m_followUps; }
    QTableWidget* notesTable() const { return m_notesTable; }
    QTableWidget* followUpsTable() const { return m_followUpsTable; }

Q_SIGNALS:
    void loaded();
    void glassBroken();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded;

    QWidget* buildNoteForm();
    QWidget* buildFollowUps();
    void present(Loaded fresh);
    void fillNotes();
    void fillFollowUps();
    const Note* selectedNote() const;
    const FollowUp* selectedFollowUp() const;
    void updateActions();
    void setNoteError(const QString& message);
    void setFollowUpError(const QString& message);
    void retranslateUi();

    VaultSession* m_session;
    qint64 m_personId;
    std::vector<Note> m_notes;
    std::vector<FollowUp> m_followUps;
    QDate m_today;
    bool m_loaded = false;
    bool m_busy = false;

    QGroupBox* m_noteBox;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_categoryLabel;
    QComboBox* m_category;
    QPlainTextEdit* m_body;
    QLabel* m_noteError;
    QPushButton* m_addNote;

    QLabel* m_notesHeading;
    QTableWidget* m_notesTable;
    QPushButton* m_correct;
    QPushButton* m_history;
    QPushButton* m_breakGlass;

    QGroupBox* m_followUpBox;
    QTableWidget* m_followUpsTable;
    QLineEdit* m_followUpTitle;
    QDateEdit* m_followUpDue;
    QComboBox* m_followUpOwner;
    QPushButton* m_addFollowUp;
    QPushButton* m_done;
    QLabel* m_followUpError;
};

} // namespace abri::ui
