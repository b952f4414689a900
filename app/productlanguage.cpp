// SPDX-License-Identifier: MIT
#include "productlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace rtcare::cli {

void installProductLanguage(const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("rtcare"), QStringLiteral("_"),
                         QStringLiteral(":/rtcare/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace rtcare::cli
