#pragma once

#include <memory>

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include "models/formats/HtsHandles.h"
#include "models/variants/VariantRow.h"

namespace steward {

class AnnotationSchema;

/**
 * Reads blocks of consecutive records from a VCF/BCF and decodes them into VariantRows:
 * by seeking to a block's virtual offset (BGZF files) or by reading from the start (plain
 * files). One reader belongs to one thread at a time.
 */
class VariantBlockReader final
{
    Q_DECLARE_TR_FUNCTIONS(VariantBlockReader)

public:
    VariantBlockReader();
    ~VariantBlockReader();
    VariantBlockReader(const VariantBlockReader&) = delete;
    VariantBlockReader& operator=(const VariantBlockReader&) = delete;

    bool open(const QString& path, QString* error);
    const QString& path() const { return m_path; }
    const bcf_hdr_t* header() const { return m_header.get(); }
    QStringList samples() const;
    bool isSeekable() const { return m_seekable; }
    /** "vep" (CSQ), "snpeff" (ANN/EFF), "bcsq", "clinvar" (ClinVar tags only) or empty. */
    QString annotationKind() const;

    /**
     * Reads up to @p count records starting at virtual offset @p offset (seekable files)
     * or at record @p firstOrdinal counted from the start (others). @p sample selects the
     * genotype columns (-1: none). A malformed record becomes a row with its error set.
     */
    bool readBlock(qint64 offset, qint64 firstOrdinal, int count, int sample,
                   QVector<VariantRow>* rows, QString* error);

    /** Decodes the record just read (for callers that iterate the file themselves). */
    VariantRow decode(bcf1_t* record, qint64 ordinal, int sample) const;

private:
    bool rewind(QString* error);

    QString m_path;
    HtsFilePtr m_file;
    BcfHeaderPtr m_header;
    BcfRecordPtr m_record;
    std::unique_ptr<AnnotationSchema> m_schema;
    bool m_seekable = false;
    qint64 m_nextOrdinal = 0; // plain files: the ordinal the next bcf_read returns
};

} // namespace steward
