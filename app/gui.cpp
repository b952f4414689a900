// SPDX-License-Identifier: MIT
#include "gui.h"

#include "commands.h"
#include "productlanguage.h"

#include "window/mainwindow.h"
#include "settings/appsettings.h"
#include "settings/keychain.h"
#include "storage/databaselocation.h"
#include "storage/serverpassword.h"
#include "storage/serverurl.h"
#include "storage/currentagent.h"
#include "window/singleinstance.h"
#include "queue/slanotifier.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "settings/theme.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QTranslator>

#include <cstdio>

namespace rtcare {

namespace {

// Qt's own strings (standard buttons) and ours, in the chosen language.
void installTranslations(QApplication& app, const QString& language)
{
    if (language != QLatin1String("en")) {
        auto* qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qtTranslator);
    }
    cli::installProductLanguage(language);
}

// The team server chosen in Settings: its password from the system keychain, when one is
// kept there, for this run's connections (else libpq reads ~/.pgpass).
void usePasswordFromKeychain(const QString& location)
{
    if (!keychain::available())
        return;
    QString error;
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location, &error);
    if (!parsed || !parsed->server)
        return;
    const keychain::Result kept = keychain::readNow(passwordKey(*parsed->server));
    if (kept.ok)
        setServerPassword(*parsed->server, kept.password);
    else if (!kept.notFound) // the password then comes from ~/.pgpass; never printed
        std::fprintf(stderr, "rtcare: the system keychain cannot be read (%s); the team "
                             "server's password comes from ~/.pgpass\n",
                     kept.error.toLocal8Bit().constData());
}

} // namespace

int runGui(int& argc, char** argv, const cli::GlobalOptions& globals)
{
    QApplication app(argc, argv);
    cli::nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("RTCare"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/rtcare/icons/rtcare.svg")));
    installTranslations(app, cli::resolveLanguage(globals));

    QString error;
    std::unique_ptr<SlaPolicy> policy = cli::loadPolicy(globals, &error);
    if (!policy && globals.policyFile.isEmpty()) {
        // The file chosen in Settings broke: keep the agent working on the built-in policy.
        QMessageBox::warning(nullptr, QApplication::translate("rtcare::Gui", "RTCare"),
                             QApplication::translate("rtcare::Gui",
                                                     "The SLA policy file chosen in Settings "
                                                     "cannot be used, so RTCare uses the "
                                                     "built-in policy until you choose another "
                                                     "one:\n%1")
                                 .arg(error));
        policy = std::make_unique<SlaPolicy>(SlaPolicy::builtIn());
    } else if (!policy) {
        QMessageBox::critical(nullptr, QApplication::translate("rtcare::Gui", "RTCare"),
                              QApplication::translate("rtcare::Gui",
                                                      "The SLA policy file cannot be used:\n%1")
                                  .arg(error));
        return cli::BadInput;
    }
    // One window per user: a second launch hands over to the running RTCare.
    const QString databasePath = cli::resolveDatabasePath(globals);
    // --db and RTCARE_DB come before Settings; the Team server page says so.
    QString overrideSource;
    if (!globals.databasePath.isEmpty())
        overrideSource = QStringLiteral("--db");
    else if (!qEnvironmentVariable("RTCARE_DB").isEmpty())
        overrideSource = QStringLiteral("RTCARE_DB");
    else
        usePasswordFromKeychain(databasePath);
    SingleInstance instance(SingleInstance::keyForCurrentUser(), databasePath);
    QString handOver;
    switch (instance.start(&handOver)) {
    case SingleInstance::Outcome::HandedOver:
        std::fprintf(stderr, "rtcare: %s\n", handOver.toLocal8Bit().constData());
        return cli::Success;
    case SingleInstance::Outcome::Refused:
        QMessageBox::information(nullptr, QApplication::translate("rtcare::Gui", "RTCare"),
                                 handOver);
        return cli::Failure;
    case SingleInstance::Outcome::Primary:
        break;
    }

    // Upgrading a large file once (backup + new schema) or a team server (an administrator's
    // window) can take a while: say so.
    const bool onServer = [&databasePath] {
        QString ignored;
        const std::optional<DatabaseLocation> location =
            DatabaseLocation::looksLikeUrl(databasePath)
                ? DatabaseLocation::parse(databasePath, &ignored)
                : std::nullopt;
        return location && location->isServer();
    }();
    std::unique_ptr<QLabel> upgrading;
    const std::unique_ptr<Database> database =
        Database::open(databasePath, &error, [&upgrading, onServer](int from, int to) {
            upgrading = std::make_unique<QLabel>(
                (onServer ? QApplication::translate(
                                "rtcare::Gui",
                                "Upgrading the database on the team server (version %1 to "
                                "%2)…\nThis happens once for the whole team; a server with "
                                "many tickets can take a few minutes.")
                          : QApplication::translate(
                                "rtcare::Gui",
                                "Upgrading the ticket database (version %1 to %2)…\n"
                                "This happens once; a large file can take a minute. "
                                "A copy of the old file is kept beside it."))
                    .arg(from)
                    .arg(to));
            upgrading->setWindowTitle(QApplication::translate("rtcare::Gui", "RTCare"));
            upgrading->setWindowFlag(Qt::WindowStaysOnTopHint);
            upgrading->setMargin(24);
            upgrading->adjustSize();
            if (const QScreen* screen = QGuiApplication::primaryScreen())
                upgrading->move(screen->availableGeometry().center()
                                - upgrading->rect().center());
            upgrading->show();
            upgrading->raise();
            QApplication::processEvents();
        });
    upgrading.reset();
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("rtcare::Gui", "RTCare"),
                              QApplication::translate("rtcare::Gui",
                                                      "The ticket database cannot be opened:\n%1")
                                  .arg(error));
        return cli::Failure;
    }
    // On a team server, the SLA policy the team leads share.
    QStringList policyProblems;
    cli::adoptSharedPolicy(globals, *database, policy, &policyProblems);
    if (!policyProblems.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("rtcare::Gui", "RTCare"),
                             QApplication::translate("rtcare::Gui",
                                                     "The team's shared SLA policy cannot be "
                                                     "used, so RTCare uses this desktop's "
                                                     "policy until a team lead fixes it:\n%1")
                                 .arg(policyProblems.join(QLatin1Char('\n'))));
    const AppSettings settings = AppSettings::load();
    applyTheme(settings.theme);
    TicketRepository repository(*database, *policy);
    // On a team server the login role is who acts; on a file, the agent name.
    repository.setActor(currentAgent(*database, settings.effectiveAgentName()));
    int code = 0;
    {
        MainWindow window(repository);
        window.notifier()->setPopupsEnabled(settings.notifications);
        window.configureBackups(settings); // the daily backup: due now, then checked hourly
        if (!overrideSource.isEmpty())
            window.setDatabaseOverride(overrideSource, databasePath);
        QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        window.show();
        code = QApplication::exec();
    }
    return code;
}

} // namespace rtcare
