// SPDX-License-Identifier: MIT
#include "window/mainwindow.h"

#include "queue/clockdelegate.h"
#include "queue/assignactions.h"
#include "storage/currentagent.h"
#include "storage/teamfeed.h"
#include "diagnosis/diagnosispanel.h"
#include "evidence/evidencepanel.h"
#include "model/category.h"
#include "model/status.h"
#include "ticket/newticketdialog.h"
#include "queue/highlightdelegate.h"
#include "queue/queuemodel.h"
#include "replies/replycomposer.h"
#include "reports/reportswindow.h"
#include "settings/appsettings.h"
#include "widgets/windowplacement.h"
#include "settings/settingsdialog.h"
#include "queue/slanotifier.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "ticket/ticketdetailpane.h"
#include "settings/theme.h"
#include "ticket/tickettab.h"
#include "window/dailybackup.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
constexpr int kAnnouncementMs = 30'000;
constexpr int kMessageMs = 8'000;

int filterIndex(QueueFilter filter)
{
    return static_cast<int>(filter);
}
} // namespace

MainWindow::MainWindow(TicketRepository& repository, QWidget* parent)
    : QMainWindow(parent), m_repository(repository)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("RTCare"));
    setWindowIcon(QIcon(u":/rtcare/icons/rtcare.svg"_s));

    m_model = new QueueModel(m_repository, this);
    m_detail = new TicketDetailPane(m_repository, this);
    buildQueueView();
    buildToolBar();
    buildMenuBar();
    buildAssignActions();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"ticketTabs"_s);
    m_tabs->setAccessibleName(tr("Selected ticket"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_detail, tr("Ticket"));
    addTicketTab(new DiagnosisPanel(m_repository, this), tr("Diagnosis"));
    addTicketTab(new EvidencePanel(m_repository, this), tr("Evidence"));
    m_composer = new ReplyComposer(m_repository, this);
    m_composer->setAgentName(AppSettings::load().agentName);
    addTicketTab(m_composer, tr("Reply"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({940, 340});
    restoreSplitter(m_splitter, u"main"_s);
    buildTicketTabKeys(m_viewMenu);
    setCentralWidget(connectTeamServer(m_splitter));
    // 1280×800 where it fits; never larger than the screen (a 1366×768 laptop included).
    placeWindow(this, u"main"_s, QSize(1280, 800));
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_tabs);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setAccessibleName(tr("Queue counts"));
    m_pathLabel = new QLabel(tr("Database: %1").arg(m_repository.database().path()), this);
    m_pathLabel->setObjectName(u"databasePath"_s);
    m_pathLabel->setAccessibleName(tr("Database file"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    // Escape in the detail pane goes back to the queue.
    auto* backToQueue = new QAction(tr("Back to the queue"), m_detail);
    backToQueue->setShortcut(QKeySequence(Qt::Key_Escape));
    backToQueue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backToQueue, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    m_detail->addAction(backToQueue);
    connect(m_detail, &TicketDetailPane::errorShown, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });

    connect(&m_repository, &TicketRepository::ticketCreated, this, &MainWindow::scheduleRefresh);
    connect(&m_repository, &TicketRepository::ticketChanged, this, &MainWindow::scheduleRefresh);
    connect(&m_repository, &TicketRepository::ticketsImported, this, &MainWindow::scheduleRefresh);

    m_notifier = new SlaNotifier(m_repository, this);
    connect(m_notifier, &SlaNotifier::announced, this, [this](const QString& message) {
        statusBar()->showMessage(message, kAnnouncementMs);
        updateCounts();
    });
    m_notifier->start();
    connectTray();
    buildSearchKeys();

    m_dailyBackup = new DailyBackup(m_repository.database().path(), this);
    connect(m_dailyBackup, &DailyBackup::finished, this,
            [this](const QString& file, const QString& error) {
                if (error.isEmpty())
                    statusBar()->showMessage(tr("Daily backup written to %1.").arg(file),
                                             kMessageMs);
                else
                    statusBar()->showMessage(tr("The daily backup failed: %1").arg(error),
                                             kAnnouncementMs);
            });

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    m_tickTimer.setInterval(kTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &MainWindow::tick);
    m_tickTimer.start();

    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildQueueView()
{
    m_view = new QTableView(this);
    m_view->setObjectName(u"queueView"_s);
    m_view->setAccessibleName(tr("Ticket queue"));
    m_view->setAccessibleDescription(tr("Most urgent first. Press Enter to work on the selected ticket."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the queue, arrows move within it
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);

    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 12);

    QHeaderView* columns = m_view->horizontalHeader();
    columns->setSectionsClickable(false);
    columns->setSortIndicatorShown(false);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);

    m_clockDelegate = new ClockDelegate(m_view);
    m_view->setItemDelegateForColumn(QueueModel::Clock, m_clockDelegate);
    m_view->setItemDelegateForColumn(QueueModel::Summary, new HighlightDelegate(*m_model, m_view));
    setColumnWidths();

    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
}

void MainWindow::setColumnWidths()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int pad = 2 * metrics.averageCharWidth() + 8;
    auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList tiers;
    for (const Tier& tier : m_repository.policy().tiers())
        tiers << tier.name.text();
    QStringList categories;
    for (Category category : kAllCategories)
        categories << categoryDisplayName(category);
    QStringList statuses;
    for (TicketStatus status : kAllStatuses)
        statuses << statusDisplayName(status);

    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(QueueModel::Clock, m_clockDelegate->columnWidth(metrics));
    columns->resizeSection(QueueModel::Number, widest({u"RTC-20260101-0000"_s}) + pad);
    columns->resizeSection(QueueModel::Priority, widest(tiers) + pad);
    columns->resizeSection(QueueModel::Category, widest(categories) + pad);
    // Customer and status elide beyond 12 characters (the details pane has them whole), so
    // the summary keeps some room at 1280 px beside the ticket pane.
    columns->resizeSection(QueueModel::Customer, metrics.averageCharWidth() * 12 + pad);
    columns->resizeSection(QueueModel::Status, std::min(widest(statuses) + pad,
                                                        metrics.averageCharWidth() * 12));
    columns->resizeSection(QueueModel::Assignee, metrics.averageCharWidth() * 10 + pad);
    columns->resizeSection(QueueModel::Created, widest({u"00-00 00:00"_s}) + pad);
}

void MainWindow::buildToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Queue"));
    toolBar->setObjectName(u"queueToolBar"_s);
    toolBar->setAccessibleName(tr("Queue toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_newTicket = new QAction(QIcon::fromTheme(u"document-new"_s), tr("New ticket"), this);
    m_newTicket->setObjectName(u"newTicket"_s);
    m_newTicket->setShortcut(QKeySequence::New);
    m_newTicket->setToolTip(tr("File a new complaint (%1)")
                                .arg(m_newTicket->shortcut().toString(QKeySequence::NativeText)));
    connect(m_newTicket, &QAction::triggered, this, &MainWindow::openNewTicketDialog);
    toolBar->addAction(m_newTicket);
    toolBar->addSeparator();

    m_filterGroup = new QActionGroup(this);
    m_filterGroup->setExclusive(true);
    const std::array<QueueFilter, 4> filters{QueueFilter::Open, QueueFilter::AtRisk,
                                             QueueFilter::Breached, QueueFilter::All};
    const std::array<QString, 4> names{u"filterOpen"_s, u"filterAtRisk"_s,
                                       u"filterBreached"_s, u"filterAll"_s};
    for (std::size_t i = 0; i < filters.size(); ++i) {
        auto* action = new QAction(this);
        action->setObjectName(names.at(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const QueueFilter filter = filters.at(i);
        connect(action, &QAction::triggered, this, [this, filter] { setFilter(filter); });
        m_filterGroup->addAction(action);
        toolBar->addAction(action);
        m_filterActions.at(i) = action;
    }
    m_filterActions.at(filterIndex(m_model->filter()))->setChecked(true);
    toolBar->addSeparator();

    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(u"search"_s);
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setPlaceholderText(tr("Search number, customer, device, region, text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 42);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    toolBar->addWidget(m_search);

    auto* find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    toolBar->addSeparator();
    m_settingsAction = new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("Settings…"), this);
    m_settingsAction->setObjectName(u"settings"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setToolTip(tr("Agent name and SLA policy (%1)")
                                     .arg(m_settingsAction->shortcut().toString(
                                         QKeySequence::NativeText)));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    toolBar->addAction(m_settingsAction);
}

void MainWindow::buildAssignActions()
{
    m_assignActions = new AssignActions(
        m_repository, *m_model,
        [this]() -> std::optional<AssignActions::Selected> {
            const QModelIndex current = m_view->currentIndex();
            const qint64 id = m_model->ticketIdAt(current.row());
            if (!current.isValid() || id == 0)
                return std::nullopt;
            const QModelIndex cell = m_model->index(current.row(), 0);
            return AssignActions::Selected{id, cell.data(QueueModel::TicketNumberRole).toString(),
                                           cell.data(QueueModel::AssigneeRole).toString()};
        },
        this);
    if (auto* bar = findChild<QToolBar*>(u"queueToolBar"_s)) {
        const QList<QAction*> actions = bar->actions();
        const qsizetype afterFilters = actions.indexOf(m_filterActions.back()) + 1;
        // Only "Mine" beside the filters: the search box must keep its room at 1280 px
        // (Take and Assign… are in the Ticket menu and on their keys).
        bar->insertAction(actions.value(afterFilters), m_assignActions->mineAction());
    }
    addActions({m_assignActions->takeAction(), m_assignActions->assignAction(),
                m_assignActions->mineAction()});
    QMenu* ticket = new QMenu(tr("&Ticket"), this);
    ticket->addActions({m_assignActions->takeAction(), m_assignActions->assignAction()});
    menuBar()->insertMenu(m_viewMenu->menuAction(), ticket);
    m_viewMenu->insertAction(m_viewMenu->actions().value(int(m_filterActions.size())),
                             m_assignActions->mineAction());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_assignActions,
            &AssignActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, m_assignActions,
            &AssignActions::updateEnabled);
    connect(m_assignActions, &AssignActions::done, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_assignActions, &AssignActions::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_assignActions->mineAction(), &QAction::toggled, this, [this] { updateCounts(); });
}

void MainWindow::buildMenuBar()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTicket);
    file->addAction(m_settingsAction);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* filter : m_filterActions)
        view->addAction(filter);
    m_viewMenu = view;
    view->addSeparator();
    view->addAction(tr("&Reports…"), this, [this] {
            showReportsWindow(this, m_repository.database(), m_repository.policy(),
                              [this](const QString& text) {
                                  setFilter(QueueFilter::All);
                                  m_search->setText(text);
                              });
        })->setObjectName(u"reportsAction"_s);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About RTCare"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About RTCare"),
        tr("<h3>RTCare %1</h3>"
           "<p>Helps support agents of real-time audio and video services answer complaints "
           "quickly and fairly, and helps team leads learn from them.</p>"
           "<p>Built with Qt %2 (running on Qt %3). MIT licence.</p>")
            .arg(QApplication::applicationVersion().isEmpty()
                     ? QStringLiteral(RTCARE_VERSION)
                     : QApplication::applicationVersion(),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::configureBackups(const AppSettings& settings)
{
    m_dailyBackup->configure(settings);
}

void MainWindow::setDatabaseOverride(const QString& source, const QString& location)
{
    m_overrideSource = source;
    m_overrideLocation = location;
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(AppSettings::load(), this);
    if (!m_overrideSource.isEmpty())
        dialog->showDatabaseOverride(m_overrideSource, m_overrideLocation);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTeamServer(m_repository.database(), m_repository.actor());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        const AppSettings before = AppSettings::load();
        chosen.save();
        m_repository.setActor(currentAgent(m_repository.database(), chosen.effectiveAgentName()));
        m_assignActions->setMine(m_assignActions->mineAction()->isChecked()); // follows the actor
        m_composer->setAgentName(chosen.agentName);
        applyTheme(chosen.theme);
        m_notifier->setPopupsEnabled(chosen.notifications);
        configureBackups(chosen);
        const bool needsRestart = chosen.policyFile != before.policyFile
                                  || chosen.language != before.language
                                  || chosen.chosenDatabase() != before.chosenDatabase();
        statusBar()->showMessage(needsRestart ? tr("Settings saved. Some changes apply the next "
                                                   "time RTCare starts.")
                                              : tr("Settings saved."),
                                 kMessageMs);
    });
    dialog->open();
}

QAction* MainWindow::filterAction(QueueFilter filter) const
{
    return m_filterActions.at(filterIndex(filter));
}

void MainWindow::setFilter(QueueFilter filter)
{
    filterAction(filter)->setChecked(true);
    if (filter == m_model->filter())
        return;
    const qint64 keep = m_selectedId;
    m_model->setFilter(filter);
    restoreSelection(keep, 0, LostTicket::ClearPane);
}

void MainWindow::applySearch()
{
    const qint64 keep = m_selectedId;
    m_model->setSearch(m_search->text());
    restoreSelection(keep, 0, LostTicket::ClearPane);
    if (m_model->listsMostUrgentOnly())
        statusBar()->showMessage(tr("More than %1 tickets match “%2”: the %3 most urgent are "
                                    "listed. Add a word to narrow the search.")
                                     .arg(QLocale().toString(m_model->rowCount() - 1),
                                          m_model->search(),
                                          QLocale().toString(m_model->rowCount())),
                                 kMessageMs);
}

int MainWindow::currentRow() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

void MainWindow::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    const int row = currentRow();
    if (row < 0) {
        m_selectedId = 0;
        showInPanes(0);
        return;
    }
    m_selectedId = m_model->ticketIdAt(row);
    showInPanes(m_selectedId);
}

