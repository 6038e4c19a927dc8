#pragma once

#include <QString>

namespace steward {

/**
 * Process-wide htslib settings that must be in place before any file is opened.
 *
 * htslib looks CRAM references up by their @SQ M5 in REF_PATH and, when REF_PATH is unset
 * or empty, downloads them from the EBI (caching them under REF_CACHE). Steward works
 * offline, so configureOffline() points both at a local folder. Call it once at start-up,
 * on the main thread, before worker threads start: it changes the process environment.
 */
class HtsEnvironment final
{
public:
    /**
     * Sets REF_PATH and REF_CACHE to `cacheFolder/%2s/%2s/%s` (creating the folder) where the
     * user has not set them. An empty REF_PATH counts as unset: htslib would go to the network.
     * Returns false when the folder cannot be created (the variables are set all the same).
     */
    static bool configureOffline(const QString& cacheFolder);

    /** The htslib pattern for a reference cache in `folder`: folder/%2s/%2s/%s. */
    static QString cachePattern(const QString& folder);

    /**
     * True when htslib cannot fetch references over the network by M5: REF_PATH is set,
     * non-empty and names no URL (http:, https:, ftp:).
     */
    static bool isOffline();
};

} // namespace steward
