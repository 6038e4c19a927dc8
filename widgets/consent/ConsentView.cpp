#include "widgets/consent/ConsentView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/catalog/Catalog.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DataUse.h"
#include "models/consent/DuoTermTable.h"
#include "models/consent/SampleConsentModel.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"
#include "widgets/consent/ConsentEditCommand.h"
#include "widgets/consent/ConsentEditDialog.h"
#include "widgets/consent/DecisionDelegate.h"

namespace steward {

ConsentView::ConsentView(const Catalog& catalog, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_undo(undo), m_model(new SampleConsentModel(this)),
      m_title(new QLabel(this)), m_decision(new QLabel(this)), m_purpose(new QLabel(this)),
      m_invalidated(new QLabel(this)), m_samples(new QTableView(this)),
      m_edit(new QPushButton(tr("Edit consent…"), this)),
      m_remove(new QPushButton(tr("Remove consent"), this)), m_comment(new QPlainTextEdit(this)),
      m_message(new QLabel(this)), m_history(new QListWidget(this)), m_reasons(new QLabel(this))
{
    setObjectName(QStringLiteral("consentView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("consentTitle"));
    m_decision->setObjectName(QStringLiteral("consentDecision"));
    m_decision->setWordWrap(true);
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_purpose->setWordWrap(true);
    m_invalidated->setObjectName(QStringLiteral("consentInvalidated"));
    m_invalidated->setWordWrap(true);
    m_invalidated->setStyleSheet(QStringLiteral("color:#b26a00"));

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SampleConsentModel::SortRole);
    m_samples->setObjectName(QStringLiteral("consentSamples"));
    m_samples->setModel(proxy);
    m_samples->setSortingEnabled(true);
    m_samples->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_samples->setSelectionMode(QAbstractItemView::SingleSelection);
    m_samples->setAlternatingRowColors(true);
    m_samples->verticalHeader()->hide();
    m_samples->setWordWrap(false);
    m_samples->sortByColumn(SampleConsentModel::Sample, Qt::AscendingOrder);
    m_samples->horizontalHeader()->setStretchLastSection(false);
    m_samples->horizontalHeader()->setSectionResizeMode(SampleConsentModel::Reason,
                                                        QHeaderView::Stretch);
    m_samples->setColumnHidden(SampleConsentModel::Source, true);
    m_samples->setColumnWidth(SampleConsentModel::Sample, 120);
    m_samples->setColumnWidth(SampleConsentModel::Consent, 170);
    m_samples->setColumnWidth(SampleConsentModel::Given, 90);
    m_samples->setColumnWidth(SampleConsentModel::Status, 90);
    m_samples->setColumnWidth(SampleConsentModel::Decision, 100);
    m_samples->setItemDelegate(new DecisionDelegate(SampleConsentModel::DecisionRole,
                                                    {SampleConsentModel::Decision}, m_samples));
    connect(m_samples, &QTableView::doubleClicked, this, &ConsentView::editConsent);
    // Every reason of the current sample, in full: the table shows only the deciding one.
    m_reasons->setObjectName(QStringLiteral("sampleReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(
        m_samples->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, proxy](const QModelIndex& current) {
            const SampleMatch* s = m_model->recordAt(proxy->mapToSource(current));
            if (!s) {
                m_reasons->clear();
                return;
            }
            const QString who = s->sampleId.isEmpty() ? tr("The dataset") : s->sampleId;
            QStringList lines;
            if (s->excluded)
                lines
                    << tr("<b>%1</b> is excluded: %2").arg(who, s->exclusionReason.toHtmlEscaped());
            for (const MatchReason& r : s->result.reasons)
                lines << QStringLiteral("<span style='color:%1'>%2</span> %3")
                             .arg(DecisionDelegate::colour(MatchResult::decisionName(r.decision))
                                      .name(),
                                  MatchResult::decisionLabel(r.decision).toHtmlEscaped(),
                                  r.sentence.toHtmlEscaped());
            m_reasons->setText(tr("<b>%1</b>").arg(who) + QStringLiteral("<br>") +
                               lines.join(QStringLiteral("<br>")));
        });

    m_edit->setObjectName(QStringLiteral("editConsent"));
    m_remove->setObjectName(QStringLiteral("removeConsent"));
    connect(m_edit, &QPushButton::clicked, this, &ConsentView::editConsent);
    connect(m_remove, &QPushButton::clicked, this, &ConsentView::removeConsent);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addWidget(m_remove);
    editRow->addStretch(1);

    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(
        tr("Comment for the record: why this decision (required to reject, to request changes, "
           "and to approve a match that needs review)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    const QList<QPair<ReviewAction, QString>> buttons{
        {ReviewAction::StartReview, QStringLiteral("startReview")},
        {ReviewAction::RequestChanges, QStringLiteral("requestChanges")},
        {ReviewAction::Reject, QStringLiteral("rejectReview")},
        {ReviewAction::Reopen, QStringLiteral("reopenReview")},
        {ReviewAction::Approve, QStringLiteral("approveReview")}};
    for (const auto& [action, name] : buttons) {
        auto* b = new QPushButton(ReviewItem::actionLabel(action), this);
        b->setObjectName(name);
        b->setProperty("action", int(action));
        connect(b, &QPushButton::clicked, this, [this, a = int(action)] { decide(a); });
        actions->addWidget(b);
        m_actions << b;
    }
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setMaximumHeight(96);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addWidget(m_decision);
    layout->addWidget(m_invalidated);
    layout->addWidget(m_samples, 1);
    layout->addWidget(m_reasons);
    layout->addLayout(editRow);
    layout->addWidget(new QLabel(tr("Decision"), this));
    layout->addWidget(m_comment);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history);
    showItem(0);
}

void ConsentView::showItem(qint64 itemId)
{
    m_itemId = itemId;
    m_message->hide();
    m_comment->clear();
    reload();
}

void ConsentView::reload()
{
    ReviewStore store(m_catalog);
    const std::optional<ReviewItem> item = m_itemId > 0 ? store.item(m_itemId) : std::nullopt;
    const bool has = item.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_samples, m_edit, m_remove, m_comment})
        w->setEnabled(has);
    m_history->clear();
    if (!has) {
        m_title->setText(tr("Choose a review item"));
        m_purpose->setText(tr("Select a dataset and destination in the queue to see each "
                              "sample's consent and decide."));
        m_decision->clear();
        m_invalidated->hide();
        m_model->setMatch(DatasetMatch());
        m_reasons->clear();
        for (QPushButton* b : std::as_const(m_actions))
            b->setEnabled(false);
        return;
    }
    m_title->setText(tr("%1 → %2").arg(item->datasetName, item->repositoryName));
    if (const std::optional<Repository> r =
            RepositoryStore(m_catalog).repository(item->repositoryId)) {
        DataUse use;
        QString error;
        m_purpose->setText(DataUse::parse(r->dataUse, &use, &error)
                               ? tr("Declared use: %1").arg(use.describe())
                               : error);
    }
    QString error;
    const std::optional<DatasetMatch> match = store.currentMatch(*item, &error);
    if (match) {
        m_model->setMatch(*match);
        const QString name = MatchResult::decisionName(match->decision);
        m_decision->setText(
            tr("<b style='color:%1'>%2</b> — %3. Review state: %4.")
                .arg(DecisionDelegate::colour(name).name(),
                     MatchResult::decisionLabel(match->decision),
                     match->reason.chopped(match->reason.endsWith(QLatin1Char('.')) ? 1 : 0),
                     ReviewItem::stateLabel(item->state).toLower()));
    } else {
        m_model->setMatch(DatasetMatch());
        m_decision->setText(error);
    }
    m_invalidated->setVisible(!item->invalidatedReason.isEmpty());
    m_invalidated->setText(tr("Earlier decision withdrawn: %1").arg(item->invalidatedReason));
    for (QPushButton* b : std::as_const(m_actions)) {
        ReviewState to;
        b->setEnabled(
            ReviewItem::transition(item->state, ReviewAction(b->property("action").toInt()), &to));
    }
    const QVector<ReviewDecision> decisions = store.decisions(item->id);
    for (auto it = decisions.crbegin(); it != decisions.crend(); ++it) {
        QString line =
            tr("%1  %2 (%3): %4 → %5")
                .arg(QLocale().toString(it->decidedAt.toLocalTime(), QLocale::ShortFormat),
                     it->reviewer, it->osUser, ReviewItem::stateLabel(it->from),
                     ReviewItem::stateLabel(it->to));
        if (!it->comment.isEmpty())
            line += QStringLiteral(" — ") + it->comment;
        m_history->addItem(line);
    }
    if (decisions.isEmpty())
        m_history->addItem(tr("No decisions yet."));
}

void ConsentView::selectSample(const QString& sampleId)
{
    const int row = m_model->indexOf(sampleId);
    if (row < 0)
        return;
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_samples->model());
    m_samples->selectRow(proxy->mapFromSource(m_model->index(row, 0)).row());
    m_samples->scrollTo(m_samples->currentIndex());
}

