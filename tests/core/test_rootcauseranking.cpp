// SPDX-License-Identifier: MIT
// Root-cause ranking with hand-computed expectations, the questionnaire's data and checks.
#include "catch.h"

#include "diagnosis/classifier.h"
#include "diagnosis/diagnosisfiles.h"
#include "diagnosis/questionnaire.h"
#include "diagnosis/rootcause.h"
#include "diagnosis/rootcauseranking.h"
#include "model/callcontext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rtcare;
using namespace rtcare::diagnosis;
using namespace Qt::StringLiterals;

namespace {

// Three causes, a prior of 1 on unknown; a follow-up that applies only when everyone is hit.
constexpr auto kSmall = R"({
  "causes": ["user_network", "server_side", "unknown"],
  "priors": {"unknown": 1},
  "questions": [
    {"id": "others", "label": "Others?", "phrasing": "Do others see it?", "answers": [
      {"id": "everyone", "text": "Everyone", "evidence": "everyone hit", "weights": {"server_side": 4, "user_network": -2}},
      {"id": "only_me", "text": "Only me", "evidence": "others fine", "weights": {"user_network": 2, "server_side": -2}}]},
    {"id": "network", "label": "Network", "phrasing": "Which network?", "answers": [
      {"id": "cellular", "text": "4G", "evidence": "on 4G", "weights": {"user_network": 2}},
      {"id": "wired", "text": "Cable"}]},
    {"id": "region_wide", "when": {"others": ["everyone"]}, "label": "Region", "phrasing": "Same region?", "answers": [
      {"id": "yes", "text": "Yes", "evidence": "same region", "weights": {"server_side": 1}}]}
  ]})";

Questionnaire small()
{
    QString error;
    std::optional<Questionnaire> q = Questionnaire::fromJson(kSmall, u"small.json"_s, &error);
    INFO(error.toStdString());
    REQUIRE(q);
    return *q;
}

const RankedCause& causeOf(const QList<RankedCause>& ranking, const QString& id)
{
    for (const RankedCause& ranked : ranking) {
        if (ranked.cause == id)
            return ranked;
    }
    FAIL("no such cause");
    return ranking.first();
}

} // namespace

TEST_CASE("ranking: with no answers nothing is known", "[diagnosis][ranking]")
{
    const QList<RankedCause> ranking = rankRootCauses(small(), {});
    REQUIRE(ranking.size() == 3);
    CHECK(ranking.first().cause == u"unknown"_s);
    CHECK(ranking.first().confidence == Approx(1.0));
    CHECK(ranking.at(1).confidence == 0);
}

TEST_CASE("ranking: others fine + on 4G -> the user's network", "[diagnosis][ranking]")
{
    // user_network = 2 + 2 = 4, server_side = -2, unknown = 1: positives sum to 5.
    const QList<RankedCause> ranking =
        rankRootCauses(small(), {{u"others"_s, u"only_me"_s}, {u"network"_s, u"cellular"_s}});
    CHECK(ranking.at(0).cause == u"user_network"_s);
    CHECK(ranking.at(0).score == 4);
    CHECK(ranking.at(0).confidence == Approx(0.8));
    CHECK(ranking.at(1).cause == u"unknown"_s);
    CHECK(ranking.at(1).confidence == Approx(0.2));
    CHECK(causeOf(ranking, u"server_side"_s).score == -2);
    CHECK(causeOf(ranking, u"server_side"_s).confidence == 0);
    CHECK(ranking.at(0).why(u"en"_s) ==
          u"others fine + on 4G → "_s + rootCauseDisplayName(u"user_network"));
    CHECK(causeOf(ranking, u"server_side"_s).why(u"en"_s).contains(u"(against: others fine)"_s));
}

TEST_CASE("ranking: everyone hit -> our servers, and a follow-up counts only where it applies",
          "[diagnosis][ranking]")
{
    // server_side = 4 + 1 = 5, user_network = -2 + 2 = 0, unknown = 1: 5/6 and 1/6.
    Answers answers{
        {u"others"_s, u"everyone"_s}, {u"network"_s, u"cellular"_s}, {u"region_wide"_s, u"yes"_s}};
    QList<RankedCause> ranking = rankRootCauses(small(), answers);
    CHECK(ranking.at(0).cause == u"server_side"_s);
    CHECK(ranking.at(0).confidence == Approx(5.0 / 6.0));
    CHECK(ranking.at(1).cause == u"unknown"_s); // user_network's 0 ties with nothing above it
    CHECK(ranking.at(1).confidence == Approx(1.0 / 6.0));

    // The follow-up no longer applies once the agent changes the first answer: user 4, unknown 1.
    answers[u"others"_s] = u"only_me"_s;
    ranking = rankRootCauses(small(), answers);
    CHECK(ranking.at(0).cause == u"user_network"_s);
    CHECK(ranking.at(0).confidence == Approx(0.8));
    CHECK(small().applicableQuestions(answers).size() == 2);
}

