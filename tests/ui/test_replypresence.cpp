// SPDX-License-Identifier: MIT
// Issue 18, collision, in the Reply tab: the heartbeat while it is open, "‹colleague› is
// replying" in the tab and the queue row, and a reply that arrived meanwhile asked about first.
#include "catch.h"
#include "uitestfixture.h"

#include "queue/queuemodel.h"
#include "replies/replycomposer.h"
#include "replies/replypresence.h"
#include "replies/replystore.h"
#include "storage/presence.h"
#include "ticket/ticketdetailpane.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

// Answers the next "another reply" question: Enter (the default), or "Send anyway".
void answerCollision(bool sendAnyway, bool* asked)
{
    QTimer::singleShot(0, [sendAnyway, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        *asked = true;
        if (sendAnyway)
            box->findChild<QPushButton*>(u"sendAnyway"_s)->click();
        else
            QTest::keyClick(box, Qt::Key_Return);
    });
}

} // namespace

TEST_CASE("Reply tab: presence heartbeat, colleagues replying, a reply meanwhile asks first",
          "[ui][replies][presence]")
{
    UiFixture f;
    const Ticket ticket = f.file(u"Li Na"_s, Category::AvQuality);
    PresenceStore presence(*f.database);

    ReplyComposer composer(*f.repository);
    composer.resize(1000, 800);
    composer.show();
    composer.showTicket(ticket.id);
    // Tester is replying, as the colleagues see it.
    CHECK(presence.replying(ticket.id, f.now, u"王芳"_s) == QStringList{u"Tester"_s});

    // A colleague opens the same ticket's Reply tab.
    QString error;
    REQUIRE(presence.beat(ticket.id, u"王芳"_s, f.now, &error));
    composer.presence()->beat();
    auto* label = composer.findChild<QLabel*>(u"replyingLabel"_s);
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(u"王芳"_s));
    QueueModel model(*f.repository);
    model.setFilter(QueueFilter::All);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, QueueModel::Assignee).data().toString().contains(u"王芳"_s));
    CHECK(model.index(0, QueueModel::Assignee).data().toString().startsWith(u"Tester"_s));
    // The ticket's header says it too.
    TicketDetailPane pane(*f.repository);
    pane.showTicket(ticket.id);
    auto* assignee = pane.findChild<QLabel*>(u"assignee"_s);
    REQUIRE(assignee);
    CHECK(assignee->text().startsWith(u"Tester"_s));
    CHECK(assignee->text().contains(u"王芳"_s));

    // ...and sends first.
    f.repository->setActor(u"王芳"_s);
    replies::ReplyStore store(*f.repository);
    REQUIRE(store.markSent(ticket.id, u"您好，我们正在处理。"_s, {}, {}, {}, &error));
    f.repository->setActor(u"Tester"_s);

    composer.editor()->setPlainText(u"您好，我们已经收到您的反馈。"_s);
    bool asked = false;
    answerCollision(false, &asked); // Enter: do not send, review
    CHECK_FALSE(composer.copyAndMarkSent());
    CHECK(asked);
    CHECK(store.replies(ticket.id).size() == 1);
    asked = false;
    answerCollision(true, &asked);
    CHECK(composer.copyAndMarkSent());
    CHECK(asked);
    CHECK(store.replies(ticket.id).size() == 2);
    // Nothing new since: the next reply goes without a question.
    composer.editor()->setPlainText(u"请问问题还在吗？"_s);
    CHECK(composer.copyAndMarkSent());
    CHECK(store.replies(ticket.id).size() == 3);

    // Leaving the tab removes the presence at once; a colleague's expires by itself.
    composer.hide();
    CHECK(presence.replying(ticket.id, f.now, u"王芳"_s).isEmpty());
    f.advanceSeconds(kPresenceExpirySeconds + 1);
    CHECK(presence.replying(ticket.id, f.now, u"Tester"_s).isEmpty());
}
