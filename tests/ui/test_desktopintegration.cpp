// SPDX-License-Identifier: MIT
#include "catch.h"

#include "queue/countbadge.h"
#include "settings/theme.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

using namespace rtcare;

TEST_CASE("the tray icon shows how many tickets need attention")
{
    const QIcon base(QStringLiteral(":/rtcare/icons/rtcare.svg"));
    REQUIRE_FALSE(base.isNull());
    CHECK(iconWithCount(base, 0).cacheKey() == base.cacheKey());

    const QImage plain = base.pixmap(64, 64).toImage();
    const QImage badged = iconWithCount(base, 7).pixmap(64, 64).toImage();
    REQUIRE(badged.size() == plain.size());
    CHECK(badged != plain);
    // The badge sits in the lower right corner; its rim is the badge's red.
    const QColor rim = badged.pixelColor(60, 46);
    CHECK(rim.red() > 150);
    CHECK(rim.green() < 90);
    // Top left stays the plain icon.
    CHECK(badged.pixelColor(4, 4) == plain.pixelColor(4, 4));
}

TEST_CASE("the theme switches between light, dark and the system look")
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    applyTheme(QStringLiteral("dark"));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::Text).lightness() > 180);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    applyTheme(QStringLiteral("light"));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 180);
    applyTheme(QStringLiteral("system"));
    CHECK(QApplication::palette().color(QPalette::Window) == systemWindow);
}
