// SPDX-License-Identifier: MIT
#include "model/callcontext.h"

#include "model/idtable.h"
#include "model/sourcenames.h"

#include <array>

namespace rtcare {

namespace {
constexpr auto kContext = "rtcare::CallContext";
constexpr std::array<idtable::Entry, 7> kScenarios{{
    {"video_call", QT_TRANSLATE_NOOP("rtcare::CallContext", "One-to-one video call")},
    {"group_call", QT_TRANSLATE_NOOP("rtcare::CallContext", "Group call")},
    {"live_cohost", QT_TRANSLATE_NOOP("rtcare::CallContext", "Live-stream co-hosting")},
    {"live_audience", QT_TRANSLATE_NOOP("rtcare::CallContext", "Watching a live stream")},
    {"voice_room", QT_TRANSLATE_NOOP("rtcare::CallContext", "Voice chat room")},
    {"online_class", QT_TRANSLATE_NOOP("rtcare::CallContext", "Online class")},
    {"other", QT_TRANSLATE_NOOP("rtcare::CallContext", "Other scenario")},
}};

constexpr std::array<idtable::Entry, 6> kNetworks{{
    {"home_wifi", QT_TRANSLATE_NOOP("rtcare::CallContext", "Home Wi-Fi")},
    {"office_network", QT_TRANSLATE_NOOP("rtcare::CallContext", "Office network")},
    {"cellular", QT_TRANSLATE_NOOP("rtcare::CallContext", "Cellular (4G/5G)")},
    {"public_wifi", QT_TRANSLATE_NOOP("rtcare::CallContext", "Public Wi-Fi")},
    {"cross_border", QT_TRANSLATE_NOOP("rtcare::CallContext", "Cross-border connection")},
    {"unknown", QT_TRANSLATE_NOOP("rtcare::CallContext", "Network not known")},
}};
} // namespace

QStringList scenarioIds()
{
    return idtable::ids(kScenarios);
}

const char* scenarioSourceName(QStringView id)
{
    const int index = idtable::indexOf(kScenarios, id);
    return index < 0 ? nullptr : kScenarios.at(static_cast<std::size_t>(index)).name;
}

QString scenarioDisplayName(QStringView id)
{
    return idtable::nameOf(kScenarios, kContext, id);
}

QStringList networkIds()
{
    return idtable::ids(kNetworks);
}

QString networkDisplayName(QStringView id)
{
    return idtable::nameOf(kNetworks, kContext, id);
}

} // namespace rtcare
