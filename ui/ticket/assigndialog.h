// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace rtcare {

// Assign…: whom a ticket goes to. An editable list of the agents known (on a team server the
// members of rtcare_agent); Enter assigns, Escape cancels.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(const QString& number, const QString& currentAssignee, const QStringList& agents,
                 QWidget* parent = nullptr);

    [[nodiscard]] QString agent() const;
    [[nodiscard]] QComboBox* agentField() const { return m_agent; }

private:
    QComboBox* m_agent = nullptr;
};

} // namespace rtcare
