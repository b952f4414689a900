// SPDX-License-Identifier: MIT
// The fastText 0.9 model file, walked field by field (fastText's args.cc, dictionary.cc,
// densematrix.cc, quantmatrix.cc, productquantizer.cc write it in this order, little-endian
// on every platform RTCare builds for).
#include "text/modelfile.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace rtcare::text {

namespace {

constexpr std::int32_t kMagic = 793712314;
constexpr std::int32_t kVersion = 12;
constexpr int kSupervised = 3;
constexpr int kCentroids = 256; // fastText's product quantizer: 8 bits per sub-vector
constexpr qsizetype kMaxWordBytes = 4096;

class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes) {}

    template <typename T>
    bool read(T* value)
    {
        if (m_bytes.size() - m_at < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_bytes.constData() + m_at, sizeof(T));
        m_at += qsizetype(sizeof(T));
        return true;
    }
    bool skip(qint64 count)
    {
        if (count < 0 || m_bytes.size() - m_at < count)
            return false;
        m_at += qsizetype(count);
        return true;
    }
    // A zero-terminated word; false when no terminator comes in time.
    bool skipWord()
    {
        const qsizetype limit = std::min(m_bytes.size(), m_at + kMaxWordBytes);
        for (qsizetype i = m_at; i < limit; ++i) {
            if (m_bytes.at(i) == '\0') {
                m_at = i + 1;
                return true;
            }
        }
        return false;
    }
    [[nodiscard]] qsizetype at() const { return m_at; }
    [[nodiscard]] bool atEnd() const { return m_at == m_bytes.size(); }

private:
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
};

bool checkQuantizer(Reader& in, int dim, std::int32_t* subquantizersOut, QString* error)
{
    std::int32_t pqDim = 0, subquantizers = 0, subDim = 0, lastSubDim = 0;
    if (!in.read(&pqDim) || !in.read(&subquantizers) || !in.read(&subDim) || !in.read(&lastSubDim)) {
        *error = u"ends early in a quantizer"_s;
        return false;
    }
    if (pqDim != dim || subDim < 1 || subquantizers < 1 || lastSubDim < 1 || lastSubDim > subDim
        || qint64(subquantizers - 1) * subDim + lastSubDim != dim) {
        *error = u"a quantizer does not fit the vector size %1"_s.arg(dim);
        return false;
    }
    if (!in.skip(qint64(dim) * kCentroids * qint64(sizeof(float)))) {
        *error = u"ends early in a quantizer's centroids"_s;
        return false;
    }
    *subquantizersOut = subquantizers;
    return true;
}

// A matrix of `rows` x `dim`; quantized or dense.
bool checkMatrix(Reader& in, bool quantized, qint64 rows, int dim, const char* what,
                 QString* error)
{
    const QString name = QLatin1String(what);
    if (quantized) {
        bool normQuantized = false;
        qint64 m = 0, n = 0;
        std::int32_t codeSize = 0;
        if (!in.read(&normQuantized) || !in.read(&m) || !in.read(&n) || !in.read(&codeSize)) {
            *error = u"ends early in the %1 matrix"_s.arg(name);
            return false;
        }
        if (m != rows || n != dim) {
            *error = u"the %1 matrix is %2 x %3, the dictionary needs %4 x %5"_s.arg(name)
                         .arg(m)
                         .arg(n)
                         .arg(rows)
                         .arg(dim);
            return false;
        }
        if (!in.skip(codeSize)) {
            *error = u"ends early in the %1 matrix's codes"_s.arg(name);
            return false;
        }
        std::int32_t subquantizers = 0;
        if (!checkQuantizer(in, dim, &subquantizers, error))
            return false;
        if (qint64(codeSize) != m * subquantizers) {
            *error = u"the %1 matrix's codes do not cover its rows"_s.arg(name);
            return false;
        }
        if (normQuantized) {
            std::int32_t normSubquantizers = 0;
            if (!in.skip(m) || !checkQuantizer(in, 1, &normSubquantizers, error)) {
                if (error->isEmpty())
                    *error = u"ends early in the %1 matrix's norms"_s.arg(name);
                return false;
            }
        }
        return true;
    }
    qint64 m = 0, n = 0;
    if (!in.read(&m) || !in.read(&n)) {
        *error = u"ends early in the %1 matrix"_s.arg(name);
        return false;
    }
    if (m != rows || n != dim) {
        *error = u"the %1 matrix is %2 x %3, the dictionary needs %4 x %5"_s.arg(name)
                     .arg(m)
                     .arg(n)
                     .arg(rows)
                     .arg(dim);
        return false;
    }
    if (!in.skip(m * n * qint64(sizeof(float)))) {
        *error = u"ends early in the %1 matrix's values"_s.arg(name);
        return false;
    }
    return true;
}

} // namespace