void MainWindow::showInPanes(qint64 id)
{
    if (id <= 0)
        m_detail->clear();
    else if (m_detail->ticketId() != id)
        m_detail->showTicket(id);
    if (m_tabsTicketId == id)
        return;
    m_tabsTicketId = id;
    for (TicketTab* tab : std::as_const(m_ticketTabs))
        tab->showTicket(id);
}

void MainWindow::addTicketTab(TicketTab* tab, const QString& title)
{
    m_ticketTabs.append(tab);
    m_tabs->addTab(tab, title);
    tab->showTicket(m_tabsTicketId);
}

bool MainWindow::selectTicket(qint64 id)
{
    const int row = m_model->rowOfTicket(id, std::max(0, currentRow()));
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, QueueModel::Number);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void MainWindow::restoreSelection(qint64 id, int nearRow, LostTicket lost)
{
    if (id <= 0)
        return;
    m_restoringSelection = true;
    const int row = nearRow >= 0 && m_model->ticketIdAt(nearRow) == id
                        ? nearRow
                        : m_model->rowOfTicket(id, std::max(0, nearRow));
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, QueueModel::Number);
        if (currentRow() != row) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    } else if (lost == LostTicket::ClearPane) {
        // The agent chose to look at other tickets.
        m_view->selectionModel()->clearSelection();
        m_restoringSelection = false;
        m_selectedId = 0;
        showInPanes(0);
        return;
    } else {
        // The ticket left this view after a change (or moved far away): nothing else is
        // highlighted, the pane keeps showing it, and the next refresh looks for it again.
        m_view->selectionModel()->clearSelection();
    }
    m_selectedId = id;
    m_restoringSelection = false;
    showInPanes(id);
}

