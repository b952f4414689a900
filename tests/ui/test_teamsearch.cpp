// SPDX-License-Identifier: MIT
// The queue's search on a team server, in the real window (issue 17): a search with more
// matches than the server counts lists the most urgent of them and says so. Hidden tag
// "[pgui]": run against the throwaway cluster by pg.ui.teamserver.
#include "catch.h"

#include "pgsupport.h"
#include "queue/queuemodel.h"
#include "storage/database.h"
#include "storage/queuequery.h"
#include "storage/ticketrepository.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace rtcare;
using namespace Qt::StringLiterals;

namespace {
// Chinese arrives in the search box through the input method: its committed text.
void typeChinese(QWidget* target, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}
} // namespace

TEST_CASE("MainWindow on a team server: a search with more than 1,000 matches lists the 1,001 "
          "most urgent and says so, by keyboard",
          "[.][pgui]")
{
    REQUIRE(test::onServerEngine());
    const test::ScratchServerDatabase server;
    QString error;
    const std::unique_ptr<Database> database = Database::open(server.url, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    TicketRepository repository(*database, SlaPolicy::builtIn());
    repository.setActor(u"Tester"_s);
    constexpr int kMatching = QueueQuery::kServerSearchCountCap + 5;
    for (int i = 0; i < kMatching; ++i) {
        NewTicket input;
        input.customer.name = u"Customer %1"_s.arg(i);
        input.category = Category::AvQuality;
        input.channel = u"chat"_s;
        input.description = u"第%1次通话，视频卡顿"_s.arg(i);
        if (i == 500)
            input.description += u"，声音也断断续续"_s;
        REQUIRE(repository.create(input, &error));
    }

    MainWindow window(repository);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // All statuses (Ctrl+4), Ctrl+F, the word, Enter: the keyboard lands on the list.
    QTest::keyClick(window.queueView(), Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(window.queueView(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == window.searchField());
    typeChinese(window.searchField(), u"卡顿"_s);
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == window.queueView());

    QueueModel* model = window.queueModel();
    REQUIRE(model->rowCount() == QueueQuery::kServerSearchCountCap + 1);
    CHECK(model->listsMostUrgentOnly());
    CHECK(window.statusBar()->currentMessage()
          == u"More than 1,000 tickets match “卡顿”: the 1,001 most urgent are listed. Add a "
             "word to narrow the search."_s);
    // Every listed row is a ticket, to the last one (Ctrl+End).
    QTest::keyClick(window.queueView(), Qt::Key_End, Qt::ControlModifier);
    CHECK(window.queueView()->currentIndex().row() == QueueQuery::kServerSearchCountCap);
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        REQUIRE(model->ticketIdAt(row) > 0);
    }

    // One more word narrows it: the status bar message goes, every match is counted.
    window.searchField()->setFocus();
    window.searchField()->selectAll();
    typeChinese(window.searchField(), u"卡顿 断续"_s);
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    CHECK_FALSE(model->listsMostUrgentOnly());
    CHECK(model->rowCount() == 1);
}
