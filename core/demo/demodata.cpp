// SPDX-License-Identifier: MIT
#include "demo/demodata.h"

#include "model/channel.h"
#include "model/ticketnumber.h"
#include "sla/policy.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/ticketbatch.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace rtcare {

namespace {

struct Device
{
    QString model;
    QStringList os;
};

// A planted signal: tickets matching `value` fall in `category` with `chance` (instead of
// the usual mix).
struct Signal
{
    QString value;
    Category category = Category::Other;
    double chance = 0;
};

// The word lists of resources/data/demo-vocabulary.json.
struct Vocabulary
{
    QStringList agents;
    Signal device, region, scenario;
    double scenarioReturnChance = 0; // a customer of the scenario files again
    int scenarioReturnDays = 6;
    QList<double> lateChance; // per agent: how often a first response comes late
    QStringList names[2];       // [0] zh_CN, [1] en
    QStringList enterprises[2];
    QStringList regions[2];
    QList<Device> devices;
    QStringList scenarios;
    QStringList networks;
    QStringList rootCauses;
    QHash<Category, QStringList> descriptions[2];

    static const Vocabulary& get();
};

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        result.append(item.toString());
    return result;
}

const Vocabulary& Vocabulary::get()
{
    static const Vocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/rtcare/data/demo-vocabulary.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("demo vocabulary resource missing");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        Vocabulary v;
        const char* languages[2] = {"zh_CN", "en"};
        for (int i = 0; i < 2; ++i) {
            const QLatin1String lang(languages[i]);
            v.names[i] = strings(root[QLatin1String("names")][lang]);
            v.enterprises[i] = strings(root[QLatin1String("enterprises")][lang]);
            v.regions[i] = strings(root[QLatin1String("regions")][lang]);
            for (Category category : kAllCategories) {
                v.descriptions[i][category] =
                    strings(root[QLatin1String("descriptions")][categoryId(category)][lang]);
            }
        }
        const QJsonArray devices = root[QLatin1String("devices")].toArray();
        for (const QJsonValue& device : devices)
            v.devices.append({device[QLatin1String("model")].toString(),
                              strings(device[QLatin1String("os")])});
        v.scenarios = strings(root[QLatin1String("scenarios")]);
        v.networks = strings(root[QLatin1String("networks")]);
        v.rootCauses = strings(root[QLatin1String("root_causes")]);
        v.agents = strings(root[QLatin1String("agents")]);
        if (v.agents.isEmpty())
            v.agents << QStringLiteral("demo");
        const QJsonObject signals = root[QLatin1String("signals")].toObject();
        const auto signal = [&](const char* key, const char* field) {
            const QJsonObject object = signals[QLatin1String(key)].toObject();
            return Signal{object[QLatin1String(field)].toString(),
                          categoryFromId(object[QLatin1String("category")].toString())
                              .value_or(Category::Other),
                          object[QLatin1String("chance")].toDouble()};
        };
        v.device = signal("device", "model");
        v.region = signal("region", "region");
        v.scenario = signal("scenario", "scenario");
        const QJsonObject scenario = signals[QLatin1String("scenario")].toObject();
        v.scenarioReturnChance = scenario[QLatin1String("return_chance")].toDouble();
        v.scenarioReturnDays = scenario[QLatin1String("return_days")].toInt(6);
        for (const QJsonValue& chance : signals[QLatin1String("late_chance_by_agent")].toArray())
            v.lateChance << chance.toDouble();
        return v;
    }();
    return vocabulary;
}

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_rng.bounded(n)); }
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    const QString& pick(const QStringList& list) { return list.at(below(int(list.size()))); }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(m_rng.bounded(256));
        bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_rng;
};

Category pickCategory(Dice& dice)
{
    // Quality complaints dominate, as in the domain's experience.
    const double r = dice.unit();
    if (r < 0.22)
        return Category::Network;
    if (r < 0.67)
        return Category::AvQuality;
    if (r < 0.80)
        return Category::Feature;
    if (r < 0.95)
        return Category::Compatibility;
    return Category::Other;
}

QString pickChannel(Dice& dice)
{
    static const QStringList weighted{
        QStringLiteral("chat"), QStringLiteral("chat"),  QStringLiteral("chat"),
        QStringLiteral("app"),  QStringLiteral("app"),   QStringLiteral("phone"),
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("social")};
    return dice.pick(weighted);
}

