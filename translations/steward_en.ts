<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlignmentDeidentifier</name>
    <message numerus="yes">
        <source>Dropped %n @%1 line(s)</source>
        <translation><numerusform>Dropped %n @%1 line</numerusform><numerusform>Dropped %n @%1 lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed the command lines (CL) of %n @PG line(s)</source>
        <translation><numerusform>Removed the command lines (CL) of %n @PG line</numerusform><numerusform>Removed the command lines (CL) of %n @PG lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read group(s) of withdrawn samples</source>
        <translation><numerusform>Removed %n read group of withdrawn samples</numerusform><numerusform>Removed %n read groups of withdrawn samples</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replaced the sample names of %n read group(s) by pseudonyms</source>
        <translation><numerusform>Replaced the sample names of %n read group by pseudonyms</numerusform><numerusform>Replaced the sample names of %n read groups by pseudonyms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed identifying text from %n header line(s)</source>
        <translation><numerusform>Removed identifying text from %n header line</numerusform><numerusform>Removed identifying text from %n header lines</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message numerus="yes">
        <source>Bundle for %1: %n file(s), %2</source>
        <translation><numerusform>Bundle for %1: %n file, %2</numerusform><numerusform>Bundle for %1: %n files, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sealed: %n dataset(s) cannot be shipped to %1.</source>
        <translation><numerusform>Nothing was sealed: %n dataset cannot be shipped to %1.</numerusform><numerusform>Nothing was sealed: %n datasets cannot be shipped to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1 for %2: %n file(s) in %3</source>
        <translation><numerusform>Sealed %1 for %2: %n file in %3</numerusform><numerusform>Sealed %1 for %2: %n files in %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation><numerusform>Encrypted with Crypt4GH for %n recipient.</numerusform><numerusform>Encrypted with Crypt4GH for %n recipients.</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleSealer</name>
    <message numerus="yes">
        <source>%1 for %2: %n dataset(s), de-identified and approved.</source>
        <translation><numerusform>%1 for %2: %n dataset, de-identified and approved.</numerusform><numerusform>%1 for %2: %n datasets, de-identified and approved.</numerusform></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message numerus="yes">
        <source>%1 takes one value but has %n.</source>
        <translation><numerusform>%1 takes one value but has %n.</numerusform><numerusform>%1 takes one value but has %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentCommands</name>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation><numerusform>Imported %n consent record from %1.</numerusform><numerusform>Imported %n consent records from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s).</source>
        <translation><numerusform>Nothing was imported from %1: %n error.</numerusform><numerusform>Nothing was imported from %1: %n errors.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported DUO release %1: %n term(s).</source>
        <translation><numerusform>Imported DUO release %1: %n term.</numerusform><numerusform>Imported DUO release %1: %n terms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entr(y|ies), chain intact.</source>
        <translation><numerusform>Audit log verified: %n entry, chain intact.</numerusform><numerusform>Audit log verified: %n entries, chain intact.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentMatcher</name>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date (TS), but the consent date is not recorded; confirm the time limit by hand.</source>
        <translation><numerusform>The consent allows use for %n month from the consent date (TS), but the consent date is not recorded; confirm the time limit by hand.</numerusform><numerusform>The consent allows use for %n months from the consent date (TS), but the consent date is not recorded; confirm the time limit by hand.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is after that.</source>
        <translation><numerusform>The consent allows use for %n month from the consent date %1, until %2 (TS); the use on %3 is after that.</numerusform><numerusform>The consent allows use for %n months from the consent date %1, until %2 (TS); the use on %3 is after that.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is within that time.</source>
        <translation><numerusform>The consent allows use for %n month from the consent date %1, until %2 (TS); the use on %3 is within that time.</numerusform><numerusform>The consent allows use for %n months from the consent date %1, until %2 (TS); the use on %3 is within that time.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentSheetImporter</name>
    <message numerus="yes">
        <source>%1 contains %n sample(s) with no consent in this sheet or the catalog: %2.</source>
        <translation><numerusform>%1 contains %n sample with no consent in this sheet or the catalog: %2.</numerusform><numerusform>%1 contains %n samples with no consent in this sheet or the catalog: %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>CramReference</name>
    <message numerus="yes">
        <source> and %n more sequence(s)</source>
        <translation><numerusform> and %n more sequence</numerusform><numerusform> and %n more sequences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more candidate(s).)</source>
        <translation><numerusform>(%n more candidate.)</numerusform><numerusform>(%n more candidates.)</numerusform></translation>
    </message>
