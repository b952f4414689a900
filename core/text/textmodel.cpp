// SPDX-License-Identifier: MIT
#include "text/textmodel.h"

#include "text/modelfile.h"

#include <QFile>

#include <fasttext/fasttext.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <streambuf>

using namespace Qt::StringLiterals;

namespace rtcare::text {

namespace {

constexpr int kSoftmaxLoss = 3;   // fastText's loss_name::softmax
constexpr int kOneVsAllLoss = 4; // fastText's loss_name::ova
const std::string kEndOfText = "</s>";
const QString kLabelPrefix = u"__label__"_s;

// The library reads from a stream; this one reads the bytes in place.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char* begin, const char* end)
    {
        char* first = const_cast<char*>(begin); // read only: no put area is set
        setg(first, first, const_cast<char*>(end));
    }
};

// FastText's file loader leaves the format version unset when handed a stream (its own
// file loader reads it first); this sets it as the checked file says.
class LoadedFastText : public fasttext::FastText
{
public:
    void load(std::istream& in, std::int32_t fileVersion)
    {
        version = fileVersion;
        loadModel(in);
    }
};

} // namespace

struct TextModel::Private
{
    std::shared_ptr<const fasttext::Dictionary> dictionary;
    int labels = 0;
    int words = 0;
    int bucket = 0;
    int wordNgrams = 1;
    ModelLoss loss = ModelLoss::Softmax;
    std::vector<float> table; // input row x label: the row's dot product with the label

    [[nodiscard]] const float* row(std::int32_t id) const
    {
        return table.data() + std::size_t(id) * std::size_t(labels);
    }
    // The ids fastText reads for one token (Dictionary::addSubwords): the word and its
    // character n-grams when known, the n-grams alone when not. Returns the token's hash.
    template <typename Visit>
    std::uint32_t forEachId(const std::string& token, std::vector<std::int32_t>& scratch,
                            Visit visit) const
    {
        const std::uint32_t h = dictionary->hash(token);
        const std::int32_t id = dictionary->getId(token, h);
        if (id >= 0) {
            for (const std::int32_t sub : dictionary->getSubwords(id))
                visit(sub);
        } else if (token != kEndOfText) {
            scratch.clear();
            dictionary->computeSubwords(fasttext::Dictionary::BOW + token
                                            + fasttext::Dictionary::EOW,
                                        scratch);
            for (const std::int32_t sub : scratch)
                visit(sub);
        }
        return h;
    }
    // fastText's word n-gram ids (Dictionary::addWordNgrams): the token hashes are kept as
    // int32 and widened with their sign, as the library does.
    template <typename Visit>
    void forEachWordNgram(const std::vector<std::int32_t>& hashes, Visit visit) const
    {
        if (wordNgrams < 2 || bucket <= 0)
            return;
        const std::size_t n = hashes.size();
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t h = std::uint64_t(std::int64_t(hashes[i]));
            for (std::size_t j = i + 1; j < n && j < i + std::size_t(wordNgrams); ++j) {
                h = h * 116049371 + std::uint64_t(std::int64_t(hashes[j]));
                visit(i, j, std::int32_t(words + std::int64_t(h % std::uint64_t(bucket))));
            }
        }
    }
};

TextModel::TextModel(std::unique_ptr<Private> p) : d(std::move(p)) {}

TextModel::~TextModel() = default;

ModelLoss TextModel::loss() const
{
    return d->loss;
}

