#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Veil::Http {

/** One header field as received: name keeps its case, value has OWS trimmed. */
struct HeaderField
{
    QByteArray name;
    QByteArray value;
};

/**
 * Ordered header list with case-insensitive lookup. Order and duplicates are kept because a
 * proxy forwards what it does not own unchanged (RFC 9110 §5.3).
 */
class Headers
{
public:
    /** First value of @p name, or a null QByteArray when absent. */
    QByteArray value(QByteArrayView name) const;
    /** All values of @p name in order (each field line once; lists are not split). */
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    qsizetype count(QByteArrayView name) const;

    /** True when any field @p name carries @p token in its comma-separated list (case-insensitive). */
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    void append(QByteArray name, QByteArray value);
    /** Replaces all fields @p name by one (appended at the end when absent). */
    void set(QByteArrayView name, QByteArray value);
    /** Removes every field @p name; returns how many were removed. */
    qsizetype remove(QByteArrayView name);

    /** Appends "Name: value\r\n" for each field to @p out. */
    void serializeTo(QByteArray &out) const;

    const QList<HeaderField> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<HeaderField> m_fields;
};

/** Case-insensitive ASCII comparison for header names and tokens. */
bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

/** Splits a comma-separated header value into trimmed, non-empty elements (RFC 9110 §5.6.1). */
QList<QByteArrayView> splitList(QByteArrayView value);

} // namespace Veil::Http
