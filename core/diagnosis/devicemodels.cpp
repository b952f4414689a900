// SPDX-License-Identifier: MIT
#include "diagnosis/devicemodels.h"

#include "diagnosis/diagnosisfiles.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {

QStringList listFromFile(const QStringList& keys)
{
    QString error;
    const std::optional<DataFile> file = readDataFile(u"device-models.json"_s, &error);
    std::optional<QJsonObject> root;
    if (file)
        root = parseObject(*file, &error);
    if (!root) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QStringList result;
    for (const QString& key : keys) {
        for (const QJsonValue& value : root->value(key).toArray())
            result.append(value.toString());
    }
    return result;
}

// Distinct values of `column` among the most recent tickets, then the shipped list.
QStringList merged(const Database& database, const QString& column, int recentTickets,
                   const QStringList& shipped)
{
    QStringList result;
    QSet<QString> seen;
    QSqlQuery q(database.connection());
    // `column` is one of three fixed names.
    q.prepare(u"SELECT DISTINCT %1 FROM (SELECT %1 FROM tickets WHERE %1 <> '' "
              "ORDER BY id DESC LIMIT ?)"_s.arg(column));
    q.addBindValue(recentTickets);
    if (q.exec()) {
        while (q.next()) {
            const QString value = q.value(0).toString().trimmed();
            if (!value.isEmpty() && !seen.contains(value.toLower())) {
                seen.insert(value.toLower());
                result.append(value);
            }
        }
    }
    for (const QString& value : shipped) {
        if (!seen.contains(value.toLower())) {
            seen.insert(value.toLower());
            result.append(value);
        }
    }
    return result;
}

} // namespace

QStringList knownDeviceModels()
{
    return listFromFile({u"phones"_s, u"tablets"_s, u"computers"_s});
}

QStringList knownOsVersions()
{
    return listFromFile({u"os_versions"_s});
}

QStringList deviceModelSuggestions(const Database& database, int recentTickets)
{
    return merged(database, u"device_model"_s, recentTickets, knownDeviceModels());
}

QStringList osSuggestions(const Database& database, int recentTickets)
{
    return merged(database, u"os"_s, recentTickets, knownOsVersions());
}

QStringList regionSuggestions(const Database& database, int recentTickets)
{
    return merged(database, u"region"_s, recentTickets, {});
}

} // namespace rtcare::diagnosis
