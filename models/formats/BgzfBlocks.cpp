#include "models/formats/BgzfBlocks.h"

#include <cerrno>
#include <cstring>
#include <future>

#include <fcntl.h>
#include <unistd.h>

#include <QFile>

#include "models/common/UniqueFd.h"
#include "models/common/WriteFailure.h"

namespace steward {
namespace {

constexpr qint64 kStep = qint64(64) << 20; // per copy_file_range call: progress and cancel
constexpr size_t kBuffer = size_t(4) << 20;

quint16 le16(const unsigned char* p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 le32(const unsigned char* p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

} // namespace

bool BgzfBlocks::copyRange(int inFd, qint64 inOffset, int outFd, qint64 outOffset, qint64 length,
                           const Progress& progress, int* osError)
{
    *osError = 0;
    qint64 done = 0;
    bool kernel = true;
    std::vector<char> buffer;
    while (done < length) {
        const qint64 step = qMin(kStep, length - done);
        if (kernel) {
            loff_t from = inOffset + done;
            loff_t to = outOffset + done;
            const ssize_t n = ::copy_file_range(inFd, &from, outFd, &to, size_t(step), 0);
            if (n > 0) {
                done += n;
            } else if (n == 0) {
                *osError = EIO; // the input ended before the range did
                return false;
            } else if (errno == EINTR) {
                continue;
            } else if (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP ||
                       errno == EINVAL || errno == EBADF) {
                kernel = false; // not between these files here: copy through user space
                continue;
            } else {
                *osError = errno;
                return false;
            }
        } else {
            buffer.resize(kBuffer);
            for (qint64 left = step; left > 0;) {
                const size_t n = size_t(qMin<qint64>(left, qint64(buffer.size())));
                if (!preadAll(inFd, buffer.data(), n, inOffset + done) ||
                    !pwriteAll(outFd, buffer.data(), n, outOffset + done)) {
                    *osError = errno;
                    return false;
                }
                done += qint64(n);
                left -= qint64(n);
            }
        }
        if (progress && !progress(done))
            return false;
    }
    return true;
}

bool BgzfBlocks::compareRanges(const QString& a, qint64 aOffset, const QString& b, qint64 bOffset,
                               qint64 length, qint64* firstDifference, QString* error,
                               const std::atomic_bool* cancel)
{
    *firstDifference = -1;
    struct Part
    {
        qint64 difference = -1;
        QString error;
    };
    // One half per thread: reading two files from the page cache is bound by memory copies.
    const auto compare = [&](qint64 from, qint64 to) {
        Part part;
        UniqueFd fa(a, O_RDONLY), fb(b, O_RDONLY);
        if (fa.get() < 0 || fb.get() < 0) {
            part.error = tr("Cannot read %1: %2").arg(fa.get() < 0 ? a : b, systemError());
            return part;
        }
        std::vector<char> ba(kBuffer), bb(kBuffer);
        for (qint64 at = from; at < to;) {
            if (cancel && cancel->load()) {
                part.error = tr("Stopped while comparing %1 with %2").arg(b, a);
                return part;
            }
            const size_t n = size_t(qMin<qint64>(to - at, qint64(kBuffer)));
            if (!preadAll(fa.get(), ba.data(), n, aOffset + at)) {
                part.error = tr("Cannot read %1: %2").arg(a, systemError());
                return part;
            }
            if (!preadAll(fb.get(), bb.data(), n, bOffset + at)) {
                part.error = tr("Cannot read %1: %2").arg(b, systemError());
                return part;
            }
            if (std::memcmp(ba.data(), bb.data(), n) != 0) {
                size_t i = 0;
                while (ba[i] == bb[i])
                    ++i;
                part.difference = at + qint64(i);
                return part;
            }
            at += qint64(n);
        }
        return part;
    };
    const qint64 half = length / 2;
    auto second = std::async(std::launch::async, compare, half, length);
    const Part first = compare(0, half);
    const Part last = second.get();
    for (const Part& p : {first, last}) {
        if (!p.error.isEmpty()) {
            *error = p.error;
            return false;
        }
        if (p.difference >= 0) {
            *firstDifference = p.difference;
            return true;
        }
    }
    return true;
}

bool BgzfBlocks::list(const QString& path, qint64 from, qint64 to, std::vector<BgzfBlock>* blocks,
                      QString* error)
{
    UniqueFd fd(path, O_RDONLY);
    if (fd.get() < 0) {
        *error = tr("Cannot read %1: %2").arg(path, systemError());
        return false;
    }
    unsigned char head[18];
    std::vector<unsigned char> extra;
    qint64 at = from;
    while (at < to) {
        const auto damaged = [&] {
            *error = tr("%1 is damaged: no BGZF block at byte %2").arg(path).arg(at);
            return false;
        };
        if (to - at < 28 || !preadAll(fd.get(), reinterpret_cast<char*>(head), sizeof head, at))
            return damaged();
        // gzip member with FEXTRA; the BC subfield holds the block's size minus one.
        if (head[0] != 31 || head[1] != 139 || head[2] != 8 || (head[3] & 4) == 0)
            return damaged();
        const quint16 xlen = le16(head + 10);
        extra.resize(xlen);
        if (!preadAll(fd.get(), reinterpret_cast<char*>(extra.data()), xlen, at + 12))
            return damaged();
        qint64 size = -1;
        for (size_t i = 0; i + 4 <= extra.size();) {
            const quint16 slen = le16(extra.data() + i + 2);
            if (extra[i] == 'B' && extra[i + 1] == 'C' && slen == 2 && i + 6 <= extra.size())
                size = qint64(le16(extra.data() + i + 4)) + 1;
            i += 4 + slen;
        }
        unsigned char isize[4];
        if (size < 12 + xlen + 8 || at + size > to ||
            !preadAll(fd.get(), reinterpret_cast<char*>(isize), 4, at + size - 4))
            return damaged();
        blocks->push_back({quint64(at), quint32(size), le32(isize)});
        at += size;
    }
    return true;
}

} // namespace steward
