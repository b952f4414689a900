// SPDX-License-Identifier: MIT
// The team lead's report on data sets whose every figure is known.
#include "catch.h"
#include "reportdata.h"
#include "testsupport.h"

#include "reports/periodreport.h"
#include "reports/reportexport.h"
#include "reports/reportlabels.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace rtcare;
using namespace rtcare::test;

namespace {

const qint64 S = utc("2026-11-01T00:00:00Z").toSecsSinceEpoch();
const qint64 H = 3600;
const qint64 D = 86400;

QJsonObject computeJson(const TempDatabase& db, const ReportThresholds& thresholds = {})
{
    QString error;
    const std::optional<PeriodReport> report = computeReport(
        *db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
        utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), thresholds, &error);
    INFO(error.toStdString());
    REQUIRE(report);
    return reportJson(*report);
}

void plantKnownSet(const Database& d)
{
    const QString net = QStringLiteral("network"), av = QStringLiteral("av_quality");
    const QString high = QStringLiteral("high"), mh = QStringLiteral("medium_high");
    const QString mate = QStringLiteral("Mate 40"), iphone = QStringLiteral("iPhone 12"),
                  redmi = QStringLiteral("Redmi 9");
    const QString gd = QStringLiteral("广东"), bj = QStringLiteral("北京"),
                  sh = QStringLiteral("上海");
    const QString video = QStringLiteral("video_call"), cohost = QStringLiteral("live_cohost");
    const QString resolved = QStringLiteral("resolved");
    // clang-format off
    insertRow(d, {S + H, net, high, resolved, mate, gd, video, QStringLiteral("c1"), 900, 600, QStringLiteral("user_network"), QStringLiteral("user_network")});
    insertRow(d, {S + 2 * H, net, high, resolved, mate, gd, video, QStringLiteral("c2"), 900, 1200, QStringLiteral("server_side"), QStringLiteral("user_network")});
    insertRow(d, {S + 3 * H, net, high, QStringLiteral("new"), mate, gd, cohost, QStringLiteral("c1"), 900, -1});
    insertRow(d, {S + D, av, mh, resolved, iphone, bj, video, QStringLiteral("c3"), 1800, 300, QStringLiteral("device"), QStringLiteral("device")});
    insertRow(d, {S + D + H, av, mh, QStringLiteral("acknowledged"), iphone, bj, video, QStringLiteral("c4"), 1800, 1800});
    insertRow(d, {S + 2 * D, QStringLiteral("compatibility"), QStringLiteral("medium_low"), QStringLiteral("new"), redmi, sh, cohost, QStringLiteral("c1"), D, -1});
    insertRow(d, {S + 3 * D, QStringLiteral("feature"), QStringLiteral("medium"), resolved, {}, sh, {}, QStringLiteral("c5"), 7200, 3600, QStringLiteral("user_network")});
    insertRow(d, {S + 6 * D, QStringLiteral("feature"), QStringLiteral("medium"), QStringLiteral("closed"), redmi, {}, QStringLiteral("group_call"), QStringLiteral("c6"), 7200, 7000});
    insertRow(d, {S + 6 * D + 23 * H, QStringLiteral("other"), QStringLiteral("medium"), QStringLiteral("new"), {}, {}, {}, {}, 3 * D, -1});
    insertRow(d, {S + 5 * D, av, mh, resolved, iphone, bj, video, QStringLiteral("c3"), 1800, 900});
    // the period before
    insertRow(d, {S - D, net, high, resolved, mate, gd, video, QStringLiteral("c7"), 900, 100});
    insertRow(d, {S - 2 * D, av, mh, resolved, iphone, QStringLiteral("深圳"), video, QStringLiteral("c2"), 1800, 60});
    // outside both periods
    insertRow(d, {S + 7 * D, net, high, QStringLiteral("new"), mate, gd, video, QStringLiteral("c1"), 900, -1});
    insertRow(d, {S - 8 * D, net, high, QStringLiteral("new"), mate, gd, video, QStringLiteral("c9"), 900, -1});
    // clang-format on
}

QJsonObject top(const QString& name, qint64 count, double share)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("share_pct"), share}};
}

void checkTop(const QJsonArray& actual, const QList<QJsonObject>& expected,
              const QList<qint64>& previous)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject row = actual.at(i).toObject();
        CHECK(row.value(QStringLiteral("name")).toString() == expected.at(i).value(QStringLiteral("name")).toString());
        CHECK(row.value(QStringLiteral("count")).toInteger() == expected.at(i).value(QStringLiteral("count")).toInteger());
        CHECK(row.value(QStringLiteral("share_pct")).toDouble() == expected.at(i).value(QStringLiteral("share_pct")).toDouble());
        CHECK(row.value(QStringLiteral("previous")).toInteger() == previous.at(i));
    }
}

QJsonObject counts(std::initializer_list<std::pair<const char*, int>> pairs)
{
    QJsonObject object;
    for (const auto& [key, value] : pairs)
        object.insert(QString::fromUtf8(key), value);
    return object;
}

