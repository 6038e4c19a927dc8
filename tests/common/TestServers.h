#pragma once

// Real servers on 127.0.0.1 for the transfer integration tests, started and stopped with
// tests/fixtures/servers.sh (see tests/fixtures/README.md). A test calls
//   TestServer s3(TestServer::S3);
//   if (!s3.start()) QSKIP or QFAIL with s3.error();
// and reads the connection facts with s3.value("ENDPOINT") (the STEWARD_S3_ prefix is added).
// s3.limit(mib) gives the server's "limited" area (a small tmpfs, or a bucket quota) room for
// that many MiB: a full remote disk; call it again with more to make room.
// Where the server binaries are missing the test skips loudly, except under CI=true, where
// `make test` installed them and a missing server is a failure.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#ifndef STEWARD_SOURCE_DIR
#error "StewardTest.cmake defines STEWARD_SOURCE_DIR"
#endif

class TestServer final
{
public:
    enum Kind
    {
        Sftp,
        WebDav,
        S3
    };

    explicit TestServer(Kind kind) : m_kind(kind)
    {
        // Short fixed-depth folder: ceph's socket paths must stay under 108 bytes.
        m_dir =
            QStringLiteral("/tmp/stw-%1-%2").arg(QCoreApplication::applicationPid()).arg(name());
    }
    ~TestServer() { stop(); }
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    QString name() const
    {
        switch (m_kind) {
        case Sftp:
            return QStringLiteral("sftp");
        case WebDav:
            return QStringLiteral("webdav");
        case S3:
            return QStringLiteral("s3");
        }
        return QString();
    }

    /** The binary this kind needs; empty when installed. */
    QString missingBinary() const
    {
        const char* binary = m_kind == Sftp     ? "/usr/sbin/sshd"
                             : m_kind == WebDav ? "/usr/sbin/nginx"
                                                : "/usr/bin/radosgw";
        return QFile::exists(QString::fromLatin1(binary)) ? QString() : QString::fromLatin1(binary);
    }

    /** True when the test must skip (binary missing outside CI); message says why. */
    bool shouldSkip(QString* message) const
    {
        const QString missing = missingBinary();
        if (missing.isEmpty())
            return false;
        *message = QStringLiteral("%1 is not installed: run `bash cmake/deps-servers.sh` (make "
                                  "test does) to test against a real %2 server.")
                       .arg(missing, name());
        return qEnvironmentVariable("CI") != QLatin1String("true");
    }

    bool start()
    {
        QDir().mkpath(m_dir);
        if (!run({QStringLiteral("start"), name(), m_dir}))
            return false;
        m_started = true;
        return readEnv();
    }
    bool restart() { return run({QStringLiteral("restart"), name(), m_dir}); }
    /**
     * servers.sh limit: room for mib MiB in the LIMITED_* area. False with error() on failure;
     * then limitUnsupported() tells whether this machine cannot mount a tmpfs (skip, not fail).
     */
    bool limit(int mib)
    {
        return run({QStringLiteral("limit"), name(), m_dir, QString::number(mib)});
    }
    bool limitUnsupported() const { return m_exitCode == kLimitUnsupported; }
    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        run({QStringLiteral("stop"), name(), m_dir});
        QDir(m_dir).removeRecursively();
    }

    /** A key of DIR/<kind>.env without its STEWARD_<KIND>_ prefix, e.g. "ENDPOINT". */
    QString value(const QString& key) const
    {
        return m_env.value(QStringLiteral("STEWARD_%1_%2").arg(name().toUpper(), key));
    }
    QString error() const { return m_error; }
    QString dir() const { return m_dir; }

private:
    bool run(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_TEST_OWNER_PID"),
                   QString::number(QCoreApplication::applicationPid()));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral(STEWARD_SOURCE_DIR "/tests/fixtures/servers.sh")} +
                    arguments);
        const bool finished = p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit;
        m_exitCode = finished ? p.exitCode() : -1;
        if (m_exitCode != 0) {
            m_error = QStringLiteral("servers.sh %1 failed:\n%2")
                          .arg(arguments.join(QLatin1Char(' ')),
                               QString::fromUtf8(p.readAllStandardError().right(4000)));
            return false;
        }
        return true;
    }
    bool readEnv()
    {
        QFile f(QDir(m_dir).filePath(name() + QStringLiteral(".env")));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("no env file: %1").arg(f.fileName());
            return false;
        }
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const int eq = int(line.indexOf(QLatin1Char('=')));
            if (eq > 0)
                m_env.insert(line.left(eq), line.mid(eq + 1));
        }
        return true;
    }

    static constexpr int kLimitUnsupported = 77; // tests/fixtures/limit.sh

    Kind m_kind;
    QString m_dir;
    int m_exitCode = 0;
    bool m_started = false;
    QHash<QString, QString> m_env;
    QString m_error;
};
