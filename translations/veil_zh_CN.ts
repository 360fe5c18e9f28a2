<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Veil is already running; its window was brought to the front.</source>
        <translation>Veil 已在运行；已将其窗口置于最前。</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Try &apos;veil --help&apos;.</source>
        <translation>请尝试 &apos;veil --help&apos;。</translation>
    </message>
</context>
<context>
    <name>Veil::Blocklist</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 rules (%3 host, %4 URL, %5 regex), %6 skipped (%7)</source>
        <translation>%1：%2 条规则（主机 %3 条，URL %4 条，正则 %5 条），跳过 %6 条（%7）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 大于 %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 lists; this one is not used</source>
        <translation>列表超过 %1 个；此列表未被使用</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Block what this list names</source>
        <translation>拦截此列表所列内容</translation>
    </message>
    <message>
        <source>Treat requests of unknown origin as third-party</source>
        <translation>将来源未知的请求视为第三方请求</translation>
    </message>
    <message>
        <source>Use this list</source>
        <translation>使用此列表</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>拦截列表</translation>
    </message>
    <message>
        <source>easylist</source>
        <translation>easylist</translation>
    </message>
    <message>
        <source>Off: the list only serves rules of the type &quot;Blocklist&quot; (for example, send the sites of a streaming list through an exit).</source>
        <translation>关闭时：此列表只供类型为“拦截列表”的规则使用（例如，让某个流媒体列表中的网站经由出口访问）。</translation>
    </message>
    <message>
        <source>&quot;$third-party&quot; filters need to know which page a request comes from. Inside HTTPS tunnels and without a Referer Veil cannot tell.</source>
        <translation>“$third-party”过滤规则需要知道请求来自哪个页面。在 HTTPS 隧道内且没有 Referer 时，Veil 无法判断。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose a blocklist</source>
        <translation>选择拦截列表</translation>
    </message>
    <message>
        <source>Lists (*.txt *.list *.hosts);;All files (*)</source>
        <translation>列表 (*.txt *.list *.hosts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Name the list: 1 to 64 characters without &apos;,&apos; or line breaks.</source>
        <translation>请为列表命名：1 到 64 个字符，不含 &apos;,&apos; 或换行符。</translation>
    </message>
    <message>
        <source>A list named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的列表已存在。</translation>
    </message>
    <message>
        <source>a file, or the https:// address of a list to subscribe to</source>
        <translation>文件，或要订阅的列表的 https:// 地址</translation>
    </message>
    <message>
        <source>Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription is downloaded through Veil (so it takes your exit), kept up to date, and its last good copy stays in use when an update fails.</source>
        <translation>Hosts 文件、域名列表以及 Adblock Plus / uBlock Origin 过滤规则。订阅通过 Veil 下载（因此经由您的出口）并保持更新；更新失败时，继续使用上一份有效副本。</translation>
    </message>
    <message>
        <source>only on &quot;Update now&quot;</source>
        <translation>仅在点击“立即更新”时</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>检查更新间隔</translation>
    </message>
    <message>
        <source>%1 is not a usable address: give http:// or https://, a host, and no user name.</source>
        <translation>%1 不是可用的地址：请提供 http:// 或 https:// 和主机名，且不含用户名。</translation>
    </message>
    <message>
        <source>Choose the list&apos;s file, or give the address of a subscription.</source>
        <translation>请选择列表文件，或提供订阅地址。</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>没有跳过任何内容。</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>File changed %1</source>
        <translation>文件修改于 %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>For rules only</source>
        <translation>仅供规则使用</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>上次更新</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>副本：%1</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>上次检查失败：%1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>New version downloaded %1</source>
        <translation>新版本下载于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时检查一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only on &quot;Update now&quot;</source>
        <translation>仅在点击“立即更新”时检查</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>更新失败</translation>
    </message>
</context>
<context>
    <name>Veil::BlocklistUpdater</name>
    <message>
        <source>the list is larger than %1 MiB</source>
        <translation>列表大于 %1 MiB</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>服务器返回 %1 %2</translation>
    </message>
    <message>
        <source>the download holds no rules (%1 bytes); the previous copy stays in use</source>
        <translation>下载内容不含任何规则（%1 字节）；继续使用之前的副本</translation>
    </message>
    <message>
        <source>the download holds only %1 rules where the copy in use has %2; the previous copy stays in use</source>
        <translation>下载内容仅含 %1 条规则，而正在使用的副本有 %2 条；继续使用之前的副本</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Veil::Cache</name>
    <message>
        <source>the response may be stored</source>
        <translation>响应可以被存储</translation>
    </message>
    <message>
        <source>only GET responses are stored and only GET and HEAD are answered</source>
        <translation>只存储 GET 响应，且只应答 GET 和 HEAD 请求</translation>
    </message>
    <message>
        <source>the status is not final</source>
        <translation>状态码不是最终状态</translation>
    </message>
    <message>
        <source>the cache does not implement the caching rules of this status</source>
        <translation>缓存未实现此状态码的缓存规则</translation>
    </message>
    <message>
        <source>the request says no-store</source>
        <translation>请求要求 no-store</translation>
    </message>
    <message>
        <source>the response says no-store</source>
        <translation>响应要求 no-store</translation>
    </message>
    <message>
        <source>the response is private to one user and Veil is a shared cache</source>
        <translation>响应仅供单个用户使用，而 Veil 是共享缓存</translation>
    </message>
    <message>
        <source>the request carried credentials and the response does not allow shared caching</source>
        <translation>请求带有凭据，而响应不允许共享缓存</translation>
    </message>
    <message>
        <source>the response has no freshness information and its status has no heuristic</source>
        <translation>响应没有新鲜度信息，且其状态码没有启发式规则</translation>
    </message>
    <message>
        <source>the request has no absolute URI</source>
        <translation>请求没有绝对 URI</translation>
    </message>
    <message>
        <source>range requests are passed through</source>
        <translation>范围请求直接转发</translation>
    </message>
    <message>
        <source>the request carries preconditions only the origin can evaluate</source>
        <translation>请求带有只有源服务器才能判断的前提条件</translation>
    </message>
    <message>
        <source>the stored response is fresh</source>
        <translation>已存储的响应是新鲜的</translation>
    </message>
    <message>
        <source>the stored response is stale and the client accepts that (max-stale)</source>
        <translation>已存储的响应已过期，但客户端接受（max-stale）</translation>
    </message>
    <message>
        <source>the stored response is stale and is revalidated in the background</source>
        <translation>已存储的响应已过期，正在后台重新验证</translation>
    </message>
    <message>
        <source>the origin failed and the stale stored response may stand in</source>
        <translation>源服务器出错，可以使用已过期的已存储响应代替</translation>
    </message>
    <message>
        <source>the stored response is stale</source>
        <translation>已存储的响应已过期</translation>
    </message>
    <message>
        <source>the stored response is stale and the origin forbids serving it stale</source>
        <translation>已存储的响应已过期，且源服务器禁止提供过期内容</translation>
    </message>
    <message>
        <source>the origin requires validation before every reuse (no-cache)</source>
        <translation>源服务器要求每次复用前都要验证（no-cache）</translation>
    </message>
    <message>
        <source>the client asked for validation (no-cache)</source>
        <translation>客户端要求验证（no-cache）</translation>
    </message>
    <message>
        <source>the stored response is older than the client accepts (max-age)</source>
        <translation>已存储的响应比客户端接受的更旧（max-age）</translation>
    </message>
    <message>
        <source>the stored response is not fresh enough for the client (min-fresh)</source>
        <translation>已存储的响应对客户端来说不够新鲜（min-fresh）</translation>
    </message>
    <message>
        <source>the client accepts only a stored response and none can be used</source>
        <translation>客户端只接受已存储的响应，但没有可用的</translation>
    </message>
</context>
<context>
    <name>Veil::CachePage</name>
    <message>
        <source>Keep a local copy of plain-HTTP responses</source>
        <translation>在本地保存明文 HTTP 响应的副本</translation>
    </message>
    <message>
        <source>Delete the cache when Veil quits</source>
        <translation>退出 Veil 时删除缓存</translation>
    </message>
    <message>
        <source>Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach the network (and the exit) less often, following the sites&apos; own caching rules. HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read.</source>
        <translation>Veil 会按照网站自身的缓存规则保存明文 HTTP 网站的响应，让再次访问更快，并减少对网络（以及出口）的访问。HTTPS 从不缓存：它经过 Veil 无法读取的加密隧道。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Disk space at most:</source>
        <translation>最多占用磁盘空间：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Clear site</source>
        <translation>清除该网站</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>全部清除…</translation>
    </message>
    <message>
        <source>Never cache these sites (and their subdomains)</source>
        <translation>从不缓存这些网站（及其子域名）</translation>
    </message>
    <message>
        <source>news.example</source>
        <translation>news.example</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <source>Delete every cached response? Sites load from the network again the next time.</source>
        <translation>要删除所有已缓存的响应吗？下次访问时网站将重新从网络加载。</translation>
    </message>
    <message>
        <source>The cache is off</source>
        <translation>缓存已关闭</translation>
    </message>
    <message>
        <source>Plain-HTTP responses are not stored.</source>
        <translation>不保存明文 HTTP 响应。</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>已用 %1，共 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stored responses</source>
        <translation>
            <numerusform>已存储 %n 个响应</numerusform>
        </translation>
    </message>
    <message>
        <source>hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)</source>
        <translation>命中率 %1%（命中 %2 次，重新验证 %3 次，未命中 %4 次）</translation>
    </message>
    <message>
        <source>%1 served from the cache</source>
        <translation>从缓存提供了 %1</translation>
    </message>
    <message>
        <source>still reading the entries of earlier runs</source>
        <translation>仍在读取之前运行留下的条目</translation>
    </message>
    <message>
        <source>%1 removed to stay within the budget, %2 not stored (too large or a disk problem)</source>
        <translation>为不超出限额已移除 %1 个，未存储 %2 个（过大或磁盘出错）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name (for example news.example).</source>
        <translation>“%1”不是主机名（例如 news.example）。</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>%1 is no longer cached. Responses stored before stay until they expire or you clear the site.</source>
        <translation>%1 不再缓存。之前存储的响应会保留，直到过期或您清除该网站。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached responses of %1.</source>
        <translation>
            <numerusform>已移除 %1 的 %n 个缓存响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>缓存已清空。</translation>
    </message>
</context>
<context>
    <name>Veil::CacheSettings</name>
    <message>
        <source>cache.%1: %2; keeping the previous value</source>
        <translation>cache.%1：%2；保留原值</translation>
    </message>
    <message>
        <source>cache: must be an object; keeping the previous values</source>
        <translation>cache：必须是对象；保留原值</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>必须是绝对路径</translation>
    </message>
    <message>
        <source>must be a list of host names</source>
        <translation>必须是主机名列表</translation>
    </message>
    <message>
        <source>cache.bypass[%1]: not a host name; skipped</source>
        <translation>cache.bypass[%1]：不是主机名；已跳过</translation>
    </message>
