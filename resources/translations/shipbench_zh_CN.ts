<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="299"/>
        <source>Marketplace accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="303"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="314"/>
        <source>empty: the platform&apos;s own address</source>
        <translation>留空：使用平台官方地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="319"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="320"/>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="321"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="322"/>
        <source>Settings (JSON, no secrets)</source>
        <translation>设置（JSON，不含密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="329"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="331"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="341"/>
        <source>Secrets (kept in the system keyring)</source>
        <translation>密钥（保存在系统密钥环中）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="407"/>
        <source>stored — leave empty to keep</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="407"/>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="411"/>
        <source>No system keyring on this computer: secrets cannot be stored. Install and unlock one (GNOME Keyring, KWallet).</source>
        <translation>本机没有系统密钥环，无法保存密钥。请安装并解锁一个（GNOME Keyring、KWallet）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="414"/>
        <source>This account has no credentials.</source>
        <translation>此账号没有授权凭证。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="425"/>
        <source>The settings are not valid JSON.</source>
        <translation>设置不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="428"/>
        <source>The settings must be a JSON object.</source>
        <translation>设置必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="447"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="475"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="520"/>
        <source>Address of order %1</source>
        <translation>订单 %1 的地址</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="522"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="522"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="522"/>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="522"/>
        <source>Street 2</source>
        <translation>街道地址 2</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="522"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="523"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="523"/>
        <source>State / province</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="523"/>
        <source>Country (2 letters)</source>
        <translation>国家（两位代码）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="523"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="551"/>
        <source>✓ The address looks complete and plausible.</source>
        <translation>✓ 地址完整且看起来合理。</translation>
    </message>
