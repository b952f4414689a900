// SPDX-License-Identifier: MIT
#include "tonecommands.h"

#include "clioutput.h"
#include "commands.h"
#include "subcommand.h"

#include "replies/replydata.h"
#include "replies/toneevaluation.h"
#include "replies/tonemodel.h"
#include "text/modeltraining.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rtcare::cli {

namespace {

struct ToneCommands
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ToneCommands)
};

std::optional<QList<replies::LabelledReply>> readCorpora(const QStringList& paths,
                                                        const QString& command, int* code)
{
    QList<replies::LabelledReply> all;
    for (const QString& path : paths) {
        QString error;
        const std::optional<QList<replies::LabelledReply>> part =
            replies::readLabelledReplies(path, &error);
        if (!part) {
            *code = fail(BadInput, u"%1: %2"_s.arg(command, error));
            return std::nullopt;
        }
        all += *part;
    }
    return all;
}

} // namespace

int trainToneModelCommand(const GlobalOptions&, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption settingsOption(
        u"settings"_s,
        ToneCommands::tr("The tone model settings (JSON with \"training\"); default: the "
                         "built-in tone-model.json."),
        u"FILE"_s);
    const QCommandLineOption outOption(
        u"out"_s, ToneCommands::tr("Where to write the model (fastText format)."), u"FILE"_s);
    parser.addOptions({settingsOption, outOption});
    parser.addPositionalArgument(
        u"CORPUS"_s, ToneCommands::tr("Labelled replies, JSON lines (lang, expect, text); "
                                      "several files are read in the order given."));
    if (const int stop = parseArguments(
            parser, command,
            ToneCommands::tr("Trains the learned tone model from labelled replies: fastText "
                             "on the reply's tokens, one thread, a fixed seed, so the same "
                             "files give the same model."),
            1, -1);
        stop >= 0)
        return stop;
    if (!parser.isSet(outOption))
        return fail(BadInput, ToneCommands::tr("train-tone-model: --out FILE is required"));
    const QString settingsPath = parser.isSet(settingsOption)
                                     ? parser.value(settingsOption)
                                     : u":/rtcare/replies/tone-model.json"_s;
    QFile settingsFile(settingsPath);
    if (!settingsFile.open(QIODevice::ReadOnly))
        return fail(BadInput, ToneCommands::tr("train-tone-model: %1: cannot be read: %2")
                                  .arg(settingsPath, settingsFile.errorString()));
    QString error;
    const std::optional<replies::ToneModelSettings> settings =
        replies::ToneModelSettings::fromJson(settingsFile.readAll(), settingsPath, &error);
    if (!settings)
        return fail(BadInput, u"train-tone-model: %1"_s.arg(error));
    int code = Success;
    const std::optional<QList<replies::LabelledReply>> corpus =
        readCorpora(parser.positionalArguments(), u"train-tone-model"_s, &code);
    if (!corpus)
        return code;
    QList<text::TrainingExample> examples;
    for (const replies::LabelledReply& r : *corpus)
        examples += replies::toneTrainingExamples(r.text, r.faults, *settings);

    QElapsedTimer timer;
    timer.start();
    const std::optional<QByteArray> model = text::trainModel(examples, settings->training, &error);
    if (!model)
        return fail(BadInput, u"train-tone-model: %1"_s.arg(error));
    const QString out = parser.value(outOption);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*model) != model->size() || !file.commit())
        return fail(Failure, ToneCommands::tr("train-tone-model: %1: cannot be written: %2")
                                 .arg(out, file.errorString()));
    printOut(ToneCommands::tr("Trained on %1 replies (%2 examples) in %3 s: %4 (%5 bytes, "
                              "SHA-256 %6)\n")
                 .arg(corpus->size())
                 .arg(examples.size())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(out)
                 .arg(model->size())
                 .arg(QString::fromLatin1(
                     QCryptographicHash::hash(*model, QCryptographicHash::Sha256).toHex())));
    return Success;
}

