#include "widgets/consent/ConsentEditCommand.h"

#include <QCoreApplication>

#include "models/consent/ConsentStore.h"

namespace steward {

ConsentEditCommand::ConsentEditCommand(const Catalog& catalog, std::optional<ConsentRecord> before,
                                       std::optional<ConsentRecord> after, Applied applied)
    : m_catalog(catalog), m_before(std::move(before)), m_after(std::move(after)),
      m_applied(std::move(applied))
{
    const ConsentRecord& r = m_after ? *m_after : *m_before;
    const QString who = r.sampleId.isEmpty() ? r.dataset : r.sampleId;
    if (!m_after)
        setText(
            QCoreApplication::translate("ConsentEditCommand", "Remove the consent of %1").arg(who));
    else if (!m_before)
        setText(
            QCoreApplication::translate("ConsentEditCommand", "Record the consent of %1").arg(who));
    else
        setText(
            QCoreApplication::translate("ConsentEditCommand", "Edit the consent of %1").arg(who));
}

void ConsentEditCommand::redo()
{
    apply(m_before, m_after);
}

void ConsentEditCommand::undo()
{
    apply(m_after, m_before);
}

void ConsentEditCommand::apply(const std::optional<ConsentRecord>& from,
                               const std::optional<ConsentRecord>& to)
{
    ConsentStore store(m_catalog);
    QString error;
    bool ok = true;
    // A record that moved to another scope is a removal of the old key plus a new record.
    if (from && (!to || from->dataset != to->dataset || from->sampleId != to->sampleId)) {
        if (const std::optional<ConsentRecord> stored = store.find(from->dataset, from->sampleId))
            ok = store.remove(stored->id, &error);
    }
    if (ok && to)
        ok = store.save(*to, &error);
    if (m_applied)
        m_applied(ok ? QString() : error);
}

} // namespace steward
