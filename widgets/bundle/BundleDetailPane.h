#pragma once

#include <QDateTime>
#include <QWidget>

#include "models/bundle/BagValidator.h"

class QLabel;
class QListWidget;
class QTableWidget;

namespace steward {

class Catalog;

/**
 * The selected bundle in the Bundles area: what it is (destination, identifier, folder,
 * Payload-Oxum, recipients), the files its bag carries (path in the bag, role, encrypted, size,
 * SHA-256) and the latest verification of the bag, valid with its counts or each problem naming
 * the file and line. Reads only small catalog rows.
 */
class BundleDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleDetailPane)

public:
    /** One verification of a sealed bag: the BagIt checks and the sealed identifier. */
    struct Verification
    {
        BagValidator::Result result;
        /** The tag manifest no longer hashes to the identifier the bundle was sealed with. */
        QString identifierProblem;
        QDateTime at;
        bool valid() const { return result.valid && identifierProblem.isEmpty(); }
    };

    explicit BundleDetailPane(const Catalog& catalog, QWidget* parent = nullptr);

    /** Shows a bundle from the catalog; 0 clears the pane. */
    void showBundle(qint64 bundleId);
    qint64 bundleId() const { return m_bundleId; }
    /** The latest verification of the bundle shown; nullptr: not verified this session. */
    void setVerification(const Verification* verification);
    /** A line while a verification runs. */
    void setVerifying(const QString& text);

    QTableWidget* files() const { return m_files; }
    QListWidget* problems() const { return m_problems; }

private:
    const Catalog& m_catalog;
    qint64 m_bundleId = 0;
    bool m_sealed = false;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_verification;
    QListWidget* m_problems;
    QLabel* m_filesNote;
    QTableWidget* m_files;
};

} // namespace steward
