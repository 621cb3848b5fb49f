<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BlockingBadge</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the blocked call (it fails with "cancelled")</source>
            <translation>取消被阻塞的调用（它将以“已取消”失败）</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>blocking</source>
            <translation>阻塞</translation>
        </message>
        <message>
            <source>non-blocking</source>
            <translation>非阻塞</translation>
        </message>
        <message>
            <source>timeout %1 s</source>
            <translation>超时 %1 s</translation>
        </message>
        <message>
            <source>Blocking mode of this socket, as Python's setblocking() / settimeout() set it</source>
            <translation>此套接字的阻塞模式，对应 Python 的 setblocking() / settimeout() 设置</translation>
        </message>
        <message>
            <source>blocked in %1() for %2 s</source>
            <translation>已在 %1() 中阻塞 %2 s</translation>
        </message>
        <message>
            <source>%1 of %2 s</source>
            <translation>%1 / %2 s</translation>
        </message>
        <message>
            <source>%1 — send would block: %2 bytes waiting</source>
            <translation>%1 — 发送会阻塞：%2 个字节等待中</translation>
        </message>
        <message>
            <source>The socket's send buffer is full (send() said EWOULDBLOCK or took only part): the rest waits in SockLab until the peer reads</source>
            <translation>该套接字的发送缓冲区已满（send() 返回 EWOULDBLOCK 或只接收了一部分数据）：其余数据在 SockLab 中等待，直到对端读取</translation>
        </message>
    </context>
    <context>
        <name>ByteDecodeSection</name>
        <message>
            <source>bytes in hex, e.g. 00 00 01 00, or select bytes in a traffic view</source>
            <translation>十六进制字节，例如 00 00 01 00，或在流量视图中选择字节</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Big-endian</source>
            <translation>大端</translation>
        </message>
        <message>
            <source>Little-endian</source>
            <translation>小端</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) selected; the first %1 are decoded.</source>
            <translation>
                <numerusform>已选择 %n 个字节；解码其中前 %1 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hex, %1</source>
            <translation>十六进制，%1</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s); numbers are read from the first bytes.</source>
            <translation>
                <numerusform>%n 个字节；数值从开头的字节读取。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(needs %n byte(s))</source>
            <translation>
                <numerusform>（需要 %n 个字节）</numerusform>
            </translation>
        </message>
        <message>
            <source>uint8</source>
            <translation>uint8</translation>
        </message>
        <message>
            <source>int8</source>
            <translation>int8</translation>
        </message>
        <message>
            <source>uint16</source>
            <translation>uint16</translation>
        </message>
        <message>
            <source>int16</source>
            <translation>int16</translation>
        </message>
        <message>
            <source>uint32</source>
            <translation>uint32</translation>
        </message>
        <message>
            <source>int32</source>
            <translation>int32</translation>
        </message>
        <message>
            <source>uint64</source>
            <translation>uint64</translation>
        </message>
        <message>
            <source>int64</source>
            <translation>int64</translation>
        </message>
        <message>
            <source>float</source>
            <translation>float</translation>
        </message>
        <message>
            <source>double</source>
            <translation>double</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
    </context>
    <context>
        <name>ByteOrderInspector</name>
        <message>
            <source>This machine</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>hton / ntoh</source>
            <translation>hton / ntoh</translation>
        </message>
        <message>
            <source>Python struct</source>
            <translation>Python struct</translation>
        </message>
        <message>
            <source>Socket address as sockaddr bytes</source>
            <translation>套接字地址的 sockaddr 字节</translation>
        </message>
        <message>
            <source>Decode bytes</source>
            <translation>解码字节</translation>
        </message>
        <message>
            <source>This machine is little-endian: the least significant byte comes first in memory, so hton/ntoh swap the bytes.</source>
            <translation>本机是小端：最低有效字节在内存中排在最前，所以 hton/ntoh 会交换字节。</translation>
        </message>
        <message>
            <source>This machine is big-endian, the same order as the network: hton/ntoh change nothing.</source>
            <translation>本机是大端，与网络字节序相同：hton/ntoh 不做任何改变。</translation>
        </message>
        <message>
            <source>a number, decimal or 0x hex, e.g. 8080</source>
            <translation>一个数：十进制或以 0x 开头的十六进制，例如 8080</translation>
        </message>
        <message>
            <source>%1 bits</source>
            <translation>%1 位</translation>
        </message>
        <message>
            <source>Host order (in memory here)</source>
            <translation>主机字节序（本机内存中的顺序）</translation>
        </message>
        <message>
            <source>Network order (big-endian, on the wire)</source>
            <translation>网络字节序（大端，线路上传输的顺序）</translation>
        </message>
        <message>
            <source>127.0.0.1:8080, [::1]:8080 or unix:/tmp/sock</source>
            <translation>127.0.0.1:8080、[::1]:8080 或 unix:/tmp/sock</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>'%1' is not a number (decimal, or hex with 0x)</source>
            <translation>“%1”不是数字（十进制，或以 0x 开头的十六进制）</translation>
        </message>
        <message>
            <source>%1 does not fit in %2 bits (0 to %3)</source>
            <translation>%1 超出了 %2 位的范围（0 到 %3）</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>hton%1(%2) = %3 (0x%4) as this machine reads it; ntoh%1(%3) = %2</source>
            <translation>hton%1(%2) = %3（0x%4，按本机字节序解读）；ntoh%1(%3) = %2</translation>
        </message>
        <message>
            <source>length</source>
            <translation>长度</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>family</source>
            <translation>地址族</translation>
        </message>
        <message>
            <source>%1, host order</source>
            <translation>%1，主机字节序</translation>
        </message>
        <message>
            <source>port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>%1, network order</source>
            <translation>%1，网络字节序</translation>
        </message>
        <message>
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>其余</translation>
        </message>
        <message>
            <source>sin_zero, padding</source>
            <translation>sin_zero，填充</translation>
        </message>
        <message>
            <source>flowinfo</source>
            <translation>流信息</translation>
        </message>
        <message>
            <source>scope id</source>
            <translation>作用域 ID</translation>
        </message>
        <message>
            <source>path</source>
            <translation>路径</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s):</source>
            <translation>
                <numerusform>%n 个字节：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CallTimelineExport</name>
        <message>
            <source>The diagram is %1 × %2 pixels, too large for a PNG: zoom out, or export the visible part or an SVG.</source>
            <translation>该图为 %1 × %2 像素，对 PNG 来说太大：请缩小视图，或者导出可见部分或 SVG。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>SockLab call timeline</source>
            <translation>SockLab 调用时间线</translation>
        </message>
    </context>
    <context>
        <name>CallTimelineModel</name>
        <message>
            <source>Socket: %1 (socket #%2)</source>
            <translation>套接字：%1（套接字 #%2）</translation>
        </message>
        <message>
            <source>Call: %1</source>
            <translation>调用：%1</translation>
        </message>
        <message>
            <source>Arguments: %1</source>
            <translation>参数：%1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Result: still waiting (%1 so far)</source>
            <translation>结果：仍在等待（已等待 %1）</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>OS message: %1</source>
            <translation>操作系统消息：%1</translation>
        </message>
        <message>
            <source>Likely causes:</source>
            <translation>可能的原因：</translation>
        </message>
        <message>
            <source>What to try:</source>
            <translation>可以尝试：</translation>
        </message>
        <message>
            <source>Platform note:</source>
            <translation>平台说明：</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Bytes: %1</source>
            <translation>字节数：%1</translation>
        </message>
        <message>
            <source>Started: +%1 s</source>
            <translation>开始于：+%1 s</translation>
        </message>
        <message>
            <source>Duration: %1</source>
            <translation>耗时：%1</translation>
        </message>
        <message>
            <source>Waited (blocked until the socket was ready): %1</source>
            <translation>等待时间（阻塞直到套接字就绪）：%1</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>调用</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Start (s)</source>
            <translation>开始（s）</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>listener %1</source>
            <translation>监听套接字 %1</translation>
        </message>
        <message>
            <source>accepted %1</source>
            <translation>已接受 %1</translation>
        </message>
        <message>
            <source>client -&gt; %1</source>
            <translation>客户端 -&gt; %1</translation>
        </message>
        <message>
            <source>UDP socket</source>
            <translation>UDP 套接字</translation>
        </message>
        <message>
            <source>socket() failed</source>
            <translation>socket() 失败</translation>
        </message>
        <message>
            <source>socket #%1</source>
            <translation>套接字 #%1</translation>
        </message>
        <message>
            <source>… waiting</source>
            <translation>… 等待中</translation>
        </message>
    </context>
    <context>
        <name>CallTimelinePanel</name>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel down)</source>
            <translation>缩小（Ctrl+滚轮向下）</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel up)</source>
            <translation>放大（Ctrl+滚轮向上）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Show the whole timeline</source>
            <translation>显示整条时间线</translation>
        </message>
        <message>
            <source>Follow live</source>
            <translation>实时跟随</translation>
        </message>
        <message>
            <source>Keep the newest call in view</source>
            <translation>始终显示最新的调用</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Forget the calls shown so far</source>
            <translation>清除目前显示的所有调用</translation>
        </message>
        <message>
            <source>Whole timeline as PNG…</source>
            <translation>整条时间线导出为 PNG…</translation>
        </message>
        <message>
            <source>Visible part as PNG…</source>
            <translation>可见部分导出为 PNG…</translation>
        </message>
        <message>
            <source>Whole timeline as SVG…</source>
            <translation>整条时间线导出为 SVG…</translation>
        </message>
        <message>
            <source>Visible part as SVG…</source>
            <translation>可见部分导出为 SVG…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Click a call to see its arguments, result, error and timing.</source>
            <translation>点击某个调用，查看其参数、结果、错误和耗时。</translation>
        </message>
        <message>
            <source>%1 calls, %2 sockets</source>
            <translation>%1 个调用，%2 个套接字</translation>
        </message>
        <message>
            <source> · %1 oldest dropped (keeps %2)</source>
            <translation> · 已丢弃最早的 %1 个（保留 %2 个）</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Export the call timeline</source>
            <translation>导出调用时间线</translation>
        </message>
    </context>
    <context>
        <name>CallTimelineView</name>
        <message>
            <source>%1, waited %2</source>
            <translation>%1，等待了 %2</translation>
        </message>
        <message>
            <source>time ↓</source>
            <translation>时间 ↓</translation>
        </message>
        <message>
            <source>socket #%1</source>
            <translation>套接字 #%1</translation>
        </message>
    </context>
    <context>
        <name>ChatContactsPanel</name>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>A new contact; double-click a cell to edit it</source>
            <translation>新建联系人；双击单元格即可编辑</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Add as &amp;contact…</source>
            <translation>添加为联系人(&amp;C)…</translation>
        </message>
        <message>
            <source>Give the unknown sender a name: its messages then go to that contact</source>
            <translation>为未知发送方起个名称：之后它的消息会归到该联系人名下</translation>
        </message>
        <message>
            <source>Contact %1</source>
            <translation>联系人 %1</translation>
        </message>
    </context>
    <context>
        <name>ChatConversationModel</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 个字节</numerusform>
            </translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>A datagram went out (UDP cannot tell whether it arrived).</extracomment>
            <translation>已发送</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source> … (%n more character(s))</source>
            <translation>
                <numerusform> …（还有 %n 个字符）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatConversationView</name>
        <message>
            <source>No messages yet.</source>
            <translation>还没有消息。</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Copy conversation</source>
            <translation>复制对话(&amp;C)</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>ChatTab</name>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>How messages are encoded when sent and decoded when received</source>
            <translation>发送时如何对消息编码、接收时如何解码</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <source>This chat's own address: bind() here, and peers send to it</source>
            <translation>此聊天自己的地址：在这里 bind()，对端向它发送消息</translation>
        </message>
        <message>
            <source>Type a message, Enter sends it</source>
            <translation>输入消息，按 Enter 发送</translation>
        </message>
        <message>
            <source>Sen&amp;d</source>
            <translation>发送(&amp;D)</translation>
        </message>
        <message>
            <source>Raw traffic and errors</source>
            <translation>原始流量和错误</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>错误（%1）</translation>
        </message>
        <message>
            <source>Chat %1</source>
            <translation>聊天 %1</translation>
        </message>
        <message>
            <source>Cannot start: %1</source>
            <translation>无法启动：%1</translation>
        </message>
        <message>
            <source>Could not bind %1: %2</source>
            <translation>无法绑定到 %1：%2</translation>
        </message>
        <message>
            <source>(Is the seed's QQ server running there? Bind to port 0 to chat with it.)</source>
            <translation>（教程里的 QQ 聊天服务器是否正在那里运行？绑定到端口 0 即可与它聊天。）</translation>
        </message>
        <message>
            <source>The chat was stopped</source>
            <translation>聊天已停止</translation>
        </message>
        <message>
            <source>Bound to %1 — messages to this address arrive here</source>
            <translation>已绑定到 %1——发往此地址的消息会到达这里</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Start the chat to send messages</source>
            <translation>启动聊天后才能发送消息</translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>未选择会话</translation>
        </message>
        <message>
            <source>Pick a contact on the left.</source>
            <translation>请在左侧选择一个联系人。</translation>
        </message>
        <message>
            <source>%1 — replies go back there</source>
            <translation>%1——回复会发回该地址</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No messages yet. What you send goes to %1 with sendto().</source>
            <translation>还没有消息。你发送的内容会通过 sendto() 发往 %1。</translation>
        </message>
        <message>
            <source>%1 is now the contact %2</source>
            <translation>%1 现已保存为联系人 %2</translation>
        </message>
        <message>
            <source>Add as contact</source>
            <translation>添加为联系人</translation>
        </message>
        <message>
            <source>Name for %1:</source>
            <translation>%1 的名称：</translation>
        </message>
        <message>
            <source>The datagram was cut: %1 of %2 bytes kept</source>
            <translation>数据报被截断：%2 字节中只保留了 %1 字节</translation>
        </message>
        <message>
            <source>The datagram was cut to %1 bytes</source>
            <translation>数据报被截断为 %1 字节</translation>
        </message>
        <message>
            <source>no contact is selected</source>
            <translation>未选择联系人</translation>
        </message>
        <message>
            <source>the chat is not started: press Start first</source>
            <translation>聊天尚未启动：请先点击“启动”</translation>
        </message>
        <message>
            <source>no contact has this name</source>
            <translation>没有叫这个名称的联系人</translation>
        </message>
    </context>
    <context>
        <name>ChatTextCodec</name>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>GBK (Simplified Chinese)</source>
            <translation>GBK（简体中文）</translation>
        </message>
        <message>
            <source>GB18030 (Chinese)</source>
            <translation>GB18030（中文）</translation>
        </message>
        <message>
            <source>Big5 (Traditional Chinese)</source>
            <translation>Big5（繁体中文）</translation>
        </message>
        <message>
            <source>Shift_JIS (Japanese)</source>
            <translation>Shift_JIS（日文）</translation>
        </message>
        <message>
            <source>Latin-1 (ISO-8859-1)</source>
            <translation>Latin-1（ISO-8859-1）</translation>
        </message>
        <message>
            <source>UTF-16LE</source>
            <translation>UTF-16LE</translation>
        </message>
        <message>
            <source>UTF-16BE</source>
            <translation>UTF-16BE</translation>
        </message>
    </context>
    <context>
        <name>ClientSettingsBar</name>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <source>Look the host up and connect to its addresses in turn</source>
            <translation>解析主机名，并依次连接到它的各个地址</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>断开连接(&amp;D)</translation>
        </message>
        <message>
            <source>End the lookup, the connect in progress or the connection</source>
            <translation>结束正在进行的解析、连接尝试或现有连接</translation>
        </message>
        <message>
            <source>&amp;Reconnect</source>
            <translation>重新连接(&amp;R)</translation>
        </message>
        <message>
            <source>Close, then connect again with the settings shown</source>
            <translation>先关闭，再按当前显示的设置重新连接</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>How long to wait for each address to answer before trying the next</source>
            <translation>尝试下一个地址之前，等待每个地址应答的时长</translation>
        </message>
        <message>
            <source>Blocking</source>
            <translation>阻塞</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Non-blocking</source>
            <translation>非阻塞</translation>
        </message>
        <message>
            <source>Blocking: setblocking(True), each call waits. Timeout: settimeout(t), a wait longer than t fails with "timed out". Non-blocking: calls never wait; data is shown as it arrives.</source>
            <translation>阻塞：setblocking(True)，每个调用都会等待。超时：settimeout(t)，等待超过 t 即以“已超时”失败。非阻塞：调用从不等待；数据一到达就显示。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>settimeout(t): the longest any one call may wait</source>
            <translation>settimeout(t)：单个调用最长可等待的时间</translation>
        </message>
        <message>
            <source>Connect timeout:</source>
            <translation>连接超时：</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>模式：</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Open a tab and start it. SPEC is a kind, an endpoint and key=value pairs: "tcp-server 127.0.0.1:8080 reply=upper" (reply=none|echo|upper|text:STRING|hex:HEX), "tcp-client 127.0.0.1:8080 send='hello world'"; both take name=TAB. Repeatable.</source>
            <translation>打开一个标签页并启动它。SPEC 由类型、端点和 key=value 键值对组成："tcp-server 127.0.0.1:8080 reply=upper"（reply=none|echo|upper|text:STRING|hex:HEX）、"tcp-client 127.0.0.1:8080 send='hello world'"；两者都接受 name=TAB。可重复使用。</translation>
        </message>
        <message>
            <source>SPEC</source>
            <translation>SPEC</translation>
        </message>
        <message>
            <source>Open the tabs a workspace file describes (the JSON that File ▸ Save Workspace writes).</source>
            <translation>打开工作区文件所描述的标签页（即“文件 ▸ 工作区另存为”写出的 JSON）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Write every tab's counters to FILE as JSON, once a second, replacing the file atomically.</source>
            <translation>每秒一次将所有标签页的计数器以 JSON 格式写入 FILE，以原子方式替换该文件。</translation>
        </message>
        <message>
            <source>Run guided scenario N (1-%1, as in the Scenarios menu): it opens its own tabs on 127.0.0.1 and waits for Next step in its panel.</source>
            <translation>运行引导场景 N（1-%1，与“场景”菜单中的编号相同）：它会在 127.0.0.1 上打开自己的标签页，并等待你在场景面板中点击“下一步”。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--workspace: give one workspace file, not %1</source>
            <translation>--workspace：只能指定一个工作区文件，而不是 %1 个</translation>
        </message>
        <message>
            <source>invalid --workspace %1</source>
            <translation>无效的 --workspace %1</translation>
        </message>
        <message>
            <source>--scenario %1: not a scenario; give a number from 1 to %2</source>
            <translation>--scenario %1：不是场景编号；请给出 1 到 %2 之间的数字</translation>
        </message>
        <message>
            <source>--stats: the file name is empty</source>
            <translation>--stats：文件名为空</translation>
        </message>
        <message>
            <source>--stats %1: cannot write the file: %2</source>
            <translation>--stats %1：无法写入文件：%2</translation>
        </message>
        <message>
            <source>Show SockLab in LANGUAGE for this run, whatever Settings says: %1, or system for the system's language.</source>
            <translation>本次运行时 SockLab 使用 LANGUAGE 语言显示，不论设置中如何选择：%1，或 system 表示使用系统语言。</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <source>SockLab: a desktop network tester that shows what the operating system did.

Without --open or --workspace, the tabs of the last session come back (not started). With them, the last session's tabs are left alone: neither opened nor replaced.
An invalid --open, --workspace, --stats, --scenario or --language exits with status 2 before a window opens.</source>
            <translation>SockLab：一个显示操作系统实际做了什么的桌面网络测试工具。

不使用 --open 或 --workspace 时，会恢复上次会话的标签页（不启动）。使用它们时，上次会话的标签页保持不变：既不打开，也不替换。
--open、--workspace、--stats、--scenario 或 --language 无效时，程序会在打开窗口之前以状态码 2 退出。</translation>
        </message>
        <message>
            <source>--language %1: not a language of SockLab; give one of %2, or system</source>
            <translation>--language %1：不是 SockLab 支持的语言；请指定 %2 之一，或 system</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsModel</name>
        <message>
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <source>Half-closed (we shut down write)</source>
            <translation>半关闭（本端已关闭写入）</translation>
        </message>
        <message>
            <source>Peer closed (EOF)</source>
            <translation>对端已关闭（EOF）</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>已重置</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Connected since</source>
            <translation>连接建立于</translation>
        </message>
        <message>
            <source>Bytes in</source>
            <translation>接收字节数</translation>
        </message>
        <message>
            <source>Bytes out</source>
            <translation>发送字节数</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>ContactBookModel</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>联系人必须有名称。</translation>
        </message>
        <message>
            <source>A name cannot start or end with spaces.</source>
            <translation>名称的开头和结尾不能有空格。</translation>
        </message>
        <message>
            <source>There is already a contact named %1.</source>
            <translation>已存在名为 %1 的联系人。</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>端口必须在 1 到 65535 之间。</translation>
        </message>
        <message>
            <source>A contact needs a host.</source>
            <translation>联系人必须有主机。</translation>
        </message>
        <message>
            <source>%1 is not a numeric IPv4 or IPv6 address (such as 127.0.0.1 or ::1).</source>
            <translation>%1 不是数字形式的 IPv4 或 IPv6 地址（例如 127.0.0.1 或 ::1）。</translation>
        </message>
        <message>
            <source>Only contacts can be edited.</source>
            <translation>只能编辑联系人。</translation>
        </message>
        <message>
            <source>Only a message from an unknown address can be added as a contact.</source>
            <translation>只有来自未知地址的消息才能添加为联系人。</translation>
        </message>
        <message>
            <source>Message from [%1]</source>
            <extracomment>A conversation with an address that is in no contact. Chinese: 来自[%1]的一条消息</extracomment>
            <translation>来自 [%1] 的消息</translation>
        </message>
        <message>
            <source>%1 — not in your contacts</source>
            <translation>%1 — 不在你的联系人中</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
    </context>
    <context>
        <name>CutDatagramBanner</name>
        <message>
            <source>from %1: %2 bytes sent, %3 kept</source>
            <translation>来自 %1：发送了 %2 字节，保留了 %3 字节</translation>
        </message>
        <message>
            <source>from %1: %2 (the OS does not tell the real size), %3 bytes kept</source>
            <translation>来自 %1：%2（操作系统不报告实际大小），保留了 %3 字节</translation>
        </message>
        <message>
            <source>from %1: cut (size unknown: the OS does not tell), %2 bytes kept</source>
            <translation>来自 %1：已截断（大小未知：操作系统不报告），保留了 %2 字节</translation>
        </message>
        <message>
            <source>Datagram cut %1.</source>
            <translation>数据报被截断，%1。</translation>
        </message>
        <message>
            <source>recvfrom() takes at most the receive buffer (%1 bytes); the rest of a datagram is lost, not kept for the next call.</source>
            <translation>recvfrom() 最多只能取走接收缓冲区大小（%1 字节）的数据；数据报的其余部分会丢失，不会留给下一次调用。</translation>
        </message>
        <message>
            <source>Cut datagrams: %1</source>
            <translation>被截断的数据报：%1</translation>
        </message>
    </context>
    <context>
        <name>EndpointEditor</name>
        <message>
            <source>0–65535</source>
            <translation>0–65535</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>The local address to bind: 127.0.0.1 (this machine only), 0.0.0.0 (every IPv4 interface), :: (every IPv6 interface, and IPv4 too on a dual-stack socket)</source>
            <translation>要绑定的本地地址：127.0.0.1（仅本机）、0.0.0.0（所有 IPv4 网络接口）、::（所有 IPv6 网络接口；在双栈套接字上也包括 IPv4）</translation>
        </message>
        <message>
            <source>The host to connect to: an IPv4 or IPv6 address, or a name</source>
            <translation>要连接的主机：IPv4 或 IPv6 地址，或者主机名</translation>
        </message>
        <message>
            <source>0 lets the OS choose a free port</source>
            <translation>0 表示由操作系统选择一个空闲端口</translation>
        </message>
        <message>
            <source>The port to connect to</source>
            <translation>要连接的端口</translation>
        </message>
        <message>
            <source>IPv4 loopback: this machine only</source>
            <translation>IPv4 回环：仅本机</translation>
        </message>
        <message>
            <source>IPv6 loopback: this machine only</source>
            <translation>IPv6 回环：仅本机</translation>
        </message>
        <message>
            <source>Every IPv4 interface (open to the network)</source>
            <translation>所有 IPv4 网络接口（对网络开放）</translation>
        </message>
        <message>
            <source>Every IPv6 interface, and IPv4 on a dual-stack socket (open to the network)</source>
            <translation>所有 IPv6 网络接口，在双栈套接字上也包括 IPv4（对网络开放）</translation>
        </message>
        <message>
            <source>Enter the address to bind: 127.0.0.1 for this machine only, 0.0.0.0 or :: for every interface.</source>
            <translation>请输入要绑定的地址：127.0.0.1 表示仅本机，0.0.0.0 或 :: 表示所有网络接口。</translation>
        </message>
        <message>
            <source>Enter the host to connect to.</source>
            <translation>请输入要连接的主机。</translation>
        </message>
        <message>
            <source>'%1' is not a numeric IPv4 or IPv6 address: a server binds to an address of this machine.</source>
            <translation>“%1”不是数字形式的 IPv4 或 IPv6 地址：服务器只能绑定到本机的地址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid IPv6 address.</source>
            <translation>“%1”不是有效的 IPv6 地址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid IPv4 address.</source>
            <translation>“%1”不是有效的 IPv4 地址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid host name (letters, digits, '-' and '.' only).</source>
            <translation>“%1”不是有效的主机名（只能包含字母、数字、“-”和“.”）。</translation>
        </message>
        <message>
            <source>Enter a port (0–65535).</source>
            <translation>请输入端口（0–65535）。</translation>
        </message>
        <message>
            <source>Port '%1' is not a number.</source>
            <translation>端口“%1”不是数字。</translation>
        </message>
        <message>
            <source>Port %1 is out of range: ports go from 0 to 65535.</source>
            <translation>端口 %1 超出范围：端口的取值为 0 到 65535。</translation>
        </message>
        <message>
            <source>Port 0 cannot be connected to: enter the server's port.</source>
            <translation>无法连接到端口 0：请输入服务器的端口。</translation>
        </message>
        <message>
            <source>Open to the network: every interface accepts connections on this port, from any machine that can reach this one.</source>
            <translation>对网络开放：所有网络接口都在此端口上接受连接，任何能访问到本机的机器都可以连接。</translation>
        </message>
        <message>
            <source>Open to the network: machines that can reach %1 can connect.</source>
            <translation>对网络开放：能访问到 %1 的机器都可以连接。</translation>
        </message>
        <message>
            <source>Port 0: the OS picks a free port when the server starts.</source>
            <translation>端口 0：服务器启动时由操作系统选择一个空闲端口。</translation>
        </message>
    </context>
    <context>
        <name>ErrorModel</name>
        <message>
            <source>timed out</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>socket closed</source>
            <translation>套接字已关闭</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>无错误</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>调用</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Likely causes</source>
            <translation>可能的原因</translation>
        </message>
        <message>
            <source>What to try</source>
            <translation>可以尝试</translation>
        </message>
        <message>
            <source>Platform note</source>
            <translation>平台说明</translation>
        </message>
        <message>
            <source>No error selected</source>
            <translation>未选择错误</translation>
        </message>
        <message>
            <source>Failed socket calls appear in the table above. Select one to read what it means and what to try.</source>
            <translation>失败的套接字调用会显示在上方的表格中。选择其中一个，查看它的含义以及可以尝试的办法。</translation>
        </message>
        <message>
            <source>%1 failed: </source>
            <translation>%1 失败： </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) were transferred before the error.</source>
            <translation>
                <numerusform>出错前已传输 %n 个字节。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 个错误</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 errors, the latest %2 shown</source>
            <translation>%1 个错误，显示最近的 %2 个</translation>
        </message>
    </context>
    <context>
        <name>HexDumpView</name>
        <message>
            <source>Select a row to see its bytes.</source>
            <translation>选择一行以查看其字节。</translation>
        </message>
        <message>
            <source>connection %1</source>
            <translation>连接 %1</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>truncated: the datagram had %1 bytes</source>
            <translation>已截断：该数据报原有 %1 字节</translation>
        </message>
        <message>
            <source>truncated datagram</source>
            <translation>被截断的数据报</translation>
        </message>
        <message>
            <source>(dump shows the first %1 bytes)</source>
            <translation>（仅显示前 %1 个字节）</translation>
        </message>
    </context>
    <context>
        <name>InlineErrorLabel</name>
        <message>
            <source>Details…</source>
            <translation>详细信息…</translation>
        </message>
        <message>
            <source>Open the error panel</source>
            <translation>打开错误面板</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>What to try:</source>
            <translation>可以尝试：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SockLab</source>
            <translation>SockLab</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;A desktop network tester that calls the operating system's sockets directly and shows what they did: every call with its result or error, and how long it blocked.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;一个桌面网络测试工具，直接调用操作系统的套接字，并展示它们做了什么：每个调用及其结果或错误，以及阻塞了多长时间。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>TCP &amp;Server</source>
            <translation>TCP 服务器(&amp;S)</translation>
        </message>
        <message>
            <source>Listen for TCP connections and talk to each client</source>
            <translation>监听 TCP 连接，并与每个客户端通信</translation>
        </message>
        <message>
            <source>TCP &amp;Client</source>
            <translation>TCP 客户端(&amp;C)</translation>
        </message>
        <message>
            <source>Connect to a TCP server</source>
            <translation>连接到 TCP 服务器</translation>
        </message>
        <message>
            <source>&amp;UDP Server</source>
            <translation>UDP 服务器(&amp;U)</translation>
        </message>
        <message>
            <source>Receive UDP datagrams on a port and answer their senders</source>
            <translation>在端口上接收 UDP 数据报，并回复其发送方</translation>
        </message>
        <message>
            <source>UDP C&amp;lient</source>
            <translation>UDP 客户端(&amp;L)</translation>
        </message>
        <message>
            <source>Send UDP datagrams to a host and port</source>
            <translation>向主机和端口发送 UDP 数据报</translation>
        </message>
        <message>
            <source>UDP C&amp;hat</source>
            <translation>UDP 聊天(&amp;H)</translation>
        </message>
        <message>
            <source>Chat with other peers over UDP, like the tutorial's QQ chat</source>
            <translation>通过 UDP 与其他对端聊天，就像教程里的 QQ 聊天</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save Workspace As…</source>
            <translation>工作区另存为(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Rename Tab…</source>
            <translation>重命名标签页(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Close Tab</source>
            <translation>关闭标签页(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Next Tab</source>
            <translation>下一个标签页(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Tab</source>
            <translation>上一个标签页(&amp;P)</translation>
        </message>
        <message>
            <source>Copy as &amp;Command Line</source>
            <translation>复制为命令行(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the socklab --open argument that opens this tab again</source>
            <translation>复制能重新打开此标签页的 socklab --open 参数</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>复制为 Python(&amp;P)</translation>
        </message>
        <message>
            <source>Copy the socket calls of this tab as a Python script that replays them</source>
            <translation>将此标签页的套接字调用复制为可重放这些调用的 Python 脚本</translation>
        </message>
        <message>
            <source>Copied this tab's calls as a Python script</source>
            <translation>已将此标签页的调用复制为 Python 脚本</translation>
        </message>
        <message>
            <source>&amp;About SockLab</source>
            <translation>关于 SockLab(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>%1 (coming in the next release)</source>
            <translation>%1（将在下一版本中提供）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Tab</source>
            <translation>标签页(&amp;T)</translation>
        </message>
        <message>
            <source>Byte-order inspector</source>
            <translation>字节序检查器</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Call timeline</source>
            <translation>调用时间线</translation>
        </message>
        <message>
            <source>Sockets</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>场景</translation>
        </message>
        <message>
            <source>No client call to copy yet</source>
            <translation>还没有可复制的客户端调用</translation>
        </message>
        <message>
            <source>Copied the scenario's client calls as a Python script</source>
            <translation>已将场景的客户端调用复制为 Python 脚本</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>场景(&amp;S)</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Scenario &amp;Panel</source>
            <translation>场景面板(&amp;P)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Rename Tab</source>
            <translation>重命名标签页</translation>
        </message>
        <message>
            <source>Tab name (empty for the automatic name):</source>
            <translation>标签页名称（留空则使用自动名称）：</translation>
        </message>
        <message>
            <source>Copied the command line that opens this tab</source>
            <translation>已复制能重新打开此标签页的命令行</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>SockLab workspaces (*.json);;All files (*)</source>
            <translation>SockLab 工作区 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>无法打开工作区</translation>
        </message>
        <message>
            <source>Opened %1: tabs added: %2</source>
            <translation>已打开 %1：添加了 %2 个标签页</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>工作区另存为</translation>
        </message>
        <message>
            <source>Cannot save the workspace</source>
            <translation>无法保存工作区</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>About SockLab</source>
            <translation>关于 SockLab</translation>
        </message>
        <message>
            <source>The last session's tabs could not be restored: %1</source>
            <translation>无法恢复上次会话的标签页：%1</translation>
        </message>
        <message>
            <source>Restored the last session's tabs (%1), not started: press Start or Connect in each.</source>
            <translation>已恢复上次会话的标签页（%1 个），尚未启动：请在每个标签页中点击“启动”或“连接”。</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>T&amp;ools</source>
            <translation>工具(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>MulticastPanel</name>
        <message>
            <source>239.255.0.1 or ff02::1234</source>
            <translation>239.255.0.1 或 ff02::1234</translation>
        </message>
        <message>
            <source>A multicast group: IPv4 224.0.0.0 to 239.255.255.255 (239.x.x.x is for local use), or IPv6 ff00::/8</source>
            <translation>组播组：IPv4 为 224.0.0.0 到 239.255.255.255（239.x.x.x 供本地使用），IPv6 为 ff00::/8</translation>
        </message>
        <message>
            <source>The interface that joins: IPv4 groups name it by its address, IPv6 groups by its index (the scope id of a link-local address)</source>
            <translation>加入组播组的网络接口：IPv4 组用接口的地址指定，IPv6 组用接口的索引指定（即链路本地地址的 scope id）</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>加入(&amp;J)</translation>
        </message>
        <message>
            <source>setsockopt(IP_ADD_MEMBERSHIP) or setsockopt(IPV6_JOIN_GROUP)</source>
            <translation>setsockopt(IP_ADD_MEMBERSHIP) 或 setsockopt(IPV6_JOIN_GROUP)</translation>
        </message>
        <message>
            <source>IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS: how many routers the datagrams this socket sends to a group may cross (1: this network only, 0: this machine)</source>
            <translation>IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS：此套接字发往组播组的数据报最多可经过多少个路由器（1：仅本网络，0：仅本机）</translation>
        </message>
        <message>
            <source>&amp;Loopback</source>
            <translation>回环(&amp;L)</translation>
        </message>
        <message>
            <source>IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP: whether sockets on this machine receive what this socket sends to a group (on by default)</source>
            <translation>IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP：本机上的套接字能否收到此套接字发往组播组的数据（默认开启）</translation>
        </message>
        <message>
            <source>No group joined.</source>
            <translation>未加入任何组播组。</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>组播组(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation>网络接口(&amp;I)：</translation>
        </message>
        <message>
            <source>TTL (&amp;hops):</source>
            <translation>TTL 跳数(&amp;H)：</translation>
        </message>
        <message>
            <source>Default (the OS picks)</source>
            <translation>默认（由操作系统选择）</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 is not a numeric IPv4 or IPv6 address.</source>
            <translation>%1 不是数字形式的 IPv4 或 IPv6 地址。</translation>
        </message>
        <message>
            <source>%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
            <translation>%1 不是组播组：IPv4 组播组为 224.0.0.0 到 239.255.255.255，IPv6 组播组以 ff 开头。</translation>
        </message>
        <message>
            <source>Type a group address to join.</source>
            <translation>请输入要加入的组播组地址。</translation>
        </message>
        <message>
            <source>Start the server first: a group is joined by an open socket.</source>
            <translation>请先启动服务器：组播组要由一个已打开的套接字加入。</translation>
        </message>
        <message>
            <source>%1 (default interface)</source>
            <translation>%1（默认网络接口）</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>离开</translation>
        </message>
        <message>
            <source>setsockopt(IP_DROP_MEMBERSHIP) or setsockopt(IPV6_LEAVE_GROUP)</source>
            <translation>setsockopt(IP_DROP_MEMBERSHIP) 或 setsockopt(IPV6_LEAVE_GROUP)</translation>
        </message>
        <message>
            <source>Leave %1</source>
            <translation>离开 %1</translation>
        </message>
    </context>
    <context>
        <name>NetcoreText</name>
        <message>
            <source>column %1: %2</source>
            <translation>第 %1 列：%2</translation>
        </message>
        <message>
            <source>%1 failed after %2 bytes: %3</source>
            <translation>%1 在发送 %2 个字节后失败：%3</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>OpenSpecParser</name>
        <message>
            <source>quoting</source>
            <translation>引号</translation>
        </message>
        <message>
            <source>the quote at column %1 is never closed</source>
            <translation>第 %1 列的引号没有闭合</translation>
        </message>
        <message>
            <source>endpoint</source>
            <translation>端点</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 endpoint as [address]:port</source>
            <translation>“%1”：IPv6 端点应写成 [地址]:端口</translation>
        </message>
        <message>
            <source>"%1" has no port: write host:port, e.g. 127.0.0.1:8080</source>
            <translation>“%1”缺少端口：请写成 主机:端口，例如 127.0.0.1:8080</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 address in brackets, e.g. [::1]:8080</source>
            <translation>“%1”：IPv6 地址要写在方括号中，例如 [::1]:8080</translation>
        </message>
        <message>
            <source>"%1" has no host</source>
            <translation>“%1”缺少主机</translation>
        </message>
        <message>
            <source>the host has a blank or control character (U+%1) at position %2</source>
            <translation>主机的第 %2 个位置有空白或控制字符（U+%1）</translation>
        </message>
        <message>
            <source>"%1" is not a port: use a number from 0 to 65535</source>
            <translation>“%1”不是端口：请使用 0 到 65535 之间的数字</translation>
        </message>
        <message>
            <source>text: column %1: %2</source>
            <translation>text：第 %1 列：%2</translation>
        </message>
        <message>
            <source>hex: column %1: %2</source>
            <translation>hex：第 %1 列：%2</translation>
        </message>
        <message>
            <source>unknown mode "%1" (use none, echo, upper, chat, demo, demo-framed, text:STRING or hex:HEX)</source>
            <translation>未知模式“%1”（可用 none、echo、upper、chat、demo、demo-framed、text:STRING 或 hex:HEX）</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>the spec is empty (e.g. "tcp-server 127.0.0.1:8080")</source>
            <translation>规格为空（例如 "tcp-server 127.0.0.1:8080"）</translation>
        </message>
        <message>
            <source>unknown kind "%1" (use tcp-server, tcp-client, udp-server, udp-client or chat)</source>
            <translation>未知类型“%1”（可用 tcp-server、tcp-client、udp-server、udp-client 或 chat）</translation>
        </message>
        <message>
            <source>an endpoint must follow the kind, e.g. 127.0.0.1:8080</source>
            <translation>类型之后必须跟一个端点，例如 127.0.0.1:8080</translation>
        </message>
        <message>
            <source>expected key=value</source>
            <translation>应为 key=value</translation>
        </message>
        <message>
            <source>not a key of %1 (keys: %2)</source>
            <translation>不是 %1 的键（可用的键：%2）</translation>
        </message>
        <message>
            <source>no contact is called "%1" (add it with peer=)</source>
            <translation>没有名为“%1”的联系人（请用 peer= 添加）</translation>
        </message>
        <message>
            <source>invalid --open "%1": %2: %3</source>
            <translation>无效的 --open “%1”：%2：%3</translation>
        </message>
        <message>
            <source>use on or off, not "%1"</source>
            <translation>请使用 on 或 off，而不是“%1”</translation>
        </message>
        <message>
            <source>"%1" is not a number from %2 to %3</source>
            <translation>“%1”不是 %2 到 %3 之间的数字</translation>
        </message>
        <message>
            <source>%1 needs TCP: use it with tcp-server</source>
            <translation>%1 需要 TCP：请与 tcp-server 一起使用</translation>
        </message>
        <message>
            <source>write a contact as peer=NAME=HOST:PORT</source>
            <translation>联系人的写法为 peer=NAME=HOST:PORT</translation>
        </message>
        <message>
            <source>the contact "%1" is given twice</source>
            <translation>联系人“%1”被指定了两次</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>%1 is a symbolic link to %2, which does not exist: SockLab does not create files through such links. Choose another name.</source>
            <translation>%1 是指向 %2 的符号链接，而该目标不存在：SockLab 不会通过这种链接创建文件。请选择其他名称。</translation>
        </message>
    </context>
    <context>
        <name>ReplyModeEditor</name>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Receive only: the server never answers</source>
            <translation>只接收：服务器从不回复</translation>
        </message>
        <message>
            <source>Echo</source>
            <translation>回显</translation>
        </message>
        <message>
            <source>Every chunk is sent back as it came</source>
            <translation>每个数据块都原样发回</translation>
        </message>
        <message>
            <source>Upper-case</source>
            <translation>转大写</translation>
        </message>
        <message>
            <source>Every chunk is sent back upper-cased (ASCII), like the tutorial's server</source>
            <translation>每个数据块都转成大写（ASCII）后发回，就像教程里的服务器</translation>
        </message>
        <message>
            <source>Fixed text</source>
            <translation>固定文本</translation>
        </message>
        <message>
            <source>Every chunk is answered with the same text</source>
            <translation>每个数据块都用同一段文本回复</translation>
        </message>
        <message>
            <source>Fixed hex</source>
            <translation>固定十六进制</translation>
        </message>
        <message>
            <source>Every chunk is answered with the same bytes</source>
            <translation>每个数据块都用相同的字节回复</translation>
        </message>
        <message>
            <source>Chat room</source>
            <translation>聊天室</translation>
        </message>
        <message>
            <source>Every line a client sends goes to all the other clients, prefixed by its sender</source>
            <translation>客户端发送的每一行都会转发给其他所有客户端，并以其发送方作为前缀</translation>
        </message>
        <message>
            <source>Demo commands</source>
            <translation>演示命令</translation>
        </message>
        <message>
            <source>The framing lab: answers help, date, echo, big N, ls, whoami with canned output (nothing runs) in two unframed sends, so big replies arrive split and glued</source>
            <translation>分帧实验：对 help、date、echo、big N、ls、whoami 返回预设的输出（不会真正执行任何命令），分两次发送且不分帧，因此较大的回复到达时会被拆开或粘在一起</translation>
        </message>
        <message>
            <source>Demo commands, length-prefixed</source>
            <translation>演示命令（带长度前缀）</translation>
        </message>
        <message>
            <source>The same commands, each message framed with struct.pack('&gt;I', len): nothing sticks</source>
            <translation>同样的命令，每条消息都用 struct.pack('&gt;I', len) 分帧：不会粘包</translation>
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation>回复(&amp;R)：</translation>
        </message>
        <message>
            <source>Bytes in hex: de ad be ef, de:ad, 0xde</source>
            <translation>十六进制字节：de ad be ef、de:ad、0xde</translation>
        </message>
        <message>
            <source>The reply as hex bytes; spaces and colons between bytes are allowed</source>
            <translation>以十六进制字节表示的回复；字节之间可以有空格和冒号</translation>
        </message>
        <message>
            <source>Text; escapes allowed: \n \r \t \x41</source>
            <translation>文本；可使用转义：\n \r \t \x41</translation>
        </message>
        <message>
            <source>The reply as UTF-8 text; \n, \r, \t, \\ and \xHH are escapes</source>
            <translation>以 UTF-8 文本表示的回复；\n、\r、\t、\\ 和 \xHH 为转义序列</translation>
        </message>
        <message>
            <source>enter the bytes to answer with</source>
            <translation>请输入用于回复的字节</translation>
        </message>
        <message>
            <source>enter the text to answer with</source>
            <translation>请输入用于回复的文本</translation>
        </message>
        <message>
            <source>Not applied, the server answers as before: %1</source>
            <translation>未应用，服务器仍按原来的方式回复：%1</translation>
        </message>
    </context>
    <context>
        <name>ResolvedAddressesView</name>
        <message>
            <source>Resolved:</source>
            <translation>解析结果：</translation>
        </message>
        <message>
            <source>Every address getaddrinfo() returned, in its order. connect() tries them one after another until one answers; the one that answered is marked "used".</source>
            <translation>getaddrinfo() 返回的所有地址，按其返回顺序排列。connect() 逐个尝试，直到某个地址应答；应答的那个地址标记为“已使用”。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1. %2 (trying…)</source>
            <translation>%1. %2（正在尝试…）</translation>
        </message>
        <message>
            <source>%1. %2 (failed: %3)</source>
            <translation>%1. %2（失败：%3）</translation>
        </message>
        <message>
            <source>%1. %2 ✔ used</source>
            <translation>%1. %2 ✔ 已使用</translation>
        </message>
        <message>
            <source>nothing looked up yet</source>
            <translation>尚未解析</translation>
        </message>
        <message>
            <source>%1: lookup failed: %2</source>
            <translation>%1：解析失败：%2</translation>
        </message>
        <message>
            <source>looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>%1 is a numeric address, no lookup needed: %2</source>
            <translation>%1 是数字地址，无需解析：%2</translation>
        </message>
        <message>
            <source>%1, looked up in %2 ms: %3</source>
            <translation>%1，解析用时 %2 ms：%3</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>Upper-case echo: a server and a client</source>
            <translation>转大写回显：一个服务器和一个客户端</translation>
        </message>
        <message>
            <source>The tutorial's first program: a TCP server that upper-cases what a client sends. See socket, bind, listen, accept, send and recv happen.</source>
            <translation>教程的第一个程序：一个 TCP 服务器，把客户端发来的内容转为大写。亲眼看看 socket、bind、listen、accept、send 和 recv 是如何发生的。</translation>
        </message>
        <message>
            <source>003: the upper-case server on 127.0.0.1:8080 and its client</source>
            <translation>003：127.0.0.1:8080 上的转大写服务器及其客户端</translation>
        </message>
        <message>
            <source>A server socket: socket(), bind() to 127.0.0.1, listen(). Port 0 asks the OS for any free port, so this lesson never collides with another program.</source>
            <translation>服务器套接字：socket()，bind() 到 127.0.0.1，listen()。端口 0 表示请操作系统分配任意空闲端口，因此本课绝不会与其他程序冲突。</translation>
        </message>
        <message>
            <source>A client socket connects to port ${server.port}. On the server, accept() returns a new socket for this one client; the listening socket keeps waiting for others.</source>
            <translation>客户端套接字连接到端口 ${server.port}。在服务器端，accept() 为这一个客户端返回一个新的套接字；监听套接字则继续等待其他客户端。</translation>
        </message>
        <message>
            <source>The client sends b'hello'. The server's recv() gets the five bytes and its send() answers with them upper-cased: HELLO.</source>
            <translation>客户端发送 b'hello'。服务器的 recv() 收到这 5 个字节，再用 send() 把它们转为大写发回：HELLO。</translation>
        </message>
        <message>
            <source>Every call both sides made is on the call timeline, one lane per socket: the listener, the connection accept() made, and the client. Tab ▸ Copy as Python gives the client's calls as a script.</source>
            <translation>双方的每次调用都显示在调用时间线上，每个套接字一条泳道：监听套接字、accept() 建立的连接，以及客户端。“标签页 ▸ 复制为 Python”会把客户端的调用生成为一个脚本。</translation>
        </message>
        <message>
            <source>Many clients on one server</source>
            <translation>一个服务器，多个客户端</translation>
        </message>
        <message>
            <source>One listening socket, one socket per client from accept(). A client that leaves ends its own connection only.</source>
            <translation>一个监听套接字，accept() 为每个客户端各返回一个套接字。客户端离开时只结束它自己的连接。</translation>
        </message>
        <message>
            <source>003: the multi-client loop that survives a client leaving (if len(msg) == 0: break)</source>
            <translation>003：客户端离开后仍能继续运行的多客户端循环（if len(msg) == 0: break）</translation>
        </message>
        <message>
            <source>An echo server: whatever a client sends comes back unchanged.</source>
            <translation>回显服务器：客户端发送什么，就原样返回什么。</translation>
        </message>
        <message>
            <source>A first client connects and sends 'one'.</source>
            <translation>第一个客户端连接并发送 'one'。</translation>
        </message>
        <message>
            <source>A second client, on its own connection.</source>
            <translation>第二个客户端，使用它自己的连接。</translation>
        </message>
        <message>
            <source>A third. The server's accept loop handed each client a socket of its own, so one port serves all three: its clients list shows three connections.</source>
            <translation>第三个。服务器的 accept 循环给每个客户端分配了各自的套接字，因此一个端口就能为三个客户端服务：其客户端列表中显示三个连接。</translation>
        </message>
        <message>
            <source>Client 2 closes. On that connection the server's recv() returns 0 bytes, which means the peer is gone (the seed's 'if len(msg) == 0: break'), and only that connection ends.</source>
            <translation>客户端 2 关闭。服务器在该连接上的 recv() 返回 0 字节，表示对端已离开（即原教程中的 'if len(msg) == 0: break'），只有这个连接结束。</translation>
        </message>
        <message>
            <source>The others are still served.</source>
            <translation>其他客户端照常得到服务。</translation>
        </message>
        <message>
            <source>Port in use, TIME_WAIT and SO_REUSEADDR</source>
            <translation>端口被占用、TIME_WAIT 与 SO_REUSEADDR</translation>
        </message>
        <message>
            <source>Why a restarted server says 'address already in use', and what the seed's setsockopt(SO_REUSEADDR) line changes.</source>
            <translation>为什么重启的服务器会报 'address already in use'（地址已被占用），以及原教程中 setsockopt(SO_REUSEADDR) 这一行改变了什么。</translation>
        </message>
        <message>
            <source>003: SO_REUSEADDR and TIME_WAIT; 004: EADDRINUSE</source>
            <translation>003：SO_REUSEADDR 与 TIME_WAIT；004：EADDRINUSE</translation>
        </message>
        <message>
            <source>A server listens on a port the OS chose.</source>
            <translation>服务器在操作系统选择的端口上监听。</translation>
        </message>
        <message>
            <source>A second server on the same port fails: bind() reports EADDRINUSE, address already in use. SO_REUSEADDR is on, yet on Linux it never lets two sockets listen on one port.</source>
            <translation>同一端口上的第二个服务器启动失败：bind() 报告 EADDRINUSE，地址已被占用。虽然 SO_REUSEADDR 已开启，但在 Linux 上它绝不允许两个套接字监听同一个端口。</translation>
        </message>
        <message>
            <source>A client connects and talks to the first server.</source>
            <translation>客户端连接到第一个服务器并与之通信。</translation>
        </message>
        <message>
            <source>Select the client in the first server's list.</source>
            <translation>在第一个服务器的列表中选中该客户端。</translation>
        </message>
        <message>
            <source>The server closes the connection first. The side that closes first keeps the connection in TIME_WAIT for a minute or so, and that connection still holds the server's port.</source>
            <translation>服务器先关闭连接。先关闭的一方会让该连接在 TIME_WAIT 状态停留一分钟左右，而这个连接仍占用着服务器的端口。</translation>
        </message>
        <message>
            <source>Stop the first server, as you would to restart it after a change.</source>
            <translation>停止第一个服务器，就像修改之后要重启它时那样。</translation>
        </message>
        <message>
            <source>Restart on port ${first.port} without SO_REUSEADDR: bind() fails with EADDRINUSE although nobody listens. The TIME_WAIT connection still uses the port: the seed's 'address already in use' on restart.</source>
            <translation>不设置 SO_REUSEADDR，在端口 ${first.port} 上重新启动：尽管没有任何套接字在监听，bind() 仍以 EADDRINUSE 失败。TIME_WAIT 状态的连接仍在使用该端口：这就是原教程中重启时出现的 'address already in use'。</translation>
        </message>
        <message>
            <source>Tick SO_REUSEADDR: setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind().</source>
            <translation>勾选 SO_REUSEADDR：在 bind() 之前调用 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)。</translation>
        </message>
        <message>
            <source>Start again: now bind() succeeds in spite of the TIME_WAIT connection. That is what the seed's setsockopt line is for.</source>
            <translation>再次启动：这次尽管存在 TIME_WAIT 状态的连接，bind() 仍然成功。这正是原教程中那行 setsockopt 的作用。</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>连接被拒绝</translation>
        </message>
        <message>
            <source>connect() to a port where nobody listens fails at once with ECONNREFUSED.</source>
            <translation>对无人监听的端口调用 connect()，会立即以 ECONNREFUSED 失败。</translation>
        </message>
        <message>
            <source>004: the error table, ECONNREFUSED</source>
            <translation>004：错误表，ECONNREFUSED</translation>
        </message>
        <message>
            <source>To find a port where nobody listens, a server borrows a free one from the OS...</source>
            <translation>为了找到一个无人监听的端口，服务器先向操作系统借用一个空闲端口...</translation>
        </message>
        <message>
            <source>...and stops at once. Nothing listens on port ${probe.port} now.</source>
            <translation>...然后立即停止。现在端口 ${probe.port} 上无人监听。</translation>
        </message>
        <message>
            <source>A client connects to port ${probe.port}. The OS answers its SYN with a reset, and connect() fails with ECONNREFUSED, connection refused: wrong port, or the server is not running.</source>
            <translation>客户端连接到端口 ${probe.port}。操作系统用重置（RST）回应它的 SYN，connect() 以 ECONNREFUSED（连接被拒绝）失败：端口不对，或者服务器没有运行。</translation>
        </message>
        <message>
            <source>Peer reset (ECONNRESET)</source>
            <translation>对端重置（ECONNRESET）</translation>
        </message>
        <message>
            <source>Abort a connection with SO_LINGER 0: the other side gets a reset instead of an orderly end.</source>
            <translation>用 SO_LINGER 0 中止连接：另一方收到的是重置，而不是正常结束。</translation>
        </message>
        <message>
            <source>004: the error table, ECONNRESET</source>
            <translation>004：错误表，ECONNRESET</translation>
        </message>
        <message>
            <source>An echo server and a client that says hello.</source>
            <translation>一个回显服务器和一个发送 hello 的客户端。</translation>
        </message>
        <message>
            <source>The client connects and gets its hello back.</source>
            <translation>客户端连接，并收到回显的 hello。</translation>
        </message>
        <message>
            <source>Select the client in the server's list.</source>
            <translation>在服务器的列表中选中该客户端。</translation>
        </message>
        <message>
            <source>Abort sets SO_LINGER to 0 and closes: the OS sends a reset (RST) instead of a polite FIN. The client's next recv() fails with ECONNRESET, connection reset by peer.</source>
            <translation>“中止”把 SO_LINGER 设为 0 再关闭：操作系统发送重置（RST），而不是礼貌的 FIN。客户端的下一次 recv() 以 ECONNRESET（连接被对端重置）失败。</translation>
        </message>
        <message>
            <source>The other way round: a second client connects...</source>
            <translation>反过来：第二个客户端连接...</translation>
        </message>
        <message>
            <source>...and aborts. Now the server's recv() on that connection fails with ECONNRESET, as when a client program crashes or its machine reboots.</source>
            <translation>...然后中止。现在服务器在该连接上的 recv() 以 ECONNRESET 失败，就像客户端程序崩溃或其所在机器重启时一样。</translation>
        </message>
        <message>
            <source>Half-close and EOF</source>
            <translation>半关闭与 EOF</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR) ends one direction: the peer reads EOF (recv returns 0) and the other direction still works.</source>
            <translation>shutdown(SHUT_WR) 结束一个方向：对端读到 EOF（recv 返回 0），另一个方向仍可正常工作。</translation>
        </message>
        <message>
            <source>001: shutdown before close, half-close; recv returning 0 means the peer closed</source>
            <translation>001：先 shutdown 再 close，半关闭；recv 返回 0 表示对端已关闭</translation>
        </message>
        <message>
            <source>An echo server that, like the seed's, closes a connection once recv() returns 0.</source>
            <translation>一个回显服务器，和原教程中的一样，一旦 recv() 返回 0 就关闭连接。</translation>
        </message>
        <message>
            <source>A client connects.</source>
            <translation>客户端连接。</translation>
        </message>
        <message>
            <source>The client sends its last words and the server echoes them.</source>
            <translation>客户端发送最后一段话，服务器将其回显。</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): the client sends a FIN but keeps reading. The server's recv() returns 0 bytes, EOF, 'nothing more is coming', so it closes its side, and then the client's own recv() returns 0.</source>
            <translation>shutdown(SHUT_WR)：客户端发送 FIN，但继续读取。服务器的 recv() 返回 0 字节，即 EOF，“不会再有数据了”，于是服务器关闭自己这一端，随后客户端自己的 recv() 也返回 0。</translation>
        </message>
        <message>
            <source>Blocking, timeout and non-blocking recv()</source>
            <translation>阻塞、超时与非阻塞的 recv()</translation>
        </message>
        <message>
            <source>The same recv() three ways: wait forever, give up after a timeout, or never wait at all.</source>
            <translation>同一个 recv() 的三种方式：永远等待、超时后放弃，或者根本不等待。</translation>
        </message>
        <message>
            <source>003 and 004: setblocking, settimeout, gettimeout; the three modes</source>
            <translation>003 与 004：setblocking、settimeout、gettimeout；三种模式</translation>
        </message>
        <message>
            <source>A server that reads but never answers: a good place to watch recv() wait.</source>
            <translation>一个只读取、从不应答的服务器：正适合观察 recv() 的等待。</translation>
        </message>
        <message>
            <source>A client tab, not connected yet.</source>
            <translation>一个客户端标签页，尚未连接。</translation>
        </message>
        <message>
            <source>Blocking mode, Python's default: every call waits as long as it takes.</source>
            <translation>阻塞模式，即 Python 的默认模式：每个调用都会一直等到完成为止。</translation>
        </message>
        <message>
            <source>Connect.</source>
            <translation>连接。</translation>
        </message>
        <message>
            <source>send() returns at once, then recv() waits for an answer that never comes. The badge counts the seconds; a plain blocking socket would wait forever.</source>
            <translation>send() 立即返回，随后 recv() 等待一个永远不会到来的应答。徽标上显示已等待的秒数；普通的阻塞套接字会永远等下去。</translation>
        </message>
        <message>
            <source>Cancel ends the wait. A Python program cannot do that from outside the call: it needs a timeout, or another thread.</source>
            <translation>“取消”结束等待。Python 程序无法从调用外部做到这一点：它需要超时，或者另一个线程。</translation>
        </message>
        <message>
            <source>settimeout(1.0): the same recv() now gives up after one second with socket.timeout ('timed out').</source>
            <translation>settimeout(1.0)：同一个 recv() 现在会在 1 秒后放弃，抛出 socket.timeout（'timed out'）。</translation>
        </message>
        <message>
            <source>Receive: one more recv(), which times out.</source>
            <translation>接收：再调用一次 recv()，这次会超时。</translation>
        </message>
        <message>
            <source>setblocking(False) takes a new connection here. A non-blocking recv() never waits: with nothing to read it fails at once with EWOULDBLOCK (BlockingIOError), so a program waits in select() instead.</source>
            <translation>在这里，setblocking(False) 需要新建连接才能生效。非阻塞的 recv() 从不等待：没有数据可读时，它立即以 EWOULDBLOCK（BlockingIOError）失败，因此程序改为在 select() 中等待。</translation>
        </message>
        <message>
            <source>Reconnect in non-blocking mode. The tab now waits in its event loop and reads whenever data comes; the timeline shows which calls blocked and for how long.</source>
            <translation>以非阻塞模式重新连接。标签页现在在其事件循环中等待，一有数据到来就读取；时间线显示哪些调用阻塞过、阻塞了多久。</translation>
        </message>
        <message>
            <source>Partial send into a peer that does not read</source>
            <translation>向不读取的对端进行部分发送</translation>
        </message>
        <message>
            <source>send() moves only what fits in the socket buffers; the rest waits until the peer reads.</source>
            <translation>send() 只送出套接字缓冲区能容纳的部分；其余数据要等对端读取后才能发送。</translation>
        </message>
        <message>
            <source>001: send and recv may move fewer bytes than asked; sendall</source>
            <translation>001：send 和 recv 实际传输的字节数可能少于请求的数量；sendall</translation>
        </message>
        <message>
            <source>A server that will stop reading its connections.</source>
            <translation>一个将停止读取其连接的服务器。</translation>
        </message>
        <message>
            <source>Pause reading: whatever clients send now piles up in the kernel's buffers.</source>
            <translation>暂停读取：客户端此后发送的数据都堆积在内核的缓冲区中。</translation>
        </message>
        <message>
            <source>The client hands 16 MiB to send(). The call moves only what fits in its send buffer and the server's receive buffer and reports that count: a partial send. The rest waits in the client's queue.</source>
            <translation>客户端把 16 MiB 交给 send()。该调用只送出其发送缓冲区和服务器接收缓冲区能容纳的部分，并返回这个字节数：这就是部分发送。其余数据在客户端的队列中等待。</translation>
        </message>
        <message>
            <source>Resume reading: the server drains its buffer, send() can move more, and all 16 MiB arrive. This is what Python's sendall() loops over for you.</source>
            <translation>恢复读取：服务器清空它的缓冲区，send() 又能送出更多数据，16 MiB 全部到达。这正是 Python 的 sendall() 替你循环完成的工作。</translation>
        </message>
        <message>
            <source>UDP with nobody listening</source>
            <translation>无人监听时的 UDP</translation>
        </message>
        <message>
            <source>sendto() to a closed port succeeds; a connected UDP socket hears the ICMP answer as ECONNREFUSED.</source>
            <translation>向已关闭的端口 sendto() 会成功；已连接的 UDP 套接字则会以 ECONNREFUSED 的形式得知 ICMP 应答。</translation>
        </message>
        <message>
            <source>003: UDP sendto with nobody listening does not fail</source>
            <translation>003：无人监听时 UDP sendto 不会失败</translation>
        </message>
        <message>
            <source>A UDP socket borrows a free port from the OS...</source>
            <translation>一个 UDP 套接字向操作系统借用一个空闲端口...</translation>
        </message>
        <message>
            <source>...and closes it. Nobody listens on UDP port ${probe.port} now.</source>
            <translation>...然后关闭它。现在 UDP 端口 ${probe.port} 上无人监听。</translation>
        </message>
        <message>
            <source>An unconnected client sends with sendto(). The call succeeds: UDP has no connection, and the datagram is silently lost. The seed: 'sendto with nobody listening does not fail'.</source>
            <translation>未连接的客户端用 sendto() 发送。调用成功：UDP 没有连接，数据报被悄无声息地丢弃。原教程：“无人监听时 sendto 不会失败”。</translation>
        </message>
        <message>
            <source>A connected UDP socket (connect(), then send()) is told: the ICMP 'port unreachable' that came back surfaces as ECONNREFUSED on its next call.</source>
            <translation>已连接的 UDP 套接字（先 connect()，再 send()）会得到通知：返回的 ICMP 'port unreachable'（端口不可达）会在它的下一次调用中以 ECONNREFUSED 的形式出现。</translation>
        </message>
        <message>
            <source>The unconnected client still has no error at all: only a connected socket is told.</source>
            <translation>未连接的客户端仍然没有任何错误：只有已连接的套接字才会得到通知。</translation>
        </message>
        <message>
            <source>UDP truncation</source>
            <translation>UDP 截断</translation>
        </message>
        <message>
            <source>A datagram larger than the recvfrom() buffer is cut, and the rest is lost for good.</source>
            <translation>大于 recvfrom() 缓冲区的数据报会被截断，剩余部分永久丢失。</translation>
        </message>
        <message>
            <source>003: a datagram larger than the recvfrom buffer is cut (Linux, macOS) or an error (Windows)</source>
            <translation>003：大于 recvfrom 缓冲区的数据报会被截断（Linux、macOS）或导致错误（Windows）</translation>
        </message>
        <message>
            <source>A UDP server whose recvfrom() asks for 16 bytes at a time.</source>
            <translation>一个 UDP 服务器，其 recvfrom() 每次只请求 16 个字节。</translation>
        </message>
        <message>
            <source>A UDP client.</source>
            <translation>一个 UDP 客户端。</translation>
        </message>
        <message>
            <source>One 100-byte datagram. recvfrom(16) keeps its first 16 bytes and the other 84 are gone (Windows fails the call with WSAEMSGSIZE instead). TCP would have kept them for the next recv().</source>
            <translation>一个 100 字节的数据报。recvfrom(16) 保留其前 16 个字节，其余 84 个字节丢失（Windows 则让该调用以 WSAEMSGSIZE 失败）。换作 TCP，这些字节会留给下一次 recv()。</translation>
        </message>
        <message>
            <source>Byte order: a port and a length prefix</source>
            <translation>字节序：端口与长度前缀</translation>
        </message>
        <message>
            <source>Network order is big-endian: see htons() on a port, the port inside a sockaddr, and struct.pack('&gt;I') on a length prefix.</source>
            <translation>网络字节序是大端：看看对端口调用 htons()、sockaddr 中存放的端口，以及用 struct.pack('&gt;I') 生成的长度前缀。</translation>
        </message>
        <message>
            <source>001 and 004: ntohl, htonl, ntohs, htons; struct.pack('&gt;H', 256)</source>
            <translation>001 与 004：ntohl、htonl、ntohs、htons；struct.pack('&gt;H', 256)</translation>
        </message>
        <message>
            <source>A server that frames its answers with a 4-byte length.</source>
            <translation>一个用 4 字节长度为应答分帧的服务器。</translation>
        </message>
        <message>
            <source>Port ${server.port} as a 16-bit number: htons() puts its high byte first, network order (big-endian). Most machines are little-endian, so in memory the bytes are the other way round.</source>
            <translation>把端口 ${server.port} 看作 16 位整数：htons() 把高位字节放在前面，即网络字节序（大端）。大多数机器是小端，所以在内存中这两个字节的顺序正好相反。</translation>
        </message>
        <message>
            <source>Inside the sockaddr that bind() got, the port is stored in network order: ${server.portHex}.</source>
            <translation>在传给 bind() 的 sockaddr 中，端口以网络字节序存放：${server.portHex}。</translation>
        </message>
        <message>
            <source>It sends a framed command: struct.pack('&gt;I', 6) + b'whoami'. The answer comes back framed the same way: 4 bytes of length, then 13 bytes of text.</source>
            <translation>它发送一条分帧的命令：struct.pack('&gt;I', 6) + b'whoami'。应答也以同样的方式分帧返回：4 字节长度，然后是 13 字节文本。</translation>
        </message>
        <message>
            <source>struct.pack('&gt;I', 13) is 00 00 00 0d, the answer's prefix. Read with '&lt;I' (little-endian) the same bytes would say 218103808.</source>
            <translation>struct.pack('&gt;I', 13) 的结果是 00 00 00 0d，即应答的前缀。若用 '&lt;I'（小端）读取，同样的字节会得到 218103808。</translation>
        </message>
        <message>
            <source>The QQ chat</source>
            <translation>QQ 聊天</translation>
        </message>
        <message>
            <source>Two UDP chat peers with a contact book: sendto() a name's address, recvfrom() tells who wrote.</source>
            <translation>两个带通讯录的 UDP 聊天端：用 sendto() 发往某个名称对应的地址，recvfrom() 告诉你是谁发来的。</translation>
        </message>
        <message>
            <source>003: the QQ chat on 127.0.0.1:8081 with its contact book</source>
            <translation>003：127.0.0.1:8081 上带通讯录的 QQ 聊天</translation>
        </message>
        <message>
            <source>Alice's chat: one UDP socket bound to a port, and a contact book that maps names to addresses.</source>
            <translation>Alice 的聊天：一个绑定到端口的 UDP 套接字，以及一个把名称映射到地址的通讯录。</translation>
        </message>
        <message>
            <source>TOM has Alice in his contact book (the seed's qq_name_dic) and sends her a message with sendto(). Alice does not know TOM yet: recvfrom() only tells her the sender's address.</source>
            <translation>TOM 的通讯录（原教程中的 qq_name_dic）里有 Alice，他用 sendto() 给她发了一条消息。Alice 还不认识 TOM：recvfrom() 只告诉她发送方的地址。</translation>
        </message>
        <message>
            <source>Alice answers the address the message came from.</source>
            <translation>Alice 回复消息的来源地址。</translation>
        </message>
        <message>
            <source>The seed colours its messages with ANSI escapes such as \033[1;44m. SockLab draws them as colour, and never reads anything received as markup.</source>
            <translation>原教程用 \033[1;44m 这类 ANSI 转义序列给消息着色。SockLab 将其显示为颜色，并且从不把收到的任何内容当作标记来解析。</translation>
        </message>
        <message>
            <source>Sticky packets and framing</source>
            <translation>粘包与分帧</translation>
        </message>
        <message>
            <source>TCP is a stream: messages glue together or split anywhere. A length prefix puts the boundaries back.</source>
            <translation>TCP 是字节流：消息可能粘在一起，也可能在任意位置被拆开。长度前缀可以恢复消息边界。</translation>
        </message>
        <message>
            <source>001: message framing; 003: the remote command server's sticky packets (made safe: nothing is run)</source>
            <translation>001：消息分帧；003：远程命令服务器的粘包问题（已做安全处理：不执行任何命令）</translation>
        </message>
        <message>
            <source>The framing lab: a server that answers a few built-in commands (help, whoami, big N). Nothing is ever run.</source>
            <translation>分帧实验：一个响应几条内置命令（help、whoami、big N）的服务器。从不执行任何程序。</translation>
        </message>
        <message>
            <source>Three commands in one send(). TCP keeps no message boundaries: one recv() on the server got all three, and the three answers may arrive glued together on the client. These are the 'sticky packets'.</source>
            <translation>一次 send() 发送三条命令。TCP 不保留消息边界：服务器的一次 recv() 就收到了全部三条，而三个应答到达客户端时也可能粘在一起。这就是“粘包”。</translation>
        </message>
        <message>
            <source>One command with a 5000-byte answer. The seed's client reads with recv(1024), so it gets the answer in pieces and the rest mixed into its next reply.</source>
            <translation>一条命令，应答有 5000 字节。原教程的客户端用 recv(1024) 读取，因此只能分段拿到应答，剩下的部分还会混进它的下一个应答里。</translation>
        </message>
        <message>
            <source>Frame the messages: each one now starts with its length as 4 big-endian bytes, struct.pack('&gt;I', n).</source>
            <translation>为消息分帧：现在每条消息都以 4 字节大端表示的长度开头，即 struct.pack('&gt;I', n)。</translation>
        </message>
        <message>
            <source>A framed 'big 3000'. The receiver reads 4 bytes, then exactly that many: every answer comes out whole, however TCP splits the stream.</source>
            <translation>一条分帧的 'big 3000'。接收方先读 4 个字节，再准确读取其所示数量的字节：无论 TCP 如何拆分数据流，每个应答都完整无缺。</translation>
        </message>
        <message>
            <source>IPv6 and getaddrinfo results</source>
            <translation>IPv6 与 getaddrinfo 的结果</translation>
        </message>
        <message>
            <source>An IPv6 server on [::1], a client by address and one by name: getaddrinfo may give several addresses, tried in turn.</source>
            <translation>一个位于 [::1] 的 IPv6 服务器，一个按地址连接的客户端和一个按名称连接的客户端：getaddrinfo 可能返回多个地址，并依次尝试。</translation>
        </message>
        <message>
            <source>004: AF_INET6 address tuples; getaddrinfo returning several results; localhost may not be what you think</source>
            <translation>004：AF_INET6 地址元组；getaddrinfo 返回多个结果；localhost 未必是你以为的那样</translation>
        </message>
        <message>
            <source>A server on the IPv6 loopback address ::1. Written with brackets, [::1]:port, so the colons of the address and of the port do not mix.</source>
            <translation>一个位于 IPv6 回环地址 ::1 上的服务器。写成带方括号的形式 [::1]:port，这样地址中的冒号就不会与端口前的冒号混淆。</translation>
        </message>
        <message>
            <source>This machine has no IPv6 loopback (::1): the IPv6 socket or its address was refused. This scenario needs IPv6; the rest of SockLab works without it.</source>
            <translation>本机没有 IPv6 回环地址（::1）：IPv6 套接字或其地址被拒绝。本场景需要 IPv6；SockLab 的其余功能没有 IPv6 也能正常使用。</translation>
        </message>
        <message>
            <source>A client to [::1]: an AF_INET6 socket, whose address tuple has four parts in Python: (host, port, flowinfo, scope_id).</source>
            <translation>连接到 [::1] 的客户端：一个 AF_INET6 套接字，在 Python 中其地址元组有四个部分：(host, port, flowinfo, scope_id)。</translation>
        </message>
        <message>
            <source>A client by name: getaddrinfo('localhost') answers with every address the system has for it, IPv6 and IPv4, in its preferred order, and connect() tries them in turn. Only ::1 listens, so where localhost means 127.0.0.1 alone (as /etc/hosts often says) the connection is refused: a name is not an address.</source>
            <translation>按名称连接的客户端：getaddrinfo('localhost') 按系统偏好的顺序返回该名称对应的所有地址（IPv6 和 IPv4），connect() 依次尝试。只有 ::1 在监听，所以如果 localhost 只对应 127.0.0.1（/etc/hosts 常常这样写），连接就会被拒绝：名称不等于地址。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>Run the next step</source>
            <translation>运行下一个步骤</translation>
        </message>
        <message>
            <source>Run to the &amp;end</source>
            <translation>运行到结束(&amp;E)</translation>
        </message>
        <message>
            <source>Run every remaining step</source>
            <translation>运行所有剩余步骤</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>Stop the scenario; its tabs stay open</source>
            <translation>停止场景；其标签页保持打开</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>重新开始(&amp;R)</translation>
        </message>
        <message>
            <source>Close the scenario's tabs and start again</source>
            <translation>关闭该场景的标签页并重新开始</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>复制为 Python(&amp;P)</translation>
        </message>
        <message>
            <source>Copy the scenario's client calls as one Python script, to run while its servers still listen</source>
            <translation>将该场景中客户端的调用复制为一个 Python 脚本，可在其服务器仍在监听时运行</translation>
        </message>
        <message>
            <source>Stopped. The tabs stay open: look around, or Restart.</source>
            <translation>已停止。标签页保持打开：可以四处看看，或者点击“重新开始”。</translation>
        </message>
        <message>
            <source>Done: every step's outcome was seen.</source>
            <translation>完成：每个步骤的结果都已看到。</translation>
        </message>
        <message>
            <source>No scenario running</source>
            <translation>没有正在运行的场景</translation>
        </message>
        <message>
            <source>Choose one from the Scenarios menu or the start page.</source>
            <translation>请从“场景”菜单或起始页中选择一个。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1
From the sources: %2</source>
            <translation>%1
出自原始资料：%2</translation>
        </message>
        <message>
            <source>Waiting for: %1</source>
            <translation>正在等待：%1</translation>
        </message>
        <message>
            <source>Step %1 of %2 done. Next step when you are ready.</source>
            <translation>第 %1 步（共 %2 步）已完成。准备好后请点击“下一步”。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioRunner</name>
        <message>
            <source>%1 (seen: %2)</source>
            <translation>%1（实际：%2）</translation>
        </message>
        <message>
            <source>waited %1 s, not met: %2</source>
            <translation>已等待 %1 s，条件未满足：%2</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>步骤 %1：%2</translation>
        </message>
        <message>
            <source>%1: tab %2 has no address yet (not started?)</source>
            <translation>%1：标签页 %2 还没有地址（尚未启动？）</translation>
        </message>
        <message>
            <source>%1: unknown field (port, portHex, local)</source>
            <translation>%1：未知字段（port、portHex、local）</translation>
        </message>
        <message>
            <source>tab %1 is not open</source>
            <translation>标签页 %1 未打开</translation>
        </message>
        <message>
            <source>reply: %1</source>
            <translation>reply：%1</translation>
        </message>
        <message>
            <source>tab %1 has no reply mode</source>
            <translation>标签页 %1 没有回复模式</translation>
        </message>
        <message>
            <source>reply: the tab refused this mode</source>
            <translation>reply：该标签页拒绝了此模式</translation>
        </message>
        <message>
            <source>%1 works on a TCP client tab; %2 is not one</source>
            <translation>%1 只能用于 TCP 客户端标签页；%2 不是</translation>
        </message>
        <message>
            <source>mode: %1 is not blocking, timeout or nonblocking</source>
            <translation>mode：%1 不是 blocking、timeout 或 nonblocking</translation>
        </message>
        <message>
            <source>spec %1: %2</source>
            <translation>规格 %1：%2</translation>
        </message>
        <message>
            <source>the window did not open %1</source>
            <translation>窗口未能打开 %1</translation>
        </message>
        <message>
            <source>fill: 1 to 64 MiB</source>
            <translation>fill：1 到 64 MiB</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>the chat knows no %1</source>
            <translation>聊天中没有联系人 %1</translation>
        </message>
        <message>
            <source>the chat could not send (see its errors)</source>
            <translation>聊天无法发送（请查看它的错误）</translation>
        </message>
        <message>
            <source>send: a TCP server sends from its clients list; use click</source>
            <translation>send：TCP 服务器要从它的客户端列表发送；请使用 click</translation>
        </message>
        <message>
            <source>the window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>tab %1</source>
            <translation>标签页 %1</translation>
        </message>
        <message>
            <source>no widget %1 in %2</source>
            <translation>%2 中没有控件 %1</translation>
        </message>
        <message>
            <source>%1 is not a button</source>
            <translation>%1 不是按钮</translation>
        </message>
        <message>
            <source>%1 in %2 is disabled</source>
            <translation>%2 中的 %1 已禁用</translation>
        </message>
        <message>
            <source>%1 is not a check box</source>
            <translation>%1 不是复选框</translation>
        </message>
        <message>
            <source>%1 offers no %2</source>
            <translation>%1 中没有选项 %2</translation>
        </message>
        <message>
            <source>%1 is not a field that can be set</source>
            <translation>%1 不是可设置的字段</translation>
        </message>
        <message>
            <source>%1 is not a list</source>
            <translation>%1 不是列表</translation>
        </message>
        <message>
            <source>the window has no byte-order inspector</source>
            <translation>窗口中没有字节序检查器</translation>
        </message>
        <message>
            <source>width: 16, 32 or 64</source>
            <translation>width：16、32 或 64</translation>
        </message>
        <message>
            <source>this window has no call timeline</source>
            <translation>此窗口没有调用时间线</translation>
        </message>
        <message>
            <source>%1 lanes</source>
            <translation>%1 条泳道</translation>
        </message>
        <message>
            <source>no byte-order inspector</source>
            <translation>没有字节序检查器</translation>
        </message>
        <message>
            <source>%1 is %2</source>
            <translation>%1：%2 成立</translation>
        </message>
        <message>
            <source>%1 is not %2</source>
            <translation>%1：%2 不成立</translation>
        </message>
        <message>
            <source>%1.%2 = %3</source>
            <translation>%1.%2 = %3</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>没有错误</translation>
        </message>
        <message>
            <source>errors %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>found</source>
            <translation>已找到</translation>
        </message>
        <message>
            <source>%1 %2 rows, none with it</source>
            <translation>%2 共 %1 行，均不含该内容</translation>
        </message>
    </context>
    <context>
        <name>SendComposer</name>
        <message>
            <source>column %1: %2</source>
            <translation>第 %1 列：%2</translation>
        </message>
        <message>
            <source>column %1: '%2' cannot be encoded in Latin-1</source>
            <translation>第 %1 列：“%2”无法用 Latin-1 编码</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Text: typed characters with escapes (\n, \t, \xNN).
Hex: bytes as hex digits ("de ad be ef", "de:ad", "0xde 0xad").</source>
            <translation>文本：输入的字符，可使用转义（\n、\t、\xNN）。
十六进制：用十六进制数字表示的字节（“de ad be ef”、“de:ad”、“0xde 0xad”）。</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Latin-1</source>
            <translation>Latin-1</translation>
        </message>
        <message>
            <source>UTF-16LE</source>
            <translation>UTF-16LE</translation>
        </message>
        <message>
            <source>UTF-16BE</source>
            <translation>UTF-16BE</translation>
        </message>
        <message>
            <source>How typed characters become bytes (\xNN escapes are raw bytes in every encoding)</source>
            <translation>输入的字符如何转换为字节（在任何编码下，\xNN 转义都表示原始字节）</translation>
        </message>
        <message>
            <source>No line ending</source>
            <translation>无行尾符</translation>
        </message>
        <message>
            <source>\n (LF)</source>
            <translation>\n (LF)</translation>
        </message>
        <message>
            <source>\r\n (CRLF)</source>
            <translation>\r\n (CRLF)</translation>
        </message>
        <message>
            <source>Text to send. Escapes: \n \r \t \0 \\ \xNN. Ctrl+Enter sends; Up and Down recall earlier messages.</source>
            <translation>要发送的文本。转义：\n \r \t \0 \\ \xNN。Ctrl+Enter 发送；上下方向键可调出之前的消息。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>重复发送，每隔</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source> times</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>until stopped</source>
            <translation>直到停止</translation>
        </message>
        <message>
            <source>Send File…</source>
            <translation>发送文件…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>%1 / %2 sent</source>
            <translation>已发送 %1 / %2</translation>
        </message>
        <message>
            <source>%1 sent</source>
            <translation>已发送 %1</translation>
        </message>
        <message>
            <source>Send File</source>
            <translation>发送文件</translation>
        </message>
        <message>
            <source>%1 characters, too many to edit comfortably here: they are sent as they are.
%2…</source>
            <translation>共 %1 个字符，太多了，不便在此编辑：将按原样发送。
%2…</translation>
        </message>
    </context>
    <context>
        <name>ServerClientsPanel</name>
        <message>
            <source>&amp;Send</source>
            <translation>发送(&amp;S)</translation>
        </message>
        <message>
            <source>Send the composer's bytes to the selected clients</source>
            <translation>将编辑区中的字节发送给选中的客户端</translation>
        </message>
        <message>
            <source>Shut&amp;down write</source>
            <translation>关闭写入(&amp;D)</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): send FIN (half-close). The client's recv() returns 0; it may still send to us.</source>
            <translation>shutdown(SHUT_WR)：发送 FIN（半关闭）。客户端的 recv() 返回 0；它仍可以向我们发送数据。</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>close(): a graceful close, FIN after the data</source>
            <translation>close()：正常关闭，在数据之后发送 FIN</translation>
        </message>
        <message>
            <source>&amp;Abort (RST)</source>
            <translation>中止（RST）(&amp;A)</translation>
        </message>
        <message>
            <source>SO_LINGER 0, then close(): the connection is reset; the client sees ECONNRESET</source>
            <translation>SO_LINGER 设为 0，再 close()：连接被重置；客户端会看到 ECONNRESET</translation>
        </message>
        <message>
            <source>Send to a&amp;ll</source>
            <translation>发送给全部(&amp;L)</translation>
        </message>
        <message>
            <source>Send the composer's bytes to every open connection</source>
            <translation>将编辑区中的字节发送给每个打开的连接</translation>
        </message>
        <message>
            <source>Clear cl&amp;osed</source>
            <translation>清除已关闭(&amp;O)</translation>
        </message>
        <message>
            <source>Remove closed and reset connections from the list</source>
            <translation>从列表中移除已关闭和已重置的连接</translation>
        </message>
        <message numerus="yes">
            <source>Clients: %n connected</source>
            <translation>
                <numerusform>客户端：%n 个已连接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clients: %n connected, %1 closed</source>
            <translation>
                <numerusform>客户端：%n 个已连接，%1 个已关闭</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerFileSends</name>
        <message>
            <source>File %1 not sent: a file is still being sent here</source>
            <translation>文件 %1 未发送：这里仍有文件正在发送</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket</source>
            <translation>文件 %1：全部 %2 字节已交给套接字</translation>
        </message>
        <message>
            <source>File %1 failed: %2</source>
            <translation>文件 %1 发送失败：%2</translation>
        </message>
        <message>
            <source>File %1: stopped after %2 of %3 bytes: the connection closed</source>
            <translation>文件 %1：已发送 %2/%3 字节后停止：连接已关闭</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsBar</name>
        <message>
            <source>listen(backlog): how many finished handshakes may wait for accept(). The OS caps it (SOMAXCONN).</source>
            <translation>listen(backlog)：最多可以有多少个已完成握手的连接等待 accept()。操作系统会限制其上限（SOMAXCONN）。</translation>
        </message>
        <message>
            <source>&amp;Backlog:</source>
            <translation>积压队列(&amp;B)：</translation>
        </message>
        <message>
            <source>lets the server restart while old connections sit in TIME_WAIT</source>
            <translation>允许在旧连接仍处于 TIME_WAIT 状态时重启服务器</translation>
        </message>
        <message>
            <source>SO_REUSEADDR %1. Not applied on Windows, where it would let another program bind the same port.</source>
            <translation>SO_REUSEADDR %1。在 Windows 上不会应用，因为在那里它会允许其他程序绑定同一端口。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>Close the listener and every connection</source>
            <translation>关闭监听套接字和所有连接</translation>
        </message>
        <message>
            <source>socket(), setsockopt(SO_REUSEADDR), bind(), listen()</source>
            <translation>socket(), setsockopt(SO_REUSEADDR), bind(), listen()</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>系统默认（%1）</translation>
        </message>
        <message>
            <source>SockLab will use this language after a restart.</source>
            <translation>SockLab 将在重启后使用此语言。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Restart Now</source>
            <translation>立即重启(&amp;R)</translation>
        </message>
        <message>
            <source>Save, close SockLab as Quit does and start it again</source>
            <translation>保存，像“退出”一样关闭 SockLab，然后重新启动</translation>
        </message>
    </context>
    <context>
        <name>SocketListModel</name>
        <message>
            <source>accepted #%1</source>
            <translation>已接受 #%1</translation>
        </message>
        <message>
            <source>✓ EOF</source>
            <translation>✓ EOF</translation>
        </message>
        <message>
            <source>In select()'s rlist: a connection waits in the backlog; accept() would not block.</source>
            <translation>在 select() 的 rlist 中：有连接在积压队列（backlog）中等待；accept() 不会阻塞。</translation>
        </message>
        <message>
            <source>In select()'s rlist: recv() would not block (data, EOF or an error waits).</source>
            <translation>在 select() 的 rlist 中：recv() 不会阻塞（有数据、EOF 或错误等待处理）。</translation>
        </message>
        <message>
            <source>In select()'s wlist: send() would not block (there is room in the send buffer).</source>
            <translation>在 select() 的 wlist 中：send() 不会阻塞（发送缓冲区还有空间）。</translation>
        </message>
        <message>
            <source>An error is pending on the socket (POLLERR); SO_ERROR says which.</source>
            <translation>套接字上有待处理的错误（POLLERR）；SO_ERROR 会说明是哪个错误。</translation>
        </message>
        <message>
            <source>FIONREAD: bytes in the receive buffer that recv() would return now. A server that stops reading (or a blocking client before Receive) leaves them here.</source>
            <translation>FIONREAD：接收缓冲区中 recv() 现在就能返回的字节数。停止读取的服务器（或尚未点击“接收”的阻塞客户端）会让这些字节留在这里。</translation>
        </message>
        <message>
            <source>Bytes in the OS's send buffer not yet acknowledged by the peer (Linux SIOCOUTQ, macOS SO_NWRITE; Windows does not say).</source>
            <translation>操作系统发送缓冲区中尚未被对端确认的字节（Linux 用 SIOCOUTQ，macOS 用 SO_NWRITE；Windows 不提供）。</translation>
        </message>
        <message>
            <source>SockLab's own queue: bytes accepted by Send that the OS has not taken yet, because the socket's send buffer is full (the peer does not read).</source>
            <translation>SockLab 自己的队列：已被“发送”接受、但操作系统尚未取走的字节，因为套接字的发送缓冲区已满（对端没有读取）。</translation>
        </message>
        <message>
            <source>getsockname()</source>
            <translation>getsockname()</translation>
        </message>
        <message>
            <source>getpeername()</source>
            <translation>getpeername()</translation>
        </message>
        <message>
            <source>The socket's id in the call timeline and traces</source>
            <translation>该套接字在调用时间线和跟踪记录中的 ID</translation>
        </message>
        <message>
            <source>Socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Readable</source>
            <translation>可读</translation>
        </message>
        <message>
            <source>Writable</source>
            <translation>可写</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>待读取</translation>
        </message>
        <message>
            <source>Unsent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>listener</source>
            <translation>监听套接字</translation>
        </message>
        <message>
            <source>client</source>
            <translation>客户端</translation>
        </message>
    </context>
    <context>
        <name>SocketOptionsEditor</name>
        <message>
            <source>&amp;Reload</source>
            <translation>重新读取(&amp;R)</translation>
        </message>
        <message>
            <source>getsockopt() every option again</source>
            <translation>对每个选项重新调用 getsockopt()</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>读取</translation>
        </message>
        <message>
            <source>getsockopt(%1): read-only</source>
            <translation>getsockopt(%1)：只读</translation>
        </message>
        <message>
            <source>on</source>
            <translation>启用</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>On with 0 s: close() sends RST</source>
            <translation>启用且为 0 s：close() 会发送 RST</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>0 (none)</source>
            <translation>0（无）</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>setsockopt(%1, %2, …), then getsockopt to read back what the OS kept</source>
            <translation>setsockopt(%1, %2, …)，然后用 getsockopt 读回操作系统实际保留的值</translation>
        </message>
        <message>
            <source>Options of socket #%1 (%2, %3%4)</source>
            <translation>套接字 #%1 的选项（%2，%3%4）</translation>
        </message>
        <message>
            <source>Select a socket to see its options</source>
            <translation>选择一个套接字以查看其选项</translation>
        </message>
        <message>
            <source>IPv6 sockets only</source>
            <translation>仅限 IPv6 套接字</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
        <message>
            <source>the session has stopped</source>
            <translation>会话已停止</translation>
        </message>
    </context>
    <context>
        <name>SocketOptionsModel</name>
        <message>
            <source>Set %1, the OS reports %2.</source>
            <translation>已设置为 %1，操作系统报告为 %2。</translation>
        </message>
        <message>
            <source>Set %1.</source>
            <translation>已设置为 %1。</translation>
        </message>
        <message>
            <source>Not available on this OS. %1</source>
            <translation>此操作系统不支持。%1</translation>
        </message>
        <message>
            <source>not on this OS</source>
            <translation>此操作系统不支持</translation>
        </message>
        <message>
            <source>(reading clears it)</source>
            <translation>（读取后即清除）</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Value (read back)</source>
            <translation>值（读回）</translation>
        </message>
        <message>
            <source>Set to</source>
            <translation>设置为</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>on</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>off</source>
            <translation>禁用</translation>
        </message>
        <message>
            <source>on, %1 s</source>
            <translation>启用，%1 s</translation>
        </message>
    </context>
    <context>
        <name>SocketsPanel</name>
        <message>
            <source>Writable</source>
            <translation>可写</translation>
        </message>
        <message>
            <source>Readable / Writable / Error: what select(rlist, wlist, xlist) would say now. A session on the I/O thread reads at once, so its sockets rarely look readable; a server that stops reading, or a blocking client before Receive, leaves the bytes waiting (To read).</source>
            <translation>可读 / 可写 / 错误：select(rlist, wlist, xlist) 此刻会给出的结果。I/O 线程上的会话会立即读取，因此其套接字很少显示为可读；停止读取的服务器，或尚未点击“接收”的阻塞客户端，会让字节留在缓冲区中等待（“待读取”）。</translation>
        </message>
        <message>
            <source>No tab</source>
            <translation>无标签页</translation>
        </message>
        <message>
            <source>%1: no open socket</source>
            <translation>%1：没有打开的套接字</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n socket(s)</source>
            <translation>
                <numerusform>%1：%n 个套接字</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No tabs open</source>
            <translation>没有打开的标签页</translation>
        </message>
        <message>
            <source>Open a server, a client or a chat, open a saved workspace (File ▸ Open Workspace), or learn by running a guided scenario.</source>
            <translation>打开一个服务器、客户端或聊天，打开已保存的工作区（文件 ▸ 打开工作区），或者运行一个引导式场景来学习。</translation>
        </message>
        <message>
            <source>Guided scenarios</source>
            <translation>引导式场景</translation>
        </message>
        <message>
            <source>Each one opens the tabs it needs on 127.0.0.1, runs the lesson step by step with a short explanation, and points at where it shows.</source>
            <translation>每个场景都会在 127.0.0.1 上打开所需的标签页，逐步运行课程并附上简短说明，同时指出结果显示在哪里。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Run scenario %1: %2</source>
            <translation>运行场景 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>StatusTotals</name>
        <message>
            <source>Totals across all tabs</source>
            <translation>所有标签页的合计</translation>
        </message>
        <message>
            <source>Totals across all tabs; each tab's error panel lists its errors</source>
            <translation>所有标签页的合计；各标签页的错误面板会列出其错误</translation>
        </message>
        <message>
            <source>Tabs: %1</source>
            <translation>标签页：%1</translation>
        </message>
        <message>
            <source>Connections: %1</source>
            <translation>连接：%1</translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>接收：%1</translation>
        </message>
        <message>
            <source>Out: %1</source>
            <translation>发送：%1</translation>
        </message>
        <message>
            <source>Errors: %1</source>
            <translation>错误：%1</translation>
        </message>
    </context>
    <context>
        <name>StructPackSection</name>
        <message>
            <source>&gt;H  (&lt; little, &gt; or ! big-endian, = native order)</source>
            <translation>&gt;H  （&lt; 小端，&gt; 或 ! 大端，= 本机字节序）</translation>
        </message>
        <message>
            <source>values separated by spaces, e.g. 256</source>
            <translation>以空格分隔的值，例如 256</translation>
        </message>
        <message>
            <source>bytes in hex, e.g. 01 00</source>
            <translation>十六进制字节，例如 01 00</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>值：</translation>
        </message>
        <message>
            <source>pack() gives:</source>
            <translation>pack() 结果：</translation>
        </message>
        <message>
            <source>Bytes (hex):</source>
            <translation>字节（十六进制）：</translation>
        </message>
        <message>
            <source>unpack() gives:</source>
            <translation>unpack() 结果：</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>值</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>(no bytes)</source>
            <translation>（无字节）</translation>
        </message>
        <message>
            <source>Hex, %1</source>
            <translation>十六进制，%1</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>字节</translation>
        </message>
        <message>
            <source>(no values)</source>
            <translation>（无值）</translation>
        </message>
    </context>
    <context>
        <name>TcpClientTab</name>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>Rec&amp;eive</source>
            <translation>接收(&amp;E)</translation>
        </message>
        <message>
            <source>One more recv(): wait for what the server sends next</source>
            <translation>再调用一次 recv()：等待服务器接下来发送的数据</translation>
        </message>
        <message>
            <source>Shut&amp;down write</source>
            <translation>关闭写入(&amp;D)</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): the server reads EOF; you can still receive</source>
            <translation>shutdown(SHUT_WR)：服务器会读到 EOF；你仍然可以接收</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <source>close(): a graceful FIN</source>
            <translation>close()：正常关闭，发送 FIN</translation>
        </message>
        <message>
            <source>&amp;Abort</source>
            <translation>中止(&amp;A)</translation>
        </message>
        <message>
            <source>SO_LINGER 0, then close(): the server gets ECONNRESET</source>
            <translation>SO_LINGER 0，然后 close()：服务器会收到 ECONNRESET</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>%1 — the server closed its side (recv() returned 0); you can still send</source>
            <translation>%1——服务器关闭了它那一端（recv() 返回 0）；你仍然可以发送</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>错误（%1）</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket</source>
            <translation>文件 %1：全部 %2 字节已交给套接字</translation>
        </message>
        <message>
            <source>File %1: reading stopped: %2</source>
            <translation>文件 %1：读取中止：%2</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>客户端 %1</translation>
        </message>
        <message>
            <source>(applies on Reconnect)</source>
            <translation>（重新连接时生效）</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>无法连接：%1</translation>
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>已断开连接</translation>
        </message>
        <message>
            <source>File %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>Sending file %1 (%2 bytes) in %3 KiB chunks</source>
            <translation>正在以 %3 KiB 的块发送文件 %1（%2 字节）</translation>
        </message>
        <message>
            <source>%1 — write side shut down: the server reads EOF</source>
            <translation>%1——写入端已关闭：服务器会读到 EOF</translation>
        </message>
        <message>
            <source>%1 resolved in %2 ms: %3</source>
            <translation>%1 解析用时 %2 ms：%3</translation>
        </message>
        <message>
            <source>%1 has no address to connect to</source>
            <translation>%1 没有可连接的地址</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接到 %1…</translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>无法解析 %1：%2</translation>
        </message>
        <message>
            <source>Connected %1 → %2</source>
            <translation>已连接 %1 → %2</translation>
        </message>
        <message>
            <source>File %1: stopped after %2 of %3 bytes: the connection closed</source>
            <translation>文件 %1：发送了 %3 字节中的 %2 字节后停止：连接已关闭</translation>
        </message>
        <message>
            <source>Closed by peer</source>
            <translation>已被对端关闭</translation>
        </message>
        <message>
            <source>Reset by peer (ECONNRESET)</source>
            <translation>已被对端重置（ECONNRESET）</translation>
        </message>
        <message>
            <source>Aborted: RST sent (SO_LINGER 0)</source>
            <translation>已中止：已发送 RST（SO_LINGER 0）</translation>
        </message>
        <message>
            <source>Closed after an error: %1</source>
            <translation>因错误而关闭：%1</translation>
        </message>
        <message>
            <source>Could not connect</source>
            <translation>连接失败</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>连接失败：%1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>未连接</translation>
        </message>
    </context>
    <context>
        <name>TcpServerTab</name>
        <message>
            <source>&amp;Traffic</source>
            <translation>流量(&amp;T)</translation>
        </message>
        <message>
            <source>Stop reading (the peer's sends fill the buffers)</source>
            <translation>停止读取（对端发送的数据会填满缓冲区）</translation>
        </message>
        <message>
            <source>Stop calling recv() on the connections: received data waits in the OS's buffers, and a client sending more eventually blocks. Untick to read everything that waited.</source>
            <translation>不再对各连接调用 recv()：收到的数据留在操作系统的缓冲区中，继续发送的客户端最终会阻塞。取消勾选即可读取所有积压的数据。</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Server :%1</source>
            <translation>服务器 :%1</translation>
        </message>
        <message>
            <source>Not listening: %1</source>
            <translation>未监听：%1</translation>
        </message>
        <message>
            <source>Listening on %1</source>
            <translation>正在监听 %1</translation>
        </message>
        <message>
            <source>Not listening: %1 failed: %2 — %3. %4</source>
            <translation>未监听：%1 失败：%2 — %3。%4</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Listening on %1. Port %2 is open to the network: any machine that can reach this one can connect.</source>
            <translation>正在监听 %1。端口 %2 对网络开放：任何能访问本机的机器都可以连接。</translation>
        </message>
        <message>
            <source>No client is connected: nothing to send to.</source>
            <translation>没有已连接的客户端：无处可发送。</translation>
        </message>
        <message numerus="yes">
            <source>Sends to the %n selected client(s).</source>
            <translation>
                <numerusform>发送给选中的 %n 个客户端。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sends to all %n client(s) (select some in the list to send to those only).</source>
            <translation>
                <numerusform>发送给全部 %n 个客户端（在列表中选择部分客户端，则只发送给它们）。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>错误(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Errors (%1)</source>
            <translation>错误（%1）(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>TrafficCapture</name>
        <message>
            <source>Capture stopped: %1</source>
            <translation>捕获已停止：%1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
    </context>
    <context>
        <name>TrafficModel</name>
        <message>
            <source>Datagram truncated: the receive buffer held %1 of its bytes</source>
            <translation>数据报被截断：接收缓冲区只容纳了其中 %1 个字节</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 (truncated)</source>
            <translation>%1（已截断）</translation>
        </message>
        <message>
            <source>Framing error at stream offset %1: %2. The rest of this stream is shown unframed.</source>
            <translation>流偏移量 %1 处出现分帧错误：%2。该流的其余部分将不分帧显示。</translation>
        </message>
    </context>
    <context>
        <name>TrafficView</name>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Stop updating the table. Counting and capture go on; the rows that arrive meanwhile appear on resume (up to the cap).</source>
            <translation>停止更新表格。计数和捕获会继续；暂停期间到达的行会在恢复时显示（不超过上限）。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Empty the table and reset the totals. A running capture goes on.</source>
            <translation>清空表格并重置总计。正在进行的捕获会继续。</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Find bytes in the shown rows. In text mode \n, \r, \t and \xNN escapes work; in hex mode type bytes like "de ad be ef".</source>
            <translation>在显示的行中查找字节。文本模式下可使用 \n、\r、\t 和 \xNN 转义；十六进制模式下请输入字节，如“de ad be ef”。</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>All peers</source>
            <translation>所有对端</translation>
        </message>
        <message>
            <source>Show one peer (pick from the list) or every peer whose address contains the typed text.</source>
            <translation>显示单个对端（从列表中选择），或地址中包含所输入文本的所有对端。</translation>
        </message>
        <message>
            <source>All directions</source>
            <translation>所有方向</translation>
        </message>
        <message>
            <source>Data only (no info)</source>
            <translation>仅数据（不含信息）</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Framing:</source>
            <translation>分帧：</translation>
        </message>
        <message>
            <source>Raw chunks</source>
            <translation>原始数据块</translation>
        </message>
        <message>
            <source>Lines (\n)</source>
            <translation>按行（\n）</translation>
        </message>
        <message>
            <source>Length prefix (4 bytes, big-endian)</source>
            <translation>长度前缀（4 字节，大端）</translation>
        </message>
        <message>
            <source>Fixed size</source>
            <translation>固定长度</translation>
        </message>
        <message>
            <source>How rows are cut from each connection's byte stream. A change applies to data arriving from now on; rows already shown stay as they were, and a message left unfinished by the old framing becomes one row.</source>
            <translation>如何从每个连接的字节流中切分出行。更改只对此后到达的数据生效；已显示的行保持不变，按旧分帧方式尚未完整的消息会成为一行。</translation>
        </message>
        <message>
            <source> bytes</source>
            <translation> 字节</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>保留：</translation>
        </message>
        <message>
            <source> rows</source>
            <translation> 行</translation>
        </message>
        <message>
            <source>The table keeps this many of the newest rows. Totals stay exact, and a capture file gets every byte.</source>
            <translation>表格只保留这么多条最新的行。总计始终准确，捕获文件会得到每一个字节。</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Save the shown rows as CSV or text</source>
            <translation>将显示的行保存为 CSV 或文本</translation>
        </message>
        <message>
            <source>Capture to File…</source>
            <translation>捕获到文件…</translation>
        </message>
        <message>
            <source>Write every record to a file as it arrives, beyond the cap and while paused (tab-separated, payload in hex)</source>
            <translation>每条记录一到达就写入文件，不受上限限制，暂停时也照常写入（制表符分隔，载荷为十六进制）</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>%1 rows shown of %2 received; %3 in, %4 out</source>
            <translation>显示 %1 行，共收到 %2 行；接收 %3，发送 %4</translation>
        </message>
        <message>
            <source>%1 dropped by cap %2</source>
            <translation>%1 行因上限 %2 被丢弃</translation>
        </message>
        <message>
            <source>paused, %1 rows waiting</source>
            <translation>已暂停，%1 行等待中</translation>
        </message>
        <message>
            <source>capturing to %1</source>
            <translation>正在捕获到 %1</translation>
        </message>
        <message>
            <source>Not valid hex</source>
            <translation>不是有效的十六进制</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <source>Save Traffic</source>
            <translation>保存流量</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <source>Capture Traffic to File</source>
            <translation>将流量捕获到文件</translation>
        </message>
        <message>
            <source>Capture Traffic</source>
            <translation>捕获流量</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>SockLab text captures (*.tsv)</source>
            <translation>SockLab 文本捕获文件 (*.tsv)</translation>
        </message>
        <message>
            <source>pcap for Wireshark and tcpdump (*.pcap)</source>
            <translation>pcap 文件，供 Wireshark 和 tcpdump 使用 (*.pcap)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>UdpClientNotes</name>
        <message>
            <source>Reply from %1, not the target %2</source>
            <translation>回复来自 %1，而不是目标 %2</translation>
        </message>
        <message>
            <source>%1. Replies from another source so far: %2.</source>
            <translation>%1。目前来自其他来源的回复数：%2。</translation>
        </message>
        <message>
            <source>After a broadcast this is expected: each host answers from its own address.</source>
            <translation>广播之后这是正常的：每台主机都会从它自己的地址回复。</translation>
        </message>
        <message>
            <source>%1() to %2 was refused with %3: it is a broadcast address, and the OS lets a socket send to one only with SO_BROADCAST set, so that no program floods the network by mistake. Tick SO_BROADCAST and send again.</source>
            <translation>发往 %2 的 %1() 被拒绝，错误为 %3：这是一个广播地址，操作系统只允许设置了 SO_BROADCAST 的套接字向它发送，以免程序误将数据泛滥到整个网络。请勾选 SO_BROADCAST 后重新发送。</translation>
        </message>
        <message>
            <source>%1() to %2 was refused with %3 although SO_BROADCAST is set: a firewall rule or a security policy refused it.</source>
            <translation>发往 %2 的 %1() 被拒绝，错误为 %3，尽管已设置 SO_BROADCAST：是防火墙规则或安全策略拒绝了它。</translation>
        </message>
        <message>
            <source>Oversized datagram: %1() refused it with %2 and nothing was sent. One UDP datagram carries at most %3 bytes of data over IPv4 (%4 over IPv6). Send less, or send a file: it goes in datagrams of the size chosen above.</source>
            <translation>数据报过大：%1() 以 %2 拒绝了它，没有发送任何数据。一个 UDP 数据报在 IPv4 上最多携带 %3 字节数据（IPv6 上为 %4 字节）。请少发一些，或者发送文件：文件会按上面选择的大小分成多个数据报发送。</translation>
        </message>
        <message>
            <source>the OS reports it because the socket is connected.</source>
            <translation>操作系统之所以报告它，是因为该套接字已连接。</translation>
        </message>
        <message>
            <source>Windows reports it even to an unconnected socket.</source>
            <translation>Windows 即使对未连接的套接字也会报告它。</translation>
        </message>
        <message>
            <source>%1 from %2(): an earlier datagram to %3 was answered with an ICMP "port unreachable": nothing listens on that port. UDP itself never says so; %4</source>
            <translation>%2() 返回 %1：之前发往 %3 的数据报收到了 ICMP“端口不可达”应答：该端口上没有程序在监听。UDP 本身从不报告这一点；%4</translation>
        </message>
        <message>
            <source>Earlier, sendto() to %1 was refused with EACCES because SO_BROADCAST was off. It is on now: datagrams to the broadcast address go out.</source>
            <translation>之前发往 %1 的 sendto() 因 SO_BROADCAST 未开启而被拒绝（EACCES）。现在它已开启：发往广播地址的数据报可以发出了。</translation>
        </message>
    </context>
    <context>
        <name>UdpClientSettingsBar</name>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Open a UDP socket for the target (bind to port 0, and connect in connected mode)</source>
            <translation>为目标打开一个 UDP 套接字（绑定到端口 0，在已连接模式下还会调用 connect()）</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <source>close() the socket</source>
            <translation>用 close() 关闭套接字</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>重新打开(&amp;R)</translation>
        </message>
        <message>
            <source>Close, then open a new socket with the settings shown</source>
            <translation>关闭，然后用当前显示的设置打开一个新套接字</translation>
        </message>
        <message>
            <source>Unconnected: sendto()</source>
            <translation>未连接：sendto()</translation>
        </message>
        <message>
            <source>Connected: connect() + send()</source>
            <translation>已连接：connect() + send()</translation>
        </message>
        <message>
            <source>Unconnected: every datagram names its destination, and replies from any address arrive. Connected: connect() fixes the peer; only its datagrams arrive, and ICMP errors for earlier datagrams are reported.</source>
            <translation>未连接：每个数据报都指明目的地址，来自任何地址的回复都会到达。已连接：connect() 固定对端；只有对端的数据报会到达，并且会报告之前的数据报引发的 ICMP 错误。</translation>
        </message>
        <message>
            <source>Allow sending to a broadcast address (255.255.255.255, or a subnet's last address such as 192.168.1.255). Without it the OS refuses with EACCES.</source>
            <translation>允许向广播地址发送（255.255.255.255，或子网的最后一个地址，如 192.168.1.255）。不开启时操作系统会以 EACCES 拒绝。</translation>
        </message>
        <message>
            <source> bytes</source>
            <translation> 字节</translation>
        </message>
        <message>
            <source>The buffer each recvfrom() reads a reply into; a longer reply is cut (Linux, macOS) or fails with WSAEMSGSIZE (Windows)</source>
            <translation>每次 recvfrom() 读取回复所用的缓冲区；更长的回复会被截断（Linux、macOS）或以 WSAEMSGSIZE 失败（Windows）</translation>
        </message>
        <message>
            <source>A file is sent in datagrams of this size. Up to 1472 bytes fit in one Ethernet frame; larger ones are fragmented; %1 is the most IPv4 can carry.</source>
            <translation>文件按此大小分成多个数据报发送。一个以太网帧最多能容纳 1472 字节；更大的数据报会被分片；%1 是 IPv4 能携带的最大值。</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>Receive &amp;buffer:</source>
            <translation>接收缓冲区(&amp;B)：</translation>
        </message>
        <message>
            <source>File &amp;datagrams:</source>
            <translation>文件数据报(&amp;D)：</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, the ICMP "port unreachable" comes back as WSAECONNRESET on the next recv(); only the target's datagrams arrive.</source>
            <translation>在 %1 上：如果目标上没有程序在监听，ICMP“端口不可达”会在下一次 recv() 时以 WSAECONNRESET 返回；只有目标的数据报会到达。</translation>
        </message>
        <message>
            <source>On %1: even unconnected, an ICMP "port unreachable" comes back as WSAECONNRESET on the next recvfrom(); replies from any address arrive.</source>
            <translation>在 %1 上：即使未连接，ICMP“端口不可达”也会在下一次 recvfrom() 时以 WSAECONNRESET 返回；来自任何地址的回复都会到达。</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, the ICMP "port unreachable" comes back as ECONNREFUSED on the next send() or recv(); only the target's datagrams arrive.</source>
            <translation>在 %1 上：如果目标上没有程序在监听，ICMP“端口不可达”会在下一次 send() 或 recv() 时以 ECONNREFUSED 返回；只有目标的数据报会到达。</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, nothing is reported (the ICMP "port unreachable" is not delivered to an unconnected socket); replies from any address arrive.</source>
            <translation>在 %1 上：如果目标上没有程序在监听，不会报告任何错误（ICMP“端口不可达”不会递交给未连接的套接字）；来自任何地址的回复都会到达。</translation>
        </message>
    </context>
    <context>
        <name>UdpClientTab</name>
        <message>
            <source>Not open</source>
            <translation>未打开</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>错误（%1）</translation>
        </message>
        <message>
            <source>Connected mode: opening a new socket</source>
            <translation>已连接模式：正在打开新套接字</translation>
        </message>
        <message>
            <source>Unconnected mode: opening a new socket</source>
            <translation>未连接模式：正在打开新套接字</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket in %3 datagrams</source>
            <translation>文件 %1：全部 %2 字节已分 %3 个数据报交给套接字</translation>
        </message>
        <message>
            <source>File %1: reading stopped: %2</source>
            <translation>文件 %1：读取中止：%2</translation>
        </message>
        <message>
            <source>UDP client %1</source>
            <translation>UDP 客户端 %1</translation>
        </message>
        <message>
            <source>Cannot open: %1</source>
            <translation>无法打开：%1</translation>
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>Socket closed</source>
            <translation>套接字已关闭</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>%1 resolved in %2 ms: %3; sending to %4</source>
            <translation>%1 解析用时 %2 ms：%3；发送到 %4</translation>
        </message>
        <message numerus="yes">
            <source>%n datagram(s) not sent: the target could not be looked up</source>
            <translation>
                <numerusform>%n 个数据报未发送：无法解析目标</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>无法解析 %1：%2</translation>
        </message>
        <message>
            <source>Could not open: %1</source>
            <translation>打开失败：%1</translation>
        </message>
        <message>
            <source>Connected %1 → %2: send()</source>
            <translation>已连接 %1 → %2：send()</translation>
        </message>
        <message>
            <source>Open on %1: sendto() %2</source>
            <translation>已在 %1 上打开：sendto() %2</translation>
        </message>
        <message>
            <source>%1 bytes do not fit in one UDP datagram (at most %2 bytes over %3): the OS will refuse to send them</source>
            <translation>%1 字节放不进一个 UDP 数据报（在 %3 上最多 %2 字节）：操作系统将拒绝发送</translation>
        </message>
        <message>
            <source>File %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>Sending file %1 (%2 bytes) in datagrams of %3 bytes</source>
            <translation>正在以每个 %3 字节的数据报发送文件 %1（%2 字节）</translation>
        </message>
        <message>
            <source>SO_BROADCAST on</source>
            <translation>SO_BROADCAST 已开启</translation>
        </message>
        <message>
            <source>SO_BROADCAST off</source>
            <translation>SO_BROADCAST 已关闭</translation>
        </message>
        <message>
            <source>the socket is not open</source>
            <translation>套接字未打开</translation>
        </message>
    </context>
    <context>
        <name>UdpReplyPane</name>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Start the server: replies leave from its socket.</source>
            <translation>请先启动服务器：回复从它的套接字发出。</translation>
        </message>
        <message>
            <source>No datagram yet: nobody to reply to.</source>
            <translation>尚未收到数据报：没有可回复的对象。</translation>
        </message>
        <message>
            <source>Select a sender (in Senders, or a row of the traffic) to send to it.</source>
            <translation>选择一个发送方（在“发送方”中，或流量中的某一行）以向其发送。</translation>
        </message>
        <message>
            <source>Sends to %1 with sendto().</source>
            <translation>用 sendto() 发送到 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Sends one datagram to each of the %n selected senders.</source>
            <translation>
                <numerusform>向选中的 %n 个发送方各发送一个数据报。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 has %2 bytes; one UDP datagram holds at most %3.</source>
            <translation>%1 有 %2 字节；一个 UDP 数据报最多只能容纳 %3 字节。</translation>
        </message>
    </context>
    <context>
        <name>UdpSendersModel</name>
        <message numerus="yes">
            <source>%n datagram(s) from this sender did not fit the receive buffer and were cut</source>
            <translation>
                <numerusform>来自该发送方的 %n 个数据报超出接收缓冲区，已被截断</numerusform>
            </translation>
        </message>
        <message>
            <source>Select to reply to %1</source>
            <translation>选中以回复 %1</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>发送方</translation>
        </message>
        <message>
            <source>In</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Bytes in</source>
            <translation>接收字节数</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>截断</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>发送</translation>
        </message>
    </context>
    <context>
        <name>UdpSendersPanel</name>
        <message>
            <source>UDP has no connections: select a sender (or a row of the traffic) to reply to it.</source>
            <translation>UDP 没有连接：选择一个发送方（或流量中的某一行）即可回复它。</translation>
        </message>
    </context>
    <context>
        <name>UdpServerSettingsBar</name>
        <message>
            <source> bytes</source>
            <translation> 字节</translation>
        </message>
        <message>
            <source>The buffer each recvfrom() fills. A datagram larger than this is cut: the rest is lost (try 1024 and send 2000 bytes). Applied at once.</source>
            <translation>每次 recvfrom() 填充的缓冲区。大于它的数据报会被截断：其余部分丢失（试试设为 1024，然后发送 2000 字节）。立即生效。</translation>
        </message>
        <message>
            <source>&amp;Receive buffer:</source>
            <translation>接收缓冲区(&amp;R)：</translation>
        </message>
        <message>
            <source>SO_BROADCAST: lets this socket send to broadcast addresses (a reply to 255.255.255.255 is refused without it). Applied at once.</source>
            <translation>SO_BROADCAST：允许此套接字向广播地址发送（没有它，回复 255.255.255.255 会被拒绝）。立即生效。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>Close the socket</source>
            <translation>关闭套接字</translation>
        </message>
        <message>
            <source>socket(SOCK_DGRAM), bind()</source>
            <translation>socket(SOCK_DGRAM), bind()</translation>
        </message>
    </context>
    <context>
        <name>UdpServerTab</name>
        <message>
            <source>&amp;Multicast</source>
            <translation>组播(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Senders</source>
            <translation>发送方(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Senders (%1)</source>
            <translation>发送方（%1）(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Traffic</source>
            <translation>流量(&amp;T)</translation>
        </message>
        <message>
            <source>Joined multicast group %1</source>
            <translation>已加入组播组 %1</translation>
        </message>
        <message>
            <source>Left multicast group %1</source>
            <translation>已退出组播组 %1</translation>
        </message>
        <message>
            <source>UDP Server :%1</source>
            <translation>UDP 服务器 :%1</translation>
        </message>
        <message>
            <source>Not bound: %1</source>
            <translation>未绑定：%1</translation>
        </message>
        <message>
            <source>Bound to %1</source>
            <translation>已绑定到 %1</translation>
        </message>
        <message>
            <source>Not bound: %1 failed: %2 — %3. %4</source>
            <translation>未绑定：%1 失败：%2 — %3。%4</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Bound to %1 (UDP). Port %2 is open to the network: any machine that can reach this one can send to it.</source>
            <translation>已绑定到 %1（UDP）。端口 %2 对网络开放：任何能访问本机的机器都可以向它发送数据。</translation>
        </message>
        <message>
            <source>Bound to %1 (UDP)</source>
            <translation>已绑定到 %1（UDP）</translation>
        </message>
        <message>
            <source>In: %1 datagrams, %2 bytes · Out: %3 datagrams, %4 bytes · Cut: %5 · Errors: %6</source>
            <translation>接收：%1 个数据报，%2 字节 · 发送：%3 个数据报，%4 字节 · 截断：%5 · 错误：%6</translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>错误(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Errors (%1)</source>
            <translation>错误（%1）(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>UdpTargetResolver</name>
        <message>
            <source>no address for datagrams</source>
            <translation>没有用于发送数据报的地址</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFile</name>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>第 %1 字节处不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>the top level must be an object with "tabs"</source>
            <translation>顶层必须是包含 "tabs" 的对象</translation>
        </message>
        <message>
            <source>version: this SockLab reads version %1 workspaces</source>
            <translation>version：此版本的 SockLab 只能读取版本 %1 的工作区</translation>
        </message>
        <message>
            <source>tabs: must be a list</source>
            <translation>tabs：必须是列表</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <source>larger than 16 MB: not a workspace</source>
            <translation>大于 16 MB：不是工作区文件</translation>
        </message>
        <message>
            <source>%1 is not a port (0 to 65535)</source>
            <translation>%1 不是端口（0 到 65535）</translation>
        </message>
        <message>
            <source>must be tcp-server, tcp-client, udp-server, udp-client or chat</source>
            <translation>必须是 tcp-server、tcp-client、udp-server、udp-client 或 chat</translation>
        </message>
        <message>
            <source>not a key of a %1 tab</source>
            <translation>不是 %1 标签页的键</translation>
        </message>
        <message>
            <source>must be a non-empty string</source>
            <translation>必须是非空字符串</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>必须是字符串</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>must be a number &gt;= %1</source>
            <translation>必须是 &gt;= %1 的数字</translation>
        </message>
        <message>
            <source>this reply needs a tcp-server tab</source>
            <translation>此回复需要 tcp-server 标签页</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>必须是列表</translation>
        </message>
        <message>
            <source>needs a non-empty name and host</source>
            <translation>需要非空的名称和主机</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Tabs opened from the command line: %1</source>
            <translation>从命令行打开的标签页：%1</translation>
        </message>
    </context>
    <context>
        <name>netcore</name>
        <message>
            <source>No error</source>
            <translation>无错误</translation>
        </message>
        <message>
            <source>The call succeeded.</source>
            <translation>调用成功。</translation>
        </message>
        <message>
            <source>Operation would block</source>
            <translation>操作将会阻塞</translation>
        </message>
        <message>
            <source>The socket is non-blocking and the call could not finish at once: there was nothing to read yet, no room in the send buffer, or no pending connection to accept. Nothing is wrong; the OS is asking you to come back later. Python raises BlockingIOError.</source>
            <translation>套接字处于非阻塞模式，调用无法立即完成：暂时还没有可读的数据、发送缓冲区没有空间，或者没有等待接受的连接。这并不是出错；操作系统只是让你稍后再试。Python 会抛出 BlockingIOError。</translation>
        </message>
        <message>
            <source>The socket was put in non-blocking mode (setblocking(False) / settimeout(0))
recv/recvfrom: no data has arrived yet
send: the send buffer is full because the peer reads slower than you write
accept: no client is waiting in the backlog</source>
            <translation>套接字被设置为非阻塞模式（setblocking(False) / settimeout(0)）
recv/recvfrom：还没有数据到达
send：发送缓冲区已满，因为对端读取的速度比你写入的慢
accept：积压队列（backlog）中没有等待的客户端</translation>
        </message>
        <message>
            <source>Wait until the socket is ready with select/poll (or the selectors module), then repeat the call
Use a blocking socket or a timeout if you do not need to serve several sockets at once</source>
            <translation>用 select/poll（或 selectors 模块）等待套接字就绪，然后重新调用
如果不需要同时处理多个套接字，请使用阻塞套接字或设置超时</translation>
        </message>
        <message>
            <source>Linux defines EWOULDBLOCK and EAGAIN as the same number (tools such as strace print EAGAIN); netcore names it EWOULDBLOCK. Windows reports WSAEWOULDBLOCK (10035).</source>
            <translation>Linux 中 EWOULDBLOCK 与 EAGAIN 是同一个数值（strace 等工具显示为 EAGAIN）；netcore 将其称为 EWOULDBLOCK。Windows 报告 WSAEWOULDBLOCK（10035）。</translation>
        </message>
        <message>
            <source>Connection in progress</source>
            <translation>连接正在进行中</translation>
        </message>
        <message>
            <source>A non-blocking connect() has sent the handshake but it has not finished yet. This is the normal answer, not a failure: the connection completes (or fails) later.</source>
            <translation>非阻塞的 connect() 已发出握手，但握手尚未完成。这是正常的返回结果，而非失败：连接稍后才会完成（或失败）。</translation>
        </message>
        <message>
            <source>connect() on a non-blocking socket (Python: connect_ex returns EINPROGRESS, or BlockingIOError from connect)</source>
            <translation>在非阻塞套接字上调用 connect()（Python：connect_ex 返回 EINPROGRESS，或 connect 抛出 BlockingIOError）</translation>
        </message>
        <message>
            <source>Wait for the socket to become writable with select/poll
Then read SO_ERROR (getsockopt) to learn whether the connection succeeded</source>
            <translation>用 select/poll 等待套接字变为可写
然后读取 SO_ERROR（getsockopt），确定连接是否成功</translation>
        </message>
        <message>
            <source>Windows reports a non-blocking connect as WSAEWOULDBLOCK instead of EINPROGRESS; netcore shows both as 'in progress'. WSAEINPROGRESS on Windows means a blocking Winsock call is already running on the thread.</source>
            <translation>Windows 将非阻塞 connect 报告为 WSAEWOULDBLOCK，而不是 EINPROGRESS；netcore 将两者都显示为“正在进行中”。Windows 上的 WSAEINPROGRESS 表示该线程上已有一个阻塞的 Winsock 调用正在执行。</translation>
        </message>
        <message>
            <source>Operation already in progress</source>
            <translation>操作已在进行中</translation>
        </message>
        <message>
            <source>A previous non-blocking connect() on this socket is still running, and you called connect() again before it finished.</source>
            <translation>此套接字上先前的非阻塞 connect() 仍在进行，而你在它完成之前再次调用了 connect()。</translation>
        </message>
        <message>
            <source>connect() called twice on a non-blocking socket
Retrying connect in a loop instead of waiting for writability</source>
            <translation>在非阻塞套接字上调用了两次 connect()
在循环中反复重试 connect，而不是等待套接字可写</translation>
        </message>
        <message>
            <source>Wait for the first connect to finish (socket writable), then check SO_ERROR
Call connect() once per socket; to retry after a failure, open a new socket</source>
            <translation>等待第一次 connect 完成（套接字可写），然后检查 SO_ERROR
每个套接字只调用一次 connect()；失败后如需重试，请打开一个新的套接字</translation>
        </message>
        <message>
            <source>Windows reports WSAEALREADY; some Windows versions answer a repeated connect with WSAEINVAL instead.</source>
            <translation>Windows 报告 WSAEALREADY；某些 Windows 版本对重复的 connect 会改为返回 WSAEINVAL。</translation>
        </message>
        <message>
            <source>Socket is already connected</source>
            <translation>套接字已连接</translation>
        </message>
        <message>
            <source>The socket already has a connection (or a default peer, for UDP), so this call is not allowed.</source>
            <translation>该套接字已有连接（对 UDP 而言是已有默认对端），因此不允许此调用。</translation>
        </message>
        <message>
            <source>connect() on a socket that is already connected
sendto() with an address on a connected socket (macOS)</source>
            <translation>在已连接的套接字上调用 connect()
在已连接的套接字上调用带地址的 sendto()（macOS）</translation>
        </message>
        <message>
            <source>Use send() on a connected socket, without an address
Open a new socket for a new connection</source>
            <translation>在已连接的套接字上使用不带地址的 send()
为新连接打开一个新的套接字</translation>
        </message>
        <message>
            <source>Linux and Windows ignore the address given to sendto() on a connected TCP socket; macOS reports EISCONN, also for a connected UDP socket. Windows reports WSAEISCONN (10056) for a second connect().</source>
            <translation>在已连接的 TCP 套接字上，Linux 和 Windows 会忽略传给 sendto() 的地址；macOS 则报告 EISCONN，对已连接的 UDP 套接字也是如此。对于第二次 connect()，Windows 报告 WSAEISCONN（10056）。</translation>
        </message>
        <message>
            <source>Socket is not connected</source>
            <translation>套接字未连接</translation>
        </message>
        <message>
            <source>The call needs a connected socket, but this one has no connection (yet or any more). Python raises OSError with ENOTCONN.</source>
            <translation>此调用需要已连接的套接字，但该套接字没有连接（尚未连接或连接已不存在）。Python 会抛出带有 ENOTCONN 的 OSError。</translation>
        </message>
        <message>
            <source>send/recv on a TCP socket before connect() or on the listening socket itself
getpeername() on an unconnected socket
shutdown() after the connection was already closed
send() on an unconnected UDP socket (use sendto with an address)</source>
            <translation>在 connect() 之前对 TCP 套接字调用 send/recv，或在监听套接字本身上调用
在未连接的套接字上调用 getpeername()
连接已经关闭后再调用 shutdown()
在未连接的 UDP 套接字上调用 send()（应使用带地址的 sendto）</translation>
        </message>
        <message>
            <source>Connect first, or use the socket returned by accept(), not the listening socket
For UDP, use sendto() or connect() the socket to a default peer</source>
            <translation>先建立连接，或使用 accept() 返回的套接字，而不是监听套接字
对于 UDP，使用 sendto()，或用 connect() 为套接字设置默认对端</translation>
        </message>
        <message>
            <source>Windows reports WSAENOTCONN; sending on an unconnected UDP socket there gives WSAENOTCONN or WSAEDESTADDRREQ.</source>
            <translation>Windows 报告 WSAENOTCONN；在 Windows 上通过未连接的 UDP 套接字发送会得到 WSAENOTCONN 或 WSAEDESTADDRREQ。</translation>
        </message>
        <message>
            <source>Address already in use</source>
            <translation>地址已在使用中</translation>
        </message>
        <message>
            <source>Another socket already holds this address and port, so bind() (or listen) cannot take it. Python raises OSError: [Errno 98] Address already in use.</source>
            <translation>另一个套接字已占用此地址和端口，因此 bind()（或 listen）无法使用它。Python 会抛出 OSError: [Errno 98] Address already in use。</translation>
        </message>
        <message>
            <source>Another program (or another tab) is listening on the same port
Your previous server has just exited and its connections are in TIME_WAIT
Two UDP sockets bound to the same port without SO_REUSEADDR / SO_REUSEPORT
AF_UNIX: the socket file already exists from an earlier run</source>
            <translation>另一个程序（或另一个标签页）正在监听同一端口
你之前的服务器刚刚退出，其连接仍处于 TIME_WAIT 状态
两个 UDP 套接字在未设置 SO_REUSEADDR / SO_REUSEPORT 的情况下绑定了同一端口
AF_UNIX：之前运行遗留的套接字文件仍然存在</translation>
        </message>
        <message>
            <source>Pick another port, or port 0 to let the OS choose one
Set SO_REUSEADDR before bind() so a restarted server can reuse a port in TIME_WAIT
Find who holds the port: ss -ltnp / lsof -i :PORT / netstat -ano
AF_UNIX: remove the stale socket file before bind()</source>
            <translation>换一个端口，或使用端口 0 让操作系统自动选择
在 bind() 之前设置 SO_REUSEADDR，使重启的服务器能够重用处于 TIME_WAIT 的端口
查找占用端口的进程：ss -ltnp / lsof -i :PORT / netstat -ano
AF_UNIX：在 bind() 之前删除残留的套接字文件</translation>
        </message>
        <message>
            <source>On Windows SO_REUSEADDR means something else: it lets a second socket bind the same port and steal its traffic; SO_EXCLUSIVEADDRUSE prevents that. Windows can rebind a port in TIME_WAIT without SO_REUSEADDR. Windows reports WSAEADDRINUSE (10048); Linux 98, macOS 48.</source>
            <translation>在 Windows 上，SO_REUSEADDR 的含义不同：它允许第二个套接字绑定同一端口并抢走其流量；SO_EXCLUSIVEADDRUSE 可以防止这种情况。Windows 无需 SO_REUSEADDR 即可重新绑定处于 TIME_WAIT 的端口。Windows 报告 WSAEADDRINUSE（10048）；Linux 为 98，macOS 为 48。</translation>
        </message>
        <message>
            <source>Cannot assign requested address</source>
            <translation>无法分配请求的地址</translation>
        </message>
        <message>
            <source>The address does not belong to this machine, or no local address can be used to reach the destination.</source>
            <translation>该地址不属于本机，或者没有可用于到达目标的本地地址。</translation>
        </message>
        <message>
            <source>bind() to an IP address that is not configured on any interface here
connect() to 0.0.0.0 or to port 0
IPv6 link-local address without a scope id (fe80::1%eth0)
Out of ephemeral ports after very many short connections
AF_UNIX: the path (or its directory) does not exist</source>
            <translation>用 bind() 绑定到本机任何网络接口上都未配置的 IP 地址
用 connect() 连接到 0.0.0.0 或端口 0
IPv6 链路本地地址缺少作用域 ID（fe80::1%eth0）
大量短连接之后临时端口已耗尽
AF_UNIX：路径（或其所在目录）不存在</translation>
        </message>
        <message>
            <source>bind() to 127.0.0.1, 0.0.0.0 (all interfaces) or an address that ip addr / ipconfig shows
Connect to a real destination address and a port other than 0
Add the interface to link-local addresses (%eth0 / %12)</source>
            <translation>用 bind() 绑定到 127.0.0.1、0.0.0.0（所有网络接口）或 ip addr / ipconfig 显示的地址
连接到真实的目标地址，且端口不为 0
为链路本地地址加上网络接口（%eth0 / %12）</translation>
        </message>
        <message>
            <source>Windows reports WSAEADDRNOTAVAIL (10049), also for connect() to 0.0.0.0. A missing AF_UNIX path is ENOENT on Linux and macOS.</source>
            <translation>Windows 报告 WSAEADDRNOTAVAIL（10049），用 connect() 连接到 0.0.0.0 时也是如此。在 Linux 和 macOS 上，AF_UNIX 路径不存在时报告 ENOENT。</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>权限不足</translation>
        </message>
        <message>
            <source>The OS refused the operation because this program lacks a permission the call needs. Python raises PermissionError.</source>
            <translation>操作系统拒绝了该操作，因为本程序缺少此调用所需的权限。Python 会抛出 PermissionError。</translation>
        </message>
        <message>
            <source>bind() to a port below 1024 without administrator rights
sendto() to a broadcast address without SO_BROADCAST
A firewall or security policy blocked the call
Raw sockets need administrator rights</source>
            <translation>没有管理员权限时用 bind() 绑定 1024 以下的端口
未设置 SO_BROADCAST 就用 sendto() 发送到广播地址
防火墙或安全策略阻止了该调用
原始套接字需要管理员权限</translation>
        </message>
        <message>
            <source>Use a port of 1024 or above (e.g. 8080 instead of 80)
Set SO_BROADCAST on the socket before sending to 255.255.255.255 or a subnet broadcast
Check firewall rules (iptables/nftables, pf, Windows Defender Firewall)</source>
            <translation>使用 1024 及以上的端口（例如用 8080 代替 80）
在发送到 255.255.255.255 或子网广播地址之前，先在套接字上设置 SO_BROADCAST
检查防火墙规则（iptables/nftables、pf、Windows Defender 防火墙）</translation>
        </message>
        <message>
            <source>Linux and macOS reserve ports below 1024 for root (Linux: unless CAP_NET_BIND_SERVICE or net.ipv4.ip_unprivileged_port_start; macOS 10.14+ lets anyone bind them on all interfaces). Windows has no privileged ports but reports WSAEACCES (10013) for broadcast without SO_BROADCAST and for ports reserved by another service (Hyper-V, netsh int ipv4 show excludedportrange). Linux reports EPERM when a firewall rule rejects the packet.</source>
            <translation>Linux 和 macOS 将 1024 以下的端口保留给 root（Linux：除非具有 CAP_NET_BIND_SERVICE 或设置了 net.ipv4.ip_unprivileged_port_start；macOS 10.14+ 允许任何人在所有网络接口上绑定这些端口）。Windows 没有特权端口，但对于未设置 SO_BROADCAST 的广播，以及已被其他服务保留的端口（Hyper-V、netsh int ipv4 show excludedportrange），会报告 WSAEACCES（10013）。当防火墙规则拒绝数据包时，Linux 报告 EPERM。</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>连接被拒绝</translation>
        </message>
        <message>
            <source>The destination host is reachable, but nothing is listening on that port: it answered the connection request (SYN) with a reset (RST). Python raises ConnectionRefusedError.</source>
            <translation>目标主机可达，但该端口上没有程序在监听：它用重置（RST）回应了连接请求（SYN）。Python 会抛出 ConnectionRefusedError。</translation>
        </message>
        <message>
            <source>The server is not running, or listens on another port
The server listens on 127.0.0.1 only and you connect from another machine (or the other way round: IPv4 vs IPv6, ::1 vs 127.0.0.1)
The server's listen backlog is full (some systems refuse instead of waiting)
A firewall rejects (rather than drops) the connection
UDP: an earlier datagram got an ICMP 'port unreachable' back</source>
            <translation>服务器未运行，或在另一个端口上监听
服务器只监听 127.0.0.1，而你从另一台机器连接（或者两边不匹配：IPv4 对 IPv6、::1 对 127.0.0.1）
服务器的监听积压队列（backlog）已满（某些系统会直接拒绝而不是等待）
防火墙拒绝（而不是丢弃）了该连接
UDP：之前发送的某个数据报收到了 ICMP“端口不可达”回应</translation>
        </message>
        <message>
            <source>Start the server first, and check the host and port
Check what listens: ss -ltn / lsof -i -P / netstat -an
Bind the server to 0.0.0.0 (or the right interface) if clients come from elsewhere
UDP: make sure the peer's socket is bound before you send</source>
            <translation>先启动服务器，并检查主机和端口
检查谁在监听：ss -ltn / lsof -i -P / netstat -an
如果客户端来自其他机器，请将服务器绑定到 0.0.0.0（或正确的网络接口）
UDP：发送之前确保对端的套接字已经绑定</translation>
        </message>
        <message>
            <source>For UDP, Linux and macOS report this on a connected socket's next send/recv after an ICMP port unreachable. Windows reports a failed TCP connect as WSAECONNREFUSED (10061) only after retrying the SYN for about two seconds, and the UDP case as WSAECONNRESET.</source>
            <translation>对于 UDP，收到 ICMP 端口不可达之后，Linux 和 macOS 会在已连接套接字的下一次 send/recv 时报告此错误。Windows 对失败的 TCP 连接会先重试 SYN 约两秒，之后才报告 WSAECONNREFUSED（10061）；UDP 的情况则报告为 WSAECONNRESET。</translation>
        </message>
        <message>
            <source>Connection reset by peer</source>
            <translation>连接被对端重置</translation>
        </message>
        <message>
            <source>The other side aborted the connection: it sent a reset (RST) instead of closing normally, so data in flight may be lost. Python raises ConnectionResetError.</source>
            <translation>另一端中止了连接：它发送了重置（RST），而不是正常关闭，因此正在传输的数据可能会丢失。Python 会抛出 ConnectionResetError。</translation>
        </message>
        <message>
            <source>The peer process crashed or was killed
The peer closed with SO_LINGER set to 0 (abortive close)
The peer closed while unread data was still in its receive buffer
A firewall, NAT or load balancer dropped the connection's state
Windows UDP: an earlier sendto got an ICMP port unreachable</source>
            <translation>对端进程崩溃或被终止
对端在 SO_LINGER 设为 0 的情况下关闭（强制关闭）
对端关闭时其接收缓冲区中仍有未读数据
防火墙、NAT 或负载均衡器丢弃了该连接的状态
Windows UDP：之前的某次 sendto 收到了 ICMP 端口不可达</translation>
        </message>
        <message>
            <source>Treat it like the end of the connection: close the socket and reconnect if needed
On the peer: read all data before closing, and close gracefully (shutdown, then close)
Windows UDP: ignore it, or disable it with SIO_UDP_CONNRESET</source>
            <translation>将其视为连接结束：关闭套接字，如有需要再重新连接
在对端：关闭前读完所有数据，并正常关闭（先 shutdown，再 close）
Windows UDP：忽略它，或用 SIO_UDP_CONNRESET 禁用它</translation>
        </message>
        <message>
            <source>Windows reports WSAECONNRESET (10054) on a UDP socket's next recvfrom after an ICMP port unreachable from a previous sendto; the ioctl SIO_UDP_CONNRESET turns that off. On Windows, send after the peer closed often gives WSAECONNRESET or WSAECONNABORTED where Linux gives EPIPE.</source>
            <translation>如果之前的 sendto 收到了 ICMP 端口不可达，Windows 会在该 UDP 套接字的下一次 recvfrom 时报告 WSAECONNRESET（10054）；ioctl SIO_UDP_CONNRESET 可以关闭这一行为。在 Windows 上，对端关闭后再发送通常会得到 WSAECONNRESET 或 WSAECONNABORTED，而 Linux 上则是 EPIPE。</translation>
        </message>
        <message>
            <source>Connection aborted</source>
            <translation>连接已中止</translation>
        </message>
        <message>
            <source>The connection was ended by this machine's own network stack, for example because it timed out retransmitting data or a pending connection was reset before accept(). Python raises ConnectionAbortedError.</source>
            <translation>连接被本机自身的网络协议栈终止，例如重传数据超时，或者等待接受的连接在 accept() 之前被重置。Python 会抛出 ConnectionAbortedError。</translation>
        </message>
        <message>
            <source>accept(): the client reset the connection while it waited in the backlog
Data could not be delivered and the local stack gave up
Windows: the local side closed the socket or the network went away</source>
            <translation>accept()：客户端在积压队列（backlog）中等待时重置了连接
数据无法送达，本地协议栈已放弃
Windows：本地一方关闭了套接字，或网络已断开</translation>
        </message>
        <message>
            <source>Close the socket and reconnect
A server should treat this from accept() as harmless and accept the next client</source>
            <translation>关闭套接字并重新连接
服务器应将 accept() 返回的此错误视为无害，继续接受下一个客户端</translation>
        </message>
        <message>
            <source>Windows reports WSAECONNABORTED (10053) much more often than Linux or macOS, e.g. for send after the peer closed or after a keep-alive failure.</source>
            <translation>Windows 报告 WSAECONNABORTED（10053）的频率远高于 Linux 或 macOS，例如在对端关闭后发送，或在保活（keep-alive）失败之后。</translation>
        </message>
        <message>
            <source>Connection timed out (by the OS)</source>
            <translation>连接已超时（由操作系统判定）</translation>
        </message>
        <message>
            <source>The operating system gave up: it sent the connection request (or data, or keep-alive probes) again and again and never got an answer. This is the OS's own timeout, not the timeout you set on the socket. Python raises TimeoutError with errno ETIMEDOUT.</source>
            <translation>操作系统已放弃：它一次又一次地重发连接请求（或数据、保活探测），却始终没有收到应答。这是操作系统自己的超时，而不是你在套接字上设置的超时。Python 会抛出 errno 为 ETIMEDOUT 的 TimeoutError。</translation>
        </message>
        <message>
            <source>The host is down or does not exist on that network
A firewall silently drops the packets (no reset, no ICMP)
The route to the host is broken somewhere along the way
Keep-alive found the peer gone</source>
            <translation>主机已关机，或该网络上不存在此主机
防火墙悄悄丢弃了数据包（没有重置，也没有 ICMP）
途中某处到该主机的路由中断
保活机制发现对端已不存在</translation>
        </message>
        <message>
            <source>Check that the host is up and reachable (ping, traceroute/tracert)
Check firewalls on both sides and on the way
Set a shorter socket timeout (settimeout) if you do not want to wait for the OS</source>
            <translation>检查主机是否已开机且可达（ping、traceroute/tracert）
检查两端以及沿途的防火墙
如果不想等待操作系统，请设置更短的套接字超时（settimeout）</translation>
        </message>
        <message>
            <source>The OS timeout differs: Linux gives up on connect after about 2 minutes (tcp_syn_retries), macOS after about 75 seconds, Windows after about 21 seconds (WSAETIMEDOUT, 10060).</source>
            <translation>操作系统的超时各不相同：Linux 约 2 分钟后放弃 connect（tcp_syn_retries），macOS 约 75 秒，Windows 约 21 秒（WSAETIMEDOUT，10060）。</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>The timeout you set on this socket (settimeout) expired before the call could finish. The OS reported nothing; netcore stopped waiting. Python raises socket.timeout (TimeoutError since 3.10) with the message 'timed out'.</source>
            <translation>你在此套接字上设置的超时（settimeout）在调用完成之前已到期。操作系统并未报告任何错误，是 netcore 停止了等待。Python 会抛出 socket.timeout（从 3.10 起为 TimeoutError），消息为 'timed out'。</translation>
        </message>
        <message>
            <source>recv: the peer sent nothing within the timeout
connect: the handshake did not finish within the timeout (host slow, down or firewalled)
send: the peer did not read and the send buffer stayed full
accept: no client connected within the timeout</source>
            <translation>recv：对端在超时时间内没有发送任何数据
connect：握手未在超时时间内完成（主机响应慢、已关机或被防火墙拦截）
send：对端没有读取，发送缓冲区一直是满的
accept：超时时间内没有客户端连接</translation>
        </message>
        <message>
            <source>Increase the timeout, or use blocking mode to wait without limit
Catch the timeout and retry, or give up politely
Check that the peer actually sends (and that your request reached it)</source>
            <translation>增大超时时间，或使用阻塞模式无限期等待
捕获超时后重试，或妥善地放弃
检查对端是否确实在发送（以及你的请求是否已到达对端）</translation>
        </message>
        <message>
            <source>No route to host</source>
            <translation>没有到主机的路由</translation>
        </message>
        <message>
            <source>The network stack (or a router on the way) reports that the host cannot be reached: no route, or nobody answers on the local network.</source>
            <translation>网络协议栈（或途中的路由器）报告无法到达该主机：没有路由，或者本地网络上无人应答。</translation>
        </message>
        <message>
            <source>The host is switched off or not on this network (no ARP / neighbour answer)
A router on the way sent ICMP 'host unreachable'
A firewall rejects with 'host unreachable'</source>
            <translation>主机已关机或不在此网络上（没有 ARP / 邻居应答）
途中的路由器发回了 ICMP“主机不可达”
防火墙以“主机不可达”拒绝</translation>
        </message>
        <message>
            <source>Check the address, and that the host is up (ping)
Check routes (ip route / netstat -rn / route print) and firewalls</source>
            <translation>检查地址，并确认主机已开机（ping）
检查路由（ip route / netstat -rn / route print）和防火墙</translation>
        </message>
        <message>
            <source>Windows reports WSAEHOSTUNREACH (10065). Linux also uses EHOSTDOWN in some cases; netcore shows both as 'no route to host'.</source>
            <translation>Windows 报告 WSAEHOSTUNREACH（10065）。Linux 在某些情况下也会使用 EHOSTDOWN；netcore 将两者都显示为“没有到主机的路由”。</translation>
        </message>
        <message>
            <source>Network is unreachable</source>
            <translation>网络不可达</translation>
        </message>
        <message>
            <source>There is no route from this machine to the destination's network.</source>
            <translation>从本机到目标所在的网络没有路由。</translation>
        </message>
        <message>
            <source>No default gateway, or the interface is down
Connecting to an IPv6 address on a machine without IPv6 connectivity
VPN or routing table changes</source>
            <translation>没有默认网关，或网络接口已关闭
在没有 IPv6 连通性的机器上连接 IPv6 地址
VPN 或路由表发生了变化</translation>
        </message>
        <message>
            <source>Check the network connection and routing table (ip route / route print)
Try the IPv4 address, or resolve with AF_INET only</source>
            <translation>检查网络连接和路由表（ip route / route print）
尝试使用 IPv4 地址，或仅用 AF_INET 进行解析</translation>
        </message>
        <message>
            <source>Windows reports WSAENETUNREACH (10051).</source>
            <translation>Windows 报告 WSAENETUNREACH（10051）。</translation>
        </message>
        <message>
            <source>Network is down</source>
            <translation>网络已断开</translation>
        </message>
        <message>
            <source>The network interface needed for this call is down.</source>
            <translation>此调用所需的网络接口已关闭。</translation>
        </message>
        <message>
            <source>Wi-Fi or cable disconnected
The interface was disabled or is being reconfigured</source>
            <translation>Wi-Fi 或网线已断开
网络接口被禁用或正在重新配置</translation>
        </message>
        <message>
            <source>Reconnect the network and try again</source>
            <translation>重新连接网络后再试</translation>
        </message>
        <message>
            <source>Windows reports WSAENETDOWN (10050), also when the network stack itself has failed.</source>
            <translation>Windows 报告 WSAENETDOWN（10050），网络协议栈本身出现故障时也会报告此错误。</translation>
        </message>
        <message>
            <source>Broken pipe</source>
            <translation>管道已断开</translation>
        </message>
        <message>
            <source>You sent data on a connection that is already closed for writing: the peer closed it (and reset it), or you called shutdown(SHUT_WR) yourself. Python raises BrokenPipeError.</source>
            <translation>你在一个已关闭写入的连接上发送了数据：对端关闭了连接（并将其重置），或者你自己调用了 shutdown(SHUT_WR)。Python 会抛出 BrokenPipeError。</translation>
        </message>
        <message>
            <source>The peer closed the connection and you kept sending
You shut down the write side earlier (shutdown SHUT_WR / SD_SEND)
The first send after the peer's close succeeded; the next one fails</source>
            <translation>对端关闭了连接，而你仍在继续发送
你之前已关闭写入端（shutdown SHUT_WR / SD_SEND）
对端关闭后的第一次 send 成功了，下一次则会失败</translation>
        </message>
        <message>
            <source>Stop sending when recv returns 0 (end of stream) or an error
Design the protocol so each side knows when the other is done
Reconnect if you need to send more</source>
            <translation>当 recv 返回 0（流结束）或出错时停止发送
设计协议时让双方都能知道对方何时结束
如果还需要发送更多数据，请重新连接</translation>
        </message>
        <message>
            <source>POSIX systems also raise the signal SIGPIPE, which kills a program by default; netcore suppresses it per socket (MSG_NOSIGNAL on Linux, SO_NOSIGPIPE on macOS) so you see EPIPE instead. Windows has no SIGPIPE and reports WSAESHUTDOWN (10058) after your own shutdown, and WSAECONNABORTED or WSAECONNRESET after the peer's close.</source>
            <translation>POSIX 系统还会发出 SIGPIPE 信号，默认会终止程序；netcore 对每个套接字屏蔽该信号（Linux 上用 MSG_NOSIGNAL，macOS 上用 SO_NOSIGPIPE），因此你看到的是 EPIPE。Windows 没有 SIGPIPE，在你自己调用 shutdown 之后报告 WSAESHUTDOWN（10058），在对端关闭之后报告 WSAECONNABORTED 或 WSAECONNRESET。</translation>
        </message>
        <message>
            <source>Message too long</source>
            <translation>消息过长</translation>
        </message>
        <message>
            <source>The datagram is larger than the socket or the protocol can carry in one piece, or (Windows) larger than the buffer you received it into.</source>
            <translation>数据报太大，套接字或协议无法一次承载，或者（Windows）大于你用来接收它的缓冲区。</translation>
        </message>
        <message>
            <source>sendto() with more than 65507 bytes of UDP payload over IPv4 (65527 over IPv6)
A datagram larger than the socket's send buffer (SO_SNDBUF) or the OS limit
Windows: recvfrom() into a buffer smaller than the datagram</source>
            <translation>通过 IPv4 用 sendto() 发送超过 65507 字节的 UDP 载荷（IPv6 为 65527）
数据报大于套接字的发送缓冲区（SO_SNDBUF）或操作系统的限制
Windows：用小于数据报的缓冲区调用 recvfrom()</translation>
        </message>
        <message>
            <source>Send smaller datagrams; keep them under the path MTU (about 1472 bytes) to avoid fragmentation
Use TCP for large messages
Receive with a buffer of 65535 bytes to be sure nothing is cut</source>
            <translation>发送更小的数据报；使其小于路径 MTU（约 1472 字节）以避免分片
大消息请使用 TCP
用 65535 字节的缓冲区接收，确保不会截断任何内容</translation>
        </message>
        <message>
            <source>On Windows recvfrom() into a small buffer fails with WSAEMSGSIZE (10040) and the rest of the datagram is lost. Linux and macOS cut the datagram silently (MSG_TRUNC tells); macOS's default UDP send limit (net.inet.udp.maxdgram, 9216 bytes) is lower than 65507.</source>
            <translation>在 Windows 上，用过小的缓冲区调用 recvfrom() 会以 WSAEMSGSIZE（10040）失败，且数据报的剩余部分会丢失。Linux 和 macOS 会悄悄截断数据报（MSG_TRUNC 可以表明这一点）；macOS 默认的 UDP 发送上限（net.inet.udp.maxdgram，9216 字节）低于 65507。</translation>
        </message>
        <message>
            <source>Too many open files</source>
            <translation>打开的文件过多</translation>
        </message>
        <message>
            <source>This process has reached its limit of open file descriptors (sockets count as files), so no new socket can be created or accepted.</source>
            <translation>此进程打开的文件描述符已达上限（套接字也算作文件），因此无法再创建或接受新的套接字。</translation>
        </message>
        <message>
            <source>Sockets are opened but never closed (a leak)
Many simultaneous connections with a low limit (often 1024 on Linux, 256 on macOS)</source>
            <translation>套接字打开后从未关闭（泄漏）
同时存在大量连接，而上限又很低（Linux 上通常为 1024，macOS 上为 256）</translation>
        </message>
        <message>
            <source>Close sockets you no longer need (with statement in Python, RAII in C++)
Raise the limit: ulimit -n 4096 (or in the service's configuration)</source>
            <translation>关闭不再需要的套接字（Python 中用 with 语句，C++ 中用 RAII）
提高上限：ulimit -n 4096（或在服务的配置中设置）</translation>
        </message>
        <message>
            <source>Windows has no per-process descriptor limit of this kind; WSAEMFILE (10024) is rare there.</source>
            <translation>Windows 没有这种按进程计算的描述符上限；WSAEMFILE（10024）在 Windows 上很少见。</translation>
        </message>
        <message>
            <source>Too many open files in system</source>
            <translation>系统中打开的文件过多</translation>
        </message>
        <message>
            <source>The whole system has reached its limit of open files, not just this process.</source>
            <translation>整个系统打开的文件数已达上限，而不仅仅是本进程。</translation>
        </message>
        <message>
            <source>Some process on the machine leaks descriptors
The system-wide limit is set very low</source>
            <translation>本机上某个进程泄漏了描述符
系统范围的上限设置得非常低</translation>
        </message>
        <message>
            <source>Find the process with many open files (lsof)
Raise the system limit (fs.file-max on Linux, kern.maxfiles on macOS)</source>
            <translation>找出打开了大量文件的进程（lsof）
提高系统上限（Linux 上为 fs.file-max，macOS 上为 kern.maxfiles）</translation>
        </message>
        <message>
            <source>Windows has no equivalent; this error comes from Linux and macOS.</source>
            <translation>Windows 没有对应的错误；此错误来自 Linux 和 macOS。</translation>
        </message>
        <message>
            <source>No buffer space available</source>
            <translation>没有可用的缓冲区空间</translation>
        </message>
        <message>
            <source>The operating system ran out of memory for socket buffers or other network resources.</source>
            <translation>操作系统用于套接字缓冲区或其他网络资源的内存已耗尽。</translation>
        </message>
        <message>
            <source>Sending faster than the network can carry (especially UDP floods)
A very large number of sockets or connections
The machine is low on memory
Windows: ephemeral ports exhausted</source>
            <translation>发送速度超过了网络的承载能力（尤其是 UDP 洪泛）
套接字或连接的数量非常多
机器内存不足
Windows：临时端口已耗尽</translation>
        </message>
        <message>
            <source>Slow down, or wait briefly and retry
Close unused sockets
Check memory and network resource use on the machine</source>
            <translation>降低速度，或稍等片刻再重试
关闭不用的套接字
检查机器的内存和网络资源使用情况</translation>
        </message>
        <message>
            <source>macOS returns ENOBUFS from sendto() when the interface queue is full, where Linux usually drops the datagram silently. Windows reports WSAENOBUFS (10055).</source>
            <translation>当网络接口队列已满时，macOS 的 sendto() 会返回 ENOBUFS，而 Linux 通常会悄悄丢弃该数据报。Windows 报告 WSAENOBUFS（10055）。</translation>
        </message>
        <message>
            <source>Address family not supported</source>
            <translation>不支持的地址族</translation>
        </message>
        <message>
            <source>The address family (IPv4, IPv6, Unix) of the address or socket is not supported here, or does not match the socket.</source>
            <translation>此处不支持该地址或套接字的地址族（IPv4、IPv6、Unix），或者地址族与套接字不匹配。</translation>
        </message>
        <message>
            <source>Using an IPv6 address with an IPv4 socket (or the other way round)
IPv6 disabled on this machine
AF_UNIX where the OS does not offer it</source>
            <translation>对 IPv4 套接字使用 IPv6 地址（或者反过来）
本机已禁用 IPv6
在不支持 AF_UNIX 的操作系统上使用 AF_UNIX</translation>
        </message>
        <message>
            <source>Open the socket with the family of the address (AF_INET for 1.2.3.4, AF_INET6 for ::1)
Resolve the host name and use the family getaddrinfo returns</source>
            <translation>按地址的地址族打开套接字（1.2.3.4 用 AF_INET，::1 用 AF_INET6）
解析主机名，并使用 getaddrinfo 返回的地址族</translation>
        </message>
        <message>
            <source>Windows reports WSAEAFNOSUPPORT (10047); Linux and macOS may also use EPFNOSUPPORT.</source>
            <translation>Windows 报告 WSAEAFNOSUPPORT（10047）；Linux 和 macOS 也可能使用 EPFNOSUPPORT。</translation>
        </message>
        <message>
            <source>Protocol not supported</source>
            <translation>不支持的协议</translation>
        </message>
        <message>
            <source>The combination of family, socket type and protocol is not supported.</source>
            <translation>不支持这种地址族、套接字类型和协议的组合。</translation>
        </message>
        <message>
            <source>Asking for TCP with a datagram socket or UDP with a stream socket
A socket type the OS does not offer (e.g. SOCK_SEQPACKET on macOS)</source>
            <translation>对数据报套接字要求 TCP，或对流套接字要求 UDP
操作系统不提供的套接字类型（例如 macOS 上的 SOCK_SEQPACKET）</translation>
        </message>
        <message>
            <source>Use SOCK_STREAM for TCP and SOCK_DGRAM for UDP, with protocol 0</source>
            <translation>TCP 使用 SOCK_STREAM，UDP 使用 SOCK_DGRAM，协议参数均为 0</translation>
        </message>
        <message>
            <source>Windows reports WSAEPROTONOSUPPORT, WSAESOCKTNOSUPPORT or WSAEPROTOTYPE.</source>
            <translation>Windows 报告 WSAEPROTONOSUPPORT、WSAESOCKTNOSUPPORT 或 WSAEPROTOTYPE。</translation>
        </message>
        <message>
            <source>Protocol option not available</source>
            <translation>协议选项不可用</translation>
        </message>
        <message>
            <source>The socket option is unknown to this OS or does not apply to this kind of socket.</source>
            <translation>此操作系统不认识该套接字选项，或该选项不适用于这种套接字。</translation>
        </message>
        <message>
            <source>An option for TCP on a UDP socket (e.g. TCP_NODELAY)
An option that exists only on another OS (SO_REUSEPORT on Windows, SO_EXCLUSIVEADDRUSE elsewhere)</source>
            <translation>在 UDP 套接字上使用 TCP 的选项（例如 TCP_NODELAY）
仅存在于其他操作系统上的选项（Windows 上的 SO_REUSEPORT，其他系统上的 SO_EXCLUSIVEADDRUSE）</translation>
        </message>
        <message>
            <source>Check that the option fits the socket type and platform</source>
            <translation>检查该选项是否适用于此套接字类型和平台</translation>
        </message>
        <message>
            <source>Windows reports WSAENOPROTOOPT (10042). Option names and levels differ between platforms; netcore's option editor hides those the OS lacks.</source>
            <translation>Windows 报告 WSAENOPROTOOPT（10042）。选项名称和级别因平台而异；netcore 的选项编辑器会隐藏操作系统不支持的选项。</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>不支持的操作</translation>
        </message>
        <message>
            <source>This socket type does not support the call.</source>
            <translation>此类型的套接字不支持该调用。</translation>
        </message>
        <message>
            <source>listen() or accept() on a UDP socket
A send/recv flag the socket type does not support (e.g. MSG_OOB on UDP)</source>
            <translation>在 UDP 套接字上调用 listen() 或 accept()
套接字类型不支持的 send/recv 标志（例如 UDP 上的 MSG_OOB）</translation>
        </message>
        <message>
            <source>Use listen/accept only with TCP (stream) sockets
For UDP, just bind() and recvfrom()</source>
            <translation>listen/accept 只能用于 TCP（流）套接字
对于 UDP，只需 bind() 然后 recvfrom()</translation>
        </message>
        <message>
            <source>Windows reports WSAEOPNOTSUPP (10045). On Linux EOPNOTSUPP and ENOTSUP are the same number; on macOS they differ and netcore shows both as this error.</source>
            <translation>Windows 报告 WSAEOPNOTSUPP（10045）。在 Linux 上 EOPNOTSUPP 与 ENOTSUP 是同一个数值；在 macOS 上两者不同，netcore 都将其显示为此错误。</translation>
        </message>
        <message>
            <source>Invalid argument</source>
            <translation>无效的参数</translation>
        </message>
        <message>
            <source>An argument of the call is not valid for this socket in its current state.</source>
            <translation>对于该套接字的当前状态，此调用的某个参数无效。</translation>
        </message>
        <message>
            <source>bind() on a socket that is already bound
listen() before bind() on some systems, or accept() on a socket that is not listening
An address length or option value of the wrong size
A port out of range or an address that could not be parsed</source>
            <translation>在已绑定的套接字上再次调用 bind()
在某些系统上于 bind() 之前调用 listen()，或在未监听的套接字上调用 accept()
地址长度或选项值的大小不正确
端口超出范围，或地址格式无法识别</translation>
        </message>
        <message>
            <source>Check the order of calls: socket, bind, listen, accept (server) / socket, connect (client)
Check the address, port and option values</source>
            <translation>检查调用顺序：socket、bind、listen、accept（服务器）/ socket、connect（客户端）
检查地址、端口和选项值</translation>
        </message>
        <message>
            <source>Windows reports WSAEINVAL (10022), e.g. for accept() without listen() and for a repeated connect().</source>
            <translation>Windows 报告 WSAEINVAL（10022），例如未 listen() 就调用 accept()，以及重复调用 connect() 时。</translation>
        </message>
        <message>
            <source>Not a valid socket</source>
            <translation>不是有效的套接字</translation>
        </message>
        <message>
            <source>The handle passed to the call is not an open socket.</source>
            <translation>传给此调用的句柄不是一个已打开的套接字。</translation>
        </message>
        <message>
            <source>The socket was already closed (possibly by another thread)
The number is a file, not a socket
A stale handle used after close()</source>
            <translation>套接字已被关闭（可能是被另一个线程关闭的）
该描述符对应的是文件，而不是套接字
close() 之后仍在使用已失效的句柄</translation>
        </message>
        <message>
            <source>Do not use a socket after closing it
Make sure only one owner closes each socket</source>
            <translation>关闭套接字后不要再使用它
确保每个套接字只由一个所有者关闭</translation>
        </message>
        <message>
            <source>Linux and macOS report EBADF (closed) or ENOTSOCK (not a socket); Windows reports WSAENOTSOCK (10038).</source>
            <translation>Linux 和 macOS 报告 EBADF（已关闭）或 ENOTSOCK（不是套接字）；Windows 报告 WSAENOTSOCK（10038）。</translation>
        </message>
        <message>
            <source>Bad address</source>
            <translation>错误的地址</translation>
        </message>
        <message>
            <source>The call got a pointer to memory it cannot use (a buffer or address structure).</source>
            <translation>调用收到了一个指向无法使用的内存的指针（缓冲区或地址结构）。</translation>
        </message>
        <message>
            <source>A programming error: a buffer or address pointer is invalid or too short</source>
            <translation>编程错误：缓冲区或地址指针无效，或者长度不足</translation>
        </message>
        <message>
            <source>Report this as a bug in the program making the call</source>
            <translation>请将此作为发起该调用的程序中的 bug 进行报告</translation>
        </message>
        <message>
            <source>Windows reports WSAEFAULT (10014), also for an address length that is too small.</source>
            <translation>Windows 报告 WSAEFAULT（10014），地址长度过小时也会报告此错误。</translation>
        </message>
        <message>
            <source>Destination address required</source>
            <translation>需要目标地址</translation>
        </message>
        <message>
            <source>The socket has no destination: it is not connected and the call gave no address.</source>
            <translation>该套接字没有目标：它未连接，调用中也没有给出地址。</translation>
        </message>
        <message>
            <source>send() on an unconnected UDP socket
sendto() with an empty address</source>
            <translation>在未连接的 UDP 套接字上调用 send()
用空地址调用 sendto()</translation>
        </message>
        <message>
            <source>Use sendto() with the destination's address
Or connect() the UDP socket to a default peer, then use send()</source>
            <translation>使用 sendto() 并指定目标地址
或者用 connect() 为 UDP 套接字设置默认对端，然后使用 send()</translation>
        </message>
        <message>
            <source>Windows reports WSAEDESTADDRREQ (10039).</source>
            <translation>Windows 报告 WSAEDESTADDRREQ（10039）。</translation>
        </message>
        <message>
            <source>Interrupted system call</source>
            <translation>系统调用被中断</translation>
        </message>
        <message>
            <source>A signal interrupted the call before it finished. netcore normally just repeats the call; you see this only when that was not possible.</source>
            <translation>调用在完成之前被信号中断。netcore 通常会直接重新调用；只有在无法重新调用时你才会看到此错误。</translation>
        </message>
        <message>
            <source>A signal arrived while the call was waiting (e.g. Ctrl+C, a timer)
Windows: a blocking call was cancelled with WSACancelBlockingCall or by closing the socket from another thread</source>
            <translation>调用等待期间收到了信号（例如 Ctrl+C、定时器）
Windows：阻塞调用被 WSACancelBlockingCall 取消，或者套接字被另一个线程关闭</translation>
        </message>
        <message>
            <source>Repeat the call (Python 3.5+ does this automatically, PEP 475)</source>
            <translation>重新调用（Python 3.5+ 会自动重试，见 PEP 475）</translation>
        </message>
        <message>
            <source>Windows reports WSAEINTR (10004), typically when another thread closes a socket that is blocked in a call.</source>
            <translation>Windows 报告 WSAEINTR（10004），通常是因为另一个线程关闭了一个阻塞在调用中的套接字。</translation>
        </message>
        <message>
            <source>You cancelled the call before it finished (for example with the Stop button while it was blocked). This comes from SockLab, not from the OS.</source>
            <translation>你在调用完成之前取消了它（例如在调用阻塞时点击了“停止”按钮）。这来自 SockLab，而不是操作系统。</translation>
        </message>
        <message>
            <source>The call was cancelled from the user interface or another thread</source>
            <translation>调用已从用户界面或另一个线程中取消</translation>
        </message>
        <message>
            <source>Start the call again when you are ready</source>
            <translation>准备好后再次发起调用</translation>
        </message>
        <message>
            <source>Socket is closed</source>
            <translation>套接字已关闭</translation>
        </message>
        <message>
            <source>The call was made on a socket that has already been closed. This comes from netcore, not from the OS: the socket no longer exists.</source>
            <translation>此调用作用于一个已经关闭的套接字。这来自 netcore，而不是操作系统：该套接字已不存在。</translation>
        </message>
        <message>
            <source>The socket was closed before this call (Python: OSError [Errno 9] Bad file descriptor)
The session was stopped</source>
            <translation>套接字在此调用之前已关闭（Python：OSError [Errno 9] Bad file descriptor）
会话已停止</translation>
        </message>
        <message>
            <source>Open a new socket</source>
            <translation>打开一个新的套接字</translation>
        </message>
        <message>
            <source>Host not found</source>
            <translation>找不到主机</translation>
        </message>
        <message>
            <source>Name resolution (DNS, hosts file) found no address for this host name. Python raises socket.gaierror: [Errno -2] Name or service not known.</source>
            <translation>名称解析（DNS、hosts 文件）没有为该主机名找到任何地址。Python 会抛出 socket.gaierror: [Errno -2] Name or service not known。</translation>
        </message>
        <message>
            <source>A typo in the host name
The name does not exist in DNS (or only on another network / VPN)
A numeric address with a mistake (e.g. 127.0.0.256) is treated as a name</source>
            <translation>主机名拼写错误
该名称在 DNS 中不存在（或只存在于其他网络 / VPN 中）
有错误的数字地址（例如 127.0.0.256）被当作名称处理</translation>
        </message>
        <message>
            <source>Check the spelling; try the name with nslookup / dig / ping
Use an IP address directly (127.0.0.1, ::1)
Check the hosts file and DNS settings</source>
            <translation>检查拼写；用 nslookup / dig / ping 测试该名称
直接使用 IP 地址（127.0.0.1、::1）
检查 hosts 文件和 DNS 设置</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_NONAME; Windows reports WSAHOST_NOT_FOUND (11001), which is its EAI_NONAME.</source>
            <translation>Linux 和 macOS 报告 EAI_NONAME；Windows 报告 WSAHOST_NOT_FOUND（11001），即 Windows 上的 EAI_NONAME。</translation>
        </message>
        <message>
            <source>Temporary failure in name resolution</source>
            <translation>名称解析暂时失败</translation>
        </message>
        <message>
            <source>The DNS server could not be reached or did not answer in time. The name may well exist; try again later.</source>
            <translation>无法连接 DNS 服务器，或 DNS 服务器未能及时应答。该名称可能确实存在；请稍后再试。</translation>
        </message>
        <message>
            <source>No network connection, or the DNS server is down
A firewall blocks DNS (port 53)
Slow DNS on a VPN or captive portal</source>
            <translation>没有网络连接，或 DNS 服务器宕机
防火墙阻止了 DNS（端口 53）
在 VPN 或强制门户（captive portal）下 DNS 很慢</translation>
        </message>
        <message>
            <source>Check the network connection and DNS settings
Try again in a moment
Use an IP address to bypass DNS</source>
            <translation>检查网络连接和 DNS 设置
稍后再试
使用 IP 地址以绕过 DNS</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_AGAIN; Windows reports WSATRY_AGAIN (11002).</source>
            <translation>Linux 和 macOS 报告 EAI_AGAIN；Windows 报告 WSATRY_AGAIN（11002）。</translation>
        </message>
        <message>
            <source>Service not found</source>
            <translation>找不到服务</translation>
        </message>
        <message>
            <source>The service (port) name is not in the services database for this socket type, for example a misspelled name or a service known only for TCP asked for with UDP.</source>
            <translation>该服务（端口）名称不在此套接字类型的服务数据库中，例如名称拼写错误，或者对一个仅为 TCP 定义的服务按 UDP 查询。</translation>
        </message>
        <message>
            <source>A service name instead of a port number that the services database lacks
A service that exists only for TCP asked for UDP</source>
            <translation>用服务数据库中没有的服务名称代替端口号
对仅存在于 TCP 的服务按 UDP 查询</translation>
        </message>
        <message>
            <source>Use a port number (80) instead of a name (http)</source>
            <translation>使用端口号（80）而不是名称（http）</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_SERVICE; Windows reports WSATYPE_NOT_FOUND (10109).</source>
            <translation>Linux 和 macOS 报告 EAI_SERVICE；Windows 报告 WSATYPE_NOT_FOUND（10109）。</translation>
        </message>
        <message>
            <source>No address of the requested family</source>
            <translation>没有所请求地址族的地址</translation>
        </message>
        <message>
            <source>The host name exists, but it has no address of the family you asked for (for example only IPv4 when you asked for IPv6), or no address at all.</source>
            <translation>该主机名存在，但没有你所请求的地址族的地址（例如你请求的是 IPv6，而它只有 IPv4），或者根本没有地址。</translation>
        </message>
        <message>
            <source>Asking for IPv6 (AF_INET6) for a host that has only IPv4 addresses, or the other way round
The DNS name exists but has no A/AAAA record</source>
            <translation>为只有 IPv4 地址的主机请求 IPv6（AF_INET6），或者反过来
该 DNS 名称存在，但没有 A/AAAA 记录</translation>
        </message>
        <message>
            <source>Ask for any family (AF_UNSPEC) and use what getaddrinfo returns
Check the host's DNS records (dig A / dig AAAA)</source>
            <translation>请求任意地址族（AF_UNSPEC），并使用 getaddrinfo 返回的结果
检查该主机的 DNS 记录（dig A / dig AAAA）</translation>
        </message>
        <message>
            <source>Linux reports EAI_ADDRFAMILY or EAI_NODATA, macOS EAI_NODATA or EAI_FAMILY; Windows reports WSANO_DATA (11004) or WSAEAFNOSUPPORT.</source>
            <translation>Linux 报告 EAI_ADDRFAMILY 或 EAI_NODATA，macOS 报告 EAI_NODATA 或 EAI_FAMILY；Windows 报告 WSANO_DATA（11004）或 WSAEAFNOSUPPORT。</translation>
        </message>
        <message>
            <source>Name resolution failed</source>
            <translation>名称解析失败</translation>
        </message>
        <message>
            <source>The resolver failed for a reason other than an unknown name, such as a permanent DNS server error or invalid flags.</source>
            <translation>解析器因名称未知以外的原因而失败，例如 DNS 服务器的永久性错误或无效的标志。</translation>
        </message>
        <message>
            <source>The DNS server answered with a permanent failure (SERVFAIL / refused)
Invalid hints or flags passed to getaddrinfo
A system error inside the resolver</source>
            <translation>DNS 服务器返回了永久性失败（SERVFAIL / 拒绝查询）
传给 getaddrinfo 的 hints 或标志无效
解析器内部发生系统错误</translation>
        </message>
        <message>
            <source>Check the DNS configuration
Try another DNS server, or an IP address instead of the name</source>
            <translation>检查 DNS 配置
换一个 DNS 服务器，或用 IP 地址代替名称</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_FAIL, EAI_SYSTEM and others; Windows reports WSANO_RECOVERY (11003).</source>
            <translation>Linux 和 macOS 报告 EAI_FAIL、EAI_SYSTEM 等；Windows 报告 WSANO_RECOVERY（11003）。</translation>
        </message>
        <message>
            <source>Winsock not initialized</source>
            <translation>Winsock 未初始化</translation>
        </message>
        <message>
            <source>The Windows socket library was not started (WSAStartup) before the call. netcore starts it itself, so this means an internal error.</source>
            <translation>调用之前未启动 Windows 套接字库（WSAStartup）。netcore 会自行启动它，因此出现此错误意味着内部错误。</translation>
        </message>
        <message>
            <source>A socket call before WSAStartup, or after WSACleanup</source>
            <translation>在 WSAStartup 之前或 WSACleanup 之后调用了套接字函数</translation>
        </message>
        <message>
            <source>Report this as a bug</source>
            <translation>请报告此 bug</translation>
        </message>
        <message>
            <source>Windows only (WSANOTINITIALISED, 10093). Linux and macOS need no initialization.</source>
            <translation>仅限 Windows（WSANOTINITIALISED，10093）。Linux 和 macOS 无需初始化。</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>The OS reported an error that SockLab does not have an explanation for yet. The native name, number and message above are exactly what the OS said.</source>
            <translation>操作系统报告了一个 SockLab 尚无说明的错误。上方的原生名称、编号和消息与操作系统给出的完全一致。</translation>
        </message>
        <message>
            <source>See the OS message</source>
            <translation>请参阅操作系统消息</translation>
        </message>
        <message>
            <source>Search for the native error name together with the call's name</source>
            <translation>将原生错误名称与调用名称一起搜索</translation>
        </message>
        <message>
            <source>Linux/macOS: bind a port whose old connections sit in TIME_WAIT. Windows: lets another socket bind the same port even while it is in use (use SO_EXCLUSIVEADDRUSE to forbid that).</source>
            <translation>Linux/macOS：允许绑定旧连接仍处于 TIME_WAIT 的端口。Windows：即使端口正在使用，也允许另一个套接字绑定同一端口（使用 SO_EXCLUSIVEADDRUSE 可禁止这种情况）。</translation>
        </message>
        <message>
            <source>Several sockets share one port; Linux spreads incoming connections between them.</source>
            <translation>多个套接字共享同一端口；Linux 会在它们之间分配传入的连接。</translation>
        </message>
        <message>
            <source>Windows: no other socket may bind this port, SO_REUSEADDR or not.</source>
            <translation>Windows：无论是否设置 SO_REUSEADDR，其他套接字都不能绑定此端口。</translation>
        </message>
        <message>
            <source>Probe an idle connection so a vanished peer is noticed (after about 2 hours by default).</source>
            <translation>探测空闲连接，以便发现已消失的对端（默认约 2 小时后开始）。</translation>
        </message>
        <message>
            <source>Send small segments at once instead of waiting to coalesce them (Nagle's algorithm off).</source>
            <translation>立即发送小的报文段，而不是等待合并（关闭 Nagle 算法）。</translation>
        </message>
        <message>
            <source>Linux doubles the value you set (the extra half is bookkeeping) and reports the doubled value.</source>
            <translation>Linux 会将你设置的值加倍（多出的一半用于内核的管理开销），并报告加倍后的值。</translation>
        </message>
        <message>
            <source>Linux doubles this one too.</source>
            <translation>Linux 同样会将此值加倍。</translation>
        </message>
        <message>
            <source>On with 0 seconds: close() discards unsent data and sends RST (an abortive close).</source>
            <translation>开启且时间为 0 秒：close() 会丢弃未发送的数据并发送 RST（强制关闭）。</translation>
        </message>
        <message>
            <source>Needed to send to a broadcast address; without it sendto fails with EACCES.</source>
            <translation>向广播地址发送时必需；不设置时 sendto 会以 EACCES 失败。</translation>
        </message>
        <message>
            <source>Hop limit of unicast packets (IPV6_UNICAST_HOPS on an IPv6 socket).</source>
            <translation>单播数据包的跳数限制（在 IPv6 套接字上为 IPV6_UNICAST_HOPS）。</translation>
        </message>
        <message>
            <source>Hop limit of multicast packets: 1 keeps them on the local network (IPV6_MULTICAST_HOPS).</source>
            <translation>组播数据包的跳数限制：1 表示只在本地网络内传播（IPV6_MULTICAST_HOPS）。</translation>
        </message>
        <message>
            <source>Whether this host receives its own multicast packets (IPV6_MULTICAST_LOOP).</source>
            <translation>本主机是否接收自己发出的组播数据包（IPV6_MULTICAST_LOOP）。</translation>
        </message>
        <message>
            <source>Off: an IPv6 socket bound to :: also accepts IPv4 (as ::ffff:a.b.c.d). Default on for Windows.</source>
            <translation>关闭时：绑定到 :: 的 IPv6 套接字也接受 IPv4（表现为 ::ffff:a.b.c.d）。Windows 上默认开启。</translation>
        </message>
        <message>
            <source>The OS's own receive timeout: a blocking recv fails with EAGAIN after it (0 = none).</source>
            <translation>操作系统自身的接收超时：超时后阻塞的 recv 会以 EAGAIN 失败（0 = 不限）。</translation>
        </message>
        <message>
            <source>The OS's own send timeout (0 = none).</source>
            <translation>操作系统自身的发送超时（0 = 不限）。</translation>
        </message>
        <message>
            <source>The pending error, e.g. how a non-blocking connect ended. Reading it clears it.</source>
            <translation>待处理的错误，例如非阻塞 connect 的结果。读取后即被清除。</translation>
        </message>
        <message>
            <source>SOCK_STREAM or SOCK_DGRAM, as a number.</source>
            <translation>SOCK_STREAM 或 SOCK_DGRAM，以数字表示。</translation>
        </message>
        <message>
            <source>Whether listen() was called.</source>
            <translation>是否已调用 listen()。</translation>
        </message>
        <message>
            <source>column %1: a port number is missing</source>
            <translation>第 %1 列：缺少端口号</translation>
        </message>
        <message>
            <source>column %1: port must be 0 to 65535</source>
            <translation>第 %1 列：端口必须在 0 到 65535 之间</translation>
        </message>
        <message>
            <source>column %1: the port must be digits only</source>
            <translation>第 %1 列：端口只能由数字组成</translation>
        </message>
        <message>
            <source>column %1: '%2' is not a numeric IPv4 or IPv6 address</source>
            <translation>第 %1 列：“%2”不是数字形式的 IPv4 或 IPv6 地址</translation>
        </message>
        <message>
            <source>column %1: '%2' is not a numeric IPv6 address</source>
            <translation>第 %1 列：“%2”不是数字形式的 IPv6 地址</translation>
        </message>
        <message>
            <source>column %1: no network interface is called '%2'</source>
            <translation>第 %1 列：没有名为“%2”的网络接口</translation>
        </message>
        <message>
            <source>column %1: ']' is missing after the IPv6 address</source>
            <translation>第 %1 列：IPv6 地址后缺少“]”</translation>
        </message>
        <message>
            <source>column %1: ':' and a port must follow ']'</source>
            <translation>第 %1 列：“]”后面必须跟“:”和端口</translation>
        </message>
        <message>
            <source>column %1: ':port' is missing (e.g. 127.0.0.1:8080)</source>
            <translation>第 %1 列：缺少“:port”（例如 127.0.0.1:8080）</translation>
        </message>
        <message>
            <source>column %1: write an IPv6 address in brackets: [::1]:8080</source>
            <translation>第 %1 列：IPv6 地址要写在方括号中：[::1]:8080</translation>
        </message>
        <message>
            <source>column %1: the socket path is empty</source>
            <translation>第 %1 列：套接字路径为空</translation>
        </message>
        <message>
            <source>column %1: the socket path contains a NUL byte</source>
            <translation>第 %1 列：套接字路径包含 NUL 字节</translation>
        </message>
        <message>
            <source>column %1: the path is longer than sun_path (%2 bytes)</source>
            <translation>第 %1 列：路径长度超过 sun_path（%2 字节）</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>no delimiter within %1 bytes (the maximum message size)</source>
            <translation>在 %1 个字节（消息的最大长度）内没有找到分隔符</translation>
        </message>
        <message>
            <source>message of %1 bytes exceeds the maximum of %2</source>
            <translation>%1 字节的消息超过了最大值 %2</translation>
        </message>
        <message>
            <source>the delimiter is empty</source>
            <translation>分隔符为空</translation>
        </message>
        <message>
            <source>a length prefix has 1, 2, 4 or 8 bytes, not %1</source>
            <translation>长度前缀为 1、2、4 或 8 个字节，而不是 %1</translation>
        </message>
        <message>
            <source>the fixed message size must be at least 1 byte</source>
            <translation>固定消息长度至少为 1 字节</translation>
        </message>
        <message>
            <source>the message contains the delimiter at byte %1, so the receiver would split it there</source>
            <translation>消息在第 %1 字节处包含分隔符，接收方会在那里把它拆开</translation>
        </message>
        <message>
            <source>message of %1 bytes does not fit a %2-byte length prefix</source>
            <translation>%1 字节的消息无法用 %2 字节的长度前缀表示</translation>
        </message>
        <message>
            <source>message of %1 bytes, but every message must be %2 bytes</source>
            <translation>消息为 %1 字节，但每条消息必须是 %2 字节</translation>
        </message>
        <message>
            <source>IoLoop::watch called outside the loop's thread</source>
            <translation>在事件循环所在线程之外调用了 IoLoop::watch</translation>
        </message>
        <message>
            <source>the handle is not watched</source>
            <translation>该句柄未被监视</translation>
        </message>
        <message>
            <source>length prefix announces %1 bytes, more than the maximum of %2</source>
            <translation>长度前缀声明了 %1 个字节，超过了最大值 %2</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>the socket is closed</source>
            <translation>套接字已关闭</translation>
        </message>
        <message>
            <source>the handshake is still running</source>
            <translation>握手仍在进行中</translation>
        </message>
        <message>
            <source>cancelled while waiting</source>
            <translation>等待时已取消</translation>
        </message>
        <message>
            <source>this OS has no such option</source>
            <translation>此操作系统没有该选项</translation>
        </message>
        <message>
            <source>the option is read-only</source>
            <translation>该选项是只读的</translation>
        </message>
        <message>
            <source>expects a duration</source>
            <translation>需要一个时长</translation>
        </message>
        <message>
            <source>expects on/off and seconds</source>
            <translation>需要 on/off 和秒数</translation>
        </message>
        <message>
            <source>expects a number or on/off</source>
            <translation>需要一个数字或 on/off</translation>
        </message>
        <message>
            <source>not a multicast group address</source>
            <translation>不是组播组地址</translation>
        </message>
        <message>
            <source>the socket is closed (or is not one of this session's)</source>
            <translation>套接字已关闭（或不属于此会话）</translation>
        </message>
        <message>
            <source>the connection is closed</source>
            <translation>连接已关闭</translation>
        </message>
        <message>
            <source>the sending side was shut down</source>
            <translation>发送方向已关闭</translation>
        </message>
        <message>
            <source>byte format requires -128 &lt;= number &lt;= 127</source>
            <translation>byte 格式要求 -128 &lt;= number &lt;= 127</translation>
        </message>
        <message>
            <source>ubyte format requires 0 &lt;= number &lt;= 255</source>
            <translation>ubyte 格式要求 0 &lt;= number &lt;= 255</translation>
        </message>
        <message>
            <source>short format requires -32768 &lt;= number &lt;= 32767</source>
            <translation>short 格式要求 -32768 &lt;= number &lt;= 32767</translation>
        </message>
        <message>
            <source>ushort format requires 0 &lt;= number &lt;= 65535</source>
            <translation>ushort 格式要求 0 &lt;= number &lt;= 65535</translation>
        </message>
        <message>
            <source>'%1' format requires %2 &lt;= number &lt;= %3</source>
            <translation>“%1”格式要求 %2 &lt;= number &lt;= %3</translation>
        </message>
        <message>
            <source>required argument is not a float</source>
            <translation>所需参数不是浮点数</translation>
        </message>
        <message>
            <source>float too large to pack with f format</source>
            <translation>浮点数太大，无法用 f 格式打包</translation>
        </message>
        <message>
            <source>float too large to pack with e format</source>
            <translation>浮点数太大，无法用 e 格式打包</translation>
        </message>
        <message>
            <source>required argument is not an integer</source>
            <translation>所需参数不是整数</translation>
        </message>
        <message>
            <source>pack expected %1 items for packing (got %2)</source>
            <translation>pack 需要 %1 个要打包的项（实际为 %2 个）</translation>
        </message>
        <message>
            <source>argument for '%1' must be a bytes object</source>
            <translation>“%1”的参数必须是 bytes 对象</translation>
        </message>
        <message>
            <source>char format requires a bytes object of length 1</source>
            <translation>char 格式需要长度为 1 的 bytes 对象</translation>
        </message>
        <message>
            <source>total struct size too long</source>
            <translation>struct 总大小过长</translation>
        </message>
        <message>
            <source>repeat count given without format specifier</source>
            <translation>给出了重复计数，但没有格式说明符</translation>
        </message>
        <message>
            <source>bad char in struct format</source>
            <translation>struct 格式中有无效字符</translation>
        </message>
        <message>
            <source>unpack requires a buffer of %1 bytes</source>
            <translation>unpack 需要 %1 字节的缓冲区</translation>
        </message>
        <message>
            <source>unpack_from requires a buffer of at least %1 bytes for unpacking %2 bytes at offset %3 (actual buffer size is %4)</source>
            <translation>unpack_from 需要至少 %1 字节的缓冲区，才能在偏移量 %3 处解包 %2 个字节（实际缓冲区大小为 %4）</translation>
        </message>
        <message>
            <source>string is missing its closing quote</source>
            <translation>字符串缺少右引号</translation>
        </message>
        <message>
            <source>expected a space after the closing quote</source>
            <translation>右引号后应为空格</translation>
        </message>
        <message>
            <source>'%1' is not a bool (true, false, 1 or 0)</source>
            <translation>“%1”不是布尔值（true、false、1 或 0）</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <source>'%1' is not an integer</source>
            <translation>“%1”不是整数</translation>
        </message>
        <message>
            <source>the format needs %1 values, got %2</source>
            <translation>该格式需要 %1 个值，实际为 %2 个</translation>
        </message>
        <message>
            <source>close the current connection first</source>
            <translation>请先关闭当前连接</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>%1 ms 内无应答</translation>
        </message>
        <message>
            <source>the session is already listening</source>
            <translation>会话已在监听</translation>
        </message>
        <message>
            <source>no such open connection</source>
            <translation>没有这个已打开的连接</translation>
        </message>
        <message>
            <source>a backslash at the end needs a character after it</source>
            <translation>末尾的反斜杠后面需要跟一个字符</translation>
        </message>
        <message>
            <source>\x needs two hex digits, e.g. \x41</source>
            <translation>\x 需要两位十六进制数字，例如 \x41</translation>
        </message>
        <message>
            <source>'%1' is not a hex digit (\x needs two)</source>
            <translation>“%1”不是十六进制数字（\x 需要两位）</translation>
        </message>
        <message>
            <source>unknown escape \%1 (use \\ for a backslash)</source>
            <translation>未知的转义序列 \%1（反斜杠请写作 \\）</translation>
        </message>
        <message>
            <source>'%1' is not a hex digit</source>
            <translation>“%1”不是十六进制数字</translation>
        </message>
        <message>
            <source>'%1' has no hex digits</source>
            <translation>“%1”不含十六进制数字</translation>
        </message>
        <message>
            <source>'%1' has an odd number of hex digits (each byte needs two)</source>
            <translation>“%1”的十六进制数字个数为奇数（每个字节需要两位）</translation>
        </message>
        <message>
            <source>the session is already bound</source>
            <translation>会话已绑定</translation>
        </message>
        <message>
            <source>the session is not started</source>
            <translation>会话尚未启动</translation>
        </message>
        <message>
            <source>send() needs a connected socket: use sendTo or connect</source>
            <translation>send() 需要已连接的套接字：请使用 sendTo 或 connect</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
</TS>
