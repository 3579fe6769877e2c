<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>Audit entry %1 is missing: entries were deleted.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Audit entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log could not be read: the database is damaged.</source>
        <translation>The audit log could not be read: the database is damaged.</translation>
    </message>
    <message>
        <source>The newest audit entries were removed: the log ends at entry %1 but had reached %2.</source>
        <translation>The newest audit entries were removed: the log ends at entry %1 but had reached %2.</translation>
    </message>
    <message>
        <source>The audit log was rewritten: entry %1 no longer matches its anchor.</source>
        <translation>The audit log was rewritten: entry %1 no longer matches its anchor.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation><numerusform>The audit log is intact: %n entry verified.</numerusform><numerusform>The audit log is intact: %n entries verified.</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup file could not be written. Check the free space and that you may write there; nothing was changed.</source>
        <translation>The backup file could not be written. Check the free space and that you may write there; nothing was changed.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not an Abri backup. Nothing was restored.</source>
        <translation>This backup file is damaged or is not an Abri backup. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup file could not be opened.</source>
        <translation>The backup file could not be opened.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Abri. Install the newer version to restore it.</source>
        <translation>This backup was made by a newer version of Abri. Install the newer version to restore it.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The vault's key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>The vault's key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</source>
        <translation>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation><numerusform>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</numerusform><numerusform>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</numerusform></translation>
    </message>
    <message>
        <source>Too easy to guess: avoid repeated characters, keyboard sequences and common words. Add another unrelated word.</source>
        <translation>Too easy to guess: avoid repeated characters, keyboard sequences and common words. Add another unrelated word.</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation>Acceptable. A longer passphrase would be stronger.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Good passphrase.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Strong passphrase.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Abri (data version %1; this version reads up to %2). Install the newer version to open it; the vault was not changed.</source>
        <translation>This vault was made by a newer version of Abri (data version %1; this version reads up to %2). Install the newer version to open it; the vault was not changed.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to data version %1. It was left as it was.</source>
        <translation>The vault could not be upgraded to data version %1. It was left as it was.</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation><numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform><numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>Enter the organisation's name (up to 200 characters).</source>
        <translation>Enter the organisation's name (up to 200 characters).</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Choose a folder for the vault.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder for the vault; nothing was changed.</source>
        <translation>This folder is not empty. Choose a new or empty folder for the vault; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault's folder could not be created. Check that you may write there.</source>
        <translation>The vault's folder could not be created. Check that you may write there.</translation>
    </message>
    <message>
        <source>This vault is open in another window. Close it there first; nothing was changed.</source>
        <translation>This vault is open in another window. Close it there first; nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (not enough memory?).</source>
        <translation>The passphrase could not be processed (not enough memory?).</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>The vault could not be created.</translation>
    </message>
    <message>
        <source>The vault could not be created. Check the free space and try again.</source>
        <translation>The vault could not be created. Check the free space and try again.</translation>
    </message>
    <message>
        <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>The user name or passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>The vault's key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>The vault's key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</translation>
    </message>
    <message>
        <source>There is no vault in this folder. Choose another folder.</source>
        <translation>There is no vault in this folder. Choose another folder.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake: check each group of four characters.</source>
        <translation>This recovery key has a typing mistake: check each group of four characters.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. A re-key makes older recovery keys useless; use the newest one.</source>
        <translation>This recovery key does not open this vault. A re-key makes older recovery keys useless; use the newest one.</translation>
    </message>
    <message>
        <source>The vault's identity could not be read: the database is damaged. Restore a backup.</source>
        <translation>The vault's identity could not be read: the database is damaged. Restore a backup.</translation>
    </message>
    <message>
        <source>This vault must be upgraded before it can be read here. Open it once in Abri (not read-only).</source>
        <translation>This vault must be upgraded before it can be read here. Open it once in Abri (not read-only).</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a coordinator to enable it.</source>
        <translation>This account is disabled. Ask a coordinator to enable it.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Auto-lock must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The audit log's anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</source>
        <translation>The audit log's anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name; nothing was overwritten.</source>
        <translation>A file with this name already exists. Choose another name; nothing was overwritten.</translation>
    </message>
    <message>
        <source>A vault or other files already exist there. Nothing was restored; choose another folder or confirm the replacement.</source>
        <translation>A vault or other files already exist there. Nothing was restored; choose another folder or confirm the replacement.</translation>
    </message>
    <message>
        <source>The existing vault could not be moved aside; nothing was changed.</source>
        <translation>The existing vault could not be moved aside; nothing was changed.</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place; nothing was changed.</source>
        <translation>The restored vault could not be put in place; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>Only a coordinator may do this.</source>
        <translation>Only a coordinator may do this.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters on one line.</source>
        <translation>A user name needs 1 to 64 characters on one line.</translation>
    </message>
    <message>
        <source>The vault is open read-only here, so nothing can be changed. Close it in the other window first.</source>
        <translation>The vault is open read-only here, so nothing can be changed. Close it in the other window first.</translation>
    </message>
    <message>
        <source>This user does not exist in the vault.</source>
        <translation>This user does not exist in the vault.</translation>
    </message>
    <message>
        <source>A user with this name already exists. Choose another name.</source>
        <translation>A user with this name already exists. Choose another name.</translation>
    </message>
    <message>
        <source>This is the last active coordinator. Make another user a coordinator first.</source>
        <translation>This is the last active coordinator. Make another user a coordinator first.</translation>
    </message>
    <message>
        <source>This account has no passphrase since the last re-key. Reset its passphrase, then enable it.</source>
        <translation>This account has no passphrase since the last re-key. Reset its passphrase, then enable it.</translation>
    </message>
    <message>
        <source>A recovery session has no passphrase of its own. Reset a user's passphrase instead.</source>
        <translation>A recovery session has no passphrase of its own. Reset a user's passphrase instead.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>The current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your key slot could not be found. Ask a coordinator to reset your passphrase.</source>
        <translation>Your key slot could not be found. Ask a coordinator to reset your passphrase.</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed; it still opens as before.</source>
        <translation>The vault could not be re-keyed; it still opens as before.</translation>
    </message>
    <message>
        <source>The new key slots could not be put in place. Do not close Abri; try the re-key again.</source>
        <translation>The new key slots could not be put in place. Do not close Abri; try the re-key again.</translation>
    </message>
    <message>
        <source>Active user %1 has no key slot: reset their passphrase.</source>
        <translation>Active user %1 has no key slot: reset their passphrase.</translation>
    </message>
    <message>
        <source>A key slot is malformed.</source>
        <translation>A key slot is malformed.</translation>
    </message>
    <message>
        <source>This account was never completed or no longer exists. Ask a coordinator.</source>
        <translation>This account was never completed or no longer exists. Ask a coordinator.</translation>
    </message>
