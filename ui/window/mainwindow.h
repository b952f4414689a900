// SPDX-License-Identifier: MIT
#pragma once

#include "storage/queuequery.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <array>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace rtcare {

struct AppSettings;
class AssignActions;
class ClockDelegate;
class DailyBackup;
class NewTicketDialog;
class ReplyComposer;
class QueueModel;
class SlaNotifier;
class TeamFeed;
class TicketDetailPane;
class TicketRepository;
class TicketTab;

// The agent's desk: the queue, most urgent first, with live first-response clocks on the
// left; the selected ticket on the right; filters, search and "New ticket" on top.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 1000;
    static constexpr int kRefreshEveryTicks = 15;
    static constexpr int kSearchDelayMs = 250;

    explicit MainWindow(TicketRepository& repository, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Parts, for tests and wiring.
    [[nodiscard]] QueueModel* queueModel() const { return m_model; }
    [[nodiscard]] QTableView* queueView() const { return m_view; }
    [[nodiscard]] TicketDetailPane* detailPane() const { return m_detail; }
    [[nodiscard]] SlaNotifier* notifier() const { return m_notifier; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QAction* newTicketAction() const { return m_newTicket; }
    [[nodiscard]] QAction* filterAction(QueueFilter filter) const;
    [[nodiscard]] NewTicketDialog* newTicketDialog() const;
    [[nodiscard]] QString countsText() const;

    [[nodiscard]] QTabWidget* ticketTabs() const { return m_tabs; }
    // Adds a page beside the ticket's details; it follows the selected ticket.
    void addTicketTab(TicketTab* tab, const QString& title);

    // Team mode: the live feed from the server (null on a file) and the banner shown while
    // the server is away.
    [[nodiscard]] TeamFeed* teamFeed() const { return m_teamFeed; }
    [[nodiscard]] QLabel* serverBanner() const { return m_serverBanner; }

    [[nodiscard]] QAction* settingsAction() const { return m_settingsAction; }
    [[nodiscard]] AssignActions* assignActions() const { return m_assignActions; }
    [[nodiscard]] DailyBackup* dailyBackup() const { return m_dailyBackup; }
    // Applies the Settings choices for the daily backup (at start, and when they change).
    void configureBackups(const AppSettings& settings);
    // --db or RTCARE_DB (`source`) chose the database: Settings says it wins over the page.
    void setDatabaseOverride(const QString& source, const QString& location);
    // Opens the settings dialog (window-modal, no nested event loop).
    void openSettings();

    // Opens the new-ticket dialog (window-modal, no nested event loop).
    void openNewTicketDialog();
    // Selects a ticket's row when it is in the loaded part of the queue; false otherwise.
    bool selectTicket(qint64 id);
    [[nodiscard]] qint64 selectedTicketId() const { return m_selectedId; }
    void setFilter(QueueFilter filter);
    // Re-reads the queue and the counts now, keeping the selected ticket selected.
    void refreshNow();
    // One beat of the countdown timer (public so tests can drive it).
    void tick();

    // Shows the ticket's tab `index` (0 Ticket, 1 Diagnosis, 2 Evidence, 3 Reply) with the
    // keyboard in it.
    void showTicketTab(int index);
    // Brings the window to the front and shows ticket `id`, widening the list if needed.
    void openTicket(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void buildTicketTabKeys(QMenu* viewMenu);
    void buildSearchKeys();
    void enterResults();
    void updateEmptyMessage();
    void connectTray();
    // Team mode (mainwindowteam.cpp): returns the central widget, with the banner above.
    [[nodiscard]] QWidget* connectTeamServer(QWidget* central);
    void onTeamTicketsChanged(const QList<qint64>& ids);
    void bringToFront();
    void buildMenuBar();
    void buildAssignActions();
    void showAbout();
    void buildQueueView();
    void setColumnWidths();
    void scheduleRefresh();
    void updateCounts();
    void applySearch();
    void onSelectionChanged();
    void onTicketFiled(qint64 id);
    enum class LostTicket { KeepInPane, ClearPane };
    void restoreSelection(qint64 id, int nearRow, LostTicket lost);
    [[nodiscard]] int currentRow() const;
    // Shows ticket `id` (0 = none) in the details pane and every ticket tab.
    void showInPanes(qint64 id);

    TicketRepository& m_repository;
    QueueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    ClockDelegate* m_clockDelegate = nullptr;
    TicketDetailPane* m_detail = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<TicketTab*> m_ticketTabs;
    qint64 m_tabsTicketId = 0;
    SlaNotifier* m_notifier = nullptr;
    ReplyComposer* m_composer = nullptr;
    QString m_overrideSource, m_overrideLocation; // --db or RTCARE_DB, when given
    DailyBackup* m_dailyBackup = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_newTicket = nullptr;
    QAction* m_settingsAction = nullptr;
    AssignActions* m_assignActions = nullptr;
    QActionGroup* m_filterGroup = nullptr;
    std::array<QAction*, 4> m_filterActions{};
    QLabel* m_countsLabel = nullptr;
    QLabel* m_emptyLabel = nullptr; // over the queue when nothing matches
    QMenu* m_trayMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_pathLabel = nullptr;
    QPointer<NewTicketDialog> m_newTicketDialog;
    TeamFeed* m_teamFeed = nullptr;
    QLabel* m_serverBanner = nullptr;

    QTimer m_tickTimer;   // the one countdown timer
    QTimer m_searchTimer; // debounces typing in the search field
    int m_ticks = 0;
    bool m_refreshPending = false;
    bool m_restoringSelection = false;
    qint64 m_selectedId = 0;
};

} // namespace rtcare
