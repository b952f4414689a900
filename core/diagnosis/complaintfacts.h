// SPDX-License-Identifier: MIT
#pragma once

#include "text/phrasematcher.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::diagnosis {

// One fact read from the message, with the words it was read from.
struct ReadFact
{
    QString value;        // "online_class", "cellular", "iPhone 13", "HarmonyOS 3"; empty: not said
    QString words;        // the customer's words it was read from
    qsizetype start = -1; // where they stand in the message
    qsizetype length = 0;

    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
};

// The three diagnostic facts as the message states them (domain.md §1).
struct ComplaintFacts
{
    ReadFact scenario;    // a scenario id (model/callcontext.h)
    ReadFact network;     // a network id
    ReadFact deviceModel; // normalised with its brand
    ReadFact os;          // the system with its version as stated
    // Confinement told by contrast: a device, system or browser with the problem set against
    // another that works ("my wife's iPhone 11 freezes, my Huawei is fine"). The words are
    // the one with the problem and the one that works.
    bool contrast = false;
    QString contrastProblem;
    QString contrastWorking;

    static constexpr const char* kFields[4] = {"scenario", "network", "device_model", "os"};
    [[nodiscard]] const ReadFact& field(const QString& name) const;
    // The fields that were read, in kFields order.
    [[nodiscard]] QStringList filledFields() const;
};

// Reads the facts with resources/diagnosis/facts.json (see the comment there; overridable
// like the other diagnosis files). Scenario and network: the id whose cue words weigh the
// most. Device and system: names with their aliases in both languages, written the one
// way ("苹果13" → "iPhone 13", "鸿蒙3" → "HarmonyOS 3"). When several devices or systems are
// named, the one with the problem: one in a clause that says it works is passed over.
// A system is never inferred from a model, a meeting is a group call, a hotspot cellular.
class FactReader
{
public:
    [[nodiscard]] static std::optional<FactReader> fromJson(const QByteArray& json,
                                                            const QString& source, QString* error);
    // The user's override when present, else the built-in file.
    [[nodiscard]] static std::optional<FactReader> load(QString* error);
    [[nodiscard]] static const FactReader& builtIn();

    static constexpr qsizetype kMaxTextLength = 20000; // the rest of a longer text is not read

    [[nodiscard]] ComplaintFacts read(const QString& text) const;

private:
    struct Cue
    {
        int target = 0; // index into the choice's ids
        double weight = 1;
    };
    struct PatternCue
    {
        QRegularExpression pattern;
        int target = 0;
        double weight = 1;
    };
    // Scenario or network: ids, their cue words and patterns, the weight needed to fill.
    struct Choice
    {
        QStringList ids;
        QList<Cue> cues;
        text::PhraseMatcher matcher;
        QList<PatternCue> patterns;
        double minimum = 3;
        bool skipWorking = false; // pass over a cue in a "works there" clause
    };
    struct Series
    {
        QString name;
        std::optional<QRegularExpression> model; // anchored after the alias
        bool required = false;
        bool attach = false;
        bool lowerLetters = false;
    };
    struct System
    {
        QString name;
        std::optional<QRegularExpression> version;
        std::optional<QRegularExpression> qualifier;
        bool bare = false;
    };
    struct Candidate
    {
        QString value;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    [[nodiscard]] ReadFact readChoice(const QString& text, const QString& original,
                                      const Choice& choice, const QList<Cue>& extra = {}) const;
    // Two different countries or regions named: a cross-border call.
    [[nodiscard]] bool namesTwoRegions(const QString& text, qsizetype* start, qsizetype* end) const;
    [[nodiscard]] QList<Candidate> devices(const QString& text) const;
    [[nodiscard]] QList<Candidate> systems(const QString& text) const;
    void findContrast(const QString& text, const QString& original, QList<Candidate> named,
                      ComplaintFacts* facts) const;
    [[nodiscard]] ReadFact pick(const QList<Candidate>& candidates, const QString& text,
                                const QString& original) const;
    [[nodiscard]] bool saysItWorks(const QString& text, qsizetype start, qsizetype end) const;
    [[nodiscard]] QString spelled(const QString& word, bool lowerLetters) const;

    Choice m_scenario;
    Choice m_network;
    text::PhraseMatcher m_places; // payload: region index
    QStringList m_regions;
    double m_crossBorderWeight = 4;
    text::PhraseMatcher m_working; // "works fine", "正常"
    text::PhraseMatcher m_deviceWords; // browsers and plain device words ("手机", "laptop")
    QList<Series> m_series;
    text::PhraseMatcher m_deviceAliases; // payload: series index
    QList<System> m_systems;
    text::PhraseMatcher m_systemAliases; // payload: system index
    QHash<QString, QString> m_spelling;

    friend class FactReaderLoader;
};

} // namespace rtcare::diagnosis
