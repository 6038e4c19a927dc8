#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace steward {

class Catalog;
class KeyPairDialog;
class RecipientKeyModel;

/**
 * The Crypt4GH keys: the address book of recipients bundles can be encrypted for (add one by
 * pasting a public key or choosing its .pub file, remove one), and the user's own key pairs
 * with "Generate key pair…". Problems show inline; nothing here is modal beyond the dialog.
 */
class KeyManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManagerDialog)

public:
    explicit KeyManagerDialog(const Catalog& catalog, QWidget* parent = nullptr);
    ~KeyManagerDialog() override;

    RecipientKeyModel* recipients() const { return m_model; }
    QTableWidget* ownKeys() const { return m_own; }
    /** Reads a public key file off the GUI thread into the key field; publicKeyLoaded()
     * follows. The name is taken from the file when none is typed. */
    void loadPublicKeyFile(const QString& path);
    /** Adds the recipient typed in; false with the reason shown inline. */
    bool addRecipient();
    /** Opens the key pair generator (window-modal) and returns it. */
    KeyPairDialog* generateKeyPair();
    /** Shows the recipients (0) or own key pairs (1). */
    void showTab(int tab);

Q_SIGNALS:
    void publicKeyLoaded(bool ok);
    /** The address book or the own keys changed. */
    void changed();

private:
    void chooseKeyFile();
    void removeRecipient();
    void reloadOwnKeys();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    const Catalog& m_catalog;
    RecipientKeyModel* m_model;
    QTabWidget* m_tabs;
    QTableView* m_view;
    QLineEdit* m_name;
    QPlainTextEdit* m_key;
    QLineEdit* m_comment;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTableWidget* m_own;
    QLabel* m_message;
    QFutureWatcher<QPair<QByteArray, QString>> m_fileWatcher;
};

} // namespace steward
