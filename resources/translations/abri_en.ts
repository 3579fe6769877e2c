<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditActions</name>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Passphrase reset</source>
        <translation>Passphrase reset</translation>
    </message>
    <message>
        <source>Own passphrase changed</source>
        <translation>Own passphrase changed</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Vault re-keyed</source>
        <translation>Vault re-keyed</translation>
    </message>
    <message>
        <source>Opened with recovery key</source>
        <translation>Opened with recovery key</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>Audit log verified</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>File created</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>File changed</translation>
    </message>
    <message>
        <source>Restricted details viewed</source>
        <translation>Restricted details viewed</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>Files merged</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Note corrected</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Follow-up added</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consent revoked</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <source>Attachment viewed</source>
        <translation>Attachment viewed</translation>
    </message>
    <message>
        <source>Attachment copy saved (not encrypted)</source>
        <translation>Attachment copy saved (not encrypted)</translation>
    </message>
    <message>
        <source>Access changed</source>
        <translation>Access changed</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>Glass broken</translation>
    </message>
    <message>
        <source>Glass break reviewed</source>
        <translation>Glass break reviewed</translation>
    </message>
    <message>
        <source>Hidden-name mode changed</source>
        <translation>Hidden-name mode changed</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner added</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partner changed</translation>
    </message>
    <message>
        <source>Partner key changed</source>
        <translation>Partner key changed</translation>
    </message>
    <message>
        <source>Agreement added</source>
        <translation>Agreement added</translation>
    </message>
    <message>
        <source>Agreement changed</source>
        <translation>Agreement changed</translation>
    </message>
    <message>
        <source>Agreement document attached</source>
        <translation>Agreement document attached</translation>
    </message>
    <message>
        <source>Agreement document viewed</source>
        <translation>Agreement document viewed</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Information shared</translation>
    </message>
    <message>
        <source>Information shared by override</source>
        <translation>Information shared by override</translation>
    </message>
    <message>
        <source>Override reviewed</source>
        <translation>Override reviewed</translation>
    </message>
    <message>
        <source>Authority request recorded</source>
        <translation>Authority request recorded</translation>
    </message>
    <message>
        <source>Authority request changed</source>
        <translation>Authority request changed</translation>
    </message>
