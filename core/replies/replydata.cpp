// SPDX-License-Identifier: MIT
#include "replies/replydata.h"

#include "storage/database.h"
#include "storage/teamdata.h"

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

ReplyData loadReplyData(const Database& database)
{
    if (!database.isServer())
        return loadReplyData();
    ReplyData data;
    const auto stored = [&](const QString& name) {
        StorageError error;
        const std::optional<teamdata::Document> document = teamdata::read(database, name, &error);
        if (!error.message.isEmpty())
            data.errors.append(error.message);
        return document ? document->json : QByteArray();
    };
    const QString source = QStringLiteral("the team's shared %1");
    const QByteArray rules = stored(QStringLiteral("tone_rules"));
    data.rules = rules.isEmpty() ? ToneRuleSet::builtIn()
                                 : ToneRuleSet::withOverrideJson(
                                       rules, source.arg(QStringLiteral("tone_rules")), &data.errors);
    data.toneModel = ToneModel::withOverride(repliesOverrideFolder(), &data.errors);
    const QByteArray templates = stored(QStringLiteral("templates"));
    data.templates = templates.isEmpty()
                         ? TemplateLibrary::builtIn()
                         : TemplateLibrary::withOverrideJson(
                               templates, source.arg(QStringLiteral("templates")), &data.errors);
    return data;
}

} // namespace rtcare::replies
