#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace steward {

/** Worker threads, local CRAM reference folders, language and theme. */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    /** Writes the settings; the theme applies now, the language after a restart. */
    void save();

private:
    QSpinBox* m_threads;
    QListWidget* m_references;
    QComboBox* m_language;
    QComboBox* m_theme;
};

} // namespace steward
