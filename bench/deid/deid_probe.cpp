// deid_probe: one VCF/BCF de-identification through VcfDeidentifier, for bench/deid/run.sh.
//
//   deid_probe IN OUT [--profile NAME] [--remove-info A,B] [--drop-sample S]
//                     [--validation full|body] [--threads N]
//
// Samples are pseudonymised with a fixed benchmark key. Prints `key value` lines: the method,
// records, digests, seconds, and the changes; exit code 1 when the transform failed.

#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <htslib/vcf.h>

#include "models/deid/DeidProfile.h"
#include "models/deid/Pseudonymizer.h"
#include "models/deid/VcfDeidentifier.h"
#include "models/formats/HtsHandles.h"

using namespace steward;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: deid_probe IN OUT [--profile NAME] [--remove-info A,B] "
                             "[--drop-sample S] [--validation full|body] [--threads N]\n");
        return 2;
    }
    DeidTransformParams p;
    p.input = args.takeFirst();
    p.output = args.takeFirst();
    QString profile = QStringLiteral("safe-harbor");
    VcfDeidentifier::Validation validation = VcfDeidentifier::Validation::Full;
    QStringList removeInfo;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString& v = args[i + 1];
        if (args[i] == QLatin1String("--profile"))
            profile = v;
        else if (args[i] == QLatin1String("--remove-info"))
            removeInfo = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--drop-sample"))
            p.dropSamples.insert(v);
        else if (args[i] == QLatin1String("--validation"))
            validation = v == QLatin1String("body") ? VcfDeidentifier::Validation::BodyBytes
                                                    : VcfDeidentifier::Validation::Full;
        else if (args[i] == QLatin1String("--threads"))
            p.threads = v.toInt();
    }
    QString error;
    if (!DeidProfile::resolve(profile, &p.profile, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    p.profile.vcf.removeInfo = removeInfo;
    auto pseudonymizer =
        std::make_shared<Pseudonymizer>(QByteArray("steward-bench-key-0123456789abcd"));
    p.pseudonymizer = pseudonymizer;
    {
        HtsFilePtr fp(hts_open(QFile::encodeName(p.input).constData(), "r"));
        BcfHeaderPtr h(fp ? bcf_hdr_read(fp.get()) : nullptr);
        if (!h) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(p.input));
            return 2;
        }
        for (int i = 0; i < bcf_hdr_nsamples(h.get()); ++i) {
            const QString s = QString::fromUtf8(h->samples[i]);
            p.pseudonyms.insert(s, pseudonymizer->sample(s));
        }
    }
    QElapsedTimer timer;
    timer.start();
    const DeidTransformResult r = VcfDeidentifier::run(p, validation);
    std::printf("seconds %.2f\n", timer.elapsed() / 1000.0);
    std::printf("ok %d\nvalidated %d\nmethod %s\nrecords_in %lld\nrecords_out %lld\n", r.ok,
                r.validated(), qPrintable(r.method), r.recordsIn, r.recordsOut);
    std::printf("digest_in %s\ndigest_out %s\nindex %s\n", qPrintable(r.digestIn),
                qPrintable(r.digestOut), qPrintable(r.index));
    for (const QString& c : r.changes)
        std::printf("change %s\n", qPrintable(c));
    if (!r.ok)
        std::fprintf(stderr, "error: %s\n", qPrintable(r.error));
    return r.ok ? 0 : 1;
}
