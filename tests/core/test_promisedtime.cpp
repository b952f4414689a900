// SPDX-License-Identifier: MIT
// Promised times read the way a person means them (issue 11 item 3, issue 14): a table of
// phrases in Chinese and English against pinned clocks, and sentences that name a time
// without promising it.
#include "catch.h"

#include "replies/commitments.h"
#include "replies/promisedtime.h"

#include <QTimeZone>

using namespace rtcare::replies;

namespace {

// The pinned clocks, all Asia/Shanghai (+08:00) unless a case names another zone.
constexpr const char* friday = "2026-12-04T17:42:00+08:00";     // Friday, before 18:00
constexpr const char* fridayLate = "2026-12-04T19:30:00+08:00"; // Friday evening
constexpr const char* midnight = "2026-12-05T00:20:00+08:00";   // just after midnight (Sat)
constexpr const char* sunday = "2026-12-06T10:00:00+08:00";     // Sunday
constexpr const char* wednesday = "2026-12-02T09:15:00+08:00";  // Wednesday morning
constexpr const char* monthEnd = "2026-11-30T16:00:00+08:00";   // Monday, last day of November
constexpr const char* yearEnd = "2026-12-31T17:00:00+08:00";    // Thursday, last day of the year

struct Case
{
    const char* now;
    const char* text;
    const char* due; // local time in the zone, with its offset; nullptr: no promise
    const char* zone = "Asia/Shanghai";
};

QString isoIn(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

QStringList dues(const Case& c)
{
    const QTimeZone zone(c.zone);
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(c.now), Qt::ISODate).toUTC();
    QStringList result;
    for (const CommitmentCandidate& found : findCommitments(QString::fromUtf8(c.text), now, zone))
        result << isoIn(found.due, zone);
    return result;
}

const Case cases[] = {
    // Friday 17:42.
    {friday, "I will update you by 18:00 tomorrow.", "2026-12-05T18:00:00+08:00"},
    {friday, "I'll get back to you by EOD.", "2026-12-04T18:00:00+08:00"},
    {friday, "We'll have an update for you by end of day.", "2026-12-04T18:00:00+08:00"},
    {friday, "I'll call you first thing tomorrow.", "2026-12-05T10:00:00+08:00"},
    {friday, "I will update you later tonight.", "2026-12-04T21:00:00+08:00"},
    {friday, "I'll send you the analysis before 5 pm.", "2026-12-05T17:00:00+08:00"},
    {friday, "An engineer will call you by noon Friday.", "2026-12-11T12:00:00+08:00"},
    {friday, "We will follow up next Tuesday morning.", "2026-12-08T12:00:00+08:00"},
    {friday, "I'll call you at 3pm.", "2026-12-05T15:00:00+08:00"},
    {friday, "I'll call you back tomorrow at 3:30 p.m.", "2026-12-05T15:30:00+08:00"},
    {friday, "We'll reply by Friday.", "2026-12-04T18:00:00+08:00"},
    {friday, "I'll update you on Wednesday.", "2026-12-09T18:00:00+08:00"},
    {friday, "The fix will be released by December 8th.", "2026-12-08T18:00:00+08:00"},
    {friday, "Our engineer will visit on Dec 2.", "2027-12-02T18:00:00+08:00"},
    {friday, "I will update you within 2 hours.", "2026-12-04T19:42:00+08:00"},
    {friday, "I'll get back to you in an hour and a half.", "2026-12-04T19:12:00+08:00"},
    {friday, "Someone from our team will call you in half an hour.", "2026-12-04T18:12:00+08:00"},
    {friday, "We'll reply within thirty minutes.", "2026-12-04T18:12:00+08:00"},
    {friday, "I'll update you the day after tomorrow.", "2026-12-06T18:00:00+08:00"},
    {friday, "I will update you next Monday.", "2026-12-07T18:00:00+08:00"},
    {friday, "I will call you tomorrow at 9.", "2026-12-05T09:00:00+08:00"},
    {friday, "You'll hear from us by 15:00 tomorrow.", "2026-12-05T15:00:00+08:00"},
    {friday, "I'll return your call by 5pm.", "2026-12-05T17:00:00+08:00"},
    {friday, "By Friday, we will have a fix.", "2026-12-04T18:00:00+08:00"},
    {friday, "Tomorrow at 10am, an engineer will call you.", "2026-12-05T10:00:00+08:00"},
    {friday, "We'll call you back on the 8th.", "2026-12-08T18:00:00+08:00"},
    {friday, "Next update: by 18:00 tomorrow.", "2026-12-05T18:00:00+08:00"},
    {friday, "I'll let you know by close of business tomorrow.", "2026-12-05T18:00:00+08:00"},
    {friday, "Good morning! I'll update you by EOD.", "2026-12-04T18:00:00+08:00"},
    {friday, "下个月5号前给您最终结论。", "2027-01-05T18:00:00+08:00"},
    {friday, "Today I checked your logs and will update you tomorrow.",
     "2026-12-05T18:00:00+08:00"},
    {friday, "I'll get back to you ASAP, at the latest by Monday.", "2026-12-07T18:00:00+08:00"},
    {friday, "Let's talk tomorrow at 3pm.", "2026-12-05T15:00:00+08:00"},
    {friday, "I'll call you at 3pm tomorrow, does that work for you?", "2026-12-05T15:00:00+08:00"},
    {friday, "I'll call you between 2 and 4 pm tomorrow.", "2026-12-05T16:00:00+08:00"},
    {friday, "I'll update you first thing Monday morning.", "2026-12-07T10:00:00+08:00"},
    {friday, "I'll update you on the 8th of January.", "2027-01-08T18:00:00+08:00"},
    {friday, "We'll reply by Tuesday (Dec 8).", "2026-12-08T18:00:00+08:00"},
    {friday, "I'll call you by 6 this evening.", "2026-12-04T18:00:00+08:00"},
    {friday, "12月8日（周二）前给您答复。", "2026-12-08T18:00:00+08:00"},
    {friday, "两点前给您回复。", "2026-12-05T14:00:00+08:00"},
    {friday, "晚上十点前给您回复。", "2026-12-04T22:00:00+08:00"},
    {monthEnd, "周五下班前给您答复。", "2026-12-04T18:00:00+08:00"},
    {friday, "我们会在今晚九点半前给您答复。", "2026-12-04T21:30:00+08:00"},
    {friday, "我们将在12月8日下午3点前答复您。", "2026-12-08T15:00:00+08:00"},
    {friday, "我们会在明早给您答复。", "2026-12-05T12:00:00+08:00"},
    {friday, "明早9点前给您回复。", "2026-12-05T09:00:00+08:00"},
    {friday, "今晚给您回电。", "2026-12-04T21:00:00+08:00"},
    {friday, "我会在今天下班前同步进展。", "2026-12-04T18:00:00+08:00"},
    {friday, "后天给您结论。", "2026-12-06T18:00:00+08:00"},
    {friday, "大后天之前我们会修复。", "2026-12-07T18:00:00+08:00"},
    {friday, "下周一给您反馈。", "2026-12-07T18:00:00+08:00"},
    {friday, "周五前给您答复。", "2026-12-04T18:00:00+08:00"},
    {friday, "我们会在月底前上线修复版本。", "2026-12-31T18:00:00+08:00"},
    {friday, "12月8日前给您答复。", "2026-12-08T18:00:00+08:00"},
    {friday, "12月8号之前我们会联系您。", "2026-12-08T18:00:00+08:00"},
    {friday, "技术同事会在一个半小时内联系您。", "2026-12-04T19:12:00+08:00"},
    {friday, "半小时内给您回复。", "2026-12-04T18:12:00+08:00"},
    {friday, "两个半小时内给您结论。", "2026-12-04T20:12:00+08:00"},
    {friday, "我们半个钟头内回您电话。", "2026-12-04T18:12:00+08:00"},
    {friday, "中午之前给您回复。", "2026-12-05T12:00:00+08:00"},
    {friday, "我们今天之内给您答复。", "2026-12-04T18:00:00+08:00"},
    {friday, "工程师明天下午3点给您回电。", "2026-12-05T15:00:00+08:00"},
    {friday, "我们会在下周三下午给您结论。", "2026-12-09T18:00:00+08:00"},
    // Friday 19:30: today's 18:00 has gone by.
    {fridayLate, "I'll update you by end of day.", "2026-12-04T23:59:00+08:00"},
    {fridayLate, "我会在今天下班前给您回复。", "2026-12-04T23:59:00+08:00"},
    {fridayLate, "I'll get back to you today.", "2026-12-04T23:59:00+08:00"},
    {fridayLate, "I will update you tonight.", "2026-12-04T21:00:00+08:00"},
    {fridayLate, "We'll reply by Friday.", "2026-12-11T18:00:00+08:00"},
    {fridayLate, "周五前给您答复。", "2026-12-11T18:00:00+08:00"},
    // Saturday 00:20: "tomorrow" is the calendar's.
    {midnight, "I will update you tomorrow morning.", "2026-12-06T12:00:00+08:00"},
    {midnight, "I'll update you by EOD.", "2026-12-05T18:00:00+08:00"},
    {midnight, "今晚8点前给您回复。", "2026-12-05T20:00:00+08:00"},
    {midnight, "We will call you within 2 hours.", "2026-12-05T02:20:00+08:00"},
    {midnight, "I'll call you at 9am.", "2026-12-05T09:00:00+08:00"},
    {midnight, "明早给您答复。", "2026-12-06T12:00:00+08:00"},
    // Sunday: next week starts tomorrow.
    {sunday, "下周一给您答复。", "2026-12-07T18:00:00+08:00"},
    {sunday, "I'll update you next Monday.", "2026-12-07T18:00:00+08:00"},
    {sunday, "We'll reply by Friday.", "2026-12-11T18:00:00+08:00"},
    {sunday, "I will update you on Sunday.", "2026-12-06T18:00:00+08:00"},
    {sunday, "本周五前给您答复。", nullptr}, // this week's Friday has gone by
    {sunday, "I'll update you by the end of the week.", "2026-12-06T23:59:00+08:00"},
    // Wednesday 09:15.
    {wednesday, "I'll update you on Wednesday.", "2026-12-02T18:00:00+08:00"},
    {wednesday, "我会在下午四点半前联系您。", "2026-12-02T16:30:00+08:00"},
    {wednesday, "15点半前给您回复。", "2026-12-02T15:30:00+08:00"},
    {wednesday, "I'll call you at 3:30 p.m.", "2026-12-02T15:30:00+08:00"},
    {wednesday, "We'll update you by noon.", "2026-12-02T12:00:00+08:00"},
    {wednesday, "周三前给您答复。", "2026-12-02T18:00:00+08:00"},
    {wednesday, "I'll call you this afternoon.", "2026-12-02T18:00:00+08:00"},
    {wednesday, "下周三给您答复。", "2026-12-09T18:00:00+08:00"},
    {wednesday, "明天中午前给您答复。", "2026-12-03T12:00:00+08:00"},
    {wednesday, "I'll be in touch within 2 working days.", "2026-12-04T09:15:00+08:00"},
    {wednesday, "两个工作日内给您答复。", "2026-12-04T09:15:00+08:00"},
    {wednesday, "我们会在晚上8点前给您回电。", "2026-12-02T20:00:00+08:00"},
    {wednesday, "我们中午12点前给您答复。", "2026-12-02T12:00:00+08:00"},
    {wednesday, "I'll update you by 5.", "2026-12-02T17:00:00+08:00"},
    // Monday 30 November, the last day of the month.
    {monthEnd, "月底前给您答复。", "2026-11-30T18:00:00+08:00"},
    {monthEnd, "We will deliver the fix by the end of the month.", "2026-11-30T18:00:00+08:00"},
    {monthEnd, "I'll update you tomorrow.", "2026-12-01T18:00:00+08:00"},
    {monthEnd, "12月1号前给您回复。", "2026-12-01T18:00:00+08:00"},
    {monthEnd, "我们会在3号前给您答复。", "2026-12-03T18:00:00+08:00"},
    // Thursday 31 December: tomorrow is next year.
    {yearEnd, "I'll get back to you tomorrow.", "2027-01-01T18:00:00+08:00"},
    {yearEnd, "下周一给您答复。", "2027-01-04T18:00:00+08:00"},
    {yearEnd, "我们会在1月2日前联系您。", "2027-01-02T18:00:00+08:00"},
    {yearEnd, "We'll update you by December 8th.", "2027-12-08T18:00:00+08:00"},
    {yearEnd, "I'll update you within 2 days.", "2027-01-02T17:00:00+08:00"},
    {yearEnd, "I'll update you by end of day.", "2026-12-31T18:00:00+08:00"},
    {yearEnd, "月底前给您答复。", "2026-12-31T18:00:00+08:00"},
    {yearEnd, "后天给您答复。", "2027-01-02T18:00:00+08:00"},
    {yearEnd, "I'll update you next Tuesday morning.", "2027-01-05T12:00:00+08:00"},
    // Another zone, across the start of summer time (Europe/Berlin, 29 March 2026).
    {"2026-03-28T12:00:00+01:00", "I'll update you tomorrow.", "2026-03-29T18:00:00+02:00",
     "Europe/Berlin"},
    {"2026-03-28T12:00:00+01:00", "I'll update you within 24 hours.", "2026-03-29T13:00:00+02:00",
     "Europe/Berlin"},

    // Not promises: the past, the customer's own plans, requests, negations, questions.
    {friday, "The call yesterday at 3pm dropped.", nullptr},
    {friday, "Your meeting at 10:00 tomorrow is not affected.", nullptr},
    {friday, "Loss reached 12 % at 20:05.", nullptr},
    {friday, "Please send us the logs by Friday.", nullptr},
    {friday, "Could you try another call at 3pm tomorrow?", nullptr},
    {friday, "We can't promise a fix by Friday.", nullptr},
    {friday, "I'll be online until 6pm.", nullptr},
    {friday, "The problem started 2 hours ago.", nullptr},
    {friday, "Good morning, thanks for your patience.", nullptr},
    {friday, "Will you be available at 3pm tomorrow?", nullptr},
    {friday, "We fixed it last Friday.", nullptr},
    {friday, "The stream froze at 3pm.", nullptr},
    {friday, "Let me know by Monday whether it happens again.", nullptr},
    {friday, "您昨天下午3点的通话断了。", nullptr},
    {friday, "请您在明天中午前提供日志。", nullptr},
    {friday, "您明天上午10点的会议不受影响。", nullptr},
    {friday, "3天前我们已经修复了这个问题。", nullptr},
    {friday, "通话在20:05时丢包达到12%。", nullptr},
    {friday, "我们会尽快处理。", nullptr},
    {friday, "晚一点给您回复。", nullptr},
    {friday, "您明天上午10点方便接电话吗？", nullptr},
    {friday, "我们上周五已经发布了新版本。", nullptr},
    {friday, "两小时前通话又断了。", nullptr},
    {friday, "I will update you by 09:00 today.", nullptr}, // gone by: not a promise to keep
    {friday, "If you send the logs by tomorrow, we can look at them.", nullptr},
    {friday, "I'm off tomorrow, my colleague will take over.", nullptr},
    {friday, "如果明天上午还出现，请联系我们。", nullptr},
    {friday, "会议在10点前结束。", nullptr},
    {friday, "We're available from 9am to 6pm.", nullptr},
    {friday, "辛苦您明天上午10点前把日志发给我们。", nullptr},
};

} // namespace

