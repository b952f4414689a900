// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"
#include "replies/commitments.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace rtcare {

class ChangePriorityDialog;
class FlowLayout;
class TicketHistoryView;
class TicketRepository;

// The ticket the agent is looking at: who, what, how urgent, its clock, what can be done
// next and what happened so far. Buttons turn into repository calls; a refusal is shown.
class TicketDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit TicketDetailPane(TicketRepository& repository, QWidget* parent = nullptr);

    void showTicket(qint64 id);
    void clear();
    [[nodiscard]] qint64 ticketId() const { return m_ticket ? m_ticket->id : 0; }
    [[nodiscard]] std::optional<Ticket> ticket() const { return m_ticket; }

    // Re-reads the ticket and its history from the repository.
    void reload();
    // The clock line moved on (called every second by the window).
    void updateClock();
    // Keyboard: move into the pane (first action button, else the ticket number).
    void focusFirstControl();

    // The action buttons currently offered, in order.
    [[nodiscard]] QList<QPushButton*> actionButtons() const { return m_actionButtons; }
    [[nodiscard]] QPushButton* actionButton(TicketAction action) const;
    // Opens the change-priority dialog (window-modal, without a nested event loop).
    void openChangePriority();
    [[nodiscard]] ChangePriorityDialog* changePriorityDialog() const;
    // The message of the last refused action, empty when there is none.
    [[nodiscard]] QString errorText() const;

    // Text of the fields, for tests and screen readers.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString clockText() const;
    // The open commitments' countdowns, one a line; empty when there are none.
    [[nodiscard]] QString promisesText() const;

Q_SIGNALS:
    void errorShown(const QString& message);

private:
    void buildDetails(QWidget* page);
    void rebuildActions();
    void updatePromises(const QDateTime& now);
    void runAction(TicketAction action);
    void showError(const QString& message);
    [[nodiscard]] QString tierName(const QString& tierId) const;

    TicketRepository& m_repository;
    std::optional<Ticket> m_ticket;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_customer = nullptr;
    QLabel* m_enterpriseBadge = nullptr;
    QLabel* m_keyBusinessBadge = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_clockShape = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_context = nullptr; // scenario, device, region when known
    QFormLayout* m_form = nullptr;
    QLabel* m_promises = nullptr;                // open commitments with their countdowns
    QList<replies::Commitment> m_openPromises;   // read on reload, counted down every second
    QPlainTextEdit* m_description = nullptr;
    FlowLayout* m_actionsLayout = nullptr;
    QList<TicketAction> m_actions; // what m_actionButtons offer
    QList<QPushButton*> m_actionButtons;
    QPushButton* m_changePriority = nullptr;
    QLabel* m_error = nullptr;
    TicketHistoryView* m_history = nullptr;
    QPointer<ChangePriorityDialog> m_priorityDialog;
};

} // namespace rtcare
