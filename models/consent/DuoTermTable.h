#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/consent/DuoTerm.h"

namespace steward {

class Catalog;

/**
 * The DUO terms Steward knows: its built-in table (written from the 2021-02-23 release), or
 * the newest release the user imported into the catalog. Lookups by code (case-insensitive)
 * and by id.
 */
class DuoTermTable final
{
    Q_DECLARE_TR_FUNCTIONS(DuoTermTable)

public:
    DuoTermTable() = default;
    DuoTermTable(QString release, QVector<DuoTerm> terms);

    /** The table compiled into Steward. */
    static const DuoTermTable& builtIn();
    /** The newest imported release in the catalog, else the built-in table. */
    static DuoTermTable current(const Catalog& catalog);

    /** "DUO 2021-02-23 (built in)" or "DUO 2022-09-21 (imported from /path/duo.owl)". */
    QString release() const { return m_release; }
    const QVector<DuoTerm>& terms() const { return m_terms; }
    /** Non-obsolete term with this code (GRU, DS...), else nullptr. */
    const DuoTerm* byCode(const QString& code) const;
    /** Term with this id (DUO:0000042), obsolete or not, else nullptr. */
    const DuoTerm* byId(const QString& id) const;
    /** Any term, obsolete included, whose code matches; for "obsolete code" messages. */
    const DuoTerm* byCodeIncludingObsolete(const QString& code) const;

private:
    QString m_release;
    QVector<DuoTerm> m_terms;
};

} // namespace steward
