// SPDX-License-Identifier: MIT
#include "evidence/evidenceimport.h"

#include "evidence/csvstats.h"
#include "evidence/formatdetect.h"
#include "evidence/getstatslegacy.h"
#include "evidence/rtcstatsdump.h"
#include "evidence/webrtcinternals.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::evidence {

std::optional<CallMetrics> importStats(QIODevice& device, const QString& name,
                                       const ImportOptions& options, QString* error)
{
    const QByteArray head = device.peek(64 * 1024);
    RawStats raw;
    switch (detectLayout(head)) {
    case FileLayout::Empty:
        *error = QStringLiteral("%1: the file is empty").arg(name);
        return std::nullopt;
    case FileLayout::Binary:
        *error = QStringLiteral("%1: this is a binary file, not call statistics (expected a "
                                "webrtc-internals or rtcstats dump, a getStats capture or CSV)")
                     .arg(name);
        return std::nullopt;
    case FileLayout::JsonLines:
        if (!readRtcStatsDump(device, name, raw, options.progress, error))
            return std::nullopt;
        break;
    case FileLayout::Csv:
        if (!readCsvStats(device, name, options.csvMapping, raw, options.progress, error))
            return std::nullopt;
        break;
    case FileLayout::JsonDocument: {
        if (device.size() > kMaxJsonDocumentBytes) {
            *error = QStringLiteral("%1: a single JSON document of %2 MiB is larger than the %3 "
                                    "MiB RTCare reads; export a shorter time range")
                         .arg(name)
                         .arg(device.size() / (1024 * 1024))
                         .arg(kMaxJsonDocumentBytes / (1024 * 1024));
            return std::nullopt;
        }
        if (options.progress && !options.progress(0, device.size())) {
            *error = QStringLiteral("%1: import cancelled").arg(name);
            return std::nullopt;
        }
        const QByteArray bytes = device.read(kMaxJsonDocumentBytes + 1);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const qsizetype line = bytes.left(parseError.offset).count('\n') + 1;
            *error = QStringLiteral("%1:%2: not valid JSON (%3 at byte %4)%5")
                         .arg(name)
                         .arg(line)
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                         .arg(parseError.offset >= bytes.size() - 2
                                  ? QStringLiteral("; the file looks cut off")
                                  : QString());
            return std::nullopt;
        }
        const QJsonObject root = document.object();
        if (isWebrtcInternals(root)) {
            if (!readWebrtcInternals(root, raw, error))
                return std::nullopt;
        } else if (isGetStatsLegacy(root)) {
            if (!readGetStatsLegacy(root, raw, error))
                return std::nullopt;
        } else {
            *error = QStringLiteral("%1: JSON, but neither a webrtc-internals dump "
                                    "(\"PeerConnections\") nor a getStats capture "
                                    "(\"peerConnections\")")
                         .arg(name);
            return std::nullopt;
        }
        if (options.progress)
            options.progress(device.size(), device.size());
        break;
    }
    }
    return summarise(buildStreams(raw));
}

std::optional<ImportedCall> importStatsFile(const QString& path, const ImportOptions& options,
                                            QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QString name = QFileInfo(path).fileName();
    std::optional<CallMetrics> metrics = importStats(file, path, options, error);
    if (!metrics)
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    if (!hash.addData(&file)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return ImportedCall{std::move(*metrics), hash.result().toHex(), name};
}

} // namespace rtcare::evidence
