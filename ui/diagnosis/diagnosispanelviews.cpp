// SPDX-License-Identifier: MIT
// What the diagnosis panel shows: the question and its answers, progress through the
// three facts, the ranking, the category suggestion and the incident hint.
#include "diagnosis/diagnosispanel.h"

#include "diagnosis/devicemodels.h"
#include "diagnosis/diagnosisfiles.h"
#include "diagnosis/rootcause.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "diagnosis/suggestioncompleter.h"
#include "text/listjoin.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
constexpr int kBarCells = 10;
constexpr int kShownReasons = 3;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

void DiagnosisPanel::showQuestion()
{
    // The agent is answering when the focus is in the panel, or nowhere while this window
    // (or a suggestion pop-up over it, just closing) is active: the next question takes it.
    QWidget* focus = QApplication::focusWidget();
    const QWidget* active = QApplication::activeWindow();
    const bool focusInside =
        focus ? focus == this || isAncestorOf(focus) || focus->window()->windowType() == Qt::Popup
              : isVisible() && (active == window() || (active && active->windowType() == Qt::Popup));
    // The clicked button may be the sender: hide now, delete later.
    for (QPushButton* button : std::as_const(m_answerButtons)) {
        button->hide();
        button->setObjectName(QString());
        button->deleteLater();
    }
    m_answerButtons.clear();
    m_textAnswer->hide();

    const diagnosis::Question* question = currentQuestion();
    m_back->setEnabled(m_index > 0);
    m_skip->setEnabled(question != nullptr);
    m_copy->setEnabled(question != nullptr);
    if (!question) {
        m_questionLabel->setText(tr("All questions asked"));
        m_phrasing->setText(tr("The answers and the likely cause are saved on the ticket. Press "
                               "Backspace to change an answer."));
        if (focusInside)
            m_back->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_questionLabel->setText(question->label.text());
    m_phrasing->setText(question->phrasing.text());
    if (question->kind == diagnosis::Question::Kind::Text) {
        if (m_completerKind != question->completion) {
            m_completerKind = question->completion;
            // Never delete a completer here: this runs from the line edit's Return, which
            // the completer's own event filter may still be delivering.
            m_textAnswer->setCompleter(suggestionCompleter(question->completion));
        }
        m_textAnswer->setAccessibleName(question->label.text());
        m_textAnswer->setPlaceholderText(question->placeholder.text());
        m_textAnswer->setText(m_answers.value(question->id));
        m_textAnswer->show();
        if (focusInside)
            m_textAnswer->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString current = m_answers.value(question->id);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    for (int i = 0; i < question->answers.size(); ++i) {
        const diagnosis::AnswerOption& option = question->answers.at(i);
        //: An answer button: %1 its key (1-9), %2 the answer
        auto* button =
            new QPushButton(tr("%1   %2").arg(i + 1).arg(option.text.text()), m_answerBox);
        button->setObjectName(u"answer%1"_s.arg(i + 1));
        button->setAccessibleName(option.text.text());
        button->setToolTip(tr("Press %1").arg(i + 1));
        button->setFont(big);
        button->setMinimumHeight(button->sizeHint().height() + 12);
        button->setStyleSheet(u"QPushButton { text-align: left; padding-left: 10px; }"_s);
        button->setCheckable(true);
        button->setChecked(option.id == current);
        connect(button, &QPushButton::clicked, this, [this, i] { chooseAnswer(i + 1); });
        m_answerLayout->addWidget(button);
        // Shown now, not when the layout gets to it: a hidden button cannot take the focus.
        button->show();
        m_answerButtons.append(button);
    }
    if (focusInside && !m_answerButtons.isEmpty())
        m_answerButtons.constFirst()->setFocus(Qt::OtherFocusReason);
}

QCompleter* DiagnosisPanel::suggestionCompleter(const QString& kind)
{
    if (kind.isEmpty())
        return nullptr;
    QStringList suggestions;
    if (kind == "device_models"_L1)
        suggestions = diagnosis::deviceModelSuggestions(m_repository.database());
    else if (kind == "os_versions"_L1)
        suggestions = diagnosis::osSuggestions(m_repository.database());
    else if (kind == "regions"_L1)
        suggestions = diagnosis::regionSuggestions(m_repository.database());
    QCompleter* completer = m_completers.value(kind);
    if (!completer) {
        completer = createSuggestionCompleter(suggestions, this);
        if (completer)
            m_completers.insert(kind, completer);
    } else {
        updateSuggestions(completer, suggestions);
    }
    return completer;
}

void DiagnosisPanel::showProgress()
{
    const QList<const diagnosis::Question*> questions = applicable();
    const struct
    {
        const char* fact;
        QString name;
    } facts[] = {
        {"scenario", tr("Scenario")}, {"network", tr("Network")}, {"device", tr("Device")}};
    QStringList parts;
    for (const auto& fact : facts) {
        int total = 0;
        int answered = 0;
        for (const diagnosis::Question* q : questions) {
            if (q->fact != QLatin1String(fact.fact))
                continue;
            ++total;
            answered += m_answers.contains(q->id) ? 1 : 0;
        }
        const QString mark = answered == 0 ? u"○"_s : answered < total ? u"◐"_s : u"✓"_s;
        parts.append(mark + u' ' + fact.name);
    }
    const QString step = m_index < questions.size()
                             //: %1 the question's position, %2 how many questions apply
                             ? tr("question %1 of %2").arg(m_index + 1).arg(questions.size())
                             : tr("all %1 questions asked").arg(questions.size());
    //: %1 the three facts with their marks, %2 "question 3 of 12"
    m_progress->setText(tr("The three facts: %1 — %2").arg(parts.join(u"  ·  "_s), step));
}

void DiagnosisPanel::showRanking()
{
    const QList<diagnosis::RankedCause> ranked = ranking();
    const QString language = diagnosis::currentLanguage();
    QString html;
    for (const diagnosis::RankedCause& cause : ranked) {
        if (cause.confidence <= 0)
            continue;
        const int percent = qRound(cause.confidence * 100);
        const int cells = qRound(cause.confidence * kBarCells);
        html += u"<p><b>%1</b> %2 %3 %<br><small>%4</small></p>"_s.arg(
            escaped(rootCauseDisplayName(cause.cause)),
            QString(cells, u'█') + QString(kBarCells - cells, u'░'), QString::number(percent),
            escaped(cause.why(language)));
    }
    m_rankingLabel->setText(html);
    QString steps;
    for (const LocalizedText& step : m_steps.forCause(ranked.constFirst().cause))
        steps += u"<li>%1</li>"_s.arg(escaped(step.text()));
    m_stepsLabel->setText(steps.isEmpty()
                              ? QString()
                              : u"<b>%1</b><ol>%2</ol>"_s.arg(escaped(tr("Next steps")), steps));
}

void DiagnosisPanel::showSuggestion()
{
    if (!m_ticket)
        return;
    const SlaPolicy& policy = m_repository.policy();
    const QString tierId = policy.priorityFor(m_suggestion.category, m_ticket->customer);
    const Tier* tier = policy.tier(tierId);
    const int minutes = tier ? tier->firstResponseMinutes : 0;
    const QString within =
        minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 min").arg(minutes);
    //: %1 category, %2 priority tier, %3 first-response time ("15 min")
    QString html = u"<b>%1</b>"_s.arg(escaped(tr("Suggested: %1 → %2, first response within %3")
                                                  .arg(categoryDisplayName(m_suggestion.category),
                                                       tier ? tier->name.text() : tierId, within)));
    if (tierId != policy.tierForCategory(m_suggestion.category))
        html += u"<br>"_s + escaped(tr("Escalated: enterprise key-business complaint"));
    const QStringList reasons = m_suggestion.reasons(diagnosis::currentLanguage());
    html += u"<ul>"_s;
    for (const QString& reason : reasons.mid(0, kShownReasons))
        html += u"<li>%1</li>"_s.arg(escaped(reason));
    html += u"</ul>"_s;
    const bool differs = m_suggestion.category != m_ticket->category;
    html += escaped(differs ? tr("The ticket is filed as %1; accept the suggestion or choose "
                                 "another category below.")
                                  .arg(categoryDisplayName(m_ticket->category))
                            : tr("The ticket is filed in this category."));
    m_suggestionLabel->setText(html);
    // What the panel filled in follows the suggestion; what the agent chose stays.
    const QString suggested = categoryId(m_suggestion.category);
    if (m_autoCategory.isEmpty() || m_category->currentData().toString() == m_autoCategory)
        m_category->setCurrentIndex(m_category->findData(suggested));
    m_autoCategory = suggested;
    const QString autoReason = differs && !reasons.isEmpty()
                                   ? tr("Suggested from what the customer said: %1").arg(reasons.first())
                                   : QString();
    if (m_categoryReason->text().isEmpty() || m_categoryReason->text() == m_autoReason)
        m_categoryReason->setText(autoReason);
    m_autoReason = autoReason;
}

void DiagnosisPanel::refreshIncidents()
{
    m_hints.clear();
    if (m_ticket) {
        const diagnosis::IncidentDetector detector(m_repository.database(), m_incidentSettings);
        m_hints = detector.hintsFor(*m_ticket);
    }
    if (m_hints.isEmpty()) {
        m_incidentLabel->hide();
        return;
    }
    QString html = u"<b>⚠ %1</b>"_s.arg(escaped(tr("Possible wider incident")));
    for (const diagnosis::IncidentHint& hint : std::as_const(m_hints)) {
        QString shared = hint.value;
        QString field = hint.field;
        if (hint.field == "region"_L1) {
            field = tr("region");
        } else if (hint.field == "scenario"_L1) {
            field = tr("scenario");
            shared = scenarioDisplayName(hint.value);
        } else if (hint.field == "device_model"_L1) {
            field = tr("device model");
        } else if (hint.field == "network"_L1) {
            field = tr("network");
            shared = networkDisplayName(hint.value);
        }
        QStringList links;
        for (const diagnosis::LinkedTicket& linked : hint.tickets) {
            links.append(
                linked.id == m_ticketId
                    ? u"<b>%1</b>"_s.arg(escaped(linked.number))
                    : u"<a href=\"ticket:%1\">%2</a>"_s.arg(linked.id).arg(escaped(linked.number)));
        }
        //: %1 count, %2 category, %3 minutes, %4 "region", %5 the shared value
        html += u"<p>%1<br>%2</p>"_s.arg(
            escaped(tr("%1 open “%2” tickets within %3 min share the %4 “%5”. Is it on our "
                       "side? Tell engineering and link the tickets.")
                        .arg(QString::number(hint.tickets.size()),
                             categoryDisplayName(hint.category),
                             QString::number(m_incidentSettings.windowMinutes), field, shared)),
            joinList(links));
    }
    m_incidentLabel->setText(html);
    m_incidentLabel->show();
}

void DiagnosisPanel::copyPhrasing()
{
    if (!currentQuestion())
        return;
    QApplication::clipboard()->setText(m_phrasing->text());
    setMessage(tr("Copied: paste it to the customer."), false);
}

} // namespace rtcare
