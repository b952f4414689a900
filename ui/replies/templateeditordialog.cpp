// SPDX-License-Identifier: MIT
#include "replies/templateeditordialog.h"

#include "model/inputlimits.h"
#include "storage/teamdata.h"
#include "widgets/textlimit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rtcare {

using namespace replies;

TemplateEditorDialog::TemplateEditorDialog(const ReplyTemplate& initial, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit reply template"));
    auto* form = new QFormLayout(this);
    m_id = new QLineEdit(initial.id, this);
    m_stage = new QComboBox(this);
    m_stage->addItems(templateStages());
    m_stage->setCurrentText(initial.stage);
    m_titleEn = new QLineEdit(initial.titleEn, this);
    m_titleZh = new QLineEdit(initial.titleZh, this);
    m_bodyEn = new QPlainTextEdit(initial.bodyEn, this);
    m_bodyZh = new QPlainTextEdit(initial.bodyZh, this);
    for (QLineEdit* line : {m_id, m_titleEn, m_titleZh})
        line->setMaxLength(int(limits::kFieldChars));
    for (QPlainTextEdit* body : {m_bodyEn, m_bodyZh})
        limitPlainText(body, limits::kReplyChars, {});
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Title (Chinese):"), m_titleZh);
    form->addRow(tr("Text (English):"), m_bodyEn);
    form->addRow(tr("Text (Chinese):"), m_bodyZh);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReplyTemplate TemplateEditorDialog::result() const
{
    ReplyTemplate t;
    t.id = m_id->text().trimmed();
    t.stage = m_stage->currentText();
    t.titleEn = m_titleEn->text().trimmed();
    t.titleZh = m_titleZh->text().trimmed();
    t.bodyEn = m_bodyEn->toPlainText().trimmed();
    t.bodyZh = m_bodyZh->toPlainText().trimmed();
    return t;
}

void TemplateEditorDialog::setBody(const QString& language, const QString& text)
{
    (language.startsWith(QLatin1String("zh")) ? m_bodyZh : m_bodyEn)->setPlainText(text);
}

bool TemplateEditorDialog::save(const QString& path)
{
    const ReplyTemplate t = result();
    QString error;
    if (t.id.isEmpty() || t.bodyEn.isEmpty() || t.bodyZh.isEmpty())
        error = tr("A template needs an id and a text in both languages.");
    else if (!TemplateLibrary::saveUserTemplate(path, t, &error))
        error = tr("Could not save the template: %1").arg(error);
    if (error.isEmpty())
        return true;
    QMessageBox::warning(this, windowTitle(), error);
    return false;
}

bool TemplateEditorDialog::saveShared(const Database& database, const QString& actor)
{
    const ReplyTemplate t = result();
    QString error;
    StorageError failure;
    if (t.id.isEmpty() || t.bodyEn.isEmpty() || t.bodyZh.isEmpty()) {
        error = tr("A template needs an id and a text in both languages.");
    } else {
        const QString name = QStringLiteral("templates");
        const std::optional<teamdata::Document> stored = teamdata::read(database, name, &failure);
        std::optional<QByteArray> document;
        if (failure.message.isEmpty())
            document = TemplateLibrary::withTemplate(stored ? stored->json : QByteArray(), t,
                                                     name, &failure.message);
        if (document && teamdata::write(database, name, *document, actor, &failure))
            return true;
        error = tr("Could not save the template for the team: %1").arg(failure.message);
    }
    QMessageBox::warning(this, windowTitle(), error);
    return false;
}

} // namespace rtcare
