// SPDX-License-Identifier: MIT
#include "replies/replycomposer.h"

#include "evidence/evidencestore.h"
#include "model/inputlimits.h"
#include "replies/commitments.h"
#include "replies/placeholders.h"
#include "replies/replypresence.h"
#include "replies/templateeditordialog.h"
#include "sla/clock.h"
#include "storage/database.h"
#include "storage/teamdata.h"
#include "storage/ticketrepository.h"
#include "text/listjoin.h"
#include "widgets/errorlabel.h"
#include "widgets/flowlayout.h"
#include "widgets/textlimit.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace rtcare {

using namespace replies;

ReplyComposer::ReplyComposer(TicketRepository& repository, QWidget* parent)
    : TicketTab(parent), m_repository(repository), m_store(repository), m_data(loadReplyData(repository.database())),
      m_checker(m_data.rules, m_data.toneModel)
{
    setObjectName(QStringLiteral("replyComposer"));
    auto* outer = new QVBoxLayout(this);
    auto* replying = new QLabel(this);
    replying->setWordWrap(true);
    outer->addWidget(replying);
    m_presence = new ReplyPresence(m_repository, this, replying);
    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_errors->setVisible(!m_data.errors.isEmpty());
    m_errors->setText(tr("Some of your team's reply files could not be used; the built-in set "
                         "is used instead:\n%1")
                          .arg(m_data.errors.join(QLatin1Char('\n'))));
    outer->addWidget(m_errors);

    // Templates above the editor (not beside it) and rows that wrap, so the tab stays
    // narrow enough for the queue to keep its Summary column at 1280 px.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("replySplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    // Template panel.
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_stage = new QComboBox(side);
    m_stage->addItem(tr("Suggested for this ticket"), QStringLiteral("*"));
    m_stage->addItem(tr("All stages"), QString());
    for (const QString& stage : templateStages())
        m_stage->addItem(stageName(stage), stage);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(20);
    m_search = new QLineEdit(side);
    m_search->setPlaceholderText(tr("Search templates"));
    m_search->setClearButtonEnabled(true);
    m_language = new QComboBox(side);
    m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().name().startsWith(QLatin1String("zh")) ? 0 : 1);
    m_templates = new QListWidget(side);
    m_templates->setObjectName(QStringLiteral("replyTemplates"));
    m_templates->setTextElideMode(Qt::ElideRight);
    m_templates->setMinimumHeight(m_templates->fontMetrics().height() * 3);
    auto* insert = new QPushButton(tr("Insert"), side);
    auto* edit = new QPushButton(tr("Edit template…"), side);
    edit->setObjectName(QStringLiteral("replyEditTemplate"));
    m_editTemplate = edit;
    if (!teamdata::canEdit(m_repository.database())) {
        edit->setEnabled(false);
        edit->setToolTip(tr("Only team leads can change the templates the team shares."));
    }
    // Two short rows (the splitter does not grow a pane for a wrapping layout).
    auto* stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stage, 1);
    stageRow->addWidget(m_language);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(insert);
    searchRow->addWidget(edit);
    sideLayout->addLayout(stageRow);
    sideLayout->addLayout(searchRow);
    sideLayout->addWidget(m_templates, 1);

    // Editor and checks.
    auto* main = new QWidget(splitter);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(main);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setPlaceholderText(tr("Write the reply here, or insert a template."));
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);
    mainLayout->addWidget(m_editor, 4); // the draft gets the room the lists below don't need
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 7);
    m_limitNote = createErrorLabel(main);
    m_limitNote->setObjectName(QStringLiteral("replyLimit"));
    mainLayout->addWidget(m_limitNote);
    // Before any other textChanged handler: the checks never see more than the limit.
    limitPlainText(m_editor, limits::kReplyChars, [this](const QString&) {
        m_limitNote->setText(tr("A reply holds at most %1 characters; the text beyond that was "
                                "not kept.")
                                 .arg(QLocale().toString(qint64(limits::kReplyChars))));
        m_limitNote->show();
    });
    m_quickHint = new QLabel(main);
    m_quickHint->setWordWrap(true);
    mainLayout->addWidget(m_quickHint);

    auto* fillRow = new FlowLayout;
    m_placeholder = new QComboBox(main);
    m_placeholderValue = new QLineEdit(main);
    m_placeholderValue->setMaxLength(int(limits::kPlaceholderValueChars));
    m_placeholderValue->setPlaceholderText(tr("Value for the placeholder"));
    m_placeholder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_placeholder->setMinimumContentsLength(12);
    m_fill = new QPushButton(tr("Fill"), main);
    m_placeholderLabel = new QLabel(tr("Placeholders to fill:"), main);
    fillRow->addWidget(m_placeholderLabel);
    fillRow->addWidget(m_placeholder);
    fillRow->addWidget(m_placeholderValue);
    fillRow->addWidget(m_fill);
    mainLayout->addLayout(fillRow);

    m_readiness = new QLabel(main);
    m_readiness->setObjectName(QStringLiteral("replyReadiness"));
    m_readiness->setWordWrap(true);
    mainLayout->addWidget(m_readiness);
    m_findingList = new QListWidget(main);
    m_findingList->setObjectName(QStringLiteral("replyFindings"));
    m_findingList->setWordWrap(true);
    m_findingList->setMaximumHeight(m_findingList->fontMetrics().height() * 8);
    mainLayout->addWidget(m_findingList, 1);
    m_replace = new QPushButton(tr("Replace with the suggestion (Alt+Enter)"), main);
    mainLayout->addWidget(m_replace);
    m_promised = new QLabel(main);
    m_promised->setWordWrap(true);
    mainLayout->addWidget(m_promised);

    // Shown when there are some: at 1366x768 the draft needs the height.
    m_commitmentsLabel = new QLabel(tr("Commitments made to this customer:"), main);
    m_commitmentsLabel->setWordWrap(true);
    mainLayout->addWidget(m_commitmentsLabel);
    m_commitmentList = new QListWidget(main);
    m_commitmentList->setObjectName(QStringLiteral("replyCommitments"));
    m_commitmentList->setMaximumHeight(m_commitmentList->fontMetrics().height() * 5);
    mainLayout->addWidget(m_commitmentList, 1);
    auto* commitmentRow = new FlowLayout;
    m_kept = new QPushButton(tr("Mark kept"), main);
    m_broken = new QPushButton(tr("Mark broken"), main);
    commitmentRow->addWidget(m_kept);
    commitmentRow->addWidget(m_broken);
    m_send = new QPushButton(tr("Copy and mark sent (Ctrl+Enter)"), main);
    m_send->setObjectName(QStringLiteral("replySend"));
    commitmentRow->addWidget(m_send);
    mainLayout->addLayout(commitmentRow);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    const int line = fontMetrics().height();
    splitter->setSizes({line * 7, line * 30});

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(30000);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &ReplyComposer::reloadTemplates);
    connect(m_search, &QLineEdit::textChanged, this, &ReplyComposer::reloadTemplates);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReplyComposer::reloadTemplates);
    connect(insert, &QPushButton::clicked, this, &ReplyComposer::insertCurrentTemplate);
    connect(edit, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_templates->currentItem();
        const ReplyTemplate* current =
            item ? m_data.templates.find(item->data(Qt::UserRole).toString()) : nullptr;
        TemplateEditorDialog dialog(current ? *current : ReplyTemplate{}, this);
        if (dialog.exec() == QDialog::Accepted)
            saveTemplate(dialog);
    });
    connect(m_templates, &QListWidget::itemActivated, this, &ReplyComposer::insertCurrentTemplate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        lint();
        if (!m_loading && m_ticketId != 0)
            m_draftTimer->start();
    });
    connect(m_draftTimer, &QTimer::timeout, this, &ReplyComposer::flushDraft);
    connect(&m_repository, &TicketRepository::ticketChanged, this, [this](qint64 id) {
        if (id != m_ticketId || id == 0)
            return;
        reloadTemplates();
        reloadCommitments();
    });
    connect(m_countdownTimer, &QTimer::timeout, this, &ReplyComposer::reloadCommitments);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        fillPlaceholder(m_placeholder->currentText(), m_placeholderValue->text());
        m_placeholderValue->clear();
    });
    connect(m_replace, &QPushButton::clicked, this,
            [this] { applyReplacement(m_findingList->currentRow()); });
    connect(m_findingList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_findings.size())
            return;
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(int(m_findings.at(row).start));
        m_editor->setTextCursor(cursor);
    });
    connect(m_kept, &QPushButton::clicked, this,
            [this] { closeSelectedCommitment(QStringLiteral("kept")); });
    connect(m_broken, &QPushButton::clicked, this,
            [this] { closeSelectedCommitment(QStringLiteral("broken")); });
    connect(m_send, &QPushButton::clicked, this, [this] { copyAndMarkSent(); });
    buildKeys();

    showTicket(0);
}

