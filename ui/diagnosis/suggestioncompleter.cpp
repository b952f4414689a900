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
    // A short list: the pop-up must stay on screen on a 768-pixel-high laptop too.
    completer->setMaxVisibleItems(8);
    return completer;
}

void updateSuggestions(QCompleter* completer, const QStringList& suggestions)
{
    if (auto* model = qobject_cast<QStringListModel*>(completer->model()))
        model->setStringList(suggestions);
}

} // namespace rtcare
