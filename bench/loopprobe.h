#pragma once

// How responsive the GUI event loop stays: a 1 ms timer, and every gap between two of its
// ticks longer than that is time the loop was busy, or the thread waited for a core. The
// thread's CPU time within a gap tells which. Shared by the benchmarks that watch a window.

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <vector>

class LoopProbe
{
public:
    // CPU time of the calling thread, in ms.
    static double threadCpuMs()
    {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }

    explicit LoopProbe(int expectedSeconds)
    {
        m_gaps.reserve(size_t(expectedSeconds) * 1100);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    // Measures from now on.
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_startCpuMs = m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }

    size_t ticks() const { return m_gaps.size(); }
    double longestMs() const { return m_longestMs; }
    double longestCpuMs() const { return m_longestCpuMs; } // the thread's CPU in that gap
    double longestAtS() const { return m_longestAtS; }
    // The most CPU the thread spent within one gap: the longest piece of its own work.
    double busiestCpuMs() const { return m_busiestCpuMs; }
    double cpuMsSinceStart() const { return threadCpuMs() - m_startCpuMs; }
    long gapsOver(double ms) const
    {
        return long(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }
    double percentile(double p) const
    {
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(p * sorted.size()))];
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double gap = (now - m_lastNs) / 1e6;
        if (gap > m_longestMs) {
            m_longestMs = gap;
            m_longestCpuMs = cpu - m_lastCpuMs;
            m_longestAtS = now / 1e9;
        }
        m_busiestCpuMs = std::max(m_busiestCpuMs, cpu - m_lastCpuMs);
        m_gaps.push_back(gap);
        m_lastNs = now;
        m_lastCpuMs = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
    qint64 m_lastNs = 0;
    double m_startCpuMs = 0;
    double m_lastCpuMs = 0;
    double m_longestMs = 0;
    double m_longestCpuMs = 0;
    double m_longestAtS = 0;
    double m_busiestCpuMs = 0;
};
