// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rtcare {

// The agent's settings: the name recorded in ticket histories and the SLA policy file.
// A policy file is checked as soon as it is chosen; it applies from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& current, QWidget* parent = nullptr);

    [[nodiscard]] AppSettings settings() const;
    // True when the chosen policy file is usable (or none is chosen).
    [[nodiscard]] bool policyIsValid() const { return m_policyValid; }

private:
    void choosePolicyFile();
    void checkPolicy();

    QLineEdit* m_agentName = nullptr;
    QLineEdit* m_policyFile = nullptr;
    QLabel* m_policyStatus = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_policyValid = true;
};

} // namespace rtcare
