// SPDX-License-Identifier: MIT
// The Reply tab, offscreen: pick a template, fill its placeholder, see a blaming sentence
// highlighted, replace it, copy and mark sent: the first-response clock stops, the
// promised time becomes a commitment, the draft survives a restart.
#include "catch.h"
#include "uitestfixture.h"

#include "replies/replycomposer.h"
#include "replies/replystore.h"
#include "replies/templateeditordialog.h"
#include "sla/clock.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace rtcare;
using namespace rtcare::test;

TEST_CASE("ReplyComposer: template, placeholder, tone highlight, replace, copy and send",
          "[ui][replies]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("Li Na"), Category::AvQuality);
    ReplyComposer composer(*f.repository);
    composer.resize(1000, 800);
    composer.show();
    composer.showTicket(ticket.id);
    CHECK(composer.loadErrors().isEmpty());
    REQUIRE(composer.templateList()->count() >= 2); // suggested: acknowledge + ask
    CHECK_FALSE(composer.sendButton()->isEnabled());

    composer.insertTemplate(QStringLiteral("control.callback"));
    CHECK(composer.editor()->toPlainText().contains(ticket.number));
    CHECK(composer.unfilledPlaceholders() == QStringList{QStringLiteral("callback_time")});
    CHECK_FALSE(composer.sendButton()->isEnabled()); // a placeholder blocks copy

    composer.fillPlaceholder(QStringLiteral("callback_time"), QStringLiteral("18:00 today"));
    CHECK(composer.unfilledPlaceholders().isEmpty());
    CHECK(composer.findings().isEmpty());
    CHECK(composer.sendButton()->isEnabled());

    QTextCursor cursor = composer.editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    composer.editor()->setTextCursor(cursor);
    QTest::keyClicks(composer.editor(), QStringLiteral(" Your network is bad."));
    REQUIRE(composer.findings().size() == 1);
    CHECK(composer.findings().first().category == QStringLiteral("blame"));
    CHECK(composer.editor()->extraSelections().size() == 1);
    CHECK(composer.readinessText().contains(QStringLiteral("✗")));

    // Alt+Enter on the highlighted span replaces it with the better phrasing.
    cursor.setPosition(int(composer.findings().first().start) + 2);
    composer.editor()->setTextCursor(cursor);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::AltModifier);
    CHECK(composer.findings().isEmpty());
    CHECK(composer.editor()->toPlainText().contains(
        QStringLiteral("Let's look at the connection together"))); // a sentence of its own: capital

    // The draft is saved (debounced) and comes back after a "restart".
    composer.flushDraft();
    QTest::qWait(600);
    const QString text = composer.editor()->toPlainText();
    {
        ReplyComposer again(*f.repository);
        again.showTicket(ticket.id);
        CHECK(again.editor()->toPlainText() == text);
    }

    f.advanceMinutes(5);
    REQUIRE(composer.copyAndMarkSent());
    CHECK(QApplication::clipboard()->text() == text);
    const Ticket after = *f.repository->find(ticket.id);
    CHECK(after.firstResponseAt == f.now);
    CHECK(firstResponseClock(f.repository->policy(), after, f.now).state ==
          ClockStatus::State::Met);
    CHECK(composer.commitmentCount() == 1); // "by 18:00 today"
    CHECK(composer.editor()->toPlainText().isEmpty());
    replies::ReplyStore store(*f.repository);
    REQUIRE(store.replies(ticket.id).size() == 1);
    CHECK(store.replies(ticket.id).first().templates ==
          QStringList{QStringLiteral("control.callback")});
    CHECK(store.draft(ticket.id).isEmpty());
}

TEST_CASE("ReplyComposer: quick insert with :: and Tab", "[ui][replies]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("Li Na"), Category::Network);
    ReplyComposer composer(*f.repository);
    composer.show();
    composer.showTicket(ticket.id);
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), QStringLiteral("::three"));
    QTest::keyClick(composer.editor(), Qt::Key_Tab);
    const QString text = composer.editor()->toPlainText();
    CHECK_FALSE(text.contains(QStringLiteral("::")));
    CHECK(text.contains(ticket.number));
    CHECK(composer.findings().isEmpty());
}

TEST_CASE("ReplyComposer: a team lead edits a template, usage is counted", "[ui][replies]")
{
    QTemporaryDir folder;
    qputenv("RTCARE_REPLIES_DIR", folder.path().toUtf8());
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("Li Na"), Category::Network);
    ReplyComposer composer(*f.repository);
    composer.showTicket(ticket.id);
    TemplateEditorDialog dialog(
        *replies::TemplateLibrary::builtIn().find(QStringLiteral("ack.empathy")));
    dialog.setBody(QStringLiteral("en"), QStringLiteral("Hello {customer_name}, our own words."));
    REQUIRE(composer.saveTemplate(dialog));
    CHECK(QFile::exists(folder.filePath(QStringLiteral("templates.json"))));
    composer.insertTemplate(QStringLiteral("ack.empathy"));
    qunsetenv("RTCARE_REPLIES_DIR");
    const QString text = composer.editor()->toPlainText();
    CHECK(text == QStringLiteral("Hello Li Na, our own words.")); // tests run in English
    REQUIRE(composer.copyAndMarkSent());
    CHECK(replies::ReplyStore(*f.repository).templateUsage().value(QStringLiteral("ack.empathy")) ==
          1);
}

TEST_CASE("ReplyComposer: fits a narrow ticket pane", "[ui][replies][layout]")
{
    // At 1280 px the queue needs about 850 px for its fixed columns and a readable
    // Summary; what is left for the ticket tabs after the splitter handle and window
    // margins is about 420 px. The composer stacks its templates above the editor and
    // wraps its button rows to stay within that.
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("Li Na"), Category::AvQuality);
    ReplyComposer composer(*f.repository);
    composer.showTicket(ticket.id);
    composer.insertTemplate(QStringLiteral("control.callback"));
    QTest::keyClicks(composer.editor(), QStringLiteral(" Your network is bad."));
    INFO("minimum width " << composer.minimumSizeHint().width());
    CHECK(composer.minimumSizeHint().width() <= 420);
    // It still works at that width: the send button and the template list are usable.
    composer.resize(420, 760);
    composer.show();
    QApplication::processEvents();
    CHECK(composer.sendButton()->isVisible());
    CHECK(composer.sendButton()->width() >= composer.sendButton()->minimumSizeHint().width());
    CHECK(composer.templateList()->height() > 0);
    CHECK(composer.editor()->height() >= composer.editor()->fontMetrics().height() * 3);
}
