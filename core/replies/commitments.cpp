// SPDX-License-Identifier: MIT
#include "replies/commitments.h"

#include <QRegularExpression>

#include <algorithm>

namespace rtcare::replies {

namespace {

QRegularExpression compiled(const char* pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern),
                          QRegularExpression::CaseInsensitiveOption
                              | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// "2", "two", "两", "十二", "半" -> number (half = 0.5); -1 when unknown.
double numberOf(const QString& word)
{
    bool ok = false;
    const double n = word.toDouble(&ok);
    if (ok)
        return n;
    static const QStringList en{QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
                                QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
                                QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
                                QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
                                QStringLiteral("twelve")};
    const qsizetype i = en.indexOf(word.toLower());
    if (i >= 0)
        return double(i);
    if (word == QLatin1String("an") || word == QLatin1String("a"))
        return 1;
    if (word == QStringLiteral("半"))
        return 0.5;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (word == QStringLiteral("两"))
        return 2;
    double value = 0;
    if (word.startsWith(QStringLiteral("十")))
        value = 10 + (word.size() > 1 ? double(digits.indexOf(word.at(1))) : 0);
    else if (word.size() == 1 && digits.contains(word.at(0)))
        value = double(digits.indexOf(word.at(0)));
    else if (word.size() >= 2 && word.at(1) == QStringLiteral("十").at(0))
        value = double(digits.indexOf(word.at(0))) * 10
                + (word.size() > 2 ? double(digits.indexOf(word.at(2))) : 0);
    else
        return -1;
    return value;
}

qint64 unitSeconds(const QString& unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(QLatin1String("min")) || u.contains(QStringLiteral("分钟")))
        return 60;
    if (u.startsWith(QLatin1String("h")) || u.contains(QStringLiteral("小时")))
        return 3600;
    return 86400; // days / 天
}

QDateTime atLocal(const QDateTime& nowUtc, const QTimeZone& zone, int dayOffset, int hour,
                  int minute)
{
    const QDateTime local = nowUtc.toTimeZone(zone);
    return QDateTime(local.date().addDays(dayOffset), QTime(hour, minute), zone).toUTC();
}

} // namespace

