#pragma once

#include <QWidget>

#include <array>

namespace Veil {

/**
 * Up and down throughput of the last 60 seconds as two lines. One sample a second goes into a
 * fixed ring; painting is a polyline of 60 points and only happens while the widget is visible
 * (a hidden window costs one array write per second).
 */
class ThroughputGraph final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputGraph)

public:
    static constexpr int Seconds = 60;

    explicit ThroughputGraph(QWidget *parent = nullptr);

    /** Adds one second's bytes; repaints only when visible. */
    void addSample(qint64 bytesUp, qint64 bytesDown);
    qint64 peakBytesPerSecond() const;
    /** Paints so far (tests check that a hidden graph is not painted). */
    int paintCount() const { return m_paints; }

    QSize sizeHint() const override { return {480, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<qint64, Seconds> m_up{};
    std::array<qint64, Seconds> m_down{};
    int m_next = 0; ///< slot of the next sample (= oldest)
    int m_paints = 0;
};

} // namespace Veil
