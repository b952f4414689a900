// SPDX-License-Identifier: MIT
#include "replies/templatelibrary.h"

#include "replies/overridefile.h"
#include "storage/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::replies {

namespace {

bool isZh(const QString& language)
{
    return language.startsWith(QLatin1String("zh"));
}

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QString ReplyTemplate::title(const QString& language) const
{
    return isZh(language) ? titleZh : titleEn;
}

QString ReplyTemplate::body(const QString& language) const
{
    return isZh(language) ? bodyZh : bodyEn;
}

QStringList templateStages()
{
    return {QStringLiteral("acknowledge"),     QStringLiteral("ask_facts"),
            QStringLiteral("speak_with_data"), QStringLiteral("give_control"),
            QStringLiteral("industry_context"), QStringLiteral("escalation"),
            QStringLiteral("resolution"),      QStringLiteral("broken_promise")};
}

TemplateLibrary TemplateLibrary::fromJson(const QByteArray& json, const QString& source,
                                          QStringList* errors)
{
    TemplateLibrary library;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors->append(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                           .arg(source, parseError.errorString())
                           .arg(parseError.offset));
        return library;
    }
    const QStringList stages = templateStages();
    int index = 0;
    const QJsonArray entries = doc.object().value(QLatin1String("templates")).toArray();
    for (const QJsonValue& value : entries) {
        ++index;
        const QJsonObject o = value.toObject();
        ReplyTemplate t;
        t.id = o.value(QLatin1String("id")).toString();
        const QString entry = t.id.isEmpty() ? QStringLiteral("#%1").arg(index) : t.id;
        const auto bad = [&](const QString& why) {
            errors->append(QStringLiteral("%1: template '%2': %3").arg(source, entry, why));
        };
        t.stage = o.value(QLatin1String("stage")).toString();
        const QJsonObject title = o.value(QLatin1String("title")).toObject();
        const QJsonObject body = o.value(QLatin1String("body")).toObject();
        t.titleEn = title.value(QLatin1String("en")).toString();
        t.titleZh = title.value(QLatin1String("zh_CN")).toString();
        t.bodyEn = body.value(QLatin1String("en")).toString();
        t.bodyZh = body.value(QLatin1String("zh_CN")).toString();
        if (t.id.isEmpty())
            bad(QStringLiteral("missing \"id\""));
        else if (!stages.contains(t.stage))
            bad(QStringLiteral("unknown stage '%1'").arg(t.stage));
        else if (t.bodyEn.isEmpty() || t.bodyZh.isEmpty())
            bad(QStringLiteral("body needs \"en\" and \"zh_CN\""));
        else
            library.m_templates.append(t);
    }
    return library;
}

const TemplateLibrary& TemplateLibrary::builtIn()
{
    static const TemplateLibrary library =
        parseBuiltIn(QStringLiteral(":/rtcare/replies/templates.json"), "reply templates",
                     [](const QByteArray& json, QStringList* errors) {
                         return fromJson(json, QStringLiteral("templates.json"), errors);
                     });
    return library;
}

TemplateLibrary TemplateLibrary::withOverride(const QString& path, QStringList* errors)
{
    TemplateLibrary library = builtIn();
    applyOverrideFile(library.m_templates, path, errors, [&](const QByteArray& json) {
        return fromJson(json, path, errors).m_templates;
    });
    return library;
}

TemplateLibrary TemplateLibrary::withOverrideJson(const QByteArray& json, const QString& source,
                                                  QStringList* errors)
{
    TemplateLibrary library = builtIn();
    applyOverride(library.m_templates, fromJson(json, source, errors).m_templates);
    return library;
}

