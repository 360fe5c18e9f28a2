#include "exits/ExitSelector.h"

#include <QHostAddress>
#include <QSet>

#include <libpsl.h>

namespace Veil {

namespace {

// Stable across runs and platforms (unlike qHash, which is seeded per process), so a site keeps its
// exit after a restart too.
quint64 fnv1a(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// splitmix64 finaliser: FNV alone leaves the high bits poorly mixed, which would skew the shares.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace

ExitSelector::ExitSelector(const ExitSettings &settings)
    : m_exits(settings.exits)
{
    QSet<QString> regions;
    for (const Exit &e : std::as_const(m_exits)) {
        regions.insert(e.region);
    }
    for (const RegionPolicy &p : settings.regions) {
        regions.insert(p.region);
    }
    regions.remove(QString()); // unassigned exits are never selected

    QHash<QString, qsizetype> indexById;
    indexById.reserve(m_exits.size());
    for (qsizetype i = 0; i < m_exits.size(); ++i) {
        indexById.insert(m_exits.at(i).id, i);
    }
    for (const QString &region : std::as_const(regions)) {
        const RegionPolicy policy = settings.policyFor(region);
        Plan plan;
        plan.policy = policy.policy;
        for (const QString &id : policy.order) {
            const qsizetype i = indexById.value(id, -1);
            if (i >= 0 && m_exits.at(i).enabled) {
                plan.candidates.append(i);
                plan.candidateHashes.append(mix(fnv1a(m_exits.at(i).id.toUtf8())));
            }
        }
        const qsizetype manual = indexById.value(policy.manualExit, -1);
        if (manual >= 0 && m_exits.at(manual).enabled && m_exits.at(manual).region == policy.region) {
            plan.manual = manual;
        }
        m_plans.insert(region, plan);
    }
}

const Exit *ExitSelector::select(const QString &region, QByteArrayView host,
                                 const QHash<QString, ExitHealth> &health) const
{
    auto it = m_plans.constFind(region);
    if (it == m_plans.cend()) {
        it = m_plans.constFind(region.toUpper());
        if (it == m_plans.cend()) {
            return nullptr;
        }
    }
    const Plan &plan = *it;
    switch (plan.policy) {
    case SelectionPolicy::Manual:
        return plan.manual >= 0 && isUp(plan.manual, health) ? &m_exits.at(plan.manual) : nullptr;
    case SelectionPolicy::Failover:
        for (const qsizetype index : plan.candidates) {
            if (isUp(index, health)) {
                return &m_exits.at(index);
            }
        }
        return nullptr;
    case SelectionPolicy::Fastest: {
        const Exit *best = nullptr;
        qint64 bestDelay = -1;
        for (const qsizetype index : plan.candidates) {
            if (!isUp(index, health)) {
                continue;
            }
            const qint64 delay = health.value(m_exits.at(index).id).delayUs;
            // Strictly better only, so ties keep the earlier exit; an unknown delay never beats a known one.
            const bool better = !best || (delay >= 0 && (bestDelay < 0 || delay < bestDelay));
            if (better) {
                best = &m_exits.at(index);
                bestDelay = delay;
            }
        }
        return best;
    }
    case SelectionPolicy::Balance:
        return selectBalanced(plan, host, health);
    }
    return nullptr;
}

const Exit *ExitSelector::selectBalanced(const Plan &plan, QByteArrayView host,
                                         const QHash<QString, ExitHealth> &health) const
{
    // Rendezvous hashing: every (site, exit) pair gets a pseudo-random weight and the site goes to
    // its heaviest healthy exit. Removing an exit therefore moves only the sites it carried, and
    // adding one takes a fair share from each of the others.
    const quint64 siteHash = mix(fnv1a(registrableDomain(host)));
    const Exit *best = nullptr;
    quint64 bestWeight = 0;
    for (qsizetype i = 0; i < plan.candidates.size(); ++i) {
        const qsizetype index = plan.candidates.at(i);
        if (!isUp(index, health)) {
            continue;
        }
        const quint64 weight = mix(siteHash ^ plan.candidateHashes.at(i));
        if (!best || weight > bestWeight) {
            best = &m_exits.at(index);
            bestWeight = weight;
        }
    }
    return best;
}

bool ExitSelector::isUp(qsizetype index, const QHash<QString, ExitHealth> &health) const
{
    const auto it = health.constFind(m_exits.at(index).id);
    return it == health.cend() || it->up;
}

QByteArray ExitSelector::registrableDomain(QByteArrayView host)
{
    QByteArray name = host.toByteArray().toLower();
    if (name.startsWith('[') && name.endsWith(']')) {
        name = name.mid(1, name.size() - 2);
    }
    if (name.endsWith('.')) {
        name.chop(1);
    }
    if (name.isEmpty() || name.contains(':') || !QHostAddress(QString::fromLatin1(name)).isNull()) {
        return name;
    }
    const psl_ctx_t *psl = psl_builtin();
    const char *domain = psl ? psl_registrable_domain(psl, name.constData()) : nullptr;
    // psl_registrable_domain() points into its argument; copy before `name` goes away.
    return domain ? QByteArray(domain) : name;
}

} // namespace Veil
