// SPDX-License-Identifier: MIT
#include "ticket/ticketdetailpane.h"

#include "storage/presence.h"
#include "text/listjoin.h"
#include "ticket/changeprioritydialog.h"
#include "queue/clockdelegate.h"
#include "queue/clocktext.h"
#include "widgets/flowlayout.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/channel.h"
#include "model/status.h"
#include "replies/replystore.h"
#include "sla/clock.h"
#include "storage/ticketrepository.h"
#include "ticket/tickethistoryview.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel* badge(QWidget* parent, const QString& name, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setAccessibleName(text);
    // A tag, not a button: filled, no border.
    // Highlight colours: readable on the light and the dark theme.
    label->setStyleSheet(u"QLabel { background: palette(highlight); color: palette(highlighted-text);"
                         " border-radius: 4px; padding: 1px 6px; font-weight: 600; }"_s);
    return label;
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

TicketDetailPane::TicketDetailPane(TicketRepository& repository, QWidget* parent)
    : QWidget(parent), m_repository(repository)
{
    setObjectName(u"ticketDetailPane"_s);
    setAccessibleName(tr("Ticket details"));

    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Select a ticket in the queue"), m_stack);
    empty->setObjectName(u"emptyState"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    buildDetails(page);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_repository, &TicketRepository::ticketChanged, this, [this](qint64 id) {
        if (m_ticket && m_ticket->id == id)
            reload();
    });
    clear();
}

void TicketDetailPane::buildDetails(QWidget* page)
{
    m_number = valueLabel(page, u"number"_s, tr("Ticket number"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_number->setWordWrap(false);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.3);
    m_number->setFont(numberFont);

    m_customer = valueLabel(page, u"customer"_s, tr("Customer"));
    m_enterpriseBadge = badge(page, u"enterpriseBadge"_s, tr("★ Enterprise customer"));
    m_keyBusinessBadge = badge(page, u"keyBusinessBadge"_s, tr("Key business scenario"));
    m_customer->setWordWrap(false);
    auto* customerRow = new FlowLayout;
    customerRow->addWidget(m_customer);
    customerRow->addWidget(m_enterpriseBadge);
    customerRow->addWidget(m_keyBusinessBadge);

    m_contact = valueLabel(page, u"contact"_s, tr("Contact"));
    m_channel = valueLabel(page, u"channel"_s, tr("Channel"));
    m_category = valueLabel(page, u"category"_s, tr("Category"));
    m_priority = valueLabel(page, u"priority"_s, tr("Priority"));
    m_status = valueLabel(page, u"status"_s, tr("Status"));
    m_created = valueLabel(page, u"created"_s, tr("Created"));
    m_clock = valueLabel(page, u"clock"_s, tr("First-response clock"));
    m_clockShape = new QLabel(page);
    auto* clockRow = new QHBoxLayout;
    clockRow->addWidget(m_clockShape);
    clockRow->addWidget(m_clock, 1);
    m_context = valueLabel(page, u"context"_s, tr("Scenario, device and region"));
    m_promises = valueLabel(page, u"promises"_s, tr("Open promises to the customer"));

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Customer:"), customerRow);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Status:"), m_status);
    m_assignee = new QLabel(this);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->setWordWrap(true);
    form->addRow(tr("Assignee:"), m_assignee);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("First response:"), clockRow);
    form->addRow(tr("Promised:"), m_promises);
    form->setRowVisible(m_promises, false);
    form->addRow(tr("Context:"), m_context);

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"description"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setReadOnly(true);
    m_description->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 8);
    auto* descriptionLabel = new QLabel(tr("&Description"), page);
    descriptionLabel->setBuddy(m_description);

    m_actionsLayout = new FlowLayout;
    m_changePriority = new QPushButton(tr("Change &priority…"), page);
    m_changePriority->setObjectName(u"changePriority"_s);
    m_changePriority->setAccessibleName(tr("Change priority"));
    connect(m_changePriority, &QPushButton::clicked, this, &TicketDetailPane::openChangePriority);
    m_actionsLayout->addWidget(m_changePriority);

    m_error = valueLabel(page, u"errorMessage"_s, tr("Error"));
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    m_history = new TicketHistoryView(m_repository.policy(), page);
    auto* historyLabel = new QLabel(tr("&History"), page);
    historyLabel->setBuddy(m_history);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_number);
    layout->addLayout(form);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description);
    layout->addLayout(m_actionsLayout);
    layout->addWidget(m_error);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
}

void TicketDetailPane::showTicket(qint64 id)
{
    if (id <= 0) {
        clear();
        return;
    }
    if (!m_ticket || m_ticket->id != id)
        showError({});
    m_ticket = Ticket{};
    m_ticket->id = id;
    reload();
}