QStringList kinds(const QJsonObject& json)
{
    QStringList out;
    for (const QJsonValue& rec : json.value(QStringLiteral("recommendations")).toArray())
        out << rec[QStringLiteral("kind")].toString() + QLatin1Char(':')
                   + rec[QStringLiteral("subject")].toString();
    return out;
}

// 200 tickets spread evenly over devices, regions, categories and the week; no one returns.
void plantUniform(const Database& d)
{
    const QStringList categories{QStringLiteral("network"), QStringLiteral("av_quality"),
                                 QStringLiteral("compatibility"), QStringLiteral("feature")};
    for (int i = 0; i < 200; ++i)
        insertRow(d, {S + qint64(i) * 50 * 60, categories.at(i % 4), QStringLiteral("high"),
                      QStringLiteral("new"), QStringLiteral("D%1").arg((i / 4) % 10),
                      QStringLiteral("R%1").arg((i / 4) % 10),
                      QStringLiteral("S%1").arg(i % 5), QStringLiteral("u%1").arg(i), 900, 60});
}

} // namespace

TEST_CASE("report: every figure of a known data set", "[reports]")
{
    TempDatabase db;
    plantKnownSet(*db.database);
    const QJsonObject json = computeJson(db);
    CHECK(json.value(QStringLiteral("total")).toInteger() == 10);
    CHECK(json.value(QStringLiteral("previous_total")).toInteger() == 2);
    CHECK(json.value(QStringLiteral("by_category")).toObject()
          == counts({{"network", 3}, {"av_quality", 3}, {"compatibility", 1}, {"feature", 2},
                     {"other", 1}}));
    CHECK(json.value(QStringLiteral("by_priority")).toObject()
          == counts({{"high", 3}, {"medium_high", 3}, {"medium", 3}, {"medium_low", 1}}));
    CHECK(json.value(QStringLiteral("by_status")).toObject()
          == counts({{"new", 3}, {"resolved", 5}, {"acknowledged", 1}, {"closed", 1}}));

    const QJsonObject sla = json.value(QStringLiteral("sla")).toObject();
    REQUIRE(sla.keys().size() == 4);
    const auto tier = [&](const char* id, int tickets, int responded, int met, int missed,
                          double pct, int median, int p90) {
        const QJsonObject t = sla.value(QString::fromUtf8(id)).toObject();
        INFO(id);
        CHECK(t.value(QStringLiteral("tickets")).toInteger() == tickets);
        CHECK(t.value(QStringLiteral("responded")).toInteger() == responded);
        CHECK(t.value(QStringLiteral("met")).toInteger() == met);
        CHECK(t.value(QStringLiteral("missed")).toInteger() == missed);
        CHECK(t.value(QStringLiteral("attainment_pct")).toDouble() == pct);
        CHECK(t.value(QStringLiteral("median_first_response_s")).toInteger() == median);
        CHECK(t.value(QStringLiteral("p90_first_response_s")).toInteger() == p90);
    };
    tier("high", 3, 2, 1, 2, 33.3, 600, 1200);
    tier("medium_high", 3, 3, 3, 0, 100.0, 900, 1800);
    tier("medium", 3, 2, 2, 0, 100.0, 3600, 7000);
    tier("medium_low", 1, 0, 0, 1, 0.0, 0, 0);
    CHECK(json.value(QStringLiteral("breach_count")).toInteger() == 3);
    CHECK(json.value(QStringLiteral("breaches")).toArray().size() == 3);

    checkTop(json.value(QStringLiteral("top_device_models")).toArray(),
             {top(QStringLiteral("Mate 40"), 3, 30.0), top(QStringLiteral("iPhone 12"), 3, 30.0),
              top(QStringLiteral("Redmi 9"), 2, 20.0)},
             {1, 1, 0});
    checkTop(json.value(QStringLiteral("top_regions")).toArray(),
             {top(QStringLiteral("北京"), 3, 30.0), top(QStringLiteral("广东"), 3, 30.0),
              top(QStringLiteral("上海"), 2, 20.0)},
             {0, 1, 0});
    checkTop(json.value(QStringLiteral("top_scenarios")).toArray(),
             {top(QStringLiteral("video_call"), 5, 50.0), top(QStringLiteral("live_cohost"), 2, 20.0),
              top(QStringLiteral("group_call"), 1, 10.0)},
             {2, 0, 0});

    const QJsonObject recurring = json.value(QStringLiteral("recurring")).toObject();
    CHECK(recurring.value(QStringLiteral("customers")).toInteger() == 3);
    CHECK(recurring.value(QStringLiteral("tickets")).toInteger() == 4);
    CHECK(recurring.value(QStringLiteral("by_scenario")).toObject()
          == counts({{"live_cohost", 2}, {"video_call", 2}}));
    CHECK(recurring.value(QStringLiteral("by_category")).toObject()
          == counts({{"network", 2}, {"av_quality", 1}, {"compatibility", 1}}));

    const QJsonObject causes = json.value(QStringLiteral("root_causes")).toObject();
    CHECK(causes.value(QStringLiteral("confirmed")).toObject()
          == counts({{"user_network", 2}, {"server_side", 1}, {"device", 1}}));
    CHECK(causes.value(QStringLiteral("hypothesis")).toObject()
          == counts({{"user_network", 2}, {"device", 1}}));
    CHECK(causes.value(QStringLiteral("resolved_with_cause")).toInteger() == 4);
    CHECK(causes.value(QStringLiteral("hypothesis_confirmed")).toInteger() == 2);

    const QJsonArray volume = json.value(QStringLiteral("volume")).toArray();
    REQUIRE(volume.size() == 7);
    CHECK(volume.at(0)[QStringLiteral("start")].toString() == QStringLiteral("2026-11-01"));
    CHECK(volume.at(0)[QStringLiteral("by_category")][QStringLiteral("network")].toInt() == 3);
    CHECK(volume.at(6)[QStringLiteral("by_category")][QStringLiteral("other")].toInt() == 1);
    CHECK(json.value(QStringLiteral("recommendations")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("incidents")).toArray().isEmpty());
}

