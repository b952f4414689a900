// SPDX-License-Identifier: MIT
// A fresh database in a temporary folder, with a repository whose clock the test sets; on
// PostgreSQL (RTCARE_TEST_ENGINE=postgresql, see pgsupport.h) a fresh server database.
#pragma once

#include "pgsupport.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/queuequery.h"
#include "storage/ticketrepository.h"

#include <QTemporaryDir>

#include <memory>

namespace rtcare::test {

inline QDateTime utc(const char* iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return time.toUTC();
}

struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<ScratchServerDatabase> server; // set on PostgreSQL; outlives `database`
    std::unique_ptr<Database> database;
    std::unique_ptr<TicketRepository> repository;
    QDateTime now = utc("2026-11-24T10:00:00Z");

    explicit TempDatabase(const SlaPolicy& policy = SlaPolicy::builtIn())
    {
        if (onServerEngine())
            server = std::make_unique<ScratchServerDatabase>();
        QString error;
        database = Database::open(path(), &error);
        if (!database)
            qFatal("cannot open test database: %s", qPrintable(error));
        repository = std::make_unique<TicketRepository>(*database, policy);
        repository->setActor(QStringLiteral("tester"));
        repository->setClock([this] { return now; });
    }

    ~TempDatabase()
    {
        repository.reset();
        database.reset();
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    // The file, or the server database's URL.
    [[nodiscard]] QString path() const
    {
        return server ? server->url : dir.filePath(QStringLiteral("tickets.sqlite"));
    }

    Ticket create(Category category, const QString& name = QStringLiteral("张伟"),
                  bool enterprise = false, bool keyBusiness = false)
    {
        NewTicket input;
        input.customer.name = name;
        input.customer.contact = QStringLiteral("13800000000");
        input.customer.enterprise = enterprise;
        input.customer.keyBusiness = keyBusiness;
        input.category = category;
        input.channel = QStringLiteral("chat");
        input.description = QStringLiteral("视频很卡");
        QString error;
        std::optional<Ticket> ticket = repository->create(input, &error);
        if (!ticket)
            qFatal("cannot create test ticket: %s", qPrintable(error));
        return *ticket;
    }
};

// The ticket numbers of queue rows, in order.
inline QStringList numbers(const QList<QueueRow>& rows)
{
    QStringList result;
    for (const QueueRow& row : rows)
        result.append(row.number);
    return result;
}

} // namespace rtcare::test