// Decides where in its life a ticket filed `age` seconds ago is now; `lateChance` is how
// often its agent answers after the due time.
void advanceLifecycle(Ticket& t, const QDateTime& now, const SlaPolicy& policy, Dice& dice,
                      const Vocabulary& words, double lateChance)
{
    const Tier* tier = policy.tier(t.priority);
    const qint64 target = qint64(tier ? tier->firstResponseMinutes : 60) * 60;
    const qint64 age = t.createdAt.secsTo(now);
    // First response still pending: the live part of the queue. Most recent complaints are
    // waiting; a few slip past their due time, as they do in a real team.
    const double pending = age < target / 2 ? 0.85 : age < target ? 0.6 : age < 2 * target ? 0.04 : 0;
    if (dice.chance(pending))
        return;
    // Most first responses are in time; some are late.
    const double share =
        dice.chance(1.0 - lateChance) ? 0.1 + 0.85 * dice.unit() : 1.02 + 0.8 * dice.unit();
    qint64 responseAfter = std::max<qint64>(60, qint64(double(target) * share));
    responseAfter = std::min(responseAfter, std::max<qint64>(1, age - 1));
    t.firstResponseAt = t.createdAt.addSecs(responseAfter);
    t.status = TicketStatus::Acknowledged;
    t.updatedAt = t.firstResponseAt;

    const qint64 sinceResponse = t.firstResponseAt.secsTo(now);
    const double openChance = sinceResponse < 4 * 3600 ? 0.8
                              : sinceResponse < 86400  ? 0.45
                              : sinceResponse < 3 * 86400 ? 0.15
                                                          : 0.004;
    const bool stillOpen = dice.chance(openChance);
    if (stillOpen) {
        static const TicketStatus working[] = {TicketStatus::Acknowledged,
                                               TicketStatus::Investigating,
                                               TicketStatus::Investigating,
                                               TicketStatus::WaitingCustomer,
                                               TicketStatus::Escalated};
        t.status = working[dice.below(5)];
        if (t.status == TicketStatus::WaitingCustomer)
            t.waitingSince = t.firstResponseAt.addSecs(dice.below(int(std::max<qint64>(1, sinceResponse))));
        return;
    }
    const qint64 toResolve = std::min<qint64>(sinceResponse, 1800 + dice.below(3 * 86400));
    t.resolvedAt = t.firstResponseAt.addSecs(std::max<qint64>(1, toResolve));
    t.updatedAt = t.resolvedAt;
    t.status = t.resolvedAt.secsTo(now) > 2 * 86400 && dice.chance(0.8) ? TicketStatus::Closed
                                                                        : TicketStatus::Resolved;
    t.rootCause = dice.pick(words.rootCauses);
}

} // namespace