</context>
<context>
    <name>Veil::CommandLine</name>
    <message>
        <source>Veil, a privacy proxy for your desktop: one local port for HTTP, HTTPS (CONNECT) and SOCKS5.</source>
        <translation>Veil，桌面隐私代理：一个本地端口同时支持 HTTP、HTTPS（CONNECT）和 SOCKS5。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Run the proxy engine without a window; traffic is printed to stdout.</source>
        <translation>无窗口运行代理引擎；流量输出到 stdout。</translation>
    </message>
    <message>
        <source>Listen on HOST:PORT (default 127.0.0.1:8765). A non-loopback address needs --allow-remote and credentials.</source>
        <translation>在 HOST:PORT 上监听（默认 127.0.0.1:8765）。非回环地址需要 --allow-remote 和凭据。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Read settings from FILE (default: %1).</source>
        <translation>从 文件 读取设置（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Traffic log format in headless mode: text, json or none.</source>
        <translation>无窗口模式下的流量日志格式：text、json 或 none。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Number of worker threads (default: one per core, at least 2).</source>
        <translation>工作线程数（默认：每个核心一个，至少 2 个）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address (requires --proxy-user and VEIL_PROXY_PASSWORD).</source>
        <translation>允许在非回环地址上监听（需要 --proxy-user 和 VEIL_PROXY_PASSWORD）。</translation>
    </message>
    <message>
        <source>Require this user name (HTTP Basic and SOCKS5 user/password); the password comes from the VEIL_PROXY_PASSWORD environment variable.</source>
        <translation>要求使用此用户名（HTTP Basic 和 SOCKS5 用户名/密码）；密码取自环境变量 VEIL_PROXY_PASSWORD。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Add an exit proxy for this run: http://[user@]host:port#REGION, https://… or socks5://…; repeatable. Passwords come from VEIL_EXIT_PASSWORD_&lt;ID&gt; or VEIL_EXIT_PASSWORD, never from the URL.</source>
        <translation>为本次运行添加出口代理：http://[user@]host:port#REGION、https://… 或 socks5://…；可重复使用。密码取自 VEIL_EXIT_PASSWORD_&lt;ID&gt; 或 VEIL_EXIT_PASSWORD，绝不取自 URL。</translation>
    </message>
    <message>
        <source>URL#REGION</source>
        <translation>URL#REGION</translation>
    </message>
    <message>
        <source>Send traffic out through the exits of region CODE (ISO 3166 alpha-2).</source>
        <translation>通过地区 代码 的出口发送流量（ISO 3166 alpha-2）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Routing mode: direct, exit or rules.</source>
        <translation>路由模式：direct、exit 或 rules。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>When no exit of the region is healthy, connect directly instead of failing closed.</source>
        <translation>当该地区没有可用出口时，直接连接而不是阻断。</translation>
    </message>
    <message>
        <source>Probe every configured exit once, fetch its public address through it (routing.ipCheckUrl) and look up its country (routing.geoipDatabase); print one line per exit, then exit with 0 when all are up and in their region, 3 otherwise. Implies --headless; nothing listens.</source>
        <translation>对每个已配置的出口探测一次，通过它获取其公网地址（routing.ipCheckUrl）并查询其国家（routing.geoipDatabase）；每个出口输出一行，全部正常且位于所属地区时以 0 退出，否则以 3 退出。隐含 --headless；不监听任何端口。</translation>
    </message>
    <message>
        <source>Resolve names of direct connections with this DNS-over-HTTPS server (RFC 8484), e.g. https://dns.example/dns-query. Exits always resolve names themselves.</source>
        <translation>使用此 DNS-over-HTTPS 服务器（RFC 8484）解析直连的域名，例如 https://dns.example/dns-query。出口总是自行解析域名。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add the exit URLs listed in FILE (one per line, URL#REGION; --region gives the region of lines without one) to the config file, report skipped lines, and exit.</source>
        <translation>将 文件 中列出的出口 URL（每行一个，URL#REGION；没有地区的行使用 --region 指定的地区）添加到配置文件，报告跳过的行，然后退出。</translation>
    </message>
    <message>
        <source>Point the system proxy (GNOME, KDE Plasma, macOS, Windows) at Veil while it runs; your own settings are saved first and restored on exit, SIGINT or SIGTERM.</source>
        <translation>运行期间将系统代理（GNOME、KDE Plasma、macOS、Windows）指向 Veil；您自己的设置会先保存，并在退出、SIGINT 或 SIGTERM 时恢复。</translation>
    </message>
    <message>
        <source>How --system-proxy points at Veil: fixed (HTTP, HTTPS and SOCKS proxy, the default) or pac (the automatic configuration URL /proxy.pac).</source>
        <translation>--system-proxy 指向 Veil 的方式：fixed（HTTP、HTTPS 和 SOCKS 代理，默认）或 pac（自动配置 URL /proxy.pac）。</translation>
    </message>
    <message>
        <source>Which system proxy setting to change: auto (from XDG_CURRENT_DESKTOP; the default), gnome, kde, macos or windows.</source>
        <translation>要更改的系统代理设置：auto（依据 XDG_CURRENT_DESKTOP；默认）、gnome、kde、macos 或 windows。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Restore the system proxy settings a Veil that crashed or was killed left behind, then exit (0: restored or nothing to do, 1: failed).</source>
        <translation>恢复崩溃或被终止的 Veil 遗留的系统代理设置，然后退出（0：已恢复或无需处理，1：失败）。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--system-proxy-mode must be fixed or pac, not &quot;%1&quot;</source>
        <translation>--system-proxy-mode 必须是 fixed 或 pac，而不是“%1”</translation>
    </message>
    <message>
        <source>--system-proxy-backend must be auto, gnome, kde, macos or windows, not &quot;%1&quot;</source>
        <translation>--system-proxy-backend 必须是 auto、gnome、kde、macos 或 windows，而不是“%1”</translation>
    </message>
    <message>
        <source>config file %1 does not exist</source>
        <translation>配置文件 %1 不存在</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US, not &quot;%1&quot;</source>
        <translation>--region 必须是两个字母的国家代码（如 US），而不是“%1”</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen：%1</translation>
    </message>
    <message>
        <source>--log-format must be text, json or none, not &quot;%1&quot;</source>
        <translation>--log-format 必须是 text、json 或 none，而不是“%1”</translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 256</source>
        <translation>--threads 必须是 1 到 256 之间的数字</translation>
    </message>
    <message>
        <source>--proxy-user must be non-empty and must not contain &apos;:&apos;</source>
        <translation>--proxy-user 不能为空，也不能包含 &apos;:&apos;</translation>
    </message>
    <message>
        <source>a proxy user is set but VEIL_PROXY_PASSWORD is empty</source>
        <translation>已设置代理用户，但 VEIL_PROXY_PASSWORD 为空</translation>
    </message>
    <message>
        <source>--exit %1: %2</source>
        <translation>--exit %1：%2</translation>
    </message>
    <message>
        <source>--exit %1: add the region, e.g. #US</source>
        <translation>--exit %1：请添加地区，例如 #US</translation>
    </message>
    <message>
        <source>--exit %1: the same exit is given twice</source>
        <translation>--exit %1：同一出口被指定了两次</translation>
    </message>
    <message>
        <source>no exit is configured for region %1: connections will be held (fail closed)</source>
        <translation>地区 %1 没有配置出口：连接将被挂起（故障时阻断）</translation>
    </message>
    <message>
        <source>--mode must be direct, exit or rules, not &quot;%1&quot;</source>
        <translation>--mode 必须是 direct、exit 或 rules，而不是“%1”</translation>
    </message>
    <message>
        <source>--doh: %1</source>
        <translation>--doh：%1</translation>
    </message>
    <message>
        <source>--blocklist %1: no such readable file</source>
        <translation>--blocklist %1：文件不存在或不可读</translation>
    </message>
    <message>
        <source>Show Veil in language CODE (%1) instead of the system&apos;s language; the setting ui.language in the config file does the same.</source>
        <translation>以语言 代码（%1）而不是系统语言显示 Veil；配置文件中的 ui.language 设置作用相同。</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &quot;%2&quot;</source>
        <translation>--language 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>Keep the HTTP cache in DIR (default: &quot;http&quot; in the application&apos;s cache directory).</source>
        <translation>将 HTTP 缓存保存在 目录 中（默认：应用缓存目录中的“http”）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Let the HTTP cache use at most MIB mebibytes on disk (default 512); the least recently used responses go first.</source>
        <translation>让 HTTP 缓存最多占用 MIB MiB 磁盘空间（默认 512）；最久未使用的响应最先被移除。</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Do not cache plain-HTTP responses for this run (HTTPS is never cached: it passes through a tunnel).</source>
        <translation>本次运行不缓存明文 HTTP 响应（HTTPS 从不缓存：它经过隧道传输）。</translation>
    </message>
    <message>
        <source>--cache-dir %1: exists and is not a directory</source>
        <translation>--cache-dir %1：已存在且不是目录</translation>
    </message>
    <message>
        <source>--cache-size must be a whole number of MiB from 1 to 1048576, not &quot;%1&quot;</source>
        <translation>--cache-size 必须是 1 到 1048576 之间的整数（单位 MiB），而不是“%1”</translation>
    </message>
    <message>
        <source>Send STRING as the User-Agent of every plain-HTTP request for this run (privacy.userAgent).</source>
        <translation>本次运行中，将 STRING 作为每个明文 HTTP 请求的 User-Agent 发送（privacy.userAgent）。</translation>
    </message>
    <message>
        <source>STRING</source>
        <translation>STRING</translation>
    </message>
    <message>
        <source>What plain-HTTP requests to another site get as Referer: keep, origin (the page&apos;s scheme://host/ only; the default) or drop.</source>
        <translation>发往其他网站的明文 HTTP 请求携带什么 Referer：keep（保留）、origin（仅页面的 scheme://host/；默认）或 drop（删除）。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Change nothing in plain-HTTP requests for this run: no Referer trimming, Sec-GPC, DNT, tracking-parameter stripping or User-Agent override.</source>
        <translation>本次运行不修改明文 HTTP 请求：不裁剪 Referer、不发送 Sec-GPC 和 DNT、不删除跟踪参数、不替换 User-Agent。</translation>
    </message>
    <message>
        <source>--no-privacy-filters turns off what --user-agent and --referer set; use one or the other</source>
        <translation>--no-privacy-filters 会关闭 --user-agent 和 --referer 的设置；请只使用其中一种</translation>
    </message>
    <message>
        <source>--referer must be keep, origin or drop, not &quot;%1&quot;</source>
        <translation>--referer 必须是 keep、origin 或 drop，而不是“%1”</translation>
    </message>
    <message>
        <source>--user-agent: %1</source>
        <translation>--user-agent：%1</translation>
    </message>
    <message>
        <source>Hold traffic instead of letting it out directly: never fall back to direct when no exit is healthy, and the PAC file never ends in DIRECT (routing.killSwitch).</source>
        <translation>挂起流量，而不是让其直接发出：没有可用出口时绝不回退为直连，且 PAC 文件绝不以 DIRECT 结尾（routing.killSwitch）。</translation>
    </message>
    <message>
        <source>Block what the list at FILE or URL names for this run: a hosts file, a plain domain list or Adblock Plus / uBlock Origin network filters. A URL (http:// or https://) is a subscription: fetched through Veil, kept up to date and stored on disk; repeatable.</source>
        <translation>本次运行中，拦截位于 文件 或 URL 的列表所列内容：hosts 文件、纯域名列表或 Adblock Plus / uBlock Origin 网络过滤规则。URL（http:// 或 https://）即为订阅：通过 Veil 获取，保持更新并保存到磁盘；可重复使用。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>文件|URL</translation>
    </message>
    <message>
        <source>--fallback-direct and --kill-switch contradict each other: choose one</source>
        <translation>--fallback-direct 与 --kill-switch 相互矛盾：请只选其一</translation>
    </message>
    <message>
        <source>--blocklist %1: not a usable http:// or https:// address (a host is needed and no user name)</source>
        <translation>--blocklist %1：不是可用的 http:// 或 https:// 地址（需要主机名，且不能含用户名）</translation>
    </message>
</context>
<context>
    <name>Veil::CommandRunner</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>无法启动 %1（是否已安装？）</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 未在规定时间内完成</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 失败，退出码 %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 失败，退出码 %2：%3</translation>
    </message>
</context>
<context>
    <name>Veil::ConfigFile</name>
    <message>
        <source>%1 is not a regular file; defaults are used</source>
        <translation>%1 不是普通文件；将使用默认值</translation>
    </message>
    <message>
        <source>cannot read %1: %2; using defaults</source>
        <translation>无法读取 %1：%2；将使用默认值</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1（位于偏移量 %2）</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); it was moved to %3 and defaults are used</source>
        <translation>配置文件 %1 无效（%2）；已移至 %3，将使用默认值</translation>
    </message>
    <message>
        <source>config file %1 is not valid (%2); defaults are used</source>
        <translation>配置文件 %1 无效（%2）；将使用默认值</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; it was not changed</source>
        <translation>%1 不是有效的 JSON；未作更改</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>Veil::Dialer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cannot resolve host %1: %2</source>
        <translation>无法解析主机 %1：%2</translation>
    </message>
    <message>
        <source>the target is Veil&apos;s own listener</source>
        <translation>目标是 Veil 自己的监听端口</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>network unreachable for %1</source>
        <translation>%1 的网络不可达</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>connecting to %1:%2 timed out after %3 ms</source>
        <translation>连接 %1:%2 在 %3 毫秒后超时</translation>
    </message>
</context>
<context>
    <name>Veil::Dns</name>
    <message>
        <source>DNS response too short</source>
        <translation>DNS 响应过短</translation>
    </message>
    <message>
        <source>DNS response ID does not match the query</source>
        <translation>DNS 响应 ID 与查询不符</translation>
    </message>
    <message>
        <source>DNS message is not a response</source>
        <translation>DNS 消息不是响应</translation>
    </message>
    <message>
        <source>DNS response truncated</source>
        <translation>DNS 响应被截断</translation>
    </message>
    <message>
        <source>DNS response does not repeat the question</source>
        <translation>DNS 响应未重复查询问题</translation>
    </message>
    <message>
        <source>malformed DNS question</source>
        <translation>DNS 问题格式错误</translation>
    </message>
    <message>
        <source>DNS response answers a different question</source>
        <translation>DNS 响应回答的是另一个问题</translation>
    </message>
    <message>
        <source>malformed DNS answer record</source>
        <translation>DNS 应答记录格式错误</translation>
    </message>
    <message>
        <source>malformed DNS address record</source>
        <translation>DNS 地址记录格式错误</translation>
    </message>
    <message>
        <source>malformed DNS CNAME record</source>
        <translation>DNS CNAME 记录格式错误</translation>
    </message>
    <message>
        <source>DNS CNAME chain too long</source>
        <translation>DNS CNAME 链过长</translation>
    </message>
</context>
<context>
    <name>Veil::DnsLookup</name>
    <message>
        <source>no such host (cached DNS answer)</source>
        <translation>主机不存在（缓存的 DNS 应答）</translation>
    </message>
    <message>
        <source>not a valid host name</source>
        <translation>不是有效的主机名</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered HTTP %1</source>
        <translation>DNS-over-HTTPS 服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS request failed: %1</source>
        <translation>DNS-over-HTTPS 请求失败：%1</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS server answered with %1, not application/dns-message</source>
        <translation>DNS-over-HTTPS 服务器返回了 %1，而不是 application/dns-message</translation>
    </message>
    <message>
        <source>DNS-over-HTTPS answer too large</source>
        <translation>DNS-over-HTTPS 应答过大</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>主机不存在</translation>
    </message>
    <message>
        <source>DNS server error (RCODE %1)</source>
        <translation>DNS 服务器错误（RCODE %1）</translation>
    </message>
    <message>
        <source>no address for this host</source>
        <translation>此主机没有地址</translation>
    </message>
</context>
<context>
    <name>Veil::Engine</name>
    <message>
        <source>the engine is already running</source>
        <translation>引擎已在运行</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>closed by user</source>
        <translation>已被用户关闭</translation>
    </message>
    <message>
        <source>%1: no copy yet; downloading %2</source>
        <translation>%1：尚无副本；正在下载 %2</translation>
    </message>
    <message>
        <source>Veil is not running</source>
        <translation>Veil 未在运行</translation>
    </message>
</context>
<context>
    <name>Veil::EpollRelay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>tunnel idle timeout</source>
        <translation>隧道空闲超时</translation>
    </message>
</context>
<context>
    <name>Veil::Exit</name>
    <message>
        <source>missing host name</source>
        <translation>缺少主机名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>&apos;@&apos; 之前的用户名为空</translation>
    </message>
    <message>
        <source>bad percent escape in the user name</source>
        <translation>用户名中的百分号转义无效</translation>
    </message>
    <message>
        <source>the user name contains characters that must be percent-encoded</source>
        <translation>用户名包含必须进行百分号编码的字符</translation>
    </message>
    <message>
        <source>the user name is not valid UTF-8</source>
        <translation>用户名不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the user name is longer than 255 bytes</source>
        <translation>用户名超过 255 字节</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos; or control characters</source>
        <translation>用户名不能包含 &apos;:&apos; 或控制字符</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>IPv6 地址后缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>IPv6 zone ids (%) are not supported</source>
        <translation>不支持 IPv6 区域 ID（%）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after &apos;]&apos;</source>
        <translation>&apos;]&apos; 之后应为 &apos;:&apos; 和端口</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, e.g. http://[2001:db8::1]:8080</source>
        <translation>IPv6 地址必须写在方括号中，例如 http://[2001:db8::1]:8080</translation>
    </message>
    <message>
        <source>missing port: exit URLs need an explicit port, e.g. http://proxy.example:8080</source>
        <translation>缺少端口：出口 URL 必须显式指定端口，例如 http://proxy.example:8080</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>empty exit URL</source>
        <translation>出口 URL 为空</translation>
    </message>
    <message>
        <source>exit URLs must not contain a password: remove it from the URL and store it in the keychain, or name an environment variable that holds it</source>
        <translation>出口 URL 不能包含密码：请从 URL 中删除密码并将其存入钥匙串，或指定一个保存密码的环境变量</translation>
    </message>
    <message>
        <source>the exit URL must not contain spaces or control characters</source>
        <translation>出口 URL 不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>missing scheme: start the URL with http://, https:// or socks5://</source>
        <translation>缺少协议：URL 应以 http://、https:// 或 socks5:// 开头</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;: use http, https or socks5</source>
        <translation>不支持的协议“%1”：请使用 http、https 或 socks5</translation>
    </message>
    <message>
        <source>the region after &apos;#&apos; must be a two-letter country code such as DE</source>
        <translation>&apos;#&apos; 之后的地区必须是两个字母的国家代码，如 DE</translation>
    </message>
    <message>
        <source>exit URLs take no path or query, only scheme://host:port</source>
        <translation>出口 URL 不含路径或查询，只能是 scheme://host:port</translation>
    </message>
