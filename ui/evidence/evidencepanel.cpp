// SPDX-License-Identifier: MIT
#include "evidence/evidencepanel.h"

#include "evidence/evidencecard.h"
#include "evidence/evidencechart.h"
#include "evidence/evidenceimport.h"
#include "evidence/evidencepairview.h"
#include "storage/ticketrepository.h"
#include "widgets/flowlayout.h"
#include "text/listjoin.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace rtcare {

using namespace evidence;

// One running import: the worker thread, its progress and cancel flag, its result.
struct EvidencePanel::Import
{
    QString path;
    qint64 ticketId = 0;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    std::optional<ImportedCall> result;
    QString error;
    QThread* thread = nullptr;
    QProgressDialog* dialog = nullptr;
    QTimer* timer = nullptr;
};

EvidencePanel::EvidencePanel(TicketRepository& repository, QWidget* parent)
    : TicketTab(parent), m_repository(repository), m_store(repository.database())
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);
    m_language = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en");
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    auto* bar = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach call statistics…"), content);
    m_attach->setToolTip(tr("A chrome://webrtc-internals dump, an rtcstats dump, a getStats "
                            "capture or a CSV export. You can also drop files here."));
    m_files = new QComboBox(content);
    m_files->setAccessibleName(tr("Attached files"));
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_files->setMinimumContentsLength(12);
    m_profiles = new QComboBox(content);
    m_profiles->setAccessibleName(tr("Threshold profile"));
    for (const ThresholdProfile& p : thresholdProfiles())
        m_profiles->addItem(p.name(m_language), p.id);
    m_languages = new QComboBox(content);
    m_languages->setAccessibleName(tr("Sentence language"));
    m_languages->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_languages->addItem(tr("English"), QStringLiteral("en"));
    m_languages->setCurrentIndex(m_language == QLatin1String("zh_CN") ? 0 : 1);
    bar->addWidget(m_attach);
    m_remove = new QPushButton(tr("Remove"), content);
    m_remove->setToolTip(
        tr("Remove the selected file's evidence from this ticket (kept in the history)."));
    bar->addWidget(m_remove);
    bar->addStretch(1);
    layout->addLayout(bar);
    // Each row stays narrow enough for the ticket pane beside the queue.
    auto* fileBar = new QHBoxLayout;
    fileBar->addWidget(new QLabel(tr("File:"), content));
    fileBar->addWidget(m_files, 1);
    layout->addLayout(fileBar);
    auto* profileBar = new QHBoxLayout;
    profileBar->addWidget(new QLabel(tr("Profile:"), content));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profiles->setMinimumContentsLength(12);
    profileBar->addWidget(m_profiles, 1);
    layout->addLayout(profileBar);
    // Both sides of one call (two files on the ticket): side by side, one time axis.
    auto* compareBar = new QHBoxLayout;
    m_compare = new QPushButton(tr("Both participants"), content);
    m_compare->setCheckable(true);
    m_compare->setToolTip(tr("Read two files of one call together: both participants on one "
                             "time axis and a verdict that uses both sides."));
    m_otherLabel = new QLabel(tr("With:"), content);
    m_other = new QComboBox(content);
    m_other->setAccessibleName(tr("Other participant's file"));
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_other->setMinimumContentsLength(12);
    m_otherLabel->setBuddy(m_other);
    compareBar->addWidget(m_compare);
    compareBar->addWidget(m_otherLabel);
    compareBar->addWidget(m_other, 1);
    layout->addLayout(compareBar);

    m_hint = new QLabel(content);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_pairView = new EvidencePairView(content);
    layout->addWidget(m_pairView, 1);
    // The single file's view (hidden while both participants are shown).
    m_single = new QWidget(content);
    auto* outerLayout = layout;
    layout = new QVBoxLayout(m_single);
    layout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(m_single, 1);
    content = m_single;
    m_verdict = new QLabel(content);
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("evidenceVerdict"));
    layout->addWidget(m_verdict);

    // One above the other: the ticket pane is narrow beside the queue.
    auto* cards = new QVBoxLayout;
    m_uplink = new EvidenceCard(EvidenceCard::Side::Uplink, content);
    m_downlink = new EvidenceCard(EvidenceCard::Side::Downlink, content);
    cards->addWidget(m_uplink);
    cards->addWidget(m_downlink);
    layout->addLayout(cards);
    m_path = new QLabel(content);
    m_path->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("evidencePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_path);
    m_chart = new EvidenceChart(content);
    layout->addWidget(m_chart, 1);
    m_legend = new QWidget(content);
    m_legend->setObjectName(QStringLiteral("evidenceLegend"));
    new FlowLayout(m_legend);
    layout->addWidget(m_legend);
    connect(m_chart, &EvidenceChart::legendChanged, this, &EvidencePanel::showLegend);
    showLegend();
    m_findings = new QLabel(content);
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_findings);

    layout = outerLayout;
    content = m_single->parentWidget();
    auto* sentenceBar = new QHBoxLayout;
    auto* sentenceLabel = new QLabel(tr("Evidence sentence for the customer:"), content);
    sentenceLabel->setWordWrap(true); // fits the ticket pane beside the queue at 1366x768
    sentenceBar->addWidget(sentenceLabel, 1);
    sentenceBar->addWidget(m_languages);
    m_copy = new QPushButton(tr("Copy"), content);
    sentenceBar->addWidget(m_copy);
    layout->addLayout(sentenceBar);
    m_sentence = new QPlainTextEdit(content);
    m_sentence->setReadOnly(true);
    m_sentence->setObjectName(QStringLiteral("evidenceSentence"));
    m_sentence->setMaximumHeight(90);
    layout->addWidget(m_sentence);

    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::chooseFile);
    connect(m_files, &QComboBox::currentIndexChanged, this, &EvidencePanel::showSelected);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &EvidencePanel::showSelected);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this] {
        m_language = m_languages->currentData().toString();
        showSelected();
    });
    connect(m_compare, &QPushButton::toggled, this, &EvidencePanel::showSelected);
    connect(m_other, &QComboBox::currentIndexChanged, this, &EvidencePanel::showSelected);
    connect(m_pairView, &EvidencePairView::swapRequested, this, [this] {
        m_swapped = !m_swapped;
        showSelected();
        m_pairView->swapButton()->setFocus();
    });
    connect(m_copy, &QPushButton::clicked, this, &EvidencePanel::copySentence);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    showTicket(0);
}

