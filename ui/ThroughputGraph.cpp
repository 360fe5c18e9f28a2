#include "ThroughputGraph.h"

#include <QPainter>
#include <QPainterPath>

namespace Veil {

namespace {

QString rate(qint64 bytesPerSecond)
{
    if (bytesPerSecond < 1024) {
        return ThroughputGraph::tr("%1 B/s").arg(bytesPerSecond);
    }
    if (bytesPerSecond < 1024 * 1024) {
        return ThroughputGraph::tr("%1 KiB/s").arg(double(bytesPerSecond) / 1024.0, 0, 'f', 1);
    }
    return ThroughputGraph::tr("%1 MiB/s").arg(double(bytesPerSecond) / 1048576.0, 0, 'f', 1);
}

} // namespace

ThroughputGraph::ThroughputGraph(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(100);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ThroughputGraph::addSample(qint64 bytesUp, qint64 bytesDown)
{
    m_up[size_t(m_next)] = qMax<qint64>(0, bytesUp);
    m_down[size_t(m_next)] = qMax<qint64>(0, bytesDown);
    m_next = (m_next + 1) % Seconds;
    if (isVisible()) {
        update();
    }
}

qint64 ThroughputGraph::peakBytesPerSecond() const
{
    qint64 peak = 0;
    for (int i = 0; i < Seconds; ++i) {
        peak = qMax(peak, qMax(m_up[size_t(i)], m_down[size_t(i)]));
    }
    return peak;
}

void ThroughputGraph::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 18, -4, -4);
    p.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
    for (int i = 1; i < 4; ++i) {
        const qreal y = area.top() + area.height() * i / 4;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    // Scale to the peak, rounded up to a 1-2-5 step so the axis does not jitter every second.
    qint64 scale = 1024;
    const qint64 peak = peakBytesPerSecond();
    while (scale < peak) {
        const qint64 s = scale;
        scale = (s * 2 > peak) ? s * 2 : (s * 5 > peak ? s * 5 : s * 10);
    }
    const auto plot = [&](const std::array<qint64, Seconds> &values, const QColor &colour) {
        QPainterPath path;
        for (int i = 0; i < Seconds; ++i) {
            const qint64 v = values[size_t((m_next + i) % Seconds)];
            const QPointF point(area.left() + area.width() * i / (Seconds - 1),
                                area.bottom() - area.height() * double(v) / double(scale));
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        p.setPen(QPen(colour, 2));
        p.drawPath(path);
    };
    plot(m_down, QColor(0x19, 0x76, 0xd2));
    plot(m_up, QColor(0xef, 0x6c, 0x00));
    p.setPen(palette().text().color());
    const qint64 nowDown = m_down[size_t((m_next + Seconds - 1) % Seconds)];
    const qint64 nowUp = m_up[size_t((m_next + Seconds - 1) % Seconds)];
    p.drawText(QRectF(rect()).adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("↓ %1   ↑ %2   (last 60 s, top of scale %3)").arg(rate(nowDown), rate(nowUp), rate(scale)));
}

} // namespace Veil