TEST_CASE("report: recommendations stay silent on uniform data", "[reports]")
{
    TempDatabase db;
    plantUniform(*db.database);
    const QJsonObject json = computeJson(db, ReportThresholds::builtIn());
    CHECK(json.value(QStringLiteral("total")).toInteger() == 200);
    CHECK(kinds(json).isEmpty());
    CHECK(json.value(QStringLiteral("incidents")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("recurring"))[QStringLiteral("tickets")].toInt() == 0);
}

TEST_CASE("report: each recommendation fires on its planted signal", "[reports]")
{
    TempDatabase db;
    plantUniform(*db.database);
    const ReportThresholds thresholds = ReportThresholds::builtIn();
    SECTION("device_adaptation")
    {
        for (int i = 0; i < 30; ++i)
            insertRow(*db.database, {S + 3 * D + i * 600, QStringLiteral("compatibility"),
                                     QStringLiteral("medium_low"), QStringLiteral("new"),
                                     QStringLiteral("Galaxy A10"), QStringLiteral("R%1").arg(i % 10),
                                     QStringLiteral("S1"), QStringLiteral("g%1").arg(i)});
        const QJsonObject json = computeJson(db, thresholds);
        CHECK(kinds(json) == QStringList{QStringLiteral("device_adaptation:Galaxy A10")});
        const QJsonObject evidence =
            json.value(QStringLiteral("recommendations"))[0][QStringLiteral("evidence")].toObject();
        // 30 of the 80 compatibility complaints (50 spread over ten models, 5 each); none
        // of its other complaints; 11 models share the category.
        CHECK(evidence.value(QStringLiteral("category")).toString() == QStringLiteral("compatibility"));
        CHECK(evidence.value(QStringLiteral("tickets")).toInt() == 30);
        CHECK(evidence.value(QStringLiteral("of_tickets")).toInt() == 80);
        CHECK(evidence.value(QStringLiteral("share_pct")).toDouble() == 37.5);
        CHECK(evidence.value(QStringLiteral("other_share_pct")).toDouble() == 0.0);
        CHECK(evidence.value(QStringLiteral("even_share_pct")).toDouble() == 9.1);
        CHECK(evidence.value(QStringLiteral("times_expected")).toDouble() == 4.1);
    }
    SECTION("add_server_nodes")
    {
        for (int i = 0; i < 30; ++i)
            insertRow(*db.database, {S + 3 * D + i * 600, QStringLiteral("network"),
                                     QStringLiteral("high"), QStringLiteral("new"),
                                     QStringLiteral("D%1").arg(i % 10), QStringLiteral("新疆"),
                                     QStringLiteral("S1"), QStringLiteral("n%1").arg(i)});
        const QJsonObject json = computeJson(db, thresholds);
        CHECK(kinds(json) == QStringList{QStringLiteral("add_server_nodes:新疆")});
    }
    SECTION("rework_scenario")
    {
        for (int i = 0; i < 10; ++i)
            for (int k = 0; k < 2; ++k)
                insertRow(*db.database, {S + D + i * 3000 + k * D, QStringLiteral("feature"),
                                         QStringLiteral("medium"), QStringLiteral("new"),
                                         QStringLiteral("D%1").arg(i), QStringLiteral("R%1").arg(i),
                                         QStringLiteral("voice_room"), QStringLiteral("v%1").arg(i)});
        const QJsonObject json = computeJson(db, thresholds);
        CHECK(kinds(json) == QStringList{QStringLiteral("rework_scenario:voice_room")});
        const QJsonObject evidence =
            json.value(QStringLiteral("recommendations"))[0][QStringLiteral("evidence")].toObject();
        CHECK(evidence.value(QStringLiteral("recurring_tickets")).toInt() == 10);
        CHECK(evidence.value(QStringLiteral("tickets")).toInt() == 20);
        CHECK(evidence.value(QStringLiteral("recurring_pct")).toDouble() == 50.0);
        // The exported HTML says it in words, with the scenario's name.
        QString error;
        const auto report = computeReport(*db.database, SlaPolicy::builtIn(),
                                          utc("2026-11-01T00:00:00Z"), utc("2026-11-08T00:00:00Z"),
                                          utc("2026-11-10T00:00:00Z"), thresholds, &error);
        REQUIRE(report);
        const QString html = reportHtml(*report);
        CHECK(html.contains(QStringLiteral("Rework the solution for this scenario")));
        CHECK(html.contains(QStringLiteral("Voice chat room")));
        CHECK(html.contains(QStringLiteral("10 of its 20 complaints about “Feature malfunction” "
                                           "(50 %) came from customers complaining again within "
                                           "7 days; 0 % in the other scenarios.")));
    }
    SECTION("incident")
    {
        for (int i = 0; i < 9; ++i)
            insertRow(*db.database, {S + 4 * D + 10 * 60 + i * 60, QStringLiteral("feature"),
                                     QStringLiteral("medium"), QStringLiteral("new"),
                                     QStringLiteral("D%1").arg(i), QStringLiteral("R3"),
                                     QStringLiteral("S%1").arg(i % 5), QStringLiteral("i%1").arg(i)});
        const QJsonObject json = computeJson(db, thresholds);
        const QJsonArray incidents = json.value(QStringLiteral("incidents")).toArray();
        REQUIRE(incidents.size() == 1);
        CHECK(incidents.at(0)[QStringLiteral("region")].toString() == QStringLiteral("R3"));
        CHECK(incidents.at(0)[QStringLiteral("tickets")].toInt() == 9);
        CHECK(kinds(json).isEmpty());
    }
}

