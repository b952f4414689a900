// SPDX-License-Identifier: MIT
#include "exchange/ticketjson.h"

#include "model/channel.h"
#include "model/inputlimits.h"
#include "model/ticketnumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>
#include <QUuid>

namespace rtcare::ticketjson {

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// Reads the fields of one object, remembering the first problem.
class Reader
{
public:
    explicit Reader(const QJsonObject& object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    {
    }

    // A string of at most `limit` characters, without NUL characters.
    QString text(const char* key, bool required = false, qsizetype limit = limits::kFieldChars)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        const QString result = value.toString().trimmed();
        if (required && result.isEmpty())
            fail(key, QStringLiteral("must not be empty"));
        if (const QString problem = limits::textProblem(result, limit); !problem.isEmpty()) {
            fail(key, problem);
            return {};
        }
        return result;
    }

    bool flag(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    QDateTime time(const char* key, bool required = false)
    {
        const QString value = text(key, required);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            fail(key, QStringLiteral("'%1' is not an ISO 8601 time").arg(value));
            return {};
        }
        if (parsed.timeSpec() == Qt::LocalTime) {
            fail(key, QStringLiteral("'%1' has no time zone; add Z or an offset such as +08:00")
                          .arg(value));
            return {};
        }
        const QDateTime utc = parsed.toUTC();
        if (utc.date().year() < limits::kEarliestYear || utc.date().year() > limits::kLatestYear) {
            fail(key, QStringLiteral("'%1' is outside the years %2 to %3 RTCare accepts")
                          .arg(value)
                          .arg(limits::kEarliestYear)
                          .arg(limits::kLatestYear));
            return {};
        }
        return utc;
    }

    // An object of string values (question id -> answer id), as compact JSON; "{}" when
    // absent.
    QString stringMap(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return QStringLiteral("{}");
        const QJsonObject object = value.toObject();
        bool strings = value.isObject();
        for (auto it = object.constBegin(); strings && it != object.constEnd(); ++it)
            strings = it.value().isString();
        if (!strings) {
            fail(key, QStringLiteral("must be an object of question id -> answer id (strings)"));
            return QStringLiteral("{}");
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QString problem = limits::textProblem(it.key(), limits::kFieldChars);
            if (problem.isEmpty())
                problem = limits::textProblem(it.value().toString(), limits::kFieldChars);
            if (!problem.isEmpty()) {
                fail(key, QStringLiteral("'%1': %2").arg(it.key().left(40), problem));
                return QStringLiteral("{}");
            }
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void fail(const char* key, const QString& reason)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1%2: %3").arg(m_prefix, QLatin1String(key), reason);
    }
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    void adopt(const Reader& other)
    {
        if (m_error.isEmpty())
            m_error = other.m_error;
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};

} // namespace

QJsonObject toJson(const Ticket& t)
{
    QJsonObject customer{{QStringLiteral("name"), t.customer.name},
                         {QStringLiteral("contact"), t.customer.contact},
                         {QStringLiteral("enterprise"), t.customer.enterprise},
                         {QStringLiteral("key_business"), t.customer.keyBusiness}};
    return QJsonObject{
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("uuid"), t.uuid},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("created_at"), timeValue(t.createdAt)},
        {QStringLiteral("updated_at"), timeValue(t.updatedAt)},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("channel"), t.channel},
        {QStringLiteral("category"), categoryId(t.category)},
        {QStringLiteral("priority"), t.priority},
        {QStringLiteral("status"), statusId(t.status)},
        {QStringLiteral("scenario"), t.scenario},
        {QStringLiteral("network"), t.network},
        {QStringLiteral("device_model"), t.deviceModel},
        {QStringLiteral("os"), t.os},
        {QStringLiteral("region"), t.region},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("first_response_at"), timeValue(t.firstResponseAt)},
        {QStringLiteral("resolved_at"), timeValue(t.resolvedAt)},
        {QStringLiteral("root_cause"), t.rootCause},
        {QStringLiteral("root_cause_hypothesis"), t.rootCauseHypothesis},
        {QStringLiteral("diagnosis_answers"),
         QJsonDocument::fromJson(t.diagnosisAnswers.toUtf8()).object()},
        {QStringLiteral("assignee"), t.assignee},
    };
}

