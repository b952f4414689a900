// SPDX-License-Identifier: MIT
#include "ticket/newticketdialog.h"

#include "ticket/categorysuggestion.h"
#include "ticket/factsfromtext.h"
#include "widgets/errorlabel.h"
#include "widgets/textlimit.h"
#include "queue/clocktext.h"
#include "diagnosis/devicemodels.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/channel.h"
#include "model/inputlimits.h"
#include "diagnosis/suggestioncompleter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

NewTicketDialog::NewTicketDialog(TicketRepository& repository, QWidget* parent)
    : QDialog(parent), m_repository(repository)
{
    setWindowTitle(tr("New ticket"));
    setObjectName(u"newTicketDialog"_s);

    // Each field holds what the repository stores (model/inputlimits.h).
    auto lineEdit = [this](const QString& name, const QString& accessible,
                           qsizetype limit = limits::kFieldChars) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setClearButtonEnabled(true);
        edit->setMaxLength(int(limit));
        return edit;
    };
    m_customerName = lineEdit(u"customerName"_s, tr("Customer name"), limits::kNameChars);
    m_customerName->setPlaceholderText(tr("Required"));
    m_contact = lineEdit(u"contact"_s, tr("Contact"), limits::kNameChars);
    m_contact->setPlaceholderText(tr("Phone, email or account"));

    m_enterprise = new QCheckBox(tr("&Enterprise customer"), this);
    m_enterprise->setObjectName(u"enterprise"_s);
    m_enterprise->setAccessibleName(tr("Enterprise customer"));
    m_keyBusiness = new QCheckBox(tr("&Key business scenario"), this);
    m_keyBusiness->setObjectName(u"keyBusiness"_s);
    m_keyBusiness->setAccessibleName(tr("Key business scenario"));
    m_keyBusiness->setToolTip(tr("The complaint concerns the enterprise customer's key business."));
    m_keyBusiness->setEnabled(false);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString& id : channelIds())
        m_channel->addItem(channelDisplayName(id), id);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"category"_s);
    m_category->setAccessibleName(tr("Category"));
    for (Category category : kAllCategories)
        m_category->addItem(categoryDisplayName(category), categoryId(category));

    // The first two of the three facts; "not asked yet" until the customer says.
    auto factCombo = [this](const QString& name, const QString& accessible,
                            const QStringList& ids, QString (*displayName)(QStringView)) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->addItem(tr("Not asked yet"), QString());
        for (const QString& id : ids)
            combo->addItem(displayName(id), id);
        return combo;
    };
    m_scenario = factCombo(u"scenario"_s, tr("Scenario"), scenarioIds(), &scenarioDisplayName);
    m_network = factCombo(u"network"_s, tr("Network"), networkIds(), &networkDisplayName);
    m_deviceModel = lineEdit(u"deviceModel"_s, tr("Device model"));
    m_deviceModel->setPlaceholderText(tr("Phone or computer model"));
    m_deviceModel->setCompleter(createSuggestionCompleter(
        diagnosis::deviceModelSuggestions(m_repository.database()), m_deviceModel));
    m_os = lineEdit(u"os"_s, tr("System and version"));
    m_os->setPlaceholderText(tr("e.g. iOS 17.2, Android 13"));
    m_os->setCompleter(
        createSuggestionCompleter(diagnosis::osSuggestions(m_repository.database()), m_os));
    m_region = lineEdit(u"region"_s, tr("Region"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"description"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Required: what the customer reports, in their words."));
    m_description->setTabChangesFocus(true);
    // First, so the category suggestion and the checks never see more than the limit.
    limitPlainText(m_description, limits::kDescriptionChars,
                   [this](const QString& message) { showError(message); });

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    addRow(tr("C&ustomer name:"), m_customerName);
    addRow(tr("C&ontact:"), m_contact);
    form->addRow(QString(), m_enterprise);
    form->addRow(QString(), m_keyBusiness);
    addRow(tr("C&hannel:"), m_channel);
    addRow(tr("C&ategory:"), m_category);
    addRow(tr("&Scenario:"), m_scenario);
    addRow(tr("&Network:"), m_network);
    addRow(tr("&Device model:"), m_deviceModel);
    addRow(tr("S&ystem:"), m_os);
    addRow(tr("&Region:"), m_region);
    addRow(tr("Descri&ption:"), m_description);
    form->addRow(QString(), new CategorySuggestion(m_description, m_category, this));
    m_factsFromText =
        new FactsFromText(m_description, m_scenario, m_network, m_deviceModel, m_os, this);
    form->addRow(QString(), m_factsFromText);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"priorityPreview"_s);
    m_preview->setAccessibleName(tr("Priority and first-response due time"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    m_error = createErrorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Ctrl+Enter files from anywhere in the form, the description included.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("File ticket (Ctrl+Enter)"));
    auto* file = new QAction(this);
    file->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                        QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(file, &QAction::triggered, this, &NewTicketDialog::accept);
    addAction(file);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_customerName, &QLineEdit::textChanged, this, &NewTicketDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewTicketDialog::updateState);
    connect(m_enterprise, &QCheckBox::toggled, this, [this](bool enterprise) {
        m_keyBusiness->setEnabled(enterprise);
        if (!enterprise)
            m_keyBusiness->setChecked(false);
        updatePreview();
    });
    connect(m_keyBusiness, &QCheckBox::toggled, this, &NewTicketDialog::updatePreview);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updatePreview);

    m_previewTimer.setInterval(1000);
    connect(&m_previewTimer, &QTimer::timeout, this, &NewTicketDialog::updatePreview);
    m_previewTimer.start();

    updatePreview();
    updateState();
    resize(520, sizeHint().height());
}