</context>
<context>
    <name>abri-admin</name>
    <message>
        <source>Creates a vault and its first coordinator, asks for a new passphrase, and prints the recovery key once.</source>
        <translation>Creates a vault and its first coordinator, asks for a new passphrase, and prints the recovery key once.</translation>
    </message>
    <message>
        <source>Shows what can be read without a passphrase (nothing that names a person or the organisation). With --user, unlocks read-only and also shows the organisation, schema version, number of users and auto-lock minutes.</source>
        <translation>Shows what can be read without a passphrase (nothing that names a person or the organisation). With --user, unlocks read-only and also shows the organisation, schema version, number of users and auto-lock minutes.</translation>
    </message>
    <message>
        <source>Lists the users: name, role, active, last unlock. Coordinators only.</source>
        <translation>Lists the users: name, role, active, last unlock. Coordinators only.</translation>
    </message>
    <message>
        <source>Adds a user. Asks for your passphrase, then the new user's passphrase. Coordinators only.</source>
        <translation>Adds a user. Asks for your passphrase, then the new user's passphrase. Coordinators only.</translation>
    </message>
    <message>
        <source>Disables a user: they can no longer unlock. The last active coordinator cannot be disabled. Coordinators only.</source>
        <translation>Disables a user: they can no longer unlock. The last active coordinator cannot be disabled. Coordinators only.</translation>
    </message>
    <message>
        <source>Enables a disabled user again. Coordinators only.</source>
        <translation>Enables a disabled user again. Coordinators only.</translation>
    </message>
    <message>
        <source>Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the user's new passphrase. Coordinators only.</source>
        <translation>Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the user's new passphrase. Coordinators only.</translation>
    </message>
    <message>
        <source>Changes a user's role. Coordinators only.</source>
        <translation>Changes a user's role. Coordinators only.</translation>
    </message>
    <message>
        <source>Changes your passphrase. Asks for the current one, then the new one.</source>
        <translation>Changes your passphrase. Asks for the current one, then the new one.</translation>
    </message>
    <message>
        <source>Checks the key slots, the database's integrity and the audit chain, read-only (works while Abri has the vault open). Prints one line per check; exits with 5 on any problem.</source>
        <translation>Checks the key slots, the database's integrity and the audit chain, read-only (works while Abri has the vault open). Prints one line per check; exits with 5 on any problem.</translation>
    </message>
    <message>
        <source>Writes a consistent encrypted copy of the vault to FILE, also while Abri has the vault open. Refuses to replace an existing FILE unless --force.</source>
        <translation>Writes a consistent encrypted copy of the vault to FILE, also while Abri has the vault open. Refuses to replace an existing FILE unless --force.</translation>
    </message>
    <message>
        <source>Restores the backup FILE as the vault VAULT. Refuses to replace an existing vault unless --force. The restored vault opens with the passphrases valid when the backup was made.</source>
        <translation>Restores the backup FILE as the vault VAULT. Refuses to replace an existing vault unless --force. The restored vault opens with the passphrases valid when the backup was made.</translation>
    </message>
    <message>
        <source>Opens the vault with the recovery key (works even when the key slots are lost), then sets a new passphrase for the user NAME, or adds NAME as a coordinator if there is no such user. Asks for the recovery key, then the new passphrase.</source>
        <translation>Opens the vault with the recovery key (works even when the key slots are lost), then sets a new passphrase for the user NAME, or adds NAME as a coordinator if there is no such user. Asks for the recovery key, then the new passphrase.</translation>
    </message>
    <message>
        <source>Rotates the vault's encryption key: copies of the old key slots, disabled users and the old recovery key no longer open it. Prints the new recovery key. Coordinators only.</source>
        <translation>Rotates the vault's encryption key: copies of the old key slots, disabled users and the old recovery key no longer open it. Prints the new recovery key. Coordinators only.</translation>
    </message>
    <message>
        <source>Your user name, to unlock with (for init: the first coordinator).</source>
        <translation>Your user name, to unlock with (for init: the first coordinator).</translation>
    </message>
    <message>
        <source>The organisation's name, kept inside the encrypted vault.</source>
        <translation>The organisation's name, kept inside the encrypted vault.</translation>
    </message>
    <message>
        <source>The user to add or change.</source>
        <translation>The user to add or change.</translation>
    </message>
    <message>
        <source>The role: coordinator, caseworker, legal or clinic.</source>
        <translation>The role: coordinator, caseworker, legal or clinic.</translation>
    </message>
    <message>
        <source>Read passphrases (and the recovery key) from file descriptor N, one per line, in the order the command asks for them, instead of the terminal. A new passphrase is then read once, not twice.</source>
        <translation>Read passphrases (and the recovery key) from file descriptor N, one per line, in the order the command asks for them, instead of the terminal. A new passphrase is then read once, not twice.</translation>
    </message>
    <message>
        <source>Cost of the key derivation for new passphrases: moderate (default), interactive, or minimum (for tests only: far easier to guess).</source>
        <translation>Cost of the key derivation for new passphrases: moderate (default), interactive, or minimum (for tests only: far easier to guess).</translation>
    </message>
    <message>
        <source>Folder for this computer's state about vaults (failed-attempt back-off, audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use the same folder.</source>
        <translation>Folder for this computer's state about vaults (failed-attempt back-off, audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use the same folder.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>Replace an existing file or vault.</source>
        <translation>Replace an existing file or vault.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  usage error, or a new passphrase refused (too weak, or the two entries differ)
  2  wrong user name or passphrase, bad recovery key, or too many attempts (wait, then retry)
  3  the vault is open read-write in another window or command
  4  vault or file not found, already exists, or refused to overwrite (see --force)
  5  verification failed or data is damaged
  6  permission denied for your role
  7  any other error
