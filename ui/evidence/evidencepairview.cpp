// SPDX-License-Identifier: MIT
#include "evidence/evidencepairview.h"

#include "evidence/evidencechart.h"
#include "widgets/flowlayout.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rtcare {

using namespace evidence;

namespace {

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

EvidencePairView::EvidencePairView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePairView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("evidencePairVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    auto* swapBar = new QHBoxLayout;
    auto* axisNote =
        new QLabel(tr("Both participants on one time axis (each device's own clock):"), this);
    axisNote->setWordWrap(true); // the ticket pane beside the queue is narrow
    swapBar->addWidget(axisNote, 1);
    m_swap = new QPushButton(tr("&Swap A and B"), this);
    m_swap->setToolTip(tr("Show participant B first and read the call from its side."));
    m_swap->setFocusPolicy(Qt::StrongFocus);
    swapBar->addWidget(m_swap);
    layout->addLayout(swapBar);

    const auto participant = [&](QLabel*& label, EvidenceChart*& chart, const char* name) {
        label = new QLabel(this);
        label->setWordWrap(true);
        label->setObjectName(QLatin1String(name));
        layout->addWidget(label);
        chart = new EvidenceChart(this);
        chart->setCompact(true);
        chart->setObjectName(QLatin1String(name) + QStringLiteral("Chart"));
        layout->addWidget(chart, 1);
    };
    participant(m_labelA, m_chartA, "participantA");
    participant(m_labelB, m_chartB, "participantB");
    m_legend = new QWidget(this);
    new FlowLayout(m_legend);
    layout->addWidget(m_legend);
    connect(m_swap, &QPushButton::clicked, this, &EvidencePairView::swapRequested);
    clear();
}

void EvidencePairView::clear()
{
    m_verdict->clear();
    m_labelA->clear();
    m_labelB->clear();
    m_chartA->clear();
    m_chartB->clear();
    m_legend->hide();
}

QString EvidencePairView::whyNot(const CallMetrics& a, const CallMetrics& b,
                                 const CallPairing& p) const
{
    QStringList why;
    if (!a.hasData() || !b.hasData())
        why << tr("A file holds no call statistics.");
    else if (p.overlapMs() == 0)
        why << tr("Their times do not overlap (A %1 to %2, B %3 to %4).")
                   .arg(clock(a.start), clock(a.end), clock(b.start), clock(b.end));
    else if (p.overlapMs() < kMinPairOverlapMs)
        why << tr("Their times overlap only %1 s (at least %2 s needed).")
                   .arg(QString::number(double(p.overlapMs()) / 1000, 'f', 1))
                   .arg(kMinPairOverlapMs / 1000);
    if (a.rtpStreams.empty() || b.rtpStreams.empty())
        why << tr("A file gives no stream ids (ssrc) to match: attach it again to compare.");
    else if (p.sentByA.empty() && p.sentByB.empty())
        why << tr("No stream one side sends is received by the other.");
    return why.join(QLatin1Char(' '));
}

QString EvidencePairView::verdictSentence(const PairAssessment& pair) const
{
    const QString who = pair.participant == 0 ? tr("participant A") : tr("participant B");
    const QString other = pair.participant == 0 ? tr("participant B") : tr("participant A");
    switch (pair.cause) {
    case PairCause::NotSameCall:
        return tr("These two files are not the two sides of one call: no combined verdict.");
    case PairCause::Unknown:
        return tr("Not enough data in the two files to compare the directions.");
    case PairCause::NotNetwork:
        return tr("Read together, the network between the two sides looks fine: look at other "
                  "causes.");
    case PairCause::PathBetween:
        return tr("Most likely cause: the network between the two sides (or a relay on the "
                  "way): both directions lost packets.");
    case PairCause::ConnectionFailed:
        return pair.participant < 0
                   ? tr("Most likely cause: both participants' connections failed.")
                   : tr("Most likely cause: the connection of %1 failed, whatever the media "
                        "figures say.")
                         .arg(who);
    case PairCause::Uplink:
        return tr("Most likely cause: the uplink of %1 or the network from it to %2: what it "
                  "sends arrives with loss, the other direction is fine.")
            .arg(who, other);
    case PairCause::Downlink:
        return tr("Most likely cause: the downlink of %1: it loses what it receives from "
                  "everyone alike.")
            .arg(who);
    case PairCause::Device:
        return tr("Most likely cause: the device of %1 (its processor could not keep up with "
                  "the video), not the network.")
            .arg(who);
    case PairCause::RelayPath:
        return tr("Most likely cause: the route of %1 through a relay server or over TCP, "
                  "which adds delay.")
            .arg(who);
    case PairCause::Network:
        return tr("Most likely cause: the connection of %1, both directions, by its own "
                  "figures.")
            .arg(who);
    case PairCause::SendingSide:
        return tr("Most likely cause: the sending side of %1 (its network is fine by both "
                  "files): its device or app.")
            .arg(who);
    }
    return {};
}

void EvidencePairView::show(const EvidenceRecord& a, const EvidenceRecord& b,
                            const PairAssessment& pair)
{
    const auto label = [&](const EvidenceRecord& r, const QString& name) {
        return tr("%1: %2 (%3, %4 to %5)")
            .arg(name, r.fileName, r.format, clock(r.metrics.start), clock(r.metrics.end));
    };
    m_labelA->setText(label(a, tr("Participant A")));
    m_labelB->setText(label(b, tr("Participant B")));
    m_labelA->setAccessibleName(m_labelA->text());
    m_labelB->setAccessibleName(m_labelB->text());

    QStringList lines;
    const CallPairing& p = pair.pairing;
    if (!p.sameCall) {
        lines << whyNot(a.metrics, b.metrics, p);
    } else {
        lines << tr("The files overlap %1 s (%2 to %3) and share %n stream(s).", nullptr,
                    int(p.sharedSsrcs().size()))
                     .arg(QString::number(double(p.overlapMs()) / 1000, 'f', 1),
                          clock(p.overlapFrom), clock(p.overlapTo));
        const auto direction = [&](const PairDirection& d, const QString& from, const QString& to) {
            if (d.streams == 0)
                return tr("%1 → %2: no stream of %1 with loss figures at %2.").arg(from, to);
            const auto figure = [this](double v) {
                return known(v) ? tr("%1 %").arg(QString::number(v, 'f', 1)) : tr("no figure");
            };
            QString text = tr("%1 → %2: %2 lost %3 of %1's packets (%1's own file: %4)")
                               .arg(from, to, figure(d.lossAtReceiver), figure(d.lossSenderSaw));
            if (d.otherStreams > 0)
                text += tr("; from the others %1").arg(figure(d.lossOtherStreams));
            return text;
        };
        lines << direction(pair.aToB, tr("A"), tr("B"));
        lines << direction(pair.bToA, tr("B"), tr("A"));
    }
    m_verdict->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(verdictSentence(pair).toHtmlEscaped(),
                                lines.join(QLatin1Char('\n'))
                                    .toHtmlEscaped()
                                    .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));

