// SPDX-License-Identifier: MIT
#include "queue/queuemodel.h"
#include "text/listjoin.h"

#include "queue/clocktext.h"
#include "model/category.h"
#include "model/status.h"
#include "replies/commitments.h"
#include "storage/ticketrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
QString localTime(const QDateTime& utc, const QString& format)
{
    return utc.isValid() ? utc.toLocalTime().toString(format) : QString();
}
} // namespace

QueueModel::QueueModel(TicketRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_query(repository.database())
{
    m_query.setPromiseRiskPercent(m_repository.policy().atRiskPercent());
    m_snapshotNow = m_repository.now();
    m_rowCount = m_query.count(m_snapshotNow);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Clock: return tr("First response / promise");
    case Number: return tr("Number");
    case Priority: return tr("Priority");
    case Category: return tr("Category");
    case Customer: return tr("Customer");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    case Created: return tr("Created");
    case Summary: return tr("Summary");
    default: return {};
    }
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.column() >= ColumnCount)
        return {};
    const QueueRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeading));
    case TicketIdRole:
        return row->id;
    case TicketNumberRole:
        return row->number;
    case ClockStatusRole:
        return cellClock(*row).id();
    case ClockRemainingRole:
        return cellClock(*row).remainingSeconds;
    case ClockKindRole:
        return showsPromise(*row, clockFor(*row)) ? u"promise"_s : u"first_response"_s;
    case AssigneeRole:
        return row->assignee;
    default:
        return {};
    }
}

QVariant QueueModel::display(const QueueRow& row, int column) const
{
    switch (column) {
    case Clock: {
        bool promise = false;
        const ClockStatus clock = cellClock(row, &promise);
        return promise ? ClockText::promiseChip(clock) : ClockText::chip(clock);
    }
    case Number: return row.number;
    case Priority: return priorityName(row.priority);
    case Category: return categoryDisplayName(row.category);
    case Customer: return customerText(row);
    case Status: return statusDisplayName(row.status);
    case Assignee:
        //: Queue cell: %1 who has the ticket, %2 the colleagues replying to it now
        return row.replying.isEmpty() ? row.assignee
                                      : tr("%1 · %2 is replying")
                                            .arg(row.assignee, joinList(row.replying));
    case Created: return localTime(row.createdAt, u"MM-dd HH:mm"_s);
    case Summary: return row.summary;
    default: return {};
    }
}

QVariant QueueModel::toolTip(const QueueRow& row) const
{
    const ClockStatus clock = clockFor(row);
    QStringList lines;
    lines << tr("Ticket %1").arg(row.number);
    lines << tr("Customer: %1").arg(row.customerName);
    if (row.enterprise && row.keyBusiness)
        lines << tr("★ Enterprise customer, complaint about a key business scenario.");
    else if (row.enterprise)
        lines << tr("★ Enterprise customer.");
    lines << tr("Category: %1").arg(categoryDisplayName(row.category));
    lines << tr("Priority: %1").arg(priorityName(row.priority));
    lines << tr("Status: %1").arg(statusDisplayName(row.status));
    if (!row.assignee.isEmpty())
        lines << tr("Assignee: %1").arg(row.assignee);
    lines << tr("Created: %1").arg(localTime(row.createdAt, u"yyyy-MM-dd HH:mm:ss"_s));
    lines << tr("First response: %1").arg(clock.displayName());
    lines << ClockText::describe(clock);
    if (row.promiseDue.isValid()) {
        const ClockStatus promise = promiseClock(row);
        lines << tr("Promise to the customer: %1").arg(ClockText::chip(promise));
        lines << ClockText::describePromise(row.promiseText, promise);
    }
    if (!row.summary.isEmpty())
        lines << row.summary;
    return lines.join(QLatin1Char('\n'));
}

QString QueueModel::priorityName(const QString& tierId) const
{
    const Tier* tier = m_repository.policy().tier(tierId);
    return tier ? tier->name.text() : tierId;
}

QString QueueModel::customerText(const QueueRow& row) const
{
    if (row.enterprise && row.keyBusiness)
        //: Queue cell: an enterprise customer's key-business complaint. %1 is the customer.
        return tr("★ %1 · key business").arg(row.customerName);
    if (row.enterprise)
        //: Queue cell: an enterprise customer. %1 is the customer.
        return tr("★ %1").arg(row.customerName);
    return row.customerName;
}

ClockStatus QueueModel::clockFor(const QueueRow& row) const
{
    return firstResponseClock(m_repository.policy(), row.priority, row.createdAt,
                              row.firstResponseDue, row.firstResponseAt, m_repository.now());
}

ClockStatus QueueModel::promiseClock(const QueueRow& row) const
{
    replies::Commitment commitment;
    commitment.ticketId = row.id;
    commitment.promisedAt = row.promisedAt;
    commitment.dueAt = row.promiseDue;
    commitment.text = row.promiseText;
    return replies::commitmentClockStatus(m_repository.policy(), commitment, m_repository.now());
}

