// SPDX-License-Identifier: MIT
// The Reply tab by keyboard (see replycomposer.cpp): Ctrl+T reaches the templates, Enter
// inserts one and leaves the cursor on its first placeholder (typing fills it), Tab goes
// to the next placeholder, Alt+Enter takes the tone checker's suggestion, Ctrl+Enter copies
// and marks the reply sent.
#include "replies/replycomposer.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace rtcare {

void ReplyComposer::buildKeys()
{
    auto* templates = new QAction(tr("Templates"), this);
    templates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    // The window's (the tab is shown when it counts; a tab's own context missed keys on X11).
    templates->setShortcutContext(Qt::WindowShortcut);
    connect(templates, &QAction::triggered, this, [this] {
        m_templates->setFocus(Qt::ShortcutFocusReason);
        if (!m_templates->currentItem() && m_templates->count() > 0)
            m_templates->setCurrentRow(0);
    });
    addAction(templates);
    const QString key = templates->shortcut().toString(QKeySequence::NativeText);
    m_templates->setToolTip(
        tr("Templates (%1): Enter inserts the selected one at the cursor.").arg(key));
    m_search->setToolTip(tr("Search templates; ↓ goes to the list, Enter inserts the first "
                            "match (%1 reaches the list from anywhere in the tab).")
                             .arg(key));
    m_search->installEventFilter(this);

    auto* send = new QAction(m_send->text(), this);
    send->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setShortcutContext(Qt::WindowShortcut);
    connect(send, &QAction::triggered, this, [this] { copyAndMarkSent(); });
    addAction(send);
    m_send->setToolTip(tr("Copies the reply for the customer and records it as sent."));
}

void ReplyComposer::focusFirstControl()
{
    if (m_editor->isEnabled() && !m_editor->toPlainText().trimmed().isEmpty())
        m_editor->setFocus(Qt::OtherFocusReason);
    else if (m_templates->count() > 0)
        m_templates->setFocus(Qt::OtherFocusReason);
    else
        m_search->setFocus(Qt::OtherFocusReason);
}

void ReplyComposer::insertCurrentTemplate()
{
    const QListWidgetItem* item = m_templates->currentItem();
    if (!item || m_ticketId == 0)
        return;
    insertTemplate(item->data(Qt::UserRole).toString());
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool ReplyComposer::selectNextPlaceholder()
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{[A-Za-z_][A-Za-z0-9_]*\})"));
    const QString text = m_editor->toPlainText();
    const QTextCursor cursor = m_editor->textCursor();
    // From the end of the selection, so Tab on a selected placeholder moves on.
    QRegularExpressionMatch m = placeholder.match(text, cursor.selectionEnd());
    if (!m.hasMatch())
        m = placeholder.match(text);
    if (!m.hasMatch())
        return false;
    QTextCursor select(m_editor->document());
    select.setPosition(int(m.capturedStart()));
    select.setPosition(int(m.capturedEnd()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(select);
    return true;
}

bool ReplyComposer::handleKey(QObject* watched, QKeyEvent* key)
{
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search && plain) {
        if (key->key() == Qt::Key_Down && m_templates->count() > 0) {
            m_templates->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (enter) {
            insertCurrentTemplate();
            return true;
        }
        return false;
    }
    if (watched != m_editor)
        return false;
    if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier)
        return !quickInsert().isEmpty() || selectNextPlaceholder();
    if (enter && key->modifiers() == Qt::AltModifier) {
        replaceFindingAtCursor();
        return true;
    }
    return false;
}

} // namespace rtcare
