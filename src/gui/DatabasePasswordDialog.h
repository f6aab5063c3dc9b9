// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
#pragma once

#include "core/Core.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLineEdit;

namespace keydesk::gui {

// The password of a PostgreSQL database the server asks for and this console does not have:
// typed once, and kept in the OS keychain if the operator wishes (never in a file).
class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `problem`: why the database did not open (the server's words), shown under the question.
    DatabasePasswordDialog(const QString& url, const QString& problem, QWidget* parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

// Opens the database at `path`. For a PostgreSQL URL the server refuses without a password, it
// tries the one the keychain keeps, then asks (again, while the password typed is refused, at most
// three times); a password that opened it is given to the whole process (DatabasePasswords) and,
// if asked for, kept in the keychain — `keychainProblem` hears if that failed.
Result<std::unique_ptr<Core>> openAskingForPassword(const QString& path, const Core::Options& options,
                                                    QWidget* parent,
                                                    std::function<void(const QString&)> keychainProblem);

} // namespace keydesk::gui
