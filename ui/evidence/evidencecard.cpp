// SPDX-License-Identifier: MIT
#include "evidence/evidencecard.h"

#include "evidence/location.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rtcare {

using namespace evidence;

namespace {

QString lightColor(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("#2e7d32");
    case Level::Warn:
        return QStringLiteral("#f9a825");
    case Level::Bad:
        return QStringLiteral("#c62828");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

QString figure(double v, int decimals = 0)
{
    return known(v) ? QString::number(v, 'f', v < 10 && decimals == 0 ? 1 : decimals)
                    : QStringLiteral("–");
}

} // namespace

EvidenceCard::EvidenceCard(Side side, QWidget* parent) : QFrame(parent), m_side(side)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(side == Side::Uplink ? QStringLiteral("uplinkCard")
                                       : QStringLiteral("downlinkCard"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(side == Side::Uplink ? tr("Uplink: what the customer sends")
                                              : tr("Downlink: what the customer receives"),
                         this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 5);
    layout->addLayout(m_grid);
    layout->addStretch();
}

void EvidenceCard::setRow(int row, const QString& id, const QString& name, const QString& value,
                          Level level, const QString& limit, const QString& definition)
{
    auto* light = new QLabel(QStringLiteral("●"), this);
    light->setStyleSheet(QStringLiteral("color: %1;").arg(lightColor(level)));
    light->setToolTip(level == Level::Bad    ? tr("Clearly hurts the call")
                      : level == Level::Warn ? tr("Noticeable")
                      : level == Level::Ok   ? tr("Within normal range")
                                             : tr("Not in the file"));
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setWordWrap(true);
    valueLabel->setToolTip(definition.isEmpty() ? limit : definition);
    auto* limitLabel = new QLabel(limit, this);
    limitLabel->setEnabled(false);
    limitLabel->setWordWrap(true);
    limitLabel->setVisible(!limit.isEmpty());
    auto* nameLabel = new QLabel(name, this);
    nameLabel->setWordWrap(true);
    nameLabel->setToolTip(definition);
    // The profile's limits go under the value, so the card fits a narrow pane.
    auto* valueCell = new QVBoxLayout;
    valueCell->setSpacing(0);
    valueCell->addWidget(valueLabel);
    valueCell->addWidget(limitLabel);
    m_grid->addWidget(light, row, 0, Qt::AlignTop);
    m_grid->addWidget(nameLabel, row, 1, Qt::AlignTop);
    m_grid->addLayout(valueCell, row, 2);
    m_levels.insert(id, level);
    m_values.insert(id, valueLabel);
}

void EvidenceCard::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QLayout* cell = item->layout()) {
            while (QLayoutItem* inner = cell->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_levels.clear();
    m_values.clear();
}

void EvidenceCard::show(const CallMetrics& m, const ThresholdProfile& p, const Assessment& a)
{
    clear();
    const bool up = m_side == Side::Uplink;
    const auto limitText = [](const Limit& l, const QString& unit) {
        return tr("warn %1 / bad %2 %3").arg(l.warn).arg(l.bad).arg(unit);
    };
    int row = 0;
    setRow(row++, QStringLiteral("rtt"), tr("Round trip"),
           tr("%1 ms (p95 %2)").arg(figure(m.rttMs.median), figure(m.rttMs.p95)),
           levelOf(m.rttMs.median, p.rttMs), limitText(p.rttMs, tr("ms")));
    if (!up)
        setRow(row++, QStringLiteral("jitter"), tr("Jitter"),
               tr("%1 ms (p95 %2)").arg(figure(m.jitterMs.median), figure(m.jitterMs.p95)),
               levelOf(m.jitterMs.median, p.jitterMs), limitText(p.jitterMs, tr("ms")));
    const double audio = up ? m.lossOutboundAudio : m.lossInboundAudio;
    const double video = up ? m.lossOutboundVideo : m.lossInboundVideo;
    const double loss = up ? m.lossUp() : m.lossDown();
    setRow(row++, QStringLiteral("loss"), tr("Packet loss"),
           tr("audio %1 %, video %2 %").arg(figure(audio), figure(video)), levelOf(loss, p.lossPct),
           limitText(p.lossPct, QStringLiteral("%")));
    setRow(row++, QStringLiteral("bitrate"), tr("Bitrate"),
           tr("%1 kbit/s").arg(figure(up ? m.kbpsUp : m.kbpsDown)), Level::Unknown, QString());
    setRow(row++, QStringLiteral("fps"), tr("Frame rate"),
           tr("%1 fps").arg(figure(up ? m.fpsUp : m.fpsDown)), Level::Unknown, QString());
    const double badSeconds = up ? a.badSecondsUp : a.badSecondsDown;
    const double warnSeconds = up ? a.warnSecondsUp : a.warnSecondsDown;
    setRow(row++, QStringLiteral("bad_time"), tr("Time in bad intervals"),
           tr("%1 s of %2 s (noticeable: %3 s)")
               .arg(qRound(badSeconds))
               .arg(qRound(m.durationSeconds()))
               .arg(qRound(warnSeconds)),
           badSeconds > 0    ? Level::Bad
           : warnSeconds > 0 ? Level::Warn
                             : Level::Ok,
           QString(),
           tr("The 10-second intervals where a figure of this direction is past the profile's "
              "limit: the red (bad) and amber (noticeable) bands on the timeline."));
    if (up) {
        setRow(row++, QStringLiteral("available"), tr("Available upload (estimate)"),
               tr("%1 kbit/s").arg(figure(m.availableOutgoingKbps)), Level::Unknown, QString());
        setRow(row++, QStringLiteral("limited"), tr("Limited by bandwidth"),
               tr("%1 % of the time").arg(figure(m.limitedByBandwidthPct)), Level::Unknown,
               QString(),
               tr("Share of the time the video sent was lowered because the estimated upload "
                  "bandwidth was tight (the browser's qualityLimitationReason). Every call "
                  "starts limited while the sender probes the network."));
        const double cpu = m.limitedByCpuPct;
        setRow(row++, QStringLiteral("cpu"), tr("Limited by the device's processor"),
               tr("%1 % of the time").arg(figure(cpu)),
               !known(cpu)                 ? Level::Unknown
               : cpu >= kCpuLimitedBadPct  ? Level::Bad
               : cpu >= kCpuLimitedWarnPct ? Level::Warn
                                           : Level::Ok,
               tr("warn %1 / bad %2 %").arg(kCpuLimitedWarnPct).arg(kCpuLimitedBadPct),
               tr("Share of the time the video sent was lowered because the device's processor "
                  "could not keep up (the browser's qualityLimitationReason \"cpu\"): the "
                  "device, not the network."));
    } else {
        setRow(row++, QStringLiteral("freezes"), tr("Video freezes"),
               tr("%1 (%2 s)").arg(m.freezeCount).arg(figure(m.freezeSeconds)),
               m.freezeSeconds >= 1 ? Level::Warn : Level::Ok, QString(),
               tr("Freezes as the W3C defines them (freezeCount, totalFreezesDuration): a "
                  "frame that arrives more than three times the average frame duration, or "
                  "more than the average plus 150 ms, after the previous one."));
        setRow(row++, QStringLiteral("concealed"), tr("Concealed audio"),
               tr("%1 %").arg(figure(m.concealedPct)), Level::Unknown, QString(),
               tr("Share of the received audio samples the receiver had to make up (conceal) "
                  "because packets were lost or late, silence left out ((concealedSamples − "
                  "silentConcealedSamples) ÷ totalSamplesReceived)."));
        setRow(row++, QStringLiteral("mos"), tr("MOS (estimated)"),
               tr("%1 (lowest %2)").arg(figure(m.mosMedian, 2), figure(m.mosMin, 2)),
               levelOf(m.mosMedian, p.mos, true),
               tr("warn < %1 / bad < %2").arg(p.mos.warn).arg(p.mos.bad));
    }
}

Level EvidenceCard::level(const QString& row) const
{
    return m_levels.value(row, Level::Unknown);
}

QString EvidenceCard::valueText(const QString& row) const
{
    const QLabel* label = m_values.value(row);
    return label ? label->text() : QString();
}

QString EvidenceCard::definition(const QString& row) const
{
    const QLabel* label = m_values.value(row);
    return label ? label->toolTip() : QString();
}

} // namespace rtcare
