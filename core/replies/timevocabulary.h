// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace rtcare::replies {

// The words of promised times (resources/replies/promised-times.json), compiled into what
// timeatoms.cpp, promisedtime.cpp and commitments.cpp read a reply with. Lookups take
// key(): lower case, single spaces, straight apostrophes.
class TimeVocabulary
{
public:
    // A part of the day and how an hour after it is read.
    struct Part
    {
        QString id;
        int hour = 18;
        int minute = 0;
        QString meridiem;   // "am", "pm", "noon" or empty
        bool late = false;  // a default hour already past today becomes 23:59 today
        bool today = false; // the word alone means today ("EOD", "下班")
    };
    struct Day
    {
        int offset = 0;
        QString part; // a Part id ("tonight" = today + evening), or empty
    };
    enum class Marker
    {
        Deadline,
        Point,
        NotDue
    };

    // A word of a day, weekday, period or part of the day, found by findWords().
    struct Word
    {
        enum class Kind
        {
            Ignore,
            Weekday,
            Day,
            Period,
            Part
        } kind = Kind::Ignore;
        int weekday = 0;  // 1 (Monday) .. 7 (Sunday)
        QString modifier; // of a weekday: next, this, coming, last
        Day day;
        QString id; // of a period (end_of_week, next_week, end_of_month, end_of_year) or part
    };
    struct WordMatch
    {
        qsizetype start = 0;
        qsizetype end = 0;
        const Word* word = nullptr;
    };

    QHash<QString, double> numbers;     // English number words
    QHash<QString, qint64> unitSeconds; // 0 for working days
    QHash<QString, Part> parts;         // id -> Part
    QHash<QString, int> months;
    QHash<QString, Marker> markersBefore;
    QHash<QString, Marker> markersAfter;

    // The day, weekday ("next Monday", "下周一"), period and part-of-day words in `text`,
    // and greetings that only look like them ("good morning"): the longest word at each
    // place, none overlapping, in order. English words stand alone (not "Monday" in
    // "Mondays"); case and runs of spaces do not matter.
    [[nodiscard]] QList<WordMatch> findWords(const QString& text) const;

    // A pattern for what has digits, and the characters it cannot match without.
    struct Pattern
    {
        QRegularExpression re;
        QString triggers; // empty: any text may match
        [[nodiscard]] bool mayMatch(const QString& text) const;
    };
    // English, then Chinese; timeatoms.cpp reads their groups.
    QList<Pattern> clock;    // 3pm, 15:00, 3:30 p.m., (by) 5 | 9点半
    QList<Pattern> date;     // Dec 8, 8th of December, 2026-12-08 | 12月8日, 8号
    QList<Pattern> duration; // within 2 hours, in an hour and a half | 两个半小时内, 3天前
    QRegularExpression relativeWord;  // "ago", "later", "from now" ...
    QRegularExpression relativeCount; // ... after "2 hours" (anchored at the end)
    QRegularExpression markerBefore;  // anchored at the end of the text before a phrase
    QRegularExpression markerAfter;   // anchored at the start of the text after a phrase
    QRegularExpression gap;           // what may stand between two words of one phrase

    // What tells a promise from a description (commitments.cpp). A kind of cue keeps its
    // English and its Chinese expressions apart, so a sentence in one language is searched
    // for that language's only.
    struct Cue
    {
        QRegularExpression english;
        QRegularExpression chinese;
    };
    struct Cues
    {
        Cue promise;
        Cue request;
        Cue condition; // "if you send the logs by Friday"
        Cue schedule;  // the customer's own plans ("your meeting")
        Cue past;
        Cue negation;
        QRegularExpression scheduleBefore; // ... right before the phrase ("您在", anchored)
        QRegularExpression scheduleAfter;  // ... right after it ("'s meeting", "的会议")
        QRegularExpression questionEnd;
        QRegularExpression clauseBreak; // where a clause ends inside a sentence
    } cues;

    [[nodiscard]] static QString key(QStringView text);
    // Parses a vocabulary file; problems are listed in `errors` ("promised-times.json: ...").
    [[nodiscard]] static TimeVocabulary fromJson(const QByteArray& json, const QString& source,
                                                 QStringList* errors);
    // The built-in vocabulary (resources/replies/promised-times.json).
    [[nodiscard]] static const TimeVocabulary& builtIn();

private:
    void addWord(const QString& text, const Word& word);

    // A trie of the words, by key() character: much faster than one regular expression
    // with hundreds of alternatives (the composer reads every keystroke).
    struct Node
    {
        QHash<char16_t, int> next;
        int word = -1;
    };
    std::vector<Node> m_trie = std::vector<Node>(1);
    std::vector<Word> m_words;
};

} // namespace rtcare::replies
