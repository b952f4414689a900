// SPDX-License-Identifier: MIT
// rtcare classify and rtcare diagnose, run as a script would.
#include "catch.h"
#include "clirun.h"

#include "sla/policy.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using Result = rtcare::test::CliRun;

// rtcare with, optionally, a folder of diagnosis override files.
Result run(const QStringList& arguments, const QByteArray& input = {},
           const QString& diagnosisDir = {})
{
    rtcare::test::Environment extra;
    if (!diagnosisDir.isEmpty())
        extra.append({u"RTCARE_DIAGNOSIS_DIR"_s, diagnosisDir});
    return rtcare::test::runRtcare(arguments, input, extra);
}

QJsonObject json(const Result& result)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("cli: classify suggests category and tier with the deciding words", "[cli][diagnosis]")
{
    Result result = run({u"classify"_s, u"--json"_s, u"视频很卡，而且老是掉线"_s});
    REQUIRE(result.exitCode == 0);
    QJsonObject object = json(result);
    CHECK(object["category"_L1].toString() == u"network"_s);
    CHECK(object["priority"_L1].toString() == u"high"_s);
    CHECK(object["first_response_minutes"_L1].toInt() == 15);
    CHECK(strings(object["symptoms"_L1]) == (QStringList{u"stutter"_s, u"disconnect"_s}));
    CHECK(strings(object["reasons"_L1]).first().contains(u"掉线"_s));

    result = run({u"classify"_s, u"--json"_s, u"--lang"_s, u"en"_s,
                  u"Since iOS 17 the video freezes, other phones fine"_s});
    object = json(result);
    CHECK(object["category"_L1].toString() == u"compatibility"_s);
    CHECK(object["first_response_minutes"_L1].toInt() == 1440);
    CHECK(object["confined"_L1].toBool());

    // Escalation on top: an enterprise's key business goes to the top tier.
    result = run({u"classify"_s, u"--json"_s, u"--enterprise"_s, u"--key-business"_s,
                  u"开了美颜但是没有效果"_s});
    object = json(result);
    CHECK(object["category"_L1].toString() == u"feature"_s);
    CHECK(object["priority"_L1].toString() == u"high"_s);
    CHECK(object["escalated"_L1].toBool());
    result = run({u"classify"_s, u"--json"_s, u"--enterprise"_s, u"开了美颜但是没有效果"_s});
    CHECK(json(result)["priority"_L1].toString() == u"medium"_s);

    // Negation, standard input and plain text output; with the model file missing, the
    // rules decide alone and say so.
    result = run({u"classify"_s, u"--model"_s, u"/nonexistent/category-model.ftz"_s, u"-"_s},
                 "The video no longer freezes, but the call drops");
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains("Category: network"));
    CHECK(result.out.contains("negated by"));
    CHECK(result.err.contains(u"/nonexistent/category-model.ftz: no such file"_s));
    CHECK(result.err.contains(u"the keyword rules decide alone"_s));
    // The learned model does not read the words the rules found negated.
    result = run({u"classify"_s, u"--json"_s, u"视频不卡了，就是老掉线"_s});
    object = json(result);
    CHECK(object["category"_L1].toString() == u"network"_s);
    CHECK(object["model"_L1].toBool());
    CHECK(strings(object["reasons"_L1]).join(u'\n').contains(u"negated by “不”"_s));
}

TEST_CASE("cli: classify refuses bad input with exit 2", "[cli][diagnosis]")
{
    Result result = run({u"classify"_s, u"  "_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"classify: TEXT is empty"_s));
    result = run({u"classify"_s});
    CHECK(result.exitCode == 2);
    result = run({u"classify"_s, u"--lang"_s, u"fr"_s, u"lag"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"--lang takes zh, en or auto, not 'fr'"_s));

    QTemporaryDir dir;
    write(QDir(dir.path()).filePath(u"classification.json"_s), "{\"symptoms\": 3");
    result = run({u"classify"_s, u"lag"_s}, {}, dir.path());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"classification.json: not valid JSON"_s));
}

