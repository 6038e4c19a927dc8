#include "models/transfer/FileRangeReader.h"

#include <QDir>

namespace steward {

bool FileRangeReader::open(const QString& path, qint64 offset, qint64 length, QString* error)
{
    m_file.close();
    m_error.clear();
    m_position = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error =
            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    const qint64 fileSize = m_file.size();
    if (offset < 0 || offset > fileSize || (length >= 0 && offset + length > fileSize)) {
        *error = tr("%1 is shorter (%2 bytes) than Steward expected (at least %3 bytes): did "
                    "it change since it was added?")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(fileSize)
                     .arg(length < 0 ? offset : offset + length);
        return false;
    }
    m_offset = offset;
    m_length = length < 0 ? fileSize - offset : length;
    if (!m_file.seek(m_offset)) {
        *error =
            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    return true;
}

void FileRangeReader::install(CURL* curl)
{
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &FileRangeReader::read);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, &FileRangeReader::seek);
    curl_easy_setopt(curl, CURLOPT_SEEKDATA, this);
    // libcurl's default 64 KiB upload buffer starves SFTP (libssh2 pipelines what it is given)
    // and costs a callback per 64 KiB; 2 MiB is its maximum.
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 2L << 20);
}

size_t FileRangeReader::read(char* buffer, size_t size, size_t count, void* self)
{
    auto* r = static_cast<FileRangeReader*>(self);
    const qint64 wanted = qMin(qint64(size * count), r->m_length - r->m_position);
    if (wanted <= 0)
        return 0;
    const qint64 got = r->m_file.read(buffer, wanted);
    if (got <= 0) {
        // Ending early would make the remote file silently shorter than the manifest says.
        r->m_error = got < 0 ? tr("Reading %1 failed: %2.")
                                   .arg(QDir::toNativeSeparators(r->m_file.fileName()),
                                        r->m_file.errorString())
                             : tr("%1 became shorter while it was being sent; add it again.")
                                   .arg(QDir::toNativeSeparators(r->m_file.fileName()));
        return CURL_READFUNC_ABORT;
    }
    r->m_position += got;
    return size_t(got);
}

int FileRangeReader::seek(void* self, curl_off_t offset, int origin)
{
    auto* r = static_cast<FileRangeReader*>(self);
    qint64 target = 0;
    switch (origin) {
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = r->m_position + offset;
        break;
    case SEEK_END:
        target = r->m_length + offset;
        break;
    default:
        return CURL_SEEKFUNC_CANTSEEK;
    }
    if (target < 0 || target > r->m_length || !r->m_file.seek(r->m_offset + target))
        return CURL_SEEKFUNC_FAIL;
    r->m_position = target;
    return CURL_SEEKFUNC_OK;
}

} // namespace steward
