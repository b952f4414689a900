// SPDX-License-Identifier: MIT
#include "diagnosis/complaintevaluation.h"

#include "model/category.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

QString squeezed(const QString& value)
{
    return value.simplified().toLower();
}

QString percent(const Tally& tally)
{
    return tally.total == 0 ? u"-"_s
                            : u"%1 %"_s.arg(100.0 * tally.share(), 0, 'f', 1);
}

QJsonObject tallyJson(const Tally& tally)
{
    return {{u"right"_s, tally.right},
            {u"total"_s, tally.total},
            {u"share"_s, std::round(tally.share() * 10000.0) / 10000.0}};
}

QJsonObject figuresJson(const Figures& f)
{
    QJsonObject facts;
    for (std::size_t i = 0; i < f.facts.size(); ++i)
        facts.insert(QLatin1String(ComplaintFacts::kFields[i]), tallyJson(f.facts[i]));
    return {{u"category"_s, tallyJson(f.category)},
            {u"facts"_s, facts},
            {u"all_facts"_s, tallyJson(f.allFacts)},
            {u"confident"_s, tallyJson(f.confident)},
            {u"unsure"_s, tallyJson(f.unsure)}};
}

void add(Tally& tally, bool right)
{
    ++tally.total;
    tally.right += right ? 1 : 0;
}

} // namespace

bool sameFact(const QString& read, const QString& label)
{
    return squeezed(read) == squeezed(label);
}

std::optional<QList<LabelledComplaint>> readLabelledComplaints(const QString& path, QString* error)
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
    QList<LabelledComplaint> complaints;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if (complaints.size() >= kMaxCorpusLines) {
            *error = u"%1: more than %2 complaints"_s.arg(path).arg(kMaxCorpusLines);
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
        LabelledComplaint c;
        c.language = object.value("lang"_L1).toString();
        c.category = object.value("category"_L1).toString();
        c.text = object.value("text"_L1).toString();
        c.source = u"%1:%2"_s.arg(name).arg(lineNumber);
        if (c.text.trimmed().isEmpty() || !categoryFromId(c.category)
            || (c.language != "zh"_L1 && c.language != "en"_L1)) {
            *error = u"%1: needs \"lang\" (zh or en), a known \"category\" and a \"text\""_s.arg(
                where);
            return std::nullopt;
        }
        const QJsonObject facts = object.value("facts"_L1).toObject();
        for (std::size_t i = 0; i < c.facts.size(); ++i)
            c.facts[i] = facts.value(QLatin1String(ComplaintFacts::kFields[i])).toString();
        complaints.append(c);
    }
    return complaints;
}

Evaluation evaluate(const QList<LabelledComplaint>& complaints, const CategorySuggester& suggester,
                    const FactReader& reader)
{
    Evaluation e;
    for (const LabelledComplaint& c : complaints) {
        Figures& language = e.byLanguage[c.language];
        const ComplaintFacts facts = reader.read(c.text);
        const Classification result = suggester.classify(c.text, TextLanguage::Auto, {}, &facts);
        const QString got = categoryId(result.category);
        const bool right = got == c.category;
        for (Figures* f : {&e.all, &language}) {
            add(f->category, right);
            if (result.modelUsed)
                add(result.lowConfidence ? f->unsure : f->confident, right);
        }
        if (result.modelUsed)
            add(e.byConfidence[std::min(9, int(result.confidence * 10))], right);
        if (!right)
            e.misses.append({c.source, u"category"_s, c.category, got, c.text});

        for (std::size_t i = 0; i < c.facts.size(); ++i) {
            const QString field = QLatin1String(ComplaintFacts::kFields[i]);
            const QString value = facts.field(field).value;
            const bool same = sameFact(value, c.facts[i]);
            for (Figures* f : {&e.all, &language}) {
                add(f->facts[i], same);
                add(f->allFacts, same);
            }
            if (!same)
                e.misses.append({c.source, field, c.facts[i], value, c.text});
        }
    }
    return e;
}

