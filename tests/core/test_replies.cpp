// SPDX-License-Identifier: MIT
// Reply templates, placeholders, commitments and the reply store (issue 4).
#include "catch.h"
#include "testsupport.h"

#include "replies/commitments.h"
#include "replies/placeholders.h"
#include "replies/replystore.h"
#include "replies/templatelibrary.h"
#include "sla/clock.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rtcare;
using namespace rtcare::replies;

TEST_CASE("templates: every stage in both languages", "[replies][templates]")
{
    const TemplateLibrary& library = TemplateLibrary::builtIn();
    for (const QString& stage : templateStages()) {
        const QList<ReplyTemplate> found = library.filtered(stage, QString());
        INFO(stage.toStdString());
        REQUIRE_FALSE(found.isEmpty());
        CHECK_FALSE(found.first().bodyEn.isEmpty());
        CHECK_FALSE(found.first().bodyZh.isEmpty());
    }
    CHECK(library.filtered(QString(), QStringLiteral("empath")).size() == 1);
    CHECK(library.filtered(QString(), QStringLiteral("升级")).size() == 1);
}

TEST_CASE("templates: placeholders fill from the ticket, the rest stay visible", "[replies][templates]")
{
    test::TempDatabase t;
    Ticket ticket = t.create(Category::AvQuality, QStringLiteral("王芳"));
    ticket.os = QStringLiteral("Android 14");
    ticket.scenario = QStringLiteral("直播连麦");
    const ReplyTemplate* control = TemplateLibrary::builtIn().find(QStringLiteral("control.callback"));
    REQUIRE(control);
    const QHash<QString, QString> values =
        ticketPlaceholders(ticket, QStringLiteral("小王"), QStringLiteral("zh_CN"));
    RenderedReply rendered = renderTemplate(control->body(QStringLiteral("zh_CN")), values);
    CHECK(rendered.text.contains(ticket.number));
    CHECK(rendered.text.contains(QStringLiteral("WLAN")));
    CHECK(rendered.unfilled == QStringList{QStringLiteral("callback_time")});
    QHash<QString, QString> more = values;
    more.insert(QStringLiteral("callback_time"), QStringLiteral("今天18:00"));
    rendered = renderTemplate(control->body(QStringLiteral("zh_CN")), more);
    CHECK(rendered.unfilled.isEmpty());
    CHECK_FALSE(rendered.text.contains(QLatin1Char('{')));
    CHECK(platformOf(QStringLiteral("iOS 17"), QString()) == QStringLiteral("ios"));
    CHECK(selfHelpTips(QStringLiteral("windows"), QStringLiteral("en")).contains(QStringLiteral("cable")));
}

TEST_CASE("templates: suggestions follow the ticket's state", "[replies][templates]")
{
    Ticket ticket;
    CHECK(TemplateLibrary::suggestedStages(ticket, false)
          == QStringList{QStringLiteral("acknowledge"), QStringLiteral("ask_facts"),
                         QStringLiteral("give_control")});
    CHECK(TemplateLibrary::suggestedStages(ticket, true).contains(QStringLiteral("speak_with_data")));
    ticket.firstResponseAt = test::utc("2026-11-24T10:00:00Z");
    ticket.status = TicketStatus::Escalated;
    CHECK(TemplateLibrary::suggestedStages(ticket, false) == QStringList{QStringLiteral("escalation")});
}

TEST_CASE("templates: a malformed user file names file and entry", "[replies][templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templates.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"templates":[{"id":"team.x","stage":"nowhere","body":{"en":"a","zh_CN":"b"}},)"
               R"({"id":"team.y","stage":"resolution","title":{"en":"Y","zh_CN":"Y"},)"
               R"("body":{"en":"Done.","zh_CN":"好了。"}}]})");
    file.close();
    QStringList errors;
    const TemplateLibrary library = TemplateLibrary::withOverride(path, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(path));
    CHECK(errors.first().contains(QStringLiteral("team.x")));
    CHECK(library.find(QStringLiteral("team.y")));
    CHECK(library.templates().size() == TemplateLibrary::builtIn().templates().size() + 1);
}

TEST_CASE("templates: a team lead's edit is saved to the user file", "[replies][templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replies/templates.json"));
    ReplyTemplate edited = *TemplateLibrary::builtIn().find(QStringLiteral("ack.empathy"));
    edited.bodyEn = QStringLiteral("Hello {customer_name}, thanks for telling us.");
    QString error;
    REQUIRE(TemplateLibrary::saveUserTemplate(path, edited, &error));
    REQUIRE(TemplateLibrary::saveUserTemplate(path, edited, &error));
    QStringList errors;
    const TemplateLibrary library = TemplateLibrary::withOverride(path, &errors);
    CHECK(errors.isEmpty());
    CHECK(library.templates().size() == TemplateLibrary::builtIn().templates().size());
    CHECK(library.find(QStringLiteral("ack.empathy"))->bodyEn == edited.bodyEn);
}

