#include "VaultSession.h"

namespace abri::ui {

VaultSession::VaultSession(std::unique_ptr<Vault> vault, QObject* parent)
    : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->vault = std::shared_ptr<Vault>(std::move(vault));
}

VaultSession::~VaultSession()
{
    lock();
    // Tasks queued behind others have not started; they see the lock and return at once. Waiting here means no task
    // outlives the session's owner (and whatever the vault was opened with, such as its clock), and the keys are
    // wiped before the session is gone.
    QMutexLocker locker(&m_state->mutex);
    while (m_state->running > 0) {
        m_state->idle.wait(&m_state->mutex);
    }
}

bool VaultSession::isOpen() const
{
    QMutexLocker locker(&m_state->mutex);
    return !m_state->lockRequested && m_state->vault->isUnlocked();
}

bool VaultSession::isCoordinator() const
{
    return m_state->vault->isUnlocked() && m_state->vault->currentUser().role == Role::Coordinator;
}

void VaultSession::lock()
{
    QMutexLocker locker(&m_state->mutex);
    m_state->lockRequested = true;
    if (m_state->running == 0) {
        m_state->vault->lock();
    }
}

bool VaultSession::beginTask()
{
    {
        QMutexLocker locker(&m_state->mutex);
        if (m_state->lockRequested) {
            return false;
        }
        ++m_state->running;
    }
    if (++m_busy == 1) {
        Q_EMIT busyChanged(true);
    }
    return true;
}

void VaultSession::endTask()
{
    if (--m_busy == 0) {
        Q_EMIT busyChanged(false);
    }
}

void VaultSession::State::taskEnded()
{
    // Runs on the worker: a lock asked for while the task ran happens here, before the thread lets go of the vault.
    QMutexLocker locker(&mutex);
    --running;
    if (lockRequested && running == 0) {
        vault->lock();
    }
    if (running == 0) {
        idle.wakeAll();
    }
}

} // namespace abri::ui