QJsonObject Evaluation::toJson() const
{
    QJsonObject languages;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        languages.insert(it.key(), figuresJson(it.value()));
    QJsonArray calibration;
    for (auto it = byConfidence.cbegin(); it != byConfidence.cend(); ++it) {
        QJsonObject bin = tallyJson(it.value());
        bin.insert(u"confidence_from"_s, it.key() / 10.0);
        calibration.append(bin);
    }
    return {{u"all"_s, figuresJson(all)},
            {u"languages"_s, languages},
            {u"calibration"_s, calibration}};
}

QString Evaluation::toText() const
{
    QString out;
    auto line = [&out](const QString& name, const Figures& f) {
        out += u"%1  category %2 (%3/%4)  facts %5  scenario %6  network %7  device_model %8  "
               "os %9\n"_s.arg(name.leftJustified(4))
                   .arg(percent(f.category))
                   .arg(f.category.right)
                   .arg(f.category.total)
                   .arg(percent(f.allFacts), percent(f.facts[0]), percent(f.facts[1]),
                        percent(f.facts[2]), percent(f.facts[3]));
    };
    line(u"all"_s, all);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        line(it.key(), it.value());
    if (all.confident.total + all.unsure.total > 0) {
        out += u"confidence: sure on %1 complaints, right on %2; not sure on %3, right on %4\n"_s
                   .arg(all.confident.total)
                   .arg(percent(all.confident))
                   .arg(all.unsure.total)
                   .arg(percent(all.unsure));
        out += u"calibration (confidence -> right):"_s;
        for (auto it = byConfidence.cbegin(); it != byConfidence.cend(); ++it)
            out += u"  %1-%2: %3 of %4"_s.arg(it.key() / 10.0, 0, 'f', 1)
                       .arg((it.key() + 1) / 10.0, 0, 'f', 1)
                       .arg(percent(it.value()))
                       .arg(it.value().total);
        out += u'\n';
    }
    return out;
}

CombinationSettings fitCombination(const QList<LabelledComplaint>& complaints,
                                   const Classifier& rules, const CategoryModel& model,
                                   const FactReader& facts)
{
    const std::shared_ptr<const text::TextModel> textModel(std::shared_ptr<const text::TextModel>{},
                                                           &model.model());
    CategoryModelSettings settings = model.settings();
    auto suggesterWith = [&](const CombinationSettings& combination) {
        CategoryModelSettings s = settings;
        s.combination = combination;
        return CategorySuggester(rules, std::make_shared<const CategoryModel>(textModel, s), {},
                                 facts);
    };
    CombinationSettings best = settings.combination;
    best.temperature = 1.0;
    int bestRight = -1;
    for (const double ruleWeight : {0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0}) {
        for (const double confinementWeight : {0.0, 1.0, 2.0, 3.0}) {
            for (const double contrastWeight : {0.0, 1.0, 2.0, 3.0}) {
                CombinationSettings c = best;
                c.ruleWeight = ruleWeight;
                c.confinementWeight = confinementWeight;
                c.contrastWeight = contrastWeight;
                c.temperature = 1.0;
                const CategorySuggester suggester = suggesterWith(c);
                int right = 0;
                for (const LabelledComplaint& complaint : complaints)
                    right += categoryId(suggester.classify(complaint.text).category)
                             == complaint.category;
                if (right > bestRight) {
                    bestRight = right;
                    best = c;
                }
            }
        }
    }
    double bestLoss = 1e300;
    double bestTemperature = 1.0;
    for (int t = 3; t <= 40; ++t) {
        CombinationSettings c = best;
        c.temperature = t / 10.0;
        const CategorySuggester suggester = suggesterWith(c);
        double loss = 0;
        for (const LabelledComplaint& complaint : complaints) {
            const Classification r = suggester.classify(complaint.text);
            const double p = r.probabilities.value(*categoryFromId(complaint.category), 0.0);
            loss -= std::log(std::max(p, 1e-9));
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            bestTemperature = c.temperature;
        }
    }
    best.temperature = bestTemperature;
    return best;
}

} // namespace rtcare::diagnosis