void TicketDetailPane::clear()
{
    m_ticket.reset();
    m_openPromises.clear();
    rebuildActions();
    showError({});
    m_history->clear();
    m_stack->setCurrentIndex(0);
}

QString TicketDetailPane::tierName(const QString& tierId) const
{
    const Tier* tier = m_repository.policy().tier(tierId);
    return tier ? tier->name.text() : tierId;
}

void TicketDetailPane::reload()
{
    if (!m_ticket)
        return;
    const std::optional<Ticket> fresh = m_repository.find(m_ticket->id);
    if (!fresh) {
        const QString number = m_ticket->number.isEmpty() ? QString::number(m_ticket->id)
                                                          : m_ticket->number;
        clear();
        m_stack->setCurrentIndex(1);
        showError(tr("Ticket %1 could not be read from the database.").arg(number));
        return;
    }
    m_ticket = fresh;
    const Ticket& t = *m_ticket;
    m_number->setText(t.number);
    m_customer->setText(t.customer.name);
    m_enterpriseBadge->setVisible(t.customer.enterprise);
    m_keyBusinessBadge->setVisible(t.customer.enterprise && t.customer.keyBusiness);
    m_contact->setText(t.customer.contact.isEmpty() ? tr("Not given") : t.customer.contact);
    m_channel->setText(channelDisplayName(t.channel));
    m_category->setText(categoryDisplayName(t.category));
    m_priority->setText(tierName(t.priority));
    m_status->setText(statusDisplayName(t.status));
    // Who has it, and which colleagues are replying to it right now (presence.h).
    const QStringList replying = PresenceStore(m_repository.database())
                                     .replying(t.id, m_repository.now(), m_repository.actor());
    m_assignee->setText(replying.isEmpty()
                            ? t.assignee
                            //: Ticket header: %1 who has the ticket, %2 colleagues replying
                            : tr("%1 — %2 is replying").arg(t.assignee, joinList(replying)));
    m_created->setText(localTime(t.createdAt));
    QStringList context;
    if (!t.scenario.isEmpty())
        context << tr("Scenario: %1").arg(scenarioDisplayName(t.scenario));
    if (!t.network.isEmpty())
        context << tr("Network: %1").arg(networkDisplayName(t.network));
    if (!t.deviceModel.isEmpty())
        context << tr("Device: %1").arg(t.deviceModel);
    if (!t.os.isEmpty())
        context << tr("System: %1").arg(t.os);
    if (!t.region.isEmpty())
        context << tr("Region: %1").arg(t.region);
    m_context->setText(context.isEmpty() ? tr("Not asked yet") : context.join(u"  ·  "_s));
    m_openPromises.clear();
    for (const replies::Commitment& c : replies::ReplyStore(m_repository).commitments(t.id))
        if (c.state == QLatin1String("open"))
            m_openPromises.append(c); // ordered by due time
    if (m_description->toPlainText() != t.description)
        m_description->setPlainText(t.description); // keeps the reader's place otherwise
    updateClock();
    rebuildActions();
    m_history->setEntries(m_repository.history(t.id));
    m_stack->setCurrentIndex(1);
}

void TicketDetailPane::updateClock()
{
    if (!m_ticket || m_ticket->number.isEmpty())
        return;
    const QDateTime now = m_repository.now();
    const ClockStatus clock = firstResponseClock(m_repository.policy(), *m_ticket, now);
    const QString due = ClockText::dueTime(clock.due, now);
    // The chip's words (the same as in the queue) plus when it is or was due.
    const QString chip = ClockText::chip(clock);
    QString text;
    switch (clock.state) {
    case ClockStatus::State::OnTrack:
        //: %1 clock state ("On track"), %2 time left ("12:05 left"), %3 due time.
        text = tr("%1 · %2 · due by %3").arg(clock.displayName(), chip, due);
        break;
    case ClockStatus::State::Warning:
        //: %1 share used and time left ("75 % · 3:40 left"), %2 due time.
        text = tr("%1 · due by %2").arg(chip, due);
        break;
    case ClockStatus::State::Breached:
        //: %1 how long overdue ("Overdue 5:10"), %2 due time.
        text = tr("%1 · was due by %2").arg(chip, due);
        break;
    case ClockStatus::State::Met:
    case ClockStatus::State::Missed:
        //: %1 "Met" or "Missed by 12:00", %2 when the first response was sent, %3 due time.
        text = tr("%1 · sent %2 · due by %3")
                   .arg(chip, ClockText::dueTime(m_ticket->firstResponseAt, now), due);
        break;
    }
    if (m_clock->text() != text) {
        m_clock->setText(text);
        m_clock->setToolTip(ClockText::describe(clock));
    }
    updatePromises(now);

    const int size = std::max(8, fontMetrics().height() * 3 / 4);
    const qreal ratio = devicePixelRatioF();
    QPixmap shape(QSize(size, size) * ratio);
    shape.setDevicePixelRatio(ratio);
    shape.fill(Qt::transparent);
    const ClockDelegate::Shape kind = ClockDelegate::shapeFor(clock.id());
    QPainter painter(&shape);
    ClockDelegate::drawShape(&painter, kind, QRectF(0, 0, size, size), ClockDelegate::colorFor(kind));
    painter.end();
    m_clockShape->setPixmap(shape);
}

