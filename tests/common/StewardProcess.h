#pragma once

// Runs the real `steward` binary against one catalog, as the transfer tests do: secrets in a
// passphrase-protected file in the test's folder (no keychain), stdin for --secret-stdin,
// and a started process for the tests that kill it. Also reads the catalog directly, the way
// an auditor (or an attacker) with sqlite would.

#include <random>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#ifndef STEWARD_EXECUTABLE
#error "StewardTest.cmake defines STEWARD_EXECUTABLE"
#endif

struct StewardRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class StewardProcess final
{
public:
    /** secretsFile: where the passphrase-protected secrets go for this test. */
    StewardProcess(QString catalog, QString secretsFile)
        : m_catalog(std::move(catalog)), m_secrets(std::move(secretsFile))
    {}

    const QString& catalog() const { return m_catalog; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("STEWARD_SECRETS_FILE"), m_secrets);
        env.insert(QStringLiteral("STEWARD_SECRETS_PASSPHRASE"), QStringLiteral("test passphrase"));
        return env;
    }

    StewardRun run(const QStringList& args, const QByteArray& input = QByteArray(),
                   int timeoutMs = 180000) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(STEWARD_EXECUTABLE),
                QStringList{QStringLiteral("--catalog"), m_catalog} + args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        return finish(p, timeoutMs);
    }

    /** Waits for a started steward (killed after timeoutMs) and collects what it said. */
    static StewardRun finish(QProcess& p, int timeoutMs)
    {
        StewardRun r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /**
     * Runs steward with every file it writes limited to kib KiB and SIGXFSZ ignored, so writes
     * past the limit fail with EFBIG as on a full disk (or a FAT32 drive's 4 GiB limit).
     */
    StewardRun runWithFileLimit(const QStringList& args, int kib, int timeoutMs = 180000) const
    {
        QStringList quoted;
        for (const QString& a : QStringList{QStringLiteral(STEWARD_EXECUTABLE),
                                            QStringLiteral("--catalog"), m_catalog} +
                                    args)
            quoted << QLatin1Char('\'') +
                          QString(a).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                          QLatin1Char('\'');
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec %2")
                                           .arg(kib)
                                           .arg(quoted.join(QLatin1Char(' ')))});
        return finish(p, timeoutMs);
    }

    /** Starts steward in the background (to be killed or waited for); owned by parent. */
    QProcess* start(const QStringList& args, QObject* parent) const
    {
        auto* p = new QProcess(parent);
        p->setProcessEnvironment(environment());
        p->start(QStringLiteral(STEWARD_EXECUTABLE),
                 QStringList{QStringLiteral("--catalog"), m_catalog} + args);
        p->waitForStarted();
        return p;
    }

    /** True once the process has ended (waitForFinished is false for one already ended). */
    static bool finished(QProcess* p, int timeoutMs)
    {
        return p->state() == QProcess::NotRunning || p->waitForFinished(timeoutMs);
    }

    /** The first column of the first row of a query, on a connection of its own. */
    QVariant query(const QString& sql) const
    {
        const QString name = QStringLiteral("steward-process-probe");
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_catalog);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    QString transferState(qint64 id) const
    {
        return query(QStringLiteral("SELECT state FROM transfers WHERE id = %1").arg(id))
            .toString();
    }
    qint64 sentBytes() const
    {
        return query(QStringLiteral("SELECT SUM(sent_bytes) FROM transfer_files")).toLongLong();
    }

private:
    QString m_catalog;
    QString m_secrets;
};

/** Writes `bytes` of deterministic pseudo-random data (incompressible, like sequencing data). */
inline bool writeRandomFile(const QString& path, qint64 bytes, quint64 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 random{seed};
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        for (int i = 0; i < block.size(); i += 8) {
            const quint64 v = random();
            memcpy(block.data() + i, &v, 8);
        }
        if (f.write(block.constData(), qMin<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}
