// SPDX-License-Identifier: MIT
// The three facts read from a complaint (issue 13): scenario and network ids, the device
// model with its brand, the system with its version as stated, the one with the problem.
#include "catch.h"

#include "diagnosis/complaintfacts.h"

using namespace rtcare::diagnosis;
using namespace Qt::StringLiterals;

namespace {

ComplaintFacts read(const QString& text)
{
    return FactReader::builtIn().read(text);
}

} // namespace

TEST_CASE("facts: devices and systems are written with their brand and version as stated",
          "[facts]")
{
    CHECK(read(u"苹果13上课老掉线"_s).deviceModel.value == u"iPhone 13"_s);
    CHECK(read(u"我的mate50开播就卡"_s).deviceModel.value == u"Huawei Mate 50"_s);
    CHECK(read(u"一加11连麦没声音"_s).deviceModel.value == u"OnePlus 11"_s);
    CHECK(read(u"华为 Mate 40 Pro 一开美颜就黑屏"_s).deviceModel.value == u"Huawei Mate 40 Pro"_s);
    CHECK(read(u"三星S23 Ultra开直播闪退"_s).deviceModel.value == u"Samsung Galaxy S23 Ultra"_s);
    CHECK(read(u"红米note12 打视频很卡"_s).deviceModel.value == u"Redmi Note 12"_s);
    CHECK(read(u"The school's old iPads (iOS 12) show a white screen"_s).deviceModel.value
          == u"iPad"_s);
    CHECK(read(u"鸿蒙3 上课没声音"_s).os.value == u"HarmonyOS 3"_s);
    CHECK(read(u"鸿蒙3.0 上课没声音"_s).os.value == u"HarmonyOS 3.0"_s);
    CHECK(read(u"学校电脑是win8.1的，打开就白屏"_s).os.value == u"Windows 8.1"_s);
    CHECK(read(u"我苹果14，ios17.1，房里说话跟机器人一样"_s).os.value == u"iOS 17.1"_s);
    CHECK(read(u"After we pushed Windows 11 23H2 the client crashes"_s).os.value
          == u"Windows 11 23H2"_s);
    CHECK(read(u"since macOS Sonoma screen share is black"_s).os.value == u"macOS Sonoma"_s);
    // What they were read from, for the window's "read from the text" marks.
    const ComplaintFacts facts = read(u"孩子拿我的苹果13上课，系统iOS16"_s);
    CHECK(facts.deviceModel.words == u"苹果13"_s);
    CHECK(facts.os.words == u"iOS16"_s);
    CHECK(facts.deviceModel.start == 5);
}

TEST_CASE("facts: never a system from a model, nothing where the message says nothing",
          "[facts]")
{
    const ComplaintFacts iphone = read(u"My iPhone 13 keeps dropping the call"_s);
    CHECK(iphone.deviceModel.value == u"iPhone 13"_s);
    CHECK(iphone.os.isEmpty());
    const ComplaintFacts nothing = read(u"一接通就断 一接通就断 试了五六回了"_s);
    CHECK(nothing.scenario.isEmpty());
    CHECK(nothing.network.isEmpty());
    CHECK(nothing.deviceModel.isEmpty());
    CHECK(nothing.os.isEmpty());
    CHECK(nothing.filledFields().isEmpty());
    // A brand alone is not a model.
    CHECK(read(u"我用的是苹果手机，视频很卡"_s).deviceModel.isEmpty());
    CHECK(read(u"Since I updated my Xiaomi the app crashes"_s).deviceModel.isEmpty());
}

