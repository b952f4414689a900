// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rtcare::cli {

// Makes `language` ("zh_CN" or "en") the default locale and installs RTCare's own words for
// it: the Chinese translation, or for English only the plural forms ("1 region",
// "3 regions"), since every other English string is its source text. Used by the window and
// by the headless commands that write words (report, classify, diagnose).
void installProductLanguage(const QString& language);

} // namespace rtcare::cli
