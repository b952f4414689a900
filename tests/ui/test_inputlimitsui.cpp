// SPDX-License-Identifier: MIT
// Issue 12 in the window: the daily automatic backup chosen in Settings, and the same input
// limits as the command line (line-edit lengths, the reply and description caps).
#include "catch.h"
#include "uitestfixture.h"

#include "model/inputlimits.h"
#include "replies/replycomposer.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "storage/backups.h"
#include "ticket/newticketdialog.h"
#include "window/dailybackup.h"
#include "window/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T* child(QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                  | QFileDevice::WriteOther));
}

// The label whose buddy is `field` (what Alt+<letter> reaches).
QLabel* labelFor(QWidget& dialog, QWidget* field)
{
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Settings: the daily backup, its folder and how many are kept, by keyboard",
          "[ui][settings][issue12]")
{
    AppSettings current;
    current.dailyBackup = true;
    current.backupFolder = u"/srv/rtcare-backups"_s;
    current.backupsKept = 14;
    SettingsDialog dialog(current);
    auto* daily = child<QCheckBox>(dialog, u"dailyBackup"_s);
    auto* folder = child<QLineEdit>(dialog, u"backupFolder"_s);
    auto* kept = child<QSpinBox>(dialog, u"backupsKept"_s);
    CHECK(daily->isChecked());
    CHECK(folder->text() == u"/srv/rtcare-backups"_s);
    CHECK(kept->value() == 14);
    CHECK(kept->minimum() == AppSettings::kMinBackupsKept);
    CHECK(kept->maximum() == AppSettings::kMaxBackupsKept);
    // Every field has a label with a mnemonic, and the check box its own.
    for (QWidget* field : {static_cast<QWidget*>(folder), static_cast<QWidget*>(kept)}) {
        QLabel* label = labelFor(dialog, field);
        REQUIRE(label);
        CHECK(label->text().contains(u'&'));
    }
    CHECK(daily->text().contains(u'&'));
    CHECK_FALSE(folder->accessibleName().isEmpty());
    CHECK_FALSE(kept->accessibleName().isEmpty());

    dialog.show();
    kept->setFocus();
    QTest::keyClick(kept, Qt::Key_Up);
    CHECK(kept->value() == 15);
    daily->setFocus();
    QTest::keyClick(daily, Qt::Key_Space);
    CHECK_FALSE(daily->isChecked());
    CHECK_FALSE(folder->isEnabled()); // nothing to choose while it is off
    CHECK_FALSE(kept->isEnabled());

    const AppSettings chosen = dialog.settings();
    CHECK_FALSE(chosen.dailyBackup);
    CHECK(chosen.backupFolder == u"/srv/rtcare-backups"_s);
    CHECK(chosen.backupsKept == 15);
    // An empty folder means "backups" beside the database.
    AppSettings beside;
    CHECK(beside.effectiveBackupFolder(u"/data/desk/rtcare.sqlite"_s)
          == QDir::cleanPath(u"/data/desk/backups"_s));
}

TEST_CASE("Settings: the daily backup choices are kept between runs", "[ui][settings][issue12]")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    AppSettings chosen;
    chosen.dailyBackup = false;
    chosen.backupFolder = u"/mnt/usb/rtcare"_s;
    chosen.backupsKept = 30;
    chosen.save();
    const AppSettings loaded = AppSettings::load();
    CHECK_FALSE(loaded.dailyBackup);
    CHECK(loaded.backupFolder == u"/mnt/usb/rtcare"_s);
    CHECK(loaded.backupsKept == 30);
    CHECK(AppSettings{}.dailyBackup); // on unless turned off
}

TEST_CASE("Window: the daily backup is made at start, private, and the newest N kept",
          "[ui][backup][issue12]")
{
    UiFixture f;
    f.file(u"Wang Fang"_s, Category::Network);
    const QString folder = f.dir.filePath(u"backups"_s);
    // Three old backups from earlier days.
    const QString database = f.database->path();
    QDir().mkpath(folder);
    for (int day = 3; day >= 1; --day) {
        StorageError error;
        REQUIRE(backups::backupDatabase(
            database,
            backups::backupPath(database, folder, QDateTime::currentDateTimeUtc().addDays(-day)),
            &error));
    }
    REQUIRE(backups::listBackups(database, folder).size() == 3);

    MainWindow window(*f.repository);
    DailyBackup* daily = window.dailyBackup();
    QSignalSpy finished(daily, &DailyBackup::finished);
    AppSettings settings;
    settings.dailyBackup = true;
    settings.backupFolder = folder;
    settings.backupsKept = 2;
    window.configureBackups(settings);
    CHECK(daily->isEnabled());
    REQUIRE((finished.size() == 1 || finished.wait(30000)));
    const QString file = finished.at(0).at(0).toString();
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK(QFileInfo::exists(file));
    CHECK(ownerOnly(file));
    const QStringList kept = backups::listBackups(database, folder);
    REQUIRE(kept.size() == 2);
    CHECK(QFileInfo(kept.first()).absoluteFilePath() == QFileInfo(file).absoluteFilePath());
    CHECK(window.statusBar()->currentMessage().contains(u"Daily backup written"_s));

    // Not due again the same day: nothing is copied, nothing said.
    daily->checkNow();
    QTest::qWait(300);
    while (daily->isRunning())
        QTest::qWait(50);
    CHECK(finished.size() == 1);
    CHECK(backups::listBackups(database, folder).size() == 2);

    // Turned off in Settings: the hourly check stops.
    settings.dailyBackup = false;
    window.configureBackups(settings);
    CHECK_FALSE(daily->isEnabled());
}