</context>
<context>
    <name>CryptCommands</name>
    <message numerus="yes">
        <source>Encrypted %1 to %2 for %n recipient(s): %3 bytes in %4 s (%5).</source>
        <translation><numerusform>Encrypted %1 to %2 for %n recipient: %3 bytes in %4 s (%5).</numerusform><numerusform>Encrypted %1 to %2 for %n recipients: %3 bytes in %4 s (%5).</numerusform></translation>
    </message>
</context>
<context>
    <name>DatasetConsent</name>
    <message numerus="yes">
        <source>All %n sample(s) consented</source>
        <translation><numerusform>All %n sample consented</numerusform><numerusform>All %n samples consented</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation><numerusform>%n without consent</numerusform><numerusform>%n without consent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation><numerusform>%n excluded</numerusform><numerusform>%n excluded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The consent of all %n included sample(s) allows this use.</source>
        <translation><numerusform>The consent of all %n included sample allows this use.</numerusform><numerusform>The consent of all %n included samples allows this use.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The consent of %n included sample(s) does not allow this use.</source>
        <translation><numerusform>The consent of %n included sample does not allow this use.</numerusform><numerusform>The consent of %n included samples does not allow this use.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n included sample(s) (needs|need) a reviewer's decision; none is denied.</source>
        <translation><numerusform>%n included sample needs a reviewer's decision; none is denied.</numerusform><numerusform>%n included samples need a reviewer's decision; none is denied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) (is|are) excluded and will be removed.</source>
        <translation><numerusform>%n sample is excluded and will be removed.</numerusform><numerusform>%n samples are excluded and will be removed.</numerusform></translation>
    </message>
</context>
<context>
    <name>DeidCommands</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of high severity</source>
        <translation><numerusform>%n of high severity</numerusform><numerusform>%n of high severity</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation><numerusform>in %n file</numerusform><numerusform>in %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 resolved of %2; %n high-severity unresolved</source>
        <translation><numerusform>Findings: %1 resolved of %2; %n high-severity unresolved</numerusform><numerusform>Findings: %1 resolved of %2; %n high-severity unresolved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s) unresolved</source>
        <translation><numerusform>%n high-severity finding unresolved</numerusform><numerusform>%n high-severity findings unresolved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation><numerusform>%n class</numerusform><numerusform>%n classes</numerusform></translation>
    </message>
