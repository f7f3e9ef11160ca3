#include "logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

LoginDialog::LoginDialog(const QString &server, const QString &user, const QString &place,
                         QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(user, this))
    , m_password(new QLineEdit(this))
    , m_place(new QLineEdit(place, this))
    , m_problem(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember me (in the system keychain)"), this))
{
    setWindowTitle(tr("Log in to %1").arg(server));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Your usual place"));
    m_place->setToolTip(tr("The place (desk) to log in at; leave empty for your default place"));
    m_problem->setObjectName(QStringLiteral("loginProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *form = new QFormLayout(this);
    auto *serverLabel = new QLabel(tr("Server: %1").arg(server), this);
    serverLabel->setTextFormat(Qt::PlainText);
    form->addRow(serverLabel);
    form->addRow(m_problem);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("P&lace (optional):"), m_place);
    form->addRow(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::place() const
{
    return m_place->text().trimmed();
}

void LoginDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}
