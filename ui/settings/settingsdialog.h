// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace rtcare {

class TeamServerPage;

// The agent's settings: the name recorded in ticket histories, the SLA policy file (checked
// as soon as it is chosen), language, database location, theme, the daily backup, the time
// zone of reports and notifications on a "General" tab; where the tickets live (a local file
// or a team server) on a "Team server" tab. Theme, name, backup and reports' zone apply at
// once; language, database and policy from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& current, QWidget* parent = nullptr);

    [[nodiscard]] AppSettings settings() const;
    // True when the chosen policy file is usable (or none is chosen).
    [[nodiscard]] bool policyIsValid() const { return m_policyValid; }
    // --db or RTCARE_DB (`source`) chose `location`: the Team server tab says it wins.
    void showDatabaseOverride(const QString& source, const QString& location);
    [[nodiscard]] TeamServerPage* teamServerPage() const { return m_teamPage; }

    // Saves the team server's password in the keychain first (stays open if that fails).
    void accept() override;

private:
    void choosePolicyFile();
    void chooseDatabase();
    void checkPolicy();
    void chooseBackupFolder();
    void updateBackupRows();

    QLineEdit* m_agentName = nullptr;
    QLineEdit* m_policyFile = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_reportZone = nullptr; // first item: the policy's zone
    QCheckBox* m_notifications = nullptr;
    QCheckBox* m_dailyBackup = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QPushButton* m_browseBackupFolder = nullptr;
    QSpinBox* m_backupsKept = nullptr;
    QLabel* m_policyStatus = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTabWidget* m_tabs = nullptr;
    TeamServerPage* m_teamPage = nullptr;
    bool m_policyValid = true;
};

} // namespace rtcare
