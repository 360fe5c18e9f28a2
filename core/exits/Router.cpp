#include "exits/Router.h"

#include "exits/ExitHealthBoard.h"

#include <QCoreApplication>

namespace Veil {

Router::Router(ExitSettings settings, QHash<QString, QString> passwords)
    : m_settings(std::move(settings))
    , m_passwords(std::move(passwords))
    , m_selector(m_settings)
{}

Route Router::route(QByteArrayView host, const ExitHealthBoard &health, const QSet<QString> &exclude) const
{
    Route r;
    if (m_settings.mode == RoutingMode::Direct) {
        return r;
    }
    r.region = m_settings.region;
    QHash<QString, ExitHealth> snapshot = health.snapshot();
    for (const QString &id : exclude) {
        snapshot[id].up = false;
    }
    if (const Exit *exit = m_selector.select(m_settings.region, host, snapshot)) {
        r.kind = Route::Kind::Exit;
        r.exit = *exit;
        r.password = m_passwords.value(exit->id);
        return r;
    }
    const QString why = m_settings.region.isEmpty()
                            ? QCoreApplication::translate("Veil::Router", "no exit region is selected")
                            : QCoreApplication::translate("Veil::Router", "no healthy exit in region %1")
                                  .arg(m_settings.region);
    if (m_settings.fallbackDirect) {
        r.kind = Route::Kind::Direct;
        r.reason =
            QCoreApplication::translate("Veil::Router", "%1; falling back to direct as configured").arg(why);
        return r;
    }
    r.kind = Route::Kind::FailClosed;
    r.reason = why;
    return r;
}

bool Router::stillAllows(const Route &route) const
{
    switch (route.kind) {
    case Route::Kind::FailClosed:
        return true;
    case Route::Kind::Direct:
        return m_settings.mode == RoutingMode::Direct || m_settings.fallbackDirect;
    case Route::Kind::Exit:
        break;
    }
    if (m_settings.mode == RoutingMode::Direct) {
        return false;
    }
    const Exit *now = m_settings.findExit(route.exit.id);
    return now && now->enabled && *now == route.exit && now->region == m_settings.region;
}

} // namespace Veil
