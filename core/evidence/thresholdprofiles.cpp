// SPDX-License-Identifier: MIT
#include "evidence/thresholdprofiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::evidence {

namespace {

Limit limit(const QJsonObject& o, const char* key)
{
    const QJsonObject l = o.value(QLatin1String(key)).toObject();
    return {l.value(QLatin1String("warn")).toDouble(), l.value(QLatin1String("bad")).toDouble()};
}

struct Loaded
{
    QList<ThresholdProfile> profiles;
    QString defaultId;
};

const Loaded& loaded()
{
    static const Loaded data = [] {
        Loaded result;
        QFile file(QStringLiteral(":/rtcare/evidence/profiles.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("evidence: the built-in threshold profiles are missing");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        result.defaultId = root.value(QLatin1String("default")).toString();
        const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
        for (const QJsonValue& v : profiles) {
            const QJsonObject o = v.toObject();
            ThresholdProfile p;
            p.id = o.value(QLatin1String("id")).toString();
            const QJsonObject name = o.value(QLatin1String("name")).toObject();
            p.nameEn = name.value(QLatin1String("en")).toString();
            p.nameZh = name.value(QLatin1String("zh_CN")).toString();
            p.rttMs = limit(o, "rtt_ms");
            p.jitterMs = limit(o, "jitter_ms");
            p.lossPct = limit(o, "loss_pct");
            p.mos = limit(o, "mos");
            if (p.id == result.defaultId)
                result.profiles.prepend(p);
            else
                result.profiles.append(p);
        }
        return result;
    }();
    return data;
}

} // namespace

const QList<ThresholdProfile>& thresholdProfiles()
{
    return loaded().profiles;
}

std::optional<ThresholdProfile> findProfile(const QString& id)
{
    for (const ThresholdProfile& p : thresholdProfiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString defaultProfileId()
{
    return loaded().defaultId;
}

} // namespace rtcare::evidence