TEST_CASE("promised times: a table of phrases in both languages", "[replies][commitments]")
{
    int promises = 0;
    int silent = 0;
    for (const Case& c : cases) {
        INFO(c.now << " " << c.zone << ": " << c.text);
        const QStringList found = dues(c);
        if (c.due) {
            ++promises;
            CHECK(found == QStringList{QString::fromLatin1(c.due)});
        } else {
            ++silent;
            CHECK(found.isEmpty());
        }
    }
    CHECK(promises >= 60);
    CHECK(silent >= 20);
}

TEST_CASE("promised times: the phrase's own words are the commitment's text",
          "[replies][commitments]")
{
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(friday), Qt::ISODate);
    const QTimeZone zone("Asia/Shanghai");
    const QString en = QStringLiteral("I will update you by 18:00 tomorrow.");
    QList<CommitmentCandidate> found = findCommitments(en, now, zone);
    REQUIRE(found.size() == 1);
    CHECK(found.first().text == QStringLiteral("by 18:00 tomorrow"));
    CHECK(en.mid(found.first().start, found.first().length) == found.first().text);
    CHECK(found.first().due.timeSpec() == Qt::UTC);

    found = findCommitments(QStringLiteral("您好，技术同事会在明天上午10点前联系您。"), now, zone);
    REQUIRE(found.size() == 1);
    CHECK(found.first().text == QStringLiteral("明天上午10点前"));

    // A past time and a promise in one reply: only the promise counts.
    found = findCommitments(QStringLiteral("The call yesterday at 3pm dropped. I will update "
                                           "you by 18:00 tomorrow, and call you within 2 hours."),
                            now, zone);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).text == QStringLiteral("by 18:00 tomorrow"));
    CHECK(found.at(1).text == QStringLiteral("within 2 hours"));
    found = findCommitments(QStringLiteral("您昨天下午3点的通话断了，我们会在今晚8点前给您答复。"),
                            now, zone);
    REQUIRE(found.size() == 1);
    CHECK(isoIn(found.first().due, zone) == QStringLiteral("2026-12-04T20:00:00+08:00"));
}

