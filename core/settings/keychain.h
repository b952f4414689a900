// SPDX-License-Identifier: MIT
// Team server passwords in the system keychain (QtKeychain: Secret Service or KWallet on
// Linux, the Keychain on macOS, the Credential Manager on Windows), under the service
// "RTCare" and the key user@host:port/db (passwordKey). Built without QtKeychain, nothing is
// kept: available() is false and the passwords come from ~/.pgpass.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace rtcare::keychain {

// True when RTCare was built with QtKeychain (the keychain itself may still be locked or
// missing: each call then fails with a message).
[[nodiscard]] bool available();

struct Result
{
    bool ok = false;
    bool notFound = false; // nothing is kept under that key (not a failure of the keychain)
    QString password;      // read(): the password
    QString error;         // the keychain's own words when it failed
};

// Asynchronous: `done` runs later in `context`'s thread (not at all once context is gone).
void read(const QString& key, QObject* context, std::function<void(const Result&)> done);
void write(const QString& key, const QString& password, QObject* context,
           std::function<void(const Result&)> done);
void remove(const QString& key, QObject* context, std::function<void(const Result&)> done);

// Blocking (runs a local event loop until the keychain answers): for the start of the app.
[[nodiscard]] Result readNow(const QString& key);
[[nodiscard]] Result writeNow(const QString& key, const QString& password);

} // namespace rtcare::keychain
