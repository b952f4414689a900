// SPDX-License-Identifier: MIT
#include "settings/teamserverpage.h"

#include "settings/keychain.h"
#include "storage/databaselocation.h"
#include "storage/serverurl.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {

constexpr int kDefaultPort = 5432;
constexpr int kTestTimeoutSeconds = 5;

std::optional<ServerAddress> addressOf(const QString& url)
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url, &error);
    if (!location || !location->server)
        return std::nullopt;
    return location->server;
}

} // namespace

TeamServerPage::TeamServerPage(const AppSettings& current, QWidget* parent) : QWidget(parent)
{
    setObjectName(u"teamServerPage"_s);

    m_local = new QRadioButton(tr("This &computer only (a local file)"), this);
    m_local->setObjectName(u"localMode"_s);
    m_team = new QRadioButton(tr("A team &server shared with colleagues (PostgreSQL)"), this);
    m_team->setObjectName(u"teamMode"_s);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_local);
    modes->addButton(m_team);
    (current.useTeamServer ? m_team : m_local)->setChecked(true);

    m_override = new QLabel(this);
    m_override->setObjectName(u"databaseOverride"_s);
    m_override->setWordWrap(true);
    m_override->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_override->hide();

    const ServerFields fields =
        ServerFields::fromUrl(current.teamServerUrl).value_or(ServerFields{});

    m_host = new QLineEdit(fields.host, this);
    m_host->setObjectName(u"serverHost"_s);
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"serverPort"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(fields.port > 0 ? fields.port : kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(fields.database, this);
    m_database->setObjectName(u"serverDatabase"_s);
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(u"rtcare"_s);
    m_user = new QLineEdit(fields.user, this);
    m_user->setObjectName(u"serverUser"_s);
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("Your login name on the server"));

    m_tls = new QComboBox(this);
    m_tls->setObjectName(u"serverTls"_s);
    m_tls->setAccessibleName(tr("Secure connection (TLS)"));
    m_tls->addItem(tr("Required, and check the server's certificate (verify-full)"),
                   u"verify-full"_s);
    m_tls->addItem(tr("Required (require)"), u"require"_s);
    m_tls->addItem(tr("When the server offers it (prefer)"), u"prefer"_s);
    m_tls->addItem(tr("Off (disable)"), u"disable"_s);
    const int tlsIndex = m_tls->findData(fields.sslMode.isEmpty() ? u"prefer"_s : fields.sslMode);
    m_tls->setCurrentIndex(tlsIndex >= 0 ? tlsIndex : m_tls->findData(u"prefer"_s));
    m_tlsHelp = new QLabel(this);
    m_tlsHelp->setObjectName(u"serverTlsHelp"_s);
    m_tlsHelp->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or a service file"));
    m_remember = new QCheckBox(tr("R&emember in the system keychain"), this);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    if (!keychain::available()) {
        m_remember->hide();
        m_keychainNote->setText(
            tr("This RTCare was built without the system keychain: a password typed here is "
               "used only to test the connection. Keep it in ~/.pgpass (or the file PGPASSFILE "
               "names), where PostgreSQL's own tools find it too."));
    } else {
        m_keychainNote->setText(tr("RTCare never writes the password into its settings. "
                                   "Without it, the password comes from ~/.pgpass."));
    }

    m_url = new QLabel(this);
    m_url->setObjectName(u"serverUrl"_s);
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setAccessibleName(tr("Connection test"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_serverBox = new QGroupBox(tr("Team server"), this);
    auto* form = new QFormLayout(m_serverBox);
    auto addRow = [this, form](const QString& label, QWidget* buddy, auto field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        form->addRow(text, field);
    };
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    addRow(tr("Ser&ver:"), m_host, hostRow);
    addRow(tr("Data&base:"), m_database, m_database);
    addRow(tr("&User:"), m_user, m_user);
    addRow(tr("Secure co&nnection:"), m_tls, m_tls);
    form->addRow(QString(), m_tlsHelp);
    addRow(tr("Pass&word:"), m_password, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    form->addRow(tr("Saved as:"), m_url);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    form->addRow(testRow);

    auto* restartNote =
        new QLabel(tr("Where the tickets live changes the next time RTCare starts. A local "
                      "file stays where it is: you can come back to it."),
                   this);
    restartNote->setObjectName(u"teamRestartNote"_s);
    restartNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(m_team);
    layout->addWidget(m_override);
    layout->addWidget(m_serverBox);
    layout->addWidget(restartNote);
    layout->addStretch(1);

    setTabOrder(m_local, m_team);
    setTabOrder(m_team, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_tls);
    setTabOrder(m_tls, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_test);

    connect(m_team, &QRadioButton::toggled, this, &TeamServerPage::updateMode);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamServerPage::updateTlsHelp);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamServerPage::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamServerPage::updateUrl);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamServerPage::updateUrl);
    connect(m_test, &QPushButton::clicked, this, &TeamServerPage::testConnection);
    updateTlsHelp();
    updateUrl();
    updateMode();
    loadStoredPassword();
}

