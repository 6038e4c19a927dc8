#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace steward {

/**
 * A typed setting declared next to the code that uses it:
 * `inline const Setting<int> kThreads{"Scan/threads", 2};`.
 */
template <typename T>
class Setting final
{
public:
    Setting(const char* key, T defaultValue)
        : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    {}

    T value() const
    {
        QSettings settings;
        const QVariant v = settings.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T& value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    void reset() const
    {
        QSettings settings;
        settings.remove(m_key);
    }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace steward
