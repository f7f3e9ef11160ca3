#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for the password (and user name if none was given) when connecting to a real GWS.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString &server, const QString &user, QWidget *parent = nullptr);
    QString user() const;
    QString password() const;
    bool remember() const; // store the password in the system keychain

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
