// SPDX-License-Identifier: MIT
#pragma once

#include "model/category.h"
#include "model/status.h"

#include <QDateTime>
#include <QString>

namespace rtcare {

struct Customer
{
    QString name;
    QString contact;
    bool enterprise = false;
    bool keyBusiness = false; // the complaint concerns the customer's key business scenario
};

// One complaint. All times are UTC; an invalid QDateTime means "not yet".
struct Ticket
{
    qint64 id = 0; // database row id; 0 before it is stored
    QString uuid;
    QString number; // RTC-YYYYMMDD-NNNN, shown to the customer
    QDateTime createdAt;
    QDateTime updatedAt;
    Customer customer;
    QString channel = QStringLiteral("other");
    Category category = Category::Other;
    QString priority; // tier id of the SLA policy
    TicketStatus status = TicketStatus::New;
    QString scenario;
    QString network;
    QString deviceModel;
    QString os;
    QString region;
    QString description;
    QString rootCause;
    QString diagnosisAnswers = QStringLiteral("{}"); // JSON: question id -> answer id
    QString rootCauseHypothesis;                     // the ranking's top root cause id
    QString assignee;
    QDateTime firstResponseDue;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime waitingSince;      // set while waiting on the customer
    qint64 waitingSeconds = 0;   // total time spent waiting on the customer so far
};

} // namespace rtcare
