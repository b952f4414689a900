// SPDX-License-Identifier: MIT
// The diagnosis panel's widgets: the question area (progress, question, phrasing with its
// copy button, answers, navigation) and the sidebar (category, ranking, next steps), with
// the incident hint under the title.
#include "diagnosis/diagnosispanel.h"

#include "model/category.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
QLabel* textLabel(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

void DiagnosisPanel::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Select a ticket in the queue to diagnose it"), m_stack);
    empty->setObjectName(u"diagnosisEmptyState"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    m_title = textLabel(page, u"diagnosisTitle"_s, tr("Ticket"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    pageLayout->addWidget(m_title);
    if (!m_loadProblem.isEmpty()) {
        auto* problem = textLabel(page, u"diagnosisLoadProblem"_s, tr("Diagnosis files"));
        problem->setText(tr("A diagnosis file of yours could not be used; the built-in one "
                            "applies instead: %1")
                             .arg(m_loadProblem));
        pageLayout->addWidget(problem);
    }
    m_incidentLabel = textLabel(page, u"incidentHint"_s, tr("Possible wider incident"));
    m_incidentLabel->setTextFormat(Qt::RichText);
    m_incidentLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_incidentLabel->setStyleSheet(u"QLabel { border: 2px solid palette(highlight); "
                                   "border-radius: 4px; padding: 6px; }"_s);
    connect(m_incidentLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith("ticket:"_L1))
            Q_EMIT ticketLinkActivated(link.mid(7).toLongLong());
    });
    m_incidentLabel->hide();
    pageLayout->addWidget(m_incidentLabel);
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom);
    m_columns->addWidget(buildQuestionArea(page), 3);
    m_columns->addWidget(buildSidebar(page), 2);
    pageLayout->addLayout(m_columns);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* DiagnosisPanel::buildQuestionArea(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_progress = textLabel(box, u"diagnosisProgress"_s, tr("Progress"));
    layout->addWidget(m_progress);

    m_questionLabel = textLabel(box, u"questionLabel"_s, tr("Question"));
    QFont questionFont = m_questionLabel->font();
    questionFont.setBold(true);
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.25);
    m_questionLabel->setFont(questionFont);
    layout->addWidget(m_questionLabel);

    auto* phrasingRow = new QHBoxLayout;
    m_phrasing = textLabel(box, u"questionPhrasing"_s, tr("What to ask the customer"));
    m_phrasing->setStyleSheet(u"QLabel { background: palette(alternate-base); "
                              "border-radius: 4px; padding: 6px; }"_s);
    m_copy = new QPushButton(tr("Copy"), box);
    m_copy->setObjectName(u"copyPhrasing"_s);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the question for the customer (%1)")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copy, &QPushButton::clicked, this, &DiagnosisPanel::copyPhrasing);
    phrasingRow->addWidget(m_phrasing, 1);
    phrasingRow->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(phrasingRow);

    m_answerBox = new QWidget(box);
    m_answerBox->setObjectName(u"answers"_s);
    m_answerLayout = new QVBoxLayout(m_answerBox);
    m_answerLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answerBox);

    m_textAnswer = new QLineEdit(box);
    m_textAnswer->setObjectName(u"textAnswer"_s);
    m_textAnswer->setClearButtonEnabled(true);
    // Return may arrive through the suggestion pop-up's event filter: let the completer
    // finish (and fill in the chosen suggestion) before the panel moves on.
    m_textAnswer->installEventFilter(this);
    connect(m_textAnswer, &QLineEdit::returnPressed, this, [this] {
        const diagnosis::Question* question = currentQuestion();
        if (!question)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, id = question->id] {
                const diagnosis::Question* current = currentQuestion();
                if (current && current->id == id)
                    acceptText();
            },
            Qt::QueuedConnection);
    });
    layout->addWidget(m_textAnswer);

    auto* navigation = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), box);
    m_back->setObjectName(u"backButton"_s);
    m_back->setToolTip(tr("The previous question (Backspace)"));
    connect(m_back, &QPushButton::clicked, this, &DiagnosisPanel::back);
    m_skip = new QPushButton(tr("Skip"), box);
    m_skip->setObjectName(u"skipButton"_s);
    m_skip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_skip->setToolTip(
        tr("Ask this later (%1)").arg(m_skip->shortcut().toString(QKeySequence::NativeText)));
    connect(m_skip, &QPushButton::clicked, this, &DiagnosisPanel::next);
    m_save = new QPushButton(tr("Save to ticket"), box);
    m_save->setObjectName(u"saveDiagnosis"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Store the answers and the likely cause on the ticket (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    navigation->addWidget(m_back);
    navigation->addWidget(m_skip);
    navigation->addStretch(1);
    navigation->addWidget(m_save);
    layout->addLayout(navigation);

    m_message = textLabel(box, u"diagnosisMessage"_s, tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);
    return box;
}

QWidget* DiagnosisPanel::buildSidebar(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* category = new QGroupBox(tr("Category and priority"), box);
    auto* categoryLayout = new QVBoxLayout(category);
    m_suggestionLabel = textLabel(category, u"categorySuggestion"_s, tr("Suggested category"));
    m_suggestionLabel->setTextFormat(Qt::RichText);
    categoryLayout->addWidget(m_suggestionLabel);
    m_category = new QComboBox(category);
    m_category->setObjectName(u"diagnosisCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    for (Category c : kAllCategories)
        m_category->addItem(categoryDisplayName(c), categoryId(c));
    // Scrolling the panel must not change the category: the wheel counts only with focus.
    m_category->setFocusPolicy(Qt::StrongFocus);
    m_category->installEventFilter(this);
    m_categoryReason = new QLineEdit(category);
    m_categoryReason->setObjectName(u"categoryReason"_s);
    m_categoryReason->setAccessibleName(tr("Reason for the category"));
    m_categoryReason->setPlaceholderText(tr("Why (kept in the history)"));
    m_applyCategory = new QPushButton(tr("Set category"), category);
    m_applyCategory->setObjectName(u"applyCategory"_s);
    connect(m_applyCategory, &QPushButton::clicked, this, &DiagnosisPanel::applyCategory);
    connect(m_categoryReason, &QLineEdit::returnPressed, this, &DiagnosisPanel::applyCategory);
    categoryLayout->addWidget(m_category);
    categoryLayout->addWidget(m_categoryReason);
    categoryLayout->addWidget(m_applyCategory);
    layout->addWidget(category);

    auto* ranking = new QGroupBox(tr("Likely causes"), box);
    auto* rankingLayout = new QVBoxLayout(ranking);
    m_rankingLabel = textLabel(ranking, u"ranking"_s, tr("Likely causes"));
    m_rankingLabel->setTextFormat(Qt::RichText);
    m_stepsLabel = textLabel(ranking, u"nextSteps"_s, tr("Next steps"));
    m_stepsLabel->setTextFormat(Qt::RichText);
    rankingLayout->addWidget(m_rankingLabel);
    rankingLayout->addWidget(m_stepsLabel);
    layout->addWidget(ranking);

    layout->addStretch(1);
    return box;
}

} // namespace rtcare
