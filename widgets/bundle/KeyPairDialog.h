#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "models/crypt4gh/Crypt4ghKeyStore.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace steward {

class Catalog;

/**
 * Makes one of the user's own Crypt4GH key pairs: a name, the folder the two files go in and a
 * passphrase typed twice (the secret key protected with scrypt, as the reference tool does,
 * unless the user turns protection off on purpose). Generation, writing the files (the secret
 * one 0600) and remembering the passphrase in the keychain run off the GUI thread; problems
 * show inline and leave the dialog open.
 */
class KeyPairDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPairDialog)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString warning; // made, but the passphrase could not be remembered
        Crypt4ghOwnKey key;
    };

    explicit KeyPairDialog(const Catalog& catalog, QWidget* parent = nullptr);
    ~KeyPairDialog() override;

    /** The default folder for key pairs: ~/.c4gh, where the reference tool keeps them. */
    static QString defaultFolder();
    bool isGenerating() const { return m_watcher.isRunning(); }
    /** The last generation's outcome (valid after generated() or a failure shown inline). */
    const Outcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void generated(const steward::Crypt4ghOwnKey& key, const QString& warning);
    void failed(const QString& error);

private:
    void chooseFolder();
    void generate();
    void done();
    void updateState();
    void showMessage(const QString& text, bool error);

    const Catalog& m_catalog;
    QLineEdit* m_name;
    QLineEdit* m_folder;
    QCheckBox* m_protect;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QCheckBox* m_remember;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_generate;
    Outcome m_outcome;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace steward
