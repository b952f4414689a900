// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosispanel.h"

#include "diagnosis/devicemodels.h"
#include "diagnosis/diagnosisfiles.h"
#include "evidence/evidencestore.h"
#include "evidence/thresholdprofiles.h"
#include "window/mainwindow.h"
#include "model/category.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "text/listjoin.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
constexpr int kSideBySideWidth = 720;
} // namespace

DiagnosisPanel::DiagnosisPanel(TicketRepository& repository, QWidget* parent)
    : TicketTab(parent), m_repository(repository),
      m_questionnaire(diagnosis::Questionnaire::builtIn()),
      m_steps(diagnosis::NextSteps::builtIn()),
      m_classifier(diagnosis::CategorySuggester::builtIn())
{
    setObjectName(u"diagnosisPanel"_s);
    setAccessibleName(tr("Guided diagnosis"));
    // The user's override files, when present and valid; otherwise the built-in ones.
    QString error;
    if (auto questionnaire = diagnosis::Questionnaire::load(&error))
        m_questionnaire = *questionnaire;
    else
        m_loadProblem = error;
    if (auto steps = diagnosis::NextSteps::load(&error))
        m_steps = *steps;
    else
        m_loadProblem = error;
    QString rulesProblem;
    m_classifier = diagnosis::CategorySuggester::load(&rulesProblem);
    if (!rulesProblem.isEmpty())
        m_loadProblem = rulesProblem;
    if (auto settings = diagnosis::IncidentSettings::load(&error))
        m_incidentSettings = *settings;
    else
        m_loadProblem = error;

    buildUi();

    connect(&m_repository, &TicketRepository::ticketChanged, this, [this](qint64 id) {
        if (id == m_ticketId)
            reloadTicket();
        else if (m_ticket)
            refreshIncidents();
    });
    connect(&m_repository, &TicketRepository::ticketCreated, this, [this] {
        if (m_ticket)
            refreshIncidents();
    });
    if (auto* window = qobject_cast<MainWindow*>(parent)) {
        connect(this, &DiagnosisPanel::ticketLinkActivated, window, [window](qint64 id) {
            if (!window->selectTicket(id)) {
                window->setFilter(QueueFilter::All);
                window->selectTicket(id);
            }
        });
        // Escape goes back to the queue, as in the ticket's details.
        auto* backToQueue = new QAction(tr("Back to the queue"), this);
        backToQueue->setShortcut(QKeySequence(Qt::Key_Escape));
        backToQueue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(backToQueue, &QAction::triggered, window,
                [window] { window->queueView()->setFocus(Qt::ShortcutFocusReason); });
        addAction(backToQueue);
    }
    showTicket(0);
}

void DiagnosisPanel::resizeEvent(QResizeEvent* event)
{
    TicketTab::resizeEvent(event);
    m_columns->setDirection(width() >= kSideBySideWidth ? QBoxLayout::LeftToRight
                                                        : QBoxLayout::TopToBottom);
}

void DiagnosisPanel::showEvent(QShowEvent* event)
{
    TicketTab::showEvent(event);
    if (!m_ticket)
        return;
    // Call statistics may have been attached in the evidence tab meanwhile.
    showRanking();
    // The agent opened the tab to answer: the keys 1-9 should work at once.
    if (isActiveWindow())
        focusFirstControl();
}

void DiagnosisPanel::focusFirstControl()
{
    if (!m_answerButtons.isEmpty())
        m_answerButtons.constFirst()->setFocus(Qt::OtherFocusReason);
    else if (m_textAnswer->isVisibleTo(this))
        m_textAnswer->setFocus(Qt::OtherFocusReason);
    else if (m_ticket)
        m_back->setFocus(Qt::OtherFocusReason);
    else
        TicketTab::focusFirstControl();
}

