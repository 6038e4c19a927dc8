// Every number asserted here is what `bcftools stats` 1.16 prints for the same input
// (`bcftools stats -s -` where per-sample counts are read).

#include <algorithm>
#include <atomic>

#include <htslib/bgzf.h>
#include <htslib/vcf.h>

#include <QFile>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "models/formats/HtsHandles.h"
#include "models/formats/VariantStatistics.h"

using namespace steward;

namespace {

const char* kHeader = "##fileformat=VCFv4.2\n"
                      "##contig=<ID=1,length=1000>\n"
                      "##contig=<ID=2>\n"
                      "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count\">\n"
                      "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Allele number\">\n"
                      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\n";
constexpr int kHeaderLines = 7;

/** "chrom pos ref alt qual info gt1 gt2 gt3" rows into VCF lines (ID and FILTER "."). */
QByteArray vcfBody(const QStringList& rows)
{
    QByteArray body;
    for (const QString& row : rows) {
        const QStringList f = row.split(QLatin1Char(' '));
        QStringList line{f.value(0),          f.value(1), QStringLiteral("."),
                         f.value(2),          f.value(3), f.value(4),
                         QStringLiteral("."), f.value(5), QStringLiteral("GT")};
        line += f.mid(6);
        body += line.join(QLatin1Char('\t')).toUtf8() + '\n';
    }
    return body;
}

/** SN numbers in bcftools' order (records .. multiallelic SNP sites), then ts, tv, ts1, tv1. */
QVector<qint64> summary(const VariantStatistics& s)
{
    return {s.records,
            s.noAlts,
            s.snps,
            s.mnps,
            s.indels,
            s.others,
            s.multiallelicSites,
            s.multiallelicSnpSites,
            s.transitions,
            s.transversions,
            s.transitionsFirstAlt,
            s.transversionsFirstAlt};
}

/** PSC columns nRefHom nNonRefHom nHets nTransitions nTransversions nIndels nSingletons nHapRef
 *  nHapAlt nMissing, as `bcftools stats -s -` prints them. */
QVector<qint64> psc(const VariantStatistics::SampleCounts& c)
{
    return {c.homRef, c.homAlt,     c.het,    c.transitions, c.transversions,
            c.indels, c.singletons, c.hapRef, c.hapAlt,      c.missing};
}

QString binText(const VariantStatistics::Bin& b, const char* valueFormat)
{
    const QString value =
        b.value < 0 ? QStringLiteral(".") : QString::asprintf(valueFormat, b.value);
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(value)
        .arg(b.count)
        .arg(b.transitions)
        .arg(b.transversions)
        .arg(b.indels);
}

QStringList binsText(const QVector<VariantStatistics::Bin>& bins, const char* valueFormat)
{
    QStringList list;
    for (const auto& b : bins)
        list << binText(b, valueFormat);
    return list;
}

} // namespace

class TestVariantStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray& content, const QString& suffix = QStringLiteral(".vcf"))
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeVcf(const QStringList& rows) { return writeFile(kHeader + vcfBody(rows)); }
    QString writeBgzf(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.vcf.gz").arg(++m_files));
        BgzfPtr out(bgzf_open(QFile::encodeName(path).constData(), "w"));
        if (!out || bgzf_write(out.get(), content.constData(), size_t(content.size())) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    /** Converts a VCF to BCF with htslib. */
    QString toBcf(const QString& vcf)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.bcf").arg(++m_files));
        HtsFilePtr in(hts_open(QFile::encodeName(vcf).constData(), "r"));
        BcfHeaderPtr header(bcf_hdr_read(in.get()));
        HtsFilePtr out(hts_open(QFile::encodeName(path).constData(), "wb"));
        if (!header || !out || bcf_hdr_write(out.get(), header.get()) != 0)
            qFatal("cannot write %s", qPrintable(path));
        BcfRecordPtr rec(bcf_init());
        while (bcf_read(in.get(), header.get(), rec.get()) == 0)
            if (bcf_write(out.get(), header.get(), rec.get()) != 0)
                qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static VariantScan scan(const QString& path, bool perSample = true)
    {
        ReadOptions options;
        options.perSample = perSample;
        VariantScan out;
        QString error;
        if (!VariantStatsReader::read(path, options, &out, &error))
            qWarning("read failed: %s", qPrintable(error));
        return out;
    }
    /** @p n SNP records with random IDs, so that BGZF compresses them into many blocks. */
    static QByteArray manyRecords(int n)
    {
        QRandomGenerator random(42);
        QByteArray body = kHeader;
        for (int i = 1; i <= n; ++i)
            body += QByteArray("1\t") + QByteArray::number(i) + "\trs" +
                    QByteArray::number(random.generate64(), 16) +
                    "\tA\tG\t50\t.\t.\tGT\t0/1\t0/0\t1/1\n";
        return body;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void summaryCounts_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QVector<qint64>>("expected");
        QTest::addColumn<QString>("tsTv");

        // records noALTs SNPs MNPs indels others multiallelic multiallelicSNP | ts tv ts1 tv1
        QTest::newRow("ref-only: '.', <*>, <NON_REF>, ALT=REF, mpileup X")
            << QStringList{"1 1 A . . . 0/0 0/0 0/0", "1 2 A <*> . . 0/0 0/1 ./.",
                           "1 3 A <NON_REF> . . 0/0 0/0 0", "1 4 A A 10 . 0/0 0/0 0/0",
                           "1 5 A X 10 . 0/0 0/0 0/0"}
            << QVector<qint64>{5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << "0.00";
        QTest::newRow("multiallelic SNPs: ts/tv over every ALT")
            << QStringList{"1 1 A C,G 10 . 0/1 1/2 2/2", "1 2 A G,T 10 . 0/1 0/0 0/0"}
            << QVector<qint64>{2, 0, 2, 0, 0, 0, 2, 2, 2, 2, 1, 1} << "1.00";
        QTest::newRow("C>C,T counts as a multiallelic SNP site")
            << QStringList{"1 1 C C,T 10 . 0/1 0/2 0/0"}
            << QVector<qint64>{1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0} << "0.00";
        QTest::newRow("MNPs; a trimmed SNP allele beside an MNP")
            << QStringList{"1 1 AC GT 10 . 0/1 0/0 0/0", "1 3 AC GC,TT 10 . 0/1 0/2 0/0"}
            << QVector<qint64>{2, 0, 1, 2, 0, 0, 1, 0, 1, 0, 1, 0} << "0.00";
        QTest::newRow("indels; SNP and indel ALTs in one row count in both")
            << QStringList{"1 1 A AT 10 . 0/1 0/0 0/0", "1 2 ATT A 10 . 1/1 0/0 0/0",
                           "1 5 A G,AT 10 . 1/2 0/0 0/0"}
            << QVector<qint64>{3, 0, 1, 0, 3, 0, 1, 0, 1, 0, 1, 0} << "0.00";
        QTest::newRow("'*' alleles are neither no-ALT nor a type")
            << QStringList{"1 1 A * 10 . 0/1 0/0 0/0", "1 2 A G,* 10 . 1/2 0/1 2/2"}
            << QVector<qint64>{2, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0} << "0.00";
        QTest::newRow("others: symbolic, complex, breakend")
            << QStringList{"1 1 A <DEL> 10 . 0/1 0/0 0/0", "1 2 ACT TCGA 10 . 0/1 0/0 0/0",
                           "1 5 A G]2:100] 10 . 0/1 0/0 0/0", "1 6 C <INS>,T 10 . 1/2 0/2 0/0"}
            << QVector<qint64>{4, 0, 1, 0, 0, 4, 1, 0, 1, 0, 0, 0} << "0.00";
        QTest::newRow("SNP on a non-ACGT REF: counted, no ts/tv")
            << QStringList{"1 1 N A 10 . 0/1 0/0 0/0"}
            << QVector<qint64>{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0} << "0.00";
        QTest::newRow("ts/tv from allele frequencies")
            << QStringList{"1 1 A G 10 AC=1;AN=6 0/0 0/0 0/0", "1 2 A G 10 AC=3;AN=6 0/0 0/0 0/0",
                           "1 3 A C 10 . 0/1 1/1 1/1", "1 4 A C,T 10 AC=2,4;AN=6 0/0 0/0 0/0",
                           "1 5 A AT 10 . 0/1 0/0 0/0"}
            << QVector<qint64>{5, 0, 4, 0, 1, 0, 1, 1, 2, 3, 2, 2} << "0.67";
    }
    void summaryCounts()
    {
        QFETCH(QStringList, rows);
        QFETCH(QVector<qint64>, expected);
        QFETCH(QString, tsTv);
        const QString path = writeVcf(rows);
        for (bool perSample : {true, false}) {
            const VariantScan s = scan(path, perSample);
            QVERIFY(s.complete);
            QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
            QCOMPARE(s.statistics.samples, qint64(3));
            QCOMPARE(summary(s.statistics), expected);
            QCOMPARE(s.statistics.tsTvText(), tsTv);
        }
    }

    void perSampleCounts_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QVector<qint64>>("s1");
        QTest::addColumn<QVector<qint64>>("s2");
        QTest::addColumn<QVector<qint64>>("s3");
        // nRefHom nNonRefHom nHets ts tv indels singletons hapRef hapAlt missing
        QTest::newRow("missing, haploid, triploid, multiallelic genotypes")
            << QStringList{"1 1 A G 10 . 0/0 0/1 1/1",   "1 2 C T 10 . ./. 0 1",
                           "1 3 G A 10 . . 0/. 1|1",     "1 4 T C 10 . 0/1/1 ./1 0|0",
                           "1 5 A C,G 10 . 1/2 2/2 0/2", "1 6 A AT 10 . 0/1 1/1 0/0"}
            << QVector<qint64>{1, 0, 2, 1, 1, 1, 1, 0, 0, 2}
            << QVector<qint64>{0, 1, 1, 2, 0, 1, 0, 1, 0, 2}
            << QVector<qint64>{2, 2, 1, 3, 0, 0, 1, 0, 1, 0};
        QTest::newRow("ref-only sites count hets of <*> and haploid calls")
            << QStringList{"1 1 A . . . 0/0 0/0 0/0", "1 2 A <*> . . 0/0 0/1 ./.",
                           "1 3 A <NON_REF> . . 0/0 0/0 0", "1 4 A A 10 . 0/0 0/0 0/0",
                           "1 5 A X 10 . 0/0 0/0 0/0"}
            << QVector<qint64>{5, 0, 0, 0, 0, 0, 0, 0, 0, 0}
            << QVector<qint64>{4, 0, 1, 0, 0, 0, 1, 0, 0, 0}
            << QVector<qint64>{3, 0, 0, 0, 0, 0, 0, 1, 0, 1};
        QTest::newRow("genotypes of '*' alleles are not counted")
            << QStringList{"1 1 A * 10 . 0/1 0/0 0/0", "1 2 A G,* 10 . 1/2 0/1 2/2"}
            << QVector<qint64>{0, 0, 1, 1, 0, 0, 1, 0, 0, 0}
            << QVector<qint64>{1, 0, 1, 1, 0, 0, 0, 0, 0, 0}
            << QVector<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("non-ACGT REF: ts/tv from the letter codes, N>A a transversion")
            << QStringList{"1 1 N A 10 . 0/1 0/0 0/0"}
            << QVector<qint64>{0, 0, 1, 0, 1, 0, 1, 0, 0, 0}
            << QVector<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}
            << QVector<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
    void perSampleCounts()
    {
        QFETCH(QStringList, rows);
        QFETCH(QVector<qint64>, s1);
        QFETCH(QVector<qint64>, s2);
        QFETCH(QVector<qint64>, s3);
        const QString path = writeVcf(rows);
        const VariantScan s = scan(path, true);
        QCOMPARE(s.samples, (QStringList{"S1", "S2", "S3"}));
        QCOMPARE(s.statistics.perSample.size(), 3);
        QCOMPARE(s.statistics.perSample[0].name, QStringLiteral("S1"));
        QCOMPARE(psc(s.statistics.perSample[0]), s1);
        QCOMPARE(psc(s.statistics.perSample[1]), s2);
        QCOMPARE(psc(s.statistics.perSample[2]), s3);
        // Without per-sample counts no genotype is decoded.
        QVERIFY(scan(path, false).statistics.perSample.isEmpty());
    }

    void qualHistogram()
    {
        // Missing and negative QUAL share the "." bin; bins are 0.1 wide, from float QUAL*10.
        const QString path = writeVcf(
            {"1 1 A G . . 0/1 0/0 0/0", "1 2 A C 0 . 0/1 0/0 0/0", "1 3 A G 0.3 . 0/1 0/0 0/0",
             "1 4 A T 29.96 . 0/1 0/0 0/0", "1 5 A AT 29.96 . 0/1 0/0 0/0",
             "1 6 A G 12345.6 . 0/1 0/0 0/0", "1 7 A G -1 . 0/1 0/0 0/0"});
        const VariantScan s = scan(path);
        // QUAL: quality, SNPs (1st ALT), transitions, transversions, indels
        QCOMPARE(binsText(s.statistics.qualHistogram, "%.1f"),
                 (QStringList{". 2 2 0 0", "0.0 1 0 1 0", "0.3 1 1 0 0", "29.9 1 0 1 1",
                              "12344.9 1 1 0 0"}));
        QCOMPARE(summary(s.statistics), (QVector<qint64>{7, 0, 6, 0, 1, 0, 0, 0, 4, 2, 4, 2}));
    }

    void indelLengths()
    {
        const QString longIns = QStringLiteral("A") + QString(80, QLatin1Char('T'));
        const QString longDel = QStringLiteral("A") + QString(72, QLatin1Char('C'));
        const QString path =
            writeVcf({"1 1 A AT 10 . 0/1 0/0 0/0", "1 2 A ATT," + longIns + " 10 . 0/1 0/0 0/0",
                      "1 3 ACC A 10 . 0/1 0/0 0/0", "1 9 " + longDel + " A 10 . 0/1 0/0 0/0"});
        const VariantScan s = scan(path);
        QStringList idd;
        for (const auto& b : s.statistics.indelLengths)
            idd << QStringLiteral("%1:%2").arg(b.value).arg(b.count);
        // Lengths of 60 and more are reported as 60, as bcftools does.
        QCOMPARE(idd, (QStringList{"-60:1", "-2:1", "1:1", "2:1", "60:1"}));
        QCOMPARE(s.statistics.indels, qint64(4));
        QCOMPARE(s.statistics.multiallelicSites, qint64(1));
    }

    void alleleFrequency_data()
    {
        QTest::addColumn<bool>("perSample");
        QTest::addColumn<QStringList>("expected");
        // AF: frequency, SNPs, transitions, transversions, indels. Singletons and unknown
        // frequencies are in the first bin; genotypes give frequencies only with -s.
        QTest::newRow("bcftools stats -s -")
            << true
            << QStringList{"0.000000 1 1 0 1", "0.330000 1 0 1 0", "0.490000 1 1 0 0",
                           "0.660000 1 0 1 0", "0.820000 1 0 1 0"};
        QTest::newRow("bcftools stats") << false
                                        << QStringList{"0.000000 2 1 1 1", "0.330000 1 0 1 0",
                                                       "0.490000 1 1 0 0", "0.660000 1 0 1 0"};
    }
    void alleleFrequency()
    {
        QFETCH(bool, perSample);
        QFETCH(QStringList, expected);
        const QString path =
            writeVcf({"1 1 A G 10 AC=1;AN=6 0/0 0/0 0/0", "1 2 A G 10 AC=3;AN=6 0/0 0/0 0/0",
                      "1 3 A C 10 . 0/1 1/1 1/1", "1 4 A C,T 10 AC=2,4;AN=6 0/0 0/0 0/0",
                      "1 5 A AT 10 . 0/1 0/0 0/0"});
        QCOMPARE(binsText(scan(path, perSample).statistics.alleleFrequency, "%f"), expected);
    }

    void formatsAgree()
    {
        const QByteArray text =
            kHeader + vcfBody({"1 1 A C,G 10 . 0/1 1/2 2/2", "1 2 A G,AT 0.3 . 0/1 ./. 1",
                               "1 3 AC GT . AC=1;AN=6 0/1 0/0 0/0", "2 4 A <DEL> 10 . 0/1 0/0 0/0",
                               "2 5 A * 10 . 0/1 0/0 0/0"});
        const QString vcf = writeFile(text);
        const VariantScan plain = scan(vcf);
        const VariantScan bgzf = scan(writeBgzf(text));
        const VariantScan bcf = scan(toBcf(vcf));
        QVERIFY(plain.complete && bgzf.complete && bcf.complete);
        QVERIFY(bgzf.problems.isEmpty());
        QVERIFY(bcf.problems.isEmpty());
        QCOMPARE(plain.statistics.records, qint64(5));
        QVERIFY(plain.statistics == bgzf.statistics);
        QVERIFY(plain.statistics == bcf.statistics);
        QCOMPARE(bcf.fileFormatVersion, QStringLiteral("VCFv4.2"));
        QVERIFY(bcf.headerText.contains("##contig=<ID=1,length=1000>"));
    }

    void contigs()
    {
        const QString path =
            writeFile(QByteArray(kHeader).replace("##contig=<ID=2>\n",
                                                  "##contig=<ID=2>\n##contig=<ID=3,length=5>\n") +
                      vcfBody({"1 1 A G 10 . 0/1 0/0 0/0", "1 2 A G 10 . 0/1 0/0 0/0",
                               "2 3 A G 10 . 0/1 0/0 0/0", "7 4 A G 10 . 0/1 0/0 0/0"}));
        const VariantScan s = scan(path);
        QStringList contigs;
        for (const auto& c : s.statistics.contigs)
            contigs << QStringLiteral("%1:%2:%3").arg(c.name).arg(c.length).arg(c.records);
        QCOMPARE(contigs, (QStringList{"1:1000:2", "2:-1:1", "3:5:0", "7:-1:1"}));
        QCOMPARE(s.problems.size(), 1);
        QCOMPARE(s.problems[0].severity, FileProblem::Severity::Warning);
        QVERIFY2(s.problems[0].message.contains("\"7\""), qPrintable(s.problems[0].message));
        QVERIFY(s.problems[0].location.contains("record 4"));
        QCOMPARE(s.statistics.records, qint64(4));
    }

    void emptyLine()
    {
        // bcftools stats counts an empty line as a record without ALT; so does the summary,
        // and it says so.
        const QString path = writeFile(kHeader + vcfBody({"1 1 A G 10 . 0/1 0/0 0/0"}) + "\n");
        const VariantScan s = scan(path);
        QCOMPARE(summary(s.statistics), (QVector<qint64>{2, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0}));
        QCOMPARE(s.statistics.contigs.size(), 2);
        QCOMPARE(s.problems.size(), 1);
        QCOMPARE(s.problems[0].code, QStringLiteral("malformed-record"));
        QVERIFY(s.problems[0].location.contains(QStringLiteral("line %1").arg(kHeaderLines + 2)));
    }

    void progressAndCancel()
    {
        const QString path = writeBgzf(manyRecords(20000));
        const qint64 size = QFileInfo(path).size();

        ReadOptions options;
        QVector<qint64> seen;
        options.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, size);
            seen << done;
        };
        VariantScan full;
        QString error;
        QVERIFY(VariantStatsReader::read(path, options, &full, &error));
        QVERIFY(full.complete);
        QVERIFY(!full.cancelled);
        QCOMPARE(full.statistics.records, qint64(20000));
        QVERIFY(seen.size() >= 4); // one report every few thousand records, then the end
        QCOMPARE(seen.last(), size);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

        std::atomic_bool cancel{false};
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) { cancel = true; };
        VariantScan cancelled;
        QVERIFY(VariantStatsReader::read(path, options, &cancelled, &error));
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.complete);
        QVERIFY(cancelled.statistics.records > 0);
        QVERIFY(cancelled.statistics.records < 20000);
    }

    void truncatedBgzf_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<bool>("allRecords");
        QTest::newRow("end-of-file marker missing") << 28 << true;
        QTest::newRow("cut inside a block") << 100000 << false;
    }
    void truncatedBgzf()
    {
        QFETCH(int, cut);
        QFETCH(bool, allRecords);
        const QString path = writeBgzf(manyRecords(30000));
        QFile f(path);
        QVERIFY(f.size() > cut + 50000);
        QVERIFY(f.resize(f.size() - cut));

        VariantScan s;
        QString error;
        QVERIFY(VariantStatsReader::read(path, ReadOptions(), &s, &error));
        QVERIFY(!s.complete);
        QVERIFY(!s.problems.isEmpty());
        QCOMPARE(s.problems[0].code, QStringLiteral("truncated"));
        QCOMPARE(s.problems[0].severity, FileProblem::Severity::Error);
        QVERIFY(s.problems[0].message.contains("truncated"));
        if (allRecords) {
            QCOMPARE(s.statistics.records, qint64(30000));
        } else {
            QVERIFY(s.statistics.records > 0);
            QVERIFY(s.statistics.records < 30000);
        }
    }

    void malformedRecord()
    {
        // bcftools stats skips a line htslib cannot parse and goes on; so does the summary.
        const QString path =
            writeVcf({"1 1 A G 10 . 0/1 0/0 0/0", "1 2 A AT 10 . 0/1", "1 3 A C 10 . 0/1 1/1 0/0"});
        const VariantScan s = scan(path);
        QVERIFY(s.complete);
        QCOMPARE(summary(s.statistics), (QVector<qint64>{2, 0, 2, 0, 0, 0, 0, 0, 1, 1, 1, 1}));
        QCOMPARE(s.problems.size(), 1);
        const FileProblem& p = s.problems[0];
        QCOMPARE(p.code, QStringLiteral("malformed-record"));
        QCOMPARE(p.severity, FileProblem::Severity::Error);
        QVERIFY2(p.location.contains("record 2"), qPrintable(p.location));
        QVERIFY2(p.location.contains(QStringLiteral("line %1").arg(kHeaderLines + 2)),
                 qPrintable(p.location));
        QVERIFY2(p.message.contains("1:2") && p.message.contains("columns"), qPrintable(p.message));
    }

    void recoverableRecordProblems()
    {
        // Counted by bcftools (htslib repairs the header) but worth a warning each.
        const QString path =
            writeVcf({"1 1 A G 10 XYZ=1 0/1 0/0 0/0", "1 2 A G 10 AC=5;AN=2 0/1 0/0 0/0",
                      "1 3 A G 10 AC=1;AN=6 0/3 0/0 0/0"});
        const VariantScan s = scan(path);
        QVERIFY(s.complete);
        QCOMPARE(s.statistics.records, qint64(3));
        QCOMPARE(s.statistics.snps, qint64(3));
        QCOMPARE(s.problems.size(), 3);
        for (const FileProblem& p : s.problems) {
            QCOMPARE(p.code, QStringLiteral("malformed-record"));
            QCOMPARE(p.severity, FileProblem::Severity::Warning);
        }
        QVERIFY(s.problems[0].message.contains("tag") &&
                s.problems[0].location.contains("record 1"));
        QVERIFY(s.problems[1].message.contains("INFO/AN") &&
                s.problems[1].location.contains("record 2"));
        QVERIFY(s.problems[2].message.contains("allele") &&
                s.problems[2].location.contains("record 3"));
    }

    void unreadableHeader_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a VCF") << QByteArray("hello\nworld\n");
        QTest::newRow("no #CHROM line") << QByteArray("##fileformat=VCFv4.2\n##contig=<ID=1>\n");
        QTest::newRow("empty") << QByteArray();
    }
    void unreadableHeader()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(content);
        VariantScan s;
        QString error;
        QVERIFY(!VariantStatsReader::read(path, ReadOptions(), &s, &error));
        QVERIFY2(error.contains(path), qPrintable(error));

        QVERIFY(
            !VariantStatsReader::read(m_dir.filePath("missing.vcf"), ReadOptions(), &s, &error));
        QVERIFY2(error.contains("missing.vcf"), qPrintable(error));
    }

    void truncatedBcfHeader()
    {
        const QString bcf = toBcf(writeVcf({"1 1 A G 10 . 0/1 0/0 0/0"}));
        QFile f(bcf);
        QVERIFY(f.resize(40));
        VariantScan s;
        QString error;
        QVERIFY(!VariantStatsReader::read(bcf, ReadOptions(), &s, &error));
        QVERIFY2(error.contains(bcf), qPrintable(error));
    }

    void jsonRoundTrip()
    {
        const QString path = writeVcf({"1 1 A C,G 10 . 0/1 1/2 2/2", "1 2 A G,AT 0.3 . 0/1 ./. 1",
                                       "1 3 A G . AC=1;AN=6 0/1 0/0 0/0",
                                       "1 4 A AT 29.96 . 0/1 0/0 0/0", "9 5 A G 10 . 0/1 0/0 0/0"});
        const VariantStatistics stats = scan(path).statistics;
        QVERIFY(!stats.qualHistogram.isEmpty() && !stats.alleleFrequency.isEmpty() &&
                !stats.indelLengths.isEmpty() && !stats.perSample.isEmpty());

        const QJsonObject json = stats.toJson();
        const QJsonObject summary = json.value("summary").toObject();
        for (const char* key : {"number of samples", "number of records", "number of no-ALTs",
                                "number of SNPs", "number of MNPs", "number of indels",
                                "number of others", "number of multiallelic sites",
                                "number of multiallelic SNP sites", "ts", "tv", "ts/tv"})
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value("number of records").toInteger(), qint64(5));
        // QUAL is stored in whole-number bins here (below 100): 0.3 and 29.96 land in 0 and 29.
        const QJsonArray qual = json.value("qual").toArray();
        QCOMPARE(qual.first().toArray().first(), QJsonValue());
        qint64 stored = 0, counted = 0;
        for (const QJsonValue& row : qual) {
            stored += row.toArray().at(1).toInteger() + row.toArray().at(4).toInteger();
            QCOMPARE(std::floor(row.toArray().at(0).toDouble()), row.toArray().at(0).toDouble());
        }
        for (const auto& b : stats.qualHistogram)
            counted += b.count + b.indels;
        QCOMPARE(stored, counted);
        for (const char* key :
             {"contigs", "qual", "allele_frequency", "indel_lengths", "per_sample"})
            QVERIFY2(json.value(QLatin1String(key)).isArray(), key);

        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const VariantStatistics back =
            VariantStatistics::fromJson(QJsonDocument::fromJson(text).object());
        VariantStatistics expected = stats;
        expected.qualHistogram = back.qualHistogram; // lossy by design, checked above
        // Contigs without records are left out of the JSON (the catalog lists them all).
        expected.contigs.erase(
            std::remove_if(expected.contigs.begin(), expected.contigs.end(),
                           [](const VariantStatistics::Contig& c) { return c.records == 0; }),
            expected.contigs.end());
        QVERIFY(back == expected);
        QCOMPARE(back.toJson(), json);
    }
};

QTEST_GUILESS_MAIN(TestVariantStatistics)
#include "test_VariantStatistics.moc"
