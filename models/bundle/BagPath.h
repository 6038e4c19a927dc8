#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * File paths as BagIt writes them in manifests and fetch.txt (RFC 8493 §2.1.3): relative to
 * the bag, forward slashes, with CR, LF and % percent-encoded (BagIt 1.0), never leaving the
 * bag. Shared by the writer and the validator so both read a path the same way.
 */
class BagPath final
{
    Q_DECLARE_TR_FUNCTIONS(BagPath)

public:
    /** %25, %0D and %0A for %, CR and LF; nothing else is encoded. */
    static QString encode(const QString& path);
    /** The reverse of encode(); other % sequences are left as they are. */
    static QString decode(const QString& text);
    /**
     * Why the path cannot name a file inside a bag (absolute, a Windows drive or UNC path,
     * a ~ shortcut, a .. segment, empty); an empty string when it can.
     */
    static QString escapeReason(const QString& path);
    /**
     * For a payload path chosen by Steward (under data/): also refuses empty, "." and ".."
     * segments, backslashes and control characters.
     */
    static QString payloadReason(const QString& relativeToData);
    /** .DS_Store, Thumbs.db, desktop.ini, AppleDouble ._ files and the like. */
    static bool isSystemFile(const QString& path);
};

} // namespace steward
