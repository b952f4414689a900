// SPDX-License-Identifier: MIT
#pragma once

#include "replies/replydata.h"
#include "replies/replystore.h"
#include "replies/tonechecker.h"
#include "ticket/tickettab.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rtcare {

class ReplyPresence;
class TemplateEditorDialog;
class TicketRepository;

// The agent's writing desk for a ticket: templates by stage (suggested from the ticket's
// state), placeholders filled from the ticket and its evidence, the tone checker on every
// keystroke (highlights; hover or Alt+Enter for the explanation and a one-key
// replacement), a readiness line, the commitments the draft promises and those already
// made (countdowns, kept/broken), "Copy and mark sent" (Ctrl+Enter). Drafts autosave.
class ReplyComposer : public TicketTab
{
    Q_OBJECT
public:
    ReplyComposer(TicketRepository& repository, QWidget* parent = nullptr);

    void showTicket(qint64 id) override;
    // The draft when there is one, otherwise the template list (Enter inserts).
    void focusFirstControl() override;
    // The name the agent gave in Settings, used where a template introduces the agent;
    // empty leaves the introduction out (never the login name).
    void setAgentName(const QString& name) { m_agentName = name.trimmed(); }
    [[nodiscard]] ReplyPresence* presence() const { return m_presence; }

    // For tests and keyboard users.
    [[nodiscard]] QPlainTextEdit* editor() const { return m_editor; }
    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    [[nodiscard]] QListWidget* templateList() const { return m_templates; }
    // "Edit template…": disabled for an agent on a team server (only leads change the
    // team's shared templates).
    [[nodiscard]] QPushButton* editTemplateButton() const { return m_editTemplate; }
    [[nodiscard]] const QList<replies::ToneFinding>& findings() const { return m_findings; }
    [[nodiscard]] QString readinessText() const;
    [[nodiscard]] QStringList unfilledPlaceholders() const;
    [[nodiscard]] int commitmentCount() const;
    [[nodiscard]] QStringList loadErrors() const { return m_data.errors; }
    // Inserts a template at the cursor, rendered for the shown ticket; the editor's cursor
    // ends on the first placeholder left to fill (selected, so typing fills it) or after
    // the inserted text.
    void insertTemplate(const QString& id);
    // Selects the next {placeholder} after the cursor (wrapping); false when none is left.
    bool selectNextPlaceholder();
    // Quick insert: "::" and a few letters before the cursor, then Tab, inserts the first
    // template whose id or title contains the letters. Returns the template id or "".
    QString quickInsert();
    // Saves the editor's template to the team's file (on a team server: the team's shared
    // templates) and reloads the library.
    bool saveTemplate(TemplateEditorDialog& dialog);
    // Replaces every {name} in the draft by value.
    void fillPlaceholder(const QString& name, const QString& value);
    // Replaces the finding at `index` by its rule's replacement; false when it has none.
    bool applyReplacement(int index);
    // Copies the draft and records it as sent; false when blocked or failed.
    bool copyAndMarkSent();
    // Writes the pending draft now (normally 500 ms after the last keystroke).
    void flushDraft();

Q_SIGNALS:
    void replySent(qint64 ticketId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lint();
    void reloadTemplates();
    void reloadCommitments();
    void closeSelectedCommitment(const QString& state);
    void insertCurrentTemplate(); // from the list, by Enter, double click or Insert
    void buildKeys();
    // The tab's own keys in the editor and the template search; true when used.
    bool handleKey(QObject* watched, QKeyEvent* key);
    void replaceFindingAtCursor(); // Alt+Enter
    [[nodiscard]] QString language() const;
    [[nodiscard]] int findingAt(qsizetype position) const;
    [[nodiscard]] QString stageName(const QString& stage) const;
    [[nodiscard]] QString quickInsertCandidate(qsizetype* tokenStart) const;

    TicketRepository& m_repository;
    replies::ReplyStore m_store;
    replies::ReplyData m_data;
    replies::ToneChecker m_checker;
    qint64 m_ticketId = 0;
    ReplyPresence* m_presence = nullptr;
    QList<replies::ToneFinding> m_findings;
    QStringList m_usedTemplates;
    QString m_agentName;
    QList<replies::Commitment> m_commitments;
    bool m_loading = false;

    QComboBox* m_stage = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_templates = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QComboBox* m_placeholder = nullptr;
    QLineEdit* m_placeholderValue = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_editTemplate = nullptr;
    QListWidget* m_findingList = nullptr;
    QPushButton* m_replace = nullptr;
    QLabel* m_readiness = nullptr;
    QLabel* m_promised = nullptr;
    QLabel* m_quickHint = nullptr;
    QLabel* m_limitNote = nullptr; // shown when a draft reached limits::kReplyChars
    QLabel* m_errors = nullptr;
    QLabel* m_commitmentsLabel = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QListWidget* m_commitmentList = nullptr;
    QPushButton* m_kept = nullptr;
    QPushButton* m_broken = nullptr;
    QPushButton* m_send = nullptr;
    QTimer* m_draftTimer = nullptr;
    QHash<qint64, QString> m_unsavedDrafts; // drafts a write failed for (the server was away)
    QTimer* m_countdownTimer = nullptr;
};

} // namespace rtcare
