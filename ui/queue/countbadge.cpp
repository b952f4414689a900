// SPDX-License-Identifier: MIT
#include "queue/countbadge.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace rtcare {

QIcon iconWithCount(const QIcon& base, int count)
{
    if (count <= 0)
        return base;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal diameter = size * 0.62;
        const QRectF badge(size - diameter, size - diameter, diameter, diameter);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(diameter * (text.size() > 2 ? 0.42 : 0.6))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace rtcare