</context>
<context>
    <name>DeidReview</name>
    <message numerus="yes">
        <source>%n high-severity finding(s) remain unresolved after run %1, first: %2. Choose a stricter profile and run again.</source>
        <translation><numerusform>%n high-severity finding remain unresolved after run %1, first: %2. Choose a stricter profile and run again.</numerusform><numerusform>%n high-severity findings remain unresolved after run %1, first: %2. Choose a stricter profile and run again.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuoReleaseImporter</name>
    <message numerus="yes">
        <source>%1: %n term(s) (is|are) not in Steward's built-in table, and a CSV does not say which terms are permissions or modifiers; they are imported as neither. Import duo.owl to use them.</source>
        <translation><numerusform>%1: %n term is not in Steward's built-in table, and a CSV does not say which terms are permissions or modifiers; they are imported as neither. Import duo.owl to use them.</numerusform><numerusform>%1: %n terms are not in Steward's built-in table, and a CSV does not say which terms are permissions or modifiers; they are imported as neither. Import duo.owl to use them.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>RoCrate</name>
    <message numerus="yes">
        <source>Crypt4GH-encrypted for %n recipient(s).</source>
        <translation><numerusform>Crypt4GH-encrypted for %n recipient.</numerusform><numerusform>Crypt4GH-encrypted for %n recipients.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), de-identified with profile %1.</source>
        <translation><numerusform>%n sample, de-identified with profile %1.</numerusform><numerusform>%n samples, de-identified with profile %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>S3Backend</name>
    <message numerus="yes">
        <source>Clock within %n second(s) of the server's.</source>
        <translation><numerusform>Clock within %n second of the server's.</numerusform><numerusform>Clock within %n seconds of the server's.</numerusform></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation><numerusform>The system keychain did not answer within %n second.</numerusform><numerusform>The system keychain did not answer within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>SidecarDeidentifier</name>
    <message numerus="yes">
        <source>Replaced %n individual or sample identifier(s) by pseudonyms.</source>
        <translation><numerusform>Replaced %n individual or sample identifier by pseudonyms.</numerusform><numerusform>Replaced %n individual or sample identifiers by pseudonyms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n family identifier(s) by pseudonyms.</source>
        <translation><numerusform>Replaced %n family identifier by pseudonyms.</numerusform><numerusform>Replaced %n family identifiers by pseudonyms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n document identifier(s) that could name a person.</source>
        <translation><numerusform>Rewrote %n document identifier that could name a person.</numerusform><numerusform>Rewrote %n document identifiers that could name a person.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s) of withdrawn or excluded individuals.</source>
        <translation><numerusform>Removed %n record of withdrawn or excluded individuals.</numerusform><numerusform>Removed %n records of withdrawn or excluded individuals.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n parent reference(s) to removed individuals.</source>
        <translation><numerusform>Cleared %n parent reference to removed individuals.</numerusform><numerusform>Cleared %n parent references to removed individuals.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year.</source>
        <translation><numerusform>Reduced %n date to the year.</numerusform><numerusform>Reduced %n dates to the year.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Shifted %n date(s) by each individual's keyed offset (at most %1 days).</source>
        <translation><numerusform>Shifted %n date by each individual's keyed offset (at most %1 days).</numerusform><numerusform>Shifted %n dates by each individual's keyed offset (at most %1 days).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year because no individual owns them, so they cannot be shifted consistently.</source>
        <translation><numerusform>Reduced %n date to the year because no individual owns them, so they cannot be shifted consistently.</numerusform><numerusform>Reduced %n dates to the year because no individual owns them, so they cannot be shifted consistently.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blanked %n value(s) in date fields that could not be read as dates.</source>
        <translation><numerusform>Blanked %n value in date fields that could not be read as dates.</numerusform><numerusform>Blanked %n values in date fields that could not be read as dates.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Grouped %n age(s) over 89 as 90 or older.</source>
        <translation><numerusform>Grouped %n age over 89 as 90 or older.</numerusform><numerusform>Grouped %n ages over 89 as 90 or older.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cut %n ZIP or postal code(s) to %1 characters.</source>
        <translation><numerusform>Cut %n ZIP or postal code to %1 characters.</numerusform><numerusform>Cut %n ZIP or postal codes to %1 characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n free-text field(s).</source>
        <translation><numerusform>Dropped %n free-text field.</numerusform><numerusform>Dropped %n free-text fields.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed identifying text in %n free-text value(s).</source>
        <translation><numerusform>Scrubbed identifying text in %n free-text value.</numerusform><numerusform>Scrubbed identifying text in %n free-text values.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n file URI(s) to the file name.</source>
        <translation><numerusform>Reduced %n file URI to the file name.</numerusform><numerusform>Reduced %n file URIs to the file name.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Dropped "%1" (%n time(s)), a field the profile removes.</source>
        <translation><numerusform>Dropped "%1" (%n time), a field the profile removes.</numerusform><numerusform>Dropped "%1" (%n times), a field the profile removes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n ZIP prefix(es) of areas with 20,000 people or fewer by 000.</source>
        <translation><numerusform>Replaced %n ZIP prefix of areas with 20,000 people or fewer by 000.</numerusform><numerusform>Replaced %n ZIP prefixes of areas with 20,000 people or fewer by 000.</numerusform></translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message numerus="yes">
        <source>%n interrupted transfer(s) resumed.</source>
        <translation><numerusform>%n interrupted transfer resumed.</numerusform><numerusform>%n interrupted transfers resumed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation><numerusform>%n s left</numerusform><numerusform>%n s left</numerusform></translation>
    </message>
