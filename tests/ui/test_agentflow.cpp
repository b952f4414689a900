// SPDX-License-Identifier: MIT
// An agent's first complaint on the real main window, by keyboard only (issue 11), in
// Chinese and in English: the customer's message pasted into a new ticket, filed, the first
// reply written from templates (a blaming sentence fixed with one key), copied and marked
// sent; then the diagnosis (suggestion pop-ups accepted with Enter) and the call statistics
// attached through the file dialog. After each step the test checks what the agent would
// look at: the queue, the tab shown, the field with the keyboard, the clipboard, the clocks.
//
// It counts the keyboard actions: every key press or shortcut that is not typing free text
// (pasting the customer's message counts as typing). The path from the pasted complaint to
// the copied, tone-clean first reply must take at most 12.
#include "catch.h"
#include "evidencefixtures.h"
#include "uitestfixture.h"

#include "diagnosis/diagnosispanel.h"
#include "evidence/evidencepanel.h"
#include "queue/queuemodel.h"
#include "replies/replycomposer.h"
#include "replies/replystore.h"
#include "ticket/newticketdialog.h"
#include "ticket/ticketdetailpane.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFirstReplyBudget = 12;

// The agent's language: the app's translation and locale, as `rtcare --lang` installs them.
class Language
{
public:
    explicit Language(const QString& name) : m_before(QLocale())
    {
        QLocale::setDefault(QLocale(name));
        if (name != "en"_L1) {
            REQUIRE(m_translator.load(u":/rtcare/i18n/rtcare_%1.qm"_s.arg(name)));
            QCoreApplication::installTranslator(&m_translator);
            m_installed = true;
        }
    }
    ~Language()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_before);
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QLocale m_before;
    QTranslator m_translator;
    bool m_installed = false;
};

// The agent's hands. press() is one keyboard action, counted; type() and paste() are free
// text, not counted. Keys go where a real keyboard's would: an open pop-up list first,
// otherwise the widget with the focus.
struct Agent
{
    int actions = 0;

    static QWidget* focus()
    {
        QWidget* widget = QApplication::focusWidget();
        REQUIRE(widget);
        return widget;
    }
    static QWidget* keyTarget()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            return popup;
        return focus();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++actions;
        QTest::keyClick(keyTarget(), key, modifiers);
        QApplication::processEvents();
    }
    static void type(const QString& text)
    {
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin) {
            QTest::keyClicks(focus(), text);
        } else {
            // Chinese arrives through the input method: its committed text.
            QInputMethodEvent event;
            event.setCommitString(text);
            QApplication::sendEvent(focus(), &event);
        }
        QApplication::processEvents();
    }
    static void paste(const QString& text)
    {
        QApplication::clipboard()->setText(text);
        QTest::keyClick(focus(), Qt::Key_V, Qt::ControlModifier);
        QApplication::processEvents();
    }
};

// Runs `act` on the next modal window (a file dialog or message box opened with a nested
// event loop) once it is shown: the agent answers it with keys too.
void whenModalShows(std::function<void(QWidget*)> act, int triesLeft = 250)
{
    QTimer::singleShot(20, qApp, [act = std::move(act), triesLeft]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && QApplication::focusWidget() &&
            modal->isAncestorOf(QApplication::focusWidget())) {
            act(modal);
        } else if (triesLeft > 0) {
            whenModalShows(std::move(act), triesLeft - 1);
        }
    });
}

// What the agent types and expects, per language.
struct Script
{
    QString language;
    QString customer;
    QString complaint;
    QString callbackTime; // typed over the template's {callback_time}
    QString blame;        // a sentence the tone checker flags as blame
    QString regionPrefix; // typed in the region question; the list offers the rest
    QString region;
    QString devicePrefix;
    QString device;
    QString osPrefix;
    QString freeAnswer;    // for a text question without suggestions
    QString metClock;      // how the detail pane's clock starts once answered in time
    QString promiseChip;   // how the queue's clock starts while a promise runs
    QStringList internals; // ids that must never reach the customer
};

