// SPDX-License-Identifier: MIT
// Settings → Team server, driven with the keyboard as an agent would: the fields, "Test
// connection" (in the background) and saving. The "[pgui]" cases need the throwaway
// PostgreSQL cluster (ctest -L pg runs them: pg.ui.teamserver).
#include "catch.h"

#include "pgsupport.h"
#include "settings/keychain.h"
#include "settings/settingsdialog.h"
#include "settings/teamserverpage.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/serverroles.h"
#include "storage/serverurl.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace rtcare;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T* child(const QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// Types `text` into `edit` key by key, replacing what was there.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Fills the Team server page from the keyboard: team mode, then each field.
void fillServer(SettingsDialog& dialog, const ServerFields& fields, const QString& password)
{
    auto* team = child<QRadioButton>(dialog, u"teamMode"_s);
    if (!team->isChecked())
        QTest::keyClick(team, Qt::Key_Space);
    REQUIRE(team->isChecked());
    typeInto(child<QLineEdit>(dialog, u"serverHost"_s), fields.host);
    auto* port = child<QSpinBox>(dialog, u"serverPort"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(fields.port));
    QTest::keyClick(port, Qt::Key_Tab);
    REQUIRE(port->value() == fields.port);
    typeInto(child<QLineEdit>(dialog, u"serverDatabase"_s), fields.database);
    typeInto(child<QLineEdit>(dialog, u"serverUser"_s), fields.user);
    typeInto(child<QLineEdit>(dialog, u"serverPassword"_s), password);
}

// Presses "Test connection" (Space on the button) and waits for the sentence it shows.
QString testConnection(SettingsDialog& dialog)
{
    auto* page = child<TeamServerPage>(dialog, u"teamServerPage"_s);
    auto* button = child<QPushButton>(dialog, u"testConnection"_s);
    QSignalSpy finished(page, &TeamServerPage::testFinished);
    REQUIRE(button->isEnabled());
    QTest::keyClick(button, Qt::Key_Space);
    // The window does not wait: the button is off and the page says it is connecting.
    CHECK(page->testing());
    CHECK_FALSE(button->isEnabled());
    CHECK(child<QLabel>(dialog, u"testResult"_s)->text().contains(u"Connecting"_s));
    REQUIRE(finished.wait(15000));
    CHECK(button->isEnabled());
    const QString said = child<QLabel>(dialog, u"testResult"_s)->text();
    UNSCOPED_INFO(said.toStdString());
    return said;
}

ServerFields fieldsOf(const QString& url)
{
    const std::optional<ServerFields> fields = ServerFields::fromUrl(url);
    REQUIRE(fields);
    return *fields;
}

} // namespace

TEST_CASE("Team server: the URL the page saves has the fields and never the password")
{
    ServerFields fields;
    fields.host = u"db.example.com"_s;
    fields.port = 6543;
    fields.database = u"rtcare"_s;
    fields.user = u"li.lei"_s;
    fields.sslMode = u"verify-full"_s;
    CHECK(fields.url() == u"postgresql://li.lei@db.example.com:6543/rtcare?sslmode=verify-full"_s);
    const ServerFields back = fieldsOf(fields.url());
    CHECK(back.host == fields.host);
    CHECK(back.port == fields.port);
    CHECK(back.user == fields.user);
    CHECK(back.sslMode == u"verify-full"_s);
    // A socket folder goes into ?host=, as libpq reads it.
    fields.host = u"/run/postgresql"_s;
    CHECK(fields.url() ==
          u"postgresql://li.lei@/rtcare?host=%2Frun%2Fpostgresql&port=6543&sslmode=verify-full"_s);
    CHECK(fieldsOf(fields.url()).host == u"/run/postgresql"_s);
    // The keychain's name for it spells libpq's defaults out.
    ServerAddress address;
    address.host = u"db.example.com"_s;
    address.user = u"li.lei"_s;
    address.database = u"rtcare"_s;
    CHECK(passwordKey(address) == u"li.lei@db.example.com:5432/rtcare"_s);
}