void TeamServerPage::applyTo(AppSettings& settings) const
{
    settings.useTeamServer = m_team->isChecked();
    const QString url = serverUrl();
    // A server once set up stays in the settings when the agent goes back to a local file.
    if (!url.isEmpty())
        settings.teamServerUrl = url;
    if (settings.teamServerUrl.isEmpty())
        settings.useTeamServer = false;
}

void TeamServerPage::showOverride(const QString& source, const QString& location)
{
    m_override->setText(tr("⚠ RTCare was started with %1 = %2: that comes before this page "
                           "until RTCare starts without it.")
                            .arg(source, location));
    m_override->show();
}

QString TeamServerPage::serverUrl() const
{
    if (m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty() &&
        m_user->text().trimmed().isEmpty())
        return {};
    ServerFields fields;
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.database = m_database->text().trimmed();
    fields.user = m_user->text().trimmed();
    fields.sslMode = m_tls->currentData().toString();
    return fields.url();
}

QString TeamServerPage::keyForFields() const
{
    const std::optional<ServerAddress> server = addressOf(serverUrl());
    return server ? passwordKey(*server) : QString();
}

void TeamServerPage::updateMode()
{
    m_serverBox->setEnabled(m_team->isChecked());
}

void TeamServerPage::updateTlsHelp()
{
    const QString mode = m_tls->currentData().toString();
    QString help;
    if (mode == "verify-full"_L1)
        help = tr("Encrypted, and RTCare checks that the server is the one named above (its "
                  "certificate must be signed by an authority this computer trusts, or by the "
                  "file in ~/.postgresql/root.crt). The safest choice across the internet.");
    else if (mode == "require"_L1)
        help = tr("Encrypted, but the server's identity is not checked: safe from eavesdropping, "
                  "not from a server pretending to be yours.");
    else if (mode == "prefer"_L1)
        help = tr("Encrypted when the server offers it, else in plain text. Fine on a trusted "
                  "office network.");
    else
        help = tr("Plain text: anyone on the network can read tickets. Only for a server on "
                  "this computer or a socket folder.");
    m_tlsHelp->setText(help);
}

void TeamServerPage::updateUrl()
{
    const QString url = serverUrl();
    m_url->setText(url.isEmpty() ? tr("(no server yet)") : url);
}

void TeamServerPage::loadStoredPassword()
{
    if (!keychain::available())
        return;
    const QString key = keyForFields();
    if (key.isEmpty())
        return;
    keychain::read(key, this, [this, key](const keychain::Result& result) {
        if (result.ok) {
            m_storedKey = key;
            if (m_password->text().isEmpty())
                m_password->setText(result.password);
            m_remember->setChecked(true);
        } else if (!result.notFound) {
            m_keychainNote->setText(tr("The system keychain cannot be reached (%1): the "
                                       "password comes from ~/.pgpass until it can.")
                                        .arg(result.error));
        }
    });
}

bool TeamServerPage::storePassword()
{
    if (!keychain::available() || !m_team->isChecked())
        return true;
    const QString key = keyForFields();
    if (key.isEmpty())
        return true;
    if (!m_remember->isChecked()) {
        if (m_storedKey == key) { // "Remember" was unticked: forget the kept password
            keychain::remove(key, this, [](const keychain::Result&) {});
            m_storedKey.clear();
        }
        return true;
    }
    if (m_password->text().isEmpty())
        return true;
    const keychain::Result result = keychain::writeNow(key, m_password->text());
    if (!result.ok) {
        m_keychainNote->setText(tr("✗ The password could not be saved in the system keychain "
                                   "(%1). Untick \"Remember\" to save the other settings, and "
                                   "keep the password in ~/.pgpass.")
                                    .arg(result.error));
        m_remember->setFocus();
        return false;
    }
    m_storedKey = key;
    return true;
}

