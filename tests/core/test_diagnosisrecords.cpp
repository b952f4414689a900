// SPDX-License-Identifier: MIT
// What the diagnosis writes to tickets (answers, facts, hypothesis; category with the
// priority following), and the incident hint read from the queue.
#include "catch.h"
#include "testsupport.h"

#include "diagnosis/devicemodels.h"
#include "diagnosis/incidentdetector.h"

using namespace rtcare;
using namespace rtcare::diagnosis;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

Ticket fileTicket(TempDatabase& t, Category category, const QString& region,
                  const QString& scenario = {}, const QString& device = {})
{
    NewTicket input;
    input.customer.name = u"李娜"_s;
    input.category = category;
    input.description = u"老是掉线"_s;
    input.region = region;
    input.scenario = scenario;
    input.deviceModel = device;
    QString error;
    const std::optional<Ticket> ticket = t.repository->create(input, &error);
    INFO(error.toStdString());
    REQUIRE(ticket);
    return *ticket;
}

QStringList fieldsOf(const QList<AuditEntry>& entries, const QString& action)
{
    QStringList fields;
    for (const AuditEntry& entry : entries) {
        if (entry.action == action)
            fields.append(entry.field);
    }
    return fields;
}

} // namespace

TEST_CASE("diagnosis records: answers, facts and hypothesis are stored and audited",
          "[diagnosis][repository]")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::AvQuality);
    CHECK(ticket.diagnosisAnswers == u"{}"_s);
    DiagnosisRecord record;
    record.scenario = u"live_cohost"_s;
    record.network = u"cellular"_s;
    record.deviceModel = u"Huawei Mate 20"_s;
    record.answersJson = u"{\"network\":\"cellular\",\"scenario\":\"live_cohost\"}"_s;
    record.hypothesis = u"user_network"_s;
    QString error;
    REQUIRE(t.repository->recordDiagnosis(ticket.id, record, &error));
    const Ticket stored = *t.repository->find(ticket.id);
    CHECK(stored.scenario == u"live_cohost"_s);
    CHECK(stored.network == u"cellular"_s);
    CHECK(stored.deviceModel == u"Huawei Mate 20"_s);
    CHECK(stored.diagnosisAnswers == record.answersJson);
    CHECK(stored.rootCauseHypothesis == u"user_network"_s);
    const QStringList fields = fieldsOf(t.repository->history(ticket.id), u"diagnosis"_s);
    CHECK(fields == (QStringList{u"scenario"_s, u"network"_s, u"device_model"_s,
                                 u"diagnosis_answers"_s, u"root_cause_hypothesis"_s}));
    // The same record again changes nothing and adds no history.
    REQUIRE(t.repository->recordDiagnosis(ticket.id, record, &error));
    CHECK(fieldsOf(t.repository->history(ticket.id), u"diagnosis"_s).size() == 5);
    CHECK_FALSE(t.repository->recordDiagnosis(999, record, &error));

    // Earlier tickets' models come first in the suggestions, then the shipped list.
    const QStringList models = deviceModelSuggestions(*t.database);
    REQUIRE(!models.isEmpty());
    CHECK(models.first() == u"Huawei Mate 20"_s);
    CHECK(models.count(u"Huawei Mate 20"_s) == 1);
    CHECK(models.contains(u"iPhone 12"_s));
}

TEST_CASE("diagnosis records: changing the category moves the priority with it",
          "[diagnosis][repository]")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::Compatibility);
    CHECK(ticket.priority == u"medium_low"_s);
    QString error;
    CHECK_FALSE(t.repository->changeCategory(ticket.id, Category::Network, u"  "_s, &error));
    CHECK(error.contains(u"Say why"_s));
    CHECK_FALSE(t.repository->changeCategory(ticket.id, Category::Compatibility, u"x"_s, &error));

    REQUIRE(t.repository->changeCategory(ticket.id, Category::Network,
                                         u"Suggested: “掉线” call drops"_s, &error));
    const Ticket changed = *t.repository->find(ticket.id);
    CHECK(changed.category == Category::Network);
    CHECK(changed.priority == u"high"_s);
    CHECK(changed.firstResponseDue == t.now.addSecs(15 * 60));
    const QList<AuditEntry> history = t.repository->history(ticket.id);
    CHECK(fieldsOf(history, u"category"_s) ==
          (QStringList{u"category"_s, u"priority"_s, u"first_response_due"_s}));
    CHECK(history.at(1).oldValue == u"compatibility"_s);
    CHECK(history.at(1).newValue == u"network"_s);
    CHECK(history.at(1).reason == u"Suggested: “掉线” call drops"_s);

    // An enterprise key-business complaint stays at the top tier whatever its category.
    const Ticket key = t.create(Category::Network, u"云帆直播"_s, true, true);
    REQUIRE(t.repository->changeCategory(key.id, Category::Feature, u"beauty filter"_s, &error));
    CHECK(t.repository->find(key.id)->priority == u"high"_s);
}

