// SPDX-License-Identifier: MIT
#pragma once

#include "replies/templatelibrary.h"
#include "replies/tonemodel.h"
#include "replies/tonerules.h"

#include <QStringList>

namespace rtcare {
class Database;
}

namespace rtcare::replies {

// Where team leads put their own tone-rules.json, tone-model.json and templates.json: $RTCARE_REPLIES_DIR,
// else <config>/replies.
[[nodiscard]] QString repliesOverrideFolder();

// The rules and templates in use: built-in, with the user's files on top. Problems in the
// user's files are listed in `errors` (file and entry named); the built-in set still works.
struct ReplyData
{
    ToneRuleSet rules;
    std::shared_ptr<const ToneModel> toneModel; // null: the rules decide alone
    TemplateLibrary templates;
    QStringList errors;
};
[[nodiscard]] ReplyData loadReplyData();
// The same for the database in use: on a team server the rules and templates are the
// built-in ones with the team's shared documents on top (teamdata.h) instead of the files
// (a broken stored document is named in `errors`); on a local file, loadReplyData().
[[nodiscard]] ReplyData loadReplyData(const Database& database);

} // namespace rtcare::replies
