// SPDX-License-Identifier: MIT
// Issue 13 in the window: the new-ticket dialog fills scenario, network, device and system
// from the pasted message (marked; the agent's choice wins) and the history says which
// facts came from the text; the diagnosis starts with them answered.
#include "catch.h"
#include "uitestfixture.h"

#include "diagnosis/diagnosispanel.h"
#include "ticket/newticketdialog.h"
#include "ticket/tickethistoryview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

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

} // namespace

TEST_CASE("NewTicketDialog fills the facts from the pasted message, the agent's choice wins",
          "[ui][newticket][facts]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    dialog.show();
    auto* scenario = child<QComboBox>(dialog, u"scenario"_s);
    auto* network = child<QComboBox>(dialog, u"network"_s);
    auto* device = child<QLineEdit>(dialog, u"deviceModel"_s);
    auto* os = child<QLineEdit>(dialog, u"os"_s);
    auto* read = child<QLabel>(dialog, u"factsFromText"_s);
    CHECK(read->isHidden());

    child<QPlainTextEdit>(dialog, u"description"_s)
        ->setPlainText(u"孩子拿我的苹果13上网课，系统iOS16，用的手机热点，每节课都要掉两三次线"_s);
    CHECK(scenario->currentData().toString() == u"online_class"_s);
    CHECK(network->currentData().toString() == u"cellular"_s);
    CHECK(device->text() == u"iPhone 13"_s);
    CHECK(os->text() == u"iOS 16"_s);
    CHECK(device->font().italic());
    CHECK(device->toolTip().contains(u"苹果13"_s));
    CHECK(read->isVisibleTo(&dialog));
    CHECK(read->text().contains(u"device “苹果13”"_s));

    // The agent picks another network and types a device: theirs stays, the rest follows
    // the message.
    QTest::keyClick(network, Qt::Key_Up); // keyboard changes emit `activated`, as a click does
    REQUIRE(network->currentData().toString() != u"cellular"_s);
    const QString agentNetwork = network->currentData().toString();
    device->clear();
    QTest::keyClicks(device, u"iPad Air"_s);
    CHECK_FALSE(device->font().italic());
    child<QPlainTextEdit>(dialog, u"description"_s)
        ->setPlainText(u"我的红米Note 12，安卓13，在公司开会老是掉线"_s);
    CHECK(network->currentData().toString() == agentNetwork);
    CHECK(device->text() == u"iPad Air"_s);
    CHECK(scenario->currentData().toString() == u"group_call"_s);
    CHECK(os->text() == u"Android 13"_s);

    child<QLineEdit>(dialog, u"customerName"_s)->setText(u"李雷"_s);
    const NewTicket input = dialog.input();
    CHECK(input.factsFromText.value(u"scenario"_s) == u"开会"_s);
    CHECK(input.factsFromText.value(u"os"_s) == u"安卓13"_s);
    CHECK_FALSE(input.factsFromText.contains(u"device_model"_s));
    CHECK_FALSE(input.factsFromText.contains(u"network"_s));

    dialog.accept();
    REQUIRE(dialog.createdTicketId() > 0);
    const Ticket ticket = *f.repository->find(dialog.createdTicketId());
    CHECK(ticket.os == u"Android 13"_s);
    CHECK(ticket.deviceModel == u"iPad Air"_s);

    // The history tells which facts came from the message, with the customer's words.
    TicketHistoryView history(f.repository->policy());
    history.setEntries(f.repository->history(ticket.id));
    QStringList lines;
    for (int i = 0; i < history.topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = history.topLevelItem(i);
        lines.append(item->text(TicketHistoryView::What) + u" | "_s
                     + item->text(TicketHistoryView::Change) + u" | "_s
                     + item->text(TicketHistoryView::Reason));
    }
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.contains(u"Read from the message: system | Android 13 | the customer wrote “安卓13”"_s));
    CHECK(lines.contains(
        u"Read from the message: scenario | Group call | the customer wrote “开会”"_s));
    CHECK_FALSE(lines.join(u'\n').contains(u"Read from the message: device model"_s));
}

TEST_CASE("DiagnosisPanel starts with the facts the message states, and saves them as read",
          "[ui][diagnosis][facts]")
{
    UiFixture f;
    // Filed without the facts (an older ticket, an import): the message states them.
    const Ticket ticket = f.file(u"王芳"_s, Category::AvQuality, false, false,
                                 u"用华为mate50开会，公司内网，画面一卡一卡的"_s);
    DiagnosisPanel panel(*f.repository);
    panel.resize(900, 700);
    panel.show();
    panel.showTicket(ticket.id);
    CHECK(panel.answers().value(u"scenario"_s) == u"group_call"_s);
    CHECK(panel.answers().value(u"network"_s) == u"office_network"_s);
    CHECK(panel.answers().value(u"device_model"_s) == u"Huawei Mate 50"_s);
    CHECK_FALSE(panel.answers().contains(u"os"_s));
    // Only what is missing is asked.
    REQUIRE(panel.currentQuestion());
    CHECK(panel.currentQuestion()->id == u"network_stability"_s);
    CHECK(child<QLabel>(panel, u"diagnosisMessage"_s)->text().contains(u"Ctrl+S"_s));

    REQUIRE(panel.save());
    const Ticket stored = *f.repository->find(ticket.id);
    CHECK(stored.deviceModel == u"Huawei Mate 50"_s);
    CHECK(stored.network == u"office_network"_s);
    bool marked = false;
    for (const AuditEntry& entry : f.repository->history(ticket.id)) {
        if (entry.field == u"device_model"_s)
            marked = entry.reason == QLatin1String(kReadFromTextReason);
    }
    CHECK(marked);
}
