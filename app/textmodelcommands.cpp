// SPDX-License-Identifier: MIT
#include "textmodelcommands.h"

#include "clioutput.h"
#include "commands.h"
#include "subcommand.h"

#include "diagnosis/categorymodel.h"
#include "diagnosis/categorysuggester.h"
#include "diagnosis/complaintevaluation.h"
#include "diagnosis/complaintfacts.h"
#include "diagnosis/diagnosisfiles.h"
#include "text/modeltraining.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rtcare::cli {

namespace {

std::optional<QList<diagnosis::LabelledComplaint>> readCorpora(const QStringList& paths,
                                                              const QString& command, int* code)
{
    QList<diagnosis::LabelledComplaint> all;
    for (const QString& path : paths) {
        QString error;
        const std::optional<QList<diagnosis::LabelledComplaint>> part =
            diagnosis::readLabelledComplaints(path, &error);
        if (!part) {
            *code = fail(BadInput, u"%1: %2"_s.arg(command, error));
            return std::nullopt;
        }
        all += *part;
    }
    return all;
}

} // namespace

int trainModelCommand(const GlobalOptions&, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption settingsOption(
        u"settings"_s,
        u"The model settings (JSON with \"training\"); default: category-model.json, the "
        "override in the diagnosis folder or the built-in one."_s,
        u"FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"Where to write the model (fastText format)."_s,
                                       u"FILE"_s);
    parser.addOptions({settingsOption, outOption});
    parser.addPositionalArgument(u"CORPUS"_s, u"Labelled complaints, JSON lines (lang, "
                                              "category, text); several files are read in "
                                              "the order given."_s);
    if (const int stop = parseArguments(parser, command,
                                        u"Trains the learned category model from labelled "
                                        "complaints: fastText on the message's tokens, one "
                                        "thread, a fixed seed, so the same files give the same "
                                        "model."_s,
                                        1, -1);
        stop >= 0)
        return stop;
    if (!parser.isSet(outOption))
        return fail(BadInput, u"train-model: --out FILE is required"_s);

    QString error;
    std::optional<diagnosis::CategoryModelSettings> settings;
    if (parser.isSet(settingsOption)) {
        QFile file(parser.value(settingsOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(BadInput, u"train-model: %1: cannot be read: %2"_s.arg(file.fileName(),
                                                                               file.errorString()));
        settings = diagnosis::CategoryModelSettings::fromJson(file.readAll(), file.fileName(), &error);
    } else {
        const std::optional<diagnosis::DataFile> file =
            diagnosis::readDataFile(u"category-model.json"_s, &error);
        if (file)
            settings = diagnosis::CategoryModelSettings::fromJson(file->data, file->source, &error);
    }
    if (!settings)
        return fail(BadInput, u"train-model: %1"_s.arg(error));

    int code = Success;
    const std::optional<QList<diagnosis::LabelledComplaint>> complaints =
        readCorpora(parser.positionalArguments(), u"train-model"_s, &code);
    if (!complaints)
        return code;
    QList<text::TrainingExample> examples;
    examples.reserve(complaints->size());
    for (const diagnosis::LabelledComplaint& c : *complaints)
        examples.append({c.category, c.text});

    QElapsedTimer timer;
    timer.start();
    const std::optional<QByteArray> model = text::trainModel(examples, settings->training, &error);
    if (!model)
        return fail(BadInput, u"train-model: %1"_s.arg(error));
    const QString out = parser.value(outOption);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*model) != model->size() || !file.commit())
        return fail(Failure, u"train-model: %1: cannot be written: %2"_s.arg(out, file.errorString()));
    printOut(u"Trained on %1 complaints in %2 s: %3 (%4 bytes, SHA-256 %5)\n"_s
                 .arg(examples.size())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(out)
                 .arg(model->size())
                 .arg(QString::fromLatin1(
                     QCryptographicHash::hash(*model, QCryptographicHash::Sha256).toHex())));
    return Success;
}

