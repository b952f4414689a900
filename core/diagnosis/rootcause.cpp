// SPDX-License-Identifier: MIT
#include "diagnosis/rootcause.h"

#include "model/idtable.h"

#include <array>

namespace rtcare {

namespace {
constexpr auto kContext = "rtcare::RootCause";
constexpr std::array<idtable::Entry, 7> kCauses{{
    {"user_network", QT_TRANSLATE_NOOP("rtcare::RootCause", "The customer's network")},
    {"server_side", QT_TRANSLATE_NOOP("rtcare::RootCause", "Our servers")},
    {"device_performance", QT_TRANSLATE_NOOP("rtcare::RootCause", "Device performance")},
    {"client_settings", QT_TRANSLATE_NOOP("rtcare::RootCause", "Settings on the device")},
    {"codec_or_algorithm",
     QT_TRANSLATE_NOOP("rtcare::RootCause", "Our codec or audio/video algorithm")},
    {"compatibility",
     QT_TRANSLATE_NOOP("rtcare::RootCause", "Compatibility with the model or system")},
    {"unknown", QT_TRANSLATE_NOOP("rtcare::RootCause", "Not known yet")},
}};
} // namespace

QStringList rootCauseIds()
{
    return idtable::ids(kCauses);
}

bool isRootCause(QStringView id)
{
    return idtable::indexOf(kCauses, id) >= 0;
}

QString rootCauseDisplayName(QStringView id)
{
    return idtable::nameOf(kCauses, kContext, id);
}

} // namespace rtcare