</source>
        <translation>Exit codes:
  0  success
  1  usage error, or a new passphrase refused (too weak, or the two entries differ)
  2  wrong user name or passphrase, bad recovery key, or too many attempts (wait, then retry)
  3  the vault is open read-write in another window or command
  4  vault or file not found, already exists, or refused to overwrite (see --force)
  5  verification failed or data is damaged
  6  permission denied for your role
  7  any other error
</translation>
    </message>
    <message>
        <source>Usage: abri-admin COMMAND VAULT [options]

Administers an Abri vault (a folder).

Commands:
</source>
        <translation>Usage: abri-admin COMMAND VAULT [options]

Administers an Abri vault (a folder).

Commands:
</translation>
    </message>
    <message>
        <source>Default vault: %1

Passphrases are read from the terminal without echo, or with --passphrase-fd N from a file descriptor, one per line. They are never accepted on the command line or from the environment.
Every command that unlocks takes --user NAME.

</source>
        <translation>Default vault: %1

Passphrases are read from the terminal without echo, or with --passphrase-fd N from a file descriptor, one per line. They are never accepted on the command line or from the environment.
Every command that unlocks takes --user NAME.

</translation>
    </message>
    <message>
        <source>Run "abri-admin COMMAND --help" for a command's options.
</source>
        <translation>Run "abri-admin COMMAND --help" for a command's options.