TEST_CASE("Team server page: a server that does not answer is unreachable, and Enter saves the "
          "URL without the password")
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QTemporaryDir noServer; // a socket folder with no server in it
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    auto* tabs = child<QTabWidget>(dialog, u"settingsTabs"_s);
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    REQUIRE(tabs->currentWidget() == child<TeamServerPage>(dialog, u"teamServerPage"_s));

    // Local mode: the server's fields are off until the team server is chosen.
    CHECK(child<QRadioButton>(dialog, u"localMode"_s)->isChecked());
    CHECK_FALSE(child<QLineEdit>(dialog, u"serverHost"_s)->isEnabled());

    ServerFields fields;
    fields.host = noServer.path();
    fields.port = 5999;
    fields.database = u"rtcare"_s;
    fields.user = u"wang.fang"_s;
    fillServer(dialog, fields, u"s3cret-pass"_s);
    CHECK(child<QLineEdit>(dialog, u"serverHost"_s)->isEnabled());
    CHECK(child<QLabel>(dialog, u"serverUrl"_s)->text().contains(u"port=5999"_s));

    const QString said = testConnection(dialog);
    INFO(said.toStdString());
    CHECK(said.contains(u"No server answered"_s));

    // The TLS modes are explained in plain words.
    auto* tls = child<QComboBox>(dialog, u"serverTls"_s);
    tls->setCurrentIndex(tls->findData(u"disable"_s));
    CHECK(child<QLabel>(dialog, u"serverTlsHelp"_s)->text().contains(u"Plain text"_s));
    tls->setCurrentIndex(tls->findData(u"require"_s));
    CHECK(child<QLabel>(dialog, u"serverTlsHelp"_s)->text().contains(u"not checked"_s));

    // Tab order: the mode, then the server's fields top to bottom, then the test button.
    QStringList chain;
    QWidget* w = child<QRadioButton>(dialog, u"localMode"_s);
    for (int i = 0; i < 12 && w; ++i, w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty() &&
            !w->objectName().startsWith(u"qt_"_s))
            chain << w->objectName();
    }
    const QStringList expected{u"localMode"_s,  u"teamMode"_s,       u"serverHost"_s,
                               u"serverPort"_s, u"serverDatabase"_s, u"serverUser"_s,
                               u"serverTls"_s,  u"serverPassword"_s};
    CHECK(chain.mid(0, expected.size()) == expected);

    // Enter saves (OK is the default button); the password is in neither the URL nor the file.
    if (keychain::available())
        child<QCheckBox>(dialog, u"rememberPassword"_s)->setChecked(false);
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    const AppSettings chosen = dialog.settings();
    CHECK(chosen.useTeamServer);
    fields.sslMode = u"require"_s;
    CHECK(chosen.teamServerUrl == fields.url());
    CHECK(chosen.chosenDatabase() == fields.url());
    CHECK_FALSE(chosen.teamServerUrl.contains(u"s3cret"_s));
    chosen.save();
    QSettings stored;
    stored.sync();
    QFile file(stored.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.contains("teamServerUrl"));
    CHECK_FALSE(content.contains("s3cret"));
    const AppSettings loaded = AppSettings::load();
    CHECK(loaded.useTeamServer);
    CHECK(loaded.chosenDatabase() == fields.url());

    // Reopened: the page shows the saved server; going back to the local file keeps it.
    SettingsDialog again(loaded);
    CHECK(child<QLineEdit>(again, u"serverHost"_s)->text() == noServer.path());
    CHECK(child<QSpinBox>(again, u"serverPort"_s)->value() == 5999);
    CHECK(
        (child<QLineEdit>(again, u"serverPassword"_s)->text().isEmpty() || keychain::available()));
    QTest::keyClick(child<QRadioButton>(again, u"localMode"_s), Qt::Key_Space);
    const AppSettings local = again.settings();
    CHECK_FALSE(local.useTeamServer);
    CHECK(local.teamServerUrl == fields.url());
    CHECK(local.chosenDatabase().isEmpty());

    // Escape closes without saving.
    SettingsDialog third(loaded);
    third.show();
    QTest::keyClick(&third, Qt::Key_Escape);
    CHECK(third.result() == QDialog::Rejected);
}

TEST_CASE("Team server page: --db or RTCARE_DB is said to win over the page")
{
    SettingsDialog dialog(AppSettings{});
    auto* note = child<QLabel>(dialog, u"databaseOverride"_s);
    CHECK(note->isHidden());
    dialog.showDatabaseOverride(u"RTCARE_DB"_s, u"/srv/team.sqlite"_s);
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(u"RTCARE_DB"_s));
    CHECK(note->text().contains(u"/srv/team.sqlite"_s));
}

