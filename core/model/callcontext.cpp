// SPDX-License-Identifier: MIT
#include "model/callcontext.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace rtcare {

namespace {
struct Named
{
    const char* id;
    const char* name;
};

constexpr std::array<Named, 7> kScenarios{{
    {"video_call", QT_TRANSLATE_NOOP("rtcare::CallContext", "One-to-one video call")},
    {"group_call", QT_TRANSLATE_NOOP("rtcare::CallContext", "Group call")},
    {"live_cohost", QT_TRANSLATE_NOOP("rtcare::CallContext", "Live-stream co-hosting")},
    {"live_audience", QT_TRANSLATE_NOOP("rtcare::CallContext", "Watching a live stream")},
    {"voice_room", QT_TRANSLATE_NOOP("rtcare::CallContext", "Voice chat room")},
    {"online_class", QT_TRANSLATE_NOOP("rtcare::CallContext", "Online class")},
    {"other", QT_TRANSLATE_NOOP("rtcare::CallContext", "Other scenario")},
}};

constexpr std::array<Named, 6> kNetworks{{
    {"home_wifi", QT_TRANSLATE_NOOP("rtcare::CallContext", "Home Wi-Fi")},
    {"office_network", QT_TRANSLATE_NOOP("rtcare::CallContext", "Office network")},
    {"cellular", QT_TRANSLATE_NOOP("rtcare::CallContext", "Cellular (4G/5G)")},
    {"public_wifi", QT_TRANSLATE_NOOP("rtcare::CallContext", "Public Wi-Fi")},
    {"cross_border", QT_TRANSLATE_NOOP("rtcare::CallContext", "Cross-border connection")},
    {"unknown", QT_TRANSLATE_NOOP("rtcare::CallContext", "Network not known")},
}};

QStringList ids(std::span<const Named> table)
{
    QStringList result;
    for (const Named& entry : table)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

QString displayName(std::span<const Named> table, QStringView id)
{
    for (const Named& entry : table) {
        if (id == QLatin1String(entry.id))
            return QCoreApplication::translate("rtcare::CallContext", entry.name);
    }
    return id.toString();
}
} // namespace

QStringList scenarioIds()
{
    return ids(kScenarios);
}

QString scenarioDisplayName(QStringView id)
{
    return displayName(kScenarios, id);
}

QStringList networkIds()
{
    return ids(kNetworks);
}

QString networkDisplayName(QStringView id)
{
    return displayName(kNetworks, id);
}

} // namespace rtcare
