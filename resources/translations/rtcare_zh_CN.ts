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
    <name>rtcare::AssignActions</name>
    <message>
        <source>Take</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Make the selected ticket yours</source>
        <translation>把选中的工单转到自己名下</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>Give the selected ticket to a colleague</source>
        <translation>把选中的工单交给同事</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Only the tickets you have</source>
        <translation>只看在自己名下的工单</translation>
    </message>
    <message>
        <source>%1 is yours now.</source>
        <extracomment>%1 is a ticket number</extracomment>
        <translation>%1 已转到你名下。</translation>
    </message>
    <message>
        <source>%1 is not an agent on this team server.</source>
        <extracomment>%1 is the name typed in the Assign dialog</extracomment>
        <translation>%1 不是这个团队服务器上的客服。</translation>
    </message>
    <message>
        <source>%1 went to %2.</source>
        <extracomment>%1 is a ticket number, %2 an agent&apos;s name</extracomment>
        <translation>%1 已交给%2。</translation>
    </message>
</context>
<context>
    <name>rtcare::AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <extracomment>%1 is a ticket number</extracomment>
        <translation>指派 %1</translation>
    </message>
    <message>
        <source>Nobody has this ticket yet.</source>
        <translation>这张工单还没有负责人。</translation>
    </message>
    <message>
        <source>%1 has this ticket now.</source>
        <translation>这张工单目前由%1负责。</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>A colleague&apos;s name; on a team server their login name.</source>
        <translation>同事的名字；在团队服务器上是其登录名。</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>指派给(&amp;T)：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
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
    <name>rtcare::CategorySuggestion</name>
    <message>
        <source>Suggested category</source>
        <translation>建议分类</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <extracomment>%1 the suggested category, %2 the words that decided it</extracomment>
        <translation>建议：%1（%2）</translation>
    </message>
    <message>
        <source>Your choice stands; the suggestion is only a hint.</source>
        <translation>以您的选择为准，建议仅供参考。</translation>
    </message>
    <message>
        <source>Keyword rules only: %1</source>
        <extracomment>%1 why the learned model is not used (names the file)</extracomment>
        <translation>仅用关键词规则：%1</translation>
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
    <name>rtcare::Classifier</name>
    <message>
        <source>an answer: %1 → %2</source>
        <extracomment>%1 a symptom or &quot;confined to one model or system&quot;, %2 the category</extracomment>
        <translation>诊断回答：%1 → %2</translation>
    </message>
    <message>
        <source>%1: negated by “%2”, not counted</source>
        <extracomment>%1 the words as written, %2 the negation found near them</extracomment>
        <translation>%1：前后有“%2”，是否定说法，不计入</translation>
    </message>
    <message>
        <source>%1: %2, so compatibility wins</source>
        <extracomment>%1 the words as written, %2 &quot;confined to one model or system&quot;</extracomment>
        <translation>%1：%2，因此归为兼容性问题</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>%1 the words as written, %2 the symptom, %3 the category it points to</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>no complaint words recognised, so: other</source>
        <translation>没有识别到投诉关键词，归为其他</translation>
    </message>
    <message>
        <source>%1 has the problem, %2 works: confined to one device or system</source>
        <extracomment>%1 the device/system with the problem, %2 the one that works, as the customer wrote them</extracomment>
        <translation>%1 有问题，%2 正常：只出现在特定设备或系统上</translation>
    </message>
    <message>
        <source>not sure (%1 %): %2 or %3; ask the customer what they saw</source>
        <extracomment>%1 a percentage, %2 and %3 two categories</extracomment>
        <translation>不太确定（%1 %）：%2 还是 %3？请问问客户具体看到了什么</translation>
    </message>
    <message>
        <source>the text model reads the whole message as %1 (%2 %)</source>
        <extracomment>%1 the category, %2 a percentage</extracomment>
        <translation>文本模型根据整段内容判断为 %1（%2 %）</translation>
    </message>
    <message>
        <source>%1: read as %2 by the text model (%3 %)</source>
        <extracomment>%1 the customer&apos;s words, %2 the category, %3 a percentage</extracomment>
        <translation>%1：文本模型判断为 %2（%3 %）</translation>
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
    <message>
        <source>Promise: %1</source>
        <extracomment>Queue chip of a time promised to the customer; %1 is the countdown chip, e.g. &quot;1:20:00 left&quot;, &quot;80 % · 12:00 left&quot; or &quot;Overdue 5:10&quot;.</extracomment>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>Promised “%1”, due by %2: overdue by %3. Mark it kept or broken on the Reply tab.</source>
        <extracomment>%1 the promised words (&quot;within 2 hours&quot;), %2 due time, %3 how long overdue.</extracomment>
        <translation>已承诺“%1”，应于 %2 前兑现，已超时 %3。请在“回复”页标记为已兑现或未兑现。</translation>
    </message>
    <message>
        <source>Promised “%1”, due by %2 (%3 left, %4 % of the time used).</source>
        <extracomment>%1 the promised words (&quot;within 2 hours&quot;), %2 due time, %3 time left, %4 share used.</extracomment>
        <translation>已承诺“%1”，应于 %2 前兑现（剩余 %3，已用时 %4 %）。</translation>
    </message>
