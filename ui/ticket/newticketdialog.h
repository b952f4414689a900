// SPDX-License-Identifier: MIT
#pragma once

#include "storage/ticketrepository.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rtcare {

class FactsFromText;

// Filing a complaint: who, how it came in, what kind, what happened. A live line shows the
// priority and first-response due time the policy will give it before the agent commits.
// The category and the three facts (scenario, network, device and system) are read from the
// description as it is pasted; what the agent sets by hand wins.
// Accepting files the ticket through the repository; on failure the message is shown and
// the dialog stays open.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewTicketDialog(TicketRepository& repository, QWidget* parent = nullptr);

    // What the form says right now.
    [[nodiscard]] NewTicket input() const;
    // The priority line under the form.
    [[nodiscard]] QString previewText() const;
    // The filed ticket's id once accepted, 0 before.
    [[nodiscard]] qint64 createdTicketId() const { return m_createdId; }
    [[nodiscard]] bool canAccept() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void ticketFiled(qint64 id);

private:
    void updateState();
    void updatePreview();
    void showError(const QString& message);

    TicketRepository& m_repository;
    QLineEdit* m_customerName = nullptr;
    QLineEdit* m_contact = nullptr;
    QCheckBox* m_enterprise = nullptr;
    QCheckBox* m_keyBusiness = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_scenario = nullptr;
    QComboBox* m_network = nullptr;
    QLineEdit* m_deviceModel = nullptr;
    QLineEdit* m_os = nullptr;
    FactsFromText* m_factsFromText = nullptr;
    QLineEdit* m_region = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer m_previewTimer; // the due time moves with the clock
    qint64 m_createdId = 0;
};

} // namespace rtcare
