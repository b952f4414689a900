// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/callsummary.h"
#include "model/ticket.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace rtcare::replies {

struct RenderedReply
{
    QString text;
    QStringList unfilled; // placeholder names left as {name} in the text
};

// Replaces {name} with values[name] when it is non-empty; others stay as {name} and are
// listed in `unfilled` (the composer blocks "copy" until they are filled). First keeps
// {#name}...{/name} only when name has a value and {^name}...{/name} only when it has none,
// so a phrase with nothing to fill is left out instead of showing a slot.
[[nodiscard]] RenderedReply renderTemplate(const QString& body,
                                           const QHash<QString, QString>& values);
// The placeholders a template body uses, in order of first appearance.
[[nodiscard]] QStringList placeholdersIn(const QString& body);

// Values from a ticket, as a customer reads them (resources/replies/phrases.json):
// customer_name, ticket_number, agent_name (the name the agent set; empty when none),
// category and scenario in words (empty for "other"), device, empathy (by the complaint's
// symptom, else its category), self_help_tips. callback_time stays empty: the agent decides it.
[[nodiscard]] QHash<QString, QString> ticketPlaceholders(const Ticket& ticket,
                                                         const QString& agentName,
                                                         const QString& language);

// Values from a ticket's call evidence: loss, jitter, rtt (whole-call figures, not the
// worst sample) and the evidence sentence placeholders (evidence_sentence, ...).
[[nodiscard]] QHash<QString, QString> evidencePlaceholders(const evidence::CallMetrics& metrics,
                                                           const QString& language);

// Everything a template can take from a ticket and its latest call statistics: what the
// reply composer inserts and `rtcare render` prints, from one place.
[[nodiscard]] QHash<QString, QString> replyValues(const Ticket& ticket,
                                                  const evidence::CallMetrics* latestCall,
                                                  const QString& agentName,
                                                  const QString& language);

} // namespace rtcare::replies
