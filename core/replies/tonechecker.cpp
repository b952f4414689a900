// SPDX-License-Identifier: MIT
#include "replies/tonechecker.h"

#include "text/texttokens.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>

namespace rtcare::replies {

namespace {

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u';': case u'\n':
    case u'。': case u'！': case u'？': case u'；':
        return true;
    default:
        return false;
    }
}

const QRegularExpression& actionPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(
            // A step the agent takes or gives: "I'll call", "we've escalated", a ticket,
            // numbered steps, "please switch / restart ...", "我会", "请先关闭 ...".
            QStringLiteral(R"(\b(I|we)('ve| have| will|'ll| am going to| are going to) \w+|\blet me\b|ticket|RTC-\d|(^|\n|\s)[1-9][.、)]\s*\S|\b(please )?(switch|move|close|restart|reinstall|update|turn (on|off)|plug|connect|open|disable|enable|allow|select|tap|click)\b|已(为您|经)?(升级|标记|提交|查看|检查|安排|转给|转交|联系)|工单|(我|我们)(会|将|来|已)|会在|将在|步骤|请(您)?(先|将|把|打开|关闭|切换|重启|更新|卸载|检查一下|允许|选择|点击|连接)|切换|设置)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        r.optimize();
        return r;
    }();
    return re;
}

const QRegularExpression& timePattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(
            QStringLiteral(R"(\bwithin \w+ (minutes?|hours?|days?)|\bby \d{1,2}([:.]\d{2})?|\btomorrow|\btoday|[0-9一二两三四五六七八九十半]+ ?(个)?(小时|分钟|天)(内|之内)|(今天|明天|今晚|明早)|\d{1,2}[:：]\d{2}|\d{1,2}点)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        r.optimize();
        return r;
    }();
    return re;
}

// A stretch of sentences a rule reads, [start, end) in the reply.
struct Stretch
{
    qsizetype start = 0;
    qsizetype end = 0;
};

constexpr qsizetype kMostStretches = 4;

// The sentences an English rule reads (those with a Latin letter) or a Chinese one (those
// with a Chinese character), neighbours merged: a reply in one language skips the other's
// rules (a Chinese reply naming "Wi-Fi" once is read there by the English ones too).
QList<Stretch> sentencesWith(const QString& text, bool latin)
{
    QList<Stretch> stretches;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        bool has = false;
        while (end < text.size() && !isSentenceEnd(text.at(end))) {
            const char16_t c = text.at(end).unicode();
            has = has
                  || (latin ? (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                            : rtcare::text::isHan(c));
            ++end;
        }
        if (end < text.size())
            ++end; // the mark belongs to its sentence
        if (has) {
            if (!stretches.isEmpty() && stretches.last().end == start)
                stretches.last().end = end;
            else
                stretches.append({start, end});
        }
        start = end;
    }
    // Each stretch is a scan of its own: a reply that switches language sentence by sentence
    // is read in one stretch, from the first such sentence to the last.
    if (stretches.size() > kMostStretches)
        stretches = {{stretches.first().start, stretches.last().end}};
    return stretches;
}

QRegularExpressionMatchIterator matchesIn(const QRegularExpression& pattern, QStringView view)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.globalMatchView(view);
#else
    return pattern.globalMatch(view);
#endif
}

// Words in `text`, a Chinese character counting as one, up to `enough`.
int wordsUpTo(QStringView text, int enough)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (words >= enough)
            break;
        const bool han = rtcare::text::isHan(c.unicode());
        const bool letter = !han && c.isLetterOrNumber();
        words += han || (letter && !inWord) ? 1 : 0;
        inWord = letter;
    }
    return words;
}

// A draft of one or two words is still being typed (the checker runs on every keystroke):
// the model alone says nothing of it, a rule's match still counts.
constexpr int kWordsTheModelJudges = 3;

} // namespace

QJsonObject ToneFinding::toJson() const
{
    return {{QStringLiteral("category"), category},
            {QStringLiteral("rule"), rule},
            {QStringLiteral("start"), qint64(start)},
            {QStringLiteral("length"), qint64(length)},
            {QStringLiteral("text"), text},
            {QStringLiteral("message"), message},
            {QStringLiteral("suggestion"), suggestion}};
}

