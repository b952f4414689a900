// SPDX-License-Identifier: MIT
#include "catch.h"

#include "settingsdialog.h"

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
    SettingsDialog dialog(AppSettings{QStringLiteral("小王"), QString()});
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
    CHECK(status->text().contains(QStringLiteral("next time RTCare starts")));

    const AppSettings chosen = dialog.settings();
    CHECK(chosen.agentName == QStringLiteral("小王"));
    CHECK(chosen.policyFile == good);
}

TEST_CASE("AppSettings keeps the agent name and policy file between runs")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    AppSettings{QStringLiteral(" Lin Feng "), QStringLiteral("/srv/team-policy.json")}.save();
    const AppSettings loaded = AppSettings::load();
    CHECK(loaded.agentName == QStringLiteral("Lin Feng"));
    CHECK(loaded.policyFile == QStringLiteral("/srv/team-policy.json"));
    CHECK(loaded.effectiveAgentName() == QStringLiteral("Lin Feng"));
    CHECK_FALSE(AppSettings{}.effectiveAgentName().isEmpty());
}