EvidencePanel::~EvidencePanel()
{
    if (m_import && m_import->thread) {
        m_import->cancel = true;
        m_import->thread->wait();
    }
}

void EvidencePanel::showTicket(qint64 id)
{
    m_ticketId = id;
    m_attach->setEnabled(id != 0 && !m_import);
    reload();
}

void EvidencePanel::focusFirstControl()
{
    if (m_attach->isEnabled())
        m_attach->setFocus(Qt::OtherFocusReason);
    else
        TicketTab::focusFirstControl();
}

void EvidencePanel::reload(qint64 selectId)
{
    m_records = m_ticketId != 0 ? m_store.forTicket(m_ticketId) : QList<EvidenceRecord>();
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    int select = int(m_records.size()) - 1;
    for (int i = 0; i < int(m_records.size()); ++i) {
        const EvidenceRecord& r = m_records.at(i);
        m_files->addItem(
            tr("%1 (%2, %3)")
                .arg(r.fileName, r.format,
                     QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat)),
            r.id);
        if (r.id == selectId)
            select = i;
    }
    m_files->setCurrentIndex(select);
    m_files->setVisible(!m_records.isEmpty());
    m_remove->setVisible(!m_records.isEmpty());
    const bool two = m_records.size() >= 2;
    {
        const QSignalBlocker compareBlocker(m_compare);
        m_compare->setVisible(two);
        if (!two)
            m_compare->setChecked(false);
    }
    showSelected();
}

