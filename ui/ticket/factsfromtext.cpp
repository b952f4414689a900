// SPDX-License-Identifier: MIT
#include "ticket/factsfromtext.h"

#include "model/callcontext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {

const QString kScenario = u"scenario"_s;
const QString kNetwork = u"network"_s;
const QString kDeviceModel = u"device_model"_s;
const QString kOs = u"os"_s;

} // namespace

FactsFromText::FactsFromText(QPlainTextEdit* description, QComboBox* scenario, QComboBox* network,
                             QLineEdit* deviceModel, QLineEdit* os, QWidget* parent)
    : QLabel(parent), m_description(description), m_scenario(scenario), m_network(network),
      m_deviceModel(deviceModel), m_os(os), m_reader(diagnosis::FactReader::builtIn())
{
    setObjectName(u"factsFromText"_s);
    setAccessibleName(tr("Facts read from the message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString error;
    if (auto reader = diagnosis::FactReader::load(&error))
        m_reader = *reader;
    // `activated` and `textEdited` come from the agent only, never from the code.
    connect(m_scenario, &QComboBox::activated, this, [this] { takenByAgent(kScenario); });
    connect(m_network, &QComboBox::activated, this, [this] { takenByAgent(kNetwork); });
    connect(m_deviceModel, &QLineEdit::textEdited, this, [this] { takenByAgent(kDeviceModel); });
    connect(m_os, &QLineEdit::textEdited, this, [this] { takenByAgent(kOs); });
    connect(m_description, &QPlainTextEdit::textChanged, this, &FactsFromText::update);
    update();
}

QWidget* FactsFromText::widget(const QString& field) const
{
    if (field == kScenario)
        return m_scenario;
    if (field == kNetwork)
        return m_network;
    if (field == kDeviceModel)
        return m_deviceModel;
    return m_os;
}

void FactsFromText::mark(QWidget* target, const QString& words)
{
    QFont font = target->font();
    font.setItalic(!words.isEmpty());
    target->setFont(font);
    target->setProperty("readFromText", !words.isEmpty());
    //: %1 the customer's words a fact was read from
    target->setToolTip(words.isEmpty() ? QString() : tr("Read from the message: “%1”").arg(words));
}

void FactsFromText::takenByAgent(const QString& field)
{
    m_byAgent.insert(field);
    m_read.remove(field);
    mark(widget(field), QString());
    update();
}

void FactsFromText::fill(const QString& field, const diagnosis::ReadFact& fact)
{
    if (m_byAgent.contains(field))
        return;
    const QString value = fact.value;
    if (field == kScenario || field == kNetwork) {
        QComboBox* combo = field == kScenario ? m_scenario : m_network;
        const int index = combo->findData(value);
        combo->setCurrentIndex(index >= 0 ? index : combo->findData(QString()));
    } else {
        QLineEdit* edit = field == kDeviceModel ? m_deviceModel : m_os;
        edit->setText(value);
    }
    if (value.isEmpty())
        m_read.remove(field);
    else
        m_read.insert(field, fact.words.isEmpty() ? value : fact.words);
    mark(widget(field), m_read.value(field));
}

void FactsFromText::update()
{
    const diagnosis::ComplaintFacts facts = m_reader.read(m_description->toPlainText());
    fill(kScenario, facts.scenario);
    fill(kNetwork, facts.network);
    fill(kDeviceModel, facts.deviceModel);
    fill(kOs, facts.os);

    QStringList parts;
    const std::pair<QString, QString> names[] = {{kScenario, tr("scenario")},
                                                 {kNetwork, tr("network")},
                                                 {kDeviceModel, tr("device")},
                                                 {kOs, tr("system")}};
    for (const auto& [field, name] : names) {
        if (m_read.contains(field))
            //: %1 the fact ("device"), %2 the customer's words
            parts.append(tr("%1 “%2”").arg(name, m_read.value(field)));
    }
    if (parts.isEmpty()) {
        hide();
        return;
    }
    //: %1 the facts read, e.g. scenario “网课” · device “苹果13”
    setText(tr("Read from the message (your own choice replaces it): %1")
                .arg(parts.join(u" · "_s)));
    show();
}

} // namespace rtcare
