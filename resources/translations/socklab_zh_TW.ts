<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>BlockingBadge</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the blocked call (it fails with "cancelled")</source>
            <translation>取消被阻塞的呼叫（它將以“已取消”失敗）</translation>
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
            <translation>逾時 %1 s</translation>
        </message>
        <message>
            <source>Blocking mode of this socket, as Python's setblocking() / settimeout() set it</source>
            <translation>此通訊端的阻塞模式，對應 Python 的 setblocking() / settimeout() 設定</translation>
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
            <translation>%1 — 傳送會阻塞：%2 個位元組等待中</translation>
        </message>
        <message>
            <source>The socket's send buffer is full (send() said EWOULDBLOCK or took only part): the rest waits in SockLab until the peer reads</source>
            <translation>該通訊端的傳送緩衝區已滿（send() 返回 EWOULDBLOCK 或只接收了一部分資料）：其餘資料在 SockLab 中等待，直到對端讀取</translation>
        </message>
    </context>
    <context>
        <name>ByteDecodeSection</name>
        <message>
            <source>bytes in hex, e.g. 00 00 01 00, or select bytes in a traffic view</source>
            <translation>十六進位位元組，例如 00 00 01 00，或在流量檢視中選擇位元組</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>型別</translation>
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
                <numerusform>已選擇 %n 個位元組；解碼其中前 %1 個。</numerusform>
            </translation>
        </message>
        <message>
            <source>Hex, %1</source>
            <translation>十六進位，%1</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>錯誤：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s); numbers are read from the first bytes.</source>
            <translation>
                <numerusform>%n 個位元組；數值從開頭的位元組讀取。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(needs %n byte(s))</source>
            <translation>
                <numerusform>（需要 %n 個位元組）</numerusform>
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
            <translation>本機</translation>
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
            <translation>通訊端位址的 sockaddr 位元組</translation>
        </message>
        <message>
            <source>Decode bytes</source>
            <translation>解碼位元組</translation>
        </message>
        <message>
            <source>This machine is little-endian: the least significant byte comes first in memory, so hton/ntoh swap the bytes.</source>
            <translation>本機是小端：最低有效位元組在記憶體中排在最前，所以 hton/ntoh 會交換位元組。</translation>
        </message>
        <message>
            <source>This machine is big-endian, the same order as the network: hton/ntoh change nothing.</source>
            <translation>本機是大端，與網路位元組序相同：hton/ntoh 不做任何改變。</translation>
        </message>
        <message>
            <source>a number, decimal or 0x hex, e.g. 8080</source>
            <translation>一個數：十進位制或以 0x 開頭的十六進位，例如 8080</translation>
        </message>
        <message>
            <source>%1 bits</source>
            <translation>%1 位</translation>
        </message>
        <message>
            <source>Host order (in memory here)</source>
            <translation>主機位元組序（本機記憶體中的順序）</translation>
        </message>
        <message>
            <source>Network order (big-endian, on the wire)</source>
            <translation>網路位元組序（大端，線路上傳輸的順序）</translation>
        </message>
        <message>
            <source>127.0.0.1:8080, [::1]:8080 or unix:/tmp/sock</source>
            <translation>127.0.0.1:8080、[::1]:8080 或 unix:/tmp/sock</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>位址：</translation>
        </message>
        <message>
            <source>'%1' is not a number (decimal, or hex with 0x)</source>
            <translation>“%1”不是數字（十進位制，或以 0x 開頭的十六進位）</translation>
        </message>
        <message>
            <source>%1 does not fit in %2 bits (0 to %3)</source>
            <translation>%1 超出了 %2 位的範圍（0 到 %3）</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>錯誤：%1</translation>
        </message>
        <message>
            <source>hton%1(%2) = %3 (0x%4) as this machine reads it; ntoh%1(%3) = %2</source>
            <translation>hton%1(%2) = %3（0x%4，按本機位元組序解讀）；ntoh%1(%3) = %2</translation>
        </message>
        <message>
            <source>length</source>
            <translation>長度</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 位元組</translation>
        </message>
        <message>
            <source>family</source>
            <translation>位址族</translation>
        </message>
        <message>
            <source>%1, host order</source>
            <translation>%1，主機位元組序</translation>
        </message>
        <message>
            <source>port</source>
            <translation>埠</translation>
        </message>
        <message>
            <source>%1, network order</source>
            <translation>%1，網路位元組序</translation>
        </message>
        <message>
            <source>address</source>
            <translation>位址</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>其餘</translation>
        </message>
        <message>
            <source>sin_zero, padding</source>
            <translation>sin_zero，填充</translation>
        </message>
        <message>
            <source>flowinfo</source>
            <translation>流資訊</translation>
        </message>
        <message>
            <source>scope id</source>
            <translation>作用域 ID</translation>
        </message>
        <message>
            <source>path</source>
            <translation>路徑</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s):</source>
            <translation>
                <numerusform>%n 個位元組：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CallTimelineExport</name>
        <message>
            <source>The diagram is %1 × %2 pixels, too large for a PNG: zoom out, or export the visible part or an SVG.</source>
            <translation>該圖為 %1 × %2 畫素，對 PNG 來說太大：請縮小檢視，或者匯出可見部分或 SVG。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>無法寫入 %1。</translation>
        </message>
        <message>
            <source>SockLab call timeline</source>
            <translation>SockLab 呼叫時間線</translation>
        </message>
    </context>
    <context>
        <name>CallTimelineModel</name>
        <message>
            <source>Socket: %1 (socket #%2)</source>
            <translation>通訊端：%1（通訊端 #%2）</translation>
        </message>
        <message>
            <source>Call: %1</source>
            <translation>呼叫：%1</translation>
        </message>
        <message>
            <source>Arguments: %1</source>
            <translation>引數：%1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>Result: still waiting (%1 so far)</source>
            <translation>結果：仍在等待（已等待 %1）</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>錯誤：%1</translation>
        </message>
        <message>
            <source>OS message: %1</source>
            <translation>作業系統訊息：%1</translation>
        </message>
        <message>
            <source>Likely causes:</source>
            <translation>可能的原因：</translation>
        </message>
        <message>
            <source>What to try:</source>
            <translation>可以嘗試：</translation>
        </message>
        <message>
            <source>Platform note:</source>
            <translation>平臺說明：</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>結果：%1</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Bytes: %1</source>
            <translation>位元組數：%1</translation>
        </message>
        <message>
            <source>Started: +%1 s</source>
            <translation>開始於：+%1 s</translation>
        </message>
        <message>
            <source>Duration: %1</source>
            <translation>耗時：%1</translation>
        </message>
        <message>
            <source>Waited (blocked until the socket was ready): %1</source>
            <translation>等待時間（阻塞直到通訊端就緒）：%1</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Socket</source>
            <translation>通訊端</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>呼叫</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Start (s)</source>
            <translation>開始（s）</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>耗時</translation>
        </message>
        <message>
            <source>listener %1</source>
            <translation>監聽通訊端 %1</translation>
        </message>
        <message>
            <source>accepted %1</source>
            <translation>已接受 %1</translation>
        </message>
        <message>
            <source>client -&gt; %1</source>
            <translation>客戶端 -&gt; %1</translation>
        </message>
        <message>
            <source>UDP socket</source>
            <translation>UDP 通訊端</translation>
        </message>
        <message>
            <source>socket() failed</source>
            <translation>socket() 失敗</translation>
        </message>
        <message>
            <source>socket #%1</source>
            <translation>通訊端 #%1</translation>
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
            <translation>縮小（Ctrl+滾輪向下）</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel up)</source>
            <translation>放大（Ctrl+滾輪向上）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>適應視窗</translation>
        </message>
        <message>
            <source>Show the whole timeline</source>
            <translation>顯示整條時間線</translation>
        </message>
        <message>
            <source>Follow live</source>
            <translation>實時跟隨</translation>
        </message>
        <message>
            <source>Keep the newest call in view</source>
            <translation>始終顯示最新的呼叫</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Forget the calls shown so far</source>
            <translation>清除目前顯示的所有呼叫</translation>
        </message>
        <message>
            <source>Whole timeline as PNG…</source>
            <translation>整條時間線匯出為 PNG…</translation>
        </message>
        <message>
            <source>Visible part as PNG…</source>
            <translation>可見部分匯出為 PNG…</translation>
        </message>
        <message>
            <source>Whole timeline as SVG…</source>
            <translation>整條時間線匯出為 SVG…</translation>
        </message>
        <message>
            <source>Visible part as SVG…</source>
            <translation>可見部分匯出為 SVG…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>Click a call to see its arguments, result, error and timing.</source>
            <translation>點選某個呼叫，檢視其引數、結果、錯誤和耗時。</translation>
        </message>
        <message>
            <source>%1 calls, %2 sockets</source>
            <translation>%1 個呼叫，%2 個通訊端</translation>
        </message>
        <message>
            <source> · %1 oldest dropped (keeps %2)</source>
            <translation> · 已丟棄最早的 %1 個（保留 %2 個）</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 影象 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 影象 (*.png)</translation>
        </message>
        <message>
            <source>Export the call timeline</source>
            <translation>匯出呼叫時間線</translation>
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
            <translation>時間 ↓</translation>
        </message>
        <message>
            <source>socket #%1</source>
            <translation>通訊端 #%1</translation>
        </message>
    </context>
    <context>
        <name>ChatContactsPanel</name>
        <message>
            <source>&amp;Add</source>
            <translation>新增(&amp;A)</translation>
        </message>
        <message>
            <source>A new contact; double-click a cell to edit it</source>
            <translation>新建聯絡人；雙擊單元格即可編輯</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>刪除(&amp;R)</translation>
        </message>
        <message>
            <source>Add as &amp;contact…</source>
            <translation>新增為聯絡人(&amp;C)…</translation>
        </message>
        <message>
            <source>Give the unknown sender a name: its messages then go to that contact</source>
            <translation>為未知傳送方起個名稱：之後它的訊息會歸到該聯絡人名下</translation>
        </message>
        <message>
            <source>Contact %1</source>
            <translation>聯絡人 %1</translation>
        </message>
    </context>
    <context>
        <name>ChatConversationModel</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 個位元組</numerusform>
            </translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>正在傳送…</translation>
        </message>
        <message>
            <source>sent</source>
            <extracomment>A datagram went out (UDP cannot tell whether it arrived).</extracomment>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>未傳送</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source> … (%n more character(s))</source>
            <translation>
                <numerusform> …（還有 %n 個字元）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatConversationView</name>
        <message>
            <source>No messages yet.</source>
            <translation>還沒有訊息。</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>複製(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Copy conversation</source>
            <translation>複製對話(&amp;C)</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>全選(&amp;A)</translation>
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
            <translation>啟動(&amp;S)</translation>
        </message>
        <message>
            <source>How messages are encoded when sent and decoded when received</source>
            <translation>傳送時如何對訊息編碼、接收時如何解碼</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>編碼(&amp;E)：</translation>
        </message>
        <message>
            <source>This chat's own address: bind() here, and peers send to it</source>
            <translation>此聊天自己的位址：在這裡 bind()，對端向它傳送訊息</translation>
        </message>
        <message>
            <source>Type a message, Enter sends it</source>
            <translation>輸入訊息，按 Enter 傳送</translation>
        </message>
        <message>
            <source>Sen&amp;d</source>
            <translation>傳送(&amp;D)</translation>
        </message>
        <message>
            <source>Raw traffic and errors</source>
            <translation>原始流量和錯誤</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>錯誤（%1）</translation>
        </message>
        <message>
            <source>Chat %1</source>
            <translation>聊天 %1</translation>
        </message>
        <message>
            <source>Cannot start: %1</source>
            <translation>無法啟動：%1</translation>
        </message>
        <message>
            <source>Could not bind %1: %2</source>
            <translation>無法繫結到 %1：%2</translation>
        </message>
        <message>
            <source>(Is the seed's QQ server running there? Bind to port 0 to chat with it.)</source>
            <translation>（教程裡的 QQ 聊天伺服器是否正在那裡執行？繫結到埠 0 即可與它聊天。）</translation>
        </message>
        <message>
            <source>The chat was stopped</source>
            <translation>聊天已停止</translation>
        </message>
        <message>
            <source>Bound to %1 — messages to this address arrive here</source>
            <translation>已繫結到 %1——發往此位址的訊息會到達這裡</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Start the chat to send messages</source>
            <translation>啟動聊天后才能傳送訊息</translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>未選擇會話</translation>
        </message>
        <message>
            <source>Pick a contact on the left.</source>
            <translation>請在左側選擇一個聯絡人。</translation>
        </message>
        <message>
            <source>%1 — replies go back there</source>
            <translation>%1——回覆會發回該位址</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No messages yet. What you send goes to %1 with sendto().</source>
            <translation>還沒有訊息。你傳送的內容會透過 sendto() 發往 %1。</translation>
        </message>
        <message>
            <source>%1 is now the contact %2</source>
            <translation>%1 現已儲存為聯絡人 %2</translation>
        </message>
        <message>
            <source>Add as contact</source>
            <translation>新增為聯絡人</translation>
        </message>
        <message>
            <source>Name for %1:</source>
            <translation>%1 的名稱：</translation>
        </message>
        <message>
            <source>The datagram was cut: %1 of %2 bytes kept</source>
            <translation>資料報被截斷：%2 位元組中只保留了 %1 位元組</translation>
        </message>
        <message>
            <source>The datagram was cut to %1 bytes</source>
            <translation>資料報被截斷為 %1 位元組</translation>
        </message>
        <message>
            <source>no contact is selected</source>
            <translation>未選擇聯絡人</translation>
        </message>
        <message>
            <source>the chat is not started: press Start first</source>
            <translation>聊天尚未啟動：請先點選“啟動”</translation>
        </message>
        <message>
            <source>no contact has this name</source>
            <translation>沒有叫這個名稱的聯絡人</translation>
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
            <translation>GBK（簡體中文）</translation>
        </message>
        <message>
            <source>GB18030 (Chinese)</source>
            <translation>GB18030（中文）</translation>
        </message>
        <message>
            <source>Big5 (Traditional Chinese)</source>
            <translation>Big5（繁體中文）</translation>
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
            <translation>連線(&amp;C)</translation>
        </message>
        <message>
            <source>Look the host up and connect to its addresses in turn</source>
            <translation>解析主機名，並依次連線到它的各個位址</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>斷開連線(&amp;D)</translation>
        </message>
        <message>
            <source>End the lookup, the connect in progress or the connection</source>
            <translation>結束正在進行的解析、連線嘗試或現有連線</translation>
        </message>
        <message>
            <source>&amp;Reconnect</source>
            <translation>重新連線(&amp;R)</translation>
        </message>
        <message>
            <source>Close, then connect again with the settings shown</source>
            <translation>先關閉，再按當前顯示的設定重新連線</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>How long to wait for each address to answer before trying the next</source>
            <translation>嘗試下一個位址之前，等待每個位址應答的時長</translation>
        </message>
        <message>
            <source>Blocking</source>
            <translation>阻塞</translation>
        </message>
        <message>
            <source>Timeout</source>
            <translation>逾時</translation>
        </message>
        <message>
            <source>Non-blocking</source>
            <translation>非阻塞</translation>
        </message>
        <message>
            <source>Blocking: setblocking(True), each call waits. Timeout: settimeout(t), a wait longer than t fails with "timed out". Non-blocking: calls never wait; data is shown as it arrives.</source>
            <translation>阻塞：setblocking(True)，每個呼叫都會等待。逾時：settimeout(t)，等待超過 t 即以“已逾時”失敗。非阻塞：呼叫從不等待；資料一到達就顯示。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>settimeout(t): the longest any one call may wait</source>
            <translation>settimeout(t)：單個呼叫最長可等待的時間</translation>
        </message>
        <message>
            <source>Connect timeout:</source>
            <translation>連線逾時：</translation>
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
            <translation>開啟一個分頁並啟動它。SPEC 由型別、端點和 key=value 鍵值對組成："tcp-server 127.0.0.1:8080 reply=upper"（reply=none|echo|upper|text:STRING|hex:HEX）、"tcp-client 127.0.0.1:8080 send='hello world'"；兩者都接受 name=TAB。可重複使用。</translation>
        </message>
        <message>
            <source>SPEC</source>
            <translation>SPEC</translation>
        </message>
        <message>
            <source>Open the tabs a workspace file describes (the JSON that File ▸ Save Workspace writes).</source>
            <translation>開啟工作區檔案所描述的分頁（即“檔案 ▸ 工作區另存為”寫出的 JSON）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Write every tab's counters to FILE as JSON, once a second, replacing the file atomically.</source>
            <translation>每秒一次將所有分頁的計數器以 JSON 格式寫入 FILE，以原子方式替換該檔案。</translation>
        </message>
        <message>
            <source>Run guided scenario N (1-%1, as in the Scenarios menu): it opens its own tabs on 127.0.0.1 and waits for Next step in its panel.</source>
            <translation>執行引導場景 N（1-%1，與“場景”選單中的編號相同）：它會在 127.0.0.1 上開啟自己的分頁，並等待你在場景面板中點選“下一步”。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--workspace: give one workspace file, not %1</source>
            <translation>--workspace：只能指定一個工作區檔案，而不是 %1 個</translation>
        </message>
        <message>
            <source>invalid --workspace %1</source>
            <translation>無效的 --workspace %1</translation>
        </message>
        <message>
            <source>--scenario %1: not a scenario; give a number from 1 to %2</source>
            <translation>--scenario %1：不是場景編號；請給出 1 到 %2 之間的數字</translation>
        </message>
        <message>
            <source>--stats: the file name is empty</source>
            <translation>--stats：檔名為空</translation>
        </message>
        <message>
            <source>--stats %1: cannot write the file: %2</source>
            <translation>--stats %1：無法寫入檔案：%2</translation>
        </message>
        <message>
            <source>Show SockLab in LANGUAGE for this run, whatever Settings says: %1, or system for the system's language.</source>
            <translation>本次執行時 SockLab 使用 LANGUAGE 語言顯示，不論設定中如何選擇：%1，或 system 表示使用系統語言。</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <source>SockLab: a desktop network tester that shows what the operating system did.

Without --open or --workspace, the tabs of the last session come back (not started). With them, the last session's tabs are left alone: neither opened nor replaced.
An invalid --open, --workspace, --stats, --scenario or --language exits with status 2 before a window opens.</source>
            <translation>SockLab：一個顯示作業系統實際做了什麼的桌面網路測試工具。

不使用 --open 或 --workspace 時，會恢復上次會話的分頁（不啟動）。使用它們時，上次會話的分頁保持不變：既不開啟，也不替換。
--open、--workspace、--stats、--scenario 或 --language 無效時，程式會在開啟視窗之前以狀態碼 2 退出。</translation>
        </message>
        <message>
            <source>--language %1: not a language of SockLab; give one of %2, or system</source>
            <translation>--language %1：不是 SockLab 支援的語言；請指定 %2 之一，或 system</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsModel</name>
        <message>
            <source>Connected</source>
            <translation>已連線</translation>
        </message>
        <message>
            <source>Half-closed (we shut down write)</source>
            <translation>半關閉（本端已關閉寫入）</translation>
        </message>
        <message>
            <source>Peer closed (EOF)</source>
            <translation>對端已關閉（EOF）</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>已重置</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>對端</translation>
        </message>
        <message>
            <source>Connected since</source>
            <translation>連線建立於</translation>
        </message>
        <message>
            <source>Bytes in</source>
            <translation>接收位元組數</translation>
        </message>
        <message>
            <source>Bytes out</source>
            <translation>傳送位元組數</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
    </context>
    <context>
        <name>ContactBookModel</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>聯絡人必須有名稱。</translation>
        </message>
        <message>
            <source>A name cannot start or end with spaces.</source>
            <translation>名稱的開頭和結尾不能有空格。</translation>
        </message>
        <message>
            <source>There is already a contact named %1.</source>
            <translation>已存在名為 %1 的聯絡人。</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>埠必須在 1 到 65535 之間。</translation>
        </message>
        <message>
            <source>A contact needs a host.</source>
            <translation>聯絡人必須有主機。</translation>
        </message>
        <message>
            <source>%1 is not a numeric IPv4 or IPv6 address (such as 127.0.0.1 or ::1).</source>
            <translation>%1 不是數字形式的 IPv4 或 IPv6 位址（例如 127.0.0.1 或 ::1）。</translation>
        </message>
        <message>
            <source>Only contacts can be edited.</source>
            <translation>只能編輯聯絡人。</translation>
        </message>
        <message>
            <source>Only a message from an unknown address can be added as a contact.</source>
            <translation>只有來自未知位址的訊息才能新增為聯絡人。</translation>
        </message>
        <message>
            <source>Message from [%1]</source>
            <extracomment>A conversation with an address that is in no contact. Chinese: 来自[%1]的一条消息</extracomment>
            <translation>來自 [%1] 的訊息</translation>
        </message>
        <message>
            <source>%1 — not in your contacts</source>
            <translation>%1 — 不在你的聯絡人中</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主機</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>埠</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
    </context>
    <context>
        <name>CutDatagramBanner</name>
        <message>
            <source>from %1: %2 bytes sent, %3 kept</source>
            <translation>來自 %1：傳送了 %2 位元組，保留了 %3 位元組</translation>
        </message>
        <message>
            <source>from %1: %2 (the OS does not tell the real size), %3 bytes kept</source>
            <translation>來自 %1：%2（作業系統不報告實際大小），保留了 %3 位元組</translation>
        </message>
        <message>
            <source>from %1: cut (size unknown: the OS does not tell), %2 bytes kept</source>
            <translation>來自 %1：已截斷（大小未知：作業系統不報告），保留了 %2 位元組</translation>
        </message>
        <message>
            <source>Datagram cut %1.</source>
            <translation>資料報被截斷，%1。</translation>
        </message>
        <message>
            <source>recvfrom() takes at most the receive buffer (%1 bytes); the rest of a datagram is lost, not kept for the next call.</source>
            <translation>recvfrom() 最多隻能取走接收緩衝區大小（%1 位元組）的資料；資料報的其餘部分會丟失，不會留給下一次呼叫。</translation>
        </message>
        <message>
            <source>Cut datagrams: %1</source>
            <translation>被截斷的資料報：%1</translation>
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
            <translation>主機(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>埠(&amp;P)：</translation>
        </message>
        <message>
            <source>The local address to bind: 127.0.0.1 (this machine only), 0.0.0.0 (every IPv4 interface), :: (every IPv6 interface, and IPv4 too on a dual-stack socket)</source>
            <translation>要繫結的本地位址：127.0.0.1（僅本機）、0.0.0.0（所有 IPv4 網路介面）、::（所有 IPv6 網路介面；在雙棧通訊端上也包括 IPv4）</translation>
        </message>
        <message>
            <source>The host to connect to: an IPv4 or IPv6 address, or a name</source>
            <translation>要連線的主機：IPv4 或 IPv6 位址，或者主機名</translation>
        </message>
        <message>
            <source>0 lets the OS choose a free port</source>
            <translation>0 表示由作業系統選擇一個空閒埠</translation>
        </message>
        <message>
            <source>The port to connect to</source>
            <translation>要連線的埠</translation>
        </message>
        <message>
            <source>IPv4 loopback: this machine only</source>
            <translation>IPv4 回送：僅本機</translation>
        </message>
        <message>
            <source>IPv6 loopback: this machine only</source>
            <translation>IPv6 回送：僅本機</translation>
        </message>
        <message>
            <source>Every IPv4 interface (open to the network)</source>
            <translation>所有 IPv4 網路介面（對網路開放）</translation>
        </message>
        <message>
            <source>Every IPv6 interface, and IPv4 on a dual-stack socket (open to the network)</source>
            <translation>所有 IPv6 網路介面，在雙棧通訊端上也包括 IPv4（對網路開放）</translation>
        </message>
        <message>
            <source>Enter the address to bind: 127.0.0.1 for this machine only, 0.0.0.0 or :: for every interface.</source>
            <translation>請輸入要繫結的位址：127.0.0.1 表示僅本機，0.0.0.0 或 :: 表示所有網路介面。</translation>
        </message>
        <message>
            <source>Enter the host to connect to.</source>
            <translation>請輸入要連線的主機。</translation>
        </message>
        <message>
            <source>'%1' is not a numeric IPv4 or IPv6 address: a server binds to an address of this machine.</source>
            <translation>“%1”不是數字形式的 IPv4 或 IPv6 位址：伺服器只能繫結到本機的位址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid IPv6 address.</source>
            <translation>“%1”不是有效的 IPv6 位址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid IPv4 address.</source>
            <translation>“%1”不是有效的 IPv4 位址。</translation>
        </message>
        <message>
            <source>'%1' is not a valid host name (letters, digits, '-' and '.' only).</source>
            <translation>“%1”不是有效的主機名（只能包含字母、數字、“-”和“.”）。</translation>
        </message>
        <message>
            <source>Enter a port (0–65535).</source>
            <translation>請輸入埠（0–65535）。</translation>
        </message>
        <message>
            <source>Port '%1' is not a number.</source>
            <translation>埠“%1”不是數字。</translation>
        </message>
        <message>
            <source>Port %1 is out of range: ports go from 0 to 65535.</source>
            <translation>埠 %1 超出範圍：埠的取值為 0 到 65535。</translation>
        </message>
        <message>
            <source>Port 0 cannot be connected to: enter the server's port.</source>
            <translation>無法連線到埠 0：請輸入伺服器的埠。</translation>
        </message>
        <message>
            <source>Open to the network: every interface accepts connections on this port, from any machine that can reach this one.</source>
            <translation>對網路開放：所有網路介面都在此埠上接受連線，任何能訪問到本機的機器都可以連線。</translation>
        </message>
        <message>
            <source>Open to the network: machines that can reach %1 can connect.</source>
            <translation>對網路開放：能訪問到 %1 的機器都可以連線。</translation>
        </message>
        <message>
            <source>Port 0: the OS picks a free port when the server starts.</source>
            <translation>埠 0：伺服器啟動時由作業系統選擇一個空閒埠。</translation>
        </message>
    </context>
    <context>
        <name>ErrorModel</name>
        <message>
            <source>timed out</source>
            <translation>已逾時</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>socket closed</source>
            <translation>通訊端已關閉</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>無錯誤</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>呼叫</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>說明</translation>
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
            <translation>可以嘗試</translation>
        </message>
        <message>
            <source>Platform note</source>
            <translation>平臺說明</translation>
        </message>
        <message>
            <source>No error selected</source>
            <translation>未選擇錯誤</translation>
        </message>
        <message>
            <source>Failed socket calls appear in the table above. Select one to read what it means and what to try.</source>
            <translation>失敗的通訊端呼叫會顯示在上方的表格中。選擇其中一個，檢視它的含義以及可以嘗試的辦法。</translation>
        </message>
        <message>
            <source>%1 failed: </source>
            <translation>%1 失敗： </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s) were transferred before the error.</source>
            <translation>
                <numerusform>出錯前已傳輸 %n 個位元組。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 個錯誤</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 errors, the latest %2 shown</source>
            <translation>%1 個錯誤，顯示最近的 %2 個</translation>
        </message>
    </context>
    <context>
        <name>HexDumpView</name>
        <message>
            <source>Select a row to see its bytes.</source>
            <translation>選擇一行以檢視其位元組。</translation>
        </message>
        <message>
            <source>connection %1</source>
            <translation>連線 %1</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 位元組</translation>
        </message>
        <message>
            <source>truncated: the datagram had %1 bytes</source>
            <translation>已截斷：該資料報原有 %1 位元組</translation>
        </message>
        <message>
            <source>truncated datagram</source>
            <translation>被截斷的資料報</translation>
        </message>
        <message>
            <source>(dump shows the first %1 bytes)</source>
            <translation>（僅顯示前 %1 個位元組）</translation>
        </message>
    </context>
    <context>
        <name>InlineErrorLabel</name>
        <message>
            <source>Details…</source>
            <translation>詳細資訊…</translation>
        </message>
        <message>
            <source>Open the error panel</source>
            <translation>開啟錯誤面板</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失敗：%2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>What to try:</source>
            <translation>可以嘗試：</translation>
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
            <translation>就緒</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;A desktop network tester that calls the operating system's sockets directly and shows what they did: every call with its result or error, and how long it blocked.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;一個桌面網路測試工具，直接呼叫作業系統的通訊端，並展示它們做了什麼：每個呼叫及其結果或錯誤，以及阻塞了多長時間。&lt;/p&gt;&lt;p&gt;基於 Qt %2 構建，運行於 Qt %3。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>TCP &amp;Server</source>
            <translation>TCP 伺服器(&amp;S)</translation>
        </message>
        <message>
            <source>Listen for TCP connections and talk to each client</source>
            <translation>監聽 TCP 連線，並與每個客戶端通訊</translation>
        </message>
        <message>
            <source>TCP &amp;Client</source>
            <translation>TCP 客戶端(&amp;C)</translation>
        </message>
        <message>
            <source>Connect to a TCP server</source>
            <translation>連線到 TCP 伺服器</translation>
        </message>
        <message>
            <source>&amp;UDP Server</source>
            <translation>UDP 伺服器(&amp;U)</translation>
        </message>
        <message>
            <source>Receive UDP datagrams on a port and answer their senders</source>
            <translation>在埠上接收 UDP 資料報，並回復其傳送方</translation>
        </message>
        <message>
            <source>UDP C&amp;lient</source>
            <translation>UDP 客戶端(&amp;L)</translation>
        </message>
        <message>
            <source>Send UDP datagrams to a host and port</source>
            <translation>向主機和埠傳送 UDP 資料報</translation>
        </message>
        <message>
            <source>UDP C&amp;hat</source>
            <translation>UDP 聊天(&amp;H)</translation>
        </message>
        <message>
            <source>Chat with other peers over UDP, like the tutorial's QQ chat</source>
            <translation>透過 UDP 與其他對端聊天，就像教程裡的 QQ 聊天</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>開啟工作區(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save Workspace As…</source>
            <translation>工作區另存為(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Rename Tab…</source>
            <translation>重新命名分頁(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Close Tab</source>
            <translation>關閉分頁(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Next Tab</source>
            <translation>下一個分頁(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Tab</source>
            <translation>上一個分頁(&amp;P)</translation>
        </message>
        <message>
            <source>Copy as &amp;Command Line</source>
            <translation>複製為命令列(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the socklab --open argument that opens this tab again</source>
            <translation>複製能重新開啟此分頁的 socklab --open 引數</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>複製為 Python(&amp;P)</translation>
        </message>
        <message>
            <source>Copy the socket calls of this tab as a Python script that replays them</source>
            <translation>將此分頁的通訊端呼叫複製為可重放這些呼叫的 Python 指令碼</translation>
        </message>
        <message>
            <source>Copied this tab's calls as a Python script</source>
            <translation>已將此分頁的呼叫複製為 Python 指令碼</translation>
        </message>
        <message>
            <source>&amp;About SockLab</source>
            <translation>關於 SockLab(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>關於 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>%1 (coming in the next release)</source>
            <translation>%1（將在下一版本中提供）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Tab</source>
            <translation>分頁(&amp;T)</translation>
        </message>
        <message>
            <source>Byte-order inspector</source>
            <translation>位元組序檢查器</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>Call timeline</source>
            <translation>呼叫時間線</translation>
        </message>
        <message>
            <source>Sockets</source>
            <translation>通訊端</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>場景</translation>
        </message>
        <message>
            <source>No client call to copy yet</source>
            <translation>還沒有可複製的客戶端呼叫</translation>
        </message>
        <message>
            <source>Copied the scenario's client calls as a Python script</source>
            <translation>已將場景的客戶端呼叫複製為 Python 指令碼</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>場景(&amp;S)</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Scenario &amp;Panel</source>
            <translation>場景面板(&amp;P)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Rename Tab</source>
            <translation>重新命名分頁</translation>
        </message>
        <message>
            <source>Tab name (empty for the automatic name):</source>
            <translation>分頁名稱（留空則使用自動名稱）：</translation>
        </message>
        <message>
            <source>Copied the command line that opens this tab</source>
            <translation>已複製能重新開啟此分頁的命令列</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>開啟工作區</translation>
        </message>
        <message>
            <source>SockLab workspaces (*.json);;All files (*)</source>
            <translation>SockLab 工作區 (*.json);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>無法開啟工作區</translation>
        </message>
        <message>
            <source>Opened %1: tabs added: %2</source>
            <translation>已開啟 %1：添加了 %2 個分頁</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>工作區另存為</translation>
        </message>
        <message>
            <source>Cannot save the workspace</source>
            <translation>無法儲存工作區</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已儲存 %1</translation>
        </message>
        <message>
            <source>About SockLab</source>
            <translation>關於 SockLab</translation>
        </message>
        <message>
            <source>The last session's tabs could not be restored: %1</source>
            <translation>無法恢復上次會話的分頁：%1</translation>
        </message>
        <message>
            <source>Restored the last session's tabs (%1), not started: press Start or Connect in each.</source>
            <translation>已恢復上次會話的分頁（%1 個），尚未啟動：請在每個分頁中點選“啟動”或“連線”。</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
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
            <translation>多點傳送組：IPv4 為 224.0.0.0 到 239.255.255.255（239.x.x.x 供本地使用），IPv6 為 ff00::/8</translation>
        </message>
        <message>
            <source>The interface that joins: IPv4 groups name it by its address, IPv6 groups by its index (the scope id of a link-local address)</source>
            <translation>加入多點傳送組的網路介面：IPv4 組用介面的位址指定，IPv6 組用介面的索引指定（即鏈路本地位址的 scope id）</translation>
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
            <translation>IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS：此通訊端發往多點傳送組的資料報最多可經過多少個路由器（1：僅本網路，0：僅本機）</translation>
        </message>
        <message>
            <source>&amp;Loopback</source>
            <translation>回送(&amp;L)</translation>
        </message>
        <message>
            <source>IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP: whether sockets on this machine receive what this socket sends to a group (on by default)</source>
            <translation>IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP：本機上的通訊端能否收到此通訊端發往多點傳送組的資料（預設開啟）</translation>
        </message>
        <message>
            <source>No group joined.</source>
            <translation>未加入任何多點傳送組。</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>多點傳送組(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation>網路介面(&amp;I)：</translation>
        </message>
        <message>
            <source>TTL (&amp;hops):</source>
            <translation>TTL 跳數(&amp;H)：</translation>
        </message>
        <message>
            <source>Default (the OS picks)</source>
            <translation>預設（由作業系統選擇）</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 is not a numeric IPv4 or IPv6 address.</source>
            <translation>%1 不是數字形式的 IPv4 或 IPv6 位址。</translation>
        </message>
        <message>
            <source>%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
            <translation>%1 不是多點傳送組：IPv4 多點傳送組為 224.0.0.0 到 239.255.255.255，IPv6 多點傳送組以 ff 開頭。</translation>
        </message>
        <message>
            <source>Type a group address to join.</source>
            <translation>請輸入要加入的多點傳送組位址。</translation>
        </message>
        <message>
            <source>Start the server first: a group is joined by an open socket.</source>
            <translation>請先啟動伺服器：多點傳送組要由一個已開啟的通訊端加入。</translation>
        </message>
        <message>
            <source>%1 (default interface)</source>
            <translation>%1（預設網路介面）</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>離開</translation>
        </message>
        <message>
            <source>setsockopt(IP_DROP_MEMBERSHIP) or setsockopt(IPV6_LEAVE_GROUP)</source>
            <translation>setsockopt(IP_DROP_MEMBERSHIP) 或 setsockopt(IPV6_LEAVE_GROUP)</translation>
        </message>
        <message>
            <source>Leave %1</source>
            <translation>離開 %1</translation>
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
            <translation>%1 在傳送 %2 個位元組後失敗：%3</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失敗：%2</translation>
        </message>
    </context>
    <context>
        <name>OpenSpecParser</name>
        <message>
            <source>quoting</source>
            <translation>引號</translation>
        </message>
        <message>
            <source>the quote at column %1 is never closed</source>
            <translation>第 %1 列的引號沒有閉合</translation>
        </message>
        <message>
            <source>endpoint</source>
            <translation>端點</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 endpoint as [address]:port</source>
            <translation>“%1”：IPv6 端點應寫成 [位址]:埠</translation>
        </message>
        <message>
            <source>"%1" has no port: write host:port, e.g. 127.0.0.1:8080</source>
            <translation>“%1”缺少埠：請寫成 主機:埠，例如 127.0.0.1:8080</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 address in brackets, e.g. [::1]:8080</source>
            <translation>“%1”：IPv6 位址要寫在方括號中，例如 [::1]:8080</translation>
        </message>
        <message>
            <source>"%1" has no host</source>
            <translation>“%1”缺少主機</translation>
        </message>
        <message>
            <source>the host has a blank or control character (U+%1) at position %2</source>
            <translation>主機的第 %2 個位置有空白或控制字元（U+%1）</translation>
        </message>
        <message>
            <source>"%1" is not a port: use a number from 0 to 65535</source>
            <translation>“%1”不是埠：請使用 0 到 65535 之間的數字</translation>
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
            <translation>型別</translation>
        </message>
        <message>
            <source>the spec is empty (e.g. "tcp-server 127.0.0.1:8080")</source>
            <translation>規格為空（例如 "tcp-server 127.0.0.1:8080"）</translation>
        </message>
        <message>
            <source>unknown kind "%1" (use tcp-server, tcp-client, udp-server, udp-client or chat)</source>
            <translation>未知型別“%1”（可用 tcp-server、tcp-client、udp-server、udp-client 或 chat）</translation>
        </message>
        <message>
            <source>an endpoint must follow the kind, e.g. 127.0.0.1:8080</source>
            <translation>型別之後必須跟一個端點，例如 127.0.0.1:8080</translation>
        </message>
        <message>
            <source>expected key=value</source>
            <translation>應為 key=value</translation>
        </message>
        <message>
            <source>not a key of %1 (keys: %2)</source>
            <translation>不是 %1 的鍵（可用的鍵：%2）</translation>
        </message>
        <message>
            <source>no contact is called "%1" (add it with peer=)</source>
            <translation>沒有名為“%1”的聯絡人（請用 peer= 新增）</translation>
        </message>
        <message>
            <source>invalid --open "%1": %2: %3</source>
            <translation>無效的 --open “%1”：%2：%3</translation>
        </message>
        <message>
            <source>use on or off, not "%1"</source>
            <translation>請使用 on 或 off，而不是“%1”</translation>
        </message>
        <message>
            <source>"%1" is not a number from %2 to %3</source>
            <translation>“%1”不是 %2 到 %3 之間的數字</translation>
        </message>
        <message>
            <source>%1 needs TCP: use it with tcp-server</source>
            <translation>%1 需要 TCP：請與 tcp-server 一起使用</translation>
        </message>
        <message>
            <source>write a contact as peer=NAME=HOST:PORT</source>
            <translation>聯絡人的寫法為 peer=NAME=HOST:PORT</translation>
        </message>
        <message>
            <source>the contact "%1" is given twice</source>
            <translation>聯絡人“%1”被指定了兩次</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>%1 is a symbolic link to %2, which does not exist: SockLab does not create files through such links. Choose another name.</source>
            <translation>%1 是指向 %2 的符號連結，而該目標不存在：SockLab 不會透過這種連結建立檔案。請選擇其他名稱。</translation>
        </message>
    </context>
    <context>
        <name>ReplyModeEditor</name>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Receive only: the server never answers</source>
            <translation>只接收：伺服器從不回覆</translation>
        </message>
        <message>
            <source>Echo</source>
            <translation>回顯</translation>
        </message>
        <message>
            <source>Every chunk is sent back as it came</source>
            <translation>每個資料塊都原樣發回</translation>
        </message>
        <message>
            <source>Upper-case</source>
            <translation>轉大寫</translation>
        </message>
        <message>
            <source>Every chunk is sent back upper-cased (ASCII), like the tutorial's server</source>
            <translation>每個資料塊都轉成大寫（ASCII）後發回，就像教程裡的伺服器</translation>
        </message>
        <message>
            <source>Fixed text</source>
            <translation>固定文字</translation>
        </message>
        <message>
            <source>Every chunk is answered with the same text</source>
            <translation>每個資料塊都用同一段文本回復</translation>
        </message>
        <message>
            <source>Fixed hex</source>
            <translation>固定十六進位</translation>
        </message>
        <message>
            <source>Every chunk is answered with the same bytes</source>
            <translation>每個資料塊都用相同的位元組回覆</translation>
        </message>
        <message>
            <source>Chat room</source>
            <translation>聊天室</translation>
        </message>
        <message>
            <source>Every line a client sends goes to all the other clients, prefixed by its sender</source>
            <translation>客戶端傳送的每一行都會轉發給其他所有客戶端，並以其傳送方作為字首</translation>
        </message>
        <message>
            <source>Demo commands</source>
            <translation>演示命令</translation>
        </message>
        <message>
            <source>The framing lab: answers help, date, echo, big N, ls, whoami with canned output (nothing runs) in two unframed sends, so big replies arrive split and glued</source>
            <translation>分幀實驗：對 help、date、echo、big N、ls、whoami 返回預設的輸出（不會真正執行任何命令），分兩次傳送且不分幀，因此較大的回覆到達時會被拆開或粘在一起</translation>
        </message>
        <message>
            <source>Demo commands, length-prefixed</source>
            <translation>演示命令（帶長度字首）</translation>
        </message>
        <message>
            <source>The same commands, each message framed with struct.pack('&gt;I', len): nothing sticks</source>
            <translation>同樣的命令，每條訊息都用 struct.pack('&gt;I', len) 分幀：不會粘包</translation>
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation>回覆(&amp;R)：</translation>
        </message>
        <message>
            <source>Bytes in hex: de ad be ef, de:ad, 0xde</source>
            <translation>十六進位位元組：de ad be ef、de:ad、0xde</translation>
        </message>
        <message>
            <source>The reply as hex bytes; spaces and colons between bytes are allowed</source>
            <translation>以十六進位位元組表示的回覆；位元組之間可以有空格和冒號</translation>
        </message>
        <message>
            <source>Text; escapes allowed: \n \r \t \x41</source>
            <translation>文字；可使用轉義：\n \r \t \x41</translation>
        </message>
        <message>
            <source>The reply as UTF-8 text; \n, \r, \t, \\ and \xHH are escapes</source>
            <translation>以 UTF-8 文字表示的回覆；\n、\r、\t、\\ 和 \xHH 為轉義序列</translation>
        </message>
        <message>
            <source>enter the bytes to answer with</source>
            <translation>請輸入用於回覆的位元組</translation>
        </message>
        <message>
            <source>enter the text to answer with</source>
            <translation>請輸入用於回覆的文字</translation>
        </message>
        <message>
            <source>Not applied, the server answers as before: %1</source>
            <translation>未應用，伺服器仍按原來的方式回覆：%1</translation>
        </message>
    </context>
    <context>
        <name>ResolvedAddressesView</name>
        <message>
            <source>Resolved:</source>
            <translation>解析結果：</translation>
        </message>
        <message>
            <source>Every address getaddrinfo() returned, in its order. connect() tries them one after another until one answers; the one that answered is marked "used".</source>
            <translation>getaddrinfo() 返回的所有位址，按其返回順序排列。connect() 逐個嘗試，直到某個位址應答；應答的那個位址標記為“已使用”。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1. %2 (trying…)</source>
            <translation>%1. %2（正在嘗試…）</translation>
        </message>
        <message>
            <source>%1. %2 (failed: %3)</source>
            <translation>%1. %2（失敗：%3）</translation>
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
            <translation>%1：解析失敗：%2</translation>
        </message>
        <message>
            <source>looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>%1 is a numeric address, no lookup needed: %2</source>
            <translation>%1 是數字位址，無需解析：%2</translation>
        </message>
        <message>
            <source>%1, looked up in %2 ms: %3</source>
            <translation>%1，解析用時 %2 ms：%3</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>Upper-case echo: a server and a client</source>
            <translation>轉大寫回顯：一個伺服器和一個客戶端</translation>
        </message>
        <message>
            <source>The tutorial's first program: a TCP server that upper-cases what a client sends. See socket, bind, listen, accept, send and recv happen.</source>
            <translation>教程的第一個程式：一個 TCP 伺服器，把客戶端發來的內容轉為大寫。親眼看看 socket、bind、listen、accept、send 和 recv 是如何發生的。</translation>
        </message>
        <message>
            <source>003: the upper-case server on 127.0.0.1:8080 and its client</source>
            <translation>003：127.0.0.1:8080 上的轉大寫伺服器及其客戶端</translation>
        </message>
        <message>
            <source>A server socket: socket(), bind() to 127.0.0.1, listen(). Port 0 asks the OS for any free port, so this lesson never collides with another program.</source>
            <translation>伺服器通訊端：socket()，bind() 到 127.0.0.1，listen()。埠 0 表示請作業系統分配任意空閒埠，因此本課絕不會與其他程式衝突。</translation>
        </message>
        <message>
            <source>A client socket connects to port ${server.port}. On the server, accept() returns a new socket for this one client; the listening socket keeps waiting for others.</source>
            <translation>客戶端通訊端連線到埠 ${server.port}。在伺服器端，accept() 為這一個客戶端返回一個新的通訊端；監聽通訊端則繼續等待其他客戶端。</translation>
        </message>
        <message>
            <source>The client sends b'hello'. The server's recv() gets the five bytes and its send() answers with them upper-cased: HELLO.</source>
            <translation>客戶端傳送 b'hello'。伺服器的 recv() 收到這 5 個位元組，再用 send() 把它們轉為大寫發回：HELLO。</translation>
        </message>
        <message>
            <source>Every call both sides made is on the call timeline, one lane per socket: the listener, the connection accept() made, and the client. Tab ▸ Copy as Python gives the client's calls as a script.</source>
            <translation>雙方的每次呼叫都顯示在呼叫時間線上，每個通訊端一條泳道：監聽通訊端、accept() 建立的連線，以及客戶端。“分頁 ▸ 複製為 Python”會把客戶端的呼叫生成為一個指令碼。</translation>
        </message>
        <message>
            <source>Many clients on one server</source>
            <translation>一個伺服器，多個客戶端</translation>
        </message>
        <message>
            <source>One listening socket, one socket per client from accept(). A client that leaves ends its own connection only.</source>
            <translation>一個監聽通訊端，accept() 為每個客戶端各返回一個通訊端。客戶端離開時只結束它自己的連線。</translation>
        </message>
        <message>
            <source>003: the multi-client loop that survives a client leaving (if len(msg) == 0: break)</source>
            <translation>003：客戶端離開後仍能繼續執行的多客戶端迴圈（if len(msg) == 0: break）</translation>
        </message>
        <message>
            <source>An echo server: whatever a client sends comes back unchanged.</source>
            <translation>回顯伺服器：客戶端傳送什麼，就原樣返回什麼。</translation>
        </message>
        <message>
            <source>A first client connects and sends 'one'.</source>
            <translation>第一個客戶端連線併發送 'one'。</translation>
        </message>
        <message>
            <source>A second client, on its own connection.</source>
            <translation>第二個客戶端，使用它自己的連線。</translation>
        </message>
        <message>
            <source>A third. The server's accept loop handed each client a socket of its own, so one port serves all three: its clients list shows three connections.</source>
            <translation>第三個。伺服器的 accept 迴圈給每個客戶端分配了各自的通訊端，因此一個埠就能為三個客戶端服務：其客戶端列表中顯示三個連線。</translation>
        </message>
        <message>
            <source>Client 2 closes. On that connection the server's recv() returns 0 bytes, which means the peer is gone (the seed's 'if len(msg) == 0: break'), and only that connection ends.</source>
            <translation>客戶端 2 關閉。伺服器在該連線上的 recv() 返回 0 位元組，表示對端已離開（即原教程中的 'if len(msg) == 0: break'），只有這個連線結束。</translation>
        </message>
        <message>
            <source>The others are still served.</source>
            <translation>其他客戶端照常得到服務。</translation>
        </message>
        <message>
            <source>Port in use, TIME_WAIT and SO_REUSEADDR</source>
            <translation>埠被佔用、TIME_WAIT 與 SO_REUSEADDR</translation>
        </message>
        <message>
            <source>Why a restarted server says 'address already in use', and what the seed's setsockopt(SO_REUSEADDR) line changes.</source>
            <translation>為什麼重啟的伺服器會報 'address already in use'（位址已被佔用），以及原教程中 setsockopt(SO_REUSEADDR) 這一行改變了什麼。</translation>
        </message>
        <message>
            <source>003: SO_REUSEADDR and TIME_WAIT; 004: EADDRINUSE</source>
            <translation>003：SO_REUSEADDR 與 TIME_WAIT；004：EADDRINUSE</translation>
        </message>
        <message>
            <source>A server listens on a port the OS chose.</source>
            <translation>伺服器在作業系統選擇的埠上監聽。</translation>
        </message>
        <message>
            <source>A second server on the same port fails: bind() reports EADDRINUSE, address already in use. SO_REUSEADDR is on, yet on Linux it never lets two sockets listen on one port.</source>
            <translation>同一埠上的第二個伺服器啟動失敗：bind() 報告 EADDRINUSE，位址已被佔用。雖然 SO_REUSEADDR 已開啟，但在 Linux 上它絕不允許兩個通訊端監聽同一個埠。</translation>
        </message>
        <message>
            <source>A client connects and talks to the first server.</source>
            <translation>客戶端連線到第一個伺服器並與之通訊。</translation>
        </message>
        <message>
            <source>Select the client in the first server's list.</source>
            <translation>在第一個伺服器的列表中選中該客戶端。</translation>
        </message>
        <message>
            <source>The server closes the connection first. The side that closes first keeps the connection in TIME_WAIT for a minute or so, and that connection still holds the server's port.</source>
            <translation>伺服器先關閉連線。先關閉的一方會讓該連線在 TIME_WAIT 狀態停留一分鐘左右，而這個連線仍佔用著伺服器的埠。</translation>
        </message>
        <message>
            <source>Stop the first server, as you would to restart it after a change.</source>
            <translation>停止第一個伺服器，就像修改之後要重啟它時那樣。</translation>
        </message>
        <message>
            <source>Restart on port ${first.port} without SO_REUSEADDR: bind() fails with EADDRINUSE although nobody listens. The TIME_WAIT connection still uses the port: the seed's 'address already in use' on restart.</source>
            <translation>不設定 SO_REUSEADDR，在埠 ${first.port} 上重新啟動：儘管沒有任何通訊端在監聽，bind() 仍以 EADDRINUSE 失敗。TIME_WAIT 狀態的連線仍在使用該埠：這就是原教程中重啟時出現的 'address already in use'。</translation>
        </message>
        <message>
            <source>Tick SO_REUSEADDR: setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind().</source>
            <translation>勾選 SO_REUSEADDR：在 bind() 之前呼叫 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)。</translation>
        </message>
        <message>
            <source>Start again: now bind() succeeds in spite of the TIME_WAIT connection. That is what the seed's setsockopt line is for.</source>
            <translation>再次啟動：這次儘管存在 TIME_WAIT 狀態的連線，bind() 仍然成功。這正是原教程中那行 setsockopt 的作用。</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>連線被拒絕</translation>
        </message>
        <message>
            <source>connect() to a port where nobody listens fails at once with ECONNREFUSED.</source>
            <translation>對無人監聽的埠呼叫 connect()，會立即以 ECONNREFUSED 失敗。</translation>
        </message>
        <message>
            <source>004: the error table, ECONNREFUSED</source>
            <translation>004：錯誤表，ECONNREFUSED</translation>
        </message>
        <message>
            <source>To find a port where nobody listens, a server borrows a free one from the OS...</source>
            <translation>為了找到一個無人監聽的埠，伺服器先向作業系統借用一個空閒埠...</translation>
        </message>
        <message>
            <source>...and stops at once. Nothing listens on port ${probe.port} now.</source>
            <translation>...然後立即停止。現在埠 ${probe.port} 上無人監聽。</translation>
        </message>
        <message>
            <source>A client connects to port ${probe.port}. The OS answers its SYN with a reset, and connect() fails with ECONNREFUSED, connection refused: wrong port, or the server is not running.</source>
            <translation>客戶端連線到埠 ${probe.port}。作業系統用重置（RST）回應它的 SYN，connect() 以 ECONNREFUSED（連線被拒絕）失敗：埠不對，或者伺服器沒有執行。</translation>
        </message>
        <message>
            <source>Peer reset (ECONNRESET)</source>
            <translation>對端重置（ECONNRESET）</translation>
        </message>
        <message>
            <source>Abort a connection with SO_LINGER 0: the other side gets a reset instead of an orderly end.</source>
            <translation>用 SO_LINGER 0 中止連線：另一方收到的是重置，而不是正常結束。</translation>
        </message>
        <message>
            <source>004: the error table, ECONNRESET</source>
            <translation>004：錯誤表，ECONNRESET</translation>
        </message>
        <message>
            <source>An echo server and a client that says hello.</source>
            <translation>一個回顯伺服器和一個傳送 hello 的客戶端。</translation>
        </message>
        <message>
            <source>The client connects and gets its hello back.</source>
            <translation>客戶端連線，並收到回顯的 hello。</translation>
        </message>
        <message>
            <source>Select the client in the server's list.</source>
            <translation>在伺服器的列表中選中該客戶端。</translation>
        </message>
        <message>
            <source>Abort sets SO_LINGER to 0 and closes: the OS sends a reset (RST) instead of a polite FIN. The client's next recv() fails with ECONNRESET, connection reset by peer.</source>
            <translation>“中止”把 SO_LINGER 設為 0 再關閉：作業系統傳送重置（RST），而不是禮貌的 FIN。客戶端的下一次 recv() 以 ECONNRESET（連線被對端重置）失敗。</translation>
        </message>
        <message>
            <source>The other way round: a second client connects...</source>
            <translation>反過來：第二個客戶端連線...</translation>
        </message>
        <message>
            <source>...and aborts. Now the server's recv() on that connection fails with ECONNRESET, as when a client program crashes or its machine reboots.</source>
            <translation>...然後中止。現在伺服器在該連線上的 recv() 以 ECONNRESET 失敗，就像客戶端程式崩潰或其所在機器重啟時一樣。</translation>
        </message>
        <message>
            <source>Half-close and EOF</source>
            <translation>半關閉與 EOF</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR) ends one direction: the peer reads EOF (recv returns 0) and the other direction still works.</source>
            <translation>shutdown(SHUT_WR) 結束一個方向：對端讀到 EOF（recv 返回 0），另一個方向仍可正常工作。</translation>
        </message>
        <message>
            <source>001: shutdown before close, half-close; recv returning 0 means the peer closed</source>
            <translation>001：先 shutdown 再 close，半關閉；recv 返回 0 表示對端已關閉</translation>
        </message>
        <message>
            <source>An echo server that, like the seed's, closes a connection once recv() returns 0.</source>
            <translation>一個回顯伺服器，和原教程中的一樣，一旦 recv() 返回 0 就關閉連線。</translation>
        </message>
        <message>
            <source>A client connects.</source>
            <translation>客戶端連線。</translation>
        </message>
        <message>
            <source>The client sends its last words and the server echoes them.</source>
            <translation>客戶端傳送最後一段話，伺服器將其回顯。</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): the client sends a FIN but keeps reading. The server's recv() returns 0 bytes, EOF, 'nothing more is coming', so it closes its side, and then the client's own recv() returns 0.</source>
            <translation>shutdown(SHUT_WR)：客戶端傳送 FIN，但繼續讀取。伺服器的 recv() 返回 0 位元組，即 EOF，“不會再有資料了”，於是伺服器關閉自己這一端，隨後客戶端自己的 recv() 也返回 0。</translation>
        </message>
        <message>
            <source>Blocking, timeout and non-blocking recv()</source>
            <translation>阻塞、逾時與非阻塞的 recv()</translation>
        </message>
        <message>
            <source>The same recv() three ways: wait forever, give up after a timeout, or never wait at all.</source>
            <translation>同一個 recv() 的三種方式：永遠等待、逾時後放棄，或者根本不等待。</translation>
        </message>
        <message>
            <source>003 and 004: setblocking, settimeout, gettimeout; the three modes</source>
            <translation>003 與 004：setblocking、settimeout、gettimeout；三種模式</translation>
        </message>
        <message>
            <source>A server that reads but never answers: a good place to watch recv() wait.</source>
            <translation>一個只讀取、從不應答的伺服器：正適合觀察 recv() 的等待。</translation>
        </message>
        <message>
            <source>A client tab, not connected yet.</source>
            <translation>一個客戶端分頁，尚未連線。</translation>
        </message>
        <message>
            <source>Blocking mode, Python's default: every call waits as long as it takes.</source>
            <translation>阻塞模式，即 Python 的預設模式：每個呼叫都會一直等到完成為止。</translation>
        </message>
        <message>
            <source>Connect.</source>
            <translation>連線。</translation>
        </message>
        <message>
            <source>send() returns at once, then recv() waits for an answer that never comes. The badge counts the seconds; a plain blocking socket would wait forever.</source>
            <translation>send() 立即返回，隨後 recv() 等待一個永遠不會到來的應答。徽標上顯示已等待的秒數；普通的阻塞通訊端會永遠等下去。</translation>
        </message>
        <message>
            <source>Cancel ends the wait. A Python program cannot do that from outside the call: it needs a timeout, or another thread.</source>
            <translation>“取消”結束等待。Python 程式無法從呼叫外部做到這一點：它需要逾時，或者另一個執行緒。</translation>
        </message>
        <message>
            <source>settimeout(1.0): the same recv() now gives up after one second with socket.timeout ('timed out').</source>
            <translation>settimeout(1.0)：同一個 recv() 現在會在 1 秒後放棄，丟擲 socket.timeout（'timed out'）。</translation>
        </message>
        <message>
            <source>Receive: one more recv(), which times out.</source>
            <translation>接收：再呼叫一次 recv()，這次會逾時。</translation>
        </message>
        <message>
            <source>setblocking(False) takes a new connection here. A non-blocking recv() never waits: with nothing to read it fails at once with EWOULDBLOCK (BlockingIOError), so a program waits in select() instead.</source>
            <translation>在這裡，setblocking(False) 需要新建連線才能生效。非阻塞的 recv() 從不等待：沒有資料可讀時，它立即以 EWOULDBLOCK（BlockingIOError）失敗，因此程式改為在 select() 中等待。</translation>
        </message>
        <message>
            <source>Reconnect in non-blocking mode. The tab now waits in its event loop and reads whenever data comes; the timeline shows which calls blocked and for how long.</source>
            <translation>以非阻塞模式重新連線。分頁現在在其事件迴圈中等待，一有資料到來就讀取；時間線顯示哪些呼叫阻塞過、阻塞了多久。</translation>
        </message>
        <message>
            <source>Partial send into a peer that does not read</source>
            <translation>向不讀取的對端進行部分發送</translation>
        </message>
        <message>
            <source>send() moves only what fits in the socket buffers; the rest waits until the peer reads.</source>
            <translation>send() 只送出通訊端緩衝區能容納的部分；其餘資料要等對端讀取後才能傳送。</translation>
        </message>
        <message>
            <source>001: send and recv may move fewer bytes than asked; sendall</source>
            <translation>001：send 和 recv 實際傳輸的位元組數可能少於請求的數量；sendall</translation>
        </message>
        <message>
            <source>A server that will stop reading its connections.</source>
            <translation>一個將停止讀取其連線的伺服器。</translation>
        </message>
        <message>
            <source>Pause reading: whatever clients send now piles up in the kernel's buffers.</source>
            <translation>暫停讀取：客戶端此後傳送的資料都堆積在核心的緩衝區中。</translation>
        </message>
        <message>
            <source>The client hands 16 MiB to send(). The call moves only what fits in its send buffer and the server's receive buffer and reports that count: a partial send. The rest waits in the client's queue.</source>
            <translation>客戶端把 16 MiB 交給 send()。該呼叫只送出其傳送緩衝區和伺服器接收緩衝區能容納的部分，並返回這個位元組數：這就是部分發送。其餘資料在客戶端的佇列中等待。</translation>
        </message>
        <message>
            <source>Resume reading: the server drains its buffer, send() can move more, and all 16 MiB arrive. This is what Python's sendall() loops over for you.</source>
            <translation>恢復讀取：伺服器清空它的緩衝區，send() 又能送出更多資料，16 MiB 全部到達。這正是 Python 的 sendall() 替你迴圈完成的工作。</translation>
        </message>
        <message>
            <source>UDP with nobody listening</source>
            <translation>無人監聽時的 UDP</translation>
        </message>
        <message>
            <source>sendto() to a closed port succeeds; a connected UDP socket hears the ICMP answer as ECONNREFUSED.</source>
            <translation>向已關閉的埠 sendto() 會成功；已連線的 UDP 通訊端則會以 ECONNREFUSED 的形式得知 ICMP 應答。</translation>
        </message>
        <message>
            <source>003: UDP sendto with nobody listening does not fail</source>
            <translation>003：無人監聽時 UDP sendto 不會失敗</translation>
        </message>
        <message>
            <source>A UDP socket borrows a free port from the OS...</source>
            <translation>一個 UDP 通訊端向作業系統借用一個空閒埠...</translation>
        </message>
        <message>
            <source>...and closes it. Nobody listens on UDP port ${probe.port} now.</source>
            <translation>...然後關閉它。現在 UDP 埠 ${probe.port} 上無人監聽。</translation>
        </message>
        <message>
            <source>An unconnected client sends with sendto(). The call succeeds: UDP has no connection, and the datagram is silently lost. The seed: 'sendto with nobody listening does not fail'.</source>
            <translation>未連線的客戶端用 sendto() 傳送。呼叫成功：UDP 沒有連線，資料報被悄無聲息地丟棄。原教程：“無人監聽時 sendto 不會失敗”。</translation>
        </message>
        <message>
            <source>A connected UDP socket (connect(), then send()) is told: the ICMP 'port unreachable' that came back surfaces as ECONNREFUSED on its next call.</source>
            <translation>已連線的 UDP 通訊端（先 connect()，再 send()）會得到通知：返回的 ICMP 'port unreachable'（埠不可達）會在它的下一次呼叫中以 ECONNREFUSED 的形式出現。</translation>
        </message>
        <message>
            <source>The unconnected client still has no error at all: only a connected socket is told.</source>
            <translation>未連線的客戶端仍然沒有任何錯誤：只有已連線的通訊端才會得到通知。</translation>
        </message>
        <message>
            <source>UDP truncation</source>
            <translation>UDP 截斷</translation>
        </message>
        <message>
            <source>A datagram larger than the recvfrom() buffer is cut, and the rest is lost for good.</source>
            <translation>大於 recvfrom() 緩衝區的資料報會被截斷，剩餘部分永久丟失。</translation>
        </message>
        <message>
            <source>003: a datagram larger than the recvfrom buffer is cut (Linux, macOS) or an error (Windows)</source>
            <translation>003：大於 recvfrom 緩衝區的資料報會被截斷（Linux、macOS）或導致錯誤（Windows）</translation>
        </message>
        <message>
            <source>A UDP server whose recvfrom() asks for 16 bytes at a time.</source>
            <translation>一個 UDP 伺服器，其 recvfrom() 每次只請求 16 個位元組。</translation>
        </message>
        <message>
            <source>A UDP client.</source>
            <translation>一個 UDP 客戶端。</translation>
        </message>
        <message>
            <source>One 100-byte datagram. recvfrom(16) keeps its first 16 bytes and the other 84 are gone (Windows fails the call with WSAEMSGSIZE instead). TCP would have kept them for the next recv().</source>
            <translation>一個 100 位元組的資料報。recvfrom(16) 保留其前 16 個位元組，其餘 84 個位元組丟失（Windows 則讓該呼叫以 WSAEMSGSIZE 失敗）。換作 TCP，這些位元組會留給下一次 recv()。</translation>
        </message>
        <message>
            <source>Byte order: a port and a length prefix</source>
            <translation>位元組序：埠與長度字首</translation>
        </message>
        <message>
            <source>Network order is big-endian: see htons() on a port, the port inside a sockaddr, and struct.pack('&gt;I') on a length prefix.</source>
            <translation>網路位元組序是大端：看看對埠呼叫 htons()、sockaddr 中存放的埠，以及用 struct.pack('&gt;I') 生成的長度字首。</translation>
        </message>
        <message>
            <source>001 and 004: ntohl, htonl, ntohs, htons; struct.pack('&gt;H', 256)</source>
            <translation>001 與 004：ntohl、htonl、ntohs、htons；struct.pack('&gt;H', 256)</translation>
        </message>
        <message>
            <source>A server that frames its answers with a 4-byte length.</source>
            <translation>一個用 4 位元組長度為應答分幀的伺服器。</translation>
        </message>
        <message>
            <source>Port ${server.port} as a 16-bit number: htons() puts its high byte first, network order (big-endian). Most machines are little-endian, so in memory the bytes are the other way round.</source>
            <translation>把埠 ${server.port} 看作 16 位整數：htons() 把高位位元組放在前面，即網路位元組序（大端）。大多數機器是小端，所以在記憶體中這兩個位元組的順序正好相反。</translation>
        </message>
        <message>
            <source>Inside the sockaddr that bind() got, the port is stored in network order: ${server.portHex}.</source>
            <translation>在傳給 bind() 的 sockaddr 中，埠以網路位元組序存放：${server.portHex}。</translation>
        </message>
        <message>
            <source>It sends a framed command: struct.pack('&gt;I', 6) + b'whoami'. The answer comes back framed the same way: 4 bytes of length, then 13 bytes of text.</source>
            <translation>它傳送一條分幀的命令：struct.pack('&gt;I', 6) + b'whoami'。應答也以同樣的方式分幀返回：4 位元組長度，然後是 13 位元組文字。</translation>
        </message>
        <message>
            <source>struct.pack('&gt;I', 13) is 00 00 00 0d, the answer's prefix. Read with '&lt;I' (little-endian) the same bytes would say 218103808.</source>
            <translation>struct.pack('&gt;I', 13) 的結果是 00 00 00 0d，即應答的字首。若用 '&lt;I'（小端）讀取，同樣的位元組會得到 218103808。</translation>
        </message>
        <message>
            <source>The QQ chat</source>
            <translation>QQ 聊天</translation>
        </message>
        <message>
            <source>Two UDP chat peers with a contact book: sendto() a name's address, recvfrom() tells who wrote.</source>
            <translation>兩個帶通訊錄的 UDP 聊天端：用 sendto() 發往某個名稱對應的位址，recvfrom() 告訴你是誰發來的。</translation>
        </message>
        <message>
            <source>003: the QQ chat on 127.0.0.1:8081 with its contact book</source>
            <translation>003：127.0.0.1:8081 上帶通訊錄的 QQ 聊天</translation>
        </message>
        <message>
            <source>Alice's chat: one UDP socket bound to a port, and a contact book that maps names to addresses.</source>
            <translation>Alice 的聊天：一個繫結到埠的 UDP 通訊端，以及一個把名稱對映到位址的通訊錄。</translation>
        </message>
        <message>
            <source>TOM has Alice in his contact book (the seed's qq_name_dic) and sends her a message with sendto(). Alice does not know TOM yet: recvfrom() only tells her the sender's address.</source>
            <translation>TOM 的通訊錄（原教程中的 qq_name_dic）裡有 Alice，他用 sendto() 給她發了一條訊息。Alice 還不認識 TOM：recvfrom() 只告訴她傳送方的位址。</translation>
        </message>
        <message>
            <source>Alice answers the address the message came from.</source>
            <translation>Alice 回覆訊息的來源位址。</translation>
        </message>
        <message>
            <source>The seed colours its messages with ANSI escapes such as \033[1;44m. SockLab draws them as colour, and never reads anything received as markup.</source>
            <translation>原教程用 \033[1;44m 這類 ANSI 轉義序列給訊息著色。SockLab 將其顯示為顏色，並且從不把收到的任何內容當作標記來解析。</translation>
        </message>
        <message>
            <source>Sticky packets and framing</source>
            <translation>粘包與分幀</translation>
        </message>
        <message>
            <source>TCP is a stream: messages glue together or split anywhere. A length prefix puts the boundaries back.</source>
            <translation>TCP 是位元組流：訊息可能粘在一起，也可能在任意位置被拆開。長度字首可以恢復訊息邊界。</translation>
        </message>
        <message>
            <source>001: message framing; 003: the remote command server's sticky packets (made safe: nothing is run)</source>
            <translation>001：訊息分幀；003：遠端命令伺服器的粘包問題（已做安全處理：不執行任何命令）</translation>
        </message>
        <message>
            <source>The framing lab: a server that answers a few built-in commands (help, whoami, big N). Nothing is ever run.</source>
            <translation>分幀實驗：一個響應幾條內建命令（help、whoami、big N）的伺服器。從不執行任何程式。</translation>
        </message>
        <message>
            <source>Three commands in one send(). TCP keeps no message boundaries: one recv() on the server got all three, and the three answers may arrive glued together on the client. These are the 'sticky packets'.</source>
            <translation>一次 send() 傳送三條命令。TCP 不保留訊息邊界：伺服器的一次 recv() 就收到了全部三條，而三個應答到達客戶端時也可能粘在一起。這就是“粘包”。</translation>
        </message>
        <message>
            <source>One command with a 5000-byte answer. The seed's client reads with recv(1024), so it gets the answer in pieces and the rest mixed into its next reply.</source>
            <translation>一條命令，應答有 5000 位元組。原教程的客戶端用 recv(1024) 讀取，因此只能分段拿到應答，剩下的部分還會混進它的下一個應答裡。</translation>
        </message>
        <message>
            <source>Frame the messages: each one now starts with its length as 4 big-endian bytes, struct.pack('&gt;I', n).</source>
            <translation>為訊息分幀：現在每條訊息都以 4 位元組大端表示的長度開頭，即 struct.pack('&gt;I', n)。</translation>
        </message>
        <message>
            <source>A framed 'big 3000'. The receiver reads 4 bytes, then exactly that many: every answer comes out whole, however TCP splits the stream.</source>
            <translation>一條分幀的 'big 3000'。接收方先讀 4 個位元組，再準確讀取其所示數量的位元組：無論 TCP 如何拆分資料流，每個應答都完整無缺。</translation>
        </message>
        <message>
            <source>IPv6 and getaddrinfo results</source>
            <translation>IPv6 與 getaddrinfo 的結果</translation>
        </message>
        <message>
            <source>An IPv6 server on [::1], a client by address and one by name: getaddrinfo may give several addresses, tried in turn.</source>
            <translation>一個位於 [::1] 的 IPv6 伺服器，一個按位址連線的客戶端和一個按名稱連線的客戶端：getaddrinfo 可能返回多個位址，並依次嘗試。</translation>
        </message>
        <message>
            <source>004: AF_INET6 address tuples; getaddrinfo returning several results; localhost may not be what you think</source>
            <translation>004：AF_INET6 位址元組；getaddrinfo 返回多個結果；localhost 未必是你以為的那樣</translation>
        </message>
        <message>
            <source>A server on the IPv6 loopback address ::1. Written with brackets, [::1]:port, so the colons of the address and of the port do not mix.</source>
            <translation>一個位於 IPv6 回送位址 ::1 上的伺服器。寫成帶方括號的形式 [::1]:port，這樣位址中的冒號就不會與埠前的冒號混淆。</translation>
        </message>
        <message>
            <source>This machine has no IPv6 loopback (::1): the IPv6 socket or its address was refused. This scenario needs IPv6; the rest of SockLab works without it.</source>
            <translation>本機沒有 IPv6 回送位址（::1）：IPv6 通訊端或其位址被拒絕。本場景需要 IPv6；SockLab 的其餘功能沒有 IPv6 也能正常使用。</translation>
        </message>
        <message>
            <source>A client to [::1]: an AF_INET6 socket, whose address tuple has four parts in Python: (host, port, flowinfo, scope_id).</source>
            <translation>連線到 [::1] 的客戶端：一個 AF_INET6 通訊端，在 Python 中其位址元組有四個部分：(host, port, flowinfo, scope_id)。</translation>
        </message>
        <message>
            <source>A client by name: getaddrinfo('localhost') answers with every address the system has for it, IPv6 and IPv4, in its preferred order, and connect() tries them in turn. Only ::1 listens, so where localhost means 127.0.0.1 alone (as /etc/hosts often says) the connection is refused: a name is not an address.</source>
            <translation>按名稱連線的客戶端：getaddrinfo('localhost') 按系統偏好的順序返回該名稱對應的所有位址（IPv6 和 IPv4），connect() 依次嘗試。只有 ::1 在監聽，所以如果 localhost 只對應 127.0.0.1（/etc/hosts 常常這樣寫），連線就會被拒絕：名稱不等於位址。</translation>
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
            <translation>執行下一個步驟</translation>
        </message>
        <message>
            <source>Run to the &amp;end</source>
            <translation>執行到結束(&amp;E)</translation>
        </message>
        <message>
            <source>Run every remaining step</source>
            <translation>執行所有剩餘步驟</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>Stop the scenario; its tabs stay open</source>
            <translation>停止場景；其分頁保持開啟</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>重新開始(&amp;R)</translation>
        </message>
        <message>
            <source>Close the scenario's tabs and start again</source>
            <translation>關閉該場景的分頁並重新開始</translation>
        </message>
        <message>
            <source>Copy as &amp;Python</source>
            <translation>複製為 Python(&amp;P)</translation>
        </message>
        <message>
            <source>Copy the scenario's client calls as one Python script, to run while its servers still listen</source>
            <translation>將該場景中客戶端的呼叫複製為一個 Python 指令碼，可在其伺服器仍在監聽時執行</translation>
        </message>
        <message>
            <source>Stopped. The tabs stay open: look around, or Restart.</source>
            <translation>已停止。分頁保持開啟：可以四處看看，或者點選“重新開始”。</translation>
        </message>
        <message>
            <source>Done: every step's outcome was seen.</source>
            <translation>完成：每個步驟的結果都已看到。</translation>
        </message>
        <message>
            <source>No scenario running</source>
            <translation>沒有正在執行的場景</translation>
        </message>
        <message>
            <source>Choose one from the Scenarios menu or the start page.</source>
            <translation>請從“場景”選單或起始頁中選擇一個。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>%1
From the sources: %2</source>
            <translation>%1
出自原始資料：%2</translation>
        </message>
        <message>
            <source>Waiting for: %1</source>
            <translation>正在等待：%1</translation>
        </message>
        <message>
            <source>Step %1 of %2 done. Next step when you are ready.</source>
            <translation>第 %1 步（共 %2 步）已完成。準備好後請點選“下一步”。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioRunner</name>
        <message>
            <source>%1 (seen: %2)</source>
            <translation>%1（實際：%2）</translation>
        </message>
        <message>
            <source>waited %1 s, not met: %2</source>
            <translation>已等待 %1 s，條件未滿足：%2</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>步驟 %1：%2</translation>
        </message>
        <message>
            <source>%1: tab %2 has no address yet (not started?)</source>
            <translation>%1：分頁 %2 還沒有位址（尚未啟動？）</translation>
        </message>
        <message>
            <source>%1: unknown field (port, portHex, local)</source>
            <translation>%1：未知欄位（port、portHex、local）</translation>
        </message>
        <message>
            <source>tab %1 is not open</source>
            <translation>分頁 %1 未開啟</translation>
        </message>
        <message>
            <source>reply: %1</source>
            <translation>reply：%1</translation>
        </message>
        <message>
            <source>tab %1 has no reply mode</source>
            <translation>分頁 %1 沒有回覆模式</translation>
        </message>
        <message>
            <source>reply: the tab refused this mode</source>
            <translation>reply：該分頁拒絕了此模式</translation>
        </message>
        <message>
            <source>%1 works on a TCP client tab; %2 is not one</source>
            <translation>%1 只能用於 TCP 客戶端分頁；%2 不是</translation>
        </message>
        <message>
            <source>mode: %1 is not blocking, timeout or nonblocking</source>
            <translation>mode：%1 不是 blocking、timeout 或 nonblocking</translation>
        </message>
        <message>
            <source>spec %1: %2</source>
            <translation>規格 %1：%2</translation>
        </message>
        <message>
            <source>the window did not open %1</source>
            <translation>視窗未能開啟 %1</translation>
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
            <translation>聊天中沒有聯絡人 %1</translation>
        </message>
        <message>
            <source>the chat could not send (see its errors)</source>
            <translation>聊天無法傳送（請檢視它的錯誤）</translation>
        </message>
        <message>
            <source>send: a TCP server sends from its clients list; use click</source>
            <translation>send：TCP 伺服器要從它的客戶端列表傳送；請使用 click</translation>
        </message>
        <message>
            <source>the window</source>
            <translation>視窗</translation>
        </message>
        <message>
            <source>tab %1</source>
            <translation>分頁 %1</translation>
        </message>
        <message>
            <source>no widget %1 in %2</source>
            <translation>%2 中沒有控制元件 %1</translation>
        </message>
        <message>
            <source>%1 is not a button</source>
            <translation>%1 不是按鈕</translation>
        </message>
        <message>
            <source>%1 in %2 is disabled</source>
            <translation>%2 中的 %1 已禁用</translation>
        </message>
        <message>
            <source>%1 is not a check box</source>
            <translation>%1 不是複選框</translation>
        </message>
        <message>
            <source>%1 offers no %2</source>
            <translation>%1 中沒有選項 %2</translation>
        </message>
        <message>
            <source>%1 is not a field that can be set</source>
            <translation>%1 不是可設定的欄位</translation>
        </message>
        <message>
            <source>%1 is not a list</source>
            <translation>%1 不是列表</translation>
        </message>
        <message>
            <source>the window has no byte-order inspector</source>
            <translation>視窗中沒有位元組序檢查器</translation>
        </message>
        <message>
            <source>width: 16, 32 or 64</source>
            <translation>width：16、32 或 64</translation>
        </message>
        <message>
            <source>this window has no call timeline</source>
            <translation>此視窗沒有呼叫時間線</translation>
        </message>
        <message>
            <source>%1 lanes</source>
            <translation>%1 條泳道</translation>
        </message>
        <message>
            <source>no byte-order inspector</source>
            <translation>沒有位元組序檢查器</translation>
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
            <translation>沒有錯誤</translation>
        </message>
        <message>
            <source>errors %1</source>
            <translation>錯誤：%1</translation>
        </message>
        <message>
            <source>found</source>
            <translation>已找到</translation>
        </message>
        <message>
            <source>%1 %2 rows, none with it</source>
            <translation>%2 共 %1 行，均不含該內容</translation>
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
            <translation>第 %1 列：“%2”無法用 Latin-1 編碼</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六進位</translation>
        </message>
        <message>
            <source>Text: typed characters with escapes (\n, \t, \xNN).
Hex: bytes as hex digits ("de ad be ef", "de:ad", "0xde 0xad").</source>
            <translation>文字：輸入的字元，可使用轉義（\n、\t、\xNN）。
十六進位：用十六進位數字表示的位元組（“de ad be ef”、“de:ad”、“0xde 0xad”）。</translation>
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
            <translation>輸入的字元如何轉換為位元組（在任何編碼下，\xNN 轉義都表示原始位元組）</translation>
        </message>
        <message>
            <source>No line ending</source>
            <translation>無行尾符</translation>
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
            <translation>要傳送的文字。轉義：\n \r \t \0 \\ \xNN。Ctrl+Enter 傳送；上下方向鍵可調出之前的訊息。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>重複傳送，每隔</translation>
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
            <translation>傳送檔案…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>傳送</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>檢查中…</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 位元組</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>無效</translation>
        </message>
        <message>
            <source>%1 / %2 sent</source>
            <translation>已傳送 %1 / %2</translation>
        </message>
        <message>
            <source>%1 sent</source>
            <translation>已傳送 %1</translation>
        </message>
        <message>
            <source>Send File</source>
            <translation>傳送檔案</translation>
        </message>
        <message>
            <source>%1 characters, too many to edit comfortably here: they are sent as they are.
%2…</source>
            <translation>共 %1 個字元，太多了，不便在此編輯：將按原樣傳送。
%2…</translation>
        </message>
    </context>
    <context>
        <name>ServerClientsPanel</name>
        <message>
            <source>&amp;Send</source>
            <translation>傳送(&amp;S)</translation>
        </message>
        <message>
            <source>Send the composer's bytes to the selected clients</source>
            <translation>將編輯區中的位元組傳送給選中的客戶端</translation>
        </message>
        <message>
            <source>Shut&amp;down write</source>
            <translation>關閉寫入(&amp;D)</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): send FIN (half-close). The client's recv() returns 0; it may still send to us.</source>
            <translation>shutdown(SHUT_WR)：傳送 FIN（半關閉）。客戶端的 recv() 返回 0；它仍可以向我們傳送資料。</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <source>close(): a graceful close, FIN after the data</source>
            <translation>close()：正常關閉，在資料之後傳送 FIN</translation>
        </message>
        <message>
            <source>&amp;Abort (RST)</source>
            <translation>中止（RST）(&amp;A)</translation>
        </message>
        <message>
            <source>SO_LINGER 0, then close(): the connection is reset; the client sees ECONNRESET</source>
            <translation>SO_LINGER 設為 0，再 close()：連線被重置；客戶端會看到 ECONNRESET</translation>
        </message>
        <message>
            <source>Send to a&amp;ll</source>
            <translation>傳送給全部(&amp;L)</translation>
        </message>
        <message>
            <source>Send the composer's bytes to every open connection</source>
            <translation>將編輯區中的位元組傳送給每個開啟的連線</translation>
        </message>
        <message>
            <source>Clear cl&amp;osed</source>
            <translation>清除已關閉(&amp;O)</translation>
        </message>
        <message>
            <source>Remove closed and reset connections from the list</source>
            <translation>從列表中移除已關閉和已重置的連線</translation>
        </message>
        <message numerus="yes">
            <source>Clients: %n connected</source>
            <translation>
                <numerusform>客戶端：%n 個已連線</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clients: %n connected, %1 closed</source>
            <translation>
                <numerusform>客戶端：%n 個已連線，%1 個已關閉</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerFileSends</name>
        <message>
            <source>File %1 not sent: a file is still being sent here</source>
            <translation>檔案 %1 未傳送：這裡仍有檔案正在傳送</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket</source>
            <translation>檔案 %1：全部 %2 位元組已交給通訊端</translation>
        </message>
        <message>
            <source>File %1 failed: %2</source>
            <translation>檔案 %1 傳送失敗：%2</translation>
        </message>
        <message>
            <source>File %1: stopped after %2 of %3 bytes: the connection closed</source>
            <translation>檔案 %1：已傳送 %2/%3 位元組後停止：連線已關閉</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsBar</name>
        <message>
            <source>listen(backlog): how many finished handshakes may wait for accept(). The OS caps it (SOMAXCONN).</source>
            <translation>listen(backlog)：最多可以有多少個已完成握手的連線等待 accept()。作業系統會限制其上限（SOMAXCONN）。</translation>
        </message>
        <message>
            <source>&amp;Backlog:</source>
            <translation>積壓佇列(&amp;B)：</translation>
        </message>
        <message>
            <source>lets the server restart while old connections sit in TIME_WAIT</source>
            <translation>允許在舊連線仍處於 TIME_WAIT 狀態時重啟伺服器</translation>
        </message>
        <message>
            <source>SO_REUSEADDR %1. Not applied on Windows, where it would let another program bind the same port.</source>
            <translation>SO_REUSEADDR %1。在 Windows 上不會應用，因為在那裡它會允許其他程式繫結同一埠。</translation>
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
            <translation>啟動(&amp;S)</translation>
        </message>
        <message>
            <source>Close the listener and every connection</source>
            <translation>關閉監聽通訊端和所有連線</translation>
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
            <translation>設定</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>系統預設（%1）</translation>
        </message>
        <message>
            <source>SockLab will use this language after a restart.</source>
            <translation>SockLab 將在重啟後使用此語言。</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Restart Now</source>
            <translation>立即重啟(&amp;R)</translation>
        </message>
        <message>
            <source>Save, close SockLab as Quit does and start it again</source>
            <translation>儲存，像“退出”一樣關閉 SockLab，然後重新啟動</translation>
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
            <translation>在 select() 的 rlist 中：有連線在積壓佇列（backlog）中等待；accept() 不會阻塞。</translation>
        </message>
        <message>
            <source>In select()'s rlist: recv() would not block (data, EOF or an error waits).</source>
            <translation>在 select() 的 rlist 中：recv() 不會阻塞（有資料、EOF 或錯誤等待處理）。</translation>
        </message>
        <message>
            <source>In select()'s wlist: send() would not block (there is room in the send buffer).</source>
            <translation>在 select() 的 wlist 中：send() 不會阻塞（傳送緩衝區還有空間）。</translation>
        </message>
        <message>
            <source>An error is pending on the socket (POLLERR); SO_ERROR says which.</source>
            <translation>通訊端上有待處理的錯誤（POLLERR）；SO_ERROR 會說明是哪個錯誤。</translation>
        </message>
        <message>
            <source>FIONREAD: bytes in the receive buffer that recv() would return now. A server that stops reading (or a blocking client before Receive) leaves them here.</source>
            <translation>FIONREAD：接收緩衝區中 recv() 現在就能返回的位元組數。停止讀取的伺服器（或尚未點選“接收”的阻塞客戶端）會讓這些位元組留在這裡。</translation>
        </message>
        <message>
            <source>Bytes in the OS's send buffer not yet acknowledged by the peer (Linux SIOCOUTQ, macOS SO_NWRITE; Windows does not say).</source>
            <translation>作業系統傳送緩衝區中尚未被對端確認的位元組（Linux 用 SIOCOUTQ，macOS 用 SO_NWRITE；Windows 不提供）。</translation>
        </message>
        <message>
            <source>SockLab's own queue: bytes accepted by Send that the OS has not taken yet, because the socket's send buffer is full (the peer does not read).</source>
            <translation>SockLab 自己的佇列：已被“傳送”接受、但作業系統尚未取走的位元組，因為通訊端的傳送緩衝區已滿（對端沒有讀取）。</translation>
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
            <translation>該通訊端在呼叫時間線和跟蹤記錄中的 ID</translation>
        </message>
        <message>
            <source>Socket</source>
            <translation>通訊端</translation>
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
            <translation>對端</translation>
        </message>
        <message>
            <source>Readable</source>
            <translation>可讀</translation>
        </message>
        <message>
            <source>Writable</source>
            <translation>可寫</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>待讀取</translation>
        </message>
        <message>
            <source>Unsent</source>
            <translation>未傳送</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>排隊中</translation>
        </message>
        <message>
            <source>listener</source>
            <translation>監聽通訊端</translation>
        </message>
        <message>
            <source>client</source>
            <translation>客戶端</translation>
        </message>
    </context>
    <context>
        <name>SocketOptionsEditor</name>
        <message>
            <source>&amp;Reload</source>
            <translation>重新讀取(&amp;R)</translation>
        </message>
        <message>
            <source>getsockopt() every option again</source>
            <translation>對每個選項重新呼叫 getsockopt()</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>讀取</translation>
        </message>
        <message>
            <source>getsockopt(%1): read-only</source>
            <translation>getsockopt(%1)：只讀</translation>
        </message>
        <message>
            <source>on</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>On with 0 s: close() sends RST</source>
            <translation>啟用且為 0 s：close() 會發送 RST</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>0 (none)</source>
            <translation>0（無）</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>setsockopt(%1, %2, …), then getsockopt to read back what the OS kept</source>
            <translation>setsockopt(%1, %2, …)，然後用 getsockopt 讀回作業系統實際保留的值</translation>
        </message>
        <message>
            <source>Options of socket #%1 (%2, %3%4)</source>
            <translation>通訊端 #%1 的選項（%2，%3%4）</translation>
        </message>
        <message>
            <source>Select a socket to see its options</source>
            <translation>選擇一個通訊端以檢視其選項</translation>
        </message>
        <message>
            <source>IPv6 sockets only</source>
            <translation>僅限 IPv6 通訊端</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 失敗：%2</translation>
        </message>
        <message>
            <source>the session has stopped</source>
            <translation>會話已停止</translation>
        </message>
    </context>
    <context>
        <name>SocketOptionsModel</name>
        <message>
            <source>Set %1, the OS reports %2.</source>
            <translation>已設定為 %1，作業系統報告為 %2。</translation>
        </message>
        <message>
            <source>Set %1.</source>
            <translation>已設定為 %1。</translation>
        </message>
        <message>
            <source>Not available on this OS. %1</source>
            <translation>此作業系統不支援。%1</translation>
        </message>
        <message>
            <source>not on this OS</source>
            <translation>此作業系統不支援</translation>
        </message>
        <message>
            <source>(reading clears it)</source>
            <translation>（讀取後即清除）</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>選項</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>級別</translation>
        </message>
        <message>
            <source>Value (read back)</source>
            <translation>值（讀回）</translation>
        </message>
        <message>
            <source>Set to</source>
            <translation>設定為</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>on</source>
            <translation>啟用</translation>
        </message>
        <message>
            <source>off</source>
            <translation>禁用</translation>
        </message>
        <message>
            <source>on, %1 s</source>
            <translation>啟用，%1 s</translation>
        </message>
    </context>
    <context>
        <name>SocketsPanel</name>
        <message>
            <source>Writable</source>
            <translation>可寫</translation>
        </message>
        <message>
            <source>Readable / Writable / Error: what select(rlist, wlist, xlist) would say now. A session on the I/O thread reads at once, so its sockets rarely look readable; a server that stops reading, or a blocking client before Receive, leaves the bytes waiting (To read).</source>
            <translation>可讀 / 可寫 / 錯誤：select(rlist, wlist, xlist) 此刻會給出的結果。I/O 執行緒上的會話會立即讀取，因此其通訊端很少顯示為可讀；停止讀取的伺服器，或尚未點選“接收”的阻塞客戶端，會讓位元組留在緩衝區中等待（“待讀取”）。</translation>
        </message>
        <message>
            <source>No tab</source>
            <translation>無分頁</translation>
        </message>
        <message>
            <source>%1: no open socket</source>
            <translation>%1：沒有開啟的通訊端</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n socket(s)</source>
            <translation>
                <numerusform>%1：%n 個通訊端</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No tabs open</source>
            <translation>沒有開啟的分頁</translation>
        </message>
        <message>
            <source>Open a server, a client or a chat, open a saved workspace (File ▸ Open Workspace), or learn by running a guided scenario.</source>
            <translation>開啟一個伺服器、客戶端或聊天，開啟已儲存的工作區（檔案 ▸ 開啟工作區），或者執行一個引導式場景來學習。</translation>
        </message>
        <message>
            <source>Guided scenarios</source>
            <translation>引導式場景</translation>
        </message>
        <message>
            <source>Each one opens the tabs it needs on 127.0.0.1, runs the lesson step by step with a short explanation, and points at where it shows.</source>
            <translation>每個場景都會在 127.0.0.1 上開啟所需的分頁，逐步執行課程並附上簡短說明，同時指出結果顯示在哪裡。</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>執行</translation>
        </message>
        <message>
            <source>Run scenario %1: %2</source>
            <translation>執行場景 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>StatusTotals</name>
        <message>
            <source>Totals across all tabs</source>
            <translation>所有分頁的合計</translation>
        </message>
        <message>
            <source>Totals across all tabs; each tab's error panel lists its errors</source>
            <translation>所有分頁的合計；各分頁的錯誤面板會列出其錯誤</translation>
        </message>
        <message>
            <source>Tabs: %1</source>
            <translation>分頁：%1</translation>
        </message>
        <message>
            <source>Connections: %1</source>
            <translation>連線：%1</translation>
        </message>
        <message>
            <source>In: %1</source>
            <translation>接收：%1</translation>
        </message>
        <message>
            <source>Out: %1</source>
            <translation>傳送：%1</translation>
        </message>
        <message>
            <source>Errors: %1</source>
            <translation>錯誤：%1</translation>
        </message>
    </context>
    <context>
        <name>StructPackSection</name>
        <message>
            <source>&gt;H  (&lt; little, &gt; or ! big-endian, = native order)</source>
            <translation>&gt;H  （&lt; 小端，&gt; 或 ! 大端，= 本機位元組序）</translation>
        </message>
        <message>
            <source>values separated by spaces, e.g. 256</source>
            <translation>以空格分隔的值，例如 256</translation>
        </message>
        <message>
            <source>bytes in hex, e.g. 01 00</source>
            <translation>十六進位位元組，例如 01 00</translation>
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
            <translation>pack() 結果：</translation>
        </message>
        <message>
            <source>Bytes (hex):</source>
            <translation>位元組（十六進位）：</translation>
        </message>
        <message>
            <source>unpack() gives:</source>
            <translation>unpack() 結果：</translation>
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
            <translation>錯誤：%1</translation>
        </message>
        <message>
            <source>(no bytes)</source>
            <translation>（無位元組）</translation>
        </message>
        <message>
            <source>Hex, %1</source>
            <translation>十六進位，%1</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>位元組</translation>
        </message>
        <message>
            <source>(no values)</source>
            <translation>（無值）</translation>
        </message>
    </context>
    <context>
        <name>TcpClientTab</name>
        <message>
            <source>Not connected</source>
            <translation>未連線</translation>
        </message>
        <message>
            <source>Rec&amp;eive</source>
            <translation>接收(&amp;E)</translation>
        </message>
        <message>
            <source>One more recv(): wait for what the server sends next</source>
            <translation>再呼叫一次 recv()：等待伺服器接下來發送的資料</translation>
        </message>
        <message>
            <source>Shut&amp;down write</source>
            <translation>關閉寫入(&amp;D)</translation>
        </message>
        <message>
            <source>shutdown(SHUT_WR): the server reads EOF; you can still receive</source>
            <translation>shutdown(SHUT_WR)：伺服器會讀到 EOF；你仍然可以接收</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>關閉(&amp;L)</translation>
        </message>
        <message>
            <source>close(): a graceful FIN</source>
            <translation>close()：正常關閉，傳送 FIN</translation>
        </message>
        <message>
            <source>&amp;Abort</source>
            <translation>中止(&amp;A)</translation>
        </message>
        <message>
            <source>SO_LINGER 0, then close(): the server gets ECONNRESET</source>
            <translation>SO_LINGER 0，然後 close()：伺服器會收到 ECONNRESET</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>%1 — the server closed its side (recv() returned 0); you can still send</source>
            <translation>%1——伺服器關閉了它那一端（recv() 返回 0）；你仍然可以傳送</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>錯誤（%1）</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket</source>
            <translation>檔案 %1：全部 %2 位元組已交給通訊端</translation>
        </message>
        <message>
            <source>File %1: reading stopped: %2</source>
            <translation>檔案 %1：讀取中止：%2</translation>
        </message>
        <message>
            <source>Client %1</source>
            <translation>客戶端 %1</translation>
        </message>
        <message>
            <source>(applies on Reconnect)</source>
            <translation>（重新連線時生效）</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>無法連線：%1</translation>
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>已斷開連線</translation>
        </message>
        <message>
            <source>File %1 cannot be read: %2</source>
            <translation>無法讀取檔案 %1：%2</translation>
        </message>
        <message>
            <source>Sending file %1 (%2 bytes) in %3 KiB chunks</source>
            <translation>正在以 %3 KiB 的塊傳送檔案 %1（%2 位元組）</translation>
        </message>
        <message>
            <source>%1 — write side shut down: the server reads EOF</source>
            <translation>%1——寫入端已關閉：伺服器會讀到 EOF</translation>
        </message>
        <message>
            <source>%1 resolved in %2 ms: %3</source>
            <translation>%1 解析用時 %2 ms：%3</translation>
        </message>
        <message>
            <source>%1 has no address to connect to</source>
            <translation>%1 沒有可連線的位址</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在連線到 %1…</translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>無法解析 %1：%2</translation>
        </message>
        <message>
            <source>Connected %1 → %2</source>
            <translation>已連線 %1 → %2</translation>
        </message>
        <message>
            <source>File %1: stopped after %2 of %3 bytes: the connection closed</source>
            <translation>檔案 %1：傳送了 %3 位元組中的 %2 位元組後停止：連線已關閉</translation>
        </message>
        <message>
            <source>Closed by peer</source>
            <translation>已被對端關閉</translation>
        </message>
        <message>
            <source>Reset by peer (ECONNRESET)</source>
            <translation>已被對端重置（ECONNRESET）</translation>
        </message>
        <message>
            <source>Aborted: RST sent (SO_LINGER 0)</source>
            <translation>已中止：已傳送 RST（SO_LINGER 0）</translation>
        </message>
        <message>
            <source>Closed after an error: %1</source>
            <translation>因錯誤而關閉：%1</translation>
        </message>
        <message>
            <source>Could not connect</source>
            <translation>連線失敗</translation>
        </message>
        <message>
            <source>Could not connect: %1</source>
            <translation>連線失敗：%1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>未連線</translation>
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
            <translation>停止讀取（對端傳送的資料會填滿緩衝區）</translation>
        </message>
        <message>
            <source>Stop calling recv() on the connections: received data waits in the OS's buffers, and a client sending more eventually blocks. Untick to read everything that waited.</source>
            <translation>不再對各連線呼叫 recv()：收到的資料留在作業系統的緩衝區中，繼續傳送的客戶端最終會阻塞。取消勾選即可讀取所有積壓的資料。</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>傳送</translation>
        </message>
        <message>
            <source>Server :%1</source>
            <translation>伺服器 :%1</translation>
        </message>
        <message>
            <source>Not listening: %1</source>
            <translation>未監聽：%1</translation>
        </message>
        <message>
            <source>Listening on %1</source>
            <translation>正在監聽 %1</translation>
        </message>
        <message>
            <source>Not listening: %1 failed: %2 — %3. %4</source>
            <translation>未監聽：%1 失敗：%2 — %3。%4</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Listening on %1. Port %2 is open to the network: any machine that can reach this one can connect.</source>
            <translation>正在監聽 %1。埠 %2 對網路開放：任何能訪問本機的機器都可以連線。</translation>
        </message>
        <message>
            <source>No client is connected: nothing to send to.</source>
            <translation>沒有已連線的客戶端：無處可傳送。</translation>
        </message>
        <message numerus="yes">
            <source>Sends to the %n selected client(s).</source>
            <translation>
                <numerusform>傳送給選中的 %n 個客戶端。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sends to all %n client(s) (select some in the list to send to those only).</source>
            <translation>
                <numerusform>傳送給全部 %n 個客戶端（在列表中選擇部分客戶端，則只發送給它們）。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>錯誤(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Errors (%1)</source>
            <translation>錯誤（%1）(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>TrafficCapture</name>
        <message>
            <source>Capture stopped: %1</source>
            <translation>捕獲已停止：%1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>對端</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>資料</translation>
        </message>
    </context>
    <context>
        <name>TrafficModel</name>
        <message>
            <source>Datagram truncated: the receive buffer held %1 of its bytes</source>
            <translation>資料報被截斷：接收緩衝區只容納了其中 %1 個位元組</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>對端</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>資料</translation>
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
            <translation>傳送</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>資訊</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 (truncated)</source>
            <translation>%1（已截斷）</translation>
        </message>
        <message>
            <source>Framing error at stream offset %1: %2. The rest of this stream is shown unframed.</source>
            <translation>流偏移量 %1 處出現分幀錯誤：%2。該流的其餘部分將不分幀顯示。</translation>
        </message>
    </context>
    <context>
        <name>TrafficView</name>
        <message>
            <source>Pause</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Stop updating the table. Counting and capture go on; the rows that arrive meanwhile appear on resume (up to the cap).</source>
            <translation>停止更新表格。計數和捕獲會繼續；暫停期間到達的行會在恢復時顯示（不超過上限）。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Empty the table and reset the totals. A running capture goes on.</source>
            <translation>清空表格並重置總計。正在進行的捕獲會繼續。</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查詢</translation>
        </message>
        <message>
            <source>Find bytes in the shown rows. In text mode \n, \r, \t and \xNN escapes work; in hex mode type bytes like "de ad be ef".</source>
            <translation>在顯示的行中查詢位元組。文字模式下可使用 \n、\r、\t 和 \xNN 轉義；十六進位模式下請輸入位元組，如“de ad be ef”。</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一個</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一個</translation>
        </message>
        <message>
            <source>All peers</source>
            <translation>所有對端</translation>
        </message>
        <message>
            <source>Show one peer (pick from the list) or every peer whose address contains the typed text.</source>
            <translation>顯示單個對端（從列表中選擇），或位址中包含所輸入文字的所有對端。</translation>
        </message>
        <message>
            <source>All directions</source>
            <translation>所有方向</translation>
        </message>
        <message>
            <source>Data only (no info)</source>
            <translation>僅資料（不含資訊）</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>顯示：</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六進位</translation>
        </message>
        <message>
            <source>Framing:</source>
            <translation>分幀：</translation>
        </message>
        <message>
            <source>Raw chunks</source>
            <translation>原始資料塊</translation>
        </message>
        <message>
            <source>Lines (\n)</source>
            <translation>按行（\n）</translation>
        </message>
        <message>
            <source>Length prefix (4 bytes, big-endian)</source>
            <translation>長度字首（4 位元組，大端）</translation>
        </message>
        <message>
            <source>Fixed size</source>
            <translation>固定長度</translation>
        </message>
        <message>
            <source>How rows are cut from each connection's byte stream. A change applies to data arriving from now on; rows already shown stay as they were, and a message left unfinished by the old framing becomes one row.</source>
            <translation>如何從每個連線的位元組流中切分出行。更改只對此後到達的資料生效；已顯示的行保持不變，按舊分幀方式尚未完整的訊息會成為一行。</translation>
        </message>
        <message>
            <source> bytes</source>
            <translation> 位元組</translation>
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
            <translation>表格只保留這麼多條最新的行。總計始終準確，捕獲檔案會得到每一個位元組。</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>儲存…</translation>
        </message>
        <message>
            <source>Save the shown rows as CSV or text</source>
            <translation>將顯示的行儲存為 CSV 或文字</translation>
        </message>
        <message>
            <source>Capture to File…</source>
            <translation>捕獲到檔案…</translation>
        </message>
        <message>
            <source>Write every record to a file as it arrives, beyond the cap and while paused (tab-separated, payload in hex)</source>
            <translation>每條記錄一到達就寫入檔案，不受上限限制，暫停時也照常寫入（製表符分隔，載荷為十六進位）</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢復</translation>
        </message>
        <message>
            <source>%1 rows shown of %2 received; %3 in, %4 out</source>
            <translation>顯示 %1 行，共收到 %2 行；接收 %3，傳送 %4</translation>
        </message>
        <message>
            <source>%1 dropped by cap %2</source>
            <translation>%1 行因上限 %2 被丟棄</translation>
        </message>
        <message>
            <source>paused, %1 rows waiting</source>
            <translation>已暫停，%1 行等待中</translation>
        </message>
        <message>
            <source>capturing to %1</source>
            <translation>正在捕獲到 %1</translation>
        </message>
        <message>
            <source>Not valid hex</source>
            <translation>不是有效的十六進位</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>文字檔案 (*.txt)</translation>
        </message>
        <message>
            <source>Save Traffic</source>
            <translation>儲存流量</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>無法儲存 %1：%2</translation>
        </message>
        <message>
            <source>Capture Traffic to File</source>
            <translation>將流量捕獲到檔案</translation>
        </message>
        <message>
            <source>Capture Traffic</source>
            <translation>捕獲流量</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>SockLab text captures (*.tsv)</source>
            <translation>SockLab 文字捕獲檔案 (*.tsv)</translation>
        </message>
        <message>
            <source>pcap for Wireshark and tcpdump (*.pcap)</source>
            <translation>pcap 檔案，供 Wireshark 和 tcpdump 使用 (*.pcap)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>UdpClientNotes</name>
        <message>
            <source>Reply from %1, not the target %2</source>
            <translation>回覆來自 %1，而不是目標 %2</translation>
        </message>
        <message>
            <source>%1. Replies from another source so far: %2.</source>
            <translation>%1。目前來自其他來源的回覆數：%2。</translation>
        </message>
        <message>
            <source>After a broadcast this is expected: each host answers from its own address.</source>
            <translation>廣播之後這是正常的：每臺主機都會從它自己的位址回覆。</translation>
        </message>
        <message>
            <source>%1() to %2 was refused with %3: it is a broadcast address, and the OS lets a socket send to one only with SO_BROADCAST set, so that no program floods the network by mistake. Tick SO_BROADCAST and send again.</source>
            <translation>發往 %2 的 %1() 被拒絕，錯誤為 %3：這是一個廣播位址，作業系統只允許設定了 SO_BROADCAST 的通訊端向它傳送，以免程式誤將資料氾濫到整個網路。請勾選 SO_BROADCAST 後重新發送。</translation>
        </message>
        <message>
            <source>%1() to %2 was refused with %3 although SO_BROADCAST is set: a firewall rule or a security policy refused it.</source>
            <translation>發往 %2 的 %1() 被拒絕，錯誤為 %3，儘管已設定 SO_BROADCAST：是防火牆規則或安全策略拒絕了它。</translation>
        </message>
        <message>
            <source>Oversized datagram: %1() refused it with %2 and nothing was sent. One UDP datagram carries at most %3 bytes of data over IPv4 (%4 over IPv6). Send less, or send a file: it goes in datagrams of the size chosen above.</source>
            <translation>資料報過大：%1() 以 %2 拒絕了它，沒有傳送任何資料。一個 UDP 資料報在 IPv4 上最多攜帶 %3 位元組資料（IPv6 上為 %4 位元組）。請少發一些，或者傳送檔案：檔案會按上面選擇的大小分成多個數據報傳送。</translation>
        </message>
        <message>
            <source>the OS reports it because the socket is connected.</source>
            <translation>作業系統之所以報告它，是因為該通訊端已連線。</translation>
        </message>
        <message>
            <source>Windows reports it even to an unconnected socket.</source>
            <translation>Windows 即使對未連線的通訊端也會報告它。</translation>
        </message>
        <message>
            <source>%1 from %2(): an earlier datagram to %3 was answered with an ICMP "port unreachable": nothing listens on that port. UDP itself never says so; %4</source>
            <translation>%2() 返回 %1：之前發往 %3 的資料報收到了 ICMP“埠不可達”應答：該埠上沒有程式在監聽。UDP 本身從不報告這一點；%4</translation>
        </message>
        <message>
            <source>Earlier, sendto() to %1 was refused with EACCES because SO_BROADCAST was off. It is on now: datagrams to the broadcast address go out.</source>
            <translation>之前發往 %1 的 sendto() 因 SO_BROADCAST 未開啟而被拒絕（EACCES）。現在它已開啟：發往廣播位址的資料報可以發出了。</translation>
        </message>
    </context>
    <context>
        <name>UdpClientSettingsBar</name>
        <message>
            <source>&amp;Open</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <source>Open a UDP socket for the target (bind to port 0, and connect in connected mode)</source>
            <translation>為目標開啟一個 UDP 通訊端（繫結到埠 0，在已連線模式下還會呼叫 connect()）</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>關閉(&amp;L)</translation>
        </message>
        <message>
            <source>close() the socket</source>
            <translation>用 close() 關閉通訊端</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>重新開啟(&amp;R)</translation>
        </message>
        <message>
            <source>Close, then open a new socket with the settings shown</source>
            <translation>關閉，然後用當前顯示的設定開啟一個新通訊端</translation>
        </message>
        <message>
            <source>Unconnected: sendto()</source>
            <translation>未連線：sendto()</translation>
        </message>
        <message>
            <source>Connected: connect() + send()</source>
            <translation>已連線：connect() + send()</translation>
        </message>
        <message>
            <source>Unconnected: every datagram names its destination, and replies from any address arrive. Connected: connect() fixes the peer; only its datagrams arrive, and ICMP errors for earlier datagrams are reported.</source>
            <translation>未連線：每個資料報都指明目的位址，來自任何位址的回覆都會到達。已連線：connect() 固定對端；只有對端的資料報會到達，並且會報告之前的資料報引發的 ICMP 錯誤。</translation>
        </message>
        <message>
            <source>Allow sending to a broadcast address (255.255.255.255, or a subnet's last address such as 192.168.1.255). Without it the OS refuses with EACCES.</source>
            <translation>允許向廣播位址傳送（255.255.255.255，或子網的最後一個位址，如 192.168.1.255）。不開啟時作業系統會以 EACCES 拒絕。</translation>
        </message>
        <message>
            <source> bytes</source>
            <translation> 位元組</translation>
        </message>
        <message>
            <source>The buffer each recvfrom() reads a reply into; a longer reply is cut (Linux, macOS) or fails with WSAEMSGSIZE (Windows)</source>
            <translation>每次 recvfrom() 讀取回復所用的緩衝區；更長的回覆會被截斷（Linux、macOS）或以 WSAEMSGSIZE 失敗（Windows）</translation>
        </message>
        <message>
            <source>A file is sent in datagrams of this size. Up to 1472 bytes fit in one Ethernet frame; larger ones are fragmented; %1 is the most IPv4 can carry.</source>
            <translation>檔案按此大小分成多個數據報傳送。一個乙太網幀最多能容納 1472 位元組；更大的資料報會被分片；%1 是 IPv4 能攜帶的最大值。</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>Receive &amp;buffer:</source>
            <translation>接收緩衝區(&amp;B)：</translation>
        </message>
        <message>
            <source>File &amp;datagrams:</source>
            <translation>檔案資料報(&amp;D)：</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, the ICMP "port unreachable" comes back as WSAECONNRESET on the next recv(); only the target's datagrams arrive.</source>
            <translation>在 %1 上：如果目標上沒有程式在監聽，ICMP“埠不可達”會在下一次 recv() 時以 WSAECONNRESET 返回；只有目標的資料報會到達。</translation>
        </message>
        <message>
            <source>On %1: even unconnected, an ICMP "port unreachable" comes back as WSAECONNRESET on the next recvfrom(); replies from any address arrive.</source>
            <translation>在 %1 上：即使未連線，ICMP“埠不可達”也會在下一次 recvfrom() 時以 WSAECONNRESET 返回；來自任何位址的回覆都會到達。</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, the ICMP "port unreachable" comes back as ECONNREFUSED on the next send() or recv(); only the target's datagrams arrive.</source>
            <translation>在 %1 上：如果目標上沒有程式在監聽，ICMP“埠不可達”會在下一次 send() 或 recv() 時以 ECONNREFUSED 返回；只有目標的資料報會到達。</translation>
        </message>
        <message>
            <source>On %1: if nothing listens on the target, nothing is reported (the ICMP "port unreachable" is not delivered to an unconnected socket); replies from any address arrive.</source>
            <translation>在 %1 上：如果目標上沒有程式在監聽，不會報告任何錯誤（ICMP“埠不可達”不會遞交給未連線的通訊端）；來自任何位址的回覆都會到達。</translation>
        </message>
    </context>
    <context>
        <name>UdpClientTab</name>
        <message>
            <source>Not open</source>
            <translation>未開啟</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>流量</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>錯誤（%1）</translation>
        </message>
        <message>
            <source>Connected mode: opening a new socket</source>
            <translation>已連線模式：正在開啟新通訊端</translation>
        </message>
        <message>
            <source>Unconnected mode: opening a new socket</source>
            <translation>未連線模式：正在開啟新通訊端</translation>
        </message>
        <message>
            <source>File %1: all %2 bytes handed to the socket in %3 datagrams</source>
            <translation>檔案 %1：全部 %2 位元組已分 %3 個數據報交給通訊端</translation>
        </message>
        <message>
            <source>File %1: reading stopped: %2</source>
            <translation>檔案 %1：讀取中止：%2</translation>
        </message>
        <message>
            <source>UDP client %1</source>
            <translation>UDP 客戶端 %1</translation>
        </message>
        <message>
            <source>Cannot open: %1</source>
            <translation>無法開啟：%1</translation>
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>Socket closed</source>
            <translation>通訊端已關閉</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>%1 resolved in %2 ms: %3; sending to %4</source>
            <translation>%1 解析用時 %2 ms：%3；傳送到 %4</translation>
        </message>
        <message numerus="yes">
            <source>%n datagram(s) not sent: the target could not be looked up</source>
            <translation>
                <numerusform>%n 個數據報未傳送：無法解析目標</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not look up %1: %2</source>
            <translation>無法解析 %1：%2</translation>
        </message>
        <message>
            <source>Could not open: %1</source>
            <translation>開啟失敗：%1</translation>
        </message>
        <message>
            <source>Connected %1 → %2: send()</source>
            <translation>已連線 %1 → %2：send()</translation>
        </message>
        <message>
            <source>Open on %1: sendto() %2</source>
            <translation>已在 %1 上開啟：sendto() %2</translation>
        </message>
        <message>
            <source>%1 bytes do not fit in one UDP datagram (at most %2 bytes over %3): the OS will refuse to send them</source>
            <translation>%1 位元組放不進一個 UDP 資料報（在 %3 上最多 %2 位元組）：作業系統將拒絕傳送</translation>
        </message>
        <message>
            <source>File %1 cannot be read: %2</source>
            <translation>無法讀取檔案 %1：%2</translation>
        </message>
        <message>
            <source>Sending file %1 (%2 bytes) in datagrams of %3 bytes</source>
            <translation>正在以每個 %3 位元組的資料報傳送檔案 %1（%2 位元組）</translation>
        </message>
        <message>
            <source>SO_BROADCAST on</source>
            <translation>SO_BROADCAST 已開啟</translation>
        </message>
        <message>
            <source>SO_BROADCAST off</source>
            <translation>SO_BROADCAST 已關閉</translation>
        </message>
        <message>
            <source>the socket is not open</source>
            <translation>通訊端未開啟</translation>
        </message>
    </context>
    <context>
        <name>UdpReplyPane</name>
        <message>
            <source>Send</source>
            <translation>傳送</translation>
        </message>
        <message>
            <source>Start the server: replies leave from its socket.</source>
            <translation>請先啟動伺服器：回覆從它的通訊端發出。</translation>
        </message>
        <message>
            <source>No datagram yet: nobody to reply to.</source>
            <translation>尚未收到資料報：沒有可回覆的物件。</translation>
        </message>
        <message>
            <source>Select a sender (in Senders, or a row of the traffic) to send to it.</source>
            <translation>選擇一個傳送方（在“傳送方”中，或流量中的某一行）以向其傳送。</translation>
        </message>
        <message>
            <source>Sends to %1 with sendto().</source>
            <translation>用 sendto() 傳送到 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Sends one datagram to each of the %n selected senders.</source>
            <translation>
                <numerusform>向選中的 %n 個傳送方各發送一個數據報。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>無法讀取 %1：%2</translation>
        </message>
        <message>
            <source>%1 has %2 bytes; one UDP datagram holds at most %3.</source>
            <translation>%1 有 %2 位元組；一個 UDP 資料報最多隻能容納 %3 位元組。</translation>
        </message>
    </context>
    <context>
        <name>UdpSendersModel</name>
        <message numerus="yes">
            <source>%n datagram(s) from this sender did not fit the receive buffer and were cut</source>
            <translation>
                <numerusform>來自該傳送方的 %n 個數據報超出接收緩衝區，已被截斷</numerusform>
            </translation>
        </message>
        <message>
            <source>Select to reply to %1</source>
            <translation>選中以回覆 %1</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>傳送方</translation>
        </message>
        <message>
            <source>In</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Bytes in</source>
            <translation>接收位元組數</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>截斷</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>傳送</translation>
        </message>
    </context>
    <context>
        <name>UdpSendersPanel</name>
        <message>
            <source>UDP has no connections: select a sender (or a row of the traffic) to reply to it.</source>
            <translation>UDP 沒有連線：選擇一個傳送方（或流量中的某一行）即可回覆它。</translation>
        </message>
    </context>
    <context>
        <name>UdpServerSettingsBar</name>
        <message>
            <source> bytes</source>
            <translation> 位元組</translation>
        </message>
        <message>
            <source>The buffer each recvfrom() fills. A datagram larger than this is cut: the rest is lost (try 1024 and send 2000 bytes). Applied at once.</source>
            <translation>每次 recvfrom() 填充的緩衝區。大於它的資料報會被截斷：其餘部分丟失（試試設為 1024，然後傳送 2000 位元組）。立即生效。</translation>
        </message>
        <message>
            <source>&amp;Receive buffer:</source>
            <translation>接收緩衝區(&amp;R)：</translation>
        </message>
        <message>
            <source>SO_BROADCAST: lets this socket send to broadcast addresses (a reply to 255.255.255.255 is refused without it). Applied at once.</source>
            <translation>SO_BROADCAST：允許此通訊端向廣播位址傳送（沒有它，回覆 255.255.255.255 會被拒絕）。立即生效。</translation>
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
            <translation>啟動(&amp;S)</translation>
        </message>
        <message>
            <source>Close the socket</source>
            <translation>關閉通訊端</translation>
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
            <translation>多點傳送(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Senders</source>
            <translation>傳送方(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Senders (%1)</source>
            <translation>傳送方（%1）(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Traffic</source>
            <translation>流量(&amp;T)</translation>
        </message>
        <message>
            <source>Joined multicast group %1</source>
            <translation>已加入多點傳送組 %1</translation>
        </message>
        <message>
            <source>Left multicast group %1</source>
            <translation>已退出多點傳送組 %1</translation>
        </message>
        <message>
            <source>UDP Server :%1</source>
            <translation>UDP 伺服器 :%1</translation>
        </message>
        <message>
            <source>Not bound: %1</source>
            <translation>未繫結：%1</translation>
        </message>
        <message>
            <source>Bound to %1</source>
            <translation>已繫結到 %1</translation>
        </message>
        <message>
            <source>Not bound: %1 failed: %2 — %3. %4</source>
            <translation>未繫結：%1 失敗：%2 — %3。%4</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Bound to %1 (UDP). Port %2 is open to the network: any machine that can reach this one can send to it.</source>
            <translation>已繫結到 %1（UDP）。埠 %2 對網路開放：任何能訪問本機的機器都可以向它傳送資料。</translation>
        </message>
        <message>
            <source>Bound to %1 (UDP)</source>
            <translation>已繫結到 %1（UDP）</translation>
        </message>
        <message>
            <source>In: %1 datagrams, %2 bytes · Out: %3 datagrams, %4 bytes · Cut: %5 · Errors: %6</source>
            <translation>接收：%1 個數據報，%2 位元組 · 傳送：%3 個數據報，%4 位元組 · 截斷：%5 · 錯誤：%6</translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>錯誤(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Errors (%1)</source>
            <translation>錯誤（%1）(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>UdpTargetResolver</name>
        <message>
            <source>no address for datagrams</source>
            <translation>沒有用於傳送資料報的位址</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFile</name>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>第 %1 位元組處不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>the top level must be an object with "tabs"</source>
            <translation>頂層必須是包含 "tabs" 的物件</translation>
        </message>
        <message>
            <source>version: this SockLab reads version %1 workspaces</source>
            <translation>version：此版本的 SockLab 只能讀取版本 %1 的工作區</translation>
        </message>
        <message>
            <source>tabs: must be a list</source>
            <translation>tabs：必須是列表</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>必須是物件</translation>
        </message>
        <message>
            <source>larger than 16 MB: not a workspace</source>
            <translation>大於 16 MB：不是工作區檔案</translation>
        </message>
        <message>
            <source>%1 is not a port (0 to 65535)</source>
            <translation>%1 不是埠（0 到 65535）</translation>
        </message>
        <message>
            <source>must be tcp-server, tcp-client, udp-server, udp-client or chat</source>
            <translation>必須是 tcp-server、tcp-client、udp-server、udp-client 或 chat</translation>
        </message>
        <message>
            <source>not a key of a %1 tab</source>
            <translation>不是 %1 分頁的鍵</translation>
        </message>
        <message>
            <source>must be a non-empty string</source>
            <translation>必須是非空字串</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>必須是字串</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必須是 true 或 false</translation>
        </message>
        <message>
            <source>must be a number &gt;= %1</source>
            <translation>必須是 &gt;= %1 的數字</translation>
        </message>
        <message>
            <source>this reply needs a tcp-server tab</source>
            <translation>此回覆需要 tcp-server 分頁</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>必須是列表</translation>
        </message>
        <message>
            <source>needs a non-empty name and host</source>
            <translation>需要非空的名稱和主機</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Tabs opened from the command line: %1</source>
            <translation>從命令列開啟的分頁：%1</translation>
        </message>
    </context>
    <context>
        <name>netcore</name>
        <message>
            <source>No error</source>
            <translation>無錯誤</translation>
        </message>
        <message>
            <source>The call succeeded.</source>
            <translation>呼叫成功。</translation>
        </message>
        <message>
            <source>Operation would block</source>
            <translation>操作將會阻塞</translation>
        </message>
        <message>
            <source>The socket is non-blocking and the call could not finish at once: there was nothing to read yet, no room in the send buffer, or no pending connection to accept. Nothing is wrong; the OS is asking you to come back later. Python raises BlockingIOError.</source>
            <translation>通訊端處於非阻塞模式，呼叫無法立即完成：暫時還沒有可讀的資料、傳送緩衝區沒有空間，或者沒有等待接受的連線。這並不是出錯；作業系統只是讓你稍後再試。Python 會丟擲 BlockingIOError。</translation>
        </message>
        <message>
            <source>The socket was put in non-blocking mode (setblocking(False) / settimeout(0))
recv/recvfrom: no data has arrived yet
send: the send buffer is full because the peer reads slower than you write
accept: no client is waiting in the backlog</source>
            <translation>通訊端被設定為非阻塞模式（setblocking(False) / settimeout(0)）
recv/recvfrom：還沒有資料到達
send：傳送緩衝區已滿，因為對端讀取的速度比你寫入的慢
accept：積壓佇列（backlog）中沒有等待的客戶端</translation>
        </message>
        <message>
            <source>Wait until the socket is ready with select/poll (or the selectors module), then repeat the call
Use a blocking socket or a timeout if you do not need to serve several sockets at once</source>
            <translation>用 select/poll（或 selectors 模組）等待通訊端就緒，然後重新呼叫
如果不需要同時處理多個通訊端，請使用阻塞通訊端或設定逾時</translation>
        </message>
        <message>
            <source>Linux defines EWOULDBLOCK and EAGAIN as the same number (tools such as strace print EAGAIN); netcore names it EWOULDBLOCK. Windows reports WSAEWOULDBLOCK (10035).</source>
            <translation>Linux 中 EWOULDBLOCK 與 EAGAIN 是同一個數值（strace 等工具顯示為 EAGAIN）；netcore 將其稱為 EWOULDBLOCK。Windows 報告 WSAEWOULDBLOCK（10035）。</translation>
        </message>
        <message>
            <source>Connection in progress</source>
            <translation>連線正在進行中</translation>
        </message>
        <message>
            <source>A non-blocking connect() has sent the handshake but it has not finished yet. This is the normal answer, not a failure: the connection completes (or fails) later.</source>
            <translation>非阻塞的 connect() 已發出握手，但握手尚未完成。這是正常的返回結果，而非失敗：連線稍後才會完成（或失敗）。</translation>
        </message>
        <message>
            <source>connect() on a non-blocking socket (Python: connect_ex returns EINPROGRESS, or BlockingIOError from connect)</source>
            <translation>在非阻塞通訊端上呼叫 connect()（Python：connect_ex 返回 EINPROGRESS，或 connect 丟擲 BlockingIOError）</translation>
        </message>
        <message>
            <source>Wait for the socket to become writable with select/poll
Then read SO_ERROR (getsockopt) to learn whether the connection succeeded</source>
            <translation>用 select/poll 等待通訊端變為可寫
然後讀取 SO_ERROR（getsockopt），確定連線是否成功</translation>
        </message>
        <message>
            <source>Windows reports a non-blocking connect as WSAEWOULDBLOCK instead of EINPROGRESS; netcore shows both as 'in progress'. WSAEINPROGRESS on Windows means a blocking Winsock call is already running on the thread.</source>
            <translation>Windows 將非阻塞 connect 報告為 WSAEWOULDBLOCK，而不是 EINPROGRESS；netcore 將兩者都顯示為“正在進行中”。Windows 上的 WSAEINPROGRESS 表示該執行緒上已有一個阻塞的 Winsock 呼叫正在執行。</translation>
        </message>
        <message>
            <source>Operation already in progress</source>
            <translation>操作已在進行中</translation>
        </message>
        <message>
            <source>A previous non-blocking connect() on this socket is still running, and you called connect() again before it finished.</source>
            <translation>此通訊端上先前的非阻塞 connect() 仍在進行，而你在它完成之前再次呼叫了 connect()。</translation>
        </message>
        <message>
            <source>connect() called twice on a non-blocking socket
Retrying connect in a loop instead of waiting for writability</source>
            <translation>在非阻塞通訊端上呼叫了兩次 connect()
在迴圈中反覆重試 connect，而不是等待通訊端可寫</translation>
        </message>
        <message>
            <source>Wait for the first connect to finish (socket writable), then check SO_ERROR
Call connect() once per socket; to retry after a failure, open a new socket</source>
            <translation>等待第一次 connect 完成（通訊端可寫），然後檢查 SO_ERROR
每個通訊端只調用一次 connect()；失敗後如需重試，請開啟一個新的通訊端</translation>
        </message>
        <message>
            <source>Windows reports WSAEALREADY; some Windows versions answer a repeated connect with WSAEINVAL instead.</source>
            <translation>Windows 報告 WSAEALREADY；某些 Windows 版本對重複的 connect 會改為返回 WSAEINVAL。</translation>
        </message>
        <message>
            <source>Socket is already connected</source>
            <translation>通訊端已連線</translation>
        </message>
        <message>
            <source>The socket already has a connection (or a default peer, for UDP), so this call is not allowed.</source>
            <translation>該通訊端已有連線（對 UDP 而言是已有預設對端），因此不允許此呼叫。</translation>
        </message>
        <message>
            <source>connect() on a socket that is already connected
sendto() with an address on a connected socket (macOS)</source>
            <translation>在已連線的通訊端上呼叫 connect()
在已連線的通訊端上呼叫帶位址的 sendto()（macOS）</translation>
        </message>
        <message>
            <source>Use send() on a connected socket, without an address
Open a new socket for a new connection</source>
            <translation>在已連線的通訊端上使用不帶位址的 send()
為新連線開啟一個新的通訊端</translation>
        </message>
        <message>
            <source>Linux and Windows ignore the address given to sendto() on a connected TCP socket; macOS reports EISCONN, also for a connected UDP socket. Windows reports WSAEISCONN (10056) for a second connect().</source>
            <translation>在已連線的 TCP 通訊端上，Linux 和 Windows 會忽略傳給 sendto() 的位址；macOS 則報告 EISCONN，對已連線的 UDP 通訊端也是如此。對於第二次 connect()，Windows 報告 WSAEISCONN（10056）。</translation>
        </message>
        <message>
            <source>Socket is not connected</source>
            <translation>通訊端未連線</translation>
        </message>
        <message>
            <source>The call needs a connected socket, but this one has no connection (yet or any more). Python raises OSError with ENOTCONN.</source>
            <translation>此呼叫需要已連線的通訊端，但該通訊端沒有連線（尚未連線或連線已不存在）。Python 會丟擲帶有 ENOTCONN 的 OSError。</translation>
        </message>
        <message>
            <source>send/recv on a TCP socket before connect() or on the listening socket itself
getpeername() on an unconnected socket
shutdown() after the connection was already closed
send() on an unconnected UDP socket (use sendto with an address)</source>
            <translation>在 connect() 之前對 TCP 通訊端呼叫 send/recv，或在監聽通訊端本身上呼叫
在未連線的通訊端上呼叫 getpeername()
連線已經關閉後再呼叫 shutdown()
在未連線的 UDP 通訊端上呼叫 send()（應使用帶位址的 sendto）</translation>
        </message>
        <message>
            <source>Connect first, or use the socket returned by accept(), not the listening socket
For UDP, use sendto() or connect() the socket to a default peer</source>
            <translation>先建立連線，或使用 accept() 返回的通訊端，而不是監聽通訊端
對於 UDP，使用 sendto()，或用 connect() 為通訊端設定預設對端</translation>
        </message>
        <message>
            <source>Windows reports WSAENOTCONN; sending on an unconnected UDP socket there gives WSAENOTCONN or WSAEDESTADDRREQ.</source>
            <translation>Windows 報告 WSAENOTCONN；在 Windows 上透過未連線的 UDP 通訊端傳送會得到 WSAENOTCONN 或 WSAEDESTADDRREQ。</translation>
        </message>
        <message>
            <source>Address already in use</source>
            <translation>位址已在使用中</translation>
        </message>
        <message>
            <source>Another socket already holds this address and port, so bind() (or listen) cannot take it. Python raises OSError: [Errno 98] Address already in use.</source>
            <translation>另一個通訊端已佔用此位址和埠，因此 bind()（或 listen）無法使用它。Python 會丟擲 OSError: [Errno 98] Address already in use。</translation>
        </message>
        <message>
            <source>Another program (or another tab) is listening on the same port
Your previous server has just exited and its connections are in TIME_WAIT
Two UDP sockets bound to the same port without SO_REUSEADDR / SO_REUSEPORT
AF_UNIX: the socket file already exists from an earlier run</source>
            <translation>另一個程式（或另一個分頁）正在監聽同一埠
你之前的伺服器剛剛退出，其連線仍處於 TIME_WAIT 狀態
兩個 UDP 通訊端在未設定 SO_REUSEADDR / SO_REUSEPORT 的情況下綁定了同一埠
AF_UNIX：之前執行遺留的通訊端檔案仍然存在</translation>
        </message>
        <message>
            <source>Pick another port, or port 0 to let the OS choose one
Set SO_REUSEADDR before bind() so a restarted server can reuse a port in TIME_WAIT
Find who holds the port: ss -ltnp / lsof -i :PORT / netstat -ano
AF_UNIX: remove the stale socket file before bind()</source>
            <translation>換一個埠，或使用埠 0 讓作業系統自動選擇
在 bind() 之前設定 SO_REUSEADDR，使重啟的伺服器能夠重用處於 TIME_WAIT 的埠
查詢佔用埠的程序：ss -ltnp / lsof -i :PORT / netstat -ano
AF_UNIX：在 bind() 之前刪除殘留的通訊端檔案</translation>
        </message>
        <message>
            <source>On Windows SO_REUSEADDR means something else: it lets a second socket bind the same port and steal its traffic; SO_EXCLUSIVEADDRUSE prevents that. Windows can rebind a port in TIME_WAIT without SO_REUSEADDR. Windows reports WSAEADDRINUSE (10048); Linux 98, macOS 48.</source>
            <translation>在 Windows 上，SO_REUSEADDR 的含義不同：它允許第二個通訊端繫結同一埠並搶走其流量；SO_EXCLUSIVEADDRUSE 可以防止這種情況。Windows 無需 SO_REUSEADDR 即可重新繫結處於 TIME_WAIT 的埠。Windows 報告 WSAEADDRINUSE（10048）；Linux 為 98，macOS 為 48。</translation>
        </message>
        <message>
            <source>Cannot assign requested address</source>
            <translation>無法分配請求的位址</translation>
        </message>
        <message>
            <source>The address does not belong to this machine, or no local address can be used to reach the destination.</source>
            <translation>該位址不屬於本機，或者沒有可用於到達目標的本地位址。</translation>
        </message>
        <message>
            <source>bind() to an IP address that is not configured on any interface here
connect() to 0.0.0.0 or to port 0
IPv6 link-local address without a scope id (fe80::1%eth0)
Out of ephemeral ports after very many short connections
AF_UNIX: the path (or its directory) does not exist</source>
            <translation>用 bind() 繫結到本機任何網路介面上都未配置的 IP 位址
用 connect() 連線到 0.0.0.0 或埠 0
IPv6 鏈路本地位址缺少作用域 ID（fe80::1%eth0）
大量短連線之後臨時埠已耗盡
AF_UNIX：路徑（或其所在目錄）不存在</translation>
        </message>
        <message>
            <source>bind() to 127.0.0.1, 0.0.0.0 (all interfaces) or an address that ip addr / ipconfig shows
Connect to a real destination address and a port other than 0
Add the interface to link-local addresses (%eth0 / %12)</source>
            <translation>用 bind() 繫結到 127.0.0.1、0.0.0.0（所有網路介面）或 ip addr / ipconfig 顯示的位址
連線到真實的目標位址，且埠不為 0
為鏈路本地位址加上網路介面（%eth0 / %12）</translation>
        </message>
        <message>
            <source>Windows reports WSAEADDRNOTAVAIL (10049), also for connect() to 0.0.0.0. A missing AF_UNIX path is ENOENT on Linux and macOS.</source>
            <translation>Windows 報告 WSAEADDRNOTAVAIL（10049），用 connect() 連線到 0.0.0.0 時也是如此。在 Linux 和 macOS 上，AF_UNIX 路徑不存在時報告 ENOENT。</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>許可權不足</translation>
        </message>
        <message>
            <source>The OS refused the operation because this program lacks a permission the call needs. Python raises PermissionError.</source>
            <translation>作業系統拒絕了該操作，因為本程式缺少此呼叫所需的許可權。Python 會丟擲 PermissionError。</translation>
        </message>
        <message>
            <source>bind() to a port below 1024 without administrator rights
sendto() to a broadcast address without SO_BROADCAST
A firewall or security policy blocked the call
Raw sockets need administrator rights</source>
            <translation>沒有管理員許可權時用 bind() 繫結 1024 以下的埠
未設定 SO_BROADCAST 就用 sendto() 傳送到廣播位址
防火牆或安全策略阻止了該呼叫
原始通訊端需要管理員許可權</translation>
        </message>
        <message>
            <source>Use a port of 1024 or above (e.g. 8080 instead of 80)
Set SO_BROADCAST on the socket before sending to 255.255.255.255 or a subnet broadcast
Check firewall rules (iptables/nftables, pf, Windows Defender Firewall)</source>
            <translation>使用 1024 及以上的埠（例如用 8080 代替 80）
在傳送到 255.255.255.255 或子網廣播位址之前，先在通訊端上設定 SO_BROADCAST
檢查防火牆規則（iptables/nftables、pf、Windows Defender 防火牆）</translation>
        </message>
        <message>
            <source>Linux and macOS reserve ports below 1024 for root (Linux: unless CAP_NET_BIND_SERVICE or net.ipv4.ip_unprivileged_port_start; macOS 10.14+ lets anyone bind them on all interfaces). Windows has no privileged ports but reports WSAEACCES (10013) for broadcast without SO_BROADCAST and for ports reserved by another service (Hyper-V, netsh int ipv4 show excludedportrange). Linux reports EPERM when a firewall rule rejects the packet.</source>
            <translation>Linux 和 macOS 將 1024 以下的埠保留給 root（Linux：除非具有 CAP_NET_BIND_SERVICE 或設定了 net.ipv4.ip_unprivileged_port_start；macOS 10.14+ 允許任何人在所有網路介面上繫結這些埠）。Windows 沒有特權埠，但對於未設定 SO_BROADCAST 的廣播，以及已被其他服務保留的埠（Hyper-V、netsh int ipv4 show excludedportrange），會報告 WSAEACCES（10013）。當防火牆規則拒絕封包時，Linux 報告 EPERM。</translation>
        </message>
        <message>
            <source>Connection refused</source>
            <translation>連線被拒絕</translation>
        </message>
        <message>
            <source>The destination host is reachable, but nothing is listening on that port: it answered the connection request (SYN) with a reset (RST). Python raises ConnectionRefusedError.</source>
            <translation>目標主機可達，但該埠上沒有程式在監聽：它用重置（RST）回應了連線請求（SYN）。Python 會丟擲 ConnectionRefusedError。</translation>
        </message>
        <message>
            <source>The server is not running, or listens on another port
The server listens on 127.0.0.1 only and you connect from another machine (or the other way round: IPv4 vs IPv6, ::1 vs 127.0.0.1)
The server's listen backlog is full (some systems refuse instead of waiting)
A firewall rejects (rather than drops) the connection
UDP: an earlier datagram got an ICMP 'port unreachable' back</source>
            <translation>伺服器未執行，或在另一個埠上監聽
伺服器只監聽 127.0.0.1，而你從另一臺機器連線（或者兩邊不匹配：IPv4 對 IPv6、::1 對 127.0.0.1）
伺服器的監聽積壓佇列（backlog）已滿（某些系統會直接拒絕而不是等待）
防火牆拒絕（而不是丟棄）了該連線
UDP：之前傳送的某個資料報收到了 ICMP“埠不可達”回應</translation>
        </message>
        <message>
            <source>Start the server first, and check the host and port
Check what listens: ss -ltn / lsof -i -P / netstat -an
Bind the server to 0.0.0.0 (or the right interface) if clients come from elsewhere
UDP: make sure the peer's socket is bound before you send</source>
            <translation>先啟動伺服器，並檢查主機和埠
檢查誰在監聽：ss -ltn / lsof -i -P / netstat -an
如果客戶端來自其他機器，請將伺服器繫結到 0.0.0.0（或正確的網路介面）
UDP：傳送之前確保對端的通訊端已經繫結</translation>
        </message>
        <message>
            <source>For UDP, Linux and macOS report this on a connected socket's next send/recv after an ICMP port unreachable. Windows reports a failed TCP connect as WSAECONNREFUSED (10061) only after retrying the SYN for about two seconds, and the UDP case as WSAECONNRESET.</source>
            <translation>對於 UDP，收到 ICMP 埠不可達之後，Linux 和 macOS 會在已連線通訊端的下一次 send/recv 時報告此錯誤。Windows 對失敗的 TCP 連線會先重試 SYN 約兩秒，之後才報告 WSAECONNREFUSED（10061）；UDP 的情況則報告為 WSAECONNRESET。</translation>
        </message>
        <message>
            <source>Connection reset by peer</source>
            <translation>連線被對端重置</translation>
        </message>
        <message>
            <source>The other side aborted the connection: it sent a reset (RST) instead of closing normally, so data in flight may be lost. Python raises ConnectionResetError.</source>
            <translation>另一端中止了連線：它傳送了重置（RST），而不是正常關閉，因此正在傳輸的資料可能會丟失。Python 會丟擲 ConnectionResetError。</translation>
        </message>
        <message>
            <source>The peer process crashed or was killed
The peer closed with SO_LINGER set to 0 (abortive close)
The peer closed while unread data was still in its receive buffer
A firewall, NAT or load balancer dropped the connection's state
Windows UDP: an earlier sendto got an ICMP port unreachable</source>
            <translation>對端程序崩潰或被終止
對端在 SO_LINGER 設為 0 的情況下關閉（強制關閉）
對端關閉時其接收緩衝區中仍有未讀資料
防火牆、NAT 或負載均衡器丟棄了該連線的狀態
Windows UDP：之前的某次 sendto 收到了 ICMP 埠不可達</translation>
        </message>
        <message>
            <source>Treat it like the end of the connection: close the socket and reconnect if needed
On the peer: read all data before closing, and close gracefully (shutdown, then close)
Windows UDP: ignore it, or disable it with SIO_UDP_CONNRESET</source>
            <translation>將其視為連線結束：關閉通訊端，如有需要再重新連線
在對端：關閉前讀完所有資料，並正常關閉（先 shutdown，再 close）
Windows UDP：忽略它，或用 SIO_UDP_CONNRESET 禁用它</translation>
        </message>
        <message>
            <source>Windows reports WSAECONNRESET (10054) on a UDP socket's next recvfrom after an ICMP port unreachable from a previous sendto; the ioctl SIO_UDP_CONNRESET turns that off. On Windows, send after the peer closed often gives WSAECONNRESET or WSAECONNABORTED where Linux gives EPIPE.</source>
            <translation>如果之前的 sendto 收到了 ICMP 埠不可達，Windows 會在該 UDP 通訊端的下一次 recvfrom 時報告 WSAECONNRESET（10054）；ioctl SIO_UDP_CONNRESET 可以關閉這一行為。在 Windows 上，對端關閉後再發送通常會得到 WSAECONNRESET 或 WSAECONNABORTED，而 Linux 上則是 EPIPE。</translation>
        </message>
        <message>
            <source>Connection aborted</source>
            <translation>連線已中止</translation>
        </message>
        <message>
            <source>The connection was ended by this machine's own network stack, for example because it timed out retransmitting data or a pending connection was reset before accept(). Python raises ConnectionAbortedError.</source>
            <translation>連線被本機自身的網路協定棧終止，例如重傳資料逾時，或者等待接受的連線在 accept() 之前被重置。Python 會丟擲 ConnectionAbortedError。</translation>
        </message>
        <message>
            <source>accept(): the client reset the connection while it waited in the backlog
Data could not be delivered and the local stack gave up
Windows: the local side closed the socket or the network went away</source>
            <translation>accept()：客戶端在積壓佇列（backlog）中等待時重置了連線
資料無法送達，本地協定棧已放棄
Windows：本地一方關閉了通訊端，或網路已斷開</translation>
        </message>
        <message>
            <source>Close the socket and reconnect
A server should treat this from accept() as harmless and accept the next client</source>
            <translation>關閉通訊端並重新連線
伺服器應將 accept() 返回的此錯誤視為無害，繼續接受下一個客戶端</translation>
        </message>
        <message>
            <source>Windows reports WSAECONNABORTED (10053) much more often than Linux or macOS, e.g. for send after the peer closed or after a keep-alive failure.</source>
            <translation>Windows 報告 WSAECONNABORTED（10053）的頻率遠高於 Linux 或 macOS，例如在對端關閉後傳送，或在保活（keep-alive）失敗之後。</translation>
        </message>
        <message>
            <source>Connection timed out (by the OS)</source>
            <translation>連線已逾時（由作業系統判定）</translation>
        </message>
        <message>
            <source>The operating system gave up: it sent the connection request (or data, or keep-alive probes) again and again and never got an answer. This is the OS's own timeout, not the timeout you set on the socket. Python raises TimeoutError with errno ETIMEDOUT.</source>
            <translation>作業系統已放棄：它一次又一次地重發連線請求（或資料、保活探測），卻始終沒有收到應答。這是作業系統自己的逾時，而不是你在通訊端上設定的逾時。Python 會丟擲 errno 為 ETIMEDOUT 的 TimeoutError。</translation>
        </message>
        <message>
            <source>The host is down or does not exist on that network
A firewall silently drops the packets (no reset, no ICMP)
The route to the host is broken somewhere along the way
Keep-alive found the peer gone</source>
            <translation>主機已關機，或該網路上不存在此主機
防火牆悄悄丟棄了封包（沒有重置，也沒有 ICMP）
途中某處到該主機的路由中斷
保活機制發現對端已不存在</translation>
        </message>
        <message>
            <source>Check that the host is up and reachable (ping, traceroute/tracert)
Check firewalls on both sides and on the way
Set a shorter socket timeout (settimeout) if you do not want to wait for the OS</source>
            <translation>檢查主機是否已開機且可達（ping、traceroute/tracert）
檢查兩端以及沿途的防火牆
如果不想等待作業系統，請設定更短的通訊端逾時（settimeout）</translation>
        </message>
        <message>
            <source>The OS timeout differs: Linux gives up on connect after about 2 minutes (tcp_syn_retries), macOS after about 75 seconds, Windows after about 21 seconds (WSAETIMEDOUT, 10060).</source>
            <translation>作業系統的逾時各不相同：Linux 約 2 分鐘後放棄 connect（tcp_syn_retries），macOS 約 75 秒，Windows 約 21 秒（WSAETIMEDOUT，10060）。</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>已逾時</translation>
        </message>
        <message>
            <source>The timeout you set on this socket (settimeout) expired before the call could finish. The OS reported nothing; netcore stopped waiting. Python raises socket.timeout (TimeoutError since 3.10) with the message 'timed out'.</source>
            <translation>你在此通訊端上設定的逾時（settimeout）在呼叫完成之前已到期。作業系統並未報告任何錯誤，是 netcore 停止了等待。Python 會丟擲 socket.timeout（從 3.10 起為 TimeoutError），訊息為 'timed out'。</translation>
        </message>
        <message>
            <source>recv: the peer sent nothing within the timeout
connect: the handshake did not finish within the timeout (host slow, down or firewalled)
send: the peer did not read and the send buffer stayed full
accept: no client connected within the timeout</source>
            <translation>recv：對端在逾時時間內沒有傳送任何資料
connect：握手未在逾時時間內完成（主機響應慢、已關機或被防火牆攔截）
send：對端沒有讀取，傳送緩衝區一直是滿的
accept：逾時時間內沒有客戶端連線</translation>
        </message>
        <message>
            <source>Increase the timeout, or use blocking mode to wait without limit
Catch the timeout and retry, or give up politely
Check that the peer actually sends (and that your request reached it)</source>
            <translation>增大逾時時間，或使用阻塞模式無限期等待
捕獲逾時後重試，或妥善地放棄
檢查對端是否確實在傳送（以及你的請求是否已到達對端）</translation>
        </message>
        <message>
            <source>No route to host</source>
            <translation>沒有到主機的路由</translation>
        </message>
        <message>
            <source>The network stack (or a router on the way) reports that the host cannot be reached: no route, or nobody answers on the local network.</source>
            <translation>網路協定棧（或途中的路由器）報告無法到達該主機：沒有路由，或者本地網路上無人應答。</translation>
        </message>
        <message>
            <source>The host is switched off or not on this network (no ARP / neighbour answer)
A router on the way sent ICMP 'host unreachable'
A firewall rejects with 'host unreachable'</source>
            <translation>主機已關機或不在此網路上（沒有 ARP / 鄰居應答）
途中的路由器發回了 ICMP“主機不可達”
防火牆以“主機不可達”拒絕</translation>
        </message>
        <message>
            <source>Check the address, and that the host is up (ping)
Check routes (ip route / netstat -rn / route print) and firewalls</source>
            <translation>檢查位址，並確認主機已開機（ping）
檢查路由（ip route / netstat -rn / route print）和防火牆</translation>
        </message>
        <message>
            <source>Windows reports WSAEHOSTUNREACH (10065). Linux also uses EHOSTDOWN in some cases; netcore shows both as 'no route to host'.</source>
            <translation>Windows 報告 WSAEHOSTUNREACH（10065）。Linux 在某些情況下也會使用 EHOSTDOWN；netcore 將兩者都顯示為“沒有到主機的路由”。</translation>
        </message>
        <message>
            <source>Network is unreachable</source>
            <translation>網路不可達</translation>
        </message>
        <message>
            <source>There is no route from this machine to the destination's network.</source>
            <translation>從本機到目標所在的網路沒有路由。</translation>
        </message>
        <message>
            <source>No default gateway, or the interface is down
Connecting to an IPv6 address on a machine without IPv6 connectivity
VPN or routing table changes</source>
            <translation>沒有預設閘道器，或網路介面已關閉
在沒有 IPv6 連通性的機器上連線 IPv6 位址
VPN 或路由表發生了變化</translation>
        </message>
        <message>
            <source>Check the network connection and routing table (ip route / route print)
Try the IPv4 address, or resolve with AF_INET only</source>
            <translation>檢查網路連線和路由表（ip route / route print）
嘗試使用 IPv4 位址，或僅用 AF_INET 進行解析</translation>
        </message>
        <message>
            <source>Windows reports WSAENETUNREACH (10051).</source>
            <translation>Windows 報告 WSAENETUNREACH（10051）。</translation>
        </message>
        <message>
            <source>Network is down</source>
            <translation>網路已斷開</translation>
        </message>
        <message>
            <source>The network interface needed for this call is down.</source>
            <translation>此呼叫所需的網路介面已關閉。</translation>
        </message>
        <message>
            <source>Wi-Fi or cable disconnected
The interface was disabled or is being reconfigured</source>
            <translation>Wi-Fi 或網線已斷開
網路介面被禁用或正在重新配置</translation>
        </message>
        <message>
            <source>Reconnect the network and try again</source>
            <translation>重新連線網路後再試</translation>
        </message>
        <message>
            <source>Windows reports WSAENETDOWN (10050), also when the network stack itself has failed.</source>
            <translation>Windows 報告 WSAENETDOWN（10050），網路協定棧本身出現故障時也會報告此錯誤。</translation>
        </message>
        <message>
            <source>Broken pipe</source>
            <translation>管道已斷開</translation>
        </message>
        <message>
            <source>You sent data on a connection that is already closed for writing: the peer closed it (and reset it), or you called shutdown(SHUT_WR) yourself. Python raises BrokenPipeError.</source>
            <translation>你在一個已關閉寫入的連線上傳送了資料：對端關閉了連線（並將其重置），或者你自己呼叫了 shutdown(SHUT_WR)。Python 會丟擲 BrokenPipeError。</translation>
        </message>
        <message>
            <source>The peer closed the connection and you kept sending
You shut down the write side earlier (shutdown SHUT_WR / SD_SEND)
The first send after the peer's close succeeded; the next one fails</source>
            <translation>對端關閉了連線，而你仍在繼續傳送
你之前已關閉寫入端（shutdown SHUT_WR / SD_SEND）
對端關閉後的第一次 send 成功了，下一次則會失敗</translation>
        </message>
        <message>
            <source>Stop sending when recv returns 0 (end of stream) or an error
Design the protocol so each side knows when the other is done
Reconnect if you need to send more</source>
            <translation>當 recv 返回 0（流結束）或出錯時停止傳送
設計協定時讓雙方都能知道對方何時結束
如果還需要傳送更多資料，請重新連線</translation>
        </message>
        <message>
            <source>POSIX systems also raise the signal SIGPIPE, which kills a program by default; netcore suppresses it per socket (MSG_NOSIGNAL on Linux, SO_NOSIGPIPE on macOS) so you see EPIPE instead. Windows has no SIGPIPE and reports WSAESHUTDOWN (10058) after your own shutdown, and WSAECONNABORTED or WSAECONNRESET after the peer's close.</source>
            <translation>POSIX 系統還會發出 SIGPIPE 訊號，預設會終止程式；netcore 對每個通訊端遮蔽該訊號（Linux 上用 MSG_NOSIGNAL，macOS 上用 SO_NOSIGPIPE），因此你看到的是 EPIPE。Windows 沒有 SIGPIPE，在你自己呼叫 shutdown 之後報告 WSAESHUTDOWN（10058），在對端關閉之後報告 WSAECONNABORTED 或 WSAECONNRESET。</translation>
        </message>
        <message>
            <source>Message too long</source>
            <translation>訊息過長</translation>
        </message>
        <message>
            <source>The datagram is larger than the socket or the protocol can carry in one piece, or (Windows) larger than the buffer you received it into.</source>
            <translation>資料報太大，通訊端或協定無法一次承載，或者（Windows）大於你用來接收它的緩衝區。</translation>
        </message>
        <message>
            <source>sendto() with more than 65507 bytes of UDP payload over IPv4 (65527 over IPv6)
A datagram larger than the socket's send buffer (SO_SNDBUF) or the OS limit
Windows: recvfrom() into a buffer smaller than the datagram</source>
            <translation>透過 IPv4 用 sendto() 傳送超過 65507 位元組的 UDP 載荷（IPv6 為 65527）
資料報大於通訊端的傳送緩衝區（SO_SNDBUF）或作業系統的限制
Windows：用小於資料報的緩衝區呼叫 recvfrom()</translation>
        </message>
        <message>
            <source>Send smaller datagrams; keep them under the path MTU (about 1472 bytes) to avoid fragmentation
Use TCP for large messages
Receive with a buffer of 65535 bytes to be sure nothing is cut</source>
            <translation>傳送更小的資料報；使其小於路徑 MTU（約 1472 位元組）以避免分片
大訊息請使用 TCP
用 65535 位元組的緩衝區接收，確保不會截斷任何內容</translation>
        </message>
        <message>
            <source>On Windows recvfrom() into a small buffer fails with WSAEMSGSIZE (10040) and the rest of the datagram is lost. Linux and macOS cut the datagram silently (MSG_TRUNC tells); macOS's default UDP send limit (net.inet.udp.maxdgram, 9216 bytes) is lower than 65507.</source>
            <translation>在 Windows 上，用過小的緩衝區呼叫 recvfrom() 會以 WSAEMSGSIZE（10040）失敗，且資料報的剩餘部分會丟失。Linux 和 macOS 會悄悄截斷資料報（MSG_TRUNC 可以表明這一點）；macOS 預設的 UDP 傳送上限（net.inet.udp.maxdgram，9216 位元組）低於 65507。</translation>
        </message>
        <message>
            <source>Too many open files</source>
            <translation>開啟的檔案過多</translation>
        </message>
        <message>
            <source>This process has reached its limit of open file descriptors (sockets count as files), so no new socket can be created or accepted.</source>
            <translation>此程序開啟的檔案描述元已達上限（通訊端也算作檔案），因此無法再建立或接受新的通訊端。</translation>
        </message>
        <message>
            <source>Sockets are opened but never closed (a leak)
Many simultaneous connections with a low limit (often 1024 on Linux, 256 on macOS)</source>
            <translation>通訊端開啟後從未關閉（洩漏）
同時存在大量連線，而上限又很低（Linux 上通常為 1024，macOS 上為 256）</translation>
        </message>
        <message>
            <source>Close sockets you no longer need (with statement in Python, RAII in C++)
Raise the limit: ulimit -n 4096 (or in the service's configuration)</source>
            <translation>關閉不再需要的通訊端（Python 中用 with 語句，C++ 中用 RAII）
提高上限：ulimit -n 4096（或在服務的配置中設定）</translation>
        </message>
        <message>
            <source>Windows has no per-process descriptor limit of this kind; WSAEMFILE (10024) is rare there.</source>
            <translation>Windows 沒有這種按程序計算的描述符上限；WSAEMFILE（10024）在 Windows 上很少見。</translation>
        </message>
        <message>
            <source>Too many open files in system</source>
            <translation>系統中開啟的檔案過多</translation>
        </message>
        <message>
            <source>The whole system has reached its limit of open files, not just this process.</source>
            <translation>整個系統開啟的檔案數已達上限，而不僅僅是本程序。</translation>
        </message>
        <message>
            <source>Some process on the machine leaks descriptors
The system-wide limit is set very low</source>
            <translation>本機上某個程序洩漏了描述符
系統範圍的上限設定得非常低</translation>
        </message>
        <message>
            <source>Find the process with many open files (lsof)
Raise the system limit (fs.file-max on Linux, kern.maxfiles on macOS)</source>
            <translation>找出打開了大量檔案的程序（lsof）
提高系統上限（Linux 上為 fs.file-max，macOS 上為 kern.maxfiles）</translation>
        </message>
        <message>
            <source>Windows has no equivalent; this error comes from Linux and macOS.</source>
            <translation>Windows 沒有對應的錯誤；此錯誤來自 Linux 和 macOS。</translation>
        </message>
        <message>
            <source>No buffer space available</source>
            <translation>沒有可用的緩衝區空間</translation>
        </message>
        <message>
            <source>The operating system ran out of memory for socket buffers or other network resources.</source>
            <translation>作業系統用於通訊端緩衝區或其他網路資源的記憶體已耗盡。</translation>
        </message>
        <message>
            <source>Sending faster than the network can carry (especially UDP floods)
A very large number of sockets or connections
The machine is low on memory
Windows: ephemeral ports exhausted</source>
            <translation>傳送速度超過了網路的承載能力（尤其是 UDP 洪泛）
通訊端或連線的數量非常多
機器記憶體不足
Windows：臨時埠已耗盡</translation>
        </message>
        <message>
            <source>Slow down, or wait briefly and retry
Close unused sockets
Check memory and network resource use on the machine</source>
            <translation>降低速度，或稍等片刻再重試
關閉不用的通訊端
檢查機器的記憶體和網路資源使用情況</translation>
        </message>
        <message>
            <source>macOS returns ENOBUFS from sendto() when the interface queue is full, where Linux usually drops the datagram silently. Windows reports WSAENOBUFS (10055).</source>
            <translation>當網路介面佇列已滿時，macOS 的 sendto() 會返回 ENOBUFS，而 Linux 通常會悄悄丟棄該資料報。Windows 報告 WSAENOBUFS（10055）。</translation>
        </message>
        <message>
            <source>Address family not supported</source>
            <translation>不支援的位址族</translation>
        </message>
        <message>
            <source>The address family (IPv4, IPv6, Unix) of the address or socket is not supported here, or does not match the socket.</source>
            <translation>此處不支援該位址或通訊端的位址族（IPv4、IPv6、Unix），或者位址族與通訊端不匹配。</translation>
        </message>
        <message>
            <source>Using an IPv6 address with an IPv4 socket (or the other way round)
IPv6 disabled on this machine
AF_UNIX where the OS does not offer it</source>
            <translation>對 IPv4 通訊端使用 IPv6 位址（或者反過來）
本機已禁用 IPv6
在不支援 AF_UNIX 的作業系統上使用 AF_UNIX</translation>
        </message>
        <message>
            <source>Open the socket with the family of the address (AF_INET for 1.2.3.4, AF_INET6 for ::1)
Resolve the host name and use the family getaddrinfo returns</source>
            <translation>按位址的位址族開啟通訊端（1.2.3.4 用 AF_INET，::1 用 AF_INET6）
解析主機名，並使用 getaddrinfo 返回的位址族</translation>
        </message>
        <message>
            <source>Windows reports WSAEAFNOSUPPORT (10047); Linux and macOS may also use EPFNOSUPPORT.</source>
            <translation>Windows 報告 WSAEAFNOSUPPORT（10047）；Linux 和 macOS 也可能使用 EPFNOSUPPORT。</translation>
        </message>
        <message>
            <source>Protocol not supported</source>
            <translation>不支援的協定</translation>
        </message>
        <message>
            <source>The combination of family, socket type and protocol is not supported.</source>
            <translation>不支援這種位址族、通訊端型別和協定的組合。</translation>
        </message>
        <message>
            <source>Asking for TCP with a datagram socket or UDP with a stream socket
A socket type the OS does not offer (e.g. SOCK_SEQPACKET on macOS)</source>
            <translation>對資料報通訊端要求 TCP，或對流通訊端要求 UDP
作業系統不提供的通訊端型別（例如 macOS 上的 SOCK_SEQPACKET）</translation>
        </message>
        <message>
            <source>Use SOCK_STREAM for TCP and SOCK_DGRAM for UDP, with protocol 0</source>
            <translation>TCP 使用 SOCK_STREAM，UDP 使用 SOCK_DGRAM，協定引數均為 0</translation>
        </message>
        <message>
            <source>Windows reports WSAEPROTONOSUPPORT, WSAESOCKTNOSUPPORT or WSAEPROTOTYPE.</source>
            <translation>Windows 報告 WSAEPROTONOSUPPORT、WSAESOCKTNOSUPPORT 或 WSAEPROTOTYPE。</translation>
        </message>
        <message>
            <source>Protocol option not available</source>
            <translation>協定選項不可用</translation>
        </message>
        <message>
            <source>The socket option is unknown to this OS or does not apply to this kind of socket.</source>
            <translation>此作業系統不認識該通訊端選項，或該選項不適用於這種通訊端。</translation>
        </message>
        <message>
            <source>An option for TCP on a UDP socket (e.g. TCP_NODELAY)
An option that exists only on another OS (SO_REUSEPORT on Windows, SO_EXCLUSIVEADDRUSE elsewhere)</source>
            <translation>在 UDP 通訊端上使用 TCP 的選項（例如 TCP_NODELAY）
僅存在於其他作業系統上的選項（Windows 上的 SO_REUSEPORT，其他系統上的 SO_EXCLUSIVEADDRUSE）</translation>
        </message>
        <message>
            <source>Check that the option fits the socket type and platform</source>
            <translation>檢查該選項是否適用於此通訊端型別和平臺</translation>
        </message>
        <message>
            <source>Windows reports WSAENOPROTOOPT (10042). Option names and levels differ between platforms; netcore's option editor hides those the OS lacks.</source>
            <translation>Windows 報告 WSAENOPROTOOPT（10042）。選項名稱和級別因平臺而異；netcore 的選項編輯器會隱藏作業系統不支援的選項。</translation>
        </message>
        <message>
            <source>Operation not supported</source>
            <translation>不支援的操作</translation>
        </message>
        <message>
            <source>This socket type does not support the call.</source>
            <translation>此型別的通訊端不支援該呼叫。</translation>
        </message>
        <message>
            <source>listen() or accept() on a UDP socket
A send/recv flag the socket type does not support (e.g. MSG_OOB on UDP)</source>
            <translation>在 UDP 通訊端上呼叫 listen() 或 accept()
通訊端型別不支援的 send/recv 標誌（例如 UDP 上的 MSG_OOB）</translation>
        </message>
        <message>
            <source>Use listen/accept only with TCP (stream) sockets
For UDP, just bind() and recvfrom()</source>
            <translation>listen/accept 只能用於 TCP（流）通訊端
對於 UDP，只需 bind() 然後 recvfrom()</translation>
        </message>
        <message>
            <source>Windows reports WSAEOPNOTSUPP (10045). On Linux EOPNOTSUPP and ENOTSUP are the same number; on macOS they differ and netcore shows both as this error.</source>
            <translation>Windows 報告 WSAEOPNOTSUPP（10045）。在 Linux 上 EOPNOTSUPP 與 ENOTSUP 是同一個數值；在 macOS 上兩者不同，netcore 都將其顯示為此錯誤。</translation>
        </message>
        <message>
            <source>Invalid argument</source>
            <translation>無效的引數</translation>
        </message>
        <message>
            <source>An argument of the call is not valid for this socket in its current state.</source>
            <translation>對於該通訊端的當前狀態，此呼叫的某個引數無效。</translation>
        </message>
        <message>
            <source>bind() on a socket that is already bound
listen() before bind() on some systems, or accept() on a socket that is not listening
An address length or option value of the wrong size
A port out of range or an address that could not be parsed</source>
            <translation>在已繫結的通訊端上再次呼叫 bind()
在某些系統上於 bind() 之前呼叫 listen()，或在未監聽的通訊端上呼叫 accept()
位址長度或選項值的大小不正確
埠超出範圍，或位址格式無法識別</translation>
        </message>
        <message>
            <source>Check the order of calls: socket, bind, listen, accept (server) / socket, connect (client)
Check the address, port and option values</source>
            <translation>檢查呼叫順序：socket、bind、listen、accept（伺服器）/ socket、connect（客戶端）
檢查位址、埠和選項值</translation>
        </message>
        <message>
            <source>Windows reports WSAEINVAL (10022), e.g. for accept() without listen() and for a repeated connect().</source>
            <translation>Windows 報告 WSAEINVAL（10022），例如未 listen() 就呼叫 accept()，以及重複呼叫 connect() 時。</translation>
        </message>
        <message>
            <source>Not a valid socket</source>
            <translation>不是有效的通訊端</translation>
        </message>
        <message>
            <source>The handle passed to the call is not an open socket.</source>
            <translation>傳給此呼叫的控制代碼不是一個已開啟的通訊端。</translation>
        </message>
        <message>
            <source>The socket was already closed (possibly by another thread)
The number is a file, not a socket
A stale handle used after close()</source>
            <translation>通訊端已被關閉（可能是被另一個執行緒關閉的）
該描述符對應的是檔案，而不是通訊端
close() 之後仍在使用已失效的控制代碼</translation>
        </message>
        <message>
            <source>Do not use a socket after closing it
Make sure only one owner closes each socket</source>
            <translation>關閉通訊端後不要再使用它
確保每個通訊端只由一個所有者關閉</translation>
        </message>
        <message>
            <source>Linux and macOS report EBADF (closed) or ENOTSOCK (not a socket); Windows reports WSAENOTSOCK (10038).</source>
            <translation>Linux 和 macOS 報告 EBADF（已關閉）或 ENOTSOCK（不是通訊端）；Windows 報告 WSAENOTSOCK（10038）。</translation>
        </message>
        <message>
            <source>Bad address</source>
            <translation>錯誤的位址</translation>
        </message>
        <message>
            <source>The call got a pointer to memory it cannot use (a buffer or address structure).</source>
            <translation>呼叫收到了一個指向無法使用的記憶體的指標（緩衝區或位址結構）。</translation>
        </message>
        <message>
            <source>A programming error: a buffer or address pointer is invalid or too short</source>
            <translation>程式設計錯誤：緩衝區或位址指標無效，或者長度不足</translation>
        </message>
        <message>
            <source>Report this as a bug in the program making the call</source>
            <translation>請將此作為發起該呼叫的程式中的 bug 進行報告</translation>
        </message>
        <message>
            <source>Windows reports WSAEFAULT (10014), also for an address length that is too small.</source>
            <translation>Windows 報告 WSAEFAULT（10014），位址長度過小時也會報告此錯誤。</translation>
        </message>
        <message>
            <source>Destination address required</source>
            <translation>需要目標位址</translation>
        </message>
        <message>
            <source>The socket has no destination: it is not connected and the call gave no address.</source>
            <translation>該通訊端沒有目標：它未連線，呼叫中也沒有給出位址。</translation>
        </message>
        <message>
            <source>send() on an unconnected UDP socket
sendto() with an empty address</source>
            <translation>在未連線的 UDP 通訊端上呼叫 send()
用空位址呼叫 sendto()</translation>
        </message>
        <message>
            <source>Use sendto() with the destination's address
Or connect() the UDP socket to a default peer, then use send()</source>
            <translation>使用 sendto() 並指定目標位址
或者用 connect() 為 UDP 通訊端設定預設對端，然後使用 send()</translation>
        </message>
        <message>
            <source>Windows reports WSAEDESTADDRREQ (10039).</source>
            <translation>Windows 報告 WSAEDESTADDRREQ（10039）。</translation>
        </message>
        <message>
            <source>Interrupted system call</source>
            <translation>系統呼叫被中斷</translation>
        </message>
        <message>
            <source>A signal interrupted the call before it finished. netcore normally just repeats the call; you see this only when that was not possible.</source>
            <translation>呼叫在完成之前被訊號中斷。netcore 通常會直接重新呼叫；只有在無法重新呼叫時你才會看到此錯誤。</translation>
        </message>
        <message>
            <source>A signal arrived while the call was waiting (e.g. Ctrl+C, a timer)
Windows: a blocking call was cancelled with WSACancelBlockingCall or by closing the socket from another thread</source>
            <translation>呼叫等待期間收到了訊號（例如 Ctrl+C、定時器）
Windows：阻塞呼叫被 WSACancelBlockingCall 取消，或者通訊端被另一個執行緒關閉</translation>
        </message>
        <message>
            <source>Repeat the call (Python 3.5+ does this automatically, PEP 475)</source>
            <translation>重新呼叫（Python 3.5+ 會自動重試，見 PEP 475）</translation>
        </message>
        <message>
            <source>Windows reports WSAEINTR (10004), typically when another thread closes a socket that is blocked in a call.</source>
            <translation>Windows 報告 WSAEINTR（10004），通常是因為另一個執行緒關閉了一個阻塞在呼叫中的通訊端。</translation>
        </message>
        <message>
            <source>You cancelled the call before it finished (for example with the Stop button while it was blocked). This comes from SockLab, not from the OS.</source>
            <translation>你在呼叫完成之前取消了它（例如在呼叫阻塞時點選了“停止”按鈕）。這來自 SockLab，而不是作業系統。</translation>
        </message>
        <message>
            <source>The call was cancelled from the user interface or another thread</source>
            <translation>呼叫已從使用者介面或另一個執行緒中取消</translation>
        </message>
        <message>
            <source>Start the call again when you are ready</source>
            <translation>準備好後再次發起呼叫</translation>
        </message>
        <message>
            <source>Socket is closed</source>
            <translation>通訊端已關閉</translation>
        </message>
        <message>
            <source>The call was made on a socket that has already been closed. This comes from netcore, not from the OS: the socket no longer exists.</source>
            <translation>此呼叫作用於一個已經關閉的通訊端。這來自 netcore，而不是作業系統：該通訊端已不存在。</translation>
        </message>
        <message>
            <source>The socket was closed before this call (Python: OSError [Errno 9] Bad file descriptor)
The session was stopped</source>
            <translation>通訊端在此呼叫之前已關閉（Python：OSError [Errno 9] Bad file descriptor）
會話已停止</translation>
        </message>
        <message>
            <source>Open a new socket</source>
            <translation>開啟一個新的通訊端</translation>
        </message>
        <message>
            <source>Host not found</source>
            <translation>找不到主機</translation>
        </message>
        <message>
            <source>Name resolution (DNS, hosts file) found no address for this host name. Python raises socket.gaierror: [Errno -2] Name or service not known.</source>
            <translation>名稱解析（DNS、hosts 檔案）沒有為該主機名找到任何位址。Python 會丟擲 socket.gaierror: [Errno -2] Name or service not known。</translation>
        </message>
        <message>
            <source>A typo in the host name
The name does not exist in DNS (or only on another network / VPN)
A numeric address with a mistake (e.g. 127.0.0.256) is treated as a name</source>
            <translation>主機名拼寫錯誤
該名稱在 DNS 中不存在（或只存在於其他網路 / VPN 中）
有錯誤的數字位址（例如 127.0.0.256）被當作名稱處理</translation>
        </message>
        <message>
            <source>Check the spelling; try the name with nslookup / dig / ping
Use an IP address directly (127.0.0.1, ::1)
Check the hosts file and DNS settings</source>
            <translation>檢查拼寫；用 nslookup / dig / ping 測試該名稱
直接使用 IP 位址（127.0.0.1、::1）
檢查 hosts 檔案和 DNS 設定</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_NONAME; Windows reports WSAHOST_NOT_FOUND (11001), which is its EAI_NONAME.</source>
            <translation>Linux 和 macOS 報告 EAI_NONAME；Windows 報告 WSAHOST_NOT_FOUND（11001），即 Windows 上的 EAI_NONAME。</translation>
        </message>
        <message>
            <source>Temporary failure in name resolution</source>
            <translation>名稱解析暫時失敗</translation>
        </message>
        <message>
            <source>The DNS server could not be reached or did not answer in time. The name may well exist; try again later.</source>
            <translation>無法連線 DNS 伺服器，或 DNS 伺服器未能及時應答。該名稱可能確實存在；請稍後再試。</translation>
        </message>
        <message>
            <source>No network connection, or the DNS server is down
A firewall blocks DNS (port 53)
Slow DNS on a VPN or captive portal</source>
            <translation>沒有網路連線，或 DNS 伺服器宕機
防火牆阻止了 DNS（埠 53）
在 VPN 或強制門戶（captive portal）下 DNS 很慢</translation>
        </message>
        <message>
            <source>Check the network connection and DNS settings
Try again in a moment
Use an IP address to bypass DNS</source>
            <translation>檢查網路連線和 DNS 設定
稍後再試
使用 IP 位址以繞過 DNS</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_AGAIN; Windows reports WSATRY_AGAIN (11002).</source>
            <translation>Linux 和 macOS 報告 EAI_AGAIN；Windows 報告 WSATRY_AGAIN（11002）。</translation>
        </message>
        <message>
            <source>Service not found</source>
            <translation>找不到服務</translation>
        </message>
        <message>
            <source>The service (port) name is not in the services database for this socket type, for example a misspelled name or a service known only for TCP asked for with UDP.</source>
            <translation>該服務（埠）名稱不在此通訊端型別的服務資料庫中，例如名稱拼寫錯誤，或者對一個僅為 TCP 定義的服務按 UDP 查詢。</translation>
        </message>
        <message>
            <source>A service name instead of a port number that the services database lacks
A service that exists only for TCP asked for UDP</source>
            <translation>用服務資料庫中沒有的服務名稱代替埠號
對僅存在於 TCP 的服務按 UDP 查詢</translation>
        </message>
        <message>
            <source>Use a port number (80) instead of a name (http)</source>
            <translation>使用埠號（80）而不是名稱（http）</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_SERVICE; Windows reports WSATYPE_NOT_FOUND (10109).</source>
            <translation>Linux 和 macOS 報告 EAI_SERVICE；Windows 報告 WSATYPE_NOT_FOUND（10109）。</translation>
        </message>
        <message>
            <source>No address of the requested family</source>
            <translation>沒有所請求位址族的位址</translation>
        </message>
        <message>
            <source>The host name exists, but it has no address of the family you asked for (for example only IPv4 when you asked for IPv6), or no address at all.</source>
            <translation>該主機名存在，但沒有你所請求的位址族的位址（例如你請求的是 IPv6，而它只有 IPv4），或者根本沒有位址。</translation>
        </message>
        <message>
            <source>Asking for IPv6 (AF_INET6) for a host that has only IPv4 addresses, or the other way round
The DNS name exists but has no A/AAAA record</source>
            <translation>為只有 IPv4 位址的主機請求 IPv6（AF_INET6），或者反過來
該 DNS 名稱存在，但沒有 A/AAAA 記錄</translation>
        </message>
        <message>
            <source>Ask for any family (AF_UNSPEC) and use what getaddrinfo returns
Check the host's DNS records (dig A / dig AAAA)</source>
            <translation>請求任意位址族（AF_UNSPEC），並使用 getaddrinfo 返回的結果
檢查該主機的 DNS 記錄（dig A / dig AAAA）</translation>
        </message>
        <message>
            <source>Linux reports EAI_ADDRFAMILY or EAI_NODATA, macOS EAI_NODATA or EAI_FAMILY; Windows reports WSANO_DATA (11004) or WSAEAFNOSUPPORT.</source>
            <translation>Linux 報告 EAI_ADDRFAMILY 或 EAI_NODATA，macOS 報告 EAI_NODATA 或 EAI_FAMILY；Windows 報告 WSANO_DATA（11004）或 WSAEAFNOSUPPORT。</translation>
        </message>
        <message>
            <source>Name resolution failed</source>
            <translation>名稱解析失敗</translation>
        </message>
        <message>
            <source>The resolver failed for a reason other than an unknown name, such as a permanent DNS server error or invalid flags.</source>
            <translation>解析器因名稱未知以外的原因而失敗，例如 DNS 伺服器的永久性錯誤或無效的標誌。</translation>
        </message>
        <message>
            <source>The DNS server answered with a permanent failure (SERVFAIL / refused)
Invalid hints or flags passed to getaddrinfo
A system error inside the resolver</source>
            <translation>DNS 伺服器返回了永久性失敗（SERVFAIL / 拒絕查詢）
傳給 getaddrinfo 的 hints 或標誌無效
解析器內部發生系統錯誤</translation>
        </message>
        <message>
            <source>Check the DNS configuration
Try another DNS server, or an IP address instead of the name</source>
            <translation>檢查 DNS 配置
換一個 DNS 伺服器，或用 IP 位址代替名稱</translation>
        </message>
        <message>
            <source>Linux and macOS report EAI_FAIL, EAI_SYSTEM and others; Windows reports WSANO_RECOVERY (11003).</source>
            <translation>Linux 和 macOS 報告 EAI_FAIL、EAI_SYSTEM 等；Windows 報告 WSANO_RECOVERY（11003）。</translation>
        </message>
        <message>
            <source>Winsock not initialized</source>
            <translation>Winsock 未初始化</translation>
        </message>
        <message>
            <source>The Windows socket library was not started (WSAStartup) before the call. netcore starts it itself, so this means an internal error.</source>
            <translation>呼叫之前未啟動 Windows 通訊端型檔（WSAStartup）。netcore 會自行啟動它，因此出現此錯誤意味著內部錯誤。</translation>
        </message>
        <message>
            <source>A socket call before WSAStartup, or after WSACleanup</source>
            <translation>在 WSAStartup 之前或 WSACleanup 之後呼叫了通訊端函式</translation>
        </message>
        <message>
            <source>Report this as a bug</source>
            <translation>請報告此 bug</translation>
        </message>
        <message>
            <source>Windows only (WSANOTINITIALISED, 10093). Linux and macOS need no initialization.</source>
            <translation>僅限 Windows（WSANOTINITIALISED，10093）。Linux 和 macOS 無需初始化。</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外錯誤</translation>
        </message>
        <message>
            <source>The OS reported an error that SockLab does not have an explanation for yet. The native name, number and message above are exactly what the OS said.</source>
            <translation>作業系統報告了一個 SockLab 尚無說明的錯誤。上方的原生名稱、編號和訊息與作業系統給出的完全一致。</translation>
        </message>
        <message>
            <source>See the OS message</source>
            <translation>請參閱作業系統訊息</translation>
        </message>
        <message>
            <source>Search for the native error name together with the call's name</source>
            <translation>將原生錯誤名稱與呼叫名稱一起搜尋</translation>
        </message>
        <message>
            <source>Linux/macOS: bind a port whose old connections sit in TIME_WAIT. Windows: lets another socket bind the same port even while it is in use (use SO_EXCLUSIVEADDRUSE to forbid that).</source>
            <translation>Linux/macOS：允許繫結舊連線仍處於 TIME_WAIT 的埠。Windows：即使埠正在使用，也允許另一個通訊端繫結同一埠（使用 SO_EXCLUSIVEADDRUSE 可禁止這種情況）。</translation>
        </message>
        <message>
            <source>Several sockets share one port; Linux spreads incoming connections between them.</source>
            <translation>多個通訊端共享同一埠；Linux 會在它們之間分配傳入的連線。</translation>
        </message>
        <message>
            <source>Windows: no other socket may bind this port, SO_REUSEADDR or not.</source>
            <translation>Windows：無論是否設定 SO_REUSEADDR，其他通訊端都不能繫結此埠。</translation>
        </message>
        <message>
            <source>Probe an idle connection so a vanished peer is noticed (after about 2 hours by default).</source>
            <translation>探測空閒連線，以便發現已消失的對端（預設約 2 小時後開始）。</translation>
        </message>
        <message>
            <source>Send small segments at once instead of waiting to coalesce them (Nagle's algorithm off).</source>
            <translation>立即傳送小的報文段，而不是等待合併（關閉 Nagle 演算法）。</translation>
        </message>
        <message>
            <source>Linux doubles the value you set (the extra half is bookkeeping) and reports the doubled value.</source>
            <translation>Linux 會將你設定的值加倍（多出的一半用於核心的管理開銷），並報告加倍後的值。</translation>
        </message>
        <message>
            <source>Linux doubles this one too.</source>
            <translation>Linux 同樣會將此值加倍。</translation>
        </message>
        <message>
            <source>On with 0 seconds: close() discards unsent data and sends RST (an abortive close).</source>
            <translation>開啟且時間為 0 秒：close() 會丟棄未傳送的資料併發送 RST（強制關閉）。</translation>
        </message>
        <message>
            <source>Needed to send to a broadcast address; without it sendto fails with EACCES.</source>
            <translation>向廣播位址傳送時必需；不設定時 sendto 會以 EACCES 失敗。</translation>
        </message>
        <message>
            <source>Hop limit of unicast packets (IPV6_UNICAST_HOPS on an IPv6 socket).</source>
            <translation>單播封包的跳數限制（在 IPv6 通訊端上為 IPV6_UNICAST_HOPS）。</translation>
        </message>
        <message>
            <source>Hop limit of multicast packets: 1 keeps them on the local network (IPV6_MULTICAST_HOPS).</source>
            <translation>多點傳送封包的跳數限制：1 表示只在本地網路內傳播（IPV6_MULTICAST_HOPS）。</translation>
        </message>
        <message>
            <source>Whether this host receives its own multicast packets (IPV6_MULTICAST_LOOP).</source>
            <translation>本主機是否接收自己發出的多點傳送封包（IPV6_MULTICAST_LOOP）。</translation>
        </message>
        <message>
            <source>Off: an IPv6 socket bound to :: also accepts IPv4 (as ::ffff:a.b.c.d). Default on for Windows.</source>
            <translation>關閉時：繫結到 :: 的 IPv6 通訊端也接受 IPv4（表現為 ::ffff:a.b.c.d）。Windows 上預設開啟。</translation>
        </message>
        <message>
            <source>The OS's own receive timeout: a blocking recv fails with EAGAIN after it (0 = none).</source>
            <translation>作業系統自身的接收逾時：逾時後阻塞的 recv 會以 EAGAIN 失敗（0 = 不限）。</translation>
        </message>
        <message>
            <source>The OS's own send timeout (0 = none).</source>
            <translation>作業系統自身的傳送逾時（0 = 不限）。</translation>
        </message>
        <message>
            <source>The pending error, e.g. how a non-blocking connect ended. Reading it clears it.</source>
            <translation>待處理的錯誤，例如非阻塞 connect 的結果。讀取後即被清除。</translation>
        </message>
        <message>
            <source>SOCK_STREAM or SOCK_DGRAM, as a number.</source>
            <translation>SOCK_STREAM 或 SOCK_DGRAM，以數字表示。</translation>
        </message>
        <message>
            <source>Whether listen() was called.</source>
            <translation>是否已呼叫 listen()。</translation>
        </message>
        <message>
            <source>column %1: a port number is missing</source>
            <translation>第 %1 列：缺少埠號</translation>
        </message>
        <message>
            <source>column %1: port must be 0 to 65535</source>
            <translation>第 %1 列：埠必須在 0 到 65535 之間</translation>
        </message>
        <message>
            <source>column %1: the port must be digits only</source>
            <translation>第 %1 列：埠只能由數字組成</translation>
        </message>
        <message>
            <source>column %1: '%2' is not a numeric IPv4 or IPv6 address</source>
            <translation>第 %1 列：“%2”不是數字形式的 IPv4 或 IPv6 位址</translation>
        </message>
        <message>
            <source>column %1: '%2' is not a numeric IPv6 address</source>
            <translation>第 %1 列：“%2”不是數字形式的 IPv6 位址</translation>
        </message>
        <message>
            <source>column %1: no network interface is called '%2'</source>
            <translation>第 %1 列：沒有名為“%2”的網路介面</translation>
        </message>
        <message>
            <source>column %1: ']' is missing after the IPv6 address</source>
            <translation>第 %1 列：IPv6 位址後缺少“]”</translation>
        </message>
        <message>
            <source>column %1: ':' and a port must follow ']'</source>
            <translation>第 %1 列：“]”後面必須跟“:”和埠</translation>
        </message>
        <message>
            <source>column %1: ':port' is missing (e.g. 127.0.0.1:8080)</source>
            <translation>第 %1 列：缺少“:port”（例如 127.0.0.1:8080）</translation>
        </message>
        <message>
            <source>column %1: write an IPv6 address in brackets: [::1]:8080</source>
            <translation>第 %1 列：IPv6 位址要寫在方括號中：[::1]:8080</translation>
        </message>
        <message>
            <source>column %1: the socket path is empty</source>
            <translation>第 %1 列：通訊端路徑為空</translation>
        </message>
        <message>
            <source>column %1: the socket path contains a NUL byte</source>
            <translation>第 %1 列：通訊端路徑包含 NUL 位元組</translation>
        </message>
        <message>
            <source>column %1: the path is longer than sun_path (%2 bytes)</source>
            <translation>第 %1 列：路徑長度超過 sun_path（%2 位元組）</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>未連線</translation>
        </message>
        <message>
            <source>no delimiter within %1 bytes (the maximum message size)</source>
            <translation>在 %1 個位元組（訊息的最大長度）內沒有找到分隔符</translation>
        </message>
        <message>
            <source>message of %1 bytes exceeds the maximum of %2</source>
            <translation>%1 位元組的訊息超過了最大值 %2</translation>
        </message>
        <message>
            <source>the delimiter is empty</source>
            <translation>分隔符為空</translation>
        </message>
        <message>
            <source>a length prefix has 1, 2, 4 or 8 bytes, not %1</source>
            <translation>長度字首為 1、2、4 或 8 個位元組，而不是 %1</translation>
        </message>
        <message>
            <source>the fixed message size must be at least 1 byte</source>
            <translation>固定訊息長度至少為 1 位元組</translation>
        </message>
        <message>
            <source>the message contains the delimiter at byte %1, so the receiver would split it there</source>
            <translation>訊息在第 %1 位元組處包含分隔符，接收方會在那裡把它拆開</translation>
        </message>
        <message>
            <source>message of %1 bytes does not fit a %2-byte length prefix</source>
            <translation>%1 位元組的訊息無法用 %2 位元組的長度字首表示</translation>
        </message>
        <message>
            <source>message of %1 bytes, but every message must be %2 bytes</source>
            <translation>訊息為 %1 位元組，但每條訊息必須是 %2 位元組</translation>
        </message>
        <message>
            <source>IoLoop::watch called outside the loop's thread</source>
            <translation>在事件迴圈所線上程之外呼叫了 IoLoop::watch</translation>
        </message>
        <message>
            <source>the handle is not watched</source>
            <translation>該控制代碼未被監視</translation>
        </message>
        <message>
            <source>length prefix announces %1 bytes, more than the maximum of %2</source>
            <translation>長度字首聲明瞭 %1 個位元組，超過了最大值 %2</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>已逾時</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>the socket is closed</source>
            <translation>通訊端已關閉</translation>
        </message>
        <message>
            <source>the handshake is still running</source>
            <translation>握手仍在進行中</translation>
        </message>
        <message>
            <source>cancelled while waiting</source>
            <translation>等待時已取消</translation>
        </message>
        <message>
            <source>this OS has no such option</source>
            <translation>此作業系統沒有該選項</translation>
        </message>
        <message>
            <source>the option is read-only</source>
            <translation>該選項是隻讀的</translation>
        </message>
        <message>
            <source>expects a duration</source>
            <translation>需要一個時長</translation>
        </message>
        <message>
            <source>expects on/off and seconds</source>
            <translation>需要 on/off 和秒數</translation>
        </message>
        <message>
            <source>expects a number or on/off</source>
            <translation>需要一個數字或 on/off</translation>
        </message>
        <message>
            <source>not a multicast group address</source>
            <translation>不是多點傳送組位址</translation>
        </message>
        <message>
            <source>the socket is closed (or is not one of this session's)</source>
            <translation>通訊端已關閉（或不屬於此會話）</translation>
        </message>
        <message>
            <source>the connection is closed</source>
            <translation>連線已關閉</translation>
        </message>
        <message>
            <source>the sending side was shut down</source>
            <translation>傳送方向已關閉</translation>
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
            <translation>所需引數不是浮點數</translation>
        </message>
        <message>
            <source>float too large to pack with f format</source>
            <translation>浮點數太大，無法用 f 格式打包</translation>
        </message>
        <message>
            <source>float too large to pack with e format</source>
            <translation>浮點數太大，無法用 e 格式打包</translation>
        </message>
        <message>
            <source>required argument is not an integer</source>
            <translation>所需引數不是整數</translation>
        </message>
        <message>
            <source>pack expected %1 items for packing (got %2)</source>
            <translation>pack 需要 %1 個要打包的項（實際為 %2 個）</translation>
        </message>
        <message>
            <source>argument for '%1' must be a bytes object</source>
            <translation>“%1”的引數必須是 bytes 物件</translation>
        </message>
        <message>
            <source>char format requires a bytes object of length 1</source>
            <translation>char 格式需要長度為 1 的 bytes 物件</translation>
        </message>
        <message>
            <source>total struct size too long</source>
            <translation>struct 總大小過長</translation>
        </message>
        <message>
            <source>repeat count given without format specifier</source>
            <translation>給出了重複計數，但沒有格式說明符</translation>
        </message>
        <message>
            <source>bad char in struct format</source>
            <translation>struct 格式中有無效字元</translation>
        </message>
        <message>
            <source>unpack requires a buffer of %1 bytes</source>
            <translation>unpack 需要 %1 位元組的緩衝區</translation>
        </message>
        <message>
            <source>unpack_from requires a buffer of at least %1 bytes for unpacking %2 bytes at offset %3 (actual buffer size is %4)</source>
            <translation>unpack_from 需要至少 %1 位元組的緩衝區，才能在偏移量 %3 處解包 %2 個位元組（實際緩衝區大小為 %4）</translation>
        </message>
        <message>
            <source>string is missing its closing quote</source>
            <translation>字串缺少右引號</translation>
        </message>
        <message>
            <source>expected a space after the closing quote</source>
            <translation>右引號後應為空格</translation>
        </message>
        <message>
            <source>'%1' is not a bool (true, false, 1 or 0)</source>
            <translation>“%1”不是布林值（true、false、1 或 0）</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>“%1”不是數字</translation>
        </message>
        <message>
            <source>'%1' is not an integer</source>
            <translation>“%1”不是整數</translation>
        </message>
        <message>
            <source>the format needs %1 values, got %2</source>
            <translation>該格式需要 %1 個值，實際為 %2 個</translation>
        </message>
        <message>
            <source>close the current connection first</source>
            <translation>請先關閉當前連線</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>%1 ms 內無應答</translation>
        </message>
        <message>
            <source>the session is already listening</source>
            <translation>會話已在監聽</translation>
        </message>
        <message>
            <source>no such open connection</source>
            <translation>沒有這個已開啟的連線</translation>
        </message>
        <message>
            <source>a backslash at the end needs a character after it</source>
            <translation>末尾的反斜槓後面需要跟一個字元</translation>
        </message>
        <message>
            <source>\x needs two hex digits, e.g. \x41</source>
            <translation>\x 需要兩位十六進位數字，例如 \x41</translation>
        </message>
        <message>
            <source>'%1' is not a hex digit (\x needs two)</source>
            <translation>“%1”不是十六進位數字（\x 需要兩位）</translation>
        </message>
        <message>
            <source>unknown escape \%1 (use \\ for a backslash)</source>
            <translation>未知的轉義序列 \%1（反斜槓請寫作 \\）</translation>
        </message>
        <message>
            <source>'%1' is not a hex digit</source>
            <translation>“%1”不是十六進位數字</translation>
        </message>
        <message>
            <source>'%1' has no hex digits</source>
            <translation>“%1”不含十六進位數字</translation>
        </message>
        <message>
            <source>'%1' has an odd number of hex digits (each byte needs two)</source>
            <translation>“%1”的十六進位數字個數為奇數（每個位元組需要兩位）</translation>
        </message>
        <message>
            <source>the session is already bound</source>
            <translation>會話已繫結</translation>
        </message>
        <message>
            <source>the session is not started</source>
            <translation>會話尚未啟動</translation>
        </message>
        <message>
            <source>send() needs a connected socket: use sendTo or connect</source>
            <translation>send() 需要已連線的通訊端：請使用 sendTo 或 connect</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
</TS>