void EvidencePanel::showSelected()
{
    const bool pair = m_compare->isChecked() && m_records.size() >= 2;
    m_single->setVisible(!pair);
    m_pairView->setVisible(pair);
    m_otherLabel->setVisible(pair);
    m_other->setVisible(pair);
    if (pair && m_files->currentIndex() >= 0) {
        m_hint->hide();
        const std::optional<ThresholdProfile> profile =
            findProfile(m_profiles->currentData().toString());
        showPair(profile ? *profile : thresholdProfiles().constFirst());
        return;
    }
    const int index = m_files->currentIndex();
    if (index < 0 || index >= m_records.size()) {
        m_hint->setText(m_ticketId == 0
                            ? tr("Select a ticket to see its call evidence.")
                            : tr("No call statistics attached yet. Ask the customer for a "
                                 "chrome://webrtc-internals dump (or your app's stats export) "
                                 "and attach or drop it here: RTCare turns it into figures and "
                                 "a fair sentence you can send."));
        m_hint->show();
        m_verdict->clear();
        m_path->clear();
        m_findings->clear();
        m_uplink->clear();
        m_downlink->clear();
        m_chart->clear();
        m_sentence->clear();
        m_sentences = {};
        m_copy->setEnabled(false);
        return;
    }
    m_hint->hide();
    const EvidenceRecord& record = m_records.at(index);
    const std::optional<ThresholdProfile> profile =
        findProfile(m_profiles->currentData().toString());
    const ThresholdProfile p = profile ? *profile : thresholdProfiles().constFirst();
    const Assessment assessment = assess(record.metrics, p);
    m_sentences = writeSentences(record.metrics, assessment);
    m_uplink->show(record.metrics, p, assessment);
    m_downlink->show(record.metrics, p, assessment);
    m_chart->show(record.metrics, assessment);

    QString verdict;
    switch (assessment.verdict) {
    case Side::Uplink:
        verdict = tr("Most likely cause: the customer's uplink (what they send).");
        break;
    case Side::Downlink:
        verdict = tr("Most likely cause: the customer's downlink (what they receive).");
        break;
    case Side::Both:
        verdict = tr("Most likely cause: the customer's connection, both directions.");
        break;
    case Side::FarEnd:
        verdict = tr("Most likely cause: the far end (the other participant's side).");
        break;
    case Side::Device:
        verdict = tr("Most likely cause: the customer's device (its processor could not keep "
                     "up with the video), not the network.");
        break;
    case Side::Relay:
        verdict = tr("Most likely cause: the route through a relay server or over TCP, which "
                     "adds delay.");
        break;
    case Side::Connection:
        verdict = tr("Most likely cause: the connection failed, whatever the media figures say.");
        break;
    case Side::None:
        verdict = record.metrics.hasData()
                      ? tr("The network looks fine in this call: look at other causes.")
                      : tr("Not enough data in this file to judge the network.");
        break;
    }
    QStringList because;
    for (const std::size_t i : assessment.reasons)
        because << findingText(assessment.findings[i]);
    m_verdict->setText(
        because.isEmpty()
            ? QStringLiteral("<b>%1</b>").arg(verdict.toHtmlEscaped())
            : QStringLiteral("<b>%1</b><br>%2")
                  .arg(verdict.toHtmlEscaped(),
                       tr("Because: %1").arg(joinClauses(because)).toHtmlEscaped()));
    m_path->setText(pathText(record.metrics));
    QStringList lines;
    for (const Finding& f : assessment.findings)
        lines << QStringLiteral("• ") + findingText(f);
    for (const QString& w : record.metrics.warnings)
        lines << tr("Note: %1").arg(w);
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_sentence->setPlainText(m_sentences.text(m_language));
    m_copy->setEnabled(true);
}

void EvidencePanel::showPair(const ThresholdProfile& profile)
{
    const int index = m_files->currentIndex();
    // The other participant: any file but the selected one (the first by default).
    const qint64 keep = m_other->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_other);
        m_other->clear();
        for (int i = 0; i < int(m_records.size()); ++i) {
            if (i != index)
                m_other->addItem(m_files->itemText(i), m_records.at(i).id);
        }
        const int found = m_other->findData(keep);
        m_other->setCurrentIndex(found >= 0 ? found : 0);
    }
    const qint64 otherId = m_other->currentData().toLongLong();
    const auto other = std::find_if(m_records.cbegin(), m_records.cend(),
                                    [&](const EvidenceRecord& r) { return r.id == otherId; });
    if (other == m_records.cend())
        return;
    const EvidenceRecord& a = m_swapped ? *other : m_records.at(index);
    const EvidenceRecord& b = m_swapped ? m_records.at(index) : *other;
    const PairAssessment pair = assessPair(a.metrics, b.metrics, profile);
    m_pairView->show(a, b, pair);
    if (pair.pairing.sameCall) {
        m_sentences = writePairSentences(a.metrics, b.metrics, pair);
        m_sentence->setPlainText(m_sentences.text(m_language));
        m_copy->setEnabled(true);
    } else {
        m_sentences = {};
        m_sentence->clear();
        m_copy->setEnabled(false);
    }
}

void EvidencePanel::showLegend()
{
    QLayout* flow = m_legend->layout();
    while (QLayoutItem* item = flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<EvidenceChart::LegendEntry> entries = m_chart->legendEntries();
    for (const EvidenceChart::LegendEntry& e : entries) {
        auto* label = new QLabel(m_legend);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<span style=\"color:rgba(%1,%2,%3,%4)\">■</span>&nbsp;%5")
                           .arg(e.color.red())
                           .arg(e.color.green())
                           .arg(e.color.blue())
                           .arg(e.color.alpha())
                           .arg(e.label.toHtmlEscaped()));
        label->setAccessibleName(e.label);
        flow->addWidget(label);
    }
    m_legend->setVisible(!entries.isEmpty());
}