QString ReplyComposer::language() const
{
    return m_language->currentData().toString();
}

void ReplyComposer::showTicket(qint64 id)
{
    flushDraft();
    m_ticketId = id;
    m_presence->setTicket(id);
    m_usedTemplates.clear();
    m_loading = true;
    // A draft the server did not take (it was away) is kept here and saved again later.
    const bool unsaved = m_unsavedDrafts.contains(id);
    m_editor->setPlainText(id == 0 ? QString() : unsaved ? m_unsavedDrafts.value(id) : m_store.draft(id));
    m_loading = false;
    if (unsaved)
        m_draftTimer->start();
    m_editor->setEnabled(id != 0);
    reloadTemplates();
    reloadCommitments();
    lint();
    if (id != 0)
        m_countdownTimer->start();
    else
        m_countdownTimer->stop();
}

void ReplyComposer::reloadTemplates()
{
    QString stage = m_stage->currentData().toString();
    QStringList suggested;
    if (stage == QLatin1String("*")) {
        stage.clear();
        if (const std::optional<Ticket> ticket = m_repository.find(m_ticketId)) {
            const bool evidence =
                !evidence::EvidenceStore(m_repository.database()).forTicket(m_ticketId).isEmpty();
            suggested = TemplateLibrary::suggestedStages(*ticket, evidence);
        }
    }
    m_templates->clear();
    const QHash<QString, int> usage = m_store.templateUsage();
    for (const ReplyTemplate& t : m_data.templates.filtered(stage, m_search->text())) {
        if (!suggested.isEmpty() && !suggested.contains(t.stage))
            continue;
        const int uses = usage.value(t.id);
        const QString title =
            uses > 0 ? tr("%1 (used %n time(s))", nullptr, uses).arg(t.title(language()))
                     : t.title(language());
        auto* item = new QListWidgetItem(title, m_templates);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.body(language()));
    }
    if (m_templates->count() > 0)
        m_templates->setCurrentRow(0);
}