Script chinese()
{
    return {u"zh_CN"_s,
            u"王芳"_s,
            u"你好，我们直播连麦的时候画面一直卡，声音也断断续续，对方说还有回声。"
            u"用的是家里的Wi-Fi，手机是 iPhone 13。今晚还要直播，麻烦尽快看看。"_s,
            u"今天18:00"_s,
            u"您那边网络太差。"_s,
            u"上"_s,
            u"上海"_s,
            u"iph"_s,
            u"iPhone 13"_s,
            u"iOS"_s,
            u"8.2 版"_s,
            u"已按时"_s,
            u"承诺"_s,
            {u"live_cohost"_s, u"home_wifi"_s, u"agent"_s, u"other"_s}};
}

Script english()
{
    return {u"en"_s,
            u"Emma Stone"_s,
            u"Hi, when we co-host a live stream the picture keeps freezing and the sound "
            u"breaks up, and the other host hears an echo. We're on home Wi-Fi, the phone is "
            u"an iPhone 13. We have another stream tonight, please help quickly."_s,
            u"6 pm today"_s,
            u" Your network is bad."_s,
            u"Sh"_s,
            u"Shanghai"_s,
            u"iph"_s,
            u"iPhone 13"_s,
            u"iOS"_s,
            u"version 8.2"_s,
            u"Met"_s,
            u"Promise"_s,
            {u"live_cohost"_s, u"home_wifi"_s, u"agent"_s, u"other"_s, u"{"_s}};
}

template <typename T> T* child(QObject& parent, const QString& name = {})
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// A customer filed earlier in the same region on the same phone: the suggestion lists of the
// region and device questions offer them.
void fileNeighbour(UiFixture& f, const Script& s)
{
    const Ticket other = f.file(u"Li Lei"_s, Category::AvQuality, false, false, u"卡顿"_s);
    DiagnosisRecord record;
    record.region = s.region;
    record.deviceModel = s.device;
    QString error;
    REQUIRE(f.repository->recordDiagnosis(other.id, record, &error));
    f.advanceMinutes(3);
}

