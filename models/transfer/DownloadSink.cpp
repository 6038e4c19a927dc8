#include "models/transfer/DownloadSink.h"


#include <QDir>
#include <QSaveFile>

namespace steward {

DownloadSink::DownloadSink() = default;
DownloadSink::~DownloadSink() = default;

void DownloadSink::keepIn(QByteArray* data, qint64 cap)
{
    m_data = data;
    m_cap = cap;
}

void DownloadSink::writeTo(QSaveFile* file)
{
    m_file = file;
}

bool DownloadSink::hashSha256()
{
    m_sha = std::make_unique<Digest>(Digest::Algorithm::Sha256);
    return true;
}

void DownloadSink::expectHttp(CURL* curl, qint64 offset, qint64 length)
{
    m_http = curl;
    m_offset = offset;
    m_length = length;
}

void DownloadSink::install(CURL* curl)
{
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &DownloadSink::write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
}

QByteArray DownloadSink::sha256()
{
    if (!m_sha || failed())
        return QByteArray();
    const QByteArray digest = m_sha->result();
    m_sha.reset();
    return digest;
}

size_t DownloadSink::write(char* bytes, size_t size, size_t count, void* self)
{
    auto* s = static_cast<DownloadSink*>(self);
    const size_t total = size * count;
    if (!s->m_http)
        return s->deliver(bytes, qint64(total)) == total ? total : 0;

    if (s->m_status == 0) {
        curl_easy_getinfo(s->m_http, CURLINFO_RESPONSE_CODE, &s->m_status);
        s->m_skip = s->m_status == 200 ? s->m_offset : 0;
    }
    if (s->m_status < 200 || s->m_status >= 300)
        return total; // an error page: libcurl's own body buffer is not needed for it
    qint64 n = qint64(total);
    const qint64 skipped = qMin(s->m_skip, n);
    s->m_skip -= skipped;
    n -= skipped;
    if (s->m_length >= 0 && s->m_received + n >= s->m_length) {
        n = s->m_length - s->m_received;
        s->m_stoppedEarly = s->m_status == 200;
    }
    if (n > 0 && s->deliver(bytes + skipped, n) != size_t(n))
        return 0;
    // The range of a whole-file reply is complete: stop reading the rest (libcurl reports a
    // write error, which stoppedEarly() tells apart).
    return s->m_stoppedEarly ? 0 : total;
}

size_t DownloadSink::deliver(const char* bytes, qint64 n)
{
    if (m_data) {
        if (m_cap >= 0 && m_data->size() + n > m_cap) {
            m_overflow = true;
            return 0;
        }
        m_data->append(bytes, qsizetype(n));
    }
    if (m_file && m_file->write(bytes, n) != n) {
        m_error = tr("Cannot write %1: %2.")
                      .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return 0;
    }
    if (m_sha)
        m_sha->update(bytes, n);
    m_received += n;
    return size_t(n);
}

} // namespace steward
