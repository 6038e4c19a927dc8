#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QFile;
class QIODevice;
class QSaveFile;

namespace steward {

/**
 * The output of an encryption or decryption: written to a temporary name and renamed over the
 * final name only by commit(), so a failure, a cancel or a crash leaves nothing (or the old
 * file) under that name. Opening also opens the input and refuses to write over it.
 */
class Crypt4ghOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghOutput)

public:
    explicit Crypt4ghOutput(const QString& path);
    ~Crypt4ghOutput();
    Crypt4ghOutput(const Crypt4ghOutput&) = delete;
    Crypt4ghOutput& operator=(const Crypt4ghOutput&) = delete;

    /** Opens input for reading and the output's temporary file; errors name the file. */
    bool open(QFile& input, QString* error);
    QIODevice& device();
    bool commit(QString* error);

    /** True when both paths name the same file (also through links). */
    static bool sameFile(const QString& a, const QString& b);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace steward
