// SPDX-License-Identifier: MIT
#include "storage/searchindex.h"

#include "diagnosis/classifier.h"
#include "search/searchtokens.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace rtcare::searchindex {

namespace {

// The stored columns the index row is made of, in the order tokensOf() reads them.
const QString& sourceColumns()
{
    static const QString columns =
        QStringLiteral("customer_name, device_model, os, region, description, category, scenario");
    return columns;
}

QString tokensOf(const QString& name, const QString& device, const QString& os,
                 const QString& region, const QString& description, const QString& category,
                 const QString& scenario)
{
    QString text = name;
    for (const QString* part : {&device, &os, &region, &description}) {
        text += QLatin1Char('\n');
        text += *part;
    }
    QString tokens = search::indexTokens(text);
    // The symptoms the built-in rules read in the description, as tag words: a search for
    // one symptom word finds every ticket that names the symptom in either language with
    // one index word instead of the whole vocabulary.
    QStringList symptoms;
    for (const diagnosis::TextMatch& match :
         diagnosis::Classifier::builtIn().classify(description).matches) {
        if (!match.negated && !match.fromAnswer && !symptoms.contains(match.symptom) &&
            match.symptom != QLatin1String("confinement"))
            symptoms << match.symptom;
    }
    for (const QString& symptom : std::as_const(symptoms))
        tokens += QLatin1Char(' ') + search::tagToken(u"sym", symptom);
    tokens += QLatin1Char(' ') + search::tagToken(u"cat", category);
    if (!scenario.isEmpty())
        tokens += QLatin1Char(' ') + search::tagToken(u"scn", scenario);
    return tokens;
}

QString tokensOfRow(const QSqlQuery& q, int first)
{
    return tokensOf(q.value(first).toString(), q.value(first + 1).toString(),
                    q.value(first + 2).toString(), q.value(first + 3).toString(),
                    q.value(first + 4).toString(), q.value(first + 5).toString(),
                    q.value(first + 6).toString());
}

} // namespace

QStringList schemaStatements()
{
    // Contentless: the words are not stored twice; a row is removed by giving its words
    // again ('delete'), which Writer::removeStored() reads from the stored ticket.
    return {QStringLiteral("CREATE VIRTUAL TABLE ticket_search USING fts5(tokens, content='', "
                           "tokenize='unicode61 remove_diacritics 2')")};
}

QStringList serverSchemaStatements(sqldialect::Engine engine)
{
    if (engine == sqldialect::Engine::SQLite)
        return {};
    return {QStringLiteral("CREATE TABLE ticket_search (id BIGINT PRIMARY KEY REFERENCES "
                           "tickets(id) ON DELETE CASCADE, words TSVECTOR NOT NULL)")};
}

QString serverIndexStatement()
{
    return QStringLiteral("CREATE INDEX ticket_search_words ON ticket_search USING GIN (words)");
}

bool available(const QSqlDatabase& db)
{
    return db.isValid();
}

QString ticketTokens(const Ticket& t)
{
    return tokensOf(t.customer.name, t.deviceModel, t.os, t.region, t.description,
                    categoryId(t.category), t.scenario);
}

Writer::Writer(QSqlDatabase db)
    : m_db(std::move(db))
    , m_enabled(available(m_db))
    , m_server(sqldialect::engineOf(m_db) == sqldialect::Engine::PostgreSQL)
    , m_insert(m_db)
    , m_delete(m_db)
    , m_read(m_db)
{
    if (!m_enabled)
        return;
    if (m_server) {
        // An update's row replaces the one before (removeStored() deletes it anyway).
        m_insert.prepare(QStringLiteral(
            "INSERT INTO ticket_search (id, words) VALUES (?, CAST(? AS tsvector)) "
            "ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words"));
        m_delete.prepare(QStringLiteral("DELETE FROM ticket_search WHERE id = ?"));
    } else {
        m_insert.prepare(QStringLiteral("INSERT INTO ticket_search(rowid, tokens) VALUES (?, ?)"));
        m_delete.prepare(QStringLiteral(
            "INSERT INTO ticket_search(ticket_search, rowid, tokens) VALUES ('delete', ?, ?)"));
    }
    m_read.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(sourceColumns()));
}

bool Writer::write(bool remove, qint64 id, const QString& tokens, QString* error)
{
    QSqlQuery& q = remove ? m_delete : m_insert;
    q.bindValue(0, id);
    if (!(m_server && remove))
        q.bindValue(1, m_server ? search::serverVector(tokens) : tokens);
    if (q.exec())
        return true;
    *error = QStringLiteral("search index: %1").arg(q.lastError().text());
    return false;
}

bool Writer::storedTokens(qint64 id, QString* tokens, QString* error)
{
    m_read.bindValue(0, id);
    if (!m_read.exec()) {
        *error = QStringLiteral("search index: %1").arg(m_read.lastError().text());
        return false;
    }
    if (!m_read.next()) {
        tokens->clear();
        return true;
    }
    *tokens = tokensOfRow(m_read, 0);
    m_read.finish();
    return true;
}