QStringList EvidencePanel::legendLabels() const
{
    QStringList labels;
    const QList<QLabel*> children = m_legend->findChildren<QLabel*>();
    for (const QLabel* label : children)
        labels << label->accessibleName();
    return labels;
}

QString EvidencePanel::sentence() const
{
    return m_sentence->toPlainText();
}

QString EvidencePanel::verdictText() const
{
    return m_verdict->text();
}

QString EvidencePanel::pathDescription() const
{
    return m_path->text();
}

void EvidencePanel::selectProfile(const QString& id)
{
    const int index = m_profiles->findData(id);
    if (index >= 0)
        m_profiles->setCurrentIndex(index);
}

void EvidencePanel::selectLanguage(const QString& language)
{
    const int index = m_languages->findData(language);
    if (index >= 0)
        m_languages->setCurrentIndex(index);
}

void EvidencePanel::removeSelected()
{
    const int index = m_files->currentIndex();
    if (index < 0 || index >= m_records.size())
        return;
    QString error;
    const qint64 ticketId = m_ticketId;
    if (!m_store.remove(m_records.at(index).id, m_repository.now(), m_repository.actor(), &error)) {
        m_hint->setText(tr("Could not remove the file: %1").arg(error));
        m_hint->show();
        return;
    }
    Q_EMIT m_repository.ticketChanged(ticketId);
    reload();
}

void EvidencePanel::copySentence()
{
    QApplication::clipboard()->setText(sentence());
}

void EvidencePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach call statistics"), QString(),
        tr("Call statistics (*.json *.txt *.ndjson *.log *.csv);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_ticketId != 0 && !m_import && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            attachFile(url.toLocalFile());
            break; // one import at a time; drop the next file when this one is in
        }
    }
    event->acceptProposedAction();
}

void EvidencePanel::attachFile(const QString& path)
{
    if (m_ticketId == 0 || m_import) {
        Q_EMIT attachFailed(tr("Select a ticket first, and wait for the running import."));
        return;
    }
    m_import = std::make_unique<Import>();
    Import* job = m_import.get();
    job->path = path;
    job->ticketId = m_ticketId;
    m_attach->setEnabled(false);
    job->dialog = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                      tr("Cancel"), 0, 1000, this);
    job->dialog->setMinimumDuration(500);
    job->dialog->setWindowModality(Qt::WindowModal);
    job->dialog->setAutoClose(false);
    job->dialog->setAutoReset(false);
    connect(job->dialog, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    job->timer = new QTimer(this);
    job->timer->setInterval(50);
    connect(job->timer, &QTimer::timeout, this, [job] {
        const qint64 total = job->total;
        if (total > 0)
            job->dialog->setValue(int(1000 * job->done / total));
    });
    job->timer->start();
    job->thread = QThread::create([job] {
        ImportOptions options;
        options.progress = [job](qint64 done, qint64 total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        };
        job->result = importStatsFile(job->path, options, &job->error);
    });
    connect(job->thread, &QThread::finished, this, &EvidencePanel::finishImport);
    job->thread->start();
}

void EvidencePanel::finishImport()
{
    std::unique_ptr<Import> job = std::move(m_import);
    job->timer->stop();
    job->timer->deleteLater();
    job->dialog->deleteLater();
    job->thread->deleteLater();
    m_attach->setEnabled(m_ticketId != 0);
    QString error = job->error;
    std::optional<EvidenceRecord> record;
    if (job->result) {
        record = m_store.attach(job->ticketId, job->result->fileName,
                                QString::fromLatin1(job->result->sha256), job->result->metrics,
                                m_repository.now(), m_repository.actor(), &error);
    }
    if (!record) {
        m_hint->setText(tr("Could not attach the file: %1").arg(error));
        m_hint->show();
        Q_EMIT attachFailed(error);
        return;
    }
    Q_EMIT m_repository.ticketChanged(job->ticketId);
    if (job->ticketId == m_ticketId)
        reload(record->id);
    Q_EMIT attached(record->id);
}

namespace {

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString seconds(double s)
{
    return QString::number(s, 'f', s < 10 ? 1 : 0);
}

} // namespace