TEST_CASE("report: CSV neutralises formulas, redaction drops names", "[reports]")
{
    CHECK(csvCell(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(csvCell(QStringLiteral("+1 555")) == QStringLiteral("'+1 555"));
    CHECK(csvCell(QStringLiteral("-3")) == QStringLiteral("-3"));
    CHECK(csvCell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(csvCell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));

    TempDatabase db;
    plantKnownSet(*db.database);
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
                      utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), {}, &error);
    REQUIRE(report);
    REQUIRE(report->recurringTop.size() == 3);
    CHECK(reportCsv(*report).contains(QStringLiteral("王芳")));
    const PeriodReport hidden = redacted(*report);
    const QString csv = reportCsv(hidden);
    const QString html = reportHtml(hidden);
    CHECK_FALSE(csv.contains(QStringLiteral("王芳")));
    CHECK_FALSE(csv.contains(QStringLiteral("c1,")));
    CHECK_FALSE(html.contains(QStringLiteral("王芳")));
    CHECK(csv.contains(QStringLiteral("# sla")));
    CHECK(html.contains(QStringLiteral("广东")));
}

namespace {

// Replies and commitments over plantKnownSet's tickets (period 2026-11-01 to 11-08).
void plantReplies(const Database& d)
{
    const QString zhang = QStringLiteral("张伟"), li = QStringLiteral("Li Na"),
                  chen = QStringLiteral("陈静");
    const auto findings = [](std::initializer_list<const char*> categories) -> QString {
        QStringList items;
        for (const char* c : categories)
            items << QStringLiteral("{\"category\":\"%1\",\"rule\":\"r\",\"start\":0,\"length\":1}")
                         .arg(QString::fromUtf8(c));
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    // clang-format off
    // 张伟: 3 replies, 2 with a suggestion, 3 suggestions (blame 2, vague_advice 1).
    insertReply(d, 0, S + H + 600, zhang);
    insertReply(d, 0, S + 2 * H, zhang, findings({"blame", "vague_advice"}));
    insertReply(d, 1, S + 2 * H + 1200, zhang, findings({"blame"}));
    // Li Na: 4 replies, 2 with a suggestion, 3 suggestions (empty_apology 2, over_promise 1).
    const qint64 promising = insertReply(d, 3, S + D + 300, li);
    insertReply(d, 4, S + D + H + 1800, li, findings({"empty_apology"}));
    const qint64 laterPromise = insertReply(d, 6, S + 3 * D + 3600, li);
    insertReply(d, 9, S + 5 * D + 900, li, findings({"over_promise", "empty_apology"}));
    // 陈静: 2 replies, none with a suggestion (one has unreadable findings).
    const qint64 chenPromise = insertReply(d, 7, S + 6 * D + 7000, chen);
    insertReply(d, 8, S + 6 * D + 23 * H + 60, chen, QStringLiteral("not json"));
    // Outside the period: the day before, and exactly at its end.
    insertReply(d, 10, S - D + 100, zhang, findings({"blame"}));
    insertReply(d, 12, S + 7 * D, chen, findings({"blame"}));

    // Commitments due in the period: kept 2, broken 1, open 3 (past due at 11-10: all three).
    // Per agent: Li Na 1 kept of 2 (her replies); 张伟 1 of 1 (no reply: ticket 4 is his);
    // 陈静 0 of 1; Tom 0 of 1 (ticket 8 is his, no reply of his in the period); the open
    // promise of ticket 6 is nobody's (no reply, no assignee).
    QSqlQuery assign(d.connection());
    REQUIRE(assign.exec(QStringLiteral("UPDATE tickets SET assignee = '%1' WHERE id = %2")
                            .arg(zhang).arg(ticketIdAt(d, 4))));
    REQUIRE(assign.exec(QStringLiteral("UPDATE tickets SET assignee = 'Tom' WHERE id = %1")
                            .arg(ticketIdAt(d, 8))));
    insertCommitment(d, 3, S + D, QStringLiteral("kept"), promising);
    insertCommitment(d, 4, S + 2 * D, QStringLiteral("kept"));
    insertCommitment(d, 6, S + 3 * D, QStringLiteral("broken"), laterPromise);
    insertCommitment(d, 6, S + 3 * D + H, QStringLiteral("open"));
    insertCommitment(d, 7, S + 6 * D, QStringLiteral("open"), chenPromise);
    insertCommitment(d, 8, S + 7 * D - 60, QStringLiteral("open"));
    // Due outside the period.
    insertCommitment(d, 12, S + 7 * D, QStringLiteral("kept"));
    insertCommitment(d, 10, S - H, QStringLiteral("broken"));
    // clang-format on
}

} // namespace

TEST_CASE("report: reply quality of a known data set", "[reports]")
{
    TempDatabase db;
    plantKnownSet(*db.database);
    plantReplies(*db.database);
    const QJsonObject json = computeJson(db);
    const QJsonObject q = json.value(QStringLiteral("reply_quality")).toObject();
    CHECK(q.value(QStringLiteral("replies")).toInteger() == 9);
    CHECK(q.value(QStringLiteral("replies_with_suggestion")).toInteger() == 4);
    CHECK(q.value(QStringLiteral("replies_with_suggestion_pct")).toDouble() == 44.4);
    CHECK(q.value(QStringLiteral("suggestions")).toInteger() == 6);
    CHECK(q.value(QStringLiteral("suggestions_per_reply")).toDouble() == 0.67);
    CHECK(q.value(QStringLiteral("suggestions_by_category")).toObject()
          == counts({{"blame", 2}, {"empty_apology", 2}, {"over_promise", 1},
                     {"vague_advice", 1}}));

    const QJsonArray agents = q.value(QStringLiteral("agents")).toArray();
    REQUIRE(agents.size() == 4);
    const auto agent = [&](int i, const char* name, int replies, int with, int suggestions,
                           double perReply, const QJsonObject& byCategory, int promisesDue,
                           int promisesKept) {
        const QJsonObject a = agents.at(i).toObject();
        INFO(name);
        CHECK(a.value(QStringLiteral("agent")).toString() == QString::fromUtf8(name));
        CHECK(a.value(QStringLiteral("replies")).toInteger() == replies);
        CHECK(a.value(QStringLiteral("replies_with_suggestion")).toInteger() == with);
        CHECK(a.value(QStringLiteral("suggestions")).toInteger() == suggestions);
        CHECK(a.value(QStringLiteral("suggestions_per_reply")).toDouble() == perReply);
        CHECK(a.value(QStringLiteral("suggestions_by_category")).toObject() == byCategory);
        CHECK(a.value(QStringLiteral("promises_due")).toInteger() == promisesDue);
        CHECK(a.value(QStringLiteral("promises_kept")).toInteger() == promisesKept);
    };
    agent(0, "Li Na", 4, 2, 3, 0.75, counts({{"empty_apology", 2}, {"over_promise", 1}}), 2, 1);
    agent(1, "张伟", 3, 2, 3, 1.0, counts({{"blame", 2}, {"vague_advice", 1}}), 1, 1);
    agent(2, "陈静", 2, 0, 0, 0.0, QJsonObject(), 1, 0);
    agent(3, "Tom", 0, 0, 0, 0.0, QJsonObject(), 1, 0);

    const QJsonObject c = q.value(QStringLiteral("commitments")).toObject();
    CHECK(c.value(QStringLiteral("due")).toInteger() == 6);
    CHECK(c.value(QStringLiteral("kept")).toInteger() == 2);
    CHECK(c.value(QStringLiteral("broken")).toInteger() == 1);
    CHECK(c.value(QStringLiteral("open")).toInteger() == 3);
    CHECK(c.value(QStringLiteral("open_overdue")).toInteger() == 3);
    CHECK(c.value(QStringLiteral("kept_pct")).toDouble() == 66.7);

    SECTION("open commitments are overdue only once past due")
    {
        QString error;
        const std::optional<PeriodReport> midweek = computeReport(
            *db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
            utc("2026-11-08T00:00:00Z"), utc("2026-11-05T00:00:00Z"), {}, &error);
        REQUIRE(midweek);
        CHECK(midweek->replyQuality.commitments.open == 3);
        CHECK(midweek->replyQuality.commitments.overdue == 1);
    }
    SECTION("CSV and HTML carry the section; agents are not redacted")
    {
        QString error;
        const std::optional<PeriodReport> report = computeReport(
            *db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
            utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), {}, &error);
        REQUIRE(report);
        const QString csv = reportCsv(redacted(*report));
        CHECK(csv.contains(QStringLiteral("# reply_quality\r\n")));
        CHECK(csv.contains(QStringLiteral("9,4,44.4,6,0.67,blame=2 empty_apology=2 over_promise=1 "
                                          "vague_advice=1,Could read as blame: 2; Apology without "
                                          "a next step: 2; Promise that may be hard to keep: 1; "
                                          "Advice could be more specific: 1\r\n")));
        CHECK(csv.contains(QStringLiteral("# reply_quality_agents\r\n")));
        CHECK(csv.contains(QStringLiteral("张伟,3,2,3,1.00,blame=2 vague_advice=1,Could read as "
                                          "blame: 2; Advice could be more specific: 1,1,1\r\n")));
        CHECK(csv.contains(QStringLiteral("\r\nTom,0,0,0,0.00,,,1,0\r\n")));
        CHECK(csv.contains(QStringLiteral("# commitments\r\n")));
        CHECK(csv.contains(QStringLiteral("6,2,1,3,3,66.7\r\n")));
        const QString html = reportHtml(*report);
        CHECK(html.contains(QStringLiteral("Reply quality")));
        CHECK(html.contains(QStringLiteral("<td>Li Na</td><td align=\"right\">4</td><td "
                                           "align=\"right\">2</td><td align=\"right\">0.75</td>"
                                           "<td align=\"right\">1&nbsp;/&nbsp;2</td>")));
        CHECK(html.contains(QStringLiteral("<th align=\"right\">Promises kept</th>")));
    }
}