void TeamServerPage::testConnection()
{
    if (m_testing)
        return;
    const QString url = serverUrl();
    const std::optional<ServerAddress> server = addressOf(url);
    if (!server) {
        m_result->setText(tr("Fill in the server first."));
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setText(
        tr("Connecting to %1 (giving up after %2 seconds)…").arg(url).arg(kTestTimeoutSeconds));
    // The connection is made on a thread of its own: the window never waits for a server.
    auto probe = std::make_shared<ServerProbe>();
    const QString password = m_password->text();
    QThread* thread = QThread::create([probe, address = *server, password] {
        *probe = probeServer(address, password, kTestTimeoutSeconds);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, probe, url] { showResult(*probe, url); });
    thread->start();
}

void TeamServerPage::showResult(const ServerProbe& probe, const QString& url)
{
    m_testing = false;
    m_test->setEnabled(true);
    m_result->setText(describe(probe, url));
    Q_EMIT testFinished();
}

QString TeamServerPage::describe(const ServerProbe& probe, const QString& url)
{
    auto then = [](const QString& first, const QString& second) {
        //: Two sentences one after the other (Chinese: no space between them)
        return tr("%1 %2").arg(first, second);
    };
    QString text;
    switch (probe.outcome) {
    case ProbeOutcome::Connected: {
        text = tr("✓ Connected as %1.").arg(probe.user);
        if (probe.schemaVersion < 0) {
            // not readable by this user: the role's sentence says why
        } else if (probe.schemaVersion == 0) {
            text =
                then(text, tr("The database has no RTCare tables yet: RTCare creates them when it "
                              "first opens it."));
        } else if (probe.schemaVersion < probe.latestVersion) {
            text =
                then(text, tr("RTCare's tables are at version %1; this RTCare upgrades them to %2 "
                              "when it opens them.")
                               .arg(probe.schemaVersion)
                               .arg(probe.latestVersion));
        } else {
            text = then(
                text, tr("RTCare's tables are up to date (version %1).").arg(probe.schemaVersion));
        }
        switch (probe.role) {
        case TeamRole::Administrator:
            text =
                then(text, tr("You are an administrator of this server (you can run 'rtcare server "
                              "init')."));
            break;
        case TeamRole::Lead:
            text = then(text, tr("You are a team lead here."));
            break;
        case TeamRole::Agent:
            text = then(text, tr("You are an agent here."));
            break;
        case TeamRole::None:
            text = then(text,
                        (probe.teamRolesExist
                             ? tr("⚠ But %1 is not a member of rtcare_agent: ask an administrator "
                                  "to run GRANT rtcare_agent TO %1.")
                                   .arg(probe.user)
                             : tr("⚠ The server has no team roles yet: an administrator runs "
                                  "'rtcare server init URL' once.")));
            break;
        }
        return text;
    }
    case ProbeOutcome::NoDriver:
        text = tr("✗ Qt's PostgreSQL driver is not installed (on Debian and Ubuntu: the package "
                  "libqt6sql6-psql).");
        break;
    case ProbeOutcome::Unreachable:
        text = tr("✗ No server answered at %1. It may be stopped, the server name or port may "
                  "be wrong, or a firewall is in the way.")
                   .arg(url);
        break;
    case ProbeOutcome::PasswordNeeded:
        text = tr("✗ The server asks for a password: type it above, or put it in ~/.pgpass.");
        break;
    case ProbeOutcome::WrongPassword:
        text = tr("✗ The server refused this user name or password.");
        break;
    case ProbeOutcome::NoSuchDatabase:
        text = tr("✗ The server has no database of that name: ask an administrator to create "
                  "it (createdb).");
        break;
    case ProbeOutcome::TlsFailed:
        text = tr("✗ The secure connection failed: the server may not offer TLS, or its "
                  "certificate is not trusted here. Check the secure connection mode with your "
                  "administrator.");
        break;
    case ProbeOutcome::SchemaNewer:
        return tr("✗ A newer RTCare set up this database (version %1; this one reads up to "
                  "%2). Nothing was changed: update RTCare first.")
            .arg(probe.schemaVersion)
            .arg(probe.latestVersion);
    case ProbeOutcome::NotRtcare:
        return tr("✗ This database holds another program's tables: give RTCare an empty "
                  "database of its own.");
    case ProbeOutcome::Other:
        text = tr("✗ The connection failed.");
        break;
    }
    if (!probe.detail.isEmpty())
        text += u'\n' + tr("The server said: %1").arg(probe.detail);
    return text;
}

} // namespace rtcare
