// SPDX-License-Identifier: MIT
#include "diagnosecommands.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "diagnosis/categorysuggester.h"
#include "diagnosis/classifier.h"
#include "diagnosis/complaintfacts.h"
#include "diagnosis/questionnaire.h"
#include "diagnosis/rootcause.h"
#include "diagnosis/rootcauseranking.h"
#include "evidence/evidencestore.h"
#include "evidence/thresholdprofiles.h"
#include "model/inputlimits.h"
#include "productlanguage.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rtcare::cli {

namespace {

void printJson(const QJsonObject& object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'));
}


double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

int classifyCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Write the result as JSON."_s);
    const QCommandLineOption enterprise(u"enterprise"_s, u"The customer is an enterprise."_s);
    const QCommandLineOption keyBusiness(u"key-business"_s,
                                         u"It concerns the customer's key business scenario."_s);
    const QCommandLineOption lang(u"lang"_s, u"Language of the text: zh, en or auto (default)."_s,
                                  u"L"_s, u"auto"_s);
    const QCommandLineOption modelOption(u"model"_s,
                                         u"Use this category model file (fastText) instead of "
                                         "the shipped one."_s,
                                         u"FILE"_s);
    parser.addOptions({json, enterprise, keyBusiness, lang, modelOption});
    parser.addPositionalArgument(u"TEXT"_s, u"The complaint as the customer wrote it; - reads "
                                            "standard input."_s);
    if (const int stop = parseArguments(parser, command,
                                        u"Suggests the category and priority tier of a complaint "
                                        "from its text, says which words decided it and how sure "
                                        "it is, and reads the scenario, network, device model and "
                                        "system the message states."_s,
                                        0, -1);
        stop >= 0)
        return stop;
    const std::optional<diagnosis::TextLanguage> language =
        diagnosis::textLanguageFromId(parser.value(lang));
    if (!language)
        return fail(BadInput,
                    u"classify: --lang takes zh, en or auto, not '%1'"_s.arg(parser.value(lang)));
    QString text = parser.positionalArguments().join(u' ');
    if (text == "-"_L1) {
        QString error;
        const std::optional<QString> read =
            limits::readText(u"-"_s, limits::kDescriptionChars, u"a complaint"_s, &error);
        if (!read)
            return fail(BadInput, u"classify: %1"_s.arg(error));
        text = *read;
    }
    if (const QString problem = limits::textProblem(text, limits::kDescriptionChars);
        !problem.isEmpty())
        return fail(BadInput, u"classify: TEXT %1 for a complaint"_s.arg(problem));
    if (text.trimmed().isEmpty())
        return fail(BadInput, u"classify: TEXT is empty: give the complaint's words, e.g. "
                              "rtcare classify \"视频很卡\""_s);
    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const std::optional<diagnosis::Classifier> classifier = diagnosis::Classifier::load(&error);
    if (!classifier)
        return fail(BadInput, u"classify: %1"_s.arg(error));
    const std::optional<diagnosis::FactReader> factReader = diagnosis::FactReader::load(&error);
    if (!factReader)
        return fail(BadInput, u"classify: %1"_s.arg(error));
    // A broken or missing model is told, and the rules decide alone.
    QString modelProblem;
    const std::shared_ptr<const diagnosis::CategoryModel> model =
        parser.isSet(modelOption)
            ? diagnosis::CategoryModel::loadWithModelFile(parser.value(modelOption), &modelProblem)
            : diagnosis::CategoryModel::shared(&modelProblem);
    if (!model)
        writeTo(stderr, u"rtcare: classify: the category model is not used (%1); the keyword "
                        "rules decide alone\n"_s.arg(modelProblem));

