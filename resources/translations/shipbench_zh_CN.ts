<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForms</name>
    <message>
        <location filename="../../ui/account_texts.py" line="13"/>
        <source>Where to find it</source>
        <translation>在哪里找到</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="14"/>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="15"/>
        <source>stored — leave empty to keep</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="16"/>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="17"/>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="18"/>
        <source>This does not look right.</source>
        <translation>格式看起来不对。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="19"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="20"/>
        <source>A custom app in your Shopify admin gives Shipbench an Admin API access token.</source>
        <translation>在 Shopify 后台创建一个自定义应用，为 Shipbench 提供 Admin API 访问令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="21"/>
        <source>Shop domain</source>
        <translation>店铺域名</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="22"/>
        <source>Your shop&apos;s address ending in .myshopify.com (Settings → Domains), not your own domain.</source>
        <translation>以 .myshopify.com 结尾的店铺地址（设置 → 域名），不是您自己的域名。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="25"/>
        <source>the shop domain must end in .myshopify.com, like your-shop.myshopify.com</source>
        <translation>店铺域名必须以 .myshopify.com 结尾，例如 your-shop.myshopify.com</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="26"/>
        <source>Admin API access token</source>
        <translation>Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="27"/>
        <source>Settings → Apps and sales channels → Develop apps → your custom app → API credentials (scopes read_orders, write_fulfillments, write_merchant_managed_fulfillment_orders). Shopify shows it once.</source>
        <translation>设置 → 应用和销售渠道 → 开发应用 → 您的自定义应用 → API 凭据（权限 read_orders、write_fulfillments、write_merchant_managed_fulfillment_orders）。Shopify 只显示一次。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="31"/>
        <source>Email the buyer when a parcel ships</source>
        <translation>包裹发出时给买家发邮件</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="32"/>
        <source>Amazon (Selling Partner API)</source>
        <translation>亚马逊（Selling Partner API）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="33"/>
        <source>A private SP-API app you authorise for your own seller account (self-authorisation).</source>
        <translation>一个为您自己的卖家账号授权的私有 SP-API 应用（自授权）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="36"/>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="37"/>
        <source>The Amazon store whose orders Shipbench ships.</source>
        <translation>Shipbench 为其发货的亚马逊站点。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="38"/>
        <source>United States (amazon.com)</source>
        <translation>美国 (amazon.com)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="39"/>
        <source>Canada (amazon.ca)</source>
        <translation>加拿大 (amazon.ca)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="40"/>
        <source>Mexico (amazon.com.mx)</source>
        <translation>墨西哥 (amazon.com.mx)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="41"/>
        <source>Brazil (amazon.com.br)</source>
        <translation>巴西 (amazon.com.br)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="42"/>
        <source>United Kingdom (amazon.co.uk)</source>
        <translation>英国 (amazon.co.uk)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="43"/>
        <source>Germany (amazon.de)</source>
        <translation>德国 (amazon.de)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="44"/>
        <source>France (amazon.fr)</source>
        <translation>法国 (amazon.fr)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="45"/>
        <source>Italy (amazon.it)</source>
        <translation>意大利 (amazon.it)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="46"/>
        <source>Spain (amazon.es)</source>
        <translation>西班牙 (amazon.es)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="47"/>
        <source>Netherlands (amazon.nl)</source>
        <translation>荷兰 (amazon.nl)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="48"/>
        <source>Sweden (amazon.se)</source>
        <translation>瑞典 (amazon.se)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="49"/>
        <source>Poland (amazon.pl)</source>
        <translation>波兰 (amazon.pl)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="50"/>
        <source>Belgium (amazon.com.be)</source>
        <translation>比利时 (amazon.com.be)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="51"/>
        <source>Turkey (amazon.com.tr)</source>
        <translation>土耳其 (amazon.com.tr)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="52"/>
        <source>United Arab Emirates (amazon.ae)</source>
        <translation>阿联酋 (amazon.ae)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="53"/>
        <source>India (amazon.in)</source>
        <translation>印度 (amazon.in)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="54"/>
        <source>Japan (amazon.co.jp)</source>
        <translation>日本 (amazon.co.jp)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="55"/>
        <source>Australia (amazon.com.au)</source>
        <translation>澳大利亚 (amazon.com.au)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="56"/>
        <source>Singapore (amazon.sg)</source>
        <translation>新加坡 (amazon.sg)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="57"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="58"/>
        <source>Set from the marketplace; the SP-API endpoint that serves it.</source>
        <translation>由站点决定；为该站点服务的 SP-API 端点。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="59"/>
        <source>North America (sellingpartnerapi-na.amazon.com)</source>
        <translation>北美 (sellingpartnerapi-na.amazon.com)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="60"/>
        <source>Europe, Middle East, India (sellingpartnerapi-eu.amazon.com)</source>
        <translation>欧洲、中东、印度 (sellingpartnerapi-eu.amazon.com)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="61"/>
        <source>Far East (sellingpartnerapi-fe.amazon.com)</source>
        <translation>远东 (sellingpartnerapi-fe.amazon.com)</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="62"/>
        <source>LWA client identifier</source>
        <translation>LWA 客户端编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="63"/>
        <source>Seller Central → Apps and Services → Develop Apps → your app → LWA credentials.</source>
        <translation>卖家平台 → 应用和服务 → 开发应用 → 您的应用 → LWA 凭证。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="66"/>
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="67"/>
        <source>Next to the client identifier (View).</source>
        <translation>在客户端编号旁边（查看）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="68"/>
        <source>Refresh token (self-authorisation)</source>
        <translation>刷新令牌（自授权）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="69"/>
        <source>Develop Apps → your app → Authorize app: Amazon shows the refresh token once.</source>
        <translation>开发应用 → 您的应用 → 授权应用：亚马逊只显示一次刷新令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="70"/>
        <source>eBay</source>
        <translation>eBay</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="71"/>
        <source>Your eBay developer keyset, then Connect to let Shipbench ship your orders.</source>
        <translation>填写您的 eBay 开发者密钥组，然后点“连接”，让 Shipbench 为您的订单发货。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="72"/>
        <source>App ID (Client ID)</source>
        <translation>App ID（Client ID）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="73"/>
        <source>developer.ebay.com → Application Keys → Production keyset.</source>
        <translation>developer.ebay.com → Application Keys → 生产环境密钥组。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="74"/>
        <source>Cert ID (Client Secret)</source>
        <translation>Cert ID（Client Secret）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="75"/>
        <source>Next to the App ID on the same keyset.</source>
        <translation>在同一密钥组中 App ID 旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="76"/>
        <source>RuName (eBay redirect URL name)</source>
        <translation>RuName（eBay 重定向网址名称）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="77"/>
        <source>User Tokens → Get a Token from eBay via Your Application. Empty: this computer&apos;s loopback address receives the code.</source>
        <translation>User Tokens → Get a Token from eBay via Your Application。留空：由本机回环地址接收授权码。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="81"/>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="82"/>
        <source>Press Connect: eBay asks you to sign in and agree, then Shipbench keeps the token.</source>
        <translation>点“连接”：eBay 会请您登录并同意，然后 Shipbench 保存令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="85"/>
        <source>AliExpress</source>
        <translation>速卖通</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="86"/>
        <source>Your Open Platform app&apos;s key and secret, then Authorise the shop.</source>
        <translation>填写开放平台应用的 App Key 和 App Secret，然后授权店铺。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="87"/>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="88"/>
        <source>AliExpress Open Platform → App Console → your app → App Key.</source>
        <translation>速卖通开放平台 → 应用管理 → 您的应用 → App Key。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="89"/>
        <source>the AliExpress App Key is a number, like 503150</source>
        <translation>速卖通 App Key 是一串数字，例如 503150</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="90"/>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="91"/>
        <source>Next to the App Key.</source>
        <translation>在 App Key 旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="92"/>
        <source>Press Authorise: sign in as the seller and agree; the authorisation code is exchanged for a refresh token (not an access token, which expires).</source>
        <translation>点“授权”：以卖家身份登录并同意；授权码会换成刷新令牌（不是会过期的访问令牌）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="96"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="97"/>
        <source>A REST API key of your WooCommerce shop.</source>
        <translation>您的 WooCommerce 店铺的 REST API 密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="98"/>
        <source>Site URL</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="99"/>
        <source>Your WordPress site&apos;s address (https://).</source>
        <translation>您的 WordPress 网站地址（https://）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="100"/>
        <source>the site URL must start with https:// (keys are only sent over HTTPS)</source>
        <translation>网站地址必须以 https:// 开头（密钥只通过 HTTPS 发送）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="101"/>
        <source>Consumer key</source>
        <translation>Consumer key（消费者密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="102"/>
        <source>WooCommerce → Settings → Advanced → REST API → Add key (Read/Write).</source>
        <translation>WooCommerce → 设置 → 高级 → REST API → 添加密钥（读/写）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="103"/>
        <source>Consumer secret</source>
        <translation>Consumer secret（消费者私钥）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="104"/>
        <source>Shown with the consumer key, once.</source>
        <translation>与消费者密钥一起显示，仅一次。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="105"/>
        <source>Shipment Tracking extension installed</source>
        <translation>已安装 Shipment Tracking 扩展</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="106"/>
        <source>Found by Test connection (its wc-shipment-tracking/v3 route).</source>
        <translation>由“测试连接”检测（其 wc-shipment-tracking/v3 路由）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="107"/>
        <source>Simulator (test marketplace)</source>
        <translation>模拟器（测试平台）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="108"/>
        <source>The loopback simulator, for trying Shipbench out.</source>
        <translation>本机模拟器，用于试用 Shipbench。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="109"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="110"/>
        <source>Any value.</source>
        <translation>任意值。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="111"/>
        <source>Simulator (test carrier)</source>
        <translation>模拟器（测试承运商）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="112"/>
        <source>The loopback simulator&apos;s carrier, for trying Shipbench out.</source>
        <translation>本机模拟器的承运商，用于试用 Shipbench。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="113"/>
        <source>YunExpress</source>
        <translation>云途物流</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="114"/>
        <source>Your YunExpress API access from the customer portal.</source>
        <translation>在云途客户后台获取的 API 接入信息。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="115"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="116"/>
        <source>YunExpress customer portal → API settings (客户编号).</source>
        <translation>云途客户后台 → API 设置（客户编号）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="117"/>
        <source>API secret</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="118"/>
        <source>Shown next to the customer code (密钥).</source>
        <translation>显示在客户编号旁边（密钥）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="119"/>
        <source>4PX</source>
        <translation>递四方 4PX</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="120"/>
        <source>An app on the 4PX open platform.</source>
        <translation>递四方开放平台上的一个应用。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="121"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="122"/>
        <source>4PX open platform → My apps → app key.</source>
        <translation>递四方开放平台 → 我的应用 → app key。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="123"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="124"/>
        <source>Next to the app key.</source>
        <translation>在 app key 旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="125"/>
        <source>Label size</source>
        <translation>面单尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="126"/>
        <source>100 × 100 mm</source>
        <translation>100 × 100 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="127"/>
        <source>100 × 150 mm (4 × 6 in)</source>
        <translation>100 × 150 毫米（4 × 6 英寸）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="128"/>
        <source>Yanwen</source>
        <translation>燕文物流</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="129"/>
        <source>Your Yanwen customer number and API token.</source>
        <translation>您的燕文客户号和 API 令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="130"/>
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="131"/>
        <source>Yanwen online system → account (客户号).</source>
        <translation>燕文在线系统 → 账号（客户号）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="132"/>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="133"/>
        <source>Yanwen online system → API token.</source>
        <translation>燕文在线系统 → API 令牌。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="134"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="135"/>
        <source>An app on the UPS developer portal (OAuth client credentials).</source>
        <translation>UPS 开发者门户上的一个应用（OAuth 客户端凭证）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="136"/>
        <source>Client ID</source>
        <translation>Client ID（客户端编号）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="137"/>
        <source>developer.ups.com → Apps → your app → Credentials.</source>
        <translation>developer.ups.com → Apps → 您的应用 → Credentials。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="138"/>
        <source>Client secret</source>
        <translation>Client secret（客户端密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="139"/>
        <source>Next to the client ID.</source>
        <translation>在客户端编号旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="140"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="141"/>
        <source>Your UPS shipper number (6 characters).</source>
        <translation>您的 UPS 发货人账号（6 位）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="142"/>
        <source>Account country</source>
        <translation>账号所在国家</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="143"/>
        <source>Two letters (ISO 3166), where the account is registered.</source>
        <translation>两个字母（ISO 3166），账号注册的国家。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="144"/>
        <source>the account country is a two-letter code, like US or DE</source>
        <translation>账号国家是两个字母的代码，例如 US 或 DE</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="145"/>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="146"/>
        <source>A project on the FedEx developer portal.</source>
        <translation>FedEx 开发者门户上的一个项目。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="147"/>
        <source>developer.fedex.com → My projects → your project → Production key.</source>
        <translation>developer.fedex.com → My projects → 您的项目 → 生产密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="148"/>
        <source>Secret key</source>
        <translation>Secret key（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="149"/>
        <source>Next to the API key.</source>
        <translation>在 API 密钥旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="150"/>
        <source>Tracking API key</source>
        <translation>跟踪 API 密钥</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="151"/>
        <source>Only if tracking is a separate project.</source>
        <translation>仅当跟踪是单独的项目时填写。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="152"/>
        <source>Tracking secret key</source>
        <translation>跟踪密钥</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="153"/>
        <source>Your FedEx account number (9 digits).</source>
        <translation>您的 FedEx 账号（9 位数字）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="154"/>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="155"/>
        <source>MyDHL API access from DHL Express.</source>
        <translation>DHL Express 提供的 MyDHL API 接入。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="156"/>
        <source>Site ID (API user)</source>
        <translation>Site ID（API 用户）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="157"/>
        <source>Given by DHL Express with the MyDHL API access.</source>
        <translation>由 DHL Express 随 MyDHL API 接入一起提供。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="158"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="159"/>
        <source>Your DHL Express account number (9 digits).</source>
        <translation>您的 DHL Express 账号（9 位数字）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="160"/>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="161"/>
        <source>An app on the USPS developer portal, with your payment account.</source>
        <translation>USPS 开发者门户上的一个应用，以及您的付款账户。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="162"/>
        <source>developers.usps.com → Apps → your app.</source>
        <translation>developers.usps.com → Apps → 您的应用。</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="163"/>
        <source>Account number (EPS or permit)</source>
        <translation>账号（EPS 或许可证）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="164"/>
        <source>Account type</source>
        <translation>账号类型</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="165"/>
        <source>Mailer ID (MID)</source>
        <translation>邮寄者编号（MID）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="166"/>
        <source>Customer Registration ID (CRID)</source>
        <translation>客户注册编号（CRID）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="167"/>
        <source>Enterprise Payment System (EPS)</source>
        <translation>企业支付系统（EPS）</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="168"/>
        <source>Permit</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ui/account_texts.py" line="169"/>
        <source>Meter</source>
        <translation>邮资机</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="195"/>
        <source>Marketplace accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="200"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="216"/>
        <source>empty: the platform&apos;s own address</source>
        <translation>留空：使用平台官方地址</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="218"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="219"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="220"/>
        <source>API address (tests only)</source>
        <translation>API 地址（仅测试用）</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="227"/>
        <source>Connect the seller account</source>
        <translation>连接卖家账号</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="228"/>
        <location filename="../../ui/account_forms.py" line="377"/>
        <source>Connect in the browser…</source>
        <translation>在浏览器中连接…</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="233"/>
        <source>or paste the code, or the whole address the browser showed</source>
        <translation>或粘贴授权码，或浏览器显示的完整地址</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="234"/>
        <source>Use this code</source>
        <translation>使用此授权码</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="257"/>
        <source>passphrase of the secrets file</source>
        <translation>密钥文件的口令</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="259"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="375"/>
        <source>Authorise in the browser…</source>
        <translation>在浏览器中授权…</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="406"/>
        <source>Secrets are kept in this computer&apos;s keyring.</source>
        <translation>密钥保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="409"/>
        <source>No system keyring on this computer: secrets are kept in an encrypted file (%1), unlocked for this session.</source>
        <translation>本机没有系统钥匙串：密钥保存在加密文件（%1）中，本次会话已解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="414"/>
        <source>No system keyring on this computer: secrets are kept in an encrypted file. Enter its passphrase to unlock it.</source>
        <translation>本机没有系统钥匙串：密钥保存在加密文件中。请输入口令解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="420"/>
        <source>No system keyring on this computer: secrets will be kept in an encrypted file. Choose a passphrase for it (you will type it when Shipbench starts).</source>
        <translation>本机没有系统钥匙串：密钥将保存在加密文件中。请为它设定一个口令（每次启动 Shipbench 时输入）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="438"/>
        <source>The secrets file is unlocked.</source>
        <translation>密钥文件已解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="444"/>
        <source>Enter a passphrase for the secrets file.</source>
        <translation>请输入密钥文件的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="446"/>
        <source>This passphrase does not open the secrets file. Try again.</source>
        <translation>此口令无法打开密钥文件，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="461"/>
        <source>Enter a name for the account.</source>
        <translation>请填写账号名称。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="465"/>
        <source>Some values are missing or wrong: see the red lines.</source>
        <translation>有些值缺失或有误：请看红色提示。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="553"/>
        <source>Enter the app&apos;s keys first: see the red lines.</source>
        <translation>请先填写应用的密钥：请看红色提示。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="575"/>
        <source>Sign in and agree in the browser; Shipbench is waiting for the answer. If the browser shows a code instead, paste it below.</source>
        <translation>请在浏览器中登录并同意；Shipbench 正在等待结果。如果浏览器显示的是授权码，请粘贴到下方。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="610"/>
        <source>Exchanging the authorisation for a refresh token…</source>
        <translation>正在用授权换取刷新令牌…</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="624"/>
        <source>Connected: the refresh token is received. Saving…</source>
        <translation>已连接：已收到刷新令牌。正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="273"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="275"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="380"/>
        <source>This account has no credentials.</source>
        <translation>此账号没有授权凭证。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="490"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="521"/>
        <source>Unlock the secrets file first (its passphrase, above).</source>
        <translation>请先解锁密钥文件（在上方输入口令）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="530"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="587"/>
        <source>Address of order %1</source>
        <translation>订单 %1 的地址</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="590"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="591"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="592"/>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="593"/>
        <source>Street 2</source>
        <translation>街道地址 2</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="594"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="595"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="596"/>
        <source>State / province</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="597"/>
        <source>Country (2 letters)</source>
        <translation>国家（两位代码）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="598"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="629"/>
        <source>✓ The address looks complete and plausible.</source>
        <translation>✓ 地址完整且看起来合理。</translation>
    </message>
</context>
<context>
    <name>AppTexts</name>
    <message>
        <location filename="../../ui/message_texts.py" line="619"/>
        <source>no order lines</source>
        <translation>订单没有商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="620"/>
        <source>no shipping method</source>
        <translation>没有物流方式</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="621"/>
        <source>payment not cleared</source>
        <translation>付款未到账</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="622"/>
        <source>cancelled on marketplace</source>
        <translation>已在平台取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="623"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="624"/>
        <source>recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="625"/>
        <source>street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="626"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="627"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="628"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="629"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="630"/>
        <source>lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="631"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="632"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="633"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="29"/>
        <source>this parcel is already verified: scan the next parcel</source>
        <translation>此包裹已验货：请扫描下一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="30"/>
        <source>an override needs a reason</source>
        <translation>强制放行必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="31"/>
        <source>the scale reads nothing: put the parcel on the scale</source>
        <translation>电子秤没有读数：请把包裹放到秤上</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="33"/>
        <source>this handover batch is closed: open a new one</source>
        <translation>此交接批次已关闭：请新建一个批次</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="34"/>
        <source>this handover batch is already closed</source>
        <translation>此交接批次已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="634"/>
        <source>name the orders, or pass --all</source>
        <translation>请指定订单，或使用 --all</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="635"/>
        <source>waybill</source>
        <translation>待取运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="636"/>
        <source>requested</source>
        <translation>运单申请中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="637"/>
        <source>failed</source>
        <translation>运单失败</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="638"/>
        <source>labelled</source>
        <translation>已出面单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="639"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="640"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="641"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="642"/>
        <source>The database is busy (another station or program is writing). Try again in a moment.</source>
        <translation>数据库正忙（其他工位或程序正在写入），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="645"/>
        <source>The disk failed while writing the database. Check the disk and try again.</source>
        <translation>写入数据库时磁盘出错，请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="646"/>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>磁盘已满，请清理空间；本次操作未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="647"/>
        <source>The database file is read-only. Check its permissions.</source>
        <translation>数据库文件为只读，请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="648"/>
        <source>The database file is damaged or not a Shipbench database.</source>
        <translation>数据库文件已损坏，或不是 Shipbench 数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="649"/>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation>数据库文件已损坏，请恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="650"/>
        <source>The database file cannot be opened. Check the path and its permissions.</source>
        <translation>无法打开数据库文件，请检查路径和权限。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="651"/>
        <source>The database server refused the connection. Is PostgreSQL running?</source>
        <translation>数据库服务器拒绝连接。PostgreSQL 是否在运行？</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="652"/>
        <source>The database server cannot be reached. Check the network and the server.</source>
        <translation>无法连接数据库服务器，请检查网络和服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="653"/>
        <source>the marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="654"/>
        <source>the carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="655"/>
        <source>English description</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="656"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="657"/>
        <source>value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="658"/>
        <source>origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="659"/>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="660"/>
        <source>English customs descriptions</source>
        <translation>英文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="661"/>
        <source>Chinese customs descriptions</source>
        <translation>中文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="662"/>
        <source>declared values</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="663"/>
        <source>countries of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="664"/>
        <source>item weights</source>
        <translation>商品重量</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="665"/>
        <source>state</source>
        <translation>州</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="666"/>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="667"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="668"/>
        <source>intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="669"/>
        <source>review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="670"/>
        <source>print</source>
        <translation>待打印</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="671"/>
        <source>scan</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="672"/>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="673"/>
        <source>exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="674"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="675"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="676"/>
        <source>unknown</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="677"/>
        <source>in flight</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="678"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="679"/>
        <source>marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="680"/>
        <source>carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="36"/>
        <source>no tracking numbers left in a pool for this carrier and service; import a new range</source>
        <translation>此物流商和渠道的运单号池已用完；请导入新号段</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="681"/>
        <source>label not ready yet</source>
        <translation>面单尚未生成</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="682"/>
        <source>the waybill was voided</source>
        <translation>运单已作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="683"/>
        <source>voiding the old waybill first</source>
        <translation>正在先作废旧运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="684"/>
        <source>request withdrawn</source>
        <translation>已撤回申请</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="685"/>
        <source>tracking number dropped</source>
        <translation>已删除运单号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="686"/>
        <source>no live shipment to void</source>
        <translation>没有需要作废的有效运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="687"/>
        <source>carrier reports a duplicate it cannot find; will look again</source>
        <translation>物流商报告运单重复但找不到该运单；稍后再查</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="688"/>
        <source>adopted the shipment found by reference</source>
        <translation>已采用按参考号找到的运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="689"/>
        <source>adopted the existing shipment (duplicate reference)</source>
        <translation>已采用现有运单（参考号重复）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="690"/>
        <source>waiting for the shipment confirmation to reach the marketplace</source>
        <translation>等待发货通知送达平台</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="691"/>
        <source>withdrawn before it was sent</source>
        <translation>发送前已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="692"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="693"/>
        <source>order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="694"/>
        <source>marketplace SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="695"/>
        <source>warehouse SKU</source>
        <translation>仓库 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="696"/>
        <source>counted quantity</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="697"/>
        <source>bad date</source>
        <translation>日期有误</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="698"/>
        <source>bad money</source>
        <translation>金额有误</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="40"/>
        <source>the marketplace gave no access token</source>
        <translation>平台未返回访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="41"/>
        <source>the Shopify shop needs its Admin API access token</source>
        <translation>Shopify 店铺需要 Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="42"/>
        <source>the Shopify shop needs its domain (your-shop.myshopify.com)</source>
        <translation>Shopify 店铺需要填写域名（your-shop.myshopify.com）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="43"/>
        <source>the Amazon account needs its LWA client id, client secret and refresh token</source>
        <translation>亚马逊账号需要 LWA client id、client secret 和 refresh token</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="44"/>
        <source>the Amazon shop needs its marketplace id (e.g. A1PA6795UKMFR9 for amazon.de)</source>
        <translation>亚马逊店铺需要填写 marketplace id（例如 amazon.de 为 A1PA6795UKMFR9）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="45"/>
        <source>the 4PX account needs its app key and app secret (secrets)</source>
        <translation>递四方（4PX）账号需要 app key 和 app secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="46"/>
        <source>the Yanwen account needs its user id (settings) and API token (secrets)</source>
        <translation>燕文账号需要用户 ID（设置）和 API token（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="47"/>
        <source>the YunExpress account needs its customer code (settings) and API secret (secrets)</source>
        <translation>云途账号需要客户代码（设置）和 API secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="699"/>
        <source>shipping method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="700"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="701"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="702"/>
        <source>customs defaults</source>
        <translation>报关默认值</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="703"/>
        <source>approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="704"/>
        <source>blank fields</source>
        <translation>空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="705"/>
        <source>approve if every check passes</source>
        <translation>全部检查通过则审核</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="706"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="707"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="708"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="54"/>
        <source>payment under marketplace review until %1 UTC</source>
        <translation>平台付款审核中，至 %1 UTC</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="55"/>
        <source>sender address too long for the %1 label</source>
        <translation>寄件人地址太长，%1 面单放不下</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="56"/>
        <source>address too long for the %1 label</source>
        <translation>地址太长，%1 面单放不下</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="57"/>
        <source>not enough stock for %1: %2 needed, %3 available</source>
        <translation>%1 库存不足：需要 %2，可用 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="58"/>
        <source>customs data incomplete for %1: %2 missing</source>
        <translation>%1 的报关信息不完整：缺少%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="59"/>
        <source>HS code %1 of %2 must be 6 to 10 digits</source>
        <translation>%2 的 HS 编码 %1 必须是 6 到 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="60"/>
        <source>postcode %1 does not look like a %2 postcode (e.g. %3)</source>
        <translation>邮编 %1 不像 %2 的邮编（例如 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="61"/>
        <source>postcode %1 does not look like a %2 postcode</source>
        <translation>邮编 %1 不像 %2 的邮编</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="62"/>
        <source>state %1 is not a state of %2</source>
        <translation>州 %1 不是 %2 的有效州</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="63"/>
        <source>province %1 is not a province of %2</source>
        <translation>省 %1 不是 %2 的有效省份</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="64"/>
        <source>phone %1 is not a valid %2 number</source>
        <translation>电话 %1 不是有效的 %2 号码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="65"/>
        <source>%1 does not carry batteries</source>
        <translation>%1 不能寄带电商品</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="66"/>
        <source>%1 does not carry liquids</source>
        <translation>%1 不能寄液体</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="67"/>
        <source>%1 does not ship to %2</source>
        <translation>%1 不寄往 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="68"/>
        <source>%1 max %2 g, parcel %3 g</source>
        <translation>%1 限重 %2 克，包裹 %3 克</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="70"/>
        <source>waybill %1 voided: %2</source>
        <translation>运单 %1 已作废：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="71"/>
        <source>voided shipment %1</source>
        <translation>已作废运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="72"/>
        <source>nothing to request: order is in %1</source>
        <translation>无需申请：订单处于%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="73"/>
        <source>carrier %1 has no connector (known: %2)</source>
        <translation>物流商 %1 没有对接接口（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="74"/>
        <source>parcel %1 has no shipping method</source>
        <translation>包裹 %1 没有物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="75"/>
        <source>label template %1 cannot be used: %2</source>
        <translation>面单模板 %1 无法使用：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="77"/>
        <source>marketplace %1 has no connector (known: %2)</source>
        <translation>平台 %1 没有对接接口（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="78"/>
        <source>no handler for %1 jobs</source>
        <translation>没有处理 %1 任务的程序</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="79"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="80"/>
        <source>marketplace shipment %1 (found by reference)</source>
        <translation>平台发货记录 %1（按参考号找到）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="81"/>
        <source>marketplace shipment %1</source>
        <translation>平台发货记录 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="82"/>
        <source>tracking number changed to %1</source>
        <translation>运单号已改为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="83"/>
        <source>the marketplace has no shipment for parcel %1: confirm it first</source>
        <translation>平台没有包裹 %1 的发货记录：请先标记发货</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="85"/>
        <source>unpaired SKU %1</source>
        <translation>SKU %1 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="86"/>
        <source>address incomplete: %1 missing</source>
        <translation>地址不完整：缺少%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="87"/>
        <source>changed on marketplace: %1</source>
        <translation>已在平台修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="88"/>
        <source>no parcel has the code %1</source>
        <translation>没有包裹的条码是 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="89"/>
        <source>parcel %1 has no label yet (%2); request its waybill first</source>
        <translation>包裹 %1 还没有面单（%2）；请先申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="90"/>
        <source>no print job %1</source>
        <translation>没有打印任务 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="91"/>
        <source>no carrier account %1</source>
        <translation>没有物流账号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="92"/>
        <source>no label template %1</source>
        <translation>没有面单模板 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="93"/>
        <source>no printer %1</source>
        <translation>没有打印机 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="94"/>
        <source>no shop %1</source>
        <translation>没有店铺 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="95"/>
        <source>parcel %1 is gone</source>
        <translation>包裹 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="96"/>
        <source>no parcel %1</source>
        <translation>没有包裹 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="97"/>
        <source>%1 did not answer in time</source>
        <translation>%1未及时响应</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="98"/>
        <source>%1 cannot be reached (%2)</source>
        <translation>无法连接%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="99"/>
        <source>%1 dropped the connection (%2)</source>
        <translation>%1断开了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="100"/>
        <source>%1 failed mid-request (%2)</source>
        <translation>%1在请求中途出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="101"/>
        <source>%1 failed (%2)</source>
        <translation>%1出错（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="103"/>
        <source>%1 refused the credentials (%2); check the account&apos;s keys</source>
        <translation>%1 拒绝了授权凭证（%2）；请检查账号密钥</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="104"/>
        <source>%1 dropped the connection before answering (%2)</source>
        <translation>%1 在响应前断开了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="105"/>
        <source>%1 dropped the connection before answering</source>
        <translation>%1 在响应前断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="106"/>
        <source>%1 dropped the connection</source>
        <translation>%1 断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="107"/>
        <source>%1 did not answer (%2)</source>
        <translation>%1 未响应（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="108"/>
        <source>%1&apos;s login service is throttling; trying again later</source>
        <translation>%1 登录服务正在限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="109"/>
        <source>%1&apos;s login service failed (%2); trying again later</source>
        <translation>%1 登录服务出错（%2）；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="110"/>
        <source>%1&apos;s login service answered %2</source>
        <translation>%1 登录服务返回 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="111"/>
        <source>%1 is throttling %2 requests; trying again later</source>
        <translation>%1 正在对 %2 请求限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="112"/>
        <source>%1 kept throttling the request; trying again later</source>
        <translation>%1 持续限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="113"/>
        <source>%1&apos;s API cannot change the tracking number of a shipment: correct it for order %2 in Seller Hub</source>
        <translation>%1 的 API 无法修改运单号：请在 Seller Hub 中更正订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="116"/>
        <source>cannot tell whether parcel %1 reached %2: order %3 has %4 shipment(s) and %5 keeps no parcel reference; check the order in %6</source>
        <translation>无法确定包裹 %1 是否已同步到 %2：订单 %3 有 %4 条发货记录，且 %5 不保存包裹参考号；请在 %6 中检查该订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="120"/>
        <source>%1 has nothing left to fulfil for line %2 of order %3 (%4 more than is open; was it fulfilled or cancelled in Shopify?)</source>
        <translation>%1 中订单 %3 的明细 %2 已无可发货数量（多出 %4；是否已在 Shopify 中发货或取消？）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="124"/>
        <source>%1 has no package %2 on order %3 to correct</source>
        <translation>%1 的订单 %3 上没有可更正的包裹 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="125"/>
        <source>%1 refused (%2, error %3): %4</source>
        <translation>%1 拒绝了请求（%2，错误 %3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="126"/>
        <source>%1 refused (%2): %3</source>
        <translation>%1 拒绝了请求（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="127"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="128"/>
        <source>%1 refused the new tracking number (%2): %3</source>
        <translation>%1 拒绝了新运单号（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="129"/>
        <source>%1 refused the order list (%2): %3</source>
        <translation>%1 拒绝了订单列表请求（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="130"/>
        <source>%1 refused the shipment (%2): %3</source>
        <translation>%1 拒绝了发货（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="131"/>
        <source>%1 could not read order %2 (%3): %4</source>
        <translation>%1 无法读取订单 %2（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="132"/>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 返回的内容不是 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="133"/>
        <source>%1 answered the token request without an access token</source>
        <translation>%1 的令牌响应中没有访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="134"/>
        <source>%1 answered without data</source>
        <translation>%1 返回了空数据</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="135"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 返回 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="136"/>
        <source>%1 answered %2 without %3</source>
        <translation>%1 对 %2 的响应缺少 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="137"/>
        <source>%1 order %2 has no shipment for parcel %3</source>
        <translation>%1 订单 %2 没有包裹 %3 的发货记录</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="138"/>
        <source>%1 order %2 has no shipment %3</source>
        <translation>%1 订单 %2 没有发货记录 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="139"/>
        <source>%1 has no order %2</source>
        <translation>%1 上没有订单 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="140"/>
        <source>%1 sent an unreadable amount %2</source>
        <translation>%1 发来无法识别的金额 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="141"/>
        <source>%1 sent an unreadable date %2</source>
        <translation>%1 发来无法识别的日期 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="142"/>
        <source>%1 sent an unreadable time %2</source>
        <translation>%1 发来无法识别的时间 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="143"/>
        <source>%1 sent an invalid amount %2 for %3</source>
        <translation>%1 发来的 %3 金额无效：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="144"/>
        <source>%1 sent an invalid amount %2</source>
        <translation>%1 发来无效金额 %2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="145"/>
        <source>%1 sent a label that is not base64</source>
        <translation>%1 发来的面单不是 base64 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="146"/>
        <source>%1 sent an answer that is not a JSON object</source>
        <translation>%1 的响应不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="147"/>
        <source>%1 sent an answer that is not its usual envelope</source>
        <translation>%1 的响应格式异常</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="148"/>
        <source>%1 booked the shipment but sent no label</source>
        <translation>%1 已下单但未返回面单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="149"/>
        <source>%1 said the label is %2 but sent %3</source>
        <translation>%1 声称面单为 %2，实际发来 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="150"/>
        <source>%1 sent a truncated PDF label</source>
        <translation>%1 发来的 PDF 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="151"/>
        <source>%1 sent a truncated PNG label</source>
        <translation>%1 发来的 PNG 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="152"/>
        <source>%1 sent a %2 that is not a printable label (it starts with %3)</source>
        <translation>%1 发来的 %2 不是可打印的面单（开头为 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="153"/>
        <source>%1 sent an empty label</source>
        <translation>%1 发来的面单是空的</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="154"/>
        <source>%1 sends the label only when the shipment is booked: void waybill %2 and request it again</source>
        <translation>%1 只在下单成功时返回面单：请作废运单 %2 后重新申请</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="157"/>
        <source>%1 needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers</source>
        <translation>%1 需要 karrio 物流 SDK：请安装 carriers 扩展：uv sync --extra carriers</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="160"/>
        <source>karrio carrier %1 is not supported (known: %2)</source>
        <translation>不支持 karrio 物流商 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="161"/>
        <source>unknown Amazon region %1 (na, eu or fe)</source>
        <translation>未知的亚马逊站点区域 %1（na、eu 或 fe）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="162"/>
        <source>the carrier has no shipment %1</source>
        <translation>物流商没有运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="163"/>
        <source>the %1 account needs %2 (secrets)</source>
        <translation>%1 账号需要 %2（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="165"/>
        <source>%1 could not %2 %3: %4</source>
        <translation>%1 无法%2 %3：%4</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="166"/>
        <source>%1 refused %2: %3</source>
        <translation>%1 拒绝了%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="167"/>
        <source>%1 order %2 has no %3</source>
        <translation>%1 订单 %2 缺少 %3</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="168"/>
        <source>%1 requires %2</source>
        <translation>%1 要求填写%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="242"/>
        <location filename="../../ui/message_texts.py" line="712"/>
        <location filename="../../ui/app_texts.py" line="206"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="243"/>
        <location filename="../../ui/app_texts.py" line="203"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="244"/>
        <location filename="../../ui/message_texts.py" line="713"/>
        <location filename="../../ui/app_texts.py" line="211"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../ui/audit_texts.py" line="21"/>
        <source>approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="22"/>
        <source>approved short of stock</source>
        <translation>库存不足时审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="23"/>
        <source>back to review</source>
        <translation>退回待审核</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="24"/>
        <source>cancelled on marketplace</source>
        <translation>已在平台取消</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="25"/>
        <source>carrier account saved</source>
        <translation>已保存物流商账号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="26"/>
        <source>confirmation failed</source>
        <translation>平台发货确认失败</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="27"/>
        <source>confirmed by file</source>
        <translation>已通过文件确认发货</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="28"/>
        <source>confirmed on marketplace</source>
        <translation>已在平台确认发货</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="29"/>
        <source>contents verified</source>
        <translation>已验货</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="30"/>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="31"/>
        <source>edit address</source>
        <translation>编辑地址</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="32"/>
        <source>edit customs</source>
        <translation>编辑报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="33"/>
        <source>force-ship</source>
        <translation>强制发货</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="34"/>
        <source>handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="35"/>
        <source>hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="36"/>
        <source>import tracking pool</source>
        <translation>导入运单号池</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="37"/>
        <source>intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="38"/>
        <source>job cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="39"/>
        <source>job retried</source>
        <translation>任务已重试</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="40"/>
        <source>label does not fit</source>
        <translation>面单排不下</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="41"/>
        <source>label not printed</source>
        <translation>面单未打印</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="42"/>
        <source>label received</source>
        <translation>已收到面单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="43"/>
        <source>label skipped</source>
        <translation>面单已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="44"/>
        <source>label uploaded</source>
        <translation>已上传面单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="45"/>
        <source>manual tracking</source>
        <translation>手动填写运单号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="46"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="47"/>
        <source>not adopted</source>
        <translation>未采用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="48"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="49"/>
        <source>pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="50"/>
        <source>parcel weight</source>
        <translation>包裹重量</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="51"/>
        <source>pre-advice sent</source>
        <translation>已发送预报</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="52"/>
        <source>print job</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="53"/>
        <source>print job cancelled</source>
        <translation>打印任务已取消</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="54"/>
        <source>print job taken over</source>
        <translation>已接管打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="55"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="56"/>
        <source>release hold</source>
        <translation>解除暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="57"/>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="58"/>
        <source>reprinted</source>
        <translation>已补打</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="59"/>
        <source>request waybill</source>
        <translation>申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="60"/>
        <source>returned to sender</source>
        <translation>已退回发件人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="61"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="62"/>
        <source>rule added</source>
        <translation>已添加规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="63"/>
        <source>rule changed</source>
        <translation>已修改规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="64"/>
        <source>rule deleted</source>
        <translation>已删除规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="65"/>
        <source>rule disabled</source>
        <translation>已停用规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="66"/>
        <source>rule enabled</source>
        <translation>已启用规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="67"/>
        <source>scanned out</source>
        <translation>已扫描出库</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="68"/>
        <source>set prepaid postage</source>
        <translation>设置预付运费</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="69"/>
        <source>shipping method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="70"/>
        <source>shipping method deleted</source>
        <translation>已删除物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="71"/>
        <source>shipping method saved</source>
        <translation>已保存物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="72"/>
        <source>shop account saved</source>
        <translation>已保存店铺账号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="73"/>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="74"/>
        <source>sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="75"/>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="76"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="77"/>
        <source>top up postage</source>
        <translation>充值运费</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="78"/>
        <source>tracking correction failed</source>
        <translation>运单号修改失败</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="79"/>
        <source>tracking correction refused</source>
        <translation>运单号修改被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="80"/>
        <source>tracking corrected</source>
        <translation>已修改运单号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="81"/>
        <source>tracking corrected on marketplace</source>
        <translation>已在平台修改运单号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="82"/>
        <source>tracking exception</source>
        <translation>物流异常</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="83"/>
        <source>tracking from pool</source>
        <translation>从运单号池取号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="84"/>
        <source>undo scan</source>
        <translation>撤销扫描</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="85"/>
        <source>unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="86"/>
        <source>unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="87"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="88"/>
        <source>void refused</source>
        <translation>作废被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="89"/>
        <source>void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="90"/>
        <source>waybill</source>
        <translation>已取得运单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="91"/>
        <source>waybill failed</source>
        <translation>运单申请失败</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="92"/>
        <source>waybill voided</source>
        <translation>运单已作废</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="93"/>
        <source>weighed</source>
        <translation>已称重</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="94"/>
        <source>withdraw waybill request</source>
        <translation>撤回运单申请</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="115"/>
        <source>confirmed by the user (job %1)</source>
        <translation>由用户确认（任务 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="119"/>
        <source>the user saw it printed (job %1)</source>
        <translation>用户看到已打印（任务 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="121"/>
        <source>scanned at the bench</source>
        <translation>在打包台扫描</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="122"/>
        <source>counted by the printer</source>
        <translation>打印机计数确认</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="123"/>
        <source>voided shipment %1</source>
        <translation>已作废运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="124"/>
        <source>packed with %1 in %2</source>
        <translation>与 %1 合装在 %2 中</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="125"/>
        <source>packed with %1</source>
        <translation>与 %1 合装</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="126"/>
        <source>left out: %1</source>
        <translation>未包含：%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="127"/>
        <source>job %1: will be sent again</source>
        <translation>任务 %1：将重新发送</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="130"/>
        <source>job %1: %2 label(s) lost by the printer, sent again</source>
        <translation>任务 %1：打印机丢失 %2 张面单，已重新发送</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="132"/>
        <source>job %1 from %2</source>
        <translation>任务 %1，接管自 %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="133"/>
        <source>%1 g (expected %2 g)</source>
        <translation>%1 克（预期 %2 克）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="134"/>
        <source>%1: %2 parcels</source>
        <translation>%1：%2 个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="135"/>
        <source>rule &apos;%1&apos; approved the order</source>
        <translation>规则“%1”审核通过了订单</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="138"/>
        <source>rule &apos;%1&apos; could not approve: %2</source>
        <translation>规则“%1”无法审核通过：%2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="142"/>
        <source>rule &apos;%1&apos; filled customs defaults: %2</source>
        <translation>规则“%1”填入了报关默认值：%2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="144"/>
        <source>rule &apos;%1&apos;</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="145"/>
        <source>seller note: %1</source>
        <translation>卖家备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_texts.py" line="146"/>
        <source>service note: %1</source>
        <translation>客服备注：%1</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <location filename="../../ui/batch_actions.py" line="96"/>
        <source>Select one or more orders first</source>
        <translation>请先选择一个或多个订单</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="126"/>
        <source>Hold orders</source>
        <translation>暂缓订单</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="162"/>
        <source>%1: this batch costs about %2 %3, but the balance is %4 %3: it would run out.</source>
        <translation>%1：本批次约需 %2 %3，但余额只有 %4 %3，余额将不足。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="165"/>
        <source>%1: this batch costs about %2 %3 and leaves %4 %3, at or under the low mark of %5.</source>
        <translation>%1：本批次约需 %2 %3，之后剩余 %4 %3，不高于余额提醒线 %5。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="175"/>
        <source>Carrier balance</source>
        <translation>承运商余额</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="177"/>
        <source>Request the waybills anyway?</source>
        <translation>仍然申请运单吗？</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="187"/>
        <source>Waybills not requested: top up the carrier balance first</source>
        <translation>未申请运单：请先为承运商账户充值</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="227"/>
        <source>Another station&apos;s print job</source>
        <translation>其他工位的打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="229"/>
        <source>Print job %1 of station %2 is unfinished on this printer.

Take it over and print the rest of its labels here? Only if %2 is switched off or gone.</source>
        <translation>工位 %2 的打印任务 %1 在这台打印机上尚未完成。

要接管它并在这里打印其余的标签吗？仅当 %2 已关机或不再使用时才这样做。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="242"/>
        <source>Not taken over</source>
        <translation>未接管</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="273"/>
        <location filename="../../ui/batch_actions.py" line="318"/>
        <source>Printing stopped</source>
        <translation>打印已停止</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="274"/>
        <source>Printed %1 of %2 labels. Stopped: %3

Print again to resume.</source>
        <translation>已打印 %1/%2 张面单。停止原因：%3

再次打印即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="285"/>
        <source> — this printer cannot say they printed: confirm the batch in Print jobs, or scan the parcels</source>
        <translation> — 这台打印机无法回报是否已打印：请在“打印任务”中确认该批次，或扫描包裹</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="319"/>
        <source>Printed %1 of %2 labels. Stopped: %3

Resume it in Print jobs.</source>
        <translation>已打印 %1/%2 张面单。停止原因：%3

可在“打印任务”中继续。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="329"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="336"/>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1：新增 %2，更新 %3</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="342"/>
        <source>%1: offline — %2</source>
        <translation>%1：离线 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_actions.py" line="343"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="106"/>
        <source>Approved %n order</source>
        <translation>
            <numerusform>已审核 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="106"/>
        <source>Approved %n orders</source>
        <translation>
            <numerusform>已审核 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="108"/>
        <source>%n still needs a fix (see the reasons)</source>
        <translation>
            <numerusform>%n 个仍需处理（见原因）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="108"/>
        <source>%n still need a fix (see the reasons)</source>
        <translation>
            <numerusform>%n 个仍需处理（见原因）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="126"/>
        <source>Why hold this order?</source>
        <translation>
            <numerusform>为什么暂缓此订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="126"/>
        <source>Why hold these %n orders?</source>
        <translation>
            <numerusform>为什么暂缓这 %n 个订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="133"/>
        <source>Held %n order</source>
        <translation>
            <numerusform>已暂缓 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="133"/>
        <source>Held %n orders</source>
        <translation>
            <numerusform>已暂缓 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="168"/>
        <source>%n parcel has no price yet.</source>
        <translation>
            <numerusform>%n 个包裹尚无价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="168"/>
        <source>%n parcels have no price yet.</source>
        <translation>
            <numerusform>%n 个包裹尚无价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="196"/>
        <source>Waybill requested for %n parcel; it arrives in the background</source>
        <translation>
            <numerusform>已为 %n 个包裹申请运单，运单号将在后台返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="196"/>
        <source>Waybills requested for %n parcels; they arrive in the background</source>
        <translation>
            <numerusform>已为 %n 个包裹申请运单，运单号将在后台返回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="203"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="281"/>
        <source>Sent %n label to </source>
        <translation>
            <numerusform>已发送 %n 张面单到 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="281"/>
        <source>Sent %n labels to </source>
        <translation>
            <numerusform>已发送 %n 张面单到 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="288"/>
        <source>Printed %n label to </source>
        <translation>
            <numerusform>已打印 %n 张面单，打印机：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="288"/>
        <source>Printed %n labels to </source>
        <translation>
            <numerusform>已打印 %n 张面单，打印机：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="323"/>
        <source>Reprinted %n label</source>
        <translation>
            <numerusform>已补打 %n 张面单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_actions.py" line="323"/>
        <source>Reprinted %n labels</source>
        <translation>
            <numerusform>已补打 %n 张面单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierDayFigures</name>
    <message>
        <location filename="../../ui/station_figures.py" line="89"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="89"/>
        <source>Shipped today</source>
        <translation>今日已发</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="89"/>
        <source>Still to go</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../ui/station_figures.py" line="103"/>
        <source>(no method)</source>
        <translation>(无运输方式)</translation>
    </message>
</context>
<context>
    <name>CarrierSetupDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="74"/>
        <source>Carriers and shipping methods</source>
        <translation>物流商和物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="85"/>
        <source>empty: the carrier&apos;s production address</source>
        <translation>留空：使用物流商正式环境地址</translation>
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
        <location filename="../../ui/carrier_views.py" line="113"/>
        <location filename="../../ui/carrier_views.py" line="138"/>
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
        <location filename="../../ui/carrier_views.py" line="106"/>
        <source>Carrier accounts</source>
        <translation>物流账号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="113"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="113"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="113"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="117"/>
        <source>Default method</source>
        <translation>默认渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="119"/>
        <source>as the carrier sends it</source>
        <translation>按物流商返回的格式</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="122"/>
        <source>Carries batteries</source>
        <translation>可寄带电</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="123"/>
        <source>Carries liquids</source>
        <translation>可寄液体</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="127"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="129"/>
        <source>e.g. DE FR NL (empty: everywhere)</source>
        <translation>例如 DE FR NL（留空：不限）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="131"/>
        <source>e.g. BR RU</source>
        <translation>例如 BR RU</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="137"/>
        <source>Service code</source>
        <translation>渠道代码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="140"/>
        <source>Label format</source>
        <translation>面单格式</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="141"/>
        <source>Label template</source>
        <translation>面单模板</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="144"/>
        <source>Maximum weight</source>
        <translation>最大重量</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="145"/>
        <source>Ships only to</source>
        <translation>仅寄往</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="146"/>
        <source>Never ships to</source>
        <translation>不寄往</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="147"/>
        <source>Requires customs</source>
        <translation>需报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="148"/>
        <source>New method</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="150"/>
        <source>Save method</source>
        <translation>保存渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="156"/>
        <source>Shipping methods of this account</source>
        <translation>此账号的物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="174"/>
        <source>HS codes</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="175"/>
        <source>English descriptions</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="176"/>
        <source>Chinese descriptions</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="177"/>
        <source>Declared values</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="178"/>
        <source>Countries of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="179"/>
        <source>Item weights</source>
        <translation>商品重量</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="231"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="240"/>
        <source>no batteries</source>
        <translation>不带电</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="242"/>
        <source>no liquids</source>
        <translation>无液体</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="244"/>
        <source>max %1 g</source>
        <translation>最重 %1 克</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="247"/>
        <source>only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="249"/>
        <source>not %1</source>
        <translation>不含 %1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="251"/>
        <source>customs: %1</source>
        <translation>报关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="304"/>
        <source>Some values are missing or wrong: see the red lines.</source>
        <translation>有些值缺失或有误：请看红色提示。</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="327"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
</context>
<context>
    <name>CarrierViews</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="586"/>
        <source>Carriers and shipping methods…</source>
        <translation>物流商和物流渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="587"/>
        <source>Tracking-number pools…</source>
        <translation>运单号池…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="588"/>
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="589"/>
        <source>Enter tracking number…</source>
        <translation>手动填写运单号…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="590"/>
        <source>Upload label…</source>
        <translation>上传面单…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="591"/>
        <source>Label from tracking pool</source>
        <translation>从运单号池取号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="592"/>
        <source>Retry failed waybills</source>
        <translation>重新申请失败的运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="593"/>
        <source>Void waybill…</source>
        <translation>作废运单…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="594"/>
        <source>Compare rates…</source>
        <translation>运费比价…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="617"/>
        <source>Select orders with parcels first</source>
        <translation>请先选择有包裹的订单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="661"/>
        <source>Label for %1</source>
        <translation>%1 的面单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="663"/>
        <source>Labels (*.pdf *.png *.zpl *.prn)</source>
        <translation>面单文件 (*.pdf *.png *.zpl *.prn)</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="675"/>
        <source>Label stored (%1)</source>
        <translation>面单已保存（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="685"/>
        <source>%1 parcels labelled from the pool</source>
        <translation>已从运单号池为 %1 个包裹取号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="694"/>
        <source>Asked again for %1 parcels</source>
        <translation>已为 %1 个包裹重新申请</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="705"/>
        <source>Void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="706"/>
        <source>Why void the waybill of %1?</source>
        <translation>为什么作废 %1 的运单？</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="714"/>
        <source>Void queued for %1 parcels (refund requested)</source>
        <translation>已提交 %1 个包裹的作废（已申请退款）</translation>
    </message>
</context>
<context>
    <name>CustomsDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="722"/>
        <source>Edit customs of %1 orders</source>
        <translation>编辑 %1 个订单的报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="729"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="734"/>
        <source>empty: the price the buyer paid</source>
        <translation>留空：按买家实付价格</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="736"/>
        <source>Description (EN)</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="737"/>
        <source>Description (ZH)</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="738"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="739"/>
        <source>Value per unit</source>
        <translation>单件申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="740"/>
        <source>Origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="741"/>
        <source>Also save as the product&apos;s default for future orders</source>
        <translation>同时保存为该商品的默认值，用于以后的订单</translation>
    </message>
</context>
<context>
    <name>DatabaseLink</name>
    <message>
        <location filename="../../ui/db_connection.py" line="73"/>
        <source>Database connection lost — reconnecting…</source>
        <translation>数据库连接已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/db_connection.py" line="98"/>
        <source>Reconnected to the database</source>
        <translation>已重新连接到数据库</translation>
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
        <location filename="../../ui/documents_menu.py" line="77"/>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_menu.py" line="88"/>
        <source>%1 saved to %2</source>
        <translation>%1 已保存到 %2</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../ui/rules_search.py" line="753"/>
        <source>Dry run: what the rules would do</source>
        <translation>试运行：规则将做什么</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="756"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="760"/>
        <source>Order / rule / condition</source>
        <translation>订单 / 规则 / 条件</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="760"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="764"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="780"/>
        <source>: %1 would change, %2 with rules fighting over a field. Nothing has been changed.</source>
        <translation>：%1 个会改变，%2 个有规则争夺同一字段。尚未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="787"/>
        <source>first match: %1</source>
        <translation>首个匹配：%1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="787"/>
        <source>no rule matches</source>
        <translation>没有匹配的规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="791"/>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="791"/>
        <source>does not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="799"/>
        <source>Would change</source>
        <translation>将修改</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="803"/>
        <source>overruled by “%1”</source>
        <translation>被“%1”覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="805"/>
        <source>by “%1”</source>
        <translation>由“%1”设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_search.py" line="778"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_search.py" line="778"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyQueues</name>
    <message>
        <location filename="../../ui/empty_queues.py" line="15"/>
        <source>No orders to review.
Orders arrive from your marketplaces every minute (Sync now: Ctrl+R), or import an order file: File → Import orders (Ctrl+I).
No marketplace yet? Settings → Marketplace accounts.</source>
        <translation>没有待审核的订单。
平台的订单每分钟自动同步（立即同步：Ctrl+R），也可以导入订单文件：文件 → 导入订单（Ctrl+I）。
还没有连接平台？设置 → 平台账号。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="21"/>
        <source>No orders wait for a waybill.
Approve orders in Review (Ctrl+Return) and they come here.</source>
        <translation>没有等待申请运单的订单。
在“待审核”中审核通过订单（Ctrl+Return）后，订单会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="24"/>
        <source>No labels to print.
Request waybills in the Waybill tab (Ctrl+Shift+W) and they come here.</source>
        <translation>没有要打印的面单。
在“运单”标签页申请运单（Ctrl+Shift+W）后，面单会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="27"/>
        <source>No parcels to scan out.
Print labels in the Print tab (Ctrl+P), then open the scan station (F2).</source>
        <translation>没有待扫描发货的包裹。
先在“打印”标签页打印面单（Ctrl+P），再打开扫描工位（F2）。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="31"/>
        <source>Nothing shipped yet.
Parcels scanned at the scan station (F2) are listed here.</source>
        <translation>还没有已发货的包裹。
在扫描工位（F2）扫描发货的包裹会列在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="34"/>
        <source>No orders on hold.</source>
        <translation>没有暂缓的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="35"/>
        <source>No exceptions: nothing needs your attention.</source>
        <translation>没有异常：暂时没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="36"/>
        <source>No cancelled orders.</source>
        <translation>没有已取消的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/empty_queues.py" line="38"/>
        <source>No orders match the filter.
Clear the filter to see the whole queue.</source>
        <translation>没有符合筛选条件的订单。
清除筛选即可查看整个队列。</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../ui/station_handover.py" line="35"/>
        <source>Open batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="36"/>
        <source>Close batch (driver signed)</source>
        <translation>关闭批次（司机已签收）</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="37"/>
        <source>Manifest…</source>
        <translation>交接清单…</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="57"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="58"/>
        <source>In the van</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="59"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="76"/>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="82"/>
        <source>Printed but not scanned yet</source>
        <translation>已打印但尚未扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="123"/>
        <source>Choose the carrier and open a batch (or just scan)</source>
        <translation>选择物流商并新建批次（或直接扫描）</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="129"/>
        <source>%1: loading the van</source>
        <translation>%1：装车中</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover.py" line="131"/>
        <source>%1: handed over</source>
        <translation>%1：已交接</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/menus.py" line="93"/>
        <source>Getting started</source>
        <translation>入门指南</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="148"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="168"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <location filename="../../ui/import_wizard.py" line="535"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>An Amazon order report, a Shopify orders export, or any CSV / XLSX</source>
        <translation>亚马逊订单报告、Shopify 订单导出文件，或任意 CSV / XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="196"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="200"/>
        <source>a shop name (a new one is created)</source>
        <translation>店铺名称（不存在则新建）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="208"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="215"/>
        <source>Found:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <source>The whole file is imported or nothing: if any row has a problem, you get a list of every problem by row and column, and nothing changes. Importing the same file again changes nothing.</source>
        <translation>整个文件要么全部导入，要么都不导入：只要有一行有问题，就会按行和列列出所有问题，且不做任何修改。重复导入同一文件不会产生变化。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>File start:</source>
        <translation>文件开头：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="238"/>
        <source>Detect from the header row</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="239"/>
        <location filename="../../ui/import_wizard.py" line="408"/>
        <source>Amazon order report</source>
        <translation>亚马逊订单报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="240"/>
        <location filename="../../ui/import_wizard.py" line="408"/>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="242"/>
        <source>Preset: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="243"/>
        <source>Map the columns myself…</source>
        <translation>自己对应列…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Which column of the file holds each field? Fields marked * are required.</source>
        <translation>每个字段对应文件中的哪一列？带 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="273"/>
        <source>preset name, e.g. My ERP export</source>
        <translation>模板名称，例如：我的 ERP 导出</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="274"/>
        <source>Save as preset</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="276"/>
        <source>Save this mapping:</source>
        <translation>保存此对应关系：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Save the report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="326"/>
        <source>Order file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>Fix those rows, or choose the encoding to read the file with.</source>
        <translation>请修改这些行，或选择读取该文件所用的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="409"/>
        <source>not recognised — map the columns</source>
        <translation>无法识别 — 请对应列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="411"/>
        <source>%1 · encoding %2 · %3 rows</source>
        <translation>%1 · 编码 %2 · %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="443"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="444"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="445"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="446"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <location filename="../../ui/import_wizard.py" line="88"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="451"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="452"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="453"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="456"/>
        <source>to ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="457"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="458"/>
        <source>already shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>The first rows already have %1 problem(s); the import will be refused until they are fixed.</source>
        <translation>前几行已有 %1 个问题；修正之前无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="490"/>
        <source>The first %1 line(s) as they will be imported (of %2 rows in the file).</source>
        <translation>前 %1 条商品明细的导入效果（文件共 %2 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="516"/>
        <source>Saved the preset %1.</source>
        <translation>已保存模板 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="535"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="562"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="575"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 cancelled, %6 skipped (already shipped).</source>
        <translation>已导入 %1：新增 %2，更新 %3，未变 %4，取消 %5，跳过 %6（已发货）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="601"/>
        <source>Nothing was imported: %1 has %2 problem(s). Fix them in the file and import it again.</source>
        <translation>未导入任何内容：%1 有 %2 个问题。请在文件中修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="59"/>
        <source>Spreadsheet files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65"/>
        <source>Order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>Shipping service</source>
        <translation>物流方式</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Buyer email</source>
        <translation>买家邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="77"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="78"/>
        <source>Street (line 1)</source>
        <translation>街道地址（第 1 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="79"/>
        <source>Street (line 2)</source>
        <translation>街道地址（第 2 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>Street (line 3)</source>
        <translation>街道地址（第 3 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>State / province</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="86"/>
        <source>Ship by</source>
        <translation>最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87"/>
        <source>Line id</source>
        <translation>明细 ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="89"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="90"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Line price (quantity × unit)</source>
        <translation>明细金额（数量 × 单价）</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="127"/>
        <location filename="../../ui/import_wizard.py" line="134"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="127"/>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="656"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="657"/>
        <source>Import SKU pairings</source>
        <translation>导入 SKU 配对</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="658"/>
        <source>Import a stock count</source>
        <translation>导入库存盘点</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="677"/>
        <source>Nothing was imported: %1 has %2 problem(s).</source>
        <translation>未导入任何内容：%1 有 %2 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>%1 new, %2 updated, %3 unchanged products.</source>
        <translation>商品：新增 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="694"/>
        <source>%1 pairings for %2 marketplace SKUs; %3 orders in Review checked again.</source>
        <translation>为 %2 个平台 SKU 导入 %1 条配对；已重新检查 %3 个待审核订单。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="700"/>
        <source>%1 products adjusted to the count, %2 already right.</source>
        <translation>%1 个商品已按盘点数调整，%2 个本来就正确。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="720"/>
        <source>Exported %1 products to %2</source>
        <translation>已导出 %1 个商品到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="736"/>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="741"/>
        <source>Import products…</source>
        <translation>导入商品…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="742"/>
        <source>Export products…</source>
        <translation>导出商品…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="743"/>
        <source>Import SKU pairings…</source>
        <translation>导入 SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="744"/>
        <source>Import a stock count…</source>
        <translation>导入库存盘点…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Shipbench</source>
        <translation>Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Print jobs</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Hold…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Request waybills</source>
        <translation>申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Reprint labels…</source>
        <translation>补打面单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Printers…</source>
        <translation>打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Scan station</source>
        <translation>扫描工位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Database unavailable — %1</source>
        <translation>数据库不可用 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Not contacted yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Offline — %1</source>
        <translation>离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="526"/>
        <source>%n job pending</source>
        <translation>
            <numerusform>%n 个任务待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="526"/>
        <source>%n jobs pending</source>
        <translation>
            <numerusform>%n 个任务待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="529"/>
        <source>%n job failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="529"/>
        <source>%n jobs failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="248"/>
        <source>Pair SKU…</source>
        <translation>SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="249"/>
        <source>Edit address…</source>
        <translation>编辑地址…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="250"/>
        <source>Notes and tags…</source>
        <translation>备注和标签…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="251"/>
        <source>Edit customs…</source>
        <translation>编辑报关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="252"/>
        <source>Split into parcels…</source>
        <translation>拆分包裹…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="253"/>
        <source>Merge into one parcel</source>
        <translation>合并为一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="254"/>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="255"/>
        <source>Release hold</source>
        <translation>解除暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="256"/>
        <source>Recheck review reasons</source>
        <translation>重新检查审核原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="257"/>
        <source>Products and stock…</source>
        <translation>商品和库存…</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="258"/>
        <source>Select an order first</source>
        <translation>请先选择一个订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="259"/>
        <source>The selected orders have no unpaired SKU</source>
        <translation>所选订单没有未配对的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="260"/>
        <source>Paired; %1 orders in Review rechecked</source>
        <translation>已配对；已重新检查 %1 个待审核订单</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="261"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="262"/>
        <source>Merged %1 orders into one parcel</source>
        <translation>已将 %1 个订单合并为一个包裹</translation>
    </message>
</context>
<context>
    <name>ManualTrackingDialog</name>
    <message>
        <location filename="../../ui/carrier_views.py" line="451"/>
        <source>Enter tracking number</source>
        <translation>手动填写运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="456"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="458"/>
        <source>none: Shipbench prints its own label</source>
        <translation>无：由 Shipbench 自行打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="459"/>
        <source>Label file…</source>
        <translation>面单文件…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="468"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="469"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="470"/>
        <source>Label (PDF, PNG, ZPL)</source>
        <translation>面单（PDF、PNG、ZPL）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="481"/>
        <source>Label file</source>
        <translation>面单文件</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="481"/>
        <source>Labels (*.pdf *.png *.zpl *.prn)</source>
        <translation>面单文件 (*.pdf *.png *.zpl *.prn)</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="493"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/menus.py" line="56"/>
        <source>&lt;b&gt;Your shop.&lt;/b&gt; Settings → Shop and addresses: the shop&apos;s name, tax ids (IOSS, VAT, EORI) and the ship-from address printed on every label. Several warehouses are possible; one is the default.</source>
        <translation>&lt;b&gt;您的店铺。&lt;/b&gt;设置 → 店铺和地址：店铺名称、税号（IOSS、VAT、EORI）以及打印在每张面单上的发货地址。可以有多个仓库，其中一个为默认仓库。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>&lt;b&gt;Orders in.&lt;/b&gt; Settings → Marketplace accounts connects Amazon, eBay, Shopify, AliExpress or WooCommerce; new orders arrive every minute (Sync now: Ctrl+R). Or File → Import orders (Ctrl+I).</source>
        <translation>&lt;b&gt;订单进来。&lt;/b&gt;设置 → 平台账号可连接 Amazon、eBay、Shopify、速卖通或 WooCommerce；新订单每分钟同步一次（立即同步：Ctrl+R）。也可以使用 文件 → 导入订单（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>&lt;b&gt;Review.&lt;/b&gt; Each order in Review shows why it waits (an unpaired SKU, no shipping method, customs data). Fix it, then Approve (Ctrl+Return) or Hold (Ctrl+H).</source>
        <translation>&lt;b&gt;审核。&lt;/b&gt;“待审核”中的每个订单都会显示等待的原因（SKU 未配对、没有物流渠道、缺少报关信息）。处理后审核通过（Ctrl+Return）或暂缓（Ctrl+H）。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="68"/>
        <source>&lt;b&gt;Waybills.&lt;/b&gt; Settings → Carriers and shipping methods. In the Waybill tab select the orders and Request waybills (Ctrl+Shift+W).</source>
        <translation>&lt;b&gt;运单。&lt;/b&gt;设置 → 物流商和物流渠道。在“运单”标签页选中订单，然后申请运单（Ctrl+Shift+W）。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="72"/>
        <source>&lt;b&gt;Labels.&lt;/b&gt; Settings → Printers finds your label printer and prints a test label. In the Print tab, Print labels (Ctrl+P).</source>
        <translation>&lt;b&gt;面单。&lt;/b&gt;设置 → 打印机可查找您的面单打印机并打印测试面单。在“打印”标签页打印面单（Ctrl+P）。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="76"/>
        <source>&lt;b&gt;Ship.&lt;/b&gt; The scan station (F2): scan each parcel&apos;s label; green means shipped, and the marketplace is told when the network allows.</source>
        <translation>&lt;b&gt;发货。&lt;/b&gt;扫描工位（F2）：扫描每个包裹的面单；绿色表示已发货，网络可用时会通知平台。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <location filename="../../ui/menus.py" line="193"/>
        <source>Getting started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>The order of a working day, and where each step is set up:</source>
        <translation>一天的工作顺序，以及每一步在哪里设置：</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85"/>
        <source>To try Shipbench with sample orders, start it with --demo: the demo never touches your data.</source>
        <translation>想用示例订单试用 Shipbench，请加 --demo 启动：演示模式不会动您的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>Print jobs</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="176"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="180"/>
        <source>Shop and addresses…</source>
        <translation>店铺和地址…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="181"/>
        <source>Marketplace accounts…</source>
        <translation>平台账号…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>Carriers and shipping methods…</source>
        <translation>物流商和物流渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="184"/>
        <source>Stock policy…</source>
        <translation>库存策略…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="185"/>
        <source>Scanner and scale…</source>
        <translation>扫描枪和电子秤…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="186"/>
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="187"/>
        <source>Stations…</source>
        <translation>工作站…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="189"/>
        <source>Setup assistant…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="195"/>
        <location filename="../../ui/menus.py" line="264"/>
        <source>About Shipbench</source>
        <translation>关于 Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="256"/>
        <source>The language changes when Shipbench starts again.</source>
        <translation>界面语言将在 Shipbench 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="261"/>
        <source>(development version)</source>
        <translation>（开发版）</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="265"/>
        <source>Shipbench %1 — an offline-first shipping workstation.
Database: %2</source>
        <translation>Shipbench %1 —— 离线优先的发货工作站。
数据库：%2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/message_texts.py" line="17"/>
        <source>no shop named {name!r}</source>
        <translation>没有名为 {name!r} 的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="18"/>
        <source>the Amazon shop needs its marketplace id (e.g. A1PA6795UKMFR9 for amazon.de)</source>
        <translation>亚马逊店铺需要填写 marketplace id（例如 amazon.de 为 A1PA6795UKMFR9）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="21"/>
        <source>the Amazon account needs its LWA client id, client secret and refresh token</source>
        <translation>亚马逊账号需要 LWA client id、client secret 和 refresh token</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="24"/>
        <source>unknown Amazon region {region!r} (na, eu or fe)</source>
        <translation>未知的亚马逊站点区域 {region!r}（na、eu 或 fe）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="25"/>
        <source>the 4PX account needs its app key and app secret (secrets)</source>
        <translation>递四方（4PX）账号需要 app key 和 app secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="28"/>
        <source>{carrier} sent an answer that is not its usual envelope</source>
        <translation>{carrier} 的响应格式异常</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="31"/>
        <source>{what} did not answer in time</source>
        <translation>{what}未及时响应</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="32"/>
        <source>{name} sends the label only when the shipment is booked: void waybill {shipment_id} and request it again</source>
        <translation>{name} 只在下单成功时返回面单：请作废运单 {shipment_id} 后重新申请</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="36"/>
        <source>{name} could not {what} {reference}: {text}</source>
        <translation>{name} 无法{what} {reference}：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="37"/>
        <source>{carrier} booked the shipment but sent no label</source>
        <translation>{carrier} 已下单但未返回面单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="38"/>
        <source>the {names} account needs {missing} (secrets)</source>
        <translation>{names} 账号需要 {missing}（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="39"/>
        <source>karrio carrier {kind!r} is not supported (known: {names})</source>
        <translation>不支持 karrio 物流商 {kind!r}（可用：{names}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="42"/>
        <source>{carrier} sent a label that is not base64</source>
        <translation>{carrier} 发来的面单不是 base64 编码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="43"/>
        <source>{name} cannot be reached ({reason})</source>
        <translation>无法连接{name}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="44"/>
        <source>{name} dropped the connection</source>
        <translation>{name} 断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="45"/>
        <source>{name} dropped the connection before answering</source>
        <translation>{name} 在响应前断开了连接</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="46"/>
        <source>{carrier} sent an empty label</source>
        <translation>{carrier} 发来的面单是空的</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="47"/>
        <source>{carrier} sent a {what} that is not a printable label (it starts with {data!r})</source>
        <translation>{carrier} 发来的 {what} 不是可打印的面单（开头为 {data!r}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="50"/>
        <source>{carrier} said the label is {claimed} but sent {found}</source>
        <translation>{carrier} 声称面单为 {claimed}，实际发来 {found}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="51"/>
        <source>{carrier} sent a truncated PDF label</source>
        <translation>{carrier} 发来的 PDF 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="52"/>
        <source>{carrier} sent a truncated PNG label</source>
        <translation>{carrier} 发来的 PNG 面单不完整</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="53"/>
        <source>marketplace {kind!r} has no connector (known: {marketplaces})</source>
        <translation>平台 {kind!r} 没有对接接口（可用：{marketplaces}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="56"/>
        <source>carrier {kind!r} has no connector (known: {carriers})</source>
        <translation>物流商 {kind!r} 没有对接接口（可用：{carriers}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="59"/>
        <source>{kind} needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers</source>
        <translation>{kind} 需要 karrio 物流 SDK：请安装 carriers 扩展：uv sync --extra carriers</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="62"/>
        <source>the Shopify shop needs its Admin API access token</source>
        <translation>Shopify 店铺需要 Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="63"/>
        <source>the Shopify shop needs its domain (your-shop.myshopify.com)</source>
        <translation>Shopify 店铺需要填写域名（your-shop.myshopify.com）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="66"/>
        <source>the carrier has no shipment {shipment_id}</source>
        <translation>物流商没有运单 {shipment_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="67"/>
        <source>the marketplace gave no access token</source>
        <translation>平台未返回访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="68"/>
        <source>{who} sent an unreadable time {value!r}</source>
        <translation>{who} 发来无法识别的时间 {value!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="69"/>
        <source>the Yanwen account needs its user id (settings) and API token (secrets)</source>
        <translation>燕文账号需要用户 ID（设置）和 API token（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="72"/>
        <source>the YunExpress account needs its customer code (settings) and API secret (secrets)</source>
        <translation>云途账号需要客户代码（设置）和 API secret（密钥）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="75"/>
        <source>{carrier} sent an answer that is not a JSON object</source>
        <translation>{carrier} 的响应不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="76"/>
        <source>the system keyring refused to store the secrets ({error}): unlock it and try again</source>
        <translation>系统密钥环拒绝保存密钥（{error}）：请解锁后重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="79"/>
        <source>parcel {number} already has a waybill: its customs data went to the carrier</source>
        <translation>包裹 {number} 已有运单：报关信息已发送给物流商</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="82"/>
        <source>no customs line {line_id}</source>
        <translation>没有报关明细 {line_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="83"/>
        <source>no product {sku}</source>
        <translation>没有商品 {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="84"/>
        <source>destination {destination} must be a two-letter country code or EU</source>
        <translation>目的地 {destination} 必须是两位国家代码或 EU</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="87"/>
        <source>tax id kind must be one of {tax_kinds}</source>
        <translation>税号类型必须是以下之一：{tax_kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="88"/>
        <source>a tax id needs a number</source>
        <translation>税号必须填写号码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="89"/>
        <source>IOSS number {number} must be IM followed by 10 digits</source>
        <translation>IOSS 号 {number} 必须是 IM 加 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="92"/>
        <source>an IOSS number is for EU destinations</source>
        <translation>IOSS 号只适用于寄往欧盟的订单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="93"/>
        <source>no tax id {tax_id}</source>
        <translation>没有税号 {tax_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="94"/>
        <source>{key} is not a customs field</source>
        <translation>{key} 不是报关字段</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="95"/>
        <source>HS code {raw} must be 6 to 10 digits</source>
        <translation>HS 编码 {raw} 必须是 6 到 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="96"/>
        <source>a customs value must be above zero</source>
        <translation>申报价值必须大于零</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="97"/>
        <source>value {raw} is not a number</source>
        <translation>申报价值 {raw} 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="98"/>
        <source>{key} {raw} is too small</source>
        <translation>{key} {raw} 太小</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="99"/>
        <source>{raw} is not a whole number</source>
        <translation>{raw} 不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="100"/>
        <source>origin country {raw} must be a two-letter code such as CN</source>
        <translation>原产国 {raw} 必须是两位字母代码，例如 CN</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="103"/>
        <source>an English description is required</source>
        <translation>必须填写英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="104"/>
        <source>no handover batch {batch_id}</source>
        <translation>没有交接批次 {batch_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="105"/>
        <source>cannot write {path}: {value}</source>
        <translation>无法写入 {path}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="106"/>
        <source>this handover batch is already closed</source>
        <translation>此交接批次已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="107"/>
        <source>{count} printed parcels for {carrier} were not scanned: find them, or close the batch without them</source>
        <translation>{carrier} 有 {count} 个已打印的包裹未扫描：请找到它们，或不含这些包裹关闭批次</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="110"/>
        <source>no carrier account {carrier_account_id}</source>
        <translation>没有物流账号 {carrier_account_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="111"/>
        <source>this handover batch is closed: open a new one</source>
        <translation>此交接批次已关闭：请新建一个批次</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="112"/>
        <source>unknown text encoding {name!r}</source>
        <translation>未知的文本编码 {name!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="113"/>
        <source>the file is not valid {name} text (byte {count}); choose another encoding</source>
        <translation>文件不是有效的 {name} 文本（第 {count} 字节）；请选择其他编码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="116"/>
        <source>name the shop the orders belong to</source>
        <translation>请填写订单所属的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="117"/>
        <source>no import format or preset named {key!r} (amazon, shopify, or a saved preset)</source>
        <translation>没有名为 {key!r} 的导入格式或模板（amazon、shopify 或已保存的模板）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="120"/>
        <source>{filename} is empty</source>
        <translation>{filename} 是空的</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="121"/>
        <source>{filename} is an old Excel .xls file; save it as .xlsx or CSV and import that</source>
        <translation>{filename} 是旧版 Excel .xls 文件；请另存为 .xlsx 或 CSV 再导入</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="124"/>
        <source>{filename} does not look like a CSV, text or Excel file</source>
        <translation>{filename} 看起来不是 CSV、文本或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="125"/>
        <source>cannot read {filename}: {value}</source>
        <translation>无法读取 {filename}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="126"/>
        <source>{filename} has no header row</source>
        <translation>{filename} 没有表头行</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="127"/>
        <source>the file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="128"/>
        <source>{filename} is not a readable Excel (.xlsx) file</source>
        <translation>{filename} 不是可读取的 Excel（.xlsx）文件</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="129"/>
        <source>{filename} has no worksheet</source>
        <translation>{filename} 没有工作表</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="130"/>
        <source>unknown label language {language!r}: use {languages}</source>
        <translation>未知的面单语言 {language!r}：请使用 {languages}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="131"/>
        <source>{name} is not a label file: use a PDF, PNG or ZPL file</source>
        <translation>{name} 不是面单文件：请使用 PDF、PNG 或 ZPL 文件</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="132"/>
        <source>{name} is not a label: {expected}</source>
        <translation>{name} 不是面单：{expected}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="133"/>
        <source>{name} is named as {claimed} but holds {found}</source>
        <translation>{name} 的扩展名是 {claimed}，但内容是 {found}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="134"/>
        <source>label template {template!r} cannot be used: {error}</source>
        <translation>面单模板 {template!r} 无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="146"/>
        <source>parcel {index} of the split is empty</source>
        <translation>拆分后的包裹 {index} 是空的</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="181"/>
        <source>numbers {numbers} overlap a pool already imported (pool {pool})</source>
        <translation>号码 {numbers} 与已导入的号池重叠（号池 {pool}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="236"/>
        <source>the {kind} condition&apos;s {bound} is not a number: {value!r}</source>
        <translation>{kind} 条件的 {bound} 不是数字：{value!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="262"/>
        <source>unknown customs field {field}</source>
        <translation>未知的报关字段 {field}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="338"/>
        <source>job {job_id} is {state}: only failed or cancelled jobs are retried</source>
        <translation>任务 {job_id} 的状态是{state}：只有失败或已取消的任务才能重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="434"/>
        <source>inconsistent order fields: {value!r} here but {other!r} in row {row}</source>
        <translation>订单字段不一致：此处为 {value!r}，但第 {row} 行为 {other!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="135"/>
        <source>name the marketplace SKU to pair</source>
        <translation>请填写要配对的平台 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="136"/>
        <source>pick at least one product to pair with</source>
        <translation>请至少选择一个要配对的商品</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="137"/>
        <source>no shop {shop_id}</source>
        <translation>没有店铺 {shop_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="138"/>
        <source>no pairing for {marketplace_sku}</source>
        <translation>{marketplace_sku} 没有配对</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="139"/>
        <source>a paired quantity is at least 1</source>
        <translation>配对数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="140"/>
        <source>unpaired SKU {missing}</source>
        <translation>SKU {missing} 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="141"/>
        <source>order {number} is {queue}: split it when approving</source>
        <translation>订单 {number} 处于{queue}：请在审核时拆分</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="142"/>
        <source>order {number} is merged with another order: unmerge it first</source>
        <translation>订单 {number} 已与其他订单合并：请先取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="145"/>
        <source>pick two or more orders to merge</source>
        <translation>请选择两个或更多订单进行合并</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="147"/>
        <source>line {sku} has {quantity} to ship but the split puts {given} in parcels</source>
        <translation>商品明细 {sku} 需发 {quantity} 件，但拆分后包裹中共 {given} 件</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="150"/>
        <source>order {number} already has a waybill: parcels cannot change any more</source>
        <translation>订单 {number} 已有运单：包裹不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="153"/>
        <source>orders {number} and {number2} are from different shops</source>
        <translation>订单 {number} 和 {number2} 来自不同店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="156"/>
        <source>orders {number} and {number2} go to different addresses</source>
        <translation>订单 {number} 和 {number2} 的收货地址不同</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="159"/>
        <source>order {number} is already merged: unmerge it first</source>
        <translation>订单 {number} 已合并：请先取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="162"/>
        <source>order {number} is {queue}: only open orders merge</source>
        <translation>订单 {number} 处于{queue}：只有未处理的订单可以合并</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="163"/>
        <source>line {line_id} is not a line of this order</source>
        <translation>明细 {line_id} 不属于此订单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="164"/>
        <source>a quantity in a split cannot be negative</source>
        <translation>拆分数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="165"/>
        <source>{where}: {text!r} is not an S10 number like RR12345678CN</source>
        <translation>{where}：{text!r} 不是 S10 单号（如 RR12345678CN）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="166"/>
        <source>{where}: {text} has a wrong check digit (should be {digit})</source>
        <translation>{where}：{text} 的校验位错误（应为 {digit}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="169"/>
        <source>the file has no number ranges</source>
        <translation>文件中没有号段</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="170"/>
        <source>no tracking numbers left in a pool for this carrier and service; import a new range</source>
        <translation>此物流商和渠道的运单号池已用完；请导入新号段</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="173"/>
        <source>parcel {number} already has a waybill or is past the Waybill queue</source>
        <translation>包裹 {number} 已有运单，或已不在待处理队列</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="176"/>
        <source>the waybill request for {number} is on its way to the carrier; wait for its answer</source>
        <translation>{number} 的运单申请正在发送给物流商；请等待物流商回复</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="179"/>
        <source>parcel {number} has no shipping method</source>
        <translation>包裹 {number} 没有物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="180"/>
        <source>{where}: the range ends before it starts</source>
        <translation>{where}：号段的结束号小于起始号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="184"/>
        <source>{where}: expected prefix,start,end,suffix, got {line!r}</source>
        <translation>{where}：应为“前缀,起始,结束,后缀”，实际为 {line!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="187"/>
        <source>{where}: prefix and suffix must be 2 letters, got {prefix!r} and {suffix!r}</source>
        <translation>{where}：前缀和后缀必须是 2 个字母，实际为 {prefix!r} 和 {suffix!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="190"/>
        <source>{where}: start and end must be serials of up to 8 digits</source>
        <translation>{where}：起始和结束必须是最多 8 位数字的序号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="193"/>
        <source>{where}: expected FIRST-LAST like RR12345678CN-RR12345999CN, got {line!r}</source>
        <translation>{where}：应为“首号-末号”，例如 RR12345678CN-RR12345999CN，实际为 {line!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="196"/>
        <source>{where}: both ends must share the letters ({p1}…{s1} vs {p2}…{s2})</source>
        <translation>{where}：首尾号的字母必须相同（{p1}…{s1} 与 {p2}…{s2}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="199"/>
        <source>no print job {job_id}</source>
        <translation>没有打印任务 {job_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="200"/>
        <source>print order must be one of {orders}</source>
        <translation>打印顺序必须是以下之一：{orders}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="201"/>
        <source>nothing to print</source>
        <translation>没有需要打印的面单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="202"/>
        <source>print job {job_id} already finished</source>
        <translation>打印任务 {job_id} 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="203"/>
        <source>parcel {number} was already printed: a reprint needs a reason</source>
        <translation>包裹 {number} 已打印过：补打必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="206"/>
        <source>order {number} is not merged with another order</source>
        <translation>订单 {number} 没有与其他订单合并</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="207"/>
        <source>order {number} is merged with another order: unmerge it before holding it</source>
        <translation>订单 {number} 已与其他订单合并：请先取消合并再暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="210"/>
        <source>order {number} already has a waybill; void it before holding the order</source>
        <translation>订单 {number} 已有运单；请先作废运单再暂缓订单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="213"/>
        <source>a rule&apos;s conditions must be a list of objects, each with a kind</source>
        <translation>规则的条件必须是对象列表，每个对象都要有 kind</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="216"/>
        <source>a rule&apos;s actions must be a list of objects, each with a kind</source>
        <translation>规则的动作必须是对象列表，每个对象都要有 kind</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="219"/>
        <source>a rule needs at least one action</source>
        <translation>规则至少需要一个动作</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="220"/>
        <source>unknown condition {kind!r}; known: {condition_kinds}</source>
        <translation>未知条件 {kind!r}；可用：{condition_kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="221"/>
        <source>the {kind} condition needs a list of values</source>
        <translation>{kind} 条件需要一组值</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="222"/>
        <source>the SKU-contains condition needs a text</source>
        <translation>“SKU 包含”条件需要填写文字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="223"/>
        <source>the tags condition needs tags (any or all)</source>
        <translation>标签条件需要填写标签（任一或全部）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="224"/>
        <source>the ship-by condition needs a number of hours</source>
        <translation>最晚发货条件需要填写小时数</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="225"/>
        <source>unknown action {kind!r}; known: {action_kinds}</source>
        <translation>未知动作 {kind!r}；可用：{action_kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="226"/>
        <source>the set-method action needs a shipping method</source>
        <translation>“设置物流渠道”动作需要选择物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="227"/>
        <source>a hold needs a reason</source>
        <translation>暂缓必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="228"/>
        <source>the add-tag action needs a tag</source>
        <translation>“添加标签”动作需要填写标签</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="229"/>
        <source>the customs action needs at least one default (description, HS code, value)</source>
        <translation>报关动作至少需要一个默认值（品名、HS 编码、申报价值）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="232"/>
        <source>the customs value is not a number: {value!r}</source>
        <translation>申报价值不是数字：{value!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="233"/>
        <source>the {kind} condition needs a minimum or a maximum</source>
        <translation>{kind} 条件需要最小值或最大值</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="237"/>
        <source>no order {order_id}</source>
        <translation>没有订单 {order_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="238"/>
        <source>no parcel {missing}</source>
        <translation>没有包裹 {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="239"/>
        <source>a carrier account needs a name</source>
        <translation>物流账号必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="240"/>
        <source>unknown shipping method field {unknown}</source>
        <translation>未知的物流渠道字段 {unknown}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="241"/>
        <source>a shipping method needs the carrier&apos;s service code</source>
        <translation>物流渠道必须填写物流商的渠道代码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="244"/>
        <source>the maximum weight must be more than 0 g (or empty for none)</source>
        <translation>最大重量必须大于 0 克（不限则留空）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="247"/>
        <source>a void needs a reason</source>
        <translation>作废必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="248"/>
        <source>the weight must be between 1 g and 1,000 kg</source>
        <translation>重量必须在 1 克到 1,000 千克之间</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="249"/>
        <source>{number!r} is not a tracking number (4–64 letters and digits)</source>
        <translation>{number!r} 不是运单号（4–64 位字母和数字）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="252"/>
        <source>{number} looks like a {value} number but its check digit is wrong</source>
        <translation>{number} 看起来是 {value} 单号，但校验位错误</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="255"/>
        <source>choose the cheapest or the fastest method</source>
        <translation>请选择最便宜或最快的渠道</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="256"/>
        <source>there is already a carrier account called {name}</source>
        <translation>已有名为 {name} 的物流账号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="259"/>
        <source>{name} still has shipping methods; delete them first</source>
        <translation>{name} 仍有物流渠道；请先删除</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="263"/>
        <source>no shipping method {method_id}</source>
        <translation>没有物流渠道 {method_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="264"/>
        <source>{name} is used by orders; choose another method for them first</source>
        <translation>{name} 正被订单使用；请先为这些订单选择其他渠道</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="267"/>
        <source>parcel {number} has a waybill; void it before changing its weight</source>
        <translation>包裹 {number} 已有运单；请先作废运单再修改重量</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="270"/>
        <source>{number} is already the tracking number of parcel {number2}</source>
        <translation>{number} 已是包裹 {number2} 的运单号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="273"/>
        <source>parcel {number} is {status}; void its waybill first</source>
        <translation>包裹 {number} 的状态是{status}；请先作废其运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="274"/>
        <source>parcel {number} has a carrier waybill (or one on its way); void it first</source>
        <translation>包裹 {number} 已有物流商运单（或正在申请）；请先作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="277"/>
        <source>parcel {number} has no tracking number yet; enter it with the label</source>
        <translation>包裹 {number} 还没有运单号；请与面单一起填写</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="280"/>
        <source>parcel {number} is {status}; its label cannot change</source>
        <translation>包裹 {number} 的状态是{status}；面单不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="281"/>
        <source>no tracking pool {pool_id}</source>
        <translation>没有运单号池 {pool_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="282"/>
        <source>numbers of this pool are on parcels; it can only be used up</source>
        <translation>此号池的号码已用在包裹上；只能用完，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="285"/>
        <source>a new shipping method needs a service code and a name</source>
        <translation>新物流渠道必须有渠道代码和名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="288"/>
        <source>the waybill request for {number} is on its way; try again in a moment</source>
        <translation>{number} 的运单申请正在发送中；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="291"/>
        <source>a preset needs a name of 1 to 80 characters</source>
        <translation>模板名称须为 1 到 80 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="292"/>
        <source>{name} is a built-in format; choose another name</source>
        <translation>{name} 是内置格式；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="295"/>
        <source>no preset named {name!r}</source>
        <translation>没有名为 {name!r} 的模板</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="296"/>
        <source>note must be one of {note_kinds}</source>
        <translation>备注类型必须是以下之一：{note_kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="297"/>
        <source>a tax id belongs to a shop</source>
        <translation>税号必须属于某个店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="298"/>
        <source>order {number} is {queue}: its address cannot change</source>
        <translation>订单 {number} 处于{queue}：地址不能再修改</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="301"/>
        <source>no label template {template!r}</source>
        <translation>没有面单模板 {template!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="302"/>
        <source>documents are PDF (laser printer) or ESC/POS (80 mm)</source>
        <translation>单据格式只能是 PDF（激光打印机）或 ESC/POS（80 毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="305"/>
        <source>no printer {printer_id}</source>
        <translation>没有打印机 {printer_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="306"/>
        <source>a printer is already called {name!r}</source>
        <translation>已有名为 {name!r} 的打印机</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="307"/>
        <source>receive a quantity of 1 or more</source>
        <translation>入库数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="308"/>
        <source>a product needs a {value}</source>
        <translation>商品必须有{value}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="309"/>
        <source>a new product needs a SKU and a name</source>
        <translation>新商品必须有 SKU 和名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="310"/>
        <source>another product already has the SKU {sku}</source>
        <translation>已有其他商品使用 SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="311"/>
        <source>{key} cannot be negative</source>
        <translation>{key} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="312"/>
        <source>barcode {code} already belongs to another product</source>
        <translation>条码 {code} 已属于其他商品</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="315"/>
        <source>{key} must be a whole number</source>
        <translation>{key} 必须是整数</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="316"/>
        <source>a declared value must be above zero</source>
        <translation>申报价值必须大于零</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="317"/>
        <source>declared value {text} is not a number</source>
        <translation>申报价值 {text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="318"/>
        <source>{key} {raw} must be {size} letters</source>
        <translation>{key} {raw} 必须是 {size} 个字母</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="319"/>
        <source>a rule needs a name</source>
        <translation>规则必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="320"/>
        <source>no rule {rule_id}</source>
        <translation>没有规则 {rule_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="321"/>
        <source>account settings must be a JSON object like {{&quot;seller_id&quot;: &quot;A1B2&quot;}}</source>
        <translation>账号设置必须是 JSON 对象，例如 {{&quot;seller_id&quot;: &quot;A1B2&quot;}}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="324"/>
        <source>{key!r} looks like a secret: enter it in the secret fields, which go to the keyring</source>
        <translation>{key!r} 看起来是密钥：请填写在密钥栏中（保存在密钥环）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="327"/>
        <source>the shop needs a name</source>
        <translation>店铺必须有名称</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="328"/>
        <source>enter the new tracking number</source>
        <translation>请输入新的运单号</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="329"/>
        <source>there is already a shop called {name}</source>
        <translation>已有名为 {name} 的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="330"/>
        <source>the {kind} connector cannot test a connection</source>
        <translation>{kind} 接口不支持测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="331"/>
        <source>no job {missing}</source>
        <translation>没有任务 {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="332"/>
        <source>parcel {number} is not shipped yet: change its waybill instead</source>
        <translation>包裹 {number} 尚未发货：请改为修改其运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="335"/>
        <source>parcel {number} already has tracking number {new_number}</source>
        <translation>包裹 {number} 的运单号已是 {new_number}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="341"/>
        <source>job {id} may already have reached the {value}; it is being looked up and cannot be cancelled</source>
        <translation>任务 {id} 可能已送达{value}；正在核实中，无法取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="344"/>
        <source>job {id} is already done</source>
        <translation>任务 {id} 已完成</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="345"/>
        <source>a stock adjustment needs a reason</source>
        <translation>调整库存必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="346"/>
        <source>a reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="347"/>
        <source>no parcel has the code {value}</source>
        <translation>没有包裹的条码是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="348"/>
        <source>parcel {number} is {status}, not intercepted: scan it normally</source>
        <translation>包裹 {number} 的状态是{status}，未被拦截：请正常扫描</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="351"/>
        <source>the waybill of {number} was already voided at the carrier: request a new waybill</source>
        <translation>{number} 的运单已在物流商处作废：请重新申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="354"/>
        <source>nothing to undo: this station&apos;s last scan-out is already undone</source>
        <translation>没有可撤销的操作：本工位最后一次出库扫描已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="357"/>
        <source>the marketplace was already told parcel {number} shipped; correct it there</source>
        <translation>平台已收到包裹 {number} 的发货通知；请到平台上更正</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="360"/>
        <source>wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="361"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN 码为 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="362"/>
        <source>unknown role {role!r}: use {roles}</source>
        <translation>未知角色 {role!r}：请使用 {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="363"/>
        <source>a user needs a name</source>
        <translation>用户必须有名字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="364"/>
        <source>{name} is a {role}: this needs a {role2}</source>
        <translation>{name} 是{role}：此操作需要{role2}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="365"/>
        <source>this parcel is already verified: scan the next parcel</source>
        <translation>此包裹已验货：请扫描下一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="368"/>
        <source>an override needs a reason</source>
        <translation>强制放行必须填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="369"/>
        <source>the scale reads nothing: put the parcel on the scale</source>
        <translation>电子秤没有读数：请把包裹放到秤上</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="372"/>
        <source>parcel {parcel_number} is gone</source>
        <translation>包裹 {parcel_number} 已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="373"/>
        <source>parcel {number} is shipped; its waybill can no longer be voided</source>
        <translation>包裹 {number} 已发货；运单不能再作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="376"/>
        <source>parcel {number} has no waybill to void</source>
        <translation>包裹 {number} 没有可作废的运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="377"/>
        <source>the waybill request for {number} is on its way to the carrier; try again in a moment</source>
        <translation>{number} 的运单申请正在发送给物流商；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="380"/>
        <source>{what} answered {status}: {text}</source>
        <translation>{what} 返回 {status}：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="381"/>
        <source>{what} dropped the connection before answering ({reason})</source>
        <translation>{what} 在响应前断开了连接（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="384"/>
        <source>{what} failed mid-request ({reason})</source>
        <translation>{what}在请求中途出错（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="385"/>
        <source>{what} refused the credentials ({text}); check the account&apos;s keys</source>
        <translation>{what} 拒绝了授权凭证（{text}）；请检查账号密钥</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="388"/>
        <source>{what} dropped the connection ({reason})</source>
        <translation>{what}断开了连接（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="389"/>
        <source>{what} failed ({reason})</source>
        <translation>{what}出错（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="390"/>
        <source>SKU {sku} is not paired to a product</source>
        <translation>SKU {sku} 未配对到商品</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="391"/>
        <source>product {sku} has no weight</source>
        <translation>商品 {sku} 没有重量</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="392"/>
        <source>shop {shop} in {wanted}</source>
        <translation>店铺 {shop} 属于 {wanted}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="393"/>
        <source>shop {shop} not in {wanted}</source>
        <translation>店铺 {shop} 不属于 {wanted}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="394"/>
        <source>country {country} in {wanted}</source>
        <translation>国家 {country} 在 {wanted} 中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="395"/>
        <source>country {country} not in {wanted}</source>
        <translation>国家 {country} 不在 {wanted} 中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="396"/>
        <source>weight unknown ({problem})</source>
        <translation>重量未知（{problem}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="397"/>
        <source>weight {grams} g in {range}</source>
        <translation>重量 {grams} 克，在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="398"/>
        <source>weight {grams} g not in {range}</source>
        <translation>重量 {grams} 克，不在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="399"/>
        <source>total is in {currency}, not {wanted}</source>
        <translation>金额币种为 {currency}，不是 {wanted}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="400"/>
        <source>total {total:.2f} {currency} in {range}</source>
        <translation>金额 {total:.2f} {currency}，在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="401"/>
        <source>total {total:.2f} {currency} not in {range}</source>
        <translation>金额 {total:.2f} {currency}，不在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="402"/>
        <source>SKU {sku} in the list</source>
        <translation>SKU {sku} 在列表中</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="403"/>
        <source>no SKU in {wanted} (has {skus})</source>
        <translation>没有 SKU 在 {wanted} 中（订单有 {skus}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="404"/>
        <source>SKU {sku} contains {text!r}</source>
        <translation>SKU {sku} 包含 {text!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="405"/>
        <source>no SKU contains {text!r} (has {skus})</source>
        <translation>没有 SKU 包含 {text!r}（订单有 {skus}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="406"/>
        <source>{items} items in {range}</source>
        <translation>{items} 件商品，在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="407"/>
        <source>{items} items not in {range}</source>
        <translation>{items} 件商品，不在 {range} 范围内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="408"/>
        <source>any of {tags}</source>
        <translation>任一 {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="409"/>
        <source>all of {tags}</source>
        <translation>全部 {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="410"/>
        <source>tags {tags} have {want}</source>
        <translation>标签 {tags} 满足 {want}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="411"/>
        <source>stock policy is block, warn or ignore</source>
        <translation>库存策略只能是 拦截、提醒 或 忽略</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="412"/>
        <source>service {service} in {wanted}</source>
        <translation>物流服务 {service} 属于 {wanted}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="413"/>
        <source>service {service} not in {wanted}</source>
        <translation>物流服务 {service} 不属于 {wanted}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="414"/>
        <source>tags {tags} lack {want}</source>
        <translation>标签 {tags} 不满足 {want}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="415"/>
        <source>buyer note present</source>
        <translation>有买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="416"/>
        <source>no buyer note</source>
        <translation>没有买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="417"/>
        <source>no ship-by date</source>
        <translation>没有最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="418"/>
        <source>overdue by {hours:.1f} h</source>
        <translation>已超时 {hours:.1f} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="419"/>
        <source>due in {hours:.1f} h</source>
        <translation>剩余 {hours:.1f} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="420"/>
        <source>within {hours} h</source>
        <translation>{hours} 小时内</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="421"/>
        <source>ship-by {when}: {limit}</source>
        <translation>最晚发货 {when}：{limit}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="422"/>
        <source>ship-by {when}: not {limit}</source>
        <translation>最晚发货 {when}：不满足 {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="423"/>
        <source>unknown condition {kind!r}</source>
        <translation>未知条件 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="424"/>
        <source>unknown method {method!r}</source>
        <translation>未知物流渠道 {method!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="425"/>
        <source>on hold: {reason}</source>
        <translation>暂缓：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="426"/>
        <source>the columns match neither Amazon nor Shopify nor a saved preset; map the columns</source>
        <translation>这些列既不符合亚马逊、Shopify 格式，也不符合已保存的模板；请手动对应列</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="429"/>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="430"/>
        <source>required column missing ({label})</source>
        <translation>缺少必需的列（{label}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="431"/>
        <source>longer than {limit} characters ({count})</source>
        <translation>超过 {limit} 个字符（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="432"/>
        <source>line {line_id!r} repeats row {seen_ids}</source>
        <translation>明细 {line_id!r} 与第 {seen_ids} 行重复</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="433"/>
        <source>bad money: {problem}</source>
        <translation>金额有误：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="437"/>
        <source>bad quantity: {problem}</source>
        <translation>数量有误：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="438"/>
        <source>bad pack quantity in {part!r} (write CODEx6)</source>
        <translation>{part!r} 中的包装数量有误（写法：CODEx6）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="439"/>
        <source>not a barcode: {part!r}</source>
        <translation>不是条码：{part!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="440"/>
        <source>SKU {sku} is already in row {row}</source>
        <translation>SKU {sku} 已在第 {row} 行出现</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="441"/>
        <source>missing required value (name) for the new product {sku}</source>
        <translation>新商品 {sku} 缺少必填值（名称）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="444"/>
        <source>barcode {code} already belongs to {owner}</source>
        <translation>条码 {code} 已属于 {owner}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="445"/>
        <source>required column missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="446"/>
        <source>no shop named {shop_name}</source>
        <translation>没有名为 {shop_name} 的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="447"/>
        <source>{sku} is already paired to {msku} in row {row}</source>
        <translation>{sku} 已在第 {row} 行配对到 {msku}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="448"/>
        <source>no product with SKU {sku}</source>
        <translation>没有 SKU 为 {sku} 的商品</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="449"/>
        <source>barcode {code} is also given to {product} in row {row}</source>
        <translation>条码 {code} 也分配给了第 {row} 行的 {product}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="450"/>
        <source>{count} more problems not listed</source>
        <translation>另有 {count} 个问题未列出</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="451"/>
        <source>has {count} cells but the header row has {width}; is a delimiter or quote wrong?</source>
        <translation>有 {count} 个单元格，但表头有 {width} 个；分隔符或引号是否有误？</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="454"/>
        <source>cannot be read as CSV ({error}); is a quote missing?</source>
        <translation>无法按 CSV 读取（{error}）；是否缺少引号？</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="455"/>
        <source>not yes/no: {text!r}</source>
        <translation>不是“是/否”：{text!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="456"/>
        <source>not an amount of money: {raw!r}</source>
        <translation>不是有效金额：{raw!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="457"/>
        <source>not a whole number: {raw!r}</source>
        <translation>不是整数：{raw!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="458"/>
        <source>quantity must be between 1 and 100000, not {raw}</source>
        <translation>数量必须在 1 到 100000 之间，当前为 {raw}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="459"/>
        <source>must be between {minimum} and {maximum}, not {raw}</source>
        <translation>必须在 {minimum} 到 {maximum} 之间，当前为 {raw}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="460"/>
        <source>not a date: {raw!r} (use 2024-03-01 or 2024-03-01T10:20:30+00:00)</source>
        <translation>不是日期：{raw!r}（请用 2024-03-01 或 2024-03-01T10:20:30+00:00）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="463"/>
        <source>not a plausible date: {raw!r}</source>
        <translation>日期不合理：{raw!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="464"/>
        <source>unknown country code {raw!r} (use the two-letter code, e.g. US, DE, CN)</source>
        <translation>未知的国家代码 {raw!r}（请用两位字母代码，如 US、DE、CN）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="467"/>
        <source>not a currency code: {text!r} (use e.g. USD, EUR, CNY)</source>
        <translation>不是币种代码：{text!r}（请用 USD、EUR、CNY 等）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="470"/>
        <source>missing required value ({field})</source>
        <translation>缺少必填值（{field}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="471"/>
        <source>bad date: {problem}</source>
        <translation>日期有误：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="472"/>
        <source>must not be negative: {value}</source>
        <translation>不能为负数：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="473"/>
        <source>{who} refused ({code}): {text}</source>
        <translation>{who} 拒绝了请求（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="474"/>
        <source>{who} sent an unreadable date {value!r}</source>
        <translation>{who} 发来无法识别的日期 {value!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="475"/>
        <source>{who} sent an unreadable amount {amount!r}</source>
        <translation>{who} 发来无法识别的金额 {amount!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="476"/>
        <source>{who} answered with something that is not JSON</source>
        <translation>{who} 返回的内容不是 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="477"/>
        <source>{who} answered {method} without {key}</source>
        <translation>{who} 对 {method} 的响应缺少 {key}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="478"/>
        <source>{who} refused the order list ({code}): {text}</source>
        <translation>{who} 拒绝了订单列表请求（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="479"/>
        <source>{who} could not read order {order_id} ({code}): {text}</source>
        <translation>{who} 无法读取订单 {order_id}（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="482"/>
        <source>{who} refused the shipment ({code}): {text}</source>
        <translation>{who} 拒绝了发货（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="483"/>
        <source>{who} order {order_id} has no shipment {shipment_id}</source>
        <translation>{who} 订单 {order_id} 没有发货记录 {shipment_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="486"/>
        <source>{who} refused the new tracking number ({code}): {text}</source>
        <translation>{who} 拒绝了新运单号（{code}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="489"/>
        <source>{who} sent an invalid amount {amount!r} for {what}</source>
        <translation>{who} 发来的 {what} 金额无效：{amount!r}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="490"/>
        <source>{who} has no package {shipment_id} on order {order_id} to correct</source>
        <translation>{who} 的订单 {order_id} 上没有可更正的包裹 {shipment_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="493"/>
        <source>{who} did not answer ({reason})</source>
        <translation>{who} 未响应（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="494"/>
        <source>{who}&apos;s login service answered {status_code}</source>
        <translation>{who} 登录服务返回 {status_code}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="495"/>
        <source>{who} is throttling {operation} requests; trying again later</source>
        <translation>{who} 正在对 {operation} 请求限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="498"/>
        <source>{who}&apos;s login service is throttling; trying again later</source>
        <translation>{who} 登录服务正在限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="499"/>
        <source>{who}&apos;s login service failed ({reason}); trying again later</source>
        <translation>{who} 登录服务出错（{reason}）；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="500"/>
        <source>{who} refused {what}: {reason}</source>
        <translation>{who} 拒绝了{what}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="501"/>
        <source>{who}&apos;s API cannot change the tracking number of a shipment: correct it for order {order_id} in Seller Hub</source>
        <translation>{who} 的 API 无法修改运单号：请在 Seller Hub 中更正订单 {order_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="505"/>
        <source>{who} answered the token request without an access token</source>
        <translation>{who} 的令牌响应中没有访问令牌</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="506"/>
        <source>{who} refused ({status}, error {error_id}): {text}</source>
        <translation>{who} 拒绝了请求（{status}，错误 {error_id}）：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="507"/>
        <source>{who} kept throttling the request; trying again later</source>
        <translation>{who} 持续限流；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="508"/>
        <source>{who} has no order {order_id}</source>
        <translation>{who} 上没有订单 {order_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="509"/>
        <source>{who} refused the request: {text}</source>
        <translation>{who} 拒绝了请求：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="510"/>
        <source>{who} answered without data</source>
        <translation>{who} 返回了空数据</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="511"/>
        <source>{who} order {order_id} has no shipment for parcel {package_reference}</source>
        <translation>{who} 订单 {order_id} 没有包裹 {package_reference} 的发货记录</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="514"/>
        <source>ship within {span}</source>
        <translation>须在 {span} 内发货</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="515"/>
        <source>overdue by {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="516"/>
        <source>line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="517"/>
        <source>order {number} cannot be approved: {reasons}</source>
        <translation>订单 {number} 无法审核通过：{reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="518"/>
        <source>no system keyring to keep the account&apos;s secrets: unlock the encrypted secrets file with its passphrase (or install and unlock GNOME Keyring or KWallet)</source>
        <translation>本机没有系统密钥环来保存账户密钥：请用口令解锁加密的密钥文件（或安装并解锁 GNOME Keyring 或 KWallet）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="523"/>
        <source>address incomplete: {fields} missing</source>
        <translation>地址不完整：缺少{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="524"/>
        <source>country {country} is not a known country code</source>
        <translation>国家代码 {country} 无效</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="525"/>
        <source>postcode {postcode} does not look like a {country} postcode (e.g. {example})</source>
        <translation>邮编 {postcode} 不像 {country} 的邮编（例如 {example}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="528"/>
        <source>postcode {postcode} does not look like a {country} postcode</source>
        <translation>邮编 {postcode} 不像 {country} 的邮编</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="529"/>
        <source>state {region} is not a state of {country}</source>
        <translation>州 {region} 不是 {country} 的有效州</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="530"/>
        <source>province {region} is not a province of {country}</source>
        <translation>省 {region} 不是 {country} 的有效省份</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="531"/>
        <source>{kind} {region} is not a {kind} of {country}</source>
        <translation>{region} 不是 {country} 的有效{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="532"/>
        <source>phone {phone} is not a valid {country} number</source>
        <translation>电话 {phone} 不是有效的 {country} 号码</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="533"/>
        <source>not enough stock for {sku}: {needed} needed, {available} available</source>
        <translation>{sku} 库存不足：需要 {needed}，可用 {available}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="536"/>
        <source>{reason} (rule &apos;{rule}&apos;)</source>
        <translation>{reason}（规则“{rule}”）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="537"/>
        <source>label not ready yet</source>
        <translation>面单尚未生成</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="538"/>
        <source>the waybill was voided</source>
        <translation>运单已作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="539"/>
        <source>waybill {tracking} voided: {reason}</source>
        <translation>运单 {tracking} 已作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="540"/>
        <source>waybill {tracking} voided</source>
        <translation>运单 {tracking} 已作废</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="541"/>
        <source>voiding the old waybill first</source>
        <translation>正在先作废旧运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="542"/>
        <source>no shipping method</source>
        <translation>没有物流方式</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="543"/>
        <source>the carrier refused to void the waybill: {reason}</source>
        <translation>物流商拒绝作废运单：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="544"/>
        <source>the waybill request was cancelled</source>
        <translation>运单申请已取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="545"/>
        <source>pre-advice refused: {reason}</source>
        <translation>预报被拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="546"/>
        <source>{carrier} does not take pre-advice of pool numbers</source>
        <translation>{carrier} 不接受号池单号的预报</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="547"/>
        <source>the carrier already has another waybill for this parcel ({reason})</source>
        <translation>物流商已有此包裹的另一张运单（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="550"/>
        <source>cancelled by {user}</source>
        <translation>已由 {user} 取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="551"/>
        <source>cancelled by a user</source>
        <translation>已由用户取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="552"/>
        <source>withdrawn before it was sent</source>
        <translation>发送前已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="553"/>
        <source>confirmed by file upload</source>
        <translation>已通过文件上传确认</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="554"/>
        <source>scan undone: {reason}</source>
        <translation>扫描已撤销：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="555"/>
        <source>no handler for {kind} jobs</source>
        <translation>没有处理 {kind} 任务的程序</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="556"/>
        <source>internal error: {kind}</source>
        <translation>内部错误：{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="557"/>
        <source>carrier reports a duplicate it cannot find; will look again</source>
        <translation>物流商报告运单重复但找不到该运单；稍后再查</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="560"/>
        <source>adopted the shipment found by reference</source>
        <translation>已采用按参考号找到的运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="561"/>
        <source>adopted the existing shipment (duplicate reference)</source>
        <translation>已采用现有运单（参考号重复）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="562"/>
        <source>no live shipment to void</source>
        <translation>没有需要作废的有效运单</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="563"/>
        <source>voided shipment {shipment_id}</source>
        <translation>已作废运单 {shipment_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="564"/>
        <source>marketplace shipment {shipment_id} (found by reference)</source>
        <translation>平台发货记录 {shipment_id}（按参考号找到）</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="567"/>
        <source>marketplace shipment {shipment_id}</source>
        <translation>平台发货记录 {shipment_id}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="568"/>
        <source>waiting for the shipment confirmation to reach the marketplace</source>
        <translation>等待发货通知送达平台</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="571"/>
        <source>tracking number changed to {tracking}</source>
        <translation>运单号已改为 {tracking}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="572"/>
        <source>no tracking events yet</source>
        <translation>暂无物流轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="573"/>
        <source>cancelled with {left} labels not printed</source>
        <translation>已取消，{left} 张面单未打印</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="574"/>
        <source>stopped by an unexpected error: {error}</source>
        <translation>因意外错误停止：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="575"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="576"/>
        <source>The printer is out of labels: load a new roll, then resume.</source>
        <translation>打印机缺纸：请装入新的面单卷，然后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="577"/>
        <source>The printer&apos;s head is open: close it, then resume.</source>
        <translation>打印机打印头已打开：请合上，然后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="578"/>
        <source>The printer is paused: press its Pause button, then resume.</source>
        <translation>打印机已暂停：请按其暂停键，然后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="581"/>
        <source>The printer is out of ribbon: load a new one, then resume.</source>
        <translation>打印机碳带用完：请装入新碳带，然后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="582"/>
        <source>The printer reports an error: check it, then resume.</source>
        <translation>打印机报告错误：请检查后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="583"/>
        <source>The printer holds labels and prints none: check it, then resume.</source>
        <translation>打印机有待打印的面单却不打印：请检查后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="584"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="585"/>
        <source>This printer cannot count its labels, so whether the last ones printed is in doubt.</source>
        <translation>此打印机无法计数已打印的面单，最后几张是否打印成功无法确定。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="588"/>
        <source>The printer stopped answering; labels it may hold are still sent, not printed.</source>
        <translation>打印机已无响应；它可能还存着的面单仍记为已发送，未打印。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="591"/>
        <source>The printer stopped answering; {count} label(s) may or may not have printed.</source>
        <translation>打印机已无响应；{count} 张面单可能已打印，也可能没有。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="594"/>
        <source>A label was being sent when printing stopped: say whether it printed before the batch goes on.</source>
        <translation>打印停止时有一张面单正在发送：请先确认它是否已打印，再继续此批次。</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="597"/>
        <source>no order lines</source>
        <translation>订单没有商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="598"/>
        <source>payment not cleared</source>
        <translation>付款未到账</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="599"/>
        <source>payment under marketplace review until {until} UTC</source>
        <translation>平台付款审核中，至 {until} UTC</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="600"/>
        <source>customs data incomplete for {sku}: {missing} missing</source>
        <translation>{sku} 的报关信息不完整：缺少{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="601"/>
        <source>HS code {code} of {sku} must be 6 to 10 digits</source>
        <translation>{sku} 的 HS 编码 {code} 必须是 6 到 10 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="602"/>
        <source>{name} does not carry batteries</source>
        <translation>{name} 不能寄带电商品</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="603"/>
        <source>{name} does not carry liquids</source>
        <translation>{name} 不能寄液体</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="604"/>
        <source>{name} does not ship to {country}</source>
        <translation>{name} 不寄往 {country}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="605"/>
        <source>{name} max {max_grams} g, parcel {grams} g</source>
        <translation>{name} 限重 {max_grams} 克，包裹 {grams} 克</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="606"/>
        <source>{name} requires {field}</source>
        <translation>{name} 要求填写{field}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="607"/>
        <source>changed on marketplace: {what}</source>
        <translation>已在平台修改{what}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="608"/>
        <source>changed on marketplace: address and lines</source>
        <translation>已在平台修改地址和商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="609"/>
        <source>address too long for the {size} label</source>
        <translation>地址太长，{size} 面单放不下</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="610"/>
        <source>sender address too long for the {size} label</source>
        <translation>寄件人地址太长，{size} 面单放不下</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="611"/>
        <source>merged order {number} cancelled on marketplace</source>
        <translation>合并订单 {number} 已在平台取消</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="612"/>
        <source>{number}: {reason}</source>
        <translation>{number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/message_texts.py" line="613"/>
        <source>handed back at a clean stop while in flight; will be looked up</source>
        <translation>正常停止时仍在发送中，已交回；将核实其结果</translation>
    </message>
</context>
<context>
    <name>MethodChoice</name>
    <message>
        <location filename="../../ui/method_choice.py" line="33"/>
        <source>Set shipping method…</source>
        <translation>设置物流渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/method_choice.py" line="42"/>
        <source>Select one or more orders first</source>
        <translation>请先选择一个或多个订单</translation>
    </message>
    <message>
        <location filename="../../ui/method_choice.py" line="47"/>
        <source>No shipping methods yet: add them in Connections → Carriers and shipping methods</source>
        <translation>还没有物流渠道：请在 连接 → 物流商和物流渠道 中添加</translation>
    </message>
    <message>
        <location filename="../../ui/method_choice.py" line="53"/>
        <source>Set shipping method</source>
        <translation>设置物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/method_choice.py" line="83"/>
        <source>Shipping method not changed</source>
        <translation>物流渠道未更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/method_choice.py" line="53"/>
        <source>Shipping method for %n order:</source>
        <translation>
            <numerusform>%n 个订单的物流渠道：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/method_choice.py" line="53"/>
        <source>Shipping method for these %n orders:</source>
        <translation>
            <numerusform>这 %n 个订单的物流渠道：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/method_choice.py" line="72"/>
        <source>Shipping method set for %n order</source>
        <translation>
            <numerusform>已为 %n 个订单设置物流渠道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/method_choice.py" line="72"/>
        <source>Shipping method set for %n orders</source>
        <translation>
            <numerusform>已为 %n 个订单设置物流渠道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="801"/>
        <source>Notes and tags of order %1</source>
        <translation>订单 %1 的备注和标签</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="806"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="810"/>
        <source>gift, vip, …</source>
        <translation>礼物, vip, …</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="811"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="812"/>
        <source>Customer service note</source>
        <translation>客服备注</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="813"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/detail.py" line="45"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="56"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="63"/>
        <source>on hold: {0}</source>
        <translation>暂缓：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="67"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="79"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="85"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="97"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="99"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="111"/>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="117"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="120"/>
        <source>Packed in the parcel of order %1</source>
        <translation>与订单 %1 合并打包</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="123"/>
        <source>Also packed in this parcel: %1</source>
        <translation>同包裹合并的订单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="125"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="125"/>
        <source>Customer service note</source>
        <translation>客服备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="130"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="141"/>
        <source>Customs of %1</source>
        <translation>%1 的报关信息</translation>
    </message>
    <message>
        <location filename="../../ui/detail.py" line="152"/>
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
        <location filename="../../ui/order_desk.py" line="170"/>
        <location filename="../../ui/order_desk.py" line="260"/>
        <source>Pair SKU</source>
        <translation>SKU 配对</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="174"/>
        <source>Marketplace SKU &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>平台 SKU &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="181"/>
        <source>Search products by SKU, name, 中文名 or barcode</source>
        <translation>按 SKU、名称、中文名或条码搜索商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="188"/>
        <source>Add to pairing ↓</source>
        <translation>加入配对 ↓</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="194"/>
        <source>Packed from (one product, or several for a bundle):</source>
        <translation>由以下商品打包（一个商品，或多个组成组合）：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="196"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="196"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="196"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="200"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="204"/>
        <source>For this shop only (%1)</source>
        <translation>仅此店铺（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="206"/>
        <source>For all shops</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="210"/>
        <source>Remember:</source>
        <translation>保存范围：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="216"/>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="224"/>
        <source>%1 products</source>
        <translation>%1 个商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="260"/>
        <source>Add at least one product.</source>
        <translation>请至少添加一个商品。</translation>
    </message>
</context>
<context>
    <name>ParcelStates</name>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>waybill</source>
        <translation>待取运单</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>requested</source>
        <translation>运单申请中</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>failed</source>
        <translation>运单失败</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>labelled</source>
        <translation>已出面单</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
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
        <location filename="../../ui/carrier_views.py" line="368"/>
        <source>Tracking-number pools</source>
        <translation>运单号池</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="374"/>
        <location filename="../../ui/carrier_views.py" line="392"/>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="374"/>
        <location filename="../../ui/carrier_views.py" line="393"/>
        <source>Service</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="374"/>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="374"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="374"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="380"/>
        <source>service code (empty: any)</source>
        <translation>渠道代码（留空：任意）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="387"/>
        <source>From file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="389"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="394"/>
        <source>Warn when left</source>
        <translation>余量预警值</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="395"/>
        <source>Ranges</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="417"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="420"/>
        <source>running low</source>
        <translation>即将用完</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="420"/>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="430"/>
        <source>Number ranges</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="430"/>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>文本或 CSV 文件 (*.txt *.csv)</translation>
    </message>
</context>
<context>
    <name>PostageDialog</name>
    <message>
        <location filename="../../ui/postage_dialog.py" line="58"/>
        <source>Postage and balances</source>
        <translation>运费与余额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="61"/>
        <location filename="../../ui/postage_dialog.py" line="90"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="61"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="61"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="61"/>
        <source>Warn at</source>
        <translation>提醒线</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="68"/>
        <source>empty: only when it runs out</source>
        <translation>留空：仅在余额不足时提醒</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="69"/>
        <source>Set prepaid amount</source>
        <translation>设置预付金额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="70"/>
        <source>Top up by the amount</source>
        <translation>按金额充值</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="71"/>
        <source>Set the low mark</source>
        <translation>设置提醒线</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="72"/>
        <source>Ask the carriers</source>
        <translation>向承运商查询</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="78"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="79"/>
        <location filename="../../ui/postage_dialog.py" line="103"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="80"/>
        <source>Warn at or under</source>
        <translation>低于或等于时提醒</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="84"/>
        <source>Carrier balances</source>
        <translation>承运商余额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="90"/>
        <source>Method</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="90"/>
        <source>Rate card</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="98"/>
        <source>Save rate card</source>
        <translation>保存价目表</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="99"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="104"/>
        <source>Base price</source>
        <translation>首重价格</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="105"/>
        <source>Per started 100 g</source>
        <translation>每 100 克（不足按 100 克计）</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="110"/>
        <source>Rate cards (for carriers that state no price)</source>
        <translation>价目表（用于不返回价格的承运商）</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="135"/>
        <source>reported by the carrier</source>
        <translation>承运商报告</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="135"/>
        <source>prepaid</source>
        <translation>预付</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="138"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="148"/>
        <source>%1 + %2 per 100 g, %3</source>
        <translation>%1 + 每 100 克 %2，%3</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="170"/>
        <source>Choose a carrier account first</source>
        <translation>请先选择承运商账户</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="195"/>
        <source>Prepaid amount set</source>
        <translation>已设置预付金额</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="202"/>
        <source>Balance topped up</source>
        <translation>已充值</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="208"/>
        <source>Low mark set</source>
        <translation>已设置提醒线</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="220"/>
        <source>Choose a shipping method first</source>
        <translation>请先选择运输方式</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="232"/>
        <source>Rate card saved</source>
        <translation>价目表已保存</translation>
    </message>
    <message>
        <location filename="../../ui/postage_dialog.py" line="248"/>
        <source>Postage and balances…</source>
        <translation>运费与余额…</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <location filename="../../ui/print_queue.py" line="81"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="82"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="84"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="85"/>
        <source>Order</source>
        <translation>打印顺序</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="86"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="87"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="138"/>
        <source>(%1 sent)</source>
        <translation>（已发送 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="143"/>
        <source>(last first)</source>
        <translation>（倒序）</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="146"/>
        <source>Did the label of %1 print?</source>
        <translation>%1 的面单打印出来了吗？</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="155"/>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../ui/print_queue.py" line="57"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="58"/>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="59"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="60"/>
        <source>sent, not confirmed</source>
        <translation>已发送，未确认</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="61"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="62"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <location filename="../../ui/print_queue.py" line="220"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="221"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="222"/>
        <source>Cancel job…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="223"/>
        <source>All sent labels came out</source>
        <translation>已发送的面单都已打印出来</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="306"/>
        <source>Resuming job %1…</source>
        <translation>正在继续任务 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="314"/>
        <source>Job %1 done: %2 of %3 labels printed</source>
        <translation>任务 %1 完成：已打印 %2/%3 张面单</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="322"/>
        <source>Job %1 stopped after %2 of %3 labels: %4</source>
        <translation>任务 %1 在打印 %2/%3 张面单后停止：%4</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="344"/>
        <source>Did it print?</source>
        <translation>打印出来了吗？</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="346"/>
        <source>The label of %1 was being sent when printing stopped. Did it come out of the printer?

Yes: it counts as printed. No: it is sent again.</source>
        <translation>打印停止时，%1 的面单正在发送。它从打印机里出来了吗？

是：按已打印计。否：重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="372"/>
        <source>Job %1: %2 of %3 labels printed</source>
        <translation>任务 %1：已打印 %2/%3 张面单</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="383"/>
        <source>Pausing job %1 after the current label…</source>
        <translation>当前面单打完后暂停任务 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="392"/>
        <source>Cancel print job</source>
        <translation>取消打印任务</translation>
    </message>
    <message>
        <location filename="../../ui/print_queue.py" line="393"/>
        <source>Cancel job %1? Its %2 labels not printed go back to the Print queue.</source>
        <translation>取消任务 %1？其中 %2 张未打印的面单将退回待打印队列。</translation>
    </message>
</context>
<context>
    <name>PrintRuns</name>
    <message>
        <location filename="../../ui/print_runs.py" line="57"/>
        <source>Sending labels to the printer…</source>
        <translation>正在发送面单到打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="57"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="58"/>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../ui/print_runs.py" line="70"/>
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
        <location filename="../../ui/print_setup.py" line="149"/>
        <source>Print labels</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="157"/>
        <source>Last label first (for printers that stack face up)</source>
        <translation>最后一张先打（适用于面朝上出纸的打印机）</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="161"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="162"/>
        <source>Print order</source>
        <translation>打印顺序</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="166"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_setup.py" line="169"/>
        <source>%n label to print</source>
        <translation>
            <numerusform>%n 张面单待打印</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_setup.py" line="169"/>
        <source>%n labels to print</source>
        <translation>
            <numerusform>%n 张面单待打印</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterCombo</name>
    <message>
        <location filename="../../ui/print_setup.py" line="97"/>
        <source>Write label files to a folder…</source>
        <translation>将面单文件写入文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="110"/>
        <source>Label files in %1</source>
        <translation>%1 中的面单文件</translation>
    </message>
    <message>
        <location filename="../../ui/print_setup.py" line="123"/>
        <source>Folder for the label files</source>
        <translation>面单文件的文件夹</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/printer_form.py" line="55"/>
        <source>Shipping label %1</source>
        <translation>运输面单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="56"/>
        <source>Product label %1</source>
        <translation>商品标签 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="58"/>
        <source>%1, with remarks</source>
        <translation>%1，带备注</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="69"/>
        <source>%1 mm roll</source>
        <translation>%1 毫米卷纸</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="71"/>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 英寸</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="100"/>
        <source>e.g. Zebra at bench 1</source>
        <translation>例如：1 号工位的斑马打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="103"/>
        <source>Find printers</source>
        <translation>查找打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="118"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="122"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="137"/>
        <location filename="../../ui/printer_form.py" line="141"/>
        <source>printer&apos;s setting</source>
        <translation>按打印机设置</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="142"/>
        <source> in/s</source>
        <translation> 英寸/秒</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="147"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="149"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="160"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="161"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="166"/>
        <source>Language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="167"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="168"/>
        <source>Media (mm)</source>
        <translation>纸张（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="169"/>
        <source>Gap between labels</source>
        <translation>标签间隙</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="170"/>
        <source>Darkness</source>
        <translation>打印浓度</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="171"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="172"/>
        <source>Offset (dots)</source>
        <translation>偏移（点）</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="173"/>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="174"/>
        <source>Label template</source>
        <translation>面单模板</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="188"/>
        <source>Preview with sample data</source>
        <translation>用示例数据预览</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="215"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="301"/>
        <source>Looking for printers…</source>
        <translation>正在查找打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="312"/>
        <source>Found %1; pick one to use its address</source>
        <translation>找到 %1；选择一台以使用其地址</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="317"/>
        <source>No printers found. Type the address, e.g. tcp://192.168.1.50:9100</source>
        <translation>未找到打印机。请输入地址，例如 tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="321"/>
        <source>Could not look for printers: %1</source>
        <translation>无法查找打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="355"/>
        <source>%1 at %2 dpi, with sample data</source>
        <translation>%1，%2 dpi，示例数据</translation>
    </message>
    <message>
        <location filename="../../ui/printer_form.py" line="364"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../ui/printer_settings.py" line="62"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="63"/>
        <source>Language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="71"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="90"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="91"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="92"/>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="93"/>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="94"/>
        <source>Refresh status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="114"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="116"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="123"/>
        <location filename="../../ui/printer_settings.py" line="243"/>
        <source>New printer</source>
        <translation>新打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="151"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="226"/>
        <source>Choose a printer to calibrate.</source>
        <translation>请选择要校准的打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="229"/>
        <source>The printer feeds a few blank labels to measure the label length and gap.</source>
        <translation>打印机会走几张空白标签，测量标签长度和间隙。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="233"/>
        <source>Receipt printers (ESC/POS) print on continuous paper: there is nothing to calibrate.</source>
        <translation>小票打印机（ESC/POS）使用连续纸，无需校准。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="236"/>
        <source>PDF printers are set up by their own driver.</source>
        <translation>PDF 打印机由其驱动程序设置。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="254"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="281"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="294"/>
        <source>Sending a test label to %1…</source>
        <translation>正在向 %1 发送测试面单…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="307"/>
        <source>Test label sent to %1.</source>
        <translation>测试面单已发送到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="311"/>
        <source>No test label: %1</source>
        <translation>未打印测试面单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="317"/>
        <source>Test print failed: %1</source>
        <translation>测试打印失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="333"/>
        <source>Calibrating %1…</source>
        <translation>正在校准 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="339"/>
        <source>%1 is calibrating (%2): it feeds a few blank labels to measure them.</source>
        <translation>%1 正在校准（%2）：打印机会走几张空白标签来测量。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_settings.py" line="348"/>
        <source>Calibration failed: %1</source>
        <translation>校准失败：%1</translation>
    </message>
</context>
<context>
    <name>PrinterStates</name>
    <message>
        <location filename="../../ui/printer_states.py" line="17"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="18"/>
        <source>Ready; the paper roll is nearly empty — have a new one at hand.</source>
        <translation>就绪；纸卷快用完了，请备好新的一卷。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="21"/>
        <source>The print head is open. Close it firmly, then press Feed.</source>
        <translation>打印头已打开。请合紧后按走纸键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="22"/>
        <source>The printer is out of labels. Load a new roll, then press Feed.</source>
        <translation>打印机缺纸。请装入新的标签纸卷，然后按走纸键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="23"/>
        <source>The ribbon has run out. Load a new ribbon, then press Feed.</source>
        <translation>碳带已用完。请装入新碳带，然后按走纸键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="24"/>
        <source>The printer cover is open. Close it, then print again.</source>
        <translation>打印机盖已打开。请合上后重新打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="25"/>
        <source>The print head is too hot. Let the printer cool down for a few minutes.</source>
        <translation>打印头过热。请让打印机冷却几分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="28"/>
        <source>The print head is too cold to print well. Wait for it to warm up.</source>
        <translation>打印头温度过低，打印效果不佳。请等待其升温。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="31"/>
        <source>The printer reports a memory fault (corrupt RAM). Switch it off and on again.</source>
        <translation>打印机报告内存故障（RAM 损坏）。请关机后重新开机。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="34"/>
        <source>Labels are jammed in the printer. Open it, clear the jam, then press Feed.</source>
        <translation>打印机卡纸。请打开打印机清除卡纸，然后按走纸键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="37"/>
        <source>The cutter is stuck. Clear it and switch the printer off and on again.</source>
        <translation>切刀卡住了。请清理后将打印机关机再开机。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="40"/>
        <source>The printer reports a fault it cannot recover from. Switch it off and on again.</source>
        <translation>打印机报告了无法自行恢复的故障。请关机后重新开机。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="43"/>
        <source>The printer reports a fault. Check it, then press Feed.</source>
        <translation>打印机报告故障。请检查后按走纸键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="44"/>
        <source>The printer is too hot or too cold to print. Let it settle.</source>
        <translation>打印机温度过高或过低，无法打印。请等待温度恢复正常。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="47"/>
        <source>The printer is paused. Press its Pause button to resume, then print again.</source>
        <translation>打印机已暂停。请按暂停键恢复，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="50"/>
        <source>The printer is offline (not ready). Check it, then press its Feed or Online button.</source>
        <translation>打印机脱机（未就绪）。请检查后按走纸键或联机键。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="53"/>
        <source>The printer&apos;s memory is full. Wait for it to finish printing, then print again.</source>
        <translation>打印机内存已满。请等待其打印完成后再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="56"/>
        <source>The printer gave an answer that cannot be read as a status. Check that the printer language in Settings matches the printer, then try again.</source>
        <translation>打印机的应答无法解读为状态。请检查设置中的打印机语言是否与打印机相符，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="61"/>
        <source>The printer is offline / not answering. Check that it is switched on and connected, and that the printer language in Settings is right.</source>
        <translation>打印机脱机或无应答。请检查打印机是否已开机并连接，以及设置中的打印机语言是否正确。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="66"/>
        <source>The printer is offline / not answering (no status within %1 s). Check that it is switched on and connected, and that the printer language in Settings is right.</source>
        <translation>打印机脱机或无应答（%1 秒内未返回状态）。请检查打印机是否已开机并连接，以及设置中的打印机语言是否正确。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="71"/>
        <source>This printer connection is one-way, so its status cannot be checked; watch the printer itself.</source>
        <translation>此打印机连接是单向的，无法查询其状态；请直接留意打印机本身。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="75"/>
        <source>Printers speaking %1 cannot report their status.</source>
        <translation>使用 %1 语言的打印机无法报告状态。</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="76"/>
        <source>The printer cannot be reached: %1</source>
        <translation>无法连接打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="80"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="81"/>
        <source>out of labels</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="82"/>
        <source>head open</source>
        <translation>打印头打开</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="83"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="84"/>
        <source>out of ribbon</source>
        <translation>碳带用完</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="85"/>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="86"/>
        <source>offline</source>
        <translation>脱机</translation>
    </message>
    <message>
        <location filename="../../ui/printer_states.py" line="87"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="317"/>
        <source>Product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="317"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="322"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="323"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="324"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="325"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="326"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="327"/>
        <source>Length (mm)</source>
        <translation>长（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="328"/>
        <source>Width (mm)</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="329"/>
        <source>Height (mm)</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="330"/>
        <source>Low-stock threshold</source>
        <translation>库存预警值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="331"/>
        <source>Lead time (days)</source>
        <translation>采购周期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="332"/>
        <source>Customs description (EN)</source>
        <translation>英文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="333"/>
        <source>Customs description (ZH)</source>
        <translation>中文报关品名</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="334"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="335"/>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="336"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="337"/>
        <source>Origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="347"/>
        <source>Battery</source>
        <translation>带电</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="348"/>
        <source>Liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="349"/>
        <source>Magnet</source>
        <translation>带磁</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="355"/>
        <source>Contains</source>
        <translation>特殊属性</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="363"/>
        <source>EAN, EANxPACK, …</source>
        <translation>EAN, EANxPACK, …</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="364"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <location filename="../../ui/app_texts.py" line="319"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="320"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="321"/>
        <source>中文名</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="322"/>
        <source>Weight g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="323"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="324"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../../ui/queue_columns.py" line="36"/>
        <source>No orders to review. Sync now pulls new orders from your shops; or import an order file.</source>
        <translation>没有待审核的订单。点击“立即同步”从店铺拉取新订单，或导入订单文件。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="39"/>
        <source>Nothing waits for a waybill. Approve orders in Review to send them here.</source>
        <translation>没有等待运单的订单。在“待审核”中审核通过订单后，订单会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="42"/>
        <source>No labels to print. Request waybills for the orders in Waybill.</source>
        <translation>没有要打印的面单。请为“待处理”中的订单申请运单。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="43"/>
        <source>Nothing to scan. Parcels whose labels printed wait here for the scan station.</source>
        <translation>没有要扫描的包裹。面单打印完成的包裹会在这里等待扫描工位出库。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="46"/>
        <source>Nothing shipped yet. Parcels scanned out at the scan station show here.</source>
        <translation>还没有已发货的包裹。在扫描工位扫描出库的包裹会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="49"/>
        <source>No orders on hold.</source>
        <translation>没有暂缓的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="50"/>
        <source>No exceptions. Orders whose waybill or confirmation failed show here.</source>
        <translation>没有异常。申请运单或发货确认失败的订单会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_columns.py" line="53"/>
        <source>No cancelled orders.</source>
        <translation>没有已取消的订单。</translation>
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
        <source>Method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Service</source>
        <translation>物流服务</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="54"/>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="55"/>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>Expedited</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="76"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="77"/>
        <source>Economy</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="104"/>
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="110"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="114"/>
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
        <location filename="../../ui/carrier_views.py" line="515"/>
        <source>Compare rates</source>
        <translation>运费比价</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Price</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Days</source>
        <translation>时效（天）</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="518"/>
        <source>Allowed</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="520"/>
        <source>Asking the carriers…</source>
        <translation>正在向物流商询价…</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="521"/>
        <source>Use the cheapest</source>
        <translation>选最便宜</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="523"/>
        <source>Use the fastest</source>
        <translation>选最快</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="550"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="557"/>
        <source>Switched to the cheapest allowed method</source>
        <translation>已切换到最便宜的可用渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="559"/>
        <source>Switched to the fastest allowed method</source>
        <translation>已切换到最快的可用渠道</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="561"/>
        <source>Cheapest first</source>
        <translation>最便宜的在前</translation>
    </message>
    <message>
        <location filename="../../ui/carrier_views.py" line="561"/>
        <source>No carrier quoted a price</source>
        <translation>没有物流商报价</translation>
    </message>
</context>
<context>
    <name>ReasonKinds</name>
    <message>
        <location filename="../../ui/app_texts.py" line="304"/>
        <source>unpaired SKU</source>
        <translation>SKU 未配对</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="305"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="306"/>
        <source>customs</source>
        <translation>报关</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="307"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="308"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="309"/>
        <source>shipping method</source>
        <translation>物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="310"/>
        <source>changed on marketplace</source>
        <translation>平台已修改</translation>
    </message>
</context>
<context>
    <name>ReorderDialog</name>
    <message>
        <location filename="../../ui/stock_desk.py" line="47"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="49"/>
        <source>Order</source>
        <translation>采购数量</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="50"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="51"/>
        <source>Sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="52"/>
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="53"/>
        <source>Lead time</source>
        <translation>采购周期</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="54"/>
        <source>Days left</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="123"/>
        <source>Reorder suggestions</source>
        <translation>补货建议</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="131"/>
        <source>Sales over the last</source>
        <translation>按最近</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="132"/>
        <source>days · lead time</source>
        <translation>天的销量 · 采购周期</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="133"/>
        <source>days (unless the product has its own) · cover</source>
        <translation>天（商品未设置时）· 到货后备货</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="137"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="153"/>
        <source>Export purchase list…</source>
        <translation>导出采购单…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="157"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="200"/>
        <source>Nothing to reorder: stock covers the lead time and the cover at this pace.</source>
        <translation>无需补货：按此销量，库存足够覆盖采购周期和备货天数。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="205"/>
        <source>Export purchase list</source>
        <translation>导出采购单</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="205"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="197"/>
        <source>%n product to reorder</source>
        <translation>
            <numerusform>%n 个商品需要补货</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="197"/>
        <source>%n products to reorder</source>
        <translation>
            <numerusform>%n 个商品需要补货</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="215"/>
        <source>%n product written to %1</source>
        <translation>
            <numerusform>已将 %n 个商品写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="215"/>
        <source>%n products written to %1</source>
        <translation>
            <numerusform>已将 %n 个商品写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="631"/>
        <source>Save the report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="634"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports.py" line="78"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="80"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="83"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="83"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="88"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="91"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="93"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="119"/>
        <location filename="../../ui/reports.py" line="134"/>
        <location filename="../../ui/reports.py" line="188"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="119"/>
        <source>Shipped today</source>
        <translation>今日已发</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="119"/>
        <source>Still to go</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="126"/>
        <source>End of day</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="134"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="140"/>
        <source>Postage balance</source>
        <translation>运费余额</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="177"/>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="178"/>
        <source>Per carrier</source>
        <translation>按承运商</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="179"/>
        <source>Per shop</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="180"/>
        <source>Per packer</source>
        <translation>按打包员</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="181"/>
        <source>Late orders</source>
        <translation>逾期订单</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="187"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="189"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="190"/>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="191"/>
        <location filename="../../ui/reports.py" line="325"/>
        <source>Orders in</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="192"/>
        <location filename="../../ui/reports.py" line="327"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="193"/>
        <location filename="../../ui/reports.py" line="328"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="194"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="195"/>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="196"/>
        <source>Shipped at</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="197"/>
        <source>Hours late</source>
        <translation>逾期小时</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="198"/>
        <source>Delivered</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="199"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="205"/>
        <location filename="../../ui/reports.py" line="363"/>
        <source>Postage spent (%1)</source>
        <translation>运费支出 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="207"/>
        <source>Refunded (%1)</source>
        <translation>已退款 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="214"/>
        <source>(not shipped yet)</source>
        <translation>(尚未发货)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="215"/>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="228"/>
        <source>The start is after the end</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="231"/>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="266"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="297"/>
        <source>Nothing in this range</source>
        <translation>此范围内没有数据</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="316"/>
        <source>Shipped late</source>
        <translation>逾期发货</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="317"/>
        <source>Not shipped, past ship-by</source>
        <translation>未发货，已过最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="319"/>
        <source>Late orders by ship-by day</source>
        <translation>按最晚发货日的逾期订单</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="353"/>
        <source>Parcels and orders</source>
        <translation>包裹和订单</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="392"/>
        <source>(no method)</source>
        <translation>(无运输方式)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="400"/>
        <source>Today: %1 shipped, %2 still to go</source>
        <translation>今天：已发 %1，待发 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="407"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="411"/>
        <source>%1 (low)</source>
        <translation>%1 (余额不足)</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="418"/>
        <source>as the carrier last reported it</source>
        <translation>承运商最近一次报告的余额</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="419"/>
        <source>prepaid: lowered by each booking</source>
        <translation>预付：每次下单扣减</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="432"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="445"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports.py" line="461"/>
        <location filename="../../ui/reports.py" line="468"/>
        <source>Reports</source>
        <translation>报表</translation>
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
        <location filename="../../ui/reprint_dialog.py" line="68"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="105"/>
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
        <location filename="../../ui/rules_search.py" line="274"/>
        <source>No method yet</source>
        <translation>未指定渠道</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="312"/>
        <source>%1 shown</source>
        <translation>显示 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="300"/>
        <source>Any deadline</source>
        <translation>所有时限</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="301"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="302"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="303"/>
        <source>Due in 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
</context>
<context>
    <name>RulesArea</name>
    <message>
        <location filename="../../ui/rules_search.py" line="377"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="379"/>
        <source>Dry run rules on the selected orders</source>
        <translation>对所选订单试运行规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="381"/>
        <source>Apply rules to the selected orders</source>
        <translation>对所选订单应用规则</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_search.py" line="598"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="605"/>
        <source>Rules run top to bottom; the first rule to set a field wins.</source>
        <translation>规则从上到下执行；同一字段以第一个设置它的规则为准。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="608"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="609"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="610"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="611"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="620"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="622"/>
        <source>Stop here: later rules do not run for an order this rule matched</source>
        <translation>到此为止：订单匹配此规则后不再执行后面的规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="623"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="626"/>
        <source>If all of these hold</source>
        <translation>如果以下条件全部满足</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="627"/>
        <source>Then</source>
        <translation>那么</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="637"/>
        <source>Dry run on the selected orders</source>
        <translation>对所选订单试运行</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="638"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="640"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../ui/rules_search.py" line="475"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="524"/>
        <source>any of</source>
        <translation>任一</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="524"/>
        <source>all of</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="525"/>
        <source>is present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="525"/>
        <source>is absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="560"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="265"/>
        <source>Shop is one of</source>
        <translation>店铺属于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="266"/>
        <source>shops, comma-separated</source>
        <translation>店铺，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="267"/>
        <source>Destination in</source>
        <translation>目的地属于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="268"/>
        <source>countries or EU, EEA, EUROPE, NA</source>
        <translation>国家或 EU、EEA、EUROPE、NA</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="269"/>
        <source>Weight (g) between</source>
        <translation>重量（克）介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="270"/>
        <source>min g</source>
        <translation>最小克数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="271"/>
        <source>max g</source>
        <translation>最大克数</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="272"/>
        <source>Order total between</source>
        <translation>订单金额介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="273"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="274"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="275"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="276"/>
        <source>Has a SKU from</source>
        <translation>含有以下 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="277"/>
        <source>SKUs, comma-separated</source>
        <translation>SKU，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="278"/>
        <source>A SKU contains</source>
        <translation>SKU 包含</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="279"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="280"/>
        <source>Number of items between</source>
        <translation>商品件数介于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="281"/>
        <source>Has tags</source>
        <translation>含有标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="282"/>
        <source>tags, comma-separated</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="283"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="284"/>
        <source>Ship-by within hours</source>
        <translation>最晚发货在几小时内</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="285"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="286"/>
        <source>Ship-by is overdue</source>
        <translation>已超过最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="287"/>
        <source>Requested service is one of</source>
        <translation>买家所选服务属于</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="288"/>
        <source>expedited, standard, economy</source>
        <translation>expedited（加急）、standard（标准）、economy（经济），逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="289"/>
        <source>Set shipping method</source>
        <translation>设置物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="290"/>
        <source>Hold with reason</source>
        <translation>暂缓并填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="291"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="292"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="293"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="294"/>
        <source>Customs defaults (blank fields)</source>
        <translation>报关默认值（仅填空白字段）</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="295"/>
        <source>description (EN)</source>
        <translation>英文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="296"/>
        <source>description (ZH)</source>
        <translation>中文品名</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="297"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="298"/>
        <source>value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="299"/>
        <source>Approve if every check passes</source>
        <translation>全部检查通过则审核</translation>
    </message>
</context>
<context>
    <name>RulesSearch</name>
    <message>
        <location filename="../../ui/rules_search.py" line="69"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="69"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="69"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="69"/>
        <source>Matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="87"/>
        <source>Search orders, tracking, SKU… (Ctrl+F)</source>
        <translation>搜索订单、运单号、SKU…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_search.py" line="127"/>
        <source>Nothing found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="311"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="312"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="313"/>
        <source>buyer e-mail</source>
        <translation>买家邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="314"/>
        <source>recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="315"/>
        <source>parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="316"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="317"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="318"/>
        <source>product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>ScanStation</name>
    <message>
        <location filename="../../ui/scan_station.py" line="122"/>
        <source>Type a tracking or parcel number when a label won&apos;t scan</source>
        <translation>面单扫不出时，手动输入运单号或包裹号</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="125"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="127"/>
        <location filename="../../ui/station_freshness.py" line="63"/>
        <source>Orders not synced yet</source>
        <translation>订单尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="142"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="142"/>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="142"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="155"/>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="170"/>
        <source>Today, per packer</source>
        <translation>今日各打包员统计</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="173"/>
        <source>Today, per carrier</source>
        <translation>今日，按承运商</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="68"/>
        <source>Ship (F5)</source>
        <translation>出库 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="68"/>
        <source>Verify (F6)</source>
        <translation>验货 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="68"/>
        <source>Handover (F7)</source>
        <translation>交接 (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="84"/>
        <source>Test scanner / scale…</source>
        <translation>测试扫描枪 / 电子秤…</translation>
    </message>
    <message>
        <location filename="../../ui/station_modes.py" line="87"/>
        <location filename="../../ui/station_verdict.py" line="217"/>
        <source>Full screen (F11)</source>
        <translation>全屏 (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="124"/>
        <source>Ready — scan a parcel label</source>
        <translation>就绪 — 请扫描包裹面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="125"/>
        <source>Verify — scan a parcel label or packing slip</source>
        <translation>验货 — 请扫描包裹面单或装箱单</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="126"/>
        <source>Handover — scan each parcel as it goes into the van</source>
        <translation>交接 — 每个包裹装车时扫描一次</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="129"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="138"/>
        <source>Press Enter or scan OK to go on</source>
        <translation>按回车键或扫描 OK 条码继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_verdict.py" line="178"/>
        <source>%n more to pack</source>
        <translation>
            <numerusform>还有 %n 件待打包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="179"/>
        <source>Go on packing</source>
        <translation>继续打包</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="188"/>
        <source>Not taken: acknowledge the red first</source>
        <translation>未接收：请先确认红色提示</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="189"/>
        <source>press Enter or scan OK, then scan again</source>
        <translation>按回车键或扫描 OK 条码，然后重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="61"/>
        <source>An interception could be missing: a cancelled order may still scan green.</source>
        <translation>可能漏掉拦截：已取消的订单仍可能扫描通过。</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="69"/>
        <source>Orders synced just now</source>
        <translation>订单刚刚同步</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="73"/>
        <source>Marketplace offline — %1</source>
        <translation>平台离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="75"/>
        <source>The marketplace cannot be reached.</source>
        <translation>无法连接平台。</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="88"/>
        <source>Database connection lost — reconnecting…</source>
        <translation>数据库连接已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="90"/>
        <source>Scans are not recorded until it is back: each one shows red, scan it again.</source>
        <translation>连接恢复前扫描不会被记录：每次扫描都会显示红色，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/station_freshness.py" line="92"/>
        <source>Reconnected to the database</source>
        <translation>已重新连接到数据库</translation>
    </message>
    <message>
        <location filename="../../ui/station_verdict.py" line="217"/>
        <source>Leave full screen (Esc)</source>
        <translation>退出全屏 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_station.py" line="246"/>
        <source>Scan not recorded</source>
        <translation>扫描未记录</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="73"/>
        <source>Unknown command</source>
        <translation>未知指令</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="98"/>
        <source>Verify cancelled</source>
        <translation>验货已取消</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="99"/>
        <source>Parcel %1 was not verified. Scan the next parcel.</source>
        <translation>包裹 %1 未完成验货。请扫描下一个包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="124"/>
        <source>Nothing to force</source>
        <translation>没有可强制发货的包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="124"/>
        <source>Scan the stopped parcel first.</source>
        <translation>请先扫描被拦下的包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="127"/>
        <source>Force-ship</source>
        <translation>强制发货</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="128"/>
        <source>Ship the intercepted parcel %1 anyway? A supervisor confirms with PIN and reason.</source>
        <translation>仍要发出已拦截的包裹 %1？需主管输入 PIN 码和原因确认。</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="138"/>
        <source>Undo last scan</source>
        <translation>撤销上次扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_commands.py" line="139"/>
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
        <location filename="../../ui/station_verify_mode.py" line="87"/>
        <source>Printing the label…</source>
        <translation>正在打印面单…</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="94"/>
        <source>Label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="101"/>
        <source>Label not printed: %1</source>
        <translation>面单未打印：%1</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="112"/>
        <source>Scan a parcel first, then weigh it</source>
        <translation>请先扫描包裹，再称重</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="116"/>
        <source>Set up the scale under Test scanner / scale first</source>
        <translation>请先在“测试扫描枪 / 电子秤”中设置电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="120"/>
        <source>Weighing…</source>
        <translation>称重中…</translation>
    </message>
    <message>
        <location filename="../../ui/station_verify_mode.py" line="143"/>
        <source>%1 g recorded</source>
        <translation>已记录 %1 克</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="53"/>
        <source>No carrier</source>
        <translation>没有物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="53"/>
        <source>Set up a carrier before a handover.</source>
        <translation>交接前请先设置物流商。</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="58"/>
        <source>Batch not opened</source>
        <translation>批次未创建</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="96"/>
        <source>Close the handover?</source>
        <translation>关闭交接？</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="119"/>
        <source>Batch not closed</source>
        <translation>批次未关闭</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="126"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="141"/>
        <source>Save the manifest</source>
        <translation>保存交接清单</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="141"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/station_handover_mode.py" line="149"/>
        <source>Manifest not saved</source>
        <translation>交接清单未保存</translation>
    </message>
    <message>
        <location filename="../../ui/station_devices.py" line="47"/>
        <source>Serial scanner: %1</source>
        <translation>串口扫描枪：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_freshness.py" line="71"/>
        <source>Orders last synced %n min ago</source>
        <translation>
            <numerusform>订单 %n 分钟前同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="97"/>
        <source>%n printed parcel was not scanned into the van. Close the batch without it?</source>
        <translation>
            <numerusform>有 %n 个已打印的包裹未扫描装车。不含这些包裹关闭批次吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="97"/>
        <source>%n printed parcels were not scanned into the van. Close the batch without them?</source>
        <translation>
            <numerusform>有 %n 个已打印的包裹未扫描装车。不含这些包裹关闭批次吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="127"/>
        <source>%n parcel handed to %1</source>
        <translation>
            <numerusform>%n 个包裹已交接给 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_handover_mode.py" line="127"/>
        <source>%n parcels handed to %1</source>
        <translation>
            <numerusform>%n 个包裹已交接给 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerStates</name>
    <message>
        <location filename="../../ui/scanner_states.py" line="18"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="19"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="20"/>
        <source>disconnected — waiting for the scanner</source>
        <translation>已断开 — 等待扫描枪重新连接</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="21"/>
        <source>failed: see the log</source>
        <translation>出错：请查看日志</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="22"/>
        <source>connected without exclusive access — its keys also reach the focused window</source>
        <translation>已连接，但未能独占 — 扫描内容也会输入到当前焦点窗口</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="23"/>
        <source>unavailable — the Python package &apos;evdev&apos; is not installed; use the keyboard-wedge mode instead</source>
        <translation>不可用 — 未安装 Python 包 &apos;evdev&apos;；请改用键盘模式</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_states.py" line="27"/>
        <source>unavailable — the Python package &apos;hidapi&apos; is not installed; use the keyboard-wedge or serial mode instead</source>
        <translation>不可用 — 未安装 Python 包 &apos;hidapi&apos;；请改用键盘模式或串口模式</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <location filename="../../ui/scanner_test.py" line="93"/>
        <source>Test scanner / scale</source>
        <translation>测试扫描枪 / 电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="108"/>
        <source>Scan a barcode here (or type one and press Enter)</source>
        <translation>在此扫描条码（或输入后按回车）</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="123"/>
        <source>Nothing scanned yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="125"/>
        <source>Keyboard scanner</source>
        <translation>键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="128"/>
        <source>Keys as they arrived (ms since the previous key):</source>
        <translation>按键到达顺序（距上一键的毫秒数）：</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="171"/>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="174"/>
        <source>Calibrate…</source>
        <translation>校准…</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="177"/>
        <source>Scan one barcode three times; the timings are measured from this scanner</source>
        <translation>同一条码扫描三次；按这把扫描枪实际的按键间隔测量</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="182"/>
        <source>Usual gap</source>
        <translation>常规间隔</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="183"/>
        <source>Max gap</source>
        <translation>最大按键间隔</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="184"/>
        <source>Min length</source>
        <translation>最短长度</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="185"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="186"/>
        <source>Suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="208"/>
        <source>Keyboard scanner settings saved</source>
        <translation>键盘式扫描枪设置已保存</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="224"/>
        <source>Calibrating: scan the same barcode (a parcel label will do) %1 times</source>
        <translation>正在校准：请将同一条码（包裹面单即可）扫描 %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="244"/>
        <source>Calibrating: %1 of %2 scans, scan the same barcode again</source>
        <translation>正在校准：已扫 %1/%2 次，请再扫同一条码</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="266"/>
        <source>Scanner calibrated: usual gap %1 ms, largest %2 ms</source>
        <translation>扫描枪已校准：常规间隔 %1 毫秒，最大间隔 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="273"/>
        <source>This scanner types nearly as slowly as a person: codes shorter than %1 are taken as typing</source>
        <translation>这把扫描枪的输入速度接近人工打字：短于 %1 位的码按键盘输入处理</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="283"/>
        <source>The three scans differ: scan the same barcode three times</source>
        <translation>三次扫描结果不同：请将同一条码扫描三次</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="284"/>
        <source>That barcode is too short to measure: use a longer one</source>
        <translation>条码太短，无法测量：请换一个更长的条码</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="286"/>
        <source>This scanner types at a person&apos;s speed: set it faster, or give it a prefix/suffix</source>
        <translation>这把扫描枪的输入速度与人工打字相同：请调快它的速度，或设置前缀/后缀</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="288"/>
        <source>Calibration needs three scans</source>
        <translation>校准需要扫描三次</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="290"/>
        <source>Calibration failed: %1</source>
        <translation>校准失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="356"/>
        <source>end of scan</source>
        <translation>扫描结束</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="361"/>
        <source>Received: %1</source>
        <translation>收到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="364"/>
        <source>Recognised as: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="366"/>
        <source>Value: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="368"/>
        <source>Symbology: %1</source>
        <translation>码制：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="371"/>
        <source>Check digit: valid</source>
        <translation>校验位：正确</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="373"/>
        <source>Check digit: WRONG — a misread, scan again</source>
        <translation>校验位：错误 — 误读，请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="378"/>
        <source>Keyboard layout mismatch: %1</source>
        <translation>键盘布局不匹配：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="380"/>
        <source>Average gap between keys: %1 ms</source>
        <translation>按键平均间隔：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="386"/>
        <source>Serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="388"/>
        <source>A port or a pyserial URL, e.g. /dev/ttyUSB0, COM3, loop://</source>
        <translation>串口或 pyserial 地址，例如 /dev/ttyUSB0、COM3、loop://</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="391"/>
        <location filename="../../ui/scanner_test.py" line="450"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="393"/>
        <source>Not listening</source>
        <translation>未监听</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="400"/>
        <location filename="../../ui/scanner_test.py" line="477"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="402"/>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="411"/>
        <source>bytes: </source>
        <translation>字节：</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="432"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="456"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="459"/>
        <source>MT-SICS (polled)</source>
        <translation>MT-SICS（轮询）</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="460"/>
        <source>Continuous stream</source>
        <translation>连续输出</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="463"/>
        <source>Read weight</source>
        <translation>读取重量</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="478"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="487"/>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../ui/scanner_test.py" line="509"/>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../../ui/setup_assistant.py" line="213"/>
        <source>Set up Shipbench</source>
        <translation>设置 Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="216"/>
        <source>Set up later</source>
        <translation>稍后设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="224"/>
        <source>Marketplaces</source>
        <translation>销售平台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="225"/>
        <source>Connect the shops whose orders you ship: Amazon, eBay, Shopify, AliExpress, WooCommerce.</source>
        <translation>连接需要发货的店铺：Amazon、eBay、Shopify、速卖通、WooCommerce。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="226"/>
        <source>Add a marketplace account…</source>
        <translation>添加平台账号…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="227"/>
        <source>No marketplace yet: you can also import order files.</source>
        <translation>还没有平台账号：也可以导入订单文件。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="230"/>
        <source>Carriers and shipping methods</source>
        <translation>物流商和物流渠道</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="231"/>
        <source>The carrier accounts that issue your waybills, and the shipping methods orders are sent with.</source>
        <translation>为您出运单的物流商账号，以及订单使用的物流渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="232"/>
        <source>Set up carriers and shipping methods…</source>
        <translation>设置物流商和物流渠道…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="233"/>
        <source>No carrier yet.</source>
        <translation>还没有物流商。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="236"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="238"/>
        <source>Find your label printer on the network or USB, choose it, print a test label and adjust its offsets.</source>
        <translation>在网络或 USB 上查找面单打印机，选择它，打印测试面单并调整偏移。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="240"/>
        <source>Printers…</source>
        <translation>打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="241"/>
        <source>No printer yet.</source>
        <translation>还没有打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="244"/>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="245"/>
        <source>Scan a few barcodes to check that the scanner reads them, and calibrate it for this PC.</source>
        <translation>扫几个条码，检查扫描枪能否正确读取，并为这台电脑校准。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="246"/>
        <source>Test the scanner…</source>
        <translation>测试扫描枪…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="250"/>
        <source>Your first orders</source>
        <translation>第一批订单</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="251"/>
        <source>Import an order file now, or pull orders from the marketplaces you connected.</source>
        <translation>现在导入订单文件，或从已连接的平台拉取订单。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="252"/>
        <source>Import an order file…</source>
        <translation>导入订单文件…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="252"/>
        <source>Pull orders now</source>
        <translation>立即拉取订单</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="275"/>
        <source>No orders yet. The main window pulls new orders every minute.</source>
        <translation>还没有订单。主窗口每分钟拉取一次新订单。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="276"/>
        <source>%1 orders are in Shipbench.</source>
        <translation>Shipbench 中已有 %1 个订单。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="311"/>
        <source>Pulling orders…</source>
        <translation>正在拉取订单…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="54"/>
        <source>You can skip this step: Settings has it whenever you are ready.</source>
        <translation>可以跳过这一步：准备好后随时在“设置”菜单中完成。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="62"/>
        <source>Welcome to Shipbench</source>
        <translation>欢迎使用 Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="63"/>
        <source>A few steps set up your shop. Choose the language first.</source>
        <translation>几步即可设置好您的店铺。请先选择语言。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="75"/>
        <source>The demo with sample orders is always there: start Shipbench with --demo.</source>
        <translation>带示例订单的演示模式随时可用：加 --demo 启动 Shipbench。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="83"/>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="84"/>
        <source>The name on your documents, a phone number, and your own tax ids for customs.</source>
        <translation>单据上的名称、电话，以及报关用的税号。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="111"/>
        <source>Ship-from address</source>
        <translation>发货地址</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="113"/>
        <source>Printed in the FROM block of every label and sent to carriers as the shipper. More warehouses later.</source>
        <translation>打印在每张面单的寄件人栏，并作为发件人发送给物流商。其他仓库可以稍后添加。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="116"/>
        <source>Main warehouse</source>
        <translation>主仓库</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="137"/>
        <source>The ship-from address needs: %1</source>
        <translation>发货地址还缺少：%1</translation>
    </message>
    <message>
        <location filename="../../ui/setup_assistant.py" line="200"/>
        <source>Set up: %1</source>
        <translation>已设置：%1</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <location filename="../../ui/shop_settings.py" line="56"/>
        <source>as on your documents</source>
        <translation>与单据上一致</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="59"/>
        <source>IM + 10 digits, for EU parcels ≤ €150</source>
        <translation>IM + 10 位数字，用于 ≤ 150 欧元的欧盟包裹</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="61"/>
        <source>for EU customs</source>
        <translation>用于欧盟清关</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="64"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="65"/>
        <location filename="../../ui/shop_settings.py" line="110"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="66"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="67"/>
        <source>IOSS number</source>
        <translation>IOSS 税号</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="68"/>
        <source>VAT number</source>
        <translation>VAT 税号</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="69"/>
        <source>EORI number</source>
        <translation>EORI 编号</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="86"/>
        <source>e.g. Shenzhen warehouse</source>
        <translation>例如：深圳仓</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="87"/>
        <source>the sender&apos;s name on labels</source>
        <translation>面单上的寄件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="94"/>
        <source>two letters: CN, DE, US</source>
        <translation>两个字母：CN、DE、US</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="99"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="102"/>
        <source>Sender name</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="103"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="104"/>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="106"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="107"/>
        <source>State / province</source>
        <translation>州 / 省</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="108"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="109"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="133"/>
        <source>Main warehouse</source>
        <translation>主仓库</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="150"/>
        <source>street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="151"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="152"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="157"/>
        <source>a two-letter country code</source>
        <translation>两个字母的国家代码</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="166"/>
        <source>Returns go to another address</source>
        <translation>退货寄往其他地址</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../ui/shop_settings.py" line="212"/>
        <source>Shop and addresses</source>
        <translation>店铺和地址</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="215"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="220"/>
        <source>New warehouse</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="222"/>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="224"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="227"/>
        <source>Warehouses (ship-from addresses)</source>
        <translation>仓库（发货地址）</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="234"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="235"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="263"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="303"/>
        <source>The ship-from address needs: %1</source>
        <translation>发货地址还缺少：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shop_settings.py" line="316"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>SignInBar</name>
    <message>
        <location filename="../../ui/sign_in.py" line="52"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="55"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="57"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="80"/>
        <source>Packing: %1 (%2)</source>
        <translation>当前打包：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="83"/>
        <source>Nobody signed in: scan your badge, or choose your name and type your PIN</source>
        <translation>尚无人登录：请扫描工牌，或选择姓名并输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="90"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="90"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="90"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="119"/>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="119"/>
        <source>Scan your badge before scanning parcels.</source>
        <translation>扫描包裹前请先扫描工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="134"/>
        <source>Not signed in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="139"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="139"/>
        <source>Hello %1.</source>
        <translation>你好，%1。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="145"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="145"/>
        <source>Scan your badge to sign in.</source>
        <translation>扫描工牌即可登录。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="647"/>
        <source>Split order %1 into parcels</source>
        <translation>将订单 %1 拆分为多个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="651"/>
        <source>Parcels:</source>
        <translation>包裹数：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="673"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="682"/>
        <source>Line</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="682"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="682"/>
        <source>Parcel %1</source>
        <translation>包裹 %1</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <location filename="../../ui/stations_page.py" line="37"/>
        <source>Stations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="40"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="41"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="42"/>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="43"/>
        <source>Runs</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="44"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="45"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="46"/>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="47"/>
        <source>Sends for</source>
        <translation>代为发送</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="57"/>
        <source>Every running station writes a heartbeat every 10 seconds. A station not heard from for 30 seconds is shown stopped; its outbox jobs are taken over when their lease runs out.</source>
        <translation>每个运行中的工作站每 10 秒写入一次心跳。30 秒没有心跳的工作站显示为已停止；其发件箱任务在租约到期后由其他工作站接管。</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="93"/>
        <source>shop %1</source>
        <translation>店铺 %1</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="95"/>
        <source>carrier %1</source>
        <translation>物流商 %1</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="99"/>
        <source>(this station)</source>
        <translation>（本工作站）</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="100"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="100"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="102"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="107"/>
        <source>(%1 s ago)</source>
        <translation>（%1 秒前）</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="108"/>
        <source>window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="108"/>
        <source>sync worker</source>
        <translation>同步进程</translation>
    </message>
    <message>
        <location filename="../../ui/stations_page.py" line="113"/>
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>StockAlerts</name>
    <message>
        <location filename="../../ui/stock_desk.py" line="239"/>
        <source>Reorder suggestions…</source>
        <translation>补货建议…</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="268"/>
        <source>%1 is below zero: %2 available</source>
        <translation>%1 库存为负：可用 %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="271"/>
        <source>%1 is at its reorder point: %2 available (reorder at %3)</source>
        <translation>%1 已到补货点：可用 %2（补货点 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="326"/>
        <source>Short of stock</source>
        <translation>库存不足</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="256"/>
        <source>Low stock: %n product</source>
        <translation>
            <numerusform>库存预警：%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="256"/>
        <source>Low stock: %n products</source>
        <translation>
            <numerusform>库存预警：%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="305"/>
        <source>Approved short of stock (recorded in its history):</source>
        <translation>
            <numerusform>库存不足仍已审核（已记入订单历史）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="305"/>
        <source>Approved short of stock (recorded in their history):</source>
        <translation>
            <numerusform>库存不足仍已审核（已记入订单历史）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock_desk.py" line="315"/>
        <source>Kept in Review until stock arrives:</source>
        <translation>
            <numerusform>留在待审核，等待到货：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/order_desk.py" line="473"/>
        <source>Products and stock</source>
        <translation>商品和库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="478"/>
        <source>Search SKU, name, 中文名 or barcode</source>
        <translation>搜索 SKU、名称、中文名或条码</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="479"/>
        <source>Low stock only</source>
        <translation>仅显示低库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="497"/>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="498"/>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="499"/>
        <source>Edit product…</source>
        <translation>编辑商品…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="500"/>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="506"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="533"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="533"/>
        <source>Units of %1 received:</source>
        <translation>%1 的入库数量：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="540"/>
        <location filename="../../ui/order_desk.py" line="544"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="540"/>
        <source>Change on hand of %1 by (negative to remove):</source>
        <translation>%1 的在库数量增减（负数为减少）：</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="544"/>
        <source>Why (stock count, damaged…)?</source>
        <translation>原因（盘点、损坏…）？</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/app_texts.py" line="325"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="326"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="327"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="328"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="329"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="330"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/app_texts.py" line="331"/>
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
</context>
<context>
    <name>StockPolicyDialog</name>
    <message>
        <location filename="../../ui/stock_desk.py" line="63"/>
        <source>Stock policy</source>
        <translation>库存策略</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="68"/>
        <source>What approving does when an order needs more than is available:
Block — the order stays in Review with the reason until stock arrives.
Warn — it is approved; the shortfall is shown and recorded in its history.
Ignore — it is approved without a word (low-stock alerts still come).</source>
        <translation>订单所需数量超过可用库存时，审核的处理方式：
拦截 — 订单留在待审核并显示原因，直到到货。
提醒 — 照常审核；显示缺货数量并记入订单历史。
忽略 — 直接审核，不提示（库存预警照常发出）。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="79"/>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="79"/>
        <source>Warn</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="79"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="88"/>
        <source>No marketplace shop yet.</source>
        <translation>还没有平台店铺。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/stock_desk.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StuckDialog</name>
    <message>
        <location filename="../../ui/tracking_view.py" line="36"/>
        <source>in transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="37"/>
        <source>exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="38"/>
        <source>not looked up yet</source>
        <translation>尚未查询</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="40"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="41"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="42"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="43"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="44"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="45"/>
        <source>Latest event</source>
        <translation>最新轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="55"/>
        <source>Stuck in transit</source>
        <translation>运输停滞</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="59"/>
        <source>Not delivered after</source>
        <translation>发货后超过</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="65"/>
        <source>days, and every tracking exception</source>
        <translation>天仍未妥投，以及所有轨迹异常</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="81"/>
        <source>Look up now</source>
        <translation>立即查询</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="85"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="110"/>
        <source>Nothing stuck: every parcel is delivered or still within its days.</source>
        <translation>没有停滞的包裹：都已妥投或仍在时效内。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="107"/>
        <source>%n parcel needs a look</source>
        <translation>
            <numerusform>%n 个包裹需要关注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="107"/>
        <source>%n parcels need a look</source>
        <translation>
            <numerusform>%n 个包裹需要关注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="122"/>
        <source>%n parcel is being looked up</source>
        <translation>
            <numerusform>正在查询 %n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="122"/>
        <source>%n parcels are being looked up</source>
        <translation>
            <numerusform>正在查询 %n 个包裹</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="80"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="82"/>
        <location filename="../../ui/sync_panel.py" line="344"/>
        <source>Marketplace accounts…</source>
        <translation>平台账号…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="93"/>
        <location filename="../../ui/sync_panel.py" line="137"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="94"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="95"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="96"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="97"/>
        <location filename="../../ui/sync_panel.py" line="110"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="98"/>
        <location filename="../../ui/sync_panel.py" line="111"/>
        <source>Being looked up</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="99"/>
        <location filename="../../ui/sync_panel.py" line="109"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="100"/>
        <source>Sent by</source>
        <translation>发送工作站</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="112"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="113"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="114"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="118"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="120"/>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="122"/>
        <source>Retry all failed</source>
        <translation>重试全部失败任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="125"/>
        <source>Jobs:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="133"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="134"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="135"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="136"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="138"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="139"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="140"/>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="141"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="177"/>
        <source>not contacted</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="179"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="181"/>
        <source>offline — %1</source>
        <translation>离线 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="184"/>
        <source>shop (%1)</source>
        <translation>店铺（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="186"/>
        <source>carrier (%1)</source>
        <translation>物流商（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="259"/>
        <location filename="../../ui/sync_panel.py" line="263"/>
        <source>%1 job(s) will be sent again.</source>
        <translation>%1 个任务将重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="277"/>
        <source>%1 job(s) cancelled.</source>
        <translation>已取消 %1 个任务。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="283"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="287"/>
        <source>Synced at %1.</source>
        <translation>已于 %1 同步。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="333"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="341"/>
        <source>Sync panel</source>
        <translation>同步面板</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="52"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="310"/>
        <source>request waybill</source>
        <translation>申请运单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="311"/>
        <source>void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="312"/>
        <source>confirm shipment</source>
        <translation>标记发货</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="313"/>
        <source>update tracking</source>
        <translation>更新运单号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="314"/>
        <source>pull orders</source>
        <translation>拉取订单</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="320"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="321"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="322"/>
        <source>being looked up</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="323"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="324"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/sync_panel.py" line="325"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TrackingViews</name>
    <message>
        <location filename="../../ui/tracking_view.py" line="135"/>
        <source>Stuck in transit…</source>
        <translation>运输停滞…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <location filename="../../ui/menus.py" line="128"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <location filename="../../ui/menus.py" line="129"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="123"/>
        <source>Add or change user</source>
        <translation>添加或修改用户</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="154"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
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
        <location filename="../../ui/station_texts.py" line="46"/>
        <source>Already shipped at %1 by %2 at %3.</source>
        <translation>已于 %1 由 %2 在 %3 发货。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="49"/>
        <source>STOP — intercepted</source>
        <translation>停 — 已拦截</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="52"/>
        <source>Do not pack: order %1 was %2.</source>
        <translation>不要打包：订单 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="56"/>
        <source>Do not ship: order %1 was %2. Give the parcel to a supervisor.</source>
        <translation>不要发货：订单 %1 %2。请把包裹交给主管。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="62"/>
        <source>No waybill yet</source>
        <translation>还没有运单</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="62"/>
        <source>This parcel has no tracking number yet.</source>
        <translation>此包裹还没有运单号。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="64"/>
        <source>Not printed</source>
        <translation>面单未打印</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="64"/>
        <source>This parcel&apos;s label was never printed.</source>
        <translation>此包裹的面单从未打印过。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="67"/>
        <source>Unknown parcel</source>
        <translation>未知包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="67"/>
        <source>No parcel has the code %1. Put it aside.</source>
        <translation>没有包裹的条码是 %1。请放到一边。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="69"/>
        <source>Check the scanner</source>
        <translation>检查扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="72"/>
        <source>Scan again</source>
        <translation>请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="72"/>
        <source>Misread: %1</source>
        <translation>误读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="80"/>
        <source>The database did not answer in time; nothing was recorded. Scan the parcel again.</source>
        <translation>数据库未能及时响应，本次扫描未记录。请重新扫描包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="78"/>
        <location filename="../../ui/station_texts.py" line="81"/>
        <source>Not recorded — scan again</source>
        <translation>未记录 — 请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="74"/>
        <source>The connection to the database was lost; nothing was recorded. Scan the parcel again once it is back.</source>
        <translation>与数据库的连接已断开，本次扫描未记录。连接恢复后请重新扫描包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="83"/>
        <source>Not a parcel label</source>
        <translation>不是包裹面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="83"/>
        <source>This is a product barcode: scan the parcel label.</source>
        <translation>这是商品条码：请扫描包裹面单。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="85"/>
        <source>Scan undone</source>
        <translation>扫描已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="86"/>
        <source>Parcel %1 is back in the Scan queue.</source>
        <translation>包裹 %1 已退回待发货队列。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="90"/>
        <source>Pack these items</source>
        <translation>请打包以下商品</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_texts.py" line="95"/>
        <source>%n more to pack</source>
        <translation>
            <numerusform>还有 %n 件待打包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="98"/>
        <location filename="../../ui/station_texts.py" line="101"/>
        <source>Wrong item</source>
        <translation>商品错误</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="99"/>
        <source>Take it out: %1 does not belong in this parcel.</source>
        <translation>请取出：%1 不属于此包裹。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="101"/>
        <source>Take it out: unknown item %1.</source>
        <translation>请取出：未知商品 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="104"/>
        <location filename="../../ui/station_texts.py" line="107"/>
        <source>Too many</source>
        <translation>数量过多</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="105"/>
        <source>Only %1× %2 belong in this parcel; take %3 out.</source>
        <translation>此包裹只应有 %1 件 %2；请取出 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="110"/>
        <location filename="../../ui/station_texts.py" line="111"/>
        <source>Contents verified</source>
        <translation>验货通过</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="110"/>
        <source>Parcel %1 is complete</source>
        <translation>包裹 %1 已齐全</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="116"/>
        <location filename="../../ui/station_texts.py" line="117"/>
        <source>In the van</source>
        <translation>已装车</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="116"/>
        <source>Added to the %1 handover.</source>
        <translation>已加入 %1 交接批次。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="120"/>
        <location filename="../../ui/station_texts.py" line="123"/>
        <source>Other carrier</source>
        <translation>其他物流商</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="121"/>
        <source>This parcel goes with another carrier, not %1. Put it on the other pile.</source>
        <translation>此包裹不走 %1，属于其他物流商。请放到另一堆。</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="125"/>
        <source>Already in a batch</source>
        <translation>已在批次中</translation>
    </message>
    <message>
        <location filename="../../ui/station_texts.py" line="125"/>
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
        <location filename="../../ui/launcher.py" line="57"/>
        <source>Shipbench hit an unexpected problem: %1</source>
        <translation>Shipbench 遇到意外问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="59"/>
        <source>Details are in the log: %1</source>
        <translation>详细信息见日志：%1</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="61"/>
        <source>Shipbench — internal error</source>
        <translation>Shipbench — 内部错误</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="155"/>
        <source>No system keyring on this computer: the account keys are in an encrypted file.
Passphrase:</source>
        <translation>本机没有系统钥匙串：账号密钥保存在加密文件中。
口令：</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="157"/>
        <source>Unlock the secrets file</source>
        <translation>解锁密钥文件</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="165"/>
        <source>This passphrase does not open the secrets file. Try again.
Passphrase:</source>
        <translation>此口令无法打开密钥文件，请重试。
口令：</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="176"/>
        <source>Shipbench cannot start</source>
        <translation>Shipbench 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="189"/>
        <source>demo (throwaway data)</source>
        <translation>演示（临时数据）</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations.py" line="57"/>
        <location filename="../../ui/operations.py" line="65"/>
        <source>Shipbench</source>
        <translation>Shipbench</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="66"/>
        <source>The connection to the database was lost, so this was not saved. Shipbench reconnects by itself: try again once the status bar says it reconnected.</source>
        <translation>与数据库的连接已断开，此操作未保存。Shipbench 会自动重新连接：待状态栏显示已重新连接后再试一次。</translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <location filename="../../ui/order_desk.py" line="918"/>
        <source>Select an order first</source>
        <translation>请先选择一个订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="937"/>
        <source>The selected orders have no unpaired SKU</source>
        <translation>所选订单没有未配对的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="942"/>
        <source>Paired; %1 orders in Review rechecked</source>
        <translation>已配对；已重新检查 %1 个待审核订单</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="970"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="977"/>
        <source>Merged %1 orders into one parcel</source>
        <translation>已将 %1 个订单合并为一个包裹</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/order_desk.py" line="855"/>
        <source>Pair SKU…</source>
        <translation>SKU 配对…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="856"/>
        <source>Edit address…</source>
        <translation>编辑地址…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="857"/>
        <source>Notes and tags…</source>
        <translation>备注和标签…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="858"/>
        <source>Edit customs…</source>
        <translation>编辑报关信息…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="860"/>
        <source>Split into parcels…</source>
        <translation>拆分包裹…</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="861"/>
        <source>Merge into one parcel</source>
        <translation>合并为一个包裹</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="862"/>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="864"/>
        <source>Release hold</source>
        <translation>解除暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="865"/>
        <source>Recheck review reasons</source>
        <translation>重新检查审核原因</translation>
    </message>
    <message>
        <location filename="../../ui/order_desk.py" line="866"/>
        <source>Products and stock…</source>
        <translation>商品和库存…</translation>
    </message>
</context>
</TS>