</translation>
    </message>
    <message>
        <source>Usage: abri-admin %1 [options]</source>
        <translation>Usage: abri-admin %1 [options]</translation>
    </message>
    <message>
        <source>--passphrase-fd needs a file descriptor number, such as 0 for standard input.</source>
        <translation>--passphrase-fd needs a file descriptor number, such as 0 for standard input.</translation>
    </message>
    <message>
        <source>--kdf-cost must be moderate, interactive or minimum.</source>
        <translation>--kdf-cost must be moderate, interactive or minimum.</translation>
    </message>
    <message>
        <source>--state-dir needs a folder.</source>
        <translation>--state-dir needs a folder.</translation>
    </message>
    <message>
        <source>A command is missing. Run "abri-admin --help" for the list.</source>
        <translation>A command is missing. Run "abri-admin --help" for the list.</translation>
    </message>
    <message>
        <source>"users" needs one of: %1.</source>
        <translation>"users" needs one of: %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "abri-admin --help" for the list.</source>
        <translation>Unknown command "%1". Run "abri-admin --help" for the list.</translation>
    </message>
    <message>
        <source>The vault folder, e.g. %1</source>
        <translation>The vault folder, e.g. %1</translation>
    </message>
    <message>
        <source>Run "abri-admin %1 --help" for its options.</source>
        <translation>Run "abri-admin %1 --help" for its options.</translation>
    </message>
    <message>
        <source>Usage: abri-admin %1</source>
        <translation>Usage: abri-admin %1</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1: FAILED</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: not checked</translation>
    </message>
    <message>
        <source>(problems in total: %1)</source>
        <translation>(problems in total: %1)</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Key slots</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>Database integrity</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>the key slots cannot be read</source>
        <translation>the key slots cannot be read</translation>
    </message>
    <message>
        <source>the vault could not be unlocked; see "abri-admin recover"</source>
        <translation>the vault could not be unlocked; see "abri-admin recover"</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 in use</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>The backup file already exists. Nothing was changed. Choose another name, or add --force to replace it.</source>
        <translation>The backup file already exists. Nothing was changed. Choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>The folder for the backup file does not exist.</source>
        <translation>The folder for the backup file does not exist.</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>Backing up… %1%</translation>
    </message>
    <message>
        <source>The backup could not be saved under its name. Nothing was changed.</source>
        <translation>The backup could not be saved under its name. Nothing was changed.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>The vault was open in another window, so it was copied read-only and the backup is not in the audit log.</source>
        <translation>The vault was open in another window, so it was copied read-only and the backup is not in the audit log.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>The backup file does not exist.</translation>
    </message>
    <message>
        <source>Something already exists at this path. Nothing was changed. Restore to a new folder, or add --force to replace it.</source>
        <translation>Something already exists at this path. Nothing was changed. Restore to a new folder, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Vault restored. It opens with the passphrases and recovery key that were valid when the backup was made.</source>
        <translation>Vault restored. It opens with the passphrases and recovery key that were valid when the backup was made.</translation>
    </message>
    <message>
        <source>Unknown role "%1". Use coordinator, caseworker, legal or clinic.</source>
        <translation>Unknown role "%1". Use coordinator, caseworker, legal or clinic.</translation>
    </message>
    <message>
        <source>No user has this name. Nothing was changed. "abri-admin users list" shows the users.</source>
        <translation>No user has this name. Nothing was changed. "abri-admin users list" shows the users.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>LAST UNLOCK</source>
        <translation>LAST UNLOCK</translation>
    </message>
    <message>
        <source>A user with this name already exists. Nothing was changed.</source>
        <translation>A user with this name already exists. Nothing was changed.</translation>
    </message>
    <message>
        <source>Passphrase for the new user: </source>
        <translation>Passphrase for the new user: </translation>
    </message>
    <message>
        <source>Repeat the new user's passphrase: </source>
        <translation>Repeat the new user's passphrase: </translation>
    </message>
    <message>
        <source>User added with the role %1.</source>
        <translation>User added with the role %1.</translation>
    </message>
    <message>
        <source>User disabled: they can no longer unlock.</source>
        <translation>User disabled: they can no longer unlock.</translation>
    </message>
    <message>
        <source>User enabled: they can unlock again.</source>
        <translation>User enabled: they can unlock again.</translation>
    </message>
    <message>
        <source>New passphrase for this user: </source>
        <translation>New passphrase for this user: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>Passphrase reset. Give it to the user in person.</source>
        <translation>Passphrase reset. Give it to the user in person.</translation>
    </message>
    <message>
        <source>Role changed to %1.</source>
        <translation>Role changed to %1.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once):</source>
        <translation>Recovery key (shown only this once):</translation>
    </message>
    <message>
        <source>Write this recovery key down on paper now, check it, and keep it somewhere safe away from this computer.</source>
        <translation>Write this recovery key down on paper now, check it, and keep it somewhere safe away from this computer.</translation>
    </message>
    <message>
        <source>It opens the vault when every passphrase is lost; anyone who has it can open the vault.</source>
        <translation>It opens the vault when every passphrase is lost; anyone who has it can open the vault.</translation>
    </message>
    <message>
        <source>Something already exists at this path. Nothing was changed. Choose a new folder for the vault.</source>
        <translation>Something already exists at this path. Nothing was changed. Choose a new folder for the vault.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Vault created. Its first coordinator can unlock it with the passphrase just chosen.</source>
        <translation>Vault created. Its first coordinator can unlock it with the passphrase just chosen.</translation>
    </message>
    <message>
        <source>Vault id: %1</source>
        <translation>Vault id: %1</translation>
    </message>
    <message>
        <source>Key slot format: %1</source>
        <translation>Key slot format: %1</translation>
    </message>
    <message>
        <source>Key slots: %1</source>
        <translation>Key slots: %1</translation>
    </message>
    <message>
        <source>Key slots readable: %1</source>
        <translation>Key slots readable: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Seconds until the next unlock attempt: %1</source>
        <translation>Seconds until the next unlock attempt: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Users: %1</translation>
    </message>
    <message>
        <source>Auto-lock after idle minutes: %1</source>
        <translation>Auto-lock after idle minutes: %1</translation>
    </message>
    <message>
        <source>Auto-lock: off</source>
        <translation>Auto-lock: off</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Your role: %1</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Your passphrase was changed.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>The user's passphrase was reset; they can unlock with it now.</source>
        <translation>The user's passphrase was reset; they can unlock with it now.</translation>
    </message>
    <message>
        <source>This user is disabled: a coordinator must enable them before they can unlock.</source>
        <translation>This user is disabled: a coordinator must enable them before they can unlock.</translation>
    </message>
    <message>
        <source>A new coordinator was added; they can unlock with the new passphrase.</source>
        <translation>A new coordinator was added; they can unlock with the new passphrase.</translation>
    </message>
    <message>
        <source>Re-keying the vault…</source>
        <translation>Re-keying the vault…</translation>
    </message>
    <message>
        <source>The vault was re-keyed. Copies of the old key slots, disabled users and the old recovery key no longer open it.</source>
        <translation>The vault was re-keyed. Copies of the old key slots, disabled users and the old recovery key no longer open it.</translation>
    </message>
    <message>
        <source>This command needs --%1.</source>
        <translation>This command needs --%1.</translation>
    </message>
    <message>
        <source>This command needs --user NAME.</source>
        <translation>This command needs --user NAME.</translation>
    </message>
    <message>
        <source>There is no Abri vault at this path. Check the path.</source>
        <translation>There is no Abri vault at this path. Check the path.</translation>
    </message>
    <message>
        <source>Too many failed attempts on this computer. Wait %1 seconds, then try again.</source>
        <translation>Too many failed attempts on this computer. Wait %1 seconds, then try again.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>File descriptor %1 is not open for reading.</source>
        <translation>File descriptor %1 is not open for reading.</translation>
    </message>
    <message>
        <source>The passphrase could not be read.</source>
        <translation>The passphrase could not be read.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>This passphrase is refused: %1</source>
        <translation>This passphrase is refused: %1</translation>
    </message>
    <message>
        <source>No passphrase could be read from file descriptor %1: it ended too early.</source>
        <translation>No passphrase could be read from file descriptor %1: it ended too early.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase. In a script, use --passphrase-fd N.</source>
        <translation>There is no terminal to ask for the passphrase. In a script, use --passphrase-fd N.</translation>
    </message>
