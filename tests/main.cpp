// SPDX-License-Identifier: MIT
// Our own Catch2 main: creates the Qt application object first and defaults to the
// offscreen platform so widget tests need no display.
#if defined(RTCARE_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#if defined(RTCARE_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests read English text unless they switch language themselves.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Settings (remembered window sizes among them) live in a folder of this run only.
    const QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RTCare"));
    TestApplication::setApplicationName(QStringLiteral("rtcare-tests"));
    return Catch::Session().run(argc, argv);
}
