#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <vector>

namespace Veil {

/** The "$removeparam" filters that apply to one host (RemoveParamTable::match). */
struct RemoveParamMatch
{
    /** Parameter names to strip (exact, case-sensitive). */
    QList<QByteArray> names;
    /** "||host^$removeparam": strip every parameter. */
    bool all = false;
    /** With `all`: names an "@@…$removeparam=name" exception keeps. */
    QList<QByteArray> keep;

    bool isEmpty() const { return names.isEmpty() && !all; }
};

/**
 * The "$removeparam" filters of compiled blocklists, kept apart from the blocking tables: they
 * never block, they feed the privacy filter. Host-scoped filters apply to their host and its
 * subdomains, the others to every host; "@@" exceptions cancel the same name (or, without a
 * name, every filter) for their scope. Immutable once built; safe to share between threads.
 */
class RemoveParamTable
{
public:
    /** Adds one filter of list @p list. @p host empty: any host; @p name empty: every parameter. */
    void add(const QByteArray &host, const QByteArray &name, int list, bool exception);

    /** What applies to @p host (lower case) from the lists in @p listMask. */
    RemoveParamMatch match(QByteArrayView host, quint64 listMask) const;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qint64 memoryBytes() const;

private:
    struct Entry
    {
        QByteArray name;
        int list = 0;
        bool exception = false;
    };
    void collect(const std::vector<Entry> &entries, quint64 listMask, std::vector<const Entry *> *out) const;

    QHash<QByteArray, std::vector<Entry>> m_byHost;
    std::vector<Entry> m_anyHost;
    qsizetype m_size = 0;
};

} // namespace Veil
