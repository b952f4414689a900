// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include "sla/policy.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <memory>

namespace rtcare::cli {

// What every command that touches tickets needs: the SLA policy, the database (file or team
// server) and a repository acting as the given actor.
struct TicketSession
{
    std::unique_ptr<SlaPolicy> policy;
    std::unique_ptr<Database> database;
    std::unique_ptr<TicketRepository> repository;

    // Prints what failed and returns its exit code (2 bad input, 1 failure), or Success.
    [[nodiscard]] int open(const GlobalOptions& globals, const QString& actor);
};

} // namespace rtcare::cli
