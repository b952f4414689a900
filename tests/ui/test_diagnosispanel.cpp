// SPDX-License-Identifier: MIT
// The diagnosis panel driven by keyboard to a ranked result; the category suggestion where
// tickets are filed; the incident hint with its links.
#include "catch.h"
#include "uitestfixture.h"

#include "ticket/categorysuggestion.h"
#include "diagnosis/diagnosispanel.h"
#include "window/mainwindow.h"
#include "ticket/newticketdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T* child(QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// Presses a key where the agent's focus would be: the first answer button, or the text field.
void press(DiagnosisPanel& panel, Qt::Key key)
{
    QWidget* target = panel.findChild<QPushButton*>(u"answer1"_s);
    if (!target || !target->isVisible())
        target = &panel;
    QTest::keyClick(target, key);
    QApplication::processEvents();
}

void type(DiagnosisPanel& panel, const QString& text)
{
    auto* edit = child<QLineEdit>(panel, u"textAnswer"_s);
    REQUIRE(edit->isVisible());
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QApplication::processEvents();
}

QString currentId(const DiagnosisPanel& panel)
{
    return panel.currentQuestion() ? panel.currentQuestion()->id : QString();
}

} // namespace

TEST_CASE("DiagnosisPanel: keys 1-9 walk the questions to a ranked, saved result",
          "[ui][diagnosis]")
{
    UiFixture f;
    const Ticket ticket = f.file(u"王芳"_s, Category::AvQuality, false, false, u"视频很卡"_s);
    DiagnosisPanel panel(*f.repository);
    panel.resize(900, 700);
    panel.show();
    panel.showTicket(ticket.id);

    // The description already told the symptom; the three facts come next.
    CHECK(panel.answers().value(u"symptom"_s) == u"stutter"_s);
    CHECK(currentId(panel) == u"scenario"_s);
    CHECK(child<QLabel>(panel, u"diagnosisProgress"_s)->text().contains(u"○ Scenario"_s));
    CHECK(child<QPushButton>(panel, u"answer1"_s)->text().contains(u"One-to-one video call"_s));

    press(panel, Qt::Key_1); // one-to-one video call
    CHECK(currentId(panel) == u"network"_s);
    CHECK(child<QLabel>(panel, u"diagnosisProgress"_s)->text().contains(u"✓ Scenario"_s));
    press(panel, Qt::Key_Backspace); // back, and forward again
    CHECK(currentId(panel) == u"scenario"_s);
    CHECK(child<QPushButton>(panel, u"answer1"_s)->isChecked());
    press(panel, Qt::Key_1);
    press(panel, Qt::Key_3); // cellular
    press(panel, Qt::Key_2); // often unsteady
    type(panel, u"Shenzhen"_s);
    CHECK(currentId(panel) == u"device_model"_s);
    type(panel, u"Huawei Mate 20"_s);
    CHECK(currentId(panel) == u"os"_s);
    type(panel, u""_s);      // system version: not known yet
    type(panel, u"4.2.1"_s); // app version
    press(panel, Qt::Key_1); // device under two years
    CHECK(currentId(panel) == u"others_affected"_s);
    press(panel, Qt::Key_9); // no ninth answer: nothing happens
    CHECK(currentId(panel) == u"others_affected"_s);
    press(panel, Qt::Key_2); // only this customer
    press(panel, Qt::Key_2); // only on this network
    press(panel, Qt::Key_2); // from the start
    CHECK(currentId(panel) == u"only_this_model"_s);
    press(panel, Qt::Key_3); // same on other devices
    REQUIRE(panel.isFinished());

    // user_network: stutter 2 + cellular 2 + unsteady 3 + only this customer 2 + only this
    // network 4 = 13; unknown prior 1; all else at or below 0 -> 13/14.
    const QList<diagnosis::RankedCause> ranking = panel.ranking();
    CHECK(ranking.first().cause == u"user_network"_s);
    CHECK(ranking.first().confidence == Approx(13.0 / 14.0));
    CHECK(child<QLabel>(panel, u"ranking"_s)->text().contains(u"93 %"_s));
    CHECK(child<QLabel>(panel, u"nextSteps"_s)->text().contains(u"stats file"_s));

    // Finishing saved everything on the ticket.
    const Ticket stored = *f.repository->find(ticket.id);
    CHECK(stored.rootCauseHypothesis == u"user_network"_s);
    CHECK(stored.scenario == u"video_call"_s);
    CHECK(stored.network == u"cellular"_s);
    CHECK(stored.deviceModel == u"Huawei Mate 20"_s);
    CHECK(stored.region == u"Shenzhen"_s);
    CHECK(stored.diagnosisAnswers.contains(u"\"app_version\":\"4.2.1\""_s));
    CHECK_FALSE(stored.diagnosisAnswers.contains(u"\"os\""_s));

    // Coming back to the ticket restores the answers and opens the question skipped.
    panel.showTicket(0);
    CHECK(panel.ticketId() == 0);
    panel.showTicket(ticket.id);
    CHECK(currentId(panel) == u"os"_s);
    CHECK(panel.answers().value(u"others_affected"_s) == u"only_this_user"_s);
}

