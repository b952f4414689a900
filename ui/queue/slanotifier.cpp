// SPDX-License-Identifier: MIT
#include "queue/slanotifier.h"

#include "queue/countbadge.h"
#include "storage/ticketrepository.h"

#include <QIcon>
#include <algorithm>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
QString numberList(const QStringList& numbers, int maxListed)
{
    //: Between ticket numbers in a list (Chinese uses 、).
    const QString separator = SlaNotifier::tr(", ");
    if (numbers.size() <= maxListed)
        return numbers.join(separator);
    //: %1 the first ticket numbers, %2 how many more are not listed.
    return SlaNotifier::tr("%1 and %2 more")
        .arg(numbers.mid(0, maxListed).join(separator))
        .arg(numbers.size() - maxListed);
}
} // namespace

SlaNotifier::SlaNotifier(TicketRepository& repository, QObject* parent)
    : QObject(parent), m_repository(repository), m_query(repository.database())
{
    m_query.setPromiseRiskPercent(m_repository.policy().atRiskPercent());
    m_lastCheck = m_repository.now();
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/rtcare/icons/rtcare.svg"_s), this);
        m_tray->setToolTip(tr("RTCare"));
        // A click brings the window; a click on a notification opens its ticket.
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT openRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_announcedTicket > 0)
                Q_EMIT ticketRequested(m_announcedTicket);
            else
                Q_EMIT openRequested();
        });
        m_tray->show();
        updateTray(m_lastCheck);
    }
}

SlaNotifier::~SlaNotifier() = default;

void SlaNotifier::start()
{
    m_timer.start();
}

void SlaNotifier::stop()
{
    m_timer.stop();
}

QString SlaNotifier::messageFor(const QList<QueueQuery::Crossing>& crossings)
{
    QStringList breached;
    QStringList atRisk;
    for (const QueueQuery::Crossing& crossing : crossings) {
        if (crossing.breached && !breached.contains(crossing.row.number))
            breached << crossing.row.number;
    }
    for (const QueueQuery::Crossing& crossing : crossings) {
        // A ticket that is already overdue is announced once, as overdue.
        if (!crossing.breached && !breached.contains(crossing.row.number)
            && !atRisk.contains(crossing.row.number))
            atRisk << crossing.row.number;
    }
    QStringList sentences;
    if (breached.size() == 1) {
        sentences << tr("Ticket %1 breached its first-response time.").arg(breached.constFirst());
    } else if (!breached.isEmpty()) {
        sentences << tr("%1 tickets breached their first-response time: %2.")
                         .arg(breached.size())
                         .arg(numberList(breached, kMaxNumbersListed));
    }
    if (atRisk.size() == 1) {
        sentences << tr("Ticket %1 is at risk of missing its first-response time.")
                         .arg(atRisk.constFirst());
    } else if (!atRisk.isEmpty()) {
        sentences << tr("%1 tickets are at risk of missing their first-response time: %2.")
                         .arg(atRisk.size())
                         .arg(numberList(atRisk, kMaxNumbersListed));
    }
    QString message = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i) {
        //: Two sentences of one notification (Chinese puts no space after 。).
        message = tr("%1 %2", "two sentences").arg(message, sentences.at(i));
    }
    return message;
}

QString SlaNotifier::promiseMessageFor(const QList<QueueQuery::PromiseCrossing>& crossings)
{
    QList<QueueQuery::PromiseCrossing> overdue;
    QList<QueueQuery::PromiseCrossing> atRisk;
    for (const QueueQuery::PromiseCrossing& crossing : crossings)
        (crossing.overdue ? overdue : atRisk).append(crossing);
    const auto numbers = [](const QList<QueueQuery::PromiseCrossing>& list) {
        QStringList result;
        for (const QueueQuery::PromiseCrossing& crossing : list)
            if (!result.contains(crossing.number))
                result << crossing.number;
        return result;
    };
    QStringList sentences;
    if (overdue.size() == 1) {
        //: %1 ticket number, %2 the promised words ("within 2 hours", "两小时内").
        sentences << tr("The promise on ticket %1 (“%2”) is overdue.")
                         .arg(overdue.constFirst().number, overdue.constFirst().text);
    } else if (!overdue.isEmpty()) {
        sentences << tr("%1 promises to customers are overdue: %2.")
                         .arg(overdue.size())
                         .arg(numberList(numbers(overdue), kMaxNumbersListed));
    }
    if (atRisk.size() == 1) {
        //: %1 ticket number, %2 the promised words, %3 the due time ("16:30").
        sentences << tr("The promise on ticket %1 (“%2”) is due soon, by %3.")
                         .arg(atRisk.constFirst().number, atRisk.constFirst().text,
                              atRisk.constFirst().due.toLocalTime().toString(u"HH:mm"_s));
    } else if (!atRisk.isEmpty()) {
        sentences << tr("%1 promises to customers are due soon: %2.")
                         .arg(atRisk.size())
                         .arg(numberList(numbers(atRisk), kMaxNumbersListed));
    }
    QString message = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i)
        message = tr("%1 %2", "two sentences").arg(message, sentences.at(i));
    return message;
}

QString SlaNotifier::checkNow()
{
    const QDateTime now = m_repository.now();
    if (!m_lastCheck.isValid() || now < m_lastCheck) {
        m_lastCheck = now; // the clock went back: start over from here
        return {};
    }
    const QList<QueueQuery::Crossing> crossings = m_query.crossings(m_lastCheck, now);
    const QList<QueueQuery::PromiseCrossing> promises = m_query.promiseCrossings(m_lastCheck, now);
    m_lastCheck = now;
    updateTray(now);
    const QString firstResponses = messageFor(crossings);
    const QString promised = promiseMessageFor(promises);
    const QString message = firstResponses.isEmpty() || promised.isEmpty()
                                ? firstResponses + promised
                                : tr("%1 %2", "two sentences").arg(firstResponses, promised);
    if (message.isEmpty())
        return {};
    // The ticket a click on the notification opens: a breach before a warning, first
    // responses before promises.
    m_announcedTicket = 0;
    for (const QueueQuery::Crossing& c : crossings) {
        if (m_announcedTicket == 0 || c.breached) {
            m_announcedTicket = c.row.id;
            if (c.breached)
                break;
        }
    }
    if (m_announcedTicket == 0 && !promises.isEmpty())
        m_announcedTicket = promises.constFirst().ticketId;
    if (m_tray && m_popups && QSystemTrayIcon::supportsMessages()) {
        const auto breached = [](const auto& c) { return c.breached; };
        const auto overdue = [](const auto& c) { return c.overdue; };
        const bool anyBreached = std::any_of(crossings.cbegin(), crossings.cend(), breached)
                                 || std::any_of(promises.cbegin(), promises.cend(), overdue);
        m_tray->showMessage(crossings.isEmpty() ? tr("Promises to customers")
                                                : tr("First-response clocks"),
                            message,
                            anyBreached ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
    Q_EMIT announced(message);
    return message;
}

void SlaNotifier::setTrayMenu(QMenu* menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

void SlaNotifier::updateTray(const QDateTime& now)
{
    if (!m_tray)
        return;
    const QueueCounts counts = m_query.counts(now);
    m_tray->setToolTip(tr("RTCare: %1 at risk, %2 breached").arg(counts.atRisk).arg(counts.breached));
    const int attention = counts.atRisk + counts.breached;
    if (attention != m_trayCount) {
        m_trayCount = attention;
        m_tray->setIcon(iconWithCount(QIcon(u":/rtcare/icons/rtcare.svg"_s), attention));
    }
}

} // namespace rtcare
