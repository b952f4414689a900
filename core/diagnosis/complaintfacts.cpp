// SPDX-License-Identifier: MIT
#include "diagnosis/complaintfacts.h"

#include "text/texttokens.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

constexpr qsizetype kClauseReach = 160; // characters searched either side for a clause end

bool isBreak(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'!':
    case u'?':
    case u'\n':
    case u'。':
    case u'、':
    case u'(':
    case u')':
        return true;
    case u' ': // Chinese chat separates clauses with spaces ("红米K60 安卓13 在家上课")
        return (i > 0 && text::isHan(text.at(i - 1).unicode()))
               || (i + 1 < text.size() && text::isHan(text.at(i + 1).unicode()));
    case u'.': // not inside a version number ("17.1")
        return !(i > 0 && i + 1 < text.size() && text.at(i - 1).isDigit()
                 && text.at(i + 1).isDigit());
    default:
        return false;
    }
}

// Words that turn a clause: the part after them is a clause of its own.
const QStringList& turnWords()
{
    static const QStringList words{u" but "_s,  u" however"_s, u" whereas "_s, u" while "_s,
                                   u" though "_s, u"但"_s,       u"可是"_s,      u"不过"_s,
                                   u"而"_s,       u"却"_s};
    return words;
}

struct Clause
{
    qsizetype start = 0;
    qsizetype end = 0;
};

Clause clauseAround(const QString& text, qsizetype start, qsizetype end)
{
    Clause c{std::max<qsizetype>(0, start - kClauseReach),
             std::min(text.size(), end + kClauseReach)};
    for (qsizetype i = start - 1; i >= c.start; --i) {
        if (isBreak(text, i)) {
            c.start = i + 1;
            break;
        }
    }
    for (qsizetype i = end; i < c.end; ++i) {
        if (isBreak(text, i)) {
            c.end = i;
            break;
        }
    }
    for (const QString& turn : turnWords()) {
        const QStringView before = QStringView(text).mid(c.start, start - c.start);
        const qsizetype at = before.lastIndexOf(turn);
        if (at >= 0)
            c.start = c.start + at + turn.size();
        const qsizetype after = QStringView(text).mid(end, c.end - end).indexOf(turn);
        if (after >= 0)
            c.end = end + after;
    }
    return c;
}

bool negatedAt(const QString& text, qsizetype at)
{
    if (at > 0) {
        const QChar before = text.at(at - 1);
        if (before == u'不' || before == u'没' || before == u'无' || before == u'未'
            || before == u'别')
            return true;
    }
    // English: a negation among the three words before.
    const QStringView window = QStringView(text).mid(std::max<qsizetype>(0, at - 24),
                                                      std::min<qsizetype>(at, 24));
    static const QStringList negations{u"not "_s, u"n't "_s, u"no "_s, u"never "_s,
                                       u"nt "_s, u"isnt "_s, u"cannot "_s};
    for (const QString& negation : negations) {
        const qsizetype found = window.lastIndexOf(negation);
        if (found >= 0 && window.mid(found).count(u' ') <= 3)
            return true;
    }
    return false;
}

// A name ends here: not in the middle of a word, though a plural "s" may follow ("iPads").
bool endsAtWordEnd(const QString& text, qsizetype end)
{
    if (end >= text.size() || end == 0 || !text::isAsciiWordChar(text.at(end))
        || !text::isAsciiWordChar(text.at(end - 1)))
        return true;
    return text.at(end) == u's' && (end + 1 >= text.size() || !text::isAsciiWordChar(text.at(end + 1)));
}

// The match of `pattern` right at `at` (or after one space), ending at a word end.
QRegularExpressionMatch matchAt(const QRegularExpression& pattern, const QString& text,
                                qsizetype at)
{
    for (const qsizetype offset : {at, at + 1}) {
        if (offset > text.size() || (offset == at + 1 && (at >= text.size() || text.at(at) != u' ')))
            continue;
        QRegularExpressionMatch m = pattern.match(text, offset, QRegularExpression::NormalMatch,
                                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && m.capturedLength() > 0 && endsAtWordEnd(text, m.capturedEnd()))
            return m;
    }
    return {};
}


} // namespace

const ReadFact& ComplaintFacts::field(const QString& name) const
{
    if (name == u"scenario")
        return scenario;
    if (name == u"network")
        return network;
    if (name == u"device_model")
        return deviceModel;
    return os;
}

QStringList ComplaintFacts::filledFields() const
{
    QStringList fields;
    for (const char* name : kFields) {
        if (!field(QLatin1String(name)).isEmpty())
            fields.append(QLatin1String(name));
    }
    return fields;
}

