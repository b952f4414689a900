// SPDX-License-Identifier: MIT
// Issue 13's figures on the independently written complaints (tests/data/complaints, see
// its README): printed per batch, language and field, and held to the thresholds
// on the batches that were blind when measured (C, D and E). C and D have since joined
// training; their blind figures (round 1: C, round 2: D) are in the README and the commits
// that measured them. E (round 3) has not: its figure here is still a blind one.
#include "catch.h"

#include "diagnosis/categorysuggester.h"
#include "diagnosis/complaintevaluation.h"

#include <cstdio>

using namespace rtcare::diagnosis;
using namespace Qt::StringLiterals;

namespace {

QList<LabelledComplaint> corpus(const char* name)
{
    QString error;
    const auto complaints = readLabelledComplaints(
        QStringLiteral(RTCARE_SOURCE_DIR "/tests/data/complaints/") + QLatin1String(name), &error);
    INFO(error.toStdString());
    REQUIRE(complaints);
    return *complaints;
}

void meetsThresholds(const Evaluation& e)
{
    CHECK(e.all.category.share() >= 0.90);
    for (const char* language : {"zh", "en"}) {
        INFO(language);
        REQUIRE(e.byLanguage.contains(QLatin1String(language)));
        CHECK(e.byLanguage.value(QLatin1String(language)).category.share() >= 0.85);
    }
    CHECK(e.all.allFacts.share() >= 0.90);
    for (std::size_t i = 0; i < e.all.facts.size(); ++i) {
        INFO(ComplaintFacts::kFields[i]);
        CHECK(e.all.facts[i].share() >= 0.80);
    }
}

Evaluation measured(const QList<LabelledComplaint>& complaints, const char* title)
{
    const CategorySuggester suggester = CategorySuggester::builtIn();
    REQUIRE(suggester.hasModel());
    const Evaluation e = evaluate(complaints, suggester, FactReader::builtIn());
    std::printf("\n%s (%lld complaints)\n%s", title, static_cast<long long>(complaints.size()),
                qPrintable(e.toText()));
    return e;
}

} // namespace

TEST_CASE("understanding: category and facts on the blind batches meet the issue's thresholds",
          "[understanding]")
{
    // Dev: never trained on (the model has not seen it), but the combination and the
    // scenario minimum were chosen on it.
    {
        INFO("dev.jsonl");
        meetsThresholds(
            measured(corpus("dev.jsonl"), "dev (never trained on; used to fit the combination)"));
    }
    const QList<LabelledComplaint> c = corpus("blind-1.jsonl");
    const QList<LabelledComplaint> d = corpus("blind-2.jsonl");
    measured(c, "batch C (blind in round 1: category 91.8 %, facts 91.5 %; trained on since)");
    measured(d, "batch D (blind in round 2: category 92.8 %, facts 91.9 %, scenario 73.8 %; "
                "trained on since)");
    const Evaluation e = measured(c + d, "batches C and D together");
    {
        INFO("blind-1.jsonl + blind-2.jsonl");
        meetsThresholds(e);
    }
    // The confidence means something: sure suggestions are right far more often.
    CHECK(e.all.confident.share() >= 0.90);
    CHECK(e.all.unsure.share() < e.all.confident.share());

    // Batch E has never been trained or tuned on: its figure is the blind one.
    {
        INFO("blind-3.jsonl");
        const Evaluation blind = measured(corpus("blind-3.jsonl"),
                                          "batch E (blind in round 3: category 93.8 %, facts 94.8 %; "
                                          "never trained or tuned on)");
        meetsThresholds(blind);
        CHECK(blind.all.unsure.share() < blind.all.confident.share());
    }
}

TEST_CASE("understanding: the corpus files are what the README says", "[understanding]")
{
    CHECK(corpus("train.jsonl").size() == 1010);
    CHECK(corpus("dev.jsonl").size() == 190);
    CHECK(corpus("blind-1.jsonl").size() == 600);
    CHECK(corpus("blind-2.jsonl").size() == 600);
    CHECK(corpus("blind-3.jsonl").size() == 600);
    int zh = 0;
    for (const LabelledComplaint& c : corpus("blind-2.jsonl"))
        zh += c.language == u"zh"_s ? 1 : 0;
    CHECK(zh == 300);
}