int evaluateCommand(const GlobalOptions&, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Write the figures as JSON."_s);
    const QCommandLineOption misses(u"misses"_s, u"Also list every miss (field, label, "
                                                 "result, text)."_s);
    const QCommandLineOption modelOption(u"model"_s, u"Use this category model file instead of "
                                                     "the shipped one."_s,
                                         u"FILE"_s);
    const QCommandLineOption rulesOnly(u"rules-only"_s, u"Leave the learned model out: the "
                                                        "keyword rules alone."_s);
    const QCommandLineOption fit(u"fit"_s, u"Print the combination weights and temperature "
                                           "that fit these complaints best (for "
                                           "category-model.json; fit on the dev set only)."_s);
    parser.addOptions({json, misses, modelOption, rulesOnly, fit});
    parser.addPositionalArgument(u"CORPUS"_s, u"Labelled complaints, JSON lines."_s);
    if (const int stop = parseArguments(parser, command,
                                        u"Measures the suggested category and the facts read "
                                        "from the text against labelled complaints, per "
                                        "language and per field."_s,
                                        1, -1);
        stop >= 0)
        return stop;
    QString error;
    std::optional<diagnosis::Classifier> rules = diagnosis::Classifier::load(&error);
    if (!rules)
        return fail(BadInput, u"evaluate: %1"_s.arg(error));
    const std::optional<diagnosis::FactReader> reader = diagnosis::FactReader::load(&error);
    if (!reader)
        return fail(BadInput, u"evaluate: %1"_s.arg(error));
    std::shared_ptr<const diagnosis::CategoryModel> model;
    if (!parser.isSet(rulesOnly)) {
        model = parser.isSet(modelOption)
                    ? diagnosis::CategoryModel::loadWithModelFile(parser.value(modelOption), &error)
                    : diagnosis::CategoryModel::load(&error);
        if (!model)
            return fail(BadInput, u"evaluate: %1"_s.arg(error));
    }
    int code = Success;
    const std::optional<QList<diagnosis::LabelledComplaint>> complaints =
        readCorpora(parser.positionalArguments(), u"evaluate"_s, &code);
    if (!complaints)
        return code;

    if (parser.isSet(fit)) {
        if (!model)
            return fail(BadInput, u"evaluate: --fit needs the learned model"_s);
        const diagnosis::CombinationSettings c =
            diagnosis::fitCombination(*complaints, *rules, *model, *reader);
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"rule_weight"_s, c.ruleWeight},
                                      {u"confinement_weight"_s, c.confinementWeight},
                                      {u"contrast_weight"_s, c.contrastWeight},
                                      {u"answer_weight"_s, c.answerWeight},
                                      {u"temperature"_s, c.temperature},
                                      {u"low_confidence"_s, c.lowConfidence}})
                .toJson(QJsonDocument::Compact)
            + '\n'));
        return Success;
    }

    const diagnosis::CategorySuggester suggester(*rules, model, {}, *reader);
    const diagnosis::Evaluation evaluation = diagnosis::evaluate(*complaints, suggester, *reader);
    if (parser.isSet(json)) {
        QJsonObject object = evaluation.toJson();
        if (parser.isSet(misses)) {
            QJsonArray list;
            for (const diagnosis::Miss& m : evaluation.misses)
                list.append(QJsonObject{{u"source"_s, m.source},
                                        {u"field"_s, m.field},
                                        {u"expected"_s, m.expected},
                                        {u"got"_s, m.got},
                                        {u"text"_s, m.text}});
            object.insert(u"misses"_s, list);
        }
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'));
        return Success;
    }
    printOut(u"%1 complaints%2\n"_s.arg(complaints->size())
                 .arg(model ? QString() : u" (keyword rules only)"_s));
    printOut(evaluation.toText());
    if (parser.isSet(misses)) {
        for (const diagnosis::Miss& m : evaluation.misses)
            printOut(u"%1\t%2\t%3\t%4\t%5\n"_s.arg(m.source, m.field,
                                                  m.expected.isEmpty() ? u"-"_s : m.expected,
                                                  m.got.isEmpty() ? u"-"_s : m.got, m.text));
    }
    return Success;
}

} // namespace rtcare::cli
