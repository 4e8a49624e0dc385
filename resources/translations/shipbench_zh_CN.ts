<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppTexts</name>
    <message>
        <location filename="../../ui/app_texts.py" line="23"/>
        <source>no order lines</source>
        <translation>订单没有商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="24"/>
        <source>no shipping method</source>
        <translation>没有物流方式</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="25"/>
        <source>payment not cleared</source>
        <translation>付款未到账</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="26"/>
        <source>cancelled on marketplace</source>
        <translation>已在平台取消</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="27"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="28"/>
        <source>recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="29"/>
        <source>street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="30"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="31"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="32"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="33"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="34"/>
        <source>lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="36"/>
        <source>wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="37"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN 码为 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="38"/>
        <source>a user needs a name</source>
        <translation>用户必须有名字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="39"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="40"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="41"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="42"/>
        <source>a reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="43"/>
        <source>nothing to undo: this station&apos;s last scan-out is already undone</source>
        <translation>没有可撤销的操作：本工位最后一次出库扫描已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="45"/>
        <source>this parcel is already verified: scan the next parcel</source>
        <translation>此包裹已验货：请扫描下一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="46"/>
        <source>an override needs a reason</source>
        <translation>强制放行必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="47"/>
        <source>the scale reads nothing: put the parcel on the scale</source>
        <translation>电子秤没有读数：请把包裹放到秤上</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="49"/>
        <source>this handover batch is closed: open a new one</source>
        <translation>此交接批次已关闭：请新建一个批次</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="50"/>
        <source>this handover batch is already closed</source>
        <translation>此交接批次已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="52"/>
        <source>nothing to print</source>
        <translation>没有需要打印的面单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="53"/>
        <source>a hold needs a reason</source>
        <translation>暂缓必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="54"/>
        <source>name the orders, or pass --all</source>
        <translation>请指定订单，或使用 --all</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="55"/>
        <source>documents are PDF (laser printer) or ESC/POS (80 mm)</source>
        <translation>单据格式只能是 PDF（激光打印机）或 ESC/POS（80 毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="57"/>
        <source>waybill</source>
        <translation>待取运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="58"/>
        <source>requested</source>
        <translation>运单申请中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="59"/>
        <source>failed</source>
        <translation>运单失败</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="60"/>
        <source>labelled</source>
        <translation>已出面单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="61"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="62"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="63"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="65"/>
        <source>The database is busy (another station or program is writing). Try again in a moment.</source>
        <translation>数据库正忙（其他工位或程序正在写入），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="66"/>
        <source>The disk failed while writing the database. Check the disk and try again.</source>
        <translation>写入数据库时磁盘出错，请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="67"/>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>磁盘已满，请清理空间；本次操作未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="68"/>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>数据库文件为只读，请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="69"/>
        <source>The database file is damaged or not a Shipbench database.</source>
        <translation>数据库文件已损坏，或不是 Shipbench 数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="70"/>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation>数据库文件已损坏，请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="71"/>
        <source>The database file cannot be opened. Check the path and its permissions.</source>
        <translation>无法打开数据库文件，请检查路径和权限。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="72"/>
        <source>The database server refused the connection. Is PostgreSQL running?</source>
        <translation>数据库服务器拒绝连接。PostgreSQL 是否在运行？</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="73"/>
        <source>The database server cannot be reached. Check the network and the server.</source>
        <translation>无法连接数据库服务器，请检查网络和服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="75"/>
        <source>the marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="76"/>
        <source>the carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="82"/>
        <source>unpaired SKU %1</source>
        <translation>SKU %1 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="83"/>
        <source>address incomplete: %1 missing</source>
        <translation>地址不完整：缺少%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="84"/>
        <source>changed on marketplace: %1</source>
        <translation>已在平台修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="85"/>
        <source>on hold: %1</source>
        <translation>暂缓：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="86"/>
        <source>%1 is a %2: this needs a %3</source>
        <translation>%1 是%2：此操作需要%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="87"/>
        <source>unknown role %1: use %2</source>
        <translation>未知角色 %1：请使用 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="88"/>
        <source>no parcel has the code %1</source>
        <translation>没有包裹的条码是 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="89"/>
        <source>No parcel has the code %1.</source>
        <translation>没有包裹的条码是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="90"/>
        <source>Do not pack: order %1 was %2.</source>
        <translation>不要打包：订单 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="91"/>
        <source>parcel %1 is %2, not intercepted: scan it normally</source>
        <translation>包裹 %1 的状态是%2，未被拦截：请正常扫描</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="92"/>
        <source>the waybill of %1 was already voided at the carrier: request a new waybill</source>
        <translation>%1 的运单已在物流商处作废：请重新申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="93"/>
        <source>the marketplace was already told parcel %1 shipped; correct it there</source>
        <translation>平台已收到包裹 %1 的发货通知；请到平台上更正</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="94"/>
        <source>order %1 already has a waybill; void it before holding the order</source>
        <translation>订单 %1 已有运单；请先作废运单再暂缓订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="95"/>
        <source>parcel %1 has no label yet (%2); request its waybill first</source>
        <translation>包裹 %1 还没有面单（%2）；请先申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="96"/>
        <source>parcel %1 was already printed: a reprint needs a reason</source>
        <translation>包裹 %1 已打印过：补打必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="97"/>
        <source>%1 printed parcels for %2 were not scanned: find them, or close the batch without them</source>
        <translation>%2 有 %1 个已打印的包裹未扫描：请找到它们，或不含这些包裹关闭批次</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="98"/>
        <source>print order must be one of %1</source>
        <translation>打印顺序必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="99"/>
        <source>print job %1 already finished</source>
        <translation>打印任务 %1 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="100"/>
        <source>no print job %1</source>
        <translation>没有打印任务 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="101"/>
        <source>no handover batch %1</source>
        <translation>没有交接批次 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="102"/>
        <source>no carrier account %1</source>
        <translation>没有物流账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="103"/>
        <source>no label template %1</source>
        <translation>没有面单模板 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="104"/>
        <source>a printer is already called %1</source>
        <translation>已有名为 %1 的打印机</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="105"/>
        <source>no printer %1</source>
        <translation>没有打印机 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="106"/>
        <source>no shop %1</source>
        <translation>没有店铺 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="107"/>
        <source>no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="108"/>
        <source>parcel %1 is gone</source>
        <translation>包裹 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="109"/>
        <source>no parcel %1</source>
        <translation>没有包裹 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="110"/>
        <source>%1 did not answer in time</source>
        <translation>%1未及时响应</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="111"/>
        <source>%1 cannot be reached (%2)</source>
        <translation>无法连接%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="112"/>
        <source>%1 dropped the connection (%2)</source>
        <translation>%1断开了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="113"/>
        <source>%1 failed mid-request (%2)</source>
        <translation>%1在请求中途出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="114"/>
        <source>%1 failed (%2)</source>
        <translation>%1出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="171"/>
        <location filename="../../ui/app_texts.py" line="148"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="172"/>
        <location filename="../../ui/app_texts.py" line="145"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <location filename="../../ui/batch_actions.py" line="84"/>
        <source>Select one or more orders first</source>
        <translation>请先选择一个或多个订单</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="107"/>
        <source>Hold orders</source>
        <translation>暂缓订单</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="167"/>
        <location filename="../../ui/batch_actions.py" line="200"/>
        <source>Printing stopped</source>
        <translation>打印已停止</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="168"/>
        <source>Printed %1 of %2 labels. Stopped: %3

