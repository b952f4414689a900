// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rtcare {

// Where a complaint came in: "phone", "chat", "email", "app", "social", "other".
[[nodiscard]] QStringList channelIds();
[[nodiscard]] bool isKnownChannel(QStringView id);
[[nodiscard]] QString channelDisplayName(QStringView id);

} // namespace rtcare
