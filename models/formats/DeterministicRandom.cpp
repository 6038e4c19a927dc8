#include "models/formats/DeterministicRandom.h"

namespace steward {

quint64 DeterministicRandom::derive(quint64 seed, quint64 stream)
{
    // splitmix64 finaliser over the pair: independent-looking seeds for nearby stream ids.
    quint64 z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 DeterministicRandom::below(quint64 n)
{
    if (n == 0)
        return 0;
    // Reject the lowest (2^64 mod n) values so every residue is equally likely.
    const quint64 threshold = (0 - n) % n;
    for (;;) {
        const quint64 x = m_engine();
        if (x >= threshold)
            return x % n;
    }
}

int DeterministicRandom::weighted(const int* weights, int count)
{
    qint64 total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    qint64 pick = qint64(below(quint64(total)));
    for (int i = 0; i < count; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    return count - 1;
}

qint64 DeterministicRandom::bell(int terms, qint64 spread)
{
    qint64 sum = 0;
    for (int i = 0; i < terms; ++i)
        sum += qint64(below(quint64(spread) + 1));
    return sum;
}

} // namespace steward
