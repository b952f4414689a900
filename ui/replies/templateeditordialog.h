// SPDX-License-Identifier: MIT
#pragma once

#include "replies/templatelibrary.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rtcare {

// The team lead's template editor: id, stage, title and body in both languages. Saving
// writes the team's templates.json (replies override folder); the built-in file is never
// changed, and a template of the same id replaces the built-in one.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateEditorDialog(const replies::ReplyTemplate& initial, QWidget* parent = nullptr);

    [[nodiscard]] replies::ReplyTemplate result() const;
    void setBody(const QString& language, const QString& text);
    // Validates and writes to `path`; shows the error and returns false when it fails.
    bool save(const QString& path);

private:
    QLineEdit* m_id = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QLineEdit* m_titleZh = nullptr;
    QPlainTextEdit* m_bodyEn = nullptr;
    QPlainTextEdit* m_bodyZh = nullptr;
};

} // namespace rtcare
