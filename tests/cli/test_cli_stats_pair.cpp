// SPDX-License-Identifier: MIT
// `rtcare stats FILE OTHER_FILE`: both participants of one call read together.
#include "catch.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using rtcare::test::runRtcare;

QString fixture(const char* name)
{
    return QStringLiteral(RTCARE_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

// The last getstats time minus the first, per file, read from the raw lines.
std::pair<qint64, qint64> getstatsSpan(const char* name)
{
    QFile file(fixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    qint64 first = 0, last = 0;
    while (!file.atEnd()) {
        const QJsonArray line = QJsonDocument::fromJson(file.readLine()).array();
        if (line.at(0).toString() != QLatin1String("getstats"))
            continue;
        const auto t = qint64(line.at(3).toDouble());
        first = first == 0 ? t : std::min(first, t);
        last = std::max(last, t);
    }
    return {first, last};
}

} // namespace

TEST_CASE("cli stats: two participants of one call")
{
    const QString a = fixture("jitsi-google-legacy-stats-p2p.ndjson");
    const QString b = fixture("jitsi-safari-standard-stats.ndjson");
    rtcare::test::CliRun r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"), a, b});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    // The first file's report as before, the other participant's beside it.
    CHECK(o.value(QLatin1String("format")).toString() == QLatin1String("rtcstats"));
    const QJsonObject other = o.value(QLatin1String("other_participant")).toObject();
    CHECK(other.value(QLatin1String("format")).toString() == QLatin1String("rtcstats"));
    CHECK(other.contains(QLatin1String("verdict")));
    CHECK(other.contains(QLatin1String("packet_loss_pct")));
    const QJsonObject pair = o.value(QLatin1String("pair")).toObject();
    CHECK(pair.value(QLatin1String("same_call")).toBool());
    const auto [aFirst, aLast] = getstatsSpan("jitsi-google-legacy-stats-p2p.ndjson");
    const auto [bFirst, bLast] = getstatsSpan("jitsi-safari-standard-stats.ndjson");
    CHECK(qint64(pair.value(QLatin1String("overlap_ms")).toDouble()) ==
          std::min(aLast, bLast) - std::max(aFirst, bFirst));
    // Each shared ssrc is one side's outbound and the other's inbound.
    const QJsonArray shared = pair.value(QLatin1String("shared_ssrcs")).toArray();
    REQUIRE(shared.size() >= 2);
    const auto has = [](const QJsonObject& report, const char* direction, double ssrc) {
        return report.value(QLatin1String("ssrcs"))
            .toObject()
            .value(QLatin1String(direction))
            .toArray()
            .contains(ssrc);
    };
    for (const QJsonValue& s : shared) {
        const double ssrc = s.toDouble();
        CHECK(((has(o, "outbound", ssrc) && has(other, "inbound", ssrc)) ||
               (has(other, "outbound", ssrc) && has(o, "inbound", ssrc))));
    }
    CHECK_FALSE(pair.value(QLatin1String("verdict")).toString().isEmpty());
    CHECK(pair.value(QLatin1String("reasons")).toArray().size() >= 2);
    CHECK_FALSE(pair.value(QLatin1String("sentence"))
                    .toObject()
                    .value(QLatin1String("zh_CN"))
                    .toString()
                    .isEmpty());

    // Text: the combined sentence after both reports.
    r = runRtcare({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("stats"), a, b});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Participant A: jitsi-google-legacy-stats-p2p.ndjson"));
    CHECK(r.out.contains("Participant B: jitsi-safari-standard-stats.ndjson"));
    CHECK(r.out.contains("Together:"));
    CHECK(r.out.contains("statistics from both sides of the call"));
}

TEST_CASE("cli stats: two files that are not one call, and bad second files")
{
    const QString a = fixture("06_rtcstats_chrome_standard_p2p_jitsi.ndjson");
    const QString b = fixture("jitsi-firefox97-standard-stats-sfu.ndjson");
    rtcare::test::CliRun r = runRtcare({QStringLiteral("stats"), QStringLiteral("--json"), a, b});
    REQUIRE(r.exitCode == 0);
    const QJsonObject pair =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("pair")).toObject();
    CHECK(pair.value(QLatin1String("same_call")) == false);
    CHECK(pair.value(QLatin1String("verdict")).isNull());
    CHECK(pair.value(QLatin1String("shared_ssrcs")).toArray().isEmpty());

    r = runRtcare({QStringLiteral("stats"), a, b});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Not the same call"));
    CHECK_FALSE(r.out.contains("Together:"));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("other-side.csv"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("alpha,beta\n1,2\n");
    }
    r = runRtcare({QStringLiteral("stats"), a, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("other-side.csv")));
    CHECK(r.out.isEmpty());

    r = runRtcare({QStringLiteral("stats"), a, dir.filePath(QStringLiteral("gone.ndjson"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("gone.ndjson")));

    r = runRtcare({QStringLiteral("stats"), a, b, a});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("1 or 2")));
}