</context>
<context>
    <name>Veil::ExitCheckRunner</name>
    <message>
        <source>no exit is configured (add one with --exit or in the config file)</source>
        <translation>未配置任何出口（请用 --exit 或在配置文件中添加）</translation>
    </message>
    <message>
        <source>%1: disabled, not checked</source>
        <translation>%1：已禁用，未检查</translation>
    </message>
    <message>
        <source>%1: down: %2</source>
        <translation>%1：故障：%2</translation>
    </message>
    <message>
        <source>%1: up, %2 ms</source>
        <translation>%1：正常，%2 毫秒</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>exit %1 (%2)</source>
        <translation>出口 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Veil::ExitConnector</name>
    <message>
        <source>exit %1 did not answer within %2 ms</source>
        <translation>出口 %1 在 %2 毫秒内没有应答</translation>
    </message>
    <message>
        <source>cannot read CA file %1</source>
        <translation>无法读取 CA 文件 %1</translation>
    </message>
    <message>
        <source>TLS to exit %1 failed: %2</source>
        <translation>与出口 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>exit %1 presented a certificate that does not match its pin</source>
        <translation>出口 %1 出示的证书与其固定值不符</translation>
    </message>
    <message>
        <source>cannot ask exit %1 for %2: %3</source>
        <translation>无法请求出口 %1 连接 %2：%3</translation>
    </message>
    <message>
        <source>exit %1 sent an oversized response</source>
        <translation>出口 %1 发送的响应过大</translation>
    </message>
    <message>
        <source>exit %1 sent a malformed response: %2</source>
        <translation>出口 %1 发送了格式错误的响应：%2</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2 %3): check its user name and password</source>
        <translation>出口 %1 拒绝了代理身份验证（%2 %3）：请检查其用户名和密码</translation>
    </message>
    <message>
        <source>exit %1 timed out reaching %2</source>
        <translation>出口 %1 连接 %2 超时</translation>
    </message>
    <message>
        <source>exit %1 does not allow tunnels to %2 (%3)</source>
        <translation>出口 %1 不允许到 %2 的隧道（%3）</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2 (%3 %4)</source>
        <translation>出口 %1 无法连接 %2（%3 %4）</translation>
    </message>
    <message>
        <source>exit %1: %2 refused the connection</source>
        <translation>出口 %1：%2 拒绝了连接</translation>
    </message>
    <message>
        <source>exit %1 could not reach %2: %3</source>
        <translation>出口 %1 无法连接 %2：%3</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (%2): check its user name and password</source>
        <translation>出口 %1 拒绝了代理身份验证（%2）：请检查其用户名和密码</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>出口 %1：%2</translation>
    </message>
    <message>
        <source>exit %1 closed the connection during the handshake</source>
        <translation>出口 %1 在握手期间关闭了连接</translation>
    </message>
    <message>
        <source>cannot connect to exit %1 (%2:%3): %4</source>
        <translation>无法连接到出口 %1（%2:%3）：%4</translation>
    </message>
