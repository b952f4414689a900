// SPDX-License-Identifier: MIT
// Issue 14: the learned tone model with the rules. Figures on the independently written
// replies (tests/data/replies, see its README) printed per batch, language and fault, with
// floors; what a finding of the model looks like; whole-reply reading; commitments; a broken
// settings or model file named, the built-in model still working; the shipped model is what
// its training files give.
#include "catch.h"

#include "replies/replydata.h"
#include "replies/toneevaluation.h"
#include "replies/tonemodel.h"
#include "text/modeltraining.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace rtcare::replies;
using namespace Qt::StringLiterals;

namespace {

QList<LabelledReply> corpus(const QString& relative)
{
    QString error;
    const auto replies = readLabelledReplies(QStringLiteral(RTCARE_SOURCE_DIR "/") + relative, &error);
    INFO(error.toStdString());
    REQUIRE(replies);
    return *replies;
}

ToneEvaluation measured(const QList<LabelledReply>& replies, const char* title)
{
    const ToneChecker checker;
    REQUIRE(checker.model() != nullptr);
    const ToneEvaluation e = evaluateTone(replies, checker);
    std::printf("\n%s (%lld replies)\n%s", title, static_cast<long long>(replies.size()),
                qPrintable(e.toText()));
    return e;
}

// Floors a user would check; below the targets where the figures are (see the README).
void atLeast(const ToneEvaluation& e, double exact, double exactPerLanguage, double goodFlagged)
{
    CHECK(e.all.exactShare() >= exact);
    for (const char* language : {"zh", "en"}) {
        INFO(language);
        REQUIRE(e.byLanguage.contains(QLatin1String(language)));
        CHECK(e.byLanguage.value(QLatin1String(language)).exactShare() >= exactPerLanguage);
        CHECK(e.byLanguage.value(QLatin1String(language)).goodFlaggedShare() <= goodFlagged);
    }
}

QStringList faults(const char* text)
{
    return foundFaults(ToneChecker(), QString::fromUtf8(text));
}

void write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QByteArray builtInSettings()
{
    QFile file(u":/rtcare/replies/tone-model.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("tone model: figures on the independently written replies", "[replies][tone][tonemodel]")
{
    // Dev: never trained on (round 7's thresholds were fitted on blind-6, see below).
    atLeast(measured(corpus(u"tests/data/replies/dev.jsonl"_s), "dev (never trained on)"),
            0.84, 0.82, 0.05);
    // The blind batches have joined training since they were measured: today's figures on
    // them are memory. Their blind figures are in the titles and the README.
    const struct
    {
        const char16_t* file;
        const char* title;
    } trainedOn[] = {
        {u"tests/data/replies/blind-1.jsonl", "batch C (blind in round 1: exact 86.7 %, zh 91.3 %, "
                                              "en 82.0 %, good flagged 1.4 %; trained on since)"},
        {u"tests/data/replies/blind-2.jsonl", "batch E (blind in round 2: exact 79.3 %, zh 78.7 %, "
                                              "en 80.0 %, good flagged 0.5 %; trained on since)"},
        {u"tests/data/replies/blind-3.jsonl", "batch D (blind in round 3: exact 79.8 %, zh 84.0 %, "
                                              "en 75.7 %, good flagged 1.4 %; trained on since)"},
        {u"tests/data/replies/blind-4.jsonl",
         "batches F-I (blind in round 4: exact 88.3 %, zh 88.2 %, en 88.5 %, good flagged 4.7 %; "
         "round 5's thresholds fitted on them, trained on since)"},
        {u"tests/data/replies/blind-5.jsonl",
         "batches J-L (blind in round 5: exact 86.1 %, zh 86.2 %, en 86.0 %, good flagged 4.8 %; "
         "round 6's thresholds fitted on them, trained on since)"},
        {u"tests/data/replies/blind-6.jsonl",
         "batches P-R (blind in round 6: exact 88.7 %, zh 88.9 %, en 88.4 %, good flagged 2.2 %; "
         "round 7's thresholds fitted on them, trained on since)"},
    };
    for (const auto& batch : trainedOn)
        measured(corpus(QString::fromUtf16(batch.file)), batch.title);
    // Batches S, T and U (round 7's blind set): measured with this model before anyone read
    // them and not trained on yet, so this figure is still a blind one. The floors sit just
    // under what was measured (exact 91.8 % in both languages; good flagged zh 1.3 %, en 0 %):
    // a change that makes the checker worse on replies it never saw fails here.
    atLeast(measured(corpus(u"tests/data/replies/blind-7.jsonl"_s),
                     "batches S-U (blind in round 7, not trained on)"),
            0.91, 0.905, 0.03);
    // The product's older held-out set (written blind to the rules, never trained on).
    atLeast(measured(corpus(u"tests/core/data/tone-heldout-set.json"_s),
                     "the old held-out set (never trained on; thresholds fitted on it)"),
            0.85, 0.80, 0.20);
}

TEST_CASE("tone model: the corpus files are what the README says", "[replies][tone][tonemodel]")
{
    CHECK(corpus(u"tests/data/replies/train.jsonl"_s).size() == 1012);
    CHECK(corpus(u"tests/data/replies/dev.jsonl"_s).size() == 188);
    CHECK(corpus(u"tests/data/replies/blind-1.jsonl"_s).size() == 600);
    CHECK(corpus(u"tests/data/replies/blind-2.jsonl"_s).size() == 600);
    CHECK(corpus(u"tests/data/replies/blind-3.jsonl"_s).size() == 600);
    CHECK(corpus(u"tests/data/replies/blind-4.jsonl"_s).size() == 1200);
    CHECK(corpus(u"tests/data/replies/blind-5.jsonl"_s).size() == 900);
    CHECK(corpus(u"tests/data/replies/blind-6.jsonl"_s).size() == 900);
    CHECK(corpus(u"tests/data/replies/blind-7.jsonl"_s).size() == 900);
    int zh = 0;
    int good = 0;
    for (const LabelledReply& r : corpus(u"tests/data/replies/blind-1.jsonl"_s)) {
        zh += r.language == u"zh"_s ? 1 : 0;
        good += r.faults.isEmpty() ? 1 : 0;
    }
    CHECK(zh == 300);
    CHECK(good == 210);
}

TEST_CASE("tone model: a model finding marks its clause and explains in the agent's language",
          "[replies][tone][tonemodel]")
{
    const ToneChecker checker;
    // Blame without the usual words: generalising about the customer's setup.
    const QString text = u"Thanks for the report. This only happens on unusual setups like "
                         "yours, nobody else reports it."_s;
    const QList<ToneFinding> findings = checker.check(text);
    REQUIRE(ToneChecker::categories(findings) == QStringList{u"blame"_s});
    const ToneFinding& f = findings.first();
    CHECK(f.start > 0);
    CHECK(text.mid(f.start, f.length) == f.text);
    CHECK_FALSE(f.text.contains(u"Thanks"_s)); // the clause, not the whole reply
    CHECK_FALSE(f.message.isEmpty());
    CHECK_FALSE(f.suggestion.isEmpty());
    const QList<ToneFinding> inChinese = checker.check(text, u"auto"_s, u"zh_CN"_s);
    REQUIRE_FALSE(inChinese.isEmpty());
    CHECK(containsChinese(inChinese.first().message));
    CHECK(containsChinese(inChinese.first().suggestion));
}

TEST_CASE("tone model: the whole reply is read, commitments are not over-promises",
          "[replies][tone][tonemodel]")
{
    const QStringList none;
    // Sorry followed later by a concrete step and a time is not an empty apology.
    CHECK(faults("Sorry for the dropped call. I've sent your logs to our network team and I "
                 "will update you by 17:00 today.")
          == none);
    CHECK(faults("非常抱歉影响了您的课程。我已经把这次通话的日志转给音频组，今天18:00前给您回复排查结果。")
          == none);
    CHECK(faults("Sorry for the trouble, we will look into it.")
          == QStringList{u"empty_apology"_s});
    // A draft of a word or two is still being typed: no finding from the model alone, while a
    // rule's match in a short draft still counts.
    CHECK(faults("blah") == none);
    CHECK(faults("好的") == none);
    CHECK(faults("Hi Anna") == none);
    CHECK(faults("重启试试。") == QStringList{u"vague_advice"_s});
    // "Try again" inside numbered concrete steps is not vague.
    CHECK(faults("Let's fix the echo: 1. Open Settings > Audio and turn on echo cancellation. "
                 "2. Unplug the external speaker and use headphones. 3. Try the call again "
                 "and tell me whether the echo is gone.")
          == none);
    CHECK(faults("Please check your network and try again.") == QStringList{u"vague_advice"_s});
    // A follow-up with a time is a commitment; a guaranteed fix before anyone looked is not.
    CHECK(faults("A colleague from the video team will call you within 2 hours.") == none);
    CHECK(faults("我不能保证今天修好，但我会在今晚8点前告诉您进展。") == none);
    CHECK(faults("Don't worry, it will definitely be fixed by tonight, I guarantee it.")
              .contains(u"over_promise"_s));
}

TEST_CASE("tone model: a broken settings or model file is named, the built-in model stays",
          "[replies][tone][tonemodel]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString settings = dir.filePath(u"tone-model.json"_s);
    QJsonObject object = QJsonDocument::fromJson(builtInSettings()).object();
    QJsonObject categories = object.value(u"categories"_s).toObject();
    QJsonObject blame = categories.value(u"blame"_s).toObject();
    blame.insert(u"threshold"_s, 7);
    categories.insert(u"blame"_s, blame);
    object.insert(u"categories"_s, categories);
    write(settings, QJsonDocument(object).toJson());
    QStringList errors;
    std::shared_ptr<const ToneModel> model = ToneModel::withOverride(dir.path(), &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(settings));
    CHECK(errors.first().contains(u"categories.blame.threshold"_s));
    CHECK(model == ToneModel::builtIn());

    // Valid settings naming a model file that is not a model.
    write(settings, builtInSettings());
    write(dir.filePath(u"tone-model.ftz"_s), "not a model at all");
    errors.clear();
    model = ToneModel::withOverride(dir.path(), &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(dir.filePath(u"tone-model.ftz"_s)));
    REQUIRE(model == ToneModel::builtIn());
    CHECK(ToneChecker(ToneRuleSet::builtIn(), model).check(u"This only happens on unusual "
                                                           "setups like yours."_s)
              .size()
          >= 1);
    // Through the reply data the composer and `rtcare lint` use.
    qputenv("RTCARE_REPLIES_DIR", QFile::encodeName(dir.path()));
    const ReplyData data = loadReplyData();
    qunsetenv("RTCARE_REPLIES_DIR");
    CHECK(data.toneModel == ToneModel::builtIn());
    CHECK(data.errors.join(u'\n').contains(u"tone-model.ftz"_s));
}

TEST_CASE("tone model: a second fault beside a first needs less (with_other)",
          "[replies][tone][tonemodel]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString settings = dir.filePath(u"tone-model.json"_s);
    REQUIRE(QFile::copy(u":/rtcare/replies/tone-model.ftz"_s, dir.filePath(u"tone-model.ftz"_s)));
    QJsonObject object = QJsonDocument::fromJson(builtInSettings()).object();
    const auto withOther = [&](double value) {
        QJsonObject categories = object.value(u"categories"_s).toObject();
        for (const QString& fault : categories.keys()) {
            QJsonObject c = categories.value(fault).toObject();
            c.insert(u"with_other"_s, value);
            categories.insert(fault, c);
        }
        object.insert(u"categories"_s, categories);
        write(settings, QJsonDocument(object).toJson());
    };
    withOther(0.05);
    QStringList errors;
    const std::shared_ptr<const ToneModel> low = ToneModel::withOverride(dir.path(), &errors);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(errors.isEmpty());
    REQUIRE(low != ToneModel::builtIn());
    const ToneChecker lowChecker(ToneRuleSet::builtIn(), low);

    // Blame and an over-promise found; beside them vague advice needs only 0.05 here.
    const QString twoFaults = u"Honestly it's your router. I promise it never happens again "
                              "after a reboot."_s;
    const QStringList shipped = ToneChecker::categories(ToneChecker().check(twoFaults));
    CHECK(shipped.contains(u"blame"_s));
    CHECK(!shipped.contains(u"vague_advice"_s));
    CHECK(ToneChecker::categories(lowChecker.check(twoFaults)).contains(u"vague_advice"_s));
    // Only beside a fault already found: a good reply stays clean however low it is.
    CHECK(lowChecker.check(u"We checked and the drop was on your router's side at 21:13; "
                           "please restart it and I will call you at 10:00 tomorrow to "
                           "compare."_s)
              .isEmpty());

    // Out of range: named by file and entry, the built-in model kept.
    withOther(1.5);
    errors.clear();
    CHECK(ToneModel::withOverride(dir.path(), &errors) == ToneModel::builtIn());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(u"with_other"_s));
    CHECK(errors.first().contains(settings));
}

TEST_CASE("tone model: the shipped model is what its training files give",
          "[replies][tone][tonemodel]")
{
    // Retrains from the files tone-model.json lists (deterministic: one thread, fixed seed)
    // and compares with the shipped file byte for byte.
    const QJsonObject settingsJson = QJsonDocument::fromJson(builtInSettings()).object();
    QString error;
    const std::optional<ToneModelSettings> settings =
        ToneModelSettings::fromJson(builtInSettings(), u"tone-model.json"_s, &error);
    REQUIRE(settings);
    QList<rtcare::text::TrainingExample> examples;
    for (const QJsonValue& file : settingsJson.value(u"trained_on"_s).toArray())
        for (const LabelledReply& r : corpus(file.toString()))
            examples += toneTrainingExamples(r.text, r.faults, *settings);
    REQUIRE(examples.size() > 3000);
    const std::optional<QByteArray> trained = rtcare::text::trainModel(examples, settings->training, &error);
    INFO(error.toStdString());
    REQUIRE(trained);
    QFile shipped(u":/rtcare/replies/tone-model.ftz"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const QByteArray bytes = shipped.readAll();
    CHECK(QCryptographicHash::hash(*trained, QCryptographicHash::Sha256).toHex().toStdString()
          == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString());
}
