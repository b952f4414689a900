// SPDX-License-Identifier: MIT
#include "ticket/assigndialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

AssignDialog::AssignDialog(const QString& number, const QString& currentAssignee,
                           const QStringList& agents, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"assignDialog"_s);
    //: %1 is a ticket number
    setWindowTitle(tr("Assign %1").arg(number));
    auto* layout = new QVBoxLayout(this);
    auto* current =
        new QLabel(currentAssignee.isEmpty() ? tr("Nobody has this ticket yet.")
                                             //: %1 is an agent's name
                                             : tr("%1 has this ticket now.").arg(currentAssignee),
                   this);
    current->setObjectName(u"currentAssignee"_s);
    layout->addWidget(current);

    auto* form = new QFormLayout;
    m_agent = new QComboBox(this);
    m_agent->setObjectName(u"assignTo"_s);
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->addItems(agents);
    m_agent->setCurrentIndex(-1);
    m_agent->setAccessibleName(tr("Assign to"));
    m_agent->setToolTip(tr("A colleague's name; on a team server their login name."));
    auto* label = new QLabel(tr("Assign &to:"), this);
    label->setBuddy(m_agent);
    form->addRow(label, m_agent);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Assign"));
    ok->setDefault(true);
    ok->setEnabled(false);
    connect(m_agent, &QComboBox::currentTextChanged, ok, [this, ok, currentAssignee] {
        const QString chosen = agent();
        ok->setEnabled(!chosen.isEmpty() && chosen != currentAssignee);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the name field assigns (an editable combo box keeps Return to itself).
    connect(m_agent->lineEdit(), &QLineEdit::returnPressed, this, [this, ok] {
        if (ok->isEnabled())
            accept();
    });
    layout->addWidget(buttons);
    m_agent->setFocus();
}

QString AssignDialog::agent() const
{
    return m_agent->currentText().trimmed();
}

} // namespace rtcare
