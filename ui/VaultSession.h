#pragma once

#include "vault/Vault.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <type_traits>

namespace abri::ui {

// An unlocked vault as the GUI holds it. Slow vault work (key derivation, re-key, audit verification) runs on a
// worker thread through run(); lock() wipes the keys at once when nothing runs, or as soon as the running task
// ends, because the keys cannot be pulled from under a worker. Tasks run one after another. Results that arrive after a
// lock are dropped.
class VaultSession final : public QObject
{
    Q_OBJECT

public:
    explicit VaultSession(std::unique_ptr<Vault> vault, QObject* parent = nullptr);
    ~VaultSession() override;

    Vault& vault() const { return *m_state->vault; }
    std::shared_ptr<Vault> sharedVault() const { return m_state->vault; }
    bool isOpen() const;
    bool isBusy() const { return m_busy > 0; }
    // Whether to show coordinator pages; core checks the role again on every call.
    bool isCoordinator() const;

    // work(Vault&) runs on the thread pool; done(result) runs on the GUI thread if context is alive and the
    // session is still open. Returns false (and runs nothing) once the session is locked.
    template <typename Work, typename Done>
    bool run(QObject* context, Work work, Done done);

    void lock();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    struct State
    {
        QMutex mutex;
        // Tasks take turns: a Vault is used by one thread at a time, and the people list, search and an open
        // file may all ask at once.
        QMutex work;
        QWaitCondition idle; // running dropped to 0
        std::shared_ptr<Vault> vault;
        int running = 0;
        bool lockRequested = false;

        void taskEnded();
    };

    bool beginTask();
    void endTask();

    std::shared_ptr<State> m_state;
    int m_busy = 0;
};

template <typename Work, typename Done>
bool VaultSession::run(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&, Vault&>;
    if (!beginTask()) {
        return false;
    }
    auto slot = std::make_shared<std::optional<R>>();
    auto state = m_state;
    QPointer<QObject> guard(context);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, slot, guard, done]() mutable {
        watcher->deleteLater();
        endTask();
        if (guard && isOpen() && slot->has_value()) {
            done(std::move(**slot));
        }
    });
    watcher->setFuture(QtConcurrent::run([state, slot, work]() mutable {
        {
            QMutexLocker turn(&state->work);
            slot->emplace(work(*state->vault));
        }
        state->taskEnded();
    }));
    return true;
}

} // namespace abri::ui
