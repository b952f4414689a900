// SPDX-License-Identifier: MIT
#include "storage/libpqcalls.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <mutex>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <dlfcn.h>
#endif
#if defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace rtcare::libpq {

namespace {

// libpq's C interface, with the connection as an opaque pointer (PGconn is opaque to its
// users). CONNECTION_BAD is 1 in every libpq since 7.x.
using StatusFunction = int (*)(const void*);
constexpr int kConnectionBad = 1;

struct Functions
{
    StatusFunction status = nullptr;
    StatusFunction socket = nullptr;
    StatusFunction needsPassword = nullptr;
};

// The libpq already in this process (loaded by the QPSQL plugin), without loading one.
void* loadedLibrary()
{
#if defined(Q_OS_WIN)
    return reinterpret_cast<void*>(GetModuleHandleW(L"libpq.dll"));
#elif defined(Q_OS_MACOS)
    // Found by its install name, which differs between Homebrew, MacPorts and Postgres.app.
    for (uint32_t i = 0, count = _dyld_image_count(); i < count; ++i) {
        const char* name = _dyld_get_image_name(i);
        const char* file = name ? std::strrchr(name, '/') : nullptr;
        if (file && std::strncmp(file, "/libpq.", 7) == 0)
            return dlopen(name, RTLD_LAZY | RTLD_NOLOAD);
    }
    return nullptr;
#else
    return dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
#endif
}

void* symbol(void* library, const char* name)
{
#if defined(Q_OS_WIN)
    return reinterpret_cast<void*>(GetProcAddress(static_cast<HMODULE>(library), name));
#else
    return dlsym(library, name);
#endif
}

// Looked up once libpq is there; until then, looked for again on every call (a cheap check:
// the library is never loaded here).
const Functions* functions()
{
    static std::mutex mutex;
    static Functions found;
    static bool ready = false;
    const std::lock_guard lock(mutex);
    if (ready)
        return &found;
    void* library = loadedLibrary();
    if (!library)
        return nullptr;
    found.status = reinterpret_cast<StatusFunction>(symbol(library, "PQstatus"));
    found.socket = reinterpret_cast<StatusFunction>(symbol(library, "PQsocket"));
    found.needsPassword =
        reinterpret_cast<StatusFunction>(symbol(library, "PQconnectionNeedsPassword"));
    ready = found.status && found.socket && found.needsPassword;
    return ready ? &found : nullptr;
}

// The QPSQL driver's PGconn*; null for other drivers.
const void* handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // PGconn is a typedef of struct pg_conn; Qt names the type by either.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<void* const*>(handle.constData());
}

} // namespace

bool connectionBad(const QSqlDatabase& db)
{
    const void* connection = handleOf(db);
    const Functions* f = connection ? functions() : nullptr;
    return f && f->status(connection) == kConnectionBad;
}

int socketOf(const QSqlDatabase& db)
{
    const void* connection = db.isOpen() ? handleOf(db) : nullptr;
    const Functions* f = connection ? functions() : nullptr;
    return f ? f->socket(connection) : -1;
}

bool needsPassword(const QSqlDatabase& db)
{
    const void* connection = handleOf(db);
    const Functions* f = connection ? functions() : nullptr;
    return f && f->needsPassword(connection) != 0;
}

} // namespace rtcare::libpq