void ReplyComposer::insertTemplate(const QString& id)
{
    const ReplyTemplate* found = m_data.templates.find(id);
    if (!found || m_ticketId == 0)
        return;
    const std::optional<Ticket> ticket = m_repository.find(m_ticketId);
    if (!ticket)
        return;
    const QList<evidence::EvidenceRecord> records =
        evidence::EvidenceStore(m_repository.database()).forTicket(m_ticketId);
    const QHash<QString, QString> values = replyValues(
        *ticket, records.isEmpty() ? nullptr : &records.last().metrics, m_agentName, language());
    const RenderedReply rendered = renderTemplate(found->body(language()), values, m_data.rules);
    QTextCursor cursor = m_editor->textCursor();
    if (!m_editor->toPlainText().isEmpty() && cursor.atEnd())
        cursor.insertText(QStringLiteral("\n"));
    const int start = cursor.position();
    cursor.insertText(rendered.text);
    if (!m_usedTemplates.contains(id))
        m_usedTemplates.append(id);
    // The cursor on the first placeholder left to fill, selected: typing fills it.
    m_editor->setTextCursor(cursor);
    if (!rendered.unfilled.isEmpty()) {
        QTextCursor before(m_editor->document());
        before.setPosition(start);
        m_editor->setTextCursor(before);
        selectNextPlaceholder();
    }
}

void ReplyComposer::fillPlaceholder(const QString& name, const QString& value)
{
    if (name.isEmpty() || !isFill(value, m_data.rules)) // "XXX" or "{name}" fills nothing
        return;
    QString text = m_editor->toPlainText();
    text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value.trimmed());
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text); // one undo step, keeps the editor's undo history
}

QStringList ReplyComposer::unfilledPlaceholders() const
{
    return placeholdersIn(m_editor->toPlainText());
}