bool FactReader::saysItWorks(const QString& text, qsizetype start, qsizetype end) const
{
    const Clause clause = clauseAround(text, start, end);
    const QStringView part = QStringView(text).mid(clause.start, clause.end - clause.start);
    for (const text::PhraseMatcher::Hit& hit : m_working.findAll(part)) {
        if (!negatedAt(text, clause.start + hit.start))
            return true;
    }
    return false;
}

QString FactReader::spelled(const QString& word, bool lowerLetters) const
{
    const auto known = m_spelling.constFind(word);
    if (known != m_spelling.cend())
        return *known;
    bool digits = false;
    bool letters = false;
    for (const QChar c : word) {
        digits = digits || c.isDigit();
        letters = letters || c.isLetter();
    }
    if (!letters)
        return word;
    if (digits)
        return lowerLetters ? word : word.toUpper();
    QString capitalised = word;
    capitalised[0] = capitalised.at(0).toUpper();
    return capitalised;
}

ReadFact FactReader::readChoice(const QString& text, const QString& original,
                                const Choice& choice, const QList<Cue>& extra) const
{
    struct Found
    {
        int target;
        double weight;
        qsizetype start;
        qsizetype end;
        bool working;
    };
    QList<Found> found;
    for (const text::PhraseMatcher::Hit& hit : choice.matcher.findAll(text)) {
        const Cue& cue = choice.cues.at(hit.payload);
        found.append({cue.target, cue.weight, hit.start, hit.end, false});
    }
    for (const PatternCue& cue : choice.patterns) {
        QRegularExpressionMatchIterator it = cue.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            found.append({cue.target, cue.weight, m.capturedStart(), m.capturedEnd(), false});
        }
    }
    for (const Cue& cue : extra)
        found.append({cue.target, cue.weight, -1, -1, false});
    // A cue in a clause that says it works there ("开热点就能进") points away from it, when
    // the message names something else too; alone, it is still what the customer uses.
    if (choice.skipWorking) {
        QSet<int> targets;
        for (Found& f : found) {
            targets.insert(f.target);
            f.working = f.start >= 0 && saysItWorks(text, f.start, f.end);
        }
        if (targets.size() < 2) {
            for (Found& f : found)
                f.working = false;
        }
    }
    QHash<int, double> total;
    QHash<int, qsizetype> firstSeen;
    QHash<int, Found> strongest;
    for (const Found& f : std::as_const(found)) {
        if (f.working)
            continue;
        total[f.target] += f.weight;
        const qsizetype at = f.start < 0 ? text.size() : f.start;
        if (!firstSeen.contains(f.target) || at < firstSeen.value(f.target))
            firstSeen.insert(f.target, at);
        if (!strongest.contains(f.target) || f.weight > strongest.value(f.target).weight)
            strongest.insert(f.target, f);
    }
    int best = -1;
    for (auto it = total.cbegin(); it != total.cend(); ++it) {
        if (it.value() < choice.minimum)
            continue;
        if (best < 0 || it.value() > total.value(best)
            || (it.value() == total.value(best) && firstSeen.value(it.key()) < firstSeen.value(best)))
            best = it.key();
    }
    if (best < 0)
        return {};
    const Found& words = strongest[best];
    if (words.start < 0)
        return {choice.ids.at(best), QString(), -1, 0};
    return {choice.ids.at(best), original.mid(words.start, words.end - words.start), words.start,
            words.end - words.start};
}

bool FactReader::namesTwoRegions(const QString& text, qsizetype* start, qsizetype* end) const
{
    QSet<int> regions;
    for (const text::PhraseMatcher::Hit& hit : m_places.findAll(text)) {
        if (regions.isEmpty()) {
            *start = hit.start;
            *end = hit.end;
        }
        regions.insert(hit.payload);
        if (regions.size() >= 2) {
            *end = hit.end;
            return true;
        }
    }
    return false;
}

QList<FactReader::Candidate> FactReader::devices(const QString& text) const
{
    QList<text::PhraseMatcher::Hit> hits = m_deviceAliases.findAll(text);
    // Longer aliases claim their characters first ("华为mate" before "mate").
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        return (a.end - a.start) > (b.end - b.start);
    });
    std::vector<char> taken(std::size_t(text.size()), 0);
    QList<Candidate> found;
    for (const text::PhraseMatcher::Hit& hit : std::as_const(hits)) {
        if (std::find(taken.begin() + hit.start, taken.begin() + hit.end, 1)
            != taken.begin() + hit.end)
            continue;
        const Series& series = m_series.at(hit.payload);
        QString value = series.name;
        qsizetype end = hit.end;
        QRegularExpressionMatch m;
        if (series.model)
            m = matchAt(*series.model, text, hit.end);
        if (m.hasMatch()) {
            for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
                const QString word = m.captured(g).trimmed();
                if (word.isEmpty())
                    continue;
                // "attach": the first group joins the name ("Galaxy S" + "23").
                value += (g == 1 && series.attach ? u""_s : u" "_s)
                         + spelled(word, series.lowerLetters);
            }
            end = m.capturedEnd();
        } else if (series.required || !endsAtWordEnd(text, hit.end)) {
            continue;
        }
        std::fill(taken.begin() + hit.start, taken.begin() + end, 1);
        found.append({value, hit.start, end});
    }
    std::sort(found.begin(), found.end(),
              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
    return found;
}

