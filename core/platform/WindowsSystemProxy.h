#pragma once

#include <QtGlobal>

#ifdef Q_OS_WIN

#include "platform/SystemProxy.h"

#include <QAbstractNativeEventFilter>

#include <functional>

namespace Veil {

/**
 * Windows: WinINet per-connection options for the LAN settings and every RAS/VPN entry, then
 * INTERNET_OPTION_SETTINGS_CHANGED and INTERNET_OPTION_REFRESH so running programs reload. The
 * option values come from WindowsProxyOptions (unit-tested); this class only makes the calls.
 */
class WindowsSystemProxy final : public SystemProxy
{
public:
    QString id() const override { return QStringLiteral("windows"); }
    QString displayName() const override;
    bool read(SystemProxySnapshot *out, QString *error) override;
    SystemProxySnapshot settingsFor(const SystemProxySnapshot &current,
                                    const SystemProxyTarget &target) const override;
    SystemProxySnapshot::Scope cleared(const SystemProxySnapshot::Scope &scope) const override;
    bool pointsAt(const SystemProxySnapshot::Scope &scope, const SystemProxyTarget &target) const override;
    bool write(const SystemProxySnapshot &values, QString *error) override;
};

/**
 * Calls @p onEnd when Windows ends the session (WM_ENDSESSION), so the GUI can restore the
 * system proxy before logout or shutdown. Install it on the QCoreApplication.
 */
class SessionEndFilter final : public QAbstractNativeEventFilter
{
public:
    explicit SessionEndFilter(std::function<void()> onEnd)
        : m_onEnd(std::move(onEnd))
    {}
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    std::function<void()> m_onEnd;
};

} // namespace Veil

#endif
