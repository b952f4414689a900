// SPDX-License-Identifier: MIT
#include "replies/toneevaluation.h"

#include "replies/tonerules.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rtcare::replies {

namespace {

constexpr qint64 kMaxCorpusBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxCorpusLines = 200000;

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0.0;
}

double rounded(double share)
{
    return std::round(share * 10000.0) / 10000.0;
}

QString percent(double share)
{
    return u"%1 %"_s.arg(100.0 * share, 0, 'f', 1);
}

QJsonObject figuresJson(const ToneFigures& f)
{
    QJsonObject faults;
    for (auto it = f.byFault.cbegin(); it != f.byFault.cend(); ++it)
        faults.insert(it.key(), QJsonObject{{u"true_positive"_s, it->truePositive},
                                            {u"false_positive"_s, it->falsePositive},
                                            {u"false_negative"_s, it->falseNegative},
                                            {u"recall"_s, rounded(it->recall())},
                                            {u"precision"_s, rounded(it->precision())}});
    return {{u"replies"_s, f.replies},
            {u"exact"_s, f.exact},
            {u"exact_share"_s, rounded(f.exactShare())},
            {u"good"_s, f.good},
            {u"good_flagged"_s, f.goodFlagged},
            {u"good_flagged_share"_s, rounded(f.goodFlaggedShare())},
            {u"faults"_s, faults}};
}

QString figuresText(const QString& title, const ToneFigures& f)
{
    QString out = u"%1: %2 replies, exact %3 (%4), good replies flagged %5 of %6 (%7)\n"_s
                      .arg(title)
                      .arg(f.replies)
                      .arg(f.exact)
                      .arg(percent(f.exactShare()))
                      .arg(f.goodFlagged)
                      .arg(f.good)
                      .arg(percent(f.goodFlaggedShare()));
    for (auto it = f.byFault.cbegin(); it != f.byFault.cend(); ++it)
        out += u"  %1 recall %2 precision %3 (found %4, wrongly %5, missed %6)\n"_s
                   .arg(it.key(), -14)
                   .arg(percent(it->recall()), 7)
                   .arg(percent(it->precision()), 7)
                   .arg(it->truePositive)
                   .arg(it->falsePositive)
                   .arg(it->falseNegative);
    return out;
}

// The product's own reply sets (tests/core/data/tone-*-set.json): {"replies": [{"lang",
// "expect", "text"}]}, "unfilled_placeholder" allowed in "expect" (the rules' alone: left
// out here).
std::optional<QList<LabelledReply>> readReplySet(const QByteArray& json, const QString& path,
                                                 const QString& name, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().value("replies"_L1).isArray()) {
        *error = u"%1: not an object with \"replies\" (%2)"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    QStringList known = toneCategories();
    QList<LabelledReply> replies;
    int index = 0;
    for (const QJsonValue& value : document.object().value("replies"_L1).toArray()) {
        ++index;
        const QJsonObject object = value.toObject();
        LabelledReply r;
        r.language = object.value("lang"_L1).toString();
        r.text = object.value("text"_L1).toString();
        r.source = u"%1#%2"_s.arg(name).arg(index);
        bool faultsOk = object.value("expect"_L1).isArray();
        for (const QJsonValue& v : object.value("expect"_L1).toArray()) {
            const QString fault = v.toString();
            faultsOk = faultsOk && known.contains(fault);
            if (fault != u"unfilled_placeholder"_s && !r.faults.contains(fault))
                r.faults.append(fault);
        }
        if (r.text.trimmed().isEmpty() || !faultsOk
            || (r.language != "zh"_L1 && r.language != "en"_L1)) {
            *error = u"%1: reply %2: needs \"lang\" (zh or en), \"expect\" and a \"text\""_s
                         .arg(path)
                         .arg(index);
            return std::nullopt;
        }
        std::sort(r.faults.begin(), r.faults.end());
        replies.append(r);
    }
    return replies;
}

} // namespace

double ToneFigures::Counts::recall() const
{
    return ratio(truePositive, truePositive + falseNegative);
}

double ToneFigures::Counts::precision() const
{
    return ratio(truePositive, truePositive + falsePositive);
}

QStringList replyFaults()
{
    QStringList faults = toneCategories();
    faults.removeAll(u"unfilled_placeholder"_s);
    return faults;
}

std::optional<QList<LabelledReply>> readLabelledReplies(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxCorpusBytes) {
        *error = u"%1: larger than %2 MiB"_s.arg(path).arg(kMaxCorpusBytes >> 20);
        return std::nullopt;
    }
    const QString name = QFileInfo(path).fileName();
    const QStringList known = replyFaults();
    QList<LabelledReply> replies;
    if (path.endsWith(u".json"_s))
        return readReplySet(file.readAll(), path, name, error);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if (replies.size() >= kMaxCorpusLines) {
            *error = u"%1: more than %2 replies"_s.arg(path).arg(kMaxCorpusLines);
            return std::nullopt;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const QString where = u"%1:%2"_s.arg(path).arg(lineNumber);
        if (!document.isObject()) {
            *error = u"%1: not a JSON object (%2)"_s.arg(where, parseError.errorString());
            return std::nullopt;
        }
        const QJsonObject object = document.object();
        LabelledReply r;
        r.language = object.value("lang"_L1).toString();
        r.text = object.value("text"_L1).toString();
        r.source = u"%1:%2"_s.arg(name).arg(lineNumber);
        const QJsonValue expect = object.value("expect"_L1);
        bool faultsOk = expect.isArray();
        for (const QJsonValue& v : expect.toArray()) {
            const QString fault = v.toString();
            faultsOk = faultsOk && known.contains(fault);
            if (!r.faults.contains(fault))
                r.faults.append(fault);
        }
        if (r.text.trimmed().isEmpty() || !faultsOk
            || (r.language != "zh"_L1 && r.language != "en"_L1)) {
            *error = u"%1: needs \"lang\" (zh or en), \"expect\" (a list of %2; [] for a good "
                     "reply) and a \"text\""_s.arg(where, known.join(u", "_s));
            return std::nullopt;
        }
        std::sort(r.faults.begin(), r.faults.end());
        replies.append(r);
    }
    return replies;
}