bool containsChinese(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QList<ToneFinding> ToneChecker::check(const QString& text, const QString& language,
                                      const QString& uiLanguage) const
{
    QList<ToneFinding> findings;
    if (text.isEmpty())
        return findings;
    const bool wantEn = language != QLatin1String("zh");
    const bool wantZh = language != QLatin1String("en");
    const bool textIsZh = containsChinese(text);
    const ToneScopes scopes = ToneScopes::of(text);
    const QList<Stretch> latinSentences = sentencesWith(text, true);
    const QList<Stretch> chineseSentences = sentencesWith(text, false);
    const QList<Stretch> wholeReply{{0, text.size()}};
    // The model reads both languages; with a language named it reads only replies in it.
    const bool modelReads = m_model
                            && (language == QLatin1String("auto")
                                || (textIsZh == (language == QLatin1String("zh"))));
    // The model's reading and the rules are independent until they are combined below: with
    // a pool thread free the model reads while the rules run (the composer lints on every
    // keystroke), otherwise it reads afterwards on this thread.
    ToneJudgement judgement;
    QSemaphore judged;
    bool judging = false;
    if (modelReads) {
        judging = QThreadPool::globalInstance()->tryStart([this, &judgement, &judged, &text, &scopes] {
            judgement = m_model->judge(text, scopes);
            judged.release();
        });
    }
    // Waits for the pool thread on every way out of this function.
    const struct WaitForModel
    {
        QSemaphore& judged;
        bool& judging;
        ~WaitForModel()
        {
            if (judging)
                judged.acquire();
        }
    } waitForModel{judged, judging};
    for (const ToneRule& rule : m_rules.rules()) {
        if ((rule.language == QLatin1String("en") && !wantEn)
            || (rule.language == QLatin1String("zh") && !wantZh))
            continue;
        bool replyChecked = false;
        bool replyExempt = false;
        const qsizetype ruleStart = findings.size();
        // Whether a match stays a finding: not on words another alternative of this rule
        // already flagged, and not cancelled by the reply or the sentence around it.
        const auto keep = [&](qsizetype matchStart, qsizetype matchEnd) {
            if (matchEnd == matchStart)
                return false;
            const bool overlaps = std::any_of(
                findings.cbegin() + ruleStart, findings.cend(), [&](const ToneFinding& f) {
                    return matchStart < f.start + f.length && f.start < matchEnd;
                });
            if (overlaps)
                return false;
            // A built-in rule's words in quotation marks are someone else's ("之前同事说
            // “肯定是您网络问题”"), and a customer's fault denied is no blame ("不是您设置错了").
            if (rule.builtIn
                && (scopes.quoted(matchStart)
                    || (rule.category == QLatin1String("blame") && scopes.denied(matchStart))))
                return false;
            if (!rule.unlessReply.pattern().isEmpty()) {
                if (!replyChecked) {
                    replyExempt = rule.unlessReply.match(text).hasMatch();
                    replyChecked = true;
                }
                if (replyExempt)
                    return false;
            }
            if (!rule.unlessSentence.pattern().isEmpty()) {
                qsizetype from = matchStart;
                while (from > 0 && !isSentenceEnd(text.at(from - 1)))
                    --from;
                qsizetype to = matchEnd;
                while (to < text.size() && !isSentenceEnd(text.at(to)))
                    ++to;
                if (rule.unlessSentence.match(text.mid(from, to - from)).hasMatch())
                    return false;
            }
            return true;
        };
        const bool zh = !uiLanguage.isEmpty() ? uiLanguage.startsWith(QLatin1String("zh"))
                        : rule.language == QLatin1String("any") ? textIsZh
                                                                : rule.language == QLatin1String("zh");
        const QList<Stretch>& stretches = rule.language == QLatin1String("en")   ? latinSentences
                                          : rule.language == QLatin1String("zh") ? chineseSentences
                                                                                 : wholeReply;
        for (const QRegularExpression& pattern : rule.patterns) {
            for (const Stretch& stretch : stretches) {
                QRegularExpressionMatchIterator it =
                    matchesIn(pattern, QStringView(text).mid(stretch.start, stretch.end - stretch.start));
                while (it.hasNext() && !replyExempt) {
                    const QRegularExpressionMatch m = it.next();
                    const qsizetype start = stretch.start + m.capturedStart();
                    if (!keep(start, stretch.start + m.capturedEnd()))
                        continue;
                    ToneFinding f;
                    f.category = rule.category;
                    f.rule = rule.id;
                    f.start = start;
                    f.length = m.capturedLength();
                    f.text = text.mid(f.start, f.length);
                    f.message = zh ? rule.explanationZh : rule.explanationEn;
                    f.suggestion = zh ? rule.suggestionZh : rule.suggestionEn;
                    f.replacement = rule.replacement;
                    findings.append(f);
                }
            }
        }
    }
    if (modelReads) {
        if (judging) {
            judged.acquire();
            judging = false;
        } else {
            judgement = m_model->judge(text, scopes);
        }
        const bool zh = !uiLanguage.isEmpty() ? uiLanguage.startsWith(QLatin1String("zh")) : textIsZh;
        applyModel(judgement, text, zh, findings);
    }
    std::sort(findings.begin(), findings.end(), [](const ToneFinding& a, const ToneFinding& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return findings;
}

void ToneChecker::applyModel(const ToneJudgement& judgement, const QString& text, bool zh,
                             QList<ToneFinding>& findings) const
{
    const auto& categories = m_model->settings().categories;
    const auto addModelFinding = [&](const QString& category, const ToneCategorySettings& settings) {
        // No clause pushed toward it (or, for an over-promise, only commitments did): the
        // model's verdict has nothing to point at, and a finding without a span helps nobody.
        const ToneJudgement::Clause* clause =
            judgement.strongestClause(category, text, settings.notInClause);
        if (!clause)
            return;
        ToneFinding f;
        f.category = category;
        f.rule = QStringLiteral("model.") + category;
        {
            // The clause without its surrounding spaces and closing mark.
            qsizetype start = clause->start;
            qsizetype end = clause->start + clause->length;
            while (start < end && text.at(start).isSpace())
                ++start;
            while (end > start && (text.at(end - 1).isSpace() || isSentenceEnd(text.at(end - 1))
                                   || text.at(end - 1).isPunct()))
                --end;
            f.start = start;
            f.length = end - start;
        }
        f.text = text.mid(f.start, f.length);
        f.message = zh ? settings.explanationZh : settings.explanationEn;
        f.suggestion = zh ? settings.suggestionZh : settings.suggestionEn;
        findings.append(f);
    };
    const bool draftTooShort = wordsUpTo(text, kWordsTheModelJudges) < kWordsTheModelJudges;
    QStringList second;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const QString& category = it.key();
        const ToneCategorySettings& settings = it.value();
        const double p = judgement.probability.value(category);
        const auto ofCategory = [&](const ToneFinding& f) { return f.category == category; };
        const bool excluding = !settings.notInClause.pattern().isEmpty();
        const auto excluded = [&](const ToneJudgement::Clause& c) {
            return excluding
                   && settings.notInClause.match(QStringView(text).mid(c.start, c.length)).hasMatch();
        };
        const auto overlaps = [](const ToneJudgement::Clause& c, const ToneFinding& f) {
            return c.start < f.start + f.length && f.start < c.start + c.length;
        };
        // A built-in rule's match in a clause the category never counts (a refused
        // guarantee) is no finding.
        if (excluding)
            findings.removeIf([&](const ToneFinding& f) {
                const ToneRule* rule = m_rules.rule(f.rule);
                return f.category == category && rule && rule->builtIn
                       && std::any_of(judgement.clauses.cbegin(), judgement.clauses.cend(),
                                      [&](const ToneJudgement::Clause& c) {
                                          return overlaps(c, f) && excluded(c);
                                      });
            });
        if (std::any_of(findings.cbegin(), findings.cend(), ofCategory)) {
            // A team's own rule stands; a built-in rule's match needs the model's support:
            // for the reply, or for the clause the match is in (a blunt sentence added to a
            // good reply, a long draft where the reply's verdict is diluted); an empty
            // apology needs the reply's.
            if (p < settings.withRule)
                findings.removeIf([&](const ToneFinding& f) {
                    const ToneRule* rule = m_rules.rule(f.rule);
                    if (f.category != category || !rule || !rule->builtIn)
                        return false;
                    // An empty apology is the whole reply's: no clause speaks for it.
                    if (category == QLatin1String("empty_apology"))
                        return true;
                    const qsizetype label = judgement.labels.indexOf(category);
                    return std::none_of(judgement.clauses.cbegin(), judgement.clauses.cend(),
                                        [&](const ToneJudgement::Clause& c) {
                                            return overlaps(c, f)
                                                   && c.push[std::size_t(label)] > 0
                                                   && !excluded(c);
                                        });
                });
            continue;
        }
        if (draftTooShort)
            continue;
        if (p < settings.threshold) {
            if (p >= settings.secondFaultThreshold())
                second.append(category);
            continue;
        }
        addModelFinding(category, settings);
    }
    // A second fault: the model splits one reply's weight between its faults, so beside a
    // fault already found another needs less ("your router is the cause, replace it and this
    // never happens again" is blame and an over-promise at once).
    const bool anotherFault = std::any_of(findings.cbegin(), findings.cend(), [&](const ToneFinding& f) {
        return categories.contains(f.category);
    });
    if (anotherFault) {
        for (const QString& category : second)
            addModelFinding(category, *categories.constFind(category));
    }
}

bool hasConcreteAction(const QString& text)
{
    return actionPattern().match(text).hasMatch();
}

bool mentionsTime(const QString& text)
{
    return timePattern().match(text).hasMatch();
}

Readiness ToneChecker::readiness(const QString& text, const QList<ToneFinding>& findings)
{
    Readiness r;
    for (const ToneFinding& f : findings) {
        if (f.category == QLatin1String("blame"))
            r.noBlame = false;
        if (f.category == QLatin1String("unfilled_placeholder"))
            r.placeholdersFilled = false;
    }
    r.hasAction = hasConcreteAction(text);
    r.hasTime = mentionsTime(text);
    return r;
}

QStringList ToneChecker::categories(const QList<ToneFinding>& findings)
{
    QStringList result;
    for (const ToneFinding& f : findings)
        if (!result.contains(f.category))
            result.append(f.category);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace rtcare::replies
