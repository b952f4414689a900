// SPDX-License-Identifier: MIT
// Classification of complaint texts into categories (issue 3): the labelled set's accuracy,
// negations, model-confined problems, escalation on top, and bad rule files.
#include "catch.h"

#include "diagnosis/classifier.h"
#include "sla/policy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

using namespace rtcare;
using namespace rtcare::diagnosis;
using namespace Qt::StringLiterals;

namespace {

Category classified(const QString& text)
{
    return Classifier::builtIn().classify(text).category;
}

bool isChinese(const QString& text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return han.match(text).hasMatch();
}

} // namespace

TEST_CASE("classifier: at least 90 % of the labelled complaints land in their category",
          "[diagnosis][classifier]")
{
    QFile file(QStringLiteral(RTCARE_SOURCE_DIR "/tests/core/data/classification-set.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases =
        QJsonDocument::fromJson(file.readAll()).object().value("cases"_L1).toArray();
    REQUIRE(cases.size() >= 80);

    int total[2] = {0, 0};
    int right[2] = {0, 0};
    QStringList categoriesSeen;
    for (const QJsonValue& value : cases) {
        const QString text = value["text"_L1].toString();
        const QString expected = value["category"_L1].toString();
        REQUIRE(categoryFromId(expected));
        if (!categoriesSeen.contains(expected))
            categoriesSeen.append(expected);
        const int language = isChinese(text) ? 0 : 1;
        const Classification result = Classifier::builtIn().classify(text);
        ++total[language];
        if (categoryId(result.category) == expected) {
            ++right[language];
        } else {
            std::printf("  misclassified: %s -> %s (expected %s)\n", qPrintable(text),
                        qPrintable(categoryId(result.category)), qPrintable(expected));
        }
    }
    CHECK(categoriesSeen.size() == 5);
    CHECK(total[0] >= 40);
    CHECK(total[1] >= 40);
    const double all = double(right[0] + right[1]) / double(total[0] + total[1]);
    std::printf("classification accuracy: %d/%d = %.1f %% (Chinese %d/%d, English %d/%d)\n",
                right[0] + right[1], total[0] + total[1], all * 100.0, right[0], total[0], right[1],
                total[1]);
    std::fflush(stdout);
    CHECK(all >= 0.90);
    CHECK(double(right[0]) / total[0] >= 0.90);
    CHECK(double(right[1]) / total[1] >= 0.90);
}

TEST_CASE("classifier: negations take a symptom out", "[diagnosis][classifier]")
{
    CHECK(classified(u"视频很卡"_s) == Category::AvQuality);
    CHECK(classified(u"视频不卡了"_s) == Category::Other);
    CHECK(classified(u"视频不卡了，就是老掉线"_s) == Category::Network);
    CHECK(classified(u"已经不掉线了，但是画面还是卡"_s) == Category::AvQuality);
    CHECK(classified(u"回声已经好了，现在声音断断续续"_s) == Category::AvQuality);
    CHECK(classified(u"The video no longer freezes"_s) == Category::Other);
    CHECK(classified(u"It doesn't lag, but the call drops"_s) == Category::Network);
    CHECK(classified(u"The echo is gone now, but there is a buzzing noise"_s) ==
          Category::AvQuality);

    const Classification result = Classifier::builtIn().classify(u"视频不卡了"_s);
    REQUIRE(result.matches.size() == 1);
    CHECK(result.matches.first().negated);
    CHECK(result.matches.first().negation == u"不"_s);
    CHECK(result.symptoms.isEmpty());
    CHECK(result.reasons(u"en"_s).join(u'\n').contains(u"negated by “不”"_s));
}

TEST_CASE("classifier: a problem confined to a model or system is compatibility",
          "[diagnosis][classifier]")
{
    CHECK(classified(u"只有 Mate 20 视频很卡"_s) == Category::Compatibility);
    CHECK(classified(u"掉线只在 iPhone 12 上出现"_s) == Category::Compatibility);
    CHECK(classified(u"升级到 iOS 17 以后一直掉线"_s) == Category::Compatibility);
    CHECK(classified(u"The call drops only on iPhone 12"_s) == Category::Compatibility);
    CHECK(classified(u"Since iOS 17 the video freezes, other phones fine"_s) ==
          Category::Compatibility);
    // "Only" about something else, and a negated confinement, do not count.
    CHECK(classified(u"只有声音没有画面"_s) == Category::AvQuality);
    CHECK(classified(u"Not only on my iPhone: every phone drops the call"_s) == Category::Network);

    const Classification result = Classifier::builtIn().classify(u"only on iPhone 12 it freezes"_s);
    CHECK(result.confined);
    CHECK(result.symptoms == QStringList{u"stutter"_s});
    CHECK(result.reasons(u"en"_s).first().contains(u"so compatibility wins"_s));
}

TEST_CASE("classifier: reasons name the deciding words, and ties go to the more urgent category",
          "[diagnosis][classifier]")
{
    const Classification result = Classifier::builtIn().classify(u"视频很卡，而且老是掉线"_s);
    CHECK(result.category == Category::Network); // drops (3) beat stutter (2)
    CHECK(result.symptoms == (QStringList{u"stutter"_s, u"disconnect"_s}));
    CHECK(result.scores.value(Category::Network) == 3);
    CHECK(result.scores.value(Category::AvQuality) == 2);
    CHECK(result.reasons(u"en"_s).first() == u"“掉线”: call drops → Network connection"_s);
    CHECK(result.prefillSymptom == u"disconnect"_s);
    // Longer keywords win over shorter ones inside them: "frame drops" is not a dropped call.
    CHECK(classified(u"Lots of frame drops in the video"_s) == Category::AvQuality);
    CHECK(classified(u""_s) == Category::Other);
    CHECK(classified(u"你好"_s) == Category::Other);
}

TEST_CASE("classifier: the diagnosis answers count as symptoms too", "[diagnosis][classifier]")
{
    const Classifier& classifier = Classifier::builtIn();
    Classification result =
        classifier.classify(u"你好"_s, TextLanguage::Auto, {{u"symptom"_s, u"disconnect"_s}});
    CHECK(result.category == Category::Network);
    CHECK(result.reasons(u"en"_s).first() == u"an answer: call drops → Network connection"_s);
    // Counted once when the text already says it.
    result = classifier.classify(u"老是掉线"_s, TextLanguage::Auto, {{u"symptom"_s, u"disconnect"_s}});
    CHECK(result.scores.value(Category::Network) == 3);
    // "Only on this model" from the follow-up confines it like the words would.
    result = classifier.classify(u"视频很卡"_s, TextLanguage::Auto,
                                 {{u"only_this_model"_s, u"since_update"_s}});
    CHECK(result.confined);
    CHECK(result.category == Category::Compatibility);

    QString error;
    CHECK_FALSE(Classifier::fromJson(
        R"({"symptoms":[{"id":"x","category":"network","zh":["掉线"]}],
            "answers":[{"question":"symptom","answer":"echo","symptom":"echo"}]})",
        u"rules.json"_s, &error));
    CHECK(error.startsWith(u"rules.json: answers[0]: needs a question, an answer and a known"_s));
}