TEST_CASE("Team server page: Test connection on a real server says who you are there", "[.][pgui]")
{
    REQUIRE(test::onServerEngine());
    const test::ScratchServerDatabase server;
    ServerFields fields = fieldsOf(server.url);
    INFO(server.url.toStdString());

    SettingsDialog dialog(AppSettings{});
    dialog.resize(1366, 768);
    dialog.show();
    fillServer(dialog, fields, QString());
    QString said = testConnection(dialog);
    CHECK(said.contains(u"✓ Connected as %1."_s.arg(fields.user)));
    CHECK(said.contains(u"no RTCare tables yet"_s));
    CHECK(said.contains(u"administrator"_s));

    // Set up as 'rtcare server init' does; an agent who is not in rtcare_agent is told so.
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(server.url, &error);
        REQUIRE(database);
        QStringList done;
        StorageError failed;
        REQUIRE(initServerRoles(*database, &done, &failed));
    }
    const QString outsider = u"rtcare_t_outsider_%1"_s.arg(QCoreApplication::applicationPid());
    REQUIRE(test::serverAdmin(u"CREATE ROLE %1 LOGIN"_s.arg(outsider)));
    fields.user = outsider;
    fillServer(dialog, fields, QString());
    said = testConnection(dialog);
    CHECK(said.contains(u"✓ Connected as %1."_s.arg(outsider)));
    CHECK(said.contains(u"not a member of rtcare_agent"_s));
    CHECK(said.contains(u"GRANT rtcare_agent TO %1"_s.arg(outsider)));

    REQUIRE(test::serverAdmin(u"GRANT rtcare_agent TO %1"_s.arg(outsider)));
    said = testConnection(dialog);
    CHECK(said.contains(u"up to date"_s));
    CHECK(said.contains(u"You are an agent here."_s));

    // A wrong port: nobody answers there.
    ServerFields wrongPort = fields;
    wrongPort.port = fields.port + 1;
    fillServer(dialog, wrongPort, QString());
    said = testConnection(dialog);
    CHECK(said.contains(u"No server answered"_s));
    CHECK(said.contains(u"port=%1"_s.arg(wrongPort.port)));

    // A database a newer RTCare set up is refused (and left alone).
    {
        QString error;
        const std::unique_ptr<Database> database = Database::open(server.url, &error);
        REQUIRE(database);
        QSqlQuery bump(database->connection());
        REQUIRE(
            bump.exec(u"UPDATE rtcare_schema SET version = %1"_s.arg(latestSchemaVersion() + 1)));
    }
    fields.user = fieldsOf(server.url).user;
    fillServer(dialog, fields, QString());
    said = testConnection(dialog);
    CHECK(said.contains(u"A newer RTCare"_s));

    test::serverAdmin(u"REVOKE rtcare_agent FROM %1"_s.arg(outsider));
    test::serverAdmin(u"DROP OWNED BY %1"_s.arg(outsider));
    test::serverAdmin(u"DROP ROLE %1"_s.arg(outsider));
}

// Screenshots for a person to look at (RTCARE_TEST_SCREENSHOTS=folder), in English and
// Chinese, at 1366×768: run under xvfb-run with QT_QPA_PLATFORM=xcb to see real fonts.
TEST_CASE("Team server page: screenshots in both languages", "[.][screenshots]")
{
    const QString shots = qEnvironmentVariable("RTCARE_TEST_SCREENSHOTS");
    REQUIRE_FALSE(shots.isEmpty());
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        QTranslator chinese;
        if (language == u"zh_CN"_s) {
            REQUIRE(chinese.load(u":/rtcare/i18n/rtcare_zh_CN.qm"_s));
            QCoreApplication::installTranslator(&chinese);
            QLocale::setDefault(QLocale(u"zh_CN"_s));
        }
        AppSettings current;
        current.useTeamServer = true;
        current.teamServerUrl =
            u"postgresql://wang.fang@db.example.com:5432/rtcare?sslmode=verify-full"_s;
        SettingsDialog dialog(current);
        dialog.showDatabaseOverride(u"RTCARE_DB"_s, u"/srv/team.sqlite"_s);
        ServerProbe probe;
        probe.outcome = ProbeOutcome::Connected;
        probe.user = u"wang.fang"_s;
        probe.schemaVersion = probe.latestVersion = latestSchemaVersion();
        probe.role = TeamRole::Agent;
        child<QLabel>(dialog, u"testResult"_s)
            ->setText(TeamServerPage::describe(probe, current.teamServerUrl));
        child<QTabWidget>(dialog, u"settingsTabs"_s)->setCurrentIndex(1);
        dialog.show();
        const QSize hint = dialog.sizeHint();
        INFO("size hint " << hint.width() << "x" << hint.height());
        CHECK(hint.height() <= 768 - 60); // fits a 1366×768 screen with its title and panel
        CHECK(hint.width() <= 1366);
        QTest::qWait(200);
        dialog.grab().save(QDir(shots).filePath(u"settings-team-server-%1.png"_s.arg(language)));
        child<QTabWidget>(dialog, u"settingsTabs"_s)->setCurrentIndex(0);
        QTest::qWait(100);
        dialog.grab().save(QDir(shots).filePath(u"settings-general-%1.png"_s.arg(language)));
        if (language == u"zh_CN"_s) {
            QCoreApplication::removeTranslator(&chinese);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
}
