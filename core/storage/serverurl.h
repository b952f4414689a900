// SPDX-License-Identifier: MIT
// A team server's address as the Settings page edits it (host, port, database, user, TLS
// mode), turned into the postgresql:// URL that --db, RTCARE_DB and the settings hold.
// Never a password: that stays in ~/.pgpass, a service file or the system keychain.
#pragma once

#include "storage/databaselocation.h"

#include <QString>

#include <optional>

namespace rtcare {

struct ServerFields
{
    QString host;     // a host name, an address or a Unix-socket folder ("/run/postgresql")
    int port = 0;     // 0 = libpq's default (5432)
    QString database; // empty = libpq's default (the user's name)
    QString user;     // empty = libpq's default (the login name)
    QString sslMode;  // disable, prefer, require, verify-full; empty = libpq's default

    // postgresql://USER@HOST:PORT/DB?sslmode=…; a socket folder goes into ?host=.
    [[nodiscard]] QString url() const;
    // The fields of a postgresql:// URL; nullopt for a file path or a URL RTCare refuses.
    [[nodiscard]] static std::optional<ServerFields> fromUrl(const QString& url);
};

// The name a password is kept under in the system keychain: user@host:port/db, with the
// defaults libpq would use spelled out so one server has one name.
[[nodiscard]] QString passwordKey(const ServerAddress& server);

} // namespace rtcare
