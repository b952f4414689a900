// SPDX-License-Identifier: MIT
// Issue 18, live team mode against the throwaway cluster (run through pgrun.sh): a change
// made on one desktop reaches another desktop's feed and open window within a second
// (LISTEN/NOTIFY, latency printed), and a window that loses the server shows the banner,
// keeps what the agent typed, reconnects by itself and catches up on what changed meanwhile.
#include "catch.h"
#include "pgsupport.h"

#include "queue/queuemodel.h"
#include "replies/replycomposer.h"
#include "replies/templateeditordialog.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/presence.h"
#include "storage/serverroles.h"
#include "storage/teamdata.h"
#include "storage/teamfeed.h"
#include "storage/ticketrepository.h"
#include "ticket/newticketdialog.h"
#include "ticket/ticketdetailpane.h"
#include "window/mainwindow.h"

#include <QLocale>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace rtcare;
using namespace rtcare::test;

namespace {

// One agent's desktop: its own connection to the team database, the real clock.
struct Desktop
{
    std::unique_ptr<Database> database;
    std::unique_ptr<TicketRepository> repository;

    explicit Desktop(const QString& url, const QString& agent)
    {
        QString error;
        database = Database::open(url, &error);
        if (!database)
            FAIL(error.toStdString());
        repository = std::make_unique<TicketRepository>(*database, SlaPolicy::builtIn());
        repository->setActor(agent);
    }

    Ticket file(const QString& customer)
    {
        NewTicket input;
        input.customer.name = customer;
        input.customer.contact = QStringLiteral("13800000000");
        input.category = Category::Network;
        input.channel = QStringLiteral("chat");
        input.description = QStringLiteral("视频很卡");
        QString error;
        const std::optional<Ticket> ticket = repository->create(input, &error);
        if (!ticket)
            FAIL(error.toStdString());
        return *ticket;
    }
};

// Runs the event loop until `done` or `ms` pass; the milliseconds it took, -1 on timeout.
// How long a step may take before the test gives up. The machine CI runs on is shared and
// often loaded; the waits end as soon as the step is done, so a patient limit costs nothing.
constexpr int kPatienceMs = 10000;
// The issue asks for a change to reach the other desktops within a second: the times are
// printed (and stated in the README, measured on a quiet machine); the check itself only
// tells a pushed change from a fallback check every 10 s, so a loaded machine does not fail it.
constexpr qint64 kLiveBoundMs = 5000;

qint64 waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return timer.elapsed();
}

qint64 serverScalar(const QString& url, const QString& sql)
{
    QString error;
    const auto location = DatabaseLocation::parse(url, &error);
    qint64 value = -1;
    {
        QSqlDatabase db = openServerConnection(QStringLiteral("pg-live-scalar"), *location->server);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-live-scalar"));
    return value;
}

qint64 backendPid(Database& database)
{
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong()
                                                                         : -1;
}

} // namespace

