// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/callpair.h"
#include "evidence/evidencesentence.h"

namespace rtcare::evidence {

// The machine-readable report of `rtcare stats --json`: the figures, the profile's
// findings, the verdict and the sentences.
[[nodiscard]] QJsonObject statsReport(const CallMetrics& metrics, const Assessment& assessment,
                                      const EvidenceSentences& sentences);

// A short plain-text report for people (English, as the rest of the command line).
[[nodiscard]] QString statsText(const CallMetrics& metrics, const Assessment& assessment,
                                const EvidenceSentences& sentences, const QString& language);

// Both participants read together (`rtcare stats A B`): whether the files are one call,
// the combined verdict with its reasons, and the combined sentence.
[[nodiscard]] QString pairText(const PairAssessment& pair, const EvidenceSentences& sentences,
                               const QString& language);

} // namespace rtcare::evidence