TEST_CASE("promised times: what a phrase names, promise or not", "[replies][commitments]")
{
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(friday), Qt::ISODate);
    const QTimeZone zone("Asia/Shanghai");
    const QList<TimePhrase> phrases = readTimePhrases(
        QStringLiteral("The call yesterday at 3pm dropped; your meeting at 10:00 tomorrow."), now,
        zone);
    REQUIRE(phrases.size() == 2);
    CHECK(phrases.at(0).text == QStringLiteral("yesterday at 3pm"));
    CHECK(phrases.at(0).past);
    CHECK_FALSE(phrases.at(0).due.isValid());
    CHECK(phrases.at(1).text == QStringLiteral("10:00 tomorrow"));
    CHECK(isoIn(phrases.at(1).due, zone) == QStringLiteral("2026-12-05T10:00:00+08:00"));
    CHECK_FALSE(phrases.at(1).deadline);

    const QList<TimePhrase> zh = readTimePhrases(QStringLiteral("一个半小时内，3天前"), now, zone);
    REQUIRE(zh.size() == 2);
    CHECK(zh.at(0).deadline);
    CHECK(zh.at(0).chinese);
    CHECK(zh.at(1).past);

    CHECK(chineseNumber(u"十二") == 12);
    CHECK(chineseNumber(u"二十四") == 24);
    CHECK(chineseNumber(u"两") == 2);
    CHECK(chineseNumber(u"一百") == 100);
    CHECK(chineseNumber(u"3") == 3);
    CHECK(chineseNumber(u"半") < 0);
}

TEST_CASE("promised times: the vocabulary file is checked", "[replies][commitments]")
{
    QStringList errors;
    (void)TimeVocabulary::fromJson("[]", QStringLiteral("x.json"), &errors);
    CHECK_FALSE(errors.isEmpty());
    errors.clear();
    (void)TimeVocabulary::fromJson(R"({"numbers": {"one": 1}})", QStringLiteral("x.json"), &errors);
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().startsWith(QStringLiteral("x.json")));
    // Words stand alone and read in any case or spacing; the longest one wins.
    const QString text =
        QStringLiteral("Mondays NEXT   monday; 下周一 下周; the day after tomorrow");
    const QList<TimeVocabulary::WordMatch> words = TimeVocabulary::builtIn().findWords(text);
    REQUIRE(words.size() == 4);
    CHECK(text.mid(words.at(0).start, words.at(0).end - words.at(0).start) ==
          QStringLiteral("NEXT   monday"));
    CHECK(words.at(0).word->modifier == QStringLiteral("next"));
    CHECK(words.at(1).word->kind == TimeVocabulary::Word::Kind::Weekday);
    CHECK(words.at(2).word->kind == TimeVocabulary::Word::Kind::Period);
    CHECK(words.at(3).word->day.offset == 2);
}
