#pragma once

#include <memory>
#include <typeindex>
#include <unordered_map>

namespace upgrade {

/// The core services a run's steps use (BpmSoftClient, DbAdmin, IdentityProvider, SecretStore,
/// ...), looked up by type: `services.set<DbAdmin>(admin)`, `context.service<DbAdmin>()`.
/// Filled before the run starts and read-only afterwards, so it may be read from any thread;
/// whether a service itself is thread-safe is up to it (steps run on one worker thread at a time).
class Services
{
public:
    template<class T>
    void set(std::shared_ptr<T> service)
    {
        m_services[std::type_index(typeid(T))] = std::static_pointer_cast<void>(std::move(service));
    }
    /// The service of type T, or nullptr when none was set.
    template<class T>
    T *get() const
    {
        const auto it = m_services.find(std::type_index(typeid(T)));
        return it == m_services.end() ? nullptr : static_cast<T *>(it->second.get());
    }

private:
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_services;
};

} // namespace upgrade