Print again to resume.</source>
        <translation>已打印 %1/%2 张面单。停止原因：%3

再次打印即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="201"/>
        <source>Printed %1 of %2 labels. Stopped: %3

Resume it in Print jobs.</source>
        <translation>已打印 %1/%2 张面单。停止原因：%3

可在“打印任务”中继续。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="209"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="215"/>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1：新增 %2，更新 %3</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="218"/>
        <source>%1: offline — %2</source>
        <translation>%1：离线 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="219"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="94"/>
        <source>Approved %n order</source>
        <translation>
            <numerusform>已审核 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="94"/>
        <source>Approved %n orders</source>
        <translation>
            <numerusform>已审核 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="96"/>
        <source>%n still needs a fix (see the reasons)</source>
        <translation>
            <numerusform>%n 个仍需处理（见原因）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="96"/>
        <source>%n still need a fix (see the reasons)</source>
        <translation>
            <numerusform>%n 个仍需处理（见原因）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="106"/>
        <source>Why hold this order?</source>
        <translation>
            <numerusform>为什么暂缓此订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="106"/>
        <source>Why hold these %n orders?</source>
        <translation>
            <numerusform>为什么暂缓这 %n 个订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="113"/>
        <source>Held %n order</source>
        <translation>
            <numerusform>已暂缓 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="113"/>
        <source>Held %n orders</source>
        <translation>
            <numerusform>已暂缓 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="122"/>
        <source>Waybill requested for %n parcel; it arrives in the background</source>
        <translation>
            <numerusform>已为 %n 个包裹申请运单，运单号将在后台返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="122"/>
        <source>Waybills requested for %n parcels; they arrive in the background</source>
        <translation>
            <numerusform>已为 %n 个包裹申请运单，运单号将在后台返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="124"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="170"/>
        <source>Printed %n label to </source>
        <translation>
            <numerusform>已打印 %n 张面单，打印机：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="170"/>
        <source>Printed %n labels to </source>
        <translation>
            <numerusform>已打印 %n 张面单，打印机：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="203"/>
        <source>Reprinted %n label</source>
        <translation>
            <numerusform>已补打 %n 张面单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="203"/>
        <source>Reprinted %n labels</source>
        <translation>
            <numerusform>已补打 %n 张面单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/documents_menu.py" line="26"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="27"/>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="43"/>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="44"/>
        <source>Pick list…</source>
        <translation>拣货单…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="46"/>
        <source>Packing slips…</source>
        <translation>装箱单…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="56"/>
        <source>Select one or more orders first</source>
        <translation>请先选择一个或多个订单</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="72"/>
        <source>Sending %1 to %2…</source>
        <translation>正在发送 %1 到 %2…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="73"/>
        <source>%1 sent to %2</source>
        <translation>%1 已发送到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="76"/>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="76"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="85"/>
        <source>%1 saved to %2</source>
        <translation>%1 已保存到 %2</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../ui/station_handover.py" line="34"/>
        <source>Open batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="35"/>
        <source>Close batch (driver signed)</source>
        <translation>关闭批次（司机已签收）</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="36"/>
        <source>Manifest…</source>
        <translation>交接清单…</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="55"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="55"/>
        <source>In the van</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="55"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="71"/>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="77"/>
        <source>Printed but not scanned yet</source>
        <translation>已打印但尚未扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="118"/>
        <source>Choose the carrier and open a batch (or just scan)</source>
        <translation>选择物流商并新建批次（或直接扫描）</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="124"/>
        <source>%1: loading the van</source>
        <translation>%1：装车中</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="126"/>
        <source>%1: handed over</source>
        <translation>%1：已交接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Shipbench</source>
        <translation>Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>▶ Scan station</source>
        <translation>▶ 扫描工位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Print jobs</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Hold…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Request waybills</source>
        <translation>申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Reprint labels…</source>
        <translation>补打面单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Printers…</source>
        <translation>打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Scan station</source>
        <translation>扫描工位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Database unavailable — %1</source>
        <translation>数据库不可用 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Not contacted yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Offline — %1</source>
        <translation>离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="294"/>
        <source>%n job pending</source>
        <translation>
            <numerusform>%n 个任务待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="294"/>
        <source>%n jobs pending</source>
        <translation>
            <numerusform>%n 个任务待上传</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/detail.py" line="33"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="44"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="49"/>
        <source>on hold: {0}</source>
        <translation>暂缓：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="52"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="59"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="65"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="78"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
