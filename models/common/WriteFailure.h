#pragma once

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QString>

namespace steward {

/** The system's words for the last failed call on this thread (errno). */
inline QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/**
 * Why writing to a file fails now, in the system's words ("No space left on device", "File too
 * large", "Disk quota exceeded"). Writes through htslib's thread pool fail on a worker thread,
 * where errno is lost to the caller; appending one byte (then truncating it away) asks the
 * system again. Falls back to errno, then to an empty string.
 */
inline QString writeFailureReason(const QString& path)
{
    const int saved = errno;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st = {};
        const bool sized = ::fstat(fd, &st) == 0;
        const char byte = 0;
        errno = 0;
        const ssize_t n = ::write(fd, &byte, 1);
        const int reason = errno;
        if (n == 1 && sized && ::ftruncate(fd, st.st_size) != 0) {
            // Only a probe: the file is a partial output that is removed anyway.
        }
        ::close(fd);
        if (n != 1 && reason != 0)
            return QString::fromLocal8Bit(std::strerror(reason));
    }
    return saved != 0 ? QString::fromLocal8Bit(std::strerror(saved)) : QString();
}

} // namespace steward
