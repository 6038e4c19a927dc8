#pragma once

#include <functional>
#include <optional>

#include <QUndoCommand>

#include "models/consent/ConsentRecord.h"

namespace steward {

class Catalog;

/**
 * One consent edit on the undo stack: replaces a record (or creates or removes one). Both
 * directions go through ConsentStore, so undo and redo are audit entries too.
 */
class ConsentEditCommand final : public QUndoCommand
{
public:
    using Applied = std::function<void(const QString& error)>;

    ConsentEditCommand(const Catalog& catalog, std::optional<ConsentRecord> before,
                       std::optional<ConsentRecord> after, Applied applied);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<ConsentRecord>& from, const std::optional<ConsentRecord>& to);

    const Catalog& m_catalog;
    std::optional<ConsentRecord> m_before;
    std::optional<ConsentRecord> m_after;
    Applied m_applied;
};

} // namespace steward