TEST_CASE(
    "pg live: a change on one desktop reaches another desktop's feed and queue within a second")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    Desktop alice(server.url, QStringLiteral("alice"));
    Desktop bob(server.url, QStringLiteral("bob"));

    TeamFeed feed(*bob.database->server());
    QSignalSpy changed(&feed, &TeamFeed::ticketsChanged);
    REQUIRE(feed.start());
    MainWindow window(*bob.repository);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.teamFeed());
    REQUIRE(window.teamFeed()->isConnected());
    CHECK(window.serverBanner()->isHidden());
    CHECK(window.queueModel()->rowCount() == 0);

    // A ticket filed on Alice's desktop.
    QElapsedTimer clock;
    clock.start();
    const Ticket ticket = alice.file(QStringLiteral("王芳"));
    const qint64 toFeed = waitFor([&] { return !changed.isEmpty(); }, kPatienceMs);
    const qint64 toQueue =
        waitFor([&] { return window.queueModel()->rowCount() == 1; }, kPatienceMs);
    const qint64 total = clock.elapsed();
    std::printf("live: filed on one desktop -> other's feed %lld ms, other's queue %lld ms "
                "(from the write's start)\n",
                static_cast<long long>(toFeed), static_cast<long long>(total));
    REQUIRE(toFeed >= 0);
    REQUIRE(toQueue >= 0);
    CHECK(total < kLiveBoundMs);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64>{ticket.id});
    CHECK(window.queueModel()->ticketIdAt(0) == ticket.id);

    // Bob has it open; Alice answers it: Bob's details pane follows, the queue too.
    REQUIRE(window.selectTicket(ticket.id));
    waitFor([&] { return window.detailPane()->ticketId() == ticket.id; }, kPatienceMs);
    REQUIRE(window.detailPane()->ticketId() == ticket.id);
    changed.clear();
    clock.restart();
    QString error;
    REQUIRE(alice.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
    const qint64 changeLatency = clock.elapsed();
    std::printf("live: status change -> other's feed %lld ms\n",
                static_cast<long long>(changeLatency));
    CHECK(changeLatency < kLiveBoundMs);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64>{ticket.id});
    CHECK(waitFor(
              [&] { return bob.repository->find(ticket.id)->status == TicketStatus::Acknowledged; },
              kPatienceMs) >= 0);

    // Several changes at once arrive together, each ticket once.
    changed.clear();
    const Ticket second = alice.file(QStringLiteral("李雷"));
    const Ticket third = alice.file(QStringLiteral("韩梅梅"));
    REQUIRE(waitFor([&] { return window.queueModel()->rowCount() == 3; }, kPatienceMs) >= 0);
    // The window has its own feed: this one may flush a moment later (it gathers what
    // arrives within a short interval), so wait for both here too.
    QList<qint64> seen;
    const auto collect = [&] {
        seen.clear();
        for (const QList<QVariant>& signal : std::as_const(changed))
            seen += signal.first().value<QList<qint64>>();
        return seen.contains(second.id) && seen.contains(third.id);
    };
    REQUIRE(waitFor(collect, kPatienceMs) >= 0);
    CHECK(seen.count(second.id) == 1);
    CHECK(seen.count(third.id) == 1);
}

