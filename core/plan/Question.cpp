#include "Question.h"

using namespace Qt::StringLiterals;

namespace upgrade {

bool Question::accepts(const QString &value) const
{
    switch (kind) {
    case Kind::Confirm:
        return value == u"yes"_s || value == u"no"_s;
    case Kind::Choice:
        return choices.contains(value);
    case Kind::Text:
        return !value.trimmed().isEmpty();
    }
    return false;
}

QString toString(AnswerSource source)
{
    switch (source) {
    case AnswerSource::Interactive:
        return u"interactive"_s;
    case AnswerSource::Option:
        return u"option"_s;
    case AnswerSource::Yes:
        return u"yes"_s;
    case AnswerSource::Default:
        return u"default"_s;
    }
    return {};
}

} // namespace upgrade
