#include "exits/Router.h"

#include "exits/ExitHealthBoard.h"

#include <QCoreApplication>

namespace Veil {

Router::Router(ExitSettings settings, QHash<QString, QString> passwords)
    : m_settings(std::move(settings))
    , m_passwords(std::move(passwords))
    , m_selector(m_settings)
{}

Route Router::route(const RouteTarget &target, QByteArrayView host, const ExitHealthBoard &health,
                    const QSet<QString> &exclude) const
{
    Route r;
    r.target = target;
    if (target.kind == RouteTarget::Kind::Direct ||
        (target.kind == RouteTarget::Kind::Mode && m_settings.mode == RoutingMode::Direct)) {
        return r;
    }
    QHash<QString, ExitHealth> snapshot = health.snapshot();
    for (const QString &id : exclude) {
        snapshot[id].up = false;
    }
    QString why;
    if (target.kind == RouteTarget::Kind::ExitId) {
        const Exit *exit = m_settings.findExit(target.value);
        r.region = exit ? exit->region : QString();
        const bool up = exit && exit->enabled && snapshot.value(exit->id).up;
        if (up) {
            r.kind = Route::Kind::Exit;
            r.exit = *exit;
            r.password = m_passwords.value(exit->id);
            return r;
        }
        why = !exit ? QCoreApplication::translate("Veil::Router", "no exit has the id %1").arg(target.value)
              : !exit->enabled
                  ? QCoreApplication::translate("Veil::Router", "exit %1 is disabled").arg(target.value)
                  : QCoreApplication::translate("Veil::Router", "exit %1 is down").arg(target.value);
    } else {
        r.region = target.kind == RouteTarget::Kind::Region ? target.value : m_settings.region;
        if (const Exit *exit = m_selector.select(r.region, host, snapshot)) {
            r.kind = Route::Kind::Exit;
            r.exit = *exit;
            r.password = m_passwords.value(exit->id);
            return r;
        }
        why = r.region.isEmpty()
                  ? QCoreApplication::translate("Veil::Router", "no exit region is selected")
                  : QCoreApplication::translate("Veil::Router", "no healthy exit in region %1").arg(r.region);
    }
    if (m_settings.fallsBackDirect()) {
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
        // A rule's direct stays direct; the mode's direct only while the mode (or fallback) allows it.
        return route.target.kind == RouteTarget::Kind::Direct || m_settings.mode == RoutingMode::Direct ||
               m_settings.fallsBackDirect();
    case Route::Kind::Exit:
        break;
    }
    const Exit *now = m_settings.findExit(route.exit.id);
    if (!now || !now->enabled || !(*now == route.exit)) {
        return false;
    }
    switch (route.target.kind) {
    case RouteTarget::Kind::Mode:
        return m_settings.mode != RoutingMode::Direct && now->region == m_settings.region;
    case RouteTarget::Kind::Region:
        return now->region == route.target.value;
    case RouteTarget::Kind::ExitId:
    case RouteTarget::Kind::Direct:
        break;
    }
    return true;
}

} // namespace Veil
