// SPDX-License-Identifier: MIT
// The shared text-model layer (core/text, issue 13): tokens, the checked model file, the
// predictions and their explanations, deterministic training.
#include "catch.h"

#include "diagnosis/categorymodel.h"
#include "diagnosis/categorysuggester.h"
#include "text/modelfile.h"
#include "text/modeltraining.h"
#include "text/textmodel.h"
#include "text/texttokens.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>
#include <numeric>

using namespace rtcare;
using namespace rtcare::text;
using namespace Qt::StringLiterals;

namespace {

QByteArray shippedModel()
{
    QFile file(u":/rtcare/diagnosis/category-model.ftz"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList texts(const QList<TextToken>& tokens)
{
    QStringList result;
    for (const TextToken& token : tokens)
        result.append(token.text);
    return result;
}

} // namespace

TEST_CASE("text: tokens are Chinese characters, ASCII words and ! ?, with their places",
          "[text]")
{
    const QString message = u"ＰＫ打到一半，对面直接没了！！ iPhone13 can't join 2 times 😤"_s;
    const QList<TextToken> tokens = modelTokens(message);
    CHECK(texts(tokens)
          == (QStringList{u"pk"_s, u"打"_s, u"到"_s, u"一"_s, u"半"_s, u"对"_s, u"面"_s,
                          u"直"_s, u"接"_s, u"没"_s, u"了"_s, u"!"_s, u"!"_s, u"iphone13"_s,
                          u"can't"_s, u"join"_s, u"0"_s, u"times"_s, u"😤"_s}));
    // Places refer to the original text, full-width letters included.
    CHECK(message.mid(tokens.first().start, tokens.first().length) == u"ＰＫ"_s);
    CHECK(message.mid(tokens.at(13).start, tokens.at(13).length) == u"iPhone13"_s);
    CHECK(message.mid(tokens.last().start, tokens.last().length) == u"😤"_s);
    CHECK(normalisedText(u"ＡＢＣ　Ｗｉｆｉ’s"_s) == u"abc wifi's"_s);
    CHECK(modelTokens(u"a b c d"_s, 2).size() == 2);
}

TEST_CASE("text: the shipped model file is checked field by field", "[text]")
{
    const QByteArray bytes = shippedModel();
    CHECK(bytes.size() < 2 * 1024 * 1024);
    ModelFileInfo info;
    QString error;
    REQUIRE(checkModelFile(bytes, &info, &error));
    CHECK(info.labels == 5);
    CHECK(info.quantized);
    CHECK_FALSE(info.pruned);

    // Cut anywhere, or changed in its header, it is refused with a reason, never read.
    for (qsizetype cut = 0; cut < bytes.size(); cut += 9973) {
        CHECK_FALSE(checkModelFile(bytes.left(cut), &info, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK_FALSE(checkModelFile(bytes + "x", &info, &error));
    CHECK(error.contains(u"unexpected bytes"_s));
    QByteArray wrongMagic = bytes;
    wrongMagic[0] = 'X';
    CHECK_FALSE(checkModelFile(wrongMagic, &info, &error));
    CHECK(error == u"not a fastText model file"_s);
    QByteArray hugeDictionary = bytes;
    const qint32 size = 0x7fffffff;
    std::memcpy(hugeDictionary.data() + 8 + 56, &size, sizeof size);
    CHECK_FALSE(checkModelFile(hugeDictionary, &info, &error));
    CHECK(error.contains(u"dictionary"_s));
    CHECK_FALSE(TextModel::fromBytes("not a model", &error));
}

TEST_CASE("text: predictions read the ids fastText reads, and say which words pushed",
          "[text]")
{
    QString error;
    const std::shared_ptr<const TextModel> model = TextModel::fromBytes(shippedModel(), &error);
    REQUIRE(model);
    CHECK(model->labels().size() == 5);
    for (const QString& message :
         {u"开黑的时候一直掉线，重连好几次"_s, u"The teacher's voice comes through like a robot!!"_s,
          u"升级鸿蒙4以后 app一打开就闪退 安卓的都正常"_s, u"x"_s}) {
        const QList<TextToken> tokens = modelTokens(message);
        std::vector<std::int32_t> ours = model->inputIds(tokens);
        std::vector<std::int32_t> library = model->libraryInputIds(tokens);
        std::sort(ours.begin(), ours.end());
        std::sort(library.begin(), library.end());
        CHECK(ours == library);
        const TextPrediction p = model->predict(tokens);
        CHECK(std::accumulate(p.probabilities.cbegin(), p.probabilities.cend(), 0.0)
              == Approx(1.0));
        CHECK(p.contributions.size() == std::size_t(tokens.size() * 5));
    }
    const QString message = u"每次连麦十分钟左右就掉线，对面头像变灰，重连也连不上"_s;
    const TextPrediction p = model->predict(message);
    REQUIRE(model->labels().at(p.best()) == u"network"_s);
    const QList<WeightedSpan> spans = p.strongestSpans(p.best(), 3);
    REQUIRE_FALSE(spans.isEmpty());
    QStringList words;
    for (const WeightedSpan& span : spans)
        words.append(message.mid(span.start, span.length));
    INFO(words.join(u" | "_s).toStdString());
    CHECK((words.join(u' ').contains(u"掉"_s) || words.join(u' ').contains(u"连"_s)));
}

TEST_CASE("text: training is deterministic and its model loads", "[text]")
{
    QList<TrainingExample> examples;
    const QStringList network{u"一直掉线"_s, u"call keeps dropping"_s, u"连不上房间"_s,
                              u"cannot connect at all"_s};
    const QStringList quality{u"画面很卡"_s, u"the picture freezes"_s, u"声音有回声"_s,
                              u"voice sounds robotic"_s};
    for (int i = 0; i < 5; ++i) {
        for (const QString& t : network)
            examples.append({u"network"_s, t});
        for (const QString& t : quality)
            examples.append({u"av_quality"_s, t});
    }
    TrainingSettings settings;
    settings.dim = 8;
    settings.epoch = 20;
    settings.bucket = 2000;
    QString error;
    const std::optional<QByteArray> first = trainModel(examples, settings, &error);
    REQUIRE(first);
    const std::optional<QByteArray> second = trainModel(examples, settings, &error);
    REQUIRE(second);
    CHECK(*first == *second);
    const auto model = TextModel::fromBytes(*first, &error);
    REQUIRE(model);
    CHECK(model->labels().contains(u"network"_s));
    CHECK(model->labels().at(model->predict(u"一直掉线"_s).best()) == u"network"_s);

    CHECK_FALSE(trainModel({{u"network"_s, u"掉线"_s}}, settings, &error));
    CHECK(error.contains(u"two labels"_s));
    CHECK_FALSE(TrainingSettings::fromJson(QJsonObject{{u"dim"_s, 0}}, &error));
    CHECK(error.contains(u"training.dim"_s));
}

TEST_CASE("text: a broken or missing model file is named, and the rules keep working",
          "[text][diagnosis]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    CHECK_FALSE(TextModel::fromFile(dir.filePath(u"gone.ftz"_s), &error));
    CHECK(error == dir.filePath(u"gone.ftz"_s) + u": no such file"_s);

    // A broken override in the diagnosis folder.
    QFile broken(dir.filePath(u"category-model.ftz"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(shippedModel().left(5000));
    broken.close();
    qputenv("RTCARE_DIAGNOSIS_DIR", QFile::encodeName(dir.path()));
    const auto model = diagnosis::CategoryModel::load(&error);
    qunsetenv("RTCARE_DIAGNOSIS_DIR");
    CHECK_FALSE(model);
    CHECK(error.startsWith(dir.filePath(u"category-model.ftz"_s)));
    CHECK(error.contains(u"ends early"_s));

    const diagnosis::CategorySuggester rulesAlone(diagnosis::Classifier::builtIn(), nullptr, error);
    const diagnosis::Classification result = rulesAlone.classify(u"视频很卡，而且老是掉线"_s);
    CHECK(result.category == Category::Network);
    CHECK_FALSE(result.modelUsed);
    CHECK(rulesAlone.modelProblem().contains(u"category-model.ftz"_s));
}

TEST_CASE("text: a one-vs-all model learns two labels of one text", "[text]")
{
    // Echo replies that also stutter carry both labels; a one-vs-all model gives each its
    // own yes/no, so both can be high at once (a softmax model shares one probability).
    QList<TrainingExample> examples;
    for (int i = 0; i < 20; ++i) {
        examples.append({u"echo"_s, u"我说话有回声 %1"_s.arg(i)});
        examples.append({u"stutter"_s, u"画面一直卡顿 %1"_s.arg(i)});
        examples.append({u"echo"_s, u"有回声而且画面卡顿 %1"_s.arg(i), {u"stutter"_s}});
        examples.append({u"ok"_s, u"谢谢已经好了 %1"_s.arg(i)});
    }
    TrainingSettings settings;
    settings.dim = 8;
    settings.epoch = 30;
    settings.bucket = 2000;
    QString error;
    REQUIRE(TrainingSettings::fromJson(QJsonObject{{u"loss"_s, u"ova"_s}}, &error)->loss
            == ModelLoss::OneVsAll);
    CHECK_FALSE(TrainingSettings::fromJson(QJsonObject{{u"loss"_s, u"hinge"_s}}, &error));
    CHECK(error.contains(u"training.loss"_s));
    settings.loss = ModelLoss::OneVsAll;
    const std::optional<QByteArray> bytes = trainModel(examples, settings, &error);
    INFO(error.toStdString());
    REQUIRE(bytes);
    const auto model = TextModel::fromBytes(*bytes, &error);
    REQUIRE(model);
    CHECK(model->loss() == ModelLoss::OneVsAll);
    const TextPrediction both = model->predict(u"有回声而且画面卡顿"_s);
    CHECK(both.probabilities.at(model->labelIndex(u"echo"_s)) > 0.5);
    CHECK(both.probabilities.at(model->labelIndex(u"stutter"_s)) > 0.5);
    CHECK(both.probabilities.at(model->labelIndex(u"ok"_s)) < 0.5);
}
