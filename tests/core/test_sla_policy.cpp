// SPDX-License-Identifier: MIT
// SlaPolicy: the built-in domain table, escalation, validation messages, user overrides.
#include "catch.h"

#include "sla/policy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rtcare;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// A small valid policy; the malformed cases below each change one piece of it.
const QByteArray kValid = R"json({
  "version": 1,
  "calendars": {
    "24x7": {"type": "always"},
    "office": {"type": "office", "timezone": "Asia/Shanghai",
               "hours": {"mon": ["09:00-17:30"], "tue": ["09:00-12:00", "13:00-17:30"],
                         "wed": ["09:00-17:30"], "thu": ["09:00-17:30"], "fri": ["09:00-17:30"]},
               "holidays": ["2026-10-01..2026-10-07", "2026-12-25"],
               "workdays": ["2026-10-10"]}
  },
  "tiers": [
    {"id": "high", "name": {"zh_CN": "高", "en": "High"}, "first_response_minutes": 15,
     "calendar": "24x7"},
    {"id": "medium_high", "name": {"zh_CN": "中高", "en": "Medium-high"},
     "first_response_minutes": 30, "calendar": "office"},
    {"id": "medium_low", "name": {"zh_CN": "中低", "en": "Medium-low"},
     "first_response_minutes": 1440, "calendar": "24x7"}
  ],
  "categories": {"network": "high", "av_quality": "medium_high", "feature": "medium_high",
                 "compatibility": "medium_low", "other": "medium_low"},
  "warnings": [50, 75, 90],
  "at_risk_percent": 75
})json";

// kValid with `from` (which must occur exactly once) replaced by `to`.
QByteArray variant(const char* from, const char* to)
{
    const QByteArray needle(from);
    INFO("replacing " << from);
    REQUIRE(kValid.count(needle) == 1);
    QByteArray json = kValid;
    return json.replace(needle, QByteArray(to));
}

QString errorFor(const QByteArray& json, const QString& source = QStringLiteral("policy.json"))
{
    QString error;
    const std::optional<SlaPolicy> policy = SlaPolicy::fromJson(json, source, &error);
    CHECK_FALSE(policy.has_value());
    CHECK(error.startsWith(source + QStringLiteral(": ")));
    return error;
}

SlaPolicy parse(const QByteArray& json)
{
    QString error;
    std::optional<SlaPolicy> policy = SlaPolicy::fromJson(json, QStringLiteral("test.json"), &error);
    INFO(error.toStdString());
    REQUIRE(policy.has_value());
    return *policy;
}

} // namespace

