// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace rtcare {

class QueueModel;
class TicketRepository;

// Take (Ctrl+Shift+T), Assign… (Ctrl+Shift+A) and the "Mine" filter (Ctrl+Shift+M) of the
// queue. Take and Assign act on the selected ticket, conditional on the assignee the agent
// saw in its row: a ticket a colleague has just taken is not taken over; failed() says so.
class AssignActions : public QObject
{
    Q_OBJECT
public:
    // The selected ticket and the assignee its row shows; nullopt when none is selected.
    struct Selected
    {
        qint64 id = 0;
        QString number;
        QString assignee;
    };
    using Selection = std::function<std::optional<Selected>()>;

    AssignActions(TicketRepository& repository, QueueModel& model, Selection selection,
                  QWidget* parent);

    [[nodiscard]] QAction* takeAction() const { return m_take; }
    [[nodiscard]] QAction* assignAction() const { return m_assign; }
    [[nodiscard]] QAction* mineAction() const { return m_mine; }

    // Takes the selected ticket / opens the Assign… dialog for it.
    void take();
    void assign();
    // Gives the selected ticket to `agent` (what the dialog does once accepted).
    bool assignTo(const Selected& ticket, const QString& agent);
    // The "Mine" filter follows the actor (it changes with the settings).
    void setMine(bool on);
    // Enables Take and Assign… for the selection.
    void updateEnabled();

Q_SIGNALS:
    void done(const QString& message);
    void failed(const QString& message);

private:
    TicketRepository& m_repository;
    QueueModel& m_model;
    Selection m_selection;
    QWidget* m_parent = nullptr;
    QAction* m_take = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_mine = nullptr;
};

} // namespace rtcare
