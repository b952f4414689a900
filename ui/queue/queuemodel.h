// SPDX-License-Identifier: MIT
#pragma once

#include "sla/clock.h"
#include "storage/queuequery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace rtcare {

class TicketRepository;

// The agent's ticket queue, most urgent first. Lazy: the row count comes from one SQL
// count, rows are read in pages on demand and only a few dozen pages are kept, so a file
// with 1,000,000 tickets scrolls as smoothly as one with ten.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Clock, Number, Priority, Category, Customer, Status, Assignee, Created, Summary, ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64
        TicketNumberRole,                // QString
        ClockStatusRole,                 // ClockStatus::id(): "on_track", "warning_75", ...
        ClockRemainingRole,              // qint64 seconds, negative once overdue
        ClockKindRole,                   // what the clock cell counts down: "first_response"
                                         // or "promise" (the open commitment due first)
        AssigneeRole,                    // QString: who has the ticket
    };

    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 32;

    explicit QueueModel(TicketRepository& repository, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Which tickets and which search; both reset the model.
    void setFilter(QueueFilter filter);
    [[nodiscard]] QueueFilter filter() const { return m_query.filter(); }
    void setSearch(const QString& text);
    [[nodiscard]] QString search() const { return m_query.search(); }
    // A search on a team server with more matches than it counts (QueueQuery::count): the
    // list holds the most urgent of them.
    [[nodiscard]] bool listsMostUrgentOnly() const { return m_query.countIsPartial(m_rowCount); }
    // The "Mine" filter: only the tickets of `agent` (nullopt: everyone's); resets the model.
    void setAssignee(const std::optional<QString>& agent);
    [[nodiscard]] std::optional<QString> assignee() const { return m_query.assignee(); }
    // Where the current search's words (and their synonyms) stand in a text, in order and
    // not overlapping; empty without a search.
    struct Highlight
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    [[nodiscard]] QList<Highlight> highlights(const QString& text) const;

    // Re-reads the queue without a reset: rows are added or removed at the end and every
    // cell is reported changed, so the view keeps its selection and scroll position.
    void refresh();
    // The countdowns moved on: repaint the clock cells of rows first..last only.
    void notifyClockTick(int firstRow, int lastRow);

    // The counts behind the filter buttons (ignores the search).
    [[nodiscard]] QueueCounts counts() const;
    // The ticket shown in a row, 0 when the row is out of range.
    [[nodiscard]] qint64 ticketIdAt(int row) const;
    // The row showing a ticket, looked for in the pages around `nearRow` and at the top of
    // the queue (never the whole queue); -1 when not found there.
    [[nodiscard]] int rowOfTicket(qint64 id, int nearRow = 0) const;
    // How many rows are read at once and how many such pages are kept (tests use small
    // numbers to cross many page boundaries); resets the model.
    void setPaging(int pageSize, int maxCachedPages);
    // How many pages are held in memory, and how many were read so far.
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }
    [[nodiscard]] int pagesRead() const { return m_pagesRead; }

private:
    struct Page
    {
        QList<QueueRow> rows;
        quint64 lastUsed = 0;
    };

    [[nodiscard]] const QueueRow* rowAt(int row) const;
    [[nodiscard]] const Page& page(int pageIndex) const;
    [[nodiscard]] ClockStatus clockFor(const QueueRow& row) const;
    // The clock cell: the first-response clock while it runs; once the first response is
    // recorded, the countdown of the open commitment due first (when there is one).
    [[nodiscard]] bool showsPromise(const QueueRow& row, const ClockStatus& firstResponse) const;
    [[nodiscard]] ClockStatus cellClock(const QueueRow& row, bool* promise = nullptr) const;
    [[nodiscard]] ClockStatus promiseClock(const QueueRow& row) const;
    [[nodiscard]] QVariant display(const QueueRow& row, int column) const;
    [[nodiscard]] QVariant toolTip(const QueueRow& row) const; // the whole ticket, any cell
    [[nodiscard]] QString priorityName(const QString& tierId) const;
    [[nodiscard]] QString customerText(const QueueRow& row) const;
    void resetTo(const std::function<void()>& change);

    TicketRepository& m_repository;
    QueueQuery m_query;
    QStringList m_highlightWords; // lower case, longest first
    int m_rowCount = 0;
    QDateTime m_snapshotNow; // the instant the rows were counted; pages are read at it too
    int m_pageSize = kPageSize;
    int m_maxCachedPages = kMaxCachedPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesRead = 0;
};

} // namespace rtcare
