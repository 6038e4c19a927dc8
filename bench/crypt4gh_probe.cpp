// bench/bundle/crypt4gh.sh's probe: Crypt4GH encryption or decryption of a file with the
// output discarded, so the measure is Steward's pipeline (reading from the page cache, the
// cipher threads, ordering) without the page-cache writes of this machine.
//
//   crypt4gh_probe encrypt IN PUBKEY --threads N
//   crypt4gh_probe decrypt IN SECKEY --threads N      (unprotected secret key)
// Prints "bytes B seconds S".

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"

namespace {

/** Accepts and drops everything written to it. */
class NullDevice final : public QIODevice
{
protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override { return size; }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 || args.at(4) != QLatin1String("--threads")) {
        std::fprintf(stderr, "usage: crypt4gh_probe encrypt|decrypt IN KEY --threads N\n");
        return 2;
    }
    const bool encrypt = args.at(1) == QLatin1String("encrypt");
    QFile in(args.at(2));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(2)));
        return 1;
    }
    NullDevice out;
    out.open(QIODevice::WriteOnly);
    const int threads = args.at(5).toInt();
    QString error;
    QElapsedTimer timer;
    bool ok = false;
    if (encrypt) {
        steward::Crypt4ghWriter::Options o;
        QByteArray key;
        if (!steward::Crypt4ghKeyFile::readPublicKey(args.at(3), &key, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        o.recipients = {key};
        o.threads = threads;
        if (qEnvironmentVariableIsSet("C4GH_SEGMENTS_PER_THREAD"))
            o.segmentsPerThread = qEnvironmentVariableIntValue("C4GH_SEGMENTS_PER_THREAD");
        timer.start();
        ok = steward::Crypt4ghWriter::encrypt(in, out, o, in.fileName(), &error);
    } else {
        steward::Crypt4ghReader::Options o;
        steward::Crypt4ghKeyPair pair;
        if (!steward::Crypt4ghKeyFile::readSecretKey(
                args.at(3), [] { return QString(); }, &pair, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        o.keys = {pair};
        o.threads = threads;
        if (qEnvironmentVariableIsSet("C4GH_SEGMENTS_PER_THREAD"))
            o.segmentsPerThread = qEnvironmentVariableIntValue("C4GH_SEGMENTS_PER_THREAD");
        timer.start();
        ok = steward::Crypt4ghReader::decrypt(in, out, o, in.fileName(), &error);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("bytes %lld seconds %.3f\n", static_cast<long long>(in.size()), seconds);
    return 0;
}
