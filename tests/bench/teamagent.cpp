// SPDX-License-Identifier: MIT
#include "teamagent.h"

#include "model/status.h"
#include "replies/replystore.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/queuequery.h"
#include "storage/teamfeed.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace rtcare::bench {

namespace {

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What a queue row shows that another desktop's change can alter.
QString rowText(const QueueRow& row)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(row.id)
        .arg(row.number, statusId(row.status), row.assignee,
             row.firstResponseAt.isValid() ? row.firstResponseAt.toString(Qt::ISODate)
                                           : QStringLiteral("-"),
             row.customerName);
}

QStringList pageText(const QList<QueueRow>& rows)
{
    QStringList out;
    for (const QueueRow& row : rows)
        out << rowText(row);
    return out;
}

bool isWorking(TicketStatus status)
{
    return status == TicketStatus::Acknowledged || status == TicketStatus::Investigating ||
           status == TicketStatus::WaitingCustomer || status == TicketStatus::Escalated;
}

class Agent
{
public:
    explicit Agent(const AgentOptions& options) : m_options(options), m_dice(options.seed) {}

    bool open(QString* error)
    {
        m_database = Database::open(m_options.url, error);
        if (!m_database)
            return false;
        m_repository = std::make_unique<TicketRepository>(*m_database, SlaPolicy::builtIn());
        m_repository->setActor(m_options.name);
        m_replies = std::make_unique<replies::ReplyStore>(*m_repository);
        m_feed = std::make_unique<TeamFeed>(*m_database->server());
        QObject::connect(m_feed.get(), &TeamFeed::ticketsChanged,
                         [this](const QList<qint64>& ids) { heard(ids); });
        QObject::connect(m_feed.get(), &TeamFeed::connectionLost,
                         [this](const QString& reason) { failed(QStringLiteral("feed"), reason); });
        if (!m_feed->start(error))
            return false;
        m_page = readPage();
        return true;
    }

    void run()
    {
        QTimer::singleShot(std::max<qint64>(0, m_options.startMs - wallMs()), [this] { act(); });
        QTimer::singleShot(std::max<qint64>(0, m_options.endMs + m_options.settleMs - wallMs()),
                           [this] { finish(); });
    }

private:
    [[nodiscard]] QList<QueueRow> readPage() const
    {
        QueueQuery query(*m_database);
        query.setFilter(QueueFilter::Open);
        query.setReader(m_options.name);
        return query.page(0, kAgentPageRows, QDateTime::currentDateTimeUtc());
    }

    [[nodiscard]] QList<QueueRow> myTickets() const
    {
        QueueQuery query(*m_database);
        query.setFilter(QueueFilter::Open);
        query.setAssignee(m_options.name);
        return query.page(0, kAgentPageRows, QDateTime::currentDateTimeUtc());
    }

    // The feed named changed tickets: note when, and read the page again as a desktop does.
    void heard(const QList<qint64>& ids)
    {
        const qint64 now = wallMs();
        for (const qint64 id : ids)
            m_heard.append(QJsonArray{id, now});
        m_page = readPage();
    }

    void failed(const QString& what, const QString& reason)
    {
        ++m_errorCount;
        if (m_errors.size() < 20)
            m_errors.append(QStringLiteral("%1: %2").arg(what, reason));
    }

    void wrote(qint64 id, qint64 before) { m_writes.append(QJsonArray{id, before, wallMs()}); }

    void act()
    {
        if (wallMs() >= m_options.endMs)
            return;
        ++m_ops;
        const int roll = int(m_dice.bounded(100));
        bool done = false;
        if (roll < 20)
            done = take();
        else if (roll < 55)
            done = reply();
        else if (roll < 75)
            done = resolve();
        if (!done)
            create();
        // A person pauses between two actions: half to one and a half times the mean.
        const int pause = m_options.pauseMs / 2 + int(m_dice.bounded(m_options.pauseMs + 1));
        QTimer::singleShot(pause, [this] { act(); });
    }

    void create()
    {
        NewTicket input;
        const int n = m_created.size() + 1;
        input.customer.name = QStringLiteral("%1 customer %2").arg(m_options.name).arg(n);
        input.customer.contact = QStringLiteral("138%1").arg(m_dice.bounded(10000000, 99999999));
        input.category = Category::Network;
        input.description =
            QStringLiteral("Video freezes in a call (%1 #%2)").arg(m_options.name).arg(n);
        QString error;
        const qint64 before = wallMs();
        const std::optional<Ticket> ticket = m_repository->create(input, &error);
        if (!ticket) {
            failed(QStringLiteral("create"), error);
            return;
        }
        wrote(ticket->id, before);
        m_created.append(QJsonArray{ticket->id, ticket->number});
    }

