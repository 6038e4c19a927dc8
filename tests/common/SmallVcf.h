#pragma once

// Small VCFs written from text in a test and read back with htslib: the header and every
// record, for tests of decoders that take a bcf1_t.

#include <vector>

#include <QTemporaryDir>

#include <htslib/vcf.h>

#include "models/formats/HtsHandles.h"
#include "tests/common/TestData.h"

namespace steward::test {

/** A VCF read back with htslib: its header and every record. */
struct Vcf
{
    BcfHeaderPtr header;
    std::vector<BcfRecordPtr> records;

    bcf1_t* record(int i) const { return records.at(size_t(i)).get(); }
};

/** Joins columns with tabs into one VCF line. */
inline QByteArray row(const QList<QByteArray>& columns)
{
    QByteArray line;
    for (int i = 0; i < columns.size(); ++i)
        line += (i ? "\t" : "") + columns[i];
    return line + '\n';
}

/** A site line (CHROM 1, no ID/QUAL/FILTER) with @p info. */
inline QByteArray site(int pos, const QByteArray& ref, const QByteArray& alt,
                       const QByteArray& info)
{
    return row({"1", QByteArray::number(pos), ".", ref, alt, ".", ".", info});
}

inline const QByteArray kColumns = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";

/** Writes each text to its own file in a temporary folder and reads it back. */
class SmallVcfFiles final
{
public:
    Vcf read(const QByteArray& text)
    {
        Vcf vcf;
        const QString path = m_dir.filePath(QStringLiteral("in%1.vcf").arg(m_files++));
        if (!writeText(path, text))
            return vcf;
        HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
        if (!fp)
            return vcf;
        vcf.header.reset(bcf_hdr_read(fp.get()));
        if (!vcf.header)
            return vcf;
        for (;;) {
            BcfRecordPtr rec(bcf_init());
            if (bcf_read(fp.get(), vcf.header.get(), rec.get()) != 0)
                break;
            vcf.records.push_back(std::move(rec));
        }
        return vcf;
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace steward::test
