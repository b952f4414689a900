// SPDX-License-Identifier: MIT
// The main window's ways around by keyboard and from the desktop: keys for the ticket's
// tabs, the search box leading into its results (and saying when there are none), and the
// tray icon's click, menu and notifications. Part of MainWindow.
#include "window/mainwindow.h"

#include "queue/queuemodel.h"
#include "queue/slanotifier.h"
#include "ticket/ticketdetailpane.h"
#include "ticket/tickettab.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rtcare {

void MainWindow::buildTicketTabKeys(QMenu* viewMenu)
{
    // Alt+1…4 open a tab (Ctrl+1…4 are the queue filters); Ctrl+PgDown/PgUp step through.
    viewMenu->addSeparator();
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        auto* action = new QAction(tr("Show %1").arg(m_tabs->tabText(i)), this);
        action->setObjectName(u"showTab%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showTicketTab(i); });
        m_tabs->setTabToolTip(
            i, tr("%1 (%2)").arg(m_tabs->tabText(i),
                                 action->shortcut().toString(QKeySequence::NativeText)));
        viewMenu->addAction(action);
    }
    auto* nextTab = new QAction(tr("Next tab"), this);
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                           QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(nextTab, &QAction::triggered, this,
            [this] { showTicketTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto* previousTab = new QAction(tr("Previous tab"), this);
    previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    connect(previousTab, &QAction::triggered, this, [this] {
        showTicketTab((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    viewMenu->addAction(nextTab);
    viewMenu->addAction(previousTab);
}

void MainWindow::showTicketTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    // The keyboard goes with the page: its first control, as Enter from the queue does
    // (unless it is on that page already). Asked before switching: the switch itself moves
    // the focus out of the page it hides, into the next page's first widget.
    QWidget* page = m_tabs->widget(index);
    const bool alreadyThere = page->isAncestorOf(QApplication::focusWidget());
    m_tabs->setCurrentIndex(index);
    if (page == m_detail)
        m_detail->focusFirstControl();
    else if (auto* tab = qobject_cast<TicketTab*>(page); tab && !alreadyThere)
        tab->focusFirstControl();
}

void MainWindow::buildSearchKeys()
{
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::enterResults);

    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setObjectName(u"emptyQueue"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    // "Search all statuses": the same search over every ticket.
    connect(m_emptyLabel, &QLabel::linkActivated, this, [this] {
        setFilter(QueueFilter::All);
        enterResults();
    });
    m_emptyLabel->hide();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyMessage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyMessage);
}

void MainWindow::enterResults()
{
    m_searchTimer.stop();
    applySearch(); // what was typed counts now, not 250 ms later
    if (m_model->rowCount() == 0)
        return;
    if (currentRow() < 0)
        m_view->selectRow(0);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateEmptyMessage()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString search = m_model->search();
        QString text;
        if (search.isEmpty())
            text = tr("No tickets here. Ctrl+4 shows all tickets; Ctrl+N files a new one.")
                       .toHtmlEscaped();
        else if (m_model->filter() == QueueFilter::All)
            text = tr("No tickets match “%1” in any status (numbers, contacts, customers, "
                      "devices, regions and descriptions were searched, symptoms with their "
                      "synonyms in both languages). Escape clears the search.")
                       .arg(search)
                       .toHtmlEscaped();
        else
            text = tr("No tickets match “%1” in this list.").arg(search).toHtmlEscaped()
                   + u"<br><a href=\"all\">"_s + tr("Search all statuses").toHtmlEscaped()
                   + u"</a> (Ctrl+4) · "_s + tr("Escape clears the search.").toHtmlEscaped();
        m_emptyLabel->setText(text);
        m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyLabel->setVisible(empty);
}

void MainWindow::connectTray()
{
    connect(m_notifier, &SlaNotifier::openRequested, this, &MainWindow::bringToFront);
    connect(m_notifier, &SlaNotifier::ticketRequested, this, &MainWindow::openTicket);
    m_trayMenu = new QMenu(this);
    m_trayMenu->addAction(tr("Open RTCare"), this, &MainWindow::bringToFront);
    m_trayMenu->addAction(tr("Most urgent ticket"), this, [this] {
        bringToFront();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    m_trayMenu->addAction(m_newTicket);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("Quit RTCare"), this, &QWidget::close);
    m_notifier->setTrayMenu(m_trayMenu);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openTicket(qint64 id)
{
    bringToFront();
    if (!selectTicket(id)) {
        // Not in the list shown: widen it (all tickets, no search) and try again.
        m_search->clear();
        setFilter(QueueFilter::All);
        applySearch();
        if (!selectTicket(id))
            return;
    }
    showTicketTab(0);
}

} // namespace rtcare
