// SPDX-License-Identifier: MIT
#include "ticket/categorysuggestion.h"

#include "diagnosis/diagnosisfiles.h"
#include "model/category.h"
#include "text/listjoin.h"

#include <QComboBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace rtcare {

CategorySuggestion::CategorySuggestion(QPlainTextEdit* description, QComboBox* category,
                                       QWidget* parent)
    : QLabel(parent), m_description(description), m_category(category),
      m_classifier(diagnosis::CategorySuggester::builtIn())
{
    setObjectName(u"categorySuggestion"_s);
    setAccessibleName(tr("Suggested category"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classifier = diagnosis::CategorySuggester::load();
    // `activated` comes from the agent only, never from setCurrentIndex.
    connect(m_category, &QComboBox::activated, this, [this] {
        m_overridden = true;
        update();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &CategorySuggestion::update);
    update();
}

void CategorySuggestion::update()
{
    const QString text = m_description->toPlainText();
    if (text.trimmed().isEmpty()) {
        hide();
        return;
    }
    m_result = m_classifier.classify(text);
    const QStringList reasons = m_result.reasons(diagnosis::currentLanguage());
    const QString category = categoryDisplayName(m_result.category);
    //: %1 the suggested category, %2 the words that decided it
    QString line = tr("Suggested: %1 (%2)").arg(category, joinClauses(reasons.mid(0, 2)));
    if (!m_classifier.hasModel() && !m_classifier.modelProblem().isEmpty())
        //: %1 why the learned model is not used (names the file)
        line += u'\n' + tr("Keyword rules only: %1").arg(m_classifier.modelProblem());
    if (m_overridden && m_category->currentData().toString() != categoryId(m_result.category))
        line += u'\n' + tr("Your choice stands; the suggestion is only a hint.");
    setText(line);
    show();
    if (!m_overridden)
        m_category->setCurrentIndex(m_category->findData(categoryId(m_result.category)));
}

} // namespace rtcare
