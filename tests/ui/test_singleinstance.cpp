// SPDX-License-Identifier: MIT
#include "catch.h"

#include "window/singleinstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

using namespace rtcare;

namespace {

// The second launch runs in a thread, as another process would, while the first one
// keeps its event loop going.
SingleInstance::Outcome launchSecond(const QString& key, const QString& db, QString* message)
{
    SingleInstance::Outcome outcome = SingleInstance::Outcome::Primary;
    QThread* thread = QThread::create([&] {
        SingleInstance second(key, db);
        outcome = second.start(message);
    });
    thread->start();
    QElapsedTimer timer;
    timer.start();
    while (!thread->isFinished() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    thread->wait();
    delete thread;
    return outcome;
}

} // namespace

TEST_CASE("a second launch focuses the running RTCare or says why it cannot")
{
    QTemporaryDir dir;
    const QString key = QStringLiteral("rtcare-test-%1")
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString db = dir.filePath(QStringLiteral("agent.sqlite"));

    SingleInstance first(key, db);
    QString message;
    REQUIRE(first.start(&message) == SingleInstance::Outcome::Primary);
    QSignalSpy activation(&first, &SingleInstance::activationRequested);

    SECTION("same database: the running window comes to the front")
    {
        CHECK(launchSecond(key, dir.path() + QStringLiteral("/./agent.sqlite"), &message)
              == SingleInstance::Outcome::HandedOver);
        CHECK(message.contains(QStringLiteral("already running")));
        CHECK(activation.count() == 1);
    }
    SECTION("another database: refused, naming both files")
    {
        const QString other = dir.filePath(QStringLiteral("lead.sqlite"));
        CHECK(launchSecond(key, other, &message) == SingleInstance::Outcome::Refused);
        CHECK(message.contains(QStringLiteral("agent.sqlite")));
        CHECK(message.contains(QStringLiteral("lead.sqlite")));
        CHECK(activation.isEmpty());
    }
}

TEST_CASE("a channel left behind by a crashed RTCare does not block the next start")
{
    const QString key = QStringLiteral("rtcare-test-%1")
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString message;
    {
        SingleInstance crashed(key, QStringLiteral("/tmp/a.sqlite"));
        REQUIRE(crashed.start(&message) == SingleInstance::Outcome::Primary);
    }
    SingleInstance next(key, QStringLiteral("/tmp/b.sqlite"));
    CHECK(next.start(&message) == SingleInstance::Outcome::Primary);
}