</context>
<context>
    <name>Veil::ExitDialog</name>
    <message>
        <source>Use this exit</source>
        <translation>使用此出口</translation>
    </message>
    <message>
        <source>Exit proxy</source>
        <translation>出口代理</translation>
    </message>
    <message>
        <source>http://user@proxy.example:3128, https://…, socks5://…</source>
        <translation>http://user@proxy.example:3128、https://…、socks5://…</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>stored in the system keychain; empty keeps the stored one</source>
        <translation>保存在系统钥匙串中；留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter the exit&apos;s URL.</source>
        <translation>请输入出口的 URL。</translation>
    </message>
    <message>
        <source>Enter the region (a two-letter country code such as US).</source>
        <translation>请输入地区（两个字母的国家代码，如 US）。</translation>
    </message>
    <message>
        <source>An exit with the id &quot;%1&quot; already exists.</source>
        <translation>ID 为“%1”的出口已存在。</translation>
    </message>
</context>
<context>
    <name>Veil::ExitFetch</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>%1 毫秒内未收到完整应答</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>“%1”不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>the connection through the exit failed: %1</source>
        <translation>通过出口的连接失败：%1</translation>
    </message>
    <message>
        <source>the response body is malformed: %1</source>
        <translation>响应正文格式错误：%1</translation>
    </message>
    <message>
        <source>the response head is larger than 64 KiB</source>
        <translation>响应头大于 64 KiB</translation>
    </message>
    <message>
        <source>malformed response: %1</source>
        <translation>响应格式错误：%1</translation>
    </message>
    <message>
        <source>the server answered %1 and switched protocols</source>
        <translation>服务器返回 %1 并切换了协议</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>在收到响应之前连接已关闭</translation>
    </message>
    <message>
        <source>the connection closed before the body was complete</source>
        <translation>在正文接收完整之前连接已关闭</translation>
    </message>
    <message>
        <source>an https:// URL cannot be fetched through an https:// (TLS) exit; use an http:// URL (for example http://api.ipify.org/?format=json)</source>
        <translation>无法通过 https://（TLS）出口获取 https:// URL；请使用 http:// URL（例如 http://api.ipify.org/?format=json）</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>响应正文大于 %1 字节</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImport</name>
    <message>
        <source>line is longer than 2048 bytes</source>
        <translation>行长超过 2048 字节</translation>
    </message>
    <message>
        <source>not text (binary data or invalid UTF-8)</source>
        <translation>不是文本（二进制数据或无效的 UTF-8）</translation>
    </message>
    <message>
        <source>no #REGION on the line and the default region is not a two-letter code</source>
        <translation>该行没有 #REGION，且默认地区不是两个字母的代码</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>与第 %1 行重复</translation>
    </message>
</context>
<context>
    <name>Veil::ExitImportCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; not an exit list</source>
        <translation>%1 大于 4 MiB；不是出口列表</translation>
    </message>
    <message>
        <source>%1 is not a valid config file; fix it first, nothing was changed</source>
        <translation>%1 不是有效的配置文件；请先修正，未作任何更改</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>an exit with id &quot;%1&quot; is already configured</source>
        <translation>ID 为“%1”的出口已配置</translation>
    </message>
    <message>
        <source>added %1 (%2) as &quot;%3&quot;</source>
        <translation>已添加 %1（%2），ID 为“%3”</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>skipped %1: %2 (%3)</source>
        <translation>已跳过 %1：%2（%3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) added to %1</source>
        <translation>
            <numerusform>已向 %1 添加 %n 个出口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>exits with a user need their password in the keychain (the app&apos;s Exits page) or in VEIL_EXIT_PASSWORD_&lt;ID&gt;</source>
        <translation>带用户名的出口需要在钥匙串（应用的“出口”页面）或 VEIL_EXIT_PASSWORD_&lt;ID&gt; 中提供密码</translation>
    </message>
</context>
<context>
    <name>Veil::ExitIpChecker</name>
    <message>
        <source>IP check failed: %1</source>
        <translation>IP 检查失败：%1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>, country %1</source>
        <translation>，国家 %1</translation>
    </message>
    <message>
        <source>, REGION MISMATCH: configured %1, database says %2</source>
        <translation>，地区不符：配置为 %1，数据库显示为 %2</translation>
    </message>
    <message>
        <source>the answer is %1 bytes long; an address is at most %2</source>
        <translation>应答长 %1 字节；地址最多 %2 字节</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <source>the answer is not an IP address: &quot;%1&quot;</source>
        <translation>应答不是 IP 地址：“%1”</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>应答不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the JSON answer is not an IP address: &quot;%2&quot;</source>
        <translation>JSON 应答中的“%1”不是 IP 地址：“%2”</translation>
    </message>
    <message>
        <source>the JSON answer has none of the members &quot;ip&quot;, &quot;address&quot;, &quot;origin&quot; or &quot;query&quot;</source>
        <translation>JSON 应答中没有 &quot;ip&quot;、&quot;address&quot;、&quot;origin&quot; 或 &quot;query&quot; 中的任何一个成员</translation>
    </message>
    <message>
        <source>the IP check is off (routing.ipCheckUrl is empty)</source>
        <translation>IP 检查已关闭（routing.ipCheckUrl 为空）</translation>
    </message>
    <message>
        <source>cannot fetch the IP check URL (%1) through the exit: %2</source>
        <translation>无法通过出口获取 IP 检查 URL（%1）：%2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) answered %2</source>
        <translation>IP 检查 URL（%1）返回 %2</translation>
    </message>
    <message>
        <source>the IP check URL (%1) gave no address: %2</source>
        <translation>IP 检查 URL（%1）未给出地址：%2</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database</source>
        <translation>%1 不在 GeoIP 数据库中</translation>
    </message>
</context>
<context>
    <name>Veil::ExitPasswords</name>
    <message>
        <source>exit %1 has user &quot;%2&quot; but no password was found (%3%4)</source>
        <translation>出口 %1 设置了用户“%2”，但未找到密码（%3%4）</translation>
    </message>
    <message>
        <source>environment variable %1, </source>
        <translation>环境变量 %1，</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>钥匙串条目 %1</translation>
    </message>
</context>
<context>
    <name>Veil::ExitSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1：%2；保留原值</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1：%2；已跳过</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1：%2；已忽略</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be a string such as &quot;socks5://host:1080&quot;</source>
        <translation>&quot;url&quot; 必须是字符串，例如 &quot;socks5://host:1080&quot;</translation>
    </message>
    <message>
        <source>&quot;region&quot; must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>&quot;region&quot; 必须是两个字母的国家代码，例如 &quot;DE&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 300 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; 必须由 1 到 300 个 A-Z、a-z、0-9、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos; 字符组成</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string of at most 200 characters</source>
        <translation>&quot;name&quot; 必须是最多 200 个字符的字符串</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of non-empty strings of at most 64 characters</source>
        <translation>&quot;tags&quot; 必须是由非空字符串（每个最多 64 个字符）组成的数组</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;passwordEnv&quot; must be an environment variable name such as &quot;VEIL_EXIT_PASSWORD&quot;</source>
        <translation>&quot;passwordEnv&quot; 必须是环境变量名，例如 &quot;VEIL_EXIT_PASSWORD&quot;</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; must be a string</source>
        <translation>&quot;caFile&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;pinSha256&quot; must be the certificate&apos;s SHA-256 in hex (64 digits) or base64</source>
        <translation>&quot;pinSha256&quot; 必须是证书的 SHA-256，十六进制（64 位）或 base64 格式</translation>
    </message>
    <message>
        <source>&quot;caFile&quot; and &quot;pinSha256&quot; apply to https:// exits only</source>
        <translation>&quot;caFile&quot; 和 &quot;pinSha256&quot; 仅适用于 https:// 出口</translation>
    </message>
    <message>
        <source>passwords are never read from the config file; store it in the keychain or set &quot;passwordEnv&quot;</source>
        <translation>从不从配置文件读取密码；请将其存入钥匙串或设置 &quot;passwordEnv&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>重复的 id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;manual&quot;, &quot;fastest&quot;, &quot;failover&quot; or &quot;balance&quot;</source>
        <translation>&quot;policy&quot; 必须是 &quot;manual&quot;、&quot;fastest&quot;、&quot;failover&quot; 或 &quot;balance&quot;</translation>
    </message>
    <message>
        <source>unknown exit &quot;%1&quot;</source>
        <translation>未知出口 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>exit &quot;%1&quot; is not in region %2</source>
        <translation>出口 &quot;%1&quot; 不在地区 %2 中</translation>
    </message>
    <message>
        <source>&quot;manualExit&quot; must be an exit id</source>
        <translation>&quot;manualExit&quot; 必须是出口 ID</translation>
    </message>
    <message>
        <source>the manual policy needs &quot;manualExit&quot;</source>
        <translation>手动策略需要 &quot;manualExit&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be an array of exit ids</source>
        <translation>&quot;order&quot; 必须是出口 ID 数组</translation>
    </message>
    <message>
        <source>not an exit id</source>
        <translation>不是出口 ID</translation>
    </message>
    <message>
        <source>must be &quot;direct&quot;, &quot;exit&quot; or &quot;rules&quot;</source>
        <translation>必须是 &quot;direct&quot;、&quot;exit&quot; 或 &quot;rules&quot;</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as &quot;DE&quot;</source>
        <translation>必须是两个字母的国家代码，例如 &quot;DE&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be an https:// URL (http:// only on this machine)</source>
        <translation>必须是 https:// URL（仅本机可用 http://）</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>必须是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>必须是文件路径</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>region %1 already has a policy</source>
        <translation>地区 %1 已有策略</translation>
    </message>