QString EvidencePanel::findingText(const Finding& f) const
{
    QString what;
    QString unit;
    if (f.metric == QLatin1String("loss_up")) {
        what = tr("Loss of what the customer sends");
        unit = QStringLiteral(" %");
    } else if (f.metric == QLatin1String("loss_down")) {
        what = tr("Loss of what the customer receives");
        unit = QStringLiteral(" %");
    } else if (f.metric == QLatin1String("jitter")) {
        what = tr("Jitter");
        unit = tr(" ms");
    } else if (f.metric == QLatin1String("rtt")) {
        what = tr("Round trip");
        unit = tr(" ms");
    } else if (f.metric == QLatin1String("mos")) {
        what = tr("Estimated MOS");
    } else if (f.metric == QLatin1String("freezes")) {
        what = tr("Video freezes, seconds per minute");
    } else if (f.metric == QLatin1String("cpu_limited")) {
        what = tr("Video sending limited by the device's processor, share of its time");
        unit = QStringLiteral(" %");
    } else if (f.metric == QLatin1String("connection_lost") ||
               f.metric == QLatin1String("connection_failed")) {
        const QString text =
            f.metric == QLatin1String("connection_lost")
                ? tr("Connection lost at %1 after working for %2 s")
                      .arg(clock(f.to), seconds(f.value))
                : tr("Connection could not be set up (tried from %1, failed at %2)")
                      .arg(clock(f.from), clock(f.to));
        return f.decides ? text
                         : tr("%1 (a side connection; the call's media used another)").arg(text);
    } else {
        what = tr("Sending limited by bandwidth, share of the call");
        unit = QStringLiteral(" %");
    }
    const QString level = f.level == Level::Bad ? tr("bad") : tr("noticeable");
    return tr("%1: %2%3 from %4 to %5 (%6; limit %7 of %8)")
        .arg(what, QString::number(f.value, 'f', 1), unit, clock(f.from), clock(f.to), level,
             QString::number(f.threshold, 'g', 3), f.profileId);
}

QString EvidencePanel::candidateText(const CandidateInfo& c) const
{
    QString type;
    if (c.type == QLatin1String("host"))
        type = tr("direct (host)");
    else if (c.type == QLatin1String("srflx") || c.type == QLatin1String("prflx"))
        type = tr("through NAT (%1)").arg(c.type);
    else if (c.type == QLatin1String("relay"))
        type = c.relayProtocol.isEmpty()
                   ? tr("relay server")
                   : tr("relay server, reached over %1").arg(c.relayProtocol.toUpper());
    else
        type = tr("unknown");
    return c.networkType.isEmpty() ? type : tr("%1, %2").arg(type, c.networkType);
}

QString EvidencePanel::pathText(const CallMetrics& m) const
{
    QStringList lines;
    int number = 0;
    for (const ConnectionSummary& c : m.connections) {
        ++number;
        QStringList parts;
        if (c.failed && !c.everConnected)
            parts << tr("could not be set up (failed at %1)").arg(clock(c.failedAt));
        else if (c.failed)
            parts << tr("lost at %1").arg(clock(c.failedAt));
        if (known(c.connectMs))
            parts << tr("connected in %1 s").arg(seconds(c.connectMs / 1000));
        if (!c.local.type.isEmpty() || !c.remote.type.isEmpty()) {
            const QString protocol =
                (c.local.protocol.isEmpty() ? c.remote.protocol : c.local.protocol).toUpper();
            parts << tr("customer side %1 → far side %2, over %3")
                         .arg(candidateText(c.local), candidateText(c.remote),
                              protocol.isEmpty() ? tr("an unknown protocol") : protocol);
        }
        if (c.iceRestarts > 0)
            parts << tr("%n ICE restart(s)", nullptr, c.iceRestarts);
        if (c.disconnects > 0)
            parts << tr("%n interruption(s)", nullptr, c.disconnects);
        if (!c.carriedMedia)
            parts << tr("carried no media");
        if (parts.isEmpty())
            parts << tr("no details in the file");
        lines << tr("Connection %1: %2").arg(number).arg(parts.join(QStringLiteral("; ")));
    }
    QStringList encoders;
    for (const SenderSummary& sender : m.senders) {
        if (!sender.encoder.isEmpty() && !encoders.contains(sender.encoder))
            encoders << sender.encoder;
    }
    if (!encoders.isEmpty() || !m.decoders.isEmpty())
        lines << tr("Video encoder: %1; decoder: %2")
                     .arg(encoders.isEmpty() ? tr("not in the file")
                                             : encoders.join(QStringLiteral(", ")),
                          m.decoders.isEmpty() ? tr("not in the file")
                                               : m.decoders.join(QStringLiteral(", ")));
    if (m.truncated)
        lines << tr("The file lost the start of the call (the browser keeps 1,000 samples per "
                    "figure): everything here covers %1 to %2 only.")
                     .arg(clock(m.start), clock(m.end));
    return lines.join(QLatin1Char('\n'));
}

} // namespace rtcare
