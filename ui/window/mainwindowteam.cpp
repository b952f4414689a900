// SPDX-License-Identifier: MIT
// Team mode in the main window: changes other desktops make arrive through the server's
// live feed and refresh the queue, its counts and the open ticket (what the agent is typing
// stays as it is); a banner says when the server is away and goes when it is back. Part of
// MainWindow.
#include "window/mainwindow.h"

#include "replies/replycomposer.h"
#include "replies/replypresence.h"
#include "storage/database.h"
#include "storage/teamfeed.h"
#include "storage/ticketrepository.h"
#include "ticket/ticketdetailpane.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
constexpr int kReconnectedMessageMs = 8'000;
} // namespace

QWidget* MainWindow::connectTeamServer(QWidget* central)
{
    const Database& database = m_repository.database();
    if (!database.isServer() || !database.server())
        return central;

    m_serverBanner = new QLabel(this);
    m_serverBanner->setObjectName(u"teamServerBanner"_s);
    m_serverBanner->setAccessibleName(tr("Team server connection"));
    m_serverBanner->setWordWrap(true);
    m_serverBanner->setMargin(8);
    m_serverBanner->setStyleSheet(
        u"QLabel { background: #fff4e5; color: #5f3700; border-bottom: 1px solid #e0a040; }"_s);
    m_serverBanner->setText(
        tr("Lost the team server — reconnecting… Nothing you have typed is lost; what could "
           "not be saved stays in its field until the server is back."));
    m_serverBanner->hide();

    auto* container = new QWidget(this);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_serverBanner);
    layout->addWidget(central, 1);

    m_teamFeed = new TeamFeed(*database.server(), this);
    connect(m_teamFeed, &TeamFeed::ticketsChanged, this, &MainWindow::onTeamTicketsChanged);
    connect(m_teamFeed, &TeamFeed::connectionLost, this, [this](const QString& reason) {
        m_serverBanner->setToolTip(reason);
        m_serverBanner->show();
    });
    connect(m_teamFeed, &TeamFeed::reconnected, this, [this](const QList<qint64>& changed) {
        m_serverBanner->hide();
        m_serverBanner->setToolTip({});
        statusBar()->showMessage(
            tr("Connected to the team server again; %n ticket(s) changed meanwhile.", nullptr,
               int(changed.size())),
            kReconnectedMessageMs);
        refreshNow();
    });
    m_teamFeed->start();
    return container;
}

void MainWindow::onTeamTicketsChanged(const QList<qint64>& ids)
{
    // One re-read covers them all: the loaded pages of the queue, the counts and the ticket
    // in the details pane (its facts; drafts and forms keep what is typed in them), with who
    // is replying to each. The Reply tab's "is replying too" line follows at once as well.
    scheduleRefresh();
    if (ids.contains(m_detail->ticketId()))
        m_composer->presence()->showOthers();
}

} // namespace rtcare