    const diagnosis::CategorySuggester suggester(*classifier, model, modelProblem, *factReader);
    const diagnosis::ComplaintFacts facts = factReader->read(text);
    const diagnosis::Classification result = suggester.classify(text, *language, {}, &facts);
    Customer customer;
    customer.enterprise = parser.isSet(enterprise);
    customer.keyBusiness = customer.enterprise && parser.isSet(keyBusiness);
    const QString tierId = policy->priorityFor(result.category, customer);
    const Tier* tier = policy->tier(tierId);
    const QString uiLanguage = resolveLanguage(globals);
    if (uiLanguage == "zh_CN"_L1)
        installProductLanguage(uiLanguage);
    QStringList reasons = result.reasons(uiLanguage);
    const bool escalated = tierId != policy->tierForCategory(result.category);
    if (escalated)
        reasons.append(u"enterprise key-business complaint: escalated to the top tier"_s);
    if (parser.isSet(json)) {
        QJsonObject factsJson;
        QJsonObject factWords;
        for (const char* field : diagnosis::ComplaintFacts::kFields) {
            const diagnosis::ReadFact& fact = facts.field(QLatin1String(field));
            factsJson.insert(QLatin1String(field),
                             fact.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fact.value));
            if (!fact.isEmpty())
                factWords.insert(QLatin1String(field), fact.words);
        }
        QJsonObject object{{u"category"_s, categoryId(result.category)},
                           {u"priority"_s, tierId},
                           {u"first_response_minutes"_s, tier ? tier->firstResponseMinutes : 0},
                           {u"escalated"_s, escalated},
                           {u"confined"_s, result.confined || (result.confinedByContrast
                                                               && result.category
                                                                      == Category::Compatibility)},
                           {u"symptoms"_s, QJsonArray::fromStringList(result.symptoms)},
                           {u"reasons"_s, QJsonArray::fromStringList(reasons)},
                           {u"facts"_s, factsJson},
                           {u"fact_words"_s, factWords},
                           {u"rules_category"_s, categoryId(result.ruleCategory)},
                           {u"model"_s, result.modelUsed}};
        if (result.modelUsed) {
            object.insert(u"confidence"_s, rounded(result.confidence));
            object.insert(u"low_confidence"_s, result.lowConfidence);
            object.insert(u"runner_up"_s, categoryId(result.runnerUp));
        } else {
            object.insert(u"model_problem"_s, modelProblem);
        }
        printJson(object);
        return Success;
    }
    writeTo(stdout, u"Category: %1 (%2)\nPriority: %3, first response within %4 min\n"_s
                        .arg(categoryId(result.category), categoryDisplayName(result.category),
                             tier ? tier->name.forLanguage(uiLanguage) : tierId)
                        .arg(tier ? tier->firstResponseMinutes : 0));
    for (const QString& reason : reasons)
        writeTo(stdout, u"  - %1\n"_s.arg(reason));
    const QStringList filled = facts.filledFields();
    if (!filled.isEmpty()) {
        writeTo(stdout, u"Read from the text:\n"_s);
        for (const QString& field : filled) {
            const diagnosis::ReadFact& fact = facts.field(field);
            writeTo(stdout, u"  %1: %2 (“%3”)\n"_s.arg(field, fact.value, fact.words));
        }
    }
    return Success;
}

int diagnoseCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Write the ranking as JSON."_s);
    const QCommandLineOption answersOption(
        u"answers"_s, u"JSON object of question id -> answer id; - reads standard input."_s,
        u"FILE"_s);
    const QCommandLineOption ticketOption(
        u"ticket"_s,
        u"Rank for this ticket: its recorded answers (unless --answers is given) and what its "
        "attached call statistics say."_s,
        u"NUMBER"_s);
    parser.addOptions({json, answersOption, ticketOption});
    if (const int stop = parseArguments(parser, command,
                                        u"Ranks the root causes for a customer's answers to the "
                                        "diagnosis questions, with the reasons and the next "
                                        "steps."_s,
                                        0, -1);
        stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(BadInput, u"diagnose: unexpected argument '%1'"_s.arg(
                                  parser.positionalArguments().constFirst()));
    if (!parser.isSet(answersOption) && !parser.isSet(ticketOption))
        return fail(BadInput, u"diagnose: --answers FILE or --ticket NUMBER is required"_s);
    QString error;
    QByteArray answersJson;
    QString source;
    QString evidenceHint;
    if (parser.isSet(ticketOption)) {
        const QString number = parser.value(ticketOption);
        const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
        if (!policy)
            return fail(BadInput, error);
        const std::unique_ptr<Database> database =
            Database::open(resolveDatabasePath(globals), &error);
        if (!database)
            return fail(Failure, error);
        const TicketRepository repository(*database, *policy);
        const std::optional<Ticket> ticket = repository.findByNumber(number);
        if (!ticket)
            return fail(BadInput, u"diagnose: no ticket numbered %1"_s.arg(number));
        answersJson = ticket->diagnosisAnswers.toUtf8();
        source = u"ticket %1"_s.arg(number);
        evidenceHint = evidence::EvidenceStore(*database).causeHint(
            ticket->id, evidence::thresholdProfiles().constFirst());
    }
    if (parser.isSet(answersOption)) {
        const QString path = parser.value(answersOption);
        const std::optional<QByteArray> bytes = limits::readFile(
            path, limits::kAnswersFileBytes, u"an answers file"_s, &error);
        if (!bytes)
            return fail(BadInput, u"diagnose: --answers %1"_s.arg(error));
        source = path == "-"_L1 ? u"<stdin>"_s : path;
        answersJson = *bytes;
    }
    const std::optional<diagnosis::Questionnaire> questionnaire =
        diagnosis::Questionnaire::load(&error);
    if (!questionnaire)
        return fail(BadInput, u"diagnose: %1"_s.arg(error));
    const std::optional<diagnosis::NextSteps> steps = diagnosis::NextSteps::load(&error);
    if (!steps)
        return fail(BadInput, u"diagnose: %1"_s.arg(error));
    const std::optional<diagnosis::Answers> answers =
        diagnosis::answersFromJson(answersJson, source, &error);
    if (!answers || !questionnaire->validate(*answers, source, &error))
        return fail(BadInput, u"diagnose: %1"_s.arg(error));

    const QString language = resolveLanguage(globals);
    if (language == "zh_CN"_L1)
        installProductLanguage(language);
    const QList<diagnosis::RankedCause> ranking =
        diagnosis::rankRootCauses(*questionnaire, *answers, evidenceHint);
    QStringList unanswered;
    for (const diagnosis::Question* question : questionnaire->applicableQuestions(*answers)) {
        if (!answers->contains(question->id))
            unanswered.append(question->id);
    }
    QStringList nextSteps;
    for (const LocalizedText& step : steps->forCause(ranking.constFirst().cause))
        nextSteps.append(step.forLanguage(language));

    if (parser.isSet(json)) {
        QJsonArray causes;
        for (const diagnosis::RankedCause& ranked : ranking) {
            QJsonArray evidence;
            for (const diagnosis::Contribution& c : ranked.contributions)
                evidence.append(QJsonObject{{u"question"_s, c.questionId},
                                            {u"answer"_s, c.answerId},
                                            {u"weight"_s, c.weight}});
            causes.append(QJsonObject{{u"cause"_s, ranked.cause},
                                      {u"score"_s, ranked.score},
                                      {u"confidence"_s, rounded(ranked.confidence)},
                                      {u"why"_s, ranked.why(language)},
                                      {u"evidence"_s, evidence}});
        }
        printJson({{u"top"_s, ranking.constFirst().cause},
                   {u"evidence_hint"_s, evidenceHint},
                   {u"ranking"_s, causes},
                   {u"next_steps"_s, QJsonArray::fromStringList(nextSteps)},
                   {u"unanswered"_s, QJsonArray::fromStringList(unanswered)}});
        return Success;
    }
    for (const diagnosis::RankedCause& ranked : ranking) {
        if (ranked.confidence <= 0)
            continue;
        writeTo(stdout, u"%1 %  %2\n      %3\n"_s.arg(qRound(ranked.confidence * 100), 3)
                            .arg(rootCauseDisplayName(ranked.cause), ranked.why(language)));
    }
    if (!evidenceHint.isEmpty())
        writeTo(stdout, u"Call statistics say: %1\n"_s.arg(evidenceHint));
    writeTo(stdout, u"Next steps:\n"_s);
    for (const QString& step : nextSteps)
        writeTo(stdout, u"  - %1\n"_s.arg(step));
    if (!unanswered.isEmpty())
        writeTo(stdout, u"Not asked yet: %1\n"_s.arg(unanswered.join(u", "_s)));
    return Success;
}

} // namespace rtcare::cli
