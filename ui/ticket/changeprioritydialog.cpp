// SPDX-License-Identifier: MIT
#include "ticket/changeprioritydialog.h"

#include "widgets/errorlabel.h"
#include "widgets/textlimit.h"
#include "model/inputlimits.h"
#include "queue/clocktext.h"
#include "storage/ticketrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare {

ChangePriorityDialog::ChangePriorityDialog(TicketRepository& repository, qint64 ticketId,
                                           const QString& ticketNumber,
                                           const QString& currentTier, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_ticketId(ticketId), m_currentTier(currentTier)
{
    setObjectName(u"changePriorityDialog"_s);
    setWindowTitle(tr("Change priority of %1").arg(ticketNumber));

    m_tier = new QComboBox(this);
    m_tier->setObjectName(u"tier"_s);
    m_tier->setAccessibleName(tr("New priority"));
    for (const Tier& tier : m_repository.policy().tiers()) {
        m_tier->addItem(tr("%1 (first response within %2)")
                            .arg(tier.name.text(),
                                 ClockText::target(tier.firstResponseMinutes)),
                        tier.id);
    }
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(currentTier)));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Required: why this ticket needs another priority."));
    m_reason->setTabChangesFocus(true);
    limitPlainText(m_reason, limits::kDescriptionChars, {});

    auto* form = new QFormLayout;
    auto* tierLabel = new QLabel(tr("&Priority:"), this);
    tierLabel->setBuddy(m_tier);
    form->addRow(tierLabel, m_tier);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    m_error = createErrorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change priority"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePriorityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePriorityDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_tier, &QComboBox::currentIndexChanged, this, &ChangePriorityDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ChangePriorityDialog::updateState);
    updateState();
}

void ChangePriorityDialog::setTier(const QString& tierId)
{
    m_tier->setCurrentIndex(m_tier->findData(tierId));
}

QString ChangePriorityDialog::tier() const
{
    return m_tier->currentData().toString();
}

void ChangePriorityDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

QString ChangePriorityDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool ChangePriorityDialog::canAccept() const
{
    return !reason().isEmpty() && !tier().isEmpty() && tier() != m_currentTier;
}

void ChangePriorityDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void ChangePriorityDialog::accept()
{
    if (!canAccept()) {
        m_error->setText(tr("Choose another priority and write the reason for the change."));
        m_error->show();
        return;
    }
    QString error;
    if (!m_repository.changePriority(m_ticketId, tier(), reason(), &error)) {
        m_error->setText(error.isEmpty() ? tr("The priority could not be changed.") : error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rtcare