void ConsentView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828")
                                   : QStringLiteral("color:#2e7d32"));
    m_message->setVisible(!text.isEmpty());
}

void ConsentView::decide(int action)
{
    QString error;
    if (!ReviewStore(m_catalog).decide(m_itemId, ReviewAction(action), m_comment->toPlainText(),
                                       &error)) {
        showMessage(error, true);
        return;
    }
    m_comment->clear();
    reload();
    showMessage(tr("Recorded: %1.").arg(ReviewItem::actionLabel(ReviewAction(action))), false);
    Q_EMIT changed();
}

void ConsentView::editConsent()
{
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_samples->model());
    const SampleMatch* s = m_model->recordAt(proxy->mapToSource(m_samples->currentIndex()));
    if (!s)
        return;
    ConsentRecord record;
    if (s->consent.record) {
        record = *s->consent.record;
    } else {
        record.sampleId = s->sampleId;
        record.dataset = s->sampleId.isEmpty() ? m_model->match().datasetName : QString();
    }
    // Modeless-open (no nested event loop); the edit is pushed when the dialog is accepted.
    auto* dialog = new ConsentEditDialog(DuoTermTable::current(m_catalog), record,
                                         m_model->match().datasetName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<ConsentRecord> before = s->consent.record;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const ConsentRecord after = dialog->record();
        if (before && before->sameContent(after))
            return;
        m_undo->push(new ConsentEditCommand(m_catalog, before, after, [this](const QString& e) {
            reload();
            showMessage(e, true);
            Q_EMIT changed();
        }));
    });
    dialog->open();
}

void ConsentView::removeConsent()
{
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_samples->model());
    const SampleMatch* s = m_model->recordAt(proxy->mapToSource(m_samples->currentIndex()));
    if (!s || !s->consent.record)
        return;
    m_undo->push(new ConsentEditCommand(m_catalog, s->consent.record, std::nullopt,
                                        [this](const QString& e) {
                                            reload();
                                            showMessage(e, true);
                                            Q_EMIT changed();
                                        }));
}

} // namespace steward