std::optional<Ticket> fromJson(const QJsonObject& object, const SlaPolicy& policy, QString* error)
{
    Reader r(object);
    Ticket t;
    const QString schema = r.text("schema");
    if (!schema.isEmpty() && schema != QLatin1String(kSchema))
        r.fail("schema", QStringLiteral("'%1' is not %2").arg(schema, QLatin1String(kSchema)));

    t.uuid = r.text("uuid");
    if (!t.uuid.isEmpty()) {
        const QUuid uuid = QUuid::fromString(t.uuid);
        if (uuid.isNull())
            r.fail("uuid", QStringLiteral("'%1' is not a UUID").arg(t.uuid));
        else
            t.uuid = uuid.toString(QUuid::WithoutBraces);
    }
    t.number = r.text("number");
    if (!t.number.isEmpty() && !TicketNumber::parse(t.number))
        r.fail("number", QStringLiteral("'%1' is not like RTC-20261124-0007").arg(t.number));
    t.createdAt = r.time("created_at", true);

    const QJsonValue customerValue = object.value(QLatin1String("customer"));
    if (!customerValue.isObject()) {
        r.fail("customer", customerValue.isUndefined() ? QStringLiteral("is missing")
                                                       : QStringLiteral("must be an object"));
    } else {
        Reader c(customerValue.toObject(), QStringLiteral("customer."));
        t.customer.name = c.text("name", true, limits::kNameChars);
        t.customer.contact = c.text("contact", false, limits::kNameChars);
        t.customer.enterprise = c.flag("enterprise");
        t.customer.keyBusiness = c.flag("key_business");
        r.adopt(c);
    }

    const QString channel = r.text("channel");
    t.channel = channel.isEmpty() ? QStringLiteral("other") : channel;
    if (!isKnownChannel(t.channel))
        r.fail("channel", QStringLiteral("'%1' is not one of %2")
                              .arg(t.channel, channelIds().join(QStringLiteral(", "))));

    const QString category = r.text("category", true);
    if (const auto parsed = categoryFromId(category))
        t.category = *parsed;
    else if (!category.isEmpty())
        r.fail("category", QStringLiteral("'%1' is not one of network, av_quality, feature, "
                                          "compatibility, other")
                               .arg(category));

    t.priority = r.text("priority");
    if (!t.priority.isEmpty() && !policy.tier(t.priority)) {
        QStringList tiers;
        for (const Tier& tier : policy.tiers())
            tiers.append(tier.id);
        r.fail("priority", QStringLiteral("'%1' is not a tier of the active policy (%2)")
                               .arg(t.priority, tiers.join(QStringLiteral(", "))));
    }

    const QString status = r.text("status");
    if (status.isEmpty())
        t.status = TicketStatus::New;
    else if (const auto parsed = statusFromId(status))
        t.status = *parsed;
    else
        r.fail("status", QStringLiteral("'%1' is not a ticket status").arg(status));

    t.scenario = r.text("scenario");
    t.network = r.text("network");
    t.deviceModel = r.text("device_model");
    t.os = r.text("os");
    t.region = r.text("region");
    t.description = r.text("description", false, limits::kDescriptionChars);
    t.rootCause = r.text("root_cause");
    t.rootCauseHypothesis = r.text("root_cause_hypothesis");
    t.diagnosisAnswers = r.stringMap("diagnosis_answers");
    t.assignee = r.text("assignee");
    t.firstResponseAt = r.time("first_response_at");
    t.resolvedAt = r.time("resolved_at");
    const QDateTime updatedAt = r.time("updated_at"); // optional: older exports lack it

    // The lifecycle must be consistent with the times.
    if (r.ok()) {
        const bool responded = t.firstResponseAt.isValid();
        if (t.status == TicketStatus::New && responded)
            r.fail("first_response_at", QStringLiteral("is set but the status is 'new'"));
        if (t.status != TicketStatus::New && !responded)
            r.fail("first_response_at",
                   QStringLiteral("is missing; status '%1' means a first response was sent")
                       .arg(statusId(t.status)));
        if (responded && t.firstResponseAt < t.createdAt)
            r.fail("first_response_at", QStringLiteral("is before created_at"));
        if (!isOpen(t.status) && !t.resolvedAt.isValid())
            r.fail("resolved_at", QStringLiteral("is missing; the status is '%1'")
                                      .arg(statusId(t.status)));
        if (t.resolvedAt.isValid() && t.resolvedAt < t.createdAt)
            r.fail("resolved_at", QStringLiteral("is before created_at"));
    }
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    t.updatedAt = std::max({t.createdAt, t.firstResponseAt, t.resolvedAt});
    if (updatedAt.isValid() && updatedAt > t.updatedAt)
        t.updatedAt = updatedAt;
    return t;
}

} // namespace rtcare::ticketjson