bool checkModelFile(const QByteArray& bytes, ModelFileInfo* info, QString* error)
{
    if (bytes.size() > kMaxModelFileBytes) {
        *error = u"larger than %1 MiB, not a model RTCare ships"_s.arg(kMaxModelFileBytes >> 20);
        return false;
    }
    Reader in(bytes);
    std::int32_t magic = 0, version = 0;
    if (!in.read(&magic) || !in.read(&version) || magic != kMagic) {
        *error = u"not a fastText model file"_s;
        return false;
    }
    if (version != kVersion) {
        *error = u"fastText file format %1; format %2 is needed"_s.arg(version).arg(kVersion);
        return false;
    }
    std::int32_t a[12] = {};
    double samplingThreshold = 0;
    for (std::int32_t& value : a) {
        if (!in.read(&value)) {
            *error = u"ends early in the settings"_s;
            return false;
        }
    }
    if (!in.read(&samplingThreshold)) {
        *error = u"ends early in the settings"_s;
        return false;
    }
    ModelFileInfo result;
    result.dim = a[0];
    result.wordNgrams = a[5];
    const int loss = a[6];
    const int model = a[7];
    result.bucket = a[8];
    result.minn = a[9];
    result.maxn = a[10];
    if (model != kSupervised) {
        *error = u"not a supervised (classifier) model"_s;
        return false;
    }
    if (result.dim < 1 || result.dim > 1024 || result.wordNgrams < 1 || result.wordNgrams > 10
        || loss < 1 || loss > 4 || result.bucket < 0 || result.bucket > 10'000'000
        || result.minn < 0 || result.maxn < 0 || result.maxn > 32
        || (result.maxn > 0 && result.minn > result.maxn)) {
        *error = u"settings out of range (dim %1, word n-grams %2, buckets %3, n-grams %4-%5)"_s
                     .arg(result.dim)
                     .arg(result.wordNgrams)
                     .arg(result.bucket)
                     .arg(result.minn)
                     .arg(result.maxn);
        return false;
    }

    std::int32_t size = 0, words = 0, labels = 0;
    qint64 tokens = 0, pruned = 0;
    if (!in.read(&size) || !in.read(&words) || !in.read(&labels) || !in.read(&tokens)
        || !in.read(&pruned)) {
        *error = u"ends early in the dictionary"_s;
        return false;
    }
    if (size < 1 || words < 0 || labels < 1 || qint64(words) + labels != size
        || size > 10'000'000 || pruned < -1 || pruned > result.bucket) {
        *error = u"the dictionary's sizes do not add up"_s;
        return false;
    }
    for (std::int32_t i = 0; i < size; ++i) {
        qint64 count = 0;
        std::int8_t type = 0;
        if (!in.skipWord() || !in.read(&count) || !in.read(&type)) {
            *error = u"ends early in the dictionary (entry %1 of %2)"_s.arg(i + 1).arg(size);
            return false;
        }
        if (type != (i < words ? 0 : 1)) {
            *error = u"the dictionary's entry %1 is out of order"_s.arg(i + 1);
            return false;
        }
    }
    if (pruned > 0 && !in.skip(pruned * 8)) {
        *error = u"ends early in the dictionary's pruning table"_s;
        return false;
    }
    result.words = words;
    result.labels = labels;
    result.pruned = pruned >= 0;

    if (!in.read(&result.quantized)) {
        *error = u"ends early before the vectors"_s;
        return false;
    }
    const qint64 rows = qint64(words) + (result.pruned ? pruned : result.bucket);
    if (!result.quantized && result.pruned) {
        *error = u"a pruned dictionary needs quantized vectors"_s;
        return false;
    }
    if (!checkMatrix(in, result.quantized, rows, result.dim, "input", error))
        return false;
    bool quantizedOutput = false;
    if (!in.read(&quantizedOutput)) {
        *error = u"ends early before the output matrix"_s;
        return false;
    }
    if (quantizedOutput) {
        *error = u"a quantized output matrix is not supported (quantize without -qout)"_s;
        return false;
    }
    if (!checkMatrix(in, false, labels, result.dim, "output", error))
        return false;
    if (!in.atEnd()) {
        *error = u"%1 unexpected bytes after the model"_s.arg(bytes.size() - in.at());
        return false;
    }
    *info = result;
    return true;
}

} // namespace rtcare::text