TEST_CASE("incident hint: three open tickets in 30 minutes sharing category and region",
          "[diagnosis][incident]")
{
    TempDatabase t;
    const Ticket first = fileTicket(t, Category::Network, u"广东 深圳"_s, u"live_cohost"_s);
    t.now = t.now.addSecs(10 * 60);
    fileTicket(t, Category::AvQuality, u"广东 深圳"_s); // another category
    const Ticket second = fileTicket(t, Category::Network, u"北京"_s, u"live_cohost"_s);
    t.now = t.now.addSecs(10 * 60);
    const Ticket third = fileTicket(t, Category::Network, u"广东 深圳"_s);

    const IncidentDetector detector(*t.database, IncidentSettings{});
    CHECK(detector.hintsFor(*t.repository->find(third.id)).isEmpty()); // two in Shenzhen

    t.now = t.now.addSecs(5 * 60);
    const Ticket fourth = fileTicket(t, Category::Network, u"广东 深圳"_s, u"live_cohost"_s);
    QList<IncidentHint> hints = detector.hintsFor(*t.repository->find(fourth.id));
    REQUIRE(hints.size() == 2);
    CHECK(hints.at(0).field == u"region"_s);
    CHECK(hints.at(0).value == u"广东 深圳"_s);
    REQUIRE(hints.at(0).tickets.size() == 3);
    CHECK(hints.at(0).tickets.at(0).id == first.id);
    CHECK(hints.at(0).tickets.at(2).id == fourth.id);
    CHECK(hints.at(1).field == u"scenario"_s); // first, second and fourth co-host
    CHECK(hints.at(1).tickets.size() == 3);
    CHECK(hints.at(1).tickets.at(1).id == second.id);

    // Resolved tickets do not count; neither do tickets outside the window.
    QString error;
    REQUIRE(t.repository->apply(first.id, TicketAction::SendFirstResponse, &error));
    REQUIRE(t.repository->apply(first.id, TicketAction::Resolve, &error));
    hints = detector.hintsFor(*t.repository->find(fourth.id));
    CHECK(hints.isEmpty());
    t.now = t.now.addSecs(40 * 60);
    const Ticket late = fileTicket(t, Category::Network, u"广东 深圳"_s);
    CHECK(detector.hintsFor(*t.repository->find(late.id)).isEmpty());

    // Configurable: two tickets are enough for a stricter team.
    IncidentSettings strict;
    strict.minTickets = 2;
    strict.match = {u"region"_s};
    CHECK(IncidentDetector(*t.database, strict).hintsFor(*t.repository->find(third.id)).size() ==
          1);
}

TEST_CASE("incident hint: settings from JSON are checked", "[diagnosis][incident]")
{
    QString error;
    std::optional<IncidentSettings> settings = IncidentSettings::fromJson(
        R"({"min_tickets": 4, "window_minutes": 15, "match": ["device_model"]})", u"i.json"_s,
        &error);
    REQUIRE(settings);
    CHECK(settings->minTickets == 4);
    CHECK(settings->windowMinutes == 15);
    CHECK(settings->match == QStringList{u"device_model"_s});
    CHECK_FALSE(IncidentSettings::fromJson(R"({"min_tickets": 1})", u"i.json"_s, &error));
    CHECK(error == u"i.json: min_tickets: must be a whole number of at least 2"_s);
    CHECK_FALSE(IncidentSettings::fromJson(R"({"match": ["customer"]})", u"i.json"_s, &error));
    CHECK(error.startsWith(u"i.json: match: 'customer' is not one of"_s));
    settings = IncidentSettings::load(&error);
    REQUIRE(settings);
    CHECK(settings->minTickets == 3);
    CHECK(settings->windowMinutes == 30);
}

TEST_CASE("Diagnosis drafts: kept unaudited as answers come, cleared when recorded", "[diagnosis]")
{
    TempDatabase t;
    const Ticket ticket = t.create(Category::AvQuality);
    QString error;
    const qsizetype historyBefore = t.repository->history(ticket.id).size();
    REQUIRE(t.repository->saveDiagnosisDraft(ticket.id, uR"({"scenario":"video_call"})"_s, &error));
    REQUIRE(t.repository->saveDiagnosisDraft(ticket.id, uR"({"scenario":"group_call"})"_s, &error));
    CHECK(t.repository->diagnosisDraft(ticket.id) == uR"({"scenario":"group_call"})"_s);
    CHECK(t.repository->history(ticket.id).size() == historyBefore);

    DiagnosisRecord record;
    record.scenario = u"group_call"_s;
    record.answersJson = uR"({"scenario":"group_call"})"_s;
    REQUIRE(t.repository->recordDiagnosis(ticket.id, record, &error));
    CHECK(t.repository->diagnosisDraft(ticket.id).isEmpty());
    CHECK(t.repository->find(ticket.id)->scenario == u"group_call"_s);
}
