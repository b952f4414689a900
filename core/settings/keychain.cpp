// SPDX-License-Identifier: MIT
#include "settings/keychain.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>

#if RTCARE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace rtcare::keychain {

namespace {
[[maybe_unused]] constexpr auto kService = "RTCare";
} // namespace

#if RTCARE_HAVE_KEYCHAIN

bool available()
{
    return true;
}

namespace {

void finish(QKeychain::Job* job, QObject* context, std::function<void(const Result&)> done,
            bool reading)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, guard, done = std::move(done), reading](QKeychain::Job*) {
                         if (!guard)
                             return;
                         Result result;
                         result.ok = job->error() == QKeychain::NoError;
                         result.notFound = job->error() == QKeychain::EntryNotFound;
                         if (!result.ok)
                             result.error = job->errorString();
                         if (result.ok && reading)
                             result.password =
                                 static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
                         done(result);
                     });
    job->start();
}

} // namespace

void read(const QString& key, QObject* context, std::function<void(const Result&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    finish(job, context, std::move(done), true);
}

void write(const QString& key, const QString& password, QObject* context,
           std::function<void(const Result&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(password);
    finish(job, context, std::move(done), false);
}

void remove(const QString& key, QObject* context, std::function<void(const Result&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    finish(job, context, std::move(done), false);
}

#else

bool available()
{
    return false;
}

namespace {
Result unavailable()
{
    Result result;
    result.error = QStringLiteral("RTCare was built without QtKeychain");
    return result;
}
} // namespace

void read(const QString&, QObject*, std::function<void(const Result&)> done)
{
    done(unavailable());
}

void write(const QString&, const QString&, QObject*, std::function<void(const Result&)> done)
{
    done(unavailable());
}

void remove(const QString&, QObject*, std::function<void(const Result&)> done)
{
    done(unavailable());
}

#endif

namespace {
Result waitFor(const std::function<void(QObject*, std::function<void(const Result&)>)>& start)
{
    QEventLoop loop;
    Result result;
    bool finished = false;
    start(&loop, [&](const Result& r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
} // namespace

Result readNow(const QString& key)
{
    return waitFor([&](QObject* context, std::function<void(const Result&)> done) {
        read(key, context, std::move(done));
    });
}

Result writeNow(const QString& key, const QString& password)
{
    return waitFor([&](QObject* context, std::function<void(const Result&)> done) {
        write(key, password, context, std::move(done));
    });
}

} // namespace rtcare::keychain
