// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::replies {

// A reply template (resources/replies/templates.json) in both languages, by stage.
struct ReplyTemplate
{
    QString id;
    QString stage; // acknowledge, ask_facts, speak_with_data, give_control, industry_context,
                   // escalation, resolution, broken_promise
    QString titleEn;
    QString titleZh;
    QString bodyEn;
    QString bodyZh;

    [[nodiscard]] QString title(const QString& language) const;
    [[nodiscard]] QString body(const QString& language) const;
};

[[nodiscard]] QStringList templateStages();

class TemplateLibrary
{
public:
    [[nodiscard]] static TemplateLibrary fromJson(const QByteArray& json, const QString& source,
                                                  QStringList* errors);
    [[nodiscard]] static const TemplateLibrary& builtIn();
    // The built-in templates plus a user file's (same id replaces); errors name file and entry.
    [[nodiscard]] static TemplateLibrary withOverride(const QString& path, QStringList* errors);

    // The built-in templates plus those of a document (the team server's, teamdata.h);
    // `source` names it in errors.
    [[nodiscard]] static TemplateLibrary withOverrideJson(const QByteArray& json,
                                                          const QString& source,
                                                          QStringList* errors);
    // A template document (empty: none yet) with `t` in it (same id replaced, else added);
    // nullopt with *error when `document` is not a JSON object.
    [[nodiscard]] static std::optional<QByteArray> withTemplate(const QByteArray& document,
                                                                const ReplyTemplate& t,
                                                                const QString& source,
                                                                QString* error);
    // Writes `t` into the user's template file at `path` (same id replaced, else added),
    // creating the file and its folder when needed.
    [[nodiscard]] static bool saveUserTemplate(const QString& path, const ReplyTemplate& t,
                                               QString* error);

    [[nodiscard]] const QList<ReplyTemplate>& templates() const { return m_templates; }
    [[nodiscard]] const ReplyTemplate* find(const QString& id) const;
    // Templates whose id or title (either language) contains `search` (case-insensitive),
    // of `stage` unless empty.
    [[nodiscard]] QList<ReplyTemplate> filtered(const QString& stage, const QString& search) const;
    // The stages that fit the ticket now: no first response -> acknowledge + ask_facts;
    // evidence attached -> speak_with_data; being investigated -> escalation; ...
    [[nodiscard]] static QStringList suggestedStages(const Ticket& ticket, bool hasEvidence);

private:
    QList<ReplyTemplate> m_templates;
};

// Concrete self-help steps for a platform ("android", "ios", "windows", "macos", "other").
[[nodiscard]] QString selfHelpTips(const QString& platform, const QString& language);
// The platform of a ticket's OS / device text.
[[nodiscard]] QString platformOf(const QString& os, const QString& device);

} // namespace rtcare::replies
