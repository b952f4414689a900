// SPDX-License-Identifier: MIT
#include "window/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace rtcare {

namespace {
constexpr int kConnectMs = 500;
constexpr int kAnswerMs = 3000;

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return QDir::cleanPath(resolved.isEmpty() ? info.absoluteFilePath() : resolved);
}
} // namespace

SingleInstance::SingleInstance(QString key, QString databasePath, QObject* parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_databasePath(canonical(databasePath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyForCurrentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray hash = QCryptographicHash::hash((user + QDir::homePath()).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("rtcare-%1").arg(QString::fromLatin1(hash.toHex().left(16)));
}

SingleInstance::Outcome SingleInstance::start(QString* message)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (socket.waitForConnected(kConnectMs)) {
        const QByteArray request =
            QJsonDocument(QJsonObject{{QStringLiteral("db"), m_databasePath}})
                .toJson(QJsonDocument::Compact)
            + '\n';
        socket.write(request);
        socket.flush();
        if (socket.waitForReadyRead(kAnswerMs) || socket.canReadLine()) {
            const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
            if (reply.value(QStringLiteral("ok")).toBool()) {
                *message = tr("RTCare is already running; its window was brought to the front.");
                return Outcome::HandedOver;
            }
            *message = tr("RTCare is already running with the database %1, so it cannot also "
                          "open %2. Close the running RTCare first, or open %2 with the "
                          "command line (rtcare --db … COMMAND), which works alongside it.")
                           .arg(QDir::toNativeSeparators(reply.value(QStringLiteral("db")).toString()),
                                QDir::toNativeSeparators(m_databasePath));
            return Outcome::Refused;
        }
    }
    // Nobody answers: a crashed RTCare may have left its channel behind.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(m_key))
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return Outcome::Primary;
}

void SingleInstance::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
            const bool same = canonical(request.value(QStringLiteral("db")).toString())
                              == m_databasePath;
            socket->write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), same},
                                                    {QStringLiteral("db"), m_databasePath}})
                              .toJson(QJsonDocument::Compact)
                          + '\n');
            socket->flush();
            if (same)
                Q_EMIT activationRequested();
        });
    }
}

} // namespace rtcare
