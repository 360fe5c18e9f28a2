#include "TrafficDetailsPane.h"

#include "TrafficModel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Veil {

namespace {

/** "host:port"; the port left out when it is @p defaultPort. */
QString hostPort(const TrafficEvent &e, quint16 defaultPort = 0)
{
    const QString host = QString::fromLatin1(e.host.contains(':') ? '[' + e.host + ']' : e.host);
    return e.port == defaultPort ? host : host + QLatin1Char(':') + QString::number(e.port);
}

QPlainTextEdit *headEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true); // still selectable and copyable
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLayoutDirection(Qt::LeftToRight); // protocol text, also in right-to-left languages
    return edit;
}

} // namespace

TrafficDetailsPane::TrafficDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_close(new QPushButton(tr("Close connection"), this))
    , m_form(new QGridLayout)
    , m_note(new QLabel(this))
    , m_request(headEdit(this))
    , m_response(headEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_close->setToolTip(tr("End this connection now; the client sees it closed"));
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_inFlight) {
            Q_EMIT closeRequested(m_id);
        }
    });

    // The form scrolls, so a pane the splitter makes short squeezes no row, and keeps room for
    // a timestamp on one line.
    auto *formWidget = new QWidget;
    formWidget->setLayout(m_form);
    m_form->setColumnStretch(1, 1);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setAlignment(Qt::AlignTop);
    auto *formArea = new QScrollArea(this);
    formArea->setWidget(formWidget);
    formArea->setWidgetResizable(true);
    formArea->setFrameShape(QFrame::NoFrame);
    formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formArea->viewport()->setAutoFillBackground(false);
    formWidget->setAutoFillBackground(false);
    formArea->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("First response byte  2026-11-27 21:40:57.032")));
    // A grid, not a QFormLayout: with word-wrapping values (height-for-width), Qt 6.4's form
    // layout gave the label of the first row that had been hidden zero height once shown again,
    // so the Protocol row vanished while both its widgets reported themselves visible.
    m_protocol = addRow(tr("Protocol"));
    m_client = addRow(tr("Client"));
    m_started = addRow(tr("Started"));
    m_decision = addRow(tr("Decision"));
    m_reason = addRow(tr("Matched"));
    m_exit = addRow(tr("Exit"));
    // What the privacy filters changed in the request (TrafficEvent::privacy), one line per change.
    m_privacy = addRow(tr("Privacy"));
    m_cache = addRow(tr("Cache"));
    m_status = addRow(tr("Status"));
    m_bytes = addRow(tr("Bytes"));
    m_duration = addRow(tr("Duration"));
    m_error = addRow(tr("Error"));
    m_connected = addRow(tr("Connected"));
    m_requestSent = addRow(tr("Request sent"));
    m_firstByte = addRow(tr("First response byte"));
    m_end = addRow(tr("Ended"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false); // greyed: a remark, not data
    m_form->addWidget(m_note, m_form->rowCount(), 0, 1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close);

    auto *heads = new QHBoxLayout;
    for (const auto &[caption, edit] : {std::pair{tr("Request headers (as sent)"), m_request},
                                        std::pair{tr("Response headers (as received)"), m_response}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(caption, this));
        column->addWidget(edit, 1);
        heads->addLayout(column, 1);
    }
    auto *body = new QHBoxLayout;
    body->addWidget(formArea, 2);
    body->addLayout(heads, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);
}

QLabel *TrafficDetailsPane::addRow(const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    auto *caption = new QLabel(label, this);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int row = m_form->rowCount();
    m_form->addWidget(caption, row, 0);
    m_form->addWidget(value, row, 1);
    m_captions.insert(value, caption);
    showRow(value, false);
    return value;
}

void TrafficDetailsPane::showRow(QWidget *field, bool visible)
{
    if (QWidget *caption = m_captions.value(field)) {
        caption->setVisible(visible);
    }
    field->setVisible(visible);
}

