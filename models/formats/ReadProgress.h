#pragma once

#include <QtGlobal>

#include <htslib/hts.h>

namespace steward {

struct ReadOptions;

/**
 * Reports how far a streaming read is through an htslib file, in bytes of the file on
 * disk (compressed offset), throttled to one callback every few thousand records.
 */
class ReadProgress final
{
public:
    ReadProgress(htsFile* fp, qint64 fileSize, const ReadOptions& options);

    /** Call once per record; returns false when the read was cancelled. */
    bool tick()
    {
        if (++m_count < kEvery)
            return true;
        m_count = 0;
        return report();
    }
    /** Reports the end of the file. */
    void finish();

    /** Bytes of the file on disk consumed so far. */
    qint64 bytesRead() const;
    /** Where an open htsFile (BGZF, CRAM or plain) stands in the file on disk; 0 if unknown. */
    static qint64 offsetOf(htsFile* fp);

private:
    static constexpr int kEvery = 4096;
    bool report();

    htsFile* m_fp;
    qint64 m_size;
    const ReadOptions& m_options;
    int m_count = 0;
};

} // namespace steward
