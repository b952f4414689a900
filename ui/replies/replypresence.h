// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QTimer;
class QWidget;

namespace rtcare {

class TicketRepository;

// The Reply tab's side of collision avoidance (issue 18). While the tab is visible with a
// ticket, a heartbeat says "this agent is replying" every kPresenceHeartbeatSeconds (removed on
// leaving the tab or the ticket); the label shows which colleagues reply to the same ticket.
// Before a reply is sent, confirmSend() asks when the ticket got a reply from someone else
// since the agent opened it here.
class ReplyPresence : public QObject
{
    Q_OBJECT
public:
    ReplyPresence(TicketRepository& repository, QWidget* replyTab, QLabel* label);
    ~ReplyPresence() override;

    void setTicket(qint64 id);
    // True to send: nothing new arrived, or the agent chose "Send anyway".
    [[nodiscard]] bool confirmSend();
    // The agent's own reply was recorded: it is the newest they have seen.
    void noteSent();
    // Renews the heartbeat and the label now (the timer does it every few seconds).
    void beat();
    // Reads again who else is replying and updates the label, without a heartbeat (the team
    // server's live feed said the ticket's presence changed).
    void showOthers();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void leave();
    [[nodiscard]] qint64 latestReplyId() const;

    TicketRepository& m_repository;
    QWidget* m_tab = nullptr;
    QLabel* m_label = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_ticketId = 0;
    qint64 m_seenReplyId = 0;
    bool m_present = false;
};

} // namespace rtcare
