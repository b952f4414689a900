// SPDX-License-Identifier: MIT
// Both sides of one call: whether two statistics files are the two participants of the
// same call (their times overlap and one side receives what the other sends, by RTP
// ssrc), and where the problem sits when both are read together. Loss on one side's way
// out shows as loss on the other side's way in: the receiver's figures for the sender's
// own streams say what the sender's file alone cannot.
#pragma once

#include "evidence/evidencesentence.h"
#include "evidence/verdict.h"

#include <QJsonObject>

namespace rtcare::evidence {

// Two files are one call when their statistics overlap at least this long ...
inline constexpr qint64 kMinPairOverlapMs = 10'000;
// ... and at least one stream one side sends is one the other side receives.

struct CallPairing
{
    bool sameCall = false;
    qint64 overlapFrom = 0; // epoch ms (the devices' own clocks)
    qint64 overlapTo = 0;
    std::vector<qint64> sentByA; // A's outbound ssrcs that B received
    std::vector<qint64> sentByB; // B's outbound ssrcs that A received
    QString why;                 // when not the same call: why not (English, with figures)

    [[nodiscard]] qint64 overlapMs() const { return std::max<qint64>(0, overlapTo - overlapFrom); }
    [[nodiscard]] std::vector<qint64> sharedSsrcs() const; // both lists, sorted
};

[[nodiscard]] CallPairing pairCalls(const CallMetrics& a, const CallMetrics& b);

// One direction of the call (A to B or B to A) over the time both files cover.
struct PairDirection
{
    int streams = 0;                 // the sender's streams the receiver got
    double lossAtReceiver = kNone;   // % lost of them, counted by the receiver
    double lossSenderSaw = kNone;    // % lost of them, as the sender's file reports
    double lossOtherStreams = kNone; // % the receiver lost of streams from anyone else
    int otherStreams = 0;
    Media media = Media::Audio;   // the medium lossAtReceiver is of (the worse of the two)
    Level level = Level::Unknown; // lossAtReceiver against the profile's loss limits
    Level otherLevel = Level::Unknown;
};

enum class PairCause
{
    Unknown,          // not enough data in the two files
    NotSameCall,      // the files are not the two sides of one call
    ConnectionFailed, // a participant's connection failed
    Uplink,           // what a participant sends is lost: their uplink or the path from them
    Downlink,         // a participant loses what it receives from everyone: their downlink
    PathBetween,      // both directions lose packets: the path between them or a relay
    Device,           // a participant's device (processor) limited the video it sent
    RelayPath,        // a relay or TCP route added delay
    Network,          // one participant's connection by its own figures (delay, jitter)
    SendingSide,      // what a participant receives suffers while its network is clean
    NotNetwork,       // both sides clean
};

struct PairAssessment
{
    CallPairing pairing;
    Assessment a; // each side on its own (the single-file verdict)
    Assessment b;
    PairDirection aToB;
    PairDirection bToA;
    PairCause cause = PairCause::Unknown;
    int participant = -1; // 0 = A, 1 = B, -1 = both or neither
    QStringList reasons;  // English, with the figures and the profile's limits
    QString profileId;

    // "uplink", "path_between", ... with "_a" or "_b" when one participant is meant.
    [[nodiscard]] QString verdictId() const;
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] PairAssessment assessPair(const CallMetrics& a, const CallMetrics& b,
                                        const ThresholdProfile& profile);

// The sentence for both participants, in both languages, fair by construction: the figure
// over the time both files cover, the other direction beside it, no culprit named.
[[nodiscard]] EvidenceSentences writePairSentences(const CallMetrics& a, const CallMetrics& b,
                                                   const PairAssessment& pair);

} // namespace rtcare::evidence