</context>
<context>
    <name>abri::Database</name>
    <message>
        <source>The vault's database file is missing.</source>
        <translation>The vault's database file is missing.</translation>
    </message>
    <message>
        <source>The vault's database could not be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>The vault's database could not be opened. Check that the folder exists and that you may read and write it.</translation>
    </message>
    <message>
        <source>The vault's encryption could not be set up.</source>
        <translation>The vault's encryption could not be set up.</translation>
    </message>
    <message>
        <source>The vault's database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</source>
        <translation>The vault's database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again in a moment.</source>
        <translation>The vault is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The vault's database is damaged. Run "abri-admin verify" and restore the latest backup if it fails.</source>
        <translation>The vault's database is damaged. Run "abri-admin verify" and restore the latest backup if it fails.</translation>
    </message>
    <message>
        <source>The integrity check could not finish: the database is damaged.</source>
        <translation>The integrity check could not finish: the database is damaged.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>The backup copy could not be written. Check the free space and that you may write to the destination.</source>
        <translation>The backup copy could not be written. Check the free space and that you may write to the destination.</translation>
    </message>
    <message>
        <source>The vault is busy in another window. Try again in a moment.</source>
        <translation>The vault is busy in another window. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>The disk is full. Free some space; nothing was saved.</translation>
    </message>
    <message>
        <source>The vault is read-only here. Nothing was saved.</source>
        <translation>The vault is read-only here. Nothing was saved.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Check the disk; nothing was saved.</source>
        <translation>The vault could not be read or written. Check the disk; nothing was saved.</translation>
    </message>
    <message>
        <source>The vault could not complete this operation. Nothing was saved.</source>
        <translation>The vault could not complete this operation. Nothing was saved.</translation>
    </message>
    <message>
        <source>This would duplicate or break an existing record. Nothing was saved.</source>
        <translation>This would duplicate or break an existing record. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>abri::FileUtil</name>
    <message>
        <source>A folder could not be synchronised to disk.</source>
        <translation>A folder could not be synchronised to disk.</translation>
    </message>
    <message>
        <source>A file could not be written. Check the free space and the folder's permissions; nothing was changed.</source>
        <translation>A file could not be written. Check the free space and the folder's permissions; nothing was changed.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>A file could not be read.</translation>
    </message>
    <message>
        <source>A file is larger than expected and was not read.</source>
        <translation>A file is larger than expected and was not read.</translation>
    </message>
</context>
<context>
    <name>abri::Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Legal volunteer</source>
        <translation>Legal volunteer</translation>
    </message>
    <message>
        <source>Clinic intake</source>
        <translation>Clinic intake</translation>
    </message>
</context>
<context>
    <name>abri::Security</name>
    <message>
        <source>The encryption library could not start. Abri cannot run safely on this computer.</source>
        <translation>The encryption library could not start. Abri cannot run safely on this computer.</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher, so the vault could not be encrypted. Install libsqlcipher and start Abri again.</source>
        <translation>The database library is not SQLCipher, so the vault could not be encrypted. Install libsqlcipher and start Abri again.</translation>
    </message>
</context>
</TS>