// SPDX-License-Identifier: MIT
// Issue 14 from the command line: evaluate-tone on labelled replies, a bad corpus line named,
// deterministic train-tone-model, and lint with a broken tone model override.
#include "catch.h"
#include "clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Result = rtcare::test::CliRun;

Result run(const QStringList& arguments, const QByteArray& input = {},
           const rtcare::test::Environment& environment = {})
{
    return rtcare::test::runRtcare(arguments, input, environment);
}

QJsonObject json(const Result& result)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    INFO(result.out.toStdString() + result.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QString kDev = QStringLiteral(RTCARE_SOURCE_DIR "/tests/data/replies/dev.jsonl");

} // namespace

TEST_CASE("cli: evaluate-tone measures the checker per language and fault", "[cli][tone]")
{
    const Result text = run({u"evaluate-tone"_s, kDev});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("188 replies"));
    CHECK(text.out.contains("zh: 93 replies"));
    CHECK(text.out.contains("vague_advice"));

    const QJsonObject figures = json(run({u"evaluate-tone"_s, u"--json"_s, kDev}));
    const QJsonObject all = figures.value(u"all"_s).toObject();
    CHECK(all.value(u"replies"_s).toInt() == 188);
    CHECK(all.value(u"good"_s).toInt() == 70);
    CHECK(all.value(u"exact_share"_s).toDouble() >= 0.84);
    CHECK(figures.value(u"languages"_s).toObject().contains(u"en"_s));
    CHECK(figures.value(u"all"_s).toObject().value(u"faults"_s).toObject().size() == 4);
    CHECK_FALSE(figures.contains(u"misses"_s));

    // The rules alone find less.
    const QJsonObject rules = json(run({u"evaluate-tone"_s, u"--json"_s, u"--rules-only"_s, kDev}));
    CHECK(rules.value(u"all"_s).toObject().value(u"exact"_s).toInt()
          < all.value(u"exact"_s).toInt());
}

TEST_CASE("cli: evaluate-tone --fit prints thresholds the checker can use", "[cli][tone]")
{
    const QJsonObject fitted = json(run({u"evaluate-tone"_s, u"--fit"_s, kDev}));
    REQUIRE(fitted.keys()
            == QStringList({u"blame"_s, u"empty_apology"_s, u"over_promise"_s, u"vague_advice"_s}));
    for (const QString& fault : fitted.keys()) {
        INFO(fault.toStdString());
        // Under 0.30 the model's yes fires on text with no fault at all.
        CHECK(fitted.value(fault)[u"threshold"_s].toDouble() >= 0.3);
        CHECK(fitted.value(fault)[u"with_rule"_s].toDouble() >= 0.05);
        // What a second fault needs is never more than the threshold.
        CHECK(fitted.value(fault)[u"with_other"_s].toDouble() > 0);
        CHECK(fitted.value(fault)[u"with_other"_s].toDouble()
              <= fitted.value(fault)[u"threshold"_s].toDouble());
    }
    for (const QString& cost : {u"0"_s, u"many"_s, u"101"_s}) {
        const Result bad = run({u"evaluate-tone"_s, u"--fit"_s, u"--good-alarm-cost"_s, cost, kDev});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(u"--good-alarm-cost"_s));
    }
}

TEST_CASE("cli: a bad labelled reply is named by file and line", "[cli][tone]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"replies.jsonl"_s);
    write(path, R"({"lang":"en","expect":[],"text":"Hello, I checked the logs."})" "\n"
                R"({"lang":"en","expect":["rude"],"text":"Whatever."})" "\n");
    const Result result = run({u"evaluate-tone"_s, path});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(path + u":2"_s));
    CHECK(run({u"train-tone-model"_s, u"--out"_s, dir.filePath(u"m.ftz"_s), path}).exitCode == 2);
}

TEST_CASE("cli: train-tone-model gives the same file twice", "[cli][tone]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.ftz"_s);
    const QString second = dir.filePath(u"second.ftz"_s);
    const Result a = run({u"train-tone-model"_s, u"--out"_s, first, kDev});
    INFO(a.err.toStdString());
    REQUIRE(a.exitCode == 0);
    CHECK(a.out.contains("188 replies"));
    REQUIRE(run({u"train-tone-model"_s, u"--out"_s, second, kDev}).exitCode == 0);
    QFile f1(first);
    QFile f2(second);
    REQUIRE(f1.open(QIODevice::ReadOnly));
    REQUIRE(f2.open(QIODevice::ReadOnly));
    CHECK(f1.readAll() == f2.readAll());
    // The trained file is a tone model evaluate-tone accepts.
    CHECK(run({u"evaluate-tone"_s, u"--model"_s, first, kDev}).exitCode == 0);
    CHECK(run({u"train-tone-model"_s, kDev}).exitCode == 2); // --out is required
}

TEST_CASE("cli: lint names a broken tone model file and keeps the built-in one", "[cli][tone]")
{
    QTemporaryDir dir;
    QFile builtIn(QStringLiteral(RTCARE_SOURCE_DIR "/resources/replies/tone-model.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    write(dir.filePath(u"tone-model.json"_s), builtIn.readAll());
    write(dir.filePath(u"tone-model.ftz"_s), "garbage");
    const Result result =
        run({u"lint"_s, u"--json"_s, u"-"_s},
            "Thanks. This only happens on unusual setups like yours, nobody else reports it.",
            {{u"RTCARE_REPLIES_DIR"_s, dir.path()}});
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(dir.filePath(u"tone-model.ftz"_s)));
    const QJsonArray findings = json(result).value(u"findings"_s).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.first().toObject().value(u"category"_s).toString() == u"blame"_s);
    CHECK(findings.first().toObject().value(u"rule"_s).toString().startsWith(u"model."_s));
}
