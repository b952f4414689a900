// SPDX-License-Identifier: MIT
// How strong a signal must be before the report recommends something, per complaint
// category (resources/reports/recommendations.json):
// - a device model (region) whose share of one category's complaints is at least 2 times
//   the larger of its share of the other complaints and an even share, with at least 10
//   complaints of the category;
// - a scenario with at least 5 complaints of one category that came back within 7 days, at
//   least 20 % of them and at least 2 times the other scenarios' rate in that category.
#include "catch.h"
#include "reportdata.h"
#include "testsupport.h"

#include "reports/periodreport.h"
#include "reports/reportlabels.h"

#include <QJsonObject>

using namespace rtcare;
using namespace rtcare::test;

namespace {

const qint64 S = utc("2026-11-01T00:00:00Z").toSecsSinceEpoch();

class Plant
{
public:
    explicit Plant(const Database& database) : m_database(database) {}

    // `count` tickets of `category` for a device model and region.
    void add(int count, const QString& category, const QString& device, const QString& region,
             const QString& scenario = QStringLiteral("video_call"))
    {
        for (int i = 0; i < count; ++i) {
            Row row(S + 3600 + (m_serial * 137) % (6 * 86400), category, QStringLiteral("high"),
                    QStringLiteral("new"), device, region, scenario);
            row.contact = QStringLiteral("p%1").arg(++m_serial); // nobody comes back
            insertRow(m_database, row);
        }
    }

    // `count` tickets of a scenario over seven models and regions, evenly.
    void spread(int count, const QString& category, const QString& scenario)
    {
        for (int i = 0; i < count; ++i) {
            ++m_serial;
            add(1, category, QStringLiteral("Phone %1").arg(m_serial % 7),
                QStringLiteral("Region %1").arg(m_serial % 7), scenario);
        }
    }

    // `count` customers who each complain twice (the second one recurring).
    void comeBack(int count, const QString& category, const QString& scenario)
    {
        for (int i = 0; i < count; ++i) {
            const QString contact = QStringLiteral("r%1").arg(++m_serial);
            for (qint64 k = 0; k < 2; ++k) {
                Row row(S + 7200 + m_serial * 60 + k * 86400, category, QStringLiteral("high"),
                        QStringLiteral("new"), QStringLiteral("Phone %1").arg(m_serial % 7),
                        QStringLiteral("Region %1").arg(m_serial % 7), scenario);
                row.contact = contact;
                insertRow(m_database, row);
            }
        }
    }

private:
    const Database& m_database;
    int m_serial = 0;
};

PeriodReport compute(const TempDatabase& db)
{
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), utc("2026-11-01T00:00:00Z"),
                      utc("2026-11-08T00:00:00Z"), utc("2026-11-10T00:00:00Z"),
                      ReportThresholds::builtIn(), &error);
    INFO(error.toStdString());
    REQUIRE(report);
    return *report;
}

QStringList kinds(const PeriodReport& report)
{
    QStringList out;
    for (const Recommendation& r : report.recommendations)
        out << QStringLiteral("%1:%2:%3").arg(r.kind, r.subject, r.category);
    return out;
}

const QString kNetwork = QStringLiteral("network");
const QString kAv = QStringLiteral("av_quality");
const QString kCompat = QStringLiteral("compatibility");

} // namespace

TEST_CASE("recommendations: a model with five times the compatibility complaints of any "
          "other, but not the most complaints overall, is found",
          "[reports][recommendations]")
{
    TempDatabase db;
    Plant plant(*db.database);
    // Ten models with 20 network and 20 A/V complaints each; "Galaxy A10" has only 10 A/V
    // complaints but 15 about compatibility, the others 3 each.
    for (int m = 0; m < 10; ++m) {
        const QString model =
            m == 0 ? QStringLiteral("Galaxy A10") : QStringLiteral("Model %1").arg(m);
        if (m != 0)
            plant.add(20, kNetwork, model, QStringLiteral("R%1").arg(m));
        plant.add(m == 0 ? 10 : 20, kAv, model, QStringLiteral("R%1").arg(m));
        plant.add(m == 0 ? 15 : 3, kCompat, model, QStringLiteral("R%1").arg(m));
    }
    const PeriodReport report = compute(db);
    // Pooled over compatibility and A/V quality it would have 25 of 232 complaints (10.8 %),
    // barely above an even 10 %: the old rule stayed silent.
    REQUIRE(kinds(report) ==
            QStringList{QStringLiteral("device_adaptation:Galaxy A10:compatibility")});
    const QJsonObject e = report.recommendations.first().evidence;
    CHECK(e.value(QStringLiteral("tickets")).toInt() == 15);
    CHECK(e.value(QStringLiteral("of_tickets")).toInt() == 42);
    CHECK(e.value(QStringLiteral("share_pct")).toDouble() == 35.7);
    CHECK(e.value(QStringLiteral("other_share_pct")).toDouble() == 2.7); // 10 of 370
    CHECK(e.value(QStringLiteral("even_share_pct")).toDouble() == 10.0);
    CHECK(e.value(QStringLiteral("times_expected")).toDouble() == 3.6);
    CHECK(recommendationEvidence(report, report.recommendations.first()) ==
          QStringLiteral("15 of 42 complaints about “Compatibility” (35.7 %), 3.6 times the "
                         "expected share: it has 2.7 % of the other complaints, and an even "
                         "share across 10 device model(s) is 10 %."));
}

