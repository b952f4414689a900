// SPDX-License-Identifier: MIT
#pragma once

#include "replies/templatelibrary.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rtcare {

class Database;

// The team lead's template editor: id, stage, title and body in both languages. Saving
// writes the team's templates.json (replies override folder), or on a team server the
// team's shared templates; the built-in file is never changed, and a template of the same
// id replaces the built-in one.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateEditorDialog(const replies::ReplyTemplate& initial, QWidget* parent = nullptr);

    [[nodiscard]] replies::ReplyTemplate result() const;
    void setBody(const QString& language, const QString& text);
    // Validates and writes to `path`; shows the error and returns false when it fails.
    bool save(const QString& path);
    // On a team server: validates and stores the template in the team's shared templates
    // (teamdata.h) as `actor`; shows the error (an agent's write refused by the server)
    // and returns false when it fails.
    bool saveShared(const Database& database, const QString& actor);

private:
    QLineEdit* m_id = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QLineEdit* m_titleZh = nullptr;
    QPlainTextEdit* m_bodyEn = nullptr;
    QPlainTextEdit* m_bodyZh = nullptr;
};

} // namespace rtcare