void MainWindow::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refreshNow();
    });
}

void MainWindow::refreshNow()
{
    m_refreshPending = false;
    // While the team server is away the queue keeps showing what it had (a read now finds
    // nothing); the feed refreshes everything once it is back (connectTeamServer).
    if (m_teamFeed && !m_teamFeed->isConnected())
        return;
    const qint64 keep = m_selectedId;
    const int row = currentRow();
    m_restoringSelection = true;
    m_model->refresh();
    m_restoringSelection = false;
    restoreSelection(keep, row, LostTicket::KeepInPane);
    m_detail->reload();
    updateCounts();
}

void MainWindow::tick()
{
    if (++m_ticks % kRefreshEveryTicks == 0)
        refreshNow();
    if (m_view->isVisible() && m_model->rowCount() > 0) {
        const int first = m_view->rowAt(0);
        if (first >= 0) {
            int last = m_view->rowAt(m_view->viewport()->height() - 1);
            if (last < 0)
                last = m_model->rowCount() - 1;
            m_model->notifyClockTick(first, last);
        }
    }
    m_detail->updateClock();
}

void MainWindow::updateCounts()
{
    const QueueCounts counts = m_model->counts();
    filterAction(QueueFilter::Open)->setText(tr("Open (%1)").arg(counts.open));
    filterAction(QueueFilter::AtRisk)->setText(tr("At risk (%1)").arg(counts.atRisk));
    filterAction(QueueFilter::Breached)->setText(tr("Breached (%1)").arg(counts.breached));
    filterAction(QueueFilter::All)->setText(tr("All (%1)").arg(counts.all));
    for (QAction* action : m_filterActions) {
        action->setToolTip(tr("%1 (%2)").arg(action->text(),
                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_countsLabel->setText(tr("Open %1 · At risk %2 · Breached %3")
                               .arg(counts.open)
                               .arg(counts.atRisk)
                               .arg(counts.breached));
}

QString MainWindow::countsText() const
{
    return m_countsLabel->text();
}

NewTicketDialog* MainWindow::newTicketDialog() const
{
    return m_newTicketDialog;
}

void MainWindow::openNewTicketDialog()
{
    if (m_newTicketDialog) {
        m_newTicketDialog->raise();
        m_newTicketDialog->activateWindow();
        return;
    }
    auto* dialog = new NewTicketDialog(m_repository, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::ticketFiled, this, &MainWindow::onTicketFiled);
    // The keyboard comes back to the window (and its Reply tab) when the form closes, also
    // where no window manager hands it back.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    m_newTicketDialog = dialog;
    dialog->open();
}

void MainWindow::onTicketFiled(qint64 id)
{
    refreshNow();
    const std::optional<Ticket> ticket = m_repository.find(id);
    const QString number = ticket ? ticket->number : QString::number(id);
    const bool shown = selectTicket(id);
    if (!shown) {
        m_selectedId = id;
        showInPanes(id);
    }
    // The first response is what the clock counts now: the Reply tab, its templates ready.
    showTicketTab(m_tabs->indexOf(m_composer));
    const QString filed = shown ? tr("Ticket %1 was filed.").arg(number)
                                : tr("Ticket %1 was filed. The current filter or search does "
                                     "not show it.")
                                      .arg(number);
    statusBar()->showMessage(
        tr("%1 Enter inserts the selected template; Ctrl+Enter copies the reply and marks it "
           "sent.")
            .arg(filed),
        kMessageMs);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberWindow(this, u"main"_s);
    rememberSplitter(m_splitter, u"main"_s);
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            enterResults();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    if (m_emptyLabel && watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyMessage();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier && m_detail->ticketId() > 0) {
            m_detail->focusFirstControl();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace rtcare