TEST_CASE("DiagnosisPanel: the phrasing is copied, the category suggested and changed",
          "[ui][diagnosis]")
{
    UiFixture f;
    const Ticket ticket = f.file(u"Emma Wilson"_s, Category::Compatibility, false, false,
                                 u"The call keeps dropping"_s);
    DiagnosisPanel panel(*f.repository);
    panel.show();
    panel.showTicket(ticket.id);
    CHECK(currentId(panel) == u"scenario"_s);

    child<QPushButton>(panel, u"copyPhrasing"_s)->click();
    CHECK(QApplication::clipboard()->text() == child<QLabel>(panel, u"questionPhrasing"_s)->text());
    CHECK(QApplication::clipboard()->text().contains(u"video call"_s));

    CHECK(panel.suggestion().category == Category::Network);
    const QString suggestion = child<QLabel>(panel, u"categorySuggestion"_s)->text();
    CHECK(suggestion.contains(u"Network connection"_s));
    CHECK(suggestion.contains(u"15 min"_s));
    CHECK(suggestion.contains(u"dropping"_s));
    auto* reason = child<QLineEdit>(panel, u"categoryReason"_s);
    CHECK(reason->text().startsWith(u"Suggested from what the customer said"_s));
    child<QPushButton>(panel, u"applyCategory"_s)->click();
    const Ticket changed = *f.repository->find(ticket.id);
    CHECK(changed.category == Category::Network);
    CHECK(changed.priority == u"high"_s);
    CHECK(f.repository->history(ticket.id).last().reason.startsWith(u"Suggested from"_s));
}

TEST_CASE("DiagnosisPanel: a possible wider incident links the other tickets", "[ui][diagnosis]")
{
    UiFixture f;
    QList<Ticket> tickets;
    for (int i = 0; i < 3; ++i) {
        NewTicket input;
        input.customer.name = u"Customer %1"_s.arg(i);
        input.category = Category::Network;
        input.region = u"广东 深圳"_s;
        input.description = u"掉线"_s;
        QString error;
        tickets.append(*f.repository->create(input, &error));
        f.advanceMinutes(5);
    }
    DiagnosisPanel panel(*f.repository);
    panel.show();
    panel.showTicket(tickets.last().id);
    REQUIRE(panel.incidentHints().size() == 1);
    auto* hint = child<QLabel>(panel, u"incidentHint"_s);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(u"Possible wider incident"_s));
    CHECK(hint->text().contains(u"广东 深圳"_s));
    CHECK(hint->text().contains(u"ticket:%1"_s.arg(tickets.first().id)));
    QSignalSpy spy(&panel, &DiagnosisPanel::ticketLinkActivated);
    Q_EMIT hint->linkActivated(u"ticket:%1"_s.arg(tickets.first().id));
    REQUIRE(spy.size() == 1);
    CHECK(spy.first().first().toLongLong() == tickets.first().id);
}

TEST_CASE("NewTicketDialog suggests the category from the description, and the agent may override",
          "[ui][diagnosis]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    auto* description = child<QPlainTextEdit>(dialog, u"description"_s);
    auto* category = child<QComboBox>(dialog, u"category"_s);
    auto* suggestion = child<CategorySuggestion>(dialog, u"categorySuggestion"_s);
    dialog.show();
    CHECK(suggestion->isHidden());
    description->insertPlainText(u"直播连麦老是掉线"_s); // keyClicks types ASCII only
    CHECK(category->currentData().toString() == u"network"_s);
    CHECK(suggestion->text().contains(u"Network connection"_s));
    CHECK(suggestion->text().contains(u"掉线"_s));
    CHECK(dialog.previewText().contains(u"High"_s));

    // The agent picks another category by hand; typing more does not take it back.
    category->setCurrentIndex(category->findData(u"feature"_s));
    Q_EMIT category->activated(category->currentIndex());
    description->insertPlainText(u"，声音也卡"_s);
    CHECK(category->currentData().toString() == u"feature"_s);
    CHECK(suggestion->overridden());
    CHECK(suggestion->text().contains(u"Your choice stands"_s));

    // The device model autocompletes from the shipped list of models.
    QCompleter* completer = child<QLineEdit>(dialog, u"deviceModel"_s)->completer();
    REQUIRE(completer);
    completer->setCompletionPrefix(u"mate 20"_s);
    CHECK(completer->currentCompletion() == u"Huawei Mate 20"_s);
}

