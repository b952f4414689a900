// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "sla/policy.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

SettingsDialog::SettingsDialog(const AppSettings& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_agentName = new QLineEdit(current.agentName, this);
    m_agentName->setObjectName(u"agentName"_s);
    m_agentName->setAccessibleName(tr("Agent name"));
    m_agentName->setPlaceholderText(AppSettings{}.effectiveAgentName());
    m_agentName->setToolTip(tr("Recorded as who made each change in a ticket's history."));

    m_policyFile = new QLineEdit(current.policyFile, this);
    m_policyFile->setObjectName(u"policyFile"_s);
    m_policyFile->setAccessibleName(tr("SLA policy file"));
    m_policyFile->setPlaceholderText(tr("Built-in policy (15 min / 30 min / 2 h / 24 h)"));
    m_policyFile->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browsePolicy"_s);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::choosePolicyFile);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policyFile, 1);
    policyRow->addWidget(browse);

    m_policyStatus = new QLabel(this);
    m_policyStatus->setObjectName(u"policyStatus"_s);
    m_policyStatus->setAccessibleName(tr("SLA policy check"));
    m_policyStatus->setWordWrap(true);
    m_policyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* agentLabel = new QLabel(tr("&Agent name:"), this);
    agentLabel->setBuddy(m_agentName);
    form->addRow(agentLabel, m_agentName);
    auto* policyLabel = new QLabel(tr("SLA &policy file:"), this);
    policyLabel->setBuddy(m_policyFile);
    form->addRow(policyLabel, policyRow);
    form->addRow(QString(), m_policyStatus);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_policyFile, &QLineEdit::textChanged, this, &SettingsDialog::checkPolicy);
    checkPolicy();
}

AppSettings SettingsDialog::settings() const
{
    return {m_agentName->text().trimmed(), m_policyFile->text().trimmed()};
}

void SettingsDialog::choosePolicyFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an SLA policy file"),
                                                      m_policyFile->text(),
                                                      tr("SLA policy (*.json)"));
    if (!file.isEmpty())
        m_policyFile->setText(file);
}

void SettingsDialog::checkPolicy()
{
    const QString file = m_policyFile->text().trimmed();
    QString error;
    const std::optional<SlaPolicy> policy =
        file.isEmpty() ? std::optional(SlaPolicy::builtIn()) : SlaPolicy::fromFile(file, &error);
    m_policyValid = policy.has_value();
    if (policy) {
        QStringList tiers;
        for (const Tier& tier : policy->tiers())
            tiers << tr("%1 %2 min").arg(tier.name.text()).arg(tier.firstResponseMinutes);
        m_policyStatus->setText(
            tr("✓ Usable: %1. Applies the next time RTCare starts.")
                .arg(tiers.join(tr(", "))));
    } else {
        m_policyStatus->setText(tr("✗ This file cannot be used: %1").arg(error));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_policyValid);
}

} // namespace rtcare
