#pragma once

#include "traffic/TrafficEvent.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Veil {

/**
 * The Traffic page's details pane: everything Veil knows about one row. A summary (URL or
 * host:port, protocol, client, decision and the rule that made it, exit, cache, status, bytes,
 * duration, error), the timings, and for plain HTTP the request head as sent upstream and the
 * response head as received (credentials redacted by the engine), in a monospace, selectable
 * text. Built only when a row is selected; "Close connection" asks to end a row still in flight.
 */
class TrafficDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficDetailsPane)

public:
    explicit TrafficDetailsPane(QWidget *parent = nullptr);

    /**
     * Shows @p event (a TrafficModel row). @p detailsDropped: the row is older than the newest
     * TrafficModel::DetailsKept, so its heads and timings were let go.
     */
    void display(const TrafficEvent &event, bool detailsDropped);
    quint64 eventId() const { return m_id; }
    bool isInFlight() const { return m_inFlight; }

    /** The pane's texts, for tests and "copy": summary and timing lines, "label: value". */
    QString summaryText() const;
    QString requestHeadersText() const;
    QString responseHeadersText() const;

Q_SIGNALS:
    /** "Close connection" on a row still in flight. */
    void closeRequested(quint64 id);

private:
    QLabel *addRow(const QString &label);
    /** "referer:origin,param:utm_source" as one readable line per change. */
    static QString privacyText(const QByteArray &changes);
    void showRow(QWidget *field, bool visible);
    void setRow(QLabel *value, const QString &text);
    static QString headText(const QByteArray &firstLine, const QList<TrafficDetails::Header> &headers);
    void showTimings(const TrafficDetails &details);

    QLabel *m_title;
    QPushButton *m_close;
    QGridLayout *m_form;
    QHash<QWidget *, QWidget *> m_captions; ///< value → its caption
    QLabel *m_protocol;
    QLabel *m_client;
    QLabel *m_started;
    QLabel *m_decision;
    QLabel *m_reason;
    QLabel *m_exit;
    QLabel *m_privacy;
    QLabel *m_cache;
    QLabel *m_status;
    QLabel *m_bytes;
    QLabel *m_duration;
    QLabel *m_error;
    QLabel *m_connected;
    QLabel *m_requestSent;
    QLabel *m_firstByte;
    QLabel *m_end;
    QLabel *m_note;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    quint64 m_id = 0;
    bool m_inFlight = false;
};

} // namespace Veil
