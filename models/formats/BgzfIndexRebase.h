#pragma once

#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "models/formats/BgzfBlocks.h"

namespace steward {

/**
 * Where the records of a BGZF file moved when only its header was replaced: the input's blocks
 * up to the body (inflated, the records starting at `recordsStart` of their text), the output's
 * new header and tail blocks (the records that shared a block with the old header,
 * re-compressed), and the body's blocks, copied raw from `inputBodyStart` to the output's
 * `outputBody` blocks. Maps the input's virtual offsets (coffset << 16 | uoffset) to the
 * output's, in the form htslib's bgzf_tell() gives at a block boundary (end of the previous
 * block), so an index stays exact for iterators.
 */
class BgzfRelocation final
{
public:
    std::vector<BgzfBlock> inputHead;
    qint64 recordsStart = 0;
    std::vector<BgzfBlock> outputHeader;
    std::vector<BgzfBlock> outputTail;
    quint64 inputBodyStart = 0;
    std::vector<BgzfBlock> outputBody;

    /** False when `from` is not a position in the input as laid out (a stale index). */
    bool map(quint64 from, quint64* to) const;
    /** Whether `offset` (in the output) is where its last record ends. */
    bool isEndOfData(quint64 offset) const;
};

/**
 * Rewrites a tabix (.tbi) or coordinate-sorted (.csi) index for a file whose records moved:
 * every virtual offset (chunks, CSI bin offsets, the linear index, each reference's span in the
 * meta pseudo-bin) goes through a relocation; record counts are kept. Far cheaper than
 * re-indexing, which inflates and parses every record. Checks that the index covers the input
 * to its last record, so an index older than its file is refused, not carried over.
 */
class BgzfIndexRebase final
{
    Q_DECLARE_TR_FUNCTIONS(BgzfIndexRebase)

public:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    static Result rewrite(const QString& input, const QString& output,
                          const BgzfRelocation& relocation);
};

} // namespace steward
