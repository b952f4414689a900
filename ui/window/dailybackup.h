// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

namespace rtcare {

struct AppSettings;

// The daily automatic backup while the window runs: at start and then every hour it asks
// backups::backupIfDue() (core/storage/backups.h) for one backup a day into the folder
// chosen in Settings, keeping the newest N. The copy runs on a worker thread of its own
// connection, so the window stays responsive; the outcome is told by `finished`.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckEveryMs = 60 * 60 * 1000;

    explicit DailyBackup(QString databasePath, QObject* parent = nullptr);
    ~DailyBackup() override; // waits for a copy in progress

    // Takes the Settings choices; when enabled, checks at once and then every hour. Never
    // enabled on a team server (a URL): its administrator backs it up.
    void configure(const AppSettings& settings);
    [[nodiscard]] bool isEnabled() const { return m_timer.isActive(); }
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] QString folder() const { return m_folder; }
    // Checks now (nothing happens while a copy is in progress or when disabled).
    void checkNow();

Q_SIGNALS:
    // A backup was made (`file`) or failed (`error`); nothing is signalled when not due.
    void finished(const QString& file, const QString& error);

private:
    QString m_databasePath;
    QString m_folder;
    int m_keep = 7;
    QTimer m_timer;
    QPointer<QThread> m_thread;
};

} // namespace rtcare