void DiagnosisPanel::showTicket(qint64 id)
{
    if (id > 0 && id == m_ticketId && m_ticket) {
        reloadTicket(); // the same ticket again: keep the answers in progress
        return;
    }
    if (m_dirty && m_ticket)
        save();
    m_ticketId = id;
    m_ticket.reset();
    m_answers.clear();
    m_readFromText.clear();
    m_textSymptoms.clear();
    m_dirty = false;
    m_autoReason.clear();
    m_autoCategory.clear();
    setMessage({}, false);
    if (id > 0)
        m_ticket = m_repository.find(id);
    if (!m_ticket) {
        m_ticketId = 0;
        m_hints.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    QString ignored;
    // Answers given but not yet written to the ticket (the window closed or crashed) win.
    const QString draft = m_repository.diagnosisDraft(id);
    m_dirty = !draft.isEmpty();
    const QString answersJson = draft.isEmpty() ? m_ticket->diagnosisAnswers : draft;
    if (auto stored = diagnosis::answersFromJson(answersJson.toUtf8(), QString(), &ignored)) {
        // Answers a changed questionnaire no longer knows are dropped.
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            const diagnosis::Question* q = m_questionnaire.question(it.key());
            if (q && (q->kind == diagnosis::Question::Kind::Text || q->answer(it.value())))
                m_answers.insert(it.key(), it.value());
        }
    }
    // What the ticket already knows counts as answered; so does what the customer's message
    // says (issue 13), marked as read from it until saved.
    const diagnosis::ComplaintFacts facts = m_classifier.readFacts(m_ticket->description);
    m_suggestion = m_classifier.classify(m_ticket->description, diagnosis::TextLanguage::Auto,
                                         {}, &facts);
    m_textSymptoms = m_suggestion.prefillSymptoms;
    for (const diagnosis::Question& q : m_questionnaire.questions()) {
        if (m_answers.contains(q.id))
            continue;
        QString known;
        if (q.field == "scenario"_L1)
            known = m_ticket->scenario;
        else if (q.field == "network"_L1)
            known = m_ticket->network;
        else if (q.field == "device_model"_L1)
            known = m_ticket->deviceModel;
        else if (q.field == "os"_L1)
            known = m_ticket->os;
        else if (q.field == "region"_L1)
            known = m_ticket->region;
        else if (q.fact == "symptom"_L1)
            known = m_suggestion.prefillSymptom;
        const bool fromText = known.isEmpty() && !q.field.isEmpty() && q.field != "region"_L1;
        if (fromText)
            known = facts.field(q.field).value;
        if (!known.isEmpty() && (q.kind == diagnosis::Question::Kind::Text || q.answer(known))) {
            m_answers.insert(q.id, known);
            if (fromText)
                m_readFromText.insert(q.id, known);
        }
    }
    m_stack->setCurrentIndex(1);
    reloadTicket();
    goTo(firstOpenIndex());
    if (!m_readFromText.isEmpty()) {
        QStringList read;
        for (auto it = m_readFromText.cbegin(); it != m_readFromText.cend(); ++it)
            read.append(m_questionnaire.question(it.key())->label.text());
        //: %1 the questions answered from the customer's message
        setMessage(tr("Read from the customer's message: %1. Ctrl+S confirms and saves them.")
                       .arg(joinList(read)),
                   false);
    }
}

void DiagnosisPanel::reloadTicket()
{
    if (m_ticketId > 0)
        m_ticket = m_repository.find(m_ticketId);
    if (!m_ticket)
        return;
    m_title->setText(tr("%1 · %2").arg(m_ticket->number, m_ticket->customer.name));
    m_suggestion =
        m_classifier.classify(m_ticket->description, diagnosis::TextLanguage::Auto, m_answers);
    showSuggestion();
    refreshIncidents();
}

QList<const diagnosis::Question*> DiagnosisPanel::applicable() const
{
    // Every symptom the complaint names brings its follow-ups, not only the main one.
    return m_questionnaire.applicableQuestions(m_answers, m_textSymptoms);
}

int DiagnosisPanel::firstOpenIndex() const
{
    const QList<const diagnosis::Question*> questions = applicable();
    for (int i = 0; i < questions.size(); ++i) {
        if (!m_answers.contains(questions.at(i)->id))
            return i;
    }
    return int(questions.size());
}

const diagnosis::Question* DiagnosisPanel::currentQuestion() const
{
    const QList<const diagnosis::Question*> questions = applicable();
    return m_index >= 0 && m_index < questions.size() ? questions.at(m_index) : nullptr;
}

bool DiagnosisPanel::isFinished() const
{
    return m_ticket && !currentQuestion();
}

QList<diagnosis::RankedCause> DiagnosisPanel::ranking() const
{
    // Attached call statistics weigh in (first threshold profile, as the evidence tab opens).
    QString evidenceHint;
    if (m_ticketId > 0) {
        evidenceHint = evidence::EvidenceStore(m_repository.database())
                           .causeHint(m_ticketId, evidence::thresholdProfiles().constFirst());
    }
    return diagnosis::rankRootCauses(m_questionnaire, m_answers, evidenceHint);
}

void DiagnosisPanel::goTo(int index)
{
    m_index = std::clamp(index, 0, int(applicable().size()));
    showQuestion();
    showProgress();
    showRanking();
    if (m_ticket) {
        // The answers count as symptoms too: the suggestion follows them.
        m_suggestion =
            m_classifier.classify(m_ticket->description, diagnosis::TextLanguage::Auto, m_answers);
        showSuggestion();
    }
}