std::shared_ptr<const TextModel> TextModel::fromBytes(const QByteArray& bytes, QString* error)
{
    ModelFileInfo info;
    if (!checkModelFile(bytes, &info, error))
        return nullptr;
    if (info.pruned) {
        *error = u"a pruned model (quantized with -cutoff) is not supported"_s;
        return nullptr;
    }
    if (info.bucket == 0 && (info.maxn > 0 || info.wordNgrams > 1)) {
        *error = u"character or word n-grams need hash buckets (bucket is 0)"_s;
        return nullptr;
    }
    auto p = std::make_unique<Private>();
    QStringList labels;
    try {
        MemoryBuffer buffer(bytes.constData() + info.headerBytes,
                            bytes.constData() + bytes.size());
        std::istream in(&buffer);
        LoadedFastText model;
        model.load(in, 12);
        const fasttext::loss_name loss = model.getArgs().loss;
        if (loss != fasttext::loss_name(kSoftmaxLoss) && loss != fasttext::loss_name(kOneVsAllLoss)) {
            *error = u"only softmax and one-vs-all models are supported (train with -loss "
                     u"softmax or -loss ova)"_s;
            return nullptr;
        }
        p->loss = loss == fasttext::loss_name(kOneVsAllLoss) ? ModelLoss::OneVsAll
                                                              : ModelLoss::Softmax;
        p->dictionary = model.getDictionary();
        p->labels = p->dictionary->nlabels();
        p->words = p->dictionary->nwords();
        p->bucket = info.bucket;
        p->wordNgrams = info.wordNgrams;
        for (int i = 0; i < p->labels; ++i) {
            QString label = QString::fromStdString(p->dictionary->getLabel(i));
            if (label.startsWith(kLabelPrefix))
                label.remove(0, kLabelPrefix.size());
            labels.append(label);
        }
        const std::shared_ptr<const fasttext::DenseMatrix> output = model.getOutputMatrix();
        const std::int64_t rows = std::int64_t(p->words) + p->bucket;
        p->table.resize(std::size_t(rows) * std::size_t(p->labels));
        fasttext::Vector vector(info.dim);
        float* out = p->table.data();
        for (std::int64_t r = 0; r < rows; ++r) {
            model.getInputVector(vector, std::int32_t(r));
            for (int l = 0; l < p->labels; ++l)
                *out++ = output->dotRow(vector, l);
        }
    } catch (const std::exception& e) {
        *error = u"the fastText library could not read it: %1"_s.arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    std::shared_ptr<TextModel> model(new TextModel(std::move(p)));
    model->m_labels = labels;
    return model;
}

std::shared_ptr<const TextModel> TextModel::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = u"%1: no such file"_s.arg(path);
        return nullptr;
    }
    if (file.size() > kMaxModelFileBytes) {
        *error = u"%1: larger than %2 MiB, not a model RTCare ships"_s.arg(path).arg(
            kMaxModelFileBytes >> 20);
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return nullptr;
    }
    QString problem;
    std::shared_ptr<const TextModel> model = fromBytes(file.readAll(), &problem);
    if (!model)
        *error = u"%1: %2"_s.arg(path, problem);
    return model;
}

TextPrediction TextModel::predict(QStringView text) const
{
    return predict(modelTokens(text));
}

TextPrediction TextModel::predict(const QList<TextToken>& tokens) const
{
    const std::size_t labels = std::size_t(d->labels);
    const std::size_t count = std::size_t(tokens.size());
    TextPrediction result;
    result.tokens = tokens;
    result.contributions.assign(count * labels, 0.0f);
    std::vector<float> endShare(labels, 0.0f);
    std::vector<std::int32_t> hashes;
    hashes.reserve(count + 1);
    std::size_t inputs = 0;

    std::vector<std::int32_t> scratch;
    auto addIds = [&](const std::string& word, float* into) {
        const std::uint32_t h = d->forEachId(word, scratch, [&](std::int32_t id) {
            const float* row = d->row(id);
            for (std::size_t l = 0; l < labels; ++l)
                into[l] += row[l];
            ++inputs;
        });
        hashes.push_back(std::int32_t(h));
    };
    for (std::size_t t = 0; t < count; ++t)
        addIds(tokens.at(qsizetype(t)).text.toStdString(), result.contributions.data() + t * labels);
    addIds(kEndOfText, endShare.data());
    // A word n-gram's weight is shared by the tokens it spans.
    d->forEachWordNgram(hashes, [&](std::size_t first, std::size_t last, std::int32_t id) {
        const float* row = d->row(id);
        const float share = 1.0f / float(last - first + 1);
        for (std::size_t t = first; t <= last; ++t) {
            float* into = t < count ? result.contributions.data() + t * labels : endShare.data();
            for (std::size_t l = 0; l < labels; ++l)
                into[l] += row[l] * share;
        }
        ++inputs;
    });

    const float scale = inputs > 0 ? 1.0f / float(inputs) : 0.0f;
    std::vector<double> logits(labels, 0.0);
    for (std::size_t l = 0; l < labels; ++l)
        logits[l] = double(endShare[l]) * scale;
    for (std::size_t t = 0; t < count; ++t) {
        for (std::size_t l = 0; l < labels; ++l) {
            float& c = result.contributions[t * labels + l];
            c *= scale;
            logits[l] += double(c);
        }
    }
    if (d->loss == ModelLoss::OneVsAll) {
        for (const double logit : logits)
            result.probabilities.append(1.0 / (1.0 + std::exp(-logit)));
        return result;
    }
    const double top = *std::max_element(logits.cbegin(), logits.cend());
    double sum = 0;
    for (double& logit : logits) {
        logit = std::exp(logit - top);
        sum += logit;
    }
    for (const double value : logits)
        result.probabilities.append(value / sum);
    return result;
}

