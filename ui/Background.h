#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace abri::ui {

// Runs work() on the thread pool and then done(result) on the GUI thread, but only while context is alive:
// a screen that was closed (for example by a lock) never receives a late result.
// The result travels in a shared slot so move-only values (an unlocked Vault) need no copy.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    auto slot = std::make_shared<std::optional<R>>();
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context, [watcher, slot, done]() mutable {
        watcher->deleteLater();
        if (slot->has_value()) {
            done(std::move(**slot));
        }
    });
    watcher->setFuture(QtConcurrent::run([slot, work]() mutable { slot->emplace(work()); }));
}

} // namespace abri::ui
