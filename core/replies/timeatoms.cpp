// SPDX-License-Identifier: MIT
#include "replies/timeatoms.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rtcare::replies {

namespace {

using Kind = TimeAtomKind;
using Atom = TimeAtom;

double numberValue(const TimeVocabulary& v, const QString& word)
{
    if (word.isEmpty())
        return -1;
    const QString k = TimeVocabulary::key(word);
    if (const auto it = v.numbers.constFind(k); it != v.numbers.cend())
        return it.value();
    qsizetype split = k.indexOf(QLatin1Char('-'));
    if (split < 0)
        split = k.indexOf(QLatin1Char(' '));
    if (split > 0) {
        const double tens = v.numbers.value(k.left(split), -1);
        const double ones = v.numbers.value(k.mid(split + 1), -1);
        if (tens >= 0 && ones >= 0)
            return tens + ones;
    }
    return chineseNumber(word);
}

// Every match in the whole reply. PCRE2 checks that the subject is valid UTF-16 on every
// call, a good part of the time of a short pattern over a long draft: the caller checks
// once (`valid`) for all the patterns.
QRegularExpressionMatchIterator scan(const QRegularExpression& re, const QString& text, bool valid)
{
    return re.globalMatch(text, 0, QRegularExpression::NormalMatch,
                          valid ? QRegularExpression::DontCheckSubjectStringMatchOption
                                : QRegularExpression::NoMatchOption);
}

bool captured(const QRegularExpressionMatch& m, QStringView name)
{
    return m.capturedStart(name) >= 0;
}

void readWords(const TimeVocabulary& v, const QString& text, QList<Atom>& atoms)
{
    using Word = TimeVocabulary::Word;
    for (const TimeVocabulary::WordMatch& m : v.findWords(text)) {
        Atom a;
        a.start = m.start;
        a.end = m.end;
        switch (m.word->kind) {
        case Word::Kind::Ignore:
            a.kind = Kind::Ignore;
            break;
        case Word::Kind::Weekday:
            a.kind = Kind::Weekday;
            a.weekday = m.word->weekday;
            a.modifier = m.word->modifier;
            break;
        case Word::Kind::Day:
            a.kind = Kind::Day;
            a.dayOffset = m.word->day.offset;
            a.part = m.word->day.part;
            break;
        case Word::Kind::Period:
            a.kind = Kind::Period;
            a.period = m.word->id;
            break;
        case Word::Kind::Part:
            a.kind = Kind::Part;
            a.part = m.word->id;
            break;
        }
        atoms.append(a);
    }
}

void readClocks(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.clock) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Clock;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            QString hour;
            if (captured(m, u"h1")) {
                hour = m.captured(u"h1");
                a.minute = m.captured(u"m1").toInt();
                a.meridiem = m.captured(u"ap").toLower().at(0);
            } else if (captured(m, u"h2")) {
                hour = m.captured(u"h2");
                a.minute = m.captured(u"m2").toInt();
                a.twentyFour = hour.startsWith(QLatin1Char('0'));
            } else if (captured(m, u"h3")) {
                hour = m.captured(u"h3");
            } else if (captured(m, u"h4")) {
                hour = m.captured(u"h4");
                const QString minutes = m.captured(u"m4");
                if (minutes == QStringLiteral("半"))
                    a.minute = 30;
                else if (minutes == QStringLiteral("一刻"))
                    a.minute = 15;
                else if (minutes == QStringLiteral("三刻"))
                    a.minute = 45;
                else if (!minutes.isEmpty() && minutes != QStringLiteral("整"))
                    a.minute =
                        int(chineseNumber(QString(minutes).remove(QStringLiteral("分")).trimmed()));
                // "一点" is also "a little" (晚一点): a Chinese numeral alone needs company.
                a.weak = !hour.front().isDigit() && minutes.isEmpty();
            } else {
                hour = m.captured(u"h5");
                a.start = m.capturedStart(u"h5");
            }
            a.hour = int(chineseNumber(hour));
            a.twentyFour = a.twentyFour || a.hour == 0 || a.hour >= 13;
            if (a.hour < 0 || a.hour > 24 || a.minute < 0 || a.minute > 59)
                continue;
            atoms.append(a);
        }
    }
}

void readDates(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.date) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Date;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            const auto month = [&](QStringView name) {
                return v.months.value(TimeVocabulary::key(m.captured(name)));
            };
            if (captured(m, u"mon1")) {
                a.month = month(u"mon1");
                a.day = m.captured(u"d1").toInt();
                a.year = m.captured(u"y1").toInt();
            } else if (captured(m, u"mon2")) {
                a.month = month(u"mon2");
                a.day = m.captured(u"d2").toInt();
                a.year = m.captured(u"y2").toInt();
            } else if (captured(m, u"y3")) {
                a.year = m.captured(u"y3").toInt();
                a.month = m.captured(u"mo3").toInt();
                a.day = m.captured(u"d3").toInt();
            } else if (captured(m, u"mo4")) {
                a.year = m.captured(u"y4").toInt();
                a.month = int(chineseNumber(m.captured(u"mo4")));
                a.day = int(chineseNumber(m.captured(u"d4")));
            } else if (captured(m, u"d7")) { // 下个月5号, 本月20日
                a.day = int(chineseNumber(m.captured(u"d7")));
                a.monthsAhead = m.captured(u"rel").startsWith(QStringLiteral("下")) ? 1 : 0;
            } else if (captured(m, u"d5")) { // 8号: also a line, a room, a size
                a.day = int(chineseNumber(m.captured(u"d5")));
                a.weak = true;
            } else {
                a.day = m.captured(u"d6").toInt(); // the 8th
            }
            if (a.day < 1 || a.day > 31 || a.month < 0 || a.month > 12)
                continue;
            atoms.append(a);
        }
    }
}