    // One time axis: both timelines span the two files together.
    const qint64 from = std::min(a.metrics.start, b.metrics.start);
    const qint64 to = std::max(a.metrics.end, b.metrics.end);
    const bool together = p.sameCall && to > from;
    m_chartA->setVisible(together);
    m_chartB->setVisible(together);
    if (together) {
        m_chartA->setWindow(p.overlapFrom, p.overlapTo);
        m_chartB->setWindow(p.overlapFrom, p.overlapTo);
        m_chartA->show(a.metrics, pair.a, from, to);
        m_chartB->show(b.metrics, pair.b, from, to);
    }
    QLayout* flow = m_legend->layout();
    while (QLayoutItem* item = flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (together) {
        const QList<EvidenceChart::LegendEntry> entries = m_chartA->legendEntries();
        for (const EvidenceChart::LegendEntry& e : entries) {
            auto* swatch = new QLabel(m_legend);
            swatch->setTextFormat(Qt::RichText);
            swatch->setText(
                QStringLiteral("<span style=\"color:rgba(%1,%2,%3,%4)\">■</span>&nbsp;%5")
                    .arg(e.color.red())
                    .arg(e.color.green())
                    .arg(e.color.blue())
                    .arg(e.color.alpha())
                    .arg(e.label.toHtmlEscaped()));
            flow->addWidget(swatch);
        }
    }
    m_legend->setVisible(together);
}

QString EvidencePairView::participantLabel(int participant) const
{
    return participant == 0 ? m_labelA->text() : m_labelB->text();
}

QString EvidencePairView::verdictText() const
{
    return m_verdict->text();
}

} // namespace rtcare
