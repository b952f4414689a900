// SPDX-License-Identifier: MIT
// Issue 13 from the command line: classify's facts and confidence, a broken model file,
// evaluate on labelled complaints, train-model.
#include "catch.h"
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Result = rtcare::test::CliRun;

Result run(const QStringList& arguments, const QByteArray& input = {})
{
    return rtcare::test::runRtcare(arguments, input, {});
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

QByteArray line(const char* lang, const char* category, const char* scenario, const QString& text)
{
    QJsonObject facts{{u"scenario"_s, scenario ? QJsonValue(QLatin1String(scenario)) : QJsonValue()},
                      {u"network"_s, QJsonValue()},
                      {u"device_model"_s, QJsonValue()},
                      {u"os"_s, QJsonValue()}};
    return QJsonDocument(QJsonObject{{u"lang"_s, QLatin1String(lang)},
                                     {u"persona"_s, u"test"_s},
                                     {u"category"_s, QLatin1String(category)},
                                     {u"facts"_s, facts},
                                     {u"text"_s, text}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}

} // namespace

TEST_CASE("cli: classify reads the three facts and says how sure it is", "[cli][understanding]")
{
    Result result = run({u"classify"_s, u"--json"_s,
                         u"孩子拿我的苹果13上网课，系统iOS16，开的手机热点，每节课都要掉两三次线"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonObject object = json(result);
    CHECK(object["category"_L1].toString() == u"network"_s);
    const QJsonObject facts = object["facts"_L1].toObject();
    CHECK(facts["scenario"_L1].toString() == u"online_class"_s);
    CHECK(facts["network"_L1].toString() == u"cellular"_s);
    CHECK(facts["device_model"_L1].toString() == u"iPhone 13"_s);
    CHECK(facts["os"_L1].toString() == u"iOS 16"_s);
    CHECK(object["fact_words"_L1].toObject()["device_model"_L1].toString() == u"苹果13"_s);
    CHECK(object["model"_L1].toBool());
    CHECK(object["confidence"_L1].toDouble() > 0.5);
    CHECK(object.contains("low_confidence"_L1));

    // Nothing said, nothing filled: null, not a guess.
    const QJsonObject none =
        json(run({u"classify"_s, u"--json"_s, u"一接通就断 一接通就断 试了五六回了"_s}))["facts"_L1]
            .toObject();
    for (const char* field : {"scenario", "network", "device_model", "os"})
        CHECK(none[QLatin1String(field)].isNull());

    // The plain output lists what was read.
    result = run({u"classify"_s, u"鸿蒙3的华为mate50开会老掉线"_s});
    CHECK(result.out.contains("device_model: Huawei Mate 50"));
    CHECK(result.out.contains("os: HarmonyOS 3"));
    CHECK(result.out.contains("scenario: group_call"));
}

TEST_CASE("cli: a broken model file is named and the rules decide", "[cli][understanding]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.ftz"_s);
    write(broken, QByteArray(4000, 'x'));
    const Result result = run({u"classify"_s, u"--json"_s, u"--model"_s, broken, u"视频很卡"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(broken + u": not a fastText model file"_s));
    const QJsonObject object = json(result);
    CHECK(object["category"_L1].toString() == u"av_quality"_s);
    CHECK_FALSE(object["model"_L1].toBool());
    CHECK(object["model_problem"_L1].toString().contains(broken));
}

TEST_CASE("cli: evaluate and train-model on labelled complaints", "[cli][understanding]")
{
    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"corpus.jsonl"_s);
    QByteArray lines;
    for (int i = 0; i < 6; ++i) {
        lines += line("zh", "network", "online_class", u"上网课一直掉线，重连不上 %1"_s.arg(i));
        lines += line("en", "av_quality", nullptr, u"the picture freezes and the voice is robotic %1"_s.arg(i));
    }
    write(corpus, lines);

    Result result = run({u"evaluate"_s, u"--json"_s, corpus});
    REQUIRE(result.exitCode == 0);
    const QJsonObject all = json(result)["all"_L1].toObject();
    CHECK(all["category"_L1].toObject()["total"_L1].toInt() == 12);
    CHECK(all["facts"_L1].toObject()["scenario"_L1].toObject()["total"_L1].toInt() == 12);
    CHECK(json(result)["languages"_L1].toObject().contains("zh"_L1));
    result = run({u"evaluate"_s, u"--rules-only"_s, corpus});
    CHECK(result.out.contains("keyword rules only"));
    CHECK(result.out.contains("zh    category"));

    const QString model = dir.filePath(u"model.ftz"_s);
    result = run({u"train-model"_s, u"--out"_s, model, corpus});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains("Trained on 12 complaints"));
    QFile first(model);
    REQUIRE(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    first.close();
    // The same files give the same model.
    REQUIRE(run({u"train-model"_s, u"--out"_s, model, corpus}).exitCode == 0);
    QFile second(model);
    REQUIRE(second.open(QIODevice::ReadOnly));
    CHECK(second.readAll() == bytes);
    result = run({u"classify"_s, u"--json"_s, u"--model"_s, model, u"上网课一直掉线"_s});
    CHECK(json(result)["model"_L1].toBool());

    // Bad input: the file and line are named, exit 2.
    write(dir.filePath(u"bad.jsonl"_s), line("zh", "network", nullptr, u"掉线"_s) + "{\"lang\":\"fr\"}\n");
    result = run({u"evaluate"_s, dir.filePath(u"bad.jsonl"_s)});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"bad.jsonl:2"_s));
    result = run({u"train-model"_s, corpus});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"--out FILE is required"_s));
}