TEST_CASE("recommendations: a device needs twice its expected share and ten complaints",
          "[reports][recommendations]")
{
    TempDatabase db;
    Plant plant(*db.database);
    // Five models with 10 network complaints each: each has 20 % of the other complaints,
    // an even share is 20 %, so a model must reach 40 % of a category.
    const QStringList models{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                             QStringLiteral("D"), QStringLiteral("E")};
    for (const QString& model : models)
        plant.add(10, kNetwork, model, QStringLiteral("R"));
    SECTION("exactly twice: 12 of 30 (40 %)")
    {
        plant.add(12, kCompat, models[0], QStringLiteral("R"));
        for (int i = 1; i < 5; ++i)
            plant.add(i <= 2 ? 5 : 4, kCompat, models[i], QStringLiteral("R"));
        const PeriodReport report = compute(db);
        CHECK(kinds(report) == QStringList{QStringLiteral("device_adaptation:A:compatibility")});
        CHECK(report.recommendations.value(0)
                  .evidence.value(QStringLiteral("times_expected"))
                  .toDouble() == 2.0);
    }
    SECTION("just below: 12 of 32 (37.5 %) is silent")
    {
        plant.add(12, kCompat, models[0], QStringLiteral("R"));
        for (int i = 1; i < 5; ++i)
            plant.add(5, kCompat, models[i], QStringLiteral("R"));
        CHECK(kinds(compute(db)).isEmpty());
    }
    SECTION("a strong share of only 8 complaints is silent")
    {
        plant.add(8, kCompat, models[0], QStringLiteral("R"));
        for (int i = 1; i < 5; ++i)
            plant.add(2, kCompat, models[i], QStringLiteral("R"));
        CHECK(kinds(compute(db)).isEmpty());
    }
    SECTION("a popular model with its usual share of every category is silent")
    {
        // "A" has 40 % of the compatibility complaints, and 40 % of all others too.
        plant.add(30, kNetwork, models[0], QStringLiteral("R"));
        plant.add(20, kCompat, models[0], QStringLiteral("R"));
        for (int i = 1; i < 5; ++i)
            plant.add(i <= 2 ? 8 : 7, kCompat, models[i], QStringLiteral("R"));
        const PeriodReport report = compute(db);
        CHECK(report.topDeviceModels.first().name == QStringLiteral("A"));
        CHECK(kinds(report).isEmpty());
    }
}

TEST_CASE("recommendations: a region with concentrated network complaints",
          "[reports][recommendations]")
{
    TempDatabase db;
    Plant plant(*db.database);
    // Eight regions with 15 A/V and 5 network complaints each; 新疆 has 25 network ones.
    for (int r = 0; r < 8; ++r) {
        const QString region = r == 0 ? QStringLiteral("新疆") : QStringLiteral("R%1").arg(r);
        plant.add(15, kAv, QStringLiteral("D%1").arg(r), region);
        plant.add(r == 0 ? 25 : 5, kNetwork, QStringLiteral("D%1").arg(r), region);
    }
    const PeriodReport report = compute(db);
    REQUIRE(kinds(report) == QStringList{QStringLiteral("add_server_nodes:新疆:network")});
    const QJsonObject e = report.recommendations.first().evidence;
    CHECK(e.value(QStringLiteral("tickets")).toInt() == 25);
    CHECK(e.value(QStringLiteral("share_pct")).toDouble() == 41.7);     // 25 of 60
    CHECK(e.value(QStringLiteral("times_expected")).toDouble() == 3.3); // against 12.5 %
}

TEST_CASE("recommendations: a scenario whose complaints of one category keep coming back",
          "[reports][recommendations]")
{
    TempDatabase db;
    Plant plant(*db.database);
    const QString room = QStringLiteral("voice_room"), call = QStringLiteral("video_call");
    // A/V complaints in the voice room: 10 of 20 came back.
    plant.comeBack(10, kAv, room);
    SECTION("the other scenarios rarely see them come back: 2 of 40 (5 %)")
    {
        plant.comeBack(2, kAv, call);
        plant.spread(36, kAv, call);
        const PeriodReport report = compute(db);
        REQUIRE(kinds(report) ==
                QStringList{QStringLiteral("rework_scenario:voice_room:av_quality")});
        const QJsonObject e = report.recommendations.first().evidence;
        CHECK(e.value(QStringLiteral("recurring_tickets")).toInt() == 10);
        CHECK(e.value(QStringLiteral("tickets")).toInt() == 20);
        CHECK(e.value(QStringLiteral("recurring_pct")).toDouble() == 50.0);
        CHECK(e.value(QStringLiteral("other_recurring_pct")).toDouble() == 5.0);
    }
    SECTION("every scenario sees them come back (30 %): not this scenario's problem")
    {
        plant.comeBack(12, kAv, call);
        plant.spread(16, kAv, call);
        CHECK(kinds(compute(db)).isEmpty());
    }
    SECTION("fewer than five come back: silent")
    {
        TempDatabase few;
        Plant small(*few.database);
        small.comeBack(4, kAv, room);
        CHECK(kinds(compute(few)).isEmpty());
    }
}
