// SPDX-License-Identifier: MIT
#include "replies/replypresence.h"

#include "replies/replystore.h"
#include "storage/presence.h"
#include "storage/ticketrepository.h"
#include "text/listjoin.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace rtcare {

ReplyPresence::ReplyPresence(TicketRepository& repository, QWidget* replyTab, QLabel* label)
    : QObject(replyTab), m_repository(repository), m_tab(replyTab), m_label(label)
{
    m_label->setObjectName(QStringLiteral("replyingLabel"));
    m_label->setVisible(false);
    m_timer = new QTimer(this);
    m_timer->setInterval(kPresenceHeartbeatSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReplyPresence::beat);
    m_tab->installEventFilter(this);
}

ReplyPresence::~ReplyPresence()
{
    leave();
}

qint64 ReplyPresence::latestReplyId() const
{
    qint64 latest = 0;
    for (const replies::SentReply& reply : replies::ReplyStore(m_repository).replies(m_ticketId))
        latest = std::max(latest, reply.id);
    return latest;
}

void ReplyPresence::setTicket(qint64 id)
{
    if (id == m_ticketId)
        return;
    leave();
    m_ticketId = id;
    m_seenReplyId = id != 0 ? latestReplyId() : 0;
    if (m_tab->isVisible())
        beat();
    else
        m_label->setVisible(false);
}

void ReplyPresence::beat()
{
    if (m_ticketId == 0 || !m_tab->isVisible()) {
        m_label->setVisible(false);
        return;
    }
    const QDateTime now = m_repository.now();
    PresenceStore presence(m_repository.database());
    QString error;
    m_present = presence.beat(m_ticketId, m_repository.actor(), now, &error) || m_present;
    if (!error.isEmpty())
        qWarning("cannot record presence: %s", qPrintable(error));
    showOthers();
    m_timer->start();
}

void ReplyPresence::showOthers()
{
    if (m_ticketId == 0 || !m_tab->isVisible()) {
        m_label->setVisible(false);
        return;
    }
    const QStringList others = PresenceStore(m_repository.database())
                                   .replying(m_ticketId, m_repository.now(), m_repository.actor());
    //: %1 one or more colleagues' names
    m_label->setText(others.isEmpty()
                         ? QString()
                         : tr("%1 is replying to this ticket too.").arg(joinList(others)));
    m_label->setVisible(!others.isEmpty());
}

void ReplyPresence::leave()
{
    m_timer->stop();
    if (!m_present || m_ticketId == 0)
        return;
    QString error;
    if (!PresenceStore(m_repository.database()).leave(m_ticketId, m_repository.actor(), &error))
        qWarning("cannot clear presence: %s", qPrintable(error)); // it expires by itself
    m_present = false;
}

bool ReplyPresence::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tab) {
        if (event->type() == QEvent::Show) {
            m_seenReplyId = std::max(m_seenReplyId, m_ticketId != 0 ? latestReplyId() : 0);
            beat();
        } else if (event->type() == QEvent::Hide) {
            leave();
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReplyPresence::noteSent()
{
    m_seenReplyId = latestReplyId();
}

bool ReplyPresence::confirmSend()
{
    if (m_ticketId == 0)
        return true;
    QStringList who;
    for (const replies::SentReply& reply : replies::ReplyStore(m_repository).replies(m_ticketId)) {
        if (reply.id > m_seenReplyId && !who.contains(reply.actor))
            who << reply.actor;
    }
    if (who.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("The ticket got another reply"),
                    //: %1 one or more names of who replied
                    tr("%1 sent a reply to this ticket after you opened it here. Read it before "
                       "sending yours?")
                        .arg(joinList(who)),
                    QMessageBox::NoButton, m_tab);
    box.setObjectName(QStringLiteral("replyCollision"));
    QPushButton* review = box.addButton(tr("Review first"), QMessageBox::RejectRole);
    QPushButton* send = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendAnyway"));
    box.setDefaultButton(review);
    box.setEscapeButton(review);
    box.exec();
    if (box.clickedButton() != send)
        return false;
    m_seenReplyId = latestReplyId();
    return true;
}

} // namespace rtcare
