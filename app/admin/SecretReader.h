#pragma once

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QString>

namespace abri::admin {

// Reads passphrases and recovery keys without them ever passing through argv, the environment or a
// QString that outlives the call: from the controlling terminal with echo off (prompts on stderr),
// or from a file descriptor, one secret per line, in the order the command asks for them.
class SecretReader
{
public:
    static constexpr std::size_t MaxLength = 1024;

    // fd < 0 reads from the terminal.
    explicit SecretReader(int fd);

    bool readsFromTerminal() const { return m_fd < 0; }

    // One secret, as UTF-8 bytes in guarded memory.
    Result<SecureBuffer> read(const QString& prompt);
    // A new passphrase: asked twice on a terminal (once from a descriptor) and held to PassphrasePolicy;
    // on refusal the policy's feedback is the error message.
    Result<SecureBuffer> readNew(const QString& prompt, const QString& confirmPrompt);

private:
    Result<SecureBuffer> readFromTerminal(const QString& prompt);
    Result<SecureBuffer> readFromDescriptor();
    Status checkPolicy(const SecureBuffer& passphrase) const;

    int m_fd;
};

} // namespace abri::admin
