#pragma once

#include <QStringList>

#include "models/common/Setting.h"

namespace steward {

/** The user's preferences, as typed settings. */
namespace preferences {

/** htslib decompression threads per scan (0: as many as cores). */
inline const Setting<int> kThreads{"Scan/threads", 0};
/** Folders searched for CRAM reference FASTA files (offline only). */
inline const Setting<QStringList> kReferenceFolders{"Scan/referenceFolders", {}};
/** "" follows the system; otherwise a locale name such as "de" or "es". */
inline const Setting<QString> kLanguage{"Interface/language", {}};
/** "system", "light" or "dark". */
inline const Setting<QString> kTheme{"Interface/theme", QStringLiteral("system")};
inline const Setting<QStringList> kRecentWorkspaces{"Workspaces/recent", {}};

/** Effective thread count: the preference, or the number of cores. */
int effectiveThreads();

} // namespace preferences
} // namespace steward
