// SPDX-License-Identifier: MIT
#include "widgets/errorlabel.h"

#include <QCoreApplication>
#include <QLabel>

namespace rtcare {

QLabel* createErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorMessage"));
    label->setAccessibleName(QCoreApplication::translate("rtcare::ErrorLabel", "Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

} // namespace rtcare
