// SPDX-License-Identifier: MIT
#include "storage/serverprobe.h"

#include "storage/libpqcalls.h"
#include "storage/migrations.h"
#include "storage/serverdatabase.h"
#include "storage/serverroles.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace rtcare {

namespace {

bool mentions(const QString& text, std::initializer_list<const char*> phrases)
{
    for (const char* phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}


// Why the connection failed, from libpq's state where it tells and from its words (English;
// libpq and the server may say it in another language: then Other, with the words shown).
ProbeOutcome failureOf(const QSqlDatabase& db, const QString& text)
{
    if (libpq::needsPassword(db))
        return ProbeOutcome::PasswordNeeded;
    if (mentions(text, {"password authentication failed", "no password supplied",
                        "authentication failed"}))
        return mentions(text, {"no password supplied"}) ? ProbeOutcome::PasswordNeeded
                                                        : ProbeOutcome::WrongPassword;
    if (mentions(text, {"no pg_hba.conf entry"}))
        return ProbeOutcome::Other; // the server's rules refuse this user, host or TLS mode
    if (mentions(text, {"SSL", "certificate"}))
        return ProbeOutcome::TlsFailed;
    if (mentions(text, {"database \"", "database '"}) && mentions(text, {"does not exist"}))
        return ProbeOutcome::NoSuchDatabase;
    if (mentions(text, {"role \""}) && mentions(text, {"does not exist"}))
        return ProbeOutcome::WrongPassword; // the server says so only to a trusted client
    if (mentions(text, {"could not connect", "connection refused", "could not translate host",
                        "timeout expired", "no such file or directory", "network is unreachable",
                        "no route to host", "name or service not known", "connection to server",
                        "server closed the connection"}))
        return ProbeOutcome::Unreachable;
    return ProbeOutcome::Other;
}

void readRole(QSqlDatabase& db, ServerProbe* probe)
{
    QSqlQuery q(db);
    const QString agent = QLatin1String(kAgentRole), lead = QLatin1String(kLeadRole);
    if (!q.exec(QStringLiteral("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname "
                               "= current_user), "
                               "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1'), "
                               "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2')")
                    .arg(agent, lead)) ||
        !q.next())
        return;
    probe->user = q.value(0).toString();
    const bool superuser = q.value(1).toBool();
    const bool agentExists = q.value(2).toBool(), leadExists = q.value(3).toBool();
    probe->teamRolesExist = agentExists && leadExists;
    auto member = [&](const QString& role) {
        QSqlQuery m(db);
        return m.exec(
                   QStringLiteral("SELECT pg_has_role(current_user, '%1', 'MEMBER')").arg(role)) &&
               m.next() && m.value(0).toBool();
    };
    if (superuser)
        probe->role = TeamRole::Administrator;
    else if (leadExists && member(lead))
        probe->role = TeamRole::Lead;
    else if (agentExists && member(agent))
        probe->role = TeamRole::Agent;
}

void probeOpen(QSqlDatabase& db, ServerProbe* probe)
{
    readRole(db, probe);
    QSqlError failed;
    const std::optional<int> version = schemaVersionOf(db, &failed);
    if (!version) {
        // Someone outside rtcare_agent may not read RTCare's tables: that is what to say.
        const bool outsider = probe->role == TeamRole::None && probe->teamRolesExist;
        probe->outcome = outsider ? ProbeOutcome::Connected : ProbeOutcome::Other;
        probe->schemaVersion = -1;
        if (!outsider)
            probe->detail = failed.text().trimmed();
        return;
    }
    probe->schemaVersion = *version;
    if (*version > probe->latestVersion) {
        probe->outcome = ProbeOutcome::SchemaNewer;
        return;
    }
    if (*version == 0) {
        QSqlQuery tables(db);
        if (tables.exec(QStringLiteral(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) &&
            tables.next() && tables.value(0).toInt() > 0) {
            probe->outcome = ProbeOutcome::NotRtcare;
            return;
        }
    }
    probe->outcome = ProbeOutcome::Connected;
}

} // namespace

ServerProbe probeServer(const ServerAddress& server, const QString& password, int timeoutSeconds)
{
    ServerProbe probe;
    probe.latestVersion = latestSchemaVersion();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        probe.outcome = ProbeOutcome::NoDriver;
        return probe;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("rtcare-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = serverConnection(name, server, password, timeoutSeconds);
        if (db.open()) {
            probeOpen(db, &probe);
        } else {
            probe.detail = db.lastError().text().trimmed();
            probe.outcome = failureOf(db, probe.detail);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

} // namespace rtcare
