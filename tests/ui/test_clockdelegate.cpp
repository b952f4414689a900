// SPDX-License-Identifier: MIT
#include "catch.h"
#include "uitestfixture.h"

#include "queue/clockdelegate.h"
#include "queue/clocktext.h"
#include "queue/queuemodel.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

TEST_CASE("ClockText writes countdowns and chips", "[ui][clock]")
{
    CHECK(ClockText::countdown(0) == u"0:00");
    CHECK(ClockText::countdown(65) == u"1:05");
    CHECK(ClockText::countdown(-310) == u"5:10");
    CHECK(ClockText::countdown(3600) == u"1:00:00");
    CHECK(ClockText::countdown(86399) == u"23:59:59");
    CHECK(ClockText::countdown(86400) == u"24:00:00");
    CHECK(ClockText::countdown(3 * 86400) == formatDuration(3 * 86400));
    CHECK(ClockText::target(15) == u"15 min");
    CHECK(ClockText::target(120) == u"2 h");
    CHECK(ClockText::target(1440) == u"24 h");
    CHECK(ClockText::target(90) == u"1 h 30 min");

    ClockStatus clock;
    clock.state = ClockStatus::State::OnTrack;
    clock.remainingSeconds = 725;
    CHECK(ClockText::chip(clock) == u"12:05 left");
    clock.state = ClockStatus::State::Warning;
    clock.warningStep = 75;
    clock.elapsedPercent = 75.6;
    clock.remainingSeconds = 220;
    CHECK(ClockText::chip(clock) == u"75 % · 3:40 left");
    clock.state = ClockStatus::State::Breached;
    clock.remainingSeconds = -310;
    CHECK(ClockText::chip(clock) == u"Overdue 5:10");
    clock.state = ClockStatus::State::Met;
    CHECK(ClockText::chip(clock) == u"Met");
    clock.state = ClockStatus::State::Missed;
    clock.remainingSeconds = -720;
    CHECK(ClockText::chip(clock) == u"Missed by 12:00");
}

TEST_CASE("ClockDelegate tells every state by shape, not colour alone", "[ui][clock]")
{
    using Shape = ClockDelegate::Shape;
    CHECK(ClockDelegate::shapeFor(u"on_track"_s) == Shape::Circle);
    CHECK(ClockDelegate::shapeFor(u"warning_50"_s) == Shape::Triangle);
    CHECK(ClockDelegate::shapeFor(u"warning_75"_s) == Shape::Triangle);
    CHECK(ClockDelegate::shapeFor(u"breached"_s) == Shape::Cross);
    CHECK(ClockDelegate::shapeFor(u"met"_s) == Shape::Check);
    CHECK(ClockDelegate::shapeFor(u"missed"_s) == Shape::StruckCheck);
    CHECK(ClockDelegate::shapeFor(u"whatever"_s) == Shape::None);

    // Each shape leaves a different mark.
    QList<QImage> marks;
    for (Shape shape : {Shape::Circle, Shape::Triangle, Shape::Cross, Shape::Check,
                        Shape::StruckCheck}) {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ClockDelegate::drawShape(&painter, shape, QRectF(0, 0, 16, 16), Qt::black);
        painter.end();
        CHECK_FALSE(marks.contains(image));
        marks.append(image);
    }
}

TEST_CASE("ClockDelegate paints chips and sizes the column for the longest text", "[ui][clock]")
{
    UiFixture f;
    f.file(u"A"_s, Category::Network);
    f.advanceMinutes(1);
    f.file(u"B"_s, Category::Network);
    f.advanceMinutes(13); // A at 93 %, B at 87 %
    QueueModel model(*f.repository);
    QTableView view;
    view.setModel(&model);
    ClockDelegate delegate;
    view.setItemDelegateForColumn(QueueModel::Clock, &delegate);
    view.resize(900, 300);
    view.show();

    const QFontMetrics metrics = view.fontMetrics();
    const int width = delegate.columnWidth(metrics);
    for (const QString& sample : ClockText::widestChips())
        CHECK(metrics.horizontalAdvance(sample) < width);
    CHECK(metrics.horizontalAdvance(u"Missed by 23:59:59"_s) < width);

    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.fontMetrics = metrics;
    const QSize hint = delegate.sizeHint(option, model.index(0, QueueModel::Clock));
    CHECK(hint.width() >= width);
    CHECK(hint.height() > metrics.height());

    QImage image(width, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    option.rect = QRect(0, 0, width, 30);
    delegate.paint(&painter, option, model.index(0, QueueModel::Clock));
    painter.end();
    bool painted = false;
    for (int x = 0; x < image.width() && !painted; ++x)
        painted = image.pixel(x, 15) != QColor(Qt::white).rgb();
    CHECK(painted);
    (void)view.grab(); // the whole view paints without trouble
}
