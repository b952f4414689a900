<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rtcare::Action</name>
    <message>
        <source>First response sent</source>
        <translation>已首次响应</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始排查</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Escalate to engineering</source>
        <translation>升级至技术团队</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>rtcare::CallContext</name>
    <message>
        <source>One-to-one video call</source>
        <translation>一对一视频通话</translation>
    </message>
    <message>
        <source>Group call</source>
        <translation>多人通话</translation>
    </message>
    <message>
        <source>Live-stream co-hosting</source>
        <translation>直播连麦</translation>
    </message>
    <message>
        <source>Watching a live stream</source>
        <translation>观看直播</translation>
    </message>
    <message>
        <source>Voice chat room</source>
        <translation>语聊房</translation>
    </message>
    <message>
        <source>Online class</source>
        <translation>在线课堂</translation>
    </message>
    <message>
        <source>Other scenario</source>
        <translation>其他场景</translation>
    </message>
    <message>
        <source>Home Wi-Fi</source>
        <translation>家庭 Wi-Fi</translation>
    </message>
    <message>
        <source>Office network</source>
        <translation>办公网络</translation>
    </message>
    <message>
        <source>Cellular (4G/5G)</source>
        <translation>移动网络（4G/5G）</translation>
    </message>
    <message>
        <source>Public Wi-Fi</source>
        <translation>公共 Wi-Fi</translation>
    </message>
    <message>
        <source>Cross-border connection</source>
        <translation>跨境网络</translation>
    </message>
    <message>
        <source>Network not known</source>
        <translation>网络情况未知</translation>
    </message>
</context>
<context>
    <name>rtcare::Category</name>
    <message>
        <source>Network connection</source>
        <translation>网络连接问题</translation>
    </message>
    <message>
        <source>Audio/video quality</source>
        <translation>音视频质量</translation>
    </message>
    <message>
        <source>Feature malfunction</source>
        <translation>功能异常</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>兼容性问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>rtcare::ChangePriorityDialog</name>
    <message>
        <source>Change priority of %1</source>
        <translation>调整 %1 的优先级</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>新优先级</translation>
    </message>
    <message>
        <source>%1 (first response within %2)</source>
        <translation>%1（%2内首次响应）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required: why this ticket needs another priority.</source>
        <translation>必填：说明此工单为何需要调整优先级。</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>调整优先级</translation>
    </message>
    <message>
        <source>Choose another priority and write the reason for the change.</source>
        <translation>请选择其他优先级，并填写调整原因。</translation>
    </message>
    <message>
        <source>The priority could not be changed.</source>
        <translation>优先级调整失败。</translation>
    </message>
</context>
<context>
    <name>rtcare::Channel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>In-app feedback</source>
        <translation>应用内反馈</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>rtcare::Clock</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>已用 %1%</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>rtcare::ClockText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Countdown of a first-response clock, %1 is the time left, e.g. &quot;12:05&quot;.</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 % · %2 left</source>
        <extracomment>%1 is the share of the first-response target used (e.g. 75), %2 the time left.</extracomment>
        <translation>%1% · 剩余 %2</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <extracomment>%1 is how long ago the first response was due, e.g. &quot;5:10&quot;.</extracomment>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The first response was sent in time.</extracomment>
        <translation>已按时响应</translation>
    </message>
    <message>
        <source>Missed by %1</source>
        <extracomment>%1 is how late the first response was sent, e.g. &quot;12:00&quot;.</extracomment>
        <translation>已响应，超时 %1</translation>
    </message>
    <message>
        <source>First response due by %1 (%2 left, %3 % of the target used).</source>
        <translation>首次响应截止时间 %1（剩余 %2，已用去时限的 %3%）。</translation>
    </message>
    <message>
        <source>First response was due by %1 and is overdue by %2.</source>
        <translation>首次响应截止时间为 %1，已超时 %2。</translation>
    </message>
    <message>
        <source>First response sent in time (due by %1).</source>
        <translation>已按时首次响应（截止时间 %1）。</translation>
    </message>
    <message>
        <source>First response sent %1 late (due by %2).</source>
        <translation>首次响应超时 %1（截止时间 %2）。</translation>
    </message>
