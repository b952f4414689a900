// SPDX-License-Identifier: MIT
#include "storage/databasefile.h"

#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rtcare::dbfile {

namespace {

quint32 bigEndian(const QByteArray& bytes, int offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

std::filesystem::path nativePath(const QString& path)
{
#if defined(Q_OS_WIN)
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

FileFacts inspect(const QString& path)
{
    FileFacts facts;
    const QFileInfo info(path);
    facts.exists = info.exists();
    facts.isFile = info.isFile();
    if (!facts.isFile)
        return facts;
    facts.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    const QByteArray header = file.read(100);
    facts.sqliteHeader = header.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (!facts.sqliteHeader || header.size() < 100)
        return facts;
    // Offsets 16 (page size, 1 = 65536), 24 (change counter), 28 (pages), 92 (the change
    // counter for which the page count is valid): https://sqlite.org/fileformat.html
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && pages > 0 && pageSize >= 512)
        facts.headerSize = qint64(pageSize) * qint64(pages);
    return facts;
}

ScopedConnection::ScopedConnection(const QString& path, const QString& extraOptions)
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("rtcare-scoped-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWaitMilliseconds());
    if (!extraOptions.isEmpty())
        options += QLatin1Char(';') + extraOptions;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        m_openError = m_db.lastError();
}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool syncFile(const QString& path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

bool replaceFile(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::rename(nativePath(from), nativePath(to), code);
    if (code && error)
        *error = QString::fromLocal8Bit(code.message().c_str());
    return !code;
}

Placement placeNewFile(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::create_hard_link(nativePath(from), nativePath(to), code);
    if (!code)
        return Placement::Placed;
    if (code == std::errc::file_exists)
        return Placement::Taken;
    // No hard links here (some FAT or network mounts): the check and the rename are two steps.
    if (QFileInfo::exists(to))
        return Placement::Taken;
    std::error_code renamed;
    std::filesystem::rename(nativePath(from), nativePath(to), renamed);
    if (renamed && error)
        *error = QString::fromLocal8Bit(renamed.message().c_str());
    return renamed ? Placement::Failed : Placement::Placed;
}

void removeStalePartials(const QString& target)
{
    const QFileInfo info(target);
    QDir dir = info.absoluteDir();
    const QStringList leftovers = dir.entryList(
        {info.fileName() + QStringLiteral(".partial-*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers)
        dir.remove(name);
}

bool writeSnapshot(QSqlDatabase& db, const QString& target, StorageError* error)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    // QTemporaryFile creates the file 0600 (owner only) before anything is written to it;
    // SQLite keeps an existing empty file's permissions when VACUUM INTO writes to it.
    QTemporaryFile partial(info.absoluteDir().filePath(info.fileName()
                                                       + QStringLiteral(".partial-XXXXXX")));
    if (!partial.open()) {
        *error = {StorageCause::CannotOpen,
                  QStringLiteral("cannot write %1: %2. Check that the folder %3 exists and "
                                 "that you may write to it")
                      .arg(shown, partial.errorString(),
                           QDir::toNativeSeparators(info.absolutePath()))};
        return false;
    }
    partial.close();
    // SQLite may leave a journal beside a copy it could not finish (a full disk).
    struct JournalCleanup
    {
        QString path;
        ~JournalCleanup() { QFile::remove(path); }
    } journal{partial.fileName() + QStringLiteral("-journal")};
    {
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial.fileName());
        if (!vacuum.exec()) {
            const QSqlError failed = vacuum.lastError();
            StorageCause cause = causeOf(failed);
            QString advice;
            if (cause == StorageCause::DiskFull)
                advice = QStringLiteral(". Free some space in %1 and try again")
                             .arg(QDir::toNativeSeparators(info.absolutePath()));
            else if (cause == StorageCause::Locked)
                advice = QStringLiteral(". Try again when the other RTCare has finished");
            if (cause == StorageCause::BadInput)
                cause = StorageCause::Other;
            *error = {cause, QStringLiteral("cannot write %1 (%2)%3")
                                 .arg(shown, failed.databaseText(), advice)};
            return false;
        }
    }
    if (!syncFile(partial.fileName())) {
        *error = {StorageCause::IoError,
                  QStringLiteral("cannot flush %1 to the disk").arg(shown)};
        return false;
    }
    QString reason;
    if (!replaceFile(partial.fileName(), target, &reason)) {
        *error = {StorageCause::IoError,
                  QStringLiteral("cannot move the finished copy to %1: %2").arg(shown, reason)};
        return false;
    }
    partial.setAutoRemove(false);
    return true;
}

} // namespace rtcare::dbfile
