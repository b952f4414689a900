// SPDX-License-Identifier: MIT
// Issue 18: the team's shared templates, tone rules and SLA policy (team_data). Runs on both
// engines (RTCARE_TEST_ENGINE, testsupport.h); who may write is checked with real roles in
// tests/pg/test_pg_engine.cpp.
#include "catch.h"
#include "testsupport.h"

#include "model/inputlimits.h"
#include "replies/replydata.h"
#include "replies/tonechecker.h"
#include "storage/teamdata.h"

#include <QFile>
#include <QSqlQuery>

using namespace rtcare;
using rtcare::test::TempDatabase;

namespace {

const QByteArray kTemplates = R"({"version":1,"templates":[
  {"id":"team.hello","stage":"acknowledge",
   "title":{"en":"Team hello","zh_CN":"团队问候"},
   "body":{"en":"Hello from the team, {customer_name}.","zh_CN":"{customer_name}您好，这里是团队。"}},
  {"id":"ack.empathy","stage":"acknowledge",
   "title":{"en":"Our own acknowledgement","zh_CN":"我们自己的确认"},
   "body":{"en":"We hear you.","zh_CN":"我们听到了。"}}]})";

const QByteArray kToneRules = R"({"version":1,"rules":[
  {"id":"team.no_calm_down","category":"blame","lang":"en","pattern":"\\bcalm down\\b",
   "explanation":{"en":"Telling a customer to calm down makes it worse.",
                  "zh_CN":"让用户冷静只会火上浇油。"},
   "suggestion":{"en":"Acknowledge the frustration.","zh_CN":"先体谅用户的心情。"}}]})";