TEST_CASE("MainWindow: the Diagnosis tab follows the selection and its links select tickets",
          "[ui][diagnosis]")
{
    UiFixture f;
    QList<Ticket> tickets;
    for (int i = 0; i < 3; ++i) {
        NewTicket input;
        input.customer.name = u"Customer %1"_s.arg(i);
        input.category = Category::Network;
        input.scenario = u"live_cohost"_s;
        input.description = u"连麦老是掉线"_s;
        QString error;
        tickets.append(*f.repository->create(input, &error));
        f.advanceMinutes(3);
    }
    MainWindow window(*f.repository);
    window.show();
    auto* tabs = window.ticketTabs();
    auto* panel = window.findChild<DiagnosisPanel*>(u"diagnosisPanel"_s);
    REQUIRE(panel);
    CHECK(tabs->indexOf(panel) > 0);
    REQUIRE(window.selectTicket(tickets.at(2).id));
    tabs->setCurrentWidget(panel);
    CHECK(panel->ticketId() == tickets.at(2).id);
    REQUIRE(panel->incidentHints().size() == 1);
    CHECK(panel->incidentHints().first().field == u"scenario"_s);

    Q_EMIT panel->ticketLinkActivated(tickets.at(0).id);
    CHECK(window.selectedTicketId() == tickets.at(0).id);
    CHECK(panel->ticketId() == tickets.at(0).id);
}

namespace {

// A second customer in 上海 on an iPhone, so the region and device questions suggest them.
void fileNeighbour(UiFixture& f)
{
    const Ticket other = f.file(u"李雷"_s, Category::AvQuality, false, false, u"画面卡顿"_s);
    DiagnosisRecord record;
    record.region = u"上海"_s;
    record.deviceModel = u"iPhone 13"_s;
    QString error;
    REQUIRE(f.repository->recordDiagnosis(other.id, record, &error));
}

// Chinese arrives through the input method: the committed text, as an IME sends it.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Walks from a fresh ticket to the region question with keys.
void walkToRegion(DiagnosisPanel& panel)
{
    press(panel, Qt::Key_1); // video call
    press(panel, Qt::Key_1); // home Wi-Fi
    press(panel, Qt::Key_1); // steady
    REQUIRE(currentId(panel) == u"region"_s);
}

} // namespace

TEST_CASE("DiagnosisPanel: Enter in an open suggestion list answers, saves and moves on",
          "[ui][diagnosis][regression]")
{
    UiFixture f;
    fileNeighbour(f);
    const Ticket ticket = f.file(u"王芳"_s, Category::AvQuality, false, false, u"视频很卡"_s);
    auto panel = std::make_unique<DiagnosisPanel>(*f.repository);
    panel->resize(900, 700);
    panel->show();
    panel->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(panel.get()));
    panel->showTicket(ticket.id);
    walkToRegion(*panel);

    auto* edit = child<QLineEdit>(*panel, u"textAnswer"_s);
    edit->setFocus();
    commitText(edit, u"上"_s);
    REQUIRE(edit->completer());
    REQUIRE(edit->completer()->popup()->isVisible());

    SECTION("Enter on the suggestion")
    {
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Return);
    }
    SECTION("Escape closes the list, then Enter")
    {
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
        CHECK_FALSE(edit->completer()->popup()->isVisible());
        commitText(edit, u"海"_s);
        if (edit->completer()->popup()->isVisible())
            QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QApplication::processEvents();
    CHECK(currentId(*panel) == u"device_model"_s);
    CHECK(panel->answers().value(u"region"_s) == u"上海"_s);

    // The device question suggests too; its list opens and Enter takes the suggestion.
    // The next question has the keyboard once the pop-up is gone.
    CHECK(panel->focusWidget() == edit);
    panel->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(panel.get()));
    CHECK(QApplication::focusWidget() == edit);
    QTest::keyClicks(edit, u"iph"_s);
    REQUIRE(edit->completer()->popup()->isVisible());
    QTest::keyClick(edit->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(edit->completer()->popup(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(currentId(*panel) == u"os"_s);
    CHECK(panel->answers().value(u"device_model"_s) == u"iPhone 13"_s);

    // Each answer was kept as it was given: a window that dies now loses nothing.
    const QString draft = f.repository->diagnosisDraft(ticket.id);
    CHECK(draft.contains(u"上海"_s));
    CHECK(draft.contains(u"iPhone 13"_s));
    panel.reset();
    DiagnosisPanel reopened(*f.repository);
    reopened.showTicket(ticket.id);
    CHECK(currentId(reopened) == u"os"_s);
    CHECK(reopened.answers().value(u"region"_s) == u"上海"_s);
}

TEST_CASE("DiagnosisPanel: Ctrl+Right skips a text question and the wheel leaves the category alone",
          "[ui][diagnosis]")
{
    UiFixture f;
    const Ticket ticket = f.file(u"王芳"_s, Category::AvQuality, false, false, u"视频很卡"_s);
    DiagnosisPanel panel(*f.repository);
    panel.resize(900, 700);
    panel.show();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    panel.showTicket(ticket.id);
    walkToRegion(panel);
    auto* edit = child<QLineEdit>(panel, u"textAnswer"_s);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Right, Qt::ControlModifier);
    // A shortcut animates its button's click: the skip lands a moment later.
    CHECK(QTest::qWaitFor([&] { return currentId(panel) == u"device_model"_s; }, 2000));
    CHECK_FALSE(panel.answers().contains(u"region"_s));

    auto* category = child<QComboBox>(panel, u"diagnosisCategory"_s);
    const int before = category->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), category->mapToGlobal(QPointF(5, 5)), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(category, &wheel);
    CHECK(category->currentIndex() == before);
}
