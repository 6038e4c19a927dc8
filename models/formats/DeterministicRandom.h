#pragma once

#include <random>

#include <QtGlobal>

namespace steward {

/**
 * A seeded random source whose every output is the same on every platform and standard
 * library: std::mt19937_64's raw sequence is specified by the C++ standard, but the
 * std::*_distribution mappings are not, so the integer mappings here are our own and no
 * decision goes through floating point (which could be contracted into FMA differently).
 * Used by the synthetic data generators (demo workspace, benchmark inputs).
 */
class DeterministicRandom final
{
public:
    explicit DeterministicRandom(quint64 seed) : m_engine(seed) {}

    /** A seed for an independent stream, derived from a base seed and a stream name/index. */
    static quint64 derive(quint64 seed, quint64 stream);

    /** The next raw 64-bit output. */
    quint64 next() { return m_engine(); }
    /** Uniform in [0, n), without modulo bias; 0 when n is 0. */
    quint64 below(quint64 n);
    /** Uniform in [lo, hi], both inclusive. */
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo) + 1)); }
    /** True with probability perMillion / 1,000,000. */
    bool chance(quint32 perMillion) { return below(1000000) < perMillion; }
    /** Index into a table of integer weights (any scale); the table must not sum to 0. */
    int weighted(const int* weights, int count);
    /** Sum of `terms` uniform draws in [0, spread]: a cheap bell shape around terms*spread/2. */
    qint64 bell(int terms, qint64 spread);

private:
    std::mt19937_64 m_engine;
};

} // namespace steward
