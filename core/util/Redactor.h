#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace upgrade {

/// Masks secrets in text before it reaches any log sink, journal, report or bundle:
/// passwords in connection strings and JSON, Authorization and BPMCSRF headers, the BPMSoft
/// session cookies, URL user-info passwords, password options on command lines, and every
/// literal secret value registered with addSecret() (the SecretStore registers what it reads).
/// Thread-safe.
class Redactor
{
public:
    static inline constexpr char16_t Mask[] = u"***";

    static QString redact(const QString &text);
    static std::string redact(std::string_view utf8);

    /// Registers a secret value so that it is masked wherever it appears, also percent- or
    /// JSON-encoded. Empty values are ignored.
    static void addSecret(const QString &value);
    /// Forgets registered secrets (tests only).
    static void clearSecrets();
};

} // namespace upgrade
