#include "models/bundle/MultiDigest.h"

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include <QFile>
#include <QThread>

namespace steward {
namespace {

struct MdDeleter
{
    void operator()(EVP_MD* md) const { EVP_MD_free(md); }
};
struct CtxDeleter
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using MdPtr = std::unique_ptr<EVP_MD, MdDeleter>;
using CtxPtr = std::unique_ptr<EVP_MD_CTX, CtxDeleter>;

struct FdCloser
{
    int fd = -1;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

MdPtr fetch(const QString& algorithm)
{
    const QByteArray name = algorithm.trimmed().toLatin1();
    if (name.isEmpty())
        return MdPtr();
    return MdPtr(EVP_MD_fetch(nullptr, name.constData(), nullptr));
}

/** Rough single-core cost in ns per byte (SHA-NI machines): the costlier digest goes first. */
double costOf(const QString& algorithm)
{
    const QString a = algorithm.toLower();
    if (a == QLatin1String("md5"))
        return 1.35;
    if (a == QLatin1String("sha512") || a == QLatin1String("sha384"))
        return 1.15;
    if (a == QLatin1String("sha256") || a == QLatin1String("sha224"))
        return 0.55;
    if (a == QLatin1String("sha1"))
        return 0.5;
    return 1.0;
}

/** One digest in progress. */
struct Running
{
    QString name;
    MdPtr md;
    CtxPtr ctx;
    bool ok = false;

    void update(const char* data, qint64 size)
    {
        if (ok && size > 0)
            ok = EVP_DigestUpdate(ctx.get(), data, size_t(size)) == 1;
    }
    QString finish()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!ok || EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
            return QString();
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    }
};

bool start(const QStringList& algorithms, std::vector<Running>* running, QString* error,
           const QString& what)
{
    running->clear();
    running->reserve(size_t(algorithms.size()));
    for (const QString& a : algorithms) {
        Running r;
        r.name = a;
        r.md = fetch(a);
        r.ctx.reset(EVP_MD_CTX_new());
        r.ok = r.md && r.ctx && EVP_DigestInit_ex(r.ctx.get(), r.md.get(), nullptr) == 1;
        if (!r.ok) {
            if (error)
                *error = MultiDigest::tr("Cannot compute %1 checksums of %2: OpenSSL does not "
                                         "offer this algorithm.")
                             .arg(a, what);
            return false;
        }
        running->push_back(std::move(r));
    }
    return true;
}

bool finish(std::vector<Running>* running, MultiDigest::Result* out, QString* error,
            const QString& what)
{
    for (Running& r : *running) {
        const QString hex = r.finish();
        if (hex.isEmpty()) {
            if (error)
                *error = MultiDigest::tr("OpenSSL failed to compute the %1 checksum of %2.")
                             .arg(r.name, what);
            return false;
        }
        out->hex.insert(r.name, hex);
    }
    return true;
}

/** Fills buf from fd until full or end of file; -1 on a read error (errno set). */
qint64 readFull(int fd, char* buf, qint64 capacity)
{
    qint64 total = 0;
    while (total < capacity) {
        const ssize_t n = ::read(fd, buf + total, size_t(capacity - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

/**
 * The reader fills a ring of blocks; every digest must see every block, in order. Workers take
 * whichever digest is furthest behind and not being advanced by another worker, one block at a
 * time, so two threads share three digests evenly whatever their relative speeds. A block is
 * refilled once every digest is past it.
 */
class Ring
{
public:
    Ring(int slotCount, qint64 blockSize, std::vector<double> costs)
        : m_blocks(size_t(slotCount)), m_sizes(size_t(slotCount), 0), m_consumed(costs.size(), 0),
          m_busy(costs.size(), false), m_costs(std::move(costs))
    {
        for (auto& b : m_blocks)
            b.reset(new char[size_t(blockSize)]);
    }

    int slotCount() const { return int(m_blocks.size()); }
    char* block(qint64 seq) { return m_blocks[size_t(seq % slotCount())].get(); }
    qint64 blockSize(qint64 seq) const { return m_sizes[size_t(seq % slotCount())]; }

    /** Reader: waits until block seq may be overwritten; false when aborted. */
    bool waitWritable(qint64 seq)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [&] { return m_abort || minConsumed() > seq - slotCount(); });
        return !m_abort;
    }
    void publish(qint64 seq, qint64 size)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_sizes[size_t(seq % slotCount())] = size;
            m_produced = seq + 1;
        }
        m_cv.notify_all();
    }
    void finishReading()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
    }
    void abort()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_abort = true;
        }
        m_cv.notify_all();
    }
    /**
     * Worker: claims the next block of the digest furthest behind; false once every digest has
     * seen every block, or on abort.
     */
    bool take(int* digest, qint64* seq)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        int chosen = -1;
        m_cv.wait(lock, [&] {
            if (m_abort)
                return true;
            chosen = available();
            return chosen >= 0 || (m_done && minConsumed() == m_produced);
        });
        if (m_abort || chosen < 0)
            return false;
        m_busy[size_t(chosen)] = true;
        *digest = chosen;
        *seq = m_consumed[size_t(chosen)];
        return true;
    }
    void release(int digest)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_busy[size_t(digest)] = false;
            ++m_consumed[size_t(digest)];
        }
        m_cv.notify_all();
    }