    // A colleague's ticket from the page this desktop shows (as it shows it).
    bool take()
    {
        QList<QueueRow> others;
        for (const QueueRow& row : std::as_const(m_page))
            if (row.assignee != m_options.name)
                others << row;
        if (others.isEmpty())
            return false;
        const QueueRow& row = others.at(int(m_dice.bounded(int(others.size()))));
        QString error;
        const qint64 before = wallMs();
        if (m_repository->take(row.id, row.assignee, &error)) {
            wrote(row.id, before);
            m_takes.append(row.id);
        } else {
            ++m_takesRefused; // a colleague took or changed it first: not counted as done
        }
        return true;
    }

    bool reply()
    {
        const QList<QueueRow> mine = myTickets();
        if (mine.isEmpty())
            return false;
        const QueueRow& row = mine.at(int(m_dice.bounded(int(mine.size()))));
        QString error;
        const qint64 before = wallMs();
        const std::optional<replies::SentReply> sent = m_replies->markSent(
            row.id, QStringLiteral("We are looking into it (%1).").arg(m_options.name), {}, {}, {},
            &error);
        if (!sent) {
            ++m_repliesRefused;
            failed(QStringLiteral("reply"), error);
            return true;
        }
        wrote(row.id, before);
        m_sent.append(QJsonArray{sent->id, row.id});
        return true;
    }

    bool resolve()
    {
        QList<QueueRow> working;
        for (const QueueRow& row : myTickets())
            if (isWorking(row.status))
                working << row;
        if (working.isEmpty())
            return false;
        const QueueRow& row = working.at(int(m_dice.bounded(int(working.size()))));
        QString error;
        const qint64 before = wallMs();
        if (m_repository->apply(row.id, TicketAction::Resolve, &error)) {
            wrote(row.id, before);
            m_resolves.append(row.id);
        } else {
            ++m_resolvesRefused; // changed meanwhile: refused, nothing overwritten
        }
        return true;
    }

    void finish()
    {
        const QStringList shown = pageText(m_page);
        const QStringList fresh = pageText(readPage());
        QString difference;
        for (qsizetype i = 0; i < std::max(shown.size(), fresh.size()) && difference.isEmpty();
             ++i) {
            const QString a = shown.value(i), b = fresh.value(i);
            if (a != b)
                difference = QStringLiteral("row %1: shown '%2', server '%3'").arg(i + 1).arg(a, b);
        }
        const QJsonObject report{
            {QStringLiteral("name"), m_options.name},
            {QStringLiteral("ops"), m_ops},
            {QStringLiteral("created"), m_created},
            {QStringLiteral("replies"), m_sent},
            {QStringLiteral("repliesRefused"), m_repliesRefused},
            {QStringLiteral("takes"), m_takes},
            {QStringLiteral("takesRefused"), m_takesRefused},
            {QStringLiteral("resolves"), m_resolves},
            {QStringLiteral("resolvesRefused"), m_resolvesRefused},
            {QStringLiteral("writes"), m_writes},
            {QStringLiteral("heard"), m_heard},
            {QStringLiteral("pageRows"), int(fresh.size())},
            {QStringLiteral("queueConsistent"), difference.isEmpty()},
            {QStringLiteral("queueDifference"), difference},
            {QStringLiteral("feedReconnections"), m_feed->reconnections()},
            {QStringLiteral("errorCount"), m_errorCount},
            {QStringLiteral("errors"), QJsonArray::fromStringList(m_errors)},
        };
        QFile file(m_options.out);
        const bool ok = file.open(QIODevice::WriteOnly) &&
                        file.write(QJsonDocument(report).toJson(QJsonDocument::Compact)) > 0;
        QCoreApplication::exit(ok ? 0 : 1);
    }

    AgentOptions m_options;
    QRandomGenerator m_dice;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TicketRepository> m_repository;
    std::unique_ptr<replies::ReplyStore> m_replies;
    std::unique_ptr<TeamFeed> m_feed;
    QList<QueueRow> m_page;
    int m_ops = 0;
    QJsonArray m_created, m_sent, m_takes, m_resolves, m_writes, m_heard;
    int m_takesRefused = 0, m_resolvesRefused = 0, m_repliesRefused = 0;
    int m_errorCount = 0;
    QStringList m_errors;
};

} // namespace

int runAgent(const AgentOptions& options)
{
    Agent agent(options);
    QString error;
    if (!agent.open(&error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(options.name), qPrintable(error));
        return 1;
    }
    agent.run();
    return QCoreApplication::exec();
}

} // namespace rtcare::bench
