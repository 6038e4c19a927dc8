#pragma once

#include <curl/curl.h>

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace steward {

/**
 * Feeds a byte range of a local file to libcurl (CURLOPT_READFUNCTION), with a seek callback
 * so libcurl can rewind (a retried request) or skip ahead (an SFTP resume offset). A read
 * error, or a file that ends before the range does (it changed while being sent), aborts the
 * request and is reported by failed()/error(): libcurl alone would call it "aborted by
 * callback", which the clients would otherwise take for the user's cancel.
 */
class FileRangeReader final
{
    Q_DECLARE_TR_FUNCTIONS(FileRangeReader)

public:
    FileRangeReader() = default;
    FileRangeReader(const FileRangeReader&) = delete;
    FileRangeReader& operator=(const FileRangeReader&) = delete;

    /** Opens `path` to deliver `length` bytes from `offset` (-1: up to the end of the file). */
    bool open(const QString& path, qint64 offset, qint64 length, QString* error);
    /** Sets the read and seek callbacks on `curl` (the caller sets the upload size). */
    void install(CURL* curl);

    /** Bytes in the range. */
    qint64 length() const { return m_length; }
    /** Bytes handed to libcurl so far (position within the range). */
    qint64 position() const { return m_position; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    static size_t read(char* buffer, size_t size, size_t count, void* self);
    static int seek(void* self, curl_off_t offset, int origin);

private:
    QFile m_file;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_position = 0;
    QString m_error;
};

} // namespace steward
