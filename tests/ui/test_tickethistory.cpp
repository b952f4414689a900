// SPDX-License-Identifier: MIT
#include "catch.h"

#include "sla/policy.h"
#include "ticket/tickethistoryview.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QTreeWidgetItem>

using namespace rtcare;

TEST_CASE("the history names diagnosis, category and evidence changes in words")
{
    TicketHistoryView view(SlaPolicy::builtIn());
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
    const auto entry = [&](const char* action, const char* field, const char* before,
                           const char* after) {
        return AuditEntry{7,
                          at,
                          QStringLiteral("lin"),
                          QString::fromLatin1(action),
                          QString::fromLatin1(field),
                          QString::fromUtf8(before),
                          QString::fromUtf8(after),
                          QStringLiteral("customer says only on 4G")};
    };
    view.setEntries({
        entry("diagnosis", "diagnosis_answers", "{}",
              R"({"symptom":"stutter","network":"cellular"})"),
        entry("diagnosis", "network", "", "cellular"),
        entry("diagnosis", "root_cause_hypothesis", "", "user_network"),
        entry("category", "category", "feature", "network"),
        entry("category", "priority", "medium", "high"),
    });
    REQUIRE(view.topLevelItemCount() == 5);
    const auto what = [&](int row) {
        return view.topLevelItem(row)->text(TicketHistoryView::What);
    };
    const auto change = [&](int row) {
        return view.topLevelItem(row)->text(TicketHistoryView::Change);
    };
    CHECK(what(0) == QStringLiteral("Diagnosis: answers"));
    CHECK(change(0).contains(QStringLiteral("2 answer(s)")));
    CHECK_FALSE(change(0).contains(QLatin1Char('{')));
    CHECK(what(1) == QStringLiteral("Diagnosis: network"));
    CHECK(change(1).contains(QStringLiteral("Cellular (4G/5G)")));
    CHECK(what(2) == QStringLiteral("Diagnosis: likeliest root cause"));
    CHECK_FALSE(change(2).contains(QStringLiteral("user_network")));
    CHECK(what(3) == QStringLiteral("Category changed"));
    CHECK(change(3).contains(QStringLiteral("Feature malfunction")));
    CHECK(change(3).contains(QStringLiteral("Network connection")));
    CHECK(change(4).contains(QStringLiteral("High")));
    CHECK(view.topLevelItem(3)->text(TicketHistoryView::Reason) ==
          QStringLiteral("customer says only on 4G"));
}

TEST_CASE("the history shows replies and promises in words, at local time")
{
    TicketHistoryView view(SlaPolicy::builtIn());
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
    const QDateTime due = at.addSecs(7200);
    view.setEntries({
        AuditEntry{7, at, QStringLiteral("lin"), QStringLiteral("reply"), QStringLiteral("reply"),
                   QString(), QStringLiteral("212 characters; templates: ack.empathy; findings: 0"),
                   QString()},
        AuditEntry{7, at, QStringLiteral("lin"), QStringLiteral("commitment"),
                   QStringLiteral("commitment"), QString(),
                   QStringLiteral("within 2 hours (due %1)").arg(due.toString(Qt::ISODate)),
                   QString()},
        AuditEntry{7, at, QStringLiteral("lin"), QStringLiteral("commitment"),
                   QStringLiteral("commitment_state"), QStringLiteral("open"),
                   QStringLiteral("kept"), QStringLiteral("within 2 hours")},
    });
    const auto what = [&](int row) {
        return view.topLevelItem(row)->text(TicketHistoryView::What);
    };
    const auto change = [&](int row) {
        return view.topLevelItem(row)->text(TicketHistoryView::Change);
    };
    CHECK(what(0) == QStringLiteral("Reply sent"));
    CHECK(change(0) ==
          QStringLiteral("212 character(s); templates: Acknowledge and empathise; tone clean"));
    CHECK(what(1) == QStringLiteral("Promise made"));
    CHECK(change(1).contains(QStringLiteral("“within 2 hours”, due ")));
    CHECK(change(1).contains(due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK_FALSE(change(1).contains(QLatin1Char('Z')));
    CHECK(what(2) == QStringLiteral("Promise closed"));
    CHECK(change(2) == QStringLiteral("open → kept"));
}

TEST_CASE("ticket history: English counts use the right plural", "[ui][history]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/rtcare/i18n/rtcare_en.qm")));
    QCoreApplication::installTranslator(&english);
    TicketHistoryView view(SlaPolicy::builtIn());
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
    const auto answers = [&](const char* after) {
        return AuditEntry{7,
                          at,
                          QStringLiteral("lin"),
                          QStringLiteral("diagnosis"),
                          QStringLiteral("diagnosis_answers"),
                          QStringLiteral("{}"),
                          QString::fromUtf8(after),
                          QString()};
    };
    view.setEntries({answers(R"({"symptom":"stutter","network":"cellular"})"),
                     answers(R"({"symptom":"stutter"})")});
    QCoreApplication::removeTranslator(&english);
    REQUIRE(view.topLevelItemCount() == 2);
    const auto change = [&](int row) {
        return view.topLevelItem(row)->text(TicketHistoryView::Change);
    };
    CHECK(change(0).contains(QStringLiteral("2 answers")));
    CHECK(change(1).contains(QStringLiteral("1 answer")));
    INFO(change(1).toStdString());
    CHECK_FALSE(change(1).contains(QStringLiteral("1 answers")));
    CHECK_FALSE(change(0).contains(QStringLiteral("(s)")));
}
