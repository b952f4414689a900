// SPDX-License-Identifier: MIT
#include "catch.h"
#include "uitestfixture.h"

#include "queue/clocktext.h"
#include "ticket/newticketdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {
template <typename T>
T* child(QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

void chooseCategory(QWidget& dialog, Category category)
{
    auto* combo = child<QComboBox>(dialog, u"category"_s);
    const int index = combo->findData(categoryId(category));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("NewTicketDialog previews priority and due time as the form changes", "[ui][newticket]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    auto* enterprise = child<QCheckBox>(dialog, u"enterprise"_s);
    auto* keyBusiness = child<QCheckBox>(dialog, u"keyBusiness"_s);

    chooseCategory(dialog, Category::Network);
    const QDateTime due = f.now.addSecs(15 * 60);
    CHECK(dialog.previewText()
          == u"Priority: High · first response due by %1 (in 15:00)"_s.arg(
              ClockText::dueTime(due, f.now)));

    chooseCategory(dialog, Category::Compatibility);
    CHECK(dialog.previewText().startsWith(u"Priority: Medium-low · first response due by "_s));
    CHECK(dialog.previewText().contains(u"(in 24:00:00)"_s));
    CHECK_FALSE(dialog.previewText().contains(u"Escalated"_s));

    CHECK_FALSE(keyBusiness->isEnabled());
    enterprise->setChecked(true);
    CHECK(keyBusiness->isEnabled());
    CHECK(dialog.previewText().startsWith(u"Priority: Medium-low"_s)); // enterprise alone: no
    keyBusiness->setChecked(true);
    CHECK(dialog.previewText().startsWith(u"Priority: High · first response due by "_s));
    CHECK(dialog.previewText().contains(u"Escalated: enterprise key-business complaint"_s));

    enterprise->setChecked(false);
    CHECK_FALSE(keyBusiness->isEnabled());
    CHECK_FALSE(keyBusiness->isChecked());
    CHECK(dialog.previewText().startsWith(u"Priority: Medium-low"_s));
}

TEST_CASE("NewTicketDialog files the ticket only when the required fields are filled",
          "[ui][newticket]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    dialog.show();
    auto* ok = child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());

    child<QLineEdit>(dialog, u"customerName"_s)->setText(u"  Lin Wei  "_s);
    CHECK_FALSE(ok->isEnabled());
    child<QPlainTextEdit>(dialog, u"description"_s)->setPlainText(u"   "_s);
    CHECK_FALSE(ok->isEnabled()); // blanks are not a description
    child<QPlainTextEdit>(dialog, u"description"_s)->setPlainText(u"Cannot join the class."_s);
    CHECK(ok->isEnabled());
    child<QLineEdit>(dialog, u"deviceModel"_s)->setText(u"Redmi Note 12"_s);
    child<QLineEdit>(dialog, u"region"_s)->setText(u"Chengdu"_s);
    auto* channel = child<QComboBox>(dialog, u"channel"_s);
    channel->setCurrentIndex(channel->findData(u"phone"_s));
    chooseCategory(dialog, Category::Network);

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.createdTicketId() > 0);
    const std::optional<Ticket> t = f.repository->find(dialog.createdTicketId());
    REQUIRE(t);
    CHECK(t->customer.name == u"Lin Wei");
    CHECK(t->description == u"Cannot join the class.");
    CHECK(t->deviceModel == u"Redmi Note 12");
    CHECK(t->region == u"Chengdu");
    CHECK(t->channel == u"phone");
    CHECK(t->category == Category::Network);
    CHECK(t->priority == u"high");
}

TEST_CASE("NewTicketDialog shows a refusal and stays open", "[ui][newticket]")
{
    UiFixture f;
    NewTicketDialog dialog(*f.repository);
    dialog.show();
    child<QLineEdit>(dialog, u"customerName"_s)->setText(u"Lin Wei"_s);
    child<QPlainTextEdit>(dialog, u"description"_s)->setPlainText(u"No sound."_s);

    // Break the database under the repository's feet.
    QSqlQuery sql(f.database->connection());
    REQUIRE(sql.exec(u"ALTER TABLE tickets RENAME TO tickets_gone"_s));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.createdTicketId() == 0);
    auto* error = child<QLabel>(dialog, u"errorMessage"_s);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
}