TEST_CASE("built-in policy is the domain table", "[sla][policy]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    CHECK(&policy == &SlaPolicy::builtIn()); // loaded once

    struct Expected
    {
        const char* id;
        QString zh;
        const char* en;
        int minutes;
    };
    const QList<Expected> expected{
        {"high", QStringLiteral("高"), "High", 15},
        {"medium_high", QStringLiteral("中高"), "Medium-high", 30},
        {"medium", QStringLiteral("中"), "Medium", 120},
        {"medium_low", QStringLiteral("中低"), "Medium-low", 1440},
    };
    REQUIRE(policy.tiers().size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Tier& tier = policy.tiers().at(i);
        CHECK(tier.id == QLatin1String(expected.at(i).id));
        CHECK(tier.name.zhCN == expected.at(i).zh);
        CHECK(tier.name.en == QLatin1String(expected.at(i).en));
        CHECK(tier.firstResponseMinutes == expected.at(i).minutes);
        CHECK(tier.calendarId == QLatin1String("24x7"));
        CHECK(policy.calendarFor(tier.id).isAlways());
        CHECK(policy.tierRank(tier.id) == i);
    }
    CHECK(policy.topTier() == QLatin1String("high"));
    CHECK(policy.tier(QStringLiteral("urgent")) == nullptr);
    CHECK(policy.tierRank(QStringLiteral("urgent")) == -1);

    CHECK(policy.tierForCategory(Category::Network) == QLatin1String("high"));
    CHECK(policy.tierForCategory(Category::AvQuality) == QLatin1String("medium_high"));
    CHECK(policy.tierForCategory(Category::Feature) == QLatin1String("medium"));
    CHECK(policy.tierForCategory(Category::Compatibility) == QLatin1String("medium_low"));
    CHECK(policy.tierForCategory(Category::Other) == QLatin1String("medium_low"));
    CHECK(policy.warningSteps() == QList<int>{50, 75, 90});
    CHECK(policy.atRiskPercent() == 75);
    CHECK(policy.fingerprint().contains(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))));

    // Due times from 2026-11-24 10:00Z: +15 min, +30 min, +2 h, +24 h
    const QDateTime created = utc(2026, 11, 24, 10, 0);
    CHECK(policy.firstResponseDue(QStringLiteral("high"), created) == utc(2026, 11, 24, 10, 15));
    CHECK(policy.firstResponseDue(QStringLiteral("medium_high"), created)
          == utc(2026, 11, 24, 10, 30));
    CHECK(policy.firstResponseDue(QStringLiteral("medium"), created) == utc(2026, 11, 24, 12, 0));
    CHECK(policy.firstResponseDue(QStringLiteral("medium_low"), created)
          == utc(2026, 11, 25, 10, 0));
    CHECK_FALSE(policy.firstResponseDue(QStringLiteral("urgent"), created).isValid());
    // 75 % of 15 min = 675 s -> 10:11:15; at 10:07:30 (450 s) 50 % has elapsed
    CHECK(policy.instantAtPercent(QStringLiteral("high"), created, 75)
          == utc(2026, 11, 24, 10, 11, 15));
    CHECK(policy.elapsedPercent(QStringLiteral("high"), created, utc(2026, 11, 24, 10, 7, 30))
          == Approx(50.0));
    CHECK(policy.elapsedPercent(QStringLiteral("high"), created, utc(2026, 11, 24, 10, 30))
          == Approx(200.0));
}

