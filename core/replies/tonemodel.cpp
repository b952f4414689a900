// SPDX-License-Identifier: MIT
#include "replies/tonemodel.h"

#include "replies/tonescope.h"

#include "replies/commitments.h"
#include "replies/tonechecker.h"
#include "replies/tonerules.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <mutex>

using namespace Qt::StringLiterals;

namespace rtcare::replies {

namespace {

const QString kSettingsFile = u"tone-model.json"_s;
const QString kBuiltInFolder = u":/rtcare/replies/"_s;

QStringList modelFaults()
{
    QStringList faults = toneCategories();
    faults.removeAll(u"unfilled_placeholder"_s);
    return faults;
}

bool isClauseEnd(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case u';': case u'\n': case u',': case u':':
    case u'。': case u'！': case u'？': case u'；': case u'，': case u'：': case u'…':
        return true;
    default:
        return false;
    }
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'_';
}

// `word` (lower case ASCII) at `at`, as a whole word, case-insensitively.
bool wordAt(QStringView text, qsizetype at, QLatin1StringView word)
{
    if (at + word.size() > text.size() || (at > 0 && isAsciiLetter(text.at(at - 1))))
        return false;
    if (text.mid(at, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    return at + word.size() == text.size() || !isAsciiLetter(text.at(at + word.size()));
}

// How many step marks a reply has: "1." "2)" "①" at a line or word start, "step 2",
// 第二步, 首先 / 然后 / 接着, first / then / next / after that. Stops counting at `enough`.
// (A scan: the composer reads every draft on each keystroke.)
int stepMarks(QStringView text, int enough)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size() && count < enough; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool atStart = i == 0 || text.at(i - 1).isSpace();
        if (c >= u'1' && c <= u'9' && atStart && i + 1 < text.size()) {
            const char16_t n = text.at(i + 1).unicode();
            count += (n == u'.' || n == u'、' || n == u')' || n == u'）') ? 1 : 0;
        } else if (c >= u'①' && c <= u'⑤') {
            count += atStart ? 1 : 0;
        } else if (c == u'第' && i + 2 < text.size() && text.at(i + 2) == u'步'
                   && QStringView(u"一二三四五").contains(text.at(i + 1))) {
            ++count;
        } else if (c == u'首' || c == u'然' || c == u'接') {
            const QStringView pair = text.mid(i, 2);
            count += (pair == u"首先" || pair == u"然后" || pair == u"接着") ? 1 : 0;
        } else if (c == u's' || c == u'S') {
            count += (atStart && wordAt(text, i, "step"_L1) && i + 6 <= text.size()
                      && text.at(i + 4) == u' ' && text.at(i + 5) >= u'1' && text.at(i + 5) <= u'9')
                         ? 1 : 0;
        } else if (c == u'f' || c == u'F' || c == u't' || c == u'T' || c == u'n' || c == u'N'
                   || c == u'a' || c == u'A') {
            count += (wordAt(text, i, "first"_L1) || wordAt(text, i, "then"_L1)
                      || wordAt(text, i, "next"_L1) || wordAt(text, i, "after that"_L1))
                         ? 1 : 0;
        }
    }
    return count;
}

// Whether a reply quotes a figure from the call: a number with %, ms, kbps, fps, 帧, 毫秒…
bool quotesFigures(QStringView text)
{
    static const QLatin1StringView units[] = {"%"_L1, "kbps"_L1, "mbps"_L1, "kb/s"_L1,
                                              "fps"_L1, "dbm"_L1, "percent"_L1};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isDigit())
            continue;
        qsizetype j = i;
        while (j < text.size() && text.at(j).isDigit())
            ++j;
        if (j + 1 < text.size() && text.at(j) == u'.' && text.at(j + 1).isDigit()) {
            ++j;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
        }
        if (j < text.size() && text.at(j) == u' ')
            ++j;
        const QStringView rest = text.mid(j);
        for (const QLatin1StringView unit : units)
            if (rest.startsWith(unit, Qt::CaseInsensitive))
                return true;
        if (rest.startsWith(u"％") || rest.startsWith(u"毫秒") || rest.startsWith(u"帧"))
            return true;
        if (rest.startsWith("ms"_L1, Qt::CaseInsensitive)
            && (rest.size() == 2 || !isAsciiLetter(rest.at(2))))
            return true;
        i = j;
    }
    return false;
}