QStringList foundFaults(const ToneChecker& checker, const QString& text)
{
    QStringList faults = ToneChecker::categories(checker.check(text));
    faults.removeAll(u"unfilled_placeholder"_s);
    return faults;
}

ToneEvaluation evaluateTone(const QList<LabelledReply>& replies, const ToneChecker& checker)
{
    ToneEvaluation e;
    const QStringList known = replyFaults();
    for (const LabelledReply& r : replies) {
        const QStringList got = foundFaults(checker, r.text);
        const bool exact = got == r.faults;
        for (ToneFigures* f : {&e.all, &e.byLanguage[r.language]}) {
            ++f->replies;
            f->exact += exact ? 1 : 0;
            if (r.faults.isEmpty()) {
                ++f->good;
                f->goodFlagged += got.isEmpty() ? 0 : 1;
            }
            for (const QString& fault : known) {
                ToneFigures::Counts& c = f->byFault[fault];
                const bool expected = r.faults.contains(fault);
                const bool found = got.contains(fault);
                c.truePositive += expected && found ? 1 : 0;
                c.falsePositive += !expected && found ? 1 : 0;
                c.falseNegative += expected && !found ? 1 : 0;
            }
        }
        if (!exact)
            e.misses.append({r.source, r.faults, got, r.text});
    }
    return e;
}

QMap<QString, ToneCategorySettings> fitToneThresholds(const QList<LabelledReply>& replies,
                                                     const ToneRuleSet& rules,
                                                     const ToneModel& model,
                                                     int goodFalseAlarmCost)
{
    const ToneChecker rulesAlone(rules, nullptr);
    struct Read
    {
        QMap<QString, double> probability;
        QStringList ruleFaults;
    };
    QList<Read> reads;
    reads.reserve(replies.size());
    for (const LabelledReply& r : replies)
        reads.append({model.judge(r.text).probability, foundFaults(rulesAlone, r.text)});
    // One decision on one reply: right (1), wrong (0), or a false alarm on a good reply.
    const auto score = [&](qsizetype i, const QString& fault, bool found) {
        const QStringList& expected = replies.at(i).faults;
        if (found == expected.contains(fault))
            return 1;
        return found && expected.isEmpty() ? 1 - goodFalseAlarmCost : 0;
    };
    QMap<QString, ToneCategorySettings> fitted = model.settings().categories;
    for (auto it = fitted.begin(); it != fitted.end(); ++it) {
        const QString& fault = it.key();
        int best = -1;
        for (int t = 95; t >= 30; t -= 5) {
            for (int w = t; w >= 5; w -= 5) {
                int right = 0;
                for (qsizetype i = 0; i < replies.size(); ++i) {
                    const double p = reads.at(i).probability.value(fault);
                    const bool found = reads.at(i).ruleFaults.contains(fault) ? p >= w / 100.0
                                                                              : p >= t / 100.0;
                    right += score(i, fault, found);
                }
                if (right > best) {
                    best = right;
                    it->threshold = t / 100.0;
                    it->withRule = w / 100.0;
                }
            }
        }
    }
    // Then what a second fault needs: beside another fault found with the thresholds above
    // (which each reply's categories are, read once).
    QList<QStringList> foundAlone;
    foundAlone.reserve(replies.size());
    for (const Read& read : reads) {
        QStringList found;
        for (auto c = fitted.cbegin(); c != fitted.cend(); ++c) {
            const double p = read.probability.value(c.key());
            if (p >= (read.ruleFaults.contains(c.key()) ? c->withRule : c->threshold))
                found.append(c.key());
        }
        foundAlone.append(found);
    }
    for (auto it = fitted.begin(); it != fitted.end(); ++it) {
        const QString& fault = it.key();
        int best = -1;
        for (int o = int(it->threshold * 100 + 0.5); o >= 5; o -= 5) {
            int right = 0;
            for (qsizetype i = 0; i < replies.size(); ++i) {
                const QStringList& alone = foundAlone.at(i);
                const bool other = alone.size() > (alone.contains(fault) ? 1 : 0);
                // As in the checker: a category whose rule matched is decided by with_rule.
                const bool found = alone.contains(fault)
                                   || (other && !reads.at(i).ruleFaults.contains(fault)
                                       && reads.at(i).probability.value(fault) >= o / 100.0);
                right += score(i, fault, found);
            }
            if (right > best) {
                best = right;
                it->withOther = o / 100.0;
            }
        }
    }
    return fitted;
}

QJsonObject ToneEvaluation::toJson() const
{
    QJsonObject languages;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        languages.insert(it.key(), figuresJson(it.value()));
    QJsonArray missList;
    for (const ToneMiss& m : misses)
        missList.append(QJsonObject{{u"source"_s, m.source},
                                    {u"expected"_s, QJsonArray::fromStringList(m.expected)},
                                    {u"got"_s, QJsonArray::fromStringList(m.got)},
                                    {u"text"_s, m.text}});
    return {{u"all"_s, figuresJson(all)}, {u"languages"_s, languages}, {u"misses"_s, missList}};
}

QString ToneEvaluation::toText() const
{
    QString out = figuresText(u"all"_s, all);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        out += figuresText(it.key(), it.value());
    return out;
}

} // namespace rtcare::replies
