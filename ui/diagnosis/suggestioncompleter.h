// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QCompleter;
class QObject;

namespace rtcare {

// Suggestions as the agent types (device models, system versions, regions): matches
// anywhere in the text, case-insensitively. Null for an empty list.
[[nodiscard]] QCompleter* createSuggestionCompleter(const QStringList& suggestions,
                                                    QObject* parent);

// Replaces the suggestions of a completer made by createSuggestionCompleter.
void updateSuggestions(QCompleter* completer, const QStringList& suggestions);

} // namespace rtcare
