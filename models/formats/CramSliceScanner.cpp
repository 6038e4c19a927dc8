#include "models/formats/CramSliceScanner.h"

#include <cstdint>
#include <memory>

#include <htslib/cram.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>

#include <QCoreApplication>
#include <QFile>

#include "models/formats/HtsHandles.h"

namespace steward {

namespace {

struct CramContainerDeleter
{
    void operator()(cram_container* c) const { cram_free_container(c); }
};
struct CramBlockDeleter
{
    void operator()(cram_block* b) const { cram_free_block(b); }
};
using CramContainerPtr = std::unique_ptr<cram_container, CramContainerDeleter>;
using CramBlockPtr = std::unique_ptr<cram_block, CramBlockDeleter>;

/** Bounds-checked reader of the CRAM integer encodings (ITF8, LTF8) in a header block. */
class BlockReader
{
public:
    BlockReader(const unsigned char* data, size_t size) : m_p(data), m_end(data + size) {}

    bool ok() const { return m_ok; }

    int32_t itf8()
    {
        if (m_p >= m_end)
            return fail();
        const unsigned b0 = m_p[0];
        int extra = b0 < 0x80 ? 0 : b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (m_end - m_p < extra + 1)
            return fail();
        uint32_t v;
        switch (extra) {
        case 0:
            v = b0;
            break;
        case 1:
            v = ((b0 << 8) | m_p[1]) & 0x3FFF;
            break;
        case 2:
            v = ((b0 << 16) | (m_p[1] << 8) | m_p[2]) & 0x1FFFFF;
            break;
        case 3:
            v = ((uint32_t(b0) << 24) | (m_p[1] << 16) | (m_p[2] << 8) | m_p[3]) & 0x0FFFFFFF;
            break;
        default:
            v = ((uint32_t(b0) & 0x0F) << 28) | (uint32_t(m_p[1]) << 20) | (m_p[2] << 12) |
                (m_p[3] << 4) | (m_p[4] & 0x0F);
            break;
        }
        m_p += extra + 1;
        return int32_t(v);
    }

    int64_t ltf8()
    {
        if (m_p >= m_end)
            return fail();
        const unsigned b0 = m_p[0];
        int extra = 0;
        while (extra < 8 && (b0 & (0x80u >> extra)))
            ++extra;
        if (m_end - m_p < extra + 1)
            return fail();
        uint64_t v = extra < 8 ? (b0 & (0xFFu >> (extra + 1))) : 0;
        for (int i = 1; i <= extra; ++i)
            v = (v << 8) | m_p[i];
        m_p += extra + 1;
        return int64_t(v);
    }

    unsigned char byte()
    {
        if (m_p >= m_end)
            return static_cast<unsigned char>(fail());
        return *m_p++;
    }

    void skip(int64_t n)
    {
        if (n < 0 || m_end - m_p < n) {
            fail();
            return;
        }
        m_p += n;
    }

private:
    int fail()
    {
        m_ok = false;
        m_p = m_end;
        return 0;
    }

