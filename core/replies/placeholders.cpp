// SPDX-License-Identifier: MIT
#include "replies/placeholders.h"

#include "evidence/evidencesentence.h"
#include "evidence/thresholdprofiles.h"
#include "model/category.h"
#include "replies/templatelibrary.h"

#include "diagnosis/classifier.h"
#include "model/callcontext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace rtcare::replies {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(QStringLiteral(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})"));
        r.optimize();
        return r;
    }();
    return re;
}

// {#name}...{/name} (kept when name has a value) and {^name}...{/name} (kept when not).
const QRegularExpression& sectionPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(QStringLiteral(R"(\{([#^])([A-Za-z_][A-Za-z0-9_]*)\}(.*?)\{/\2\})"),
                             QRegularExpression::DotMatchesEverythingOption);
        r.optimize();
        return r;
    }();
    return re;
}

QString resolveSections(const QString& body, const QHash<QString, QString>& values)
{
    if (!body.contains(QLatin1String("{/")))
        return body;
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = sectionPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(last, m.capturedStart() - last);
        const bool hasValue = !values.value(m.captured(2)).trimmed().isEmpty();
        if (hasValue == (m.captured(1) == QLatin1String("#")))
            out += m.captured(3);
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

// resources/replies/phrases.json: how scenarios, categories and empathy read for customers.
const QJsonObject& phrases()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/rtcare/replies/phrases.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return all;
}

QString phrase(const QJsonObject& table, const QString& id, bool zh)
{
    return table.value(id).toObject().value(zh ? QLatin1String("zh_CN") : QLatin1String("en")).toString();
}

// The symptom the customer described: the diagnosis answer when given, else the first one
// the description names.
QString symptomOf(const Ticket& ticket)
{
    const QJsonObject answers = QJsonDocument::fromJson(ticket.diagnosisAnswers.toUtf8()).object();
    const QString answered = answers.value(QLatin1String("symptom")).toString();
    if (!answered.isEmpty())
        return answered;
    return diagnosis::Classifier::builtIn().classify(ticket.description).symptoms.value(0);
}

} // namespace

RenderedReply renderTemplate(const QString& templateBody, const QHash<QString, QString>& values)
{
    const QString body = resolveSections(templateBody, values);
    RenderedReply out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.text += QStringView(body).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QString value = values.value(name).trimmed();
        if (value.isEmpty()) {
            out.text += m.captured();
            if (!out.unfilled.contains(name))
                out.unfilled.append(name);
        } else {
            out.text += value;
        }
        last = m.capturedEnd();
    }
    out.text += QStringView(body).mid(last);
    return out;
}

QStringList placeholdersIn(const QString& body)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QHash<QString, QString> ticketPlaceholders(const Ticket& ticket, const QString& agentName,
                                           const QString& language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    QHash<QString, QString> values;
    values.insert(QStringLiteral("customer_name"), ticket.customer.name.trimmed());
    values.insert(QStringLiteral("ticket_number"), ticket.number);
    values.insert(QStringLiteral("agent_name"), agentName.trimmed());
    const QJsonObject& words = phrases();
    values.insert(QStringLiteral("category"),
                  phrase(words.value(QLatin1String("category")).toObject(),
                         categoryId(ticket.category), zh));
    // A known scenario in words; text the agent typed as it is; never an id ("other").
    QString scenario =
        phrase(words.value(QLatin1String("scenario")).toObject(), ticket.scenario, zh);
    static const QRegularExpression idLike(QStringLiteral("^[a-z0-9_]*$"));
    if (scenario.isEmpty() && !idLike.match(ticket.scenario.trimmed()).hasMatch())
        scenario = ticket.scenario.trimmed();
    values.insert(QStringLiteral("scenario"), scenario);
    QString device = ticket.deviceModel.trimmed();
    if (!ticket.os.trimmed().isEmpty())
        device = device.isEmpty() ? ticket.os.trimmed()
                                  : QStringLiteral("%1 (%2)").arg(device, ticket.os.trimmed());
    values.insert(QStringLiteral("device"), device);
    values.insert(QStringLiteral("self_help_tips"),
                  selfHelpTips(platformOf(ticket.os, ticket.deviceModel), language));

    const QJsonObject empathy = words.value(QLatin1String("empathy")).toObject();
    QString sentence =
        phrase(empathy.value(QLatin1String("symptom")).toObject(), symptomOf(ticket), zh);
    if (sentence.isEmpty())
        sentence = phrase(empathy.value(QLatin1String("category")).toObject(),
                          categoryId(ticket.category), zh);
    values.insert(QStringLiteral("empathy"), renderTemplate(sentence, values).text);
    return values;
}

QHash<QString, QString> replyValues(const Ticket& ticket, const evidence::CallMetrics* latestCall,
                                    const QString& agentName, const QString& language)
{
    QHash<QString, QString> values = ticketPlaceholders(ticket, agentName, language);
    if (latestCall)
        values.insert(evidencePlaceholders(*latestCall, language));
    return values;
}

} // namespace rtcare::replies

namespace rtcare::replies {

QHash<QString, QString> evidencePlaceholders(const evidence::CallMetrics& metrics,
                                             const QString& language)
{
    QHash<QString, QString> values;
    const std::optional<evidence::ThresholdProfile> profile =
        evidence::findProfile(evidence::defaultProfileId());
    if (profile) {
        const evidence::EvidenceSentences sentences =
            evidence::writeSentences(metrics, evidence::assess(metrics, *profile));
        values = sentences.placeholders(language);
    }
    const auto put = [&values](const char* name, double value, const char* unit, int decimals) {
        if (!std::isnan(value))
            values.insert(QString::fromLatin1(name),
                          QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QString::fromUtf8(unit)));
    };
    double loss = metrics.lossDown();
    if (std::isnan(loss) || (!std::isnan(metrics.lossUp()) && metrics.lossUp() > loss))
        loss = metrics.lossUp();
    put("loss", loss, "%", 1);
    put("jitter", metrics.jitterMs.median, "ms", 0);
    put("rtt", metrics.rttMs.median, "ms", 0);
    return values;
}

} // namespace rtcare::replies
