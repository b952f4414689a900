// SPDX-License-Identifier: MIT
#include "model/channel.h"

#include "model/idtable.h"

#include <array>

namespace rtcare {

namespace {
constexpr auto kContext = "rtcare::Channel";
constexpr std::array<idtable::Entry, 6> kChannels{{
    {"phone", QT_TRANSLATE_NOOP("rtcare::Channel", "Phone")},
    {"chat", QT_TRANSLATE_NOOP("rtcare::Channel", "Online chat")},
    {"email", QT_TRANSLATE_NOOP("rtcare::Channel", "Email")},
    {"app", QT_TRANSLATE_NOOP("rtcare::Channel", "In-app feedback")},
    {"social", QT_TRANSLATE_NOOP("rtcare::Channel", "Social media")},
    {"other", QT_TRANSLATE_NOOP("rtcare::Channel", "Other")},
}};
} // namespace

QStringList channelIds()
{
    return idtable::ids(kChannels);
}

bool isKnownChannel(QStringView id)
{
    return idtable::indexOf(kChannels, id) >= 0;
}

QString channelDisplayName(QStringView id)
{
    return idtable::nameOf(kChannels, kContext, id);
}

} // namespace rtcare
