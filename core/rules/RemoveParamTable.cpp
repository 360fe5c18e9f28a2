#include "rules/RemoveParamTable.h"

namespace Veil {

void RemoveParamTable::add(const QByteArray &host, const QByteArray &name, int list, bool exception)
{
    (host.isEmpty() ? m_anyHost : m_byHost[host]).push_back(Entry{name, list, exception});
    ++m_size;
}

void RemoveParamTable::collect(const std::vector<Entry> &entries, quint64 listMask,
                               std::vector<const Entry *> *out) const
{
    for (const Entry &e : entries) {
        if (listMask >> e.list & 1) {
            out->push_back(&e);
        }
    }
}

RemoveParamMatch RemoveParamTable::match(QByteArrayView host, quint64 listMask) const
{
    RemoveParamMatch m;
    if (m_size == 0) {
        return m;
    }
    std::vector<const Entry *> entries;
    collect(m_anyHost, listMask, &entries);
    if (!m_byHost.isEmpty()) {
        // The host and each parent domain: "a.b.example.com", "b.example.com", "example.com", "com".
        for (qsizetype i = 0; i < host.size(); ++i) {
            if (i > 0 && host[i - 1] != '.') {
                continue;
            }
            const auto it = m_byHost.constFind(host.sliced(i).toByteArray());
            if (it != m_byHost.cend()) {
                collect(*it, listMask, &entries);
            }
        }
    }
    bool exceptAll = false;
    QList<QByteArray> excepted;
    for (const Entry *e : entries) {
        if (e->exception) {
            exceptAll = exceptAll || e->name.isEmpty();
            excepted.append(e->name);
        }
    }
    if (exceptAll) {
        return m;
    }
    for (const Entry *e : entries) {
        if (e->exception || excepted.contains(e->name)) {
            continue;
        }
        if (e->name.isEmpty()) {
            m.all = true;
        } else if (!m.names.contains(e->name)) {
            m.names.append(e->name);
        }
    }
    if (m.all) {
        m.keep = excepted;
    }
    return m;
}

qint64 RemoveParamTable::memoryBytes() const
{
    qint64 bytes = qint64(m_anyHost.capacity() * sizeof(Entry));
    for (const Entry &e : m_anyHost) {
        bytes += e.name.capacity();
    }
    for (const auto &[host, entries] : m_byHost.asKeyValueRange()) {
        bytes += 32 + host.capacity() + qint64(entries.capacity() * sizeof(Entry));
        for (const Entry &e : entries) {
            bytes += e.name.capacity();
        }
    }
    return bytes;
}

} // namespace Veil