bool QueueModel::showsPromise(const QueueRow& row, const ClockStatus& firstResponse) const
{
    return row.promiseDue.isValid() && !firstResponse.isRunning();
}

ClockStatus QueueModel::cellClock(const QueueRow& row, bool* promise) const
{
    const ClockStatus firstResponse = clockFor(row);
    const bool showPromise = showsPromise(row, firstResponse);
    if (promise)
        *promise = showPromise;
    return showPromise ? promiseClock(row) : firstResponse;
}

const QueueRow* QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page& cached = page(row / m_pageSize);
    const int inPage = row % m_pageSize;
    return inPage < cached.rows.size() ? &cached.rows.at(inPage) : nullptr;
}

const QueueModel::Page& QueueModel::page(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        if (m_pages.size() >= m_maxCachedPages) {
            auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                           [](const Page& a, const Page& b) {
                                               return a.lastUsed < b.lastUsed;
                                           });
            m_pages.erase(oldest);
        }
        Page loaded;
        loaded.rows = m_query.page(pageIndex * m_pageSize, m_pageSize, m_snapshotNow);
        ++m_pagesRead;
        found = m_pages.insert(pageIndex, std::move(loaded));
    }
    found->lastUsed = ++m_useCounter;
    return *found;
}

void QueueModel::resetTo(const std::function<void()>& change)
{
    beginResetModel();
    change();
    m_query.setReader(m_repository.actor()); // their own presence is not "a colleague"
    m_pages.clear();
    m_snapshotNow = m_repository.now();
    m_rowCount = m_query.count(m_snapshotNow);
    endResetModel();
}

void QueueModel::setPaging(int pageSize, int maxCachedPages)
{
    resetTo([this, pageSize, maxCachedPages] {
        m_pageSize = std::max(1, pageSize);
        m_maxCachedPages = std::max(2, maxCachedPages);
    });
}

void QueueModel::setFilter(QueueFilter filter)
{
    resetTo([this, filter] { m_query.setFilter(filter); });
}

void QueueModel::setAssignee(const std::optional<QString>& agent)
{
    resetTo([this, &agent] { m_query.setAssignee(agent); });
}

void QueueModel::setSearch(const QString& text)
{
    resetTo([this, &text] {
        m_query.setSearch(text);
        m_highlightWords = m_query.searchQuery().highlightWords();
        std::stable_sort(m_highlightWords.begin(), m_highlightWords.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
    });
}

QList<QueueModel::Highlight> QueueModel::highlights(const QString& text) const
{
    QList<Highlight> marks;
    if (m_highlightWords.isEmpty() || text.isEmpty())
        return marks;
    const QString lower = text.toLower();
    QList<bool> taken(lower.size(), false);
    for (const QString& word : m_highlightWords) {
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            bool free = true;
            for (qsizetype i = at; i < at + word.size() && free; ++i)
                free = !taken.at(i);
            if (!free)
                continue;
            for (qsizetype i = at; i < at + word.size(); ++i)
                taken[i] = true;
            marks.append({at, word.size()});
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const Highlight& a, const Highlight& b) { return a.start < b.start; });
    return marks;
}

void QueueModel::refresh()
{
    m_query.setReader(m_repository.actor());
    const QDateTime now = m_repository.now();
    const int oldCount = m_rowCount;
    const int newCount = m_query.count(now);
    // Rows come and go at the end; the rows that stay still read their old contents
    // until every cell is reported changed below.
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    } else if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rowCount = newCount;
        endRemoveRows();
    }
    m_pages.clear();
    m_snapshotNow = now;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

void QueueModel::notifyClockTick(int firstRow, int lastRow)
{
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, m_rowCount - 1);
    if (firstRow > lastRow)
        return;
    Q_EMIT dataChanged(index(firstRow, Clock), index(lastRow, Clock),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole,
                        ClockStatusRole, ClockRemainingRole, ClockKindRole});
}

QueueCounts QueueModel::counts() const
{
    return m_query.counts(m_repository.now());
}

qint64 QueueModel::ticketIdAt(int row) const
{
    const QueueRow* found = rowAt(row);
    return found ? found->id : 0;
}

int QueueModel::rowOfTicket(qint64 id, int nearRow) const
{
    if (id <= 0 || m_rowCount == 0)
        return -1;
    const int lastPage = (m_rowCount - 1) / m_pageSize;
    const int nearPage = std::clamp(nearRow, 0, m_rowCount - 1) / m_pageSize;
    QList<int> candidates;
    for (int p = nearPage - 2; p <= nearPage + 2; ++p)
        candidates << p;
    for (int p = 0; p < 8; ++p)
        candidates << p;
    QList<int> searched;
    for (int pageIndex : std::as_const(candidates)) {
        if (pageIndex < 0 || pageIndex > lastPage || searched.contains(pageIndex))
            continue;
        searched << pageIndex;
        const QList<QueueRow> rows = page(pageIndex).rows; // copy: later loads may evict
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return pageIndex * m_pageSize + i;
        }
    }
    return -1;
}

} // namespace rtcare