TEST_CASE("report: reply quality is empty without replies", "[reports]")
{
    TempDatabase db;
    plantKnownSet(*db.database);
    const QJsonObject q = computeJson(db).value(QStringLiteral("reply_quality")).toObject();
    CHECK(q.value(QStringLiteral("replies")).toInteger() == 0);
    CHECK(q.value(QStringLiteral("suggestions_per_reply")).toDouble() == 0.0);
    CHECK(q.value(QStringLiteral("agents")).toArray().isEmpty());
    CHECK(q.value(QStringLiteral("commitments"))[QStringLiteral("kept_pct")].toDouble() == 0.0);
}

TEST_CASE("report: volume over calendar weeks and months", "[reports]")
{
    TempDatabase db;
    plantKnownSet(*db.database);
    QString error;
    const auto compute = [&](BucketSize size) {
        const std::optional<PeriodReport> report = computeReport(
            *db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
            utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), {}, &error, size);
        INFO(error.toStdString());
        REQUIRE(report);
        return reportJson(*report);
    };
    // 2026-11-01 is a Sunday: its ISO week starts on Monday 26 October.
    const QJsonObject weeks = compute(BucketSize::Week);
    CHECK(weeks.value(QStringLiteral("volume_bucket")).toString() == QStringLiteral("week"));
    const QJsonArray volume = weeks.value(QStringLiteral("volume")).toArray();
    REQUIRE(volume.size() == 2);
    const QJsonObject first = volume.at(0).toObject(), second = volume.at(1).toObject();
    CHECK(first.value(QStringLiteral("start")).toString() == QStringLiteral("2026-10-26"));
    CHECK(second.value(QStringLiteral("start")).toString() == QStringLiteral("2026-11-02"));
    CHECK(first.value(QStringLiteral("by_category")).toObject().value(QStringLiteral("network")).toInteger() == 3);
    CHECK(first.value(QStringLiteral("by_priority")).toObject() == counts({{"high", 3}}));
    CHECK(first.value(QStringLiteral("by_status")).toObject() == counts({{"resolved", 2}, {"new", 1}}));
    CHECK(second.value(QStringLiteral("by_priority")).toObject()
          == counts({{"medium_high", 3}, {"medium", 3}, {"medium_low", 1}}));
    // Recurring: c2 (S+2h, after S-2d) and c1 (S+3h) in the first week; c1 (S+2d) and c3
    // (S+5d) in the second.
    CHECK(first.value(QStringLiteral("recurring")).toInteger() == 2);
    CHECK(second.value(QStringLiteral("recurring")).toInteger() == 2);

    const QJsonObject months = compute(BucketSize::Month);
    const QJsonArray month = months.value(QStringLiteral("volume")).toArray();
    REQUIRE(month.size() == 1);
    CHECK(month.at(0)[QStringLiteral("start")].toString() == QStringLiteral("2026-11-01"));
    CHECK(month.at(0)[QStringLiteral("recurring")].toInteger() == 4);
    CHECK(month.at(0)[QStringLiteral("by_priority")].toObject()
          == weeks.value(QStringLiteral("by_priority")).toObject());

    // Automatic: days for a week.
    const QJsonObject days = compute(BucketSize::Automatic);
    CHECK(days.value(QStringLiteral("volume_bucket")).toString() == QStringLiteral("day"));
    CHECK(days.value(QStringLiteral("volume")).toArray().size() == 7);
}

