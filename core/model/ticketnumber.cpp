// SPDX-License-Identifier: MIT
#include "model/ticketnumber.h"

namespace rtcare {

QString TicketNumber::dayPrefix(QDate day)
{
    return QStringLiteral("RTC-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
}

QString TicketNumber::toString() const
{
    return dayPrefix(date) + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<TicketNumber> TicketNumber::parse(QStringView text)
{
    // RTC-YYYYMMDD-N{4,}
    if (text.size() < 17 || !text.startsWith(QLatin1String("RTC-")) || text.at(12) != u'-')
        return std::nullopt;
    const QDate day = QDate::fromString(text.mid(4, 8).toString(), QStringLiteral("yyyyMMdd"));
    if (!day.isValid())
        return std::nullopt;
    const QStringView digits = text.mid(13);
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const int sequence = digits.toInt(&ok);
    if (!ok || sequence <= 0)
        return std::nullopt;
    // One spelling per ticket: "RTC-20261124-00007" is not another way to write 0007.
    TicketNumber number{day, sequence};
    if (number.toString() != text)
        return std::nullopt;
    return number;
}

} // namespace rtcare
