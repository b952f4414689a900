// SPDX-License-Identifier: MIT
// Attaching a call-statistics file through the Evidence tab as an agent does, waiting for the
// import that runs off the window's thread.
#pragma once

#include "catch.h"
#include "evidence/evidencepanel.h"

#include <QSignalSpy>

namespace rtcare::test {

inline void attachAndWait(EvidencePanel& panel, const QString& path)
{
    QSignalSpy attached(&panel, &EvidencePanel::attached);
    QSignalSpy failed(&panel, &EvidencePanel::attachFailed);
    panel.attachFile(path);
    for (int i = 0; i < 300 && attached.isEmpty() && failed.isEmpty(); ++i)
        attached.wait(100);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(attached.size() == 1);
}

} // namespace rtcare::test