int evaluateToneCommand(const GlobalOptions&, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, ToneCommands::tr("Write the figures as JSON."));
    const QCommandLineOption misses(
        u"misses"_s, ToneCommands::tr("Also list every reply whose faults came out wrong."));
    const QCommandLineOption modelOption(
        u"model"_s, ToneCommands::tr("Use this tone model file instead of the shipped one."),
        u"FILE"_s);
    const QCommandLineOption settingsOption(
        u"settings"_s,
        ToneCommands::tr("Use these tone model settings (thresholds) instead of the shipped "
                         "ones; with --model, the model file given there."),
        u"FILE"_s);
    const QCommandLineOption rulesOnly(
        u"rules-only"_s, ToneCommands::tr("Leave the learned model out: the tone rules alone."));
    const QCommandLineOption fit(
        u"fit"_s, ToneCommands::tr("Print the per-category thresholds that fit these replies "
                                   "best (for tone-model.json; fit on the dev set only)."));
    const QCommandLineOption alarmCost(
        u"good-alarm-cost"_s,
        ToneCommands::tr("With --fit: a finding on a good reply counts as N wrong decisions "
                         "(default 1)."),
        u"N"_s, u"1"_s);
    parser.addOptions({json, misses, modelOption, settingsOption, rulesOnly, fit, alarmCost});
    parser.addPositionalArgument(u"CORPUS"_s, ToneCommands::tr("Labelled replies, JSON lines."));
    if (const int stop = parseArguments(
            parser, command,
            ToneCommands::tr("Measures the tone checker against labelled replies: how many get "
                             "exactly the labelled faults, how many good replies get a "
                             "finding, recall and precision per fault and language."),
            1, -1);
        stop >= 0)
        return stop;
    bool costOk = false;
    const int cost = parser.value(alarmCost).toInt(&costOk);
    if (!costOk || cost < 1 || cost > 100)
        return fail(BadInput, ToneCommands::tr("evaluate-tone: --good-alarm-cost needs a whole "
                                               "number from 1 to 100"));
    const replies::ReplyData data = replies::loadReplyData();
    for (const QString& problem : data.errors)
        writeTo(stderr, problem + u'\n');
    QString error;
    std::shared_ptr<const replies::ToneModel> model;
    if (!parser.isSet(rulesOnly)) {
        QStringList problems;
        model = parser.isSet(modelOption) || parser.isSet(settingsOption)
                    ? replies::ToneModel::fromFiles(parser.value(settingsOption),
                                                    parser.value(modelOption), &error)
                    : replies::ToneModel::withOverride(replies::repliesOverrideFolder(), &problems);
        if (!model)
            return fail(BadInput,
                        u"evaluate-tone: %1"_s.arg(error.isEmpty() ? problems.join(u"; "_s) : error));
    }
    int code = Success;
    const std::optional<QList<replies::LabelledReply>> corpus =
        readCorpora(parser.positionalArguments(), u"evaluate-tone"_s, &code);
    if (!corpus)
        return code;
    if (parser.isSet(fit)) {
        if (!model)
            return fail(BadInput, ToneCommands::tr("evaluate-tone: --fit needs the learned model"));
        const auto fitted = replies::fitToneThresholds(*corpus, data.rules, *model, cost);
        QJsonObject object;
        for (auto it = fitted.cbegin(); it != fitted.cend(); ++it)
            object.insert(it.key(), QJsonObject{{u"threshold"_s, it->threshold},
                                                {u"with_rule"_s, it->withRule},
                                                {u"with_other"_s, it->withOther}});
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'));
        return Success;
    }
    const replies::ToneChecker checker(data.rules, model);
    const replies::ToneEvaluation evaluation = replies::evaluateTone(*corpus, checker);
    if (parser.isSet(json)) {
        QJsonObject object = evaluation.toJson();
        if (!parser.isSet(misses))
            object.remove(u"misses"_s);
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'));
        return Success;
    }
    printOut(model ? ToneCommands::tr("%1 replies\n").arg(corpus->size())
                   : ToneCommands::tr("%1 replies (tone rules only)\n").arg(corpus->size()));
    printOut(evaluation.toText());
    if (parser.isSet(misses)) {
        for (const replies::ToneMiss& m : evaluation.misses)
            printOut(u"%1\t[%2]\t[%3]\t%4\n"_s.arg(m.source, m.expected.join(u','),
                                                 m.got.join(u','), m.text));
    }
    return Success;
}

} // namespace rtcare::cli
