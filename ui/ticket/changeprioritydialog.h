// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rtcare {

class TicketRepository;

// Moving a ticket to another priority tier. A reason is required (it goes into the
// history); accepting asks the repository, and a refusal is shown in the dialog.
class ChangePriorityDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePriorityDialog(TicketRepository& repository, qint64 ticketId, const QString& ticketNumber,
                         const QString& currentTier, QWidget* parent = nullptr);

    void setTier(const QString& tierId);
    [[nodiscard]] QString tier() const;
    void setReason(const QString& reason);
    [[nodiscard]] QString reason() const;
    [[nodiscard]] bool canAccept() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    TicketRepository& m_repository;
    qint64 m_ticketId = 0;
    QString m_currentTier;
    QComboBox* m_tier = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace rtcare