TEST_CASE("report: first-response attainment per agent, in every format", "[reports]")
{
    TempDatabase db;
    const auto ticket = [&](qint64 at, qint64 dueAfter, qint64 respondedAfter, const char* agent) {
        Row row(S + at, QStringLiteral("network"), QStringLiteral("high"),
                QStringLiteral("new"));
        row.dueAfter = dueAfter;
        row.respondedAfter = respondedAfter;
        row.assignee = QString::fromUtf8(agent);
        insertRow(*db.database, row);
    };
    ticket(H, 900, 300, "王静");       // met in 5 minutes
    ticket(2 * H, 900, 1200, "王静");  // answered late
    ticket(3 * H, 900, -1, "王静");    // unanswered and past due
    ticket(4 * H, 900, 600, "Tom");
    ticket(5 * H, 900, 60, "Tom");
    ticket(6 * D, 30 * D, -1, "");     // unanswered, due after `now`
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
                      utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), {}, &error);
    REQUIRE(report);
    REQUIRE(report->slaByAgent.size() == 3);
    const AgentSlaRow& wang = report->slaByAgent.at(0);
    CHECK(wang.agent == QStringLiteral("王静"));
    CHECK(wang.tickets == 3);
    CHECK(wang.met == 1);
    CHECK(wang.missed == 2);
    CHECK(wang.attainmentPct == 33.3);
    CHECK(wang.medianFirstResponseS == 300);
    const AgentSlaRow& tom = report->slaByAgent.at(1);
    CHECK((tom.agent == QStringLiteral("Tom") && tom.tickets == 2 && tom.met == 2 && tom.missed == 0));
    CHECK(tom.medianFirstResponseS == 60);
    CHECK((report->slaByAgent.at(2).agent.isEmpty() && report->slaByAgent.at(2).attainmentPct == 100.0));

    const QJsonArray json = reportJson(*report).value(QStringLiteral("sla_by_agent")).toArray();
    CHECK(json.at(0)[QStringLiteral("agent")].toString() == QStringLiteral("王静"));
    CHECK(json.at(0)[QStringLiteral("missed")].toInt() == 2);
    CHECK(json.at(0)[QStringLiteral("median_first_response_s")].toInt() == 300);
    const QString csv = reportCsv(*report);
    CHECK(csv.contains(QStringLiteral("# sla_by_agent\r\nagent,tickets,responded,met,missed,"
                                      "attainment_pct,median_first_response,"
                                      "median_first_response_s\r\n王静,3,2,1,2,33.3,0:05,300\r\n")));
    const QString html = reportHtml(*report);
    CHECK(html.contains(QStringLiteral("First-response SLA per agent")));
    CHECK(html.contains(QStringLiteral("<td>王静</td><td align=\"right\">3</td><td align=\"right\">1"
                                       "</td><td align=\"right\">2</td><td align=\"right\">33.3</td>"
                                       "<td align=\"right\">0:05</td>")));
    CHECK(html.contains(QStringLiteral("<td>(not assigned)</td>")));
}

