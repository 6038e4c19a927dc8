// Layers are enforced: models/ never reaches up into widgets/ or app/, never includes a
// Qt Widgets header, and steward_models never links Qt Widgets.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsIncludeNothingFromAbove();
    void modelsLinkNoWidgets();
    void widgetsIncludeNothingFromApp();
};

static QStringList offendingIncludes(const QString& folder, const QRegularExpression& forbidden)
{
    QStringList offences;
    QDirIterator it(QStringLiteral(STEWARD_SOURCE_DIR "/") + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + path};
        int line = 0;
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine());
            ++line;
            if (forbidden.match(text).hasMatch())
                offences << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    if (files == 0)
        offences << QStringLiteral("no sources found under ") + folder;
    return offences;
}

void TestLayering::modelsIncludeNothingFromAbove()
{
    static const QRegularExpression forbidden(QStringLiteral(
        R"(^\s*#\s*include\s*[<"]((widgets|app)/|QtWidgets|QtPrintSupport|qcustomplot|Q(Widget|MainWindow|Dialog|PushButton|Label|Application|TableView|TreeView|Action|Menu)\b))"));
    const QStringList offences = offendingIncludes(QStringLiteral("models"), forbidden);
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
}

void TestLayering::modelsLinkNoWidgets()
{
    QFile f(QStringLiteral(STEWARD_BINARY_DIR "/steward_models.link.txt"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "the build writes steward_models.link.txt");
    const QString links = QString::fromUtf8(f.readAll());
    QVERIFY2(links.contains(QLatin1String("Qt6::Core")), qPrintable(links));
    QVERIFY2(!links.contains(QLatin1String("Widgets")), qPrintable(links));
    QVERIFY2(!links.contains(QLatin1String("QCustomPlot")), qPrintable(links));
    QVERIFY2(!links.contains(QLatin1String("Qt6::Gui")), qPrintable(links));
}

void TestLayering::widgetsIncludeNothingFromApp()
{
    static const QRegularExpression forbidden(QStringLiteral(R"(^\s*#\s*include\s*[<"]app/)"));
    const QStringList offences = offendingIncludes(QStringLiteral("widgets"), forbidden);
    // An empty widgets/ folder is reported as an offence by offendingIncludes; filter that.
    QStringList real;
    for (const QString& o : offences)
        if (!o.startsWith(QLatin1String("no sources")))
            real << o;
    QVERIFY2(real.isEmpty(), qPrintable(real.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestLayering)
#include "test_Layering.moc"
