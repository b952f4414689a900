// SPDX-License-Identifier: MIT
#include "window/dailybackup.h"

#include "settings/appsettings.h"
#include "storage/backups.h"
#include "storage/databaselocation.h"

#include <QDateTime>
#include <QDir>

#include <memory>

namespace rtcare {

DailyBackup::DailyBackup(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &DailyBackup::checkNow);
}

DailyBackup::~DailyBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
}

void DailyBackup::configure(const AppSettings& settings)
{
    m_folder = settings.effectiveBackupFolder(m_databasePath);
    m_keep = settings.backupsKept;
    // A team server is backed up by its administrator (pg_dump), not by each desktop.
    if (!settings.dailyBackup || DatabaseLocation::looksLikeUrl(m_databasePath)) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    checkNow();
}

void DailyBackup::checkNow()
{
    if (!m_timer.isActive() || m_thread)
        return;
    struct Outcome
    {
        QString file;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString database = m_databasePath;
    const QString folder = m_folder;
    const int keep = m_keep;
    m_thread = QThread::create([outcome, database, folder, keep] {
        StorageError error;
        const std::optional<backups::AutoBackupResult> result =
            backups::backupIfDue(database, folder, keep, QDateTime::currentDateTimeUtc(), &error);
        if (!result)
            outcome->error = error.message;
        else if (result->made)
            outcome->file = result->file;
    });
    m_thread->setObjectName(QStringLiteral("rtcare-daily-backup"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!outcome->file.isEmpty() || !outcome->error.isEmpty())
            Q_EMIT finished(QDir::toNativeSeparators(outcome->file), outcome->error);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace rtcare