private:
    qint64 minConsumed() const { return *std::min_element(m_consumed.begin(), m_consumed.end()); }
    int available() const
    {
        int best = -1;
        for (size_t d = 0; d < m_consumed.size(); ++d) {
            if (m_busy[d] || m_consumed[d] >= m_produced)
                continue;
            if (best < 0 || m_consumed[d] < m_consumed[size_t(best)] ||
                (m_consumed[d] == m_consumed[size_t(best)] && m_costs[d] > m_costs[size_t(best)]))
                best = int(d);
        }
        return best;
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<qint64> m_sizes;
    std::vector<qint64> m_consumed;
    std::vector<bool> m_busy;
    std::vector<double> m_costs;
    qint64 m_produced = 0;
    bool m_done = false;
    bool m_abort = false;
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

} // namespace

bool MultiDigest::isSupported(const QString& algorithm)
{
    return bool(fetch(algorithm));
}

int MultiDigest::digestSize(const QString& algorithm)
{
    const MdPtr md = fetch(algorithm);
    return md ? EVP_MD_get_size(md.get()) : 0;
}

bool MultiDigest::data(const QByteArray& bytes, const QStringList& algorithms, Result* out,
                       QString* error)
{
    std::vector<Running> running;
    const QString what = tr("data in memory");
    if (!start(algorithms, &running, error, what))
        return false;
    for (Running& r : running)
        r.update(bytes.constData(), bytes.size());
    out->size = bytes.size();
    out->hex.clear();
    return finish(&running, out, error, what);
}

bool MultiDigest::file(const QString& path, const QStringList& algorithms, Result* out,
                       QString* error)
{
    return file(path, algorithms, out, error, Options());
}

bool MultiDigest::file(const QString& path, const QStringList& algorithms, Result* out,
                       QString* error, const Options& options)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    std::vector<Running> running;
    if (!start(algorithms, &running, error, path))
        return false;

    FdCloser fd;
    fd.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd.fd < 0)
        return fail(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
    struct stat st;
    if (::fstat(fd.fd, &st) != 0)
        return fail(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
    if (S_ISDIR(st.st_mode))
        return fail(tr("Cannot read %1: it is a folder, not a file.").arg(path));
    const qint64 total = S_ISREG(st.st_mode) ? qint64(st.st_size) : -1;
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    const qint64 blockSize = qMax<qint64>(options.blockSize, 4096);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    const auto stopped = [&] { return fail(tr("Stopped while reading %1.").arg(path)); };

    int lanes = options.maxLanes > 0 ? options.maxLanes : qMax(1, QThread::idealThreadCount());
    lanes = qMin(lanes, int(running.size()));
    const bool small = total >= 0 && total <= blockSize;
    qint64 done = 0;
    QString sinkError;

    if (small || options.maxLanes == 1 || running.empty()) {
        // One thread: small files (a thread would cost more than it saves) or when the caller
        // already runs one file per core.
        std::unique_ptr<char[]> buffer(
            new char[size_t(small ? qMax<qint64>(total, 1) + 1 : blockSize)]);
        const qint64 capacity = small ? qMax<qint64>(total, 1) + 1 : blockSize;
        for (;;) {
            if (cancelled())
                return stopped();
            const qint64 n = readFull(fd.fd, buffer.get(), capacity);
            if (n < 0)
                return fail(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
            if (n == 0)
                break;
            for (Running& r : running)
                r.update(buffer.get(), n);
            if (options.sink && !options.sink(buffer.get(), n, &sinkError))
                return fail(sinkError);
            done += n;
            if (options.progress)
                options.progress(done, qMax(total, done));
        }
    } else {
        std::vector<double> costs;
        for (const Running& r : running)
            costs.push_back(costOf(r.name));
        Ring ring(qMax(4, 2 * int(running.size())), blockSize, costs);
        std::vector<std::thread> threads;
        threads.reserve(size_t(lanes));
        for (int t = 0; t < lanes; ++t) {
            threads.emplace_back([&] {
                int digest = 0;
                qint64 seq = 0;
                while (ring.take(&digest, &seq)) {
                    running[size_t(digest)].update(ring.block(seq), ring.blockSize(seq));
                    ring.release(digest);
                }
            });
        }
        QString failure;
        for (qint64 seq = 0;; ++seq) {
            if (cancelled()) {
                failure = tr("Stopped while reading %1.").arg(path);
                break;
            }
            if (!ring.waitWritable(seq))
                break;
            const qint64 n = readFull(fd.fd, ring.block(seq), blockSize);
            if (n < 0) {
                failure = tr("Cannot read %1: %2").arg(path, qt_error_string(errno));
                break;
            }
            if (n == 0)
                break;
            // The sink (a copy being written) runs while the workers digest the same block: the
            // reader is the only writer of blocks and comes back to this one only `slotCount`
            // blocks later.
            ring.publish(seq, n);
            if (options.sink && !options.sink(ring.block(seq), n, &sinkError)) {
                failure = sinkError;
                break;
            }
            done += n;
            if (options.progress)
                options.progress(done, qMax(total, done));
        }
        if (failure.isEmpty())
            ring.finishReading();
        else
            ring.abort();
        for (std::thread& t : threads)
            t.join();
        if (!failure.isEmpty())
            return fail(failure);
    }
    out->size = done;
    out->hex.clear();
    return finish(&running, out, error, path);
}

} // namespace steward