std::optional<ToneModelSettings> readSettings(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return ToneModelSettings::fromJson(file.readAll(), path, error);
}

std::shared_ptr<const ToneModel> loadModel(const ToneModelSettings& settings,
                                           const QString& path, QString* error)
{
    QString problem;
    std::shared_ptr<const text::TextModel> model = text::TextModel::fromFile(path, &problem);
    if (!model) {
        *error = problem;
        return nullptr;
    }
    QStringList expected = modelFaults();
    expected.append(goodReplyLabel());
    for (const QString& label : std::as_const(expected)) {
        if (model->labelIndex(label) < 0) {
            *error = u"%1: label '%2' missing (a tone model has the labels %3)"_s.arg(
                path, label, expected.join(u", "_s));
            return nullptr;
        }
    }
    if (model->labels().size() != expected.size()) {
        *error = u"%1: labels %2; a tone model has exactly %3"_s.arg(
            path, model->labels().join(u", "_s), expected.join(u", "_s));
        return nullptr;
    }
    return std::make_shared<const ToneModel>(model, settings);
}

// The follow-up promises of a reply. A fixed "now" keeps them a property of the words (the
// composer's clock would make "by 18:00 today" a promise in the morning and a past time at
// night).
QList<CommitmentCandidate> readCommitments(const QString& text)
{
    static const QDateTime reference =
        QDateTime::fromString(u"2026-01-05T01:00:00Z"_s, Qt::ISODate);
    return findCommitments(text, reference, QTimeZone::utc());
}

bool readNumber(const QJsonObject& object, const char* key, double* value, const QString& where,
                QString* error)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = u"%1.%2: a number from 0 to 1 is needed"_s.arg(where, QLatin1String(key));
        return false;
    }
    *value = v.toDouble();
    return true;
}

} // namespace

QString goodReplyLabel()
{
    return u"ok"_s;
}

std::optional<ToneModelSettings> ToneModelSettings::fromJson(const QByteArray& json,
                                                             const QString& source,
                                                             QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1: not a JSON object (%2 at offset %3)"_s.arg(source, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ToneModelSettings settings;
    const QString modelFile = root.value("model"_L1).toString();
    if (modelFile.isEmpty() || modelFile.contains(u'/') || modelFile.contains(u'\\')) {
        *error = u"%1: model: the model's file name (in the same folder) is needed"_s.arg(source);
        return std::nullopt;
    }
    settings.modelFile = modelFile;
    QString problem;
    const std::optional<text::TrainingSettings> training =
        text::TrainingSettings::fromJson(root.value("training"_L1).toObject(), &problem);
    if (!training) {
        *error = u"%1: %2"_s.arg(source, problem);
        return std::nullopt;
    }
    settings.training = *training;
    settings.scopeMarks = root.value("scope_marks"_L1).toBool(false);
    const QJsonObject categories = root.value("categories"_L1).toObject();
    for (const QString& fault : modelFaults()) {
        const QString where = u"%1: categories.%2"_s.arg(source, fault);
        const QJsonObject o = categories.value(fault).toObject();
        if (o.isEmpty()) {
            *error = u"%1: missing"_s.arg(where);
            return std::nullopt;
        }
        ToneCategorySettings c;
        if (!readNumber(o, "threshold", &c.threshold, where, error)
            || !readNumber(o, "with_rule", &c.withRule, where, error)
            || !readNumber(o, "with_other", &c.withOther, where, error))
            return std::nullopt;
        const QString notInClause = o.value("not_in_clause"_L1).toString();
        if (!notInClause.isEmpty()) {
            c.notInClause = QRegularExpression(
                notInClause, QRegularExpression::CaseInsensitiveOption
                                 | QRegularExpression::UseUnicodePropertiesOption);
            if (!c.notInClause.isValid()) {
                *error = u"%1.not_in_clause: invalid pattern: %2"_s.arg(where,
                                                                         c.notInClause.errorString());
                return std::nullopt;
            }
            c.notInClause.optimize();
        }
        const QJsonObject explanation = o.value("explanation"_L1).toObject();
        const QJsonObject suggestion = o.value("suggestion"_L1).toObject();
        c.explanationEn = explanation.value("en"_L1).toString();
        c.explanationZh = explanation.value("zh_CN"_L1).toString();
        c.suggestionEn = suggestion.value("en"_L1).toString();
        c.suggestionZh = suggestion.value("zh_CN"_L1).toString();
        if (c.explanationEn.isEmpty() || c.explanationZh.isEmpty() || c.suggestionEn.isEmpty()
            || c.suggestionZh.isEmpty()) {
            *error = u"%1: explanation and suggestion need \"en\" and \"zh_CN\""_s.arg(where);
            return std::nullopt;
        }
        settings.categories.insert(fault, c);
    }
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        if (!settings.categories.contains(it.key())) {
            *error = u"%1: categories.%2: not a tone category (%3)"_s.arg(
                source, it.key(), modelFaults().join(u", "_s));
            return std::nullopt;
        }
    }
    return settings;
}