std::optional<int> generateDemoTickets(const Database& database, const SlaPolicy& policy,
                                       const DemoOptions& options, QString* error)
{
    if (options.count <= 0) {
        *error = QStringLiteral("the number of tickets must be positive");
        return std::nullopt;
    }
    const Vocabulary& words = Vocabulary::get();
    const QDateTime now = options.now.isValid() ? options.now.toUTC()
                                                : QDateTime::currentDateTimeUtc();
    const int spanDays = options.spanDays > 0
                             ? options.spanDays
                             : std::clamp(options.count / 300, 7, 365);
    const qint64 spanSeconds = qint64(spanDays) * 86400;

    QSqlDatabase db = database.connection();
    qint64 existing = 0;
    qint64 lastId = 0;
    {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM tickets"))
            && count.next()) {
            existing = count.value(0).toLongLong();
            lastId = count.value(1).toLongLong();
        }
    }
    // Appending to a database that already has tickets must not repeat uuids.
    Dice dice(options.seed ^ quint32(existing * 2654435761u));

    // Filing times, oldest first, so numbers grow with time as they do in real life.
    std::vector<qint64> offsets(static_cast<std::size_t>(options.count));
    for (qint64& offset : offsets)
        offset = qint64(dice.unit() * double(spanSeconds));
    std::sort(offsets.begin(), offsets.end(), std::greater<>());

    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    const BulkLoadCache cache(db);
    TicketBatch tickets(db, policy);
    if (!tickets.isReady(error))
        return std::nullopt;

    // The search index's rows: a run's words are made on a second thread while the next
    // tickets are made and written (searchindex::RunWriter).
    constexpr int kIndexRun = 128 * TicketBatch::kBatch;
    searchindex::RunWriter searchRows(db, lastId);
    QHash<QDate, int> sequences;
    QDate day;
    qint64 dayStarts = 0; // the span of `day`, in seconds since the epoch
    qint64 dayEnds = 0;
    // Recent customers of the signal scenario, who may come back with the same problem.
    struct Returning
    {
        qint64 at = 0;
        int lang = 0;
        Customer who;
    };
    QList<Returning> returning;
    int written = 0;
    for (const qint64 offset : offsets) {
        Ticket t;
        const int lang = dice.chance(0.6) ? 0 : 1; // the customer's language
        t.uuid = dice.uuid();
        t.createdAt = now.addSecs(-offset - 60);
        t.updatedAt = t.createdAt;
        t.customer.name = dice.pick(words.names[lang]);
        t.customer.enterprise = dice.chance(0.2);
        t.customer.keyBusiness = t.customer.enterprise && dice.chance(0.4);
        if (t.customer.enterprise)
            t.customer.name += QStringLiteral(" · ") + dice.pick(words.enterprises[lang]);
        t.customer.contact = lang == 0
                                 ? QStringLiteral("1%1").arg(3000000000LL + dice.below(999999999))
                                 : QStringLiteral("user%1@example.com").arg(dice.below(90000) + 10000);
        t.channel = pickChannel(dice);
        t.category = pickCategory(dice);
        t.scenario = dice.pick(words.scenarios);
        t.network = dice.pick(words.networks);
        const Device& device = dice.pick(words.devices);
        t.deviceModel = device.model;
        t.os = dice.pick(device.os);
        t.region = dice.pick(words.regions[lang]);
        // The planted signals: what the demo's recommendations point at.
        for (const auto& [value, signal] :
             {std::pair{t.deviceModel, &words.device}, std::pair{t.region, &words.region},
              std::pair{t.scenario, &words.scenario}})
            if (value == signal->value && dice.chance(signal->chance))
                t.category = signal->category;
        int speaks = lang;
        if (t.scenario == words.scenario.value) {
            const qint64 at = t.createdAt.toSecsSinceEpoch();
            // Oldest first (tickets are written in time order): drop those too long ago.
            while (!returning.isEmpty()
                   && at - returning.first().at > qint64(words.scenarioReturnDays) * 86400)
                returning.removeFirst();
            if (!returning.isEmpty() && dice.chance(words.scenarioReturnChance)) {
                const Returning& again = dice.pick(returning);
                t.customer = again.who;
                speaks = again.lang;
            } else {
                returning.append({at, lang, t.customer});
            }
        }
        t.description = dice.pick(words.descriptions[speaks].value(t.category));
        const int agent = dice.below(int(words.agents.size()));
        t.assignee = words.agents.at(agent);
        ticketrows::applyPolicy(t, policy);
        advanceLifecycle(t, now, policy, dice, words, words.lateChance.value(agent, 0.15));

        // The local day of the ticket's number. Tickets come oldest first, so the day's span
        // in UTC is worked out once a day, not once a ticket (a local time costs a lookup of
        // the system's time zone).
        const qint64 createdSecs = t.createdAt.toSecsSinceEpoch();
        if (createdSecs < dayStarts || createdSecs >= dayEnds) {
            day = t.createdAt.toLocalTime().date();
            dayStarts = day.startOfDay(Qt::LocalTime).toSecsSinceEpoch();
            dayEnds = day.addDays(1).startOfDay(Qt::LocalTime).toSecsSinceEpoch();
        }
        auto sequence = sequences.find(day);
        if (sequence == sequences.end()) {
            QSqlQuery last(db);
            last.prepare(QStringLiteral("SELECT max(CAST(substr(number, 14) AS INTEGER)) FROM "
                                        "tickets WHERE number >= ? AND number < ?"));
            const QString prefix = TicketNumber::dayPrefix(day);
            last.addBindValue(prefix);
            last.addBindValue(prefix + QLatin1Char('~'));
            const int used = last.exec() && last.next() ? last.value(0).toInt() : 0;
            sequence = sequences.insert(day, used);
        }
        t.number = TicketNumber{day, ++*sequence}.toString();

        if (!tickets.add(t, error))
            return std::nullopt;
        searchRows.add(std::move(t));
        // A run starts when its tickets are all written (a full batch was just written).
        if (tickets.waiting() == 0 && searchRows.waiting() >= kIndexRun
            && !searchRows.startRun(error))
            return std::nullopt;
        ++written;
        if (options.progress && written % 10000 == 0)
            options.progress(written);
    }
    if (!tickets.flush(error))
        return std::nullopt;
    if (!searchRows.startRun(error))
        return std::nullopt;
    // Each ticket's audit line ("created by demo-data", its number), in ticket order.
    QSqlQuery audit(db);
    audit.prepare(QStringLiteral("INSERT INTO audit (ticket_id, at, actor, action, field, "
                                 "old_value, new_value, reason) SELECT id, created_at, "
                                 "'demo-data', 'create', '', '', number, '' FROM tickets WHERE "
                                 "id > ? ORDER BY id"));
    audit.addBindValue(lastId);
    if (!audit.exec()) {
        *error = audit.lastError().text();
        return std::nullopt;
    }
    if (!searchRows.finish(error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    return written;
}

} // namespace rtcare
