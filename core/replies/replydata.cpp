// SPDX-License-Identifier: MIT
#include "replies/replydata.h"

#include <QDir>
#include <QStandardPaths>

namespace rtcare::replies {

QString repliesOverrideFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("RTCARE_REPLIES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("replies"));
}

ReplyData loadReplyData()
{
    ReplyData data;
    const QDir folder(repliesOverrideFolder());
    data.rules = ToneRuleSet::withOverride(folder.filePath(QStringLiteral("tone-rules.json")),
                                           &data.errors);
    data.toneModel = ToneModel::withOverride(folder.path(), &data.errors);
    data.templates = TemplateLibrary::withOverride(
        folder.filePath(QStringLiteral("templates.json")), &data.errors);
    return data;
}

} // namespace rtcare::replies