QString markersOf(const QString& text, const QList<CommitmentCandidate>& commitments);

QString toneMarkers(const QString& text)
{
    return markersOf(text, readCommitments(text));
}

QString markersOf(const QString& text, const QList<CommitmentCandidate>& commitments)
{
    QStringList markers;
    if (!commitments.isEmpty())
        markers.append(u"zzpromise"_s);
    if (mentionsTime(text))
        markers.append(u"zztime"_s);
    if (hasConcreteAction(text))
        markers.append(u"zzaction"_s);
    if (stepMarks(text, 2) >= 2)
        markers.append(u"zzsteps"_s);
    if (quotesFigures(text))
        markers.append(u"zzfigures"_s);
    return markers.join(u' ');
}

namespace {

QList<text::TextToken> tokensWithMarkers(const QString& text, const ToneScopes* scopes,
                                         const QList<CommitmentCandidate>& commitments)
{
    QList<text::TextToken> tokens = scopes ? scopedToneTokens(text, *scopes) : text::modelTokens(text);
    const QString markers = markersOf(text, commitments);
    if (!markers.isEmpty()) {
        for (const QString& marker : markers.split(u' '))
            tokens.append({marker, text.size(), 0});
    }
    return tokens;
}

} // namespace

QList<text::TextToken> toneTokens(const QString& text, const ToneModelSettings& settings)
{
    const ToneScopes scopes = settings.scopeMarks ? ToneScopes::of(text) : ToneScopes();
    return tokensWithMarkers(text, settings.scopeMarks ? &scopes : nullptr, readCommitments(text));
}

QList<text::TrainingExample> toneTrainingExamples(const QString& text, const QStringList& faults,
                                                  const ToneModelSettings& settings)
{
    const QString label = faults.isEmpty() ? goodReplyLabel() : faults.first();
    return {{label, text, faults.mid(1), toneTokens(text, settings)}};
}

const ToneJudgement::Clause* ToneJudgement::strongestClause(const QString& category,
                                                             const QString& text,
                                                             const QRegularExpression& excluded) const
{
    const bool checkText = !excluded.pattern().isEmpty();
    const Clause* best = nullptr;
    const bool overPromise = category == u"over_promise"_s;
    const qsizetype label = labels.indexOf(category);
    if (label < 0)
        return nullptr;
    for (const Clause& clause : clauses) {
        if (overPromise && clause.commitment)
            continue;
        if (checkText
            && excluded.match(QStringView(text).mid(clause.start, clause.length)).hasMatch())
            continue;
        const float push = clause.push[std::size_t(label)];
        if (push > 0 && (!best || push > best->push[std::size_t(label)]))
            best = &clause;
    }
    return best;
}

