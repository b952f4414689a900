// SPDX-License-Identifier: MIT
#include "widgets/textlimit.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>

namespace rtcare {

void limitPlainText(QPlainTextEdit* edit, qsizetype limit,
                    const std::function<void(const QString&)>& told)
{
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, limit, told] {
        // characterCount() counts the closing paragraph separator too.
        if (edit->document()->characterCount() - 1 <= limit)
            return;
        QTextCursor cursor(edit->document());
        cursor.setPosition(int(limit));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        if (told)
            told(QCoreApplication::translate("rtcare::TextLimit",
                                             "This field holds at most %1 characters; the text "
                                             "beyond that was not kept.")
                     .arg(QLocale().toString(qint64(limit))));
    });
}

} // namespace rtcare