TEST_CASE(
    "pg live: losing the server shows a banner, keeps the typed reply, reconnects and catches up",
    "[lost]")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    Desktop alice(server.url, QStringLiteral("alice"));
    Desktop bob(server.url, QStringLiteral("bob"));
    const Ticket ticket = alice.file(QStringLiteral("王芳"));
    const Ticket other = alice.file(QStringLiteral("李雷"));

    QTranslator chinese;
    const bool zh = qEnvironmentVariableIsSet("RTCARE_TEST_ZH");
    // The product's language is the translator AND the default locale (priority names and
    // reply templates follow QLocale(), as installProductLanguage sets it): a translator
    // alone showed "High" and English templates in a Chinese window.
    struct LocaleBack
    {
        QLocale before = QLocale();
        ~LocaleBack() { QLocale::setDefault(before); }
    } localeBack;
    if (zh) {
        REQUIRE(chinese.load(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    }
    MainWindow window(*bob.repository);
    window.resize(1366, 768);
    window.show();
    TeamFeed* feed = window.teamFeed();
    REQUIRE(feed);
    feed->setRetryDelays(100, 400);
    // The priority read from the server is shown by name in the window's language.
    {
        QueueModel* queue = window.queueModel();
        const int row = queue->rowOfTicket(ticket.id);
        REQUIRE(row >= 0);
        const Tier* tier = bob.repository->policy().tier(ticket.priority);
        REQUIRE(tier);
        CHECK(queue->index(row, QueueModel::Priority).data().toString()
              == (zh ? tier->name.zhCN : tier->name.en));
    }
    QSignalSpy reconnected(feed, &TeamFeed::reconnected);
    REQUIRE(window.selectTicket(ticket.id));
    auto* composer = window.findChild<ReplyComposer*>();
    REQUIRE(composer);
    window.showTicketTab(3);
    const QString reply =
        QStringLiteral("您好，我们正在排查视频卡顿的原因，有进展会第一时间告诉您。");
    composer->editor()->setPlainText(reply);
    composer->flushDraft();
    // Opening the Reply tab told the server Bob is replying; its notification and the
    // refresh it brings come first (a refresh caught by the drop itself is not this test's).
    waitFor([] { return false; }, 10 * TeamFeed::kCoalesceMs);

    // The server drops Bob's connections and takes no new ones for a while (Alice's stays).
    const qint64 alicePid = backendPid(*alice.database);
    REQUIRE(
        serverAdmin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(server.name)));
    REQUIRE(serverAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> %2")
                            .arg(server.name)
                            .arg(alicePid)));
    const qint64 noticed = waitFor([&] { return window.serverBanner()->isVisible(); }, kPatienceMs);
    std::printf("live: server dropped the connection -> banner after %lld ms\n",
                static_cast<long long>(noticed));
    REQUIRE(noticed >= 0);
    CHECK_FALSE(feed->isConnected());
    CHECK(window.serverBanner()->text().contains(zh ? QStringLiteral("团队服务器")
                                                    : QStringLiteral("team server")));

    // Sending now fails, says so, and keeps the reply in the editor.
    composer->editor()->setPlainText(reply + QStringLiteral(" "));
    composer->editor()->setPlainText(reply);
    REQUIRE(composer->sendButton()->isEnabled());
    CHECK_FALSE(composer->copyAndMarkSent());
    CHECK(composer->editor()->toPlainText() == reply);
    CHECK(composer->readinessText().contains(zh ? QStringLiteral("无法记录该回复")
                                                : QStringLiteral("Could not record the reply")));
    // Looking at another ticket and back keeps it too (the draft could not be saved).
    REQUIRE(window.selectTicket(other.id));
    waitFor([&] { return window.detailPane()->ticketId() == other.id; }, kPatienceMs);
    REQUIRE(window.selectTicket(ticket.id));
    waitFor([&] { return window.detailPane()->ticketId() == ticket.id; }, kPatienceMs);
    CHECK(composer->editor()->toPlainText() == reply);

    // A new ticket filed from the window fails the same way: the form stays open and full.
    window.openNewTicketDialog();
    QPointer<NewTicketDialog> dialog = window.newTicketDialog();
    REQUIRE(dialog);
    auto* customer = dialog->findChild<QLineEdit*>(QStringLiteral("customerName"));
    auto* description = dialog->findChild<QPlainTextEdit*>(QStringLiteral("description"));
    REQUIRE(customer);
    REQUIRE(description);
    customer->setText(QStringLiteral("赵敏"));
    const QString complaint = QStringLiteral("直播连麦时对方听不到声音，已经重启过应用");
    description->setPlainText(complaint);
    REQUIRE(dialog->canAccept());
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->createdTicketId() == 0);
    CHECK(customer->text() == QStringLiteral("赵敏"));
    CHECK(description->toPlainText() == complaint);

    if (const QString shots = qEnvironmentVariable("RTCARE_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        window.grab().save(QDir(shots).filePath(zh ? QStringLiteral("team-banner-zh_CN.png")
                                                   : QStringLiteral("team-banner-en.png")));
    }

    // Meanwhile Alice works the ticket and files another.
    QString error;
    REQUIRE(alice.repository->apply(ticket.id, TicketAction::SendFirstResponse, &error));
    const Ticket meanwhile = alice.file(QStringLiteral("韩梅梅"));

    // The server is back: the banner goes, the catch-up names both tickets, the queue shows
    // the new one, and the reply goes through now.
    REQUIRE(
        serverAdmin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(server.name)));
    const qint64 back = waitFor([&] { return !reconnected.isEmpty(); }, kPatienceMs);
    std::printf("live: server accepts connections again -> reconnected after %lld ms\n",
                static_cast<long long>(back));
    REQUIRE(back >= 0);
    CHECK(window.serverBanner()->isHidden());
    CHECK(feed->isConnected());
    const QList<qint64> caughtUp = reconnected.first().first().value<QList<qint64>>();
    CHECK(caughtUp.contains(ticket.id));
    CHECK(caughtUp.contains(meanwhile.id));
    CHECK(waitFor([&] { return window.queueModel()->rowCount() == 3; }, kPatienceMs) >= 0);
    CHECK(composer->editor()->toPlainText() == reply);
    CHECK(composer->copyAndMarkSent());
    // The form is filed now, on the second try, and reaches Alice's desktop too.
    REQUIRE(dialog);
    dialog->accept();
    const qint64 filed = dialog ? dialog->createdTicketId() : 0;
    CHECK(filed > 0);
    CHECK(waitFor([&] { return window.queueModel()->rowCount() == 4; }, kPatienceMs) >= 0);
    const std::optional<Ticket> seenByAlice = alice.repository->find(filed);
    REQUIRE(seenByAlice);
    CHECK(seenByAlice->customer.name == QStringLiteral("赵敏"));
    CHECK(serverScalar(
              server.url,
              QStringLiteral("SELECT count(*) FROM replies WHERE ticket_id = %1").arg(ticket.id)) ==
          1);
    if (zh)
        QCoreApplication::removeTranslator(&chinese);
}