TEST_CASE("cli: diagnose ranks the root causes for an answers file", "[cli][diagnosis]")
{
    QTemporaryDir dir;
    const QString answers = dir.filePath(u"answers.json"_s);
    write(answers, R"({"symptom":"stutter","network":"cellular",
                       "others_affected":"only_this_user","other_network":"only_this_network",
                       "device_model":"Huawei Mate 20"})");
    Result result = run({u"diagnose"_s, u"--json"_s, u"--answers"_s, answers});
    REQUIRE(result.exitCode == 0);
    const QJsonObject object = json(result);
    CHECK(object["top"_L1].toString() == u"user_network"_s);
    const QJsonArray ranking = object["ranking"_L1].toArray();
    REQUIRE(ranking.size() == 7);
    CHECK(ranking.at(0)["cause"_L1].toString() == u"user_network"_s);
    CHECK(ranking.at(0)["score"_L1].toDouble() == 10);
    CHECK(ranking.at(0)["confidence"_L1].toDouble() == Approx(0.769));
    CHECK(ranking.at(0)["why"_L1].toString().startsWith(u"only on this network + "_s));
    CHECK(ranking.at(0)["evidence"_L1].toArray().size() == 4);
    CHECK(!strings(object["next_steps"_L1]).isEmpty());
    CHECK(strings(object["unanswered"_L1]).contains(u"scenario"_s));

    result = run({u"--lang"_s, u"zh_CN"_s, u"diagnose"_s, u"--answers"_s, u"-"_s},
                 R"({"symptom":"echo","with_earphones":"goes_away"})");
    CHECK(result.exitCode == 0);
    CHECK(QString::fromUtf8(result.out).contains(u"戴耳机就好"_s));
}

TEST_CASE("cli: diagnose refuses bad answers with exit 2", "[cli][diagnosis]")
{
    QTemporaryDir dir;
    const QString answers = dir.filePath(u"answers.json"_s);
    Result result = run({u"diagnose"_s, u"--json"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"--answers FILE or --ticket NUMBER is required"_s));

    result = run({u"diagnose"_s, u"--answers"_s, dir.filePath(u"missing.json"_s)});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"missing.json: cannot be read"_s));

    write(answers, "{\"network\": \"cellular\",");
    result = run({u"diagnose"_s, u"--answers"_s, answers});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(answers + u": not valid JSON at offset"_s));

    write(answers, R"({"planet":"mars"})");
    result = run({u"diagnose"_s, u"--answers"_s, answers});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"planet\" is not a question id"_s));

    write(answers, R"({"network":"moon"})");
    result = run({u"diagnose"_s, u"--answers"_s, answers});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"network\": \"moon\" is not one of its answers"_s));

    write(answers, R"({"network":["cellular"]})");
    result = run({u"diagnose"_s, u"--answers"_s, answers});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"network\": the answer must be a string"_s));
    CHECK(result.out.isEmpty());
}

TEST_CASE("cli: diagnose --ticket ranks from the ticket's answers and its call statistics",
          "[cli][diagnosis]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"tickets.sqlite"_s);
    QString number;
    {
        QString error;
        const auto database = rtcare::Database::open(db, &error);
        REQUIRE(database);
        rtcare::TicketRepository repository(*database, rtcare::SlaPolicy::builtIn());
        rtcare::NewTicket input;
        input.customer.name = u"王芳"_s;
        input.category = rtcare::Category::AvQuality;
        input.channel = u"chat"_s;
        input.description = u"视频卡顿"_s;
        const std::optional<rtcare::Ticket> ticket = repository.create(input, &error);
        REQUIRE(ticket);
        number = ticket->number;
        rtcare::DiagnosisRecord record;
        record.answersJson = uR"({"symptom":"stutter","network":"cellular"})"_s;
        REQUIRE(repository.recordDiagnosis(ticket->id, record, &error));
    }
    const QString stats = QStringLiteral(RTCARE_FIXTURES_DIR)
                          + u"/03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json"_s;
    const Result attached = run({u"--db"_s, db, u"attach"_s, number, stats});
    INFO(attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    const Result statsRun = run({u"stats"_s, u"--json"_s, stats});
    REQUIRE(statsRun.exitCode == 0);
    const QString hint = json(statsRun)["cause_hint"_L1].toString();

    Result result = run({u"--db"_s, db, u"diagnose"_s, u"--json"_s, u"--ticket"_s, number});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject object = json(result);
    CHECK(object["evidence_hint"_L1].toString() == hint);
    // The recorded answers count: "network" was answered, so it is not listed as unasked.
    CHECK_FALSE(strings(object["unanswered"_L1]).contains(u"network"_s));
    // The same answers from a file, without the ticket, rank without the statistics.
    const QString answers = dir.filePath(u"answers.json"_s);
    write(answers, R"({"symptom":"stutter","network":"cellular"})");
    const QJsonObject plain = json(run({u"diagnose"_s, u"--json"_s, u"--answers"_s, answers}));
    CHECK(plain["evidence_hint"_L1].toString().isEmpty());
    if (!hint.isEmpty() && hint != u"unknown"_s)
        CHECK(object["ranking"_L1].toArray() != plain["ranking"_L1].toArray());

    result = run({u"--db"_s, db, u"diagnose"_s, u"--ticket"_s, u"RTC-19990101-0001"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"no ticket numbered RTC-19990101-0001"_s));
}