QList<CommitmentCandidate> findCommitments(const QString& text, const QDateTime& nowUtc,
                                           const QTimeZone& zone)
{
    static const QRegularExpression within = compiled(
        R"(\b(?:within|in(?: the next)?|in about)\s+(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(minutes?|mins?|hours?|hrs?|days?)\b)");
    static const QRegularExpression withinZh =
        compiled(R"(([0-9]+|[一二两三四五六七八九十]+|半)\s*(?:个)?\s*(小时|分钟|天|个工作日)(?:内|之内|以内))");
    static const QRegularExpression byTime = compiled(
        R"(\bby\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?(?:\s+(today|tonight|tomorrow))?|\bby\s+(tomorrow|today)\s+(morning|noon|evening|afternoon))");
    static const QRegularExpression byTimeZh = compiled(
        R"((今天|今晚|明天|明早|明晚)?\s*(上午|中午|下午|晚上)?\s*(\d{1,2})(?:[:：](\d{2})|点(半|\d{1,2}分)?)\s*(?:前|之前|以前))");
    static const QRegularExpression partOfDayZh =
        compiled(R"((今天|明天)(上午|中午|下午|晚上|下班)(?:前|之前|以前))");

    QList<CommitmentCandidate> found;
    const auto add = [&](const QRegularExpressionMatch& m, const QDateTime& due) {
        if (!due.isValid())
            return;
        for (const CommitmentCandidate& c : found)
            if (m.capturedStart() < c.start + c.length && c.start < m.capturedEnd())
                return;
        found.append({m.capturedStart(), m.capturedLength(), m.captured(), due});
    };
    QRegularExpressionMatchIterator it = within.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double n = numberOf(m.captured(1));
        if (n > 0)
            add(m, nowUtc.addSecs(qint64(n * double(unitSeconds(m.captured(2))))));
    }
    it = withinZh.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double n = numberOf(m.captured(1));
        if (n > 0)
            add(m, nowUtc.addSecs(qint64(n * double(unitSeconds(m.captured(2))))));
    }
    it = byTime.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(5).isEmpty()) {
            const int day = m.captured(5).toLower() == QLatin1String("tomorrow") ? 1 : 0;
            const QString part = m.captured(6).toLower();
            const int hour = part == QLatin1String("morning") ? 10
                             : part == QLatin1String("noon") ? 12
                             : part == QLatin1String("afternoon") ? 17 : 20;
            add(m, atLocal(nowUtc, zone, day, hour, 0));
            continue;
        }
        int hour = m.captured(1).toInt();
        const int minute = m.captured(2).toInt();
        const QString ampm = m.captured(3).toLower();
        if (ampm == QLatin1String("pm") && hour < 12)
            hour += 12;
        if (hour > 23 || minute > 59 || (m.captured(2).isEmpty() && ampm.isEmpty()
                                         && m.captured(4).isEmpty()))
            continue;
        const int day = m.captured(4).toLower() == QLatin1String("tomorrow") ? 1 : 0;
        add(m, atLocal(nowUtc, zone, day, hour, minute));
    }
    it = byTimeZh.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString day = m.captured(1);
        const QString part = m.captured(2);
        int hour = m.captured(3).toInt();
        int minute = m.captured(4).toInt();
        if (m.captured(5) == QStringLiteral("半"))
            minute = 30;
        else if (!m.captured(5).isEmpty())
            minute = m.captured(5).chopped(1).toInt();
        if ((part == QStringLiteral("下午") || part == QStringLiteral("晚上")
             || day == QStringLiteral("今晚") || day == QStringLiteral("明晚"))
            && hour < 12)
            hour += 12;
        if (hour > 23 || minute > 59)
            continue;
        const int offset = day.startsWith(QStringLiteral("明")) ? 1 : 0;
        add(m, atLocal(nowUtc, zone, offset, hour, minute));
    }
    it = partOfDayZh.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString part = m.captured(2);
        const int hour = part == QStringLiteral("上午") ? 12
                         : part == QStringLiteral("中午") ? 12
                         : part == QStringLiteral("下午") || part == QStringLiteral("下班") ? 18 : 21;
        add(m, atLocal(nowUtc, zone, m.captured(1) == QStringLiteral("明天") ? 1 : 0, hour, 0));
    }
    std::sort(found.begin(), found.end(), [](const CommitmentCandidate& a,
                                             const CommitmentCandidate& b) { return a.start < b.start; });
    return found;
}

CommitmentClock commitmentClock(const SlaPolicy& policy, const Commitment& c,
                                const QDateTime& nowUtc)
{
    CommitmentClock clock;
    clock.remainingSeconds = nowUtc.secsTo(c.dueAt);
    if (c.state != QLatin1String("open")) {
        clock.state = c.state;
        return clock;
    }
    if (clock.remainingSeconds < 0) {
        clock.state = QStringLiteral("overdue");
        return clock;
    }
    const qint64 total = std::max<qint64>(1, c.promisedAt.secsTo(c.dueAt));
    const double percent = 100.0 * double(c.promisedAt.secsTo(nowUtc)) / double(total);
    for (const int step : policy.warningSteps())
        if (percent >= step)
            clock.warningStep = step;
    clock.state = clock.warningStep > 0 ? QStringLiteral("warning_%1").arg(clock.warningStep)
                                        : QStringLiteral("on_track");
    return clock;
}

ClockStatus commitmentClockStatus(const SlaPolicy& policy, const Commitment& c,
                                  const QDateTime& nowUtc)
{
    const CommitmentClock clock = commitmentClock(policy, c, nowUtc);
    ClockStatus status;
    status.due = c.dueAt;
    status.remainingSeconds = clock.remainingSeconds;
    const qint64 total = std::max<qint64>(1, c.promisedAt.secsTo(c.dueAt));
    status.elapsedPercent = 100.0 * double(c.promisedAt.secsTo(nowUtc)) / double(total);
    if (clock.state == QLatin1String("kept"))
        status.state = ClockStatus::State::Met;
    else if (clock.state == QLatin1String("broken"))
        status.state = ClockStatus::State::Missed;
    else if (clock.state == QLatin1String("overdue"))
        status.state = ClockStatus::State::Breached;
    else if (clock.warningStep > 0) {
        status.state = ClockStatus::State::Warning;
        status.warningStep = clock.warningStep;
    }
    return status;
}

} // namespace rtcare::replies
