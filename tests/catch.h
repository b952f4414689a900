// SPDX-License-Identifier: MIT
// The one include for tests: Catch2 2.13 (Debian 12) and Catch2 3.x (Homebrew, vcpkg,
// Ubuntu 24.04) behind one header, plus readable printing of Qt values.
#pragma once

#if defined(RTCARE_CATCH3)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value)
    {
        return '"' + value.toStdString() + '"';
    }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("<invalid QDateTime>");
    }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
