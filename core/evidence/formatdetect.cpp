// SPDX-License-Identifier: MIT
#include "evidence/formatdetect.h"

#include <QJsonDocument>

namespace rtcare::evidence {

FileLayout detectLayout(const QByteArray& head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype control = 0;
    for (qsizetype k = i; k < head.size(); ++k) {
        const auto c = static_cast<unsigned char>(head.at(k));
        if (c == 0)
            return FileLayout::Binary;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    if (control * 20 > head.size())
        return FileLayout::Binary;
    while (i < head.size() && QChar::isSpace(static_cast<unsigned char>(head.at(i))))
        ++i;
    if (i >= head.size())
        return FileLayout::Empty;
    const char first = head.at(i);
    if (first == '[')
        return FileLayout::JsonLines;
    if (first == '{') {
        // rtcstats-server files may start with one header object on its own line.
        const qsizetype newline = head.indexOf('\n', i);
        if (newline > 0) {
            qsizetype next = newline + 1;
            while (next < head.size() && QChar::isSpace(static_cast<unsigned char>(head.at(next))))
                ++next;
            if (next < head.size() && head.at(next) == '[') {
                QJsonParseError error{};
                QJsonDocument::fromJson(head.mid(i, newline - i), &error);
                if (error.error == QJsonParseError::NoError)
                    return FileLayout::JsonLines;
            }
        }
        return FileLayout::JsonDocument;
    }
    return FileLayout::Csv;
}

} // namespace rtcare::evidence
