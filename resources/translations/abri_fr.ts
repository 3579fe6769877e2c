<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditActions</name>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Déverrouillage échoué</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <source>Passphrase reset</source>
        <translation>Phrase de passe réinitialisée</translation>
    </message>
    <message>
        <source>Own passphrase changed</source>
        <translation>Phrase de passe personnelle changée</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Clé du coffre changée</translation>
    </message>
    <message>
        <source>Opened with recovery key</source>
        <translation>Ouvert avec la clé de récupération</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>Journal d’audit vérifié</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Restricted details viewed</source>
        <translation>Informations restreintes consultées</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Note corrigée</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Suivi ajouté</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Attachment viewed</source>
        <translation>Pièce jointe consultée</translation>
    </message>
    <message>
        <source>Attachment copy saved (not encrypted)</source>
        <translation>Copie de pièce jointe enregistrée (non chiffrée)</translation>
    </message>
    <message>
        <source>Access changed</source>
        <translation>Accès modifiés</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>Glace brisée</translation>
    </message>
    <message>
        <source>Glass break reviewed</source>
        <translation>Bris de glace examiné</translation>
    </message>
    <message>
        <source>Hidden-name mode changed</source>
        <translation>Mode noms masqués modifié</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Données de démonstration ajoutées</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partenaire ajouté</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partenaire modifié</translation>
    </message>
    <message>
        <source>Partner key changed</source>
        <translation>Clé du partenaire modifiée</translation>
    </message>
    <message>
        <source>Agreement added</source>
        <translation>Accord ajouté</translation>
    </message>
    <message>
        <source>Agreement changed</source>
        <translation>Accord modifié</translation>
    </message>
    <message>
        <source>Agreement document attached</source>
        <translation>Document d’accord joint</translation>
    </message>
    <message>
        <source>Agreement document viewed</source>
        <translation>Document d’accord consulté</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Informations communiquées</translation>
    </message>
    <message>
        <source>Information shared by override</source>
        <translation>Informations communiquées par dérogation</translation>
    </message>
    <message>
        <source>Override reviewed</source>
        <translation>Dérogation examinée</translation>
    </message>
    <message>
        <source>Authority request recorded</source>
        <translation>Demande des autorités enregistrée</translation>
    </message>
    <message>
        <source>Authority request changed</source>
        <translation>Demande des autorités modifiée</translation>
    </message>
