// SPDX-License-Identifier: MIT
// Time to lint a reply draft with the full tone rule set and the learned tone model (issues 4
// and 14 ask < 1 ms for 2,000 characters, because the composer lints on every keystroke),
// the rules alone for comparison, and the same with the promised times read as well (what
// `rtcare lint` and the composer do).
//   bench_lint [--chars 2000] [--runs 2000] [--draft mixed|zh|en]
#include "benchsupport.h"

#include "replies/commitments.h"
#include "replies/tonechecker.h"

#include <QTimeZone>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::report;

namespace {

// A draft of `characters` from six sentences: "mixed" takes them in turn, Chinese and
// English alternating sentence by sentence; "zh" and "en" take the three of one language.
QString longDraft(int characters, const QString& language)
{
    const QStringList sentences{
        QStringLiteral("我理解通话卡顿很影响体验，我们一起把原因找出来。"),
        QStringLiteral("I checked your last call: jitter was high and packet loss reached 12 %. "),
        QStringLiteral("您的网络太差了，我们会尽快处理。"),
        QStringLiteral("An engineer will call you within 2 hours about ticket RTC-20261124-0001. "),
        QStringLiteral("请检查一下您的网络，或者切换到 5GHz 的 Wi-Fi。"),
        QStringLiteral("Please try again later; I guarantee it will never happen again. "),
    };
    QStringList chosen;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const bool zh = i % 2 == 0;
        if (language == QLatin1String("mixed") || zh == (language == QLatin1String("zh")))
            chosen.append(sentences.at(i));
    }
    QString text;
    for (int i = 0; text.size() < characters; ++i)
        text += chosen.at(i % chosen.size());
    return text.left(characters);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int characters = option(QStringLiteral("chars"), QStringLiteral("2000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("2000")).toInt());
    const replies::ToneChecker checker;
    const replies::ToneChecker rulesAlone(replies::ToneRuleSet::builtIn(), nullptr);
    if (!checker.model())
        return 1;
    const QString draft = option(QStringLiteral("draft"), QStringLiteral("mixed"));
    if (draft != QLatin1String("mixed") && draft != QLatin1String("zh") && draft != QLatin1String("en")) {
        report(QStringLiteral("bench_lint: --draft is mixed, zh or en"));
        return 2;
    }
    const QString text = longDraft(characters, draft);
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-12-04T17:42:00+08:00"), Qt::ISODate);
    const QTimeZone zone("Asia/Shanghai");
    const qsizetype first = checker.check(text).size();
    const qsizetype promised = replies::findCommitments(text, now, zone).size();
    // Median, p99 and max in µs of `runs` timings of `lint`; false if a run disagrees.
    const auto measure = [runs](const auto& lint, qsizetype expected, std::vector<double>& micros) {
        micros.reserve(static_cast<std::size_t>(runs));
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            const qsizetype found = lint();
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            if (found != expected)
                return false;
        }
        std::sort(micros.begin(), micros.end());
        return true;
    };
    std::vector<double> tone;
    std::vector<double> rules;
    std::vector<double> both;
    const qsizetype ruleFindings = rulesAlone.check(text).size();
    if (!measure([&] { return checker.check(text).size(); }, first, tone) ||
        !measure([&] { return rulesAlone.check(text).size(); }, ruleFindings, rules) ||
        !measure(
            [&] {
                return checker.check(text).size() +
                       replies::findCommitments(text, now, zone).size();
            },
            first + promised, both))
        return 1;
    const auto at = [](const std::vector<double>& micros, double fraction) {
        return rtcare::bench::percentile(micros, fraction);
    };
    report(QStringLiteral("lint a %1-character %8 draft (%2 rules and the tone model, %3 findings): median %4 µs, "
                          "p99 %5 µs, max %6 µs over %7 runs")
               .arg(text.size())
               .arg(replies::ToneRuleSet::builtIn().rules().size())
               .arg(first)
               .arg(at(tone, 0.5), 0, 'f', 0)
               .arg(at(tone, 0.99), 0, 'f', 0)
               .arg(tone.back(), 0, 'f', 0)
               .arg(runs)
               .arg(draft));
    report(QStringLiteral("the rules alone (%1 findings): median %2 µs, p99 %3 µs, max %4 µs")
               .arg(ruleFindings)
               .arg(at(rules, 0.5), 0, 'f', 0)
               .arg(at(rules, 0.99), 0, 'f', 0)
               .arg(rules.back(), 0, 'f', 0));
    report(QStringLiteral("lint and read promised times (%1 commitments): median %2 µs, "
                          "p99 %3 µs, max %4 µs over %5 runs")
               .arg(promised)
               .arg(at(both, 0.5), 0, 'f', 0)
               .arg(at(both, 0.99), 0, 'f', 0)
               .arg(both.back(), 0, 'f', 0)
               .arg(runs));
    return 0;
}
