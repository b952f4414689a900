// SPDX-License-Identifier: MIT
#include "catch.h"

#include "replies/tonechecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <iostream>

using namespace rtcare::replies;

TEST_CASE("tone checker: labelled reply set", "[replies][tone]")
{
    QFile file(QStringLiteral(RTCARE_SOURCE_DIR "/tests/core/data/tone-labelled-set.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray replies =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("replies")).toArray();
    REQUIRE(replies.size() >= 120);
    const ToneChecker checker;
    int exact = 0;
    int clean = 0;
    int cleanFlagged = 0;
    int zh = 0;
    QStringList seenCategories;
    for (const QJsonValue& value : replies) {
        const QJsonObject o = value.toObject();
        const QString text = o.value(QLatin1String("text")).toString();
        QStringList expected;
        for (const QJsonValue& c : o.value(QLatin1String("expect")).toArray())
            expected.append(c.toString());
        std::sort(expected.begin(), expected.end());
        for (const QString& c : expected)
            if (!seenCategories.contains(c))
                seenCategories.append(c);
        if (o.value(QLatin1String("lang")).toString() == QLatin1String("zh"))
            ++zh;
        const QStringList got = ToneChecker::categories(checker.check(text));
        if (got == expected)
            ++exact;
        else
            std::cout << "MISMATCH expected [" << qPrintable(expected.join(QLatin1Char(',')))
                      << "] got [" << qPrintable(got.join(QLatin1Char(','))) << "]: "
                      << qPrintable(text) << '\n';
        if (expected.isEmpty()) {
            ++clean;
            if (!got.isEmpty())
                ++cleanFlagged;
        }
    }
    const double accuracy = 100.0 * exact / double(replies.size());
    const double falsePositive = 100.0 * cleanFlagged / double(std::max(1, clean));
    std::cout << "tone checker: " << replies.size() << " labelled replies (" << zh
              << " Chinese), exact category set " << exact << " (" << accuracy
              << " %), clean replies " << clean << ", flagged " << cleanFlagged << " ("
              << falsePositive << " %)\n";
    CHECK(seenCategories.size() == toneCategories().size());
    CHECK(zh * 2 >= replies.size() - 2);
    CHECK(accuracy >= 90.0);
    CHECK(falsePositive <= 5.0);
}

TEST_CASE("tone checker: findings carry offsets, message and suggestion", "[replies][tone]")
{
    const ToneChecker checker;
    const QString text = QStringLiteral("Hello. Your network is bad.");
    const QList<ToneFinding> findings = checker.check(text, QStringLiteral("en"));
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().category == QStringLiteral("blame"));
    CHECK(findings.first().start == 7);
    CHECK(text.mid(findings.first().start, findings.first().length)
          == QStringLiteral("Your network is bad"));
    CHECK_FALSE(findings.first().message.isEmpty());
    CHECK_FALSE(findings.first().suggestion.isEmpty());
    CHECK_FALSE(findings.first().replacement.isEmpty());
    // Only English rules with --lang en.
    CHECK(checker.check(QStringLiteral("这不是我们的问题"), QStringLiteral("en")).isEmpty());
    CHECK(checker.check(QStringLiteral("这不是我们的问题"), QStringLiteral("zh")).size() == 1);
}

TEST_CASE("tone checker: evidence and commitments are not findings", "[replies][tone]")
{
    const ToneChecker checker;
    CHECK(checker.check(QStringLiteral("Your jitter was high and packet loss reached 12 %."))
              .isEmpty());
    CHECK(checker.check(QStringLiteral("Sorry for the inconvenience; an engineer will call you "
                                       "within 2 hours."))
              .isEmpty());
    const QString apology = QStringLiteral("Sorry for the inconvenience.");
    CHECK(ToneChecker::categories(checker.check(apology))
          == QStringList{QStringLiteral("empty_apology")});
    const Readiness r = ToneChecker::readiness(
        QStringLiteral("I've escalated ticket RTC-1; an engineer calls within 2 hours."), {});
    CHECK(r.noBlame);
    CHECK(r.hasAction);
    CHECK(r.hasTime);
    CHECK(r.placeholdersFilled);
}

TEST_CASE("tone rules: a malformed user file is reported, built-in rules stay", "[replies][tone]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tone-rules.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"rules":[{"id":"team.bad","category":"blame","pattern":"(unclosed",)"
               R"("explanation":{"en":"x","zh_CN":"x"}},)"
               R"({"id":"team.weird","category":"nonsense","pattern":"x",)"
               R"("explanation":{"en":"x","zh_CN":"x"}},)"
               R"({"id":"team.ok","category":"blame","lang":"en","pattern":"\\bblah\\b",)"
               R"("explanation":{"en":"No blah.","zh_CN":"不要 blah。"}}]})");
    file.close();
    QStringList errors;
    const ToneRuleSet set = ToneRuleSet::withOverride(path, &errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).contains(path));
    CHECK(errors.at(0).contains(QStringLiteral("team.bad")));
    CHECK(errors.at(1).contains(QStringLiteral("team.weird")));
    CHECK(set.rules().size() == ToneRuleSet::builtIn().rules().size() + 1);
    const ToneChecker checker(set);
    CHECK(checker.check(QStringLiteral("blah")).size() == 1);
    CHECK(checker.check(QStringLiteral("your network is bad")).size() == 1);

    QFile broken(path);
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ not json");
    broken.close();
    errors.clear();
    const ToneRuleSet fallback = ToneRuleSet::withOverride(path, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(path));
    CHECK(fallback.rules().size() == ToneRuleSet::builtIn().rules().size());
}
