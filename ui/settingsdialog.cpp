#include "settingsdialog.h"

#include "formlabel.h"
#include "historyretention.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Marks a device entry kept though it is not connected now.
constexpr int kUnpluggedRole = Qt::UserRole + 1;

QCheckBox *checkBox(const QString &objectName, bool checked, QWidget *parent)
{
    auto *box = new QCheckBox(parent);
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

    m_languageBox = new QGroupBox(this);
    auto *languageLayout = new QFormLayout(m_languageBox);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(QString(), QString()); // the system's: worded in retranslateUi()
    const QList<Translations::Language> languages = Translations::offered();
    for (const Translations::Language &language : languages)
        m_language->addItem(language.nativeName, language.code);
    setLanguage(Translations::current());
    m_languageLabel = formLabel(m_language);
    languageLayout->addRow(m_languageLabel, m_language);

    m_alertsBox = new QGroupBox(this);
    m_tray = checkBox(u"trayIcon"_s, settings.trayIcon, m_alertsBox);
    m_notification = checkBox(u"notification"_s, settings.notification, m_alertsBox);
    m_urgency = checkBox(u"urgencyHint"_s, settings.urgencyHint, m_alertsBox);
    m_title = checkBox(u"title"_s, settings.title, m_alertsBox);
    m_sound = checkBox(u"sound"_s, settings.sound, m_alertsBox);
    auto *alertLayout = new QVBoxLayout(m_alertsBox);
    for (QCheckBox *box : {m_tray, m_notification, m_urgency, m_title, m_sound})
        alertLayout->addWidget(box);

    m_soundBox = new QGroupBox(this);
    auto *soundLayout = new QFormLayout(m_soundBox);
    m_device = new QComboBox(m_soundBox);
    m_device->setObjectName(u"outputDevice"_s);
    fillDevices(m_device, settings.outputDevice, outputs);
    m_volume = new QSlider(Qt::Horizontal, m_soundBox);
    m_volume->setObjectName(u"volume"_s);
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volume->setValue(settings.volume);
    m_volumeText = new QLabel(m_soundBox);
    connect(m_volume, &QSlider::valueChanged, this, &SettingsDialog::showVolume);
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeText);
    m_secondDevice = new QComboBox(m_soundBox);
    m_secondDevice->setObjectName(u"secondDevice"_s);
    fillDevices(m_secondDevice, settings.secondDevice, outputs);
    if (outputs.isEmpty()) {
        m_noOutput = new QLabel(m_soundBox);
        m_noOutput->setObjectName(u"noAudioOutput"_s);
        m_noOutput->setWordWrap(true);
        soundLayout->addRow(m_noOutput);
    }
    m_deviceLabel = formLabel(m_device);
    m_volumeLabel = formLabel(m_volume); // its mnemonic reaches the slider
    m_secondDeviceLabel = formLabel(m_secondDevice);
    soundLayout->addRow(m_deviceLabel, m_device);
    soundLayout->addRow(m_volumeLabel, volumeRow);
    soundLayout->addRow(m_secondDeviceLabel, m_secondDevice);

    m_callerBox = new QGroupBox(this);
    auto *callerLayout = new QFormLayout(m_callerBox);
    m_nameKeys = new QLineEdit(settings.callerNameKeys.join(u", "_s), m_callerBox);
    m_nameKeys->setObjectName(u"callerNameKeys"_s);
    m_nameKeys->setPlaceholderText(AlertSettings::defaultCallerNameKeys().join(u", "_s));
    // Wide enough for the defaults and one more key.
    m_nameKeys->setMinimumWidth(m_nameKeys->fontMetrics().horizontalAdvance(
        m_nameKeys->placeholderText() + u", Customer"_s));
    m_nameKeysLabel = formLabel(m_nameKeys);
    callerLayout->addRow(m_nameKeysLabel, m_nameKeys);

    m_historyBox = new QGroupBox(this);
    auto *historyLayout = new QFormLayout(m_historyBox);
    m_retention = new QSpinBox(m_historyBox);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(HistoryRetention::kMinDays, HistoryRetention::kMaxDays);
    m_retention->setValue(HistoryRetention::kDefaultDays);
    connect(m_retention, &QSpinBox::valueChanged, this, &SettingsDialog::showRetentionUnit);
    m_retentionLabel = formLabel(m_retention);
    historyLayout->addRow(m_retentionLabel, m_retention);

    m_teamBox = new QGroupBox(this);
    m_teamBox->setObjectName(u"teamBoardSettings"_s);
    auto *teamLayout = new QFormLayout(m_teamBox);
    static const char *const thresholdNames[] = {"notReadyWarning", "notReadyAlert",
                                                 "afterCallWorkWarning", "afterCallWorkAlert"};
    for (int i = 0; i < 4; ++i) {
        m_thresholds[i] = new QSpinBox(m_teamBox);
        m_thresholds[i]->setObjectName(QLatin1String(thresholdNames[i]));
        m_thresholds[i]->setRange(1, TeamThresholds::kMaxMinutes);
        m_thresholdLabels[i] = formLabel(m_thresholds[i]);
        teamLayout->addRow(m_thresholdLabels[i], m_thresholds[i]);
        connect(m_thresholds[i], &QSpinBox::valueChanged, this, [this, i](int minutes) {
            //: After a number of minutes in the team board's thresholds: "5 min"
            m_thresholds[i]->setSuffix(tr(" min", nullptr, minutes));
        });
    }
    setTeamThresholds(TeamThresholds());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_languageBox);
    layout->addWidget(m_alertsBox);
    layout->addWidget(m_soundBox);
    layout->addWidget(m_callerBox);
    layout->addWidget(m_historyBox);
    layout->addWidget(m_teamBox);
    m_teamBox->hide();
    layout->addWidget(buttons);

    connect(m_sound, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();
    retranslateUi();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of the softphone; it changes when you press OK"));

    m_alertsBox->setTitle(tr("When a call rings"));
    m_tray->setText(tr("Show an icon in the system &tray"));
    m_tray->setToolTip(tr("Agent state and ringing calls in the tray, with a menu to answer "
                          "and change state"));
    m_notification->setText(tr("Show a desktop &notification with Answer and Decline"));
    m_urgency->setText(tr("Make the &window's taskbar entry ask for attention"));
    m_title->setText(tr("Show the &caller in the window title"));
    m_sound->setText(tr("Play a &ring tone"));
    for (QCheckBox *box : {m_tray, m_notification, m_urgency, m_title, m_sound})
        box->setAccessibleName(box->text().remove(u'&'));

    m_soundBox->setTitle(tr("Ring tone"));
    m_device->setAccessibleName(tr("Output device"));
    m_device->setItemText(0, tr("System default"));
    m_volume->setAccessibleName(tr("Volume"));
    m_secondDevice->setAccessibleName(tr("Also ring on"));
    m_secondDevice->setToolTip(tr("A second output that rings too, e.g. the speakers "
                                  "beside your headset"));
    m_secondDevice->setItemText(0, tr("No second device"));
    for (QComboBox *combo : {m_device, m_secondDevice}) {
        for (int i = 1; i < combo->count(); ++i) {
            if (combo->itemData(i, kUnpluggedRole).toBool())
                combo->setItemText(i, unpluggedText(combo->itemData(i).toByteArray()));
        }
    }
    if (m_noOutput)
        m_noOutput->setText(tr("No audio output found: the ring tone cannot play."));
    m_deviceLabel->setText(tr("&Output device:"));
    m_volumeLabel->setText(tr("&Volume:"));
    m_secondDeviceLabel->setText(tr("&Also ring on:"));
    // The longest the number can be, in this language's digits.
    m_volumeText->setMinimumWidth(
        m_volumeText->fontMetrics().horizontalAdvance(volumeText(m_volume->maximum())));
    showVolume(m_volume->value());

    m_callerBox->setTitle(tr("Caller"));
    m_nameKeys->setAccessibleName(tr("Case data keys with the caller's name"));
    m_nameKeys->setToolTip(tr("Case data keys tried in order, separated by commas; the first "
                              "that has a value names the caller"));
    m_nameKeysLabel->setText(tr("Name from case data &keys:"));

    m_historyBox->setTitle(tr("Call history"));
    m_retention->setAccessibleName(tr("Keep call history for this many days"));
    // The line edit inside takes the focus: it is named too.
    if (auto *edit = m_retention->findChild<QLineEdit *>())
        edit->setAccessibleName(m_retention->accessibleName());
    m_retention->setToolTip(tr("Older calls are deleted from the history when you press OK "
                               "and each time you log in"));
    m_retentionLabel->setText(tr("&Keep call history for:"));
    showRetentionUnit(m_retention->value());

    m_teamBox->setTitle(tr("Team board: time in state"));
    m_teamBox->setToolTip(tr("A supervisor's team board marks agents who stay long in a state"));
    m_thresholdLabels[0]->setText(tr("Not Ready: warnin&g after:"));
    m_thresholdLabels[1]->setText(tr("Not Ready: alert a&fter:"));
    m_thresholdLabels[2]->setText(tr("After-call work: warn&ing after:"));
    m_thresholdLabels[3]->setText(tr("After-call work: al&ert after:"));
    for (int i = 0; i < 4; ++i) {
        m_thresholds[i]->setAccessibleName(m_thresholdLabels[i]->text().remove(u'&'));
        if (auto *edit = m_thresholds[i]->findChild<QLineEdit *>())
            edit->setAccessibleName(m_thresholds[i]->accessibleName());
        m_thresholds[i]->setSuffix(tr(" min", nullptr, m_thresholds[i]->value()));
    }
}

