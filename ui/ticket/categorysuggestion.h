// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/categorysuggester.h"

#include <QLabel>

class QComboBox;
class QPlainTextEdit;

namespace rtcare {

// Where the agent files a complaint: suggests the category from the description as they
// type (keyword rules and the learned model), with the words that decided it and, when the
// suggestion is unsure, the two categories it hesitates between; selects it in the
// category box until the agent picks a category by hand (their choice then stands).
class CategorySuggestion : public QLabel
{
    Q_OBJECT
public:
    CategorySuggestion(QPlainTextEdit* description, QComboBox* category, QWidget* parent);

    [[nodiscard]] const diagnosis::Classification& classification() const { return m_result; }
    [[nodiscard]] bool overridden() const { return m_overridden; }

private:
    void update();

    QPlainTextEdit* m_description;
    QComboBox* m_category;
    diagnosis::CategorySuggester m_classifier;
    diagnosis::Classification m_result;
    bool m_overridden = false;
};

} // namespace rtcare
