// checksums_probe: one file through MultiDigest (the engine of FileChecksums), for
// bench/bundle/checksums.sh.
//
//   checksums_probe FILE [--algorithms sha256,sha512,md5] [--lanes N]
//
// Prints `<algorithm> <hex>` lines, then `bytes N` and `seconds S`; exit code 1 on a read error.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include "models/bundle/MultiDigest.h"

using namespace steward;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: checksums_probe FILE [--algorithms a,b,c] [--lanes N]\n");
        return 2;
    }
    QStringList algorithms{QStringLiteral("sha256"), QStringLiteral("sha512"),
                           QStringLiteral("md5")};
    MultiDigest::Options options;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--algorithms"))
            algorithms = args.at(i + 1).split(QLatin1Char(','));
        else if (args.at(i) == QLatin1String("--lanes"))
            options.maxLanes = args.at(i + 1).toInt();
    }
    QElapsedTimer timer;
    timer.start();
    MultiDigest::Result r;
    QString error;
    if (!MultiDigest::file(args.first(), algorithms, &r, &error, options)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (const QString& a : algorithms)
        std::printf("%s %s\n", qPrintable(a), qPrintable(r.hex.value(a)));
    std::printf("bytes %lld\nseconds %.3f\n", r.size, seconds);
    return 0;
}
