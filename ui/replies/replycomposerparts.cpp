// SPDX-License-Identifier: MIT
// The Reply tab's commitment list and stage names (see replycomposer.cpp).
#include "replies/replycomposer.h"

#include "sla/clock.h"
#include "storage/ticketrepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace rtcare {

using namespace replies;

QString ReplyComposer::stageName(const QString& stage) const
{
    if (stage == QLatin1String("acknowledge"))
        return tr("Acknowledge and empathise");
    if (stage == QLatin1String("ask_facts"))
        return tr("Ask the three facts");
    if (stage == QLatin1String("speak_with_data"))
        return tr("Speak with data");
    if (stage == QLatin1String("give_control"))
        return tr("Give control");
    if (stage == QLatin1String("industry_context"))
        return tr("Industry context");
    if (stage == QLatin1String("escalation"))
        return tr("Escalation");
    if (stage == QLatin1String("resolution"))
        return tr("Resolution and close");
    if (stage == QLatin1String("broken_promise"))
        return tr("Follow-up after a delay");
    return stage;
}

int ReplyComposer::commitmentCount() const
{
    return int(m_commitments.size());
}

void ReplyComposer::reloadCommitments()
{
    const qint64 selected = m_commitmentList->currentItem()
                                ? m_commitmentList->currentItem()->data(Qt::UserRole).toLongLong()
                                : 0;
    m_commitments = m_ticketId != 0 ? m_store.commitments(m_ticketId) : QList<Commitment>();
    m_commitmentList->clear();
    const QDateTime now = m_repository.now();
    for (const Commitment& c : std::as_const(m_commitments)) {
        const CommitmentClock clock = commitmentClock(m_repository.policy(), c, now);
        QString state;
        if (clock.state == QLatin1String("kept"))
            state = tr("kept");
        else if (clock.state == QLatin1String("broken"))
            state = tr("broken");
        else if (clock.state == QLatin1String("overdue"))
            state = tr("overdue by %1").arg(formatDuration(-clock.remainingSeconds));
        else if (clock.warningStep > 0)
            state = tr("%1 left (%2 % used)").arg(formatDuration(clock.remainingSeconds)).arg(clock.warningStep);
        else
            state = tr("%1 left").arg(formatDuration(clock.remainingSeconds));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 — %3")
                .arg(c.text, QLocale().toString(c.dueAt.toLocalTime(), QLocale::ShortFormat), state),
            m_commitmentList);
        item->setData(Qt::UserRole, c.id);
        if (clock.state == QLatin1String("overdue") || clock.state == QLatin1String("broken"))
            item->setForeground(QColor(0xd3, 0x2f, 0x2f));
        else if (clock.warningStep > 0)
            item->setForeground(QColor(0xe6, 0x8a, 0x00));
        if (c.id == selected)
            m_commitmentList->setCurrentItem(item);
    }
    m_kept->setEnabled(!m_commitments.isEmpty());
    m_broken->setEnabled(!m_commitments.isEmpty());
    for (QWidget* part : {static_cast<QWidget*>(m_commitmentsLabel),
                          static_cast<QWidget*>(m_commitmentList), static_cast<QWidget*>(m_kept),
                          static_cast<QWidget*>(m_broken)})
        part->setVisible(!m_commitments.isEmpty());
}

void ReplyComposer::closeSelectedCommitment(const QString& state)
{
    QListWidgetItem* item = m_commitmentList->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_store.closeCommitment(item->data(Qt::UserRole).toLongLong(), state, &error))
        m_readiness->setText(error);
    reloadCommitments();
    Q_EMIT m_repository.ticketChanged(m_ticketId);
}

QString ReplyComposer::readinessText() const
{
    return m_readiness->text();
}

} // namespace rtcare
