// SPDX-License-Identifier: MIT
#include "ticket/tickethistoryview.h"

#include "diagnosis/rootcause.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/status.h"
#include "sla/clock.h"
#include "sla/policy.h"
#include "storage/ticketrepository.h"

#include "replies/templatelibrary.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rtcare {

TicketHistoryView::TicketHistoryView(const SlaPolicy& policy, QWidget* parent)
    : QTreeWidget(parent), m_policy(policy)
{
    setObjectName(u"history"_s);
    setAccessibleName(tr("Ticket history"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Old → New"), tr("Reason")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    // When, who and what are short: fit them, leave the rest to the changed values.
    for (int column : {When, Who, What})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void TicketHistoryView::setEntries(const QList<AuditEntry>& entries)
{
    // History only grows: the same ticket, length and last line mean nothing new (and
    // the reader's scroll position and selection stay).
    if (entries.size() == topLevelItemCount() && !entries.isEmpty()) {
        const AuditEntry& last = entries.constLast();
        const QTreeWidgetItem* shown = topLevelItem(topLevelItemCount() - 1);
        if (shown->data(When, Qt::UserRole).toDateTime() == last.at
            && shown->data(What, Qt::UserRole).toString() == last.action + last.field
            && shown->data(Who, Qt::UserRole).toLongLong() == last.ticketId)
            return;
    }
    clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        auto* item = new QTreeWidgetItem;
        item->setText(When, entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setData(When, Qt::UserRole, entry.at);
        item->setData(What, Qt::UserRole, entry.action + entry.field);
        item->setData(Who, Qt::UserRole, entry.ticketId);
        item->setText(Who, entry.actor);
        item->setText(What, whatText(entry));
        const QString oldValue = valueText(entry, entry.oldValue);
        const QString newValue = valueText(entry, entry.newValue);
        if (!oldValue.isEmpty() || !newValue.isEmpty()) {
            item->setText(Change, oldValue.isEmpty() ? newValue
                                                     : tr("%1 → %2").arg(oldValue, newValue));
        }
        item->setText(Reason, reasonText(entry));
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, item->text(column));
        items.append(item);
    }
    addTopLevelItems(items);
    for (int column = 0; column < Reason; ++column)
        resizeColumnToContents(column);
}

QString TicketHistoryView::whatText(const AuditEntry& entry) const
{
    QString what;
    if (entry.action == u"create")
        what = tr("Filed");
    else if (entry.action == u"import")
        what = tr("Imported");
    else if (entry.action == u"status")
        what = tr("Status changed");
    else if (entry.action == u"priority")
        what = tr("Priority changed");
    else if (entry.action == u"first_response")
        what = tr("First response sent");
    else if (entry.action == u"diagnosis")
        what = tr("Diagnosis");
    else if (entry.action == u"category")
        what = tr("Category changed");
    else if (entry.action == u"evidence")
        what = tr("Call statistics");
    else if (entry.action == QLatin1String(kReadFromTextAction))
        what = tr("Read from the message");
    else if (entry.action == u"reply")
        what = tr("Reply sent");
    else if (entry.action == u"take")
        what = tr("Taken");
    else if (entry.action == u"assign")
        what = tr("Assigned");
    else if (entry.action == u"commitment")
        what = entry.field == u"commitment_state" ? tr("Promise closed") : tr("Promise made");
    else if (const auto action = actionFromId(entry.action))
        what = actionDisplayName(*action);
    else
        what = entry.action;

    QString field;
    if (entry.field == u"first_response_at")
        field = tr("first response time");
    else if (entry.field == u"first_response_due")
        field = tr("first-response due time");
    else if (entry.field == u"waiting_seconds")
        field = tr("time waiting on the customer");
    else if (entry.field == u"diagnosis_answers")
        field = tr("answers");
    else if (entry.field == u"root_cause_hypothesis")
        field = tr("likeliest root cause");
    else if (entry.field == u"scenario")
        field = tr("scenario");
    else if (entry.field == u"network")
        field = tr("network");
    else if (entry.field == u"device_model")
        field = tr("device model");
    else if (entry.field == u"os")
        field = tr("system");
    else if (entry.field == u"region")
        field = tr("region");
    else if (entry.field != u"status" && entry.field != u"priority"
             && entry.field != u"category" && entry.field != u"evidence"
             && entry.field != u"reply" && entry.field != u"commitment"
             && entry.field != u"commitment_state" && entry.field != u"assignee")
        field = entry.field;
    //: History line: %1 what happened, %2 the ticket field that changed.
    return field.isEmpty() ? what : tr("%1: %2").arg(what, field);
}

QString TicketHistoryView::reasonText(const AuditEntry& entry) const
{
    if (entry.action == QLatin1String(kReadFromTextAction) && !entry.reason.isEmpty())
        //: %1 the customer's words a fact was read from
        return tr("the customer wrote “%1”").arg(entry.reason);
    if (entry.reason == QLatin1String(kReadFromTextReason))
        return tr("read from the customer's message");
    if (entry.field == u"first_response_at") {
        if (entry.reason == u"met")
            return tr("In time");
        if (entry.reason == u"missed")
            return tr("Late");
    }
    return entry.reason;
}

QString TicketHistoryView::valueText(const AuditEntry& entry, const QString& value) const
{
    if (value.isEmpty())
        return {};
    if (entry.field == u"waiting_seconds") {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (ok)
            return formatDuration(seconds);
    }
    if (entry.field == u"status" || entry.action == u"status") {
        if (const auto status = statusFromId(value))
            return statusDisplayName(*status);
    }
    if (entry.field == u"priority" || entry.action == u"priority") {
        if (const Tier* tier = m_policy.tier(value))
            return tier->name.text();
    }
    if (entry.field == u"category") {
        if (const auto category = categoryFromId(value))
            return categoryDisplayName(*category);
    }
    if (entry.field == u"scenario")
        return scenarioDisplayName(value);
    if (entry.field == u"network")
        return networkDisplayName(value);
    if (entry.field == u"root_cause_hypothesis")
        return rootCauseDisplayName(value);
    if (entry.field == u"reply")
        return replyText(value);
    if (entry.field == u"commitment")
        return commitmentText(value);
    if (entry.field == u"commitment_state") {
        if (value == u"open")
            return tr("open");
        if (value == u"kept")
            return tr("kept");
        if (value == u"broken")
            return tr("broken");
    }
    if (entry.field == u"diagnosis_answers") {
        // The answers are JSON; how many there are says enough in a history line.
        const int count = int(QJsonDocument::fromJson(value.toUtf8()).object().size());
        return tr("%n answer(s)", nullptr, count);
    }
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (time.isValid() && value.size() >= 19)
        return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return value;
}

QString TicketHistoryView::replyText(const QString& value) const
{
    // Stored as "N characters; templates: a, b; findings: N" (replystore.cpp).
    static const QRegularExpression stored(
        uR"(^(\d+) characters; templates: (.*); findings: (\d+)$)"_s);
    const QRegularExpressionMatch m = stored.match(value);
    if (!m.hasMatch())
        return value;
    const bool zh = QLocale().language() == QLocale::Chinese;
    const QString language = zh ? u"zh_CN"_s : u"en"_s;
    QStringList titles;
    if (m.captured(2) != u"-") {
        for (const QString& id : m.captured(2).split(u", "_s, Qt::SkipEmptyParts)) {
            const replies::ReplyTemplate* found = replies::TemplateLibrary::builtIn().find(id);
            titles.append(found ? found->title(language) : id);
        }
    }
    const int characters = m.captured(1).toInt();
    const int findings = m.captured(3).toInt();
    QString text = tr("%n character(s)", nullptr, characters);
    if (!titles.isEmpty())
        text += tr("; templates: %1").arg(titles.join(tr(", ")));
    text += findings == 0 ? tr("; tone clean") : tr("; %n tone finding(s)", nullptr, findings);
    return text;
}

QString TicketHistoryView::commitmentText(const QString& value) const
{
    // Stored as "what was promised (due ISO 8601 UTC)" (replystore.cpp).
    static const QRegularExpression stored(uR"(^(.*) \(due ([0-9T:+\-.Z]+)\)$)"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = stored.match(value);
    const QDateTime due =
        m.hasMatch() ? QDateTime::fromString(m.captured(2), Qt::ISODate) : QDateTime();
    if (!due.isValid())
        return value;
    //: A promise in the history: %1 the promised words, %2 the local due time.
    return tr("“%1”, due %2")
        .arg(m.captured(1), due.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace rtcare
