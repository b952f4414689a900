// SPDX-License-Identifier: MIT
#include "model/channel.h"

#include <QCoreApplication>

#include <array>

namespace rtcare {

namespace {
struct ChannelInfo
{
    const char* id;
    const char* name;
};

constexpr std::array<ChannelInfo, 6> kChannels{{
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
    QStringList ids;
    for (const auto& channel : kChannels)
        ids.append(QString::fromLatin1(channel.id));
    return ids;
}

bool isKnownChannel(QStringView id)
{
    for (const auto& channel : kChannels) {
        if (id == QLatin1String(channel.id))
            return true;
    }
    return false;
}

QString channelDisplayName(QStringView id)
{
    for (const auto& channel : kChannels) {
        if (id == QLatin1String(channel.id))
            return QCoreApplication::translate("rtcare::Channel", channel.name);
    }
    return id.toString();
}

} // namespace rtcare