void DiagnosisPanel::next()
{
    if (!m_ticket)
        return;
    // On to the next question still open: what the ticket or the customer's message
    // already answered is not asked again (Backspace goes back to it).
    const QList<const diagnosis::Question*> questions = applicable();
    int to = m_index + 1;
    while (to < questions.size() && m_answers.contains(questions.at(to)->id))
        ++to;
    const bool wasLast = to >= questions.size();
    goTo(to);
    if (wasLast && m_dirty)
        save();
}

void DiagnosisPanel::back()
{
    if (m_ticket && m_index > 0)
        goTo(m_index - 1);
}

bool DiagnosisPanel::chooseAnswer(int number)
{
    const diagnosis::Question* question = currentQuestion();
    if (!question || question->kind != diagnosis::Question::Kind::Choice || number < 1 ||
        number > question->answers.size())
        return false;
    m_answers.insert(question->id, question->answers.at(number - 1).id);
    answerGiven();
    return true;
}

void DiagnosisPanel::acceptText()
{
    const diagnosis::Question* question = currentQuestion();
    if (!question || question->kind != diagnosis::Question::Kind::Text)
        return;
    const QString text = m_textAnswer->text().trimmed();
    if (text.isEmpty())
        m_answers.remove(question->id);
    else
        m_answers.insert(question->id, text);
    answerGiven();
}

void DiagnosisPanel::answerGiven()
{
    m_dirty = true;
    QString error;
    if (!m_repository.saveDiagnosisDraft(m_ticketId, diagnosis::answersToJson(m_answers), &error))
        setMessage(error, true);
    next();
}

void DiagnosisPanel::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (key >= Qt::Key_1 && key <= Qt::Key_9 && chooseAnswer(key - Qt::Key_0)) {
            event->accept();
            return;
        }
        if (key == Qt::Key_Backspace && m_ticket) {
            back();
            event->accept();
            return;
        }
    }
    TicketTab::keyPressEvent(event);
}

bool DiagnosisPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_category && event->type() == QEvent::Wheel && !m_category->hasFocus()) {
        event->ignore(); // the scroll area behind scrolls instead
        return true;
    }
    if (watched == m_textAnswer && event->type() == QEvent::ShortcutOverride) {
        // The line edit would take Ctrl+Right as "next word"; here it means skip.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (QKeySequence(key->keyCombination()) == m_skip->shortcut())
            return true; // left ignored: the Skip shortcut fires
    }
    return TicketTab::eventFilter(watched, event);
}

bool DiagnosisPanel::save()
{
    if (!m_ticket)
        return false;
    DiagnosisRecord record;
    record.scenario = m_ticket->scenario;
    record.network = m_ticket->network;
    record.deviceModel = m_ticket->deviceModel;
    record.os = m_ticket->os;
    record.region = m_ticket->region;
    diagnosis::Answers kept;
    for (const diagnosis::Question* q : applicable()) {
        const QString answer = m_answers.value(q->id);
        if (answer.isEmpty())
            continue;
        kept.insert(q->id, answer);
        if (q->field == "scenario"_L1)
            record.scenario = answer;
        else if (q->field == "network"_L1)
            record.network = answer;
        else if (q->field == "device_model"_L1)
            record.deviceModel = answer;
        else if (q->field == "os"_L1)
            record.os = answer;
        else if (q->field == "region"_L1)
            record.region = answer;
    }
    for (auto it = m_readFromText.cbegin(); it != m_readFromText.cend(); ++it) {
        const diagnosis::Question* q = m_questionnaire.question(it.key());
        if (q && kept.value(it.key()) == it.value())
            record.readFromText.append(q->field);
    }
    record.answersJson = diagnosis::answersToJson(kept);
    const QList<diagnosis::RankedCause> ranked = ranking();
    record.hypothesis = kept.isEmpty() ? QString() : ranked.constFirst().cause;
    QString error;
    m_dirty = false;
    if (!m_repository.recordDiagnosis(m_ticketId, record, &error)) {
        m_dirty = true;
        setMessage(error, true);
        return false;
    }
    setMessage(tr("Saved to %1.").arg(m_ticket->number), false);
    return true;
}

void DiagnosisPanel::applyCategory()
{
    if (!m_ticket)
        return;
    const std::optional<Category> category = categoryFromId(m_category->currentData().toString());
    if (!category)
        return;
    QString error;
    if (!m_repository.changeCategory(m_ticketId, *category, m_categoryReason->text(), &error)) {
        setMessage(error, true);
        return;
    }
    m_categoryReason->clear();
    setMessage(tr("Category set to %1.").arg(categoryDisplayName(*category)), false);
}

void DiagnosisPanel::setMessage(const QString& message, bool error)
{
    m_message->setText(error ? tr("Not done: %1").arg(message) : message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace rtcare
