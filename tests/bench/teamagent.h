// SPDX-License-Identifier: MIT
// One simulated agent of bench_team: its own process, its own PostgreSQL login role, the
// real repository code (TicketRepository, take, ReplyStore) and the real live feed
// (TeamFeed). Between two actions it pauses as a person would; meanwhile it keeps the first
// page of its queue as a desktop does, read again each time the feed names changed tickets.
// What it did and saw is written as JSON for the bench's checks (teamagent.cpp).
#pragma once

#include <QString>

namespace rtcare::bench {

struct AgentOptions
{
    QString url;        // the team server, as this agent's role
    QString name;       // the role (also the actor)
    qint64 startMs = 0; // wall-clock times (ms since 1970) shared by every agent
    qint64 endMs = 0;
    int settleMs = 3000; // after endMs: only listening, then the queue check
    int pauseMs = 500;   // mean pause between two actions
    quint32 seed = 1;
    QString out; // the JSON report
};

// The queue page a desktop shows (and the bench compares).
inline constexpr int kAgentPageRows = 50;

// Runs the agent's event loop until the end; 0 when the report was written.
int runAgent(const AgentOptions& options);

} // namespace rtcare::bench