TEST_CASE("report: durations read as hours:minutes, or days and hours", "[reports]")
{
    CHECK(reportDuration(0) == QStringLiteral("0:00"));
    CHECK(reportDuration(59) == QStringLiteral("0:01"));
    CHECK(reportDuration(600) == QStringLiteral("0:10"));
    CHECK(reportDuration(3599) == QStringLiteral("1:00"));
    CHECK(reportDuration(51015) == QStringLiteral("14:10"));
    CHECK(reportDuration(86400 + 3 * 3600 + 100) == QStringLiteral("1 d 3 h"));
    CHECK(reportDuration(-5) == QStringLiteral("0:00"));
}

TEST_CASE("report: CSV gives ids and names in their own columns", "[reports]")
{
    TempDatabase db;
    plantKnownSet(*db.database);
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
                      utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"), {}, &error);
    REQUIRE(report);
    const QString csv = reportCsv(*report);
    CHECK(csv.contains(QStringLiteral("# by_category\r\nid,name,count,share_pct,previous,change\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nav_quality,Audio/video quality,3,30.0,1,2\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nmedium_high,Medium-high,3,30.0,1,2\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nvideo_call,One-to-one video call,5,50.0,2,3\r\n")));
    CHECK(csv.contains(QStringLiteral("\r\nhigh,High,3,2,1,2,33.3,0:10,0:20,600,1200\r\n")));
    // Times with their offset.
    CHECK(csv.contains(QStringLiteral("2026-11-01T00:00:00+00:00,2026-11-08T00:00:00+00:00,UTC,10,2")));
}

