#include "settingsdialog.h"

#include "historyretention.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QCheckBox *checkBox(const QString &text, const QString &objectName, bool checked,
                    QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setChecked(checked);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(const AlertSettings &settings,
                               const QList<std::pair<QByteArray, QString>> &outputs,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    auto *alerts = new QGroupBox(tr("When a call rings"), this);
    m_tray = checkBox(tr("Show an icon in the system &tray"), u"trayIcon"_s, settings.trayIcon,
                      alerts);
    m_tray->setToolTip(tr("Agent state and ringing calls in the tray, with a menu to answer "
                          "and change state"));
    m_notification = checkBox(tr("Show a desktop &notification with Answer and Decline"),
                              u"notification"_s, settings.notification, alerts);
    m_urgency = checkBox(tr("Make the &window's taskbar entry ask for attention"),
                         u"urgencyHint"_s, settings.urgencyHint, alerts);
    m_title = checkBox(tr("Show the &caller in the window title"), u"title"_s, settings.title,
                       alerts);
    m_sound = checkBox(tr("Play a &ring tone"), u"sound"_s, settings.sound, alerts);
    for (QCheckBox *box : {m_tray, m_notification, m_urgency, m_title, m_sound})
        box->setAccessibleName(box->text().remove(u'&'));
    auto *alertLayout = new QVBoxLayout(alerts);
    for (QCheckBox *box : {m_tray, m_notification, m_urgency, m_title, m_sound})
        alertLayout->addWidget(box);

    auto *sound = new QGroupBox(tr("Ring tone"), this);
    auto *soundLayout = new QFormLayout(sound);
    m_device = new QComboBox(sound);
    m_device->setObjectName(u"outputDevice"_s);
    m_device->setAccessibleName(tr("Output device"));
    fillDevices(m_device, tr("System default"), settings.outputDevice, outputs);
    m_volume = new QSlider(Qt::Horizontal, sound);
    m_volume->setObjectName(u"volume"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setValue(settings.volume);
    m_volumeText = new QLabel(sound);
    m_volumeText->setMinimumWidth(m_volumeText->fontMetrics().horizontalAdvance(u"100 %"_s));
    auto showVolume = [this](int value) {
        m_volumeText->setText(tr("%1 %").arg(value));
        m_volume->setAccessibleDescription(m_volumeText->text());
    };
    showVolume(settings.volume);
    connect(m_volume, &QSlider::valueChanged, this, showVolume);
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeText);
    m_secondDevice = new QComboBox(sound);
    m_secondDevice->setObjectName(u"secondDevice"_s);
    m_secondDevice->setAccessibleName(tr("Also ring on"));
    m_secondDevice->setToolTip(tr("A second output that rings too, e.g. the speakers "
                                  "beside your headset"));
    fillDevices(m_secondDevice, tr("No second device"), settings.secondDevice, outputs);
    if (outputs.isEmpty()) {
        auto *none = new QLabel(tr("No audio output found: the ring tone cannot play."), sound);
        none->setObjectName(u"noAudioOutput"_s);
        none->setWordWrap(true);
        soundLayout->addRow(none);
    }
    soundLayout->addRow(tr("&Output device:"), m_device);
    soundLayout->addRow(tr("&Volume:"), volumeRow);
    soundLayout->addRow(tr("&Also ring on:"), m_secondDevice);
    // The label of the volume row is the slider's buddy, so its mnemonic reaches it.
    if (auto *label = qobject_cast<QLabel *>(soundLayout->labelForField(volumeRow)))
        label->setBuddy(m_volume);

    auto *caller = new QGroupBox(tr("Caller"), this);
    auto *callerLayout = new QFormLayout(caller);
    m_nameKeys = new QLineEdit(settings.callerNameKeys.join(u", "_s), caller);
    m_nameKeys->setObjectName(u"callerNameKeys"_s);
    m_nameKeys->setAccessibleName(tr("Case data keys with the caller's name"));
    m_nameKeys->setToolTip(tr("Case data keys tried in order, separated by commas; the first "
                              "that has a value names the caller"));
    m_nameKeys->setPlaceholderText(AlertSettings::defaultCallerNameKeys().join(u", "_s));
    // Wide enough for the defaults and one more key.
    m_nameKeys->setMinimumWidth(
        m_nameKeys->fontMetrics().horizontalAdvance(m_nameKeys->placeholderText() + u", Customer"_s));
    callerLayout->addRow(tr("Name from case data &keys:"), m_nameKeys);

    auto *history = new QGroupBox(tr("Call history"), this);
    auto *historyLayout = new QFormLayout(history);
    m_retention = new QSpinBox(history);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(HistoryRetention::kMinDays, HistoryRetention::kMaxDays);
    m_retention->setValue(HistoryRetention::kDefaultDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setAccessibleName(tr("Keep call history for this many days"));
    // The line edit inside takes the focus: it is named too.
    if (auto *edit = m_retention->findChild<QLineEdit *>())
        edit->setAccessibleName(m_retention->accessibleName());
    m_retention->setToolTip(tr("Older calls are deleted from the history when you press OK "
                               "and each time you log in"));
    historyLayout->addRow(tr("&Keep call history for:"), m_retention);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alerts);
    layout->addWidget(sound);
    layout->addWidget(caller);
    layout->addWidget(history);
    layout->addWidget(buttons);

    connect(m_sound, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

void SettingsDialog::fillDevices(QComboBox *combo, const QString &none,
                                 const QByteArray &current,
                                 const QList<std::pair<QByteArray, QString>> &outputs)
{
    combo->addItem(none, QByteArray());
    for (const auto &[id, description] : outputs)
        combo->addItem(description, id);
    int index = combo->findData(current);
    if (index < 0) { // chosen before, unplugged now: kept, and said so
        combo->addItem(tr("%1 (not connected)").arg(QString::fromUtf8(current)), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void SettingsDialog::updateEnabled()
{
    const bool sound = m_sound->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_device, m_volume, m_secondDevice})
        w->setEnabled(sound);
}

AlertSettings SettingsDialog::settings() const
{
    AlertSettings s;
    s.trayIcon = m_tray->isChecked();
    s.notification = m_notification->isChecked();
    s.urgencyHint = m_urgency->isChecked();
    s.title = m_title->isChecked();
    s.sound = m_sound->isChecked();
    s.outputDevice = m_device->currentData().toByteArray();
    s.volume = m_volume->value();
    s.secondDevice = m_secondDevice->currentData().toByteArray();
    s.callerNameKeys.clear();
    const QStringList keys = m_nameKeys->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &key : keys)
        if (!key.trimmed().isEmpty())
            s.callerNameKeys << key.trimmed();
    if (s.callerNameKeys.isEmpty()) // as the placeholder says
        s.callerNameKeys = AlertSettings::defaultCallerNameKeys();
    return s;
}

void SettingsDialog::setRetentionDays(int days)
{
    m_retention->setValue(days);
}

int SettingsDialog::retentionDays() const
{
    return m_retention->value();
}