void ReplyComposer::lint()
{
    const QString text = m_editor->toPlainText();
    if (text.size() < limits::kReplyChars)
        m_limitNote->hide();
    m_findings = m_checker.check(text, QStringLiteral("auto"), QLocale().name());
    QList<QTextEdit::ExtraSelection> selections;
    m_findingList->clear();
    for (const ToneFinding& f : std::as_const(m_findings)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(f.start));
        selection.cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
        // Visible on light and dark themes alike: a wave in a colour bright enough for the
        // background, over a faint tint of the same colour.
        const bool dark = m_editor->palette().color(QPalette::Base).lightness() < 128;
        const bool placeholder = f.category == QLatin1String("unfilled_placeholder");
        QColor colour = placeholder ? (dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc7, 0x6a, 0x00))
                                    : (dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc6, 0x28, 0x28));
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colour);
        colour.setAlpha(dark ? 70 : 40);
        selection.format.setBackground(colour);
        selection.format.setToolTip(f.message);
        selections.append(selection);
        new QListWidgetItem(QStringLiteral("\"%1\": %2 → %3").arg(f.text, f.message, f.suggestion),
                            m_findingList);
    }
    m_editor->setExtraSelections(selections);
    m_replace->setEnabled(!m_findings.isEmpty());
    // Only what applies to this draft takes room from it.
    m_findingList->setVisible(!m_findings.isEmpty());
    m_replace->setVisible(!m_findings.isEmpty());

    const QStringList unfilled = placeholdersIn(text);
    m_placeholder->clear();
    m_placeholder->addItems(unfilled);
    m_fill->setEnabled(!unfilled.isEmpty());
    m_placeholderValue->setEnabled(!unfilled.isEmpty());
    for (QWidget* part :
         {static_cast<QWidget*>(m_placeholderLabel), static_cast<QWidget*>(m_placeholder),
          static_cast<QWidget*>(m_placeholderValue), static_cast<QWidget*>(m_fill)})
        part->setVisible(!unfilled.isEmpty());

    const Readiness r = ToneChecker::readiness(text, m_findings);
    const auto mark = [](bool ok) { return ok ? QStringLiteral("✓") : QStringLiteral("✗"); };
    m_readiness->setText(
        tr("%1 no blame   %2 has action   %3 has time   %4 placeholders filled")
            .arg(mark(r.noBlame), mark(r.hasAction), mark(r.hasTime), mark(r.placeholdersFilled)));
    const QList<CommitmentCandidate> promised =
        findCommitments(text, m_repository.now(), QTimeZone::systemTimeZone());
    QStringList times;
    for (const CommitmentCandidate& c : promised)
        times << QStringLiteral("“%1” (%2)")
                     .arg(c.text, QLocale().toString(c.due.toLocalTime(), QLocale::ShortFormat));
    m_promised->setText(
        promised.isEmpty()
            ? QString()
            : tr("Promised in this draft, tracked once sent: %1").arg(joinList(times)));
    m_send->setEnabled(m_ticketId != 0 && !text.trimmed().isEmpty() && r.placeholdersFilled);
    const QString quick = quickInsertCandidate(nullptr);
    const ReplyTemplate* quickTemplate = quick.isEmpty() ? nullptr : m_data.templates.find(quick);
    m_quickHint->setText(quickTemplate
                             ? tr("Tab inserts: %1").arg(quickTemplate->title(language()))
                             : tr("Type :: and a few letters, then Tab, to insert a template."));
}