</context>
<context>
    <name>rtcare::DiagnosisPanel</name>
    <message>
        <source>Guided diagnosis</source>
        <translation>引导式诊断</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to diagnose it</source>
        <translation>在队列中选择一个工单开始诊断</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Diagnosis files</source>
        <translation>诊断配置文件</translation>
    </message>
    <message>
        <source>A diagnosis file of yours could not be used; the built-in one applies instead: %1</source>
        <translation>您的一个诊断配置文件无法使用，已改用内置版本：%1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to ask the customer</source>
        <translation>可以这样问用户</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the question for the customer (%1)</source>
        <translation>复制发给用户的问题（%1）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>The previous question (Backspace)</source>
        <translation>回到上一题（退格键）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Ask this later (%1)</source>
        <translation>稍后再问（%1）</translation>
    </message>
    <message>
        <source>Save to ticket</source>
        <translation>保存到工单</translation>
    </message>
    <message>
        <source>Store the answers and the likely cause on the ticket (%1)</source>
        <translation>把回答和可能原因保存到工单（%1）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Category and priority</source>
        <translation>分类与优先级</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>建议分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Reason for the category</source>
        <translation>调整分类的原因</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>原因（会记入工单历史）</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Possible wider incident</source>
        <translation>可能是大范围问题</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Category set to %1.</source>
        <translation>分类已改为%1。</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <source>All questions asked</source>
        <translation>问题都已问完</translation>
    </message>
    <message>
        <source>The answers and the likely cause are saved on the ticket. Press Backspace to change an answer.</source>
        <translation>回答和可能原因已保存到工单。按退格键可以修改回答。</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <extracomment>An answer button: %1 its key (1-9), %2 the answer</extracomment>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Press %1</source>
        <translation>按 %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>question %1 of %2</source>
        <extracomment>%1 the question&apos;s position, %2 how many questions apply</extracomment>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>all %1 questions asked</source>
        <translation>%1 个问题都已问完</translation>
    </message>
    <message>
        <source>The three facts: %1 — %2</source>
        <extracomment>%1 the three facts with their marks, %2 &quot;question 3 of 12&quot;</extracomment>
        <translation>三个关键信息：%1 — %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Suggested: %1 → %2, first response within %3</source>
        <extracomment>%1 category, %2 priority tier, %3 first-response time (&quot;15 min&quot;)</extracomment>
        <translation>建议：%1 → %2，%3内首次响应</translation>
    </message>
    <message>
        <source>Escalated: enterprise key-business complaint</source>
        <translation>已升级：企业客户关键业务投诉</translation>
    </message>
    <message>
        <source>The ticket is filed as %1; accept the suggestion or choose another category below.</source>
        <translation>工单当前分类为%1；可以采纳建议，或在下方选择其他分类。</translation>
    </message>
    <message>
        <source>The ticket is filed in this category.</source>
        <translation>工单已在这个分类下。</translation>
    </message>
    <message>
        <source>Suggested from what the customer said: %1</source>
        <translation>根据用户的描述和回答建议：%1</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>%1 open “%2” tickets within %3 min share the %4 “%5”. Is it on our side? Tell engineering and link the tickets.</source>
        <extracomment>%1 count, %2 category, %3 minutes, %4 &quot;region&quot;, %5 the shared value</extracomment>
        <translation>%3 分钟内有 %1 个未结的“%2”工单，%4都是“%5”。可能是我们这边的问题，请通知技术同事并关联这些工单。</translation>
    </message>
    <message>
        <source>Copied: paste it to the customer.</source>
        <translation>已复制，可以粘贴发给用户。</translation>
    </message>
    <message>
        <source>Read from the customer&apos;s message: %1. Ctrl+S confirms and saves them.</source>
        <extracomment>%1 the questions answered from the customer&apos;s message</extracomment>
        <translation>已从客户的描述中读出：%1。按 Ctrl+S 确认并保存。</translation>
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
    <name>rtcare::EvidenceCard</name>
    <message>
        <source>Uplink: what the customer sends</source>
        <translation>上行：客户发出的数据</translation>
    </message>
    <message>
        <source>Downlink: what the customer receives</source>
        <translation>下行：客户收到的数据</translation>
    </message>
    <message>
        <source>Clearly hurts the call</source>
        <translation>明显影响通话</translation>
    </message>
    <message>
        <source>Noticeable</source>
        <translation>可察觉</translation>
    </message>
    <message>
        <source>Within normal range</source>
        <translation>在正常范围内</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>文件中没有此项</translation>
    </message>
    <message>
        <source>warn %1 / bad %2 %3</source>
        <translation>警告 %1 / 差 %2 %3</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>%1 ms (p95 %2)</source>
        <translation>%1 毫秒（p95 %2）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>丢包率</translation>
    </message>
    <message>
        <source>audio %1 %, video %2 %</source>
        <translation>音频 %1 %，视频 %2 %</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>Limited by bandwidth</source>
        <translation>受带宽限制</translation>
    </message>
    <message>
        <source>%1 % of the time</source>
        <translation>%1 % 的时间</translation>
    </message>
    <message>
        <source>Video freezes</source>
        <translation>视频卡顿</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 次（%2 秒）</translation>
    </message>
    <message>
        <source>Concealed audio</source>
        <translation>音频补偿（丢失后填补）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MOS (estimated)</source>
        <translation>MOS（估算）</translation>
    </message>
    <message>
        <source>%1 (lowest %2)</source>
        <translation>%1（最低 %2）</translation>
    </message>
    <message>
        <source>warn &lt; %1 / bad &lt; %2</source>
        <translation>警告 &lt; %1 / 差 &lt; %2</translation>
    </message>
    <message>
        <source>Time in bad intervals</source>
        <translation>处于质量差时段的时间</translation>
    </message>
    <message>
        <source>Available upload (estimate)</source>
        <translation>可用上行带宽（估计）</translation>
    </message>
    <message>
        <source>%1 s of %2 s (noticeable: %3 s)</source>
        <translation>%1 秒（共 %2 秒；可察觉：%3 秒）</translation>
    </message>
    <message>
        <source>The 10-second intervals where a figure of this direction is past the profile&apos;s limit: the red (bad) and amber (noticeable) bands on the timeline.</source>
        <translation>此方向有指标超过方案阈值的 10 秒时段，即时间线上的红色（差）和琥珀色（可察觉）区段。</translation>
    </message>
    <message>
        <source>Share of the time the video sent was lowered because the estimated upload bandwidth was tight (the browser&apos;s qualityLimitationReason). Every call starts limited while the sender probes the network.</source>
        <translation>因估算的上行带宽紧张而降低发送视频质量的时间占比（浏览器的 qualityLimitationReason）。每次通话开始时发送方都在探测网络，都会短暂受限。</translation>
    </message>
    <message>
        <source>Limited by the device&apos;s processor</source>
        <translation>受设备处理器限制</translation>
    </message>
    <message>
        <source>warn %1 / bad %2 %</source>
        <translation>警告 %1 / 差 %2 %</translation>
    </message>
    <message>
        <source>Share of the time the video sent was lowered because the device&apos;s processor could not keep up (the browser&apos;s qualityLimitationReason &quot;cpu&quot;): the device, not the network.</source>
        <translation>因设备处理器跟不上而降低发送视频质量的时间占比（浏览器的 qualityLimitationReason 为 &quot;cpu&quot;）：问题在设备，而不在网络。</translation>
    </message>
    <message>
        <source>Freezes as the W3C defines them (freezeCount, totalFreezesDuration): a frame that arrives more than three times the average frame duration, or more than the average plus 150 ms, after the previous one.</source>
        <translation>按 W3C 的定义统计卡顿（freezeCount、totalFreezesDuration）：一帧与上一帧的间隔超过平均帧间隔的三倍，或超过平均帧间隔加 150 毫秒。</translation>
    </message>
    <message>
        <source>Share of the received audio samples the receiver had to make up (conceal) because packets were lost or late, silence left out ((concealedSamples − silentConcealedSamples) ÷ totalSamplesReceived).</source>
        <translation>因数据包丢失或迟到，接收端不得不填补（隐藏）的音频样本占收到样本的比例，不计静音（(concealedSamples − silentConcealedSamples) ÷ totalSamplesReceived）。</translation>
    </message>
</context>
<context>
    <name>rtcare::EvidenceChart</name>
    <message>
        <source>Attach a call-statistics file to see the call&apos;s timeline.</source>
        <translation>附加通话统计文件后即可查看通话时间线。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>loss %</source>
        <translation>丢包 %</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Loss received</source>
        <translation>接收丢包</translation>
    </message>
    <message>
        <source>Loss sent</source>
        <translation>发送丢包</translation>
    </message>
    <message>
        <source>Bitrate received</source>
        <translation>接收码率</translation>
    </message>
    <message>
        <source>Video freezes</source>
        <translation>视频卡顿</translation>
    </message>
    <message>
        <source>Bad intervals</source>
        <translation>质量差的时段</translation>
    </message>
    <message>
        <source>Bitrate sent</source>
        <translation>发送码率</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost or failed</source>
        <translation>连接中断或失败</translation>
    </message>
    <message>
        <source>Connection restarted</source>
        <translation>连接重启</translation>
    </message>
    <message>
        <source>Noticeable intervals</source>
        <translation>可察觉变差的时段</translation>
    </message>
    <message>
        <source>Time both files cover</source>
        <translation>两个文件共同覆盖的时段</translation>
    </message>
</context>
<context>
    <name>rtcare::EvidencePairView</name>
    <message>
        <source>Both participants on one time axis (each device&apos;s own clock):</source>
        <translation>双方在同一时间轴上（按各自设备的时钟）：</translation>
    </message>
    <message>
        <source>&amp;Swap A and B</source>
        <translation>交换 A 和 B(&amp;S)</translation>
    </message>
    <message>
        <source>Show participant B first and read the call from its side.</source>
        <translation>把参与方 B 放在前面，从它这一侧查看通话。</translation>
    </message>
    <message>
        <source>participant A</source>
        <translation>参与方 A</translation>
    </message>
    <message>
        <source>participant B</source>
        <translation>参与方 B</translation>
    </message>
    <message>
        <source>These two files are not the two sides of one call: no combined verdict.</source>
        <translation>这两个文件不是同一通通话的双方，因此不给出合并结论。</translation>
    </message>
    <message>
        <source>Not enough data in the two files to compare the directions.</source>
        <translation>两个文件中的数据不足，无法对比两个方向。</translation>
    </message>
    <message>
        <source>Read together, the network between the two sides looks fine: look at other causes.</source>
        <translation>合并来看，双方之间的网络正常，请排查其他原因。</translation>
    </message>
    <message>
        <source>Most likely cause: the network between the two sides (or a relay on the way): both directions lost packets.</source>
        <translation>最可能的原因：双方之间的网络（或途经的中继）：两个方向都有丢包。</translation>
    </message>
    <message>
        <source>Most likely cause: both participants&apos; connections failed.</source>
        <translation>最可能的原因：双方的连接都失败了。</translation>
    </message>
    <message>
        <source>Most likely cause: the connection of %1 failed, whatever the media figures say.</source>
        <translation>最可能的原因：%1的连接失败，与媒体指标无关。</translation>
    </message>
    <message>
        <source>Most likely cause: the uplink of %1 or the network from it to %2: what it sends arrives with loss, the other direction is fine.</source>
        <translation>最可能的原因：%1的上行网络，或从它到%2之间的网络：它发出的数据到达时有丢包，反方向正常。</translation>
    </message>
    <message>
        <source>Most likely cause: the downlink of %1: it loses what it receives from everyone alike.</source>
        <translation>最可能的原因：%1的下行网络：它收到的所有参与方的数据都同样丢包。</translation>
    </message>
    <message>
        <source>Most likely cause: the device of %1 (its processor could not keep up with the video), not the network.</source>
        <translation>最可能的原因：%1的设备（处理器跟不上视频编码），而不是网络。</translation>
    </message>
    <message>
        <source>Most likely cause: the route of %1 through a relay server or over TCP, which adds delay.</source>
        <translation>最可能的原因：%1经中继服务器或 TCP 的线路，增加了延迟。</translation>
    </message>
    <message>
        <source>Most likely cause: the connection of %1, both directions, by its own figures.</source>
        <translation>最可能的原因：按%1自身的数据，其连接的两个方向都有问题。</translation>
    </message>
    <message>
        <source>Most likely cause: the sending side of %1 (its network is fine by both files): its device or app.</source>
        <translation>最可能的原因：%1的发送端（两个文件都显示其网络正常）：设备或应用。</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4 to %5)</source>
        <translation>%1：%2（%3，%4 至 %5）</translation>
    </message>
    <message>
        <source>Participant A</source>
        <translation>参与方 A</translation>
    </message>
    <message>
        <source>Participant B</source>
        <translation>参与方 B</translation>
    </message>
    <message numerus="yes">
        <source>The files overlap %1 s (%2 to %3) and share %n stream(s).</source>
        <translation>
            <numerusform>两个文件重叠 %1 秒（%2 至 %3），共有 %n 路媒体流。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: no stream of %1 with loss figures at %2.</source>
        <translation>%1 → %2：%2 没有 %1 媒体流的丢包数据。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 → %2: %2 lost %3 of %1&apos;s packets (%1&apos;s own file: %4)</source>
        <translation>%1 → %2：%2 丢失了 %1 的 %3 数据包（%1 自己的文件：%4）</translation>
    </message>
    <message>
        <source>; from the others %1</source>
        <translation>；来自其他参与方的为 %1</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A file holds no call statistics.</source>
        <translation>有一个文件不包含通话统计数据。</translation>
    </message>
    <message>
        <source>Their times do not overlap (A %1 to %2, B %3 to %4).</source>
        <translation>两者的时间没有重叠（A：%1 至 %2，B：%3 至 %4）。</translation>
    </message>
    <message>
        <source>Their times overlap only %1 s (at least %2 s needed).</source>
        <translation>两者的时间只重叠 %1 秒（至少需要 %2 秒）。</translation>
    </message>
    <message>
        <source>A file gives no stream ids (ssrc) to match: attach it again to compare.</source>
        <translation>有一个文件没有可用于匹配的媒体流标识（ssrc）：请重新附加该文件后再对比。</translation>
    </message>
    <message>
        <source>No stream one side sends is received by the other.</source>
        <translation>一方发出的媒体流都没有被另一方接收。</translation>
    </message>