</context>
<context>
    <name>Veil::ExitsPage</name>
    <message>
        <source>Failover: first healthy exit in order</source>
        <translation>故障转移：按顺序使用第一个可用出口</translation>
    </message>
    <message>
        <source>Fastest: lowest measured delay</source>
        <translation>最快：测得延迟最低</translation>
    </message>
    <message>
        <source>Balance: spread sites over healthy exits</source>
        <translation>均衡：将网站分散到各可用出口</translation>
    </message>
    <message>
        <source>Manual: the first exit only</source>
        <translation>手动：仅使用第一个出口</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Test all</source>
        <translation>全部测试</translation>
    </message>
    <message>
        <source>Selection in this region</source>
        <translation>此地区的选择方式</translation>
    </message>
    <message>
        <source>Import exits</source>
        <translation>导入出口</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The password for %1 could not be stored in the keychain: %2</source>
        <translation>无法将 %1 的密码存入钥匙串：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>down</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1（不是 %2）</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>大于 4 MiB</translation>
    </message>
    <message>
        <source>%1: already configured</source>
        <translation>%1：已配置</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n exit(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个出口。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>Veil::GeoIpDatabase</name>
    <message>
        <source>GeoIP database %1 does not exist or is not a file</source>
        <translation>GeoIP 数据库 %1 不存在或不是文件</translation>
    </message>
    <message>
        <source>cannot read GeoIP database %1: %2</source>
        <translation>无法读取 GeoIP 数据库 %1：%2</translation>
    </message>
    <message>
        <source>this build of Veil cannot read GeoIP databases (built without libmaxminddb)</source>
        <translation>此版本的 Veil 无法读取 GeoIP 数据库（构建时未包含 libmaxminddb）</translation>
    </message>
    <message>
        <source>no GeoIP database is open</source>
        <translation>未打开 GeoIP 数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>GeoIP lookup of %1 failed: %2</source>
        <translation>GeoIP 查询 %1 失败：%2</translation>
    </message>
    <message>
        <source>the GeoIP database has no valid country code for %1</source>
        <translation>GeoIP 数据库中没有 %1 的有效国家代码</translation>
    </message>
</context>
<context>
    <name>Veil::GnomeSystemProxy</name>
    <message>
        <source>GNOME (gsettings org.gnome.system.proxy)</source>
        <translation>GNOME（gsettings org.gnome.system.proxy）</translation>
    </message>
    <message>
        <source>(install the gsettings-desktop-schemas package)</source>
        <translation>（请安装 gsettings-desktop-schemas 软件包）</translation>
    </message>
    <message>
        <source>gsettings did not list %1; is the gsettings-desktop-schemas package installed?</source>
        <translation>gsettings 未列出 %1；是否已安装 gsettings-desktop-schemas 软件包？</translation>
    </message>
    <message>
        <source>cannot set %1 %2: %3</source>
        <translation>无法设置 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Veil::HealthChecker</name>
    <message>
        <source>the probe URL answered %1</source>
        <translation>探测 URL 返回 %1</translation>
    </message>
</context>
<context>
    <name>Veil::Http</name>
    <message>
        <source>Veil privacy proxy</source>
        <translation>Veil 隐私代理</translation>
    </message>
</context>
<context>
    <name>Veil::HttpSession</name>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>因路由变化而关闭（切换时关闭）</translation>
    </message>
    <message>
        <source>client closed the connection mid-response</source>
        <translation>客户端在响应中途关闭了连接</translation>
    </message>
    <message>
        <source>client closed the connection</source>
        <translation>客户端关闭了连接</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>请求头大于 %1 字节。</translation>
    </message>
    <message>
        <source>Veil refused a malformed request: %1.</source>
        <translation>Veil 拒绝了格式错误的请求：%1。</translation>
    </message>
    <message>
        <source>Veil does not answer OPTIONS *.</source>
        <translation>Veil 不应答 OPTIONS *。</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password.</source>
        <translation>此代理需要用户名和密码。</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil 已拦截 %1：%2。</translation>
    </message>
    <message>
        <source>The request head did not arrive within %1 ms.</source>
        <translation>请求头未在 %1 毫秒内到达。</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>%1 毫秒内没有数据</translation>
    </message>
    <message>
        <source>The origin did not answer within %1 ms.</source>
        <translation>源服务器未在 %1 毫秒内应答。</translation>
    </message>
    <message>
        <source>Veil is holding this connection: %1. Nothing was sent directly.</source>
        <translation>Veil 已挂起此连接：%1。没有任何内容被直接发送。</translation>
    </message>
    <message>
        <source>Veil refused a malformed request body: %1.</source>
        <translation>Veil 拒绝了格式错误的请求正文：%1。</translation>
    </message>
    <message>
        <source>The origin sent a response head larger than %1 bytes.</source>
        <translation>源服务器发送的响应头大于 %1 字节。</translation>
    </message>
    <message>
        <source>The origin sent a malformed response: %1.</source>
        <translation>源服务器发送了格式错误的响应：%1。</translation>
    </message>
    <message>
        <source>The origin switched protocols without being asked to.</source>
        <translation>源服务器在未被要求的情况下切换了协议。</translation>
    </message>
    <message>
        <source>exit %1 refused proxy authentication (407 %2): check its user name and password</source>
        <translation>出口 %1 拒绝了代理身份验证（407 %2）：请检查其用户名和密码</translation>
    </message>
    <message>
        <source>malformed response body from the origin: %1</source>
        <translation>源服务器的响应正文格式错误：%1</translation>
    </message>
    <message>
        <source>the origin closed the connection mid-response</source>
        <translation>源服务器在响应中途关闭了连接</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response.</source>
        <translation>%1 未作响应就关闭了连接。</translation>
    </message>
    <message>
        <source>the client read nothing for %1 ms</source>
        <translation>客户端在 %1 毫秒内未读取任何数据</translation>
    </message>
    <message>
        <source>The cached response may not be used and the request allows only cached responses (only-if-cached).</source>
        <translation>缓存的响应不可使用，而请求只允许使用缓存的响应（only-if-cached）。</translation>
    </message>
    <message>
        <source>Nothing usable is cached and the request allows only cached responses (only-if-cached).</source>
        <translation>缓存中没有可用的内容，而请求只允许使用缓存的响应（only-if-cached）。</translation>
    </message>
    <message>
        <source>The cached response the origin confirmed could not be read from disk.</source>
        <translation>无法从磁盘读取源服务器已确认的缓存响应。</translation>
    </message>
    <message>
        <source>the cached body could not be read to the end</source>
        <translation>无法完整读取缓存的正文</translation>
    </message>
</context>
<context>
    <name>Veil::KdeSystemProxy</name>
    <message>
        <source>KDE Plasma %1 (kioslaverc)</source>
        <translation>KDE Plasma %1（kioslaverc）</translation>
    </message>
    <message>
        <source>cannot set %1 in kioslaverc: %2</source>
        <translation>无法在 kioslaverc 中设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>Veil::LocalPages</name>
    <message>
        <source>Veil&apos;s local pages only answer GET and HEAD.</source>
        <translation>Veil 的本地页面只应答 GET 和 HEAD。</translation>
    </message>
    <message>
        <source>The proxy is running.</source>
        <translation>代理正在运行。</translation>
    </message>
    <message>
        <source>Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)</source>
        <translation>正在监听 %1（HTTP、HTTPS CONNECT 和 SOCKS5）</translation>
    </message>
    <message>
        <source>Open connections: %1</source>
        <translation>打开的连接：%1</translation>
    </message>
    <message>
        <source>Requests served: %1</source>
        <translation>已处理的请求：%1</translation>
    </message>
    <message>
        <source>Veil has no page here. Try / or /proxy.pac.</source>
        <translation>Veil 在此没有页面。请尝试 / 或 /proxy.pac。</translation>
    </message>
</context>
<context>
    <name>Veil::LoginItem</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Privacy proxy</source>
        <translation>隐私代理</translation>
    </message>
</context>
<context>
    <name>Veil::MacSystemProxy</name>
    <message>
        <source>macOS (networksetup)</source>
        <translation>macOS（networksetup）</translation>
    </message>
    <message>
        <source>networksetup %1: %2</source>
        <translation>networksetup %1：%2</translation>
    </message>
    <message>
        <source>networksetup lists no enabled network service</source>
        <translation>networksetup 未列出任何已启用的网络服务</translation>
    </message>
</context>
<context>
    <name>Veil::MainWindow</name>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Proxy environment variables copied: paste them into a terminal.</source>
        <translation>已复制代理环境变量：请将其粘贴到终端中。</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Veil lives in this window: closing it quits Veil.</source>
        <translation>此桌面没有系统托盘，因此 Veil 只存在于此窗口：关闭窗口即退出 Veil。</translation>
    </message>
    <message>
        <source>The change is active but could not be saved: %1</source>
        <translation>更改已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>Protection is off: Veil on %1 connects directly. Set your browser&apos;s HTTP, HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac</source>
        <translation>保护已关闭：%1 上的 Veil 直接连接。请将浏览器的 HTTP、HTTPS 和 SOCKS5 代理设为此地址，或使用 http://%1/proxy.pac</translation>
    </message>
    <message>
        <source>Veil on %1 sends traffic through region %2.</source>
        <translation>%1 上的 Veil 正经由地区 %2 发送流量。</translation>
    </message>
    <message>
        <source>Veil on %1 is holding connections: no healthy exit in region %2%3.</source>
        <translation>%1 上的 Veil 正在挂起连接：地区 %2 中没有可用出口%3。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>, falling back to direct</source>
        <translation>，回退为直连</translation>
    </message>
    <message>
        <source>Could not restore the system proxy: %1</source>
        <translation>无法恢复系统代理：%1</translation>
    </message>
    <message>
        <source>Veil cannot set the system proxy here: %1</source>
        <translation>Veil 无法在此设置系统代理：%1</translation>
    </message>
    <message>
        <source>Another program changed the system proxy (%1); Veil leaves it alone.</source>
        <translation>另一个程序更改了系统代理（%1）；Veil 不会干预。</translation>
    </message>
    <message>
        <source>Could not set the system proxy: %1</source>
        <translation>无法设置系统代理：%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Veil cannot listen there (%1); it stays on %2:%3.</source>
        <translation>Veil 无法在那里监听（%1）；仍使用 %2:%3。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;A privacy proxy on your own machine: it blocks trackers, sends each site directly or through an exit in the region you choose, and never leaks your address or DNS through an exit.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veil %1&lt;/h3&gt;&lt;p&gt;运行在您自己电脑上的隐私代理：它拦截跟踪器，将每个网站直接发送或经由您所选地区的出口发送，并且绝不会通过出口泄露您的地址或 DNS 查询。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>关于 Veil</translation>
    </message>