</context>
<context>
    <name>rtcare::Duration</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>rtcare::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>rtcare::Gui</name>
    <message>
        <source>RTCare</source>
        <translation>RTCare</translation>
    </message>
    <message>
        <source>The SLA policy file cannot be used:
%1</source>
        <translation>无法使用 SLA 策略文件：
%1</translation>
    </message>
    <message>
        <source>The ticket database cannot be opened:
%1</source>
        <translation>无法打开工单数据库：
%1</translation>
    </message>
    <message>
        <source>The SLA policy file chosen in Settings cannot be used, so RTCare uses the built-in policy until you choose another one:
%1</source>
        <translation>设置中选择的 SLA 策略文件无法使用，在您另选文件之前，RTCare 将使用内置策略：
%1</translation>
    </message>
</context>
<context>
    <name>rtcare::MainWindow</name>
    <message>
        <source>RTCare</source>
        <translation>RTCare</translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation>队列统计</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Most urgent first. Press Enter to work on the selected ticket.</source>
        <translation>最紧急的工单排在最前。按 Enter 键处理选中的工单。</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Queue toolbar</source>
        <translation>队列工具栏</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>File a new complaint (%1)</source>
        <translation>登记新投诉（%1）</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <source>Search number, customer, device, region, text</source>
        <translation>搜索工单号、客户、设备、地区、内容</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未解决（%1）</translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>即将超时（%1）</translation>
    </message>
    <message>
        <source>Breached (%1)</source>
        <translation>已超时（%1）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open %1 · At risk %2 · Breached %3</source>
        <translation>未解决 %1 · 即将超时 %2 · 已超时 %3</translation>
    </message>
    <message>
        <source>Ticket %1 was filed.</source>
        <translation>工单 %1 已创建。</translation>
    </message>
    <message>
        <source>Ticket %1 was filed. The current filter or search does not show it.</source>
        <translation>工单 %1 已创建。当前的筛选或搜索条件下不会显示该工单。</translation>
    </message>
    <message>
        <source>Selected ticket</source>
        <translation>所选工单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Agent name and SLA policy (%1)</source>
        <translation>坐席姓名与 SLA 策略（%1）</translation>
    </message>
    <message>
        <source>Settings saved. The new SLA policy applies the next time RTCare starts.</source>
        <translation>设置已保存。新的 SLA 策略将在下次启动 RTCare 时生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>rtcare::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Phone, email or account</source>
        <translation>电话、邮箱或账号</translation>
    </message>
    <message>
        <source>&amp;Enterprise customer</source>
        <translation>企业客户(&amp;E)</translation>
    </message>
    <message>
        <source>Enterprise customer</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>&amp;Key business scenario</source>
        <translation>关键业务场景(&amp;K)</translation>
    </message>
    <message>
        <source>Key business scenario</source>
        <translation>关键业务场景</translation>
    </message>
    <message>
        <source>The complaint concerns the enterprise customer&apos;s key business.</source>
        <translation>该投诉涉及企业客户的关键业务。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>Phone or computer model and system version</source>
        <translation>手机或电脑型号及系统版本</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Required: what the customer reports, in their words.</source>
        <translation>必填：客户反馈的问题，尽量使用客户原话。</translation>
    </message>
    <message>
        <source>C&amp;ustomer name:</source>
        <translation>客户名称(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>投诉类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Device model:</source>
        <translation>设备型号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>问题描述(&amp;P)：</translation>
    </message>
    <message>
        <source>Priority and first-response due time</source>
        <translation>优先级与首次响应截止时间</translation>
    </message>
    <message>
        <source>File ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Priority: %1 · first response due by %2 (in %3)</source>
        <extracomment>%1 priority tier, %2 due time (&quot;16:32&quot;), %3 time until then (&quot;15:00&quot;).</extracomment>
        <translation>优先级：%1 · 首次响应截止 %2（还剩 %3）</translation>
    </message>
    <message>
        <source>Priority: %1 · the policy&apos;s calendar has no working time for a due date</source>
        <translation>优先级：%1 · 策略日历中没有可用于计算截止时间的工作时间</translation>
    </message>
    <message>
        <source>Escalated: enterprise key-business complaint</source>
        <translation>已升级：企业客户关键业务投诉</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name and a description of the complaint.</source>
        <translation>请填写客户名称和问题描述。</translation>
    </message>
    <message>
        <source>The ticket could not be filed.</source>
        <translation>工单创建失败。</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络环境</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络环境(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>rtcare::QueueModel</name>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>★ Enterprise customer, complaint about a key business scenario.</source>
        <translation>★ 企业客户，关键业务场景投诉。</translation>
    </message>
    <message>
        <source>★ Enterprise customer.</source>
        <translation>★ 企业客户。</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>投诉类型：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>首次响应：%1</translation>
    </message>
    <message>
        <source>★ %1 · key business</source>
        <extracomment>Queue cell: an enterprise customer&apos;s key-business complaint. %1 is the customer.</extracomment>
        <translation>★ %1 · 关键业务</translation>
    </message>
    <message>
        <source>★ %1</source>
        <extracomment>Queue cell: an enterprise customer. %1 is the customer.</extracomment>
        <translation>★ %1</translation>
    </message>
</context>
<context>
    <name>rtcare::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>坐席姓名</translation>
    </message>
    <message>
        <source>Recorded as who made each change in a ticket&apos;s history.</source>
        <translation>在工单处理记录中记为每项变更的操作人。</translation>
    </message>
    <message>
        <source>SLA policy file</source>
        <translation>SLA 策略文件</translation>
    </message>
    <message>
        <source>Built-in policy (15 min / 30 min / 2 h / 24 h)</source>
        <translation>内置策略（15 分钟 / 30 分钟 / 2 小时 / 24 小时）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>SLA policy check</source>
        <translation>SLA 策略检查</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>坐席姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>SLA &amp;policy file:</source>
        <translation>SLA 策略文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose an SLA policy file</source>
        <translation>选择 SLA 策略文件</translation>
    </message>
    <message>
        <source>SLA policy (*.json)</source>
        <translation>SLA 策略 (*.json)</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 分钟</translation>
    </message>
    <message>
        <source>✓ Usable: %1. Applies the next time RTCare starts.</source>
        <translation>✓ 可以使用：%1。下次启动 RTCare 时生效。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>✗ This file cannot be used: %1</source>
        <translation>✗ 此文件无法使用：%1</translation>
    </message>
</context>
<context>
    <name>rtcare::SlaNotifier</name>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 the first ticket numbers, %2 how many more are not listed.</extracomment>
        <translation>%1 及其余 %2 个</translation>
    </message>
    <message>
        <source>RTCare</source>
        <translation>RTCare</translation>
    </message>
    <message>
        <source>Ticket %1 breached its first-response time.</source>
        <translation>工单 %1 已超过首次响应时限。</translation>
    </message>
    <message>
        <source>%1 tickets breached their first-response time: %2.</source>
        <translation>%1 个工单已超过首次响应时限：%2。</translation>
    </message>
    <message>
        <source>Ticket %1 is at risk of missing its first-response time.</source>
        <translation>工单 %1 即将超过首次响应时限。</translation>
    </message>
    <message>
        <source>%1 tickets are at risk of missing their first-response time: %2.</source>
        <translation>%1 个工单即将超过首次响应时限：%2。</translation>
    </message>
    <message>
        <source>First-response clocks</source>
        <translation>首次响应计时</translation>
    </message>
    <message>
        <source>RTCare: %1 at risk, %2 breached</source>
        <translation>RTCare：%1 个即将超时，%2 个已超时</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between ticket numbers in a list (Chinese uses 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <extracomment>Two sentences of one notification (Chinese puts no space after 。).</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>rtcare::Status</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>排查中</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Escalated to engineering</source>
        <translation>已升级至技术团队</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>rtcare::TicketDetailPane</name>
    <message>
        <source>Ticket details</source>
        <translation>工单详情</translation>
    </message>
    <message>
        <source>Select a ticket in the queue</source>
        <translation>请在队列中选择一个工单</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>★ Enterprise customer</source>
        <translation>★ 企业客户</translation>
    </message>
    <message>
        <source>Key business scenario</source>
        <translation>关键业务场景</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First-response clock</source>
        <translation>首次响应计时</translation>
    </message>
    <message>
        <source>Scenario, device and region</source>
        <translation>场景、设备与地区</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>投诉类型：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>首次响应：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>环境信息：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>问题描述(&amp;D)</translation>
    </message>
    <message>
        <source>Change &amp;priority…</source>
        <translation>调整优先级(&amp;P)…</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>调整优先级</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>处理记录(&amp;H)</translation>
    </message>
    <message>
        <source>Ticket %1 could not be read from the database.</source>
        <translation>无法从数据库读取工单 %1。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>%1 · %2 · due by %3</source>
        <extracomment>%1 clock state (&quot;On track&quot;), %2 time left (&quot;12:05 left&quot;), %3 due time.</extracomment>
        <translation>%1 · %2 · 截止 %3</translation>
    </message>
    <message>
        <source>%1 · due by %2</source>
        <extracomment>%1 share used and time left (&quot;75 % · 3:40 left&quot;), %2 due time.</extracomment>
        <translation>%1 · 截止 %2</translation>
    </message>
    <message>
        <source>%1 · was due by %2</source>
        <extracomment>%1 how long overdue (&quot;Overdue 5:10&quot;), %2 due time.</extracomment>
        <translation>%1 · 原定截止 %2</translation>
    </message>
    <message>
        <source>%1 · sent %2 · due by %3</source>
        <extracomment>%1 &quot;Met&quot; or &quot;Missed by 12:00&quot;, %2 when the first response was sent, %3 due time.</extracomment>
        <translation>%1 · 响应于 %2 · 截止 %3</translation>
    </message>
    <message>
        <source>“%1” could not be done for ticket %2.</source>
        <translation>无法对工单 %2 执行“%1”。</translation>
    </message>
</context>
<context>
    <name>rtcare::TicketHistoryView</name>
    <message>
        <source>Ticket history</source>
        <translation>工单处理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>优先级变更</translation>
    </message>
    <message>
        <source>First response sent</source>
        <translation>已首次响应</translation>
    </message>
    <message>
        <source>first response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>first-response due time</source>
        <translation>首次响应截止时间</translation>
    </message>
    <message>
        <source>time waiting on the customer</source>
        <translation>等待客户时长</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>History line: %1 what happened, %2 the ticket field that changed.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>rtcare::TicketRepository</name>
    <message>
        <source>The customer&apos;s name is missing.</source>
        <translation>缺少客户名称。</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not possible while the ticket is &quot;%3&quot;.</source>
        <translation>%1：工单当前为“%3”状态，无法执行“%2”。</translation>
    </message>
    <message>
        <source>Say why the priority changes; the reason is kept in the ticket&apos;s history.</source>
        <translation>请说明调整优先级的原因，该原因会记入工单处理记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority tier of the active SLA policy.</source>
        <translation>“%1”不是当前 SLA 策略中的优先级。</translation>
    </message>
    <message>
        <source>%1 already has this priority.</source>
        <translation>%1 已是该优先级。</translation>
    </message>
</context>
</TS>