</context>
<context>
    <name>rtcare::EvidencePanel</name>
    <message>
        <source>Attach call statistics…</source>
        <translation>附加通话统计…</translation>
    </message>
    <message>
        <source>A chrome://webrtc-internals dump, an rtcstats dump, a getStats capture or a CSV export. You can also drop files here.</source>
        <translation>chrome://webrtc-internals 导出、rtcstats 记录、getStats 采集或 CSV 导出文件。也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>Threshold profile</source>
        <translation>阈值方案</translation>
    </message>
    <message>
        <source>Sentence language</source>
        <translation>话术语言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Evidence sentence for the customer:</source>
        <translation>发给客户的数据说明：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Select a ticket to see its call evidence.</source>
        <translation>选择一个工单以查看其通话证据。</translation>
    </message>
    <message>
        <source>No call statistics attached yet. Ask the customer for a chrome://webrtc-internals dump (or your app&apos;s stats export) and attach or drop it here: RTCare turns it into figures and a fair sentence you can send.</source>
        <translation>尚未附加通话统计。请客户提供 chrome://webrtc-internals 导出文件（或贵方应用的统计导出），然后附加或拖到这里：RTCare 会把它整理成数据和一句可以直接发送的客观说明。</translation>
    </message>
    <message>
        <source>Most likely cause: the customer&apos;s uplink (what they send).</source>
        <translation>最可能的原因：客户的上行（客户发出的数据）。</translation>
    </message>
    <message>
        <source>Most likely cause: the customer&apos;s downlink (what they receive).</source>
        <translation>最可能的原因：客户的下行（客户收到的数据）。</translation>
    </message>
    <message>
        <source>Most likely cause: the customer&apos;s connection, both directions.</source>
        <translation>最可能的原因：客户的网络连接，上下行都有问题。</translation>
    </message>
    <message>
        <source>Most likely cause: the far end (the other participant&apos;s side).</source>
        <translation>最可能的原因：对端（通话另一方那一侧）。</translation>
    </message>
    <message>
        <source>The network looks fine in this call: look at other causes.</source>
        <translation>这次通话的网络看起来正常：请排查其他原因。</translation>
    </message>
    <message>
        <source>Not enough data in this file to judge the network.</source>
        <translation>此文件中的数据不足以判断网络情况。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Attach call statistics</source>
        <translation>附加通话统计</translation>
    </message>
    <message>
        <source>Call statistics (*.json *.txt *.ndjson *.log *.csv);;All files (*)</source>
        <translation>通话统计 (*.json *.txt *.ndjson *.log *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select a ticket first, and wait for the running import.</source>
        <translation>请先选择工单，并等待正在进行的导入完成。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not attach the file: %1</source>
        <translation>无法附加该文件：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected file&apos;s evidence from this ticket (kept in the history).</source>
        <translation>从此工单中移除所选文件的证据（历史记录中会保留）。</translation>
    </message>
    <message>
        <source>Could not remove the file: %1</source>
        <translation>无法移除该文件：%1</translation>
    </message>
    <message>
        <source>Loss of what the customer sends</source>
        <translation>客户发出数据的丢包</translation>
    </message>
    <message>
        <source>Loss of what the customer receives</source>
        <translation>客户收到数据的丢包</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>Estimated MOS</source>
        <translation>估算 MOS</translation>
    </message>
    <message>
        <source>Video freezes, seconds per minute</source>
        <translation>视频卡顿（每分钟秒数）</translation>
    </message>
    <message>
        <source>Sending limited by bandwidth, share of the call</source>
        <translation>发送受带宽限制的时间占比</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>noticeable</source>
        <translation>可察觉</translation>
    </message>
    <message>
        <source>%1: %2%3 from %4 to %5 (%6; limit %7 of %8)</source>
        <translation>%1：%4 至 %5 为 %2%3（%6；阈值 %7，方案 %8）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Most likely cause: the customer&apos;s device (its processor could not keep up with the video), not the network.</source>
        <translation>最可能的原因：客户的设备（处理器跟不上视频编码），而不是网络。</translation>
    </message>
    <message>
        <source>Most likely cause: the route through a relay server or over TCP, which adds delay.</source>
        <translation>最可能的原因：经由中继服务器或 TCP 的传输路径，增加了延迟。</translation>
    </message>
    <message>
        <source>Most likely cause: the connection failed, whatever the media figures say.</source>
        <translation>最可能的原因：连接失败（无论媒体指标如何）。</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Video sending limited by the device&apos;s processor, share of its time</source>
        <translation>视频发送受设备处理器限制的时间占比</translation>
    </message>
    <message>
        <source>Connection lost at %1 after working for %2 s</source>
        <translation>连接在正常工作 %2 秒后于 %1 中断</translation>
    </message>
    <message>
        <source>Connection could not be set up (tried from %1, failed at %2)</source>
        <translation>连接未能建立（从 %1 开始尝试，%2 失败）</translation>
    </message>
    <message>
        <source>%1 (a side connection; the call&apos;s media used another)</source>
        <translation>%1（辅助连接；通话媒体走的是另一条连接）</translation>
    </message>
    <message>
        <source>direct (host)</source>
        <translation>直连（host）</translation>
    </message>
    <message>
        <source>through NAT (%1)</source>
        <translation>经过 NAT（%1）</translation>
    </message>
    <message>
        <source>relay server</source>
        <translation>中继服务器</translation>
    </message>
    <message>
        <source>relay server, reached over %1</source>
        <translation>中继服务器，经由 %1 连接</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>could not be set up (failed at %1)</source>
        <translation>未能建立（%1 失败）</translation>
    </message>
    <message>
        <source>lost at %1</source>
        <translation>%1 中断</translation>
    </message>
    <message>
        <source>connected in %1 s</source>
        <translation>%1 秒内连上</translation>
    </message>
    <message>
        <source>customer side %1 → far side %2, over %3</source>
        <translation>客户侧 %1 → 对端 %2，经由 %3</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>未知协议</translation>
    </message>
    <message numerus="yes">
        <source>%n ICE restart(s)</source>
        <translation>
            <numerusform>%n 次 ICE 重启</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n 次中断</numerusform>
        </translation>
    </message>
    <message>
        <source>carried no media</source>
        <translation>未传输媒体</translation>
    </message>
    <message>
        <source>no details in the file</source>
        <translation>文件中没有详细信息</translation>
    </message>
    <message>
        <source>Connection %1: %2</source>
        <translation>连接 %1：%2</translation>
    </message>
    <message>
        <source>Video encoder: %1; decoder: %2</source>
        <translation>视频编码器：%1；解码器：%2</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>文件中没有</translation>
    </message>
    <message>
        <source>The file lost the start of the call (the browser keeps 1,000 samples per figure): everything here covers %1 to %2 only.</source>
        <translation>此文件缺少通话的开头（浏览器每项指标只保留 1,000 个采样）：这里的所有内容只覆盖 %1 至 %2。</translation>
    </message>
    <message>
        <source>Both participants</source>
        <translation>双方对比</translation>
    </message>
    <message>
        <source>Read two files of one call together: both participants on one time axis and a verdict that uses both sides.</source>
        <translation>把同一通通话的两个文件放在一起看：双方在同一时间轴上，结论同时参考两侧的数据。</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>对方：</translation>
    </message>
    <message>
        <source>Other participant&apos;s file</source>
        <translation>另一参与方的文件</translation>
    </message>
</context>
<context>
    <name>rtcare::FactsFromText</name>
    <message>
        <source>Facts read from the message</source>
        <translation>从描述中读出的信息</translation>
    </message>
    <message>
        <source>Read from the message: “%1”</source>
        <extracomment>%1 the customer&apos;s words a fact was read from</extracomment>
        <translation>从描述中读出：“%1”</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>%1 the fact (&quot;device&quot;), %2 the customer&apos;s words</extracomment>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Read from the message (your own choice replaces it): %1</source>
        <extracomment>%1 the facts read, e.g. scenario “网课” · device “苹果13”</extracomment>
        <translation>已从描述中读出（您自己选择的会替换它）：%1</translation>
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
    <message>
        <source>Upgrading the database on the team server (version %1 to %2)…
This happens once for the whole team; a server with many tickets can take a few minutes.</source>
        <translation>正在升级团队服务器上的数据库(版本 %1 → %2)…
整个团队只需进行一次；工单很多的服务器可能需要几分钟。</translation>
    </message>
    <message>
        <source>Upgrading the ticket database (version %1 to %2)…
This happens once; a large file can take a minute. A copy of the old file is kept beside it.</source>
        <translation>正在升级工单数据库(版本 %1 → %2)…
只需进行一次；文件较大时可能需要一分钟。旧文件的副本会保存在同一目录。</translation>
    </message>
    <message>
        <source>The team&apos;s shared SLA policy cannot be used, so RTCare uses this desktop&apos;s policy until a team lead fixes it:
%1</source>
        <translation>团队共用的 SLA 策略无法使用，在组长修正之前，RTCare 将使用本机的策略：
%1</translation>
    </message>
</context>
<context>
    <name>rtcare::ListJoin</name>
    <message>
        <source>, </source>
        <comment>list items</comment>
        <extracomment>Between the items of a list (&quot;a, b&quot;); Chinese uses 、 with no spaces.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>clauses</comment>
        <extracomment>Between clauses or reasons (&quot;a; b&quot;); Chinese uses the full-width ； with no spaces.</extracomment>
        <translation>；</translation>
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
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RTCare</source>
        <translation>关于 RTCare(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About RTCare</source>
        <translation>关于 RTCare</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RTCare %1&lt;/h3&gt;&lt;p&gt;Helps support agents of real-time audio and video services answer complaints quickly and fairly, and helps team leads learn from them.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3). MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RTCare %1&lt;/h3&gt;&lt;p&gt;帮助实时音视频服务的客服快速、公正地答复投诉，并帮助组长从投诉中发现改进方向。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（当前运行于 Qt %3）。MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings saved. Some changes apply the next time RTCare starts.</source>
        <translation>设置已保存。部分更改将在下次启动 RTCare 时生效。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>通话证据</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>No tickets here. Ctrl+4 shows all tickets; Ctrl+N files a new one.</source>
        <translation>这里没有工单。按 Ctrl+4 查看全部工单，按 Ctrl+N 新建工单。</translation>
    </message>
    <message>
        <source>Open RTCare</source>
        <translation>打开 RTCare</translation>
    </message>
    <message>
        <source>Most urgent ticket</source>
        <translation>最紧急的工单</translation>
    </message>
    <message>
        <source>Quit RTCare</source>
        <translation>退出 RTCare</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日备份已写入 %1。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>%1 Enter inserts the selected template; Ctrl+Enter copies the reply and marks it sent.</source>
        <translation>%1回车插入选中的模板；Ctrl+Enter 复制回复并标记为已发送。</translation>
    </message>
    <message>
        <source>No tickets match “%1” in any status (numbers, contacts, customers, devices, regions and descriptions were searched, symptoms with their synonyms in both languages). Escape clears the search.</source>
        <translation>所有状态的工单中都没有与“%1”匹配的结果（已查找工单号、联系方式、客户、设备、地区和问题描述，症状词连同中英文近义词一并查找）。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>More than %1 tickets match “%2”: the %3 most urgent are listed. Add a word to narrow the search.</source>
        <translation>与“%2”匹配的工单超过 %1 个：列出最紧急的 %3 个。再加一个词可缩小搜索范围。</translation>
    </message>
    <message>
        <source>No tickets match “%1” in this list.</source>
        <translation>当前列表中没有与“%1”匹配的工单。</translation>
    </message>
    <message>
        <source>Search all statuses</source>
        <translation>在所有状态中搜索</translation>
    </message>
    <message>
        <source>Escape clears the search.</source>
        <translation>按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>Team server connection</source>
        <translation>团队服务器连接</translation>
    </message>
    <message>
        <source>Lost the team server — reconnecting… Nothing you have typed is lost; what could not be saved stays in its field until the server is back.</source>
        <translation>与团队服务器的连接已断开，正在重新连接…已输入的内容不会丢失，未能保存的内容会留在原处，等服务器恢复后再保存。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the team server again; %n ticket(s) changed meanwhile.</source>
        <translation>
            <numerusform>已重新连接到团队服务器，期间有 %n 张工单发生了变化。</numerusform>
        </translation>
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
    <message>
        <source>Phone or computer model</source>
        <translation>手机或电脑型号</translation>
    </message>
    <message>
        <source>System and version</source>
        <translation>系统及版本</translation>
    </message>
    <message>
        <source>e.g. iOS 17.2, Android 13</source>
        <translation>例如 iOS 17.2、Android 13</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>系统(&amp;Y)：</translation>
    </message>
    <message>
        <source>File ticket (Ctrl+Enter)</source>
        <translation>提交工单（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>rtcare::QueueModel</name>
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
    <message>
        <source>First response / promise</source>
        <translation>首次响应 / 承诺</translation>
    </message>
    <message>
        <source>Promise to the customer: %1</source>
        <translation>对客户的承诺：%1</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>%1 · %2 is replying</source>
        <extracomment>Queue cell: %1 who has the ticket, %2 the colleagues replying to it now</extracomment>
        <translation>%1 · %2 正在回复</translation>
    </message>
</context>
<context>
    <name>rtcare::ReplyComposer</name>
    <message>
        <source>Some of your team&apos;s reply files could not be used; the built-in set is used instead:
%1</source>
        <translation>团队自定义的回复文件有部分无法使用，已改用内置内容：
%1</translation>
    </message>
    <message>
        <source>Suggested for this ticket</source>
        <translation>适合此工单的模板</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Write the reply here, or insert a template.</source>
        <translation>在此撰写回复，或插入模板。</translation>
    </message>
    <message>
        <source>Value for the placeholder</source>
        <translation>占位符的内容</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Placeholders to fill:</source>
        <translation>待填写的占位符：</translation>
    </message>
    <message>
        <source>Replace with the suggestion (Alt+Enter)</source>
        <translation>替换为建议说法（Alt+Enter）</translation>
    </message>
    <message>
        <source>Commitments made to this customer:</source>
        <translation>对该用户的承诺：</translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation>标记为已兑现</translation>
    </message>
    <message>
        <source>Mark broken</source>
        <translation>标记为未兑现</translation>
    </message>
    <message>
        <source>Copy and mark sent (Ctrl+Enter)</source>
        <translation>复制并标记为已发送（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (used %n time(s))</source>
        <translation>
            <numerusform>%1（已使用 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no blame   %2 has action   %3 has time   %4 placeholders filled</source>
        <translation>%1 无推责   %2 有行动   %3 有时间   %4 占位符已填写</translation>
    </message>
    <message>
        <source>Promised in this draft, tracked once sent: %1</source>
        <translation>本回复中的承诺（发送后开始计时）：%1</translation>
    </message>
    <message>
        <source>Tab inserts: %1</source>
        <translation>按 Tab 插入：%1</translation>
    </message>
    <message>
        <source>Type :: and a few letters, then Tab, to insert a template.</source>
        <translation>输入 :: 和几个字母后按 Tab，即可插入模板。</translation>
    </message>
    <message>
        <source>Could not record the reply: %1</source>
        <translation>无法记录该回复：%1</translation>
    </message>
    <message>
        <source>Acknowledge and empathise</source>
        <translation>共情与确认</translation>
    </message>
    <message>
        <source>Ask the three facts</source>
        <translation>询问三个关键信息</translation>
    </message>
    <message>
        <source>Speak with data</source>
        <translation>用数据说话</translation>
    </message>
    <message>
        <source>Give control</source>
        <translation>给用户掌控感</translation>
    </message>
    <message>
        <source>Industry context</source>
        <translation>行业背景</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级通知</translation>
    </message>
    <message>
        <source>Resolution and close</source>
        <translation>解决并结案</translation>
    </message>
    <message>
        <source>Follow-up after a delay</source>
        <translation>延误后的跟进</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left (%2 % used)</source>
        <translation>剩余 %1（已用 %2 %）</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <source>A reply holds at most %1 characters; the text beyond that was not kept.</source>
        <translation>回复最多 %1 个字符，超出部分未保留。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Templates (%1): Enter inserts the selected one at the cursor.</source>
        <translation>模板（%1）：回车把选中的模板插入到光标处。</translation>
    </message>
    <message>
        <source>Search templates; ↓ goes to the list, Enter inserts the first match (%1 reaches the list from anywhere in the tab).</source>
        <translation>搜索模板；↓ 进入列表，回车插入第一个匹配的模板（在本页任意位置按 %1 可回到列表）。</translation>
    </message>
    <message>
        <source>Copies the reply for the customer and records it as sent.</source>
        <translation>复制要发给客户的回复，并记录为已发送。</translation>
    </message>
    <message>
        <source>Only team leads can change the templates the team shares.</source>
        <translation>只有组长可以修改团队共用的模板。</translation>
    </message>
</context>
<context>
    <name>rtcare::ReplyPresence</name>
    <message>
        <source>%1 is replying to this ticket too.</source>
        <extracomment>%1 one or more colleagues&apos; names</extracomment>
        <translation>%1 也正在回复这张工单。</translation>
    </message>
    <message>
        <source>The ticket got another reply</source>
        <translation>这张工单有了新回复</translation>
    </message>
    <message>
        <source>%1 sent a reply to this ticket after you opened it here. Read it before sending yours?</source>
        <extracomment>%1 one or more names of who replied</extracomment>
        <translation>你在这里打开工单后，%1 已发出一条回复。要先看一下再发送你的回复吗？</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>先看一下</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>rtcare::ReplyQuality</name>
    <message>
        <source>Could read as blame</source>
        <translation>可能让人觉得在推责</translation>
    </message>
    <message>
        <source>Apology without a next step</source>
        <translation>道歉后缺少下一步</translation>
    </message>
    <message>
        <source>Promise that may be hard to keep</source>
        <translation>可能难以兑现的承诺</translation>
    </message>
    <message>
        <source>Advice could be more specific</source>
        <translation>建议可以更具体</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>占位符未填写</translation>
    </message>
</context>
<context>
    <name>rtcare::ReportCharts</name>
    <message>
        <source>Tickets per day by category</source>
        <translation>每日工单量(按分类)</translation>
    </message>
    <message>
        <source>Tickets per week by category</source>
        <translation>每周工单量(按分类)</translation>
    </message>
    <message>
        <source>First-response SLA attainment per tier (target line 95%)</source>
        <translation>各级别首次响应 SLA 达成率(目标线 95%)</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Confirmed root causes</source>
        <translation>已确认的根因</translation>
    </message>
    <message>
        <source>Recurring complaints within 7 days, by scenario</source>
        <translation>7 天内重复投诉(按场景)</translation>
    </message>
    <message>
        <source>Top device models</source>
        <translation>投诉最多的机型</translation>
    </message>
    <message>
        <source>Top regions</source>
        <translation>投诉最多的地区</translation>
    </message>
    <message>
        <source>Top scenarios</source>
        <translation>投诉最多的场景</translation>
    </message>
    <message>
        <source>Tickets per month by category</source>
        <translation>每月工单量(按分类)</translation>
    </message>
    <message>
        <source>Recurring complaints per month</source>
        <translation>每月重复投诉</translation>
    </message>
    <message>
        <source>Recurring complaints per week</source>
        <translation>每周重复投诉</translation>
    </message>
    <message>
        <source>Recurring complaints per day</source>
        <translation>每日重复投诉</translation>
    </message>
    <message>
        <source>Recurring tickets</source>
        <translation>重复投诉工单</translation>
    </message>
    <message>
        <source>Replies per agent, and those with a wording suggestion</source>
        <translation>各客服的回复数及有措辞建议的回复数</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>有建议</translation>
    </message>
    <message>
        <source>Replies per agent: no reply was sent in this period</source>
        <translation>各客服的回复数：本期没有发出任何回复</translation>
    </message>
</context>
<context>
    <name>rtcare::ReportHtml</name>
    <message>
        <source>(not set)</source>
        <translation>(未填写)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <source>Change vs. previous period</source>
        <translation>较上一周期变化</translation>
    </message>
    <message>
        <source>RTCare report</source>
        <translation>RTCare 报表</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>None for this period.</source>
        <translation>本周期没有建议。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Top device models</source>
        <translation>投诉最多的机型</translation>
    </message>
    <message>
        <source>Top OS versions</source>
        <translation>投诉最多的系统版本</translation>
    </message>
    <message>
        <source>Top regions</source>
        <translation>投诉最多的地区</translation>
    </message>
    <message>
        <source>Top scenarios</source>
        <translation>投诉最多的场景</translation>
    </message>
    <message>
        <source>Network environments</source>
        <translation>网络环境</translation>
    </message>
    <message>
        <source>Confirmed root causes</source>
        <translation>已确认的根因</translation>
    </message>
    <message>
        <source>Root-cause hypotheses</source>
        <translation>根因假设</translation>
    </message>
    <message>
        <source>Recurring complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>%1 customers came back within 7 days: %2 tickets.</source>
        <translation>%1 位客户在 7 天内再次投诉,共 %2 张工单。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Recurring tickets</source>
        <translation>重复投诉工单</translation>
    </message>
    <message>
        <source>Possible incidents</source>
        <translation>可能的故障事件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>时间窗开始</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reply quality</source>
        <translation>回复质量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>本周期没有。</translation>
    </message>
    <message>
        <source>%1 replies sent; %2 of them (%3 %) have a wording suggestion, %4 suggestions in all (%5 per reply): %6.</source>
        <translation>共发送 %1 条回复;其中 %2 条(%3 %)有措辞建议,建议共 %4 条(平均每条 %5 条):%6。</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>有建议</translation>
    </message>
    <message>
        <source>Per reply</source>
        <translation>每条回复</translation>
    </message>
    <message>
        <source>Commitments due in the period: %1; kept %2, not kept %3 (%4 % kept), still open %5, of which past due %6.</source>
        <translation>本周期到期的承诺:%1 项;已兑现 %2,未兑现 %3(兑现率 %4 %),仍未完成 %5,其中已过期 %6。</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>First-response SLA per tier</source>
        <translation>各级别首次响应 SLA</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(未分配)</translation>
    </message>
    <message>
        <source>First-response SLA per agent</source>
        <translation>各客服首次响应 SLA</translation>
    </message>
    <message>
        <source>Median and p90 in hours:minutes from the ticket&apos;s creation to its first response.</source>
        <translation>中位数与 p90 为从建单到首次响应的时长(小时:分钟)。</translation>
    </message>
    <message>
        <source>%1, days in %2: %3 tickets, %4 in the period of the same length before.</source>
        <translation>%1(按 %2 计日):%3 张工单,之前同样长度的周期为 %4 张。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>An agent&apos;s promises kept of those due in the period: &quot;3 / 4&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>已兑现的承诺</translation>
    </message>
</context>
<context>
    <name>rtcare::ReportLabels</name>
    <message>
        <source>Adapt for this device model</source>
        <translation>针对该机型做适配</translation>
    </message>
    <message>
        <source>Consider server nodes in this region</source>
        <translation>考虑在该地区增加服务器节点</translation>
    </message>
    <message>
        <source>Rework the solution for this scenario</source>
        <translation>该场景的底层方案需要改进</translation>
    </message>
    <message numerus="yes">
        <source>%n device model(s)</source>
        <translation>
            <numerusform>%n 个机型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 complaints about “%3” (%4 %), %5 times the expected share: it has %6 % of the other complaints, and an even share across %7 is %8 %.</source>
        <translation>“%3”类投诉 %2 起中有 %1 起(%4 %),是预期占比的 %5 倍:它在其他投诉中占 %6 %,在 %7中平均分摊为 %8 %。</translation>
    </message>
    <message>
        <source>%1 of its %2 complaints about “%3” (%4 %) came from customers complaining again within %5 days; %6 % in the other scenarios.</source>
        <translation>该场景“%3”类投诉 %2 起中有 %1 起(%4 %)来自 %5 天内再次投诉的客户;其他场景为 %6 %。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>rtcare::ReportPdf</name>
    <message>
        <source>RTCare report %1</source>
        <translation>RTCare 报表 %1</translation>
    </message>
    <message>
        <source>RTCare report %1 · page %2 of %3</source>
        <translation>RTCare 报表 %1 · 第 %2 页,共 %3 页</translation>
    </message>
</context>
<context>
    <name>rtcare::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>无法计算报表。</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>No recommendation for this period.</source>
        <translation>本周期没有建议。</translation>
    </message>
    <message numerus="yes">
        <source>%n possible incident(s): clusters of similar tickets in a short window.</source>
        <translation>
            <numerusform>%n 个可能的故障事件：短时间内集中出现的同类工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>No report to export yet.</source>
        <translation>还没有可导出的报表。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Leave out customer names and contacts?</source>
        <translation>是否去除客户姓名和联系方式?</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报表未保存:%1</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Reply quality</source>
        <translation>回复质量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>有建议</translation>
    </message>
    <message>
        <source>Per reply</source>
        <translation>每条回复</translation>
    </message>
    <message>
        <source>Most frequent suggestion</source>
        <translation>最常见的建议</translation>
    </message>
    <message>
        <source>No reply was sent in this period.</source>
        <translation>本期没有发送回复。</translation>
    </message>
    <message>
        <source>%1 replies; %2 (%3%) have a wording suggestion, %4 per reply. Suggestions are for coaching: they point at phrasing, not at people.</source>
        <translation>共 %1 条回复；其中 %2 条(%3%)有措辞建议，平均每条 %4 条。建议用于辅导：针对措辞，而非针对个人。</translation>
    </message>
    <message>
        <source>No commitment was due in this period.</source>
        <translation>本期没有到期的承诺。</translation>
    </message>
    <message>
        <source>Commitments due: %1. Kept %2, not kept %3 (%4% kept); still open %5, %6 of them past due.</source>
        <translation>到期承诺：%1 项。已兑现 %2，未兑现 %3(兑现率 %4%)；仍未完成 %5，其中 %6 项已过期。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 from %3: %n ticket(s)</source>
        <translation>
            <numerusform>%2 的%1：%3 起，共 %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (in the exported report)</source>
        <translation>
            <numerusform>… 另有 %n 起(见导出的报表)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>First-response SLA per tier</source>
        <translation>各级别首次响应 SLA</translation>
    </message>
    <message>
        <source>First-response SLA per agent</source>
        <translation>各客服首次响应 SLA</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Median and p90 in hours:minutes from a ticket&apos;s creation to its first response.</source>
        <translation>中位数与 p90 为从建单到首次响应的时长(小时:分钟)。</translation>
    </message>
    <message numerus="yes">
        <source>%1, days in %2: %n ticket(s), computed in %3 ms</source>
        <translation>
            <numerusform>%1(按 %2 计日):%n 张工单,用时 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(未分配)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>rtcare-report-%1-without-customers.pdf</source>
        <translation>rtcare-报表-%1-不含客户信息.pdf</translation>
    </message>
    <message>
        <source>rtcare-report-%1-with-customers.pdf</source>
        <translation>rtcare-报表-%1-含客户信息.pdf</translation>
    </message>
    <message>
        <source>The recurring-customers table names the customers who came back, with their phone number or e-mail address.</source>
        <translation>重复投诉客户表会列出再次投诉的客户姓名及其电话或邮箱。</translation>
    </message>
    <message>
        <source>Leave them &amp;out</source>
        <translation>不含客户信息(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Include them</source>
        <translation>包含客户信息(&amp;I)</translation>
    </message>
    <message>
        <source>Export the report without customer names and contacts</source>
        <translation>导出报表(不含客户姓名和联系方式)</translation>
    </message>
    <message>
        <source>Export the report with customer names and contacts</source>
        <translation>导出报表(含客户姓名和联系方式)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>已兑现的承诺</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>An agent&apos;s promises kept of those due in the period: &quot;3 / 4&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rtcare::RootCause</name>
    <message>
        <source>The customer&apos;s network</source>
        <translation>用户网络</translation>
    </message>
    <message>
        <source>Our servers</source>
        <translation>我们的服务器</translation>
    </message>
    <message>
        <source>Device performance</source>
        <translation>设备性能</translation>
    </message>
    <message>
        <source>Settings on the device</source>
        <translation>设备端设置</translation>
    </message>
    <message>
        <source>Our codec or audio/video algorithm</source>
        <translation>我们的编解码或音视频算法</translation>
    </message>
    <message>
        <source>Compatibility with the model or system</source>
        <translation>机型或系统兼容性</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>暂不明确</translation>
    </message>
</context>
<context>
    <name>rtcare::RootCauseRanking</name>
    <message>
        <source>no answer points here yet</source>
        <translation>暂无回答指向这里</translation>
    </message>
    <message>
        <source> (against: %1)</source>
        <extracomment>%1 the answers that speak against a root cause, joined by &quot; + &quot;</extracomment>
        <translation>（反证：%1）</translation>
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
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>✗ This file cannot be used: %1</source>
        <translation>✗ 此文件无法使用：%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Ticket database</source>
        <translation>工单数据库</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a ticket is at risk or breached</source>
        <translation>工单即将超时或已超时时显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose the ticket database</source>
        <translation>选择工单数据库</translation>
    </message>
    <message>
        <source>RTCare database (*.sqlite)</source>
        <translation>RTCare 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>✓ Usable: %1.</source>
        <translation>✓ 可以使用：%1。</translation>
    </message>
    <message>
        <source>Back up the ticket database &amp;every day</source>
        <translation>每天备份工单数据库(&amp;E)</translation>
    </message>
    <message>
        <source>A consistent copy, readable only by you, while RTCare runs: restore one with &apos;rtcare restore FILE&apos;.</source>
        <translation>在 RTCare 运行时生成一致的副本，仅您本人可读；用 &apos;rtcare restore FILE&apos; 恢复。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>A &quot;backups&quot; folder beside the database</source>
        <translation>数据库旁的“backups”文件夹</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source> backups</source>
        <extracomment>After the number of backups kept: &quot;Keep the newest: 7 backups&quot;</extracomment>
        <translation> 份备份</translation>
    </message>
    <message>
        <source>The newest backups kept in the folder; older ones are deleted.</source>
        <translation>文件夹中保留最新的几份备份，更早的会被删除。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Time zone of reports</source>
        <translation>报表时区</translation>
    </message>
    <message>
        <source>Reports count tickets on the days, weeks and months of this zone and show every time on its clock.</source>
        <translation>报表按此时区的日、周、月统计工单，所有时间也按此时区显示。</translation>
    </message>
    <message>
        <source>&amp;Reports&apos; time zone:</source>
        <translation>报表时区(&amp;R)：</translation>
    </message>
    <message>
        <source>Language, database and SLA policy apply the next time RTCare starts; the theme, your name, the daily backup and the reports&apos; time zone apply at once.</source>
        <translation>语言、数据库和 SLA 策略将在下次启动 RTCare 时生效；主题、坐席姓名、每日备份和报表时区立即生效。</translation>
    </message>
    <message>
        <source>The SLA policy&apos;s (%1)</source>
        <translation>随 SLA 策略（%1）</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Tea&amp;m server</source>
        <translation>团队服务器(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Share with the team</source>
        <translation>共享给团队(&amp;S)</translation>
    </message>
    <message>
        <source>Store this policy on the team server: every desktop of the team uses it from its next start.</source>
        <translation>将这份策略保存到团队服务器：团队里每台电脑下次启动时都会使用它。</translation>
    </message>
    <message>
        <source>Only team leads can change the SLA policy the team shares.</source>
        <translation>只有组长可以修改团队共用的 SLA 策略。</translation>
    </message>
    <message>
        <source>Choose the policy file to share first.</source>
        <translation>请先选择要共享的策略文件。</translation>
    </message>
    <message>
        <source>the team&apos;s shared data</source>
        <translation>团队共用的数据</translation>
    </message>
    <message>
        <source>✓ Shared with the team: every desktop uses this policy from its next start.</source>
        <translation>✓ 已共享给团队：每台电脑下次启动时都会使用这份策略。</translation>
    </message>
    <message>
        <source>The policy could not be shared with the team: %1</source>
        <translation>无法将策略共享给团队：%1</translation>
    </message>
</context>
<context>
    <name>rtcare::SingleInstance</name>
    <message>
        <source>RTCare is already running; its window was brought to the front.</source>
        <translation>RTCare 已在运行，已将其窗口切换到前台。</translation>
    </message>
    <message>
        <source>RTCare is already running with the database %1, so it cannot also open %2. Close the running RTCare first, or open %2 with the command line (rtcare --db … COMMAND), which works alongside it.</source>
        <translation>RTCare 已在运行并打开了数据库 %1，因此无法同时打开 %2。请先关闭正在运行的 RTCare，或通过命令行（rtcare --db … 命令）打开 %2，命令行可与窗口同时使用。</translation>
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
    <message>
        <source>The promise on ticket %1 (“%2”) is overdue.</source>
        <extracomment>%1 ticket number, %2 the promised words (&quot;within 2 hours&quot;, &quot;两小时内&quot;).</extracomment>
        <translation>工单 %1 的承诺（“%2”）已超时。</translation>
    </message>
    <message>
        <source>%1 promises to customers are overdue: %2.</source>
        <translation>%1 项对客户的承诺已超时：%2。</translation>
    </message>
    <message>
        <source>The promise on ticket %1 (“%2”) is due soon, by %3.</source>
        <extracomment>%1 ticket number, %2 the promised words, %3 the due time (&quot;16:30&quot;).</extracomment>
        <translation>工单 %1 的承诺（“%2”）即将到期，须在 %3 前兑现。</translation>
    </message>
    <message>
        <source>%1 promises to customers are due soon: %2.</source>
        <translation>%1 项对客户的承诺即将到期：%2。</translation>
    </message>
    <message>
        <source>Promises to customers</source>
        <translation>对客户的承诺</translation>
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
    <name>rtcare::TeamFeed</name>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>服务器没有响应</translation>
    </message>
</context>
<context>
    <name>rtcare::TeamServerPage</name>
    <message>
        <source>This &amp;computer only (a local file)</source>
        <translation>仅本机（本地文件）(&amp;C)</translation>
    </message>
    <message>
        <source>A team &amp;server shared with colleagues (PostgreSQL)</source>
        <translation>与同事共用的团队服务器（PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com，或套接字目录，如 /run/postgresql</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your login name on the server</source>
        <translation>你在服务器上的登录名</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>安全连接（TLS）</translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate (verify-full)</source>
        <translation>必须加密，并核验服务器证书（verify-full）</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>必须加密（require）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时加密（prefer）</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>不加密（disable）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or a service file</source>
        <translation>留空：从 ~/.pgpass 或服务文件读取</translation>
    </message>
    <message>
        <source>R&amp;emember in the system keychain</source>
        <translation>保存在系统钥匙串中(&amp;E)</translation>
    </message>
    <message>
        <source>This RTCare was built without the system keychain: a password typed here is used only to test the connection. Keep it in ~/.pgpass (or the file PGPASSFILE names), where PostgreSQL&apos;s own tools find it too.</source>
        <translation>此版本的 RTCare 未启用系统钥匙串：这里输入的密码只用于测试连接。请把密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件），PostgreSQL 自带的工具也从那里读取。</translation>
    </message>
    <message>
        <source>RTCare never writes the password into its settings. Without it, the password comes from ~/.pgpass.</source>
        <translation>RTCare 从不把密码写进设置。不保存时，密码从 ~/.pgpass 读取。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Secure co&amp;nnection:</source>
        <translation>安全连接(&amp;N)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Saved as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Where the tickets live changes the next time RTCare starts. A local file stays where it is: you can come back to it.</source>
        <translation>工单存放位置在下次启动 RTCare 时生效。本地文件保持原样，随时可以切换回来。</translation>
    </message>
    <message>
        <source>⚠ RTCare was started with %1 = %2: that comes before this page until RTCare starts without it.</source>
        <translation>⚠ 本次启动时指定了 %1 = %2：在不带它重新启动 RTCare 之前，以它为准，本页设置暂不生效。</translation>
    </message>
    <message>
        <source>Encrypted, and RTCare checks that the server is the one named above (its certificate must be signed by an authority this computer trusts, or by the file in ~/.postgresql/root.crt). The safest choice across the internet.</source>
        <translation>加密传输，并核实对方确实是上面填写的服务器（其证书须由本机信任的机构签发，或由 ~/.postgresql/root.crt 中的证书签发）。经由互联网连接时最安全。</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity is not checked: safe from eavesdropping, not from a server pretending to be yours.</source>
        <translation>加密传输，但不核实服务器身份：可防窃听，但防不了冒充的服务器。</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, else in plain text. Fine on a trusted office network.</source>
        <translation>服务器支持时加密，否则明文传输。适合可信的办公网络。</translation>
    </message>
    <message>
        <source>Plain text: anyone on the network can read tickets. Only for a server on this computer or a socket folder.</source>
        <translation>明文传输：网络上任何人都能看到工单内容。仅用于本机上的服务器或套接字目录。</translation>
    </message>
    <message>
        <source>(no server yet)</source>
        <translation>（尚未填写服务器）</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1): the password comes from ~/.pgpass until it can.</source>
        <translation>无法访问系统钥匙串（%1）：在恢复之前，密码从 ~/.pgpass 读取。</translation>
    </message>
    <message>
        <source>✗ The password could not be saved in the system keychain (%1). Untick &quot;Remember&quot; to save the other settings, and keep the password in ~/.pgpass.</source>
        <translation>✗ 无法把密码保存到系统钥匙串（%1）。取消勾选“保存”即可保存其他设置，密码请写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Fill in the server first.</source>
        <translation>请先填写服务器。</translation>
    </message>
    <message>
        <source>Connecting to %1 (giving up after %2 seconds)…</source>
        <translation>正在连接 %1（%2 秒后放弃）…</translation>
    </message>
    <message>
        <source>✓ Connected as %1.</source>
        <translation>✓ 已以 %1 的身份连接。</translation>
    </message>
    <message>
        <source>The database has no RTCare tables yet: RTCare creates them when it first opens it.</source>
        <translation>数据库中还没有 RTCare 的表：RTCare 第一次打开时会自动创建。</translation>
    </message>
    <message>
        <source>RTCare&apos;s tables are at version %1; this RTCare upgrades them to %2 when it opens them.</source>
        <translation>RTCare 的表为第 %1 版；本版 RTCare 打开时会升级到第 %2 版。</translation>
    </message>
    <message>
        <source>RTCare&apos;s tables are up to date (version %1).</source>
        <translation>RTCare 的表已是最新（第 %1 版）。</translation>
    </message>
    <message>
        <source>You are an administrator of this server (you can run &apos;rtcare server init&apos;).</source>
        <translation>你是这台服务器的管理员（可以运行 &apos;rtcare server init&apos;）。</translation>
    </message>
    <message>
        <source>You are a team lead here.</source>
        <translation>你在这里是组长。</translation>
    </message>
    <message>
        <source>You are an agent here.</source>
        <translation>你在这里是客服。</translation>
    </message>
    <message>
        <source>⚠ But %1 is not a member of rtcare_agent: ask an administrator to run GRANT rtcare_agent TO %1.</source>
        <translation>⚠ 但 %1 不是 rtcare_agent 的成员：请管理员运行 GRANT rtcare_agent TO %1。</translation>
    </message>
    <message>
        <source>⚠ The server has no team roles yet: an administrator runs &apos;rtcare server init URL&apos; once.</source>
        <translation>⚠ 服务器上还没有团队角色：需由管理员运行一次 &apos;rtcare server init URL&apos;。</translation>
    </message>
    <message>
        <source>✗ Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>✗ 未安装 Qt 的 PostgreSQL 驱动（Debian 和 Ubuntu 上为软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>✗ No server answered at %1. It may be stopped, the server name or port may be wrong, or a firewall is in the way.</source>
        <translation>✗ %1 没有服务器应答。可能是服务器未运行、服务器名或端口有误，或被防火墙拦截。</translation>
    </message>
    <message>
        <source>✗ The server asks for a password: type it above, or put it in ~/.pgpass.</source>
        <translation>✗ 服务器要求输入密码：请在上面填写，或写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>✗ The server refused this user name or password.</source>
        <translation>✗ 服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>✗ The server has no database of that name: ask an administrator to create it (createdb).</source>
        <translation>✗ 服务器上没有这个名称的数据库：请管理员创建（createdb）。</translation>
    </message>
    <message>
        <source>✗ The secure connection failed: the server may not offer TLS, or its certificate is not trusted here. Check the secure connection mode with your administrator.</source>
        <translation>✗ 安全连接失败：服务器可能不支持 TLS，或其证书在本机不受信任。请与管理员确认安全连接方式。</translation>
    </message>
    <message>
        <source>✗ A newer RTCare set up this database (version %1; this one reads up to %2). Nothing was changed: update RTCare first.</source>
        <translation>✗ 这个数据库由更新版本的 RTCare 创建（第 %1 版；本版最多支持第 %2 版）。未做任何改动：请先升级 RTCare。</translation>
    </message>
    <message>
        <source>✗ This database holds another program&apos;s tables: give RTCare an empty database of its own.</source>
        <translation>✗ 这个数据库里有其他程序的表：请为 RTCare 准备一个单独的空数据库。</translation>
    </message>
    <message>
        <source>✗ The connection failed.</source>
        <translation>✗ 连接失败。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences one after the other (Chinese: no space between them)</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>rtcare::TemplateEditorDialog</name>
    <message>
        <source>Edit reply template</source>
        <translation>编辑回复模板</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <source>Text (English):</source>
        <translation>正文（英文）：</translation>
    </message>
    <message>
        <source>Text (Chinese):</source>
        <translation>正文（中文）：</translation>
    </message>
    <message>
        <source>A template needs an id and a text in both languages.</source>
        <translation>模板需要编号以及中英文两种正文。</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Could not save the template for the team: %1</source>
        <translation>无法为团队保存模板：%1</translation>
    </message>
</context>
<context>
    <name>rtcare::TextLimit</name>
    <message>
        <source>This field holds at most %1 characters; the text beyond that was not kept.</source>
        <translation>此栏最多 %1 个字符，超出部分未保留。</translation>
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
    <message>
        <source>Open promises to the customer</source>
        <translation>尚未兑现的客户承诺</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>承诺：</translation>
    </message>
    <message>
        <source>“%1” · %2 · due by %3</source>
        <extracomment>One open promise: %1 the promised words (&quot;within 2 hours&quot;), %2 its countdown (&quot;1:20:00 left&quot;, &quot;80 % · 12:00 left&quot;, &quot;Overdue 5:10&quot;), %3 its due time.</extracomment>
        <translation>“%1” · %2 · %3 前兑现</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>%1 — %2 is replying</source>
        <translation>%1 — %2 正在回复</translation>
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
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Category changed</source>
        <translation>投诉类型已调整</translation>
    </message>
    <message>
        <source>Call statistics</source>
        <translation>通话统计</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>likeliest root cause</source>
        <translation>最可能的原因</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n 个回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>已发送回复</translation>
    </message>
    <message>
        <source>Promise closed</source>
        <translation>承诺已结束</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>做出承诺</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>未能兑现</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>; templates: %1</source>
        <translation>；模板：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; tone clean</source>
        <translation>；措辞检查通过</translation>
    </message>
    <message numerus="yes">
        <source>; %n tone finding(s)</source>
        <translation>
            <numerusform>；措辞问题 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”, due %2</source>
        <extracomment>A promise in the history: %1 the promised words, %2 the local due time.</extracomment>
        <translation>“%1”，%2 前兑现</translation>
    </message>
    <message>
        <source>Read from the message</source>
        <translation>从描述中读出</translation>
    </message>
    <message>
        <source>the customer wrote “%1”</source>
        <extracomment>%1 the customer&apos;s words a fact was read from</extracomment>
        <translation>客户原话：“%1”</translation>
    </message>
    <message>
        <source>read from the customer&apos;s message</source>
        <translation>从客户的描述中读出</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派</translation>
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
    <message>
        <source>Say why the category changes; the reason is kept in the ticket&apos;s history.</source>
        <translation>请说明调整分类的原因，原因会记入工单历史。</translation>
    </message>
    <message>
        <source>%1 already has this category.</source>
        <translation>%1 已经是这个分类。</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <source>The operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>The assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters, the limit; shorten it.</source>
        <extracomment>%1 is a field (&quot;The description&quot;); %2 the limit, e.g. &quot;20,000&quot;</extracomment>
        <translation>%1超过了 %2 个字符的上限，请缩短。</translation>
    </message>
    <message>
        <source>%1 contains a NUL character; remove it.</source>
        <translation>%1包含空字符（NUL），请删除。</translation>
    </message>
    <message>
        <source>Say whom the ticket goes to.</source>
        <translation>请说明工单交给谁。</translation>
    </message>
    <message>
        <source>%1 has just been taken by %2; nothing was changed. Look again before taking it over.</source>
        <extracomment>%1 ticket number, %2 the colleague who has it now</extracomment>
        <translation>%1 刚被%2接手，未做任何改动。请先看一下再决定是否接过来。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 is already with %2.</source>
        <extracomment>%1 ticket number, %2 an agent&apos;s name</extracomment>
        <translation>%1 已经在%2名下。</translation>
    </message>
    <message>
        <source>%1 was changed by a colleague meanwhile (it is now &quot;%2&quot;); nothing was changed. Look again before changing it.</source>
        <translation>%1 刚被同事改过（现在是“%2”），本次未做任何更改。请先重新查看再修改。</translation>
    </message>
</context>
<context>
    <name>rtcare::ToneCommands</name>
    <message>
        <source>The tone model settings (JSON with &quot;training&quot;); default: the built-in tone-model.json.</source>
        <translation>语气模型的设置（含 &quot;training&quot; 的 JSON）；默认使用内置的 tone-model.json。</translation>
    </message>
    <message>
        <source>Where to write the model (fastText format).</source>
        <translation>模型写到哪里（fastText 格式）。</translation>
    </message>
    <message>
        <source>Labelled replies, JSON lines (lang, expect, text); several files are read in the order given.</source>
        <translation>已标注的回复，JSON Lines（lang、expect、text）；多个文件按给出的顺序读取。</translation>
    </message>
    <message>
        <source>Trains the learned tone model from labelled replies: fastText on the reply&apos;s tokens, one thread, a fixed seed, so the same files give the same model.</source>
        <translation>用已标注的回复训练语气模型：fastText 读取回复的词元，单线程、固定随机种子，相同的文件训练出相同的模型。</translation>
    </message>
    <message>
        <source>train-tone-model: --out FILE is required</source>
        <translation>train-tone-model：必须指定 --out FILE</translation>
    </message>
    <message>
        <source>train-tone-model: %1: cannot be read: %2</source>
        <translation>train-tone-model：%1：无法读取：%2</translation>
    </message>
    <message>
        <source>train-tone-model: %1: cannot be written: %2</source>
        <translation>train-tone-model：%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Trained on %1 replies (%2 examples) in %3 s: %4 (%5 bytes, SHA-256 %6)
</source>
        <translation>已用 %1 条回复（%2 个样本）训练，耗时 %3 秒：%4（%5 字节，SHA-256 %6）
</translation>
    </message>
    <message>
        <source>Write the figures as JSON.</source>
        <translation>以 JSON 输出统计数字。</translation>
    </message>
    <message>
        <source>Also list every reply whose faults came out wrong.</source>
        <translation>同时列出每条判断有误的回复。</translation>
    </message>
    <message>
        <source>Use this tone model file instead of the shipped one.</source>
        <translation>使用这个语气模型文件，而不是内置的模型。</translation>
    </message>
    <message>
        <source>Leave the learned model out: the tone rules alone.</source>
        <translation>不用学习模型：只用语气规则。</translation>
    </message>
    <message>
        <source>Print the per-category thresholds that fit these replies best (for tone-model.json; fit on the dev set only).</source>
        <translation>输出最适合这些回复的各类别阈值（用于 tone-model.json；只在开发集上拟合）。</translation>
    </message>
    <message>
        <source>Labelled replies, JSON lines.</source>
        <translation>已标注的回复，JSON Lines。</translation>
    </message>
    <message>
        <source>Measures the tone checker against labelled replies: how many get exactly the labelled faults, how many good replies get a finding, recall and precision per fault and language.</source>
        <translation>用已标注的回复衡量语气检查：多少条找出的问题与标注完全一致、多少条好回复被误报，以及按问题类别和语言的召回率与准确率。</translation>
    </message>
    <message>
        <source>evaluate-tone: --fit needs the learned model</source>
        <translation>evaluate-tone：--fit 需要学习模型</translation>
    </message>
    <message>
        <source>%1 replies
</source>
        <translation>%1 条回复
</translation>
    </message>
    <message>
        <source>%1 replies (tone rules only)
</source>
        <translation>%1 条回复（只用语气规则）
</translation>
    </message>
    <message>
        <source>Use these tone model settings (thresholds) instead of the shipped ones; with --model, the model file given there.</source>
        <translation>使用这份语气模型设置（阈值）代替内置设置；与 --model 一起用时，配合那里给出的模型文件。</translation>
    </message>
    <message>
        <source>With --fit: a finding on a good reply counts as N wrong decisions (default 1).</source>
        <translation>与 --fit 一起用：好回复上的一条提示按 N 次判错计（默认 1）。</translation>
    </message>
    <message>
        <source>evaluate-tone: --good-alarm-cost needs a whole number from 1 to 100</source>
        <translation>evaluate-tone：--good-alarm-cost 需要 1 到 100 之间的整数</translation>
    </message>
</context>
</TS>