QList<FactReader::Candidate> FactReader::systems(const QString& text) const
{
    QList<text::PhraseMatcher::Hit> hits = m_systemAliases.findAll(text);
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        return (a.end - a.start) > (b.end - b.start);
    });
    std::vector<char> taken(std::size_t(text.size()), 0);
    QList<Candidate> found;
    for (const text::PhraseMatcher::Hit& hit : std::as_const(hits)) {
        if (std::find(taken.begin() + hit.start, taken.begin() + hit.end, 1)
            != taken.begin() + hit.end)
            continue;
        const System& system = m_systems.at(hit.payload);
        QString value = system.name;
        qsizetype end = hit.end;
        QRegularExpressionMatch m;
        if (system.version)
            m = matchAt(*system.version, text, hit.end);
        if (m.hasMatch()) {
            QStringList words;
            for (const QString& word : m.captured(0).trimmed().split(u' ', Qt::SkipEmptyParts))
                words.append(spelled(word, false));
            value += u' ' + words.join(u' ');
            end = m.capturedEnd();
            if (system.qualifier) {
                const QRegularExpressionMatch q = matchAt(*system.qualifier, text, end);
                if (q.hasMatch()) {
                    for (const QString& word : q.captured(0).trimmed().split(u' ', Qt::SkipEmptyParts))
                        value += u' ' + spelled(word, false);
                    end = q.capturedEnd();
                }
            }
        } else if (!system.bare || !endsAtWordEnd(text, hit.end)) {
            continue;
        }
        std::fill(taken.begin() + hit.start, taken.begin() + end, 1);
        found.append({value, hit.start, end});
    }
    std::sort(found.begin(), found.end(),
              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
    return found;
}

ReadFact FactReader::pick(const QList<Candidate>& candidates, const QString& text,
                          const QString& original) const
{
    for (const Candidate& candidate : candidates) {
        if (saysItWorks(text, candidate.start, candidate.end))
            continue;
        return {candidate.value, original.mid(candidate.start, candidate.end - candidate.start),
                candidate.start, candidate.end - candidate.start};
    }
    return {};
}

void FactReader::findContrast(const QString& text, const QString& original,
                              QList<Candidate> named, ComplaintFacts* facts) const
{
    for (const text::PhraseMatcher::Hit& hit : m_deviceWords.findAll(text)) {
        const bool overlaps = std::any_of(named.cbegin(), named.cend(), [&](const Candidate& c) {
            return c.start < hit.end && hit.start < c.end;
        });
        if (!overlaps)
            named.append({QString(), hit.start, hit.end});
    }
    const Candidate* problem = nullptr;
    const Candidate* working = nullptr;
    for (const Candidate& c : std::as_const(named)) {
        const bool works = saysItWorks(text, c.start, c.end);
        if (works && !working)
            working = &c;
        else if (!works && (!problem || (problem->value.isEmpty() && !c.value.isEmpty())))
            problem = &c;
    }
    if (!problem || !working)
        return;
    facts->contrast = true;
    facts->contrastProblem = original.mid(problem->start, problem->end - problem->start);
    facts->contrastWorking = original.mid(working->start, working->end - working->start);
}

ComplaintFacts FactReader::read(const QString& input) const
{
    const QString original = input.left(kMaxTextLength);
    const QString text = text::normalisedText(original);
    ComplaintFacts facts;
    facts.scenario = readChoice(text, original, m_scenario);
    QList<Cue> regions;
    qsizetype placesStart = -1;
    qsizetype placesEnd = -1;
    if (namesTwoRegions(text, &placesStart, &placesEnd))
        regions.append({int(m_network.ids.indexOf("cross_border"_L1)), m_crossBorderWeight});
    facts.network = readChoice(text, original, m_network, regions);
    if (facts.network.value == "cross_border"_L1 && facts.network.start < 0) {
        facts.network.start = placesStart;
        facts.network.length = placesEnd - placesStart;
        facts.network.words = original.mid(placesStart, placesEnd - placesStart);
    }
    const QList<Candidate> deviceList = devices(text);
    const QList<Candidate> systemList = systems(text);
    facts.deviceModel = pick(deviceList, text, original);
    facts.os = pick(systemList, text, original);
    findContrast(text, original, deviceList + systemList, &facts);
    return facts;
}

} // namespace rtcare::diagnosis
