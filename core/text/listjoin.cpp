// SPDX-License-Identifier: MIT
#include "text/listjoin.h"

#include <QCoreApplication>

namespace rtcare {

QString joinList(const QStringList& items)
{
    //: Between the items of a list ("a, b"); Chinese uses 、 with no spaces.
    return items.join(QCoreApplication::translate("rtcare::ListJoin", ", ", "list items"));
}

QString joinClauses(const QStringList& items)
{
    //: Between clauses or reasons ("a; b"); Chinese uses the full-width ； with no spaces.
    return items.join(QCoreApplication::translate("rtcare::ListJoin", "; ", "clauses"));
}

} // namespace rtcare
