// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/complaintfacts.h"

#include <QHash>
#include <QLabel>
#include <QSet>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rtcare {

// Where the agent files a complaint: as the customer's message is pasted or typed, fills
// scenario, network, device model and system with what the message says (issue 13), marks
// each such field as read from the text (italic, with the customer's words in its tooltip
// and in this line), and leaves a field alone once the agent sets it by hand: the agent's
// choice wins, also when the message later says something else.
class FactsFromText : public QLabel
{
    Q_OBJECT
public:
    FactsFromText(QPlainTextEdit* description, QComboBox* scenario, QComboBox* network,
                  QLineEdit* deviceModel, QLineEdit* os, QWidget* parent);

    // The fields whose value is still the one read from the message -> the customer's
    // words it was read from ("device_model" -> "苹果13").
    [[nodiscard]] QHash<QString, QString> readFields() const { return m_read; }
    // Whether the agent has set the field by hand.
    [[nodiscard]] bool setByAgent(const QString& field) const { return m_byAgent.contains(field); }

private:
    void update();
    void fill(const QString& field, const diagnosis::ReadFact& fact);
    void takenByAgent(const QString& field);
    void mark(QWidget* widget, const QString& words);
    [[nodiscard]] QWidget* widget(const QString& field) const;

    QPlainTextEdit* m_description;
    QComboBox* m_scenario;
    QComboBox* m_network;
    QLineEdit* m_deviceModel;
    QLineEdit* m_os;
    diagnosis::FactReader m_reader;
    QHash<QString, QString> m_read; // field -> the customer's words
    QSet<QString> m_byAgent;
};

} // namespace rtcare
