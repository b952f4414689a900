// SPDX-License-Identifier: MIT
#include "catch.h"

#include "settings/settingsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace rtcare;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

const QByteArray kPolicy = R"({"version":1,"calendars":{"24x7":{"type":"always"}},
  "tiers":[{"id":"p1","name":{"zh_CN":"紧急","en":"Urgent"},"first_response_minutes":5,"calendar":"24x7"}],
  "categories":{"network":"p1"}})";

} // namespace

TEST_CASE("Settings checks the SLA policy file as soon as it is chosen")
{
    QTemporaryDir dir;
    AppSettings current;
    current.agentName = QStringLiteral("小王");
    SettingsDialog dialog(current);
    auto* policyFile = dialog.findChild<QLineEdit*>(QStringLiteral("policyFile"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("policyStatus"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(policyFile);
    REQUIRE(status);

    // No file: the built-in policy, usable.
    CHECK(dialog.policyIsValid());
    CHECK(ok->isEnabled());
    CHECK(status->text().contains(QStringLiteral("Medium-low 1440 min")));

    const QString broken = writeFile(dir, "broken.json", R"({"version":1,"tiers":[]})");
    policyFile->setText(broken);
    CHECK_FALSE(dialog.policyIsValid());
    CHECK_FALSE(ok->isEnabled());
    CHECK(status->text().contains(QStringLiteral("cannot be used")));
    CHECK(status->text().contains(QStringLiteral("broken.json")));

    const QString good = writeFile(dir, "team.json", kPolicy);
    policyFile->setText(good);
    CHECK(dialog.policyIsValid());
    CHECK(ok->isEnabled());
    CHECK(status->text().contains(QStringLiteral("Urgent 5 min")));


    const AppSettings picked = dialog.settings();
    CHECK(picked.agentName == QStringLiteral("小王"));
    CHECK(picked.policyFile == good);
    CHECK(picked.theme == QStringLiteral("system"));
    CHECK(picked.notifications);
}

TEST_CASE("AppSettings keeps the agent name and policy file between runs")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    AppSettings chosen;
    chosen.agentName = QStringLiteral(" Lin Feng ");
    chosen.policyFile = QStringLiteral("/srv/team-policy.json");
    chosen.language = QStringLiteral("zh_CN");
    chosen.databasePath = QStringLiteral("/srv/tickets.sqlite");
    chosen.theme = QStringLiteral("dark");
    chosen.notifications = false;
    chosen.save();
    const AppSettings loaded = AppSettings::load();
    CHECK(loaded.agentName == QStringLiteral("Lin Feng"));
    CHECK(loaded.policyFile == QStringLiteral("/srv/team-policy.json"));
    CHECK(loaded.language == QStringLiteral("zh_CN"));
    CHECK(loaded.databasePath == QStringLiteral("/srv/tickets.sqlite"));
    CHECK(loaded.theme == QStringLiteral("dark"));
    CHECK_FALSE(loaded.notifications);
    CHECK(loaded.effectiveAgentName() == QStringLiteral("Lin Feng"));
    CHECK_FALSE(AppSettings{}.effectiveAgentName().isEmpty());
}
