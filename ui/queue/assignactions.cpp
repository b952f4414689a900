// SPDX-License-Identifier: MIT
#include "queue/assignactions.h"

#include "queue/queuemodel.h"
#include "storage/currentagent.h"
#include "storage/ticketrepository.h"
#include "ticket/assigndialog.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {

QString withShortcut(const QString& text, const QAction* action)
{
    return u"%1 (%2)"_s.arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

AssignActions::AssignActions(TicketRepository& repository, QueueModel& model, Selection selection,
                             QWidget* parent)
    : QObject(parent), m_repository(repository), m_model(model), m_selection(std::move(selection)),
      m_parent(parent)
{
    m_take = new QAction(QIcon::fromTheme(u"mail-mark-important"_s), tr("Take"), this);
    m_take->setObjectName(u"takeTicket"_s);
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_take->setToolTip(withShortcut(tr("Make the selected ticket yours"), m_take));
    connect(m_take, &QAction::triggered, this, &AssignActions::take);

    m_assign = new QAction(tr("Assign…"), this);
    m_assign->setObjectName(u"assignTicket"_s);
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assign->setToolTip(withShortcut(tr("Give the selected ticket to a colleague"), m_assign));
    connect(m_assign, &QAction::triggered, this, &AssignActions::assign);

    m_mine = new QAction(tr("Mine"), this);
    m_mine->setObjectName(u"filterMine"_s);
    m_mine->setCheckable(true);
    m_mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mine->setToolTip(withShortcut(tr("Only the tickets you have"), m_mine));
    connect(m_mine, &QAction::toggled, this, &AssignActions::setMine);
    for (QAction* action : {m_take, m_assign, m_mine})
        action->setShortcutContext(Qt::WindowShortcut);
    updateEnabled();
}

void AssignActions::updateEnabled()
{
    const bool selected = m_selection().has_value();
    m_take->setEnabled(selected);
    m_assign->setEnabled(selected);
}

void AssignActions::setMine(bool on)
{
    if (m_mine->isChecked() != on)
        m_mine->setChecked(on); // toggled() comes back here
    else
        m_model.setAssignee(on ? std::optional<QString>(m_repository.actor()) : std::nullopt);
}

void AssignActions::take()
{
    const std::optional<Selected> ticket = m_selection();
    if (!ticket)
        return;
    QString error;
    if (!m_repository.take(ticket->id, ticket->assignee, &error)) {
        Q_EMIT failed(error);
        return;
    }
    //: %1 is a ticket number
    Q_EMIT done(tr("%1 is yours now.").arg(ticket->number));
}

void AssignActions::assign()
{
    const std::optional<Selected> ticket = m_selection();
    if (!ticket)
        return;
    AssignDialog dialog(ticket->number, ticket->assignee,
                        knownAgents(m_repository.database(), m_repository.actor()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    assignTo(*ticket, dialog.agent());
}

bool AssignActions::assignTo(const Selected& ticket, const QString& agent)
{
    QString error;
    if (!isKnownAgent(m_repository.database(), agent)) {
        //: %1 is the name typed in the Assign dialog
        Q_EMIT failed(tr("%1 is not an agent on this team server.").arg(agent));
        return false;
    }
    if (!m_repository.assign(ticket.id, agent, ticket.assignee, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    //: %1 is a ticket number, %2 an agent's name
    Q_EMIT done(tr("%1 went to %2.").arg(ticket.number, agent));
    return true;
}

} // namespace rtcare