TEST_CASE("ranking: the shipped questionnaire's worked example", "[diagnosis][ranking]")
{
    // stutter: user 2, server 1, device 1; cellular: user 2; only this user: user 2,
    // device 1, server -2; only on this network: user 4. user 10, device 2, server -1,
    // unknown prior 1 -> 10/13, 2/13, 1/13.
    const Answers answers{{u"symptom"_s, u"stutter"_s},
                          {u"network"_s, u"cellular"_s},
                          {u"others_affected"_s, u"only_this_user"_s},
                          {u"other_network"_s, u"only_this_network"_s}};
    const QList<RankedCause> ranking = rankRootCauses(Questionnaire::builtIn(), answers);
    CHECK(ranking.at(0).cause == u"user_network"_s);
    CHECK(ranking.at(0).score == 10);
    CHECK(ranking.at(0).confidence == Approx(10.0 / 13.0));
    CHECK(ranking.at(1).cause == u"device_performance"_s);
    CHECK(ranking.at(1).confidence == Approx(2.0 / 13.0));
    CHECK(ranking.at(2).cause == u"unknown"_s);
    CHECK(ranking.at(0).why(u"en"_s).startsWith(u"only on this network + "_s));
    CHECK(ranking.at(0).why(u"zh_CN"_s).startsWith(u"只在这个网络下出现 + "_s));

    // Echo that the far end hears, gone with earphones: client settings 2 + 3 + 3 = 8.
    const QList<RankedCause> echo =
        rankRootCauses(Questionnaire::builtIn(), {{u"symptom"_s, u"echo"_s},
                                                  {u"echo_heard_by"_s, u"far_end_hears_self"_s},
                                                  {u"with_earphones"_s, u"goes_away"_s}});
    CHECK(echo.at(0).cause == u"client_settings"_s);
    CHECK(echo.at(0).score == 8);
}

TEST_CASE("questionnaire: the shipped file asks the three facts with the known ids",
          "[diagnosis][questionnaire]")
{
    const Questionnaire& q = Questionnaire::builtIn();
    REQUIRE(q.question(u"scenario"_s));
    CHECK(q.question(u"scenario"_s)->answerIds() == scenarioIds());
    REQUIRE(q.question(u"network"_s));
    CHECK(q.question(u"network"_s)->answerIds() == networkIds());
    REQUIRE(q.question(u"device_model"_s));
    CHECK(q.question(u"device_model"_s)->kind == Question::Kind::Text);
    CHECK(q.question(u"device_model"_s)->field == u"device_model"_s);
    for (const Question& question : q.questions()) {
        INFO(question.id.toStdString());
        CHECK(!question.phrasing.zhCN.isEmpty());
        CHECK(!question.phrasing.en.isEmpty());
        CHECK(question.answers.size() <= Question::kMaxAnswers);
        for (const AnswerOption& answer : question.answers) {
            CHECK(!answer.text.zhCN.isEmpty());
            CHECK(!answer.text.en.isEmpty());
        }
    }
    // Echo follow-ups only for echo.
    CHECK(q.applicableQuestions({{u"symptom"_s, u"echo"_s}}).size() >
          q.applicableQuestions({{u"symptom"_s, u"other"_s}}).size());
    for (const QString& cause : rootCauseIds())
        CHECK(!NextSteps::builtIn().forCause(cause).isEmpty());
}

TEST_CASE("questionnaire: answers are checked and bad files named", "[diagnosis][questionnaire]")
{
    QString error;
    CHECK(small().validate({{u"network"_s, u"wired"_s}}, u"a.json"_s, &error));
    CHECK_FALSE(small().validate({{u"planet"_s, u"mars"_s}}, u"a.json"_s, &error));
    CHECK(error.startsWith(u"a.json: \"planet\" is not a question id"_s));
    CHECK_FALSE(small().validate({{u"network"_s, u"moon"_s}}, u"a.json"_s, &error));
    CHECK(error == u"a.json: \"network\": \"moon\" is not one of its answers (cellular, wired)"_s);

    CHECK_FALSE(answersFromJson("[1]", u"a.json"_s, &error));
    CHECK(error.contains(u"expected a JSON object"_s));
    CHECK_FALSE(answersFromJson(R"({"network": 3})", u"a.json"_s, &error));
    CHECK(error == u"a.json: \"network\": the answer must be a string"_s);
    const std::optional<Answers> parsed = answersFromJson(R"({"network":"wired"})", {}, &error);
    REQUIRE(parsed);
    CHECK(answersToJson(*parsed) == u"{\"network\":\"wired\"}"_s);

    CHECK_FALSE(Questionnaire::fromJson(
        R"({"questions":[{"id":"a","label":"A","phrasing":"A?","answers":[{"id":"x","weights":{"wifi":1}}]}]})",
        u"q.json"_s, &error));
    CHECK(error == u"q.json: questions[0].answers[0].weights: unknown root cause 'wifi'"_s);
    CHECK_FALSE(Questionnaire::fromJson(
        R"({"questions":[{"id":"a","label":"A","phrasing":"A?","when":{"b":["x"]},"answers":[{"id":"x"}]}]})",
        u"q.json"_s, &error));
    CHECK(error == u"q.json: questions[0].when: 'b' is not an earlier question"_s);
}