QByteArray builtInPolicyWithHighTier(int minutes)
{
    QFile file(QStringLiteral(":/rtcare/sla/default-policy.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    // The high tier's first response target, changed in place.
    const qsizetype at = json.indexOf("\"first_response_minutes\"");
    REQUIRE(at > 0);
    const qsizetype colon = json.indexOf(':', at);
    const qsizetype end = json.indexOf(',', colon);
    json.replace(colon + 1, end - colon - 1, QByteArray::number(minutes));
    return json;
}

} // namespace

TEST_CASE("team data: a document round-trips and a second connection sees a lead's change")
{
    TempDatabase t;
    StorageError error;
    CHECK_FALSE(teamdata::read(*t.database, QStringLiteral("templates"), &error));
    CHECK(error.message.isEmpty()); // nothing stored is not an error

    REQUIRE(teamdata::write(*t.database, QStringLiteral("templates"), kTemplates,
                            QStringLiteral("wang_fang"), &error));
    const auto stored = teamdata::read(*t.database, QStringLiteral("templates"), &error);
    REQUIRE(stored);
    CHECK(stored->json == kTemplates);
    CHECK(stored->updatedBy == QStringLiteral("wang_fang"));
    CHECK(stored->updatedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    // Another desktop (its own connection) reads what was stored, and a replacement.
    QString openError;
    const std::unique_ptr<Database> other = Database::open(t.path(), &openError);
    REQUIRE(other);
    REQUIRE(teamdata::write(*other, QStringLiteral("tone_rules"), kToneRules,
                            QStringLiteral("li_na"), &error));
    const auto rules = teamdata::read(*t.database, QStringLiteral("tone_rules"), &error);
    REQUIRE(rules);
    CHECK(rules->json == kToneRules);
    CHECK(rules->updatedBy == QStringLiteral("li_na"));
    const auto seen = teamdata::read(*other, QStringLiteral("templates"), &error);
    REQUIRE(seen);
    CHECK(seen->json == kTemplates);

    // Both sides: the owner of a file, and the server's owner role, may edit.
    CHECK(teamdata::canEdit(*t.database));
}

TEST_CASE("team data: a broken document is refused naming the entry, and nothing is stored")
{
    TempDatabase t;
    StorageError error;
    REQUIRE(teamdata::write(*t.database, QStringLiteral("templates"), kTemplates,
                            QStringLiteral("wang_fang"), &error));

    QByteArray broken = kTemplates;
    broken.replace("\"stage\":\"acknowledge\"", "\"stage\":\"small_talk\"");
    CHECK_FALSE(teamdata::write(*t.database, QStringLiteral("templates"), broken,
                                QStringLiteral("wang_fang"), &error, QStringLiteral("mine.json")));
    CHECK(error.isBadInput());
    CHECK(error.message.contains(QStringLiteral("mine.json: template 'team.hello': unknown "
                                                "stage 'small_talk'")));
    CHECK(error.message.contains(QStringLiteral("nothing was stored")));
    CHECK(teamdata::read(*t.database, QStringLiteral("templates"), &error)->json == kTemplates);

    // Not JSON, a rule with a bad pattern, a policy with a bad key, too large, an unknown name.
    CHECK_FALSE(
        teamdata::write(*t.database, QStringLiteral("tone_rules"), "{not json", QString(), &error));
    CHECK(error.message.contains(QStringLiteral("tone_rules: not a JSON object")));
    QByteArray badRule = kToneRules;
    badRule.replace("\\\\bcalm down\\\\b", "(calm");
    CHECK_FALSE(
        teamdata::write(*t.database, QStringLiteral("tone_rules"), badRule, QString(), &error));
    CHECK(error.message.contains(QStringLiteral("rule 'team.no_calm_down': invalid pattern")));
    CHECK_FALSE(teamdata::write(*t.database, QStringLiteral("sla_policy"),
                                builtInPolicyWithHighTier(-5), QString(), &error));
    CHECK(error.message.contains(QStringLiteral("first_response_minutes")));
    CHECK_FALSE(teamdata::write(*t.database, QStringLiteral("templates"),
                                QByteArray(limits::kDataFileBytes + 1, ' '), QString(), &error));
    CHECK(error.message.contains(QStringLiteral("larger than 1 MiB")));
    CHECK_FALSE(
        teamdata::write(*t.database, QStringLiteral("questions"), kTemplates, QString(), &error));
    CHECK(error.message.contains(QStringLiteral("not shared team data")));
    CHECK_FALSE(teamdata::read(*t.database, QStringLiteral("tone_rules"), &error));
    CHECK_FALSE(teamdata::read(*t.database, QStringLiteral("sla_policy"), &error));
}

TEST_CASE("team data: on a team server the desktop uses built-in plus the shared documents")
{
    TempDatabase t;
    StorageError error;
    REQUIRE(teamdata::write(*t.database, QStringLiteral("templates"), kTemplates,
                            QStringLiteral("wang_fang"), &error));
    REQUIRE(teamdata::write(*t.database, QStringLiteral("tone_rules"), kToneRules,
                            QStringLiteral("wang_fang"), &error));
    REQUIRE(teamdata::write(*t.database, QStringLiteral("sla_policy"),
                            builtInPolicyWithHighTier(10), QStringLiteral("wang_fang"), &error));

    const replies::ReplyData data = replies::loadReplyData(*t.database);
    QStringList policyProblems;
    const std::optional<SlaPolicy> policy = teamdata::sharedPolicy(*t.database, &policyProblems);
    CHECK(policyProblems.isEmpty());
    REQUIRE(policy);
    CHECK(policy->tiers().first().firstResponseMinutes == 10);
    const replies::ToneChecker checker(data.rules, data.toneModel);
    const bool flagsCalmDown =
        !checker
             .check(QStringLiteral("Please calm down, we are looking at it."), QStringLiteral("en"))
             .isEmpty();
    if (t.server) {
        CHECK(data.errors.isEmpty());
        REQUIRE(data.templates.find(QStringLiteral("team.hello")));
        // Same id replaces the built-in template; the others stay.
        CHECK(data.templates.find(QStringLiteral("ack.empathy"))->bodyEn ==
              QStringLiteral("We hear you."));
        CHECK(data.templates.templates().size() ==
              replies::TemplateLibrary::builtIn().templates().size() + 1);
        CHECK(data.rules.rule(QStringLiteral("team.no_calm_down")));
        CHECK(flagsCalmDown);
    } else {
        // A local file keeps the agent's own override files: the table is not read.
        CHECK_FALSE(data.templates.find(QStringLiteral("team.hello")));
        CHECK_FALSE(data.rules.rule(QStringLiteral("team.no_calm_down")));
    }
}

TEST_CASE("team data: a broken stored document is named and the built-in set keeps working")
{
    TempDatabase t;
    if (!t.server)
        return; // a file does not read the table (previous test)
    // Stored by hand past the check (an older program, an administrator's psql).
    QSqlQuery q(t.database->connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO team_data (name, document, updated_by, updated_at) VALUES "
                       "('templates', '{\"templates\":[{\"id\":\"team.bad\",\"stage\":\"nowhere\","
                       "\"body\":{\"en\":\"x\",\"zh_CN\":\"x\"}}]}', 'admin', 0), "
                       "('sla_policy', '{\"tiers\":[]}', 'admin', 0)")));
    const replies::ReplyData data = replies::loadReplyData(*t.database);
    REQUIRE(data.errors.size() == 1);
    CHECK(data.errors.first().contains(QStringLiteral("templates")));
    CHECK(data.errors.first().contains(QStringLiteral("template 'team.bad': unknown stage")));
    CHECK(data.templates.templates().size() ==
          replies::TemplateLibrary::builtIn().templates().size());
    QStringList problems;
    CHECK_FALSE(teamdata::sharedPolicy(*t.database, &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("the team's shared SLA policy")));
}
