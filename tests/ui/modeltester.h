// SPDX-License-Identifier: MIT
// Runs QAbstractItemModelTester in warning mode and collects what it reports, so a Catch2
// check can fail with the tester's own words instead of aborting the run.
#pragma once

#include <QAbstractItemModelTester>
#include <QMutex>
#include <QStringList>

#include <utility>

namespace rtcare::test {

class ModelTesterFailures
{
public:
    ModelTesterFailures() { s_previous = qInstallMessageHandler(&ModelTesterFailures::handle); }
    ~ModelTesterFailures() { qInstallMessageHandler(s_previous); }
    ModelTesterFailures(const ModelTesterFailures&) = delete;
    ModelTesterFailures& operator=(const ModelTesterFailures&) = delete;

    [[nodiscard]] static QStringList take()
    {
        QMutexLocker lock(&mutex());
        return std::exchange(failures(), {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category
            && qstrcmp(context.category, "qt.modeltest") == 0) {
            QMutexLocker lock(&mutex());
            failures().append(message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    static QStringList& failures()
    {
        static QStringList list;
        return list;
    }
    static QMutex& mutex()
    {
        static QMutex m;
        return m;
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace rtcare::test
