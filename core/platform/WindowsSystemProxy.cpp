#include "platform/WindowsSystemProxy.h"

#ifdef Q_OS_WIN

#include "platform/WindowsProxyOptions.h"

#include <QCoreApplication>

#include <string>
#include <vector>

// windows.h first: ras.h and wininet.h use its types without including it.
#include <windows.h>

#include <ras.h>
#include <raserror.h> // ERROR_BUFFER_TOO_SMALL of RasEnumEntriesW
#include <wininet.h>

namespace Veil {

static_assert(WinInet::PerConnFlags == INTERNET_PER_CONN_FLAGS);
static_assert(WinInet::PerConnProxyServer == INTERNET_PER_CONN_PROXY_SERVER);
static_assert(WinInet::PerConnProxyBypass == INTERNET_PER_CONN_PROXY_BYPASS);
static_assert(WinInet::PerConnAutoConfigUrl == INTERNET_PER_CONN_AUTOCONFIG_URL);
static_assert(WinInet::ProxyTypeProxy == PROXY_TYPE_PROXY &&
              WinInet::ProxyTypeAutoDetect == PROXY_TYPE_AUTO_DETECT);

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::WindowsSystemProxy)
};

} // namespace

namespace {

QStringList rasEntries()
{
    std::vector<RASENTRYNAMEW> names(1);
    names[0].dwSize = sizeof(RASENTRYNAMEW);
    DWORD bytes = sizeof(RASENTRYNAMEW);
    DWORD count = 0;
    DWORD rc = RasEnumEntriesW(nullptr, nullptr, names.data(), &bytes, &count);
    if (rc == ERROR_BUFFER_TOO_SMALL) {
        names.resize(bytes / sizeof(RASENTRYNAMEW) + 1);
        names[0].dwSize = sizeof(RASENTRYNAMEW);
        bytes = DWORD(names.size() * sizeof(RASENTRYNAMEW));
        rc = RasEnumEntriesW(nullptr, nullptr, names.data(), &bytes, &count);
    }
    QStringList out;
    for (DWORD i = 0; rc == ERROR_SUCCESS && i < count; ++i) {
        out.append(QString::fromWCharArray(names[i].szEntryName));
    }
    return out;
}

QString takeString(LPWSTR text)
{
    if (!text) {
        return {};
    }
    const QString out = QString::fromWCharArray(text);
    GlobalFree(text);
    return out;
}

bool query(const QString &rasEntry, WindowsProxyOptions *out, QString *error)
{
    INTERNET_PER_CONN_OPTIONW options[4] = {};
    options[0].dwOption = INTERNET_PER_CONN_FLAGS;
    options[1].dwOption = INTERNET_PER_CONN_PROXY_SERVER;
    options[2].dwOption = INTERNET_PER_CONN_PROXY_BYPASS;
    options[3].dwOption = INTERNET_PER_CONN_AUTOCONFIG_URL;
    std::wstring name = rasEntry.toStdWString();
    INTERNET_PER_CONN_OPTION_LISTW list = {};
    list.dwSize = sizeof(list);
    list.pszConnection = rasEntry.isEmpty() ? nullptr : name.data();
    list.dwOptionCount = 4;
    list.pOptions = options;
    DWORD size = sizeof(list);
    if (!InternetQueryOptionW(nullptr, INTERNET_OPTION_PER_CONNECTION_OPTION, &list, &size)) {
        *error = Tr::tr("cannot read the proxy settings of %1 (error %2)")
                     .arg(windowsScopeName(rasEntry))
                     .arg(GetLastError());
        return false;
    }
    out->flags = options[0].Value.dwValue;
    out->server = takeString(options[1].Value.pszValue);
    out->bypass = takeString(options[2].Value.pszValue);
    out->autoConfigUrl = takeString(options[3].Value.pszValue);
    return true;
}

bool set(const QString &rasEntry, const WindowsProxyOptions &values, QString *error)
{
    const QList<WindowsProxyOption> items = values.toOptionList();
    std::vector<std::wstring> texts;
    texts.reserve(size_t(items.size()));
    std::vector<INTERNET_PER_CONN_OPTIONW> options(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        options[size_t(i)].dwOption = items[i].option;
        if (items[i].option == INTERNET_PER_CONN_FLAGS) {
            options[size_t(i)].Value.dwValue = items[i].number;
        } else {
            texts.push_back(items[i].text.toStdWString());
            options[size_t(i)].Value.pszValue = texts.back().data();
        }
    }
    std::wstring name = rasEntry.toStdWString();
    INTERNET_PER_CONN_OPTION_LISTW list = {};
    list.dwSize = sizeof(list);
    list.pszConnection = rasEntry.isEmpty() ? nullptr : name.data();
    list.dwOptionCount = DWORD(options.size());
    list.pOptions = options.data();
    if (!InternetSetOptionW(nullptr, INTERNET_OPTION_PER_CONNECTION_OPTION, &list, sizeof(list))) {
        *error = Tr::tr("cannot change the proxy settings of %1 (error %2)")
                     .arg(windowsScopeName(rasEntry))
                     .arg(GetLastError());
        return false;
    }
    return true;
}

QString entryOf(const QString &scope)
{
    return scope == QLatin1String("lan") ? QString() : scope.mid(4); // "ras:<entry>"
}

} // namespace

QString WindowsSystemProxy::displayName() const
{
    return Tr::tr("Windows (Internet Options)");
}

bool WindowsSystemProxy::read(SystemProxySnapshot *out, QString *error)
{
    SystemProxySnapshot snapshot;
    for (const QString &entry : QStringList{QString()} + rasEntries()) {
        WindowsProxyOptions options;
        if (!query(entry, &options, error)) {
            return false;
        }
        snapshot.scopes.insert(windowsScopeName(entry), options.toScope());
    }
    *out = snapshot;
    return true;
}

SystemProxySnapshot WindowsSystemProxy::settingsFor(const SystemProxySnapshot &current,
                                                    const SystemProxyTarget &target) const
{
    SystemProxySnapshot out;
    for (auto it = current.scopes.cbegin(); it != current.scopes.cend(); ++it) {
        out.scopes.insert(it.key(), WindowsProxyOptions::forTarget(target).toScope());
    }
    return out;
}

SystemProxySnapshot::Scope WindowsSystemProxy::cleared(const SystemProxySnapshot::Scope &scope) const
{
    WindowsProxyOptions options = WindowsProxyOptions::fromScope(scope);
    options.flags = WinInet::ProxyTypeDirect;
    return options.toScope();
}

bool WindowsSystemProxy::pointsAt(const SystemProxySnapshot::Scope &scope,
                                  const SystemProxyTarget &target) const
{
    return WindowsProxyOptions::fromScope(scope).pointsAt(target);
}

bool WindowsSystemProxy::write(const SystemProxySnapshot &values, QString *error)
{
    for (auto it = values.scopes.cbegin(); it != values.scopes.cend(); ++it) {
        if (!set(entryOf(it.key()), WindowsProxyOptions::fromScope(*it), error)) {
            return false;
        }
    }
    InternetSetOptionW(nullptr, INTERNET_OPTION_SETTINGS_CHANGED, nullptr, 0);
    InternetSetOptionW(nullptr, INTERNET_OPTION_REFRESH, nullptr, 0);
    return true;
}

bool SessionEndFilter::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType == "windows_generic_MSG") {
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message == WM_ENDSESSION && msg->wParam && m_onEnd) {
            m_onEnd();
        }
    }
    return false;
}

} // namespace Veil

#endif