NewTicket NewTicketDialog::input() const
{
    NewTicket ticket;
    ticket.customer.name = m_customerName->text().trimmed();
    ticket.customer.contact = m_contact->text().trimmed();
    ticket.customer.enterprise = m_enterprise->isChecked();
    ticket.customer.keyBusiness = m_enterprise->isChecked() && m_keyBusiness->isChecked();
    ticket.channel = m_channel->currentData().toString();
    ticket.category =
        categoryFromId(m_category->currentData().toString()).value_or(Category::Other);
    ticket.scenario = m_scenario->currentData().toString();
    ticket.network = m_network->currentData().toString();
    ticket.deviceModel = m_deviceModel->text().trimmed();
    ticket.os = m_os->text().trimmed();
    ticket.factsFromText = m_factsFromText->readFields();
    ticket.region = m_region->text().trimmed();
    ticket.description = m_description->toPlainText().trimmed();
    ticket.assignee = m_repository.actor();
    return ticket;
}

bool NewTicketDialog::canAccept() const
{
    return !m_customerName->text().trimmed().isEmpty()
           && !m_description->toPlainText().trimmed().isEmpty();
}

QString NewTicketDialog::previewText() const
{
    return m_preview->text();
}

void NewTicketDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void NewTicketDialog::updatePreview()
{
    const NewTicket ticket = input();
    const SlaPolicy& policy = m_repository.policy();
    const QString tierId = policy.priorityFor(ticket.category, ticket.customer);
    const Tier* tier = policy.tier(tierId);
    const QString tierName = tier ? tier->name.text() : tierId;
    const QDateTime now = m_repository.now();
    const QDateTime due = policy.firstResponseDue(tierId, now);

    QString line;
    if (due.isValid()) {
        //: %1 priority tier, %2 due time ("16:32"), %3 time until then ("15:00").
        line = tr("Priority: %1 · first response due by %2 (in %3)")
                   .arg(tierName, ClockText::dueTime(due, now),
                        ClockText::countdown(now.secsTo(due)));
    } else {
        line = tr("Priority: %1 · the policy's calendar has no working time for a due date")
                   .arg(tierName);
    }
    if (tierId != policy.tierForCategory(ticket.category))
        line += u'\n' + tr("Escalated: enterprise key-business complaint");
    m_preview->setText(line);
}

void NewTicketDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewTicketDialog::accept()
{
    if (!canAccept()) {
        showError(tr("Enter the customer's name and a description of the complaint."));
        return;
    }
    QString error;
    const std::optional<Ticket> ticket = m_repository.create(input(), &error);
    if (!ticket) {
        showError(error.isEmpty() ? tr("The ticket could not be filed.") : error);
        return;
    }
    showError({});
    m_createdId = ticket->id;
    m_previewTimer.stop();
    Q_EMIT ticketFiled(ticket->id);
    QDialog::accept();
}

} // namespace rtcare