bool Writer::add(qint64 id, const Ticket& ticket, QString* error)
{
    return !m_enabled || write(false, id, ticketTokens(ticket), error);
}

bool Writer::addWords(qint64 id, const QString& tokens, QString* error)
{
    return !m_enabled || write(false, id, tokens, error);
}

bool Writer::removeStored(qint64 id, QString* error)
{
    if (!m_enabled)
        return true;
    if (m_server) // the row goes by its id
        return write(true, id, {}, error);
    QString tokens;
    if (!storedTokens(id, &tokens, error))
        return false;
    return tokens.isEmpty() || write(true, id, tokens, error);
}

bool Writer::addStored(qint64 id, QString* error)
{
    if (!m_enabled)
        return true;
    QString tokens;
    if (!storedTokens(id, &tokens, error))
        return false;
    return tokens.isEmpty() || write(false, id, tokens, error);
}

RunWriter::RunWriter(QSqlDatabase db, qint64 lastId)
    : m_enabled(available(db))
    , m_writer(db)
    , m_db(std::move(db))
    , m_indexedUpTo(lastId)
{
}

RunWriter::~RunWriter()
{
    if (m_words.valid())
        m_words.wait();
}

void RunWriter::add(Ticket ticket)
{
    if (m_enabled)
        m_run.push_back(std::move(ticket));
}

bool RunWriter::startRun(QString* error)
{
    if (!finish(error))
        return false;
    if (m_run.empty())
        return true;
    m_wordsCount = qint64(m_run.size());
    m_words = std::async(std::launch::async, [tickets = std::move(m_run)]() {
        QStringList words;
        words.reserve(qsizetype(tickets.size()));
        for (const Ticket& ticket : tickets)
            words << ticketTokens(ticket);
        return words;
    });
    m_run.clear();
    return true;
}

bool RunWriter::finish(QString* error)
{
    if (!m_words.valid())
        return true;
    const QStringList words = m_words.get();
    QSqlQuery ids(m_db);
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT id FROM tickets WHERE id > ? ORDER BY id LIMIT ?"));
    ids.addBindValue(m_indexedUpTo);
    ids.addBindValue(m_wordsCount);
    if (!ids.exec()) {
        *error = QStringLiteral("search index: %1").arg(ids.lastError().text());
        return false;
    }
    // The ids first: the team server's driver cannot keep a result open while writing.
    std::vector<qint64> newIds;
    newIds.reserve(size_t(words.size()));
    while (ids.next())
        newIds.push_back(ids.value(0).toLongLong());
    ids.finish();
    if (qsizetype(newIds.size()) < words.size()) {
        *error = QStringLiteral("search index: fewer new tickets than their words");
        return false;
    }
    for (qsizetype k = 0; k < words.size(); ++k) {
        m_indexedUpTo = newIds[size_t(k)];
        if (!m_writer.addWords(m_indexedUpTo, words.at(k), error))
            return false;
    }
    return true;
}

bool fill(QSqlDatabase& db, QString* error, const std::function<void(qint64, qint64)>& progress)
{
    const bool server = sqldialect::engineOf(db) == sqldialect::Engine::PostgreSQL;
    qint64 total = 0;
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM tickets")) && count.next())
        total = count.value(0).toLongLong();
    count.finish();
    // Read in pages by id: the team server's driver would otherwise hold a whole result
    // while the rows are written on the same connection.
    constexpr int kPage = 1000;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, %1 FROM tickets WHERE id > ? ORDER BY id LIMIT %2")
                     .arg(sourceColumns())
                     .arg(kPage));
    QSqlQuery insert(db);
    insert.prepare(server ? QStringLiteral(
                                "INSERT INTO ticket_search (id, words) SELECT r.id, "
                                "CAST(r.w AS tsvector) FROM json_to_recordset(CAST(? AS json)) "
                                "AS r(id BIGINT, w TEXT)")
                          : QStringLiteral("INSERT INTO ticket_search(rowid, tokens) VALUES (?, ?)"));
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        rows.bindValue(0, after);
        if (!rows.exec()) {
            *error = rows.lastError().text();
            return false;
        }
        QJsonArray page;
        qint64 read = 0;
        while (rows.next()) {
            ++read;
            after = rows.value(0).toLongLong();
            const QString tokens = tokensOfRow(rows, 1);
            if (server) {
                page.append(QJsonObject{{QStringLiteral("id"), after},
                                        {QStringLiteral("w"), search::serverVector(tokens)}});
                continue;
            }
            insert.bindValue(0, after);
            insert.bindValue(1, tokens);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        rows.finish();
        if (server && !page.isEmpty()) {
            insert.bindValue(0, QString::fromUtf8(QJsonDocument(page).toJson(QJsonDocument::Compact)));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        if (progress && (done + read) / 10000 > done / 10000)
            progress(done + read, total);
        done += read;
        if (read < kPage)
            return true;
    }
}

} // namespace rtcare::searchindex
