#pragma once

#include <memory>

#include <curl/curl.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSaveFile;

#include "models/common/Digest.h"

namespace steward {

/**
 * Where the bytes libcurl receives go (CURLOPT_WRITEFUNCTION): memory up to a cap, a file
 * (QSaveFile, committed by the caller) and/or a running SHA-256 (OpenSSL EVP), in one pass.
 * For HTTP it keeps the bodies of error statuses apart, so an error page never lands in the
 * target, and cuts the requested range out of a 200 reply from a server that ignored Range.
 */
class DownloadSink final
{
    Q_DECLARE_TR_FUNCTIONS(DownloadSink)

public:
    DownloadSink();
    ~DownloadSink();
    DownloadSink(const DownloadSink&) = delete;
    DownloadSink& operator=(const DownloadSink&) = delete;

    /** Appends to `data`; more than `cap` bytes in it abort the transfer (overflowed()). */
    void keepIn(QByteArray* data, qint64 cap);
    /** Writes to `file`, which the caller opened and commits. */
    void writeTo(QSaveFile* file);
    /** Hashes what arrives with SHA-256; false when OpenSSL cannot. */
    bool hashSha256();
    /** HTTP replies: see the class comment. `length` -1: to the end. */
    void expectHttp(CURL* curl, qint64 offset = 0, qint64 length = -1);
    /** Sets CURLOPT_WRITEFUNCTION and CURLOPT_WRITEDATA. */
    void install(CURL* curl);

    /** Bytes delivered to the targets (after any cut). */
    qint64 received() const { return m_received; }
    bool overflowed() const { return m_overflow; }
    /** True when it stopped the transfer on purpose: the range of a 200 reply was complete. */
    bool stoppedEarly() const { return m_stoppedEarly; }
    /** A local failure (the file could not be written, OpenSSL failed). */
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /** The HTTP status seen by the first write (expectHttp() only). */
    long status() const { return m_status; }
    /** The raw SHA-256 of what was delivered; empty without hashSha256() or on failure. */
    QByteArray sha256();

    static size_t write(char* bytes, size_t size, size_t count, void* self);

private:
    size_t deliver(const char* bytes, qint64 n);

    std::unique_ptr<Digest> m_sha;
    QByteArray* m_data = nullptr;
    qint64 m_cap = -1;
    QSaveFile* m_file = nullptr;
    CURL* m_http = nullptr;
    qint64 m_offset = 0;
    qint64 m_length = -1;
    long m_status = 0;
    qint64 m_skip = 0;
    qint64 m_received = 0;
    bool m_overflow = false;
    bool m_stoppedEarly = false;
    QString m_error;
};

} // namespace steward