</context>
<context>
    <name>Veil::OverviewPage</name>
    <message>
        <source>Everything through the region</source>
        <translation>全部经由该地区</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>Direct (protection off)</source>
        <translation>直连（保护已关闭）</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Exits of the region</source>
        <translation>该地区的出口</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Protection is on</source>
        <translation>保护已开启</translation>
    </message>
    <message>
        <source>Protection is off</source>
        <translation>保护已关闭</translation>
    </message>
    <message>
        <source>Click to connect directly</source>
        <translation>点击以直接连接</translation>
    </message>
    <message>
        <source>Click to send traffic through the region</source>
        <translation>点击以经由该地区发送流量</translation>
    </message>
    <message>
        <source>%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups</source>
        <translation>%1 个请求 · %2 个打开的连接 · 已接收 %3 · 已发送 %4 · %5 次本地 DNS 查询</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>down</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 is in %2 according to the GeoIP database, not in %3</source>
        <translation>根据 GeoIP 数据库，%1 位于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>Protection is off: sites see this computer&apos;s own address.</source>
        <translation>保护已关闭：网站会看到这台计算机自己的地址。</translation>
    </message>
    <message>
        <source>No region is chosen: connections are held until you pick one.</source>
        <translation>未选择地区：在您选择之前，连接将被挂起。</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections go direct (fallback is on).</source>
        <translation>%1 中没有可用出口：连接将直连（已开启回退）。</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: connections are held, nothing goes out directly.</source>
        <translation>%1 中没有可用出口：连接被挂起，不会有任何内容直接发出。</translation>
    </message>
    <message>
        <source>Sites see an address in %1.</source>
        <translation>网站看到的是位于 %1 的地址。</translation>
    </message>
    <message>
        <source>%1 blocked · %2 cache hits · %3 saved by the cache</source>
        <translation>已拦截 %1 个 · 缓存命中 %2 次 · 缓存节省 %3</translation>
    </message>
    <message>
        <source>No exit in %1 is healthy: the kill switch holds every connection, nothing goes out directly.</source>
        <translation>%1 中没有可用出口：终止开关挂起所有连接，不会有任何内容直接发出。</translation>
    </message>
</context>
<context>
    <name>Veil::Policy</name>
    <message>
        <source>rule %1 (final)</source>
        <translation>规则 %1（final）</translation>
    </message>
    <message>
        <source>rule %1 (%2 %3)</source>
        <translation>规则 %1（%2 %3）</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>被 %1 允许</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>被 %1 拦截</translation>
    </message>
    <message>
        <source>blocked by list %1, line %2: %3</source>
        <translation>被列表 %1 第 %2 行拦截：%3</translation>
    </message>
    <message>
        <source>allowed by list %1, line %2: %3 (overrides %4)</source>
        <translation>被列表 %1 第 %2 行允许：%3（覆盖 %4）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>出口 %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（依据 %2）</translation>
    </message>
    <message>
        <source>no rule or list matched; the routing mode decides (%1)</source>
        <translation>没有匹配的规则或列表；由路由模式决定（%1）</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettings</name>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>最多 %1 个条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; 不是主机名</translation>
    </message>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1：%2；保留原值</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be &quot;keep&quot;, &quot;origin&quot; or &quot;drop&quot;</source>
        <translation>必须是“keep”、“origin”或“drop”</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks</source>
        <translation>只能包含可打印的 ASCII 字符，不能换行</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>开头和结尾不能有空格</translation>
    </message>
    <message>
        <source>an empty parameter name</source>
        <translation>参数名为空</translation>
    </message>
    <message>
        <source>&quot;*&quot; alone would remove every parameter</source>
        <translation>单独的“*”会删除所有参数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name (ASCII, no spaces, &amp; = # ?; &apos;*&apos; only at the end)</source>
        <translation>“%1”不是参数名（仅限 ASCII，不含空格和 &amp; = # ?；“*”只能在末尾）</translation>
    </message>
</context>
<context>
    <name>Veil::PrivacySettingsBox</name>
    <message>
        <source>Send Sec-GPC: 1 (Global Privacy Control)</source>
        <translation>发送 Sec-GPC: 1（全球隐私控制）</translation>
    </message>
    <message>
        <source>Send DNT: 1 (Do Not Track)</source>
        <translation>发送 DNT: 1（请勿跟踪）</translation>
    </message>
    <message>
        <source>Remove tracking parameters from addresses</source>
        <translation>从地址中删除跟踪参数</translation>
    </message>
    <message>
        <source>Privacy filters (plain HTTP)</source>
        <translation>隐私过滤（明文 HTTP）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Origin only (scheme://host/)</source>
        <translation>仅来源（scheme://host/）</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>utm_*, fbclid, gclid</source>
        <translation>utm_*, fbclid, gclid</translation>
    </message>
    <message>
        <source>Leave empty to send the browser&apos;s own</source>
        <translation>留空则发送浏览器自己的</translation>
    </message>
    <message>
        <source>shop.example, bank.example</source>
        <translation>shop.example, bank.example</translation>
    </message>
    <message>
        <source>Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that Veil does not change. Each change is listed in the request&apos;s log entry.</source>
        <translation>仅限明文 HTTP 请求：HTTPS 经过加密隧道传输，Veil 不会修改。每项修改都会列在该请求的日志条目中。</translation>
    </message>
    <message>
        <source>Referer to other sites</source>
        <translation>发往其他网站的 Referer</translation>
    </message>
    <message>
        <source>Requests within one site keep their Referer. &quot;Origin only&quot; drops it when an HTTPS page links to plain HTTP.</source>
        <translation>同一网站内的请求保留其 Referer。当 HTTPS 页面链接到明文 HTTP 时，“仅来源”会将其删除。</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>跟踪参数</translation>
    </message>
    <message>
        <source>Exact names, separated by commas; a trailing * matches every name that begins with the rest. &quot;$removeparam&quot; filters of your blocklists are applied too.</source>
        <translation>精确名称，以逗号分隔；末尾的 * 匹配所有以其余部分开头的名称。拦截列表中的“$removeparam”过滤规则同样生效。</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Leave these sites alone</source>
        <translation>不处理这些网站</translation>
    </message>
    <message>
        <source>Host names separated by commas; each covers its subdomains.</source>
        <translation>主机名，以逗号分隔；每项都包括其子域名。</translation>
    </message>
</context>
<context>
    <name>Veil::Router</name>
    <message>
        <source>no exit has the id %1</source>
        <translation>没有 ID 为 %1 的出口</translation>
    </message>
    <message>
        <source>exit %1 is disabled</source>
        <translation>出口 %1 已禁用</translation>
    </message>
    <message>
        <source>exit %1 is down</source>
        <translation>出口 %1 故障</translation>
    </message>
    <message>
        <source>no exit region is selected</source>
        <translation>未选择出口地区</translation>
    </message>
    <message>
        <source>no healthy exit in region %1</source>
        <translation>地区 %1 中没有可用出口</translation>
    </message>
    <message>
        <source>%1; falling back to direct as configured</source>
        <translation>%1；按配置回退为直连</translation>
    </message>
</context>
<context>
    <name>Veil::RuleDialog</name>
    <message>
        <source>Use this rule</source>
        <translation>使用此规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>允许（从不拦截）</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Exit via region or exit</source>
        <translation>经由地区或出口</translation>
    </message>
    <message>
        <source>region code (US) or exit id</source>
        <translation>地区代码（US）或出口 ID</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>example.com (also matches www.example.com)</source>
        <translation>example.com（也匹配 www.example.com）</translation>
    </message>
    <message>
        <source>tracker</source>
        <translation>tracker</translation>
    </message>
    <message>
        <source>^ads?[0-9]*\. (RE2 syntax)</source>
        <translation>^ads?[0-9]*\.（RE2 语法）</translation>
    </message>
    <message>
        <source>192.168.0.0/16 or 2001:db8::/32</source>
        <translation>192.168.0.0/16 或 2001:db8::/32</translation>
    </message>
    <message>
        <source>8080 or 8000-8100</source>
        <translation>8080 或 8000-8100</translation>
    </message>
    <message>
        <source>name of a blocklist</source>
        <translation>拦截列表的名称</translation>
    </message>
    <message>
        <source>matches everything that reaches it</source>
        <translation>匹配到达此处的所有请求</translation>
    </message>
    <message>
        <source>Enter what the rule matches.</source>
        <translation>请输入规则要匹配的内容。</translation>
    </message>
    <message>
        <source>Enter the region code (such as US) or the exit id to use.</source>
        <translation>请输入要使用的地区代码（如 US）或出口 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a region code nor an exit id.</source>
        <translation>“%1”既不是地区代码，也不是出口 ID。</translation>
    </message>
    <message>
        <source>A rule with the id &quot;%1&quot; already exists.</source>
        <translation>ID 为“%1”的规则已存在。</translation>
    </message>
    <message>
        <source>Direct and exit rules take effect in the &quot;Rules&quot; mode only; block and allow rules work in every mode.</source>
        <translation>直连和出口规则仅在“按规则”模式下生效；拦截和允许规则在所有模式下都有效。</translation>
    </message>
</context>
<context>
    <name>Veil::RuleModel</name>
    <message>
        <source>Rule %1: %2 %3 → %4</source>
        <translation>规则 %1：%2 %3 → %4</translation>
    </message>
    <message>
        <source>everything else</source>
        <translation>其他所有</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Domain and subdomains</source>
        <translation>域名及其子域名</translation>
    </message>
    <message>
        <source>Host contains</source>
        <translation>主机包含</translation>
    </message>
    <message>
        <source>Host regex</source>
        <translation>主机正则</translation>
    </message>
    <message>
        <source>IP network</source>
        <translation>IP 网段</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>拦截列表</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Allow (never block)</source>
        <translation>允许（从不拦截）</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Exit via %1</source>
        <translation>经由 %1</translation>
    </message>
</context>
<context>
    <name>Veil::RuleSettings</name>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1：%2；已跳过</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of domain, domain-suffix, domain-keyword, domain-regex, ip-cidr, port, list, final</source>
        <translation>&quot;type&quot; 必须是 domain、domain-suffix、domain-keyword、domain-regex、ip-cidr、port、list、final 之一</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be block, allow, direct, exit:REGION or exit:EXIT-ID</source>
        <translation>&quot;action&quot; 必须是 block、allow、direct、exit:REGION 或 exit:EXIT-ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 64 characters from A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&quot;id&quot; 必须由 1 到 64 个 A-Z、a-z、0-9、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos; 字符组成</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be a string</source>
        <translation>&quot;value&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;comment&quot; must be a string of at most 500 characters</source>
        <translation>&quot;comment&quot; 必须是最多 500 个字符的字符串</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 64 characters without &apos;,&apos; or line breaks</source>
        <translation>&quot;name&quot; 必须是 1 到 64 个字符，且不含 &apos;,&apos; 或换行符</translation>
    </message>
    <message>
        <source>&quot;enabled&quot;, &quot;block&quot; and &quot;assumeThirdParty&quot; must be true or false</source>
        <translation>&quot;enabled&quot;、&quot;block&quot; 和 &quot;assumeThirdParty&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;value&quot; is longer than %1 characters</source>
        <translation>&quot;value&quot; 超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; 不是主机名</translation>
    </message>
    <message>
        <source>a domain keyword must be non-empty text without spaces</source>
        <translation>域名关键字必须是不含空格的非空文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RE2 regular expression</source>
        <translation>&quot;%1&quot; 不是有效的 RE2 正则表达式</translation>
    </message>
    <message>
        <source>the regular expression is too large</source>
        <translation>正则表达式过大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP network such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>&quot;%1&quot; 不是 IP 网段，例如 10.0.0.0/8 或 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port or a range such as 8000-8100</source>
        <translation>&quot;%1&quot; 不是端口或端口范围，例如 8000-8100</translation>
    </message>
    <message>
        <source>a list rule needs the name of a blocklist</source>
        <translation>列表规则需要拦截列表的名称</translation>
    </message>
    <message>
        <source>blocklists: must be an array; keeping the previous value</source>
        <translation>blocklists：必须是数组；保留原值</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;</source>
        <translation>重复的名称 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 blocklists</source>
        <translation>最多 %1 个拦截列表</translation>
    </message>
    <message>
        <source>rules: must be an array; keeping the previous value</source>
        <translation>rules：必须是数组；保留原值</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>重复的 id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http:// or https:// address with a host and no user name</source>
        <translation>&quot;url&quot; 必须是包含主机名且不含用户名的 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>&quot;path&quot; must name a local file (or &quot;url&quot; a subscription)</source>
        <translation>&quot;path&quot; 必须指定本地文件（或由 &quot;url&quot; 指定订阅）</translation>
    </message>
    <message>
        <source>&quot;refreshHours&quot; must be a whole number from 0 to %1</source>
        <translation>&quot;refreshHours&quot; 必须是 0 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>Veil::RulesPage</name>
    <message>
        <source>http://example.com/ads/banner.js, https://example.com or example.com:443</source>
        <translation>http://example.com/ads/banner.js、https://example.com 或 example.com:443</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Rules (first match wins: allow, then block, then routing)</source>
        <translation>规则（先匹配者优先：依次为允许、拦截、路由）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>拦截列表</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test a URL:</source>
        <translation>测试 URL：</translation>
    </message>
    <message>
        <source>Reading the lists…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Direct and exit rules are waiting: they take effect in the &quot;Rules&quot; mode (Overview or tray). Block and allow rules work in every mode.</source>
        <translation>直连和出口规则正在等待：它们在“按规则”模式下生效（可在概览或托盘中切换）。拦截和允许规则在所有模式下都有效。</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n rule(s) in use.</source>
        <translation>
            <numerusform>已更新：正在使用 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1. The other lists are updated.</source>
        <translation>无法读取：%1。其他列表已更新。</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>已添加规则 %1。</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>已删除规则 %1。</translation>
    </message>
    <message>
        <source>Veil uses at most %1 blocklists; remove one first.</source>
        <translation>Veil 最多使用 %1 个拦截列表；请先移除一个。</translation>
    </message>
    <message>
        <source>Added list %1; it is read in the background.</source>
        <translation>已添加列表 %1；正在后台读取。</translation>
    </message>
    <message numerus="yes">
        <source>Removed list %1. %n rule(s) name it and now match nothing.</source>
        <translation>
            <numerusform>已移除列表 %1。有 %n 条规则引用了它，现在不会匹配任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed list %1.</source>
        <translation>已移除列表 %1。</translation>
    </message>
    <message>
        <source>The engine is not running, so there is nothing to ask.</source>
        <translation>引擎未运行，无法查询。</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>已拦截。</translation>
    </message>
    <message>
        <source>Allowed: goes direct.</source>
        <translation>允许：直连。</translation>
    </message>
    <message>
        <source>Allowed: goes through an exit in %1.</source>
        <translation>允许：经由 %1 的出口。</translation>
    </message>
    <message>
        <source>Allowed: goes through exit %1.</source>
        <translation>允许：经由出口 %1。</translation>
    </message>
    <message>
        <source>Allowed: goes direct (protection is off).</source>
        <translation>允许：直连（保护已关闭）。</translation>
    </message>
    <message>
        <source>Allowed, but held: no region is chosen.</source>
        <translation>允许，但被挂起：未选择地区。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Read the enabled lists again from disk, check subscriptions for a new version, and use them for new connections.</source>
        <translation>从磁盘重新读取已启用的列表，检查订阅是否有新版本，并将其用于新连接。</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 未更新：%2</translation>
    </message>
    <message>
        <source>You can also drag a rule to its place in the table.</source>
        <translation>也可以在表格中把规则拖到它的位置。</translation>
    </message>
</context>
<context>
    <name>Veil::SecretStore</name>
    <message>
        <source>invalid secret key</source>
        <translation>无效的密钥名</translation>
    </message>
    <message>
        <source>empty secret (use remove() to delete one)</source>
        <translation>机密为空（删除请使用 remove()）</translation>
    </message>
    <message>
        <source>secret contains a NUL character</source>
        <translation>机密包含 NUL 字符</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>钥匙串未在 %1 毫秒内应答</translation>
    </message>
</context>
<context>
    <name>Veil::Settings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1：%2；保留原值</translation>
    </message>
    <message>
        <source>unsupported schema version</source>
        <translation>不支持的架构版本</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>不是 IP 地址</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535</source>
        <translation>必须是 1 到 65535 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a string of at most 255 characters without &apos;:&apos;</source>
        <translation>必须是最多 255 个字符且不含 &apos;:&apos; 的字符串</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be &quot;text&quot;, &quot;json&quot; or &quot;none&quot;</source>
        <translation>必须是 &quot;text&quot;、&quot;json&quot; 或 &quot;none&quot;</translation>
    </message>
    <message>
        <source>listen address &quot;%1&quot; is not an IP address</source>
        <translation>监听地址“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>refusing to listen on %1: it is reachable from other machines. Veil listens on loopback only unless you opt in with --allow-remote and set proxy credentials</source>
        <translation>拒绝在 %1 上监听：该地址可被其他计算机访问。除非您使用 --allow-remote 明确允许并设置代理凭据，否则 Veil 只在回环地址上监听</translation>
    </message>
    <message>
        <source>listening on %1 needs authentication: set a proxy user (--proxy-user) and a password (VEIL_PROXY_PASSWORD)</source>
        <translation>在 %1 上监听需要身份验证：请设置代理用户（--proxy-user）和密码（VEIL_PROXY_PASSWORD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: missing &apos;]&apos;</source>
        <translation>“%1”：缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:&apos; after &apos;]&apos;</source>
        <translation>“%1”：&apos;]&apos; 之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>“%1”不是 1 到 65535 之间的端口</translation>
    </message>
