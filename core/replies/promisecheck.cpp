// SPDX-License-Identifier: MIT
#include "replies/promisecheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare::replies {

namespace {

// "10 min", "2 h", "1 h 30 min", "2 d" / "10 分钟", "2 小时", "1 小时 30 分钟", "2 天".
QString span(qint64 minutes, bool zh)
{
    if (minutes >= 1440 && minutes % 1440 == 0)
        return zh ? u"%1 天"_s.arg(minutes / 1440) : u"%1 d"_s.arg(minutes / 1440);
    if (minutes < 60)
        return zh ? u"%1 分钟"_s.arg(minutes) : u"%1 min"_s.arg(minutes);
    if (minutes % 60 == 0)
        return zh ? u"%1 小时"_s.arg(minutes / 60) : u"%1 h"_s.arg(minutes / 60);
    return zh ? u"%1 小时 %2 分钟"_s.arg(minutes / 60).arg(minutes % 60)
              : u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

// The window as a phrase for the reply itself: "within 2 hours", "2小时内".
QString withinPhrase(int minutes, bool zh)
{
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        return zh ? u"%1小时内"_s.arg(hours)
                  : (hours == 1 ? u"within 1 hour"_s : u"within %1 hours"_s.arg(hours));
    }
    return zh ? u"%1分钟内"_s.arg(minutes) : u"within %1 minutes"_s.arg(minutes);
}

} // namespace

QList<ToneFinding> checkPromises(const QList<CommitmentCandidate>& promised,
                                 const QDateTime& nowUtc, const Tier& tier,
                                 const QString& uiLanguage)
{
    QList<ToneFinding> findings;
    if (tier.firstResponseMinutes <= 0)
        return findings;
    const qint64 window = qint64(tier.firstResponseMinutes) * 60;
    for (const CommitmentCandidate& c : promised) {
        const qint64 seconds = nowUtc.secsTo(c.due);
        if (seconds <= 0 || seconds >= window)
            continue;
        const bool zh =
            uiLanguage.isEmpty() ? containsChinese(c.text) : uiLanguage.startsWith(QLatin1String("zh"));
        // Round up: "within 90 seconds" is promised as 2 minutes, never as 1.
        const qint64 promisedMinutes = std::max<qint64>(1, (seconds + 59) / 60);
        const QString windowText = span(tier.firstResponseMinutes, zh);
        const QString promisedText = span(promisedMinutes, zh);
        const QString tierName = tier.name.forLanguage(zh ? u"zh_CN"_s : u"en"_s);
        ToneFinding f;
        f.category = u"over_promise"_s;
        f.rule = u"promise_sooner_than_tier"_s;
        f.start = c.start;
        f.length = c.length;
        f.text = c.text;
        f.replacement = withinPhrase(tier.firstResponseMinutes, zh);
        if (zh) {
            f.message =
                u"该工单的优先级（%1）首次响应目标是 %2；承诺 %3 就有结果，团队自己的时限都撑不住，"
                u"做不到会更伤客户信任。"_s.arg(tierName, windowText, promisedText);
            f.suggestion =
                u"承诺不早于 %1 的时间（例如“%2给您进展”），或先说清下一步由谁做、何时同步。"_s.arg(
                    windowText, f.replacement);
        } else {
            f.message = u"This ticket's tier (%1) plans %2 for a first response; promising %3 "
                        u"can't be backed by the team's own targets, and a missed promise costs "
                        u"more trust than a later one."_s.arg(tierName, windowText, promisedText);
            f.suggestion =
                u"Promise a time no sooner than %1 (e.g. \"I'll update you %2\"), or say "
                u"who does what next and when you will report back."_s.arg(windowText,
                                                                           f.replacement);
        }
        findings.append(f);
    }
    return findings;
}

void mergeFindings(QList<ToneFinding>& findings, const QList<ToneFinding>& more)
{
    if (more.isEmpty())
        return;
    findings.append(more);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ToneFinding& a, const ToneFinding& b) {
                         return a.start != b.start ? a.start < b.start : a.length > b.length;
                     });
}

} // namespace rtcare::replies
