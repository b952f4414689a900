// SPDX-License-Identifier: MIT
#include "catch.h"

#include "replies/tonechecker.h"
#include "replies/tonescope.h"

#include <algorithm>

using namespace rtcare::replies;
using namespace Qt::StringLiterals;

namespace {

// The token of `text` that starts at the first occurrence of `word`.
QString tokenAt(const QString& text, const QString& word)
{
    const qsizetype at = text.indexOf(word);
    const QList<rtcare::text::TextToken> tokens = scopedToneTokens(text);
    const auto it = std::find_if(tokens.cbegin(), tokens.cend(),
                                 [at](const rtcare::text::TextToken& t) { return t.start == at; });
    return it == tokens.cend() ? QString() : it->text;
}

QStringList faults(const QString& text)
{
    return ToneChecker::categories(ToneChecker().check(text));
}

} // namespace

TEST_CASE("tone scopes: denied and quoted words are marked for the model", "[replies][tone]")
{
    const QString n = negatedMark();
    const QString q = quotedMark();
    // A denial covers its clause, and stops at the turn to what is the case.
    const QString denied = u"这次卡顿不是您网络的问题，是我们服务器负载太高。"_s;
    CHECK(tokenAt(denied, u"网"_s) == n + u"网"_s);
    CHECK(tokenAt(denied, u"服"_s) == u"服"_s);
    CHECK(tokenAt(denied, u"不"_s) == u"不"_s); // the cue itself is read plainly
    CHECK(tokenAt(u"It's not your network, but our relay in Frankfurt."_s, u"network"_s)
          == n + u"network"_s);
    CHECK(tokenAt(u"It's not your network, but our relay in Frankfurt."_s, u"relay"_s)
          == u"relay"_s);
    CHECK(tokenAt(u"That isn't your router at all."_s, u"router"_s) == n + u"router"_s);
    // "是不是" asks; nothing is denied.
    CHECK(tokenAt(u"是不是您设置错了"_s, u"设"_s) == u"设"_s);
    // Someone else's words.
    const QString quoted = u"之前同事说“肯定是您网络问题”，这样说不对。"_s;
    CHECK(tokenAt(quoted, u"肯"_s) == q + u"肯"_s);
    CHECK(tokenAt(quoted, u"同"_s) == u"同"_s);
    CHECK(tokenAt(u"Sales told you \"fixed this week\"."_s, u"fixed"_s) == q + u"fixed"_s);
    // An unclosed mark quotes nothing.
    CHECK(tokenAt(u"他说“保证修好"_s, u"保"_s) == u"保"_s);
}

TEST_CASE("tone scopes: a denied customer fault is no blame, a denied team fault is",
          "[replies][tone]")
{
    CHECK(faults(u"抱歉久等。这场马赛克不是您网络的问题：我们的转码把画质降到了 480p，"
                 u"我已经申请调整，明天 11:00 前生效，生效后我在这里告诉您。"_s)
              .isEmpty());
    CHECK(faults(u"Sorry for the wait. This is not your network's fault: our relay in "
                 u"Frankfurt dropped packets, I've moved your rooms to Amsterdam and will "
                 u"check the next call with you at 15:00."_s)
              .isEmpty());
    CHECK(faults(u"不是我们的问题，是您网络的问题。"_s).contains(u"blame"_s));
    CHECK(faults(u"我们这边没问题，就是您网络的问题。"_s).contains(u"blame"_s));
}

TEST_CASE("tone scopes: a quoted promise is not the agent's", "[replies][tone]")
{
    CHECK_FALSE(faults(u"我知道销售之前跟您说过“这周内一定修好”，这个时间我没法保证。研发的阿杰已经"
                       u"复现了问题，每天 18:00 我把进展发到您的企业微信。"_s)
                    .contains(u"over_promise"_s));
    CHECK(faults(u"放心，这周内一定修好，我保证！"_s).contains(u"over_promise"_s));
}
