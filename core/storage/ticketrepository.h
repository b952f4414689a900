// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"
#include "sla/policy.h"
#include "storage/audit.h"

#include <QDateTime>
#include <QList>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rtcare {

class Database;

// What an agent enters for a new complaint.
struct NewTicket
{
    Customer customer;
    QString channel = QStringLiteral("other");
    Category category = Category::Other;
    QString description;
    QString scenario;
    QString network;
    QString deviceModel;
    QString os;
    QString region;
    QString assignee;
    // The facts (field -> the customer's words) filled in from the description rather than
    // by the agent: "scenario", "network", "device_model", "os". Audited as "read_from_text".
    QHash<QString, QString> factsFromText;
};

// What the guided diagnosis writes to a ticket (TicketRepository::recordDiagnosis).
struct DiagnosisRecord
{
    QString scenario;
    QString network;
    QString deviceModel;
    QString os;
    QString region;
    QString answersJson = QStringLiteral("{}");
    QString hypothesis; // root cause id
    // Fields whose answer was read from the description, not given by the customer in the
    // diagnosis: their history rows say so (reason kReadFromTextReason).
    QStringList readFromText;
};

// The audit action and reason that mark a fact read from the customer's message.
inline constexpr char kReadFromTextAction[] = "read_from_text";
inline constexpr char kReadFromTextReason[] = "read_from_text";

// Every change to a ticket goes through here, in a transaction, with an audit row.
// Due times are always computed from the active policy.
class TicketRepository : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    TicketRepository(Database& database, const SlaPolicy& policy, QObject* parent = nullptr);

    // Who is recorded as the actor of changes (the agent's display name).
    void setActor(const QString& actor) { m_actor = actor; }
    [[nodiscard]] QString actor() const { return m_actor; }
    // The time source; tests pin it. Default: the system clock (UTC).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    [[nodiscard]] const SlaPolicy& policy() const { return m_policy; }
    [[nodiscard]] Database& database() const { return m_database; }

    // Files a complaint: number, priority (with escalation) and due time, clock started.
    [[nodiscard]] std::optional<Ticket> create(const NewTicket& input, QString* error);
    // Why create() refuses `input` for its size (limits of model/inputlimits.h) or a NUL
    // character, in the agent's language; empty when it does not.
    [[nodiscard]] static QString newTicketProblem(const NewTicket& input);

    [[nodiscard]] std::optional<Ticket> find(qint64 id) const;
    [[nodiscard]] std::optional<Ticket> findByNumber(const QString& number) const;
    [[nodiscard]] std::optional<Ticket> findByUuid(const QString& uuid) const;

    // Applies a lifecycle action. SendFirstResponse stops the first-response clock;
    // WaitForCustomer starts recording waiting time, leaving it adds it to the total.
    [[nodiscard]] bool apply(qint64 id, TicketAction action, QString* error);
    // Changes the priority tier; a non-empty reason is required and audited. While the
    // first response is pending, the due time is recomputed from the new tier.
    [[nodiscard]] bool changePriority(qint64 id, const QString& tierId, const QString& reason,
                                      QString* error);

    // Records what the guided diagnosis learned (ticketdiagnosis.cpp): the facts into their
    // ticket fields, the answers (JSON) and the top root cause; one audit row per changed field.
    // The ticket's draft of answers is cleared in the same transaction.
    [[nodiscard]] bool recordDiagnosis(qint64 id, const DiagnosisRecord& record, QString* error);
    // The diagnosis answers in progress (JSON), saved as each is given and not audited;
    // empty when there is none. recordDiagnosis makes them the ticket's.
    [[nodiscard]] bool saveDiagnosisDraft(qint64 id, const QString& answersJson, QString* error);
    [[nodiscard]] QString diagnosisDraft(qint64 id) const;
    // Changes the category; a non-empty reason is required and audited. The priority follows
    // the category under the policy (escalation included) and, while the first response is
    // pending, so does the due time.
    [[nodiscard]] bool changeCategory(qint64 id, Category category, const QString& reason,
                                      QString* error);

    [[nodiscard]] QList<AuditEntry> history(qint64 id) const;

    // Assignment (ticketassignment.cpp). Gives the ticket to `agent` (a name as the queue
    // shows it: the login role on a team server, the agent's name on a local file), audited
    // with who and when. `expectedAssignee` is who had the ticket when the agent looked (the
    // queue row, the open ticket); nullopt reads it now. The write is conditional (UPDATE …
    // WHERE assignee = the value read): when a colleague changed it meanwhile nothing is
    // overwritten and *error names who has it now.
    [[nodiscard]] bool assign(qint64 id, const QString& agent,
                              const std::optional<QString>& expectedAssignee, QString* error);
    // assign() to the actor: "take" in the history.
    [[nodiscard]] bool take(qint64 id, const std::optional<QString>& expectedAssignee,
                            QString* error);

    // The next free customer-facing number for a day (the day in the agent's local time).
    [[nodiscard]] QString nextNumber(QDate day) const;
    // Tells views that tickets were added behind the repository's back (an import).
    void notifyImported(int count) { Q_EMIT ticketsImported(count); }

private:
    [[nodiscard]] bool writeStatus(const Ticket& before, const Ticket& after, TicketAction action,
                                   QString* error);
    // Writes a ticket whose category and/or priority changed (`after`): while the first
    // response is pending the due time follows the new tier. One audit row per changed
    // field (category, priority, first_response_due), each with `action` and `reason`.
    [[nodiscard]] bool writeClassification(const Ticket& before, Ticket after,
                                           const QString& action, const QString& reason,
                                           QString* error);
    [[nodiscard]] bool writeAssignee(qint64 id, const QString& agent,
                                     const std::optional<QString>& expectedAssignee,
                                     const QString& action, QString* error);

Q_SIGNALS:
    void ticketCreated(qint64 id);
    void ticketChanged(qint64 id);
    void ticketsImported(int count);

private:
    Database& m_database;
    const SlaPolicy& m_policy;
    QString m_actor = QStringLiteral("agent");
    Clock m_clock;
};

} // namespace rtcare