// Issue 18: the team server computes the same report as a file. The same tickets, replies
// and promises, of several agents working one queue, go into the engine under test and into
// a SQLite file; every figure of the two reports (JSON export) must agree. The period is a
// Beijing fortnight, so the rollup's ragged edges and local-day buckets are both exercised.
TEST_CASE("report: the team server and a file give the same figures for the same tickets",
          "[reports]")
{
    if (!onServerEngine()) {
        SUCCEED("compares PostgreSQL with SQLite: runs as pg.core.test_reports");
        return;
    }
    TempDatabase server;
    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<Database> file =
        Database::open(dir.filePath(QStringLiteral("same.sqlite")), &error);
    INFO(error.toStdString());
    REQUIRE(file);
    REQUIRE(file->isServer() != server.database->isServer());

    const QStringList agents{QStringLiteral("王静"), QStringLiteral("Tom"), QStringLiteral("李雷"),
                             QString()};
    const QStringList categories{QStringLiteral("network"), QStringLiteral("av_quality"),
                                 QStringLiteral("compatibility"), QStringLiteral("feature")};
    const QStringList tiers{QStringLiteral("high"), QStringLiteral("medium_high"),
                            QStringLiteral("medium")};
    const QStringList regions{QStringLiteral("广东"), QStringLiteral("北京"), QString()};
    const QStringList findings{QStringLiteral("[]"), QStringLiteral("[{\"category\":\"blame\"}]"),
                               QStringLiteral("[{\"category\":\"vague_advice\"},"
                                              "{\"category\":\"blame\"}]"),
                               QStringLiteral("not json")};
    const QStringList states{QStringLiteral("kept"), QStringLiteral("broken"),
                             QStringLiteral("open")};
    QRandomGenerator random(18);
    const qint64 start = S - 3 * D;
    int tickets = 0;
    for (int i = 0; i < 400; ++i) {
        // Bursts: every 50th ticket opens ten in the same minutes and region.
        const qint64 at = i % 50 < 10 ? start + (i / 50) * 2 * D + 7 * H + i % 50 * 60
                                      : start + qint64(random.bounded(24 * 24)) * 3600
                                            + random.bounded(3600);
        Row row(at,
                i % 50 < 10 ? QStringLiteral("network")
                            : categories.at(random.bounded(categories.size())),
                tiers.at(random.bounded(tiers.size())),
                random.bounded(3) == 0 ? QStringLiteral("resolved") : QStringLiteral("new"),
                QStringLiteral("Model %1").arg(random.bounded(5)),
                i % 50 < 10 ? QStringLiteral("广东") : regions.at(random.bounded(regions.size())),
                QStringLiteral("video_call"), QStringLiteral("c%1").arg(random.bounded(120)),
                900 + random.bounded(3) * 900,
                random.bounded(4) == 0 ? -1 : qint64(random.bounded(4000)));
        row.assignee = agents.at(random.bounded(agents.size()));
        for (const Database* database : {server.database.get(), file.get()})
            insertRow(*database, row);
        ++tickets;
    }
    for (int i = 0; i < 150; ++i) {
        const int ticket = random.bounded(tickets);
        const qint64 sentAt = start + qint64(random.bounded(24 * 24)) * 3600;
        const QString actor = agents.at(random.bounded(agents.size() - 1));
        const QString finding = findings.at(random.bounded(findings.size()));
        const QString state = states.at(random.bounded(states.size()));
        for (const Database* database : {server.database.get(), file.get()}) {
            const qint64 reply = insertReply(*database, ticket, sentAt, actor, finding);
            if (i % 2 == 0)
                insertCommitment(*database, ticket, sentAt + D, state, reply);
        }
    }

    const QTimeZone beijing("Asia/Shanghai");
    const QDateTime from = QDate(2026, 10, 30).startOfDay(beijing);
    const QDateTime to = QDate(2026, 11, 13).startOfDay(beijing);
    const QDateTime now = utc("2026-11-12T00:00:00Z");
    const auto json = [&](const Database& database) {
        QString problem;
        const std::optional<PeriodReport> report =
            computeReport(database, SlaPolicy::builtIn(), from, to, now,
                          ReportThresholds::builtIn(), &problem, BucketSize::Day, beijing);
        INFO(problem.toStdString());
        REQUIRE(report);
        // The data set reaches every part of the report.
        CHECK(report->total > 200);
        CHECK(report->slaByAgent.size() == agents.size());
        CHECK(!report->incidents.isEmpty());
        CHECK(report->replyQuality.replies > 0);
        CHECK(report->replyQuality.commitments.kept > 0);
        // Promises per agent, from the replies that made them.
        qint64 agentPromises = 0;
        for (const AgentReplyQuality& agent : report->replyQuality.agents)
            agentPromises += agent.promisesDue;
        CHECK(agentPromises > 0);
        CHECK(report->recurringTickets > 0);
        return reportJson(*report);
    };
    const QJsonObject onServer = json(*server.database);
    const QJsonObject inFile = json(*file);
    for (auto it = inFile.constBegin(); it != inFile.constEnd(); ++it) {
        INFO(it.key().toStdString());
        CHECK(onServer.value(it.key()) == it.value());
    }
    CHECK(onServer.keys() == inFile.keys());
}
