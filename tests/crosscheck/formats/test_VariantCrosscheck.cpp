// Steward's VCF/BCF statistics against `bcftools stats` itself, on real files read in place
// from the shared data folder: the SN, TSTV, QUAL, AF, IDD and (with -s -) PSC sections must
// be equal, number for number, to what bcftools prints.

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "models/formats/VariantStatistics.h"

using namespace steward;

namespace {

const QString kShared = QStringLiteral(STEWARD_SHARED_DATA);

/** The sections of a `bcftools stats` output this test compares, one string per line. */
struct Sections
{
    QMap<QString, QString> summary; // SN key (without ':') -> value
    QString tstv;                   // ts tv ts/tv ts1 tv1 ts/tv1
    QStringList qual;               // quality SNPs ts tv indels
    QStringList af;                 // frequency SNPs ts tv indels
    QStringList idd;                // length sites
    QStringList psc;                // sample nRefHom nNonRefHom nHets ts tv indels singletons
                                    // nHapRef nHapAlt nMissing
};

Sections parseBcftools(const QByteArray& output)
{
    Sections s;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray& raw : lines) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        const QString tag = f.value(0);
        if (tag == QLatin1String("SN") && f.size() >= 4) {
            QString key = f[2];
            key.chop(1); // "number of records:"
            s.summary.insert(key, f[3]);
        } else if (tag == QLatin1String("TSTV") && f.size() >= 8) {
            s.tstv = f.mid(2, 6).join(QLatin1Char(' '));
        } else if (tag == QLatin1String("QUAL") && f.size() >= 7) {
            s.qual << f.mid(2, 5).join(QLatin1Char(' '));
        } else if (tag == QLatin1String("AF") && f.size() >= 7) {
            s.af << f.mid(2, 5).join(QLatin1Char(' '));
        } else if (tag == QLatin1String("IDD") && f.size() >= 4) {
            s.idd << f.mid(2, 2).join(QLatin1Char(' '));
        } else if (tag == QLatin1String("PSC") && f.size() >= 14) {
            // skip [10] average depth, which Steward does not compute
            s.psc << (f.mid(2, 7) + f.mid(10, 4)).join(QLatin1Char(' '));
        }
    }
    return s;
}

QString binLine(const VariantStatistics::Bin& b, const QString& value)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(value)
        .arg(b.count)
        .arg(b.transitions)
        .arg(b.transversions)
        .arg(b.indels);
}

/** Steward's statistics in the same shape, formatted the way bcftools prints them. */
Sections fromSteward(const VariantStatistics& stats)
{
    Sections s;
    const QJsonObject summary = stats.toJson().value(QStringLiteral("summary")).toObject();
    for (const char* key :
         {"number of samples", "number of records", "number of no-ALTs", "number of SNPs",
          "number of MNPs", "number of indels", "number of others", "number of multiallelic sites",
          "number of multiallelic SNP sites"}) {
        const QString k = QLatin1String(key);
        s.summary.insert(k, summary.contains(k) ? QString::number(summary.value(k).toInteger())
                                                : QStringLiteral("<missing>"));
    }
    s.tstv = QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(stats.transitions)
                 .arg(stats.transversions)
                 .arg(stats.tsTvText())
                 .arg(stats.transitionsFirstAlt)
                 .arg(stats.transversionsFirstAlt)
                 .arg(stats.tsTvFirstAltText());
    for (const auto& b : stats.qualHistogram)
        s.qual << binLine(b,
                          b.value < 0 ? QStringLiteral(".") : QString::asprintf("%.1f", b.value));
    for (const auto& b : stats.alleleFrequency)
        s.af << binLine(b, QString::asprintf("%f", b.value));
    for (const auto& b : stats.indelLengths)
        s.idd << QStringLiteral("%1 %2").arg(qint64(b.value)).arg(b.count);
    for (const auto& c : stats.perSample)
        s.psc << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                     .arg(c.name)
                     .arg(c.homRef)
                     .arg(c.homAlt)
                     .arg(c.het)
                     .arg(c.transitions)
                     .arg(c.transversions)
                     .arg(c.indels)
                     .arg(c.singletons)
                     .arg(c.hapRef)
                     .arg(c.hapAlt)
                     .arg(c.missing);
    return s;
}

void compareSections(const Sections& steward, const Sections& bcftools)
{
    QVERIFY2(!bcftools.summary.isEmpty() && !bcftools.tstv.isEmpty(),
             "no SN/TSTV lines in the bcftools output");
    // A key missing on either side shows up in the comparison of the maps.
    QCOMPARE(steward.summary, bcftools.summary);
    QCOMPARE(steward.tstv, bcftools.tstv);
    QCOMPARE(steward.qual, bcftools.qual);
    QCOMPARE(steward.af, bcftools.af);
    QCOMPARE(steward.idd, bcftools.idd);
    QCOMPARE(steward.psc, bcftools.psc);
}

VariantScan readWithSteward(const QString& path, bool perSample)
{
    ReadOptions options;
    options.perSample = perSample;
    VariantScan scan;
    QString error;
    if (!VariantStatsReader::read(path, options, &scan, &error))
        qWarning("Steward cannot read %s: %s", qPrintable(path), qPrintable(error));
    return scan;
}

} // namespace

class TestVariantCrosscheck : public QObject
{
    Q_OBJECT

private:
    QString m_bcftools;

    void requireSharedData()
    {
        if (!QFileInfo(kShared + QStringLiteral("/genomics")).isDir())
            QSKIP(qPrintable(QStringLiteral("The shared data folder %1 is missing: the "
                                            "bcftools cross-check cannot run.")
                                 .arg(kShared)));
    }

private slots:
    void initTestCase() { m_bcftools = QStandardPaths::findExecutable(QStringLiteral("bcftools")); }