</context>
<context>
    <name>Veil::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Kill switch: never connect directly when Veil cannot use an exit</source>
        <translation>终止开关：当 Veil 无法使用出口时，绝不直接连接</translation>
    </message>
    <message>
        <source>Set the system proxy when Veil starts</source>
        <translation>Veil 启动时设置系统代理</translation>
    </message>
    <message>
        <source>Start Veil when I log in</source>
        <translation>登录时启动 Veil</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>Closing the window keeps Veil running in the tray</source>
        <translation>关闭窗口后 Veil 继续在托盘中运行</translation>
    </message>
    <message>
        <source>intranet.example, *.corp.example, 10.0.0.0/8</source>
        <translation>intranet.example, *.corp.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
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
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> 个请求</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>When no exit of your region is healthy, connections are held and get a page saying why, instead of going out directly with your own address (even when falling back to direct is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so browsers stay blocked while Veil is not running, and the system proxy keeps pointing at Veil while traffic is held.</source>
        <translation>当您所在地区没有可用出口时，连接会被挂起，并收到一个说明原因的页面，而不会用您自己的地址直接发出（即使已配置回退为直连）。此时代理配置文件（PAC）绝不会回退为 DIRECT，因此 Veil 未运行时浏览器会保持阻断；流量被挂起期间，系统代理也会一直指向 Veil。</translation>
    </message>
    <message>
        <source>Bypass Veil for</source>
        <translation>以下地址绕过 Veil</translation>
    </message>
    <message>
        <source>Host names, *.domain wildcards, addresses and networks, separated by commas. localhost, 127.0.0.0/8 and ::1 are always bypassed.</source>
        <translation>主机名、*.domain 通配符、地址和网段，以英文逗号分隔。localhost、127.0.0.0/8 和 ::1 总是绕过。</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language takes effect when Veil starts again.</source>
        <translation>新语言将在 Veil 下次启动时生效。</translation>
    </message>
    <message>
        <source>Traffic log keeps</source>
        <translation>流量日志保留</translation>
    </message>
    <message>
        <source>The newest requests, in memory only; older ones fall out.</source>
        <translation>最新的请求，仅保存在内存中；较早的会被移出。</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window is Veil, and closing it quits.</source>
        <translation>此桌面没有系统托盘：窗口即 Veil，关闭窗口即退出。</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address such as 127.0.0.1 or ::1.</source>
        <translation>“%1”不是 IP 地址（例如 127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <source>HTTP, HTTPS and SOCKS proxy</source>
        <translation>HTTP、HTTPS 和 SOCKS 代理</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>自动配置 (PAC)</translation>
    </message>
    <message>
        <source>The automatic configuration sends local names past Veil and, with the kill switch off, lets the browser connect directly while Veil is not running.</source>
        <translation>自动配置让本地名称绕过 Veil；在终止开关关闭时，Veil 未运行期间浏览器会直接连接。</translation>
    </message>
    <message>
        <source>System proxy setting</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>About Veil…</source>
        <translation>关于 Veil…</translation>
    </message>
    <message>
        <source>Veil %1</source>
        <translation>Veil %1</translation>
    </message>
    <message>
        <source>Veil listens on the new address before it leaves the old one: open connections carry on, new ones need the new address.</source>
        <translation>Veil 先在新地址上监听，再离开旧地址：已打开的连接继续进行，新连接需使用新地址。</translation>
    </message>
</context>
<context>
    <name>Veil::Socks5Session</name>
    <message>
        <source>SOCKS5 handshake timed out</source>
        <translation>SOCKS5 握手超时</translation>
    </message>
    <message>
        <source>client closed the connection during the handshake</source>
        <translation>客户端在握手期间关闭了连接</translation>
    </message>
    <message>
        <source>SOCKS5: %1</source>
        <translation>SOCKS5：%1</translation>
    </message>
    <message>
        <source>Veil blocked %1: %2.</source>
        <translation>Veil 已拦截 %1：%2。</translation>
    </message>
    <message>
        <source>closed because the route changed (close on switch)</source>
        <translation>因路由变化而关闭（切换时关闭）</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxy</name>
    <message>
        <source>this desktop (%1) has no system proxy setting Veil can change; supported are GNOME, Unity, Cinnamon, Budgie, Pantheon, KDE Plasma 5 and 6, macOS and Windows. Use the proxy environment variables instead.</source>
        <translation>此桌面（%1）没有 Veil 可以更改的系统代理设置；支持的有 GNOME、Unity、Cinnamon、Budgie、Pantheon、KDE Plasma 5 和 6、macOS 以及 Windows。请改用代理环境变量。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown system proxy backend &quot;%1&quot; (gnome, kde, macos, windows)</source>
        <translation>未知的系统代理后端“%1”（gnome、kde、macos、windows）</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyCommand</name>
    <message>
        <source>no system proxy change to restore (%1 does not exist)</source>
        <translation>没有需要恢复的系统代理更改（%1 不存在）</translation>
    </message>
    <message>
        <source>cannot restore the system proxy recorded in %1: %2</source>
        <translation>无法恢复 %1 中记录的系统代理：%2</translation>
    </message>
    <message>
        <source>restored the %1 proxy settings a previous Veil left behind</source>
        <translation>已恢复之前的 Veil 遗留的 %1 代理设置</translation>
    </message>
    <message>
        <source>left alone (changed by another program): %1</source>
        <translation>未作改动（已被其他程序更改）：%1</translation>
    </message>
    <message>
        <source>a previous Veil left a system proxy mark, but another program has changed the %1 proxy settings since; they were left alone</source>
        <translation>之前的 Veil 留下了系统代理标记，但此后另一个程序更改了 %1 代理设置；未作改动</translation>
    </message>
    <message>
        <source>cannot restore the system proxy: %1</source>
        <translation>无法恢复系统代理：%1</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyController</name>
    <message>
        <source>Veil did not change the system proxy: %1</source>
        <translation>Veil 未更改系统代理：%1</translation>
    </message>
    <message>
        <source>%1 did not keep the new setting</source>
        <translation>%1 未保留新设置</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1</source>
        <translation>无法设置系统代理：%1</translation>
    </message>
    <message>
        <source>cannot set the system proxy: %1; putting the old settings back failed too (%2), run veil --restore-system-proxy</source>
        <translation>无法设置系统代理：%1；恢复旧设置也失败了（%2），请运行 veil --restore-system-proxy</translation>
    </message>
    <message>
        <source>%1; it was moved to %2</source>
        <translation>%1；已移至 %2</translation>
    </message>
    <message>
        <source>the leftover system proxy change in %1 was made with the %2 backend, not %3</source>
        <translation>%1 中遗留的系统代理更改是通过 %2 后端进行的，而不是 %3</translation>
    </message>
    <message>
        <source>another Veil (process %1) has the system proxy; stop it first</source>
        <translation>另一个 Veil（进程 %1）正在控制系统代理；请先停止它</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxySettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1：%2；保留原值</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>最多 %1 个条目</translation>
    </message>
    <message>
        <source>an empty entry</source>
        <translation>存在空条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network such as 10.0.0.0/8 or fd00::/8</source>
        <translation>“%1”不是网段（例如 10.0.0.0/8 或 fd00::/8）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name, *.domain, address or network</source>
        <translation>“%1”不是主机名、*.domain、地址或网段</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot; or &quot;pac&quot;</source>
        <translation>必须是 &quot;fixed&quot; 或 &quot;pac&quot;</translation>
    </message>
</context>
<context>
    <name>Veil::SystemProxyStateFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a system proxy state file Veil can read</source>
        <translation>%1 不是 Veil 可读取的系统代理状态文件</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>Veil::ThroughputGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2   (last 60 s, top of scale %3)</source>
        <translation>↓ %1   ↑ %2   （最近 60 秒，刻度上限 %3）</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficDetailsPane</name>
    <message>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>End this connection now; the client sees it closed</source>
        <translation>立即结束此连接；客户端会看到它被关闭</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>请求已发送</translation>
    </message>
    <message>
        <source>First response byte</source>
        <translation>响应首字节</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Request headers (as sent)</source>
        <translation>请求头（发出时）</translation>
    </message>
    <message>
        <source>Response headers (as received)</source>
        <translation>响应头（收到时）</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>明文 HTTP</translation>
    </message>
    <message>
        <source>Tunnel (HTTP CONNECT)</source>
        <translation>隧道（HTTP CONNECT）</translation>
    </message>
    <message>
        <source>Tunnel (SOCKS5)</source>
        <translation>隧道（SOCKS5）</translation>
    </message>
    <message>
        <source>Veil&apos;s own page</source>
        <translation>Veil 自己的页面</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Through an exit</source>
        <translation>经由出口</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Answered by Veil</source>
        <translation>由 Veil 应答</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>no rule: the mode&apos;s default</source>
        <translation>无规则：模式的默认处理</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 down, %2 up</source>
        <translation>下行 %1，上行 %2</translation>
    </message>
    <message>
        <source>Headers and timings appear when it ends.</source>
        <translation>连接结束后显示请求头和时间。</translation>
    </message>
    <message numerus="yes">
        <source>Details are kept for the latest %n request(s).</source>
        <translation>
            <numerusform>仅保留最近 %n 个请求的详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>No details were recorded for this row.</source>
        <translation>此行没有记录详细信息。</translation>
    </message>
    <message>
        <source>A tunnel&apos;s bytes are the client&apos;s own: Veil sees no headers.</source>
        <translation>隧道中的字节属于客户端：Veil 看不到任何请求头。</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>reused a kept-alive connection</source>
        <translation>复用了保持活动的连接</translation>
    </message>
    <message>
        <source>Referer cut to the site&apos;s origin</source>
        <translation>Referer 已裁剪为网站的来源</translation>
    </message>
    <message>
        <source>Referer removed</source>
        <translation>Referer 已删除</translation>
    </message>
    <message>
        <source>Sec-GPC: 1 added</source>
        <translation>已添加 Sec-GPC: 1</translation>
    </message>
    <message>
        <source>DNT: 1 added</source>
        <translation>已添加 DNT: 1</translation>
    </message>
    <message>
        <source>User-Agent replaced</source>
        <translation>User-Agent 已替换</translation>
    </message>
    <message>
        <source>Query parameter %1 removed</source>
        <translation>已删除查询参数 %1</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下行</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上行</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>revalidated</source>
        <translation>已重新验证</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>已绕过</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
</context>
<context>
    <name>Veil::TrafficPage</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Filter by host, path, method, exit or error</source>
        <translation>按主机、路径、方法、出口或错误筛选</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>任意处理方式</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Keep the newest request in view</source>
        <translation>始终显示最新的请求</translation>
    </message>
    <message>
        <source>Stop updating the table; requests are still recorded and appear when you resume</source>
        <translation>停止更新表格；请求仍会被记录，恢复后显示</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>表中共 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older row(s) dropped</source>
        <translation>
            <numerusform>已丢弃 %n 行旧记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n event(s) waiting</source>
        <translation>
            <numerusform>已暂停，%n 个事件等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dropped while paused</source>
        <translation>
            <numerusform>暂停期间丢弃了 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>导出流量</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) as CSV to %1</source>
        <translation>
            <numerusform>已将 %n 行以 CSV 格式导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) as HAR to %1</source>
        <translation>
            <numerusform>已将 %n 个请求以 HAR 格式导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel row(s) left out (HAR describes plain HTTP only)</source>
        <translation>
            <numerusform>已略过 %n 行隧道记录（HAR 只描述明文 HTTP）</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>Connection #%1 had already ended</source>
        <translation>连接 #%1 已经结束</translation>
    </message>
