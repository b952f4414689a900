// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/answers.h"
#include "diagnosis/categorysuggester.h"
#include "diagnosis/classifier.h"
#include "diagnosis/incidentdetector.h"
#include "diagnosis/questionnaire.h"
#include "diagnosis/rootcauseranking.h"
#include "model/ticket.h"
#include "ticket/tickettab.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class QBoxLayout;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace rtcare {

class TicketRepository;

// The guided diagnosis of the selected ticket (issue 3): one question at a time with big
// answers chosen by 1-9, progress through the three facts, the phrasing of each question
// ready to paste to the customer, the live root-cause ranking with its reasons and next
// steps, the suggested category and tier with the words that decided it, and a hint when
// other open tickets suggest a wider incident. Works fully by keyboard: 1-9 answer,
// Backspace goes back, Ctrl+Right skips, Ctrl+Shift+C copies the phrasing, Ctrl+S saves.
class DiagnosisPanel : public TicketTab
{
    Q_OBJECT
public:
    explicit DiagnosisPanel(TicketRepository& repository, QWidget* parent = nullptr);

    void showTicket(qint64 id) override;
    // The first answer, or the text field of a text question.
    void focusFirstControl() override;

    // State, for tests and wiring.
    [[nodiscard]] qint64 ticketId() const { return m_ticketId; }
    [[nodiscard]] const diagnosis::Answers& answers() const { return m_answers; }
    [[nodiscard]] const diagnosis::Question* currentQuestion() const;
    [[nodiscard]] QList<diagnosis::RankedCause> ranking() const;
    [[nodiscard]] const diagnosis::Classification& suggestion() const { return m_suggestion; }
    [[nodiscard]] QList<diagnosis::IncidentHint> incidentHints() const { return m_hints; }
    [[nodiscard]] bool isFinished() const;

    // Answers the current choice question with its answer number `number` (1-based).
    bool chooseAnswer(int number);
    // Writes the answers, the facts and the top root cause to the ticket.
    bool save();

Q_SIGNALS:
    // The agent followed a link to another ticket (the incident hint).
    void ticketLinkActivated(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QWidget* buildQuestionArea(QWidget* parent);
    QWidget* buildSidebar(QWidget* parent);
    void reloadTicket();
    void refreshIncidents();
    void showQuestion();
    [[nodiscard]] QCompleter* suggestionCompleter(const QString& kind);
    void showRanking();
    void showSuggestion();
    void showProgress();
    void goTo(int index);
    void next();
    void back();
    void acceptText();
    void answerGiven(); // keeps the answers as a draft at once, then moves on
    void applyCategory();
    void copyPhrasing();
    [[nodiscard]] QList<const diagnosis::Question*> applicable() const;
    [[nodiscard]] int firstOpenIndex() const;
    void setMessage(const QString& message, bool error);

    TicketRepository& m_repository;
    diagnosis::Questionnaire m_questionnaire;
    diagnosis::NextSteps m_steps;
    diagnosis::CategorySuggester m_classifier; // keyword rules + learned model, and the facts
    diagnosis::IncidentSettings m_incidentSettings;
    QString m_loadProblem; // an override file that could not be used

    qint64 m_ticketId = 0;
    std::optional<Ticket> m_ticket;
    diagnosis::Answers m_answers;
    QHash<QString, QString> m_readFromText; // question id -> answer read from the message
    QStringList m_textSymptoms; // symptom answers the description names (follow-ups for each)
    diagnosis::Classification m_suggestion;
    QList<diagnosis::IncidentHint> m_hints;
    int m_index = 0; // position in the applicable questions; == size when finished
    bool m_dirty = false;
    QString m_autoReason;   // the reason text the panel filled in (the agent may replace it)
    QString m_autoCategory; // the category id the panel selected

    QStackedWidget* m_stack = nullptr;
    QBoxLayout* m_columns = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_questionLabel = nullptr;
    QLabel* m_phrasing = nullptr;
    QPushButton* m_copy = nullptr;
    QWidget* m_answerBox = nullptr;
    QVBoxLayout* m_answerLayout = nullptr;
    QList<QPushButton*> m_answerButtons;
    QLineEdit* m_textAnswer = nullptr;
    QHash<QString, QCompleter*> m_completers; // by completion kind; kept for the panel's life
    QString m_completerKind;
    QPushButton* m_back = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_suggestionLabel = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_categoryReason = nullptr;
    QPushButton* m_applyCategory = nullptr;
    QLabel* m_rankingLabel = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QLabel* m_incidentLabel = nullptr;
};

} // namespace rtcare
