// SPDX-License-Identifier: MIT
#include "storage/teamfeed.h"

#include "storage/serverdatabase.h"
#include "storage/sqldialect.h"

#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <unistd.h>

namespace rtcare {

namespace {

// Desktops write times from their own clocks; the catch-up reaches back this much further
// than the moment the connection was lost, for clocks that differ a little.
constexpr qint64 kClockSlackSeconds = 120;
// A loss noticed late (a network cut found by TCP keepalives) is noticed within this.
constexpr qint64 kNoticeWithinSeconds = 60;
// Without libpq there is no socket to watch: one round trip this often tells a dead server.
constexpr int kHeartbeatMs = 10'000;

QString connectionNameFor(const void* feed)
{
    return QStringLiteral("rtcare-feed-%1").arg(reinterpret_cast<quintptr>(feed), 0, 16);
}

} // namespace

TeamFeed::TeamFeed(ServerAddress server, QObject* parent)
    : QObject(parent), m_server(std::move(server)), m_connectionName(connectionNameFor(this))
{
    // A network cut shows on the socket too: TCP keepalives (libpq's, ignored on Unix
    // sockets) unless the URL sets its own.
    if (!m_server.options.join(QLatin1Char(';')).contains(QLatin1String("keepalives")))
        m_server.options << QStringLiteral("keepalives_idle=10")
                         << QStringLiteral("keepalives_interval=5")
                         << QStringLiteral("keepalives_count=3");
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TeamFeed::retry);
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(kCoalesceMs);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &TeamFeed::flush);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &TeamFeed::checkConnection);
}

TeamFeed::~TeamFeed()
{
    disconnectNow();
}

void TeamFeed::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    m_retryMs = firstMs;
}

bool TeamFeed::start(QString* error)
{
    QString reason;
    if (connectNow(&reason))
        return true;
    if (error)
        *error = reason;
    lose(reason);
    return false;
}

bool TeamFeed::connectNow(QString* error)
{
    disconnectNow();
    QSqlDatabase db = openServerConnection(m_connectionName, m_server);
    if (!db.isOpen()) {
        *error = db.lastError().text().trimmed();
        return false;
    }
    QSqlQuery now(db);
    if (!now.exec(QStringLiteral("SELECT CAST(extract(epoch FROM now()) AS BIGINT)")) ||
        !now.next()) {
        *error = now.lastError().text().trimmed();
        return false;
    }
    m_connectedAt = now.value(0).toLongLong();
    m_sinceConnected.start();
    if (!db.driver()->subscribeToNotification(sqldialect::liveChannel())) {
        *error = db.driver()->lastError().text().trimmed();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this, &TeamFeed::onNotification,
            Qt::UniqueConnection);
    // The driver reads notifications from the socket; a copy of it tells us when the server
    // closes the connection (the socket turns readable and libpq marks the connection bad).
    const int socket = serverSocket(db);
    if (socket >= 0)
        m_watchedSocket = ::dup(socket);
    if (m_watchedSocket >= 0) {
        m_socketWatch = new QSocketNotifier(m_watchedSocket, QSocketNotifier::Read, this);
        connect(m_socketWatch, &QSocketNotifier::activated, this, &TeamFeed::onSocketActivity);
    } else {
        m_heartbeat.start();
    }
    m_connected = true;
    m_everConnected = true;
    m_lastError.clear();
    return true;
}

void TeamFeed::disconnectNow()
{
    m_heartbeat.stop();
    if (m_socketWatch) {
        m_socketWatch->setEnabled(false);
        delete m_socketWatch;
        m_socketWatch = nullptr;
    }
    if (m_watchedSocket >= 0) {
        ::close(m_watchedSocket);
        m_watchedSocket = -1;
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.driver())
                disconnect(db.driver(), nullptr, this, nullptr);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connected = false;
}

void TeamFeed::onNotification(const QString& name, QSqlDriver::NotificationSource,
                              const QVariant& payload)
{
    if (name != sqldialect::liveChannel())
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (!ok || id <= 0)
        return;
    m_pending.insert(id);
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

void TeamFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<qint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(ids.begin(), ids.end());
    Q_EMIT ticketsChanged(ids);
}

void TeamFeed::onSocketActivity()
{
    // Notifications make the socket readable too; the driver reads those in the same turn
    // of the event loop. Only a connection libpq found closed is lost.
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (serverConnectionLost(db))
        lose(tr("the server closed the connection"));
}

void TeamFeed::checkConnection()
{
    if (!m_connected)
        return;
    bool alive = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery ping(db);
        alive = ping.exec(QStringLiteral("SELECT 1")) && !serverConnectionLost(db);
        if (!alive)
            m_lastError = ping.lastError().text().trimmed();
    }
    if (!alive)
        lose(m_lastError.isEmpty() ? tr("the server does not answer") : m_lastError);
}

qint64 TeamFeed::serverNow() const
{
    return m_connectedAt + m_sinceConnected.elapsed() / 1000;
}

void TeamFeed::lose(const QString& reason)
{
    const bool wasConnected = m_connected;
    if (wasConnected)
        m_lostAt = serverNow();
    disconnectNow();
    m_lastError = reason;
    if (!m_retryTimer.isActive()) {
        m_retryMs = m_firstRetryMs;
        m_retryTimer.start(m_retryMs);
    }
    // Told once per loss (and when the very first connection fails).
    if (wasConnected || !m_everConnected)
        Q_EMIT connectionLost(reason);
    m_everConnected = true;
}

void TeamFeed::retry()
{
    // Everything written after the LISTEN (connectNow) arrives as notifications; what was
    // written while the feed was away is asked for once.
    QString reason;
    QList<qint64> changed;
    bool ok = connectNow(&reason);
    if (ok && m_lostAt > 0) {
        const qint64 since = m_lostAt - kNoticeWithinSeconds - kClockSlackSeconds;
        changed = changedSince(since, &reason);
        ok = reason.isEmpty();
    }
    if (!ok) {
        disconnectNow();
        m_lastError = reason;
        m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
        m_retryTimer.start(m_retryMs);
        return;
    }
    ++m_reconnections;
    m_retryMs = m_firstRetryMs;
    for (qint64 id : std::as_const(changed))
        m_pending.insert(id);
    flush();
    Q_EMIT reconnected(changed);
}

QList<qint64> TeamFeed::changedSince(qint64 since, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id FROM tickets WHERE updated_at >= :a "
        "UNION SELECT ticket_id FROM replies WHERE sent_at >= :b "
        "UNION SELECT ticket_id FROM commitments WHERE promised_at >= :c OR closed_at >= :d "
        "UNION SELECT ticket_id FROM evidence WHERE imported_at >= :e ORDER BY 1"));
    for (const char* name : {":a", ":b", ":c", ":d", ":e"})
        q.bindValue(QLatin1String(name), since);
    QList<qint64> ids;
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace rtcare