TEST_CASE("classifier: the text language can be fixed", "[diagnosis][classifier]")
{
    const Classifier& classifier = Classifier::builtIn();
    CHECK(classifier.classify(u"掉线 and echo"_s, TextLanguage::Chinese).symptoms ==
          QStringList{u"disconnect"_s});
    CHECK(classifier.classify(u"掉线 and echo"_s, TextLanguage::English).symptoms ==
          QStringList{u"echo"_s});
    CHECK(textLanguageFromId(u"zh") == TextLanguage::Chinese);
    CHECK(textLanguageFromId(u"auto") == TextLanguage::Auto);
    CHECK_FALSE(textLanguageFromId(u"fr"));
}

TEST_CASE("classifier: escalation applies on top of the suggested category",
          "[diagnosis][classifier]")
{
    const SlaPolicy& policy = SlaPolicy::builtIn();
    const Category category = classified(u"开了美颜但是没有效果"_s);
    REQUIRE(category == Category::Feature);
    Customer customer;
    CHECK(policy.priorityFor(category, customer) == u"medium"_s);
    customer.enterprise = true;
    customer.keyBusiness = true;
    CHECK(policy.priorityFor(category, customer) == policy.topTier());
}

TEST_CASE("classifier: bad rule files are refused with where and what", "[diagnosis][classifier]")
{
    QString error;
    CHECK_FALSE(Classifier::fromJson("{", u"rules.json"_s, &error));
    CHECK(error.startsWith(u"rules.json: not valid JSON"_s));
    CHECK_FALSE(Classifier::fromJson(R"({"symptoms":[{"id":"x","category":"wifi"}]})",
                                     u"rules.json"_s, &error));
    CHECK(error.contains(u"symptoms[0].category: 'wifi' is not a category"_s));
    CHECK_FALSE(Classifier::fromJson(
        R"({"symptoms":[{"id":"x","category":"network","zh":["掉线"]}],"confinement":{"en":["(only"]}})",
        u"rules.json"_s, &error));
    CHECK(error.contains(u"rules.json: confinement.en[0]"_s));
}