    const unsigned char* m_p;
    const unsigned char* m_end;
    bool m_ok = true;
};

/** The RR flag of a compression header's preservation map (true when absent). */
bool referenceRequired(cram_block* header)
{
    if (cram_uncompress_block(header) != 0)
        return true; // unknown: assume the default
    BlockReader r(static_cast<const unsigned char*>(cram_block_get_data(header)),
                  size_t(cram_block_get_uncomp_size(header)));
    r.itf8(); // size of the map in bytes
    const int32_t entries = r.itf8();
    for (int32_t i = 0; i < entries && r.ok(); ++i) {
        const char k0 = char(r.byte());
        const char k1 = char(r.byte());
        if ((k0 == 'R' && k1 == 'N') || (k0 == 'A' && k1 == 'P')) {
            r.byte();
        } else if (k0 == 'R' && k1 == 'R') {
            const unsigned char v = r.byte();
            return r.ok() ? v != 0 : true;
        } else if (k0 == 'S' && k1 == 'M') {
            r.skip(5);
        } else if (k0 == 'T' && k1 == 'D') {
            r.skip(r.itf8());
        } else {
            break; // an unknown key: its value length is unknown
        }
    }
    return true;
}

bool parseSliceHeader(cram_block* block, int major, CramSliceInfo* slice)
{
    if (cram_block_get_content_type(block) != MAPPED_SLICE || cram_uncompress_block(block) != 0)
        return false;
    BlockReader r(static_cast<const unsigned char*>(cram_block_get_data(block)),
                  size_t(cram_block_get_uncomp_size(block)));
    slice->refId = r.itf8();
    slice->start = r.itf8();
    slice->span = r.itf8();
    slice->records = r.itf8();
    if (major == 2)
        r.itf8(); // record counter: ITF8 in CRAM 2, LTF8 from CRAM 3
    else
        r.ltf8();
    r.itf8(); // number of blocks
    const int32_t ids = r.itf8();
    for (int32_t i = 0; i < ids && r.ok(); ++i)
        r.itf8();
    const int32_t embedded = r.itf8();
    // -1 marks "no embedded reference" in CRAM 2 and 3.
    slice->embeddedReference = embedded >= 0;
    for (unsigned char& b : slice->md5)
        b = r.byte();
    return r.ok();
}

} // namespace

bool CramSliceInfo::hasMd5() const
{
    for (unsigned char b : md5)
        if (b)
            return true;
    return false;
}

CramSliceScanner::Result
CramSliceScanner::scan(const QString& cramPath,
                       const std::function<bool(const CramSliceInfo&)>& visit, QString* error)
{
    auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return Result::Failed;
    };
    HtsFilePtr fp(hts_open(QFile::encodeName(cramPath).constData(), "r"));
    if (!fp)
        return failed(CramSliceScanner::tr("Cannot open %1.").arg(cramPath));
    if (hts_get_format(fp.get())->format != cram)
        return failed(CramSliceScanner::tr("%1 is not a CRAM file.").arg(cramPath));
    cram_fd* fd = fp->fp.cram;
    const int major = cram_major_vers(fd);
    if (major < 2 || major > 3)
        return Result::Unsupported;
    hFILE* raw = cram_fd_get_fp(fd);

    // hts_open has read the file definition and the header container: what follows are
    // data containers, then the EOF container.
    for (;;) {
        CramContainerPtr container(cram_read_container(fd));
        if (!container)
            return Result::Done; // end of file (or a truncated tail: nothing more to scan)
        const off_t bodyStart = htell(raw);
        const int32_t length = cram_container_get_length(container.get());
        int32_t slices = 0;
        const int32_t* landmarks = cram_container_get_landmarks(container.get(), &slices);
        if (length > 0 && slices > 0 && landmarks) {
            CramBlockPtr compression(cram_read_block(fd));
            if (!compression)
                return failed(CramSliceScanner::tr("A CRAM compression header cannot be read."));
            const bool required = referenceRequired(compression.get());
            for (int32_t i = 0; i < slices; ++i) {
                if (landmarks[i] < 0 || landmarks[i] >= length ||
                    cram_seek(fd, bodyStart + landmarks[i], SEEK_SET) != 0)
                    return failed(
                        CramSliceScanner::tr("A CRAM slice offset points outside its container."));
                CramBlockPtr block(cram_read_block(fd));
                CramSliceInfo slice;
                if (!block || !parseSliceHeader(block.get(), major, &slice))
                    return failed(CramSliceScanner::tr("A CRAM slice header cannot be read."));
                slice.referenceRequired = required;
                if (!visit(slice))
                    return Result::Stopped;
            }
        }
        if (length < 0 || cram_seek(fd, bodyStart + length, SEEK_SET) != 0)
            return failed(
                CramSliceScanner::tr("A CRAM container length points past the end of the file."));
    }
}

} // namespace steward