</context>
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
        <location filename="../../ui/app_texts.py" line="78"/>
        <source>English description</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="79"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="80"/>
        <source>value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="81"/>
        <source>origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="82"/>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="83"/>
        <source>English customs descriptions</source>
        <translation>英文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="84"/>
        <source>Chinese customs descriptions</source>
        <translation>中文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="85"/>
        <source>declared values</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="86"/>
        <source>countries of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="87"/>
        <source>item weights</source>
        <translation>商品重量</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="88"/>
        <source>state</source>
        <translation>州</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="89"/>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="90"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="91"/>
        <source>intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="92"/>
        <source>review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="93"/>
        <source>print</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="94"/>
        <source>scan</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="95"/>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="96"/>
        <source>exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="97"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="98"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="99"/>
        <source>unknown</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="100"/>
        <source>in flight</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="101"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="102"/>
        <source>marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="103"/>
        <source>carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="105"/>
        <source>a customs value must be above zero</source>
        <translation>申报价值必须大于零</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="106"/>
        <source>an English description is required</source>
        <translation>必须填写英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="107"/>
        <source>a tax id needs a number</source>
        <translation>税号必须填写号码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="108"/>
        <source>an IOSS number is for EU destinations</source>
        <translation>IOSS 号只适用于寄往欧盟的订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="109"/>
        <source>a rule&apos;s conditions must be a list of objects, each with a kind</source>
        <translation>规则的条件必须是对象列表，每个对象都要有 kind</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="110"/>
        <source>a rule&apos;s actions must be a list of objects, each with a kind</source>
        <translation>规则的动作必须是对象列表，每个对象都要有 kind</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="111"/>
        <source>a rule needs at least one action</source>
        <translation>规则至少需要一个动作</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="112"/>
        <source>a rule needs a name</source>
        <translation>规则必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="113"/>
        <source>the SKU-contains condition needs a text</source>
        <translation>“SKU 包含”条件需要填写文字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="114"/>
        <source>the tags condition needs tags (any or all)</source>
        <translation>标签条件需要填写标签（任一或全部）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="115"/>
        <source>the ship-by condition needs a number of hours</source>
        <translation>最晚发货条件需要填写小时数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="116"/>
        <source>the set-method action needs a shipping method</source>
        <translation>“设置物流渠道”动作需要选择物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="117"/>
        <source>the add-tag action needs a tag</source>
        <translation>“添加标签”动作需要填写标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="118"/>
        <source>the customs action needs at least one default (description, HS code, value)</source>
        <translation>报关动作至少需要一个默认值（品名、HS 编码、申报价值）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="119"/>
        <source>no buyer note</source>
        <translation>没有买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="120"/>
        <source>buyer note present</source>
        <translation>有买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="121"/>
        <source>no ship-by date</source>
        <translation>没有最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="122"/>
        <source>name the marketplace SKU to pair</source>
        <translation>请填写要配对的平台 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="123"/>
        <source>pick at least one product to pair with</source>
        <translation>请至少选择一个要配对的商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="124"/>
        <source>a paired quantity is at least 1</source>
        <translation>配对数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="125"/>
        <source>pick two or more orders to merge</source>
        <translation>请选择两个或更多订单进行合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="126"/>
        <source>a quantity in a split cannot be negative</source>
        <translation>拆分数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="127"/>
        <source>a stock adjustment needs a reason</source>
        <translation>调整库存必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="128"/>
        <source>receive a quantity of 1 or more</source>
        <translation>入库数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="129"/>
        <source>stock policy is block or warn</source>
        <translation>库存策略只能是 block（拦截）或 warn（提醒）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="130"/>
        <source>a tax id belongs to a shop</source>
        <translation>税号必须属于某个店铺</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="131"/>
        <source>a new product needs a SKU and a name</source>
        <translation>新商品必须有 SKU 和名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="132"/>
        <source>a declared value must be above zero</source>
        <translation>申报价值必须大于零</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="134"/>
        <source>a carrier account needs a name</source>
        <translation>物流账号必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="135"/>
        <source>a shipping method needs the carrier&apos;s service code</source>
        <translation>物流渠道必须填写物流商的渠道代码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="136"/>
        <source>a new shipping method needs a service code and a name</source>
        <translation>新物流渠道必须有渠道代码和名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="137"/>
        <source>the maximum weight must be more than 0 g (or empty for none)</source>
        <translation>最大重量必须大于 0 克（不限则留空）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="138"/>
        <source>a void needs a reason</source>
        <translation>作废必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="139"/>
        <source>the weight must be between 1 g and 1,000 kg</source>
        <translation>重量必须在 1 克到 1,000 千克之间</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="140"/>
        <source>choose the cheapest or the fastest method</source>
        <translation>请选择最便宜或最快的渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="141"/>
        <source>numbers of this pool are on parcels; it can only be used up</source>
        <translation>此号池的号码已用在包裹上；只能用完，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="142"/>
        <source>the file has no number ranges</source>
        <translation>文件中没有号段</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="143"/>
        <source>no tracking numbers left in a pool for this carrier and service; import a new range</source>
        <translation>此物流商和渠道的运单号池已用完；请导入新号段</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="144"/>
        <source>label not ready yet</source>
        <translation>面单尚未生成</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="145"/>
        <source>the waybill was voided</source>
        <translation>运单已作废</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="146"/>
        <source>voiding the old waybill first</source>
        <translation>正在先作废旧运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="147"/>
        <source>request withdrawn</source>
        <translation>已撤回申请</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="148"/>
        <source>tracking number dropped</source>
        <translation>已删除运单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="149"/>
        <source>no live shipment to void</source>
        <translation>没有需要作废的有效运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="150"/>
        <source>carrier reports a duplicate it cannot find; will look again</source>
        <translation>物流商报告运单重复但找不到该运单；稍后再查</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="151"/>
        <source>adopted the shipment found by reference</source>
        <translation>已采用按参考号找到的运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="152"/>
        <source>adopted the existing shipment (duplicate reference)</source>
        <translation>已采用现有运单（参考号重复）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="153"/>
        <source>waiting for the shipment confirmation to reach the marketplace</source>
        <translation>等待发货通知送达平台</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="154"/>
        <source>withdrawn before it was sent</source>
        <translation>发送前已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="156"/>
        <source>name the shop the orders belong to</source>
        <translation>请填写订单所属的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="157"/>
        <source>the file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="158"/>
        <source>the columns match neither Amazon nor Shopify nor a saved preset; map the columns</source>
        <translation>这些列既不符合亚马逊、Shopify 格式，也不符合已保存的模板；请手动对应列</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="159"/>
        <source>a preset needs a name of 1 to 80 characters</source>
        <translation>模板名称须为 1 到 80 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="160"/>
        <source>required column missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="161"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="162"/>
        <source>order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="163"/>
        <source>marketplace SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="164"/>
        <source>warehouse SKU</source>
        <translation>仓库 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="165"/>
        <source>counted quantity</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="166"/>
        <source>bad date</source>
        <translation>日期有误</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="167"/>
        <source>bad money</source>
        <translation>金额有误</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="169"/>
        <source>account settings must be a JSON object like {&quot;seller_id&quot;: &quot;A1B2&quot;}</source>
        <translation>账号设置必须是 JSON 对象，例如 {&quot;seller_id&quot;: &quot;A1B2&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="170"/>
        <source>the shop needs a name</source>
        <translation>店铺必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="171"/>
        <source>enter the new tracking number</source>
        <translation>请输入新的运单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="172"/>
        <source>no system keyring to keep the account&apos;s secrets: install and unlock one (GNOME Keyring or KWallet on Linux; macOS and Windows have one built in)</source>
        <translation>没有可保存账号密钥的系统密钥环：请安装并解锁一个（Linux 上用 GNOME Keyring 或 KWallet；macOS 和 Windows 自带）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="173"/>
        <source>the marketplace gave no access token</source>
        <translation>平台未返回访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="174"/>
        <source>the Shopify shop needs its Admin API access token</source>
        <translation>Shopify 店铺需要 Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="175"/>
        <source>the Shopify shop needs its domain (your-shop.myshopify.com)</source>
        <translation>Shopify 店铺需要填写域名（your-shop.myshopify.com）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="176"/>
        <source>the Amazon account needs its LWA client id, client secret and refresh token</source>
        <translation>亚马逊账号需要 LWA client id、client secret 和 refresh token</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="177"/>
        <source>the Amazon shop needs its marketplace id (e.g. A1PA6795UKMFR9 for amazon.de)</source>
        <translation>亚马逊店铺需要填写 marketplace id（例如 amazon.de 为 A1PA6795UKMFR9）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="178"/>
        <source>the 4PX account needs its app key and app secret (secrets)</source>
        <translation>递四方（4PX）账号需要 app key 和 app secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="179"/>
        <source>the Yanwen account needs its user id (settings) and API token (secrets)</source>
        <translation>燕文账号需要用户 ID（设置）和 API token（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="180"/>
        <source>the YunExpress account needs its customer code (settings) and API secret (secrets)</source>
        <translation>云途账号需要客户代码（设置）和 API secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="182"/>
        <source>shipping method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="183"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="184"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="185"/>
        <source>customs defaults</source>
        <translation>报关默认值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="186"/>
        <source>approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="187"/>
        <source>blank fields</source>
        <translation>空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="188"/>
        <source>approve if every check passes</source>
        <translation>全部检查通过则审核</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="189"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="190"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="191"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="198"/>
        <source>payment under marketplace review until %1 UTC</source>
        <translation>平台付款审核中，至 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="199"/>
        <source>not enough stock for %1: %2 needed, %3 available</source>
        <translation>%1 库存不足：需要 %2，可用 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="200"/>
        <source>customs data incomplete for %1: %2 missing</source>
        <translation>%1 的报关信息不完整：缺少%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="201"/>
        <source>HS code %1 of %2 must be 6 to 10 digits</source>
        <translation>%2 的 HS 编码 %1 必须是 6 到 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="202"/>
        <source>postcode %1 does not look like a %2 postcode (e.g. %3)</source>
        <translation>邮编 %1 不像 %2 的邮编（例如 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="203"/>
        <source>postcode %1 does not look like a %2 postcode</source>
        <translation>邮编 %1 不像 %2 的邮编</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="204"/>
        <source>state %1 is not a state of %2</source>
        <translation>州 %1 不是 %2 的有效州</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="205"/>
        <source>province %1 is not a province of %2</source>
        <translation>省 %1 不是 %2 的有效省份</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="206"/>
        <source>phone %1 is not a valid %2 number</source>
        <translation>电话 %1 不是有效的 %2 号码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="207"/>
        <source>%1 does not carry batteries</source>
        <translation>%1 不能寄带电商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="208"/>
        <source>%1 does not carry liquids</source>
        <translation>%1 不能寄液体</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="209"/>
        <source>%1 does not ship to %2</source>
        <translation>%1 不寄往 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="210"/>
        <source>%1 max %2 g, parcel %3 g</source>
        <translation>%1 限重 %2 克，包裹 %3 克</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="211"/>
        <source>ship within %1</source>
        <translation>须在 %1 内发货</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="212"/>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="214"/>
        <source>order %1 cannot be approved: %2</source>
        <translation>订单 %1 无法审核通过：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="215"/>
        <source>order %1 is not merged with another order</source>
        <translation>订单 %1 没有与其他订单合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="216"/>
        <source>order %1 is merged with another order: unmerge it before holding it</source>
        <translation>订单 %1 已与其他订单合并：请先取消合并再暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="217"/>
        <source>order %1 is merged with another order: unmerge it first</source>
        <translation>订单 %1 已与其他订单合并：请先取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="218"/>
        <source>order %1 is already merged: unmerge it first</source>
        <translation>订单 %1 已合并：请先取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="219"/>
        <source>order %1 is %2: split it when approving</source>
        <translation>订单 %1 处于%2：请在审核时拆分</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="220"/>
        <source>order %1 is %2: only open orders merge</source>
        <translation>订单 %1 处于%2：只有未处理的订单可以合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="221"/>
        <source>order %1 is %2: its address cannot change</source>
        <translation>订单 %1 处于%2：地址不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="222"/>
        <source>order %1 already has a waybill: parcels cannot change any more</source>
        <translation>订单 %1 已有运单：包裹不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="223"/>
        <source>orders %1 and %2 are from different shops</source>
        <translation>订单 %1 和 %2 来自不同店铺</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="224"/>
        <source>orders %1 and %2 go to different addresses</source>
        <translation>订单 %1 和 %2 的收货地址不同</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="225"/>
        <source>parcel %1 of the split is empty</source>
        <translation>拆分后的包裹 %1 是空的</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="226"/>
        <source>line %1 has %2 to ship but the split puts %3 in parcels</source>
        <translation>商品明细 %1 需发 %2 件，但拆分后包裹中共 %3 件</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="227"/>
        <source>line %1 is not a line of this order</source>
        <translation>明细 %1 不属于此订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="228"/>
        <source>parcel %1 already has a waybill: its customs data went to the carrier</source>
        <translation>包裹 %1 已有运单：报关信息已发送给物流商</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="229"/>
        <source>%1 is not a customs field</source>
        <translation>%1 不是报关字段</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="230"/>
        <source>HS code %1 must be 6 to 10 digits</source>
        <translation>HS 编码 %1 必须是 6 到 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="231"/>
        <source>declared value %1 is not a number</source>
        <translation>申报价值 %1 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="232"/>
        <source>value %1 is not a number</source>
        <translation>申报价值 %1 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="233"/>
        <source>origin country %1 must be a two-letter code such as CN</source>
        <translation>原产国 %1 必须是两位字母代码，例如 CN</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="234"/>
        <source>destination %1 must be a two-letter country code or EU</source>
        <translation>目的地 %1 必须是两位国家代码或 EU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="235"/>
        <source>tax id kind must be one of %1</source>
        <translation>税号类型必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="236"/>
        <source>IOSS number %1 must be IM followed by 10 digits</source>
        <translation>IOSS 号 %1 必须是 IM 加 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="237"/>
        <source>note must be one of %1</source>
        <translation>备注类型必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="238"/>
        <source>another product already has the SKU %1</source>
        <translation>已有其他商品使用 SKU %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="239"/>
        <source>barcode %1 already belongs to another product</source>
        <translation>条码 %1 已属于其他商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="240"/>
        <source>a product needs a %1</source>
        <translation>商品必须有%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="241"/>
        <source>no customs line %1</source>
        <translation>没有报关明细 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="242"/>
        <source>no tax id %1</source>
        <translation>没有税号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="243"/>
        <source>no pairing for %1</source>
        <translation>%1 没有配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="244"/>
        <source>no product with SKU %1</source>
        <translation>没有 SKU 为 %1 的商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="245"/>
        <source>no product %1</source>
        <translation>没有商品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="246"/>
        <source>no shop named %1</source>
        <translation>没有名为 %1 的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="248"/>
        <source>unknown condition %1; known: %2</source>
        <translation>未知条件 %1；可用：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="249"/>
        <source>unknown action %1; known: %2</source>
        <translation>未知动作 %1；可用：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="250"/>
        <source>the %1 condition needs a list of values</source>
        <translation>%1 条件需要一组值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="251"/>
        <source>the %1 condition needs a minimum or a maximum</source>
        <translation>%1 条件需要最小值或最大值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="252"/>
        <source>the %1 condition&apos;s %2 is not a number: %3</source>
        <translation>%1 条件的 %2 不是数字：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="253"/>
        <source>the customs value is not a number: %1</source>
        <translation>申报价值不是数字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="254"/>
        <source>unknown method %1</source>
        <translation>未知物流渠道 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="255"/>
        <source>product %1 has no weight</source>
        <translation>商品 %1 没有重量</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="256"/>
        <source>SKU %1 is not paired to a product</source>
        <translation>SKU %1 未配对到商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="257"/>
        <source>no rule %1</source>
        <translation>没有规则 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="259"/>
        <source>parcel %1 is shipped; its waybill can no longer be voided</source>
        <translation>包裹 %1 已发货；运单不能再作废</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="260"/>
        <source>parcel %1 has no waybill to void</source>
        <translation>包裹 %1 没有可作废的运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="261"/>
        <source>the waybill request for %1 is on its way to the carrier; try again in a moment</source>
        <translation>%1 的运单申请正在发送给物流商；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="262"/>
        <source>the waybill request for %1 is on its way to the carrier; wait for its answer</source>
        <translation>%1 的运单申请正在发送给物流商；请等待物流商回复</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="263"/>
        <source>the waybill request for %1 is on its way; try again in a moment</source>
        <translation>%1 的运单申请正在发送中；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="264"/>
        <source>waybill %1 voided: %2</source>
        <translation>运单 %1 已作废：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="265"/>
        <source>voided shipment %1</source>
        <translation>已作废运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="266"/>
        <source>nothing to request: order is in %1</source>
        <translation>无需申请：订单处于%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="267"/>
        <source>there is already a carrier account called %1</source>
        <translation>已有名为 %1 的物流账号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="268"/>
        <source>carrier %1 has no connector (known: %2)</source>
        <translation>物流商 %1 没有对接接口（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="269"/>
        <source>unknown shipping method field %1</source>
        <translation>未知的物流渠道字段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="270"/>
        <source>unknown customs field %1</source>
        <translation>未知的报关字段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="271"/>
        <source>%1 still has shipping methods; delete them first</source>
        <translation>%1 仍有物流渠道；请先删除</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="272"/>
        <source>%1 is used by orders; choose another method for them first</source>
        <translation>%1 正被订单使用；请先为这些订单选择其他渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="273"/>
        <source>no shipping method %1</source>
        <translation>没有物流渠道 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="274"/>
        <source>parcel %1 has a waybill; void it before changing its weight</source>
        <translation>包裹 %1 已有运单；请先作废运单再修改重量</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="275"/>
        <source>%1 is not a tracking number (4–64 letters and digits)</source>
        <translation>%1 不是运单号（4–64 位字母和数字）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="276"/>
        <source>%1 looks like a %2 number but its check digit is wrong</source>
        <translation>%1 看起来是 %2 单号，但校验位错误</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="277"/>
        <source>%1 is already the tracking number of parcel %2</source>
        <translation>%1 已是包裹 %2 的运单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="278"/>
        <source>parcel %1 has a carrier waybill (or one on its way); void it first</source>
        <translation>包裹 %1 已有物流商运单（或正在申请）；请先作废</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="279"/>
        <source>parcel %1 has no tracking number yet; enter it with the label</source>
        <translation>包裹 %1 还没有运单号；请与面单一起填写</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="280"/>
        <source>parcel %1 is %2; void its waybill first</source>
        <translation>包裹 %1 的状态是%2；请先作废其运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="281"/>
        <source>parcel %1 is %2; its label cannot change</source>
        <translation>包裹 %1 的状态是%2；面单不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="282"/>
        <source>parcel %1 already has a waybill or is past the Waybill queue</source>
        <translation>包裹 %1 已有运单，或已不在待处理队列</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="283"/>
        <source>parcel %1 has no shipping method</source>
        <translation>包裹 %1 没有物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="284"/>
        <source>no tracking pool %1</source>
        <translation>没有运单号池 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="285"/>
        <source>numbers %1 overlap a pool already imported (pool %2)</source>
        <translation>号码 %1 与已导入的号池重叠（号池 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="286"/>
        <source>%1: %2 is not an S10 number like RR12345678CN</source>
        <translation>%1：%2 不是 S10 单号（如 RR12345678CN）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="287"/>
        <source>%1: %2 has a wrong check digit (should be %3)</source>
        <translation>%1：%2 的校验位错误（应为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="288"/>
        <source>%1: the range ends before it starts</source>
        <translation>%1：号段的结束号小于起始号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="289"/>
        <source>%1: expected prefix,start,end,suffix, got %2</source>
        <translation>%1：应为“前缀,起始,结束,后缀”，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="290"/>
        <source>%1: prefix and suffix must be 2 letters, got %2 and %3</source>
        <translation>%1：前缀和后缀必须是 2 个字母，实际为 %2 和 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="291"/>
        <source>%1: start and end must be serials of up to 8 digits</source>
        <translation>%1：起始和结束必须是最多 8 位数字的序号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="292"/>
        <source>%1: expected FIRST-LAST like RR12345678CN-RR12345999CN, got %2</source>
        <translation>%1：应为“首号-末号”，例如 RR12345678CN-RR12345999CN，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="293"/>
        <source>%1: both ends must share the letters (%2…%3 vs %4…%5)</source>
        <translation>%1：首尾号的字母必须相同（%2…%3 与 %4…%5）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="294"/>
        <source>unknown label language %1: use %2</source>
        <translation>未知的面单语言 %1：请使用 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="295"/>
        <source>%1 is not a label file: use a PDF, PNG or ZPL file</source>
        <translation>%1 不是面单文件：请使用 PDF、PNG 或 ZPL 文件</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="296"/>
        <source>%1 is not a label: %2</source>
        <translation>%1 不是面单：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="297"/>
        <source>%1 is named as %2 but holds %3</source>
        <translation>%1 的扩展名是 %2，但内容是 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="298"/>
        <source>label template %1 cannot be used: %2</source>
        <translation>面单模板 %1 无法使用：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="300"/>
        <source>unknown text encoding %1</source>
        <translation>未知的文本编码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="301"/>
        <source>the file is not valid %1 text (byte %2); choose another encoding</source>
        <translation>文件不是有效的 %1 文本（第 %2 字节）；请选择其他编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="302"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="303"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="304"/>
        <source>no import format or preset named %1 (amazon, shopify, or a saved preset)</source>
        <translation>没有名为 %1 的导入格式或模板（amazon、shopify 或已保存的模板）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="305"/>
        <source>%1 is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>%1 是旧版 Excel .xls 文件；请另存为 .xlsx 或 CSV 再导入</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="306"/>
        <source>%1 does not look like a CSV, text or Excel file</source>
        <translation>%1 看起来不是 CSV、文本或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="307"/>
        <source>%1 is not a readable Excel (.xlsx) file</source>
        <translation>%1 不是可读取的 Excel（.xlsx）文件</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="308"/>
        <source>%1 has no header row</source>
        <translation>%1 没有表头行</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="309"/>
        <source>%1 has no worksheet</source>
        <translation>%1 没有工作表</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="310"/>
        <source>cannot be read as CSV (%1); is a quote missing?</source>
        <translation>无法按 CSV 读取（%1）；是否缺少引号？</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="311"/>
        <source>has %1 cells but the header row has %2; is a delimiter or quote wrong?</source>
        <translation>有 %1 个单元格，但表头有 %2 个；分隔符或引号是否有误？</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="312"/>
        <source>%1 more problems not listed</source>
        <translation>另有 %1 个问题未列出</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="313"/>
        <source>required column missing (%1)</source>
        <translation>缺少必需的列（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="314"/>
        <source>missing required value (%1)</source>
        <translation>缺少必填值（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="315"/>
        <source>longer than %1 characters (%2)</source>
        <translation>超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="316"/>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="317"/>
        <source>line %1 repeats row %2</source>
        <translation>明细 %1 与第 %2 行重复</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="318"/>
        <source>not an amount of money: %1</source>
        <translation>不是有效金额：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="319"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="320"/>
        <source>quantity must be between 1 and 100000, not %1</source>
        <translation>数量必须在 1 到 100000 之间，当前为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="321"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>必须在 %1 到 %2 之间，当前为 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="322"/>
        <source>not a date: %1 (use 2024-03-01 or 2024-03-01T10:20:30+00:00)</source>
        <translation>不是日期：%1（请用 2024-03-01 或 2024-03-01T10:20:30+00:00）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="323"/>
        <source>not a plausible date: %1</source>
        <translation>日期不合理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="324"/>
        <source>unknown country code %1 (use the two-letter code, e.g. US, DE, CN)</source>
        <translation>未知的国家代码 %1（请用两位字母代码，如 US、DE、CN）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="325"/>
        <source>not a currency code: %1 (use e.g. USD, EUR, CNY)</source>
        <translation>不是币种代码：%1（请用 USD、EUR、CNY 等）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="326"/>
        <source>not yes/no: %1</source>
        <translation>不是“是/否”：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="327"/>
        <source>bad pack quantity in %1 (write CODEx6)</source>
        <translation>%1 中的包装数量有误（写法：CODEx6）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="328"/>
        <source>not a barcode: %1</source>
        <translation>不是条码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="329"/>
        <source>missing required value (name) for the new product %1</source>
        <translation>新商品 %1 缺少必填值（名称）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="330"/>
        <source>bad date: %1</source>
        <translation>日期有误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="331"/>
        <source>inconsistent order fields: %1 here but %2 in row %3</source>
        <translation>订单字段不一致：此处为 %1，但第 %3 行为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="332"/>
        <source>SKU %1 is already in row %2</source>
        <translation>SKU %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="333"/>
        <source>barcode %1 is also given to %2 in row %3</source>
        <translation>条码 %1 也分配给了第 %3 行的 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="334"/>
        <source>barcode %1 already belongs to %2</source>
        <translation>条码 %1 已属于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="335"/>
        <source>%1 is already paired to %2 in row %3</source>
        <translation>%1 已在第 %3 行配对到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="336"/>
        <source>bad quantity: %1</source>
        <translation>数量有误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="337"/>
        <source>bad money: %1</source>
        <translation>金额有误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="338"/>
        <source>%1 is a built-in format; choose another name</source>
        <translation>%1 是内置格式；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="339"/>
        <source>map a column to each required field: %1</source>
        <translation>请为每个必填字段对应一列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="340"/>
        <source>no preset named %1</source>
        <translation>没有名为 %1 的模板</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="342"/>
        <source>%1 looks like a secret: enter it in the secret fields, which go to the keyring</source>
        <translation>%1 看起来是密钥：请填写在密钥栏中（保存在密钥环）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="343"/>
        <source>marketplace %1 has no connector (known: %2)</source>
        <translation>平台 %1 没有对接接口（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="344"/>
        <source>there is already a shop called %1</source>
        <translation>已有名为 %1 的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="345"/>
        <source>the %1 connector cannot test a connection</source>
        <translation>%1 接口不支持测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="346"/>
        <source>parcel %1 is not shipped yet: change its waybill instead</source>
        <translation>包裹 %1 尚未发货：请改为修改其运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="347"/>
        <source>parcel %1 already has tracking number %2</source>
        <translation>包裹 %1 的运单号已是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="348"/>
        <source>job %1 is %2: only failed or cancelled jobs are retried</source>
        <translation>任务 %1 的状态是%2：只有失败或已取消的任务才能重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="349"/>
        <source>job %1 may already have reached the %2; it is being looked up and cannot be cancelled</source>
        <translation>任务 %1 可能已送达%2；正在核实中，无法取消</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="350"/>
        <source>job %1 is already done</source>
        <translation>任务 %1 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="351"/>
        <source>no job %1</source>
        <translation>没有任务 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="352"/>
        <source>the system keyring refused to store the secrets (%1): unlock it and try again</source>
        <translation>系统密钥环拒绝保存密钥（%1）：请解锁后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="353"/>
        <source>no handler for %1 jobs</source>
        <translation>没有处理 %1 任务的程序</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="354"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="355"/>
        <source>marketplace shipment %1 (found by reference)</source>
        <translation>平台发货记录 %1（按参考号找到）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="356"/>
        <source>marketplace shipment %1</source>
        <translation>平台发货记录 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="357"/>
        <source>tracking number changed to %1</source>
        <translation>运单号已改为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="358"/>
        <source>the marketplace has no shipment for parcel %1: confirm it first</source>
        <translation>平台没有包裹 %1 的发货记录：请先标记发货</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="360"/>
        <source>unpaired SKU %1</source>
        <translation>SKU %1 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="361"/>
        <source>address incomplete: %1 missing</source>
        <translation>地址不完整：缺少%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="362"/>
        <source>changed on marketplace: %1</source>
        <translation>已在平台修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="363"/>
        <source>on hold: %1</source>
        <translation>暂缓：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="364"/>
        <source>%1 is a %2: this needs a %3</source>
        <translation>%1 是%2：此操作需要%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="365"/>
        <source>unknown role %1: use %2</source>
        <translation>未知角色 %1：请使用 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="366"/>
        <source>no parcel has the code %1</source>
        <translation>没有包裹的条码是 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="367"/>
        <source>No parcel has the code %1.</source>
        <translation>没有包裹的条码是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="368"/>
        <source>Do not pack: order %1 was %2.</source>
        <translation>不要打包：订单 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="369"/>
        <source>parcel %1 is %2, not intercepted: scan it normally</source>
        <translation>包裹 %1 的状态是%2，未被拦截：请正常扫描</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="370"/>
        <source>the waybill of %1 was already voided at the carrier: request a new waybill</source>
        <translation>%1 的运单已在物流商处作废：请重新申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="371"/>
        <source>the marketplace was already told parcel %1 shipped; correct it there</source>
        <translation>平台已收到包裹 %1 的发货通知；请到平台上更正</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="372"/>
        <source>order %1 already has a waybill; void it before holding the order</source>
        <translation>订单 %1 已有运单；请先作废运单再暂缓订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="373"/>
        <source>parcel %1 has no label yet (%2); request its waybill first</source>
        <translation>包裹 %1 还没有面单（%2）；请先申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="374"/>
        <source>parcel %1 was already printed: a reprint needs a reason</source>
        <translation>包裹 %1 已打印过：补打必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="375"/>
        <source>%1 printed parcels for %2 were not scanned: find them, or close the batch without them</source>
        <translation>%2 有 %1 个已打印的包裹未扫描：请找到它们，或不含这些包裹关闭批次</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="376"/>
        <source>print order must be one of %1</source>
        <translation>打印顺序必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="377"/>
        <source>print job %1 already finished</source>
        <translation>打印任务 %1 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="378"/>
        <source>no print job %1</source>
        <translation>没有打印任务 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="379"/>
        <source>no handover batch %1</source>
        <translation>没有交接批次 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="380"/>
        <source>no carrier account %1</source>
        <translation>没有物流账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="381"/>
        <source>no label template %1</source>
        <translation>没有面单模板 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="382"/>
        <source>a printer is already called %1</source>
        <translation>已有名为 %1 的打印机</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="383"/>
        <source>no printer %1</source>
        <translation>没有打印机 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="384"/>
        <source>no shop %1</source>
        <translation>没有店铺 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="385"/>
        <source>no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="386"/>
        <source>parcel %1 is gone</source>
        <translation>包裹 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="387"/>
        <source>no parcel %1</source>
        <translation>没有包裹 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="388"/>
        <source>%1 did not answer in time</source>
        <translation>%1未及时响应</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="389"/>
        <source>%1 cannot be reached (%2)</source>
        <translation>无法连接%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="390"/>
        <source>%1 dropped the connection (%2)</source>
        <translation>%1断开了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="391"/>
        <source>%1 failed mid-request (%2)</source>
        <translation>%1在请求中途出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="392"/>
        <source>%1 failed (%2)</source>
        <translation>%1出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="394"/>
        <source>%1 refused the credentials (%2); check the account&apos;s keys</source>
        <translation>%1 拒绝了授权凭证（%2）；请检查账号密钥</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="395"/>
        <source>%1 dropped the connection before answering (%2)</source>
        <translation>%1 在响应前断开了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="396"/>
        <source>%1 dropped the connection before answering</source>
        <translation>%1 在响应前断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="397"/>
        <source>%1 dropped the connection</source>
        <translation>%1 断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="398"/>
        <source>%1 did not answer (%2)</source>
        <translation>%1 未响应（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="399"/>
        <source>%1&apos;s login service is throttling; trying again later</source>
        <translation>%1 登录服务正在限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="400"/>
        <source>%1&apos;s login service failed (%2); trying again later</source>
        <translation>%1 登录服务出错（%2）；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="401"/>
        <source>%1&apos;s login service answered %2</source>
        <translation>%1 登录服务返回 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="402"/>
        <source>%1 is throttling %2 requests; trying again later</source>
        <translation>%1 正在对 %2 请求限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="403"/>
        <source>%1 kept throttling the request; trying again later</source>
        <translation>%1 持续限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="404"/>
        <source>%1&apos;s API cannot change the tracking number of a shipment: correct it for order %2 in Seller Hub</source>
        <translation>%1 的 API 无法修改运单号：请在 Seller Hub 中更正订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="405"/>
        <source>cannot tell whether parcel %1 reached %2: order %3 has %4 shipment(s) and %5 keeps no parcel reference; check the order in %6</source>
        <translation>无法确定包裹 %1 是否已同步到 %2：订单 %3 有 %4 条发货记录，且 %5 不保存包裹参考号；请在 %6 中检查该订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="406"/>
        <source>%1 has nothing left to fulfil for line %2 of order %3 (%4 more than is open; was it fulfilled or cancelled in Shopify?)</source>
        <translation>%1 中订单 %3 的明细 %2 已无可发货数量（多出 %4；是否已在 Shopify 中发货或取消？）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="407"/>
        <source>%1 has no package %2 on order %3 to correct</source>
        <translation>%1 的订单 %3 上没有可更正的包裹 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="408"/>
        <source>%1 refused (%2, error %3): %4</source>
        <translation>%1 拒绝了请求（%2，错误 %3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="409"/>
        <source>%1 refused (%2): %3</source>
        <translation>%1 拒绝了请求（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="410"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="411"/>
        <source>%1 refused the new tracking number (%2): %3</source>
        <translation>%1 拒绝了新运单号（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="412"/>
        <source>%1 refused the order list (%2): %3</source>
        <translation>%1 拒绝了订单列表请求（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="413"/>
        <source>%1 refused the shipment (%2): %3</source>
        <translation>%1 拒绝了发货（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="414"/>
        <source>%1 could not read order %2 (%3): %4</source>
        <translation>%1 无法读取订单 %2（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="415"/>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 返回的内容不是 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="416"/>
        <source>%1 answered the token request without an access token</source>
        <translation>%1 的令牌响应中没有访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="417"/>
        <source>%1 answered without data</source>
        <translation>%1 返回了空数据</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="418"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 返回 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="419"/>
        <source>%1 answered %2 without %3</source>
        <translation>%1 对 %2 的响应缺少 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="420"/>
        <source>%1 order %2 has no shipment for parcel %3</source>
        <translation>%1 订单 %2 没有包裹 %3 的发货记录</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="421"/>
        <source>%1 order %2 has no shipment %3</source>
        <translation>%1 订单 %2 没有发货记录 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="422"/>
        <source>%1 has no order %2</source>
        <translation>%1 上没有订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="423"/>
        <source>%1 sent an unreadable amount %2</source>
        <translation>%1 发来无法识别的金额 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="424"/>
        <source>%1 sent an unreadable date %2</source>
        <translation>%1 发来无法识别的日期 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="425"/>
        <source>%1 sent an unreadable time %2</source>
        <translation>%1 发来无法识别的时间 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="426"/>
        <source>%1 sent an invalid amount %2 for %3</source>
        <translation>%1 发来的 %3 金额无效：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="427"/>
        <source>%1 sent an invalid amount %2</source>
        <translation>%1 发来无效金额 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="428"/>
        <source>%1 sent a label that is not base64</source>
        <translation>%1 发来的面单不是 base64 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="429"/>
        <source>%1 sent an answer that is not a JSON object</source>
        <translation>%1 的响应不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="430"/>
        <source>%1 sent an answer that is not its usual envelope</source>
        <translation>%1 的响应格式异常</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="431"/>
        <source>%1 booked the shipment but sent no label</source>
        <translation>%1 已下单但未返回面单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="432"/>
        <source>%1 said the label is %2 but sent %3</source>
        <translation>%1 声称面单为 %2，实际发来 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="433"/>
        <source>%1 sent a truncated PDF label</source>
        <translation>%1 发来的 PDF 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="434"/>
        <source>%1 sent a truncated PNG label</source>
        <translation>%1 发来的 PNG 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="435"/>
        <source>%1 sent a %2 that is not a printable label (it starts with %3)</source>
        <translation>%1 发来的 %2 不是可打印的面单（开头为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="436"/>
        <source>%1 sent an empty label</source>
        <translation>%1 发来的面单是空的</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="437"/>
        <source>%1 sends the label only when the shipment is booked: void waybill %2 and request it again</source>
        <translation>%1 只在下单成功时返回面单：请作废运单 %2 后重新申请</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="438"/>
        <source>%1 needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers</source>
        <translation>%1 需要 karrio 物流 SDK：请安装 carriers 扩展：uv sync --extra carriers</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="439"/>
        <source>karrio carrier %1 is not supported (known: %2)</source>
        <translation>不支持 karrio 物流商 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="440"/>
        <source>unknown Amazon region %1 (na, eu or fe)</source>
        <translation>未知的亚马逊站点区域 %1（na、eu 或 fe）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="441"/>
        <source>the carrier has no shipment %1</source>
        <translation>物流商没有运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="442"/>
        <source>the %1 account needs %2 (secrets)</source>
        <translation>%1 账号需要 %2（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="444"/>
        <source>shop %1 not in %2</source>
        <translation>店铺 %1 不属于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="445"/>
        <source>shop %1 in %2</source>
        <translation>店铺 %1 属于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="446"/>
        <source>country %1 not in %2</source>
        <translation>国家 %1 不在 %2 中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="447"/>
        <source>country %1 in %2</source>
        <translation>国家 %1 在 %2 中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="448"/>
        <source>weight unknown (%1)</source>
        <translation>重量未知（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="449"/>
        <source>weight %1 g not in %2</source>
        <translation>重量 %1 克，不在 %2 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="450"/>
        <source>weight %1 g in %2</source>
        <translation>重量 %1 克，在 %2 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="451"/>
        <source>total is in %1, not %2</source>
        <translation>金额币种为 %1，不是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="452"/>
        <source>total %1 %2 not in %3</source>
        <translation>金额 %1 %2，不在 %3 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="453"/>
        <source>total %1 %2 in %3</source>
        <translation>金额 %1 %2，在 %3 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="454"/>
        <source>SKU %1 in the list</source>
        <translation>SKU %1 在列表中</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="455"/>
        <source>no SKU in %1 (has %2)</source>
        <translation>没有 SKU 在 %1 中（订单有 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="456"/>
        <source>no SKU contains %1 (has %2)</source>
        <translation>没有 SKU 包含 %1（订单有 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="457"/>
        <source>SKU %1 contains %2</source>
        <translation>SKU %1 包含 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="458"/>
        <source>%1 items not in %2</source>
        <translation>%1 件商品，不在 %2 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="459"/>
        <source>%1 items in %2</source>
        <translation>%1 件商品，在 %2 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="460"/>
        <source>tags %1 lack %2</source>
        <translation>标签 %1 不满足 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="461"/>
        <source>tags %1 have %2</source>
        <translation>标签 %1 满足 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="462"/>
        <source>any of %1</source>
        <translation>任一 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="463"/>
        <source>all of %1</source>
        <translation>全部 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="464"/>
        <source>ship-by %1: not %2</source>
        <translation>最晚发货 %1：不满足 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="465"/>
        <source>ship-by %1: %2</source>
        <translation>最晚发货 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="466"/>
        <source>due in %1 h</source>
        <translation>剩余 %1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="467"/>
        <source>within %1 h</source>
        <translation>%1 小时内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="468"/>
        <source>unknown condition %1</source>
        <translation>未知条件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="470"/>
        <source>%1 could not %2 %3: %4</source>
        <translation>%1 无法%2 %3：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="471"/>
        <source>%1 refused %2: %3</source>
        <translation>%1 拒绝了%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="472"/>
        <source>%1 order %2 has no %3</source>
        <translation>%1 订单 %2 缺少 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="473"/>
        <source>%1 requires %2</source>
        <translation>%1 要求填写%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="474"/>
        <source>%1 %2 must be %3 letters</source>
        <translation>%1 %2 必须是 %3 个字母</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="475"/>
        <source>%1 %2 is too small</source>
        <translation>%1 %2 太小</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="476"/>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="477"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="478"/>
        <source>%1 cannot be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="479"/>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="480"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="552"/>
        <location filename="../../ui/app_texts.py" line="516"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="553"/>
        <location filename="../../ui/app_texts.py" line="513"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="554"/>
        <location filename="../../ui/app_texts.py" line="521"/>
        <source>; </source>
        <translation>；</translation>
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
    <name>CarrierSetupDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="72"/>
        <source>Carriers and shipping methods</source>
        <translation>物流商和物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="82"/>
        <source>empty: the carrier&apos;s production address</source>
        <translation>留空：使用物流商正式环境地址</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="87"/>
        <source>api_key=… (one per line; kept in the system keyring)</source>
        <translation>api_key=…（每行一个；保存在系统密钥环中）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="91"/>
        <source>Save account</source>
        <translation>保存账号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="93"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="95"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="99"/>
        <location filename="../../ui/carrier_views.py" line="114"/>
        <location filename="../../ui/carrier_views.py" line="139"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="100"/>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="101"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="102"/>
        <source>Settings (JSON)</source>
        <translation>设置（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="103"/>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="108"/>
        <source>Carrier accounts</source>
        <translation>物流账号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="114"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="114"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="114"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="118"/>
        <source>Default method</source>
        <translation>默认渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="120"/>
        <source>as the carrier sends it</source>
        <translation>按物流商返回的格式</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="123"/>
        <source>Carries batteries</source>
        <translation>可寄带电</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="124"/>
        <source>Carries liquids</source>
        <translation>可寄液体</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="128"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="130"/>
        <source>e.g. DE FR NL (empty: everywhere)</source>
        <translation>例如 DE FR NL（留空：不限）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="132"/>
        <source>e.g. BR RU</source>
        <translation>例如 BR RU</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="138"/>
        <source>Service code</source>
        <translation>渠道代码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="141"/>
        <source>Label format</source>
        <translation>面单格式</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="142"/>
        <source>Label template</source>
        <translation>面单模板</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="145"/>
        <source>Maximum weight</source>
        <translation>最大重量</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="146"/>
        <source>Ships only to</source>
        <translation>仅寄往</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="147"/>
        <source>Never ships to</source>
        <translation>不寄往</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="148"/>
        <source>Requires customs</source>
        <translation>需报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="149"/>
        <source>New method</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="151"/>
        <source>Save method</source>
        <translation>保存渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="157"/>
        <source>Shipping methods of this account</source>
        <translation>此账号的物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="175"/>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="176"/>
        <source>English descriptions</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="177"/>
        <source>Chinese descriptions</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="178"/>
        <source>Declared values</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="179"/>
        <source>Countries of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="180"/>
        <source>Item weights</source>
        <translation>商品重量</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="226"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="233"/>
        <source>no batteries</source>
        <translation>不带电</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="235"/>
        <source>no liquids</source>
        <translation>无液体</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="237"/>
        <source>max %1 g</source>
        <translation>最重 %1 克</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="240"/>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="242"/>
        <source>not %1</source>
        <translation>不含 %1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="244"/>
        <source>customs: %1</source>
        <translation>报关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="286"/>
        <source>Settings must be a JSON object, like {&quot;customer_code&quot;: &quot;C123&quot;}</source>
        <translation>设置必须是 JSON 对象，例如 {&quot;customer_code&quot;: &quot;C123&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="302"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
</context>
<context>
    <name>CarrierViews</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="517"/>
        <source>Carriers and shipping methods…</source>
        <translation>物流商和物流渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Tracking-number pools…</source>
        <translation>运单号池…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="519"/>
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="520"/>
        <source>Enter tracking number…</source>
        <translation>手动填写运单号…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="521"/>
        <source>Upload label…</source>
        <translation>上传面单…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="522"/>
        <source>Label from tracking pool</source>
        <translation>从运单号池取号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="523"/>
        <source>Retry failed waybills</source>
        <translation>重新申请失败的运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="524"/>
        <source>Void waybill…</source>
        <translation>作废运单…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="525"/>
        <source>Compare rates…</source>
        <translation>运费比价…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="549"/>
        <source>Select orders with parcels first</source>
        <translation>请先选择有包裹的订单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="592"/>
        <source>Label for %1</source>
        <translation>%1 的面单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="593"/>
        <source>Labels (*.pdf *.png *.zpl *.prn)</source>
        <translation>面单文件 (*.pdf *.png *.zpl *.prn)</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="601"/>
        <source>Label stored (%1)</source>
        <translation>面单已保存（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="608"/>
        <source>%1 parcels labelled from the pool</source>
        <translation>已从运单号池为 %1 个包裹取号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="613"/>
        <source>Asked again for %1 parcels</source>
        <translation>已为 %1 个包裹重新申请</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="620"/>
        <source>Void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="621"/>
        <source>Why void the waybill of %1?</source>
        <translation>为什么作废 %1 的运单？</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="626"/>
        <source>Void queued for %1 parcels (refund requested)</source>
        <translation>已提交 %1 个包裹的作废（已申请退款）</translation>
    </message>
</context>
<context>
    <name>CustomsDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="644"/>
        <source>Edit customs of %1 orders</source>
        <translation>编辑 %1 个订单的报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="651"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="656"/>
        <source>empty: the price the buyer paid</source>
        <translation>留空：按买家实付价格</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="658"/>
        <source>Description (EN)</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="659"/>
        <source>Description (ZH)</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="660"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="661"/>
        <source>Value per unit</source>
        <translation>单件申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="662"/>
        <source>Origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="663"/>
        <source>Also save as the product&apos;s default for future orders</source>
        <translation>同时保存为该商品的默认值，用于以后的订单</translation>
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
    <name>DryRunDialog</name>
    <message>
        <location filename="../../ui/rules_search.py" line="730"/>
        <source>Dry run: what the rules would do</source>
        <translation>试运行：规则将做什么</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="733"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="737"/>
        <source>Order / rule / condition</source>
        <translation>订单 / 规则 / 条件</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="737"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="741"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="759"/>
        <source>: %1 would change, %2 with rules fighting over a field. Nothing has been changed.</source>
        <translation>：%1 个会改变，%2 个有规则争夺同一字段。尚未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="764"/>
        <source>first match: %1</source>
        <translation>首个匹配：%1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="765"/>
        <source>no rule matches</source>
        <translation>没有匹配的规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="768"/>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="768"/>
        <source>does not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="776"/>
        <source>Would change</source>
        <translation>将修改</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="779"/>
        <source>overruled by “%1”</source>
        <translation>被“%1”覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="780"/>
        <source>by “%1”</source>
        <translation>由“%1”设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_search.py" line="757"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_search.py" line="757"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="125"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <location filename="../../ui/import_wizard.py" line="463"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>An Amazon order report, a Shopify orders export, or any CSV / XLSX</source>
        <translation>亚马逊订单报告、Shopify 订单导出文件，或任意 CSV / XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="177"/>
        <source>a shop name (a new one is created)</source>
        <translation>店铺名称（不存在则新建）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="179"/>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="183"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="185"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Found:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>The whole file is imported or nothing: if any row has a problem, you get a list of every problem by row and column, and nothing changes. Importing the same file again changes nothing.</source>
        <translation>整个文件要么全部导入，要么都不导入：只要有一行有问题，就会按行和列列出所有问题，且不做任何修改。重复导入同一文件不会产生变化。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>File start:</source>
        <translation>文件开头：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="213"/>
        <source>Detect from the header row</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214"/>
        <location filename="../../ui/import_wizard.py" line="370"/>
        <source>Amazon order report</source>
        <translation>亚马逊订单报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <location filename="../../ui/import_wizard.py" line="370"/>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>Preset: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <source>Map the columns myself…</source>
        <translation>自己对应列…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Which column of the file holds each field? Fields marked * are required.</source>
        <translation>每个字段对应文件中的哪一列？带 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="248"/>
        <source>preset name, e.g. My ERP export</source>
        <translation>模板名称，例如：我的 ERP 导出</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="249"/>
        <source>Save as preset</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Save this mapping:</source>
        <translation>保存此对应关系：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="286"/>
        <source>Save the report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>Order file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="371"/>
        <source>not recognised — map the columns</source>
        <translation>无法识别 — 请对应列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>%1 · encoding %2 · %3 rows</source>
        <translation>%1 · 编码 %2 · %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="392"/>
        <source>to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="392"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="393"/>
        <source>already shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="414"/>
        <source>The first rows already have %1 problem(s); the import will be refused until they are fixed.</source>
        <translation>前几行已有 %1 个问题；修正之前无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>The first %1 line(s) as they will be imported (of %2 rows in the file).</source>
        <translation>前 %1 条商品明细的导入效果（文件共 %2 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="430"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="446"/>
        <source>Saved the preset %1.</source>
        <translation>已保存模板 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="463"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="490"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="501"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 cancelled, %6 skipped (already shipped).</source>
        <translation>已导入 %1：新增 %2，更新 %3，未变 %4，取消 %5，跳过 %6（已发货）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="523"/>
        <source>Nothing was imported: %1 has %2 problem(s). Fix them in the file and import it again.</source>
        <translation>未导入任何内容：%1 有 %2 个问题。请在文件中修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="58"/>
        <source>Spreadsheet files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Shipping service</source>
        <translation>物流方式</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Buyer email</source>
        <translation>买家邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Street (line 1)</source>
        <translation>街道地址（第 1 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Street (line 2)</source>
        <translation>街道地址（第 2 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Street (line 3)</source>
        <translation>街道地址（第 3 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>State / province</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Ship by</source>
        <translation>最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Line id</source>
        <translation>明细 ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Line price (quantity × unit)</source>
        <translation>明细金额（数量 × 单价）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <location filename="../../ui/import_wizard.py" line="611"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="568"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="568"/>
        <source>Import SKU pairings</source>
        <translation>导入 SKU 配对</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="569"/>
        <source>Import a stock count</source>
        <translation>导入库存盘点</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="583"/>
        <source>Nothing was imported: %1 has %2 problem(s).</source>
        <translation>未导入任何内容：%1 有 %2 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="592"/>
        <source>%1 new, %2 updated, %3 unchanged products.</source>
        <translation>商品：新增 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="595"/>
        <source>%1 pairings for %2 marketplace SKUs; %3 orders in Review checked again.</source>
        <translation>为 %2 个平台 SKU 导入 %1 条配对；已重新检查 %3 个待审核订单。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="599"/>
        <source>%1 products adjusted to the count, %2 already right.</source>
        <translation>%1 个商品已按盘点数调整，%2 个本来就正确。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="611"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="617"/>
        <source>Exported %1 products to %2</source>
        <translation>已导出 %1 个商品到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="632"/>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="643"/>
        <source>Import products…</source>
        <translation>导入商品…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="644"/>
        <source>Export products…</source>
        <translation>导出商品…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="645"/>
        <source>Import SKU pairings…</source>
        <translation>导入 SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="646"/>
        <source>Import a stock count…</source>
        <translation>导入库存盘点…</translation>
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
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
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
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="297"/>
        <source>%n job failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="297"/>
        <source>%n jobs failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="558"/>
        <source>Pair SKU…</source>
        <translation>SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="559"/>
        <source>Edit address…</source>
        <translation>编辑地址…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="560"/>
        <source>Notes and tags…</source>
        <translation>备注和标签…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="561"/>
        <source>Edit customs…</source>
        <translation>编辑报关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="562"/>
        <source>Split into parcels…</source>
        <translation>拆分包裹…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="563"/>
        <source>Merge into one parcel</source>
        <translation>合并为一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="564"/>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="565"/>
        <source>Release hold</source>
        <translation>解除暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="566"/>
        <source>Recheck review reasons</source>
        <translation>重新检查审核原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="567"/>
        <source>Products and stock…</source>
        <translation>商品和库存…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="568"/>
        <source>Select an order first</source>
        <translation>请先选择一个订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="569"/>
        <source>The selected orders have no unpaired SKU</source>
        <translation>所选订单没有未配对的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="570"/>
        <source>Paired; %1 orders in Review rechecked</source>
        <translation>已配对；已重新检查 %1 个待审核订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="571"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="572"/>
        <source>Merged %1 orders into one parcel</source>
        <translation>已将 %1 个订单合并为一个包裹</translation>
    </message>
</context>
<context>
    <name>ManualTrackingDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="408"/>
        <source>Enter tracking number</source>
        <translation>手动填写运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="413"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="415"/>
        <source>none: Shipbench prints its own label</source>
        <translation>无：由 Shipbench 自行打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="416"/>
        <source>Label file…</source>
        <translation>面单文件…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="425"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="426"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="427"/>
        <source>Label (PDF, PNG, ZPL)</source>
        <translation>面单（PDF、PNG、ZPL）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="437"/>
        <source>Label file</source>
        <translation>面单文件</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="437"/>
        <source>Labels (*.pdf *.png *.zpl *.prn)</source>
        <translation>面单文件 (*.pdf *.png *.zpl *.prn)</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="448"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="717"/>
        <source>Notes and tags of order %1</source>
        <translation>订单 %1 的备注和标签</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="722"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="726"/>
        <source>gift, vip, …</source>
        <translation>礼物, vip, …</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="727"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="728"/>
        <source>Customer service note</source>
        <translation>客服备注</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="729"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/detail.py" line="44"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="55"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="60"/>
        <source>on hold: {0}</source>
        <translation>暂缓：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="63"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="70"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="76"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="87"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="89"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="99"/>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="103"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="105"/>
        <source>Packed in the parcel of order %1</source>
        <translation>与订单 %1 合并打包</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="107"/>
        <source>Also packed in this parcel: %1</source>
        <translation>同包裹合并的订单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="108"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="108"/>
        <source>Customer service note</source>
        <translation>客服备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="113"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="123"/>
        <source>Customs of %1</source>
        <translation>%1 的报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="132"/>
        <source>History</source>
        <translation>操作记录</translation>
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
    <name>PairingDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="164"/>
        <location filename="../../ui/order_desk.py" line="247"/>
        <source>Pair SKU</source>
        <translation>SKU 配对</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="168"/>
        <source>Marketplace SKU &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>平台 SKU &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="172"/>
        <source>Search products by SKU, name, 中文名 or barcode</source>
        <translation>按 SKU、名称、中文名或条码搜索商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="179"/>
        <source>Add to pairing ↓</source>
        <translation>加入配对 ↓</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="185"/>
        <source>Packed from (one product, or several for a bundle):</source>
        <translation>由以下商品打包（一个商品，或多个组成组合）：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="187"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="187"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="187"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="191"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="194"/>
        <source>For this shop only (%1)</source>
        <translation>仅此店铺（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="195"/>
        <source>For all shops</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="199"/>
        <source>Remember:</source>
        <translation>保存范围：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="203"/>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="211"/>
        <source>%1 products</source>
        <translation>%1 个商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="247"/>
        <source>Add at least one product.</source>
        <translation>请至少添加一个商品。</translation>
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
    <name>PoolsDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="335"/>
        <source>Tracking-number pools</source>
        <translation>运单号池</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="340"/>
        <location filename="../../ui/carrier_views.py" line="357"/>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="340"/>
        <location filename="../../ui/carrier_views.py" line="358"/>
        <source>Service</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="340"/>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="340"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="340"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="345"/>
        <source>service code (empty: any)</source>
        <translation>渠道代码（留空：任意）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="352"/>
        <source>From file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="354"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="359"/>
        <source>Warn when left</source>
        <translation>余量预警值</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="360"/>
        <source>Ranges</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="378"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="379"/>
        <source>running low</source>
        <translation>即将用完</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="379"/>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="387"/>
        <source>Number ranges</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="387"/>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>文本或 CSV 文件 (*.txt *.csv)</translation>
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
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="289"/>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="289"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="293"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="293"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="293"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="293"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="294"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="294"/>
        <source>Length (mm)</source>
        <translation>长（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="294"/>
        <source>Width (mm)</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="295"/>
        <source>Height (mm)</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="295"/>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="296"/>
        <source>Customs description (EN)</source>
        <translation>英文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="296"/>
        <source>Customs description (ZH)</source>
        <translation>中文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="297"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="297"/>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="298"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="298"/>
        <source>Origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="307"/>
        <source>Battery</source>
        <translation>带电</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="307"/>
        <source>Liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="307"/>
        <source>Magnet</source>
        <translation>带磁</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="312"/>
        <source>Contains</source>
        <translation>特殊属性</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="316"/>
        <source>EAN, EANxPACK, …</source>
        <translation>EAN, EANxPACK, …</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="317"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <location filename="../../ui/app_texts.py" line="627"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="628"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="629"/>
        <source>中文名</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="630"/>
        <source>Weight g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="631"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="632"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
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
        <location filename="../../ui/models.py" line="80"/>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="83"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="89"/>
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
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="468"/>
        <source>Compare rates</source>
        <translation>运费比价</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Price</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Days</source>
        <translation>时效（天）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Allowed</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="471"/>
        <source>Asking the carriers…</source>
        <translation>正在向物流商询价…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="472"/>
        <source>Use the cheapest</source>
        <translation>选最便宜</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="474"/>
        <source>Use the fastest</source>
        <translation>选最快</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="495"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="500"/>
        <source>Switched to the cheapest allowed method</source>
        <translation>已切换到最便宜的可用渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="502"/>
        <source>Switched to the fastest allowed method</source>
        <translation>已切换到最快的可用渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="504"/>
        <source>Cheapest first</source>
        <translation>最便宜的在前</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="504"/>
        <source>No carrier quoted a price</source>
        <translation>没有物流商报价</translation>
    </message>
</context>
<context>
    <name>ReasonKinds</name>
    <message>
        <location filename="../../ui/app_texts.py" line="612"/>
        <source>unpaired SKU</source>
        <translation>SKU 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="613"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="614"/>
        <source>customs</source>
        <translation>报关</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="615"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="616"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="617"/>
        <source>shipping method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="618"/>
        <source>changed on marketplace</source>
        <translation>平台已修改</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="552"/>
        <source>Save the report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="555"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Problem</source>
        <translation>问题</translation>
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
    <name>ReviewFilterBar</name>
    <message>
        <location filename="../../ui/rules_search.py" line="212"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="216"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="217"/>
        <source>A country code (DE) or a region: EU, EEA, EUROPE, NA</source>
        <translation>国家代码（DE）或地区：EU、EEA、EUROPE、NA</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="222"/>
        <source>Most urgent first</source>
        <translation>最紧急的在前</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="223"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="224"/>
        <source>All shops</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="225"/>
        <source>Any method</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="227"/>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="228"/>
        <source>Any reason</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="268"/>
        <source>No method yet</source>
        <translation>未指定渠道</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="307"/>
        <source>%1 shown</source>
        <translation>显示 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="608"/>
        <source>Any deadline</source>
        <translation>所有时限</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="609"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="610"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="611"/>
        <source>Due in 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
</context>
<context>
    <name>RulesArea</name>
    <message>
        <location filename="../../ui/rules_search.py" line="368"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="370"/>
        <source>Dry run rules on the selected orders</source>
        <translation>对所选订单试运行规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="372"/>
        <source>Apply rules to the selected orders</source>
        <translation>对所选订单应用规则</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_search.py" line="575"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="582"/>
        <source>Rules run top to bottom; the first rule to set a field wins.</source>
        <translation>规则从上到下执行；同一字段以第一个设置它的规则为准。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="585"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="586"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="587"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="588"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="597"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="599"/>
        <source>Stop here: later rules do not run for an order this rule matched</source>
        <translation>到此为止：订单匹配此规则后不再执行后面的规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="600"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="603"/>
        <source>If all of these hold</source>
        <translation>如果以下条件全部满足</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="604"/>
        <source>Then</source>
        <translation>那么</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="614"/>
        <source>Dry run on the selected orders</source>
        <translation>对所选订单试运行</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="615"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="617"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../ui/rules_search.py" line="452"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="501"/>
        <source>any of</source>
        <translation>任一</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="501"/>
        <source>all of</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="502"/>
        <source>is present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="502"/>
        <source>is absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="537"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="575"/>
        <source>Shop is one of</source>
        <translation>店铺属于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="576"/>
        <source>shops, comma-separated</source>
        <translation>店铺，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="577"/>
        <source>Destination in</source>
        <translation>目的地属于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="578"/>
        <source>countries or EU, EEA, EUROPE, NA</source>
        <translation>国家或 EU、EEA、EUROPE、NA</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="579"/>
        <source>Weight (g) between</source>
        <translation>重量（克）介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="580"/>
        <source>min g</source>
        <translation>最小克数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="581"/>
        <source>max g</source>
        <translation>最大克数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="582"/>
        <source>Order total between</source>
        <translation>订单金额介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="583"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="584"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="585"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="586"/>
        <source>Has a SKU from</source>
        <translation>含有以下 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="587"/>
        <source>SKUs, comma-separated</source>
        <translation>SKU，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="588"/>
        <source>A SKU contains</source>
        <translation>SKU 包含</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="589"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="590"/>
        <source>Number of items between</source>
        <translation>商品件数介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="591"/>
        <source>Has tags</source>
        <translation>含有标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="592"/>
        <source>tags, comma-separated</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="593"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="594"/>
        <source>Ship-by within hours</source>
        <translation>最晚发货在几小时内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="595"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="596"/>
        <source>Ship-by is overdue</source>
        <translation>已超过最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="597"/>
        <source>Set shipping method</source>
        <translation>设置物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="598"/>
        <source>Hold with reason</source>
        <translation>暂缓并填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="599"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="600"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="601"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="602"/>
        <source>Customs defaults (blank fields)</source>
        <translation>报关默认值（仅填空白字段）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="603"/>
        <source>description (EN)</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="604"/>
        <source>description (ZH)</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="605"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="606"/>
        <source>value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="607"/>
        <source>Approve if every check passes</source>
        <translation>全部检查通过则审核</translation>
    </message>
</context>
<context>
    <name>RulesSearch</name>
    <message>
        <location filename="../../ui/rules_search.py" line="68"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="68"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="68"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="68"/>
        <source>Matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="86"/>
        <source>Search orders, tracking, SKU… (Ctrl+F)</source>
        <translation>搜索订单、运单号、SKU…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="126"/>
        <source>Nothing found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="619"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="620"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="621"/>
        <source>buyer e-mail</source>
        <translation>买家邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="622"/>
        <source>recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="623"/>
        <source>parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="624"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="625"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="626"/>
        <source>product</source>
        <translation>商品</translation>
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
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="569"/>
        <source>Split order %1 into parcels</source>
        <translation>将订单 %1 拆分为多个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="573"/>
        <source>Parcels:</source>
        <translation>包裹数：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="595"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="604"/>
        <source>Line</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="604"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="604"/>
        <source>Parcel %1</source>
        <translation>包裹 %1</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="419"/>
        <source>Products and stock</source>
        <translation>商品和库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="424"/>
        <source>Search SKU, name, 中文名 or barcode</source>
        <translation>搜索 SKU、名称、中文名或条码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="425"/>
        <source>Low stock only</source>
        <translation>仅显示低库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="442"/>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="442"/>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="443"/>
        <source>Edit product…</source>
        <translation>编辑商品…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="443"/>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="448"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="475"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="475"/>
        <source>Units of %1 received:</source>
        <translation>%1 的入库数量：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="482"/>
        <location filename="../../ui/order_desk.py" line="486"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="482"/>
        <source>Change on hand of %1 by (negative to remove):</source>
        <translation>%1 的在库数量增减（负数为减少）：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="486"/>
        <source>Why (stock count, damaged…)?</source>
        <translation>原因（盘点、损坏…）？</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/app_texts.py" line="633"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="634"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="635"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="636"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="637"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="638"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="639"/>
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="83"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="85"/>
        <location filename="../../ui/sync_panel.py" line="499"/>
        <source>Marketplace accounts…</source>
        <translation>平台账号…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="95"/>
        <location filename="../../ui/sync_panel.py" line="124"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="95"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="95"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="95"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="96"/>
        <location filename="../../ui/sync_panel.py" line="104"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="96"/>
        <location filename="../../ui/sync_panel.py" line="105"/>
        <source>Being looked up</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="96"/>
        <location filename="../../ui/sync_panel.py" line="104"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="105"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="106"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="106"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="110"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="112"/>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="114"/>
        <source>Retry all failed</source>
        <translation>重试全部失败任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="117"/>
        <source>Jobs:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="124"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="124"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="124"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="124"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="125"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="125"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="125"/>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="125"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="155"/>
        <source>not contacted</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="157"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="159"/>
        <source>offline — %1</source>
        <translation>离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="162"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="162"/>
        <source>carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="224"/>
        <location filename="../../ui/sync_panel.py" line="228"/>
        <source>%1 job(s) will be sent again.</source>
        <translation>%1 个任务将重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="242"/>
        <source>%1 job(s) cancelled.</source>
        <translation>已取消 %1 个任务。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="248"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="252"/>
        <source>Synced at %1.</source>
        <translation>已于 %1 同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="487"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="497"/>
        <source>Sync panel</source>
        <translation>同步面板</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="55"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="273"/>
        <source>request waybill</source>
        <translation>申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="274"/>
        <source>void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="275"/>
        <source>confirm shipment</source>
        <translation>标记发货</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="276"/>
        <source>update tracking</source>
        <translation>更新运单号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="277"/>
        <source>pull orders</source>
        <translation>拉取订单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="283"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="284"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="285"/>
        <source>being looked up</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="286"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="287"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="288"/>
        <source>cancelled</source>
        <translation>已取消</translation>
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
<context>
    <name>self.w</name>
    <message>
        <location filename="../../ui/order_desk.py" line="827"/>
        <source>Select an order first</source>
        <translation>请先选择一个订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="846"/>
        <source>The selected orders have no unpaired SKU</source>
        <translation>所选订单没有未配对的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="850"/>
        <source>Paired; %1 orders in Review rechecked</source>
        <translation>已配对；已重新检查 %1 个待审核订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="874"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="877"/>
        <source>Merged %1 orders into one parcel</source>
        <translation>已将 %1 个订单合并为一个包裹</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/order_desk.py" line="760"/>
        <source>Pair SKU…</source>
        <translation>SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="761"/>
        <source>Edit address…</source>
        <translation>编辑地址…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="762"/>
        <source>Notes and tags…</source>
        <translation>备注和标签…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="763"/>
        <source>Edit customs…</source>
        <translation>编辑报关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="765"/>
        <source>Split into parcels…</source>
        <translation>拆分包裹…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="766"/>
        <source>Merge into one parcel</source>
        <translation>合并为一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="767"/>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="769"/>
        <source>Release hold</source>
        <translation>解除暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="770"/>
        <source>Recheck review reasons</source>
        <translation>重新检查审核原因</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="771"/>
        <source>Products and stock…</source>
        <translation>商品和库存…</translation>
    </message>
</context>
</TS>
