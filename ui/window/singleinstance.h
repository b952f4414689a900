// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace rtcare {

// One RTCare window per user: a second launch hands its --db choice to the running one,
// which comes to the front when it has that database open, and refuses (with the reason)
// when it has another one open.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Primary,    // no other RTCare runs: this one listens for later launches
        HandedOver, // the running RTCare has this database open and came to the front
        Refused     // the running RTCare has another database open; *message says so
    };

    // `key` names the per-user channel; `databasePath` is this launch's database.
    SingleInstance(QString key, QString databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    [[nodiscard]] Outcome start(QString* message);
    // The channel name for the current user.
    [[nodiscard]] static QString keyForCurrentUser();

Q_SIGNALS:
    // A later launch asked for this database: bring the window to the front.
    void activationRequested();

private:
    void answer();

    QString m_key;
    QString m_databasePath;
    QLocalServer* m_server = nullptr;
};

} // namespace rtcare