void readDurations(const TimeVocabulary& v, const QString& text, bool valid, QList<Atom>& atoms)
{
    for (const TimeVocabulary::Pattern& pattern : v.duration) {
        if (!pattern.mayMatch(text))
            continue;
        QRegularExpressionMatchIterator it = scan(pattern.re, text, valid);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a;
            a.kind = Kind::Duration;
            a.start = m.capturedStart();
            a.end = m.capturedEnd();
            double count = -1;
            QString unit;
            if (captured(m, u"u1")) {
                unit = m.captured(u"u1");
                count = numberValue(v, m.captured(captured(m, u"n2") ? u"n2" : u"n1"));
                // "within the hour", "in the next minute"; never "in the days ahead".
                if (!captured(m, u"n1") && captured(m, u"the") &&
                    v.unitSeconds.value(TimeVocabulary::key(unit)) <= 3600 &&
                    v.unitSeconds.value(TimeVocabulary::key(unit)) > 0)
                    count = 1;
                if (captured(m, u"half1") || captured(m, u"half2"))
                    count += 0.5;
            } else if (captured(m, u"halfhour")) {
                unit = QStringLiteral("hour");
                count = 0.5;
            } else {
                QString suffix;
                if (captured(m, u"q")) {
                    unit = QStringLiteral("分钟");
                    count = 15 * chineseNumber(m.captured(u"q"));
                    suffix = m.captured(u"sufq");
                } else {
                    unit = m.captured(u"u5");
                    count = captured(m, u"halfonly") ? 0.5 : numberValue(v, m.captured(u"n5"));
                    if (captured(m, u"half5"))
                        count += 0.5;
                    suffix = m.captured(u"suf");
                }
                a.relation = suffix.endsWith(QStringLiteral("前"))   ? Atom::Relation::Ago
                             : suffix.endsWith(QStringLiteral("后")) ? Atom::Relation::After
                                                                     : Atom::Relation::Within;
            }
            if (count <= 0)
                continue;
            const QString unitKey = TimeVocabulary::key(unit);
            if (unitKey == QStringLiteral("日")) {
                a.seconds = count * 86400;
            } else if (!v.unitSeconds.contains(unitKey)) {
                continue;
            } else if (v.unitSeconds.value(unitKey) == 0) {
                a.workingDays = int(std::ceil(count));
            } else {
                a.seconds = count * double(v.unitSeconds.value(unitKey));
            }
            atoms.append(a);
        }
    }
    QRegularExpressionMatchIterator it = scan(v.relativeWord, text, valid);
    while (it.hasNext()) {
        const QRegularExpressionMatch word = it.next();
        const qsizetype from = std::max<qsizetype>(0, word.capturedStart() - 40);
        const QRegularExpressionMatch m =
            v.relativeCount.match(text.mid(from, word.capturedStart() - from));
        const double count = numberValue(v, m.captured(u"n3"));
        const QString unit = TimeVocabulary::key(m.captured(u"u3"));
        if (!m.hasMatch() || count <= 0 || !v.unitSeconds.contains(unit))
            continue;
        Atom a;
        a.kind = Kind::Duration;
        a.start = from + m.capturedStart();
        a.end = word.capturedEnd();
        const QString rel = TimeVocabulary::key(word.captured(u"rel"));
        a.relation = rel == QLatin1String("from now") || rel == QLatin1String("later")
                         ? Atom::Relation::After
                         : Atom::Relation::Ago;
        if (v.unitSeconds.value(unit) == 0)
            a.workingDays = int(std::ceil(count));
        else
            a.seconds = count * double(v.unitSeconds.value(unit));
        atoms.append(a);
    }
}

} // namespace

QList<TimeAtom> readTimeAtoms(const TimeVocabulary& vocabulary, const QString& text)
{
    QList<Atom> found;
    const bool valid = QStringView(text).isValidUtf16();
    readWords(vocabulary, text, found);
    readClocks(vocabulary, text, valid, found);
    readDates(vocabulary, text, valid, found);
    readDurations(vocabulary, text, valid, found);
    std::sort(found.begin(), found.end(), [](const Atom& a, const Atom& b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<Atom> atoms;
    for (const Atom& a : std::as_const(found))
        if (atoms.isEmpty() || a.start >= atoms.constLast().end)
            atoms.append(a);
    return atoms;
}

double chineseNumber(QStringView word)
{
    bool ok = false;
    const double n = word.toDouble(&ok);
    if (ok)
        return n;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    double value = 0;
    int current = -1;
    for (const QChar c : word) {
        if (c == QChar(u'两'))
            current = 2;
        else if (c == QChar(u'〇'))
            current = 0;
        else if (const qsizetype d = digits.indexOf(c); d >= 0)
            current = int(d);
        else if (c == QChar(u'十'))
            value += 10 * (current < 0 ? 1 : current), current = 0;
        else if (c == QChar(u'百'))
            value += 100 * (current < 0 ? 1 : current), current = 0;
        else
            return -1;
    }
    if (word.isEmpty())
        return -1;
    return value + std::max(current, 0);
}

} // namespace rtcare::replies