</context>
<context>
    <name>TransferEngine</name>
    <message numerus="yes">
        <source>The repository cannot be reached; Steward retries every %n second(s).</source>
        <translation><numerusform>The repository cannot be reached; Steward retries every %n second.</numerusform><numerusform>The repository cannot be reached; Steward retries every %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 Steward gave up after %n retr(y|ies); retry the transfer when the repository is healthy.</source>
        <translation><numerusform>%1 Steward gave up after %n retry; retry the transfer when the repository is healthy.</numerusform><numerusform>%1 Steward gave up after %n retries; retry the transfer when the repository is healthy.</numerusform></translation>
    </message>
</context>
<context>
    <name>VariantQuickFilters</name>
    <message numerus="yes">
        <source>%n gene(s)</source>
        <translation><numerusform>%n gene</numerusform><numerusform>%n genes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation><numerusform>%n region</numerusform><numerusform>%n regions</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::BundleDetailPane</name>
    <message numerus="yes">
        <source>%1 in %n file(s) (Payload-Oxum %2)</source>
        <translation><numerusform>%1 in %n file (Payload-Oxum %2)</numerusform><numerusform>%1 in %n files (Payload-Oxum %2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid (checked %1): %n payload file(s), %2; the checksums of all %3 files verified; the identifier matches.</source>
        <translation><numerusform>✔ Valid (checked %1): %n payload file, %2; the checksums of all %3 files verified; the identifier matches.</numerusform><numerusform>✔ Valid (checked %1): %n payload files, %2; the checksums of all %3 files verified; the identifier matches.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation><numerusform>%n warning.</numerusform><numerusform>%n warnings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✘ Invalid (checked %1): %n problem(s). The bag is not what was sealed; do not send it.</source>
        <translation><numerusform>✘ Invalid (checked %1): %n problem. The bag is not what was sealed; do not send it.</numerusform><numerusform>✘ Invalid (checked %1): %n problems. The bag is not what was sealed; do not send it.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::BundleEditor</name>
    <message numerus="yes">
        <source>, %n sample(s)</source>
        <translation><numerusform>, %n sample</numerusform><numerusform>, %n samples</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen dataset(s) cannot ship to %1 (see below). Finish their review in the Review area, or uncheck them to seal the rest.</source>
        <translation><numerusform>%n chosen dataset cannot ship to %1 (see below). Finish their review in the Review area, or uncheck them to seal the rest.</numerusform><numerusform>%n chosen datasets cannot ship to %1 (see below). Finish their review in the Review area, or uncheck them to seal the rest.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will ship to %2.</source>
        <translation><numerusform>%n file, %1, will ship to %2.</numerusform><numerusform>%n files, %1, will ship to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Every file is encrypted with Crypt4GH; only the %n chosen recipient(s) can read it.</source>
        <translation><numerusform>Every file is encrypted with Crypt4GH; only the %n chosen recipient can read it.</numerusform><numerusform>Every file is encrypted with Crypt4GH; only the %n chosen recipients can read it.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::BundleListModel</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation><numerusform>%1 in %n file</numerusform><numerusform>%1 in %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation><numerusform>Encrypted with Crypt4GH for %n recipient.</numerusform><numerusform>Encrypted with Crypt4GH for %n recipients.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::BundlesArea</name>
    <message numerus="yes">
        <source>Sealed %1: %n file(s) in %2. Identifier %3.</source>
        <translation><numerusform>Sealed %1: %n file in %2. Identifier %3.</numerusform><numerusform>Sealed %1: %n files in %2. Identifier %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n problem(s), listed below.</source>
        <translation><numerusform>%1 is not valid: %n problem, listed below.</numerusform><numerusform>%1 is not valid: %n problems, listed below.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::DatasetBrowser</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation><numerusform>%n dataset</numerusform><numerusform>%n datasets</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::DatasetDetailView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::DeidView</name>
    <message numerus="yes">
        <source>validated, but %n high-severity finding(s) remain unresolved.</source>
        <translation><numerusform>validated, but %n high-severity finding remain unresolved.</numerusform><numerusform>validated, but %n high-severity findings remain unresolved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 de-identified: %n file(s) written and validated.</source>
        <translation><numerusform>%1 de-identified: %n file written and validated.</numerusform><numerusform>%1 de-identified: %n files written and validated.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::HeaderDiffView</name>
    <message numerus="yes">
        <source>%n line(s) dropped or rewritten</source>
        <translation><numerusform>%n line dropped or rewritten</numerusform><numerusform>%n lines dropped or rewritten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) new or rewritten</source>
        <translation><numerusform>%n line new or rewritten</numerusform><numerusform>%n lines new or rewritten</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::IssuesModel</name>
    <message numerus="yes">
        <source>%n sample(s) (has|have) no consent on record and cannot be shared: %1.</source>
        <translation><numerusform>%n sample has no consent on record and cannot be shared: %1.</numerusform><numerusform>%n samples have no consent on record and cannot be shared: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::JobManager</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation><numerusform>%n job running</numerusform><numerusform>%n jobs running</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message numerus="yes">
        <source>Rescanning %n workspace(s)</source>
        <translation><numerusform>Rescanning %n workspace</numerusform><numerusform>Rescanning %n workspaces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation><numerusform>%n dataset</numerusform><numerusform>%n datasets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation><numerusform>%n workspace</numerusform><numerusform>%n workspaces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::RepositoriesArea</name>
    <message numerus="yes">
        <source>%1 cannot be removed: %n transfer(s) in the queue (refers|refer) to it, and their record of what was delivered where must stay intact.</source>
        <translation><numerusform>%1 cannot be removed: %n transfer in the queue refers to it, and their record of what was delivered where must stay intact.</numerusform><numerusform>%1 cannot be removed: %n transfers in the queue refer to it, and their record of what was delivered where must stay intact.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::ReviewArea</name>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation><numerusform>Imported %n consent record from %1.</numerusform><numerusform>Imported %n consent records from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation><numerusform>%n warning below.</numerusform><numerusform>%n warnings below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s) below. Correct the file and import it again.</source>
        <translation><numerusform>Nothing was imported from %1: %n error below. Correct the file and import it again.</numerusform><numerusform>Nothing was imported from %1: %n errors below. Correct the file and import it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Now using DUO release %1 (%n term(s)).</source>
        <translation><numerusform>Now using DUO release %1 (%n term).</numerusform><numerusform>Now using DUO release %1 (%n terms).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entr(y|ies), chain verified</source>
        <translation><numerusform>Audit log: %n entry, chain verified</numerusform><numerusform>Audit log: %n entries, chain verified</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::RiskDialog</name>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation><numerusform>%n record in %1.</numerusform><numerusform>%n records in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Below k = %1: %n record(s) can be singled out by these quasi-identifiers. Generalise further (wider age bands, fewer ZIP digits) or remove columns before sharing.</source>
        <translation><numerusform>Below k = %1: %n record can be singled out by these quasi-identifiers. Generalise further (wider age bands, fewer ZIP digits) or remove columns before sharing.</numerusform><numerusform>Below k = %1: %n records can be singled out by these quasi-identifiers. Generalise further (wider age bands, fewer ZIP digits) or remove columns before sharing.</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::TransferQueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified against the manifest</source>
        <translation><numerusform>%n file verified against the manifest</numerusform><numerusform>%n files verified against the manifest</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s) to %2</source>
        <translation><numerusform>%1
%n file to %2</numerusform><numerusform>%1
%n files to %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 and %n more</source>
        <translation><numerusform>Sending %1 and %n more</numerusform><numerusform>Sending %1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::TransfersArea</name>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation><numerusform>%n transfer</numerusform><numerusform>%n transfers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n (needs|need) attention</source>
        <translation><numerusform>%n needs attention</numerusform><numerusform>%n need attention</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::VariantBrowser</name>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation><numerusform>%n record in %1</numerusform><numerusform>%n records in %1</numerusform></translation>
    </message>
</context>
<context>
    <name>steward::VariantDetailPane</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation><numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln carry an ALT allele</source>
        <translation><numerusform>%Ln carry an ALT allele</numerusform><numerusform>%Ln carry an ALT allele</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation><numerusform>%Ln sample</numerusform><numerusform>%Ln samples</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of 4 review stars</source>
        <translation><numerusform>%n of 4 review stars</numerusform><numerusform>%n of 4 review stars</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from %2: %Ln transcript(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; from %2: %Ln transcript</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; from %2: %Ln transcripts</numerusform></translation>
    </message>
</context>
</TS>