std::vector<std::int32_t> TextModel::inputIds(const QList<TextToken>& tokens) const
{
    std::vector<std::int32_t> ids;
    std::vector<std::int32_t> hashes;
    std::vector<std::int32_t> scratch;
    auto add = [&ids](std::int32_t id) { ids.push_back(id); };
    for (const TextToken& token : tokens)
        hashes.push_back(std::int32_t(d->forEachId(token.text.toStdString(), scratch, add)));
    hashes.push_back(std::int32_t(d->forEachId(kEndOfText, scratch, add)));
    d->forEachWordNgram(hashes, [&ids](std::size_t, std::size_t, std::int32_t id) { ids.push_back(id); });
    return ids;
}

std::vector<std::int32_t> TextModel::libraryInputIds(const QList<TextToken>& tokens) const
{
    std::istringstream in(tokenLine(tokens).toStdString() + '\n');
    std::vector<std::int32_t> words;
    std::vector<std::int32_t> labels;
    d->dictionary->getLine(in, words, labels);
    return words;
}

int TextPrediction::best() const
{
    return probabilities.isEmpty()
               ? -1
               : int(std::max_element(probabilities.cbegin(), probabilities.cend())
                     - probabilities.cbegin());
}

QList<WeightedSpan> TextPrediction::strongestSpans(int label, int count) const
{
    const qsizetype labels = probabilities.size();
    if (label < 0 || label >= labels || tokens.isEmpty() || labels < 2)
        return {};
    // A token's push toward `label`, against the mean of the other labels.
    QList<double> margin;
    margin.reserve(tokens.size());
    double strongest = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const float* c = contributions.data() + t * labels;
        double others = 0;
        for (qsizetype l = 0; l < labels; ++l) {
            if (l != label)
                others += c[l];
        }
        const double m = c[label] - others / double(labels - 1);
        margin.append(m);
        strongest = std::max(strongest, m);
    }
    if (strongest <= 0)
        return {};
    const double floor = strongest * 0.25;
    QList<WeightedSpan> spans;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        if (margin.at(t) < floor)
            continue;
        const TextToken& token = tokens.at(t);
        if (!spans.isEmpty() && t > 0 && margin.at(t - 1) >= floor) {
            const TextToken& previous = tokens.at(t - 1);
            // Neighbours: touching, or one space apart (English words).
            if (token.start - (previous.start + previous.length) <= 1) {
                WeightedSpan& span = spans.last();
                span.length = token.start + token.length - span.start;
                span.weight += margin.at(t);
                continue;
            }
        }
        spans.append({token.start, token.length, margin.at(t)});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const WeightedSpan& a, const WeightedSpan& b) { return a.weight > b.weight; });
    return spans.mid(0, count);
}

} // namespace rtcare::text