TEST_CASE("commitments: promised times are recognised", "[replies][commitments]")
{
    const QDateTime now = test::utc("2026-11-24T10:00:00Z");
    const QTimeZone utc = QTimeZone::utc();
    auto dueOf = [&](const QString& text) {
        const QList<CommitmentCandidate> found = findCommitments(text, now, utc);
        return found.size() == 1 ? found.first().due : QDateTime();
    };
    CHECK(dueOf(QStringLiteral("An engineer will call within 2 hours.")) == now.addSecs(7200));
    CHECK(dueOf(QStringLiteral("I'll reply within thirty minutes")) == now.addSecs(1800));
    CHECK(dueOf(QStringLiteral("I'll reply within 30 minutes")) == now.addSecs(1800));
    CHECK(dueOf(QStringLiteral("I will update you by 18:00 today.")) == test::utc("2026-11-24T18:00:00Z"));
    CHECK(dueOf(QStringLiteral("I'll call you by 3 pm tomorrow")) == test::utc("2026-11-25T15:00:00Z"));
    // A time without a promise around it is not a commitment.
    CHECK(dueOf(QStringLiteral("by 3 pm tomorrow")) == QDateTime());
    CHECK(dueOf(QStringLiteral("技术同事会在两小时内联系您")) == now.addSecs(7200));
    CHECK(dueOf(QStringLiteral("明天中午前给您答复")) == test::utc("2026-11-25T12:00:00Z"));
    CHECK(dueOf(QStringLiteral("今天18:00前回复您")) == test::utc("2026-11-24T18:00:00Z"));
    CHECK(dueOf(QStringLiteral("今晚8点前回复您")) == test::utc("2026-11-24T20:00:00Z"));
    CHECK(findCommitments(QStringLiteral("Loss reached 12 % at 20:05."), now, utc).isEmpty());

    Commitment c;
    c.promisedAt = now;
    c.dueAt = now.addSecs(3600);
    const SlaPolicy& policy = SlaPolicy::builtIn();
    CHECK(commitmentClock(policy, c, now.addSecs(60)).state == QStringLiteral("on_track"));
    CHECK(commitmentClock(policy, c, now.addSecs(2800)).state == QStringLiteral("warning_75"));
    CHECK(commitmentClock(policy, c, now.addSecs(3700)).state == QStringLiteral("overdue"));
    c.state = QStringLiteral("kept");
    CHECK(commitmentClock(policy, c, now.addSecs(3700)).state == QStringLiteral("kept"));
}

TEST_CASE("reply store: drafts, sent replies and commitments", "[replies][store]")
{
    test::TempDatabase t;
    const Ticket ticket = t.create(Category::Network);
    ReplyStore store(*t.repository);
    QString error;
    REQUIRE(store.saveDraft(ticket.id, QStringLiteral("half a reply"), &error));
    REQUIRE(store.saveDraft(ticket.id, QStringLiteral("half a reply, more"), &error));
    CHECK(store.draft(ticket.id) == QStringLiteral("half a reply, more"));

    t.now = t.now.addSecs(300);
    const QString text = QStringLiteral("An engineer will call you within 2 hours.");
    const QList<CommitmentCandidate> promised = findCommitments(text, t.now, QTimeZone::utc());
    REQUIRE(promised.size() == 1);
    const std::optional<SentReply> sent = store.markSent(
        ticket.id, text, {QStringLiteral("control.callback")}, {}, promised, &error);
    REQUIRE(sent);
    CHECK(store.draft(ticket.id).isEmpty());
    const Ticket after = *t.repository->find(ticket.id);
    CHECK(after.firstResponseAt == t.now);
    CHECK(firstResponseClock(t.repository->policy(), after, t.now).state
          == ClockStatus::State::Met);
    REQUIRE(store.replies(ticket.id).size() == 1);
    CHECK(store.replies(ticket.id).first().templates == QStringList{QStringLiteral("control.callback")});
    QList<Commitment> commitments = store.commitments(ticket.id);
    REQUIRE(commitments.size() == 1);
    CHECK(commitments.first().dueAt == t.now.addSecs(7200));
    REQUIRE(store.closeCommitment(commitments.first().id, QStringLiteral("kept"), &error));
    CHECK_FALSE(store.closeCommitment(commitments.first().id, QStringLiteral("broken"), &error));
    CHECK(store.commitments(ticket.id).first().state == QStringLiteral("kept"));
    bool audited = false;
    for (const AuditEntry& e : t.repository->history(ticket.id))
        audited = audited || e.field == QStringLiteral("commitment_state");
    CHECK(audited);

    CHECK(store.templateUsage().value(QStringLiteral("control.callback")) == 1);
    // A second reply does not touch the first-response time.
    t.now = t.now.addSecs(600);
    REQUIRE(store.markSent(ticket.id, QStringLiteral("Update: still on it."), {}, {}, {}, &error));
    CHECK(t.repository->find(ticket.id)->firstResponseAt == after.firstResponseAt);
}

