// SPDX-License-Identifier: MIT
#pragma once

#include "replies/commitments.h"
#include "replies/tonechecker.h"
#include "sla/policy.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rtcare::replies {

// Promises the team's own targets can't back: a time promised in a reply that comes sooner
// than the ticket's tier plans for a first response ("an engineer will fix it within 10
// minutes" on a Medium, 2 h ticket). Each becomes an `over_promise` finding with the rule id
// "promise_sooner_than_tier" over the time phrase; a promise at or beyond the window, or one
// already in the past (a time of day that has gone by), is left alone.
//
// `promised` comes from findCommitments(text, nowUtc, ...). Messages are in Chinese when
// `uiLanguage` starts with "zh", in English for any other non-empty value, and otherwise
// in the language of the phrase. The replacement (Alt+Enter) is the tier's window written
// the same way ("within 2 hours", "2小时内").
[[nodiscard]] QList<ToneFinding> checkPromises(const QList<CommitmentCandidate>& promised,
                                               const QDateTime& nowUtc, const Tier& tier,
                                               const QString& uiLanguage = QString());

// Adds `more` to `findings`, keeping them ordered by position as the tone checker does.
void mergeFindings(QList<ToneFinding>& findings, const QList<ToneFinding>& more);

} // namespace rtcare::replies
