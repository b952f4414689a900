// SPDX-License-Identifier: MIT
#include "search/searchquery.h"

#include "diagnosis/classifier.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/sourcenames.h"
#include "search/searchtokens.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

namespace rtcare::search {

namespace {

// The Chinese names of categories and scenarios come from the embedded translation (when
// the executable carries it), so that they are searchable whatever the app's language.
const QTranslator* chineseNames()
{
    static QTranslator* translator = [] {
        auto* t = new QTranslator;
        if (!QFile::exists(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm")) ||
            !t->load(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm"))) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    return translator;
}

// Whether `query` (lower case) is a name of a value: its id, its English name, its Chinese
// name or its name in the application's current language.
bool names(const QString& id, const char* source, const QString& displayName, const char* context,
           const QString& query)
{
    if (query == id || displayName.toLower() == query ||
        QString::fromUtf8(source).toLower() == query)
        return true;
    if (const QTranslator* zh = chineseNames()) {
        const QString chinese = zh->translate(context, source);
        return !chinese.isEmpty() && chinese.toLower() == query;
    }
    return false;
}

QStringList categoriesNamed(const QString& query)
{
    QStringList ids;
    for (const Category category : kAllCategories) {
        if (names(categoryId(category), categorySourceName(category), categoryDisplayName(category),
                  "rtcare::Category", query))
            ids << categoryId(category);
    }
    return ids;
}

QStringList scenariosNamed(const QString& query)
{
    QStringList ids;
    for (const QString& id : scenarioIds()) {
        if (names(id, scenarioSourceName(id), scenarioDisplayName(id), "rtcare::CallContext",
                  query))
            ids << id;
    }
    return ids;
}

bool isHanText(const QString& text)
{
    return !text.isEmpty() && text.front().unicode() >= 0x2E80;
}

// Keywords another one of the list already finds are left out ("很卡" when "卡" is there,
// "freezing" when "freez*" is).
QStringList withoutCovered(const QStringList& keywords)
{
    QStringList kept;
    for (const QString& keyword : keywords) {
        const QString base = keyword.endsWith(u'*') ? keyword.chopped(1) : keyword;
        bool covered = false;
        for (const QString& other : keywords) {
            if (other == keyword)
                continue;
            const bool prefix = other.endsWith(u'*');
            const QString otherBase = prefix ? other.chopped(1) : other;
            if ((isHanText(otherBase) && base.contains(otherBase) && base != otherBase) ||
                (prefix && base.startsWith(otherBase) &&
                 !(keyword.endsWith(u'*') && base == otherBase))) {
                covered = true;
                break;
            }
        }
        if (!covered && !kept.contains(keyword))
            kept << keyword;
    }
    return kept;
}

SearchTerm termFor(const QString& text)
{
    SearchTerm term;
    term.text = text;
    const QString lower = text.toLower();
    const diagnosis::Classifier& classifier = diagnosis::Classifier::builtIn();
    // The word is a symptom's when the classifier's keywords make up at least half of it
    // ("卡顿", "很卡", "freezing"); a longer phrase that only contains one ("视频很卡") is
    // looked for as written.
    QStringList symptoms;
    qsizetype covered = 0;
    QStringList named;
    for (const diagnosis::TextMatch& match : classifier.classify(text).matches) {
        if (match.negated || match.fromAnswer || match.symptom == QLatin1String("confinement"))
            continue;
        covered += match.text.size();
        if (!named.contains(match.symptom))
            named << match.symptom;
    }
    if (covered * 2 >= QString(text).remove(u' ').size())
        symptoms = named;
    for (const QString& id : classifier.symptomIds()) {
        if (!symptoms.contains(id) &&
            (classifier.symptomName(id, QStringLiteral("zh_CN")).toLower() == lower ||
             classifier.symptomName(id, QStringLiteral("en")).toLower() == lower))
            symptoms << id;
    }
    term.symptoms = symptoms;
    QStringList keywords;
    for (const QString& id : std::as_const(symptoms))
        keywords += classifier.keywords(id);
    term.synonyms = withoutCovered(keywords);
    term.categories = categoriesNamed(lower);
    term.scenarios = scenariosNamed(lower);
    return term;
}

// One term's own words in parentheses when they are several (joined by AND).
QString grouped(const QString& own, QuerySyntax syntax)
{
    return own.contains(andOperator(syntax)) ? QLatin1Char('(') + own + QLatin1Char(')') : own;
}

bool namesSomething(const SearchTerm& term)
{
    return !term.symptoms.isEmpty() || !term.categories.isEmpty() || !term.scenarios.isEmpty();
}

} // namespace

QString SearchQuery::ftsExpression(QuerySyntax syntax) const
{
    QStringList all;
    for (const SearchTerm& term : terms) {
        QStringList any;
        if (const QString own = matchExpression(term.text, syntax); !own.isEmpty())
            any << grouped(own, syntax);
        for (const QString& id : term.symptoms)
            any << exactTerm(tagToken(u"sym", id), syntax);
        for (const QString& id : term.categories)
            any << exactTerm(tagToken(u"cat", id), syntax);
        for (const QString& id : term.scenarios)
            any << exactTerm(tagToken(u"scn", id), syntax);
        if (any.isEmpty())
            continue;
        all << (any.size() == 1 ? any.front()
                                : QLatin1Char('(') + any.join(orOperator(syntax)) + QLatin1Char(')'));
    }
    return all.join(andOperator(syntax));
}

QString SearchQuery::typedExpression(QuerySyntax syntax) const
{
    QStringList all;
    for (const SearchTerm& term : terms) {
        const QString own = matchExpression(term.text, syntax);
        if (own.isEmpty())
            return {};
        all << grouped(own, syntax);
    }
    return all.join(andOperator(syntax));
}

QStringList SearchQuery::highlightWords() const
{
    QStringList words;
    for (const SearchTerm& term : terms) {
        words += queryPieces(term.text);
        for (const QString& synonym : term.synonyms)
            words << (synonym.endsWith(u'*') ? synonym.chopped(1) : synonym);
    }
    words.removeDuplicates();
    words.removeAll(QString());
    return words;
}

SearchQuery parseSearch(const QString& input)
{
    SearchQuery query;
    query.text = input.simplified();
    if (query.text.isEmpty())
        return query;
    static const QRegularExpression number(QStringLiteral("^(RTC-?)?(\\d{8}(-\\d{0,4})?)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (query.text.startsWith(QLatin1String("RTC-"), Qt::CaseInsensitive)) {
        query.numberPrefix = query.text.toUpper();
        return query;
    }
    if (const auto m = number.match(query.text); m.hasMatch() && !m.captured(3).isEmpty()) {
        query.numberPrefix = QStringLiteral("RTC-") + m.captured(2);
        return query;
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?\\d{3,}$"));
    if (phone.match(query.text).hasMatch() || query.text.contains(u'@'))
        query.contactPrefix = query.text;

    // The whole query may be one name ("Voice chat room", "stutter or freezing").
    SearchTerm whole = termFor(query.text);
    if (!query.text.contains(u' ') || !whole.categories.isEmpty() || !whole.scenarios.isEmpty()) {
        query.terms << whole;
        return query;
    }
    for (const QString& word : query.text.split(u' ', Qt::SkipEmptyParts))
        query.terms << termFor(word);
    // A phrase the classifier reads as a symptom as a whole ("no picture") stays one term
    // when its words alone name nothing.
    bool anyNamed = false;
    for (const SearchTerm& term : std::as_const(query.terms))
        anyNamed = anyNamed || namesSomething(term);
    if (!anyNamed && namesSomething(whole))
        query.terms = {whole};
    return query;
}

} // namespace rtcare::search
