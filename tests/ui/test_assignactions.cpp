// SPDX-License-Identifier: MIT
// Issue 18: Take, Assign… and "Mine" in the window, by keyboard.
#include "catch.h"
#include "uitestfixture.h"

#include "queue/assignactions.h"
#include "queue/queuemodel.h"
#include "ticket/assigndialog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

QString assigneeOf(MainWindow& window, const QString& number)
{
    QueueModel* model = window.queueModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, QueueModel::Assignee);
        if (cell.data(QueueModel::TicketNumberRole).toString() == number)
            return cell.data().toString();
    }
    return u"(not listed)"_s;
}

int rowOf(MainWindow& window, const QString& number)
{
    QueueModel* model = window.queueModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(QueueModel::TicketNumberRole).toString() == number)
            return row;
    }
    return -1;
}

// Answers the next modal Assign dialog: types `name`, then presses `key`.
void answerAssignDialog(const QString& name, Qt::Key key)
{
    QTimer::singleShot(0, [name, key] {
        auto* dialog = qobject_cast<AssignDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QComboBox* field = dialog->agentField();
        QTest::keyClicks(field, name);
        QTest::keyClick(field, key);
    });
}

} // namespace

TEST_CASE("the queue shows who has each ticket - Take and Assign by keyboard - Mine filters",
          "[ui][assign]")
{
    UiFixture f;
    f.repository->setActor(u"王芳"_s);
    const Ticket first = f.file(u"张伟"_s, Category::Network);
    const Ticket second = f.file(u"Li Lei"_s, Category::AvQuality);
    f.repository->setActor(u"Tester"_s);

    MainWindow window(*f.repository);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.queueModel()->setFilter(QueueFilter::All);
    REQUIRE(window.queueModel()->rowCount() == 2);
    CHECK(assigneeOf(window, first.number) == u"王芳"_s);
    CHECK(window.queueModel()->headerData(QueueModel::Assignee, Qt::Horizontal).toString() ==
          QueueModel::tr("Assignee"));

    QTableView* view = window.queueView();
    view->setFocus();
    QApplication::processEvents();
    view->setCurrentIndex(window.queueModel()->index(rowOf(window, first.number), 0));
    QAction* take = window.assignActions()->takeAction();
    REQUIRE(take->isEnabled());
    QTest::keySequence(view, take->shortcut());
    CHECK(f.repository->find(first.id)->assignee == u"Tester"_s);
    CHECK(f.repository->history(first.id).last().action == u"take"_s);

    // Mine: only Tester's ticket.
    QAction* mine = window.assignActions()->mineAction();
    QTest::keySequence(view, mine->shortcut());
    CHECK(mine->isChecked());
    REQUIRE(window.queueModel()->rowCount() == 1);
    CHECK(window.queueModel()->index(0, 0).data(QueueModel::TicketNumberRole).toString() ==
          first.number);
    QTest::keySequence(view, mine->shortcut());
    CHECK_FALSE(mine->isChecked());
    REQUIRE(window.queueModel()->rowCount() == 2);

    // Assign…: Escape changes nothing, Enter assigns the name typed.
    view->setCurrentIndex(window.queueModel()->index(rowOf(window, second.number), 0));
    QAction* assign = window.assignActions()->assignAction();
    answerAssignDialog(u"zhou_min"_s, Qt::Key_Escape);
    QTest::keySequence(view, assign->shortcut());
    CHECK(f.repository->find(second.id)->assignee == u"王芳"_s);
    answerAssignDialog(u"zhou_min"_s, Qt::Key_Return);
    assign->trigger();
    CHECK(f.repository->find(second.id)->assignee == u"zhou_min"_s);
    QTest::qWait(400); // the queue refreshes after a change
    CHECK(assigneeOf(window, second.number) == u"zhou_min"_s);

    // A take against what the row showed, after a colleague took the ticket: refused, said.
    view->setCurrentIndex(window.queueModel()->index(rowOf(window, second.number), 0));
    f.repository->setActor(u"小李"_s);
    QString error;
    REQUIRE(f.repository->take(second.id, u"zhou_min"_s, &error));
    f.repository->setActor(u"Tester"_s);
    // The row still shows 周敏 (the refresh has not run yet).
    REQUIRE(assigneeOf(window, second.number) == u"zhou_min"_s);
    take->trigger();
    CHECK(f.repository->find(second.id)->assignee == u"小李"_s);
    CHECK(window.statusBar()->currentMessage().contains(u"小李"_s));
}
