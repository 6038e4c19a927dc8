#include "models/formats/ReadProgress.h"

#include <htslib/bgzf.h>
#include <htslib/cram.h>
#include <htslib/hfile.h>

#include "models/formats/ReadOptions.h"

namespace steward {

ReadProgress::ReadProgress(htsFile* fp, qint64 fileSize, const ReadOptions& options)
    : m_fp(fp), m_size(fileSize), m_options(options)
{}

qint64 ReadProgress::offsetOf(htsFile* fp)
{
    if (!fp)
        return 0;
    hFILE* raw = nullptr;
    if (fp->is_cram)
        raw = cram_fd_get_fp(fp->fp.cram);
    else if (fp->is_bgzf)
        raw = fp->fp.bgzf ? fp->fp.bgzf->fp : nullptr;
    else
        raw = fp->fp.hfile;
    if (!raw)
        return 0;
    const off_t at = htell(raw);
    return at < 0 ? 0 : qint64(at);
}

qint64 ReadProgress::bytesRead() const
{
    return qMin<qint64>(offsetOf(m_fp), m_size);
}

bool ReadProgress::report()
{
    if (m_options.progress)
        m_options.progress(bytesRead(), m_size);
    return !m_options.isCancelled();
}

void ReadProgress::finish()
{
    if (m_options.progress)
        m_options.progress(m_size, m_size);
}

} // namespace steward
