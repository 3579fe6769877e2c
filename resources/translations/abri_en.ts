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