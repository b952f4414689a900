// SPDX-License-Identifier: MIT
#include "storage/serverpassword.h"

#include "storage/serverurl.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace rtcare {

namespace {

struct Passwords
{
    QMutex mutex; // worker threads open their own connections
    QHash<QString, QString> byKey;
};

Passwords& passwords()
{
    static Passwords instance;
    return instance;
}

} // namespace

void setServerPassword(const ServerAddress& server, const QString& password)
{
    Passwords& all = passwords();
    const QMutexLocker lock(&all.mutex);
    if (password.isEmpty())
        all.byKey.remove(passwordKey(server));
    else
        all.byKey.insert(passwordKey(server), password);
}

QString serverPassword(const ServerAddress& server)
{
    Passwords& all = passwords();
    const QMutexLocker lock(&all.mutex);
    return all.byKey.value(passwordKey(server));
}

} // namespace rtcare
