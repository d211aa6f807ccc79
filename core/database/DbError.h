#pragma once

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// What went wrong in a database operation: a category the caller can act on, a translated
/// message that says what failed, where and what to do, and the raw details (tool output,
/// driver text) for the "details" view. A plain value type; no error when code() is None.
class DbError
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::DbError)
public:
    enum class Code {
        None,
        Cancelled,
        Connection,     ///< the server cannot be reached or the login failed
        Permission,     ///< the login lacks a right; the message names it
        NotEnoughSpace, ///< the backup target has too little free space (or ran full)
        ToolMissing,    ///< pg_dump / pg_restore not found
        ToolTooOld,     ///< the tools are older than the server
        InvalidBackup,  ///< the file is not a complete, readable backup
        InvalidName,    ///< a database, table or file name that cannot be used safely
        AlreadyExists,
        NotFound,
        Unsupported,
        Failed, ///< anything else
    };

    DbError() = default;
    DbError(Code code, QString message, QString details = {});

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }

    /// The message, and the details below it when there are any.
    QString toString() const;
    /// A stable name for JSON output and logs: "permission", "not-enough-space", ...
    static QString codeName(Code code);

    static DbError cancelled();

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_details;
};

/// A value or the error that prevented it.
template<typename T>
struct DbResult
{
    T value{};
    DbError error;

    bool ok() const { return !error.isError(); }
    static DbResult failure(DbError e)
    {
        DbResult r;
        r.error = std::move(e);
        return r;
    }
    static DbResult success(T v)
    {
        DbResult r;
        r.value = std::move(v);
        return r;
    }
};

} // namespace upgrade