QString TrafficDetailsPane::privacyText(const QByteArray &changes)
{
    QStringList lines;
    for (const QByteArray &change : changes.split(',')) {
        if (change.isEmpty()) {
            continue;
        }
        if (change == "referer:origin") {
            lines.append(tr("Referer cut to the site's origin"));
        } else if (change == "referer:drop") {
            lines.append(tr("Referer removed"));
        } else if (change == "gpc") {
            lines.append(tr("Sec-GPC: 1 added"));
        } else if (change == "dnt") {
            lines.append(tr("DNT: 1 added"));
        } else if (change == "ua") {
            lines.append(tr("User-Agent replaced"));
        } else if (change.startsWith("param:")) {
            lines.append(tr("Query parameter %1 removed")
                             .arg(QString::fromUtf8(QByteArray::fromPercentEncoding(change.mid(6)))));
        } else {
            lines.append(QString::fromUtf8(change));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void TrafficDetailsPane::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    showRow(value, !text.isEmpty());
}

void TrafficDetailsPane::display(const TrafficEvent &e, bool detailsDropped)
{
    m_id = e.id;
    m_inFlight = e.phase == TrafficEvent::Phase::Start;
    m_close->setEnabled(m_inFlight);

    const bool tunnel = e.protocol == TrafficProtocol::Connect || e.protocol == TrafficProtocol::Socks5;
    switch (e.protocol) {
    case TrafficProtocol::Http:
        m_title->setText(QString::fromLatin1(e.method) + QLatin1Char(' ') +
                         (e.host.isEmpty()
                              ? QString::fromLatin1(e.path)
                              : QStringLiteral("http://") + hostPort(e, 80) + QString::fromLatin1(e.path)));
        setRow(m_protocol, tr("Plain HTTP"));
        break;
    case TrafficProtocol::Connect:
        m_title->setText(QStringLiteral("CONNECT ") + hostPort(e));
        setRow(m_protocol, tr("Tunnel (HTTP CONNECT)"));
        break;
    case TrafficProtocol::Socks5:
        m_title->setText(QStringLiteral("SOCKS5 ") + (e.host.isEmpty() ? QString() : hostPort(e)));
        setRow(m_protocol, tr("Tunnel (SOCKS5)"));
        break;
    case TrafficProtocol::Local:
        m_title->setText(QString::fromLatin1(e.method) + QLatin1Char(' ') + QString::fromLatin1(e.path));
        setRow(m_protocol, tr("Veil's own page"));
        break;
    }
    const QString client = e.clientAddress.protocol() == QAbstractSocket::IPv6Protocol
                               ? QLatin1Char('[') + e.clientAddress.toString() + QLatin1Char(']')
                               : e.clientAddress.toString();
    setRow(m_client, client + QLatin1Char(':') + QString::number(e.clientPort));
    setRow(m_started, QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime().toString(
                          QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));

    QString decision;
    switch (e.decision) {
    case TrafficDecision::None:
        break;
    case TrafficDecision::Direct:
        decision = tr("Direct");
        break;
    case TrafficDecision::Exit:
        decision = tr("Through an exit");
        break;
    case TrafficDecision::Block:
        decision = tr("Blocked");
        break;
    case TrafficDecision::Local:
        decision = tr("Answered by Veil");
        break;
    case TrafficDecision::Refused:
        decision = tr("Refused");
        break;
    }
    setRow(m_decision, decision);
    // The rule, or the list, line and filter; nothing matched when the mode decided.
    const bool routed = e.decision == TrafficDecision::Direct || e.decision == TrafficDecision::Exit;
    setRow(m_reason, !e.reason.isEmpty() ? e.reason : routed ? tr("no rule: the mode's default") : QString());
    setRow(m_exit, QString::fromUtf8(e.exit));
    setRow(m_privacy, privacyText(e.details ? e.details->privacy : e.privacy));
    setRow(m_cache, QString::fromLatin1(e.cache));
    setRow(m_status, m_inFlight ? tr("in flight") : e.status != 0 ? QString::number(e.status) : QString());
    setRow(m_bytes,
           tr("%1 down, %2 up")
               .arg(e.bytesDown > 0 ? TrafficModel::bytesText(e.bytesDown) : TrafficModel::tr("%1 B").arg(0),
                    e.bytesUp > 0 ? TrafficModel::bytesText(e.bytesUp) : TrafficModel::tr("%1 B").arg(0)));
    setRow(m_duration, m_inFlight ? QString() : TrafficModel::durationText(e.durationUs));
    setRow(m_error, e.error);

    if (e.details) {
        showTimings(*e.details);
    } else {
        for (QLabel *timing : {m_connected, m_requestSent, m_firstByte, m_end}) {
            setRow(timing, QString());
        }
    }
    QString note;
    if (!e.details) {
        note = m_inFlight ? tr("Headers and timings appear when it ends.")
               : detailsDropped
                   ? tr("Details are kept for the latest %n request(s).", nullptr, TrafficModel::DetailsKept)
                   : tr("No details were recorded for this row.");
    }
    m_note->setText(note);
    showRow(m_note, !note.isEmpty());

    const TrafficDetails none;
    const TrafficDetails &d = e.details ? *e.details : none;
    m_request->setPlainText(headText(d.requestLine, d.requestHeaders));
    m_response->setPlainText(headText(d.statusLine, d.responseHeaders));
    const QString empty =
        tunnel ? tr("A tunnel's bytes are the client's own: Veil sees no headers.") : QString();
    m_request->setPlaceholderText(empty);
    m_response->setPlaceholderText(empty);
}

void TrafficDetailsPane::showTimings(const TrafficDetails &d)
{
    const auto at = [](qint64 us) {
        return us < 0 ? QString() : tr("after %1").arg(TrafficModel::durationText(us));
    };
    setRow(m_connected, d.reusedConnection ? tr("reused a kept-alive connection") : at(d.connectedUs));
    setRow(m_requestSent, at(d.requestSentUs));
    setRow(m_firstByte, at(d.firstByteUs));
    setRow(m_end, at(d.endUs));
}

QString TrafficDetailsPane::headText(const QByteArray &firstLine,
                                     const QList<TrafficDetails::Header> &headers)
{
    if (firstLine.isEmpty()) {
        return {};
    }
    // Header bytes are Latin-1 on the wire (RFC 9110 §5.5); UTF-8 in them is shown as such bytes.
    QString text = QString::fromLatin1(firstLine);
    for (const TrafficDetails::Header &h : headers) {
        text += QLatin1Char('\n') + QString::fromLatin1(h.name) + QStringLiteral(": ") +
                QString::fromLatin1(h.value);
    }
    return text;
}

QString TrafficDetailsPane::summaryText() const
{
    QStringList lines{m_title->text()};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const QLayoutItem *first = m_form->itemAtPosition(row, 0);
        const QLayoutItem *second = m_form->itemAtPosition(row, 1);
        const auto *label = qobject_cast<QLabel *>(first ? first->widget() : nullptr);
        const auto *value = qobject_cast<QLabel *>(second ? second->widget() : nullptr);
        if (value == label) { // the note spans both columns
            value = label;
            label = nullptr;
        }
        if (value && !value->isHidden()) {
            lines.append(label ? label->text() + QStringLiteral(": ") + value->text() : value->text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrafficDetailsPane::requestHeadersText() const
{
    return m_request->toPlainText();
}

QString TrafficDetailsPane::responseHeadersText() const
{
    return m_response->toPlainText();
}

} // namespace Veil
