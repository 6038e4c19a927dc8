#include "models/crypt4gh/Crypt4ghOutput.h"

#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace steward {

Crypt4ghOutput::Crypt4ghOutput(const QString& path) : m_path(path) {}

Crypt4ghOutput::~Crypt4ghOutput()
{
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
}

bool Crypt4ghOutput::sameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool Crypt4ghOutput::open(QFile& input, QString* error)
{
    const QString inputPath = input.fileName();
    if (sameFile(inputPath, m_path) ||
        QFileInfo(inputPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error =
            tr("Refusing to write %1 over its own input; choose another output name.").arg(m_path);
        return false;
    }
    if (!input.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = tr("Cannot read %1: %2").arg(inputPath, input.errorString());
        return false;
    }
    if (QFileInfo(m_path).isDir()) {
        *error = tr("%1 is a folder; name the output file.").arg(m_path);
        return false;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

QIODevice& Crypt4ghOutput::device()
{
    return *m_file;
}

bool Crypt4ghOutput::commit(QString* error)
{
    if (!m_file || !m_file->commit()) {
        *error =
            tr("Cannot write %1: %2").arg(m_path, m_file ? m_file->errorString() : tr("not open"));
        return false;
    }
    return true;
}

} // namespace steward
