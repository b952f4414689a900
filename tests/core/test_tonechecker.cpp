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
using namespace Qt::StringLiterals;

namespace {

struct SetScore
{
    int replies = 0, zh = 0, exact = 0, clean = 0, cleanFlagged = 0;
    QStringList categories; // every category the set expects somewhere
    [[nodiscard]] double exactPct() const { return 100.0 * exact / double(std::max(1, replies)); }
    [[nodiscard]] double cleanFlaggedPct() const
    {
        return 100.0 * cleanFlagged / double(std::max(1, clean));
    }
};

// Checks every reply of a labelled set, prints the mismatches and the figures (overall and
// per language) under `title`.
SetScore scoreSet(const QString& path, const char* title)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path.toStdString());
    const QJsonArray replies =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("replies")).toArray();
    const ToneChecker checker;
    SetScore total;
    SetScore perLanguage[2]; // [0] English, [1] Chinese
    for (const QJsonValue& value : replies) {
        const QJsonObject o = value.toObject();
        const QString text = o.value(QLatin1String("text")).toString();
        QStringList expected;
        for (const QJsonValue& c : o.value(QLatin1String("expect")).toArray())
            expected.append(c.toString());
        std::sort(expected.begin(), expected.end());
        for (const QString& c : expected)
            if (!total.categories.contains(c))
                total.categories.append(c);
        const bool isZh = o.value(QLatin1String("lang")).toString() == QLatin1String("zh");
        const QStringList got = ToneChecker::categories(checker.check(text));
        for (SetScore* s : {&total, &perLanguage[isZh ? 1 : 0]}) {
            ++s->replies;
            s->zh += isZh;
            s->exact += got == expected;
            s->clean += expected.isEmpty();
            s->cleanFlagged += expected.isEmpty() && !got.isEmpty();
        }
        if (got != expected)
            std::cout << title << " MISMATCH expected [" << qPrintable(expected.join(QLatin1Char(',')))
                      << "] got [" << qPrintable(got.join(QLatin1Char(','))) << "]: "
                      << qPrintable(text) << '\n';
    }
    for (int language = 0; language < 2; ++language) {
        const SetScore& f = perLanguage[language];
        std::cout << title << " (" << (language ? "zh" : "en") << "): " << f.replies
                  << " replies, exact " << f.exact << " (" << f.exactPct() << " %), clean "
                  << f.clean << ", flagged " << f.cleanFlagged << " (" << f.cleanFlaggedPct()
                  << " %)\n";
    }
    std::cout << title << ": " << total.replies << " replies (" << total.zh
              << " Chinese), exact category set " << total.exact << " (" << total.exactPct()
              << " %), clean replies " << total.clean << ", flagged " << total.cleanFlagged
              << " (" << total.cleanFlaggedPct() << " %)\n";
    return total;
}

} // namespace

TEST_CASE("tone checker: labelled reply set", "[replies][tone]")
{
    const SetScore score =
        scoreSet(QStringLiteral(RTCARE_SOURCE_DIR "/tests/core/data/tone-labelled-set.json"),
                 "tone checker, labelled set");
    REQUIRE(score.replies >= 120);
    CHECK(score.categories.size() == toneCategories().size());
    CHECK(score.zh * 2 >= score.replies - 2);
    CHECK(score.exactPct() >= 90.0);
    CHECK(score.cleanFlaggedPct() <= 5.0);
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

TEST_CASE("tone checker: a reply mixing languages is read sentence by sentence",
          "[replies][tone]")
{
    // Each language's rules read the sentences written in it (a sentence with a Latin letter
    // for the English ones); a finding's offsets are still the reply's.
    const ToneChecker checker(ToneRuleSet::builtIn(), nullptr);
    const QString text = QStringLiteral("您好，日志我看过了。Your network is bad. 这不是我们的问题。");
    const QList<ToneFinding> findings = checker.check(text);
    REQUIRE(findings.size() == 2);
    CHECK(text.mid(findings.at(0).start, findings.at(0).length)
          == QStringLiteral("Your network is bad"));
    CHECK(findings.at(0).text == QStringLiteral("Your network is bad"));
    CHECK(text.mid(findings.at(1).start, findings.at(1).length) == findings.at(1).text);
    CHECK(findings.at(1).start > findings.at(0).start);
    // A Chinese reply that names Wi-Fi is read by the English rules there too, and many
    // switches of language (one scan from the first such sentence to the last) lose nothing.
    QString many;
    for (int i = 0; i < 6; ++i)
        many += QStringLiteral("我们看了通话数据。Your network is bad. ");
    CHECK(checker.check(many).size() == 6);
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

TEST_CASE("tone rules: a pattern may be a list of alternatives", "[replies][tone]")
{
    QStringList errors;
    const ToneRuleSet set = ToneRuleSet::fromJson(
        R"({"rules":[{"id":"team.list","category":"blame","lang":"en",)"
        R"("pattern":["\\bfoo\\b","\\bfoo bar\\b","\\bbaz\\b"],)"
        R"("explanation":{"en":"x","zh_CN":"x"}},)"
        R"({"id":"team.broken","category":"blame","pattern":["\\bok\\b","(unclosed"],)"
        R"("explanation":{"en":"x","zh_CN":"x"}}]})",
        QStringLiteral("team.json"), &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("team.broken")));
    REQUIRE(set.rules().size() == 1);
    const ToneChecker checker(set);
    // "foo" and "foo bar" overlap: one finding; "baz" is another.
    const QList<ToneFinding> findings = checker.check(QStringLiteral("foo bar and baz"));
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).text == QStringLiteral("foo"));
    CHECK(findings.at(1).text == QStringLiteral("baz"));
}