TEST_CASE("Window: a daily backup that cannot be written is said in the status bar",
          "[ui][backup][issue12]")
{
    UiFixture f;
    MainWindow window(*f.repository);
    QSignalSpy finished(window.dailyBackup(), &DailyBackup::finished);
    // The "folder" is a file: it cannot be created.
    const QString blocked = f.dir.filePath(u"not-a-folder"_s);
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    AppSettings settings;
    settings.backupFolder = blocked;
    window.configureBackups(settings);
    REQUIRE((finished.size() == 1 || finished.wait(30000)));
    CHECK(finished.at(0).at(1).toString().contains(blocked));
    CHECK(window.statusBar()->currentMessage().contains(u"The daily backup failed"_s));
}

TEST_CASE("Daily backup: a team server is not copied, and no English error is shown for it",
          "[ui][backup][issue18]")
{
    // The window on a team server used to try the file backup at every start and put the
    // storage layer's English refusal ("... is a team server: ...") in the status bar.
    DailyBackup daily(u"postgresql://agent@db.example.com:5432/rtcare?sslmode=require"_s);
    QSignalSpy finished(&daily, &DailyBackup::finished);
    AppSettings settings;
    settings.dailyBackup = true;
    daily.configure(settings);
    CHECK_FALSE(daily.isEnabled());
    daily.checkNow();
    QTest::qWait(500);
    while (daily.isRunning())
        QTest::qWait(50);
    CHECK(finished.isEmpty());
}

TEST_CASE("Window limits: the new-ticket fields and the reply editor hold what the "
          "repository stores",
          "[ui][limits][issue12]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    CHECK(child<QLineEdit>(dialog, u"customerName"_s)->maxLength() == int(limits::kNameChars));
    CHECK(child<QLineEdit>(dialog, u"contact"_s)->maxLength() == int(limits::kNameChars));
    CHECK(child<QLineEdit>(dialog, u"deviceModel"_s)->maxLength() == int(limits::kFieldChars));
    CHECK(child<QLineEdit>(dialog, u"region"_s)->maxLength() == int(limits::kFieldChars));
    auto* description = child<QPlainTextEdit>(dialog, u"description"_s);
    description->setPlainText(QString(limits::kDescriptionChars + 500, u'x'));
    CHECK(description->toPlainText().size() == limits::kDescriptionChars);
    dialog.findChild<QLineEdit*>(u"customerName"_s)->setText(u"Zhao Lei"_s);
    dialog.accept();
    CHECK(dialog.createdTicketId() != 0);
    const std::optional<Ticket> filed = f.repository->find(dialog.createdTicketId());
    REQUIRE(filed);
    CHECK(filed->description.size() == limits::kDescriptionChars);

    const Ticket ticket = f.file(u"Li Na"_s, Category::AvQuality);
    ReplyComposer composer(*f.repository);
    composer.show();
    composer.showTicket(ticket.id);
    auto* note = child<QLabel>(composer, u"replyLimit"_s);
    CHECK_FALSE(note->isVisible());
    composer.editor()->setPlainText(QString(limits::kReplyChars + 1000, u'a'));
    CHECK(composer.editor()->toPlainText().size() == limits::kReplyChars);
    CHECK(note->isVisible());
    CHECK(note->text().contains(u"20,000"_s));
    composer.editor()->setPlainText(u"Thanks, we are on it."_s);
    CHECK_FALSE(note->isVisible());

    // Filling a placeholder with a filler fills nothing.
    composer.editor()->clear();
    composer.insertTemplate(u"control.callback"_s);
    composer.fillPlaceholder(u"callback_time"_s, u"XXX"_s);
    CHECK(composer.unfilledPlaceholders() == QStringList{u"callback_time"_s});
}
