// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace rtcare {

// A page beside the ticket's details (diagnosis, call evidence, replies, ...). The main
// window tells every tab which ticket is selected; 0 means none.
class TicketTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void showTicket(qint64 id) = 0;
    // Puts the keyboard where the agent starts on this page (Alt+1…4 and Ctrl+PgDown call
    // it): by default the first control in the tab order that takes it.
    virtual void focusFirstControl();
};

} // namespace rtcare
