// SPDX-License-Identifier: MIT
#include "evidence/rtcstatsdump.h"
#include "fuzzsupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace rtcare::evidence;
    QByteArray input = fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    RawStats raw;
    QString error;
    if (readRtcStatsDump(buffer, QStringLiteral("fuzz"), raw, {}, &error))
        fuzz::digest(raw);
    return 0;
}
