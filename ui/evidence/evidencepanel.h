// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/evidencesentence.h"
#include "evidence/evidencestore.h"
#include "ticket/tickettab.h"

#include <QList>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rtcare {

class EvidenceCard;
class EvidenceChart;
class EvidencePairView;
class TicketRepository;

// The ticket's call-quality evidence: attach (open or drop) call-statistics files, read
// the summary per direction against a threshold profile, the timeline with the bad
// intervals, the verdict and the sentence to send. Several files per ticket (both
// participants of a call).
class EvidencePanel : public TicketTab
{
    Q_OBJECT
public:
    EvidencePanel(TicketRepository& repository, QWidget* parent = nullptr);
    ~EvidencePanel() override;

    void showTicket(qint64 id) override;
    // The Attach button (Space opens the file dialog).
    void focusFirstControl() override;
    // Imports a file in a worker thread (progress dialog for big files, cancellable) and
    // attaches it to the shown ticket; emits attached() or attachFailed().
    void attachFile(const QString& path);
    void selectProfile(const QString& id);
    void selectLanguage(const QString& language);
    // Removes the selected file's evidence (audited).
    void removeSelected();

    // For tests and the reply editor.
    [[nodiscard]] int evidenceCount() const { return int(m_records.size()); }
    [[nodiscard]] QString sentence() const;
    [[nodiscard]] const evidence::EvidenceSentences& sentences() const { return m_sentences; }
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] QString pathDescription() const;
    // The legend under the timeline, as shown (wrapped to the pane's width).
    [[nodiscard]] QStringList legendLabels() const;
    [[nodiscard]] EvidenceCard* uplinkCard() const { return m_uplink; }
    [[nodiscard]] EvidenceCard* downlinkCard() const { return m_downlink; }
    [[nodiscard]] EvidenceChart* chart() const { return m_chart; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    // Two or more files: both participants of one call side by side (checkable).
    [[nodiscard]] QPushButton* compareButton() const { return m_compare; }
    [[nodiscard]] EvidencePairView* pairView() const { return m_pairView; }

Q_SIGNALS:
    void attached(qint64 evidenceId);
    void attachFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFile();
    void reload(qint64 selectId = 0);
    void showSelected();
    // Both participants: the selected file and the other one chosen, in the order shown.
    void showPair(const evidence::ThresholdProfile& profile);
    void copySentence();
    void showLegend();
    void finishImport();
    [[nodiscard]] QString findingText(const evidence::Finding& finding) const;
    // The peer connections: set-up, failure, the selected route; the codecs; coverage.
    [[nodiscard]] QString pathText(const evidence::CallMetrics& metrics) const;
    [[nodiscard]] QString candidateText(const evidence::CandidateInfo& candidate) const;

    TicketRepository& m_repository;
    evidence::EvidenceStore m_store;
    qint64 m_ticketId = 0;
    QList<evidence::EvidenceRecord> m_records;
    evidence::EvidenceSentences m_sentences;
    QString m_language;

    QPushButton* m_attach = nullptr;
    QComboBox* m_files = nullptr;
    QComboBox* m_profiles = nullptr;
    QComboBox* m_languages = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_findings = nullptr;
    QLabel* m_path = nullptr;
    EvidenceCard* m_uplink = nullptr;
    EvidenceCard* m_downlink = nullptr;
    EvidenceChart* m_chart = nullptr;
    QWidget* m_legend = nullptr;
    QPlainTextEdit* m_sentence = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_compare = nullptr;
    QLabel* m_otherLabel = nullptr;
    QComboBox* m_other = nullptr;
    QWidget* m_single = nullptr;
    EvidencePairView* m_pairView = nullptr;
    bool m_swapped = false;

    struct Import;
    std::unique_ptr<Import> m_import;
};

} // namespace rtcare
