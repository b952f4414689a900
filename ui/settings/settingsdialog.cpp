// SPDX-License-Identifier: MIT
#include "settings/settingsdialog.h"

#include "settings/teamserverpage.h"

#include "model/inputlimits.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/teamdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
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
    m_sharePolicy = new QPushButton(tr("&Share with the team"), this);
    m_sharePolicy->setObjectName(u"sharePolicy"_s);
    m_sharePolicy->setToolTip(tr("Store this policy on the team server: every desktop of the "
                                 "team uses it from its next start."));
    m_sharePolicy->setVisible(false); // a team server only (setTeamServer)
    connect(m_sharePolicy, &QPushButton::clicked, this, &SettingsDialog::sharePolicy);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policyFile, 1);
    policyRow->addWidget(browse);
    policyRow->addWidget(m_sharePolicy);

    m_policyStatus = new QLabel(this);
    m_policyStatus->setObjectName(u"policyStatus"_s);
    m_policyStatus->setAccessibleName(tr("SLA policy check"));
    m_policyStatus->setWordWrap(true);
    m_policyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_database = new QLineEdit(current.databasePath, this);
    m_database->setObjectName(u"databasePath"_s);
    m_database->setAccessibleName(tr("Ticket database"));
    m_database->setPlaceholderText(Database::defaultPath());
    m_database->setClearButtonEnabled(true);
    auto* browseDatabase = new QPushButton(tr("B&rowse…"), this);
    browseDatabase->setObjectName(u"browseDatabase"_s);
    connect(browseDatabase, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browseDatabase);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"theme"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));

    m_reportZone = new QComboBox(this);
    m_reportZone->setObjectName(u"reportTimeZone"_s);
    m_reportZone->setAccessibleName(tr("Time zone of reports"));
    m_reportZone->setToolTip(tr("Reports count tickets on the days, weeks and months of this "
                                "zone and show every time on its clock."));
    m_reportZone->addItem(QString(), QString()); // named by checkPolicy()
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_reportZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_reportZone->setCurrentIndex(std::max(0, m_reportZone->findData(current.reportTimeZone)));

    m_notifications = new QCheckBox(tr("Show a desktop &notification when a ticket is at risk "
                                       "or breached"),
                                    this);
    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(current.notifications);

    m_dailyBackup = new QCheckBox(tr("Back up the ticket database &every day"), this);
    m_dailyBackup->setObjectName(u"dailyBackup"_s);
    m_dailyBackup->setChecked(current.dailyBackup);
    m_dailyBackup->setToolTip(tr("A consistent copy, readable only by you, while RTCare runs: "
                                 "restore one with 'rtcare restore FILE'."));
    m_backupFolder = new QLineEdit(current.backupFolder, this);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupFolder->setPlaceholderText(tr("A \"backups\" folder beside the database"));
    m_backupFolder->setClearButtonEnabled(true);
    m_browseBackupFolder = new QPushButton(tr("Bro&wse…"), this);
    m_browseBackupFolder->setObjectName(u"browseBackupFolder"_s);
    connect(m_browseBackupFolder, &QPushButton::clicked, this,
            &SettingsDialog::chooseBackupFolder);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(m_browseBackupFolder);
    m_backupsKept = new QSpinBox(this);
    m_backupsKept->setObjectName(u"backupsKept"_s);
    m_backupsKept->setAccessibleName(tr("Backups kept"));
    m_backupsKept->setRange(AppSettings::kMinBackupsKept, AppSettings::kMaxBackupsKept);
    m_backupsKept->setValue(current.backupsKept);
    //: After the number of backups kept: "Keep the newest: 7 backups"
    m_backupsKept->setSuffix(tr(" backups"));
    m_backupsKept->setToolTip(tr("The newest backups kept in the folder; older ones are "
                                 "deleted."));

    auto* form = new QFormLayout;
    auto* agentLabel = new QLabel(tr("&Agent name:"), this);
    agentLabel->setBuddy(m_agentName);
    form->addRow(agentLabel, m_agentName);
    auto* policyLabel = new QLabel(tr("SLA &policy file:"), this);
    policyLabel->setBuddy(m_policyFile);
    form->addRow(policyLabel, policyRow);
    form->addRow(QString(), m_policyStatus);
    auto addRow = [this, form](const QString& label, QWidget* buddy, auto field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        form->addRow(text, field);
    };
    addRow(tr("&Language:"), m_language, m_language);
    addRow(tr("&Database:"), m_database, databaseRow);
    addRow(tr("&Theme:"), m_theme, m_theme);
    addRow(tr("&Reports' time zone:"), m_reportZone, m_reportZone);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_dailyBackup);
    addRow(tr("Backup &folder:"), m_backupFolder, backupRow);
    addRow(tr("&Keep the newest:"), m_backupsKept, m_backupsKept);
    auto* restartNote = new QLabel(
        tr("Language, database and SLA policy apply the next time RTCare starts; the theme, "
           "your name, the daily backup and the reports' time zone apply at once."),
        this);
    restartNote->setWordWrap(true);
    form->addRow(QString(), restartNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* general = new QWidget(this);
    general->setObjectName(u"generalPage"_s);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    m_teamPage = new TeamServerPage(current, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_teamPage, tr("Tea&m server"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());

    connect(m_policyFile, &QLineEdit::textChanged, this, &SettingsDialog::checkPolicy);
    checkPolicy();
    connect(m_dailyBackup, &QCheckBox::toggled, this, &SettingsDialog::updateBackupRows);
    updateBackupRows();
    m_agentName->setMaxLength(int(limits::kNameChars));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.agentName = m_agentName->text().trimmed();
    result.policyFile = m_policyFile->text().trimmed();
    result.language = m_language->currentData().toString();
    result.databasePath = m_database->text().trimmed();
    m_teamPage->applyTo(result);
    result.theme = m_theme->currentData().toString();
    result.notifications = m_notifications->isChecked();
    result.dailyBackup = m_dailyBackup->isChecked();
    result.backupFolder = m_backupFolder->text().trimmed();
    result.backupsKept = m_backupsKept->value();
    result.reportTimeZone = m_reportZone->currentData().toString();
    return result;
}

void SettingsDialog::showDatabaseOverride(const QString& source, const QString& location)
{
    m_teamPage->showOverride(source, location);
}

void SettingsDialog::accept()
{
    if (!m_teamPage->storePassword()) {
        m_tabs->setCurrentWidget(m_teamPage);
        return;
    }
    QDialog::accept();
}

void SettingsDialog::setTeamServer(const Database& database, const QString& actor)
{
    if (!database.isServer())
        return;
    m_server = &database;
    m_actor = actor;
    m_sharePolicy->setVisible(true);
    if (!teamdata::canEdit(database)) {
        m_sharePolicy->setEnabled(false);
        m_sharePolicy->setToolTip(tr("Only team leads can change the SLA policy the team "
                                     "shares."));
    }
}

bool SettingsDialog::sharePolicy()
{
    const QString file = m_policyFile->text().trimmed();
    QString error;
    if (!m_server) {
        return false;
    } else if (file.isEmpty()) {
        error = tr("Choose the policy file to share first.");
    } else {
        const std::optional<QByteArray> bytes = limits::readFile(
            file, limits::kDataFileBytes, tr("the team's shared data"), &error);
        StorageError failure;
        if (bytes
            && teamdata::write(*m_server, u"sla_policy"_s, *bytes, m_actor, &failure, file)) {
            m_policyStatus->setText(tr("✓ Shared with the team: every desktop uses this policy "
                                       "from its next start."));
            return true;
        }
        if (bytes)
            error = failure.message;
    }
    QMessageBox::warning(this, windowTitle(),
                         tr("The policy could not be shared with the team: %1").arg(error));
    return false;
}

void SettingsDialog::choosePolicyFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an SLA policy file"),
                                                      m_policyFile->text(),
                                                      tr("SLA policy (*.json)"));
    if (!file.isEmpty())
        m_policyFile->setText(file);
}

void SettingsDialog::chooseDatabase()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Choose the ticket database"),
        m_database->text().isEmpty() ? Database::defaultPath() : m_database->text(),
        tr("RTCare database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_database->setText(file);
}

void SettingsDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the backup folder"), m_backupFolder->text());
    if (!folder.isEmpty())
        m_backupFolder->setText(folder);
}

void SettingsDialog::updateBackupRows()
{
    const bool on = m_dailyBackup->isChecked();
    m_backupFolder->setEnabled(on);
    m_browseBackupFolder->setEnabled(on);
    m_backupsKept->setEnabled(on);
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
            tr("✓ Usable: %1.")
                .arg(tiers.join(tr(", "))));
        m_reportZone->setItemText(0, tr("The SLA policy's (%1)")
                                         .arg(QString::fromUtf8(policy->teamTimeZone().id())));
    } else {
        m_policyStatus->setText(tr("✗ This file cannot be used: %1").arg(error));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_policyValid);
}

} // namespace rtcare