</context>
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
        <translation>
            <numerusform>Le journal d’audit est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact : %n entrées vérifiées.</numerusform>
        </translation>
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
    <name>CaseFiles</name>
    <message>
        <source>Type why you need to open this part of the file (at least %1 characters). A coordinator will review it. Nothing was opened.</source>
        <translation>Tapez pourquoi vous devez ouvrir cette partie du dossier (au moins %1 caractères). Une personne coordinatrice l’examinera. Rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 2000 characters). Nothing was opened.</source>
        <translation>Le motif est trop long (2000 caractères au plus). Rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>This break-the-glass entry does not exist or was already reviewed.</source>
        <translation>Ce bris de glace n’existe pas ou a déjà été examiné.</translation>
    </message>
    <message>
        <source>This attachment does not exist. Reload the list.</source>
        <translation>Cette pièce jointe n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>This attachment belongs to a category this version of Abri does not know, so it cannot be opened.</source>
        <translation>Cette pièce jointe appartient à une catégorie que cette version d’Abri ne connaît pas ; elle ne peut donc pas être ouverte.</translation>
    </message>
    <message>
        <source>Your role may not open %1 attachments. Break the glass for this person if you must, with a reason.</source>
        <translation>Votre rôle ne permet pas d’ouvrir les pièces jointes de la catégorie « %1 ». Si vous le devez, brisez la glace pour cette personne, en donnant un motif.</translation>
    </message>
    <message>
        <source>The content of this attachment is missing from the vault. Restore a backup to get it back.</source>
        <translation>Le contenu de cette pièce jointe manque dans le coffre. Restaurez une sauvegarde pour le récupérer.</translation>
    </message>
    <message>
        <source>The content of this attachment is damaged. Restore a backup to get it back.</source>
        <translation>Le contenu de cette pièce jointe est endommagé. Restaurez une sauvegarde pour le récupérer.</translation>
    </message>
    <message>
        <source>The file is empty. Choose another file; nothing was saved.</source>
        <translation>Le fichier est vide. Choisissez un autre fichier ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a vault keeps per attachment. Make it smaller (scan at a lower resolution, or split the PDF); nothing was saved.</source>
        <translation>Le fichier dépasse %1 Mo, la taille maximale qu’un coffre conserve par pièce jointe. Réduisez-le (numérisez à une résolution plus basse, ou divisez le PDF) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This file is not a PNG image, a JPEG photo or a PDF document (whatever its name says). Save it as one of those; nothing was saved.</source>
        <translation>Ce fichier n’est ni une image PNG, ni une photo JPEG, ni un document PDF (quel que soit son nom). Enregistrez-le dans l’un de ces formats ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters. Nothing was saved.</source>
        <translation>La description dépasse %1 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Your role may not add %1 attachments. Add it without a category if it holds nothing of that kind, or ask someone who may. Nothing was saved.</source>
        <translation>Votre rôle ne permet pas d’ajouter des pièces jointes de la catégorie « %1 ». Ajoutez-la sans catégorie si elle ne contient rien de ce type, ou demandez à quelqu’un qui en a le droit. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This file was merged into another one. Open that file and add it there; nothing was saved.</source>
        <translation>Ce dossier a été fusionné dans un autre. Ouvrez cet autre dossier et faites-y l’ajout ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose where to save the copy. Nothing was written.</source>
        <translation>Choisissez où enregistrer la copie. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No free short code was found. Try again.</source>
        <translation>Aucun code court libre n’a été trouvé. Réessayez.</translation>
    </message>
    <message>
        <source>Enter an alias: the name the person chooses to be called. Nothing was saved.</source>
        <translation>Saisissez un alias : le nom que la personne a choisi pour qu’on l’appelle. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The alias or pronouns are too long (at most %1 characters). Nothing was saved.</source>
        <translation>L’alias ou les pronoms sont trop longs (%1 caractères au plus). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Say why the file is closed. Nothing was saved.</source>
        <translation>Indiquez pourquoi le dossier est clos. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date of birth must be a year (1990) or a full date (1990-05-21). Nothing was saved.</source>
        <translation>La date de naissance doit être une année (1990) ou une date complète (1990-05-21). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check it; nothing was saved.</source>
        <translation>La date de naissance est dans le futur. Vérifiez-la ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The year of birth is before 1900. Check it; nothing was saved.</source>
        <translation>L’année de naissance est antérieure à 1900. Vérifiez-la ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A contact method has no number or address. Fill it in or remove it. Nothing was saved.</source>
        <translation>Un moyen de contact n’a ni numéro ni adresse. Complétez-le ou supprimez-le. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A phone number needs at least 3 digits. Nothing was saved.</source>
        <translation>Un numéro de téléphone doit compter au moins 3 chiffres. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A tag is empty or longer than 60 characters. Nothing was saved.</source>
        <translation>Une étiquette est vide ou dépasse 60 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. Shorten it or add a note instead. Nothing was saved.</source>
        <translation>Un champ dépasse %1 caractères. Raccourcissez-le ou ajoutez plutôt une note. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The note is empty. Write what happened; nothing was saved.</source>
        <translation>La note est vide. Écrivez ce qui s’est passé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters. Split it into several notes; nothing was saved.</source>
        <translation>La note dépasse %1 caractères. Divisez-la en plusieurs notes ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given. Nothing was saved.</source>
        <translation>Saisissez la date à laquelle le consentement a été donné. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The consent date is in the future. Record a consent once it is given; nothing was saved.</source>
        <translation>La date du consentement est dans le futur. Enregistrez un consentement une fois qu’il a été donné ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The consent expires before it was given. Check the dates; nothing was saved.</source>
        <translation>Le consentement expire avant la date à laquelle il a été donné. Vérifiez les dates ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Name who may receive the information (a partner or a sector). Nothing was saved.</source>
        <translation>Indiquez qui peut recevoir les informations (un partenaire ou un secteur). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Say what the consent is for (its purpose). Nothing was saved.</source>
        <translation>Indiquez à quoi sert le consentement (son objet). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The recipient or purpose is too long. Nothing was saved.</source>
        <translation>Le destinataire ou l’objet est trop long. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This person file does not exist (it may have been merged into another). Search for the person again.</source>
        <translation>Ce dossier n’existe pas (il a peut-être été fusionné dans un autre). Recherchez à nouveau la personne.</translation>
    </message>
    <message>
        <source>Enter the date the consent was withdrawn. Nothing was saved.</source>
        <translation>Saisissez la date à laquelle le consentement a été retiré. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The withdrawal date is in the future. Record it once the person withdraws; nothing was saved.</source>
        <translation>La date de retrait est dans le futur. Enregistrez-la une fois que la personne a retiré son consentement ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This consent does not exist. Reload the list.</source>
        <translation>Ce consentement n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1. Nothing was saved.</source>
        <translation>Ce consentement a déjà été retiré le %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The withdrawal date is before the consent was given. Check the date; nothing was saved.</source>
        <translation>La date de retrait est antérieure à la date du consentement. Vérifiez la date ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose a number of days between 0 and 3660.</source>
        <translation>Choisissez un nombre de jours entre 0 et 3660.</translation>
    </message>
    <message>
        <source>Say what has to be done. Nothing was saved.</source>
        <translation>Indiquez ce qu’il faut faire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The follow-up is longer than %1 characters. Keep it short and put the details in a note; nothing was saved.</source>
        <translation>Le suivi dépasse %1 caractères. Restez bref et mettez les détails dans une note ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date the follow-up is due. Nothing was saved.</source>
        <translation>Saisissez la date d’échéance du suivi. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The due date is more than %1 years away. Check the year; nothing was saved.</source>
        <translation>L’échéance est dans plus de %1 ans. Vérifiez l’année ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose who will do the follow-up among the active users. Nothing was saved.</source>
        <translation>Choisissez parmi les utilisateurs actifs qui fera le suivi. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This follow-up does not exist. Reload the list.</source>
        <translation>Ce suivi n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Ce suivi est déjà effectué.</translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation>Choisissez un jour valide.</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters). Use a few distinctive words.</source>
        <translation>La recherche est trop longue (%1 caractères au plus). Utilisez quelques mots distinctifs.</translation>
    </message>
    <message>
        <source>Type at least one word to search the notes (letters or digits).</source>
        <translation>Tapez au moins un mot pour chercher dans les notes (lettres ou chiffres).</translation>
    </message>
    <message>
        <source>The search has too many words (at most %1). Use a few distinctive words.</source>
        <translation>La recherche contient trop de mots (%1 au plus). Utilisez quelques mots distinctifs.</translation>
    </message>
    <message>
        <source>Your role may not write %1 notes. Ask a coordinator, or write a general note without the details. Nothing was saved.</source>
        <translation>Votre rôle ne permet pas d’écrire des notes de la catégorie « %1 ». Demandez à une personne coordinatrice, ou écrivez une note générale sans les détails. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This note does not exist. Reload the timeline.</source>
        <translation>Cette note n’existe pas. Rechargez la chronologie.</translation>
    </message>
    <message>
        <source>This note belongs to a category this version of Abri does not know. Nothing was saved.</source>
        <translation>Cette note appartient à une catégorie que cette version d’Abri ne connaît pas. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Your role may not correct %1 notes. Ask someone who may. Nothing was saved.</source>
        <translation>Votre rôle ne permet pas de corriger les notes de la catégorie « %1 ». Demandez à quelqu’un qui en a le droit. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This version was already corrected. Correct the current version of the note instead; nothing was saved.</source>
        <translation>Cette version a déjà été corrigée. Corrigez plutôt la version actuelle de la note ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The correction is the same as the note. Change the text; nothing was saved.</source>
        <translation>La correction est identique à la note. Modifiez le texte ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This note belongs to a category this version of Abri does not know, so it cannot be shown.</source>
        <translation>Cette note appartient à une catégorie que cette version d’Abri ne connaît pas ; elle ne peut donc pas être affichée.</translation>
    </message>
    <message>
        <source>Your role may not read %1 notes. Break the glass for this person if you must, with a reason.</source>
        <translation>Votre rôle ne permet pas de lire les notes de la catégorie « %1 ». Si vous le devez, brisez la glace pour cette personne, en donnant un motif.</translation>
    </message>
    <message>
        <source>Your role may not change the %1 part of a file. Ask a coordinator if you need to. Nothing was saved.</source>
        <translation>Votre rôle ne permet pas de modifier la partie « %1 » d’un dossier. Demandez à une personne coordinatrice si nécessaire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The assigned worker is not an active user. Choose another worker or none. Nothing was saved.</source>
        <translation>L’intervenant·e désigné·e n’est pas un utilisateur actif. Choisissez quelqu’un d’autre, ou personne. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This file was merged into another one and can no longer be changed. Open the file it was merged into. Nothing was saved.</source>
        <translation>Ce dossier a été fusionné dans un autre et ne peut plus être modifié. Ouvrez le dossier dans lequel il a été fusionné. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No person file has this short code. Check the code (for example KX4-7PM) and try again.</source>
        <translation>Aucun dossier n’a ce code court. Vérifiez le code (par exemple KX4-7PM) et réessayez.</translation>
    </message>
    <message>
        <source>A file cannot be merged into itself. Choose two different files. Nothing was changed.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même. Choisissez deux dossiers différents. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionné dans %1</translation>
    </message>
    <message>
        <source>The partner chosen for this consent does not exist. Choose it again from the list. Nothing was saved.</source>
        <translation>Le partenaire choisi pour ce consentement n’existe pas. Choisissez-le à nouveau dans la liste. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data was not added: it was cancelled. The vault was left as it was.</source>
        <translation>Les données de démonstration n’ont pas été ajoutées : l’opération a été annulée. Le coffre est resté tel quel.</translation>
    </message>
    <message>
        <source>The number of demo people must be between 1 and %1.</source>
        <translation>Le nombre de personnes de démonstration doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The number of demo notes must be between 0 and %1.</source>
        <translation>Le nombre de notes de démonstration doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>This vault already has people. Demo data is only added to a new, empty vault; nothing was changed.</source>
        <translation>Ce coffre contient déjà des personnes. Les données de démonstration ne s’ajoutent qu’à un coffre neuf et vide ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Prepared for:</source>
        <translation>Préparé pour :</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>What we keep</source>
        <translation>Ce que nous conservons</translation>
    </message>
    <message>
        <source>Nothing beyond what is on this page.</source>
        <translation>Rien de plus que ce qui figure sur cette page.</translation>
    </message>
    <message>
        <source>We keep information about you in these areas:</source>
        <translation>Nous conservons des informations vous concernant dans ces domaines :</translation>
    </message>
    <message>
        <source>This copy shows:</source>
        <translation>Cette copie indique :</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Ce qui peut être partagé</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>Aucun pour le moment.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>Comment retirer votre accord</translation>
    </message>
    <message>
        <source>You can withdraw any permission at any time by telling any staff member. Your choice is recorded the same day.</source>
        <translation>Vous pouvez retirer n’importe quelle autorisation à tout moment en le disant à n’importe quel membre de l’équipe. Votre choix est enregistré le jour même.</translation>
    </message>
    <message>
        <source>You can withdraw any consent at any time by telling any staff member. Your choice is recorded the same day.</source>
        <translation>Vous pouvez retirer n’importe quel consentement à tout moment en le disant à n’importe quel membre de l’équipe. Votre choix est enregistré le jour même.</translation>
    </message>
    <message>
        <source>Nothing has been shared.</source>
        <translation>Rien n’a été partagé.</translation>
    </message>
    <message>
        <source>Each time information about you was shared, it is listed below.</source>
        <translation>Chaque partage d’informations vous concernant figure ci-dessous.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>Sur quelle base</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>The information below is shared for this purpose only.</source>
        <translation>Les informations ci-dessous sont partagées uniquement dans ce but.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Code de référence</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Safety warnings</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir en cas d’urgence</translation>
    </message>
    <message>
        <source>Usual location</source>
        <translation>Lieu habituel</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Résumé santé</translation>
    </message>
    <message>
        <source>Legal summary</source>
        <translation>Résumé juridique</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>Adresse privée</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Adresse de l’hébergement</translation>
    </message>
    <message>
        <source>Safety details</source>
        <translation>Détails de sécurité</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Ce qui a été partagé</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Questions juridiques</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Share with an organisation</source>
        <translation>Partage avec un organisme</translation>
    </message>
    <message>
        <source>Share with a type of service</source>
        <translation>Partage avec un type de service</translation>
    </message>
    <message>
        <source>Contact the police</source>
        <translation>Contact avec la police</translation>
    </message>
    <message>
        <source>Use in anonymous statistics</source>
        <translation>Utilisation dans des statistiques anonymes</translation>
    </message>
    <message>
        <source>Keep photos</source>
        <translation>Conservation de photos</translation>
    </message>
    <message>
        <source>You agreed to it.</source>
        <translation>Vous l’avez accepté.</translation>
    </message>
    <message>
        <source>A copy for you.</source>
        <translation>Une copie pour vous.</translation>
    </message>
    <message>
        <source>Without your agreement, for a reason that was recorded.</source>
        <translation>Sans votre accord, pour une raison qui a été enregistrée.</translation>
    </message>
    <message>
        <source>Your information</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Reçu de consentement</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Informations partagées</translation>
    </message>
    <message>
        <source>Disclosure history</source>
        <translation>Historique des communications</translation>
    </message>
    <message>
        <source>Information sheet</source>
        <translation>Fiche d’information</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Record no. %1</source>
        <translation>Enregistrement n° %1</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Services de santé</translation>
    </message>
    <message>
        <source>Legal services</source>
        <translation>Services juridiques</translation>
    </message>
    <message>
        <source>Civil rights organisations</source>
        <translation>Associations de défense des droits</translation>
    </message>
    <message>
        <source>Housing services</source>
        <translation>Services d’hébergement</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Services publics</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>Liaison avec la police</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was saved.</source>
        <translation>Le document n’a pas pu être créé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>There is no document to save. Nothing was saved.</source>
        <translation>Il n’y a aucun document à enregistrer. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose a file to save the document in. Nothing was saved.</source>
        <translation>Choisissez un fichier où enregistrer le document. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A folder has that name: choose a file name for the document. Nothing was saved.</source>
        <translation>Un dossier porte ce nom : choisissez un nom de fichier pour le document. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The folder chosen for the document does not exist. Nothing was saved.</source>
        <translation>Le dossier choisi pour le document n’existe pas. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The document could not be saved in that folder. Check that you may write there and that the disk is not full. Nothing was saved.</source>
        <translation>Le document n’a pas pu être enregistré dans ce dossier. Vérifiez que vous pouvez y écrire et que le disque n’est pas plein. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The vault&apos;s key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>Le fichier des emplacements de clés du coffre (abri.keys) est endommagé ou manquant. Ouvrez le coffre avec la clé de récupération pour le réparer, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</source>
        <translation>Ce coffre a été créé par une version plus récente d’Abri. Installez cette version pour l’ouvrir ; le coffre n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>A key is 64 hexadecimal digits, or 43 or 44 characters of base64, optionally between the lines &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Une clé fait 64 chiffres hexadécimaux, ou 43 ou 44 caractères en base64, éventuellement entre les lignes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The key has only part of its frame, or text before or after it. Copy everything from &quot;%1&quot; to &quot;%2&quot;, both lines included.</source>
        <translation>La clé n’a qu’une partie de son cadre, ou du texte avant ou après. Copiez tout, de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;», ces deux lignes comprises.</translation>
    </message>
    <message>
        <source>The key holds more than one frame. Copy a single key, from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>La clé contient plus d’un cadre. Copiez une seule clé, de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The key could not be read as hexadecimal digits. </source>
        <translation>La clé n’a pas pu être lue comme des chiffres hexadécimaux. </translation>
    </message>
    <message>
        <source>The key mixes the two kinds of base64 (&quot;+&quot; or &quot;/&quot; with &quot;-&quot; or &quot;_&quot;), so part of it was changed on the way. Ask the partner to send it again. </source>
        <translation>La clé mélange les deux sortes de base64 («&#xa0;+&#xa0;» ou «&#xa0;/&#xa0;» avec «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;») : une partie a donc été modifiée en chemin. Demandez au partenaire de la renvoyer. </translation>
    </message>
    <message>
        <source>The key has &quot;=&quot; signs where they cannot be: only one or two, at the very end, are allowed. </source>
        <translation>La clé contient des signes «&#xa0;=&#xa0;» là où ils ne peuvent pas être : seuls un ou deux sont permis, tout à la fin. </translation>
    </message>
    <message>
        <source>The key could not be read as base64: characters are missing or were added, or the &quot;=&quot; at the end does not match. </source>
        <translation>La clé n’a pas pu être lue comme du base64 : des caractères manquent ou ont été ajoutés, ou le «&#xa0;=&#xa0;» final ne correspond pas. </translation>
    </message>
    <message>
        <source>The key is %1 bytes long; a partner key is exactly %2 bytes. </source>
        <translation>La clé fait %1 octets ; une clé de partenaire fait exactement %2 octets. </translation>
    </message>
    <message>
        <source>The text is too long to be a key (more than %1 characters). Paste only the key. </source>
        <translation>Le texte est trop long pour être une clé (plus de %1 caractères). Collez seulement la clé. </translation>
    </message>
    <message>
        <source>The key contains a character that cannot be in a key (at position %1). Copy it again without other text. </source>
        <translation>La clé contient un caractère qui ne peut pas figurer dans une clé (à la position %1). Copiez-la à nouveau sans autre texte. </translation>
    </message>
    <message>
        <source>The key is empty. </source>
        <translation>La clé est vide. </translation>
    </message>
    <message>
        <source>The key is as long as a hexadecimal key, but the character at position %1 is not a hexadecimal digit (0-9, a-f). </source>
        <translation>La clé a la longueur d’une clé hexadécimale, mais le caractère à la position %1 n’est pas un chiffre hexadécimal (0-9, a-f). </translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a partner key has exactly %2. </source>
        <translation>La clé a %1 chiffres hexadécimaux ; une clé de partenaire en a exactement %2. </translation>
    </message>
    <message>
        <source>The key is all zeros, which is not a real key. Ask the partner for their actual public key.</source>
        <translation>La clé ne contient que des zéros : ce n’est pas une vraie clé. Demandez au partenaire sa véritable clé publique.</translation>
    </message>
    <message>
        <source>The file is empty. Choose the scanned or signed agreement. Nothing was saved.</source>
        <translation>Le fichier est vide. Choisissez l’accord numérisé ou signé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a vault keeps per document. Scan it at a lower resolution. Nothing was saved.</source>
        <translation>Le fichier dépasse %1 Mo, le maximum qu’un coffre conserve par document. Numérisez-le à une résolution plus basse. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This file is not a PDF document, a PNG image or a JPEG photo (whatever its name says). Save the agreement as one of those. Nothing was saved.</source>
        <translation>Ce fichier n’est pas un document PDF, une image PNG ou une photo JPEG (quel que soit son nom). Enregistrez l’accord dans l’un de ces formats. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The document needs a file name. Nothing was saved.</source>
        <translation>Le document doit avoir un nom de fichier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters. Shorten it. Nothing was saved.</source>
        <translation>Le nom de fichier dépasse %1 caractères. Raccourcissez-le. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file name contains a folder separator or an invisible character. Give only the name of the file. Nothing was saved.</source>
        <translation>Le nom de fichier contient un séparateur de dossier ou un caractère invisible. Indiquez seulement le nom du fichier. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Another partner already has this name (capitals and accents are not told apart). Choose another name, or open that partner instead. Nothing was saved.</source>
        <translation>Un autre partenaire porte déjà ce nom (sans distinction de majuscules ni d’accents). Choisissez un autre nom, ou ouvrez plutôt ce partenaire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This partner does not exist. Reload the list.</source>
        <translation>Ce partenaire n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name. Nothing was saved.</source>
        <translation>Saisissez le nom du partenaire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The partner&apos;s name is longer than %1 characters. Nothing was saved.</source>
        <translation>Le nom du partenaire dépasse %1 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The services, address and opening hours may each hold at most %1 characters. Nothing was saved.</source>
        <translation>Les services, l’adresse et les horaires peuvent contenir chacun %1 caractères au plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Nothing was saved.</source>
        <translation>Les notes dépassent %1 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter at most %1 languages. Nothing was saved.</source>
        <translation>Saisissez %1 langues au plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter each language on its own, in at most %1 characters. Nothing was saved.</source>
        <translation>Saisissez chaque langue séparément, en %1 caractères au plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter at most %1 contact people. Nothing was saved.</source>
        <translation>Saisissez %1 personnes à contacter au plus. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter a name for contact %1, or remove that row. Nothing was saved.</source>
        <translation>Saisissez un nom pour le contact %1, ou supprimez cette ligne. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A detail of contact %1 is longer than %2 characters. Nothing was saved.</source>
        <translation>Une information du contact %1 dépasse %2 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This agreement does not exist. Reload the list.</source>
        <translation>Cet accord n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed. Nothing was saved.</source>
        <translation>Saisissez la date de signature de l’accord. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The signing date is in the future. Record the agreement once it is signed. Nothing was saved.</source>
        <translation>La date de signature est dans le futur. Enregistrez l’accord une fois qu’il est signé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter who agreed on the partner&apos;s side. Nothing was saved.</source>
        <translation>Indiquez qui a donné son accord du côté du partenaire. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Who agreed is longer than %1 characters. Nothing was saved.</source>
        <translation>Le nom de la personne qui a donné son accord dépasse %1 caractères. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date it was agreed. Nothing was saved.</source>
        <translation>Saisissez la date à laquelle l’accord a été conclu. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date it was agreed is in the future. Record the agreement once it is made. Nothing was saved.</source>
        <translation>La date de l’accord est dans le futur. Enregistrez l’accord une fois qu’il est conclu. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The renewal date must come after the date the agreement started. Check the dates. Nothing was saved.</source>
        <translation>La date de renouvellement doit être postérieure à la date de début de l’accord. Vérifiez les dates. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date the code of conduct was signed. Nothing was saved.</source>
        <translation>Saisissez la date de signature du code de conduite. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date the code of conduct was signed is in the future. Nothing was saved.</source>
        <translation>La date de signature du code de conduite est dans le futur. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;Renewal due soon&quot; follows from the renewal date and cannot be set by hand. Choose active, suspended or lapsed. Nothing was saved.</source>
        <translation>«&#xa0;À renouveler bientôt&#xa0;» découle de la date de renouvellement et ne peut pas être choisi à la main. Choisissez actif, suspendu ou expiré. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This agreement has no document. A coordinator can add the signed agreement.</source>
        <translation>Cet accord n’a pas de document. Une personne coordinatrice peut ajouter l’accord signé.</translation>
    </message>
    <message>
        <source>The document of this agreement is missing from the vault. Restore a backup, or add the document again.</source>
        <translation>Le document de cet accord manque dans le coffre. Restaurez une sauvegarde, ou ajoutez à nouveau le document.</translation>
    </message>
    <message>
        <source>The document of this agreement is damaged: it is not the file that was added. Restore a backup, or add the document again.</source>
        <translation>Le document de cet accord est endommagé : ce n’est pas le fichier qui a été ajouté. Restaurez une sauvegarde, ou ajoutez à nouveau le document.</translation>
    </message>
    <message>
        <source>Choose a number of days between 0 and %1.</source>
        <translation>Choisissez un nombre de jours entre 0 et %1.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform>
        </translation>
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
    <name>RecoveryKeyPrinter</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>This key opens the vault when every passphrase is lost. Whoever holds it and a copy of the vault can read everything in it.</source>
        <translation>Cette clé ouvre le coffre quand toutes les phrases de passe sont perdues. Quiconque la détient avec une copie du coffre peut tout y lire.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the computer.</source>
        <translation>Gardez cette feuille en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Do not photograph it, scan it or type it into another program.</source>
        <translation>Ne la photographiez pas, ne la numérisez pas et ne la tapez dans aucun autre programme.</translation>
    </message>
    <message>
        <source>If the vault is re-keyed, this key stops working: destroy this sheet then.</source>
        <translation>Si la clé du coffre est changée, celle-ci ne fonctionne plus : détruisez alors cette feuille.</translation>
    </message>
    <message>
        <source>To use it: on the lock screen choose “Use the recovery key” and type the key. Capital or small letters and the dashes do not matter.</source>
        <translation>Pour l’utiliser : sur l’écran de verrouillage, choisissez « Utiliser la clé de récupération » et tapez la clé. Majuscules, minuscules et tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
    <name>Sharing</name>
    <message>
        <source>Say who made the request (office, officer or court). Nothing was saved.</source>
        <translation>Indiquez qui a fait la demande (service, agent ou tribunal). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Say what they asked for. Nothing was saved.</source>
        <translation>Indiquez ce qui a été demandé. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The name of who asked is too long (at most %1 characters). Nothing was saved.</source>
        <translation>Le nom de l’auteur de la demande est trop long (%1 caractères au plus). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. Shorten it. Nothing was saved.</source>
        <translation>Un champ dépasse %1 caractères. Raccourcissez-le. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date the request was received. Nothing was saved.</source>
        <translation>Saisissez la date de réception de la demande. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date the request was received is in the future. Check it; nothing was saved.</source>
        <translation>La date de réception de la demande est dans le futur. Vérifiez-la ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date of the decision. Nothing was saved.</source>
        <translation>Saisissez la date de la décision. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The decision is dated before the request was received. Check the dates; nothing was saved.</source>
        <translation>La décision est datée d’avant la réception de la demande. Vérifiez les dates ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The decision date is in the future. Check it; nothing was saved.</source>
        <translation>La date de la décision est dans le futur. Vérifiez-la ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the date the person was told. Nothing was saved.</source>
        <translation>Saisissez la date à laquelle la personne a été informée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The date the person was told is in the future. Check it; nothing was saved.</source>
        <translation>La date à laquelle la personne a été informée est dans le futur. Vérifiez-la ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This person file does not exist. Search for the person again; nothing was saved.</source>
        <translation>Ce dossier n’existe pas. Recherchez à nouveau la personne ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This request from an authority does not exist. Reload the register.</source>
        <translation>Cette demande des autorités n’existe pas. Rechargez le registre.</translation>
    </message>
    <message>
        <source>%1 Nothing was shared or recorded.</source>
        <translation>%1 Rien n’a été communiqué ni enregistré.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Check the dates.</source>
        <translation>La date de fin est antérieure à la date de début. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>This ledger entry does not exist. Reload the list.</source>
        <translation>Cette entrée du registre n’existe pas. Rechargez la liste.</translation>
    </message>
    <message>
        <source>Only overrides are reviewed; this disclosure relied on the person&apos;s consent or was their own copy. Nothing was changed.</source>
        <translation>Seules les dérogations sont examinées ; cette communication reposait sur le consentement de la personne ou était sa propre copie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This override was already reviewed on %1. Nothing was changed.</source>
        <translation>Cette dérogation a déjà été examinée le %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>identity information</source>
        <translation>les informations d’identité</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>les coordonnées</translation>
    </message>
    <message>
        <source>where the person can be found</source>
        <translation>l’endroit où trouver la personne</translation>
    </message>
    <message>
        <source>health information</source>
        <translation>les informations de santé</translation>
    </message>
    <message>
        <source>legal information</source>
        <translation>les informations juridiques</translation>
    </message>
    <message>
        <source>the shelter address</source>
        <translation>l’adresse d’hébergement</translation>
    </message>
    <message>
        <source>risk details</source>
        <translation>les détails sur les risques</translation>
    </message>
    <message>
        <source>The consents for %1 are for other purposes, not “%2”.</source>
        <translation>Les consentements pour %1 concernent d’autres objets, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The consent for %1 was withdrawn on %2.</source>
        <translation>Le consentement pour %1 a été retiré le %2.</translation>
    </message>
    <message>
        <source>The consent for %1 expired on %2.</source>
        <translation>Le consentement pour %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>No consent recorded for sharing with %1.</source>
        <translation>Aucun consentement enregistré pour un partage avec %1.</translation>
    </message>
    <message>
        <source>The agreement with %1 does not include %2.</source>
        <translation>L’accord avec %1 ne couvre pas %2.</translation>
    </message>
    <message>
        <source>There is no agreement with %1.</source>
        <translation>Il n’y a pas d’accord avec %1.</translation>
    </message>
    <message>
        <source>The agreement with %1 is suspended.</source>
        <translation>L’accord avec %1 est suspendu.</translation>
    </message>
    <message>
        <source>The agreement with %1 lapsed on %2.</source>
        <translation>L’accord avec %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>The agreement with %1 has lapsed.</source>
        <translation>L’accord avec %1 a expiré.</translation>
    </message>
    <message>
        <source>Your role may not read %1.</source>
        <translation>Votre rôle ne permet pas de lire %1.</translation>
    </message>
    <message>
        <source>This vault is open read-only: %1 cannot be shared from it.</source>
        <translation>Ce coffre est ouvert en lecture seule : impossible d’y partager %1.</translation>
    </message>
    <message>
        <source>Left out unless the person asks for it.</source>
        <translation>Exclu, sauf si la personne le demande.</translation>
    </message>
    <message>
        <source>The person&apos;s consents go to the person only, not to %1.</source>
        <translation>Les consentements de la personne ne sont remis qu’à la personne elle-même, pas à %1.</translation>
    </message>
    <message>
        <source>The list of what was shared goes to the person only, not to %1.</source>
        <translation>La liste de ce qui a été partagé n’est remise qu’à la personne elle-même, pas à %1.</translation>
    </message>
    <message>
        <source>This partner does not exist. Choose it again from the list.</source>
        <translation>Ce partenaire n’existe pas. Choisissez-le à nouveau dans la liste.</translation>
    </message>
    <message>
        <source>This request from an authority does not exist. Record it first in the register.</source>
        <translation>Cette demande des autorités n’existe pas. Enregistrez-la d’abord dans le registre.</translation>
    </message>
    <message>
        <source>Say why the consent or agreement is overridden, in at least %1 characters. Nothing was shared.</source>
        <translation>Indiquez pourquoi vous dérogez au consentement ou à l’accord, en %1 caractères au moins. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>Choose at least one piece of information to share. Nothing was shared.</source>
        <translation>Choisissez au moins une information à partager. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>Say why the information is shared (its purpose). Nothing was shared.</source>
        <translation>Indiquez pourquoi les informations sont partagées (leur objet). Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>This request from an authority concerns another person. Nothing was shared.</source>
        <translation>Cette demande des autorités concerne une autre personne. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>The person this request concerns does not exist. Choose the person again; nothing was saved.</source>
        <translation>La personne concernée par cette demande n’existe pas. Choisissez à nouveau la personne ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file of the person this request concerns was merged into another one. Choose the kept file; nothing was saved.</source>
        <translation>Le dossier de la personne concernée par cette demande a été fusionné avec un autre. Choisissez le dossier conservé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A consent receipt goes to the person only. Choose the person as the recipient. Nothing was shared.</source>
        <translation>Un reçu de consentement n’est remis qu’à la personne elle-même. Choisissez la personne comme destinataire. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>The list of what was shared goes to the person only. Choose the person as the recipient. Nothing was shared.</source>
        <translation>La liste de ce qui a été partagé n’est remise qu’à la personne elle-même. Choisissez la personne comme destinataire. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>Only a coordinator answers requests from authorities. Nothing was shared.</source>
        <translation>Seule une personne coordinatrice répond aux demandes des autorités. Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>This request was refused, so nothing is disclosed for it. If the decision changed, record it first (partly or fully). Nothing was shared.</source>
        <translation>Cette demande a été refusée : rien n’est donc communiqué pour elle. Si la décision a changé, enregistrez-la d’abord (réponse partielle ou complète). Rien n’a été communiqué.</translation>
    </message>
    <message>
        <source>Record the decision on this request (partly or fully) before disclosing anything for it. Nothing was shared.</source>
        <translation>Enregistrez la décision sur cette demande (réponse partielle ou complète) avant de communiquer quoi que ce soit pour elle. Rien n’a été communiqué.</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name (up to 200 characters).</source>
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
        <source>The vault&apos;s folder could not be created. Check that you may write there.</source>
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
        <source>The vault&apos;s key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
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
        <source>The vault&apos;s identity could not be read: the database is damaged. Restore a backup.</source>
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
        <source>The audit log&apos;s anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</source>
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
        <source>A recovery session has no passphrase of its own. Reset a user&apos;s passphrase instead.</source>
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
        <source>Active user %1 has no key slot: reset their passphrase.</source>
        <translation>L’utilisateur actif %1 n’a pas d’emplacement de clé : réinitialisez sa phrase de passe.</translation>
    </message>
    <message>
        <source>A key slot is malformed.</source>
        <translation>Un emplacement de clé est mal formé.</translation>
    </message>
    <message>
        <source>This account was never completed or no longer exists. Ask a coordinator.</source>
        <translation>Ce compte n’a jamais été finalisé ou n’existe plus. Demandez à une personne coordinatrice.</translation>
    </message>
    <message>
        <source>The damaged key-slot file could not be moved aside; nothing was changed.</source>
        <translation>Le fichier d’emplacements de clés endommagé n’a pas pu être mis de côté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault was re-keyed in another window during the backup. Nothing was written; unlock again and repeat the backup.</source>
        <translation>La clé du coffre a été changée dans une autre fenêtre pendant la sauvegarde. Rien n’a été écrit ; déverrouillez à nouveau et recommencez la sauvegarde.</translation>
    </message>
    <message>
        <source>This folder holds files that are not part of an Abri vault, so it was not replaced. Choose an empty folder or the vault&apos;s own folder.</source>
        <translation>Ce dossier contient des fichiers qui ne font pas partie d’un coffre Abri : il n’a pas été remplacé. Choisissez un dossier vide ou le dossier du coffre lui-même.</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed (is the disk full?); it still opens as before.</source>
        <translation>La clé du coffre n’a pas pu être changée (disque plein ?) ; il s’ouvre toujours comme avant.</translation>
    </message>
    <message>
        <source>The re-key could not be confirmed and the vault was locked. Unlock it again; if that fails, use the recovery key.</source>
        <translation>Le changement de clé n’a pas pu être confirmé et le coffre a été verrouillé. Déverrouillez-le à nouveau ; en cas d’échec, utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The key slot of user %1 does not match the vault&apos;s record: it may have been tampered with. Reset their passphrase.</source>
        <translation>L’emplacement de clé de l’utilisateur %1 ne correspond pas à l’enregistrement du coffre : il a peut-être été falsifié. Réinitialisez sa phrase de passe.</translation>
    </message>
    <message>
        <source>A vault is being created in this folder in another window. Wait for it to finish; nothing was changed.</source>
        <translation>Un coffre est en cours de création à cet endroit dans une autre fenêtre. Attendez la fin ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>An unfinished vault from an interrupted creation could not be removed. Check that you may write in the folder.</source>
        <translation>Un coffre inachevé, laissé par une création interrompue, n’a pas pu être supprimé. Vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>The vault in this folder was never finished: its creation was interrupted, and nothing in it can be opened. Create the vault again in this folder.</source>
        <translation>Le coffre de ce dossier n’a jamais été terminé : sa création a été interrompue et rien de ce qu’il contient ne peut être ouvert. Créez à nouveau le coffre dans ce dossier.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the vault&apos;s files do not match each other: the database is damaged, or the key-slot file (abri.keys) is older than it. Do not try again; ask a coordinator to open the vault with the recovery key or to restore the latest backup.</source>
        <translation>Votre phrase de passe est juste, mais les fichiers du coffre ne concordent pas : la base de données est endommagée, ou le fichier des emplacements de clés (abri.keys) est plus ancien qu’elle. N’essayez pas à nouveau ; demandez à une personne coordinatrice d’ouvrir le coffre avec la clé de récupération ou de restaurer la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>abri-admin</name>
    <message>
        <source>Creates a vault and its first coordinator, asks for a new passphrase, and prints the recovery key once.</source>
        <translation>Crée un coffre et sa première personne coordinatrice, demande une nouvelle phrase de passe et affiche la clé de récupération une seule fois.</translation>
    </message>
    <message>
        <source>Shows what can be read without a passphrase (nothing that names a person or the organisation). With --user, unlocks read-only and also shows the organisation, schema version, number of users and auto-lock minutes.</source>
        <translation>Affiche ce qui se lit sans phrase de passe (rien qui nomme une personne ou l’organisme). Avec --user, déverrouille en lecture seule et affiche aussi l’organisme, la version du schéma, le nombre d’utilisateurs et les minutes avant verrouillage automatique.</translation>
    </message>
    <message>
        <source>Lists the users: name, role, active, last unlock. Coordinators only.</source>
        <translation>Liste les utilisateurs : nom, rôle, actif, dernier déverrouillage. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Adds a user. Asks for your passphrase, then the new user&apos;s passphrase. Coordinators only.</source>
        <translation>Ajoute un utilisateur. Demande votre phrase de passe, puis celle du nouvel utilisateur. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Disables a user: they can no longer unlock. The last active coordinator cannot be disabled. Coordinators only.</source>
        <translation>Désactive un utilisateur : il ne peut plus déverrouiller. La dernière personne coordinatrice active ne peut pas être désactivée. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Enables a disabled user again. Coordinators only.</source>
        <translation>Réactive un utilisateur désactivé. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the user&apos;s new passphrase. Coordinators only.</source>
        <translation>Définit une nouvelle phrase de passe pour un utilisateur qui a oublié la sienne. Demande votre phrase de passe, puis la nouvelle phrase de passe de l’utilisateur. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Changes a user&apos;s role. Coordinators only.</source>
        <translation>Change le rôle d’un utilisateur. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Changes your passphrase. Asks for the current one, then the new one.</source>
        <translation>Change votre phrase de passe. Demande l’actuelle, puis la nouvelle.</translation>
    </message>
    <message>
        <source>Checks the key slots, the database&apos;s integrity and the audit chain, read-only (works while Abri has the vault open). Prints one line per check; exits with 5 on any problem.</source>
        <translation>Vérifie les emplacements de clé, l’intégrité de la base et la chaîne du journal d’audit, en lecture seule (fonctionne pendant qu’Abri a le coffre ouvert). Affiche une ligne par vérification ; se termine avec le code 5 au moindre problème.</translation>
    </message>
    <message>
        <source>Writes a consistent encrypted copy of the vault to FILE, also while Abri has the vault open. Refuses to replace an existing FILE unless --force.</source>
        <translation>Écrit une copie chiffrée et cohérente du coffre dans FILE, même pendant qu’Abri a le coffre ouvert. Refuse de remplacer un FILE existant sans --force.</translation>
    </message>
    <message>
        <source>Restores the backup FILE as the vault VAULT. Refuses to replace an existing vault unless --force. The restored vault opens with the passphrases valid when the backup was made.</source>
        <translation>Restaure la sauvegarde FILE comme coffre VAULT. Refuse de remplacer un coffre existant sans --force. Le coffre restauré s’ouvre avec les phrases de passe valables au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Rotates the vault&apos;s encryption key: copies of the old key slots, disabled users and the old recovery key no longer open it. Prints the new recovery key. Coordinators only.</source>
        <translation>Renouvelle la clé de chiffrement du coffre : les copies des anciens emplacements de clé, les utilisateurs désactivés et l’ancienne clé de récupération ne l’ouvrent plus. Affiche la nouvelle clé de récupération. Réservé à la coordination.</translation>
    </message>
    <message>
        <source>Your user name, to unlock with (for init: the first coordinator).</source>
        <translation>Votre nom d’utilisateur pour déverrouiller (pour init : la première personne coordinatrice).</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, kept inside the encrypted vault.</source>
        <translation>Le nom de l’organisme, conservé dans le coffre chiffré.</translation>
    </message>
    <message>
        <source>The user to add or change.</source>
        <translation>L’utilisateur à ajouter ou à modifier.</translation>
    </message>
    <message>
        <source>The role: coordinator, caseworker, legal or clinic.</source>
        <translation>Le rôle : coordinator (coordination), caseworker (intervention), legal (bénévole juridique) ou clinic (accueil clinique).</translation>
    </message>
    <message>
        <source>Read passphrases (and the recovery key) from file descriptor N, one per line, in the order the command asks for them, instead of the terminal. A new passphrase is then read once, not twice.</source>
        <translation>Lire les phrases de passe (et la clé de récupération) depuis le descripteur de fichier N, une par ligne, dans l’ordre où la commande les demande, au lieu du terminal. Une nouvelle phrase de passe n’est alors lue qu’une fois, pas deux.</translation>
    </message>
    <message>
        <source>Cost of the key derivation for new passphrases: moderate (default), interactive, or minimum (for tests only: far easier to guess).</source>
        <translation>Coût de la dérivation de clé pour les nouvelles phrases de passe : moderate (par défaut), interactive, ou minimum (pour les tests uniquement : bien plus facile à deviner).</translation>
    </message>
    <message>
        <source>Folder for this computer&apos;s state about vaults (failed-attempt back-off, audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use the same folder.</source>
        <translation>Dossier de l’état local des coffres sur cet ordinateur (délai après échecs, ancre d’audit). Par défaut : sous XDG_DATA_HOME. Pour les tests ; Abri doit utiliser le même dossier.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Replace an existing file or vault.</source>
        <translation>Remplacer un fichier ou un coffre existant.</translation>
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
        <translation>Codes de sortie :
  0  succès
  1  erreur d’utilisation, ou nouvelle phrase de passe refusée (trop faible, ou les deux saisies diffèrent)
  2  nom d’utilisateur ou phrase de passe incorrects, clé de récupération erronée, ou trop de tentatives (attendre, puis réessayer)
  3  le coffre est ouvert en écriture dans une autre fenêtre ou commande
  4  coffre ou fichier introuvable, déjà existant, ou remplacement refusé (voir --force)
  5  vérification échouée ou données endommagées
  6  permission refusée pour votre rôle
  7  toute autre erreur
</translation>
    </message>
    <message>
        <source>Usage: abri-admin COMMAND VAULT [options]

Administers an Abri vault (a folder).

Commands:
</source>
        <translation>Utilisation : abri-admin COMMANDE COFFRE [options]

Administre un coffre Abri (un dossier).

Commandes :
</translation>
    </message>
    <message>
        <source>Default vault: %1

Passphrases are read from the terminal without echo, or with --passphrase-fd N from a file descriptor, one per line. They are never accepted on the command line or from the environment.
Every command that unlocks takes --user NAME.

</source>
        <translation>Coffre par défaut : %1

Les phrases de passe sont lues depuis le terminal sans affichage, ou avec --passphrase-fd N depuis un descripteur de fichier, une par ligne. Elles ne sont jamais acceptées sur la ligne de commande ni depuis l’environnement.
Toute commande qui déverrouille prend --user NOM.

</translation>
    </message>
    <message>
        <source>Run &quot;abri-admin COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Lancez « abri-admin COMMANDE --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>Usage: abri-admin %1 [options]</source>
        <translation>Utilisation : abri-admin %1 [options]</translation>
    </message>
    <message>
        <source>--passphrase-fd needs a file descriptor number, such as 0 for standard input.</source>
        <translation>--passphrase-fd attend un numéro de descripteur de fichier, par exemple 0 pour l’entrée standard.</translation>
    </message>
    <message>
        <source>--kdf-cost must be moderate, interactive or minimum.</source>
        <translation>--kdf-cost doit valoir moderate, interactive ou minimum.</translation>
    </message>
    <message>
        <source>--state-dir needs a folder.</source>
        <translation>--state-dir attend un dossier.</translation>
    </message>
    <message>
        <source>A command is missing. Run &quot;abri-admin --help&quot; for the list.</source>
        <translation>Il manque une commande. Lancez « abri-admin --help » pour la liste.</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs one of: %1.</source>
        <translation>« users » attend l’une de ces sous-commandes : %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;abri-admin --help&quot; for the list.</source>
        <translation>Commande inconnue « %1 ». Lancez « abri-admin --help » pour la liste.</translation>
    </message>
    <message>
        <source>The vault folder, e.g. %1</source>
        <translation>Le dossier du coffre, par exemple %1</translation>
    </message>
    <message>
        <source>Run &quot;abri-admin %1 --help&quot; for its options.</source>
        <translation>Lancez « abri-admin %1 --help » pour ses options.</translation>
    </message>
    <message>
        <source>Usage: abri-admin %1</source>
        <translation>Utilisation : abri-admin %1</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1 : OK</translation>
    </message>
    <message>
        <source>%1: FAILED</source>
        <translation>%1 : ÉCHEC</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1 : non vérifié</translation>
    </message>
    <message>
        <source>(problems in total: %1)</source>
        <translation>(problèmes au total : %1)</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Emplacements de clé</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>Intégrité de la base</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d’audit</translation>
    </message>
    <message>
        <source>the key slots cannot be read</source>
        <translation>les emplacements de clé sont illisibles</translation>
    </message>
    <message>
        <source>the vault could not be unlocked; see &quot;abri-admin recover&quot;</source>
        <translation>le coffre n’a pas pu être déverrouillé ; voir « abri-admin recover »</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>The backup file already exists. Nothing was changed. Choose another name, or add --force to replace it.</source>
        <translation>Le fichier de sauvegarde existe déjà. Rien n’a été modifié. Choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The folder for the backup file does not exist.</source>
        <translation>Le dossier du fichier de sauvegarde n’existe pas.</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>Sauvegarde… %1 %</translation>
    </message>
    <message>
        <source>The backup could not be saved under its name. Nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être enregistrée sous ce nom. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>The vault was open in another window, so it was copied read-only and the backup is not in the audit log.</source>
        <translation>Le coffre était ouvert dans une autre fenêtre : il a été copié en lecture seule et la sauvegarde ne figure pas dans le journal d’audit.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Le fichier de sauvegarde n’existe pas.</translation>
    </message>
    <message>
        <source>Something already exists at this path. Nothing was changed. Restore to a new folder, or add --force to replace it.</source>
        <translation>Quelque chose existe déjà à cet emplacement. Rien n’a été modifié. Restaurez dans un nouveau dossier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Vault restored. It opens with the passphrases and recovery key that were valid when the backup was made.</source>
        <translation>Coffre restauré. Il s’ouvre avec les phrases de passe et la clé de récupération valables au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Use coordinator, caseworker, legal or clinic.</source>
        <translation>Rôle inconnu « %1 ». Utilisez coordinator, caseworker, legal ou clinic.</translation>
    </message>
    <message>
        <source>No user has this name. Nothing was changed. &quot;abri-admin users list&quot; shows the users.</source>
        <translation>Aucun utilisateur ne porte ce nom. Rien n’a été modifié. « abri-admin users list » affiche les utilisateurs.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>LAST UNLOCK</source>
        <translation>DERNIER DÉVERROUILLAGE</translation>
    </message>
    <message>
        <source>A user with this name already exists. Nothing was changed.</source>
        <translation>Un utilisateur porte déjà ce nom. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Passphrase for the new user: </source>
        <translation>Phrase de passe du nouvel utilisateur : </translation>
    </message>
    <message>
        <source>Repeat the new user&apos;s passphrase: </source>
        <translation>Répétez la phrase de passe du nouvel utilisateur : </translation>
    </message>
    <message>
        <source>User added with the role %1.</source>
        <translation>Utilisateur ajouté avec le rôle %1.</translation>
    </message>
    <message>
        <source>User disabled: they can no longer unlock.</source>
        <translation>Utilisateur désactivé : il ne peut plus déverrouiller.</translation>
    </message>
    <message>
        <source>User enabled: they can unlock again.</source>
        <translation>Utilisateur réactivé : il peut de nouveau déverrouiller.</translation>
    </message>
    <message>
        <source>New passphrase for this user: </source>
        <translation>Nouvelle phrase de passe pour cet utilisateur : </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase de passe : </translation>
    </message>
    <message>
        <source>Passphrase reset. Give it to the user in person.</source>
        <translation>Phrase de passe réinitialisée. Remettez-la à l’utilisateur en personne.</translation>
    </message>
    <message>
        <source>Role changed to %1.</source>
        <translation>Rôle changé en %1.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once):</source>
        <translation>Clé de récupération (affichée cette seule fois) :</translation>
    </message>
    <message>
        <source>Write this recovery key down on paper now, check it, and keep it somewhere safe away from this computer.</source>
        <translation>Recopiez cette clé de récupération sur papier maintenant, vérifiez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>It opens the vault when every passphrase is lost; anyone who has it can open the vault.</source>
        <translation>Elle ouvre le coffre quand toutes les phrases de passe sont perdues ; quiconque la possède peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Something already exists at this path. Nothing was changed. Choose a new folder for the vault.</source>
        <translation>Quelque chose existe déjà à cet emplacement. Rien n’a été modifié. Choisissez un nouveau dossier pour le coffre.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe : </translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Vault created. Its first coordinator can unlock it with the passphrase just chosen.</source>
        <translation>Coffre créé. Sa première personne coordinatrice peut le déverrouiller avec la phrase de passe choisie.</translation>
    </message>
    <message>
        <source>Vault id: %1</source>
        <translation>Identifiant du coffre : %1</translation>
    </message>
    <message>
        <source>Key slot format: %1</source>
        <translation>Format des emplacements de clé : %1</translation>
    </message>
    <message>
        <source>Key slots: %1</source>
        <translation>Emplacements de clé : %1</translation>
    </message>
    <message>
        <source>Key slots readable: %1</source>
        <translation>Emplacements de clé lisibles : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Seconds until the next unlock attempt: %1</source>
        <translation>Secondes avant la prochaine tentative de déverrouillage : %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisme : %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilisateurs : %1</translation>
    </message>
    <message>
        <source>Auto-lock after idle minutes: %1</source>
        <translation>Verrouillage automatique après minutes d’inactivité : %1</translation>
    </message>
    <message>
        <source>Auto-lock: off</source>
        <translation>Verrouillage automatique : désactivé</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Votre rôle : %1</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Votre phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération : </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>The user&apos;s passphrase was reset; they can unlock with it now.</source>
        <translation>La phrase de passe de l’utilisateur a été réinitialisée ; il peut déverrouiller avec elle dès maintenant.</translation>
    </message>
    <message>
        <source>This user is disabled: a coordinator must enable them before they can unlock.</source>
        <translation>Cet utilisateur est désactivé : une personne coordinatrice doit le réactiver avant qu’il puisse déverrouiller.</translation>
    </message>
    <message>
        <source>A new coordinator was added; they can unlock with the new passphrase.</source>
        <translation>Une nouvelle personne coordinatrice a été ajoutée ; elle peut déverrouiller avec la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Re-keying the vault…</source>
        <translation>Renouvellement de la clé du coffre…</translation>
    </message>
    <message>
        <source>The vault was re-keyed. Copies of the old key slots, disabled users and the old recovery key no longer open it.</source>
        <translation>La clé du coffre a été renouvelée. Les copies des anciens emplacements de clé, les utilisateurs désactivés et l’ancienne clé de récupération ne l’ouvrent plus.</translation>
    </message>
    <message>
        <source>This command needs --%1.</source>
        <translation>Cette commande attend --%1.</translation>
    </message>
    <message>
        <source>This command needs --user NAME.</source>
        <translation>Cette commande attend --user NOM.</translation>
    </message>
    <message>
        <source>There is no Abri vault at this path. Check the path.</source>
        <translation>Il n’y a pas de coffre Abri à cet emplacement. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Too many failed attempts on this computer. Wait %1 seconds, then try again.</source>
        <translation>Trop de tentatives échouées sur cet ordinateur. Attendez %1 secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe : </translation>
    </message>
    <message>
        <source>File descriptor %1 is not open for reading.</source>
        <translation>Le descripteur de fichier %1 n’est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>The passphrase could not be read.</source>
        <translation>La phrase de passe n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La phrase de passe est trop longue.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Les deux phrases de passe diffèrent. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This passphrase is refused: %1</source>
        <translation>Cette phrase de passe est refusée : %1</translation>
    </message>
    <message>
        <source>No passphrase could be read from file descriptor %1: it ended too early.</source>
        <translation>Aucune phrase de passe n’a pu être lue depuis le descripteur de fichier %1 : il s’est terminé trop tôt.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase. In a script, use --passphrase-fd N.</source>
        <translation>Aucun terminal pour demander la phrase de passe. Dans un script, utilisez --passphrase-fd N.</translation>
    </message>
    <message>
        <source>Opens the vault with the recovery key (works even when the key slots are lost), then sets a new passphrase for the user NAME; with --add, adds NAME as a new coordinator instead. Asks for the recovery key, then the new passphrase.</source>
        <translation>Ouvre le coffre avec la clé de récupération (fonctionne même si les emplacements de clés sont perdus), puis définit une nouvelle phrase de passe pour l’utilisateur NAME ; avec --add, ajoute plutôt NAME comme nouvelle personne coordinatrice. Demande la clé de récupération, puis la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Add the user as a new coordinator (recover).</source>
        <translation>Ajouter l’utilisateur comme nouvelle personne coordinatrice (recover).</translation>
    </message>
    <message>
        <source>The vault it replaced was kept in %1; delete it once the restored vault is checked.</source>
        <translation>Le coffre remplacé a été conservé dans %1 ; supprimez-le une fois le coffre restauré vérifié.</translation>
    </message>
    <message>
        <source>There is no user with this name. Check the spelling, or add --add to create them as a new coordinator. Nothing was changed.</source>
        <translation>Aucun utilisateur ne porte ce nom. Vérifiez l’orthographe, ou ajoutez --add pour le créer comme nouvelle personne coordinatrice. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A user with this name already exists. Leave out --add to reset their passphrase. Nothing was changed.</source>
        <translation>Un utilisateur porte déjà ce nom. Retirez --add pour réinitialiser sa phrase de passe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Names given on the command line (--organisation, --user, --name) stay in your shell&apos;s history. On a shared computer, remove them from it afterwards (in bash: history -c, or start the command with a space when HISTCONTROL=ignorespace).
</source>
        <translation>Les noms donnés sur la ligne de commande (--organisation, --user, --name) restent dans l’historique de votre shell. Sur un ordinateur partagé, effacez-les ensuite (dans bash : history -c, ou commencez la commande par une espace quand HISTCONTROL=ignorespace).
</translation>
    </message>
    <message>
        <source>the recovery key was written to standard output, which is not a terminal. Do not keep it in logs or files on this computer.</source>
        <translation>la clé de récupération a été écrite sur la sortie standard, qui n’est pas un terminal. Ne la gardez pas dans des journaux ou des fichiers sur cet ordinateur.</translation>
    </message>
    <message>
        <source>warning: an interrupted re-key was completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault. A coordinator should run &quot;abri-admin rekey&quot; now.</source>
        <translation>avertissement : un changement de clé interrompu a été terminé, mais sa nouvelle clé de récupération n’a jamais été affichée : personne n’a de clé de récupération qui ouvre ce coffre. Une personne coordinatrice doit lancer « abri-admin rekey » maintenant.</translation>
    </message>
    <message>
        <source>Creates a new vault with NAME as its coordinator, asks for a new passphrase as init does, and fills it with clearly fictional people and notes in French and English. The same seed gives the same data. Prints the recovery key once.</source>
        <translation>Crée un coffre avec NAME comme personne coordinatrice, demande une nouvelle phrase de passe comme le fait init, puis le remplit de personnes et de notes manifestement fictives, en français et en anglais. La même graine donne les mêmes données. Affiche la clé de récupération une seule fois.</translation>
    </message>
    <message>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--notes must be a whole number from 0 to %1.</source>
        <translation>--notes doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed doit être un nombre entier de 0 à 18446744073709551615.</translation>
    </message>
    <message>
        <source>Adding fictional people and notes: %1 %</source>
        <translation>Ajout de personnes et de notes fictives : %1 %</translation>
    </message>
    <message>
        <source>Demo vault created with %1 fictional people and %2 notes in %3 s. Its coordinator can unlock it with the passphrase just chosen.</source>
        <translation>Coffre de démonstration créé avec %1 personnes fictives et %2 notes en %3 s. Sa personne coordinatrice peut le déverrouiller avec la phrase de passe qui vient d’être choisie.</translation>
    </message>
    <message>
        <source>Number of fictional people, 1 to 1000000 (default: 1000).</source>
        <translation>Nombre de personnes fictives, de 1 à 1000000 (par défaut : 1000).</translation>
    </message>
    <message>
        <source>Number of fictional notes, 0 to 10000000 (default: 10000).</source>
        <translation>Nombre de notes fictives, de 0 à 10000000 (par défaut : 10000).</translation>
    </message>
    <message>
        <source>Seed of the generator, a non-negative integer: the same seed gives the same people, codes and notes (default: 1).</source>
        <translation>Graine du générateur, un entier positif ou nul : la même graine donne les mêmes personnes, codes et notes (par défaut : 1).</translation>
    </message>
</context>
<context>
    <name>abri::Category</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Adresse d’hébergement</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
</context>
<context>
    <name>abri::ConsentMethod</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Oral</translation>
    </message>
</context>
<context>
    <name>abri::ConsentScope</name>
    <message>
        <source>Share with a partner</source>
        <translation>Partage avec un partenaire</translation>
    </message>
    <message>
        <source>Share with a sector</source>
        <translation>Partage avec un secteur</translation>
    </message>
    <message>
        <source>Contact the police</source>
        <translation>Contacter la police</translation>
    </message>
    <message>
        <source>Use in anonymised statistics</source>
        <translation>Utilisation dans des statistiques anonymisées</translation>
    </message>
    <message>
        <source>Keep photos</source>
        <translation>Conservation de photos</translation>
    </message>
</context>
<context>
    <name>abri::ContactKind</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Application de messagerie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>abri::Database</name>
    <message>
        <source>The vault&apos;s database file is missing.</source>
        <translation>Le fichier de base de données du coffre est manquant.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>La base de données du coffre n’a pas pu être ouverte. Vérifiez que le dossier existe et que vous pouvez le lire et y écrire.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption could not be set up.</source>
        <translation>Le chiffrement du coffre n’a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>The vault&apos;s database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</source>
        <translation>La base de données du coffre ne s’ouvre pas avec cette clé. Elle est peut-être endommagée ou liée à une autre clé ; essayez la clé de récupération ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again in a moment.</source>
        <translation>Le coffre est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. Run &quot;abri-admin verify&quot; and restore the latest backup if it fails.</source>
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
    <message>
        <source>The vault&apos;s database is empty: it was damaged or cut short. Restore the latest backup.</source>
        <translation>La base de données du coffre est vide : elle a été endommagée ou tronquée. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The copy&apos;s file already exists. Nothing was written.</source>
        <translation>Le fichier de la copie existe déjà. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The copy&apos;s file could not be created.</source>
        <translation>Le fichier de la copie n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>abri::FileUtil</name>
    <message>
        <source>A folder could not be synchronised to disk.</source>
        <translation>Un dossier n’a pas pu être synchronisé sur le disque.</translation>
    </message>
    <message>
        <source>A file could not be written. Check the free space and the folder&apos;s permissions; nothing was changed.</source>
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
    <message>
        <source>A file could not be renamed. Check the folder&apos;s permissions; nothing was changed.</source>
        <translation>Un fichier n’a pas pu être renommé. Vérifiez les droits du dossier ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>abri::NoteKind</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>abri::PersonStatus</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>abri::RiskFlag</name>
    <message>
        <source>Do not confirm presence</source>
        <translation>Ne pas confirmer sa présence</translation>
    </message>
    <message>
        <source>Being looked for by someone dangerous</source>
        <translation>Recherché·e par une personne dangereuse</translation>
    </message>
    <message>
        <source>Contact only as instructed</source>
        <translation>Contacter uniquement selon les consignes</translation>
    </message>
    <message>
        <source>Has a safety plan</source>
        <translation>A un plan de sécurité</translation>
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
<context>
    <name>abri::Sharing</name>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation>Droits civiques</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Institutions publiques</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>Liaison avec la police</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Formal (signed agreement)</source>
        <translation>Formel (accord signé)</translation>
    </message>
    <message>
        <source>Informal (agreed in person)</source>
        <translation>Informel (convenu de vive voix)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Renewal due soon</source>
        <translation>À renouveler bientôt</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Date and place of birth</source>
        <translation>Date et lieu de naissance</translation>
    </message>
    <message>
        <source>Identity document numbers</source>
        <translation>Numéros des pièces d’identité</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>Where the person can be found</source>
        <translation>Où trouver la personne</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Résumé santé</translation>
    </message>
    <message>
        <source>Legal summary</source>
        <translation>Résumé juridique</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Adresse d’hébergement</translation>
    </message>
    <message>
        <source>Safety details</source>
        <translation>Détails de sécurité</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Disclosure history</source>
        <translation>Historique des communications</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>Avec le consentement de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>Copie pour la personne elle-même</translation>
    </message>
    <message>
        <source>Override (to be reviewed)</source>
        <translation>Dérogation (à examiner)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Enregistré en PDF</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Reçu de consentement</translation>
    </message>
    <message>
        <source>Information sheet</source>
        <translation>Fiche d’information</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Public official</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Réponse partielle</translation>
    </message>
    <message>
        <source>Fully answered</source>
        <translation>Réponse complète</translation>
    </message>
</context>
<context>
    <name>abri::ui::AccessMatrixModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Not saved yet (was: %1)</source>
        <translation>Pas encore enregistré (avant : %1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>abri::ui::AccessPage</name>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2 : %3 → %4</translation>
    </message>
    <message>
        <source>Change access</source>
        <translation>Modifier les accès</translation>
    </message>
    <message>
        <source>These changes apply to everyone with the role from their next action, and are recorded in the audit log:

%1</source>
        <translation>Ces modifications s’appliquent à toutes les personnes ayant ce rôle dès leur prochaine action, et sont inscrites au journal d’audit :

%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n change(s)</source>
        <translation>
            <numerusform>&amp;Enregistrer %n modification</numerusform>
            <numerusform>&amp;Enregistrer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Each role sees the profile of every file (alias, pronouns, tags, status, risk warnings). Everything else belongs to a category, and this table decides who may read or change it (double-click a cell to change it). Anyone else must break the glass, giving a reason, and it is listed below.</source>
        <translation>Chaque rôle voit le profil de chaque dossier (alias, pronoms, étiquettes, état, alertes de risque). Tout le reste appartient à une catégorie, et ce tableau décide qui peut le lire ou le modifier (double-cliquez sur une case pour la modifier). Toute autre personne doit briser la glace en donnant un motif ; cet accès apparaît alors ci-dessous.</translation>
    </message>
    <message>
        <source>Who may read and write each category</source>
        <translation>Qui peut lire et écrire chaque catégorie</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Nothing is saved until you choose Save changes.</source>
        <translation>Double-cliquez sur une case pour la modifier. Rien n’est enregistré tant que vous n’avez pas choisi « Enregistrer les modifications ».</translation>
    </message>
    <message>
        <source>Break the glass: to review</source>
        <translation>Bris de glace : à examiner</translation>
    </message>
    <message>
        <source>Each time someone opened a category their role may not read. Check the reason with them if needed, then mark it reviewed.</source>
        <translation>Chaque fois que quelqu’un a ouvert une catégorie que son rôle ne peut pas lire. Vérifiez le motif avec la personne si besoin, puis marquez-le comme examiné.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Enregistrer les modifications…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme examiné</translation>
    </message>
    <message>
        <source>Show &amp;reviewed ones too</source>
        <translation>Afficher aussi les accès e&amp;xaminés</translation>
    </message>
</context>
<context>
    <name>abri::ui::AddAttachmentDialog</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Who may open it:</source>
        <translation>&amp;Qui peut l’ouvrir :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>What it is, for example &quot;signed consent form&quot;</source>
        <translation>Ce que c’est, par exemple « formulaire de consentement signé »</translation>
    </message>
    <message>
        <source>General (every role)</source>
        <translation>Général (tous les rôles)</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation>%1 (restreint)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>abri::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The name this person types to unlock. It need not be their legal name.</source>
        <translation>Le nom que cette personne tape pour déverrouiller. Ce n’est pas forcément son nom légal.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
</context>
<context>
    <name>abri::ui::AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Modifier l’accord</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gné le :</translation>
    </message>
    <message>
        <source>&amp;Renew by:</source>
        <translation>À &amp;renouveler avant le :</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Attach the signed document from the partner page once the agreement is saved.</source>
        <translation>Joignez le document signé depuis la page du partenaire une fois l’accord enregistré.</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>Accepté &amp;par :</translation>
    </message>
    <message>
        <source>Who agreed, on the partner&apos;s side</source>
        <translation>Qui a donné son accord, du côté du partenaire</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Accepté &amp;le :</translation>
    </message>
    <message>
        <source>May receive:</source>
        <translation>Peut recevoir :</translation>
    </message>
    <message>
        <source>Beyond the profile (alias, code, languages), only what is ticked here may be shared with this partner, and only with the person&apos;s consent.</source>
        <translation>Au-delà du profil (alias, code, langues), seul ce qui est coché ici peut être partagé avec ce partenaire, et seulement avec le consentement de la personne.</translation>
    </message>
    <message>
        <source>Signed the code of &amp;conduct on:</source>
        <translation>Code de con&amp;duite signé le :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentViewer</name>
    <message numerus="yes">
        <source>%n page(s), fit to width</source>
        <translation>
            <numerusform>%n page, ajustée à la largeur</numerusform>
            <numerusform>%n pages, ajustées à la largeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1%</source>
        <translation>
            <numerusform>%n page, %1%</numerusform>
            <numerusform>%n pages, %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3%</source>
        <translation>%1 × %2 pixels, %3%</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>This PDF could not be read. It may be damaged or protected by a password.</source>
        <translation>Ce PDF n’a pas pu être lu. Il est peut-être endommagé ou protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>This image could not be read. It may be damaged.</source>
        <translation>Cette image n’a pas pu être lue. Elle est peut-être endommagée.</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentsModel</name>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Restreint (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentsTab</name>
    <message>
        <source>Add an attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Images and PDF documents (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)</source>
        <translation>Images et documents PDF (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: anyone who can open that folder, or finds the computer or USB stick, can read it. Saving a copy is recorded in the audit log.

Delete the copy as soon as you no longer need it.</source>
        <translation>La copie n’est PAS chiffrée : toute personne qui peut ouvrir ce dossier de l’ordinateur, ou qui trouve l’ordinateur ou la clé USB, peut la lire. L’enregistrement d’une copie est inscrit au journal d’audit.

Supprimez la copie dès que vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Choose where…</source>
        <translation>&amp;Choisir l’emplacement…</translation>
    </message>
    <message>
        <source>The copy was saved. Remember that it is not encrypted.</source>
        <translation>La copie a été enregistrée. N’oubliez pas qu’elle n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>Photos, scans and PDF documents, kept encrypted in the vault. They open inside Abri; restricted ones only for roles that may read their category.</source>
        <translation>Photos, numérisations et documents PDF, conservés chiffrés dans le coffre. Ils s’ouvrent dans Abri ; les pièces restreintes seulement pour les rôles qui peuvent lire leur catégorie.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuditLogModel</name>
    <message>
        <source>Recovery key or system</source>
        <translation>Clé de récupération ou système</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuditPage</name>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Vérifier l’&amp;intégrité</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or added out of order.</source>
        <translation>Vérifie qu’aucune entrée n’a été modifiée, supprimée ou ajoutée hors de l’ordre.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Recovery key or system</source>
        <translation>Clé de récupération ou système</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All user changes</source>
        <translation>Toutes les modifications d’utilisateurs</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuthorityRequestDialog</name>
    <message>
        <source>New request from an authority</source>
        <translation>Nouvelle demande des autorités</translation>
    </message>
    <message>
        <source>Request from an authority</source>
        <translation>Demande des autorités</translation>
    </message>
    <message>
        <source>Write down what was asked, exactly as it was asked, and what was decided. Nothing is sent from here: to disclose for this request, use Disclose for this request on the list.</source>
        <translation>Notez ce qui a été demandé, exactement comme cela a été demandé, et ce qui a été décidé. Rien n’est envoyé d’ici : pour communiquer des informations pour cette demande, utilisez «&#xa0;Communiquer pour cette demande&#xa0;» dans la liste.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la part de :</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Qui a demandé :</translation>
    </message>
    <message>
        <source>Office, officer, court, with a reference if they gave one</source>
        <translation>Service, agent, tribunal, avec une référence s’ils en ont donné une</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>&amp;Legal basis cited:</source>
        <translation>&amp;Base légale invoquée :</translation>
    </message>
    <message>
        <source>As they cited it; empty when none was cited</source>
        <translation>Telle qu’elle a été invoquée ; vide si aucune ne l’a été</translation>
    </message>
    <message>
        <source>What they &amp;asked for:</source>
        <translation>Ce qui a été dem&amp;andé :</translation>
    </message>
    <message>
        <source>&amp;Person concerned:</source>
        <translation>&amp;Personne concernée :</translation>
    </message>
    <message>
        <source>Short code, e.g. KX4-7PM; empty when none or unknown</source>
        <translation>Code court, par ex. KX4-7PM ; vide si aucun ou inconnu</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Déc&amp;ision :</translation>
    </message>
    <message>
        <source>de&amp;cided on:</source>
        <translation>dé&amp;cidée le :</translation>
    </message>
    <message>
        <source>The person was &amp;told, on:</source>
        <translation>Personne in&amp;formée le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuthorityRequestsPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>decision (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none cited</source>
        <translation>aucune invoquée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Oui, le %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Record which person the request is about first (Edit…).</source>
        <translation>Indiquez d’abord quelle personne la demande concerne (Modifier…).</translation>
    </message>
    <message>
        <source>Choose what to disclose for this request; it is checked and recorded like any other disclosure.</source>
        <translation>Choisissez ce qu’il faut communiquer pour cette demande ; c’est vérifié et enregistré comme toute autre communication.</translation>
    </message>
    <message>
        <source>Requests for information from the police, courts or officials: who asked, on what legal basis, what for, what was decided and whether the person was told. Nothing is disclosed without a consent of the person to contact the police, or a coordinator&apos;s override that is recorded and reviewed.</source>
        <translation>Demandes d’informations de la police, des tribunaux ou de l’administration : qui a demandé, sur quelle base légale, dans quel but, ce qui a été décidé et si la personne a été informée. Rien n’est communiqué sans un consentement de la personne au contact avec la police, ou une dérogation d’une personne coordinatrice, enregistrée et examinée.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Qui a demandé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la part de</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person told</source>
        <translation>Personne informée</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disclose for this request…</source>
        <translation>&amp;Communiquer pour cette demande…</translation>
    </message>
</context>
<context>
    <name>abri::ui::BreakGlassDialog</name>
    <message>
        <source>Break the glass: %1</source>
        <translation>Briser la glace : %1</translation>
    </message>
    <message>
        <source>Your role does not see the %1 part of case files. If you need it now for this person, type why. The part opens for this person only, until you lock Abri. Your name, the reason and the time are recorded and a coordinator reviews them.</source>
        <translation>Votre rôle ne voit pas la partie « %1 » des dossiers. Si vous en avez besoin maintenant pour cette personne, tapez pourquoi. La partie s’ouvre pour cette personne uniquement, jusqu’à ce que vous verrouilliez Abri. Votre nom, le motif et l’heure sont enregistrés, et une personne coordinatrice les examine.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>For example: she asked us to call her lawyer during the hearing</source>
        <translation>Par exemple : elle nous a demandé d’appeler son avocat·e pendant l’audience</translation>
    </message>
    <message>
        <source>&amp;Open this part</source>
        <translation>&amp;Ouvrir cette partie</translation>
    </message>
</context>
<context>
    <name>abri::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Choose what %1 may do in Abri.</source>
        <translation>Choisissez ce que %1 peut faire dans Abri.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
</context>
<context>
    <name>abri::ui::ConsentsTab</name>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>Pas en vigueur</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>Not needed for this kind of consent</source>
        <translation>Inutile pour ce type de consentement</translation>
    </message>
    <message>
        <source>What this person agreed to, with whom and until when. A consent is never deleted: when it no longer holds, revoke it on the day the person said so.</source>
        <translation>Ce que cette personne a accepté, avec qui et jusqu’à quand. Un consentement n’est jamais supprimé : quand il ne vaut plus, révoquez-le à la date où la personne l’a dit.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Revoked on:</source>
        <translation>Révoqué le :</translation>
    </message>
    <message>
        <source>&amp;Revoke selected</source>
        <translation>&amp;Révoquer la sélection</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>What it is for, in the person&apos;s words if possible</source>
        <translation>À quoi il sert, si possible avec les mots de la personne</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Do&amp;nné le :</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Expire le :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Ajouter le consentement</translation>
    </message>
    <message>
        <source>The sector, e.g. Health</source>
        <translation>Le secteur, par ex. Santé</translation>
    </message>
    <message>
        <source>The organisation, e.g. Médecins du Monde</source>
        <translation>L’organisme, par ex. Médecins du Monde</translation>
    </message>
    <message>
        <source>Pick a partner, or type another organisation</source>
        <translation>Choisissez un partenaire, ou tapez un autre organisme</translation>
    </message>
</context>
<context>
    <name>abri::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault… This takes a few seconds.</source>
        <translation>Création du coffre… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>You will be its first coordinator. You can add colleagues once it is created.</source>
        <translation>Vous en serez la première personne coordinatrice. Vous pourrez ajouter vos collègues une fois le coffre créé.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>The name you will type to unlock. It need not be your legal name.</source>
        <translation>Le nom que vous taperez pour déverrouiller. Ce n’est pas forcément votre nom légal.</translation>
    </message>
    <message>
        <source>Stored only inside the encrypted vault.</source>
        <translation>Enregistré uniquement dans le coffre chiffré.</translation>
    </message>
</context>
<context>
    <name>abri::ui::DemoVaultPage</name>
    <message>
        <source>The previous demo vault in %1 could not be removed. Remove it and try again.</source>
        <translation>L’ancien coffre de démonstration dans %1 n’a pas pu être supprimé. Supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled. No demo vault was made.</source>
        <translation>Annulé. Aucun coffre de démonstration n’a été créé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Making the demo vault… This takes several minutes.</source>
        <translation>Création du coffre de démonstration… Cela prend plusieurs minutes.</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Création du coffre de démonstration…</translation>
    </message>
    <message>
        <source>Open a demo vault</source>
        <translation>Ouvrir un coffre de démonstration</translation>
    </message>
    <message>
        <source>A throwaway vault full of fictional people and notes, to try Abri safely.</source>
        <translation>Un coffre jetable rempli de personnes et de notes fictives, pour essayer Abri sans risque.</translation>
    </message>
    <message>
        <source>Everything in it is made up, and it is marked DEMO everywhere. It is made in Abri&apos;s data folder and has one user per role; the lock screen shows their names and passphrase. Never record real people in it.</source>
        <translation>Tout son contenu est inventé, et il est marqué DÉMO partout. Il est créé dans le dossier de données d’Abri et compte un utilisateur par rôle ; l’écran de verrouillage affiche leurs noms et leur phrase de passe. N’y enregistrez jamais de vraies personnes.</translation>
    </message>
    <message>
        <source>&amp;Small: %L1 people, %L2 notes</source>
        <translation>&amp;Petit : %L1 personnes, %L2 notes</translation>
    </message>
    <message>
        <source>&amp;Large: %L1 people, %L2 notes</source>
        <translation>&amp;Grand : %L1 personnes, %L2 notes</translation>
    </message>
    <message>
        <source>To see how Abri copes with a big organisation. Making it takes several minutes.</source>
        <translation>Pour voir comment Abri s’en sort avec une grande organisation. Sa création prend plusieurs minutes.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Make the demo vault</source>
        <translation>&amp;Créer le coffre de démonstration</translation>
    </message>
</context>
<context>
    <name>abri::ui::Dialogs</name>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
</context>
<context>
    <name>abri::ui::FirstRunWizard</name>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>abri::ui::FolderField</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Où garder le coffre</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
</context>
<context>
    <name>abri::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>abri::ui::GlassBreaksModel</name>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
</context>
<context>
    <name>abri::ui::LedgerModel</name>
    <message>
        <source>The person (own copy)</source>
        <translation>La personne (sa propre copie)</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motif donné : %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What left</source>
        <translation>Ce qui est sorti</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examinée</translation>
    </message>
</context>
<context>
    <name>abri::ui::LedgerPage</name>
    <message numerus="yes">
        <source>The newest %n entries are shown: narrow the dates to see older ones.</source>
        <translation>
            <numerusform>Seule l’entrée la plus récente (%n) est affichée : resserrez les dates pour voir les plus anciennes.</numerusform>
            <numerusform>Les %n entrées les plus récentes sont affichées : resserrez les dates pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour la voir en entier.</translation>
    </message>
    <message>
        <source>File %1 to %2: %3 (%4), by %5.</source>
        <comment>code, recipient, document, channel, user</comment>
        <translation>Dossier %1 à %2 : %3 (%4), par %5.</translation>
    </message>
    <message>
        <source>What left: %1.</source>
        <translation>Ce qui est sorti : %1.</translation>
    </message>
    <message>
        <source>The person asked for their shelter address / location to be included.</source>
        <translation>La personne a demandé que son adresse d’hébergement / sa localisation soit incluse.</translation>
    </message>
    <message>
        <source>Override. Reason given: %1</source>
        <translation>Dérogation. Motif donné : %1</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>Examinée le %1.</translation>
    </message>
    <message>
        <source>Not reviewed yet: check the reason with whoever did it, then mark it reviewed.</source>
        <translation>Pas encore examinée : vérifiez le motif avec la personne qui l’a faite, puis marquez-la comme examinée.</translation>
    </message>
    <message>
        <source>Every time something about a person left Abri: printed, saved as a PDF, exported or sent with a referral. Entries name the fields that left, never their content, and cannot be changed or deleted. Overrides (sharing without a consent or agreement) wait here for your review.</source>
        <translation>Chaque fois qu’une information sur une personne est sortie d’Abri : imprimée, enregistrée en PDF, exportée ou envoyée avec une orientation. Les entrées nomment les champs sortis, jamais leur contenu, et ne peuvent être ni modifiées ni supprimées. Les dérogations (partage sans consentement ni accord) attendent ici votre examen.</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Only overrides to &amp;review</source>
        <translation>Seulement les dérogations à e&amp;xaminer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme examinée</translation>
    </message>
</context>
<context>
    <name>abri::ui::LockScreen</name>
    <message>
        <source>Type your name.</source>
        <translation>Tapez votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>R&amp;emember my name on this computer</source>
        <translation>Se &amp;souvenir de mon nom sur cet ordinateur</translation>
    </message>
    <message>
        <source>Anyone who uses this computer will see the name. Leave unticked on a shared computer.</source>
        <translation>Toute personne qui utilise cet ordinateur verra ce nom. Laissez décoché sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation>Utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>&amp;Open another vault</source>
        <translation>&amp;Ouvrir un autre coffre</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>A demo vault: every person and note in it is fictional. Unlock as any of these users (one per role): %1. Passphrase for all: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Un coffre de démonstration : chaque personne et chaque note y sont fictives. Déverrouillez-le avec l’un de ces utilisateurs (un par rôle) : %1. Phrase de passe pour tous : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>abri::ui::MainWindow</name>
    <message>
        <source>Your vault is ready. Unlock it with your name and passphrase.</source>
        <translation>Votre coffre est prêt. Déverrouillez-le avec votre nom et votre phrase de passe.</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Select a coordinator and choose Reset passphrase (or add a coordinator), then lock and unlock with that name and passphrase.</source>
        <translation>Vous avez ouvert le coffre avec la clé de récupération. Sélectionnez une personne coordinatrice et choisissez Réinitialiser la phrase de passe (ou ajoutez-en une), puis verrouillez et déverrouillez avec ce nom et cette phrase de passe.</translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed unlock attempt(s) on this computer since your last unlock. If that was not you, tell a coordinator.</source>
        <translation>
            <numerusform>Il y a eu %n tentative de déverrouillage échouée sur cet ordinateur depuis votre dernier déverrouillage. Si ce n’était pas vous, prévenez une personne coordinatrice.</numerusform>
            <numerusform>Il y a eu %n tentatives de déverrouillage échouées sur cet ordinateur depuis votre dernier déverrouillage. Si ce n’était pas vous, prévenez une personne coordinatrice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abri — Locked</source>
        <translation>Abri — Verrouillé</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>A re-key that was interrupted has been completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault now. A coordinator should choose &quot;Revoke and re-key&quot; on the Users page now.</source>
        <translation>Un changement de clé interrompu a été terminé, mais sa nouvelle clé de récupération n’a jamais été affichée : personne n’a aujourd’hui de clé de récupération qui ouvre ce coffre. Une personne coordinatrice doit choisir « Révoquer et changer la clé » dans la page Utilisateurs, maintenant.</translation>
    </message>
    <message>
        <source>The demo vault is ready. Unlock it as one of the demo users below.</source>
        <translation>Le coffre de démonstration est prêt. Déverrouillez-le avec l’un des utilisateurs de démonstration ci-dessous.</translation>
    </message>
    <message>
        <source>Abri — DEMO — Locked</source>
        <translation>Abri — DÉMO — Verrouillé</translation>
    </message>
    <message>
        <source>Abri — DEMO</source>
        <translation>Abri — DÉMO</translation>
    </message>
</context>
<context>
    <name>abri::ui::MergeDialog</name>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronoms : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Intervenant·e : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun·e</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Alertes : %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé le : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This file was already merged into another one. Pick the file it was merged into.</source>
        <translation>Ce dossier a déjà été fusionné dans un autre. Choisissez le dossier dans lequel il a été fusionné.</translation>
    </message>
    <message>
        <source>Merge files</source>
        <translation>Fusionner des dossiers</translation>
    </message>
    <message>
        <source>Everything in file %2 (notes, consents, follow-ups, attachments, contacts and other details) moves into file %1. Where both files hold a different value, both are kept. File %2 is then closed and points to %1.

This cannot be undone.</source>
        <translation>Tout le contenu du dossier %2 (notes, consentements, suivis, pièces jointes, contacts et autres informations) est transféré dans le dossier %1. Lorsque les deux dossiers contiennent des valeurs différentes, les deux sont conservées. Le dossier %2 est ensuite clos et renvoie vers %1.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge a duplicate file</source>
        <translation>Fusionner un dossier en double</translation>
    </message>
    <message>
        <source>&amp;Other file:</source>
        <translation>&amp;Autre dossier :</translation>
    </message>
    <message>
        <source>Type an alias, a tag or the short code</source>
        <translation>Tapez un alias, une étiquette ou le code court</translation>
    </message>
    <message>
        <source>This file (kept)</source>
        <translation>Ce dossier (conservé)</translation>
    </message>
    <message>
        <source>This file, %1 (kept)</source>
        <translation>Ce dossier, %1 (conservé)</translation>
    </message>
    <message>
        <source>Other file (closed after merging)</source>
        <translation>Autre dossier (clos après la fusion)</translation>
    </message>
    <message>
        <source>Other file, %1 (closed after merging)</source>
        <translation>Autre dossier, %1 (clos après la fusion)</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>Choisissez le doublon ci-dessus.</translation>
    </message>
    <message>
        <source>Everything in the other file moves into this one; nothing is dropped. The other file is then closed and points here. Only coordinators may merge.</source>
        <translation>Tout le contenu de l’autre dossier est transféré dans celui-ci ; rien n’est perdu. L’autre dossier est ensuite clos et renvoie ici. Seules les personnes coordinatrices peuvent fusionner.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
</context>
<context>
    <name>abri::ui::MyAccountPage</name>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Changement de votre phrase de passe…</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Votre phrase de passe a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>You are signed in as %1, with the role %2.</source>
        <translation>Vous êtes connecté·e en tant que %1, avec le rôle %2.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
</context>
<context>
    <name>abri::ui::NewPersonDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>alias (short code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>person, status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Créer &amp;quand même</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>The name the person chooses to be called</source>
        <translation>Le nom que la personne a choisi pour qu’on l’appelle</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms :</translation>
    </message>
    <message>
        <source>For example: she/her</source>
        <translation>Par exemple : elle</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Separated by commas: French, Portuguese</source>
        <translation>Séparées par des virgules : français, portugais</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>&amp;Téléphone (facultatif) :</translation>
    </message>
    <message>
        <source>Possible duplicates: these files have a similar alias or the same phone. Open one if it is the same person, or create a new file anyway.</source>
        <translation>Doublons possibles : ces dossiers ont un alias proche ou le même téléphone. Ouvrez-en un s’il s’agit de la même personne, ou créez quand même un nouveau dossier.</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;Ouvrir le dossier sélectionné</translation>
    </message>
</context>
<context>
    <name>abri::ui::OpenVaultPage</name>
    <message>
        <source>Choose the folder of the vault, often named “vault.abri”.</source>
        <translation>Choisissez le dossier du coffre, souvent nommé « vault.abri ».</translation>
    </message>
    <message>
        <source>This folder holds a vault. Choose Finish, then unlock it.</source>
        <translation>Ce dossier contient un coffre. Choisissez Terminer, puis déverrouillez-le.</translation>
    </message>
    <message>
        <source>This folder is not an Abri vault. Choose the vault folder itself.</source>
        <translation>Ce dossier n’est pas un coffre Abri. Choisissez le dossier du coffre lui-même.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>For example a vault copied from another computer or restored from a backup.</source>
        <translation>Par exemple un coffre copié depuis un autre ordinateur ou restauré depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>Dossier du &amp;coffre :</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l’organisme</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Se&amp;rvices:</source>
        <translation>Se&amp;rvices :</translation>
    </message>
    <message>
        <source>What they offer, for example &quot;free STI testing, no ID needed&quot;</source>
        <translation>Ce qu’il propose, par exemple «&#xa0;dépistage IST gratuit, sans pièce d’identité&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Separated by commas: French, Portuguese</source>
        <translation>Séparées par des virgules : français, portugais</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 9:00–17:00</source>
        <translation>Par exemple : lun.–ven. 9 h–17 h</translation>
    </message>
    <message>
        <source>&amp;Contact people:</source>
        <translation>&amp;Personnes à contacter :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Secure channels</source>
        <translation>Canaux sécurisés</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>A&amp;jouter un contact</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Suppri&amp;mer le contact</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerKeyDialog</name>
    <message>
        <source>(paste a key)</source>
        <translation>(collez une clé)</translation>
    </message>
    <message>
        <source>(not a key)</source>
        <translation>(pas une clé)</translation>
    </message>
    <message>
        <source>Partner&apos;s public key</source>
        <translation>Clé publique du partenaire</translation>
    </message>
    <message>
        <source>Paste the public key the partner sent you: 64 hexadecimal digits, base64, or a block between &quot;BEGIN ABRI PUBLIC KEY&quot; and &quot;END ABRI PUBLIC KEY&quot;. Then read the fingerprint aloud to them over the phone: it must match the one they see.</source>
        <translation>Collez la clé publique que le partenaire vous a envoyée : 64 chiffres hexadécimaux, du base64, ou un bloc entre «&#xa0;BEGIN ABRI PUBLIC KEY&#xa0;» et «&#xa0;END ABRI PUBLIC KEY&#xa0;». Lisez-lui ensuite l’empreinte à voix haute au téléphone : elle doit correspondre à celle qu’il voit.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerPage</name>
    <message>
        <source>Opening the partner…</source>
        <translation>Ouverture du partenaire…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Fingerprint of the key on record. Read it aloud to the partner to check that it matches theirs.</source>
        <translation>Empreinte de la clé enregistrée. Lisez-la à voix haute au partenaire pour vérifier qu’elle correspond à la sienne.</translation>
    </message>
    <message>
        <source>No public key is on record for this partner. A key lets Abri exchange encrypted files with them later.</source>
        <translation>Aucune clé publique n’est enregistrée pour ce partenaire. Une clé permettra plus tard à Abri d’échanger des fichiers chiffrés avec lui.</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>Remplacer la &amp;clé…</translation>
    </message>
    <message>
        <source>Set &amp;key…</source>
        <translation>Définir la &amp;clé…</translation>
    </message>
    <message>
        <source>Signed %1, renew by %2</source>
        <translation>Signé le %1, à renouveler avant le %2</translation>
    </message>
    <message>
        <source>Signed %1, no end date</source>
        <translation>Signé le %1, sans date de fin</translation>
    </message>
    <message>
        <source>Agreed %1 by %2</source>
        <translation>Convenu le %1 avec %2</translation>
    </message>
    <message>
        <source>Profile only</source>
        <translation>Profil seulement</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signé le %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>Aucun joint</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove this partner&apos;s public key? Encrypted exchange with them is then impossible until a key is set again.</source>
        <translation>Supprimer la clé publique de ce partenaire ? L’échange chiffré avec lui sera alors impossible jusqu’à ce qu’une clé soit de nouveau définie.</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Joindre l’accord signé</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</source>
        <translation>Documents PDF et images (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Return to the page this partner was opened from</source>
        <translation>Revenir à la page d’où ce partenaire a été ouvert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horaires :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Personnes à contacter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Secure channels</source>
        <translation>Canaux sécurisés</translation>
    </message>
    <message>
        <source>No contact person is recorded.</source>
        <translation>Aucune personne à contacter n’est enregistrée.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>May receive</source>
        <translation>Peut recevoir</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No agreement yet: nothing beyond the profile may be shared with this partner. Choose &quot;New agreement…&quot; to record one.</source>
        <translation>Pas encore d’accord : rien au-delà du profil ne peut être partagé avec ce partenaire. Choisissez «&#xa0;Nouvel accord…&#xa0;» pour en enregistrer un.</translation>
    </message>
    <message>
        <source>No agreement yet: nothing beyond the profile may be shared with this partner.</source>
        <translation>Pas encore d’accord : rien au-delà du profil ne peut être partagé avec ce partenaire.</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
        <source>Edit a&amp;greement…</source>
        <translation>Modifier l’&amp;accord…</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>Joindre un &amp;document…</translation>
    </message>
    <message>
        <source>&amp;View document</source>
        <translation>&amp;Voir le document</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Aucun accord</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <comment>status</comment>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · renew by %2</source>
        <comment>status, date</comment>
        <translation>%1 · à renouveler avant le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · renew by %2 (%n day(s) left)</source>
        <comment>status, date</comment>
        <translation>
            <numerusform>%1 · à renouveler avant le %2 (%n jour restant)</numerusform>
            <numerusform>%1 · à renouveler avant le %2 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ended %2</source>
        <comment>status, date</comment>
        <translation>%1 · terminé le %2</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnersPage</name>
    <message numerus="yes">
        <source>%n partner(s) match</source>
        <translation>
            <numerusform>%n partenaire correspond</numerusform>
            <numerusform>%n partenaires correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches. Choose &quot;All&quot; in the filters or clear the search to see every partner.</source>
        <translation>Aucun partenaire ne correspond. Choisissez «&#xa0;Tous&#xa0;» dans les filtres ou effacez la recherche pour voir tous les partenaires.</translation>
    </message>
    <message>
        <source>No partner organisation is recorded yet. Choose &quot;New partner…&quot; to add the clinics, lawyers and groups people are referred to.</source>
        <translation>Aucun organisme partenaire n’est encore enregistré. Choisissez «&#xa0;Nouveau partenaire…&#xa0;» pour ajouter les centres de santé, avocat·es et associations vers lesquels les personnes sont orientées.</translation>
    </message>
    <message>
        <source>No partner organisation is recorded yet. A coordinator adds them.</source>
        <translation>Aucun organisme partenaire n’est encore enregistré. Une personne coordinatrice les ajoute.</translation>
    </message>
    <message>
        <source>Find a partner: part of its name or services</source>
        <translation>Trouver un partenaire : une partie de son nom ou de ses services</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>Nouveau &amp;partenaire…</translation>
    </message>
    <message>
        <source>Record a partner organisation</source>
        <translation>Enregistrer un organisme partenaire</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Accord :</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Aucun accord</translation>
    </message>
</context>
<context>
    <name>abri::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Repea&amp;t passphrase:</source>
        <translation>Confir&amp;mer la phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>Repea&amp;t new passphrase:</source>
        <translation>Confir&amp;mer la nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité :</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>
            <numerusform>Au moins %n caractère. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform>
            <numerusform>Au moins %n caractères. Quelques mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Trop courte : encore %n caractère.</numerusform>
            <numerusform>Trop courte : encore %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess. Add another unrelated word.</source>
        <translation>Trop facile à deviner. Ajoutez un autre mot sans rapport.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Tapez à nouveau la phrase de passe pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Bonne phrase de passe.</translation>
    </message>
</context>
<context>
    <name>abri::ui::PeopleModel</name>
    <message>
        <source>The name is hidden: lists show the code.</source>
        <translation>Le nom est masqué : les listes affichent le code.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun·e</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Alertes de risque</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>abri::ui::PeoplePage</name>
    <message>
        <source>Type the words to look for in notes first.</source>
        <translation>Tapez d’abord les mots à chercher dans les notes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) match the filters</source>
        <translation>
            <numerusform>%Ln personne correspond aux filtres</numerusform>
            <numerusform>%Ln personnes correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches these filters. Choose &quot;All&quot; in a filter to see more people.</source>
        <translation>Personne ne correspond à ces filtres. Choisissez « Tous » dans un filtre pour voir plus de personnes.</translation>
    </message>
    <message>
        <source>No one is in the vault yet. Choose &quot;New person&quot; (Ctrl+N) to open the first file.</source>
        <translation>Il n’y a encore personne dans le coffre. Choisissez « Nouvelle personne » (Ctrl+N) pour ouvrir le premier dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Try part of an alias or a tag, a code, or the last digits of a phone number. Press Enter to look for these words in notes.</source>
        <translation>Personne ne correspond à « %1 ». Essayez une partie d’un alias ou d’une étiquette, un code, ou les derniers chiffres d’un numéro de téléphone. Appuyez sur Entrée pour chercher ces mots dans les notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No note you may read contains &quot;%1&quot;. Check the spelling, or use fewer words.</source>
        <translation>Aucune note que vous pouvez lire ne contient « %1 ». Vérifiez l’orthographe, ou utilisez moins de mots.</translation>
    </message>
    <message>
        <source>Find a person: alias, tag, code or last digits of a phone (Ctrl+F)</source>
        <translation>Trouver une personne : alias, étiquette, code ou derniers chiffres d’un téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in &amp;notes</source>
        <translation>Chercher dans les &amp;notes</translation>
    </message>
    <message>
        <source>Look for these words in the notes you may read</source>
        <translation>Chercher ces mots dans les notes que vous pouvez lire</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>Nou&amp;velle personne…</translation>
    </message>
    <message>
        <source>Open a new person file (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Intervenant·e :</translation>
    </message>
    <message>
        <source>Risk &amp;flag:</source>
        <translation>&amp;Alerte de risque :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>No worker</source>
        <translation>Sans intervenant·e</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Flags and tags</source>
        <translation>Alertes et étiquettes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>abri::ui::PersonOverviewTab</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Short code: %1</source>
        <translation>Code court : %1</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Créé le %1, modifié le %2</translation>
    </message>
    <message>
        <source>Status since %1</source>
        <translation>Dans cet état depuis le %1</translation>
    </message>
    <message>
        <source>This file was merged into another one and is kept closed.</source>
        <translation>Ce dossier a été fusionné dans un autre et reste clos.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>&amp;Hide in lists</source>
        <translation>Mas&amp;quer dans les listes</translation>
    </message>
    <message>
        <source>Lists and search results show the short code instead of the alias.</source>
        <translation>Les listes et les résultats de recherche affichent le code court au lieu de l’alias.</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Risk flags:</source>
        <translation>Alertes de risque :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>Assigned &amp;worker:</source>
        <translation>Intervenant·e &amp;désigné·e :</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>&amp;Nom d’état civil :</translation>
    </message>
    <message>
        <source>&amp;ID numbers:</source>
        <translation>Numéros d’&amp;identité :</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Nai&amp;ssance :</translation>
    </message>
    <message>
        <source>Year (1994) or date (1994-03-21)</source>
        <translation>Année (1994) ou date (1994-03-21)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Numéro ou adresse</translation>
    </message>
    <message>
        <source>Safe-contact instructions</source>
        <translation>Consignes pour un contact sans risque</translation>
    </message>
    <message>
        <source>Safe hours</source>
        <translation>Horaires sans risque</translation>
    </message>
    <message>
        <source>Add contact &amp;method</source>
        <translation>Ajouter un moyen de &amp;contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>Contact d’&amp;urgence :</translation>
    </message>
    <message>
        <source>Where the person can usually be found</source>
        <translation>Où l’on peut habituellement trouver la personne</translation>
    </message>
    <message>
        <source>Summary; details go in health notes</source>
        <translation>Résumé ; les détails vont dans les notes de santé</translation>
    </message>
    <message>
        <source>Summary; details go in legal notes</source>
        <translation>Résumé ; les détails vont dans les notes juridiques</translation>
    </message>
    <message>
        <source>Where the person is staying</source>
        <translation>Où la personne est hébergée</translation>
    </message>
    <message>
        <source>Who is a danger, and how</source>
        <translation>Qui représente un danger, et de quelle manière</translation>
    </message>
    <message>
        <source>Restricted — your role does not see this part.</source>
        <translation>Restreint — votre rôle ne voit pas cette partie.</translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation>Briser la glace…</translation>
    </message>
    <message>
        <source>Read only: your role may see this part but not change it.</source>
        <translation>Lecture seule : votre rôle peut voir cette partie mais pas la modifier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>En&amp;registrer les modifications</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>abri::ui::PersonPage</name>
    <message>
        <source>%1: %2</source>
        <comment>status: reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>worker: %1</source>
        <translation>intervenant·e : %1</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>aucun·e intervenant·e désigné·e</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>This file was merged into another one. Everything it held is there now.</source>
        <translation>Ce dossier a été fusionné dans un autre. Tout ce qu’il contenait s’y trouve maintenant.</translation>
    </message>
    <message>
        <source>Open &amp;that file</source>
        <translation>Ouvrir ce &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Merge with another file…</source>
        <translation>F&amp;usionner avec un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>Co&amp;nsentements</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Atta&amp;chments</source>
        <translation>&amp;Pièces jointes</translation>
    </message>
    <message>
        <source>Share / pr&amp;int…</source>
        <translation>Partager / &amp;imprimer…</translation>
    </message>
    <message>
        <source>Print consent &amp;receipt…</source>
        <translation>Imprimer le &amp;reçu de consentement…</translation>
    </message>
    <message>
        <source>Print disclosure &amp;history…</source>
        <translation>Imprimer l’&amp;historique des communications…</translation>
    </message>
    <message>
        <source>Share information with a &amp;partner…</source>
        <translation>Partager des informations avec un par&amp;tenaire…</translation>
    </message>
    <message>
        <source>Shared &amp;with</source>
        <translation>Partagé &amp;avec</translation>
    </message>
</context>
<context>
    <name>abri::ui::PreferencesPage</name>
    <message>
        <source>Saved. It applies to everyone who uses this vault.</source>
        <translation>Enregistré. Cela vaut pour toutes les personnes qui utilisent ce coffre.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>For this vault</source>
        <translation>Pour ce coffre</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller a&amp;près :</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min sans utilisation</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Abri locks by itself after this many minutes without use, for everyone who uses this vault (1 to 240).</source>
        <translation>Abri se verrouille tout seul après ce nombre de minutes sans utilisation, pour toutes les personnes qui utilisent ce coffre (de 1 à 240).</translation>
    </message>
    <message numerus="yes">
        <source>Abri locks after %n minute(s) without use. A coordinator can change this.</source>
        <translation>
            <numerusform>Abri se verrouille après %n minute sans utilisation. Une personne coordinatrice peut changer ce réglage.</numerusform>
            <numerusform>Abri se verrouille après %n minutes sans utilisation. Une personne coordinatrice peut changer ce réglage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+L locks at once. In a hurry, press Esc three times quickly: Abri locks and clears the screen. Abri also locks when the computer sleeps or its screen locks.</source>
        <translation>Ctrl+L verrouille immédiatement. En cas d’urgence, appuyez trois fois de suite sur Échap : Abri se verrouille et efface l’écran. Abri se verrouille aussi quand l’ordinateur se met en veille ou que son écran se verrouille.</translation>
    </message>
    <message>
        <source>Lists now show codes instead of names.</source>
        <translation>Les listes affichent maintenant les codes au lieu des noms.</translation>
    </message>
    <message>
        <source>Lists now show names again, except for people whose file hides theirs.</source>
        <translation>Les listes affichent à nouveau les noms, sauf pour les personnes dont le dossier masque le leur.</translation>
    </message>
    <message>
        <source>&amp;Hide names in lists (show codes only)</source>
        <translation>&amp;Masquer les noms dans les listes (afficher seulement les codes)</translation>
    </message>
    <message>
        <source>For work in public places: lists, search results and the Today page show each person&apos;s code instead of their name. Only for you, on every computer.</source>
        <translation>Pour travailler dans des lieux publics : les listes, les résultats de recherche et la page Aujourd’hui affichent le code de chaque personne au lieu de son nom. Seulement pour vous, sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>For work in public places. This applies only to you.</source>
        <translation>Pour travailler dans des lieux publics. Cela ne s’applique qu’à vous.</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>The vault was re-keyed. Copies of the old key file no longer open it, disabled users&apos; access was removed, and the old recovery key no longer works.</source>
        <translation>La clé du coffre a été changée. Les copies de l’ancien fichier de clés ne l’ouvrent plus, l’accès des utilisateurs désactivés a été supprimé et l’ancienne clé de récupération ne fonctionne plus.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>The vault is ready. Keep this key safe before you go on.</source>
        <translation>Le coffre est prêt. Mettez cette clé en lieu sûr avant de continuer.</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyView</name>
    <message>
        <source>This is the vault&apos;s recovery key. It opens the vault if every passphrase is lost. It is shown only now.</source>
        <translation>Voici la clé de récupération du coffre. Elle ouvre le coffre si toutes les phrases de passe sont perdues. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Write it on paper or print it, and keep it in a safe place away from this computer. Anyone who has it and a copy of the vault can read everything in it.</source>
        <translation>Notez-la sur papier ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur. Quiconque la détient avec une copie du coffre peut tout y lire.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the key; the clipboard is cleared after 30 seconds and when Abri locks.</source>
        <translation>Copie la clé ; le presse-papiers est vidé au bout de 30 secondes et quand Abri se verrouille.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it and will keep it safe</source>
        <translation>Je l’ai &amp;notée ou imprimée et je la garderai en lieu sûr</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryUnlockForm</name>
    <message>
        <source>Type the recovery key from the sheet made when the vault was created or last re-keyed. Capital or small letters and the dashes do not matter. You can then set a new passphrase in Users.</source>
        <translation>Tapez la clé de récupération de la feuille faite à la création du coffre ou à son dernier changement de clé. Majuscules, minuscules et tirets n’ont pas d’importance. Vous pourrez ensuite définir une nouvelle phrase de passe dans Utilisateurs.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
</context>
<context>
    <name>abri::ui::ResetPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation>Réinitialiser la phrase de passe</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1. Tell them in person, and ask them to change it in My account after they unlock.</source>
        <translation>Définissez une nouvelle phrase de passe pour %1. Communiquez-la en personne et demandez de la changer dans Mon compte après le déverrouillage.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase de passe</translation>
    </message>
</context>
<context>
    <name>abri::ui::ShareDialog</name>
    <message>
        <source>The person themself (their own copy)</source>
        <translation>La personne elle-même (sa propre copie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>partner (sector)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request from %1: %2, received %3</source>
        <comment>authority kind, who asked, date</comment>
        <translation>Demande de %1 : %2, reçue le %3</translation>
    </message>
    <message>
        <source>Optional for the person&apos;s own copy</source>
        <translation>Facultatif pour la copie de la personne</translation>
    </message>
    <message>
        <source>No consent in force names this recipient: type the purpose</source>
        <translation>Aucun consentement en vigueur ne nomme ce destinataire : tapez l’objet</translation>
    </message>
    <message>
        <source>What it is for: a consent covers one purpose</source>
        <translation>À quoi cela sert : un consentement couvre un seul objet</translation>
    </message>
    <message>
        <source>✓ Will be sent</source>
        <translation>✓ Sera envoyé</translation>
    </message>
    <message>
        <source>Can be sent: tick it to include it</source>
        <translation>Peut être envoyé : cochez-le pour l’inclure</translation>
    </message>
    <message>
        <source>✗ Withheld: %1</source>
        <translation>✗ Retenu : %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Retenu : %1</translation>
    </message>
    <message>
        <source>Checking what may be shared…</source>
        <translation>Vérification de ce qui peut être partagé…</translation>
    </message>
    <message>
        <source>Choose or type the purpose: Abri then checks each field against the person&apos;s consents for it.</source>
        <translation>Choisissez ou tapez l’objet : Abri vérifie alors chaque champ au regard des consentements de la personne pour cet objet.</translation>
    </message>
    <message>
        <source>Tick what the document should carry.</source>
        <translation>Cochez ce que le document doit contenir.</translation>
    </message>
    <message>
        <source>Nothing ticked may be sent, so nothing can be printed or saved.</source>
        <translation>Rien de ce qui est coché ne peut être envoyé : rien ne peut donc être imprimé ni enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked field(s) will be sent. Basis: %1.</source>
        <translation>
            <numerusform>%n champ coché sera envoyé. Base : %1.</numerusform>
            <numerusform>%n champs cochés seront envoyés. Base : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The withheld ones stay out of the document.</source>
        <translation>Les champs retenus restent hors du document.</translation>
    </message>
    <message>
        <source>Share or print</source>
        <translation>Partager ou imprimer</translation>
    </message>
    <message>
        <source>File %1.</source>
        <comment>short code</comment>
        <translation>Dossier %1.</translation>
    </message>
    <message>
        <source>Tick what the document should carry. Abri checks each field against the person&apos;s consents, the partner&apos;s agreement and your role, and says why anything is withheld. Nothing leaves until you print or save; each print and each saved PDF is recorded in the disclosure ledger.</source>
        <translation>Cochez ce que le document doit contenir. Abri vérifie chaque champ au regard des consentements de la personne, de l’accord du partenaire et de votre rôle, et indique pourquoi un champ est retenu. Rien ne sort tant que vous n’imprimez pas ou n’enregistrez pas ; chaque impression et chaque PDF enregistré sont inscrits au registre des communications.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;cument :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Ne&amp;utral layout (no organisation name)</source>
        <translation>Mise en page ne&amp;utre (sans nom d’organisme)</translation>
    </message>
    <message>
        <source>For papers the person carries: nothing on them says what kind of service wrote them.</source>
        <translation>Pour les papiers que la personne garde sur elle : rien n’y indique quel type de service les a rédigés.</translation>
    </message>
    <message>
        <source>The person &amp;asked to include their shelter address / location</source>
        <translation>La personne a demandé d’inclure son adresse d’&amp;hébergement / sa localisation</translation>
    </message>
    <message>
        <source>&amp;What the document carries:</source>
        <translation>Ce que con&amp;tient le document :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Part of the profile every role sees</source>
        <translation>Fait partie du profil visible par tous les rôles</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Déro&amp;gation…</translation>
    </message>
    <message>
        <source>Override the consent or agreement</source>
        <translation>Déroger au consentement ou à l’accord</translation>
    </message>
    <message>
        <source>Only when there is a real reason, such as a court order or a danger to life. An override is recorded with your name and reason in the ledger and the audit log, and listed for review. It never overrides what your role may read, nor the person&apos;s own choice about their shelter address and location.</source>
        <translation>Seulement en cas de raison réelle, comme une décision de justice ou un danger de mort. Une dérogation est inscrite avec votre nom et votre motif au registre et au journal d’audit, et listée pour examen. Elle ne passe jamais outre ce que votre rôle peut lire, ni le choix de la personne concernant son adresse d’hébergement et sa localisation.</translation>
    </message>
    <message>
        <source>Why (at least 10 characters)</source>
        <translation>Pourquoi (au moins 10 caractères)</translation>
    </message>
    <message>
        <source>Apply o&amp;verride</source>
        <translation>Appli&amp;quer la dérogation</translation>
    </message>
    <message>
        <source>Cancel override</source>
        <translation>Annuler la dérogation</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Choose or type the purpose first.</source>
        <translation>Choisissez ou tapez d’abord l’objet.</translation>
    </message>
    <message>
        <source>Override in effect. Reason: %1. Printing or saving now is recorded as an override and listed for review.</source>
        <translation>Dérogation en vigueur. Motif : %1. Si vous imprimez ou enregistrez maintenant, ce sera inscrit comme dérogation et listé pour examen.</translation>
    </message>
    <message>
        <source>Sent to the printer, and recorded in the disclosure ledger.</source>
        <translation>Envoyé à l’imprimante, et inscrit au registre des communications.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1
The disclosure ledger already has an entry for it, and it stays there as a record of the attempt. Choose another folder and save again; that is recorded as a new entry.</source>
        <translation>Le PDF n’a pas pu être enregistré : %1
Le registre des communications contient déjà une entrée pour cet envoi ; elle y reste comme trace de la tentative. Choisissez un autre dossier et enregistrez à nouveau ; cela sera inscrit comme une nouvelle entrée.</translation>
    </message>
    <message>
        <source>Saved as %1, and recorded in the disclosure ledger. The file is not encrypted: give it to the recipient and delete it from this computer when it is no longer needed.</source>
        <translation>Enregistré sous %1, et inscrit au registre des communications. Le fichier n’est pas chiffré : remettez-le au destinataire et supprimez-le de cet ordinateur quand il n’est plus utile.</translation>
    </message>
    <message>
        <source>The printer reported an error, so the document may not have been printed. The disclosure ledger keeps the entry as a record of the attempt.</source>
        <translation>L’imprimante a signalé une erreur : le document n’a peut-être pas été imprimé. Le registre des communications garde l’entrée, qui consigne la tentative.</translation>
    </message>
</context>
<context>
    <name>abri::ui::SharedWithTab</name>
    <message>
        <source>Everything that left Abri about this person: to whom, what (field names, never the values), why, how, on what basis and by whom. The person may ask for this list; print it for them with Print disclosure history.</source>
        <translation>Tout ce qui est sorti d’Abri au sujet de cette personne : à qui, quoi (les noms des champs, jamais les valeurs), pourquoi, comment, sur quelle base et par qui. La personne peut demander cette liste ; imprimez-la pour elle avec «&#xa0;Imprimer l’historique des communications&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing about this person has been printed, saved or sent yet.</source>
        <translation>Rien concernant cette personne n’a encore été imprimé, enregistré ni envoyé.</translation>
    </message>
    <message>
        <source>Print consent &amp;receipt…</source>
        <translation>Imprimer le &amp;reçu de consentement…</translation>
    </message>
    <message>
        <source>Print disclosure &amp;history…</source>
        <translation>Imprimer l’&amp;historique des communications…</translation>
    </message>
    <message>
        <source>Share information with a &amp;partner…</source>
        <translation>Partager des informations avec un par&amp;tenaire…</translation>
    </message>
</context>
<context>
    <name>abri::ui::TimelineTab</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>The corrected text becomes the current version. The earlier text is kept in the note&apos;s history.</source>
        <translation>Le texte corrigé devient la version actuelle. Le texte précédent est conservé dans l’historique de la note.</translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation>Corriger la note</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigée)</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Restreint (%1)</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>General (every role reads it)</source>
        <translation>Général (lisible par tous les rôles)</translation>
    </message>
    <message>
        <source>A note in a category is read only by the roles that see that part of the file.</source>
        <translation>Une note classée dans une catégorie n’est lue que par les rôles qui voient cette partie du dossier.</translation>
    </message>
    <message>
        <source>What happened, what was agreed. Ctrl+Enter adds the note.</source>
        <translation>Ce qui s’est passé, ce qui a été convenu. Ctrl+Enter ajoute la note.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation>Briser la glace…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ce qu’il faut faire ensuite</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Ajouter un &amp;suivi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
</context>
<context>
    <name>abri::ui::TodayPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n jour de retard)</numerusform>
            <numerusform>%1 (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>My follow-ups due</source>
        <translation>Mes suivis à échéance</translation>
    </message>
    <message>
        <source>Nothing is due. Follow-ups you own appear here on their due date; add one on the Timeline of a person.</source>
        <translation>Rien n’est à échéance. Les suivis dont vous êtes responsable apparaissent ici à leur date d’échéance ; ajoutez-en un dans la chronologie d’une personne.</translation>
    </message>
    <message numerus="yes">
        <source>Consents expiring within %n day(s)</source>
        <translation>
            <numerusform>Consentements qui expirent d’ici %n jour</numerusform>
            <numerusform>Consentements qui expirent d’ici %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No consent runs out in the next %n day(s).</source>
        <translation>
            <numerusform>Aucun consentement n’expire d’ici %n jour.</numerusform>
            <numerusform>Aucun consentement n’expire d’ici %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Se termine aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminé depuis %n jour</numerusform>
            <numerusform>Terminé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>What needs doing: your follow-ups that are due, consents that run out soon, and agreements with partners that lapse. Press Enter or double-click a row to open the person or the partner.</source>
        <translation>Ce qui est à faire : vos suivis arrivés à échéance, les consentements qui expirent bientôt et les accords avec des partenaires qui arrivent à échéance. Appuyez sur Entrée ou double-cliquez sur une ligne pour ouvrir la personne ou le partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>Agreements lapsing within %n day(s)</source>
        <translation>
            <numerusform>Accords arrivant à échéance d’ici %n jour</numerusform>
            <numerusform>Accords arrivant à échéance d’ici %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement with a partner lapses in the next %n day(s).</source>
        <translation>
            <numerusform>Aucun accord avec un partenaire n’arrive à échéance d’ici %n jour.</numerusform>
            <numerusform>Aucun accord avec un partenaire n’arrive à échéance d’ici %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
</context>
<context>
    <name>abri::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last unlock</source>
        <translation>Dernier déverrouillage</translation>
    </message>
</context>
<context>
    <name>abri::ui::UsersPage</name>
    <message>
        <source>&amp;Enable</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>Revoke and re-key</source>
        <translation>Révoquer et changer la clé</translation>
    </message>
    <message>
        <source>Re-keying changes the vault&apos;s encryption key. Disabled users lose access for good, copies of the old key file stop working, and a new recovery key replaces the old one, which you must write down again. Active users keep their passphrases.

This takes a moment.</source>
        <translation>Changer la clé remplace la clé de chiffrement du coffre. Les utilisateurs désactivés perdent l’accès pour de bon, les copies de l’ancien fichier de clés cessent de fonctionner, et une nouvelle clé de récupération remplace l’ancienne : il faudra la noter à nouveau. Les utilisateurs actifs gardent leur phrase de passe.

Cela prend un moment.</translation>
    </message>
    <message>
        <source>&amp;Re-key now</source>
        <translation>&amp;Changer la clé maintenant</translation>
    </message>
    <message>
        <source>Everyone who may unlock this vault, with their role. Disabling a user stops them unlocking; re-keying also removes their key for good.</source>
        <translation>Toutes les personnes qui peuvent déverrouiller ce coffre, avec leur rôle. Désactiver un utilisateur l’empêche de déverrouiller ; changer la clé supprime aussi sa clé pour de bon.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Réinitialiser la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Revoke and re-&amp;key…</source>
        <translation>Révoquer et changer la &amp;clé…</translation>
    </message>
</context>
<context>
    <name>abri::ui::WizardStartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Abri keeps your organisation&apos;s records in an encrypted vault.</source>
        <translation>Abri garde les dossiers de votre organisation dans un coffre chiffré.</translation>
    </message>
    <message>
        <source>A vault is a folder on this computer. Nothing in it can be read without a passphrase. Each person who uses Abri gets their own name and passphrase.</source>
        <translation>Un coffre est un dossier sur cet ordinateur. Rien de ce qu’il contient ne peut être lu sans phrase de passe. Chaque personne qui utilise Abri a son propre nom et sa propre phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault folder</source>
        <translation>&amp;Ouvrir le dossier d’un coffre existant</translation>
    </message>
    <message>
        <source>Try Abri in a &amp;demo vault</source>
        <translation>Essayer Abri dans un coffre de &amp;démonstration</translation>
    </message>
    <message>
        <source>A throwaway vault with fictional people and notes, marked DEMO everywhere.</source>
        <translation>Un coffre jetable avec des personnes et des notes fictives, marqué DÉMO partout.</translation>
    </message>
</context>
<context>
    <name>abri::ui::Workspace</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Ouvert avec la clé de récupération</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). In a hurry, press Esc three times.</source>
        <translation>Verrouiller maintenant (Ctrl+L). En cas d’urgence, appuyez trois fois sur Échap.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>A demo vault: every person and note in it is fictional.</source>
        <translation>Un coffre de démonstration : chaque personne et chaque note y sont fictives.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Disclosure ledger</source>
        <translation>Registre des communications</translation>
    </message>
    <message>
        <source>Authority requests</source>
        <translation>Demandes des autorités</translation>
    </message>
</context>
</TS>