TEST_CASE("questionnaire: a user's override file replaces the built-in one",
          "[diagnosis][questionnaire]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    qputenv("RTCARE_DIAGNOSIS_DIR", dir.path().toUtf8());
    CHECK(overrideFolder() == dir.path());
    QString error;
    std::optional<Questionnaire> loaded = Questionnaire::load(&error);
    REQUIRE(loaded);
    CHECK(loaded->questions().size() == Questionnaire::builtIn().questions().size());

    QFile file(QDir(dir.path()).filePath(u"questionnaire.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kSmall);
    file.close();
    loaded = Questionnaire::load(&error);
    REQUIRE(loaded);
    CHECK(loaded->questions().size() == 3);

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ nope");
    file.close();
    CHECK_FALSE(Questionnaire::load(&error));
    CHECK(error.startsWith(file.fileName() + u": not valid JSON"_s));
    qunsetenv("RTCARE_DIAGNOSIS_DIR");
}

TEST_CASE("attached call statistics weigh in on the ranking")
{
    const diagnosis::Questionnaire& questionnaire = diagnosis::Questionnaire::builtIn();
    const diagnosis::Question* evidence = questionnaire.evidenceQuestion();
    REQUIRE(evidence);
    const diagnosis::Answers answers{{QStringLiteral("symptom"), QStringLiteral("stutter")}};

    const auto score = [&](const QList<diagnosis::RankedCause>& ranking, const char* cause) {
        for (const diagnosis::RankedCause& ranked : ranking) {
            if (ranked.cause == QLatin1String(cause))
                return ranked.score;
        }
        return 0.0;
    };
    const auto plain = diagnosis::rankRootCauses(questionnaire, answers);
    const auto userSide = diagnosis::rankRootCauses(questionnaire, answers,
                                                    QStringLiteral("user_network"));
    // The resource's weights for the hint, added to the answers' scores.
    const double weight = evidence->answer(QStringLiteral("user_network"))
                              ->weights.value(QStringLiteral("user_network"));
    REQUIRE(weight > 0);
    CHECK(score(userSide, "user_network") == Approx(score(plain, "user_network") + weight));
    CHECK(userSide.constFirst().cause == QStringLiteral("user_network"));
    bool named = false;
    for (const diagnosis::Contribution& c : userSide.constFirst().contributions)
        named = named || c.questionId == QStringLiteral("call_stats");
    CHECK(named);

    // A clean network moves the ranking away from the network.
    const auto clean = diagnosis::rankRootCauses(questionnaire, answers,
                                                 QStringLiteral("not_network"));
    CHECK(score(clean, "user_network") < score(plain, "user_network"));
    CHECK(score(clean, "device_performance") > score(plain, "device_performance"));
    // No evidence, or evidence that says nothing, changes nothing.
    CHECK(score(diagnosis::rankRootCauses(questionnaire, answers, QStringLiteral("unknown")),
                "user_network")
          == Approx(score(plain, "user_network")));
}

namespace {

QStringList applicableIds(const Questionnaire& q, const QString& complaint, Answers answers = {})
{
    const Classification c = Classifier::builtIn().classify(complaint);
    if (!c.prefillSymptom.isEmpty())
        answers.insert(u"symptom"_s, c.prefillSymptom);
    QStringList ids;
    for (const Question* question : q.applicableQuestions(answers, c.prefillSymptoms))
        ids.append(question->id);
    return ids;
}

} // namespace

TEST_CASE("questions follow every symptom the complaint names and fit its category",
          "[diagnosis][questionnaire]")
{
    const Questionnaire& q = Questionnaire::builtIn();
    // Delay and an echo: the echo's follow-ups are asked as well as the delay's.
    const QStringList both = applicableIds(q, u"延迟特别大,还有回声"_s);
    CHECK(both.contains(u"echo_heard_by"_s));
    CHECK(both.contains(u"with_earphones"_s));
    CHECK(both.contains(u"other_network"_s));
    const QStringList delayOnly = applicableIds(q, u"延迟特别大"_s);
    CHECK_FALSE(delayOnly.contains(u"echo_heard_by"_s));
    CHECK(applicableIds(q, u"There's a huge delay and we hear an echo too"_s)
              .contains(u"echo_heard_by"_s));

    // A crash on launch on one phone: no questions about network stability or region.
    const QStringList crash = applicableIds(q, u"只有在华为P30上一打开就闪退，别的手机都正常"_s);
    CHECK_FALSE(crash.contains(u"network_stability"_s));
    CHECK_FALSE(crash.contains(u"region"_s));
    CHECK(crash.contains(u"device_model"_s));
    CHECK(crash.contains(u"os"_s));
    // ...unless it also stutters: then the network matters again.
    CHECK(applicableIds(q, u"闪退，而且视频也很卡"_s).contains(u"network_stability"_s));
}