// Replies written by someone who never saw the rules or the labelled set, after the rules
// were written: how the checker does on wording it was not tuned to. Never tune the rules to
// this file. When it has served, move it into the labelled set and have a fresh one written
// blind. History: the first blind set (154 replies) scored 81.8 % exact / 12.5 % of clean
// replies flagged and the second (150) 67.3 % / 5 % before each joined the labelled set;
// this third one (152) scored 73.0 % / 5 %. The floors below guard against regressions.
TEST_CASE("tone checker: held-out reply set written blind", "[replies][tone]")
{
    const SetScore score =
        scoreSet(QStringLiteral(RTCARE_SOURCE_DIR "/tests/core/data/tone-heldout-set.json"),
                 "tone checker, held-out set");
    REQUIRE(score.replies >= 120);
    CHECK(score.exactPct() >= 65.0);
    CHECK(score.cleanFlaggedPct() <= 5.0);
}

// Concepts the rules encode beyond single phrases (probe sentences, not from any labelled set).
TEST_CASE("tone checker: refused promises, agent actions, menu paths and judgements",
          "[replies][tone]")
{
    const ToneChecker checker;
    const auto cats = [&checker](const char* text) {
        return ToneChecker::categories(checker.check(QString::fromUtf8(text)));
    };
    const QStringList none;
    const QStringList blame{QStringLiteral("blame")};
    // A refused guarantee is honest, not an over-promise.
    CHECK(cats("We cannot guarantee it won't recur; I've enabled the low-latency profile and "
               "will review the logs with you at 10:00 tomorrow.")
          == none);
    CHECK(cats("我不能向您保证以后绝对不掉线,但已经为您开启了弱网优化,明天10点我再跟您核对数据。")
          == none);
    // An action the agent performed is not advice.
    CHECK(cats("我已经帮您重启了转码服务,大约10分钟后生效。") == none);
    CHECK(cats("您把App删了重新装一下吧。") == QStringList{QStringLiteral("vague_advice")});
    // A real menu path is not a placeholder; a value to fill in is.
    CHECK(cats("您可以在【应用管理-项目配置】里打开抗丢包,工单号RT-1。") == none);
    CHECK(cats("【姓名】您好,工程师会在两小时内回电。")
          == QStringList{QStringLiteral("unfilled_placeholder")});
    CHECK(cats("Hi ***, an engineer will call you within 2 hours.")
          == QStringList{QStringLiteral("unfilled_placeholder")});
    // Second person (or their side) + a fault predicate is blame; a loaded judgement stays
    // blame even next to data, a plain data-backed sentence does not.
    CHECK(cats("你们的开发把Token配错了。") == blame);
    CHECK(cats("Your viewers obviously have awful Wi-Fi; loss hit 30 %.").contains(u"blame"_s));
    CHECK(cats("Your viewers' connections showed 30 % packet loss at 20:15.") == none);
    CHECK(cats("如果您输错了房间号,会提示错误码1002,麻烦您确认一下。") == none);
    // A guarantee is an over-promise (whether the apology before it is also empty is the
    // model's reading of the whole reply).
    CHECK(cats("Sorry about that. We promise you'll be 100% happy.").contains(u"over_promise"_s));
}