double ToneJudgement::push(const Clause& clause, const QString& category) const
{
    const qsizetype label = labels.indexOf(category);
    return label < 0 ? 0.0 : double(clause.push[std::size_t(label)]);
}

ToneJudgement ToneModel::judge(const QString& text) const
{
    if (!m_settings.scopeMarks)
        return judge(text, ToneScopes());
    return judge(text, ToneScopes::of(text));
}

ToneJudgement ToneModel::judge(const QString& text, const ToneScopes& scopes) const
{
    ToneJudgement judgement;
    const QList<CommitmentCandidate> commitments = readCommitments(text);
    const text::TextPrediction prediction =
        m_model->predict(tokensWithMarkers(text, m_settings.scopeMarks ? &scopes : nullptr, commitments));
    const QStringList& labels = m_model->labels();
    judgement.labels = labels;
    const int ok = m_model->labelIndex(goodReplyLabel());
    for (int l = 0; l < labels.size(); ++l)
        if (l != ok)
            judgement.probability.insert(labels.at(l), prediction.probabilities.value(l));
    // Clauses: runs between clause marks; each token's push toward a fault against "ok".
    qsizetype start = 0;
    qsizetype token = 0;
    const qsizetype labelCount = labels.size();
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !isClauseEnd(text.at(end)))
            ++end;
        if (end < text.size())
            ++end; // the mark belongs to its clause
        ToneJudgement::Clause clause;
        clause.start = start;
        clause.length = end - start;
        clause.push.assign(std::size_t(labelCount), 0.0f);
        bool any = false;
        for (; token < prediction.tokens.size() && prediction.tokens.at(token).start < end
               && prediction.tokens.at(token).length > 0;
             ++token) {
            const float* c = prediction.contributions.data() + token * labelCount;
            for (int l = 0; l < labelCount; ++l)
                clause.push[std::size_t(l)] += c[l] - c[ok];
            any = true;
        }
        for (const CommitmentCandidate& c : commitments)
            clause.commitment = clause.commitment
                                || (c.start < end && start < c.start + c.length);
        if (any)
            judgement.clauses.append(clause);
        start = end;
    }
    return judgement;
}

std::shared_ptr<const ToneModel> ToneModel::fromFiles(const QString& settingsPath,
                                                      const QString& modelPath, QString* error)
{
    const QString settingsFile =
        settingsPath.isEmpty() ? kBuiltInFolder + kSettingsFile : settingsPath;
    const std::optional<ToneModelSettings> settings = readSettings(settingsFile, error);
    if (!settings)
        return nullptr;
    const QString path = !modelPath.isEmpty() ? modelPath
                         : QFileInfo(settingsFile).dir().filePath(settings->modelFile);
    return loadModel(*settings, path, error);
}

std::shared_ptr<const ToneModel> ToneModel::builtIn()
{
    static std::once_flag once;
    static std::shared_ptr<const ToneModel> model;
    std::call_once(once, [] {
        QString error;
        model = fromFiles(QString(), QString(), &error);
        if (!model)
            qWarning("built-in tone model: %s", qPrintable(error));
    });
    return model;
}

std::shared_ptr<const ToneModel> ToneModel::withOverride(const QString& folder,
                                                         QStringList* errors)
{
    const QDir dir(folder);
    const QString settingsPath = dir.filePath(kSettingsFile);
    if (!QFile::exists(settingsPath))
        return builtIn();
    QString error;
    std::shared_ptr<const ToneModel> model = fromFiles(settingsPath, QString(), &error);
    if (!model) {
        errors->append(error + u" (the built-in tone model is used)"_s);
        return builtIn();
    }
    return model;
}

} // namespace rtcare::replies
