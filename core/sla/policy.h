// SPDX-License-Identifier: MIT
#pragma once

#include "model/category.h"
#include "model/ticket.h"
#include "sla/calendar.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rtcare {

// A text in the languages RTCare speaks: {"zh_CN": "高", "en": "High"}.
struct LocalizedText
{
    QString zhCN;
    QString en;
    // The text for a language code ("zh_CN", "zh", "en", ...); falls back to the other one.
    [[nodiscard]] QString forLanguage(const QString& language) const;
    // The text for the application's current UI language (QLocale default).
    [[nodiscard]] QString text() const;
};

struct Tier
{
    QString id;            // "high", "medium_high", ...
    LocalizedText name;
    int firstResponseMinutes = 0;
    QString calendarId;    // key into the policy's calendars
};

// The SLA policy: tiers with first-response targets and calendars, the category -> tier
// table and the warning steps. Loaded from JSON (resources/sla/default-policy.json is the
// built-in one, a user file may replace it). Shape:
// {"version":1,
//  "calendars":{"24x7":{"type":"always"},
//               "office":{"type":"office","timezone":"Asia/Shanghai",
//                         "hours":{"mon":["09:00-17:30"],...},"holidays":["2026-10-01"]}},
//  "tiers":[{"id":"high","name":{"zh_CN":"高","en":"High"},"first_response_minutes":15,
//            "calendar":"24x7"},...],
//  "categories":{"network":"high",...},
//  "warnings":[50,75,90],
//  "at_risk_percent":75,            (optional; default 75)
//  "timezone":"Asia/Shanghai"}      (optional: the team's days for reports; default the
//                                    zone of the first office calendar among the tiers)
// Tiers are listed from the highest priority to the lowest.
class SlaPolicy
{
public:
    // Parses and validates a policy. On failure returns nothing and sets *error to a message
    // that names the source and the offending key, e.g.
    // "policy.json: tiers[1].first_response_minutes: must be a positive whole number".
    [[nodiscard]] static std::optional<SlaPolicy> fromJson(const QByteArray& json,
                                                           const QString& sourceName,
                                                           QString* error);
    [[nodiscard]] static std::optional<SlaPolicy> fromFile(const QString& path, QString* error);
    // The built-in default policy (the domain table), from the Qt resource
    // ":/rtcare/sla/default-policy.json". Never fails.
    [[nodiscard]] static const SlaPolicy& builtIn();

    [[nodiscard]] const QList<Tier>& tiers() const { return m_tiers; }
    [[nodiscard]] const Tier* tier(const QString& id) const;   // nullptr when unknown
    [[nodiscard]] int tierRank(const QString& id) const;       // 0 = highest, -1 unknown
    [[nodiscard]] QString topTier() const;                     // id of the highest tier
    [[nodiscard]] QString tierForCategory(Category category) const;
    // The tier a new complaint gets: its category's tier, or the top tier for an
    // enterprise customer's key-business complaint (domain §2 escalation).
    [[nodiscard]] QString priorityFor(Category category, const Customer& customer) const;

    [[nodiscard]] const BusinessCalendar& calendarFor(const QString& tierId) const;
    [[nodiscard]] QList<int> warningSteps() const { return m_warnings; } // ascending, e.g. 50,75,90
    [[nodiscard]] int atRiskPercent() const { return m_atRiskPercent; }
    // The team's time zone, in which reports cut days, weeks and months: the policy's
    // "timezone", else the zone of the first tier (highest first) with an office calendar,
    // else the system's.
    [[nodiscard]] QTimeZone teamTimeZone() const;

    // When the first response is due for a ticket of `tierId` created at `createdUtc`
    // (invalid for an unknown tier, or when the tier's calendar has no working time).
    [[nodiscard]] QDateTime firstResponseDue(const QString& tierId,
                                             const QDateTime& createdUtc) const;
    // The instant at which `percent` % of the tier's first-response target has elapsed.
    [[nodiscard]] QDateTime instantAtPercent(const QString& tierId, const QDateTime& createdUtc,
                                             int percent) const;
    // How much of the target has elapsed at `nowUtc`, in percent (may exceed 100).
    [[nodiscard]] double elapsedPercent(const QString& tierId, const QDateTime& createdUtc,
                                        const QDateTime& nowUtc) const;

    // A short fingerprint of the policy's content, to notice when the active policy changed.
    [[nodiscard]] QString fingerprint() const { return m_fingerprint; }

private:
    QList<Tier> m_tiers;
    QHash<QString, BusinessCalendar> m_calendars;
    QHash<Category, QString> m_categoryTier;
    QList<int> m_warnings;
    int m_atRiskPercent = 75;
    QTimeZone m_timeZone; // invalid: not given in the file
    QString m_fingerprint;
};

} // namespace rtcare