QString ReplyComposer::quickInsertCandidate(qsizetype* tokenStart) const
{
    static const QRegularExpression token(QStringLiteral(R"(::([\w.]{1,24})$)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QTextCursor cursor = m_editor->textCursor();
    const QString before = m_editor->toPlainText().left(cursor.position());
    const QRegularExpressionMatch m = token.match(before.right(30));
    if (!m.hasMatch())
        return {};
    const QList<ReplyTemplate> found = m_data.templates.filtered(QString(), m.captured(1));
    if (found.isEmpty())
        return {};
    if (tokenStart)
        *tokenStart = cursor.position() - m.capturedLength();
    return found.first().id;
}

QString ReplyComposer::quickInsert()
{
    qsizetype start = 0;
    const QString id = quickInsertCandidate(&start);
    if (id.isEmpty())
        return {};
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(start), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_editor->setTextCursor(cursor);
    insertTemplate(id);
    return id;
}

int ReplyComposer::findingAt(qsizetype position) const
{
    for (int i = 0; i < m_findings.size(); ++i)
        if (position >= m_findings.at(i).start &&
            position <= m_findings.at(i).start + m_findings.at(i).length)
            return i;
    return -1;
}

bool ReplyComposer::saveTemplate(TemplateEditorDialog& dialog)
{
    const Database& database = m_repository.database();
    if (database.isServer()) {
        if (!dialog.saveShared(database, m_repository.actor()))
            return false;
    } else if (!dialog.save(
                   QDir(repliesOverrideFolder()).filePath(QStringLiteral("templates.json")))) {
        return false;
    }
    m_data = loadReplyData(database);
    m_checker = ToneChecker(m_data.rules, m_data.toneModel);
    reloadTemplates();
    return true;
}

bool ReplyComposer::applyReplacement(int index)
{
    if (index < 0 || index >= m_findings.size() || m_findings.at(index).replacement.isEmpty())
        return false;
    const ToneFinding f = m_findings.at(index);
    QString replacement = f.replacement;
    // At the start of a sentence the replacement starts with a capital ("Let's look …").
    const QString before = m_editor->toPlainText().left(f.start).trimmed();
    if (!replacement.isEmpty() &&
        (before.isEmpty() || before.endsWith(QLatin1Char('.')) ||
         before.endsWith(QLatin1Char('!')) || before.endsWith(QLatin1Char('?'))))
        replacement[0] = replacement.at(0).toUpper();
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(f.start));
    cursor.setPosition(int(f.start + f.length), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    return true;
}

bool ReplyComposer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = findingAt(m_editor->cursorForPosition(help->pos()).position());
        if (index >= 0) {
            const ToneFinding& f = m_findings.at(index);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1\n→ %2").arg(f.message, f.suggestion), m_editor);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress && handleKey(watched, static_cast<QKeyEvent*>(event)))
        return true;
    return TicketTab::eventFilter(watched, event);
}

void ReplyComposer::replaceFindingAtCursor()
{
    const QTextCursor cursor = m_editor->textCursor();
    int index = findingAt(cursor.position());
    // Just typed past it ("… is bad." then Alt+Enter): the nearest one before the cursor in
    // the same paragraph.
    const bool atCursor = index >= 0;
    for (int i = 0; !atCursor && i < m_findings.size(); ++i) {
        const ToneFinding& f = m_findings.at(i);
        if (f.start >= cursor.block().position() && f.start + f.length <= cursor.position() &&
            (index < 0 || f.start > m_findings.at(index).start))
            index = i;
    }
    if (index < 0)
        return;
    const ToneFinding& f = m_findings.at(index);
    QToolTip::showText(m_editor->mapToGlobal(m_editor->cursorRect().bottomLeft()),
                       QStringLiteral("%1\n→ %2").arg(f.message, f.suggestion), m_editor);
    applyReplacement(index);
}

void ReplyComposer::flushDraft()
{
    if (!m_draftTimer || !m_draftTimer->isActive() || m_ticketId == 0)
        return;
    m_draftTimer->stop();
    QString error;
    const QString text = m_editor->toPlainText();
    if (m_store.saveDraft(m_ticketId, text, &error)) {
        m_unsavedDrafts.remove(m_ticketId);
        return;
    }
    // Kept in memory (also across tickets) and saved again after the next keystroke or visit.
    m_unsavedDrafts.insert(m_ticketId, text);
    qWarning("cannot save the reply draft: %s", qPrintable(error));
}

bool ReplyComposer::copyAndMarkSent()
{
    if (!m_send->isEnabled())
        return false;
    if (!m_presence->confirmSend())
        return false;
    const QString text = m_editor->toPlainText();
    QString error;
    const std::optional<SentReply> sent = m_store.markSent(
        m_ticketId, text, m_usedTemplates, m_findings,
        findCommitments(text, m_repository.now(), QTimeZone::systemTimeZone()), &error);
    if (!sent) {
        m_readiness->setText(tr("Could not record the reply: %1").arg(error));
        return false;
    }
    QApplication::clipboard()->setText(text);
    m_presence->noteSent();
    m_draftTimer->stop();
    const qint64 id = m_ticketId;
    m_unsavedDrafts.remove(id);
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_usedTemplates.clear();
    reloadCommitments();
    Q_EMIT m_repository.ticketChanged(id);
    Q_EMIT replySent(id);
    return true;
}

} // namespace rtcare
