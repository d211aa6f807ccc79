#include "DbError.h"

using namespace Qt::StringLiterals;

namespace upgrade {

DbError::DbError(Code code, QString message, QString details)
    : m_code(code)
    , m_message(std::move(message))
    , m_details(std::move(details))
{}

QString DbError::toString() const
{
    if (m_details.trimmed().isEmpty())
        return m_message;
    return m_message + u'\n' + m_details.trimmed();
}

QString DbError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return u"none"_s;
    case Code::Cancelled:
        return u"cancelled"_s;
    case Code::Connection:
        return u"connection"_s;
    case Code::Permission:
        return u"permission"_s;
    case Code::NotEnoughSpace:
        return u"not-enough-space"_s;
    case Code::ToolMissing:
        return u"tool-missing"_s;
    case Code::ToolTooOld:
        return u"tool-too-old"_s;
    case Code::InvalidBackup:
        return u"invalid-backup"_s;
    case Code::InvalidName:
        return u"invalid-name"_s;
    case Code::AlreadyExists:
        return u"already-exists"_s;
    case Code::NotFound:
        return u"not-found"_s;
    case Code::Unsupported:
        return u"unsupported"_s;
    case Code::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

DbError DbError::cancelled()
{
    return DbError(Code::Cancelled, tr("The operation was cancelled."));
}

} // namespace upgrade
