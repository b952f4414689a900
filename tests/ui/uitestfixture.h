// SPDX-License-Identifier: MIT
// A throw-away ticket database with a pinned clock, for the ui/ tests.
#pragma once

#include "catch.h"

#include "sla/policy.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QTemporaryDir>

#include <memory>

namespace rtcare::test {

struct UiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<TicketRepository> repository;
    // 2026-03-10 (a Tuesday) 02:00 UTC; tests move it forward.
    QDateTime now{QDate(2026, 3, 10), QTime(2, 0), Qt::UTC};

    UiFixture()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("t.sqlite")), &error);
        INFO(error.toStdString());
        REQUIRE(database);
        repository = std::make_unique<TicketRepository>(*database, SlaPolicy::builtIn());
        repository->setClock([this] { return now; });
        repository->setActor(QStringLiteral("Tester"));
    }

    void advanceMinutes(qint64 minutes) { now = now.addSecs(minutes * 60); }
    void advanceSeconds(qint64 seconds) { now = now.addSecs(seconds); }

    Ticket file(const QString& customer, Category category, bool enterprise = false,
                bool keyBusiness = false,
                const QString& description = QStringLiteral("Video freezes in every call."))
    {
        NewTicket input;
        input.customer.name = customer;
        input.customer.enterprise = enterprise;
        input.customer.keyBusiness = keyBusiness;
        input.category = category;
        input.channel = QStringLiteral("chat");
        input.description = description;
        QString error;
        const std::optional<Ticket> ticket = repository->create(input, &error);
        INFO(error.toStdString());
        REQUIRE(ticket);
        return *ticket;
    }

    void act(qint64 id, TicketAction action)
    {
        QString error;
        const bool ok = repository->apply(id, action, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }
};

} // namespace rtcare::test
