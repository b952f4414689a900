// SPDX-License-Identifier: MIT
// The live channel of team mode: which tickets another desktop changed, pushed by the
// PostgreSQL server (LISTEN/NOTIFY, the triggers of sqldialect::liveNotifyTriggers), on a
// connection of its own. Nothing is polled: the feed waits on the connection's socket, which
// also tells when the server goes away. Then it reconnects by itself, with a growing pause
// between attempts, and asks the server once which tickets changed meanwhile (the catch-up).
#pragma once

#include "storage/databaselocation.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace rtcare {

class TeamFeed : public QObject
{
    Q_OBJECT
public:
    // Changes arriving within this many milliseconds are reported together.
    static constexpr int kCoalesceMs = 40;
    // Reconnection attempts wait 0.5 s, 1 s, 2 s … up to 15 s between them.
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kMaxRetryMs = 15'000;

    explicit TeamFeed(ServerAddress server, QObject* parent = nullptr);
    ~TeamFeed() override;
    TeamFeed(const TeamFeed&) = delete;
    TeamFeed& operator=(const TeamFeed&) = delete;

    // Connects and starts listening. On failure the feed is "lost" at once (connectionLost)
    // and keeps trying; false with *error saying why.
    bool start(QString* error = nullptr);
    [[nodiscard]] bool isConnected() const { return m_connected; }
    // Why the last connection or attempt failed (empty while connected).
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // How many reconnections succeeded since start().
    [[nodiscard]] int reconnections() const { return m_reconnections; }
    // Tests shorten the pauses.
    void setRetryDelays(int firstMs, int maxMs);
    // Something (a failed write) suggests the server is gone: checks the feed's connection
    // now with one round trip, and reconnects if it is dead.
    void checkConnection();

Q_SIGNALS:
    // Tickets changed on the server (by any desktop, this one included), ids ascending.
    void ticketsChanged(const QList<qint64>& ids);
    // The connection to the server is lost; the feed is reconnecting.
    void connectionLost(const QString& reason);
    // Connected again, after the catch-up: `changed` are the tickets written while the feed
    // was away (also reported through ticketsChanged).
    void reconnected(const QList<qint64>& changed);

private:
    bool connectNow(QString* error);
    void disconnectNow();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void onSocketActivity();
    void lose(const QString& reason);
    void retry();
    void flush();
    // Tickets whose rows, replies, commitments or evidence carry a time at or after `since`
    // (seconds since 1970, the writers' clocks).
    [[nodiscard]] QList<qint64> changedSince(qint64 since, QString* error);
    [[nodiscard]] qint64 serverNow() const;

    ServerAddress m_server;
    QString m_connectionName;
    bool m_connected = false;
    bool m_everConnected = false;
    QString m_lastError;
    int m_reconnections = 0;
    int m_firstRetryMs = kFirstRetryMs;
    int m_maxRetryMs = kMaxRetryMs;
    int m_retryMs = kFirstRetryMs;
    QTimer m_retryTimer;
    QTimer m_coalesceTimer;
    QSet<qint64> m_pending;
    QSocketNotifier* m_socketWatch = nullptr;
    int m_watchedSocket = -1; // a duplicate of the connection's socket, ours to close
    QTimer m_heartbeat;       // only without libpq (no socket to watch)
    // The server's clock when the connection was made, and the time since, so the catch-up
    // asks from shortly before the moment the connection was lost.
    qint64 m_connectedAt = 0;
    QElapsedTimer m_sinceConnected;
    qint64 m_lostAt = 0;
};

} // namespace rtcare