void runComplaint(const Script& s)
{
    Language language(s.language);
    UiFixture f;
    fileNeighbour(f, s);
    MainWindow window(*f.repository);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.queueView()->setFocus();
    QTabWidget* tabs = window.ticketTabs();
    auto* composer = child<ReplyComposer>(window);
    auto* diagnosis = child<DiagnosisPanel>(window);
    auto* evidence = child<EvidencePanel>(window);
    QueueModel* queue = window.queueModel();
    const int before = queue->rowCount();

    Agent agent;
    // --- The first reply ------------------------------------------------------------------
    // Ctrl+N: the new-ticket form, the keyboard in the customer's name.
    agent.press(Qt::Key_N, Qt::ControlModifier);
    QPointer<NewTicketDialog> dialog = window.newTicketDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog.data()));
    CHECK(Agent::focus() == child<QLineEdit>(*dialog, u"customerName"_s));
    Agent::type(s.customer);

    // Alt+P: the description; the customer's message pasted in. The form reads it.
    agent.press(Qt::Key_P, Qt::AltModifier);
    auto* description = child<QPlainTextEdit>(*dialog, u"description"_s);
    REQUIRE(Agent::focus() == description);
    Agent::paste(s.complaint);
    CHECK(description->toPlainText() == s.complaint);
    const NewTicket read = dialog->input();
    CHECK(read.category == Category::AvQuality);
    CHECK(read.factsFromText.contains(u"network"_s)); // 家里的Wi-Fi / home Wi-Fi
    CHECK(read.network == u"home_wifi"_s);
    CHECK(read.scenario == u"live_cohost"_s);
    CHECK(read.deviceModel == s.device);

    // Ctrl+Enter files it: in the queue, selected, the Reply tab open on its templates.
    agent.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK((!dialog || !dialog->isVisible()));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const qint64 id = window.selectedTicketId();
    REQUIRE(id > 0);
    const Ticket filed = *f.repository->find(id);
    CHECK(filed.customer.name == s.customer);
    CHECK(queue->rowCount() == before + 1);
    CHECK(queue->rowOfTicket(id) >= 0);
    CHECK(tabs->currentWidget() == composer);
    REQUIRE(Agent::focus() == composer->templateList());
    CHECK(composer->templateList()->count() >= 3);

    // Enter inserts the first suggestion (acknowledge): the customer's name, the ticket
    // number, no internal ids; the keyboard moves into the draft.
    agent.press(Qt::Key_Return);
    QPlainTextEdit* editor = composer->editor();
    CHECK(Agent::focus() == editor);
    // At 1366x768 the draft has room: at least seven lines, not a slit under the lists.
    CHECK(editor->height() >= editor->fontMetrics().lineSpacing() * 7);
    QString draft = editor->toPlainText();
    CHECK(draft.contains(s.customer));
    CHECK(draft.contains(filed.number));
    for (const QString& internal : s.internals)
        CHECK_FALSE(draft.contains(internal));

    // A blaming sentence typed by hand: underlined; Alt+Enter takes the suggestion.
    Agent::type(s.blame);
    REQUIRE(composer->findings().size() == 1);
    CHECK(composer->findings().first().category == u"blame"_s);
    agent.press(Qt::Key_Return, Qt::AltModifier);
    CHECK(composer->findings().isEmpty());
    CHECK_FALSE(editor->toPlainText().contains(s.blame.trimmed()));

    // Ctrl+T, ↓ ↓: the call-back template; Enter inserts it with {callback_time} selected,
    // and typing the time fills it.
    agent.press(Qt::Key_T, Qt::ControlModifier);
    CHECK(Agent::focus() == composer->templateList());
    agent.press(Qt::Key_Down);
    agent.press(Qt::Key_Down);
    REQUIRE(composer->templateList()->currentItem());
    CHECK(composer->templateList()->currentItem()->data(Qt::UserRole).toString() ==
          u"control.callback"_s);
    agent.press(Qt::Key_Return);
    CHECK(Agent::focus() == editor);
    CHECK(editor->textCursor().selectedText() == u"{callback_time}"_s);
    CHECK(composer->unfilledPlaceholders() == QStringList{u"callback_time"_s});
    CHECK_FALSE(composer->sendButton()->isEnabled());
    Agent::type(s.callbackTime);
    CHECK(composer->unfilledPlaceholders().isEmpty());
    CHECK(composer->findings().isEmpty());
    CHECK(composer->sendButton()->isEnabled());
    draft = editor->toPlainText();
    CHECK(draft.contains(s.callbackTime));
    for (const QString& internal : s.internals)
        CHECK_FALSE(draft.contains(internal));

    // Ctrl+Enter: copied and marked sent; the first response is met, the promise runs.
    f.advanceMinutes(6);
    agent.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == draft);
    CHECK(editor->toPlainText().isEmpty());
    const int firstReplyActions = agent.actions;
    window.refreshNow();
    const Ticket answered = *f.repository->find(id);
    CHECK(answered.firstResponseAt == f.now);
    CHECK(window.detailPane()->clockText().startsWith(s.metClock));
    const int row = queue->rowOfTicket(id);
    REQUIRE(row >= 0);
    const QModelIndex clock = queue->index(row, QueueModel::Clock);
    CHECK(clock.data(QueueModel::ClockKindRole).toString() == u"promise"_s);
    CHECK(clock.data(QueueModel::ClockStatusRole).toString() == u"on_track"_s);
    CHECK(clock.data().toString().startsWith(s.promiseChip));
    CHECK(composer->commitmentCount() == 1);
    const QList<replies::SentReply> sent = replies::ReplyStore(*f.repository).replies(id);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().templates == QStringList({u"ack.empathy"_s, u"control.callback"_s}));

    // --- The diagnosis --------------------------------------------------------------------
    agent.actions = 0;
    agent.press(Qt::Key_2, Qt::AltModifier);
    CHECK(tabs->currentWidget() == diagnosis);
    REQUIRE(diagnosis->ticketId() == id);
    // What the message said is not asked again.
    CHECK(diagnosis->answers().value(u"scenario"_s) == u"live_cohost"_s);
    CHECK(diagnosis->answers().value(u"network"_s) == u"home_wifi"_s);
    CHECK(diagnosis->answers().value(u"device_model"_s) == s.device);
    QStringList asked;
    for (int step = 0; step < 40 && !diagnosis->isFinished(); ++step) {
        const diagnosis::Question* question = diagnosis->currentQuestion();
        REQUIRE(question);
        const QString qid = question->id;
        INFO("question " << qid.toStdString() << " after " << asked.join(u',').toStdString()
                         << "; focus on " << Agent::focus()->metaObject()->className() << " "
                         << Agent::focus()->objectName().toStdString());
        REQUIRE_FALSE(asked.contains(qid));
        asked << qid;
        QString expected;
        if (question->kind == diagnosis::Question::Kind::Choice) {
            auto* first = child<QPushButton>(*diagnosis, u"answer1"_s);
            CHECK(Agent::focus() == first);
            expected = question->answers.constFirst().id;
            agent.press(Qt::Key_1);
        } else {
            auto* edit = child<QLineEdit>(*diagnosis, u"textAnswer"_s);
            CHECK(Agent::focus() == edit);
            if (!question->completion.isEmpty()) {
                // A few letters open the suggestion list; ↓ picks the first, Enter takes it
                // and answers (where issue 11's crash was).
                const QString kind = question->completion;
                Agent::type(kind == "regions"_L1         ? s.regionPrefix
                            : kind == "device_models"_L1 ? s.devicePrefix
                                                         : s.osPrefix);
                REQUIRE(edit->completer());
                QAbstractItemView* list = edit->completer()->popup();
                REQUIRE(list->isVisible());
                agent.press(Qt::Key_Down);
                expected = list->currentIndex().data().toString();
                agent.press(Qt::Key_Return);
                CHECK_FALSE(list->isVisible());
                if (kind == "regions"_L1)
                    CHECK(expected == s.region);
                else if (kind == "device_models"_L1)
                    CHECK(expected == s.device);
            } else {
                Agent::type(s.freeAnswer);
                agent.press(Qt::Key_Return);
                expected = s.freeAnswer;
            }
        }
        CHECK(diagnosis->answers().value(qid) == expected);
        // Kept at once, as a draft, until the last answer saves them to the ticket.
        if (!diagnosis->isFinished())
            CHECK(f.repository->diagnosisDraft(id).contains(expected));
    }
    REQUIRE(diagnosis->isFinished());
    for (const char* known : {"scenario", "network", "device_model"})
        CHECK_FALSE(asked.contains(QString::fromLatin1(known)));
    const Ticket diagnosed = *f.repository->find(id);
    CHECK(diagnosed.diagnosisAnswers != u"{}"_s);
    CHECK_FALSE(diagnosed.rootCauseHypothesis.isEmpty());
    CHECK(diagnosed.network == u"home_wifi"_s);

    // Alt+3, Space: the file dialog; the path typed, Enter. The statistics are read.
    agent.press(Qt::Key_3, Qt::AltModifier);
    CHECK(tabs->currentWidget() == evidence);
    auto* attach = Agent::focus();
    INFO("focus on " << attach->metaObject()->className() << " "
                     << attach->objectName().toStdString());
    CHECK(qobject_cast<QPushButton*>(attach));
    const QString file =
        rtcFixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json");
    bool dialogSeen = false;
    whenModalShows([&](QWidget* modal) {
        dialogSeen = qobject_cast<QFileDialog*>(modal) != nullptr;
        Agent::type(file);
        agent.press(Qt::Key_Return);
        if (modal->isVisible()) // Enter closed the file-name suggestions first
            agent.press(Qt::Key_Return);
    });
    QSignalSpy attached(evidence, &EvidencePanel::attached);
    agent.press(Qt::Key_Space);
    CHECK(dialogSeen);
    for (int i = 0; i < 100 && attached.isEmpty(); ++i)
        attached.wait(100);
    REQUIRE(attached.size() == 1);
    CHECK(evidence->evidenceCount() == 1);
    CHECK_FALSE(evidence->verdictText().isEmpty());
    CHECK_FALSE(evidence->sentence().isEmpty());
    // The page fits its pane at 1366x768: nothing pushes it wider, so nothing is clipped.
    auto* page = child<QScrollArea>(*evidence);
    CHECK(page->widget()->minimumSizeHint().width() <= page->viewport()->width());
    const int diagnosisActions = agent.actions;

    std::printf("agent flow (%s): first reply in %d keyboard actions (budget %d); "
                "diagnosis and evidence in %d (%lld questions asked)\n",
                qPrintable(s.language), firstReplyActions, kFirstReplyBudget, diagnosisActions,
                static_cast<long long>(asked.size()));
    CHECK(firstReplyActions <= kFirstReplyBudget);
}

} // namespace

TEST_CASE("Agent flow in Chinese: complaint to first reply, diagnosis and evidence by keyboard",
          "[ui][agentflow]")
{
    runComplaint(chinese());
}

TEST_CASE("Agent flow in English: complaint to first reply, diagnosis and evidence by keyboard",
          "[ui][agentflow]")
{
    runComplaint(english());
}