std::optional<QByteArray> TemplateLibrary::withTemplate(const QByteArray& document,
                                                        const ReplyTemplate& t,
                                                        const QString& source, QString* error)
{
    QJsonObject root;
    if (!document.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("%1: not a JSON object (%2); fix or remove it first")
                         .arg(source, parseError.errorString());
            return std::nullopt;
        }
        root = doc.object();
    }
    const QJsonObject entry{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("stage"), t.stage},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("en"), t.titleEn}, {QStringLiteral("zh_CN"), t.titleZh}}},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("en"), t.bodyEn}, {QStringLiteral("zh_CN"), t.bodyZh}}}};
    QJsonArray entries = root.value(QLatin1String("templates")).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QLatin1String("id")).toString() == t.id) {
            entries.replace(i, entry);
            replaced = true;
        }
    }
    if (!replaced)
        entries.append(entry);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("templates"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TemplateLibrary::saveUserTemplate(const QString& path, const ReplyTemplate& t,
                                       QString* error)
{
    QByteArray existing;
    if (QFile::exists(path)) {
        const std::optional<QByteArray> read = limits::readFile(
            path, limits::kDataFileBytes, QStringLiteral("a team's own reply file"), error);
        if (!read)
            return false;
        existing = *read;
        if (existing.trimmed().isEmpty()) {
            *error = QStringLiteral("%1: not a JSON object (the file is empty); fix or remove "
                                    "it first")
                         .arg(path);
            return false;
        }
    }
    const std::optional<QByteArray> document = withTemplate(existing, t, path, error);
    if (!document)
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writePrivateFile(path, *document, error);
}

const ReplyTemplate* TemplateLibrary::find(const QString& id) const
{
    for (const ReplyTemplate& t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<ReplyTemplate> TemplateLibrary::filtered(const QString& stage, const QString& search) const
{
    QList<ReplyTemplate> result;
    for (const ReplyTemplate& t : m_templates) {
        if (!stage.isEmpty() && t.stage != stage)
            continue;
        if (!search.isEmpty() && !t.id.contains(search, Qt::CaseInsensitive)
            && !t.titleEn.contains(search, Qt::CaseInsensitive)
            && !t.titleZh.contains(search, Qt::CaseInsensitive))
            continue;
        result.append(t);
    }
    return result;
}

QStringList TemplateLibrary::suggestedStages(const Ticket& ticket, bool hasEvidence)
{
    QStringList stages;
    // A first reply acknowledges, asks what is missing and says who comes back by when.
    if (!ticket.firstResponseAt.isValid())
        stages << QStringLiteral("acknowledge") << QStringLiteral("ask_facts")
               << QStringLiteral("give_control");
    if (hasEvidence)
        stages << QStringLiteral("speak_with_data");
    if (ticket.status == TicketStatus::Investigating || ticket.status == TicketStatus::Escalated)
        stages << QStringLiteral("escalation");
    if (ticket.status == TicketStatus::Resolved)
        stages << QStringLiteral("resolution");
    if (stages.isEmpty())
        stages << QStringLiteral("give_control");
    return stages;
}

QString selfHelpTips(const QString& platform, const QString& language)
{
    static const QJsonObject tips =
        readObject(QStringLiteral(":/rtcare/replies/tips.json")).value(QLatin1String("tips")).toObject();
    QJsonObject entry = tips.value(platform).toObject();
    if (entry.isEmpty())
        entry = tips.value(QLatin1String("other")).toObject();
    return entry.value(isZh(language) ? QLatin1String("zh_CN") : QLatin1String("en")).toString();
}

QString platformOf(const QString& os, const QString& device)
{
    const QString text = (os + QLatin1Char(' ') + device).toLower();
    if (text.contains(QLatin1String("android")) || text.contains(QLatin1String("harmony")))
        return QStringLiteral("android");
    if (text.contains(QLatin1String("ios")) || text.contains(QLatin1String("iphone"))
        || text.contains(QLatin1String("ipad")))
        return QStringLiteral("ios");
    if (text.contains(QLatin1String("windows")))
        return QStringLiteral("windows");
    if (text.contains(QLatin1String("mac")))
        return QStringLiteral("macos");
    return QStringLiteral("other");
}

} // namespace rtcare::replies
