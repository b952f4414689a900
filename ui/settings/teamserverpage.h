// SPDX-License-Identifier: MIT
#pragma once

#include "settings/appsettings.h"
#include "storage/serverprobe.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace rtcare {

// Settings → Team server: where the tickets live, this computer only (a local file) or a
// team's PostgreSQL server (host, port, database, user, TLS mode), a password remembered in
// the system keychain when RTCare has one, and "Test connection", which connects in the
// background and says in plain words what it found. The URL it saves holds no password.
class TeamServerPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeamServerPage(const AppSettings& current, QWidget* parent = nullptr);

    // Team mode and the server's URL (no password), into `settings`.
    void applyTo(AppSettings& settings) const;
    // Says that --db or RTCARE_DB (`source`) chooses `location` over this page.
    void showOverride(const QString& source, const QString& location);
    // Saves or forgets the password in the keychain as "Remember" says; false with a message
    // on the page when the keychain refused (nothing else is changed then).
    [[nodiscard]] bool storePassword();
    // The URL the fields make (empty in local mode or without a server).
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] bool testing() const { return m_testing; }

    // The sentence "Test connection" shows for `probe` of `url`.
    [[nodiscard]] static QString describe(const ServerProbe& probe, const QString& url);

Q_SIGNALS:
    void testFinished(); // the result is on the page

private:
    void updateMode();
    void updateTlsHelp();
    void updateUrl();
    void testConnection();
    void showResult(const ServerProbe& probe, const QString& url);
    void loadStoredPassword();
    [[nodiscard]] QString keyForFields() const;

    QRadioButton* m_local = nullptr;
    QRadioButton* m_team = nullptr;
    QLabel* m_override = nullptr;
    QGroupBox* m_serverBox = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QLabel* m_tlsHelp = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_keychainNote = nullptr;
    QLabel* m_url = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QString m_storedKey; // the key a password was found under when the page opened
    bool m_testing = false;
};

} // namespace rtcare