TEST_CASE("facts: when two devices are named, the one with the problem", "[facts]")
{
    CHECK(read(u"我华为mate60开播一切正常，换成备用机苹果12就一直闪退"_s).deviceModel.value
          == u"iPhone 12"_s);
    CHECK(read(u"My Galaxy S23 streams fine but my backup iPhone 12 crashes"_s).deviceModel.value
          == u"iPhone 12"_s);
    CHECK(read(u"用三星S23连麦对面看我是一片绿屏，换我那台小米13就正常"_s).deviceModel.value
          == u"Samsung Galaxy S23"_s);
    CHECK(read(u"Android 12 and up is fine, but on Android 11 the app crashes"_s).os.value
          == u"Android 11"_s);
    const ComplaintFacts contrast = read(u"我用红米K60 安卓13 一开摄像头app就闪退 我姐用她的iPhone登我的号一点事没有"_s);
    CHECK(contrast.deviceModel.value == u"Redmi K60"_s);
    CHECK(contrast.os.value == u"Android 13"_s);
    CHECK(contrast.contrast);
    CHECK(contrast.contrastWorking == u"iPhone"_s);
}

TEST_CASE("facts: scenario and network as the product's ids", "[facts]")
{
    CHECK(read(u"开会的时候一直掉线"_s).scenario.value == u"group_call"_s);
    CHECK(read(u"Our weekly meeting keeps freezing"_s).scenario.value == u"group_call"_s);
    CHECK(read(u"连麦PK打到一半对面没了"_s).scenario.value == u"live_cohost"_s);
    CHECK(read(u"孩子上网课老是卡"_s).scenario.value == u"online_class"_s);
    CHECK(read(u"公会语音房里全员被踢出去了"_s).scenario.value == u"voice_room"_s);
    CHECK(read(u"跟我妈视频通话总是断"_s).scenario.value == u"video_call"_s);
    CHECK(read(u"viewers say my stream stutters"_s).scenario.value == u"live_audience"_s);

    CHECK(read(u"开了手机热点也进不去"_s).network.value == u"cellular"_s);
    CHECK(read(u"用流量打视频就断"_s).network.value == u"cellular"_s);
    CHECK(read(u"on mobile data the call drops"_s).network.value == u"cellular"_s);
    CHECK(read(u"家里wifi测速两百兆"_s).network.value == u"home_wifi"_s);
    CHECK(read(u"酒店wifi开会一直断"_s).network.value == u"public_wifi"_s);
    CHECK(read(u"公司内网下所有会议都进不去"_s).network.value == u"office_network"_s);
    CHECK(read(u"我在温哥华，跟国内爸妈视频老断"_s).network.value == u"cross_border"_s);
    // A network that works is passed over when another is named: the office is the problem.
    CHECK(read(u"公司内网下会议进不去，同事开手机热点就秒进"_s).network.value
          == u"office_network"_s);
    // Alone, it is still the network in use.
    CHECK(read(u"my home wifi is fine, youtube works, but class won't load"_s).network.value
          == u"home_wifi"_s);
}

TEST_CASE("facts: a broken vocabulary file is refused with where and what", "[facts]")
{
    QString error;
    CHECK_FALSE(FactReader::fromJson("{", u"facts.json"_s, &error));
    CHECK(error.startsWith(u"facts.json: not valid JSON"_s));
    CHECK_FALSE(FactReader::fromJson(R"({"scenario": {"ids": [{"id": "karaoke"}]}})",
                                     u"facts.json"_s, &error));
    CHECK(error.contains(u"facts.json: scenario.ids[0].id: 'karaoke' is not one of"_s));
    CHECK_FALSE(FactReader::fromJson(
        R"({"scenario": {"ids": [{"id": "video_call", "zh": [["视频", 0]]}]}})",
        u"facts.json"_s, &error));
    CHECK(error.contains(u"scenario.ids[0].zh[0]"_s));
    CHECK_FALSE(FactReader::fromJson(
        R"({"scenario": {"ids": [{"id": "video_call", "zh": [["视频", 1]]}]},
            "network": {"ids": [{"id": "cellular", "en": [["4g", 4]]}, {"id": "cross_border"}]},
            "devices": [{"name": "iPhone", "aliases": ["iphone"], "model": "(\\d"}]})",
        u"facts.json"_s, &error));
    CHECK(error.contains(u"facts.json: devices[0].model"_s));
}