void SettingsDialog::setTeamThresholds(const TeamThresholds &t)
{
    const int values[] = {t.notReadyWarningMinutes, t.notReadyAlertMinutes,
                          t.afterCallWorkWarningMinutes, t.afterCallWorkAlertMinutes};
    for (int i = 0; i < 4; ++i)
        m_thresholds[i]->setValue(values[i]);
}

void SettingsDialog::setTeamBoardShown(bool shown)
{
    m_teamBox->setVisible(shown);
}

TeamThresholds SettingsDialog::teamThresholds() const
{
    TeamThresholds t;
    t.notReadyWarningMinutes = m_thresholds[0]->value();
    // An alert comes at or after its warning.
    t.notReadyAlertMinutes = std::max(m_thresholds[1]->value(), t.notReadyWarningMinutes);
    t.afterCallWorkWarningMinutes = m_thresholds[2]->value();
    t.afterCallWorkAlertMinutes =
        std::max(m_thresholds[3]->value(), t.afterCallWorkWarningMinutes);
    return t;
}

QString SettingsDialog::volumeText(int percent) const
{
    return tr("%1 %", "volume in percent").arg(locale().toString(percent));
}

void SettingsDialog::showVolume(int percent)
{
    m_volumeText->setText(volumeText(percent));
    m_volume->setAccessibleDescription(m_volumeText->text());
}

void SettingsDialog::showRetentionUnit(int days)
{
    //: After the number of days the history keeps calls: "90 days"
    m_retention->setSuffix(tr(" day(s)", nullptr, days));
}

QString SettingsDialog::unpluggedText(const QByteArray &id) const
{
    return tr("%1 (not connected)").arg(QString::fromUtf8(id));
}

void SettingsDialog::setLanguage(const QString &code)
{
    int index = m_language->findData(code);
    if (index < 0) { // set by hand (QSettings), or no longer shipped: shown as it is
        m_language->addItem(Translations::nativeName(code), code);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::fillDevices(QComboBox *combo, const QByteArray &current,
                                 const QList<std::pair<QByteArray, QString>> &outputs)
{
    combo->addItem(QString(), QByteArray()); // none: worded in retranslateUi()
    for (const auto &[id, description] : outputs)
        combo->addItem(description, id);
    int index = combo->findData(current);
    if (index < 0) { // chosen before, unplugged now: kept, and said so
        combo->addItem(unpluggedText(current), current);
        index = combo->count() - 1;
        combo->setItemData(index, true, kUnpluggedRole);
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
