// SPDX-License-Identifier: MIT
// Three of libpq's functions on a connection Qt's PostgreSQL driver (QPSQL) opened: whether
// it broke, its socket, and whether the server asked for a password. They are found at run
// time in the libpq that driver has loaded, never linked: a headless command on a local
// file then starts without libpq and its Kerberos, LDAP and TLS libraries (about 15 ms a
// start on the CI machine). Where no libpq is loaded (SQLite, another driver) they answer
// "unknown": not lost, no socket, no password asked.
#pragma once

#include <QSqlDatabase>

namespace rtcare::libpq {

// PQstatus() is CONNECTION_BAD: the server went away (QPSQL's isOpen() is already false).
[[nodiscard]] bool connectionBad(const QSqlDatabase& db);
// PQsocket() of an open connection; -1 when there is none.
[[nodiscard]] int socketOf(const QSqlDatabase& db);
// PQconnectionNeedsPassword(): the server asked for a password and none was given.
[[nodiscard]] bool needsPassword(const QSqlDatabase& db);

} // namespace rtcare::libpq
