// Every user-visible string has a finished German and Spanish translation: lupdate is run
// over the sources into a scratch file, and each of its messages must be translated in
// the committed translations/steward_<locale>.ts.

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Messages
{
    QHash<QString, QString> translations; // context + source (+ plural marker) -> translation
    int unfinished = 0;
    QStringList unfinishedKeys;
};

Messages readTs(const QString& path, QString* error)
{
    Messages m;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return m;
    }
    QDomDocument doc;
    if (!doc.setContent(&f)) {
        *error = QStringLiteral("not XML: ") + path;
        return m;
    }
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement message = context.firstChildElement(QStringLiteral("message"));
             !message.isNull(); message = message.nextSiblingElement(QStringLiteral("message"))) {
            const QString key = name + QLatin1Char('\x1f') +
                                message.firstChildElement(QStringLiteral("source")).text() +
                                QLatin1Char('\x1f') +
                                message.firstChildElement(QStringLiteral("comment")).text();
            const QDomElement translation =
                message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            QString text = translation.text();
            const QDomElement numerus =
                translation.firstChildElement(QStringLiteral("numerusform"));
            if (!numerus.isNull())
                text = numerus.text();
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty()) {
                ++m.unfinished;
                m.unfinishedKeys << key;
            }
            m.translations.insert(key, text);
        }
    }
    return m;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, locale);
    const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed (qt6-l10n-tools; make test installs it)");
    QTemporaryDir dir;
    const QString scratch = dir.filePath(QStringLiteral("scratch_%1.ts").arg(locale));
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(STEWARD_SOURCE_DIR));
    p.start(lupdate,
            {QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("app"),
             QStringLiteral("widgets"), QStringLiteral("models"), QStringLiteral("-ts"), scratch,
             QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);

    QString error;
    const Messages wanted = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(wanted.translations.size() > 100, "lupdate found suspiciously few strings");
    const Messages committed = readTs(
        QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_%1.ts").arg(locale), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList missing;
    for (auto it = wanted.translations.cbegin(); it != wanted.translations.cend(); ++it) {
        const QString text = committed.translations.value(it.key());
        if (text.trimmed().isEmpty() || committed.unfinishedKeys.contains(it.key()))
            missing << QString(it.key()).replace(QLatin1Char('\x1f'), QLatin1String(" | "));
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated strings, e.g.:\n").arg(missing.size()) +
                        missing.mid(0, 25).join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_Translations.moc"
