// SPDX-License-Identifier: MIT
#include "evidence/csvstats.h"
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
    // Half the inputs also exercise --map on the first header.
    QHash<QString, QString> mapping;
    if (size > 0 && (data[0] & 1))
        mapping.insert(QString::fromUtf8(input.left(input.indexOf(','))), QStringLiteral("rtt_ms"));
    if (readCsvStats(buffer, QStringLiteral("fuzz"), mapping, raw, {}, &error))
        fuzz::digest(raw);
    return 0;
}
