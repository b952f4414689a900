// SPDX-License-Identifier: MIT
#include "diagnosis/suggestioncompleter.h"

#include <QCompleter>
#include <QStringListModel>

namespace rtcare {

QCompleter* createSuggestionCompleter(const QStringList& suggestions, QObject* parent)
{
    if (suggestions.isEmpty())
        return nullptr;
    auto* completer = new QCompleter(parent);
    completer->setModel(new QStringListModel(suggestions, completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace rtcare