TEST_CASE("pg live: only a team lead may edit the shared templates and SLA policy", "[teamdata]")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    {
        QString error;
        const std::unique_ptr<Database> admin = Database::open(server.url, &error);
        REQUIRE(admin);
        QStringList done;
        StorageError failure;
        REQUIRE(initServerRoles(*admin, &done, &failure));
    }
    const QString agentRole = QStringLiteral("agent_%1").arg(server.name);
    const QString leadRole = QStringLiteral("lead_%1").arg(server.name);
    const QString agentUrl = server.loginRoleUrl(agentRole, kAgentRole);
    const QString leadUrl = server.loginRoleUrl(leadRole, kLeadRole);
    REQUIRE(!agentUrl.isEmpty());
    REQUIRE(!leadUrl.isEmpty());
    Desktop agent(agentUrl, agentRole);
    Desktop lead(leadUrl, leadRole);

    // The agent's editing controls are greyed out and say why, in either language.
    {
        ReplyComposer composer(*agent.repository);
        CHECK_FALSE(composer.editTemplateButton()->isEnabled());
        CHECK(composer.editTemplateButton()->toolTip().contains(QStringLiteral("team leads")));
        SettingsDialog settings(AppSettings{});
        settings.setTeamServer(*agent.database, agentRole);
        CHECK_FALSE(settings.sharePolicyButton()->isHidden());
        CHECK_FALSE(settings.sharePolicyButton()->isEnabled());
        CHECK(settings.sharePolicyButton()->toolTip().contains(QStringLiteral("team leads")));
    }
    {
        QTranslator chinese;
        REQUIRE(chinese.load(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        ReplyComposer composer(*agent.repository);
        SettingsDialog settings(AppSettings{});
        settings.setTeamServer(*agent.database, agentRole);
        QCoreApplication::removeTranslator(&chinese);
        CHECK(composer.editTemplateButton()->toolTip().contains(QStringLiteral("组长")));
        CHECK(settings.sharePolicyButton()->toolTip().contains(QStringLiteral("组长")));
    }

    // The lead's are not; a template the lead saves is the whole team's.
    ReplyComposer leadComposer(*lead.repository);
    REQUIRE(leadComposer.editTemplateButton()->isEnabled());
    replies::ReplyTemplate t;
    t.id = QStringLiteral("team.hello");
    t.stage = QStringLiteral("acknowledge");
    t.titleEn = QStringLiteral("Team hello");
    t.titleZh = QStringLiteral("团队问候");
    t.bodyEn = QStringLiteral("Hello from the team.");
    t.bodyZh = QStringLiteral("团队向您问好。");
    TemplateEditorDialog editor(t);
    REQUIRE(leadComposer.saveTemplate(editor));
    const replies::ReplyData seen = replies::loadReplyData(*agent.database);
    CHECK(seen.errors.isEmpty());
    REQUIRE(seen.templates.find(QStringLiteral("team.hello")));
    CHECK(seen.templates.find(QStringLiteral("team.hello"))->bodyZh == t.bodyZh);
    ReplyComposer agentComposer(*agent.repository);
    CHECK(agentComposer.loadErrors().isEmpty());

    // The lead shares an SLA policy file from Settings; the agent's desktop adopts it.
    QTemporaryDir dir;
    QFile builtIn(QStringLiteral(":/rtcare/sla/default-policy.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray policy = builtIn.readAll();
    const qsizetype at = policy.indexOf("\"first_response_minutes\"");
    const qsizetype colon = policy.indexOf(':', at);
    policy.replace(colon + 1, policy.indexOf(',', colon) - colon - 1, "7");
    const QString policyFile = dir.filePath(QStringLiteral("policy.json"));
    {
        QFile out(policyFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(policy);
    }
    AppSettings chosen;
    chosen.policyFile = policyFile;
    SettingsDialog settings(chosen);
    settings.setTeamServer(*lead.database, leadRole);
    REQUIRE(settings.sharePolicyButton()->isEnabled());
    REQUIRE(settings.sharePolicy());
    QStringList problems;
    const std::optional<SlaPolicy> shared = teamdata::sharedPolicy(*agent.database, &problems);
    REQUIRE(shared);
    CHECK(shared->tiers().first().firstResponseMinutes == 7);
}

TEST_CASE("pg live: a colleague starting or stopping to reply shows on another desktop at once; "
          "heartbeats stay quiet")
{
    REQUIRE(onServerEngine());
    const ScratchServerDatabase server;
    Desktop alice(server.url, QStringLiteral("alice"));
    Desktop bob(server.url, QStringLiteral("bob"));
    const Ticket ticket = bob.file(QStringLiteral("王芳"));

    MainWindow window(*bob.repository);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.teamFeed());
    REQUIRE(window.teamFeed()->isConnected());
    REQUIRE(waitFor([&] { return window.queueModel()->rowCount() == 1; }, kPatienceMs) >= 0);
    const auto assigneeCell = [&] {
        return window.queueModel()
            ->data(window.queueModel()->index(0, QueueModel::Assignee))
            .toString();
    };
    CHECK_FALSE(assigneeCell().contains(QStringLiteral("alice")));
    TeamFeed feed(*bob.database->server());
    QSignalSpy changed(&feed, &TeamFeed::ticketsChanged);
    REQUIRE(feed.start());

    // Alice opens the ticket's Reply tab: her first heartbeat reaches Bob's feed and queue.
    PresenceStore presence(*alice.database);
    QString error;
    QDateTime beatAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    REQUIRE(presence.beat(ticket.id, QStringLiteral("alice"), beatAt, &error));
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
    const qint64 toFeed = clock.elapsed();
    REQUIRE(waitFor([&] { return assigneeCell().contains(QStringLiteral("alice")); },
                    kPatienceMs) >= 0);
    const qint64 toQueue = clock.elapsed();
    std::printf("live: a colleague starts replying -> other's feed %lld ms, other's queue row "
                "%lld ms\n",
                static_cast<long long>(toFeed), static_cast<long long>(toQueue));
    CHECK(toQueue < kLiveBoundMs);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64>{ticket.id});

    // Her heartbeats while she stays say nothing new: no notification.
    changed.clear();
    for (int i = 1; i <= 3; ++i) {
        beatAt = beatAt.addSecs(kPresenceHeartbeatSeconds);
        REQUIRE(presence.beat(ticket.id, QStringLiteral("alice"), beatAt, &error));
    }
    // A marker change afterwards: once it arrives, anything the heartbeats sent has too.
    const Ticket marker = alice.file(QStringLiteral("李雷"));
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
    waitFor([] { return false; }, 2 * TeamFeed::kCoalesceMs);
    QList<qint64> seen;
    for (const QList<QVariant>& signal : std::as_const(changed))
        seen += signal.first().value<QList<qint64>>();
    CHECK(seen == QList<qint64>{marker.id});

    // She leaves: Bob's queue drops the mark at once.
    changed.clear();
    clock.restart();
    REQUIRE(presence.leave(ticket.id, QStringLiteral("alice"), &error));
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
    REQUIRE(waitFor(
                [&] {
                    const int row = window.queueModel()->ticketIdAt(0) == ticket.id ? 0 : 1;
                    return !window.queueModel()
                                ->data(window.queueModel()->index(row, QueueModel::Assignee))
                                .toString()
                                .contains(QStringLiteral("alice"));
                },
                kPatienceMs) >= 0);
    CHECK(clock.elapsed() < kLiveBoundMs);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64>{ticket.id});

    // A heartbeat renewing a row that had expired (her desktop slept) is a new start: told.
    REQUIRE(presence.beat(ticket.id, QStringLiteral("alice"), beatAt, &error));
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
    changed.clear();
    REQUIRE(presence.beat(ticket.id, QStringLiteral("alice"),
                          beatAt.addSecs(kPresenceExpirySeconds + 1), &error));
    CHECK(waitFor([&] { return !changed.isEmpty(); }, kPatienceMs) >= 0);
}