TEST_CASE("templates: prose for every category, scenario and missing field", "[replies][templates]")
{
    test::TempDatabase t;
    const QStringList scenarios{QString(),
                                QStringLiteral("other"),
                                QStringLiteral("video_call"),
                                QStringLiteral("group_call"),
                                QStringLiteral("live_cohost"),
                                QStringLiteral("live_audience"),
                                QStringLiteral("voice_room"),
                                QStringLiteral("online_class")};
    const QStringList ids{QStringLiteral("video_call"),  QStringLiteral("group_call"),
                          QStringLiteral("live_cohost"), QStringLiteral("live_audience"),
                          QStringLiteral("voice_room"),  QStringLiteral("online_class"),
                          QStringLiteral("av_quality"),  QStringLiteral("feature_fails")};
    int rendered = 0;
    for (Category category : kAllCategories) {
        Ticket ticket = t.create(category, QStringLiteral("王芳"));
        for (const QString& scenario : scenarios) {
            for (const bool named : {true, false}) {
                ticket.scenario = scenario;
                ticket.customer.name = named ? QStringLiteral("王芳") : QString();
                for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
                    const QHash<QString, QString> values =
                        ticketPlaceholders(ticket, named ? QStringLiteral("小李") : QString(), language);
                    for (const ReplyTemplate& reply : TemplateLibrary::builtIn().templates()) {
                        const QString text = renderTemplate(reply.body(language), values).text;
                        INFO(reply.id.toStdString() << " " << language.toStdString() << " "
                                                    << scenario.toStdString() << " "
                                                    << text.toStdString());
                        ++rendered;
                        // No section markers, no ids, no empty slots, no doubled punctuation.
                        CHECK_FALSE(text.contains(QLatin1String("{#")));
                        CHECK_FALSE(text.contains(QLatin1String("{^")));
                        CHECK_FALSE(text.contains(QLatin1String("{/")));
                        for (const QString& id : ids)
                            CHECK_FALSE(text.contains(id));
                        CHECK_FALSE(text.contains(QLatin1String("{agent_name}")));
                        CHECK_FALSE(text.contains(QLatin1String("{customer_name}")));
                        CHECK_FALSE(text.contains(QLatin1String("{scenario}")));
                        CHECK_FALSE(text.contains(QLatin1String("{category}")));
                        CHECK_FALSE(text.contains(QLatin1String("，，")));
                        CHECK_FALSE(text.contains(QLatin1String(", ,")));
                        CHECK_FALSE(text.contains(QLatin1String("  ")));
                        CHECK_FALSE(text.contains(QLatin1String("agent")));
                        CHECK_FALSE(text.contains(QLatin1String("of other")));
                        CHECK_FALSE(text.contains(QLatin1String("during other")));
                        CHECK_FALSE(text.contains(QLatin1String("other）")));
                        CHECK_FALSE(text.contains(QLatin1String(", other)")));
                    }
                }
            }
        }
    }
    CHECK(rendered > 500);
}

TEST_CASE("templates: the empathy sentence follows the complaint", "[replies][templates]")
{
    test::TempDatabase t;
    const ReplyTemplate* ack = TemplateLibrary::builtIn().find(QStringLiteral("ack.empathy"));
    REQUIRE(ack);
    const auto ackFor = [&](Category category, const QString& description, const QString& language,
                            const QString& scenario = {}) {
        Ticket ticket = t.create(category, QStringLiteral("Alex"));
        ticket.description = description;
        ticket.scenario = scenario;
        return renderTemplate(ack->body(language), ticketPlaceholders(ticket, {}, language)).text;
    };
    // A dropped call reads as one; latency, echo, a crash and a feature do not.
    const QString dropped = ackFor(Category::Network, QStringLiteral("通话老是掉线"), QStringLiteral("zh_CN"),
                                   QStringLiteral("live_cohost"));
    CHECK(dropped.contains(QStringLiteral("直播连麦时突然掉线")));
    CHECK(dropped.startsWith(QStringLiteral("Alex您好，现在由我来跟进")));
    const QString latency = ackFor(Category::AvQuality, QStringLiteral("延迟特别大"), QStringLiteral("zh_CN"));
    CHECK(latency.contains(QStringLiteral("延迟")));
    CHECK_FALSE(latency.contains(QStringLiteral("掉线")));
    CHECK_FALSE(latency.contains(QStringLiteral("中断")));
    const QString echo = ackFor(Category::AvQuality, QStringLiteral("There is an echo on every call"),
                                QStringLiteral("en"), QStringLiteral("group_call"));
    CHECK(echo.contains(QStringLiteral("your own voice come back in a group call or meeting")));
    CHECK_FALSE(echo.contains(QStringLiteral("breaks up")));
    const QString crash = ackFor(Category::Feature, QStringLiteral("The app crashes when I share my screen"),
                                 QStringLiteral("en"));
    CHECK_FALSE(crash.contains(QStringLiteral("cut off")));
    const QString billing = ackFor(Category::Other, QStringLiteral("发票还没开"), QStringLiteral("zh_CN"));
    CHECK_FALSE(billing.contains(QStringLiteral("掉线")));
    CHECK(billing.contains(QStringLiteral("感谢")));
}