TEST_CASE("built-in example office calendar: 2026 holidays and make-up days", "[sla][policy]")
{
    // Put the top tier on the shipped "office" calendar and look at Spring Festival 2026:
    // holidays 02-15..02-23, make-up working days Sat 02-14 and Sat 02-28.
    QFile file(QStringLiteral(":/rtcare/sla/default-policy.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tiers = root.value(QLatin1String("tiers")).toArray();
    QJsonObject high = tiers.at(0).toObject();
    high.insert(QLatin1String("calendar"), QStringLiteral("office"));
    tiers.replace(0, high);
    root.insert(QLatin1String("tiers"), tiers);
    const SlaPolicy policy = parse(QJsonDocument(root).toJson());
    const QString tier = QStringLiteral("high");
    CHECK(policy.fingerprint() != SlaPolicy::builtIn().fingerprint());

    // Fri 2026-02-13 17:20 local (09:20Z) + 15 min: 10 min Friday, 5 min on the make-up
    // Saturday 02-14 from 09:00 -> 09:05 local = 01:05Z.
    CHECK(policy.firstResponseDue(tier, utc(2026, 2, 13, 9, 20)) == utc(2026, 2, 14, 1, 5));
    // Sat 02-14 17:25 local (09:25Z) + 15 min: 5 min Saturday, then 02-15..02-23 off and
    // 02-24 is Tuesday: 09:10 local = 01:10Z.
    CHECK(policy.firstResponseDue(tier, utc(2026, 2, 14, 9, 25)) == utc(2026, 2, 24, 1, 10));
    // Sat 2026-02-28 is a make-up day too: 10:00 local (02:00Z) + 15 min = 02:15Z.
    CHECK(policy.firstResponseDue(tier, utc(2026, 2, 28, 2, 0)) == utc(2026, 2, 28, 2, 15));
    // National Day: Wed 2026-09-30 17:20 local + 15 min -> Thu 10-08 09:05 local = 01:05Z
    CHECK(policy.firstResponseDue(tier, utc(2026, 9, 30, 9, 20)) == utc(2026, 10, 8, 1, 5));
    const BusinessCalendar& office = policy.calendarFor(tier);
    CHECK(office.holidays().contains(QDate(2026, 1, 1)));
    CHECK(office.holidays().contains(QDate(2026, 6, 19)));
    CHECK(office.holidays().contains(QDate(2027, 2, 6))); // Spring Festival 2027
    CHECK_FALSE(office.holidays().contains(QDate(2026, 10, 8)));
    CHECK(office.workdays().contains(QDate(2026, 10, 10)));
}

TEST_CASE("escalation: enterprise key business goes to the top tier", "[sla][policy]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    Customer both;
    both.enterprise = true;
    both.keyBusiness = true;
    Customer enterpriseOnly;
    enterpriseOnly.enterprise = true;
    Customer keyOnly;
    keyOnly.keyBusiness = true;
    const Customer individual;

    CHECK(policy.priorityFor(Category::Compatibility, both) == QLatin1String("high"));
    CHECK(policy.priorityFor(Category::Other, both) == QLatin1String("high"));
    CHECK(policy.priorityFor(Category::Compatibility, enterpriseOnly) == QLatin1String("medium_low"));
    CHECK(policy.priorityFor(Category::Feature, keyOnly) == QLatin1String("medium"));
    CHECK(policy.priorityFor(Category::AvQuality, individual) == QLatin1String("medium_high"));
    CHECK(policy.priorityFor(Category::Network, individual) == QLatin1String("high"));
}

TEST_CASE("localized tier names", "[sla][policy]")
{
    const LocalizedText both{QStringLiteral("中高"), QStringLiteral("Medium-high")};
    CHECK(both.forLanguage(QStringLiteral("zh_CN")) == QStringLiteral("中高"));
    CHECK(both.forLanguage(QStringLiteral("zh")) == QStringLiteral("中高"));
    CHECK(both.forLanguage(QStringLiteral("zh_TW")) == QStringLiteral("中高"));
    CHECK(both.forLanguage(QStringLiteral("en")) == QStringLiteral("Medium-high"));
    CHECK(both.forLanguage(QStringLiteral("en_US")) == QStringLiteral("Medium-high"));
    CHECK(both.forLanguage(QStringLiteral("de_DE")) == QStringLiteral("Medium-high"));
    CHECK(both.forLanguage(QStringLiteral("zu")) == QStringLiteral("Medium-high"));
    const LocalizedText chineseOnly{QStringLiteral("高"), {}};
    CHECK(chineseOnly.forLanguage(QStringLiteral("en")) == QStringLiteral("高"));
    const LocalizedText englishOnly{{}, QStringLiteral("High")};
    CHECK(englishOnly.forLanguage(QStringLiteral("zh_CN")) == QStringLiteral("High"));

    // text() follows the default locale (main() sets en_US for tests).
    CHECK(both.text() == QStringLiteral("Medium-high"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(both.text() == QStringLiteral("中高"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(both.text() == QStringLiteral("Medium-high"));
}

TEST_CASE("a valid user policy", "[sla][policy]")
{
    const SlaPolicy policy = parse(kValid);
    CHECK(policy.tiers().size() == 3);
    CHECK_FALSE(policy.calendarFor(QStringLiteral("medium_high")).isAlways());
    CHECK(policy.calendarFor(QStringLiteral("medium_high")).timeZone().id() == "Asia/Shanghai");
    CHECK(policy.calendarFor(QStringLiteral("unknown")).isAlways());
    CHECK(policy.tierForCategory(Category::Feature) == QLatin1String("medium_high"));

    // Office tier, 30 min: Fri 2026-11-27 17:20 local (09:20Z) -> Mon 09:20 local (01:20Z)
    CHECK(policy.firstResponseDue(QStringLiteral("medium_high"), utc(2026, 11, 27, 9, 20))
          == utc(2026, 11, 30, 1, 20));
    // Tuesday has a lunch break: 11:50 local (03:50Z) + 30 min -> 13:20 local (05:20Z)
    CHECK(policy.firstResponseDue(QStringLiteral("medium_high"), utc(2026, 11, 24, 3, 50))
          == utc(2026, 11, 24, 5, 20));
    // Christmas 2026 (Friday) is a holiday in this file: Thu 12-24 17:20 local + 30 min
    // -> Mon 12-28 09:20 local = 01:20Z
    CHECK(policy.firstResponseDue(QStringLiteral("medium_high"), utc(2026, 12, 24, 9, 20))
          == utc(2026, 12, 28, 1, 20));
    // 50 % of 30 min on the office calendar: Fri 17:20 + 15 min -> Mon 09:05 local (01:05Z)
    CHECK(policy.instantAtPercent(QStringLiteral("medium_high"), utc(2026, 11, 27, 9, 20), 50)
          == utc(2026, 11, 30, 1, 5));
    // Saturday noon: 10 of 30 business minutes have passed
    CHECK(policy.elapsedPercent(QStringLiteral("medium_high"), utc(2026, 11, 27, 9, 20),
                                utc(2026, 11, 28, 4, 0))
          == Approx(100.0 / 3.0));
}

TEST_CASE("a user policy overriding minutes changes due times", "[sla][policy]")
{
    const SlaPolicy faster = parse(variant(R"("first_response_minutes": 15)",
                                           R"("first_response_minutes": 5)"));
    const QDateTime created = utc(2026, 11, 24, 10, 0);
    CHECK(SlaPolicy::builtIn().firstResponseDue(QStringLiteral("high"), created)
          == utc(2026, 11, 24, 10, 15));
    CHECK(faster.firstResponseDue(QStringLiteral("high"), created) == utc(2026, 11, 24, 10, 5));
    CHECK(faster.fingerprint() != parse(kValid).fingerprint());
}

TEST_CASE("policy details: defaults, unknown keys, 24:00, fingerprint", "[sla][policy]")
{
    // Categories missing from the map fall back to the lowest tier.
    const SlaPolicy partial = parse(variant(R"("feature": "medium_high",)", ""));
    CHECK(partial.tierForCategory(Category::Feature) == QLatin1String("medium_low"));
    const SlaPolicy noCategories = parse(variant(R"("categories": {)", R"("old_categories": {)"));
    CHECK(noCategories.tierForCategory(Category::Network) == QLatin1String("medium_low"));

    // Warnings and at_risk_percent are optional.
    const SlaPolicy defaults = parse(variant(R"("warnings": [50, 75, 90],
  "at_risk_percent": 75)",
                                             R"("warnings": [60])"));
    CHECK(defaults.warningSteps() == QList<int>{60});
    CHECK(defaults.atRiskPercent() == 75);
    const SlaPolicy defaultWarnings = parse(variant(R"("warnings": [50, 75, 90],)", ""));
    CHECK(defaultWarnings.warningSteps() == QList<int>{50, 75, 90});

    // Unknown keys are ignored, at any level.
    const SlaPolicy extra = parse(variant(R"("version": 1,)",
                                          R"("version": 1, "colour": "blue", "tiers_v2": [],)"));
    CHECK(extra.tiers().size() == 3);
    CHECK(parse(variant(R"("calendar": "24x7"},
    {"id": "medium_high")",
                        R"("calendar": "24x7", "sound": "bell"},
    {"id": "medium_high")"))
              .tiers()
              .size()
          == 3);

    // "24:00" ends a day.
    const SlaPolicy midnight = parse(variant(R"("fri": ["09:00-17:30"])",
                                             R"("fri": ["09:00-17:30"], "sat": ["18:00-24:00"])"));
    const BusinessCalendar& office = midnight.calendarFor(QStringLiteral("medium_high"));
    REQUIRE(office.hours().at(5).size() == 1);
    CHECK(office.hours().at(5).first().end == QTime(23, 59, 59, 999));
    // Sat 2026-11-28 23:50 local (15:50Z) + 30 min: 10 min on Saturday, then Monday
    // 09:00 -> 09:20 local = 01:20Z
    CHECK(midnight.firstResponseDue(QStringLiteral("medium_high"), utc(2026, 11, 28, 15, 50))
          == utc(2026, 11, 30, 1, 20));

    // The fingerprint depends on the content, not on the layout.
    const QByteArray compact = QJsonDocument::fromJson(kValid).toJson(QJsonDocument::Compact);
    CHECK(parse(compact).fingerprint() == parse(kValid).fingerprint());
    CHECK(parse(kValid).fingerprint().size() == 16);
}

TEST_CASE("policy files", "[sla][policy]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nowhere.json"));
    QString error;
    CHECK_FALSE(SlaPolicy::fromFile(missing, &error).has_value());
    CHECK(error.contains(missing));

    const QString good = dir.filePath(QStringLiteral("my-policy.json"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kValid);
    }
    error.clear();
    const std::optional<SlaPolicy> loaded = SlaPolicy::fromFile(good, &error);
    CHECK(error.isEmpty());
    REQUIRE(loaded.has_value());
    CHECK(loaded->fingerprint() == parse(kValid).fingerprint());

    const QString bad = dir.filePath(QStringLiteral("bad-policy.json"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(variant(R"("version": 1)", R"("version": 2)"));
    }
    CHECK_FALSE(SlaPolicy::fromFile(bad, &error).has_value());
    CHECK(error == bad + QStringLiteral(": version: this RTCare reads policy version 1, the file has 2"));
}

TEST_CASE("malformed policies name the source and the JSON path", "[sla][policy]")
{
    struct Case
    {
        QByteArray json;
        const char* expected;
    };
    const QList<Case> cases{
        // version
        {variant(R"("version": 1)", R"("version": 2)"),
         "version: this RTCare reads policy version 1, the file has 2"},
        {variant(R"("version": 1,)", ""), "version: missing"},
        {variant(R"("version": 1)", R"("version": "1")"), "version: must be a whole number"},
        // calendars
        {variant(R"("timezone": "Asia/Shanghai")", R"("timezone": "Mars/Base")"),
         "calendars.office.timezone: unknown time zone 'Mars/Base'"},
        {variant(R"("timezone": "Asia/Shanghai",)", ""), "calendars.office.timezone: expected"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": ["17:30-09:00"])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": ["9:00-17:30"])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": ["09:00-24:30"])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": ["24:00-24:00"])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": ["09:00-17:60"])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": [900])"),
         "calendars.office.hours.mon[0]: expected HH:MM-HH:MM with start before end"},
        {variant(R"("mon": ["09:00-17:30"])", R"("mon": "09:00-17:30")"),
         "calendars.office.hours.mon: expected a list"},
        {variant(R"(["09:00-12:00", "13:00-17:30"])", R"(["09:00-13:00", "12:00-17:30"])"),
         "calendars.office.hours.tue[1]: 12:00-17:30 overlaps"},
        {variant(R"("mon": ["09:00-17:30"])", R"("monday": ["09:00-17:30"])"),
         "calendars.office.hours.monday: unknown day"},
        {variant(R"("hours": {"mon": ["09:00-17:30"], "tue": ["09:00-12:00", "13:00-17:30"],
                         "wed": ["09:00-17:30"], "thu": ["09:00-17:30"], "fri": ["09:00-17:30"]},)",
                 R"("hours": {"sat": []},)"),
         "calendars.office.hours: an office calendar needs working hours on at least one day"},
        {variant(R"("hours": {"mon": ["09:00-17:30"], "tue": ["09:00-12:00", "13:00-17:30"],
                         "wed": ["09:00-17:30"], "thu": ["09:00-17:30"], "fri": ["09:00-17:30"]},)",
                 ""),
         "calendars.office.hours: expected working hours per day"},
        {variant(R"("2026-12-25")", R"("12/25/2026")"),
         "calendars.office.holidays[1]: expected a date as YYYY-MM-DD"},
        {variant(R"("2026-12-25")", R"("2026-02-30")"),
         "calendars.office.holidays[1]: expected a date as YYYY-MM-DD"},
        {variant(R"("2026-12-25")", R"(20261225)"),
         "calendars.office.holidays[1]: expected a date as YYYY-MM-DD"},
        {variant(R"("2026-10-01..2026-10-07")", R"("2026-10-07..2026-10-01")"),
         "calendars.office.holidays[0]: the range must run forwards"},
        {variant(R"("workdays": ["2026-10-10"])", R"("workdays": ["2026-10-03"])"),
         "calendars.office.workdays: 2026-10-03 is also listed as a holiday"},
        {variant(R"("type": "office")", R"("type": "sometimes")"),
         "calendars.office.type: unknown calendar type 'sometimes'"},
        {variant(R"("24x7": {"type": "always"},)", R"("24x7": "always",)"),
         "calendars.24x7: expected an object"},
        // tiers
        {variant(R"("first_response_minutes": 30)", R"("first_response_minutes": 0)"),
         "tiers[1].first_response_minutes: must be a positive whole number"},
        {variant(R"("first_response_minutes": 30)", R"("first_response_minutes": -5)"),
         "tiers[1].first_response_minutes: must be a positive whole number"},
        {variant(R"("first_response_minutes": 30)", R"("first_response_minutes": 1.5)"),
         "tiers[1].first_response_minutes: must be a positive whole number"},
        {variant(R"("first_response_minutes": 30)", R"("first_response_minutes": "30")"),
         "tiers[1].first_response_minutes: must be a positive whole number"},
        {variant(R"("first_response_minutes": 30,)", ""),
         "tiers[1].first_response_minutes: must be a positive whole number"},
        {variant(R"("first_response_minutes": 30)", R"("first_response_minutes": 100000)"),
         "tiers[1].first_response_minutes: must be at most 43200"},
        {variant(R"({"id": "medium_high")", R"({"id": "high")"),
         "tiers[1].id: duplicate tier id 'high'"},
        {variant(R"({"id": "medium_high")", R"({"id": "")"), "tiers[1].id: expected"},
        {variant(R"("first_response_minutes": 15,
     "calendar": "24x7")",
                 R"("first_response_minutes": 15,
     "calendar": "night")"),
         "tiers[0].calendar: unknown calendar 'night'"},
        {variant(R"("name": {"zh_CN": "中低", "en": "Medium-low"},)", ""), "tiers[2].name: expected"},
        {variant(R"("name": {"zh_CN": "中低", "en": "Medium-low"},)",
                 R"("name": {"zh_CN": "中低", "en": 3},)"),
         "tiers[2].name.en: expected text"},
        {variant(R"("tiers": [)", R"("tiers": [], "old_tiers": [)"),
         "tiers: expected a non-empty list"},
        // categories
        {variant(R"("network": "high")", R"("network": "urgent")"),
         "categories.network: unknown tier 'urgent'"},
        {variant(R"("other": "medium_low")", R"("other": 2)"), "categories.other: unknown tier 2"},
        // warnings and at-risk threshold
        {variant(R"("warnings": [50, 75, 90])", R"("warnings": [75, 50])"),
         "warnings[1]: steps must be ascending"},
        {variant(R"("warnings": [50, 75, 90])", R"("warnings": [50, 50])"),
         "warnings[1]: steps must be ascending"},
        {variant(R"("warnings": [50, 75, 90])", R"("warnings": [0, 50])"),
         "warnings[0]: must be a whole number from 1 to 99"},
        {variant(R"("warnings": [50, 75, 90])", R"("warnings": [50, 100])"),
         "warnings[1]: must be a whole number from 1 to 99"},
        {variant(R"("warnings": [50, 75, 90])", R"("warnings": 50)"), "warnings: expected a list"},
        {variant(R"("at_risk_percent": 75)", R"("at_risk_percent": 100)"),
         "at_risk_percent: must be a whole number from 1 to 99"},
        {variant(R"("at_risk_percent": 75)", R"("at_risk_percent": 0)"),
         "at_risk_percent: must be a whole number from 1 to 99"},
        // the document itself
        {QByteArray("[1, 2]"), "policy.json: expected a JSON object at the top level"},
    };
    for (const Case& item : cases) {
        INFO("expected: " << item.expected);
        const QString error = errorFor(item.json);
        CHECK(error.contains(QString::fromUtf8(item.expected)));
    }

    // The source name the caller gives is the prefix.
    CHECK(errorFor(variant(R"("first_response_minutes": 30)", R"("first_response_minutes": 0)"),
                   QStringLiteral("my-policy.json"))
          == QStringLiteral("my-policy.json: tiers[1].first_response_minutes: must be a "
                            "positive whole number"));
    CHECK(errorFor(variant(R"("timezone": "Asia/Shanghai")", R"("timezone": "Mars/Base")"))
          == QStringLiteral("policy.json: calendars.office.timezone: unknown time zone "
                            "'Mars/Base'"));

    // Invalid JSON: Qt's parse message and the offset.
    const QByteArray broken = kValid.left(kValid.size() - 10);
    QJsonParseError parseError;
    QJsonDocument::fromJson(broken, &parseError);
    REQUIRE(parseError.error != QJsonParseError::NoError);
    const QString error = errorFor(broken);
    CHECK(error.contains(QStringLiteral("invalid JSON")));
    CHECK(error.contains(parseError.errorString()));
    CHECK(error.contains(QString::number(parseError.offset)));
    CHECK(errorFor(QByteArray()).contains(QStringLiteral("invalid JSON")));
}
