// SPDX-License-Identifier: MIT
// The stated limits of everything an agent, a team lead or a file gives RTCare. The command
// line and the window enforce the same numbers, before the work starts, with a message that
// names the limit (the README's "Limits" table lists them). Lengths are QString characters
// (UTF-16 code units); file sizes are bytes.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <optional>

namespace rtcare::limits {

// Text.
inline constexpr qsizetype kReplyChars = 20'000;       // a reply: `rtcare lint`, the Reply tab
inline constexpr qsizetype kDescriptionChars = 20'000; // a complaint: description, classify TEXT
inline constexpr qsizetype kNameChars = 200;           // customer name and contact, agent name
inline constexpr qsizetype kFieldChars = 200;          // scenario, network, device, OS, region…
inline constexpr qsizetype kPlaceholderValueChars = 2'000; // one filled placeholder (--set)

// Files read whole.
inline constexpr qint64 kPolicyFileBytes = 1024 * 1024;  // an SLA policy (--policy, Settings)
inline constexpr qint64 kAnswersFileBytes = 1024 * 1024; // diagnose --answers
inline constexpr qint64 kDataFileBytes = 1024 * 1024;    // the team's own templates, tone rules,
                                                         // questionnaire and advice files

// Ticket import (JSON lines, streamed: the file itself may be of any size).
inline constexpr qint64 kImportLineBytes = 256 * 1024;        // one ticket
inline constexpr qint64 kImportTickets = 1'000'000;           // tickets in one import
inline constexpr qint64 kImportPipeBytes = 256 * 1024 * 1024; // `import -`, a pipe (in memory)
inline constexpr int kEarliestYear = 2000;                    // ticket times: years 2000 to
inline constexpr int kLatestYear = 2100;                      // 2100

// Reports.
inline constexpr qint64 kReportSpanDays = 1'096; // three years
inline constexpr qint64 kReportBuckets = 400;    // bars of the volume-over-time chart

// "1 MiB", "256 KiB", "20,000 characters": a limit as the messages state it.
[[nodiscard]] QString bytesText(qint64 bytes);
[[nodiscard]] QString charsText(qsizetype chars);

// Reads all of `device` when it holds at most `limit` bytes: never more than limit + 1
// bytes are read, so /dev/zero or an endless pipe is refused at once. nullopt when the
// device holds more (*tooLarge = true) or cannot be read (*tooLarge = false, the device's
// errorString() says why).
[[nodiscard]] std::optional<QByteArray> readAtMost(QIODevice& device, qint64 limit,
                                                   bool* tooLarge);

// Reads the file at `path` ("-": standard input, named "<stdin>") whole when it holds at
// most `limit` bytes, reading at most limit + 1. Else nullopt with *error naming the file
// and, when it is too large, the limit: "<path>: larger than 1 MiB, the limit for <what>".
[[nodiscard]] std::optional<QByteArray> readFile(const QString& path, qint64 limit,
                                                 const QString& what, QString* error);

// Reads the text (UTF-8) of the file at `path` ("-": standard input) when it is at most
// `maxChars` characters long, reading at most 3 x maxChars + 1 bytes. Else nullopt with
// *error: "<path>: longer than 20,000 characters, the limit for <what>" or why it cannot
// be read.
[[nodiscard]] std::optional<QString> readText(const QString& path, qsizetype maxChars,
                                              const QString& what, QString* error);

// Why a text field cannot be stored, else empty: longer than `limit` characters, or
// holding a NUL character (which would cut the text short in other programs).
[[nodiscard]] QString textProblem(QStringView text, qsizetype limit);

} // namespace rtcare::limits
