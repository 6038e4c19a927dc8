#include "widgets/bundle/BundleDetailPane.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/bundle/BundleListModel.h"
#include "models/bundle/BundleStore.h"
#include "models/catalog/Catalog.h"

namespace steward {
namespace {

QTableWidgetItem* cell(const QString& text, const QString& tip = QString())
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:palette(placeholder-text)'>"
                          "%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

BundleDetailPane::BundleDetailPane(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_verification(new QLabel(this)), m_problems(new QListWidget(this)),
      m_filesNote(new QLabel(this)), m_files(new QTableWidget(this))
{
    setObjectName(QStringLiteral("bundleDetail"));
    m_title->setObjectName(QStringLiteral("bundleTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_facts->setObjectName(QStringLiteral("bundleFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->setObjectName(QStringLiteral("bundleVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("bundleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(fontMetrics().height() * 6 + 10);
    m_problems->setVisible(false);
    m_filesNote->setObjectName(QStringLiteral("bundleFilesNote"));
    m_filesNote->setWordWrap(true);
    m_filesNote->setForegroundRole(QPalette::PlaceholderText);
    m_files->setObjectName(QStringLiteral("bundleFiles"));
    m_files->setColumnCount(5);
    m_files->setHorizontalHeaderLabels(
        {tr("File in the bag"), tr("Role"), tr("Encrypted"), tr("Size"), tr("SHA-256")});
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setAlternatingRowColors(true);
    m_files->setWordWrap(false);
    m_files->setSortingEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_verification);
    layout->addWidget(m_problems);
    layout->addWidget(m_filesNote);
    layout->addWidget(m_files, 1);
    showBundle(0);
}

void BundleDetailPane::showBundle(qint64 bundleId)
{
    m_bundleId = bundleId;
    const BundleStore store(m_catalog);
    const std::optional<BundleRecord> b = bundleId > 0 ? store.bundle(bundleId) : std::nullopt;
    m_files->setRowCount(0);
    m_problems->clear();
    m_problems->setVisible(false);
    m_verification->clear();
    m_sealed = b && b->isSealed();
    if (!b) {
        m_bundleId = 0;
        m_title->setText(tr("<b>Select a bundle</b> to see its files and verification."));
        m_facts->clear();
        m_filesNote->clear();
        m_files->setVisible(false);
        return;
    }
    m_title->setText(tr("<b>%1</b> — %2 for %3")
                         .arg(b->displayName().toHtmlEscaped(),
                              BundleRecord::stateLabel(b->state).toHtmlEscaped(),
                              b->repositoryName.toHtmlEscaped()));
    const QLocale locale;
    QString facts = QStringLiteral("<table>");
    if (!b->identifier.isEmpty())
        facts += row(tr("Identifier"), QStringLiteral("<tt>%1</tt>").arg(b->identifier));
    if (!b->path.isEmpty())
        facts += row(tr("Folder"), QDir::toNativeSeparators(b->path).toHtmlEscaped());
    qint64 bytes = 0;
    qint64 files = 0;
    if (BundleListModel::parseOxum(b->payloadOxum, &bytes, &files))
        facts += row(tr("Payload"), tr("%1 in %n file(s) (Payload-Oxum %2)", nullptr, int(files))
                                        .arg(locale.formattedDataSize(bytes), b->payloadOxum)
                                        .toHtmlEscaped());
    QStringList datasets;
    for (const QString& d : b->datasets)
        datasets << QFileInfo(d).fileName().toHtmlEscaped();
    facts += row(tr("Datasets"),
                 datasets.isEmpty() ? tr("none chosen") : datasets.join(QStringLiteral(", ")));
    QStringList recipients;
    for (const BundleRecipient& r : b->recipients)
        recipients << QStringLiteral("%1 <tt>%2</tt>")
                          .arg(r.name.toHtmlEscaped(), r.fingerprint.left(19).toHtmlEscaped());
    facts +=
        row(tr("Encrypted for"), recipients.isEmpty() ? tr("nobody: the files are not encrypted")
                                                      : recipients.join(QStringLiteral(", ")));
    if (!b->description.isEmpty())
        facts += row(tr("Description"), b->description.toHtmlEscaped());
    facts +=
        row(tr("Created"),
            tr("%1 by %2")
                .arg(locale.toString(b->createdAt.toLocalTime(), QLocale::ShortFormat), b->actor)
                .toHtmlEscaped());
    if (b->sealedAt.isValid())
        facts +=
            row(tr("Sealed"), locale.toString(b->sealedAt.toLocalTime(), QLocale::ShortFormat));
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    if (!b->isSealed()) {
        m_filesNote->setText(tr("A draft has no files yet: sealing it plans it again, checks "
                                "every de-identified file and writes the bag."));
        m_files->setVisible(false);
        return;
    }
    m_filesNote->setText(tr("Files in the bag"));
    m_files->setVisible(true);
    for (const BundleFile& f : store.files(b->id)) {
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        m_files->setItem(r, 0,
                         cell(f.bagPath, f.sourcePath.isEmpty()
                                             ? f.bagPath
                                             : tr("%1\nfrom %2").arg(f.bagPath, f.sourcePath)));
        m_files->setItem(r, 1, cell(f.role));
        m_files->setItem(r, 2, cell(f.encrypted ? tr("Crypt4GH") : tr("No")));
        QTableWidgetItem* size = cell(locale.formattedDataSize(f.size), locale.toString(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_files->setItem(r, 3, size);
        m_files->setItem(r, 4, cell(f.sha256));
    }
}

void BundleDetailPane::setVerifying(const QString& text)
{
    m_problems->clear();
    m_problems->setVisible(false);
    m_verification->setStyleSheet(QString());
    m_verification->setText(text);
}

void BundleDetailPane::setVerification(const Verification* v)
{
    m_problems->clear();
    m_problems->setVisible(false);
    if (!v) {
        m_verification->setStyleSheet(QString());
        m_verification->setText(m_sealed
                                    ? tr("Not verified yet in this session: Verify re-reads every "
                                         "file and checks it against the manifests.")
                                    : QString());
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(v->at.toLocalTime().time(), QLocale::ShortFormat);
    const BagValidator::Result& r = v->result;
    if (v->result.cancelled) {
        m_verification->setStyleSheet(QString());
        m_verification->setText(tr("Verification cancelled at %1.").arg(when));
        return;
    }
    if (v->valid()) {
        m_verification->setStyleSheet(QStringLiteral("color: #1b7a36;"));
        m_verification->setText(
            // %3 counts the tag files too, so it is never 1.
            tr("✔ Valid (checked %1): %n payload file(s), %2; the checksums of all %3 files "
               "verified; the identifier matches.",
               nullptr, int(r.payloadFiles))
                .arg(when, locale.formattedDataSize(r.payloadBytes))
                .arg(r.filesVerified) +
            (r.warnings.isEmpty()
                 ? QString()
                 : QLatin1Char(' ') + tr("%n warning(s).", nullptr, int(r.warnings.size()))));
    } else {
        const int errors = int(r.errors.size()) + (v->identifierProblem.isEmpty() ? 0 : 1);
        m_verification->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_verification->setText(
            tr("✘ Invalid (checked %1): %n problem(s). The bag is not what was sealed; do not "
               "send it.",
               nullptr, errors)
                .arg(when));
    }
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const BagValidator::Problem& p : r.errors)
        new QListWidgetItem(error, p.toString(), m_problems);
    if (!v->identifierProblem.isEmpty())
        new QListWidgetItem(error, v->identifierProblem, m_problems);
    for (const BagValidator::Problem& p : r.warnings)
        new QListWidgetItem(warning, p.toString(), m_problems);
    m_problems->setVisible(m_problems->count() > 0);
}

} // namespace steward
