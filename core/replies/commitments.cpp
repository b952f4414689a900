// SPDX-License-Identifier: MIT
#include "replies/commitments.h"

#include "replies/promisedtime.h"
#include "replies/tonechecker.h"

#include <QRegularExpression>

#include <algorithm>

namespace rtcare::replies {

namespace {

enum class Cue
{
    None,
    Promise,
    Request,
    Condition,
    Schedule,
    Past,
    Negation
};

struct CueHit
{
    Cue kind = Cue::None;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Every cue in text[from, to), a sentence of a reply whose UTF-16 is `valid` (so is the
// sentence's: it starts and ends beside a punctuation mark or an end of the reply).
QList<CueHit> cuesIn(const TimeVocabulary::Cues& cues, const QString& text, qsizetype from,
                     qsizetype to, bool valid)
{
    QList<CueHit> hits;
    const QString region = text.mid(from, to - from);
    const bool chinese = containsChinese(region);
    const bool english = std::any_of(region.cbegin(), region.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
    const std::pair<const TimeVocabulary::Cue*, Cue> kinds[] = {
        {&cues.promise, Cue::Promise},     {&cues.request, Cue::Request},
        {&cues.condition, Cue::Condition}, {&cues.schedule, Cue::Schedule},
        {&cues.past, Cue::Past},           {&cues.negation, Cue::Negation}};
    for (const auto& [cue, kind] : kinds) {
        for (const QRegularExpression* re : {&cue->english, &cue->chinese}) {
            if (!(re == &cue->english ? english : chinese))
                continue;
            QRegularExpressionMatchIterator it =
                re->globalMatch(region, 0, QRegularExpression::NormalMatch,
                                valid ? QRegularExpression::DontCheckSubjectStringMatchOption
                                      : QRegularExpression::NoMatchOption);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() > 0)
                    hits.append({kind, from + m.capturedStart(), from + m.capturedEnd()});
            }
        }
    }
    return hits;
}

// The cue nearest to a phrase within [from, to): the one ending last when the region is
// before the phrase, the one starting first when it is after. Of two at the same place,
// the longer ("let me know" over "let me").
CueHit nearestCue(const QList<CueHit>& hits, qsizetype from, qsizetype to, bool before,
                  bool withSchedule)
{
    CueHit best;
    for (const CueHit& hit : hits) {
        if (hit.start < from || hit.end > to || (hit.kind == Cue::Schedule && !withSchedule))
            continue;
        const qsizetype length = hit.end - hit.start;
        const bool better =
            best.kind == Cue::None ||
            (before ? hit.end > best.end || (hit.end == best.end && length > best.end - best.start)
                    : hit.start < best.start ||
                          (hit.start == best.start && length > best.end - best.start));
        if (better)
            best = hit;
    }
    return best;
}

bool isSentenceEnd(const QString& text, qsizetype i)
{
    switch (text.at(i).unicode()) {
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'。':
    case u'！':
    case u'？':
    case u'；':
        return true;
    case u'.': {
        // A full stop, not "p.m." or "12.5".
        const bool spaceAfter =
            i + 1 >= text.size() || text.at(i + 1).isSpace() || text.at(i + 1).unicode() >= 0x2E80;
        const bool abbreviation = i >= 2 && text.at(i - 1).isLetter() && text.at(i - 2) == u'.';
        return spaceAfter && !abbreviation;
    }
    default:
        return false;
    }
}

// Whether a time phrase is a promise: said by us about our next step ("I'll update you by
// …", "工程师会在…联系您", "明天中午前给您答复"), not a request to the customer ("please send
// the logs by Friday", "请您在…前提供"), the customer's own plans ("your meeting at 10:00
// tomorrow", "明天10点的会议"), a condition ("if you send the logs by Friday"), the past,
// a negation ("we can't … by Friday") or a question. The cue nearest to the phrase in its
// clause decides; without one there, a Chinese deadline ("…前", "…内") promises by itself,
// and otherwise the nearest cue earlier in the sentence decides (or, for a phrase that is
// a clause of its own, the first cue after it: "By Friday, we will …").
bool isPromise(const TimeVocabulary& v, const QString& text, bool valid, const TimePhrase& p)
{
    const qsizetype end = p.start + p.length;
    qsizetype sentenceStart = p.start;
    while (sentenceStart > 0 && !isSentenceEnd(text, sentenceStart - 1))
        --sentenceStart;
    qsizetype sentenceEnd = end;
    while (sentenceEnd < text.size() && !isSentenceEnd(text, sentenceEnd))
        ++sentenceEnd;
    if (v.cues.scheduleAfter.match(text.mid(end, 16)).hasMatch())
        return false;

    qsizetype clauseStart = sentenceStart;
    qsizetype clauseEnd = sentenceEnd;
    QRegularExpressionMatchIterator breaks =
        v.cues.clauseBreak.globalMatch(text.mid(sentenceStart, sentenceEnd - sentenceStart));
    while (breaks.hasNext()) {
        const QRegularExpressionMatch m = breaks.next();
        const qsizetype at = sentenceStart + m.capturedStart();
        if (sentenceStart + m.capturedEnd() <= p.start)
            clauseStart = sentenceStart + m.capturedEnd();
        else if (at >= end) {
            clauseEnd = at;
            break;
        }
    }
    // A question ("Will you be free at 3pm?"), unless it is only a tag after the promise
    // ("I'll call you at 3pm tomorrow, does that work?").
    const qsizetype withMark = std::min(text.size(), sentenceEnd + 1);
    if (clauseEnd == sentenceEnd &&
        v.cues.questionEnd.match(text.mid(clauseStart, withMark - clauseStart)).hasMatch())
        return false;
    // "I'll return your call by 5pm": after "by", "your call" is not the customer's plan.
    const bool withSchedule = !(p.deadline && !p.chinese);
    if (withSchedule &&
        v.cues.scheduleBefore.match(text.mid(clauseStart, p.start - clauseStart)).hasMatch())
        return false;
    const QList<CueHit> hits = cuesIn(v.cues, text, sentenceStart, sentenceEnd, valid);
    CueHit hit = nearestCue(hits, clauseStart, p.start, true, withSchedule);
    if (hit.kind == Cue::None)
        hit = nearestCue(hits, end, clauseEnd, false, withSchedule);
    if (hit.kind != Cue::None)
        return hit.kind == Cue::Promise;
    if (p.chinese && p.deadline)
        return true;
    hit = nearestCue(hits, sentenceStart, clauseStart, true, withSchedule);
    // A phrase that is a clause of its own belongs to the next one: "By Friday, we will …".
    if (hit.kind == Cue::None && text.mid(clauseStart, p.start - clauseStart).trimmed().isEmpty() &&
        text.mid(end, clauseEnd - end).trimmed().isEmpty())
        hit = nearestCue(hits, clauseEnd, sentenceEnd, false, withSchedule);
    return hit.kind == Cue::Promise;
}

} // namespace

QList<CommitmentCandidate> findCommitments(const QString& text, const QDateTime& nowUtc,
                                           const QTimeZone& zone)
{
    QList<CommitmentCandidate> found;
    const TimeVocabulary& vocabulary = TimeVocabulary::builtIn();
    const QList<TimePhrase> phrases = readTimePhrases(text, nowUtc, zone, vocabulary);
    const bool valid = phrases.isEmpty() || QStringView(text).isValidUtf16();
    for (const TimePhrase& p : phrases)
        if (p.due.isValid() && isPromise(vocabulary, text, valid, p))
            found.append({p.start, p.length, p.text, p.due});
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
