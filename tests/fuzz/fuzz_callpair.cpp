// SPDX-License-Identifier: MIT
// Two rtcstats dumps in one input (split at the first empty line): both read, summarised,
// stored and read back (the ticket's form, with the streams' ssrcs and counts), then
// paired as the two participants of one call.
#include "evidence/rtcstatsdump.h"
#include "fuzzsupport.h"

#include <QBuffer>

namespace {

using namespace rtcare::evidence;

std::optional<CallMetrics> read(QByteArray input)
{
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    RawStats raw;
    QString error;
    if (!readRtcStatsDump(buffer, QStringLiteral("fuzz"), raw, {}, &error))
        return std::nullopt;
    return CallMetrics::fromJson(summarise(buildStreams(raw)).toJson());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf("\n\n");
    if (split < 0)
        return 0;
    const std::optional<CallMetrics> a = read(input.left(split + 1));
    const std::optional<CallMetrics> b = read(input.mid(split + 2));
    if (a && b)
        fuzz::pair(*a, *b);
    return 0;
}