void TicketDetailPane::updatePromises(const QDateTime& now)
{
    QStringList lines;
    QStringList tips;
    for (const replies::Commitment& c : std::as_const(m_openPromises)) {
        const ClockStatus clock = replies::commitmentClockStatus(m_repository.policy(), c, now);
        //: One open promise: %1 the promised words ("within 2 hours"), %2 its countdown
        //: ("1:20:00 left", "80 % · 12:00 left", "Overdue 5:10"), %3 its due time.
        lines << tr("“%1” · %2 · due by %3")
                     .arg(c.text, ClockText::chip(clock), ClockText::dueTime(c.dueAt, now));
        tips << ClockText::describePromise(c.text, clock);
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_promises->text() != text) {
        m_promises->setText(text);
        m_promises->setToolTip(tips.join(QLatin1Char('\n')));
    }
    m_form->setRowVisible(m_promises, !lines.isEmpty());
}

void TicketDetailPane::rebuildActions()
{
    const QList<TicketAction> actions = m_ticket ? allowedActions(m_ticket->status)
                                                 : QList<TicketAction>();
    if (actions == m_actions)
        return; // keep the buttons (and the keyboard focus on them) as they are
    bool hadFocus = false;
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        hadFocus = hadFocus || button->hasFocus();
        m_actionsLayout->removeWidget(button);
        button->hide();
        button->deleteLater(); // we may be inside its clicked() signal
    }
    m_actionButtons.clear();
    m_actions = actions;
    for (TicketAction action : actions) {
        auto* button = new QPushButton(actionDisplayName(action), m_changePriority->parentWidget());
        button->setObjectName(u"action_"_s + actionId(action));
        button->setAccessibleName(actionDisplayName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_actionsLayout->insertWidget(int(m_actionButtons.size()), button);
        m_actionButtons.append(button);
    }
    if (hadFocus)
        focusFirstControl();
}

QPushButton* TicketDetailPane::actionButton(TicketAction action) const
{
    const QString name = u"action_"_s + actionId(action);
    for (QPushButton* button : m_actionButtons) {
        if (button->objectName() == name)
            return button;
    }
    return nullptr;
}

void TicketDetailPane::runAction(TicketAction action)
{
    if (!m_ticket)
        return;
    QString error;
    if (!m_repository.apply(m_ticket->id, action, &error)) {
        showError(error.isEmpty() ? tr("“%1” could not be done for ticket %2.")
                                        .arg(actionDisplayName(action), m_ticket->number)
                                  : error);
        return;
    }
    showError({});
    reload();
}

void TicketDetailPane::openChangePriority()
{
    if (!m_ticket)
        return;
    if (m_priorityDialog)
        m_priorityDialog->close();
    auto* dialog = new ChangePriorityDialog(m_repository, m_ticket->id, m_ticket->number,
                                            m_ticket->priority, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_priorityDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        showError({});
        reload();
    });
    dialog->open();
}

void TicketDetailPane::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT errorShown(message);
}

ChangePriorityDialog* TicketDetailPane::changePriorityDialog() const
{
    return m_priorityDialog;
}

QString TicketDetailPane::errorText() const
{
    return m_error->text();
}

QString TicketDetailPane::statusText() const
{
    return m_ticket ? m_status->text() : QString();
}

QString TicketDetailPane::clockText() const
{
    return m_ticket ? m_clock->text() : QString();
}

QString TicketDetailPane::promisesText() const
{
    return m_ticket ? m_promises->text() : QString();
}

void TicketDetailPane::focusFirstControl()
{
    if (m_stack->currentIndex() == 0)
        return;
    for (QPushButton* button : std::as_const(m_actionButtons)) {
        if (button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_number->setFocus(Qt::OtherFocusReason);
}

} // namespace rtcare
