#pragma once

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QString>

namespace steward {

/** Owns a POSIX file descriptor: closed on every path unless released or closed explicitly. */
class UniqueFd final
{
public:
    explicit UniqueFd(int fd = -1) : m_fd(fd) {}
    /** Opens `path` with `flags` (O_CLOEXEC added) and `mode` for created files. */
    UniqueFd(const QString& path, int flags, mode_t mode = 0666)
        : m_fd(::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, mode))
    {}
    ~UniqueFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    /** Closes now; false (errno set) when the close reports a deferred write error. */
    bool close() { return ::close(release()) == 0; }

private:
    int m_fd;
};

/** pread until `n` bytes are read; false with errno set (EIO when the file ends first). */
inline bool preadAll(int fd, char* data, size_t n, qint64 offset)
{
    while (n > 0) {
        const ssize_t r = ::pread(fd, data, n, offset);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (r == 0)
                errno = EIO;
            return false;
        }
        data += r;
        n -= size_t(r);
        offset += r;
    }
    return true;
}

/** pwrite until `n` bytes are written; false with errno set. */
inline bool pwriteAll(int fd, const char* data, size_t n, qint64 offset)
{
    while (n > 0) {
        const ssize_t r = ::pwrite(fd, data, n, offset);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        data += r;
        n -= size_t(r);
        offset += r;
    }
    return true;
}

} // namespace steward