</context>
<context>
    <name>PackerFigures</name>
    <message>
        <location filename="../../ui/station_figures.py" line="32"/>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="32"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="32"/>
        <source>Verified</source>
        <translation>已验货</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="32"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="32"/>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
</context>
<context>
    <name>ParcelStates</name>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>waybill</source>
        <translation>待取运单</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>requested</source>
        <translation>运单申请中</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>failed</source>
        <translation>运单失败</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>labelled</source>
        <translation>已出面单</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="54"/>
        <source>Supervisor PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="57"/>
        <source>Why? (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="70"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="77"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="98"/>
        <source>Enter a supervisor PIN and a reason.</source>
        <translation>请输入主管 PIN 码和原因。</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <location filename="../../ui/print_queue.py" line="72"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="73"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="75"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="76"/>
        <source>Order</source>
        <translation>打印顺序</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="77"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="78"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="131"/>
        <source>(last first)</source>
        <translation>（倒序）</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../ui/print_queue.py" line="55"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="56"/>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="57"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="58"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="59"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <location filename="../../ui/print_queue.py" line="196"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="197"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="198"/>
        <source>Cancel job…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="277"/>
        <source>Resuming job %1…</source>
        <translation>正在继续任务 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="285"/>
        <source>Job %1 done: %2 of %3 labels printed</source>
        <translation>任务 %1 完成：已打印 %2/%3 张面单</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="291"/>
        <source>Job %1 stopped after %2 of %3 labels: %4</source>
        <translation>任务 %1 在打印 %2/%3 张面单后停止：%4</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="311"/>
        <source>Pausing job %1 after the current label…</source>
        <translation>当前面单打完后暂停任务 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="320"/>
        <source>Cancel print job</source>
        <translation>取消打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="321"/>
        <source>Cancel job %1? Its %2 labels not printed go back to the Print queue.</source>
        <translation>取消任务 %1？其中 %2 张未打印的面单将退回待打印队列。</translation>
    </message>
</context>
<context>
    <name>PrintRuns</name>
    <message>
        <location filename="../../ui/print_runs.py" line="55"/>
        <source>Sending labels to the printer…</source>
        <translation>正在发送面单到打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="55"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="56"/>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="68"/>
        <source>Printed %1 of %2 labels</source>
        <translation>已打印 %1/%2 张面单</translation>
    </message>
</context>
<context>
    <name>PrintSetup</name>
    <message>
        <location filename="../../ui/print_setup.py" line="30"/>
        <source>Queue order</source>
        <translation>按队列顺序</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="31"/>
        <source>Carrier</source>
        <translation>按物流商</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="32"/>
        <source>SKU</source>
        <translation>按 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="33"/>
        <source>Bin location</source>
        <translation>按库位</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="34"/>
        <source>Order date</source>
        <translation>按下单日期</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <location filename="../../ui/print_setup.py" line="107"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="115"/>
        <source>Last label first (for printers that stack face up)</source>
        <translation>最后一张先打（适用于面朝上出纸的打印机）</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="119"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="120"/>
        <source>Print order</source>
        <translation>打印顺序</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="124"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_setup.py" line="127"/>
        <source>%n label to print</source>
        <translation>
            <numerusform>%n 张面单待打印</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_setup.py" line="127"/>
        <source>%n labels to print</source>
        <translation>
            <numerusform>%n 张面单待打印</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterCombo</name>
    <message>
        <location filename="../../ui/print_setup.py" line="88"/>
        <source>Default folder printer</source>
        <translation>默认（输出到文件夹）</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/printer_form.py" line="65"/>
        <source>e.g. Zebra at bench 1</source>
        <translation>例如：1 号工位的斑马打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="68"/>
        <source>Find printers</source>
        <translation>查找打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="83"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="87"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="102"/>
        <location filename="../../ui/printer_form.py" line="106"/>
        <source>printer&apos;s setting</source>
        <translation>按打印机设置</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="107"/>
        <source> in/s</source>
        <translation> 英寸/秒</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="112"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="114"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="125"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="126"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="131"/>
        <source>Language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="132"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="133"/>
        <source>Media (mm)</source>
        <translation>纸张（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="134"/>
        <source>Gap between labels</source>
        <translation>标签间隙</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="135"/>
        <source>Darkness</source>
        <translation>打印浓度</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="136"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="137"/>
        <source>Offset (dots)</source>
        <translation>偏移（点）</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="138"/>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="139"/>
        <source>Label template</source>
        <translation>面单模板</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="153"/>
        <source>Preview with sample data</source>
        <translation>用示例数据预览</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="180"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="266"/>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="276"/>
        <source>Found %1; pick one to use its address</source>
        <translation>找到 %1；选择一台以使用其地址</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="280"/>
        <source>No printers found. Type the address, e.g. tcp://192.168.1.50:9100</source>
        <translation>未找到打印机。请输入地址，例如 tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="284"/>
        <source>Could not look for printers: %1</source>
        <translation>无法查找打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="318"/>
        <source>%1 at %2 dpi, with sample data</source>
        <translation>%1，%2 dpi，示例数据</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="325"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../ui/printer_settings.py" line="60"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="61"/>
        <source>Language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="69"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="88"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="89"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="90"/>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="91"/>
        <source>Refresh status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="110"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="112"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="119"/>
        <location filename="../../ui/printer_settings.py" line="217"/>
        <source>New printer</source>
        <translation>新打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="147"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="228"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="255"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="268"/>
        <source>Sending a test label to %1…</source>
        <translation>正在向 %1 发送测试面单…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="281"/>
        <source>Test label sent to %1.</source>
        <translation>测试面单已发送到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="286"/>
        <source>No test label: %1</source>
        <translation>未打印测试面单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="293"/>
        <source>Test print failed: %1</source>
        <translation>测试打印失败：%1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>Reasons / Status</source>
        <translation>原因 / 状态</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="54"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="61"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="67"/>
        <source>ready to approve</source>
        <translation>可审核通过</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Waybill</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Print</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Scan</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>On hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="23"/>
        <source>Label jammed in the printer</source>
        <translation>面单卡纸</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="24"/>
        <source>Label smudged or unreadable</source>
        <translation>面单模糊或无法识别</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="25"/>
        <source>Printed on the wrong printer</source>
        <translation>打印到了错误的打印机</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="26"/>
        <source>Label damaged on the parcel</source>
        <translation>包裹上的面单破损</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="35"/>
        <source>Reprint labels</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="44"/>
        <source>Why print these labels again? (required)</source>
        <translation>为什么要补打这些面单？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="46"/>
        <source>Details (optional)</source>
        <translation>详细说明（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="52"/>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="53"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="66"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="100"/>
        <source>No printed label to reprint: only parcels printed and not yet shipped can be reprinted.</source>
        <translation>没有可补打的面单：只有已打印且尚未发货的包裹才能补打。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprint_dialog.py" line="54"/>
        <source>The printed labels of %n order are printed again. The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>将重新打印 %n 个订单的已打印面单。原因会记录在操作日志中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprint_dialog.py" line="54"/>
        <source>The printed labels of %n orders are printed again. The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>将重新打印 %n 个订单的已打印面单。原因会记录在操作日志中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanStation</name>
    <message>
        <location filename="../../ui/scan_station.py" line="119"/>
        <source>Type a tracking or parcel number when a label won&apos;t scan</source>
        <translation>面单扫不出时，手动输入运单号或包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="121"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="123"/>
        <location filename="../../ui/station_freshness.py" line="45"/>
        <source>Orders not synced yet</source>
        <translation>订单尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="138"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="138"/>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="138"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="151"/>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="166"/>
        <source>Today, per packer</source>
        <translation>今日各打包员统计</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="66"/>
        <source>Ship (F5)</source>
        <translation>出库 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="66"/>
        <source>Verify (F6)</source>
        <translation>验货 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="66"/>
        <source>Handover (F7)</source>
        <translation>交接 (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="82"/>
        <source>Test scanner / scale…</source>
        <translation>测试扫描枪 / 电子秤…</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="85"/>
        <location filename="../../ui/station_verdict.py" line="137"/>
        <source>Full screen (F11)</source>
        <translation>全屏 (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="93"/>
        <source>Ready — scan a parcel label</source>
        <translation>就绪 — 请扫描包裹面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="94"/>
        <source>Verify — scan a parcel label or packing slip</source>
        <translation>验货 — 请扫描包裹面单或装箱单</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="95"/>
        <source>Handover — scan each parcel as it goes into the van</source>
        <translation>交接 — 每个包裹装车时扫描一次</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="97"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="43"/>
        <source>An interception could be missing: a cancelled order may still scan green.</source>
        <translation>可能漏掉拦截：已取消的订单仍可能扫描通过。</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="51"/>
        <source>Orders synced just now</source>
        <translation>订单刚刚同步</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="55"/>
        <source>Marketplace offline — %1</source>
        <translation>平台离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="57"/>
        <source>The marketplace cannot be reached.</source>
        <translation>无法连接平台。</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="137"/>
        <source>Leave full screen (Esc)</source>
        <translation>退出全屏 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="223"/>
        <source>Scan not recorded</source>
        <translation>扫描未记录</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="69"/>
        <source>Unknown command</source>
        <translation>未知指令</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="92"/>
        <source>Verify cancelled</source>
        <translation>验货已取消</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="93"/>
        <source>Parcel %1 was not verified. Scan the next parcel.</source>
        <translation>包裹 %1 未完成验货。请扫描下一个包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="118"/>
        <source>Nothing to force</source>
        <translation>没有可强制发货的包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="118"/>
        <source>Scan the stopped parcel first.</source>
        <translation>请先扫描被拦下的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="121"/>
        <source>Force-ship</source>
        <translation>强制发货</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="122"/>
        <source>Ship the intercepted parcel %1 anyway? A supervisor confirms with PIN and reason.</source>
        <translation>仍要发出已拦截的包裹 %1？需主管输入 PIN 码和原因确认。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="132"/>
        <source>Undo last scan</source>
        <translation>撤销上次扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="133"/>
        <source>Put the last shipped parcel back in the Scan queue? A supervisor confirms with PIN and reason.</source>
        <translation>把最后发货的包裹退回待发货队列？需主管输入 PIN 码和原因确认。</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="76"/>
        <source>Accept as packed</source>
        <translation>按已打包放行</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="77"/>
        <source>Parcel %1 still misses %2 items. A supervisor accepts it with PIN and reason.</source>
        <translation>包裹 %1 还缺 %2 件商品。需主管输入 PIN 码和原因放行。</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="86"/>
        <source>Printing the label…</source>
        <translation>正在打印面单…</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="93"/>
        <source>Label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="100"/>
        <source>Label not printed: %1</source>
        <translation>面单未打印：%1</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="111"/>
        <source>Scan a parcel first, then weigh it</source>
        <translation>请先扫描包裹，再称重</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="115"/>
        <source>Set up the scale under Test scanner / scale first</source>
        <translation>请先在“测试扫描枪 / 电子秤”中设置电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="119"/>
        <source>Weighing…</source>
        <translation>称重中…</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="142"/>
        <source>%1 g recorded</source>
        <translation>已记录 %1 克</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="52"/>
        <source>No carrier</source>
        <translation>没有物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="52"/>
        <source>Set up a carrier before a handover.</source>
        <translation>交接前请先设置物流商。</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="57"/>
        <source>Batch not opened</source>
        <translation>批次未创建</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="95"/>
        <source>Close the handover?</source>
        <translation>关闭交接？</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="118"/>
        <source>Batch not closed</source>
        <translation>批次未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="123"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="136"/>
        <source>Save the manifest</source>
        <translation>保存交接清单</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="136"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="144"/>
        <source>Manifest not saved</source>
        <translation>交接清单未保存</translation>
    </message>
    <message>
        <location filename="../../ui/station_devices.py" line="45"/>
        <source>Serial scanner: %1</source>
        <translation>串口扫描枪：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_freshness.py" line="53"/>
        <source>Orders last synced %n min ago</source>
        <translation>
            <numerusform>订单 %n 分钟前同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="96"/>
        <source>%n printed parcel was not scanned into the van. Close the batch without it?</source>
        <translation>
            <numerusform>有 %n 个已打印的包裹未扫描装车。不含这些包裹关闭批次吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="96"/>
        <source>%n printed parcels were not scanned into the van. Close the batch without them?</source>
        <translation>
            <numerusform>有 %n 个已打印的包裹未扫描装车。不含这些包裹关闭批次吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="124"/>
        <source>%n parcel handed to %1</source>
        <translation>
            <numerusform>%n 个包裹已交接给 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="124"/>
        <source>%n parcels handed to %1</source>
        <translation>
            <numerusform>%n 个包裹已交接给 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <location filename="../../ui/scanner_test.py" line="80"/>
        <source>Test scanner / scale</source>
        <translation>测试扫描枪 / 电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="92"/>
        <source>Scan a barcode here (or type one and press Enter)</source>
        <translation>在此扫描条码（或输入后按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="107"/>
        <source>Nothing scanned yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="109"/>
        <source>Keyboard scanner</source>
        <translation>键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="112"/>
        <source>Keys as they arrived (ms since the previous key):</source>
        <translation>按键到达顺序（距上一键的毫秒数）：</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="151"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="156"/>
        <source>Max gap</source>
        <translation>最大按键间隔</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="157"/>
        <source>Min length</source>
        <translation>最短长度</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="158"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="159"/>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="181"/>
        <source>Keyboard scanner settings saved</source>
        <translation>键盘式扫描枪设置已保存</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="229"/>
        <source>end of scan</source>
        <translation>扫描结束</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="234"/>
        <source>Received: %1</source>
        <translation>收到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="237"/>
        <source>Recognised as: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="239"/>
        <source>Value: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="241"/>
        <source>Symbology: %1</source>
        <translation>码制：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="244"/>
        <source>Check digit: valid</source>
        <translation>校验位：正确</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="246"/>
        <source>Check digit: WRONG — a misread, scan again</source>
        <translation>校验位：错误 — 误读，请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="251"/>
        <source>Keyboard layout mismatch: %1</source>
        <translation>键盘布局不匹配：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="253"/>
        <source>Average gap between keys: %1 ms</source>
        <translation>按键平均间隔：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="259"/>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="261"/>
        <source>A port or a pyserial URL, e.g. /dev/ttyUSB0, COM3, loop://</source>
        <translation>串口或 pyserial 地址，例如 /dev/ttyUSB0、COM3、loop://</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="264"/>
        <location filename="../../ui/scanner_test.py" line="321"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="266"/>
        <source>Not listening</source>
        <translation>未监听</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="273"/>
        <location filename="../../ui/scanner_test.py" line="348"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="275"/>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="283"/>
        <source>bytes: </source>
        <translation>字节：</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="303"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="327"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="330"/>
        <source>MT-SICS (polled)</source>
        <translation>MT-SICS（轮询）</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="331"/>
        <source>Continuous stream</source>
        <translation>连续输出</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="334"/>
        <source>Read weight</source>
        <translation>读取重量</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="349"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="358"/>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="379"/>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/station_texts.py" line="37"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="37"/>
        <source>Parcel %1 for order %2</source>
        <translation>包裹 %1，订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="40"/>
        <location filename="../../ui/station_texts.py" line="43"/>
        <source>Shipped (forced)</source>
        <translation>已发货（强制）</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="41"/>
        <source>Parcel %1 shipped on %2&apos;s authority.</source>
        <translation>包裹 %1 经 %2 授权发货。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="45"/>
        <source>Already shipped</source>
        <translation>已发过货</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="45"/>
        <source>Already shipped at %1 by %2 at %3.</source>
        <translation>已于 %1 由 %2 在 %3 发货。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="47"/>
        <source>STOP — intercepted</source>
        <translation>停 — 已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="50"/>
        <source>Do not ship: order %1 was %2. Give the parcel to a supervisor.</source>
        <translation>不要发货：订单 %1 %2。请把包裹交给主管。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="56"/>
        <source>No waybill yet</source>
        <translation>还没有运单</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="56"/>
        <source>This parcel has no tracking number yet.</source>
        <translation>此包裹还没有运单号。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="58"/>
        <source>Not printed</source>
        <translation>面单未打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="58"/>
        <source>This parcel&apos;s label was never printed.</source>
        <translation>此包裹的面单从未打印过。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="61"/>
        <source>Unknown parcel</source>
        <translation>未知包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="61"/>
        <source>No parcel has the code %1. Put it aside.</source>
        <translation>没有包裹的条码是 %1。请放到一边。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="63"/>
        <source>Check the scanner</source>
        <translation>检查扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="66"/>
        <source>Scan again</source>
        <translation>请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="66"/>
        <source>Misread: %1</source>
        <translation>误读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="68"/>
        <source>Not a parcel label</source>
        <translation>不是包裹面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="68"/>
        <source>This is a product barcode: scan the parcel label.</source>
        <translation>这是商品条码：请扫描包裹面单。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="70"/>
        <source>Scan undone</source>
        <translation>扫描已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="70"/>
        <source>Parcel %1 is back in the Scan queue.</source>
        <translation>包裹 %1 已退回待发货队列。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="73"/>
        <source>Pack these items</source>
        <translation>请打包以下商品</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_texts.py" line="78"/>
        <source>%n more to pack</source>
        <translation>
            <numerusform>还有 %n 件待打包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="81"/>
        <location filename="../../ui/station_texts.py" line="82"/>
        <source>Wrong item</source>
        <translation>商品错误</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="81"/>
        <source>Take it out: %1 does not belong in this parcel.</source>
        <translation>请取出：%1 不属于此包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="82"/>
        <source>Take it out: unknown item %1.</source>
        <translation>请取出：未知商品 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="85"/>
        <location filename="../../ui/station_texts.py" line="88"/>
        <source>Too many</source>
        <translation>数量过多</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="86"/>
        <source>Only %1× %2 belong in this parcel; take %3 out.</source>
        <translation>此包裹只应有 %1 件 %2；请取出 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="91"/>
        <location filename="../../ui/station_texts.py" line="92"/>
        <source>Contents verified</source>
        <translation>验货通过</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="91"/>
        <source>Parcel %1 is complete</source>
        <translation>包裹 %1 已齐全</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="97"/>
        <location filename="../../ui/station_texts.py" line="98"/>
        <source>In the van</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="97"/>
        <source>Added to the %1 handover.</source>
        <translation>已加入 %1 交接批次。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="101"/>
        <location filename="../../ui/station_texts.py" line="104"/>
        <source>Other carrier</source>
        <translation>其他物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="102"/>
        <source>This parcel goes with another carrier, not %1. Put it on the other pile.</source>
        <translation>此包裹不走 %1，属于其他物流商。请放到另一堆。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="106"/>
        <source>Already in a batch</source>
        <translation>已在批次中</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="106"/>
        <source>This parcel was already scanned for handover.</source>
        <translation>此包裹已扫描交接过。</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../ui/station_verify.py" line="38"/>
        <source>Print the label after verify</source>
        <translation>验货后打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="42"/>
        <source>Weigh (F8)</source>
        <translation>称重 (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="50"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="50"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="50"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="50"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="50"/>
        <source>Packed</source>
        <translation>已装</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="80"/>
        <source>Scan a parcel label or packing slip to start</source>
        <translation>扫描包裹面单或装箱单开始验货</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="83"/>
        <source>Parcel %1 · order %2</source>
        <translation>包裹 %1 · 订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify.py" line="85"/>
        <source>verified</source>
        <translation>已验货</translation>
    </message>
</context>
<context>
    <name>launcher</name>
    <message>
        <location filename="../../ui/launcher.py" line="47"/>
        <source>Shipbench hit an unexpected problem: %1</source>
        <translation>Shipbench 遇到意外问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="49"/>
        <source>Details are in the log: %1</source>
        <translation>详细信息见日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="51"/>
        <source>Shipbench — internal error</source>
        <translation>Shipbench — 内部错误</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="116"/>
        <source>Shipbench cannot start</source>
        <translation>Shipbench 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="121"/>
        <source>demo (throwaway data)</source>
        <translation>演示（临时数据）</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations.py" line="47"/>
        <source>Shipbench</source>
        <translation>Shipbench</translation>
    </message>
</context>
</TS>
