// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rtcare::evidence {

struct Limit
{
    double warn = 0;
    double bad = 0;
};

// Quality limits a finding is judged against (resources/evidence/profiles.json).
struct ThresholdProfile
{
    QString id;
    QString nameEn;
    QString nameZh;
    Limit rttMs;
    Limit jitterMs;
    Limit lossPct;
    Limit mos; // lower bounds: below warn is noticeable, below bad hurts

    [[nodiscard]] QString name(const QString& language) const
    {
        return language.startsWith(QLatin1String("zh")) ? nameZh : nameEn;
    }
};

// The built-in profiles, in file order; the first is the default.
[[nodiscard]] const QList<ThresholdProfile>& thresholdProfiles();
[[nodiscard]] std::optional<ThresholdProfile> findProfile(const QString& id);
[[nodiscard]] QString defaultProfileId();

} // namespace rtcare::evidence
