#pragma once

#include <memory>

#include <htslib/bgzf.h>
#include <htslib/faidx.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>
#include <htslib/sam.h>
#include <htslib/tbx.h>
#include <htslib/thread_pool.h>
#include <htslib/vcf.h>

namespace steward {

/** RAII owners for htslib's C handles: every handle is freed on every path. */
struct HtsFileCloser
{
    void operator()(htsFile* fp) const
    {
        if (fp)
            hts_close(fp);
    }
};
struct BcfHeaderDeleter
{
    void operator()(bcf_hdr_t* h) const { bcf_hdr_destroy(h); }
};
struct BcfRecordDeleter
{
    void operator()(bcf1_t* r) const { bcf_destroy(r); }
};
struct SamHeaderDeleter
{
    void operator()(sam_hdr_t* h) const { sam_hdr_destroy(h); }
};
struct BamRecordDeleter
{
    void operator()(bam1_t* r) const { bam_destroy1(r); }
};
struct HtsIndexDeleter
{
    void operator()(hts_idx_t* i) const { hts_idx_destroy(i); }
};
struct TbxDeleter
{
    void operator()(tbx_t* t) const { tbx_destroy(t); }
};
struct FaidxDeleter
{
    void operator()(faidx_t* f) const { fai_destroy(f); }
};
struct BgzfCloser
{
    void operator()(BGZF* b) const
    {
        if (b)
            bgzf_close(b);
    }
};
struct HFileCloser
{
    void operator()(hFILE* f) const
    {
        if (f)
            hclose_abruptly(f);
    }
};
struct ThreadPoolDeleter
{
    void operator()(hts_tpool* p) const
    {
        if (p)
            hts_tpool_destroy(p);
    }
};

using HtsFilePtr = std::unique_ptr<htsFile, HtsFileCloser>;
using BcfHeaderPtr = std::unique_ptr<bcf_hdr_t, BcfHeaderDeleter>;
using BcfRecordPtr = std::unique_ptr<bcf1_t, BcfRecordDeleter>;
using SamHeaderPtr = std::unique_ptr<sam_hdr_t, SamHeaderDeleter>;
using BamRecordPtr = std::unique_ptr<bam1_t, BamRecordDeleter>;
using HtsIndexPtr = std::unique_ptr<hts_idx_t, HtsIndexDeleter>;
using TbxPtr = std::unique_ptr<tbx_t, TbxDeleter>;
using FaidxPtr = std::unique_ptr<faidx_t, FaidxDeleter>;
using BgzfPtr = std::unique_ptr<BGZF, BgzfCloser>;
using HFilePtr = std::unique_ptr<hFILE, HFileCloser>;
using ThreadPoolPtr = std::unique_ptr<hts_tpool, ThreadPoolDeleter>;

/**
 * An htslib thread pool shared by one reader; attach it to a file with attach().
 * Owning the pool separately from the file keeps the pool alive until the file is closed.
 */
class HtsThreadPool final
{
public:
    explicit HtsThreadPool(int threads)
    {
        if (threads > 0) {
            m_pool.pool = hts_tpool_init(threads);
            m_pool.qsize = 0;
        }
    }
    ~HtsThreadPool()
    {
        if (m_pool.pool)
            hts_tpool_destroy(m_pool.pool);
    }
    HtsThreadPool(const HtsThreadPool&) = delete;
    HtsThreadPool& operator=(const HtsThreadPool&) = delete;

    bool attach(htsFile* fp)
    {
        return !m_pool.pool || hts_set_opt(fp, HTS_OPT_THREAD_POOL, &m_pool) == 0;
    }

private:
    htsThreadPool m_pool{nullptr, 0};
};

} // namespace steward
