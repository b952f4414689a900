// SPDX-License-Identifier: MIT
#include "text/modeltraining.h"

#include "text/texttokens.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <fasttext/fasttext.h>

using namespace Qt::StringLiterals;

namespace rtcare::text {

std::optional<TrainingSettings> TrainingSettings::fromJson(const QJsonObject& object,
                                                           QString* error)
{
    TrainingSettings s;
    struct IntField
    {
        const char* key;
        int* value;
        int min;
        int max;
    };
    const IntField fields[] = {{"dim", &s.dim, 1, 300},
                               {"epoch", &s.epoch, 1, 1000},
                               {"word_ngrams", &s.wordNgrams, 1, 5},
                               {"minn", &s.minn, 0, 10},
                               {"maxn", &s.maxn, 0, 10},
                               {"bucket", &s.bucket, 0, 2'000'000},
                               {"seed", &s.seed, 0, 1'000'000},
                               {"dsub", &s.quantizeSubvector, 0, 8}};
    for (const IntField& field : fields) {
        const QJsonValue value = object.value(QLatin1String(field.key));
        if (value.isUndefined())
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(int(number)) || number < field.min
            || number > field.max) {
            *error = u"training.%1: a whole number from %2 to %3 is needed"_s
                         .arg(QLatin1String(field.key))
                         .arg(field.min)
                         .arg(field.max);
            return std::nullopt;
        }
        *field.value = int(number);
    }
    if (object.contains("lr"_L1)) {
        s.learningRate = object.value("lr"_L1).toDouble(-1);
        if (s.learningRate <= 0 || s.learningRate > 5) {
            *error = u"training.lr: a number above 0 and at most 5 is needed"_s;
            return std::nullopt;
        }
    }
    if (object.contains("loss"_L1)) {
        const QString loss = object.value("loss"_L1).toString();
        if (loss == "softmax"_L1) {
            s.loss = ModelLoss::Softmax;
        } else if (loss == "ova"_L1) {
            s.loss = ModelLoss::OneVsAll;
        } else {
            *error = u"training.loss: \"softmax\" or \"ova\" is needed"_s;
            return std::nullopt;
        }
    }
    if (s.maxn > 0 && s.minn > s.maxn) {
        *error = u"training: minn must not exceed maxn"_s;
        return std::nullopt;
    }
    if (s.bucket == 0 && (s.maxn > 0 || s.wordNgrams > 1)) {
        *error = u"training: n-grams need buckets (bucket > 0)"_s;
        return std::nullopt;
    }
    return s;
}

std::optional<QByteArray> trainModel(const QList<TrainingExample>& examples,
                                     const TrainingSettings& settings, QString* error)
{
    if (examples.size() > kMaxTrainingExamples) {
        *error = u"%1 examples; at most %2 are read"_s.arg(examples.size()).arg(kMaxTrainingExamples);
        return std::nullopt;
    }
    auto usable = [](const QString& label) { return !label.isEmpty() && !label.contains(u' '); };
    QSet<QString> labels;
    for (const TrainingExample& example : examples) {
        if (!usable(example.label))
            continue;
        labels.insert(example.label);
        for (const QString& more : example.moreLabels)
            if (usable(more))
                labels.insert(more);
    }
    if (labels.size() < 2) {
        *error = u"examples of at least two labels are needed"_s;
        return std::nullopt;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = u"no temporary folder for training: %1"_s.arg(work.errorString());
        return std::nullopt;
    }
    const QString inputPath = work.filePath(u"examples.txt"_s);
    const QString modelPath = work.filePath(u"model.bin"_s);
    {
        QSaveFile input(inputPath);
        if (!input.open(QIODevice::WriteOnly)) {
            *error = u"%1: cannot be written: %2"_s.arg(inputPath, input.errorString());
            return std::nullopt;
        }
        for (const TrainingExample& example : examples) {
            const QString line = tokenLine(example.tokens.isEmpty() ? modelTokens(example.text)
                                                                    : example.tokens);
            if (line.isEmpty() || !usable(example.label))
                continue;
            QString labelled = u"__label__"_s + example.label;
            for (const QString& more : example.moreLabels)
                if (usable(more))
                    labelled += u" __label__"_s + more;
            input.write((labelled + u' ' + line + u'\n').toUtf8());
        }
        if (!input.commit()) {
            *error = u"%1: cannot be written: %2"_s.arg(inputPath, input.errorString());
            return std::nullopt;
        }
    }

    fasttext::Args args;
    args.input = QFile::encodeName(inputPath).toStdString();
    args.model = fasttext::model_name::sup;
    args.loss = settings.loss == ModelLoss::OneVsAll ? fasttext::loss_name::ova
                                                     : fasttext::loss_name::softmax;
    args.dim = settings.dim;
    args.epoch = settings.epoch;
    args.lr = settings.learningRate;
    args.wordNgrams = settings.wordNgrams;
    args.minn = settings.minn;
    args.maxn = settings.maxn;
    args.bucket = settings.bucket;
    args.minCount = 1;
    args.minCountLabel = 0;
    args.thread = 1;
    args.seed = settings.seed;
    args.verbose = 0;
    try {
        fasttext::FastText model;
        model.train(args);
        if (settings.quantizeSubvector > 0) {
            fasttext::Args quantizing = args;
            quantizing.dsub = settings.quantizeSubvector;
            quantizing.qnorm = false;
            quantizing.qout = false;
            quantizing.retrain = false;
            quantizing.cutoff = 0;
            model.quantize(quantizing);
        }
        model.saveModel(QFile::encodeName(modelPath).toStdString());
    } catch (const std::exception& e) {
        *error = u"fastText training failed: %1"_s.arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    QFile model(modelPath);
    if (!model.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(modelPath, model.errorString());
        return std::nullopt;
    }
    return model.readAll();
}

} // namespace rtcare::text