    void againstBcftools_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("perSample");

        // Files bcftools 1.16 reads without error; "-s -" where they carry genotypes.
        const QStringList withGenotypes{
            "genomics/vcflib_vcflib/samples/"
            "1kg-phaseIII-v5a.20130502.genotypes.chr22-16-16.5mb.vcf.gz",
            "genomics/vcflib_vcflib/samples/"
            "1kGP_high_coverage_Illumina.chr1.filtered.SNV_INDEL_SV_phased_panel-head-1000.vcf.gz",
            "genomics/vcflib_vcflib/samples/grch38#chr4_10083863-10181258.vcf",
            "genomics/pcingola_SnpEff/tests/old/genotypes.chr22.vcf.gz",
            "genomics/pcingola_SnpEff/examples/1kg.head_chr1.vcf.gz",
            "genomics/samtools_bcftools/test/mpileup.vcf",
            "genomics/samtools_bcftools/test/mpileup.hwe.vcf",
            "genomics/samtools_bcftools/test/gvcfz.vcf",
            "genomics/brentp_cyvcf2/cyvcf2/tests/test.vcf.gz",
            "genomics/brentp_cyvcf2/cyvcf2/tests/test-haploidX.vcf",
            "genomics/brentp_cyvcf2/cyvcf2/tests/test-hemi.vcf",
            "genomics/brentp_cyvcf2/cyvcf2/tests/multi-contig.bcf",
            "genomics/brentp_cyvcf2/cyvcf2/tests/test.snpeff.bcf",
            "genomics/Clinical-Genomics_scout/scout/demo/643594.clinical.vcf.gz",
            "genomics/Clinical-Genomics_scout/scout/demo/643594.clinical.SV.vcf.gz",
            "genomics/igvteam_igv.js/test/data/vcf/gvcf_non_ref.vcf",
            "genomics/igvteam_igv.js/test/data/vcf/genotypes.vcf",
            "conformance/samtools_hts-specs/test/vcf/4.3/passed/complexfile_passed_000.vcf",
            "conformance/samtools_hts-specs/test/vcf/4.3/passed/passed_body_qual.vcf",
            "conformance/samtools_hts-specs/test/vcf/4.3/passed/passed_ploidy_001.vcf",
            "conformance/samtools_hts-specs/examples/vcf/simple.vcf",
        };
        const QStringList sitesOnly{
            "genomics/pcingola_SnpEff/tests/old/test.chr1.out.vcf.gz",
            "genomics/Ensembl_ensembl-vep/nextflow/examples/clinvar-testset/input.vcf.gz",
            "genomics/samtools_bcftools/test/norm.breakend.1.vcf",
        };
        for (const QString& f : withGenotypes) {
            QTest::addRow("%s", qPrintable(f)) << f << false;
            QTest::addRow("%s -s -", qPrintable(f)) << f << true;
        }
        for (const QString& f : sitesOnly)
            QTest::addRow("%s", qPrintable(f)) << f << false;
    }
    void againstBcftools()
    {
        QFETCH(QString, file);
        QFETCH(bool, perSample);
        requireSharedData();
        if (m_bcftools.isEmpty())
            QSKIP("bcftools is not installed: the cross-check against it cannot run.");
        const QString path = kShared + QLatin1Char('/') + file;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));

        QProcess bcftools;
        QStringList args{QStringLiteral("stats")};
        if (perSample)
            args << QStringLiteral("-s") << QStringLiteral("-");
        bcftools.start(m_bcftools, args << path);
        QVERIFY2(bcftools.waitForFinished(120000), "bcftools stats did not finish");
        QCOMPARE(bcftools.exitStatus(), QProcess::NormalExit);
        QCOMPARE(bcftools.exitCode(), 0);
        const Sections expected = parseBcftools(bcftools.readAllStandardOutput());
        if (perSample)
            QVERIFY(!expected.psc.isEmpty());

        const VariantScan scan = readWithSteward(path, perSample);
        QVERIFY(scan.complete);
        compareSections(fromSteward(scan.statistics), expected);
    }

    void storedBcftoolsOutputs_data()
    {
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("file");
        const QString root = kShared + QStringLiteral("/expected");
        QDirIterator it(root, {QStringLiteral("*.bcftools-stats.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int rows = 0;
        while (it.hasNext()) {
            const QString expected = it.next();
            QString relative = QDir(root).relativeFilePath(expected);
            relative.chop(int(qstrlen(".bcftools-stats.txt")));
            // The stored outputs name files relative to the per-repository folders.
            for (const char* area : {"genomics", "conformance"}) {
                const QString candidate =
                    kShared + QLatin1Char('/') + QLatin1String(area) + QLatin1Char('/') + relative;
                if (QFileInfo::exists(candidate)) {
                    QTest::addRow("%s", qPrintable(relative)) << expected << candidate;
                    ++rows;
                    break;
                }
            }
        }
        if (!rows)
            QTest::addRow("none") << QString() << QString();
    }
    void storedBcftoolsOutputs()
    {
        QFETCH(QString, expectedFile);
        QFETCH(QString, file);
        requireSharedData();
        if (expectedFile.isEmpty())
            QSKIP("No stored bcftools stats outputs next to their data files.");
        QFile f(expectedFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Sections expected = parseBcftools(f.readAll());
        const VariantScan scan = readWithSteward(file, false);
        QVERIFY(scan.complete);
        compareSections(fromSteward(scan.statistics), expected);
    }
};

QTEST_GUILESS_MAIN(TestVariantCrosscheck)
#include "test_VariantCrosscheck.moc"