</context>
<context>
    <name>Veil::TrayController</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Protection on</source>
        <translation>开启保护</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>Everything through the region</source>
        <translation>全部经由该地区</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>Direct (off)</source>
        <translation>直连（关闭）</translation>
    </message>
    <message>
        <source>Point this computer&apos;s proxy settings at Veil (restored when you turn it off or quit)</source>
        <translation>将这台计算机的代理设置指向 Veil（关闭或退出时恢复）</translation>
    </message>
    <message>
        <source>Copy proxy environment variables</source>
        <translation>复制代理环境变量</translation>
    </message>
    <message>
        <source>Open Veil</source>
        <translation>打开 Veil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No exits configured</source>
        <translation>未配置出口</translation>
    </message>
    <message>
        <source>Veil: protection off (direct)</source>
        <translation>Veil：保护已关闭（直连）</translation>
    </message>
    <message>
        <source>Veil: through %1</source>
        <translation>Veil：经由 %1</translation>
    </message>
    <message>
        <source>Veil: holding connections, no healthy exit in %1</source>
        <translation>Veil：正在挂起连接，%1 中没有可用出口</translation>
    </message>
    <message>
        <source>Veil: not running</source>
        <translation>Veil：未运行</translation>
    </message>
    <message>
        <source>About Veil</source>
        <translation>关于 Veil</translation>
    </message>
</context>
<context>
    <name>Veil::Tunnel</name>
    <message>
        <source>tunnel idle timeout</source>
        <translation>隧道空闲超时</translation>
    </message>
    <message>
        <source>cannot relay the tunnel</source>
        <translation>无法中继该隧道</translation>
    </message>
</context>
<context>
    <name>Veil::UiSettings</name>
    <message>
        <source>%1: %2; keeping the previous value</source>
        <translation>%1：%2；保留原值</translation>
    </message>
    <message>
        <source>ui: must be an object; keeping the previous value</source>
        <translation>ui：必须是对象；保留原值</translation>
    </message>
    <message>
        <source>must be &quot;&quot; (follow the system) or one of %1</source>
        <translation>必须是 &quot;&quot;（跟随系统）或 %1 之一</translation>
    </message>
    <message>
        <source>must be &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;</source>
        <translation>必须是 &quot;system&quot;、&quot;light&quot; 或 &quot;dark&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>Veil::WindowsSystemProxy</name>
    <message>
        <source>cannot read the proxy settings of %1 (error %2)</source>
        <translation>无法读取 %1 的代理设置（错误 %2）</translation>
    </message>
    <message>
        <source>cannot change the proxy settings of %1 (error %2)</source>
        <translation>无法更改 %1 的代理设置（错误 %2）</translation>
    </message>
    <message>
        <source>Windows (Internet Options)</source>
        <translation>Windows（Internet 选项）</translation>
    </message>
</context>
</TS>
