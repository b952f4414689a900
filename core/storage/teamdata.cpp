// SPDX-License-Identifier: MIT
#include "storage/teamdata.h"

#include "model/inputlimits.h"
#include "replies/templatelibrary.h"
#include "replies/tonerules.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rtcare::teamdata {

namespace {

const QString kTemplates = QStringLiteral("templates");
const QString kToneRules = QStringLiteral("tone_rules");
const QString kSlaPolicy = QStringLiteral("sla_policy");

StorageError unknownName(const QString& name)
{
    return {StorageCause::BadInput, QStringLiteral("'%1' is not shared team data; use one of %2")
                                        .arg(name, names().join(QStringLiteral(", ")))};
}

} // namespace

QStringList names()
{
    return {kTemplates, kToneRules, kSlaPolicy};
}

bool isName(const QString& name)
{
    return names().contains(name);
}

QStringList problems(const QString& name, const QByteArray& json, const QString& source)
{
    const QString where = source.isEmpty() ? name : source;
    if (json.size() > limits::kDataFileBytes)
        return {QStringLiteral("%1: larger than %2, the limit for the team's shared data")
                    .arg(where, limits::bytesText(limits::kDataFileBytes))};
    QStringList errors;
    if (name == kTemplates) {
        const replies::TemplateLibrary parsed =
            replies::TemplateLibrary::fromJson(json, where, &errors);
        Q_UNUSED(parsed);
    } else if (name == kToneRules) {
        const replies::ToneRuleSet parsed = replies::ToneRuleSet::fromJson(json, where, &errors);
        Q_UNUSED(parsed);
    } else if (name == kSlaPolicy) {
        QString error;
        if (!SlaPolicy::fromJson(json, where, &error))
            errors << error;
    } else {
        errors << unknownName(name).message;
    }
    return errors;
}

std::optional<Document> read(const Database& database, const QString& name, StorageError* error)
{
    *error = {};
    if (!isName(name)) {
        *error = unknownName(name);
        return std::nullopt;
    }
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT document, updated_by, updated_at FROM team_data WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), database.path());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Document document;
    document.json = q.value(0).toString().toUtf8();
    document.updatedBy = q.value(1).toString();
    document.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    return document;
}

bool write(const Database& database, const QString& name, const QByteArray& json,
           const QString& updatedBy, StorageError* error, const QString& source)
{
    if (!isName(name)) {
        *error = unknownName(name);
        return false;
    }
    if (const QStringList found = problems(name, json, source); !found.isEmpty()) {
        *error = {StorageCause::BadInput,
                  QStringLiteral("%1; nothing was stored").arg(found.join(QStringLiteral("; ")))};
        return false;
    }
    WriteTransaction transaction(database.connection());
    if (!transaction.isActive()) {
        *error = transaction.failure();
        return false;
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO team_data (name, document, updated_by, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET document = excluded.document, "
        "updated_by = excluded.updated_by, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(updatedBy);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), database.path());
        if (error->cause == StorageCause::ReadOnly && database.isServer())
            error->message = QStringLiteral("only team leads (members of rtcare_lead) can change "
                                            "the shared %1; the server refused: %2")
                                 .arg(name, q.lastError().databaseText());
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.failure();
        return false;
    }
    return true;
}

bool canEdit(const Database& database)
{
    if (!database.isServer())
        return true;
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral("SELECT has_table_privilege('team_data', 'UPDATE')")) &&
           q.next() && q.value(0).toBool();
}

std::optional<SlaPolicy> sharedPolicy(const Database& database, QStringList* errors)
{
    StorageError error;
    const std::optional<Document> stored = read(database, kSlaPolicy, &error);
    if (!stored) {
        if (!error.message.isEmpty())
            errors->append(error.message);
        return std::nullopt;
    }
    QString problem;
    std::optional<SlaPolicy> policy =
        SlaPolicy::fromJson(stored->json, QStringLiteral("the team's shared SLA policy"), &problem);
    if (!policy)
        errors->append(problem);
    return policy;
}

} // namespace rtcare::teamdata
