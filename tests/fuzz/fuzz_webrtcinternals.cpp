// SPDX-License-Identifier: MIT
#include "evidence/webrtcinternals.h"
#include "fuzzsupport.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace rtcare::evidence;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    RawStats raw;
    QString error;
    if (isWebrtcInternals(document.object()) && readWebrtcInternals(document.object(), raw, &error))
        fuzz::digest(raw);
    return 0;
}
