// SPDX-License-Identifier: MIT
// Promises sooner than the ticket's tier allows (issue 4, over_promise by tier).
#include "catch.h"
#include "testsupport.h"

#include "replies/commitments.h"
#include "replies/promisecheck.h"

using namespace rtcare;
using namespace rtcare::replies;

namespace {

QList<ToneFinding> check(const QString& text, const QString& tierId,
                         const QString& uiLanguage = QString())
{
    const QDateTime now = test::utc("2026-11-24T10:00:00Z");
    const Tier* tier = SlaPolicy::builtIn().tier(tierId);
    REQUIRE(tier != nullptr);
    return checkPromises(findCommitments(text, now, QTimeZone::utc()), now, *tier, uiLanguage);
}

} // namespace

TEST_CASE(
    "promise check: a promise sooner than the tier's first-response window is an over-promise",
    "[replies][promisecheck]")
{
    const QString zh = QStringLiteral("您好，我们会在10分钟内给您解决。");
    const QList<ToneFinding> zhFindings = check(zh, QStringLiteral("medium")); // 2 h tier
    REQUIRE(zhFindings.size() == 1);
    const ToneFinding& f = zhFindings.first();
    CHECK(f.category == QStringLiteral("over_promise"));
    CHECK(f.rule == QStringLiteral("promise_sooner_than_tier"));
    CHECK(f.text == QStringLiteral("10分钟内"));
    CHECK(zh.mid(f.start, f.length) == f.text);
    CHECK(f.message.contains(QStringLiteral("中"))); // the tier, by its Chinese name
    CHECK(f.message.contains(QStringLiteral("2 小时")));
    CHECK(f.message.contains(QStringLiteral("10 分钟")));
    CHECK(f.replacement == QStringLiteral("2小时内"));
    CHECK_FALSE(f.suggestion.isEmpty());

    const QString en = QStringLiteral("An engineer will fix it within 10 minutes.");
    const QList<ToneFinding> enFindings = check(en, QStringLiteral("medium"));
    REQUIRE(enFindings.size() == 1);
    CHECK(enFindings.first().text == QStringLiteral("within 10 minutes"));
    CHECK(enFindings.first().message.contains(QStringLiteral("Medium")));
    CHECK(enFindings.first().message.contains(QStringLiteral("2 h")));
    CHECK(enFindings.first().message.contains(QStringLiteral("10 min")));
    CHECK(enFindings.first().replacement == QStringLiteral("within 2 hours"));

    // A time of day counts from now: 10:20 is 20 minutes away, sooner than 2 h.
    CHECK(check(QStringLiteral("I'll call you back by 10:20 today."), QStringLiteral("medium"))
              .size() == 1);
    // The UI language decides the message's language when given.
    CHECK(check(zh, QStringLiteral("medium"), QStringLiteral("en"))
              .first()
              .message.startsWith(QStringLiteral("This ticket's tier (Medium)")));
}

TEST_CASE("promise check: promises at or beyond the window stay silent", "[replies][promisecheck]")
{
    CHECK(check(QStringLiteral("我们会在2小时内给您答复。"), QStringLiteral("medium")).isEmpty());
    CHECK(check(QStringLiteral("An engineer will call within 3 hours."), QStringLiteral("medium"))
              .isEmpty());
    CHECK(check(QStringLiteral("明天中午前给您答复"), QStringLiteral("medium")).isEmpty());
    // Each promise is judged on its own: only the 10 minutes is flagged.
    CHECK(check(QStringLiteral("10分钟内回复您，2小时内给您结论。"), QStringLiteral("medium"))
              .size() == 1);
    CHECK(check(QStringLiteral("I'll reply within 30 minutes."), QStringLiteral("medium_high"))
              .isEmpty());
    CHECK(check(QStringLiteral("I'll reply within 20 minutes."), QStringLiteral("medium_high"))
              .size() == 1);
    // A time of day already gone by is not a promise sooner than the window.
    CHECK(check(QStringLiteral("I'll call you back by 09:00 today."), QStringLiteral("medium"))
              .isEmpty());
    CHECK(check(QStringLiteral("No time promised here."), QStringLiteral("medium")).isEmpty());
}

TEST_CASE("promise check: findings merge with the tone checker's in position order",
          "[replies][promisecheck]")
{
    QList<ToneFinding> findings;
    ToneFinding early;
    early.start = 0;
    early.length = 3;
    ToneFinding late;
    late.start = 20;
    late.length = 2;
    findings << early << late;
    ToneFinding middle;
    middle.start = 8;
    middle.length = 4;
    mergeFindings(findings, {middle});
    REQUIRE(findings.size() == 3);
    CHECK(findings.at(0).start == 0);
    CHECK(findings.at(1).start == 8);
    CHECK(findings.at(2).start == 20);
}
