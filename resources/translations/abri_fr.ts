<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>L’entrée de journal %1 manque : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>L’entrée de journal %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The audit log could not be read: the database is damaged.</source>
        <translation>Le journal d’audit n’a pas pu être lu : la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The newest audit entries were removed: the log ends at entry %1 but had reached %2.</source>
        <translation>Les entrées les plus récentes du journal ont été supprimées : il s’arrête à l’entrée %1 alors qu’il avait atteint %2.</translation>
    </message>
    <message>
        <source>The audit log was rewritten: entry %1 no longer matches its anchor.</source>
        <translation>Le journal d’audit a été réécrit : l’entrée %1 ne correspond plus à son ancre.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation><numerusform>Le journal d’audit est intact : %n entrée vérifiée.</numerusform><numerusform>Le journal d’audit est intact : %n entrées vérifiées.</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup file could not be written. Check the free space and that you may write there; nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être écrite. Vérifiez l’espace libre et vos droits d’écriture ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not an Abri backup. Nothing was restored.</source>
        <translation>Ce fichier de sauvegarde est endommagé ou n’est pas une sauvegarde Abri. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup file could not be opened.</source>
        <translation>Le fichier de sauvegarde n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Abri. Install the newer version to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente d’Abri. Installez cette version pour la restaurer.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The vault's key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>Le fichier des emplacements de clés du coffre (abri.keys) est endommagé ou manquant. Ouvrez le coffre avec la clé de récupération pour le réparer, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</source>
        <translation>Ce coffre a été créé par une version plus récente d’Abri. Installez cette version pour l’ouvrir ; le coffre n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation><numerusform>Utilisez au moins %n caractère. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform><numerusform>Utilisez au moins %n caractères. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform></translation>
    </message>
    <message>
        <source>Too easy to guess: avoid repeated characters, keyboard sequences and common words. Add another unrelated word.</source>
        <translation>Trop facile à deviner : évitez les caractères répétés, les suites de touches et les mots courants. Ajoutez un autre mot sans rapport.</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation>Acceptable. Une phrase de passe plus longue serait plus solide.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Bonne phrase de passe.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Phrase de passe solide.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Abri (data version %1; this version reads up to %2). Install the newer version to open it; the vault was not changed.</source>
        <translation>Ce coffre a été créé par une version plus récente d’Abri (version de données %1 ; cette version lit jusqu’à %2). Installez la version plus récente pour l’ouvrir ; le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to data version %1. It was left as it was.</source>
        <translation>Le coffre n’a pas pu être mis à niveau vers la version de données %1. Il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation><numerusform>Trop de tentatives échouées. Attendez %n seconde avant de réessayer.</numerusform><numerusform>Trop de tentatives échouées. Attendez %n secondes avant de réessayer.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Enter the organisation's name (up to 200 characters).</source>
        <translation>Saisissez le nom de l’organisation (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Choisissez un dossier pour le coffre.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder for the vault; nothing was changed.</source>
        <translation>Ce dossier n’est pas vide. Choisissez un dossier nouveau ou vide pour le coffre ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault's folder could not be created. Check that you may write there.</source>
        <translation>Le dossier du coffre n’a pas pu être créé. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>This vault is open in another window. Close it there first; nothing was changed.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre. Fermez-le d’abord là-bas ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (not enough memory?).</source>
        <translation>La phrase de passe n’a pas pu être traitée (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>Le coffre n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The vault could not be created. Check the free space and try again.</source>
        <translation>Le coffre n’a pas pu être créé. Vérifiez l’espace libre et réessayez.</translation>
    </message>
    <message>
        <source>The user name or passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Le nom d’utilisateur ou la phrase de passe est incorrect. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault's key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>Le fichier des emplacements de clés du coffre (abri.keys) est manquant. Ouvrez le coffre avec la clé de récupération pour le réparer, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no vault in this folder. Choose another folder.</source>
        <translation>Il n’y a pas de coffre dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake: check each group of four characters.</source>
        <translation>Cette clé de récupération contient une faute de frappe : vérifiez chaque groupe de quatre caractères.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. A re-key makes older recovery keys useless; use the newest one.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre. Un changement de clé rend les anciennes clés de récupération inutilisables ; utilisez la plus récente.</translation>
    </message>
    <message>
        <source>The vault's identity could not be read: the database is damaged. Restore a backup.</source>
        <translation>L’identité du coffre n’a pas pu être lue : la base de données est endommagée. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault must be upgraded before it can be read here. Open it once in Abri (not read-only).</source>
        <translation>Ce coffre doit être mis à niveau avant de pouvoir être lu ici. Ouvrez-le une fois dans Abri (pas en lecture seule).</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a coordinator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à une coordinatrice ou un coordinateur de le réactiver.</translation>
    </message>
    <message>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Le verrouillage automatique doit être compris entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The audit log's anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</source>
        <translation>Le fichier d’ancrage du journal d’audit (abri.anchor) est manquant ou endommagé : on ne peut pas exclure la suppression des entrées les plus récentes.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name; nothing was overwritten.</source>
        <translation>Un fichier de ce nom existe déjà. Choisissez un autre nom ; rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>A vault or other files already exist there. Nothing was restored; choose another folder or confirm the replacement.</source>
        <translation>Un coffre ou d’autres fichiers existent déjà à cet endroit. Rien n’a été restauré ; choisissez un autre dossier ou confirmez le remplacement.</translation>
    </message>
    <message>
        <source>The existing vault could not be moved aside; nothing was changed.</source>
        <translation>Le coffre existant n’a pas pu être mis de côté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place; nothing was changed.</source>
        <translation>Le coffre restauré n’a pas pu être mis en place ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Only a coordinator may do this.</source>
        <translation>Seule une personne coordinatrice peut faire cela.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 64 characters on one line.</source>
        <translation>Un nom d’utilisateur doit compter de 1 à 64 caractères, sur une seule ligne.</translation>
    </message>
    <message>
        <source>The vault is open read-only here, so nothing can be changed. Close it in the other window first.</source>
        <translation>Le coffre est ouvert en lecture seule ici : rien ne peut être modifié. Fermez-le d’abord dans l’autre fenêtre.</translation>
    </message>
    <message>
        <source>This user does not exist in the vault.</source>
        <translation>Cet utilisateur n’existe pas dans le coffre.</translation>
    </message>
    <message>
        <source>A user with this name already exists. Choose another name.</source>
        <translation>Un utilisateur porte déjà ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This is the last active coordinator. Make another user a coordinator first.</source>
        <translation>C’est la dernière personne coordinatrice active. Nommez d’abord quelqu’un d’autre coordinatrice ou coordinateur.</translation>
    </message>
    <message>
        <source>This account has no passphrase since the last re-key. Reset its passphrase, then enable it.</source>
        <translation>Ce compte n’a plus de phrase de passe depuis le dernier changement de clé. Réinitialisez sa phrase de passe, puis réactivez-le.</translation>
    </message>
    <message>
        <source>A recovery session has no passphrase of its own. Reset a user's passphrase instead.</source>
        <translation>Une session de récupération n’a pas de phrase de passe propre. Réinitialisez plutôt celle d’un utilisateur.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase de passe actuelle est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your key slot could not be found. Ask a coordinator to reset your passphrase.</source>
        <translation>Votre emplacement de clé est introuvable. Demandez à une personne coordinatrice de réinitialiser votre phrase de passe.</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed; it still opens as before.</source>
        <translation>La clé du coffre n’a pas pu être changée ; il s’ouvre toujours comme avant.</translation>
    </message>
    <message>
        <source>The new key slots could not be put in place. Do not close Abri; try the re-key again.</source>
        <translation>Les nouveaux emplacements de clés n’ont pas pu être mis en place. Ne fermez pas Abri ; relancez le changement de clé.</translation>
    </message>
    <message>
        <source>Active user %1 has no key slot: reset their passphrase.</source>
        <translation>L’utilisateur actif %1 n’a pas d’emplacement de clé : réinitialisez sa phrase de passe.</translation>
    </message>
    <message>
        <source>A key slot is malformed.</source>
        <translation>Un emplacement de clé est mal formé.</translation>
    </message>
</context>
<context>
    <name>abri::Database</name>
    <message>
        <source>The vault's database file is missing.</source>
        <translation>Le fichier de base de données du coffre est manquant.</translation>
    </message>
    <message>
        <source>The vault's database could not be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>La base de données du coffre n’a pas pu être ouverte. Vérifiez que le dossier existe et que vous pouvez le lire et y écrire.</translation>
    </message>
    <message>
        <source>The vault's encryption could not be set up.</source>
        <translation>Le chiffrement du coffre n’a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>The vault's database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</source>
        <translation>La base de données du coffre ne s’ouvre pas avec cette clé. Elle est peut-être endommagée ou liée à une autre clé ; essayez la clé de récupération ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again in a moment.</source>
        <translation>Le coffre est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The vault's database is damaged. Run "abri-admin verify" and restore the latest backup if it fails.</source>
        <translation>La base de données du coffre est endommagée. Lancez « abri-admin verify » et restaurez la dernière sauvegarde en cas d’échec.</translation>
    </message>
    <message>
        <source>The integrity check could not finish: the database is damaged.</source>
        <translation>Le contrôle d’intégrité n’a pas pu aboutir : la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>The backup copy could not be written. Check the free space and that you may write to the destination.</source>
        <translation>La copie de sauvegarde n’a pas pu être écrite. Vérifiez l’espace libre et vos droits d’écriture sur la destination.</translation>
    </message>
    <message>
        <source>The vault is busy in another window. Try again in a moment.</source>
        <translation>Le coffre est occupé dans une autre fenêtre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Le disque est plein. Libérez de l’espace ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The vault is read-only here. Nothing was saved.</source>
        <translation>Le coffre est en lecture seule ici. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Check the disk; nothing was saved.</source>
        <translation>Le coffre n’a pas pu être lu ou écrit. Vérifiez le disque ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The vault could not complete this operation. Nothing was saved.</source>
        <translation>Le coffre n’a pas pu terminer cette opération. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This would duplicate or break an existing record. Nothing was saved.</source>
        <translation>Cela dupliquerait ou casserait un enregistrement existant. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>abri::FileUtil</name>
    <message>
        <source>A folder could not be synchronised to disk.</source>
        <translation>Un dossier n’a pas pu être synchronisé sur le disque.</translation>
    </message>
    <message>
        <source>A file could not be written. Check the free space and the folder's permissions; nothing was changed.</source>
        <translation>Un fichier n’a pas pu être écrit. Vérifiez l’espace libre et les droits du dossier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>Un fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>A file is larger than expected and was not read.</source>
        <translation>Un fichier est plus gros que prévu et n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>abri::Role</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Legal volunteer</source>
        <translation>Bénévole juridique</translation>
    </message>
    <message>
        <source>Clinic intake</source>
        <translation>Accueil clinique</translation>
    </message>
</context>
<context>
    <name>abri::Security</name>
    <message>
        <source>The encryption library could not start. Abri cannot run safely on this computer.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer. Abri ne peut pas fonctionner en sécurité sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher, so the vault could not be encrypted. Install libsqlcipher and start Abri again.</source>
        <translation>La bibliothèque de base de données n’est pas SQLCipher : le coffre ne pourrait pas être chiffré. Installez libsqlcipher et relancez Abri.</translation>
    </message>
</context>
</TS>