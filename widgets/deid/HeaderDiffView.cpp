#include "widgets/deid/HeaderDiffView.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include "models/deid/DeidStore.h"

namespace steward {
namespace {

QPlainTextEdit* makePane(const QString& name, QWidget* parent)
{
    auto* pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    pane->setFont(mono);
    return pane;
}

/** Marks the lines of a pane that the other side does not have; returns how many. */
int mark(QPlainTextEdit* pane, const QSet<QString>& otherSide, const QColor& colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    int count = 0;
    for (QTextBlock b = pane->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().isEmpty() || otherSide.contains(b.text()))
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(b);
        selections.append(s);
        ++count;
    }
    pane->setExtraSelections(selections);
    return count;
}

} // namespace

HeaderDiffView::HeaderDiffView(QWidget* parent)
    : QWidget(parent), m_file(new QComboBox(this)), m_summary(new QLabel(this)),
      m_before(makePane(QStringLiteral("headerBefore"), this)),
      m_after(makePane(QStringLiteral("headerAfter"), this))
{
    m_file->setObjectName(QStringLiteral("headerDiffFile"));
    m_summary->setObjectName(QStringLiteral("headerDiffSummary"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("File:"), this));
    top->addWidget(m_file, 1);
    top->addWidget(m_summary);
    auto* titles = new QHBoxLayout;
    titles->addWidget(new QLabel(tr("<b>Before</b> (original, never modified)"), this), 1);
    titles->addWidget(new QLabel(tr("<b>After</b> (what is shared)"), this), 1);
    auto* panes = new QSplitter(Qt::Horizontal, this);
    panes->addWidget(m_before);
    panes->addWidget(m_after);
    panes->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(titles);
    layout->addWidget(panes, 1);
    // The panes scroll together, so a removed line sits beside its neighbours' survivors.
    connect(m_before->verticalScrollBar(), &QScrollBar::valueChanged, m_after->verticalScrollBar(),
            [this](int v) {
                const QScrollBar* a = m_before->verticalScrollBar();
                QScrollBar* b = m_after->verticalScrollBar();
                if (a->maximum() > 0)
                    b->setValue(int(qint64(v) * b->maximum() / a->maximum()));
            });
    connect(m_file, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &HeaderDiffView::showFile);
}

void HeaderDiffView::setOutputs(const QVector<DeidOutputRecord>& outputs)
{
    m_headers.clear();
    m_file->blockSignals(true);
    m_file->clear();
    for (const DeidOutputRecord& o : outputs) {
        if (o.headerBefore.isEmpty() && o.headerAfter.isEmpty())
            continue;
        m_file->addItem(QFileInfo(o.inputPath).fileName(), o.inputPath);
        m_headers.append({o.headerBefore, o.headerAfter});
    }
    m_file->blockSignals(false);
    showFile(m_headers.isEmpty() ? -1 : 0);
}

void HeaderDiffView::showFile(int index)
{
    if (index < 0 || index >= m_headers.size()) {
        m_before->setPlainText(QString());
        m_after->setPlainText(QString());
        m_summary->setText(tr("No de-identified header to compare yet."));
        m_removed = m_added = 0;
        return;
    }
    const QString& before = m_headers.at(index).first;
    const QString& after = m_headers.at(index).second;
    m_before->setPlainText(before);
    m_after->setPlainText(after);
    const QStringList beforeLines = before.split(QLatin1Char('\n'));
    const QStringList afterLines = after.split(QLatin1Char('\n'));
    const QSet<QString> beforeSet(beforeLines.cbegin(), beforeLines.cend());
    const QSet<QString> afterSet(afterLines.cbegin(), afterLines.cend());
    m_removed = mark(m_before, afterSet, QColor(255, 214, 214));
    m_added = mark(m_after, beforeSet, QColor(210, 245, 214));
    m_summary->setText(tr("%n line(s) dropped or rewritten", nullptr, m_removed) +
                       QStringLiteral(" · ") + tr("%n line(s) new or rewritten", nullptr, m_added));
}

} // namespace steward
