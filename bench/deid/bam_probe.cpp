// deid_bam_probe: AlignmentDeidentifier on one BAM, timed; the Steward side of bench/deid/bam.sh.
//
//   deid_bam_probe IN.bam OUT.bam [--threads N] [--profile rename|safe-harbor|research-minimal]
//
// "rename" (the default) is research-minimal with read groups renamed rg1, rg2 ... and nothing
// else changed in the records: the header rewrite plus every RG:Z tag rewritten, the work of
// `samtools reheader` + `samtools addreplacerg`. Prints one line of key=value pairs.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include "models/deid/AlignmentDeidentifier.h"
#include "models/formats/HtsEnvironment.h"

using namespace steward;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: deid_bam_probe IN.bam OUT.bam [--threads N] "
                             "[--profile rename|safe-harbor|research-minimal]\n");
        return 2;
    }
    DeidTransformParams p;
    p.input = QString::fromLocal8Bit(argv[1]);
    p.output = QString::fromLocal8Bit(argv[2]);
    QString profile = QStringLiteral("rename");
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            p.threads = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--profile") == 0)
            profile = QString::fromLocal8Bit(argv[i + 1]);
    }
    QString error;
    const bool rename = profile == QLatin1String("rename");
    if (!DeidProfile::resolve(rename ? QStringLiteral("research-minimal") : profile, &p.profile,
                              &error)) {
        std::fprintf(stderr, "deid_bam_probe: %s\n", qPrintable(error));
        return 2;
    }
    if (rename) {
        p.profile.sam.renameReadGroups = true;
        p.profile.sam.stripTags.clear();
        p.profile.sam.readNames = DeidProfile::ReadNamePolicy::Keep;
    }
    p.pseudonymizer = std::make_shared<Pseudonymizer>(QByteArray("bench key"));
    HtsEnvironment::configureOffline(QDir::tempPath() + QStringLiteral("/steward-bench-refcache"));

    const auto started = std::chrono::steady_clock::now();
    const DeidTransformResult r = AlignmentDeidentifier::run(p);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!r.ok) {
        std::fprintf(stderr, "deid_bam_probe: %s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("method=%s records=%lld validated=%d seconds=%.2f changes=\"%s\"\n",
                qPrintable(r.method), static_cast<long long>(r.recordsOut), r.validated() ? 1 : 0,
                seconds, qPrintable(r.changes.join(QStringLiteral("; "))));
    return 0;
}
