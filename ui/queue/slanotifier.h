// SPDX-License-Identifier: MIT
#pragma once

#include "storage/queuequery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;

namespace rtcare {

class TicketRepository;

// Tells the agent when a pending first response becomes at risk or overdue, and when a
// time promised to a customer (an open commitment) reaches the at-risk share of its time
// or its due time. Every check asks the queue which clocks crossed a line since the
// previous check, so each is told once per step, and makes one message of them: a desktop
// notification when the system has a tray, and always the
// `announced` signal (the window shows it in the status bar).
class SlaNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 10'000;
    static constexpr int kMaxNumbersListed = 5;

    explicit SlaNotifier(TicketRepository& repository, QObject* parent = nullptr);
    ~SlaNotifier() override;

    void start(); // checks every kIntervalMs
    void stop();
    // Looks for crossings since the previous check now; returns the message announced,
    // empty when nothing crossed.
    QString checkNow();

    // Makes the whole message for a set of crossings (empty for none).
    [[nodiscard]] static QString messageFor(const QList<QueueQuery::Crossing>& crossings);
    // The same for promises to customers (empty for none).
    [[nodiscard]] static QString
    promiseMessageFor(const QList<QueueQuery::PromiseCrossing>& crossings);
    [[nodiscard]] bool hasTrayIcon() const { return m_tray != nullptr; }
    // Desktop pop-ups on or off (Settings); the status-bar message is always given.
    void setPopupsEnabled(bool enabled) { m_popups = enabled; }
    // The tray icon's context menu (owned by the caller); no effect without a tray.
    void setTrayMenu(QMenu* menu);
    // The ticket the last notification was about (0 before any).
    [[nodiscard]] qint64 announcedTicket() const { return m_announcedTicket; }
    [[nodiscard]] bool popupsEnabled() const { return m_popups; }
    [[nodiscard]] QDateTime lastCheck() const { return m_lastCheck; }

Q_SIGNALS:
    void announced(const QString& message);
    // The tray icon was clicked: show the window.
    void openRequested();
    // A notification was clicked: show this ticket.
    void ticketRequested(qint64 id);

private:
    void updateTray(const QDateTime& now);

    TicketRepository& m_repository;
    QueueQuery m_query;
    QDateTime m_lastCheck;
    QTimer m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    int m_trayCount = 0; // at-risk + breached shown on the tray icon
    bool m_popups = true;
    qint64 m_announcedTicket = 0;
};

} // namespace rtcare
