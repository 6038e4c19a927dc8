#pragma once

#include <optional>

#include <QCoreApplication>
#include <QVector>

#include "models/transfer/Repository.h"

namespace steward {

class Catalog;

/** Repositories in the catalog; every change is an audit entry and refreshes the reviews. */
class RepositoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryStore)

public:
    explicit RepositoryStore(const Catalog& catalog);

    QVector<Repository> repositories() const;
    std::optional<Repository> repository(qint64 id) const;
    std::optional<Repository> repository(const QString& name) const;

    /**
     * Creates the repository, or updates its declared data use (and kind/settings when
     * given). A changed declaration sends the approvals for it back to pending.
     */
    bool declare(const QString& name, const QString& dataUse, QString* error, qint64* id = nullptr);
    bool save(Repository& repository, QString* error);
    /** What is wrong with a repository's settings that no server is needed to see (a CA file
     * that holds no PEM certificate), or an empty string. */
    static QString settingsProblem(const Repository& repository);
    bool remove(qint64 id, QString* error);

    /**
     * First-run offline use: when no repository exists yet, declares "Local outbox", a folder
     * repository at `folder` (created if missing) for general research use (primary=gru).
     * True when it exists afterwards or other repositories already exist.
     */
    bool ensureDefaultOutbox(const QString& folder, QString* error);
    static QString defaultOutboxName();

private:
    const Catalog& m_catalog;
};

} // namespace steward