</context>
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
        <translation>
            <numerusform>The audit log is intact: %n entry verified.</numerusform>
            <numerusform>The audit log is intact: %n entries verified.</numerusform>
        </translation>
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
    <name>CaseFiles</name>
    <message>
        <source>Type why you need to open this part of the file (at least %1 characters). A coordinator will review it. Nothing was opened.</source>
        <translation>Type why you need to open this part of the file (at least %1 characters). A coordinator will review it. Nothing was opened.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 2000 characters). Nothing was opened.</source>
        <translation>The reason is too long (at most 2000 characters). Nothing was opened.</translation>
    </message>
    <message>
        <source>This break-the-glass entry does not exist or was already reviewed.</source>
        <translation>This break-the-glass entry does not exist or was already reviewed.</translation>
    </message>
    <message>
        <source>This attachment does not exist. Reload the list.</source>
        <translation>This attachment does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>This attachment belongs to a category this version of Abri does not know, so it cannot be opened.</source>
        <translation>This attachment belongs to a category this version of Abri does not know, so it cannot be opened.</translation>
    </message>
    <message>
        <source>Your role may not open %1 attachments. Break the glass for this person if you must, with a reason.</source>
        <translation>Your role may not open %1 attachments. Break the glass for this person if you must, with a reason.</translation>
    </message>
    <message>
        <source>The content of this attachment is missing from the vault. Restore a backup to get it back.</source>
        <translation>The content of this attachment is missing from the vault. Restore a backup to get it back.</translation>
    </message>
    <message>
        <source>The content of this attachment is damaged. Restore a backup to get it back.</source>
        <translation>The content of this attachment is damaged. Restore a backup to get it back.</translation>
    </message>
    <message>
        <source>The file is empty. Choose another file; nothing was saved.</source>
        <translation>The file is empty. Choose another file; nothing was saved.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a vault keeps per attachment. Make it smaller (scan at a lower resolution, or split the PDF); nothing was saved.</source>
        <translation>The file is larger than %1 MB, the most a vault keeps per attachment. Make it smaller (scan at a lower resolution, or split the PDF); nothing was saved.</translation>
    </message>
    <message>
        <source>This file is not a PNG image, a JPEG photo or a PDF document (whatever its name says). Save it as one of those; nothing was saved.</source>
        <translation>This file is not a PNG image, a JPEG photo or a PDF document (whatever its name says). Save it as one of those; nothing was saved.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters. Nothing was saved.</source>
        <translation>The description is longer than %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Your role may not add %1 attachments. Add it without a category if it holds nothing of that kind, or ask someone who may. Nothing was saved.</source>
        <translation>Your role may not add %1 attachments. Add it without a category if it holds nothing of that kind, or ask someone who may. Nothing was saved.</translation>
    </message>
    <message>
        <source>This file was merged into another one. Open that file and add it there; nothing was saved.</source>
        <translation>This file was merged into another one. Open that file and add it there; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose where to save the copy. Nothing was written.</source>
        <translation>Choose where to save the copy. Nothing was written.</translation>
    </message>
    <message>
        <source>No free short code was found. Try again.</source>
        <translation>No free short code was found. Try again.</translation>
    </message>
    <message>
        <source>Enter an alias: the name the person chooses to be called. Nothing was saved.</source>
        <translation>Enter an alias: the name the person chooses to be called. Nothing was saved.</translation>
    </message>
    <message>
        <source>The alias or pronouns are too long (at most %1 characters). Nothing was saved.</source>
        <translation>The alias or pronouns are too long (at most %1 characters). Nothing was saved.</translation>
    </message>
    <message>
        <source>Say why the file is closed. Nothing was saved.</source>
        <translation>Say why the file is closed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The date of birth must be a year (1990) or a full date (1990-05-21). Nothing was saved.</source>
        <translation>The date of birth must be a year (1990) or a full date (1990-05-21). Nothing was saved.</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check it; nothing was saved.</source>
        <translation>The date of birth is in the future. Check it; nothing was saved.</translation>
    </message>
    <message>
        <source>The year of birth is before 1900. Check it; nothing was saved.</source>
        <translation>The year of birth is before 1900. Check it; nothing was saved.</translation>
    </message>
    <message>
        <source>A contact method has no number or address. Fill it in or remove it. Nothing was saved.</source>
        <translation>A contact method has no number or address. Fill it in or remove it. Nothing was saved.</translation>
    </message>
    <message>
        <source>A phone number needs at least 3 digits. Nothing was saved.</source>
        <translation>A phone number needs at least 3 digits. Nothing was saved.</translation>
    </message>
    <message>
        <source>A tag is empty or longer than 60 characters. Nothing was saved.</source>
        <translation>A tag is empty or longer than 60 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. Shorten it or add a note instead. Nothing was saved.</source>
        <translation>A field is longer than %1 characters. Shorten it or add a note instead. Nothing was saved.</translation>
    </message>
    <message>
        <source>The note is empty. Write what happened; nothing was saved.</source>
        <translation>The note is empty. Write what happened; nothing was saved.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters. Split it into several notes; nothing was saved.</source>
        <translation>The note is longer than %1 characters. Split it into several notes; nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given. Nothing was saved.</source>
        <translation>Enter the date the consent was given. Nothing was saved.</translation>
    </message>
    <message>
        <source>The consent date is in the future. Record a consent once it is given; nothing was saved.</source>
        <translation>The consent date is in the future. Record a consent once it is given; nothing was saved.</translation>
    </message>
    <message>
        <source>The consent expires before it was given. Check the dates; nothing was saved.</source>
        <translation>The consent expires before it was given. Check the dates; nothing was saved.</translation>
    </message>
    <message>
        <source>Name who may receive the information (a partner or a sector). Nothing was saved.</source>
        <translation>Name who may receive the information (a partner or a sector). Nothing was saved.</translation>
    </message>
    <message>
        <source>Say what the consent is for (its purpose). Nothing was saved.</source>
        <translation>Say what the consent is for (its purpose). Nothing was saved.</translation>
    </message>
    <message>
        <source>The recipient or purpose is too long. Nothing was saved.</source>
        <translation>The recipient or purpose is too long. Nothing was saved.</translation>
    </message>
    <message>
        <source>This person file does not exist (it may have been merged into another). Search for the person again.</source>
        <translation>This person file does not exist (it may have been merged into another). Search for the person again.</translation>
    </message>
    <message>
        <source>Enter the date the consent was withdrawn. Nothing was saved.</source>
        <translation>Enter the date the consent was withdrawn. Nothing was saved.</translation>
    </message>
    <message>
        <source>The withdrawal date is in the future. Record it once the person withdraws; nothing was saved.</source>
        <translation>The withdrawal date is in the future. Record it once the person withdraws; nothing was saved.</translation>
    </message>
    <message>
        <source>This consent does not exist. Reload the list.</source>
        <translation>This consent does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1. Nothing was saved.</source>
        <translation>This consent was already withdrawn on %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>The withdrawal date is before the consent was given. Check the date; nothing was saved.</source>
        <translation>The withdrawal date is before the consent was given. Check the date; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose a number of days between 0 and 3660.</source>
        <translation>Choose a number of days between 0 and 3660.</translation>
    </message>
    <message>
        <source>Say what has to be done. Nothing was saved.</source>
        <translation>Say what has to be done. Nothing was saved.</translation>
    </message>
    <message>
        <source>The follow-up is longer than %1 characters. Keep it short and put the details in a note; nothing was saved.</source>
        <translation>The follow-up is longer than %1 characters. Keep it short and put the details in a note; nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date the follow-up is due. Nothing was saved.</source>
        <translation>Enter the date the follow-up is due. Nothing was saved.</translation>
    </message>
    <message>
        <source>The due date is more than %1 years away. Check the year; nothing was saved.</source>
        <translation>The due date is more than %1 years away. Check the year; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose who will do the follow-up among the active users. Nothing was saved.</source>
        <translation>Choose who will do the follow-up among the active users. Nothing was saved.</translation>
    </message>
    <message>
        <source>This follow-up does not exist. Reload the list.</source>
        <translation>This follow-up does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>This follow-up is already done.</translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation>Choose a valid day.</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters). Use a few distinctive words.</source>
        <translation>The search is too long (at most %1 characters). Use a few distinctive words.</translation>
    </message>
    <message>
        <source>Type at least one word to search the notes (letters or digits).</source>
        <translation>Type at least one word to search the notes (letters or digits).</translation>
    </message>
    <message>
        <source>The search has too many words (at most %1). Use a few distinctive words.</source>
        <translation>The search has too many words (at most %1). Use a few distinctive words.</translation>
    </message>
    <message>
        <source>Your role may not write %1 notes. Ask a coordinator, or write a general note without the details. Nothing was saved.</source>
        <translation>Your role may not write %1 notes. Ask a coordinator, or write a general note without the details. Nothing was saved.</translation>
    </message>
    <message>
        <source>This note does not exist. Reload the timeline.</source>
        <translation>This note does not exist. Reload the timeline.</translation>
    </message>
    <message>
        <source>This note belongs to a category this version of Abri does not know. Nothing was saved.</source>
        <translation>This note belongs to a category this version of Abri does not know. Nothing was saved.</translation>
    </message>
    <message>
        <source>Your role may not correct %1 notes. Ask someone who may. Nothing was saved.</source>
        <translation>Your role may not correct %1 notes. Ask someone who may. Nothing was saved.</translation>
    </message>
    <message>
        <source>This version was already corrected. Correct the current version of the note instead; nothing was saved.</source>
        <translation>This version was already corrected. Correct the current version of the note instead; nothing was saved.</translation>
    </message>
    <message>
        <source>The correction is the same as the note. Change the text; nothing was saved.</source>
        <translation>The correction is the same as the note. Change the text; nothing was saved.</translation>
    </message>
    <message>
        <source>This note belongs to a category this version of Abri does not know, so it cannot be shown.</source>
        <translation>This note belongs to a category this version of Abri does not know, so it cannot be shown.</translation>
    </message>
    <message>
        <source>Your role may not read %1 notes. Break the glass for this person if you must, with a reason.</source>
        <translation>Your role may not read %1 notes. Break the glass for this person if you must, with a reason.</translation>
    </message>
    <message>
        <source>Your role may not change the %1 part of a file. Ask a coordinator if you need to. Nothing was saved.</source>
        <translation>Your role may not change the %1 part of a file. Ask a coordinator if you need to. Nothing was saved.</translation>
    </message>
    <message>
        <source>The assigned worker is not an active user. Choose another worker or none. Nothing was saved.</source>
        <translation>The assigned worker is not an active user. Choose another worker or none. Nothing was saved.</translation>
    </message>
    <message>
        <source>This file was merged into another one and can no longer be changed. Open the file it was merged into. Nothing was saved.</source>
        <translation>This file was merged into another one and can no longer be changed. Open the file it was merged into. Nothing was saved.</translation>
    </message>
    <message>
        <source>No person file has this short code. Check the code (for example KX4-7PM) and try again.</source>
        <translation>No person file has this short code. Check the code (for example KX4-7PM) and try again.</translation>
    </message>
    <message>
        <source>A file cannot be merged into itself. Choose two different files. Nothing was changed.</source>
        <translation>A file cannot be merged into itself. Choose two different files. Nothing was changed.</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>The partner chosen for this consent does not exist. Choose it again from the list. Nothing was saved.</source>
        <translation>The partner chosen for this consent does not exist. Choose it again from the list. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data was not added: it was cancelled. The vault was left as it was.</source>
        <translation>The demo data was not added: it was cancelled. The vault was left as it was.</translation>
    </message>
    <message>
        <source>The number of demo people must be between 1 and %1.</source>
        <translation>The number of demo people must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The number of demo notes must be between 0 and %1.</source>
        <translation>The number of demo notes must be between 0 and %1.</translation>
    </message>
    <message>
        <source>This vault already has people. Demo data is only added to a new, empty vault; nothing was changed.</source>
        <translation>This vault already has people. Demo data is only added to a new, empty vault; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Prepared for:</source>
        <translation>Prepared for:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>What we keep</source>
        <translation>What we keep</translation>
    </message>
    <message>
        <source>Nothing beyond what is on this page.</source>
        <translation>Nothing beyond what is on this page.</translation>
    </message>
    <message>
        <source>We keep information about you in these areas:</source>
        <translation>We keep information about you in these areas:</translation>
    </message>
    <message>
        <source>This copy shows:</source>
        <translation>This copy shows:</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>None at the moment.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>How to withdraw</translation>
    </message>
    <message>
        <source>You can withdraw any permission at any time by telling any staff member. Your choice is recorded the same day.</source>
        <translation>You can withdraw any permission at any time by telling any staff member. Your choice is recorded the same day.</translation>
    </message>
    <message>
        <source>You can withdraw any consent at any time by telling any staff member. Your choice is recorded the same day.</source>
        <translation>You can withdraw any consent at any time by telling any staff member. Your choice is recorded the same day.</translation>
    </message>
    <message>
        <source>Nothing has been shared.</source>
        <translation>Nothing has been shared.</translation>
    </message>
    <message>
        <source>Each time information about you was shared, it is listed below.</source>
        <translation>Each time information about you was shared, it is listed below.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>On what basis</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>The information below is shared for this purpose only.</source>
        <translation>The information below is shared for this purpose only.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Reference code</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronouns</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Safety warnings</source>
        <translation>Safety warnings</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Usual location</source>
        <translation>Usual location</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Health summary</translation>
    </message>
    <message>
        <source>Legal summary</source>
        <translation>Legal summary</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>Private address</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Shelter address</translation>
    </message>
    <message>
        <source>Safety details</source>
        <translation>Safety details</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Legal matters</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Share with an organisation</source>
        <translation>Share with an organisation</translation>
    </message>
    <message>
        <source>Share with a type of service</source>
        <translation>Share with a type of service</translation>
    </message>
    <message>
        <source>Contact the police</source>
        <translation>Contact the police</translation>
    </message>
    <message>
        <source>Use in anonymous statistics</source>
        <translation>Use in anonymous statistics</translation>
    </message>
    <message>
        <source>Keep photos</source>
        <translation>Keep photos</translation>
    </message>
    <message>
        <source>You agreed to it.</source>
        <translation>You agreed to it.</translation>
    </message>
    <message>
        <source>A copy for you.</source>
        <translation>A copy for you.</translation>
    </message>
    <message>
        <source>Without your agreement, for a reason that was recorded.</source>
        <translation>Without your agreement, for a reason that was recorded.</translation>
    </message>
    <message>
        <source>Your information</source>
        <translation>Your information</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Consent receipt</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Information shared</translation>
    </message>
    <message>
        <source>Disclosure history</source>
        <translation>Disclosure history</translation>
    </message>
    <message>
        <source>Information sheet</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>Record no. %1</source>
        <translation>Record no. %1</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Health services</translation>
    </message>
    <message>
        <source>Legal services</source>
        <translation>Legal services</translation>
    </message>
    <message>
        <source>Civil rights organisations</source>
        <translation>Civil rights organisations</translation>
    </message>
    <message>
        <source>Housing services</source>
        <translation>Housing services</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>Police liaison</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
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
        <translation>The document could not be made. Nothing was saved.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>There is no document to save. Nothing was saved.</source>
        <translation>There is no document to save. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose a file to save the document in. Nothing was saved.</source>
        <translation>Choose a file to save the document in. Nothing was saved.</translation>
    </message>
    <message>
        <source>A folder has that name: choose a file name for the document. Nothing was saved.</source>
        <translation>A folder has that name: choose a file name for the document. Nothing was saved.</translation>
    </message>
    <message>
        <source>The folder chosen for the document does not exist. Nothing was saved.</source>
        <translation>The folder chosen for the document does not exist. Nothing was saved.</translation>
    </message>
    <message>
        <source>The document could not be saved in that folder. Check that you may write there and that the disk is not full. Nothing was saved.</source>
        <translation>The document could not be saved in that folder. Check that you may write there and that the disk is not full. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The vault&apos;s key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>The vault&apos;s key-slot file (abri.keys) is damaged or missing. Open the vault with the recovery key to repair it, or restore a backup.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</source>
        <translation>This vault was made by a newer version of Abri. Install the newer version to open it; the vault was not changed.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>A key is 64 hexadecimal digits, or 43 or 44 characters of base64, optionally between the lines &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>A key is 64 hexadecimal digits, or 43 or 44 characters of base64, optionally between the lines &quot;%1&quot; and &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key has only part of its frame, or text before or after it. Copy everything from &quot;%1&quot; to &quot;%2&quot;, both lines included.</source>
        <translation>The key has only part of its frame, or text before or after it. Copy everything from &quot;%1&quot; to &quot;%2&quot;, both lines included.</translation>
    </message>
    <message>
        <source>The key holds more than one frame. Copy a single key, from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>The key holds more than one frame. Copy a single key, from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key could not be read as hexadecimal digits. </source>
        <translation>The key could not be read as hexadecimal digits. </translation>
    </message>
    <message>
        <source>The key mixes the two kinds of base64 (&quot;+&quot; or &quot;/&quot; with &quot;-&quot; or &quot;_&quot;), so part of it was changed on the way. Ask the partner to send it again. </source>
        <translation>The key mixes the two kinds of base64 (&quot;+&quot; or &quot;/&quot; with &quot;-&quot; or &quot;_&quot;), so part of it was changed on the way. Ask the partner to send it again. </translation>
    </message>
    <message>
        <source>The key has &quot;=&quot; signs where they cannot be: only one or two, at the very end, are allowed. </source>
        <translation>The key has &quot;=&quot; signs where they cannot be: only one or two, at the very end, are allowed. </translation>
    </message>
    <message>
        <source>The key could not be read as base64: characters are missing or were added, or the &quot;=&quot; at the end does not match. </source>
        <translation>The key could not be read as base64: characters are missing or were added, or the &quot;=&quot; at the end does not match. </translation>
    </message>
    <message>
        <source>The key is %1 bytes long; a partner key is exactly %2 bytes. </source>
        <translation>The key is %1 bytes long; a partner key is exactly %2 bytes. </translation>
    </message>
    <message>
        <source>The text is too long to be a key (more than %1 characters). Paste only the key. </source>
        <translation>The text is too long to be a key (more than %1 characters). Paste only the key. </translation>
    </message>
    <message>
        <source>The key contains a character that cannot be in a key (at position %1). Copy it again without other text. </source>
        <translation>The key contains a character that cannot be in a key (at position %1). Copy it again without other text. </translation>
    </message>
    <message>
        <source>The key is empty. </source>
        <translation>The key is empty. </translation>
    </message>
    <message>
        <source>The key is as long as a hexadecimal key, but the character at position %1 is not a hexadecimal digit (0-9, a-f). </source>
        <translation>The key is as long as a hexadecimal key, but the character at position %1 is not a hexadecimal digit (0-9, a-f). </translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a partner key has exactly %2. </source>
        <translation>The key has %1 hexadecimal digits; a partner key has exactly %2. </translation>
    </message>
    <message>
        <source>The key is all zeros, which is not a real key. Ask the partner for their actual public key.</source>
        <translation>The key is all zeros, which is not a real key. Ask the partner for their actual public key.</translation>
    </message>
    <message>
        <source>The file is empty. Choose the scanned or signed agreement. Nothing was saved.</source>
        <translation>The file is empty. Choose the scanned or signed agreement. Nothing was saved.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a vault keeps per document. Scan it at a lower resolution. Nothing was saved.</source>
        <translation>The file is larger than %1 MB, the most a vault keeps per document. Scan it at a lower resolution. Nothing was saved.</translation>
    </message>
    <message>
        <source>This file is not a PDF document, a PNG image or a JPEG photo (whatever its name says). Save the agreement as one of those. Nothing was saved.</source>
        <translation>This file is not a PDF document, a PNG image or a JPEG photo (whatever its name says). Save the agreement as one of those. Nothing was saved.</translation>
    </message>
    <message>
        <source>The document needs a file name. Nothing was saved.</source>
        <translation>The document needs a file name. Nothing was saved.</translation>
    </message>
    <message>
        <source>The file name is longer than %1 characters. Shorten it. Nothing was saved.</source>
        <translation>The file name is longer than %1 characters. Shorten it. Nothing was saved.</translation>
    </message>
    <message>
        <source>The file name contains a folder separator or an invisible character. Give only the name of the file. Nothing was saved.</source>
        <translation>The file name contains a folder separator or an invisible character. Give only the name of the file. Nothing was saved.</translation>
    </message>
    <message>
        <source>Another partner already has this name (capitals and accents are not told apart). Choose another name, or open that partner instead. Nothing was saved.</source>
        <translation>Another partner already has this name (capitals and accents are not told apart). Choose another name, or open that partner instead. Nothing was saved.</translation>
    </message>
    <message>
        <source>This partner does not exist. Reload the list.</source>
        <translation>This partner does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name. Nothing was saved.</source>
        <translation>Enter the partner&apos;s name. Nothing was saved.</translation>
    </message>
    <message>
        <source>The partner&apos;s name is longer than %1 characters. Nothing was saved.</source>
        <translation>The partner&apos;s name is longer than %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>The services, address and opening hours may each hold at most %1 characters. Nothing was saved.</source>
        <translation>The services, address and opening hours may each hold at most %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Nothing was saved.</source>
        <translation>The notes are longer than %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter at most %1 languages. Nothing was saved.</source>
        <translation>Enter at most %1 languages. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter each language on its own, in at most %1 characters. Nothing was saved.</source>
        <translation>Enter each language on its own, in at most %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter at most %1 contact people. Nothing was saved.</source>
        <translation>Enter at most %1 contact people. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter a name for contact %1, or remove that row. Nothing was saved.</source>
        <translation>Enter a name for contact %1, or remove that row. Nothing was saved.</translation>
    </message>
    <message>
        <source>A detail of contact %1 is longer than %2 characters. Nothing was saved.</source>
        <translation>A detail of contact %1 is longer than %2 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>This agreement does not exist. Reload the list.</source>
        <translation>This agreement does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed. Nothing was saved.</source>
        <translation>Enter the date the agreement was signed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The signing date is in the future. Record the agreement once it is signed. Nothing was saved.</source>
        <translation>The signing date is in the future. Record the agreement once it is signed. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter who agreed on the partner&apos;s side. Nothing was saved.</source>
        <translation>Enter who agreed on the partner&apos;s side. Nothing was saved.</translation>
    </message>
    <message>
        <source>Who agreed is longer than %1 characters. Nothing was saved.</source>
        <translation>Who agreed is longer than %1 characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date it was agreed. Nothing was saved.</source>
        <translation>Enter the date it was agreed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The date it was agreed is in the future. Record the agreement once it is made. Nothing was saved.</source>
        <translation>The date it was agreed is in the future. Record the agreement once it is made. Nothing was saved.</translation>
    </message>
    <message>
        <source>The renewal date must come after the date the agreement started. Check the dates. Nothing was saved.</source>
        <translation>The renewal date must come after the date the agreement started. Check the dates. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date the code of conduct was signed. Nothing was saved.</source>
        <translation>Enter the date the code of conduct was signed. Nothing was saved.</translation>
    </message>
    <message>
        <source>The date the code of conduct was signed is in the future. Nothing was saved.</source>
        <translation>The date the code of conduct was signed is in the future. Nothing was saved.</translation>
    </message>
    <message>
        <source>&quot;Renewal due soon&quot; follows from the renewal date and cannot be set by hand. Choose active, suspended or lapsed. Nothing was saved.</source>
        <translation>&quot;Renewal due soon&quot; follows from the renewal date and cannot be set by hand. Choose active, suspended or lapsed. Nothing was saved.</translation>
    </message>
    <message>
        <source>This agreement has no document. A coordinator can add the signed agreement.</source>
        <translation>This agreement has no document. A coordinator can add the signed agreement.</translation>
    </message>
    <message>
        <source>The document of this agreement is missing from the vault. Restore a backup, or add the document again.</source>
        <translation>The document of this agreement is missing from the vault. Restore a backup, or add the document again.</translation>
    </message>
    <message>
        <source>The document of this agreement is damaged: it is not the file that was added. Restore a backup, or add the document again.</source>
        <translation>The document of this agreement is damaged: it is not the file that was added. Restore a backup, or add the document again.</translation>
    </message>
    <message>
        <source>Choose a number of days between 0 and %1.</source>
        <translation>Choose a number of days between 0 and %1.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character. A few unrelated words make a strong passphrase that is easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</numerusform>
        </translation>
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
    <name>RecoveryKeyPrinter</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This key opens the vault when every passphrase is lost. Whoever holds it and a copy of the vault can read everything in it.</source>
        <translation>This key opens the vault when every passphrase is lost. Whoever holds it and a copy of the vault can read everything in it.</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the computer.</source>
        <translation>Keep this sheet in a safe place, away from the computer.</translation>
    </message>
    <message>
        <source>Do not photograph it, scan it or type it into another program.</source>
        <translation>Do not photograph it, scan it or type it into another program.</translation>
    </message>
    <message>
        <source>If the vault is re-keyed, this key stops working: destroy this sheet then.</source>
        <translation>If the vault is re-keyed, this key stops working: destroy this sheet then.</translation>
    </message>
    <message>
        <source>To use it: on the lock screen choose “Use the recovery key” and type the key. Capital or small letters and the dashes do not matter.</source>
        <translation>To use it: on the lock screen choose “Use the recovery key” and type the key. Capital or small letters and the dashes do not matter.</translation>
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
        <translation>This vault was made by a newer version of Abri (data version %1; this version reads up to %2). Install the newer version to open it; the vault was not changed.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to data version %1. It was left as it was.</source>
        <translation>The vault could not be upgraded to data version %1. It was left as it was.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Say who made the request (office, officer or court). Nothing was saved.</source>
        <translation>Say who made the request (office, officer or court). Nothing was saved.</translation>
    </message>
    <message>
        <source>Say what they asked for. Nothing was saved.</source>
        <translation>Say what they asked for. Nothing was saved.</translation>
    </message>
    <message>
        <source>The name of who asked is too long (at most %1 characters). Nothing was saved.</source>
        <translation>The name of who asked is too long (at most %1 characters). Nothing was saved.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters. Shorten it. Nothing was saved.</source>
        <translation>A field is longer than %1 characters. Shorten it. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date the request was received. Nothing was saved.</source>
        <translation>Enter the date the request was received. Nothing was saved.</translation>
    </message>
    <message>
        <source>The date the request was received is in the future. Check it; nothing was saved.</source>
        <translation>The date the request was received is in the future. Check it; nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date of the decision. Nothing was saved.</source>
        <translation>Enter the date of the decision. Nothing was saved.</translation>
    </message>
    <message>
        <source>The decision is dated before the request was received. Check the dates; nothing was saved.</source>
        <translation>The decision is dated before the request was received. Check the dates; nothing was saved.</translation>
    </message>
    <message>
        <source>The decision date is in the future. Check it; nothing was saved.</source>
        <translation>The decision date is in the future. Check it; nothing was saved.</translation>
    </message>
    <message>
        <source>Enter the date the person was told. Nothing was saved.</source>
        <translation>Enter the date the person was told. Nothing was saved.</translation>
    </message>
    <message>
        <source>The date the person was told is in the future. Check it; nothing was saved.</source>
        <translation>The date the person was told is in the future. Check it; nothing was saved.</translation>
    </message>
    <message>
        <source>This person file does not exist. Search for the person again; nothing was saved.</source>
        <translation>This person file does not exist. Search for the person again; nothing was saved.</translation>
    </message>
    <message>
        <source>This request from an authority does not exist. Reload the register.</source>
        <translation>This request from an authority does not exist. Reload the register.</translation>
    </message>
    <message>
        <source>%1 Nothing was shared or recorded.</source>
        <translation>%1 Nothing was shared or recorded.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Check the dates.</source>
        <translation>The end date is before the start date. Check the dates.</translation>
    </message>
    <message>
        <source>This ledger entry does not exist. Reload the list.</source>
        <translation>This ledger entry does not exist. Reload the list.</translation>
    </message>
    <message>
        <source>Only overrides are reviewed; this disclosure relied on the person&apos;s consent or was their own copy. Nothing was changed.</source>
        <translation>Only overrides are reviewed; this disclosure relied on the person&apos;s consent or was their own copy. Nothing was changed.</translation>
    </message>
    <message>
        <source>This override was already reviewed on %1. Nothing was changed.</source>
        <translation>This override was already reviewed on %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>identity information</source>
        <translation>identity information</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>where the person can be found</source>
        <translation>where the person can be found</translation>
    </message>
    <message>
        <source>health information</source>
        <translation>health information</translation>
    </message>
    <message>
        <source>legal information</source>
        <translation>legal information</translation>
    </message>
    <message>
        <source>the shelter address</source>
        <translation>the shelter address</translation>
    </message>
    <message>
        <source>risk details</source>
        <translation>risk details</translation>
    </message>
    <message>
        <source>The consents for %1 are for other purposes, not “%2”.</source>
        <translation>The consents for %1 are for other purposes, not “%2”.</translation>
    </message>
    <message>
        <source>The consent for %1 was withdrawn on %2.</source>
        <translation>The consent for %1 was withdrawn on %2.</translation>
    </message>
    <message>
        <source>The consent for %1 expired on %2.</source>
        <translation>The consent for %1 expired on %2.</translation>
    </message>
    <message>
        <source>No consent recorded for sharing with %1.</source>
        <translation>No consent recorded for sharing with %1.</translation>
    </message>
    <message>
        <source>The agreement with %1 does not include %2.</source>
        <translation>The agreement with %1 does not include %2.</translation>
    </message>
    <message>
        <source>There is no agreement with %1.</source>
        <translation>There is no agreement with %1.</translation>
    </message>
    <message>
        <source>The agreement with %1 is suspended.</source>
        <translation>The agreement with %1 is suspended.</translation>
    </message>
    <message>
        <source>The agreement with %1 lapsed on %2.</source>
        <translation>The agreement with %1 lapsed on %2.</translation>
    </message>
    <message>
        <source>The agreement with %1 has lapsed.</source>
        <translation>The agreement with %1 has lapsed.</translation>
    </message>
    <message>
        <source>Your role may not read %1.</source>
        <translation>Your role may not read %1.</translation>
    </message>
    <message>
        <source>This vault is open read-only: %1 cannot be shared from it.</source>
        <translation>This vault is open read-only: %1 cannot be shared from it.</translation>
    </message>
    <message>
        <source>Left out unless the person asks for it.</source>
        <translation>Left out unless the person asks for it.</translation>
    </message>
    <message>
        <source>The person&apos;s consents go to the person only, not to %1.</source>
        <translation>The person&apos;s consents go to the person only, not to %1.</translation>
    </message>
    <message>
        <source>The list of what was shared goes to the person only, not to %1.</source>
        <translation>The list of what was shared goes to the person only, not to %1.</translation>
    </message>
    <message>
        <source>This partner does not exist. Choose it again from the list.</source>
        <translation>This partner does not exist. Choose it again from the list.</translation>
    </message>
    <message>
        <source>This request from an authority does not exist. Record it first in the register.</source>
        <translation>This request from an authority does not exist. Record it first in the register.</translation>
    </message>
    <message>
        <source>Say why the consent or agreement is overridden, in at least %1 characters. Nothing was shared.</source>
        <translation>Say why the consent or agreement is overridden, in at least %1 characters. Nothing was shared.</translation>
    </message>
    <message>
        <source>Choose at least one piece of information to share. Nothing was shared.</source>
        <translation>Choose at least one piece of information to share. Nothing was shared.</translation>
    </message>
    <message>
        <source>Say why the information is shared (its purpose). Nothing was shared.</source>
        <translation>Say why the information is shared (its purpose). Nothing was shared.</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>This request from an authority concerns another person. Nothing was shared.</source>
        <translation>This request from an authority concerns another person. Nothing was shared.</translation>
    </message>
    <message>
        <source>The person this request concerns does not exist. Choose the person again; nothing was saved.</source>
        <translation>The person this request concerns does not exist. Choose the person again; nothing was saved.</translation>
    </message>
    <message>
        <source>The file of the person this request concerns was merged into another one. Choose the kept file; nothing was saved.</source>
        <translation>The file of the person this request concerns was merged into another one. Choose the kept file; nothing was saved.</translation>
    </message>
    <message>
        <source>A consent receipt goes to the person only. Choose the person as the recipient. Nothing was shared.</source>
        <translation>A consent receipt goes to the person only. Choose the person as the recipient. Nothing was shared.</translation>
    </message>
    <message>
        <source>The list of what was shared goes to the person only. Choose the person as the recipient. Nothing was shared.</source>
        <translation>The list of what was shared goes to the person only. Choose the person as the recipient. Nothing was shared.</translation>
    </message>
    <message>
        <source>Only a coordinator answers requests from authorities. Nothing was shared.</source>
        <translation>Only a coordinator answers requests from authorities. Nothing was shared.</translation>
    </message>
    <message>
        <source>This request was refused, so nothing is disclosed for it. If the decision changed, record it first (partly or fully). Nothing was shared.</source>
        <translation>This request was refused, so nothing is disclosed for it. If the decision changed, record it first (partly or fully). Nothing was shared.</translation>
    </message>
    <message>
        <source>Record the decision on this request (partly or fully) before disclosing anything for it. Nothing was shared.</source>
        <translation>Record the decision on this request (partly or fully) before disclosing anything for it. Nothing was shared.</translation>
    </message>
