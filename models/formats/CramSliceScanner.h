#pragma once

#include <QCoreApplication>

#include <array>
#include <functional>

#include <QString>
#include <QtGlobal>

namespace steward {

/** What a CRAM slice header says about the reference its bases are stored against. */
struct CramSliceInfo
{
    /** >= 0 one reference, -1 unmapped reads only, -2 several references. */
    int refId = -1;
    qint64 start = 0; // 1-based first reference position the slice covers
    qint64 span = 0;
    qint64 records = 0;
    /** The slice carries its own copy of the reference bases. */
    bool embeddedReference = false;
    /** The container's compression header says bases are stored against a reference (RR). */
    bool referenceRequired = true;
    /** MD5 of the uppercase reference bases start..start+span-1; all zero when not recorded. */
    std::array<unsigned char, 16> md5{};

    bool hasMd5() const;
    /** True when decoding this slice's bases needs a reference from outside the file. */
    bool needsExternalReference() const
    {
        return refId != -1 && referenceRequired && !embeddedReference;
    }
};

/**
 * Walks the container and slice headers of a CRAM (versions 2 and 3) without decoding any
 * record: it reads a few hundred bytes per container and seeks over the data, so even a
 * large file is scanned in moments. Used to tell whether a CRAM needs an external reference
 * and to check a candidate reference against the per-slice MD5s, as htslib does on decode.
 */
class CramSliceScanner final
{
    Q_DECLARE_TR_FUNCTIONS(CramSliceScanner)

public:
    enum class Result
    {
        Done,
        Stopped,
        Unsupported,
        Failed
    };

    /**
     * Calls `visit` for each slice in file order until it returns false (Result::Stopped).
     * Unsupported: a CRAM version whose headers this scanner does not parse (1.x, 4.x).
     */
    static Result scan(const QString& cramPath,
                       const std::function<bool(const CramSliceInfo&)>& visit,
                       QString* error = nullptr);
};

} // namespace steward