</context>
<context>
    <name>UnlockThrottle</name>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name (up to 200 characters).</source>
        <translation>Enter the organisation&apos;s name (up to 200 characters).</translation>
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
        <source>The vault&apos;s folder could not be created. Check that you may write there.</source>
        <translation>The vault&apos;s folder could not be created. Check that you may write there.</translation>
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
        <source>The vault&apos;s key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</source>
        <translation>The vault&apos;s key-slot file (abri.keys) is missing. Open the vault with the recovery key to repair it, or restore a backup.</translation>
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
        <source>The vault&apos;s identity could not be read: the database is damaged. Restore a backup.</source>
        <translation>The vault&apos;s identity could not be read: the database is damaged. Restore a backup.</translation>
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
        <source>The audit log&apos;s anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</source>
        <translation>The audit log&apos;s anchor file (abri.anchor) is missing or damaged, so removal of the newest entries cannot be ruled out.</translation>
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
        <source>A recovery session has no passphrase of its own. Reset a user&apos;s passphrase instead.</source>
        <translation>A recovery session has no passphrase of its own. Reset a user&apos;s passphrase instead.</translation>
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
    <message>
        <source>The damaged key-slot file could not be moved aside; nothing was changed.</source>
        <translation>The damaged key-slot file could not be moved aside; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault was re-keyed in another window during the backup. Nothing was written; unlock again and repeat the backup.</source>
        <translation>The vault was re-keyed in another window during the backup. Nothing was written; unlock again and repeat the backup.</translation>
    </message>
    <message>
        <source>This folder holds files that are not part of an Abri vault, so it was not replaced. Choose an empty folder or the vault&apos;s own folder.</source>
        <translation>This folder holds files that are not part of an Abri vault, so it was not replaced. Choose an empty folder or the vault&apos;s own folder.</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed (is the disk full?); it still opens as before.</source>
        <translation>The vault could not be re-keyed (is the disk full?); it still opens as before.</translation>
    </message>
    <message>
        <source>The re-key could not be confirmed and the vault was locked. Unlock it again; if that fails, use the recovery key.</source>
        <translation>The re-key could not be confirmed and the vault was locked. Unlock it again; if that fails, use the recovery key.</translation>
    </message>
    <message>
        <source>The key slot of user %1 does not match the vault&apos;s record: it may have been tampered with. Reset their passphrase.</source>
        <translation>The key slot of user %1 does not match the vault&apos;s record: it may have been tampered with. Reset their passphrase.</translation>
    </message>
    <message>
        <source>A vault is being created in this folder in another window. Wait for it to finish; nothing was changed.</source>
        <translation>A vault is being created in this folder in another window. Wait for it to finish; nothing was changed.</translation>
    </message>
    <message>
        <source>An unfinished vault from an interrupted creation could not be removed. Check that you may write in the folder.</source>
        <translation>An unfinished vault from an interrupted creation could not be removed. Check that you may write in the folder.</translation>
    </message>
    <message>
        <source>The vault in this folder was never finished: its creation was interrupted, and nothing in it can be opened. Create the vault again in this folder.</source>
        <translation>The vault in this folder was never finished: its creation was interrupted, and nothing in it can be opened. Create the vault again in this folder.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the vault&apos;s files do not match each other: the database is damaged, or the key-slot file (abri.keys) is older than it. Do not try again; ask a coordinator to open the vault with the recovery key or to restore the latest backup.</source>
        <translation>Your passphrase is right, but the vault&apos;s files do not match each other: the database is damaged, or the key-slot file (abri.keys) is older than it. Do not try again; ask a coordinator to open the vault with the recovery key or to restore the latest backup.</translation>
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
        <source>Adds a user. Asks for your passphrase, then the new user&apos;s passphrase. Coordinators only.</source>
        <translation>Adds a user. Asks for your passphrase, then the new user&apos;s passphrase. Coordinators only.</translation>
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
        <source>Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the user&apos;s new passphrase. Coordinators only.</source>
        <translation>Sets a new passphrase for a user who forgot theirs. Asks for your passphrase, then the user&apos;s new passphrase. Coordinators only.</translation>
    </message>
    <message>
        <source>Changes a user&apos;s role. Coordinators only.</source>
        <translation>Changes a user&apos;s role. Coordinators only.</translation>
    </message>
    <message>
        <source>Changes your passphrase. Asks for the current one, then the new one.</source>
        <translation>Changes your passphrase. Asks for the current one, then the new one.</translation>
    </message>
    <message>
        <source>Checks the key slots, the database&apos;s integrity and the audit chain, read-only (works while Abri has the vault open). Prints one line per check; exits with 5 on any problem.</source>
        <translation>Checks the key slots, the database&apos;s integrity and the audit chain, read-only (works while Abri has the vault open). Prints one line per check; exits with 5 on any problem.</translation>
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
        <source>Rotates the vault&apos;s encryption key: copies of the old key slots, disabled users and the old recovery key no longer open it. Prints the new recovery key. Coordinators only.</source>
        <translation>Rotates the vault&apos;s encryption key: copies of the old key slots, disabled users and the old recovery key no longer open it. Prints the new recovery key. Coordinators only.</translation>
    </message>
    <message>
        <source>Your user name, to unlock with (for init: the first coordinator).</source>
        <translation>Your user name, to unlock with (for init: the first coordinator).</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, kept inside the encrypted vault.</source>
        <translation>The organisation&apos;s name, kept inside the encrypted vault.</translation>
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
        <source>Folder for this computer&apos;s state about vaults (failed-attempt back-off, audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use the same folder.</source>
        <translation>Folder for this computer&apos;s state about vaults (failed-attempt back-off, audit anchor). Default: under XDG_DATA_HOME. For tests; Abri must use the same folder.</translation>
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
        <source>Run &quot;abri-admin COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Run &quot;abri-admin COMMAND --help&quot; for a command&apos;s options.
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
        <source>A command is missing. Run &quot;abri-admin --help&quot; for the list.</source>
        <translation>A command is missing. Run &quot;abri-admin --help&quot; for the list.</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs one of: %1.</source>
        <translation>&quot;users&quot; needs one of: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;abri-admin --help&quot; for the list.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;abri-admin --help&quot; for the list.</translation>
    </message>
    <message>
        <source>The vault folder, e.g. %1</source>
        <translation>The vault folder, e.g. %1</translation>
    </message>
    <message>
        <source>Run &quot;abri-admin %1 --help&quot; for its options.</source>
        <translation>Run &quot;abri-admin %1 --help&quot; for its options.</translation>
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
        <source>the vault could not be unlocked; see &quot;abri-admin recover&quot;</source>
        <translation>the vault could not be unlocked; see &quot;abri-admin recover&quot;</translation>
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
        <source>Unknown role &quot;%1&quot;. Use coordinator, caseworker, legal or clinic.</source>
        <translation>Unknown role &quot;%1&quot;. Use coordinator, caseworker, legal or clinic.</translation>
    </message>
    <message>
        <source>No user has this name. Nothing was changed. &quot;abri-admin users list&quot; shows the users.</source>
        <translation>No user has this name. Nothing was changed. &quot;abri-admin users list&quot; shows the users.</translation>
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
        <source>Repeat the new user&apos;s passphrase: </source>
        <translation>Repeat the new user&apos;s passphrase: </translation>
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
        <source>The user&apos;s passphrase was reset; they can unlock with it now.</source>
        <translation>The user&apos;s passphrase was reset; they can unlock with it now.</translation>
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
    <message>
        <source>Opens the vault with the recovery key (works even when the key slots are lost), then sets a new passphrase for the user NAME; with --add, adds NAME as a new coordinator instead. Asks for the recovery key, then the new passphrase.</source>
        <translation>Opens the vault with the recovery key (works even when the key slots are lost), then sets a new passphrase for the user NAME; with --add, adds NAME as a new coordinator instead. Asks for the recovery key, then the new passphrase.</translation>
    </message>
    <message>
        <source>Add the user as a new coordinator (recover).</source>
        <translation>Add the user as a new coordinator (recover).</translation>
    </message>
    <message>
        <source>The vault it replaced was kept in %1; delete it once the restored vault is checked.</source>
        <translation>The vault it replaced was kept in %1; delete it once the restored vault is checked.</translation>
    </message>
    <message>
        <source>There is no user with this name. Check the spelling, or add --add to create them as a new coordinator. Nothing was changed.</source>
        <translation>There is no user with this name. Check the spelling, or add --add to create them as a new coordinator. Nothing was changed.</translation>
    </message>
    <message>
        <source>A user with this name already exists. Leave out --add to reset their passphrase. Nothing was changed.</source>
        <translation>A user with this name already exists. Leave out --add to reset their passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <source>Names given on the command line (--organisation, --user, --name) stay in your shell&apos;s history. On a shared computer, remove them from it afterwards (in bash: history -c, or start the command with a space when HISTCONTROL=ignorespace).
</source>
        <translation>Names given on the command line (--organisation, --user, --name) stay in your shell&apos;s history. On a shared computer, remove them from it afterwards (in bash: history -c, or start the command with a space when HISTCONTROL=ignorespace).
</translation>
    </message>
    <message>
        <source>the recovery key was written to standard output, which is not a terminal. Do not keep it in logs or files on this computer.</source>
        <translation>the recovery key was written to standard output, which is not a terminal. Do not keep it in logs or files on this computer.</translation>
    </message>
    <message>
        <source>warning: an interrupted re-key was completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault. A coordinator should run &quot;abri-admin rekey&quot; now.</source>
        <translation>warning: an interrupted re-key was completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault. A coordinator should run &quot;abri-admin rekey&quot; now.</translation>
    </message>
    <message>
        <source>Creates a new vault with NAME as its coordinator, asks for a new passphrase as init does, and fills it with clearly fictional people and notes in French and English. The same seed gives the same data. Prints the recovery key once.</source>
        <translation>Creates a new vault with NAME as its coordinator, asks for a new passphrase as init does, and fills it with clearly fictional people and notes in French and English. The same seed gives the same data. Prints the recovery key once.</translation>
    </message>
    <message>
        <source>--people must be a whole number from 1 to %1.</source>
        <translation>--people must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--notes must be a whole number from 0 to %1.</source>
        <translation>--notes must be a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>Adding fictional people and notes: %1 %</source>
        <translation>Adding fictional people and notes: %1 %</translation>
    </message>
    <message>
        <source>Demo vault created with %1 fictional people and %2 notes in %3 s. Its coordinator can unlock it with the passphrase just chosen.</source>
        <translation>Demo vault created with %1 fictional people and %2 notes in %3 s. Its coordinator can unlock it with the passphrase just chosen.</translation>
    </message>
    <message>
        <source>Number of fictional people, 1 to 1000000 (default: 1000).</source>
        <translation>Number of fictional people, 1 to 1000000 (default: 1000).</translation>
    </message>
    <message>
        <source>Number of fictional notes, 0 to 10000000 (default: 10000).</source>
        <translation>Number of fictional notes, 0 to 10000000 (default: 10000).</translation>
    </message>
    <message>
        <source>Seed of the generator, a non-negative integer: the same seed gives the same people, codes and notes (default: 1).</source>
        <translation>Seed of the generator, a non-negative integer: the same seed gives the same people, codes and notes (default: 1).</translation>
    </message>
</context>
<context>
    <name>abri::Category</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Shelter address</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>abri::ConsentMethod</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Spoken</translation>
    </message>
</context>
<context>
    <name>abri::ConsentScope</name>
    <message>
        <source>Share with a partner</source>
        <translation>Share with a partner</translation>
    </message>
    <message>
        <source>Share with a sector</source>
        <translation>Share with a sector</translation>
    </message>
    <message>
        <source>Contact the police</source>
        <translation>Contact the police</translation>
    </message>
    <message>
        <source>Use in anonymised statistics</source>
        <translation>Use in anonymised statistics</translation>
    </message>
    <message>
        <source>Keep photos</source>
        <translation>Keep photos</translation>
    </message>
</context>
<context>
    <name>abri::ContactKind</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messaging app</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>abri::Database</name>
    <message>
        <source>The vault&apos;s database file is missing.</source>
        <translation>The vault&apos;s database file is missing.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>The vault&apos;s database could not be opened. Check that the folder exists and that you may read and write it.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption could not be set up.</source>
        <translation>The vault&apos;s encryption could not be set up.</translation>
    </message>
    <message>
        <source>The vault&apos;s database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</source>
        <translation>The vault&apos;s database does not open with this key. It may be damaged or belong to another key; try the recovery key or restore a backup.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again in a moment.</source>
        <translation>The vault is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged. Run &quot;abri-admin verify&quot; and restore the latest backup if it fails.</source>
        <translation>The vault&apos;s database is damaged. Run &quot;abri-admin verify&quot; and restore the latest backup if it fails.</translation>
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
    <message>
        <source>The vault&apos;s database is empty: it was damaged or cut short. Restore the latest backup.</source>
        <translation>The vault&apos;s database is empty: it was damaged or cut short. Restore the latest backup.</translation>
    </message>
    <message>
        <source>The copy&apos;s file already exists. Nothing was written.</source>
        <translation>The copy&apos;s file already exists. Nothing was written.</translation>
    </message>
    <message>
        <source>The copy&apos;s file could not be created.</source>
        <translation>The copy&apos;s file could not be created.</translation>
    </message>
</context>
<context>
    <name>abri::FileUtil</name>
    <message>
        <source>A folder could not be synchronised to disk.</source>
        <translation>A folder could not be synchronised to disk.</translation>
    </message>
    <message>
        <source>A file could not be written. Check the free space and the folder&apos;s permissions; nothing was changed.</source>
        <translation>A file could not be written. Check the free space and the folder&apos;s permissions; nothing was changed.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>A file could not be read.</translation>
    </message>
    <message>
        <source>A file is larger than expected and was not read.</source>
        <translation>A file is larger than expected and was not read.</translation>
    </message>
    <message>
        <source>A file could not be renamed. Check the folder&apos;s permissions; nothing was changed.</source>
        <translation>A file could not be renamed. Check the folder&apos;s permissions; nothing was changed.</translation>
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
        <translation>Visit</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>abri::PersonStatus</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>abri::RiskFlag</name>
    <message>
        <source>Do not confirm presence</source>
        <translation>Do not confirm presence</translation>
    </message>
    <message>
        <source>Being looked for by someone dangerous</source>
        <translation>Being looked for by someone dangerous</translation>
    </message>
    <message>
        <source>Contact only as instructed</source>
        <translation>Contact only as instructed</translation>
    </message>
    <message>
        <source>Has a safety plan</source>
        <translation>Has a safety plan</translation>
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
<context>
    <name>abri::Sharing</name>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation>Civil rights</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Public officials</source>
        <translation>Public officials</translation>
    </message>
    <message>
        <source>Police liaison</source>
        <translation>Police liaison</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Formal (signed agreement)</source>
        <translation>Formal (signed agreement)</translation>
    </message>
    <message>
        <source>Informal (agreed in person)</source>
        <translation>Informal (agreed in person)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Renewal due soon</source>
        <translation>Renewal due soon</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
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
        <translation>Pronouns</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Safety flags</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Date and place of birth</source>
        <translation>Date and place of birth</translation>
    </message>
    <message>
        <source>Identity document numbers</source>
        <translation>Identity document numbers</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Where the person can be found</source>
        <translation>Where the person can be found</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Health summary</translation>
    </message>
    <message>
        <source>Legal summary</source>
        <translation>Legal summary</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>Shelter address</translation>
    </message>
    <message>
        <source>Safety details</source>
        <translation>Safety details</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Disclosure history</source>
        <translation>Disclosure history</translation>
    </message>
    <message>
        <source>With the person&apos;s consent</source>
        <translation>With the person&apos;s consent</translation>
    </message>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>The person&apos;s own copy</translation>
    </message>
    <message>
        <source>Override (to be reviewed)</source>
        <translation>Override (to be reviewed)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Consent receipt</translation>
    </message>
    <message>
        <source>Information sheet</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Public official</source>
        <translation>Public official</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Partly answered</translation>
    </message>
    <message>
        <source>Fully answered</source>
        <translation>Fully answered</translation>
    </message>
</context>
<context>
    <name>abri::ui::AccessMatrixModel</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Read and write</translation>
    </message>
    <message>
        <source>Not saved yet (was: %1)</source>
        <translation>Not saved yet (was: %1)</translation>
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
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>Change access</source>
        <translation>Change access</translation>
    </message>
    <message>
        <source>These changes apply to everyone with the role from their next action, and are recorded in the audit log:

%1</source>
        <translation>These changes apply to everyone with the role from their next action, and are recorded in the audit log:

%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n change(s)</source>
        <translation>
            <numerusform>&amp;Save %n change</numerusform>
            <numerusform>&amp;Save %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Each role sees the profile of every file (alias, pronouns, tags, status, risk warnings). Everything else belongs to a category, and this table decides who may read or change it (double-click a cell to change it). Anyone else must break the glass, giving a reason, and it is listed below.</source>
        <translation>Each role sees the profile of every file (alias, pronouns, tags, status, risk warnings). Everything else belongs to a category, and this table decides who may read or change it (double-click a cell to change it). Anyone else must break the glass, giving a reason, and it is listed below.</translation>
    </message>
    <message>
        <source>Who may read and write each category</source>
        <translation>Who may read and write each category</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Nothing is saved until you choose Save changes.</source>
        <translation>Double-click a cell to change it. Nothing is saved until you choose Save changes.</translation>
    </message>
    <message>
        <source>Break the glass: to review</source>
        <translation>Break the glass: to review</translation>
    </message>
    <message>
        <source>Each time someone opened a category their role may not read. Check the reason with them if needed, then mark it reviewed.</source>
        <translation>Each time someone opened a category their role may not read. Check the reason with them if needed, then mark it reviewed.</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Save changes…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
    <message>
        <source>Show &amp;reviewed ones too</source>
        <translation>Show &amp;reviewed ones too</translation>
    </message>
</context>
<context>
    <name>abri::ui::AddAttachmentDialog</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Who may open it:</source>
        <translation>&amp;Who may open it:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>What it is, for example &quot;signed consent form&quot;</source>
        <translation>What it is, for example &quot;signed consent form&quot;</translation>
    </message>
    <message>
        <source>General (every role)</source>
        <translation>General (every role)</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation>%1 (restricted)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>abri::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The name this person types to unlock. It need not be their legal name.</source>
        <translation>The name this person types to unlock. It need not be their legal name.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
</context>
<context>
    <name>abri::ui::AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gned on:</translation>
    </message>
    <message>
        <source>&amp;Renew by:</source>
        <translation>&amp;Renew by:</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Attach the signed document from the partner page once the agreement is saved.</source>
        <translation>Attach the signed document from the partner page once the agreement is saved.</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>Agreed &amp;by:</translation>
    </message>
    <message>
        <source>Who agreed, on the partner&apos;s side</source>
        <translation>Who agreed, on the partner&apos;s side</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Agreed &amp;on:</translation>
    </message>
    <message>
        <source>May receive:</source>
        <translation>May receive:</translation>
    </message>
    <message>
        <source>Beyond the profile (alias, code, languages), only what is ticked here may be shared with this partner, and only with the person&apos;s consent.</source>
        <translation>Beyond the profile (alias, code, languages), only what is ticked here may be shared with this partner, and only with the person&apos;s consent.</translation>
    </message>
    <message>
        <source>Signed the code of &amp;conduct on:</source>
        <translation>Signed the code of &amp;conduct on:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentViewer</name>
    <message numerus="yes">
        <source>%n page(s), fit to width</source>
        <translation>
            <numerusform>%n page, fit to width</numerusform>
            <numerusform>%n pages, fit to width</numerusform>
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
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>This PDF could not be read. It may be damaged or protected by a password.</source>
        <translation>This PDF could not be read. It may be damaged or protected by a password.</translation>
    </message>
    <message>
        <source>This image could not be read. It may be damaged.</source>
        <translation>This image could not be read. It may be damaged.</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentsModel</name>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Restricted (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>abri::ui::AttachmentsTab</name>
    <message>
        <source>Add an attachment</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <source>Images and PDF documents (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)</source>
        <translation>Images and PDF documents (*.png *.jpg *.jpeg *.pdf *.PNG *.JPG *.JPEG *.PDF)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: anyone who can open that folder, or finds the computer or USB stick, can read it. Saving a copy is recorded in the audit log.

Delete the copy as soon as you no longer need it.</source>
        <translation>The copy is NOT encrypted: anyone who can open that folder, or finds the computer or USB stick, can read it. Saving a copy is recorded in the audit log.

Delete the copy as soon as you no longer need it.</translation>
    </message>
    <message>
        <source>&amp;Choose where…</source>
        <translation>&amp;Choose where…</translation>
    </message>
    <message>
        <source>The copy was saved. Remember that it is not encrypted.</source>
        <translation>The copy was saved. Remember that it is not encrypted.</translation>
    </message>
    <message>
        <source>Photos, scans and PDF documents, kept encrypted in the vault. They open inside Abri; restricted ones only for roles that may read their category.</source>
        <translation>Photos, scans and PDF documents, kept encrypted in the vault. They open inside Abri; restricted ones only for roles that may read their category.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuditLogModel</name>
    <message>
        <source>Recovery key or system</source>
        <translation>Recovery key or system</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuditPage</name>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or added out of order.</source>
        <translation>Checks that no entry was changed, removed or added out of order.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Recovery key or system</source>
        <translation>Recovery key or system</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All user changes</source>
        <translation>All user changes</translation>
    </message>
</context>
<context>
    <name>abri::ui::AuthorityRequestDialog</name>
    <message>
        <source>New request from an authority</source>
        <translation>New request from an authority</translation>
    </message>
    <message>
        <source>Request from an authority</source>
        <translation>Request from an authority</translation>
    </message>
    <message>
        <source>Write down what was asked, exactly as it was asked, and what was decided. Nothing is sent from here: to disclose for this request, use Disclose for this request on the list.</source>
        <translation>Write down what was asked, exactly as it was asked, and what was decided. Nothing is sent from here: to disclose for this request, use Disclose for this request on the list.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Who asked:</translation>
    </message>
    <message>
        <source>Office, officer, court, with a reference if they gave one</source>
        <translation>Office, officer, court, with a reference if they gave one</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Legal basis cited:</source>
        <translation>&amp;Legal basis cited:</translation>
    </message>
    <message>
        <source>As they cited it; empty when none was cited</source>
        <translation>As they cited it; empty when none was cited</translation>
    </message>
    <message>
        <source>What they &amp;asked for:</source>
        <translation>What they &amp;asked for:</translation>
    </message>
    <message>
        <source>&amp;Person concerned:</source>
        <translation>&amp;Person concerned:</translation>
    </message>
    <message>
        <source>Short code, e.g. KX4-7PM; empty when none or unknown</source>
        <translation>Short code, e.g. KX4-7PM; empty when none or unknown</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>de&amp;cided on:</source>
        <translation>de&amp;cided on:</translation>
    </message>
    <message>
        <source>The person was &amp;told, on:</source>
        <translation>The person was &amp;told, on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Record request</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
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
        <translation>none cited</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Yes, %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Record which person the request is about first (Edit…).</source>
        <translation>Record which person the request is about first (Edit…).</translation>
    </message>
    <message>
        <source>Choose what to disclose for this request; it is checked and recorded like any other disclosure.</source>
        <translation>Choose what to disclose for this request; it is checked and recorded like any other disclosure.</translation>
    </message>
    <message>
        <source>Requests for information from the police, courts or officials: who asked, on what legal basis, what for, what was decided and whether the person was told. Nothing is disclosed without a consent of the person to contact the police, or a coordinator&apos;s override that is recorded and reviewed.</source>
        <translation>Requests for information from the police, courts or officials: who asked, on what legal basis, what for, what was decided and whether the person was told. Nothing is disclosed without a consent of the person to contact the police, or a coordinator&apos;s override that is recorded and reviewed.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Who asked</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Person told</source>
        <translation>Person told</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Disclose for this request…</source>
        <translation>&amp;Disclose for this request…</translation>
    </message>
</context>
<context>
    <name>abri::ui::BreakGlassDialog</name>
    <message>
        <source>Break the glass: %1</source>
        <translation>Break the glass: %1</translation>
    </message>
    <message>
        <source>Your role does not see the %1 part of case files. If you need it now for this person, type why. The part opens for this person only, until you lock Abri. Your name, the reason and the time are recorded and a coordinator reviews them.</source>
        <translation>Your role does not see the %1 part of case files. If you need it now for this person, type why. The part opens for this person only, until you lock Abri. Your name, the reason and the time are recorded and a coordinator reviews them.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>For example: she asked us to call her lawyer during the hearing</source>
        <translation>For example: she asked us to call her lawyer during the hearing</translation>
    </message>
    <message>
        <source>&amp;Open this part</source>
        <translation>&amp;Open this part</translation>
    </message>
</context>
<context>
    <name>abri::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Choose what %1 may do in Abri.</source>
        <translation>Choose what %1 may do in Abri.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Change role</translation>
    </message>
</context>
<context>
    <name>abri::ui::ConsentsTab</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>Not needed for this kind of consent</source>
        <translation>Not needed for this kind of consent</translation>
    </message>
    <message>
        <source>What this person agreed to, with whom and until when. A consent is never deleted: when it no longer holds, revoke it on the day the person said so.</source>
        <translation>What this person agreed to, with whom and until when. A consent is never deleted: when it no longer holds, revoke it on the day the person said so.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Revoked on:</source>
        <translation>Revoked on:</translation>
    </message>
    <message>
        <source>&amp;Revoke selected</source>
        <translation>&amp;Revoke selected</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Re&amp;cipient:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>What it is for, in the person&apos;s words if possible</source>
        <translation>What it is for, in the person&apos;s words if possible</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpires on:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>&amp;Add consent</translation>
    </message>
    <message>
        <source>The sector, e.g. Health</source>
        <translation>The sector, e.g. Health</translation>
    </message>
    <message>
        <source>The organisation, e.g. Médecins du Monde</source>
        <translation>The organisation, e.g. Médecins du Monde</translation>
    </message>
    <message>
        <source>Pick a partner, or type another organisation</source>
        <translation>Pick a partner, or type another organisation</translation>
    </message>
</context>
<context>
    <name>abri::ui::CreateVaultPage</name>
    <message>
        <source>Creating the vault… This takes a few seconds.</source>
        <translation>Creating the vault… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <source>You will be its first coordinator. You can add colleagues once it is created.</source>
        <translation>You will be its first coordinator. You can add colleagues once it is created.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>The name you will type to unlock. It need not be your legal name.</source>
        <translation>The name you will type to unlock. It need not be your legal name.</translation>
    </message>
    <message>
        <source>Stored only inside the encrypted vault.</source>
        <translation>Stored only inside the encrypted vault.</translation>
    </message>
</context>
<context>
    <name>abri::ui::DemoVaultPage</name>
    <message>
        <source>The previous demo vault in %1 could not be removed. Remove it and try again.</source>
        <translation>The previous demo vault in %1 could not be removed. Remove it and try again.</translation>
    </message>
    <message>
        <source>Cancelled. No demo vault was made.</source>
        <translation>Cancelled. No demo vault was made.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Making the demo vault… This takes several minutes.</source>
        <translation>Making the demo vault… This takes several minutes.</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>Making the demo vault…</translation>
    </message>
    <message>
        <source>Open a demo vault</source>
        <translation>Open a demo vault</translation>
    </message>
    <message>
        <source>A throwaway vault full of fictional people and notes, to try Abri safely.</source>
        <translation>A throwaway vault full of fictional people and notes, to try Abri safely.</translation>
    </message>
    <message>
        <source>Everything in it is made up, and it is marked DEMO everywhere. It is made in Abri&apos;s data folder and has one user per role; the lock screen shows their names and passphrase. Never record real people in it.</source>
        <translation>Everything in it is made up, and it is marked DEMO everywhere. It is made in Abri&apos;s data folder and has one user per role; the lock screen shows their names and passphrase. Never record real people in it.</translation>
    </message>
    <message>
        <source>&amp;Small: %L1 people, %L2 notes</source>
        <translation>&amp;Small: %L1 people, %L2 notes</translation>
    </message>
    <message>
        <source>&amp;Large: %L1 people, %L2 notes</source>
        <translation>&amp;Large: %L1 people, %L2 notes</translation>
    </message>
    <message>
        <source>To see how Abri copes with a big organisation. Making it takes several minutes.</source>
        <translation>To see how Abri copes with a big organisation. Making it takes several minutes.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Make the demo vault</source>
        <translation>&amp;Make the demo vault</translation>
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
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>abri::ui::FolderField</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
</context>
<context>
    <name>abri::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>abri::ui::GlassBreaksModel</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>abri::ui::LedgerModel</name>
    <message>
        <source>The person (own copy)</source>
        <translation>The person (own copy)</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>What left</source>
        <translation>What left</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>abri::ui::LedgerPage</name>
    <message numerus="yes">
        <source>The newest %n entries are shown: narrow the dates to see older ones.</source>
        <translation>
            <numerusform>Only the newest entry (%n) is shown: narrow the dates to see older ones.</numerusform>
            <numerusform>The newest %n entries are shown: narrow the dates to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Select an entry to see it in full.</translation>
    </message>
    <message>
        <source>File %1 to %2: %3 (%4), by %5.</source>
        <comment>code, recipient, document, channel, user</comment>
        <translation>File %1 to %2: %3 (%4), by %5.</translation>
    </message>
    <message>
        <source>What left: %1.</source>
        <translation>What left: %1.</translation>
    </message>
    <message>
        <source>The person asked for their shelter address / location to be included.</source>
        <translation>The person asked for their shelter address / location to be included.</translation>
    </message>
    <message>
        <source>Override. Reason given: %1</source>
        <translation>Override. Reason given: %1</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>Reviewed on %1.</translation>
    </message>
    <message>
        <source>Not reviewed yet: check the reason with whoever did it, then mark it reviewed.</source>
        <translation>Not reviewed yet: check the reason with whoever did it, then mark it reviewed.</translation>
    </message>
    <message>
        <source>Every time something about a person left Abri: printed, saved as a PDF, exported or sent with a referral. Entries name the fields that left, never their content, and cannot be changed or deleted. Overrides (sharing without a consent or agreement) wait here for your review.</source>
        <translation>Every time something about a person left Abri: printed, saved as a PDF, exported or sent with a referral. Entries name the fields that left, never their content, and cannot be changed or deleted. Overrides (sharing without a consent or agreement) wait here for your review.</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Only overrides to &amp;review</source>
        <translation>Only overrides to &amp;review</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
</context>
<context>
    <name>abri::ui::LockScreen</name>
    <message>
        <source>Type your name.</source>
        <translation>Type your name.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;emember my name on this computer</source>
        <translation>R&amp;emember my name on this computer</translation>
    </message>
    <message>
        <source>Anyone who uses this computer will see the name. Leave unticked on a shared computer.</source>
        <translation>Anyone who uses this computer will see the name. Leave unticked on a shared computer.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation>Use the &amp;recovery key</translation>
    </message>
    <message>
        <source>&amp;Open another vault</source>
        <translation>&amp;Open another vault</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A demo vault: every person and note in it is fictional. Unlock as any of these users (one per role): %1. Passphrase for all: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>A demo vault: every person and note in it is fictional. Unlock as any of these users (one per role): %1. Passphrase for all: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>abri::ui::MainWindow</name>
    <message>
        <source>Your vault is ready. Unlock it with your name and passphrase.</source>
        <translation>Your vault is ready. Unlock it with your name and passphrase.</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. Select a coordinator and choose Reset passphrase (or add a coordinator), then lock and unlock with that name and passphrase.</source>
        <translation>You opened the vault with the recovery key. Select a coordinator and choose Reset passphrase (or add a coordinator), then lock and unlock with that name and passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed unlock attempt(s) on this computer since your last unlock. If that was not you, tell a coordinator.</source>
        <translation>
            <numerusform>There was %n failed unlock attempt on this computer since your last unlock. If that was not you, tell a coordinator.</numerusform>
            <numerusform>There were %n failed unlock attempts on this computer since your last unlock. If that was not you, tell a coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abri — Locked</source>
        <translation>Abri — Locked</translation>
    </message>
    <message>
        <source>Abri</source>
        <translation>Abri</translation>
    </message>
    <message>
        <source>A re-key that was interrupted has been completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault now. A coordinator should choose &quot;Revoke and re-key&quot; on the Users page now.</source>
        <translation>A re-key that was interrupted has been completed, but its new recovery key was never shown, so no one has a recovery key that opens this vault now. A coordinator should choose &quot;Revoke and re-key&quot; on the Users page now.</translation>
    </message>
    <message>
        <source>The demo vault is ready. Unlock it as one of the demo users below.</source>
        <translation>The demo vault is ready. Unlock it as one of the demo users below.</translation>
    </message>
    <message>
        <source>Abri — DEMO — Locked</source>
        <translation>Abri — DEMO — Locked</translation>
    </message>
    <message>
        <source>Abri — DEMO</source>
        <translation>Abri — DEMO</translation>
    </message>
</context>
<context>
    <name>abri::ui::MergeDialog</name>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Pronouns: %1</source>
        <translation>Pronouns: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnings: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
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
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
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
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This file was already merged into another one. Pick the file it was merged into.</source>
        <translation>This file was already merged into another one. Pick the file it was merged into.</translation>
    </message>
    <message>
        <source>Merge files</source>
        <translation>Merge files</translation>
    </message>
    <message>
        <source>Everything in file %2 (notes, consents, follow-ups, attachments, contacts and other details) moves into file %1. Where both files hold a different value, both are kept. File %2 is then closed and points to %1.

This cannot be undone.</source>
        <translation>Everything in file %2 (notes, consents, follow-ups, attachments, contacts and other details) moves into file %1. Where both files hold a different value, both are kept. File %2 is then closed and points to %1.

This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Merge a duplicate file</source>
        <translation>Merge a duplicate file</translation>
    </message>
    <message>
        <source>&amp;Other file:</source>
        <translation>&amp;Other file:</translation>
    </message>
    <message>
        <source>Type an alias, a tag or the short code</source>
        <translation>Type an alias, a tag or the short code</translation>
    </message>
    <message>
        <source>This file (kept)</source>
        <translation>This file (kept)</translation>
    </message>
    <message>
        <source>This file, %1 (kept)</source>
        <translation>This file, %1 (kept)</translation>
    </message>
    <message>
        <source>Other file (closed after merging)</source>
        <translation>Other file (closed after merging)</translation>
    </message>
    <message>
        <source>Other file, %1 (closed after merging)</source>
        <translation>Other file, %1 (closed after merging)</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>Pick the duplicate above.</translation>
    </message>
    <message>
        <source>Everything in the other file moves into this one; nothing is dropped. The other file is then closed and points here. Only coordinators may merge.</source>
        <translation>Everything in the other file moves into this one; nothing is dropped. The other file is then closed and points here. Only coordinators may merge.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
</context>
<context>
    <name>abri::ui::MyAccountPage</name>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Changing your passphrase…</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Your passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>You are signed in as %1, with the role %2.</source>
        <translation>You are signed in as %1, with the role %2.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
</context>
<context>
    <name>abri::ui::NewPersonDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
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
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>The name the person chooses to be called</source>
        <translation>The name the person chooses to be called</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronouns:</translation>
    </message>
    <message>
        <source>For example: she/her</source>
        <translation>For example: she/her</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Separated by commas: French, Portuguese</source>
        <translation>Separated by commas: French, Portuguese</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>P&amp;hone (optional):</translation>
    </message>
    <message>
        <source>Possible duplicates: these files have a similar alias or the same phone. Open one if it is the same person, or create a new file anyway.</source>
        <translation>Possible duplicates: these files have a similar alias or the same phone. Open one if it is the same person, or create a new file anyway.</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;Open the selected file</translation>
    </message>
</context>
<context>
    <name>abri::ui::OpenVaultPage</name>
    <message>
        <source>Choose the folder of the vault, often named “vault.abri”.</source>
        <translation>Choose the folder of the vault, often named “vault.abri”.</translation>
    </message>
    <message>
        <source>This folder holds a vault. Choose Finish, then unlock it.</source>
        <translation>This folder holds a vault. Choose Finish, then unlock it.</translation>
    </message>
    <message>
        <source>This folder is not an Abri vault. Choose the vault folder itself.</source>
        <translation>This folder is not an Abri vault. Choose the vault folder itself.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <source>For example a vault copied from another computer or restored from a backup.</source>
        <translation>For example a vault copied from another computer or restored from a backup.</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;Vault folder:</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>The organisation&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Se&amp;rvices:</source>
        <translation>Se&amp;rvices:</translation>
    </message>
    <message>
        <source>What they offer, for example &quot;free STI testing, no ID needed&quot;</source>
        <translation>What they offer, for example &quot;free STI testing, no ID needed&quot;</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Separated by commas: French, Portuguese</source>
        <translation>Separated by commas: French, Portuguese</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 9:00–17:00</source>
        <translation>For example: Mon–Fri 9:00–17:00</translation>
    </message>
    <message>
        <source>&amp;Contact people:</source>
        <translation>&amp;Contact people:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Secure channels</source>
        <translation>Secure channels</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>A&amp;dd contact</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Re&amp;move contact</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerKeyDialog</name>
    <message>
        <source>(paste a key)</source>
        <translation>(paste a key)</translation>
    </message>
    <message>
        <source>(not a key)</source>
        <translation>(not a key)</translation>
    </message>
    <message>
        <source>Partner&apos;s public key</source>
        <translation>Partner&apos;s public key</translation>
    </message>
    <message>
        <source>Paste the public key the partner sent you: 64 hexadecimal digits, base64, or a block between &quot;BEGIN ABRI PUBLIC KEY&quot; and &quot;END ABRI PUBLIC KEY&quot;. Then read the fingerprint aloud to them over the phone: it must match the one they see.</source>
        <translation>Paste the public key the partner sent you: 64 hexadecimal digits, base64, or a block between &quot;BEGIN ABRI PUBLIC KEY&quot; and &quot;END ABRI PUBLIC KEY&quot;. Then read the fingerprint aloud to them over the phone: it must match the one they see.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Save key</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnerPage</name>
    <message>
        <source>Opening the partner…</source>
        <translation>Opening the partner…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Fingerprint of the key on record. Read it aloud to the partner to check that it matches theirs.</source>
        <translation>Fingerprint of the key on record. Read it aloud to the partner to check that it matches theirs.</translation>
    </message>
    <message>
        <source>No public key is on record for this partner. A key lets Abri exchange encrypted files with them later.</source>
        <translation>No public key is on record for this partner. A key lets Abri exchange encrypted files with them later.</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>Replace &amp;key…</translation>
    </message>
    <message>
        <source>Set &amp;key…</source>
        <translation>Set &amp;key…</translation>
    </message>
    <message>
        <source>Signed %1, renew by %2</source>
        <translation>Signed %1, renew by %2</translation>
    </message>
    <message>
        <source>Signed %1, no end date</source>
        <translation>Signed %1, no end date</translation>
    </message>
    <message>
        <source>Agreed %1 by %2</source>
        <translation>Agreed %1 by %2</translation>
    </message>
    <message>
        <source>Profile only</source>
        <translation>Profile only</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>None attached</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Remove the key</translation>
    </message>
    <message>
        <source>Remove this partner&apos;s public key? Encrypted exchange with them is then impossible until a key is set again.</source>
        <translation>Remove this partner&apos;s public key? Encrypted exchange with them is then impossible until a key is set again.</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Remove key</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Attach the signed agreement</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</source>
        <translation>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Return to the page this partner was opened from</source>
        <translation>Return to the page this partner was opened from</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Secure channels</source>
        <translation>Secure channels</translation>
    </message>
    <message>
        <source>No contact person is recorded.</source>
        <translation>No contact person is recorded.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>Re&amp;move key</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>May receive</source>
        <translation>May receive</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Code of conduct</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No agreement yet: nothing beyond the profile may be shared with this partner. Choose &quot;New agreement…&quot; to record one.</source>
        <translation>No agreement yet: nothing beyond the profile may be shared with this partner. Choose &quot;New agreement…&quot; to record one.</translation>
    </message>
    <message>
        <source>No agreement yet: nothing beyond the profile may be shared with this partner.</source>
        <translation>No agreement yet: nothing beyond the profile may be shared with this partner.</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <source>Edit a&amp;greement…</source>
        <translation>Edit a&amp;greement…</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <source>&amp;View document</source>
        <translation>&amp;View document</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>No agreement</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <comment>status</comment>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · renew by %2</source>
        <comment>status, date</comment>
        <translation>%1 · renew by %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · renew by %2 (%n day(s) left)</source>
        <comment>status, date</comment>
        <translation>
            <numerusform>%1 · renew by %2 (%n day left)</numerusform>
            <numerusform>%1 · renew by %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ended %2</source>
        <comment>status, date</comment>
        <translation>%1 · ended %2</translation>
    </message>
</context>
<context>
    <name>abri::ui::PartnersPage</name>
    <message numerus="yes">
        <source>%n partner(s) match</source>
        <translation>
            <numerusform>%n partner matches</numerusform>
            <numerusform>%n partners match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches. Choose &quot;All&quot; in the filters or clear the search to see every partner.</source>
        <translation>No partner matches. Choose &quot;All&quot; in the filters or clear the search to see every partner.</translation>
    </message>
    <message>
        <source>No partner organisation is recorded yet. Choose &quot;New partner…&quot; to add the clinics, lawyers and groups people are referred to.</source>
        <translation>No partner organisation is recorded yet. Choose &quot;New partner…&quot; to add the clinics, lawyers and groups people are referred to.</translation>
    </message>
    <message>
        <source>No partner organisation is recorded yet. A coordinator adds them.</source>
        <translation>No partner organisation is recorded yet. A coordinator adds them.</translation>
    </message>
    <message>
        <source>Find a partner: part of its name or services</source>
        <translation>Find a partner: part of its name or services</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>New &amp;partner…</translation>
    </message>
    <message>
        <source>Record a partner organisation</source>
        <translation>Record a partner organisation</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ctor:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>A&amp;greement:</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>No agreement</translation>
    </message>
</context>
<context>
    <name>abri::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repea&amp;t passphrase:</source>
        <translation>Repea&amp;t passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Repea&amp;t new passphrase:</source>
        <translation>Repea&amp;t new passphrase:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words make a strong passphrase that is easy to remember.</numerusform>
            <numerusform>At least %n characters. A few unrelated words make a strong passphrase that is easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Too short: %n more character needed.</numerusform>
            <numerusform>Too short: %n more characters needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess. Add another unrelated word.</source>
        <translation>Too easy to guess. Add another unrelated word.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Type the passphrase again to confirm it.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Good passphrase.</translation>
    </message>
</context>
<context>
    <name>abri::ui::PeopleModel</name>
    <message>
        <source>The name is hidden: lists show the code.</source>
        <translation>The name is hidden: lists show the code.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>abri::ui::PeoplePage</name>
    <message>
        <source>Type the words to look for in notes first.</source>
        <translation>Type the words to look for in notes first.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) match the filters</source>
        <translation>
            <numerusform>%Ln person match the filters</numerusform>
            <numerusform>%Ln people match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches these filters. Choose &quot;All&quot; in a filter to see more people.</source>
        <translation>No one matches these filters. Choose &quot;All&quot; in a filter to see more people.</translation>
    </message>
    <message>
        <source>No one is in the vault yet. Choose &quot;New person&quot; (Ctrl+N) to open the first file.</source>
        <translation>No one is in the vault yet. Choose &quot;New person&quot; (Ctrl+N) to open the first file.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Try part of an alias or a tag, a code, or the last digits of a phone number. Press Enter to look for these words in notes.</source>
        <translation>No one matches &quot;%1&quot;. Try part of an alias or a tag, a code, or the last digits of a phone number. Press Enter to look for these words in notes.</translation>
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
        <translation>No note you may read contains &quot;%1&quot;. Check the spelling, or use fewer words.</translation>
    </message>
    <message>
        <source>Find a person: alias, tag, code or last digits of a phone (Ctrl+F)</source>
        <translation>Find a person: alias, tag, code or last digits of a phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in &amp;notes</source>
        <translation>Search in &amp;notes</translation>
    </message>
    <message>
        <source>Look for these words in the notes you may read</source>
        <translation>Look for these words in the notes you may read</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>Open a new person file (Ctrl+N)</source>
        <translation>Open a new person file (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>Risk &amp;flag:</source>
        <translation>Risk &amp;flag:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No worker</source>
        <translation>No worker</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Any or none</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags and tags</source>
        <translation>Flags and tags</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Short code: %1</source>
        <translation>Short code: %1</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Created %1, last changed %2</translation>
    </message>
    <message>
        <source>Status since %1</source>
        <translation>Status since %1</translation>
    </message>
    <message>
        <source>This file was merged into another one and is kept closed.</source>
        <translation>This file was merged into another one and is kept closed.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Hide in lists</source>
        <translation>&amp;Hide in lists</translation>
    </message>
    <message>
        <source>Lists and search results show the short code instead of the alias.</source>
        <translation>Lists and search results show the short code instead of the alias.</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronouns:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Risk flags:</source>
        <translation>Risk flags:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Assigned &amp;worker:</source>
        <translation>Assigned &amp;worker:</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Legal &amp;name:</translation>
    </message>
    <message>
        <source>&amp;ID numbers:</source>
        <translation>&amp;ID numbers:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Born:</translation>
    </message>
    <message>
        <source>Year (1994) or date (1994-03-21)</source>
        <translation>Year (1994) or date (1994-03-21)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Number or address</translation>
    </message>
    <message>
        <source>Safe-contact instructions</source>
        <translation>Safe-contact instructions</translation>
    </message>
    <message>
        <source>Safe hours</source>
        <translation>Safe hours</translation>
    </message>
    <message>
        <source>Add contact &amp;method</source>
        <translation>Add contact &amp;method</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>&amp;Emergency contact:</translation>
    </message>
    <message>
        <source>Where the person can usually be found</source>
        <translation>Where the person can usually be found</translation>
    </message>
    <message>
        <source>Summary; details go in health notes</source>
        <translation>Summary; details go in health notes</translation>
    </message>
    <message>
        <source>Summary; details go in legal notes</source>
        <translation>Summary; details go in legal notes</translation>
    </message>
    <message>
        <source>Where the person is staying</source>
        <translation>Where the person is staying</translation>
    </message>
    <message>
        <source>Who is a danger, and how</source>
        <translation>Who is a danger, and how</translation>
    </message>
    <message>
        <source>Restricted — your role does not see this part.</source>
        <translation>Restricted — your role does not see this part.</translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation>Break the glass…</translation>
    </message>
    <message>
        <source>Read only: your role may see this part but not change it.</source>
        <translation>Read only: your role may see this part but not change it.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>worker: %1</source>
        <translation>worker: %1</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>no worker assigned</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Opening the file…</translation>
    </message>
    <message>
        <source>This file was merged into another one. Everything it held is there now.</source>
        <translation>This file was merged into another one. Everything it held is there now.</translation>
    </message>
    <message>
        <source>Open &amp;that file</source>
        <translation>Open &amp;that file</translation>
    </message>
    <message>
        <source>&amp;Merge with another file…</source>
        <translation>&amp;Merge with another file…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Atta&amp;chments</source>
        <translation>Atta&amp;chments</translation>
    </message>
    <message>
        <source>Share / pr&amp;int…</source>
        <translation>Share / pr&amp;int…</translation>
    </message>
    <message>
        <source>Print consent &amp;receipt…</source>
        <translation>Print consent &amp;receipt…</translation>
    </message>
    <message>
        <source>Print disclosure &amp;history…</source>
        <translation>Print disclosure &amp;history…</translation>
    </message>
    <message>
        <source>Share information with a &amp;partner…</source>
        <translation>Share information with a &amp;partner…</translation>
    </message>
    <message>
        <source>Shared &amp;with</source>
        <translation>Shared &amp;with</translation>
    </message>
</context>
<context>
    <name>abri::ui::PreferencesPage</name>
    <message>
        <source>Saved. It applies to everyone who uses this vault.</source>
        <translation>Saved. It applies to everyone who uses this vault.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>For this vault</source>
        <translation>For this vault</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> min without use</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abri locks by itself after this many minutes without use, for everyone who uses this vault (1 to 240).</source>
        <translation>Abri locks by itself after this many minutes without use, for everyone who uses this vault (1 to 240).</translation>
    </message>
    <message numerus="yes">
        <source>Abri locks after %n minute(s) without use. A coordinator can change this.</source>
        <translation>
            <numerusform>Abri locks after %n minute without use. A coordinator can change this.</numerusform>
            <numerusform>Abri locks after %n minutes without use. A coordinator can change this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+L locks at once. In a hurry, press Esc three times quickly: Abri locks and clears the screen. Abri also locks when the computer sleeps or its screen locks.</source>
        <translation>Ctrl+L locks at once. In a hurry, press Esc three times quickly: Abri locks and clears the screen. Abri also locks when the computer sleeps or its screen locks.</translation>
    </message>
    <message>
        <source>Lists now show codes instead of names.</source>
        <translation>Lists now show codes instead of names.</translation>
    </message>
    <message>
        <source>Lists now show names again, except for people whose file hides theirs.</source>
        <translation>Lists now show names again, except for people whose file hides theirs.</translation>
    </message>
    <message>
        <source>&amp;Hide names in lists (show codes only)</source>
        <translation>&amp;Hide names in lists (show codes only)</translation>
    </message>
    <message>
        <source>For work in public places: lists, search results and the Today page show each person&apos;s code instead of their name. Only for you, on every computer.</source>
        <translation>For work in public places: lists, search results and the Today page show each person&apos;s code instead of their name. Only for you, on every computer.</translation>
    </message>
    <message>
        <source>For work in public places. This applies only to you.</source>
        <translation>For work in public places. This applies only to you.</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>The vault was re-keyed. Copies of the old key file no longer open it, disabled users&apos; access was removed, and the old recovery key no longer works.</source>
        <translation>The vault was re-keyed. Copies of the old key file no longer open it, disabled users&apos; access was removed, and the old recovery key no longer works.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>The vault is ready. Keep this key safe before you go on.</source>
        <translation>The vault is ready. Keep this key safe before you go on.</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryKeyView</name>
    <message>
        <source>This is the vault&apos;s recovery key. It opens the vault if every passphrase is lost. It is shown only now.</source>
        <translation>This is the vault&apos;s recovery key. It opens the vault if every passphrase is lost. It is shown only now.</translation>
    </message>
    <message>
        <source>Write it on paper or print it, and keep it in a safe place away from this computer. Anyone who has it and a copy of the vault can read everything in it.</source>
        <translation>Write it on paper or print it, and keep it in a safe place away from this computer. Anyone who has it and a copy of the vault can read everything in it.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copies the key; the clipboard is cleared after 30 seconds and when Abri locks.</source>
        <translation>Copies the key; the clipboard is cleared after 30 seconds and when Abri locks.</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it and will keep it safe</source>
        <translation>I have &amp;written it down or printed it and will keep it safe</translation>
    </message>
</context>
<context>
    <name>abri::ui::RecoveryUnlockForm</name>
    <message>
        <source>Type the recovery key from the sheet made when the vault was created or last re-keyed. Capital or small letters and the dashes do not matter. You can then set a new passphrase in Users.</source>
        <translation>Type the recovery key from the sheet made when the vault was created or last re-keyed. Capital or small letters and the dashes do not matter. You can then set a new passphrase in Users.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>abri::ui::ResetPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <source>Set a new passphrase for %1. Tell them in person, and ask them to change it in My account after they unlock.</source>
        <translation>Set a new passphrase for %1. Tell them in person, and ask them to change it in My account after they unlock.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Set passphrase</translation>
    </message>
</context>
<context>
    <name>abri::ui::ShareDialog</name>
    <message>
        <source>The person themself (their own copy)</source>
        <translation>The person themself (their own copy)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>partner (sector)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request from %1: %2, received %3</source>
        <comment>authority kind, who asked, date</comment>
        <translation>Request from %1: %2, received %3</translation>
    </message>
    <message>
        <source>Optional for the person&apos;s own copy</source>
        <translation>Optional for the person&apos;s own copy</translation>
    </message>
    <message>
        <source>No consent in force names this recipient: type the purpose</source>
        <translation>No consent in force names this recipient: type the purpose</translation>
    </message>
    <message>
        <source>What it is for: a consent covers one purpose</source>
        <translation>What it is for: a consent covers one purpose</translation>
    </message>
    <message>
        <source>✓ Will be sent</source>
        <translation>✓ Will be sent</translation>
    </message>
    <message>
        <source>Can be sent: tick it to include it</source>
        <translation>Can be sent: tick it to include it</translation>
    </message>
    <message>
        <source>✗ Withheld: %1</source>
        <translation>✗ Withheld: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Withheld: %1</translation>
    </message>
    <message>
        <source>Checking what may be shared…</source>
        <translation>Checking what may be shared…</translation>
    </message>
    <message>
        <source>Choose or type the purpose: Abri then checks each field against the person&apos;s consents for it.</source>
        <translation>Choose or type the purpose: Abri then checks each field against the person&apos;s consents for it.</translation>
    </message>
    <message>
        <source>Tick what the document should carry.</source>
        <translation>Tick what the document should carry.</translation>
    </message>
    <message>
        <source>Nothing ticked may be sent, so nothing can be printed or saved.</source>
        <translation>Nothing ticked may be sent, so nothing can be printed or saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked field(s) will be sent. Basis: %1.</source>
        <translation>
            <numerusform>%n ticked field will be sent. Basis: %1.</numerusform>
            <numerusform>%n ticked fields will be sent. Basis: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The withheld ones stay out of the document.</source>
        <translation>The withheld ones stay out of the document.</translation>
    </message>
    <message>
        <source>Share or print</source>
        <translation>Share or print</translation>
    </message>
    <message>
        <source>File %1.</source>
        <comment>short code</comment>
        <translation>File %1.</translation>
    </message>
    <message>
        <source>Tick what the document should carry. Abri checks each field against the person&apos;s consents, the partner&apos;s agreement and your role, and says why anything is withheld. Nothing leaves until you print or save; each print and each saved PDF is recorded in the disclosure ledger.</source>
        <translation>Tick what the document should carry. Abri checks each field against the person&apos;s consents, the partner&apos;s agreement and your role, and says why anything is withheld. Nothing leaves until you print or save; each print and each saved PDF is recorded in the disclosure ledger.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>Ne&amp;utral layout (no organisation name)</source>
        <translation>Ne&amp;utral layout (no organisation name)</translation>
    </message>
    <message>
        <source>For papers the person carries: nothing on them says what kind of service wrote them.</source>
        <translation>For papers the person carries: nothing on them says what kind of service wrote them.</translation>
    </message>
    <message>
        <source>The person &amp;asked to include their shelter address / location</source>
        <translation>The person &amp;asked to include their shelter address / location</translation>
    </message>
    <message>
        <source>&amp;What the document carries:</source>
        <translation>&amp;What the document carries:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Part of the profile every role sees</source>
        <translation>Part of the profile every role sees</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <source>Override the consent or agreement</source>
        <translation>Override the consent or agreement</translation>
    </message>
    <message>
        <source>Only when there is a real reason, such as a court order or a danger to life. An override is recorded with your name and reason in the ledger and the audit log, and listed for review. It never overrides what your role may read, nor the person&apos;s own choice about their shelter address and location.</source>
        <translation>Only when there is a real reason, such as a court order or a danger to life. An override is recorded with your name and reason in the ledger and the audit log, and listed for review. It never overrides what your role may read, nor the person&apos;s own choice about their shelter address and location.</translation>
    </message>
    <message>
        <source>Why (at least 10 characters)</source>
        <translation>Why (at least 10 characters)</translation>
    </message>
    <message>
        <source>Apply o&amp;verride</source>
        <translation>Apply o&amp;verride</translation>
    </message>
    <message>
        <source>Cancel override</source>
        <translation>Cancel override</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose or type the purpose first.</source>
        <translation>Choose or type the purpose first.</translation>
    </message>
    <message>
        <source>Override in effect. Reason: %1. Printing or saving now is recorded as an override and listed for review.</source>
        <translation>Override in effect. Reason: %1. Printing or saving now is recorded as an override and listed for review.</translation>
    </message>
    <message>
        <source>Sent to the printer, and recorded in the disclosure ledger.</source>
        <translation>Sent to the printer, and recorded in the disclosure ledger.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1
The disclosure ledger already has an entry for it, and it stays there as a record of the attempt. Choose another folder and save again; that is recorded as a new entry.</source>
        <translation>The PDF could not be saved: %1
The disclosure ledger already has an entry for it, and it stays there as a record of the attempt. Choose another folder and save again; that is recorded as a new entry.</translation>
    </message>
    <message>
        <source>Saved as %1, and recorded in the disclosure ledger. The file is not encrypted: give it to the recipient and delete it from this computer when it is no longer needed.</source>
        <translation>Saved as %1, and recorded in the disclosure ledger. The file is not encrypted: give it to the recipient and delete it from this computer when it is no longer needed.</translation>
    </message>
    <message>
        <source>The printer reported an error, so the document may not have been printed. The disclosure ledger keeps the entry as a record of the attempt.</source>
        <translation>The printer reported an error, so the document may not have been printed. The disclosure ledger keeps the entry as a record of the attempt.</translation>
    </message>
</context>
<context>
    <name>abri::ui::SharedWithTab</name>
    <message>
        <source>Everything that left Abri about this person: to whom, what (field names, never the values), why, how, on what basis and by whom. The person may ask for this list; print it for them with Print disclosure history.</source>
        <translation>Everything that left Abri about this person: to whom, what (field names, never the values), why, how, on what basis and by whom. The person may ask for this list; print it for them with Print disclosure history.</translation>
    </message>
    <message>
        <source>Nothing about this person has been printed, saved or sent yet.</source>
        <translation>Nothing about this person has been printed, saved or sent yet.</translation>
    </message>
    <message>
        <source>Print consent &amp;receipt…</source>
        <translation>Print consent &amp;receipt…</translation>
    </message>
    <message>
        <source>Print disclosure &amp;history…</source>
        <translation>Print disclosure &amp;history…</translation>
    </message>
    <message>
        <source>Share information with a &amp;partner…</source>
        <translation>Share information with a &amp;partner…</translation>
    </message>
</context>
<context>
    <name>abri::ui::TimelineTab</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>The corrected text becomes the current version. The earlier text is kept in the note&apos;s history.</source>
        <translation>The corrected text becomes the current version. The earlier text is kept in the note&apos;s history.</translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Note history</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <source>Restricted (%1)</source>
        <translation>Restricted (%1)</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>General (every role reads it)</source>
        <translation>General (every role reads it)</translation>
    </message>
    <message>
        <source>A note in a category is read only by the roles that see that part of the file.</source>
        <translation>A note in a category is read only by the roles that see that part of the file.</translation>
    </message>
    <message>
        <source>What happened, what was agreed. Ctrl+Enter adds the note.</source>
        <translation>What happened, what was agreed. Ctrl+Enter adds the note.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notes, newest first</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Break the glass…</source>
        <translation>Break the glass…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Add &amp;follow-up</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
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
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>My follow-ups due</source>
        <translation>My follow-ups due</translation>
    </message>
    <message>
        <source>Nothing is due. Follow-ups you own appear here on their due date; add one on the Timeline of a person.</source>
        <translation>Nothing is due. Follow-ups you own appear here on their due date; add one on the Timeline of a person.</translation>
    </message>
    <message numerus="yes">
        <source>Consents expiring within %n day(s)</source>
        <translation>
            <numerusform>Consents expiring within %n day</numerusform>
            <numerusform>Consents expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No consent runs out in the next %n day(s).</source>
        <translation>
            <numerusform>No consent runs out in the next %n day.</numerusform>
            <numerusform>No consent runs out in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Ends today</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>What needs doing: your follow-ups that are due, consents that run out soon, and agreements with partners that lapse. Press Enter or double-click a row to open the person or the partner.</source>
        <translation>What needs doing: your follow-ups that are due, consents that run out soon, and agreements with partners that lapse. Press Enter or double-click a row to open the person or the partner.</translation>
    </message>
    <message numerus="yes">
        <source>Agreements lapsing within %n day(s)</source>
        <translation>
            <numerusform>Agreements lapsing within %n day</numerusform>
            <numerusform>Agreements lapsing within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No agreement with a partner lapses in the next %n day(s).</source>
        <translation>
            <numerusform>No agreement with a partner lapses in the next %n day.</numerusform>
            <numerusform>No agreement with a partner lapses in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Renewal date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>abri::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last unlock</source>
        <translation>Last unlock</translation>
    </message>
</context>
<context>
    <name>abri::ui::UsersPage</name>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Revoke and re-key</source>
        <translation>Revoke and re-key</translation>
    </message>
    <message>
        <source>Re-keying changes the vault&apos;s encryption key. Disabled users lose access for good, copies of the old key file stop working, and a new recovery key replaces the old one, which you must write down again. Active users keep their passphrases.

This takes a moment.</source>
        <translation>Re-keying changes the vault&apos;s encryption key. Disabled users lose access for good, copies of the old key file stop working, and a new recovery key replaces the old one, which you must write down again. Active users keep their passphrases.

This takes a moment.</translation>
    </message>
    <message>
        <source>&amp;Re-key now</source>
        <translation>&amp;Re-key now</translation>
    </message>
    <message>
        <source>Everyone who may unlock this vault, with their role. Disabling a user stops them unlocking; re-keying also removes their key for good.</source>
        <translation>Everyone who may unlock this vault, with their role. Disabling a user stops them unlocking; re-keying also removes their key for good.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase…</source>
        <translation>Reset &amp;passphrase…</translation>
    </message>
    <message>
        <source>Revoke and re-&amp;key…</source>
        <translation>Revoke and re-&amp;key…</translation>
    </message>
</context>
<context>
    <name>abri::ui::WizardStartPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Abri keeps your organisation&apos;s records in an encrypted vault.</source>
        <translation>Abri keeps your organisation&apos;s records in an encrypted vault.</translation>
    </message>
    <message>
        <source>A vault is a folder on this computer. Nothing in it can be read without a passphrase. Each person who uses Abri gets their own name and passphrase.</source>
        <translation>A vault is a folder on this computer. Nothing in it can be read without a passphrase. Each person who uses Abri gets their own name and passphrase.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Create a new vault</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault folder</source>
        <translation>&amp;Open an existing vault folder</translation>
    </message>
    <message>
        <source>Try Abri in a &amp;demo vault</source>
        <translation>Try Abri in a &amp;demo vault</translation>
    </message>
    <message>
        <source>A throwaway vault with fictional people and notes, marked DEMO everywhere.</source>
        <translation>A throwaway vault with fictional people and notes, marked DEMO everywhere.</translation>
    </message>
</context>
<context>
    <name>abri::ui::Workspace</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). In a hurry, press Esc three times.</source>
        <translation>Lock now (Ctrl+L). In a hurry, press Esc three times.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A demo vault: every person and note in it is fictional.</source>
        <translation>A demo vault: every person and note in it is fictional.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Disclosure ledger</source>
        <translation>Disclosure ledger</translation>
    </message>
    <message>
        <source>Authority requests</source>
        <translation>Authority requests</translation>
    </message>
</context>
</TS>
