<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlignmentDeidentifier</name>
    <message>
        <source>Rewrote the RG tags of %1 reads to the new read-group IDs</source>
        <translation>RG-Tags von %1 Reads auf die neuen Read-Gruppen-IDs umgeschrieben</translation>
    </message>
    <message>
        <source>Removed RG tags naming read groups that are not in the header from %1 reads</source>
        <translation>RG-Tags, die Read-Gruppen außerhalb des Headers nennen, aus %1 Reads entfernt</translation>
    </message>
    <message>
        <source>Removed %1 reads of withdrawn samples</source>
        <translation>%1 Reads zurückgezogener Proben entfernt</translation>
    </message>
    <message>
        <source>Stripped tags %1 from %2 reads</source>
        <translation>Tags %1 aus %2 Reads entfernt</translation>
    </message>
    <message>
        <source>Read names replaced by keyed hashes</source>
        <translation>Read-Namen durch schlüsselbasierte Hashes ersetzt</translation>
    </message>
    <message>
        <source>Read names replaced by numbers</source>
        <translation>Read-Namen durch Nummern ersetzt</translation>
    </message>
    <message>
        <source>De-identification of %1 was cancelled; nothing was written</source>
        <translation>Die De-Identifizierung von %1 wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The output %1 is the input file; originals are never overwritten, choose another name</source>
        <translation>Die Ausgabe %1 ist die Eingabedatei; Originale werden nie überschrieben, einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>Cannot tell the format to write from the name %1; end it in .bam, .cram or .sam</source>
        <translation>Aus dem Namen %1 lässt sich das zu schreibende Format nicht erkennen; er muss auf .bam, .cram oder .sam enden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SAM, BAM or CRAM file</source>
        <translation>%1 ist keine SAM-, BAM- oder CRAM-Datei</translation>
    </message>
    <message>
        <source>%1: htslib is not set up to work offline (REF_PATH), so reading or writing CRAM could download references; Steward never does</source>
        <translation>%1: htslib ist nicht für den Offline-Betrieb eingerichtet (REF_PATH), daher könnte das Lesen oder Schreiben von CRAM Referenzen herunterladen; Steward tut das nie</translation>
    </message>
    <message>
        <source>The reference %1 chosen for %2 does not exist</source>
        <translation>Die für %2 gewählte Referenz %1 existiert nicht</translation>
    </message>
    <message>
        <source>Writing %1 as CRAM needs the reference FASTA %2 was aligned to; choose it, or write BAM</source>
        <translation>Um %1 als CRAM zu schreiben, wird die Referenz-FASTA benötigt, gegen die %2 aligniert wurde; diese auswählen oder BAM schreiben</translation>
    </message>
    <message>
        <source>Cannot use the reference %1 for %2</source>
        <translation>Die Referenz %1 kann nicht für %2 verwendet werden</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>Der Header von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The de-identified header of %1 does not parse; please report this</source>
        <translation>Der de-identifizierte Header von %1 lässt sich nicht parsen; bitte melden</translation>
    </message>
    <message>
        <source> (M5 %1)</source>
        <translation> (M5 %1)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1 more sequences</source>
        <translation>%1 weitere Sequenzen</translation>
    </message>
    <message>
        <source>Cannot de-identify %1: its bases are stored against a reference that is not on this computer (%2). Choose the reference FASTA with its .fai index; Steward never downloads references.</source>
        <translation>%1 kann nicht de-identifiziert werden: Die Basen sind relativ zu einer Referenz gespeichert, die nicht auf diesem Computer vorhanden ist (%2). Die Referenz-FASTA mit ihrem .fai-Index auswählen; Steward lädt nie Referenzen herunter.</translation>
    </message>
    <message>
        <source>Cannot start the threads reading %1</source>
        <translation>Die Threads zum Lesen von %1 können nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the threads writing %1</source>
        <translation>Die Threads zum Schreiben von %1 können nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot decode record %1 of %2: the file is damaged or its reference is missing or does not match</source>
        <translation>Eintrag %1 von %2 kann nicht dekodiert werden: Die Datei ist beschädigt oder ihre Referenz fehlt oder passt nicht</translation>
    </message>
    <message>
        <source>Cannot read record %1 of %2: the file is damaged</source>
        <translation>Eintrag %1 von %2 kann nicht gelesen werden: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot index %1</source>
        <translation>%1 kann nicht indiziert werden</translation>
    </message>
    <message>
        <source>Cannot edit record %1 of %2: out of memory</source>
        <translation>Eintrag %1 von %2 kann nicht bearbeitet werden: kein Speicher mehr</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>Der Index %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1</source>
        <translation>%1 kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>Cannot rewrite the header of %1</source>
        <translation>Der Header von %1 kann nicht neu geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot re-open %1 to check it</source>
        <translation>%1 kann zur Prüfung nicht erneut geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was written incompletely (no end-of-file marker); is the disk full?</source>
        <translation>%1 wurde unvollständig geschrieben (keine Dateiende-Markierung); ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>Cannot read back the header of %1</source>
        <translation>Der Header von %1 kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>The de-identified copy of %1 holds %2 records instead of %3; nothing was written</source>
        <translation>Die de-identifizierte Kopie von %1 enthält %2 statt %3 Einträge; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The reads of the de-identified copy of %1 differ from the original (content digest); nothing was written</source>
        <translation>Die Reads der de-identifizierten Kopie von %1 weichen vom Original ab (Inhalts-Prüfsumme); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Cannot load the index written for %1</source>
        <translation>Der für %1 geschriebene Index kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Reads copied unchanged; only the header was rewritten</source>
        <translation>Reads unverändert kopiert; nur der Header wurde neu geschrieben</translation>
    </message>
    <message>
        <source>Every read group of %1 belongs to a withdrawn sample; leave the file out</source>
        <translation>Jede Read-Gruppe von %1 gehört zu einer zurückgezogenen Probe; die Datei weglassen</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n @%1 line(s)</source>
        <translation>
            <numerusform>%n @%1-Zeile entfernt</numerusform>
            <numerusform>%n @%1-Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from @SQ lines: %1</source>
        <translation>Aus @SQ-Zeilen entfernt: %1</translation>
    </message>
    <message>
        <source>Removed from @RG lines: %1</source>
        <translation>Aus @RG-Zeilen entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed the command lines (CL) of %n @PG line(s)</source>
        <translation>
            <numerusform>Die Befehlszeile (CL) von %n @PG-Zeile entfernt</numerusform>
            <numerusform>Die Befehlszeilen (CL) von %n @PG-Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read group(s) of withdrawn samples</source>
        <translation>
            <numerusform>%n Read-Gruppe zurückgezogener Proben entfernt</numerusform>
            <numerusform>%n Read-Gruppen zurückgezogener Proben entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed read groups: %1</source>
        <translation>Umbenannte Read-Gruppen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replaced the sample names of %n read group(s) by pseudonyms</source>
        <translation>
            <numerusform>Die Probennamen von %n Read-Gruppe durch Pseudonyme ersetzt</numerusform>
            <numerusform>Die Probennamen von %n Read-Gruppen durch Pseudonyme ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed identifying text from %n header line(s)</source>
        <translation>
            <numerusform>Identifizierenden Text aus %n Headerzeile entfernt</numerusform>
            <numerusform>Identifizierenden Text aus %n Headerzeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification of %1 failed</source>
        <translation>Die De-Identifizierung von %1 ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AlignmentStatsReader</name>
    <message>
        <source>htslib does not recognise its format</source>
        <translation>htslib erkennt das Format nicht</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a SAM, BAM or CRAM file (htslib sees %2).</source>
        <translation>%1 ist keine SAM-, BAM- oder CRAM-Datei (htslib erkennt %2).</translation>
    </message>
    <message>
        <source>Cannot read the SAM/BAM/CRAM header of %1: the file is damaged or not an alignment file.</source>
        <translation>Der SAM/BAM/CRAM-Header von %1 kann nicht gelesen werden: Die Datei ist beschädigt oder keine Alignment-Datei.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>record %1, line %2</source>
        <translation>Eintrag %1, Zeile %2</translation>
    </message>
    <message>
        <source>htslib cannot parse it (error %1).</source>
        <translation>htslib kann sie nicht parsen (Fehler %1).</translation>
    </message>
    <message>
        <source>Line %1 is not a valid SAM record: %2 The statistics cover the records before it; fix or remove the line.</source>
        <translation>Zeile %1 ist kein gültiger SAM-Eintrag: %2 Die Statistik umfasst die Einträge davor; die Zeile korrigieren oder entfernen.</translation>
    </message>
    <message>
        <source>Record %1 cannot be decoded (htslib error %2): the file is damaged or does not follow the %3 specification. The statistics cover the records before it; create the file again from its source.</source>
        <translation>Eintrag %1 kann nicht dekodiert werden (htslib-Fehler %2): Die Datei ist beschädigt oder entspricht nicht der %3-Spezifikation. Die Statistik umfasst die Einträge davor; die Datei erneut aus der Quelle erzeugen.</translation>
    </message>
    <message>
        <source>No record could be read before the cut</source>
        <translation>Vor dem Abbruch konnte kein Eintrag gelesen werden</translation>
    </message>
    <message>
        <source>The statistics cover only the %1 records before the cut</source>
        <translation>Die Statistik umfasst nur die %1 Einträge vor dem Abbruch</translation>
    </message>
    <message>
        <source>The file ends without its end-of-file marker: it is truncated (an interrupted copy or download). %1; copy the file again from its source.</source>
        <translation>Der Datei fehlt die Dateiende-Markierung; sie ist abgeschnitten (ein abgebrochener Kopier- oder Downloadvorgang). %1; die Datei erneut aus der Quelle kopieren.</translation>
    </message>
</context>
<context>
    <name>AnnotationSchema</name>
    <message>
        <source>The file has no readable VCF header, so it has no annotations.</source>
        <translation>Die Datei hat keinen lesbaren VCF-Header und daher keine Annotationen.</translation>
    </message>
    <message>
        <source>The header line of INFO/%1 does not list its sub-fields: its Description has no &quot;Format: Allele|Consequence|...&quot; part, so the %2 annotations in this file cannot be split into transcripts and are not shown. Annotate the file again with VCF output, or add the list to the header line (bcftools annotate -h).</source>
        <translation>Die Headerzeile von INFO/%1 listet ihre Unterfelder nicht auf: Ihrer Description fehlt der Teil „Format: Allele|Consequence|...“, daher können die Annotationen von %2 in dieser Datei nicht in Transkripte aufgeteilt werden und werden nicht angezeigt. Die Datei erneut mit VCF-Ausgabe annotieren oder die Liste in der Headerzeile ergänzen (bcftools annotate -h).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unknown command; try steward --help.</source>
        <translation>Unbekannter Befehl; siehe steward --help.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>The catalog cannot be opened.

%1</source>
        <translation>Der Katalog kann nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write to the audit log in %1: %2</source>
        <translation>In das Prüfprotokoll in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log in %1: %2</source>
        <translation>Das Prüfprotokoll in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 hash of audit entry %1: OpenSSL failed.</source>
        <translation>Der SHA-256-Hash von Protokolleintrag %1 kann nicht berechnet werden: OpenSSL ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot write audit entry %1 to %2: %3</source>
        <translation>Protokolleintrag %1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Audit entry %1 was recorded, but the anchor was not updated: %2</source>
        <translation>Protokolleintrag %1 wurde aufgezeichnet, aber der Anker wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>The audit log anchor %1 was not updated: it records committed entries only, so update it after the transaction is committed.</source>
        <translation>Der Anker %1 des Prüfprotokolls wurde nicht aktualisiert: Er erfasst nur festgeschriebene Einträge und ist daher erst nach dem Festschreiben der Transaktion zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot update the audit log anchor %1: %2</source>
        <translation>Der Anker %1 des Prüfprotokolls kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The audit log anchor %1 cannot be read, so it was left as it is. Check the audit log, then remove the file to start a new anchor.</source>
        <translation>Der Anker %1 des Prüfprotokolls kann nicht gelesen werden und wurde daher unverändert gelassen. Das Prüfprotokoll prüfen und dann die Datei entfernen, um einen neuen Anker zu beginnen.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but its anchor %2 records entry %3: entries were removed. The anchor was left as it is.</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, sein Anker %2 verzeichnet aber Eintrag %3: Es wurden Einträge entfernt. Der Anker wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log no longer matches its anchor %2, so the anchor was left as it is.</source>
        <translation>Eintrag %1 des Prüfprotokolls stimmt nicht mehr mit seinem Anker %2 überein; der Anker wurde daher unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot write the audit log anchor %1: %2</source>
        <translation>Der Anker %1 des Prüfprotokolls kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Entry %1 has an invalid sequence number: the log starts at entry 1.</source>
        <translation>Eintrag %1 hat eine ungültige Laufnummer: Das Protokoll beginnt bei Eintrag 1.</translation>
    </message>
    <message>
        <source>Entry 1 is missing: the log starts at entry %1.</source>
        <translation>Eintrag 1 fehlt: Das Protokoll beginnt bei Eintrag %1.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation>Eintrag %1 fehlt: Das Protokoll springt von Eintrag %2 zu Eintrag %3.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: its previous hash should be 64 zeros.</source>
        <translation>Eintrag 1 beginnt die Kette nicht: Sein vorheriger Hash müsste aus 64 Nullen bestehen.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: the previous hash it records is not the hash of entry %2. Entries were inserted, removed or reordered here.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Der darin verzeichnete vorherige Hash ist nicht der Hash von Eintrag %2. Hier wurden Einträge eingefügt, entfernt oder umgestellt.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its details are not a JSON object.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: Seine Details sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>Entry %1 has a time that is not in the audit log&apos;s format: %2.</source>
        <translation>Eintrag %1 hat eine Zeitangabe, die nicht dem Format des Prüfprotokolls entspricht: %2.</translation>
    </message>
    <message>
        <source>The audit log anchor %1 cannot be read, so removal of the newest entries cannot be ruled out.</source>
        <translation>Der Anker %1 des Prüfprotokolls kann nicht gelesen werden; daher lässt sich nicht ausschließen, dass die neuesten Einträge entfernt wurden.</translation>
    </message>
    <message>
        <source>The audit log is empty, but its anchor %1 records entries up to entry %2: all entries were removed.</source>
        <translation>Das Prüfprotokoll ist leer, sein Anker %1 verzeichnet aber Einträge bis Eintrag %2: Alle Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 was removed from the end of the audit log: its anchor records it, but the log ends at entry %2.</source>
        <translation>Eintrag %1 wurde am Ende des Prüfprotokolls entfernt: Der Anker verzeichnet ihn, aber das Protokoll endet bei Eintrag %2.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed from the end of the audit log: its anchor records entry %2, but the log ends at entry %3.</source>
        <translation>Die Einträge %1 bis %2 wurden am Ende des Prüfprotokolls entfernt: Der Anker verzeichnet Eintrag %2, aber das Protokoll endet bei Eintrag %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the audit log anchor: the log up to this entry was rewritten after the anchor was written.</source>
        <translation>Eintrag %1 stimmt nicht mit dem Anker des Prüfprotokolls überein: Das Protokoll wurde bis zu diesem Eintrag neu geschrieben, nachdem der Anker geschrieben wurde.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BagCommands</name>
    <message>
        <source>steward bag verify: %1 is not a folder.</source>
        <translation>steward bag verify: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>steward checksum FILE... [--json]</source>
        <translation>steward checksum DATEI... [--json]</translation>
    </message>
    <message>
        <source>steward bag verify DIR [--json]</source>
        <translation>steward bag verify ORDNER [--json]</translation>
    </message>
</context>
<context>
    <name>BagPath</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>it is an absolute path, outside the bag</source>
        <translation>er ist ein absoluter Pfad außerhalb des Bags</translation>
    </message>
    <message>
        <source>it is an absolute Windows path, outside the bag</source>
        <translation>er ist ein absoluter Windows-Pfad außerhalb des Bags</translation>
    </message>
    <message>
        <source>it starts with ~, a home folder outside the bag</source>
        <translation>er beginnt mit ~, einem Home-Ordner außerhalb des Bags</translation>
    </message>
    <message>
        <source>it starts with a Windows environment variable, outside the bag</source>
        <translation>er beginnt mit einer Windows-Umgebungsvariable außerhalb des Bags</translation>
    </message>
    <message>
        <source>it has a .. segment that leads outside the bag</source>
        <translation>er enthält ein ..-Segment, das aus dem Bag hinausführt</translation>
    </message>
    <message>
        <source>it contains a backslash, a folder separator on Windows</source>
        <translation>er enthält einen Backslash, unter Windows ein Ordnertrennzeichen</translation>
    </message>
    <message>
        <source>it has an empty or &quot;.&quot; folder name</source>
        <translation>er enthält einen leeren Ordnernamen oder den Ordnernamen „.“</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>er enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>BagValidator</name>
    <message>
        <source>bagit.txt is missing: this folder is not a bag.</source>
        <translation>bagit.txt fehlt: Dieser Ordner ist kein Bag.</translation>
    </message>
    <message>
        <source>Cannot read bagit.txt: %1</source>
        <translation>bagit.txt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bagit.txt starts with a byte-order mark; RFC 8493 forbids one.</source>
        <translation>bagit.txt beginnt mit einer Byte-Order-Mark; RFC 8493 verbietet sie.</translation>
    </message>
    <message>
        <source>bagit.txt is not valid UTF-8.</source>
        <translation>bagit.txt ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>bagit.txt has no %1 line.</source>
        <translation>bagit.txt hat keine Zeile %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not exactly &quot;%2: value&quot;: no whitespace is allowed around the label or the value (RFC 8493 §2.1.1).</source>
        <translation>„%1“ entspricht nicht genau „%2: Wert“: Um die Bezeichnung und den Wert herum sind keine Leerzeichen erlaubt (RFC 8493 §2.1.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (%3).</source>
        <translation>„%1“ ist keine gültige Angabe für %2 (%3).</translation>
    </message>
    <message>
        <source>major.minor, such as 1.0</source>
        <translation>Hauptversion.Unterversion, z. B. 1.0</translation>
    </message>
    <message>
        <source>an encoding name, such as UTF-8</source>
        <translation>ein Kodierungsname, z. B. UTF-8</translation>
    </message>
    <message>
        <source>expected the %1 line, found &quot;%2&quot;.</source>
        <translation>Zeile %1 erwartet, „%2“ gefunden.</translation>
    </message>
    <message>
        <source>BagIt version %1 is not one this validator knows (0.93 to 0.97, 1.0).</source>
        <translation>BagIt-Version %1 ist diesem Validator unbekannt (0.93 bis 0.97, 1.0).</translation>
    </message>
    <message>
        <source>tag files in the %1 encoding cannot be read.</source>
        <translation>Tag-Dateien in der Kodierung %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>bagit.txt has more than its two lines: &quot;%1&quot;.</source>
        <translation>bagit.txt hat mehr als seine zwei Zeilen: „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 ist kein gültiger %2-Text.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to a file outside the bag.</source>
        <translation>%1 ist ein symbolischer Link auf eine Datei außerhalb des Bags.</translation>
    </message>
    <message>
        <source>%1 is an operating-system file (thumbnails, folder settings), not data; it is usually bagged by mistake.</source>
        <translation>%1 ist eine Betriebssystemdatei (Miniaturansichten, Ordnereinstellungen), keine Daten; sie landet meist versehentlich im Bag.</translation>
    </message>
    <message>
        <source>%1 uses the %2 algorithm, which cannot be computed here; its checksums are not verified.</source>
        <translation>%1 verwendet den Algorithmus %2, der hier nicht berechnet werden kann; seine Prüfsummen werden nicht verifiziert.</translation>
    </message>
    <message>
        <source>algorithm names in manifest file names should be lowercase.</source>
        <translation>Algorithmusnamen in Manifest-Dateinamen sollten kleingeschrieben sein.</translation>
    </message>
    <message>
        <source>blank line.</source>
        <translation>Leerzeile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;checksum path&quot;.</source>
        <translation>„%1“ hat nicht die Form „Prüfsumme Pfad“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 checksum (%3 hexadecimal digits).</source>
        <translation>„%1“ ist keine %2-Prüfsumme (%3 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>the path starts with *, the binary-mode marker of md5sum and similar tools; it is read without it.</source>
        <translation>der Pfad beginnt mit *, der Binärmodus-Markierung von md5sum und ähnlichen Werkzeugen; er wird ohne sie gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a % that is not percent-encoded as %25.</source>
        <translation>„%1“ enthält ein %, das nicht als %25 prozentkodiert ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with ./; paths are relative to the bag without it.</source>
        <translation>„%1“ beginnt mit ./; Pfade sind ohne dieses Präfix relativ zum Bag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is refused: %2.</source>
        <translation>„%1“ wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the payload folder data/.</source>
        <translation>„%1“ liegt nicht im Nutzdatenordner data/.</translation>
    </message>
    <message>
        <source>the tag manifest lists the payload file &quot;%1&quot;.</source>
        <translation>das Tag-Manifest führt die Nutzdaten-Datei „%1“ auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash, a folder separator on Windows.</source>
        <translation>„%1“ enthält einen Backslash, unter Windows ein Ordnertrennzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an operating-system file, usually bagged by mistake.</source>
        <translation>„%1“ ist eine Betriebssystemdatei, die meist versehentlich ins Bag gelangt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link leading outside the bag.</source>
        <translation>„%1“ ist ein symbolischer Link, der aus dem Bag hinausführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on disk in another Unicode normalization form.</source>
        <translation>„%1“ liegt auf der Festplatte in einer anderen Unicode-Normalisierungsform vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed again with another checksum (first on line %2).</source>
        <translation>„%1“ ist erneut mit einer anderen Prüfsumme aufgeführt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice (first on line %2); BagIt 1.0 allows each file once per manifest.</source>
        <translation>„%1“ ist doppelt aufgeführt (zuerst in Zeile %2); BagIt 1.0 erlaubt jede Datei nur einmal pro Manifest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice with the same checksum (first on line %2).</source>
        <translation>„%1“ ist doppelt mit derselben Prüfsumme aufgeführt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; (line %3) differ only in case: they are one file on Windows and macOS.</source>
        <translation>„%1“ und „%2“ (Zeile %3) unterscheiden sich nur in der Groß-/Kleinschreibung: Unter Windows und macOS sind sie eine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and line %2 are the same name in two Unicode normalization forms.</source>
        <translation>„%1“ und Zeile %2 sind derselbe Name in zwei Unicode-Normalisierungsformen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;url length path&quot;.</source>
        <translation>„%1“ hat nicht die Form „URL Länge Pfad“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation>„%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the payload folder data/; fetch.txt lists payload files only.</source>
        <translation>„%1“ liegt nicht im Nutzdatenordner data/; fetch.txt führt nur Nutzdaten-Dateien auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in fetch.txt but has not been fetched: the bag is incomplete.</source>
        <translation>„%1“ steht in fetch.txt, wurde aber nicht abgerufen: Das Bag ist unvollständig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-&lt;algorithm&gt;.txt).</source>
        <translation>Das Bag hat kein Nutzdaten-Manifest (manifest-&lt;algorithm&gt;.txt).</translation>
    </message>
    <message>
        <source>%1 is in the payload but not listed in %2.</source>
        <translation>%1 ist in den Nutzdaten, aber nicht in %2 aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not listed in %2.</source>
        <translation>„%1“ ist nicht in %2 aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;Label: value&quot;.</source>
        <translation>„%1“ hat nicht die Form „Bezeichnung: Wert“.</translation>
    </message>
    <message>
        <source>Payload-Oxum is given twice with different values.</source>
        <translation>Payload-Oxum ist zweimal mit unterschiedlichen Werten angegeben.</translation>
    </message>
    <message>
        <source>Payload-Oxum &quot;%1&quot; is not octets.files.</source>
        <translation>Payload-Oxum „%1“ hat nicht die Form Oktette.Dateien.</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1 bytes in %2 files; the payload holds %3 bytes in %4 files.</source>
        <translation>Payload-Oxum gibt %1 Bytes in %2 Dateien an; die Nutzdaten umfassen %3 Bytes in %4 Dateien.</translation>
    </message>
    <message>
        <source>%1: the %2 checksum does not match (listed %3, the file has %4).</source>
        <translation>%1: Die %2-Prüfsumme stimmt nicht überein (aufgeführt %3, die Datei hat %4).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The payload folder data/ is missing.</source>
        <translation>Der Nutzdatenordner data/ fehlt.</translation>
    </message>
    <message>
        <source>No payload manifest uses an algorithm that can be verified.</source>
        <translation>Kein Nutzdaten-Manifest verwendet einen überprüfbaren Algorithmus.</translation>
    </message>
    <message>
        <source>Stopped before every checksum was verified.</source>
        <translation>Angehalten, bevor alle Prüfsummen verifiziert waren.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültiges</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültiges</translation>
    </message>
    <message>
        <source>%1 bag (BagIt %2): %3 payload files, %4 bytes; %5 files verified; %6 errors, %7 warnings.</source>
        <translation>%1 Bag (BagIt %2): %3 Nutzdaten-Dateien, %4 Bytes; %5 Dateien verifiziert; %6 Fehler, %7 Warnungen.</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; cannot be used: %2.</source>
        <translation>Der Nutzdatenpfad „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; is used twice.</source>
        <translation>Der Nutzdatenpfad „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>The payload paths &quot;%1&quot; and &quot;%2&quot; differ only in case or Unicode normalization: they would be one file on Windows and macOS.</source>
        <translation>Die Nutzdatenpfade „%1“ und „%2“ unterscheiden sich nur in Groß-/Kleinschreibung oder Unicode-Normalisierung: Unter Windows und macOS wären sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 (for %2 in the bag) is not a readable file.</source>
        <translation>%1 (für %2 im Bag) ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; is a file, but &quot;%2&quot; puts a folder there.</source>
        <translation>Der Nutzdatenpfad „%1“ ist eine Datei, aber „%2“ legt dort einen Ordner an.</translation>
    </message>
    <message>
        <source>No folder was given for the bag.</source>
        <translation>Für das Bag wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; Steward never writes a bag over an existing file or folder. Choose another name or remove it first.</source>
        <translation>%1 existiert bereits; Steward schreibt ein Bag nie über eine vorhandene Datei oder einen vorhandenen Ordner. Einen anderen Namen wählen oder das Vorhandene zuerst entfernen.</translation>
    </message>
    <message>
        <source>The tag file &quot;%1&quot; cannot be added: %2.</source>
        <translation>Die Tag-Datei „%1“ kann nicht hinzugefügt werden: %2.</translation>
    </message>
    <message>
        <source>the name is taken by BagIt or used twice</source>
        <translation>der Name ist von BagIt belegt oder doppelt verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a bag-info.txt label (no colon, line break or surrounding spaces).</source>
        <translation>„%1“ kann keine Bezeichnung in bag-info.txt sein (kein Doppelpunkt, kein Zeilenumbruch, keine umgebenden Leerzeichen).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 to build the bag in.</source>
        <translation>Der Ordner %1 zum Erstellen des Bags kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Stopped; no bag was written to %1.</source>
        <translation>Angehalten; nach %1 wurde kein Bag geschrieben.</translation>
    </message>
    <message>
        <source>%1 changed while it was copied into the bag; try again once nothing is writing to it.</source>
        <translation>%1 hat sich beim Kopieren ins Bag geändert; es erneut versuchen, sobald nichts mehr in die Datei schreibt.</translation>
    </message>
    <message>
        <source>Cannot move the finished bag to %1: %2</source>
        <translation>Das fertige Bag kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>BgzfBlocks</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Stopped while comparing %1 with %2</source>
        <translation>Beim Vergleich von %1 mit %2 angehalten</translation>
    </message>
    <message>
        <source>%1 is damaged: no BGZF block at byte %2</source>
        <translation>%1 ist beschädigt: kein BGZF-Block bei Byte %2</translation>
    </message>
</context>
<context>
    <name>BgzfIndexRebase</name>
    <message>
        <source>Cannot open the index %1</source>
        <translation>Kann den Index %1 nicht öffnen</translation>
    </message>
    <message>
        <source>The index %1 is damaged</source>
        <translation>Der Index %1 ist beschädigt</translation>
    </message>
    <message>
        <source>The index %1 does not match its file: %2</source>
        <translation>Der Index %1 passt nicht zu seiner Datei: %2</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>sein Kopf ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is neither a tabix (.tbi) nor a CSI index</source>
        <translation>%1 ist weder ein Tabix-Index (.tbi) noch ein CSI-Index</translation>
    </message>
    <message>
        <source>reference %1 is cut short</source>
        <translation>Referenz %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>bin %1 of reference %2 points outside the file</source>
        <translation>Bin %1 von Referenz %2 zeigt aus der Datei hinaus</translation>
    </message>
    <message>
        <source>a chunk of reference %1 points outside the file</source>
        <translation>ein Chunk von Referenz %1 zeigt aus der Datei hinaus</translation>
    </message>
    <message>
        <source>the linear index of reference %1 points outside the file</source>
        <translation>der lineare Index von Referenz %1 zeigt aus der Datei hinaus</translation>
    </message>
    <message>
        <source>it has data after its last reference</source>
        <translation>er enthält Daten nach seiner letzten Referenz</translation>
    </message>
    <message>
        <source>it ends before the file&apos;s last record (is it older than the file?)</source>
        <translation>er endet vor dem letzten Datensatz der Datei (ist er älter als die Datei?)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Sealed Steward bundle %1, identifier %2.</source>
        <translation>Versiegeltes Steward-Paket %1, Kennung %2.</translation>
    </message>
    <message>
        <source>bundle create: encrypt every file with Crypt4GH for this recipient (public key file or address-book name); repeat for several.</source>
        <translation>bundle create: jede Datei mit Crypt4GH für diesen Empfänger verschlüsseln (Datei mit öffentlichem Schlüssel oder Name im Adressbuch); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s External-Description.</source>
        <translation>bundle create: die External-Description des Bags.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s Source-Organization (default: the Bundles/sourceOrganization setting).</source>
        <translation>bundle create: die Source-Organization des Bags (Standard: die Einstellung Bundles/sourceOrganization).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s contact, as &quot;Name &lt;email&gt;&quot; (default: the Bundles/contact settings, else the reviewer).</source>
        <translation>bundle create: der Kontakt des Bags, als „Name &lt;email&gt;“ (Standard: die Einstellungen Bundles/contact, sonst die prüfende Person).</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>steward bundle verify DIR [--json]</source>
        <translation>steward bundle verify ORDNER [--json]</translation>
    </message>
    <message>
        <source>steward bundle verify: %1 is not a folder.</source>
        <translation>steward bundle verify: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>steward bundle list | show NAME [--json]</source>
        <translation>steward bundle list | show NAME [--json]</translation>
    </message>
    <message>
        <source>No bundles yet.</source>
        <translation>Noch keine Pakete.</translation>
    </message>
    <message>
        <source>No bundle named %1.</source>
        <translation>Kein Paket namens %1.</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 für %3</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>steward bundle plan|create --destination NAME DATASET... | verify DIR | list | show NAME</source>
        <translation>steward bundle plan|create --destination NAME DATENSATZ... | verify ORDNER | list | show NAME</translation>
    </message>
    <message>
        <source>steward bundle create --destination NAME DATASET... [--out DIR] [--name NAME] [--encrypt-for KEY...]</source>
        <translation>steward bundle create --destination NAME DATENSATZ... [--out ORDNER] [--name NAME] [--encrypt-for SCHLÜSSEL...]</translation>
    </message>
    <message>
        <source>steward bundle plan --destination NAME DATASET...</source>
        <translation>steward bundle plan --destination NAME DATENSATZ...</translation>
    </message>
    <message numerus="yes">
        <source>Bundle for %1: %n file(s), %2</source>
        <translation>
            <numerusform>Paket für %1: %n Datei, %2</numerusform>
            <numerusform>Paket für %1: %n Dateien, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sealed: %n dataset(s) cannot be shipped to %1.</source>
        <translation>
            <numerusform>Es wurde nichts versiegelt: %n Datensatz kann nicht an %1 geliefert werden.</numerusform>
            <numerusform>Es wurde nichts versiegelt: %n Datensätze können nicht an %1 geliefert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1 for %2: %n file(s) in %3</source>
        <translation>
            <numerusform>%1 für %2 versiegelt: %n Datei in %3</numerusform>
            <numerusform>%1 für %2 versiegelt: %n Dateien in %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identifier (SHA-256 of tagmanifest-sha256.txt): %1</source>
        <translation>Kennung (SHA-256 von tagmanifest-sha256.txt): %1</translation>
    </message>
</context>
<context>
    <name>BundleDelivery</name>
    <message>
        <source>%1 is a draft: seal it before pushing it.</source>
        <translation>%1 ist ein Entwurf: ihn vor dem Übertragen versiegeln.</translation>
    </message>
    <message>
        <source>%1 was sealed for %2, not %3: its consent and de-identification were reviewed for %2 only. Make a bundle for %3.</source>
        <translation>%1 wurde für %2 versiegelt, nicht für %3: Einwilligung und De-Identifizierung wurden nur für %2 geprüft. Ein Paket für %3 erstellen.</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the consent of %2 cannot be checked. %3</source>
        <translation>%1 kann nicht übertragen werden: Die Einwilligung von %2 lässt sich nicht prüfen. %3</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the consent match of %2 for %3 is now %4. %5</source>
        <translation>%1 kann nicht übertragen werden: Der Einwilligungsabgleich von %2 für %3 ergibt jetzt %4. %5</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the review of %2 for %3 is no longer approved. %4 Review it again and make a new version.</source>
        <translation>%1 kann nicht übertragen werden: Die Prüfung von %2 für %3 ist nicht mehr freigegeben. %4 Erneut prüfen und eine neue Version anlegen.</translation>
    </message>
    <message>
        <source>transfer is %1</source>
        <translation>Übertragung: %1</translation>
    </message>
    <message>
        <source>tagmanifest-sha256.txt: the bag is not the one sealed as %1 (identifier %2, now %3).</source>
        <translation>tagmanifest-sha256.txt: Das Bag ist nicht das als %1 versiegelte (Kennung %2, jetzt %3).</translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>No destination named %1. Declare it in the Review area or with `steward repo add`.</source>
        <translation>Kein Ziel namens %1. Es im Bereich „Prüfung“ oder mit `steward repo add` festlegen.</translation>
    </message>
    <message>
        <source>There is no review of %1 for %2.</source>
        <translation>Es gibt keine Prüfung von %1 für %2.</translation>
    </message>
    <message>
        <source>The consent review for %1 is %2, not approved.</source>
        <translation>Die Einwilligungsprüfung für %1 ist nicht freigegeben (Status: %2).</translation>
    </message>
    <message>
        <source>The consent match for %1 is %2: %3</source>
        <translation>Der Einwilligungsabgleich für %1 ergibt %2: %3</translation>
    </message>
    <message>
        <source>The de-identification of %1 is not approved (%2).</source>
        <translation>Die De-Identifizierung von %1 ist nicht freigegeben (%2).</translation>
    </message>
    <message>
        <source>Every sample of %1 withdrew or its consent expired.</source>
        <translation>Alle Proben von %1 sind zurückgezogen oder ihre Einwilligung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The approved de-identification run #%1 is missing or did not validate.</source>
        <translation>Der freigegebene De-Identifizierungslauf #%1 fehlt oder wurde nicht validiert.</translation>
    </message>
    <message>
        <source>%1 has no validated de-identified version in run #%2.</source>
        <translation>%1 hat im Lauf #%2 keine validierte de-identifizierte Version.</translation>
    </message>
    <message>
        <source>%1 was not rewritten by profile %2, so it is left out.</source>
        <translation>%1 wurde von Profil %2 nicht neu geschrieben und wird daher weggelassen.</translation>
    </message>
    <message>
        <source>The de-identified file %1 is gone; run the profile again.</source>
        <translation>Die de-identifizierte Datei %1 ist nicht mehr vorhanden; das Profil erneut ausführen.</translation>
    </message>
    <message>
        <source>The index %1 of the de-identified file is gone; run the profile again.</source>
        <translation>Der Index %1 der de-identifizierten Datei ist nicht mehr vorhanden; das Profil erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>BundleRecord</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BundleSealer</name>
    <message>
        <source>No bundle %1.</source>
        <translation>Kein Paket %1.</translation>
    </message>
    <message>
        <source>%1 is already sealed (%2); make a new version to change it.</source>
        <translation>%1 ist bereits versiegelt (%2); für Änderungen eine neue Version anlegen.</translation>
    </message>
    <message>
        <source>%1 has no datasets to seal.</source>
        <translation>%1 hat keine Datensätze zum Versiegeln.</translation>
    </message>
    <message>
        <source>Checking reviews and consent</source>
        <translation>Prüfungen und Einwilligungen werden kontrolliert</translation>
    </message>
    <message>
        <source>Nothing in %1 can be shipped.</source>
        <translation>In %1 kann nichts geliefert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be sealed:
%2</source>
        <translation>%1 kann nicht versiegelt werden:
%2</translation>
    </message>
    <message>
        <source>Cannot create the bundle folder %1.</source>
        <translation>Der Paketordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists; a sealed bag is never overwritten.</source>
        <translation>%1 existiert bereits; ein versiegeltes Bag wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 changed after its de-identification run (SHA-256 %2, the run recorded %3); run the profile again.</source>
        <translation>%1 hat sich nach seinem De-Identifizierungslauf geändert (SHA-256 %2, der Lauf hat %3 erfasst); das Profil erneut ausführen.</translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation>Dateien werden geprüft</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Encrypting %1</source>
        <translation>%1 wird verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n dataset(s), de-identified and approved.</source>
        <translation>
            <numerusform>%1 für %2: %n Datensatz, de-identifiziert und freigegeben.</numerusform>
            <numerusform>%1 für %2: %n Datensätze, de-identifiziert und freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bag</source>
        <translation>Bag wird geschrieben</translation>
    </message>
</context>
<context>
    <name>BundleStore</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Ein Paket braucht einen Namen.</translation>
    </message>
    <message>
        <source>The bundle name %1 cannot be a folder name: use letters, digits, dashes.</source>
        <translation>Der Paketname %1 kann kein Ordnername sein: Buchstaben, Ziffern und Bindestriche verwenden.</translation>
    </message>
    <message>
        <source>No bundle %1.</source>
        <translation>Kein Paket %1.</translation>
    </message>
    <message>
        <source>%1 is sealed and cannot change; make a new version to edit it.</source>
        <translation>%1 ist versiegelt und kann nicht geändert werden; zum Bearbeiten eine neue Version anlegen.</translation>
    </message>
    <message>
        <source>%1 is sealed: sealed bundles stay on record.</source>
        <translation>%1 ist versiegelt: Versiegelte Pakete bleiben erfasst.</translation>
    </message>
    <message>
        <source>%1 is still a draft: edit it directly.</source>
        <translation>%1 ist noch ein Entwurf: ihn direkt bearbeiten.</translation>
    </message>
    <message>
        <source>%1 is already sealed.</source>
        <translation>%1 ist bereits versiegelt.</translation>
    </message>
    <message>
        <source>Only a sealed bundle can be queued or delivered; %1 is a draft.</source>
        <translation>Nur ein versiegeltes Paket kann eingereiht oder zugestellt werden; %1 ist ein Entwurf.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>Der Ordner %1 für den Katalog kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, newer than this Steward understands (%3). Use a newer Steward or another catalog (--catalog).</source>
        <translation>Der Katalog %1 hat die Schemaversion %2, neuer als diese Steward-Version versteht (%3). Eine neuere Steward-Version oder einen anderen Katalog (--catalog) verwenden.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2
%3</source>
        <translation>Migration %1 fehlgeschlagen: %2
%3</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>Catalog write failed: %1</source>
        <translation>Schreiben in den Katalog fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>ChecksumCache</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot compute checksums of %1: it is not a regular file.</source>
        <translation>Die Prüfsummen von %1 können nicht berechnet werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 changed while its checksums were computed; try again once nothing is writing to it.</source>
        <translation>%1 hat sich während der Prüfsummenberechnung geändert; es erneut versuchen, sobald nichts mehr in die Datei schreibt.</translation>
    </message>
</context>
<context>
    <name>ClinVarAnnotation</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>germline</source>
        <translation>Keimbahn</translation>
    </message>
    <message>
        <source>somatic</source>
        <translation>somatisch</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>vererbt</translation>
    </message>
    <message>
        <source>paternal</source>
        <translation>väterlich</translation>
    </message>
    <message>
        <source>maternal</source>
        <translation>mütterlich</translation>
    </message>
    <message>
        <source>de novo</source>
        <translation>de novo</translation>
    </message>
    <message>
        <source>biparental</source>
        <translation>biparental</translation>
    </message>
    <message>
        <source>uniparental</source>
        <translation>uniparental</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>tested, inconclusive</source>
        <translation>getestet, nicht eindeutig</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Catalog database (default: $STEWARD_CATALOG or the application-data folder).</source>
        <translation>Katalogdatenbank (Standard: $STEWARD_CATALOG oder der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Decompression threads (default: cores).</source>
        <translation>Threads für die Dekomprimierung (Standard: Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>scan: rescan files even when unchanged.</source>
        <translation>scan: Dateien auch unverändert erneut scannen.</translation>
    </message>
    <message>
        <source>stats: skip per-sample genotype counts.</source>
        <translation>stats: Genotypzählung pro Probe überspringen.</translation>
    </message>
    <message>
        <source>stats: reference FASTA for a CRAM.</source>
        <translation>stats: Referenz-FASTA für eine CRAM-Datei.</translation>
    </message>
    <message>
        <source>fasta</source>
        <translation>fasta</translation>
    </message>
    <message>
        <source>Open the generated demo workspace (made on first use).</source>
        <translation>Den generierten Demo-Arbeitsbereich öffnen (wird bei der ersten Verwendung erzeugt).</translation>
    </message>
    <message>
        <source>With --demo: scan without opening a window.</source>
        <translation>Mit --demo: scannen, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>scan or stats</source>
        <translation>scan oder stats</translation>
    </message>
    <message>
        <source>--threads needs a number from 0 to 256.</source>
        <translation>--threads erwartet eine Zahl von 0 bis 256.</translation>
    </message>
    <message>
        <source>Generated the demo workspace in %1</source>
        <translation>Demo-Arbeitsbereich in %1 erzeugt</translation>
    </message>
    <message>
        <source>steward: name a command (scan or stats); see --help.</source>
        <translation>steward: einen Befehl angeben (scan oder stats); siehe --help.</translation>
    </message>
    <message>
        <source>steward scan: name at least one folder.</source>
        <translation>steward scan: mindestens einen Ordner angeben.</translation>
    </message>
    <message>
        <source>steward stats: name exactly one file.</source>
        <translation>steward stats: genau eine Datei angeben.</translation>
    </message>
    <message>
        <source>steward: unknown command &apos;%1&apos;; see --help.</source>
        <translation>steward: unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>steward scan: %1 is not a folder.</source>
        <translation>steward scan: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Scanned %1 of %2 files (%3) in %4 s; %5 unchanged, %6 removed.</source>
        <translation>%1 von %2 Dateien (%3) in %4 s gescannt; %5 unverändert, %6 entfernt.</translation>
    </message>
    <message>
        <source>%1 files with errors, %2 with warnings. Catalog: %3</source>
        <translation>%1 Dateien mit Fehlern, %2 mit Warnungen. Katalog: %3</translation>
    </message>
    <message>
        <source>steward stats: %1 is not a file.</source>
        <translation>steward stats: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1: %2 file; no statistics for this format.</source>
        <translation>%1: %2-Datei; keine Statistik für dieses Format.</translation>
    </message>
    <message>
        <source>steward variants: %1 is not a file.</source>
        <translation>steward variants: %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>steward variants: use --include or --exclude, not both.</source>
        <translation>steward variants: --include oder --exclude verwenden, nicht beide.</translation>
    </message>
    <message>
        <source>steward variants: --format is tsv or json.</source>
        <translation>steward variants: --format ist tsv oder json.</translation>
    </message>
    <message>
        <source>steward variants: the file has no sample %1.</source>
        <translation>steward variants: Die Datei hat keine Probe %1.</translation>
    </message>
    <message>
        <source>steward variants: unknown column %1; the columns are: %2.</source>
        <translation>steward variants: unbekannte Spalte %1; verfügbare Spalten: %2.</translation>
    </message>
    <message>
        <source>variants: chr:start-end, a contig, or a gene.</source>
        <translation>variants: chr:Start-Ende, ein Contig oder ein Gen.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>variants: keep records matching a bcftools-style expression.</source>
        <translation>variants: Einträge behalten, die einem Ausdruck im bcftools-Stil entsprechen.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>variants: drop records matching the expression.</source>
        <translation>variants: Einträge verwerfen, die dem Ausdruck entsprechen.</translation>
    </message>
    <message>
        <source>variants: the sample whose genotype columns are shown.</source>
        <translation>variants: die Probe, deren Genotyp-Spalten angezeigt werden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>variants: comma-separated columns after CHROM,POS,REF,ALT.</source>
        <translation>variants: kommagetrennte Spalten nach CHROM,POS,REF,ALT.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>variants: tsv (default) or json.</source>
        <translation>variants: tsv (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>variants: print only the number of matching records.</source>
        <translation>variants: nur die Anzahl passender Einträge ausgeben.</translation>
    </message>
    <message>
        <source>steward variants: name exactly one VCF or BCF file.</source>
        <translation>steward variants: genau eine VCF- oder BCF-Datei angeben.</translation>
    </message>
    <message>
        <source>consent match: DUO codes, e.g. DS(MONDO:0005148);NPU;GS(EU).</source>
        <translation>consent match: DUO-Codes, z. B. DS(MONDO:0005148);NPU;GS(EU).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>consent match, repo declare: the declared use, e.g. primary=hmb;region=DE;irb.</source>
        <translation>consent match, repo declare: die erklärte Nutzung, z. B. primary=hmb;region=DE;irb.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>review list: only items in this state.</source>
        <translation>review list: nur Prüfvorgänge in diesem Status.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>review, consent show: the destination.</source>
        <translation>review, consent show: das Ziel.</translation>
    </message>
    <message>
        <source>review: the reviewer&apos;s comment.</source>
        <translation>review: der Kommentar der prüfenden Person.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Steward: review and share genomic data responsibly.

Commands:
  scan PATH...   scan folders into the catalog and print a summary
  stats FILE     print the statistics of one VCF/BCF/SAM/BAM/CRAM file
  variants FILE  list the variants of a VCF/BCF, filtered like bcftools view
  consent import FILE | show DATASET | match --consent C --purpose P
                 consent records (DUO) and what they allow
  duo import FILE | list   the DUO release in use
  repo declare NAME --purpose P | list   destinations and their declared use
  review list | approve|reject|request-changes|start|reopen DATASET
                 --destination NAME --comment TEXT
  audit verify | export FILE   the hash-chained audit log
  repo add NAME --kind s3|sftp|webdav|folder ... | test NAME   remote repositories
  push PATH --to NAME [--wait]   send a bundle or folder (resumes after a crash)
  queue list | pause ID | resume [ID] [--wait] | cancel ID   the transfer queue
  phi-scan PATH...   find identifying text in genomic files and sidecars
  deid PATH|DATASET... --profile NAME|FILE [--out DIR]   de-identify, validated
  deid show DATASET | approve|reject|reopen DATASET --destination NAME
  risk FILE --qi COLS [--sensitive COL] [--k N]   k-anonymity of a clinical table
  pseudonyms list | export FILE   the workstation&apos;s pseudonym mapping
  keygen [--name NAME] --out PREFIX [--passphrase-file F | --no-passphrase]
                 make a Crypt4GH key pair (PREFIX.pub, PREFIX.sec)
  encrypt --recipient-pk KEY... [--sk SENDER_SK] IN OUT   Crypt4GH-encrypt a file
  decrypt --sk KEY... IN OUT [--passphrase-file F]   decrypt a Crypt4GH file
  keys list | add NAME PUBKEY | remove NAME   the Crypt4GH address book
  bundle plan|create --destination NAME DATASET... [--out DIR] [--encrypt-for KEY...]
                 seal approved, de-identified datasets into a BagIt + RO-Crate bag
  bundle verify DIR | list | show NAME   check a bag; the bundles on record
  bag verify DIR   check that a folder is a complete and valid BagIt bag
  checksum FILE...   SHA-256, SHA-512 and MD5 of files (cached in the catalog)
Without a command, Steward opens its window.</source>
        <translation>Steward: genomische Daten verantwortungsvoll prüfen und teilen.

Befehle:
  scan PFAD...   Ordner in den Katalog einlesen und eine Zusammenfassung ausgeben
  stats DATEI    die Statistik einer VCF/BCF/SAM/BAM/CRAM-Datei ausgeben
  variants DATEI die Varianten einer VCF/BCF-Datei auflisten, gefiltert wie mit bcftools view
  consent import DATEI | show DATENSATZ | match --consent C --purpose P
                 Einwilligungen (DUO) und was sie erlauben
  duo import DATEI | list   das verwendete DUO-Release
  repo declare NAME --purpose P | list   Ziele und ihre erklärte Nutzung
  review list | approve|reject|request-changes|start|reopen DATENSATZ
                 --destination NAME --comment TEXT
  audit verify | export DATEI   das hash-verkettete Prüfprotokoll
  repo add NAME --kind s3|sftp|webdav|folder ... | test NAME   entfernte Repositorien
  push PFAD --to NAME [--wait]   ein Paket oder einen Ordner senden (wird nach einem Absturz fortgesetzt)
  queue list | pause ID | resume [ID] [--wait] | cancel ID   die Übertragungswarteschlange
  phi-scan PFAD...   identifizierenden Text in genomischen Dateien und Begleitdateien finden
  deid PFAD|DATENSATZ... --profile NAME|DATEI [--out ORDNER]   de-identifizieren, validiert
  deid show DATENSATZ | approve|reject|reopen DATENSATZ --destination NAME
  risk DATEI --qi SPALTEN [--sensitive SPALTE] [--k N]   k-Anonymität einer klinischen Tabelle
  pseudonyms list | export DATEI   die Pseudonymzuordnung dieses Arbeitsplatzes
  keygen [--name NAME] --out PRÄFIX [--passphrase-file D | --no-passphrase]
                 ein Crypt4GH-Schlüsselpaar erzeugen (PRÄFIX.pub, PRÄFIX.sec)
  encrypt --recipient-pk SCHLÜSSEL... [--sk ABSENDER_SK] EINGABE AUSGABE   eine Datei mit Crypt4GH verschlüsseln
  decrypt --sk SCHLÜSSEL... EINGABE AUSGABE [--passphrase-file D]   eine Crypt4GH-Datei entschlüsseln
  keys list | add NAME ÖFF_SCHLÜSSEL | remove NAME   das Crypt4GH-Adressbuch
  bundle plan|create --destination NAME DATENSATZ... [--out ORDNER] [--encrypt-for SCHLÜSSEL...]
                 freigegebene, de-identifizierte Datensätze in ein BagIt- und RO-Crate-Bag versiegeln
  bundle verify ORDNER | list | show NAME   ein Bag prüfen; die erfassten Pakete
  bag verify ORDNER   prüfen, ob ein Ordner ein vollständiges und gültiges BagIt-Bag ist
  checksum DATEI...   SHA-256, SHA-512 und MD5 von Dateien (im Katalog zwischengespeichert)
Ohne Befehl öffnet Steward sein Fenster.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>%1 takes no parameters; write %1 alone.</source>
        <translation>%1 hat keine Parameter; %1 allein schreiben.</translation>
    </message>
    <message>
        <source>%1 needs at least one disease id, such as %1(MONDO:0005148).</source>
        <translation>%1 braucht mindestens eine Krankheits-ID, etwa %1(MONDO:0005148).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a disease id; %2 takes MONDO ids such as MONDO:0005148 or DOID ids such as DOID:9352.</source>
        <translation>„%1“ ist keine Krankheits-ID; %2 akzeptiert MONDO-IDs wie MONDO:0005148 oder DOID-IDs wie DOID:9352.</translation>
    </message>
    <message>
        <source>%1 needs at least one country or region code, such as %1(DE) or %1(EU).</source>
        <translation>%1 braucht mindestens einen Länder- oder Regionscode, etwa %1(DE) oder %1(EU).</translation>
    </message>
    <message>
        <source>Unknown region &apos;%1&apos; in %2; use an ISO 3166-1 alpha-2 country code such as DE, or EU, EEA, EUR or WORLD.</source>
        <translation>Unbekannte Region „%1“ in %2; einen Ländercode nach ISO 3166-1 alpha-2 wie DE oder EU, EEA, EUR bzw. WORLD verwenden.</translation>
    </message>
    <message>
        <source>%1 needs a date written YYYY-MM-DD, such as %1(2026-12-31).</source>
        <translation>%1 braucht ein Datum im Format YYYY-MM-DD, etwa %1(2026-12-31).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date for %2; write it YYYY-MM-DD, such as 2026-12-31.</source>
        <translation>„%1“ ist kein gültiges Datum für %2; im Format YYYY-MM-DD schreiben, etwa 2026-12-31.</translation>
    </message>
    <message>
        <source>%1 needs a project name, such as %1(Atlas).</source>
        <translation>%1 braucht einen Projektnamen, etwa %1(Atlas).</translation>
    </message>
    <message>
        <source>%1 needs an institution name, such as %1(University of Oslo).</source>
        <translation>%1 braucht den Namen einer Einrichtung, etwa %1(Universität Oslo).</translation>
    </message>
    <message>
        <source>%1 needs a research type, such as %1(cancer genomics).</source>
        <translation>%1 braucht eine Forschungsart, etwa %1(Krebsgenomik).</translation>
    </message>
    <message>
        <source>%1 needs a number of months, such as %1(24), or an end date, such as %1(2027-06-30).</source>
        <translation>%1 braucht eine Anzahl von Monaten, etwa %1(24), oder ein Enddatum, etwa %1(2027-06-30).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a positive number of months nor a date for %2; write %2(24) or %2(2027-06-30).</source>
        <translation>„%1“ ist für %2 weder eine positive Anzahl von Monaten noch ein Datum; %2(24) oder %2(2027-06-30) schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes one value but has %n.</source>
        <translation>
            <numerusform>%1 erwartet einen Wert, hat aber %n.</numerusform>
            <numerusform>%1 erwartet einen Wert, hat aber %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent is empty; give one permission such as GRU or HMB.</source>
        <translation>Die Einwilligung ist leer; eine Erlaubnis wie GRU oder HMB angeben.</translation>
    </message>
    <message>
        <source>The consent has an empty item; remove the extra &apos;;&apos;.</source>
        <translation>Die Einwilligung enthält einen leeren Eintrag; das überzählige „;“ entfernen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a &apos;)&apos; without a matching &apos;(&apos;.</source>
        <translation>„%1“ enthält eine „)“ ohne passende „(“.</translation>
    </message>
    <message>
        <source>The parenthesis after %1 is not closed; add &apos;)&apos;.</source>
        <translation>Die Klammer nach %1 wird nicht geschlossen; „)“ ergänzen.</translation>
    </message>
    <message>
        <source>Unexpected text &apos;%1&apos; after the parameters of %2; separate codes with &apos;;&apos;.</source>
        <translation>Unerwarteter Text „%1“ nach den Parametern von %2; Codes mit „;“ trennen.</translation>
    </message>
    <message>
        <source>The DUO code %1 is obsolete; use %2 instead.</source>
        <translation>Der DUO-Code %1 ist veraltet; stattdessen %2 verwenden.</translation>
    </message>
    <message>
        <source>The DUO code %1 is obsolete and has no direct replacement; choose a current code.</source>
        <translation>Der DUO-Code %1 ist veraltet und hat keinen direkten Ersatz; einen aktuellen Code wählen.</translation>
    </message>
    <message>
        <source>Unknown DUO code &apos;%1&apos;.</source>
        <translation>Unbekannter DUO-Code „%1“.</translation>
    </message>
    <message>
        <source>%1 is a DUO class, not a permission or a modifier; it cannot be used in a consent.</source>
        <translation>%1 ist eine DUO-Klasse, keine Erlaubnis und kein Modifikator; sie kann in einer Einwilligung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 has an empty parameter; remove the extra &apos;,&apos;.</source>
        <translation>%1 hat einen leeren Parameter; das überzählige „,“ entfernen.</translation>
    </message>
    <message>
        <source>%1 is an older form; write %2.</source>
        <translation>%1 ist eine ältere Schreibweise; %2 schreiben.</translation>
    </message>
    <message>
        <source>%1 appears twice; keep one.</source>
        <translation>%1 kommt zweimal vor; nur einmal angeben.</translation>
    </message>
    <message>
        <source>The consent has two permissions, %1 and %2; keep exactly one.</source>
        <translation>Die Einwilligung enthält zwei Erlaubnisse, %1 und %2; genau eine behalten.</translation>
    </message>
    <message>
        <source>The consent has no permission; add one of NRES, GRU, HMB, DS or POA.</source>
        <translation>Die Einwilligung enthält keine Erlaubnis; eine von NRES, GRU, HMB, DS oder POA ergänzen.</translation>
    </message>
    <message>
        <source>POA allows only population origins or ancestry research and NPOA forbids it; keep one of them.</source>
        <translation>POA erlaubt nur Forschung zu Populationsherkunft oder Abstammung, NPOA verbietet sie; nur eines davon behalten.</translation>
    </message>
    <message>
        <source>%1 is redundant: NPUNCU already limits use to not-for-profit, non-commercial use.</source>
        <translation>%1 ist überflüssig: NPUNCU beschränkt die Nutzung bereits auf gemeinnützige, nicht kommerzielle Nutzung.</translation>
    </message>
</context>
<context>
    <name>ConsentCommands</name>
    <message>
        <source>steward consent match: give --consent CONSENT and --purpose PURPOSE.</source>
        <translation>steward consent match: --consent EINWILLIGUNG und --purpose ZWECK angeben.</translation>
    </message>
    <message>
        <source>--purpose: %1</source>
        <translation>--purpose: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation>
            <numerusform>%n Einwilligungseintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einwilligungseinträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s).</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: %n Fehler.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: %n Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination named %1; declare it with steward repo declare.</source>
        <translation>Kein Ziel namens %1; es mit steward repo declare festlegen.</translation>
    </message>
    <message>
        <source>(dataset)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>The declared data use of %1 cannot be read: %2</source>
        <translation>Die erklärte Datennutzung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Destination %1 (%2): %3</source>
        <translation>Ziel %1 (%2): %3</translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation>AUSGESCHLOSSEN</translation>
    </message>
    <message>
        <source>No destination is declared yet: steward repo declare NAME --purpose PURPOSE.</source>
        <translation>Noch kein Ziel festgelegt: steward repo declare NAME --purpose ZWECK.</translation>
    </message>
    <message>
        <source>steward duo import: name one duo.owl or duo.csv file.</source>
        <translation>steward duo import: eine duo.owl- oder duo.csv-Datei angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Imported DUO release %1: %n term(s).</source>
        <translation>
            <numerusform>DUO-Release %1 importiert: %n Begriff.</numerusform>
            <numerusform>DUO-Release %1 importiert: %n Begriffe.</numerusform>
        </translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>steward duo: use import FILE or list.</source>
        <translation>steward duo: import DATEI oder list verwenden.</translation>
    </message>
    <message>
        <source>steward repo declare NAME --purpose PURPOSE</source>
        <translation>steward repo declare NAME --purpose ZWECK</translation>
    </message>
    <message>
        <source>%1 declares: %2</source>
        <translation>%1 erklärt: %2</translation>
    </message>
    <message>
        <source>steward repo: use declare NAME --purpose PURPOSE, or list.</source>
        <translation>steward repo: declare NAME --purpose ZWECK oder list verwenden.</translation>
    </message>
    <message>
        <source>--state: use pending, in_review, changes_requested, approved or rejected.</source>
        <translation>--state: pending, in_review, changes_requested, approved oder rejected verwenden.</translation>
    </message>
    <message>
        <source>No review items match.</source>
        <translation>Keine passenden Prüfvorgänge.</translation>
    </message>
    <message>
        <source>steward review: use list, approve, reject, request-changes, start or reopen.</source>
        <translation>steward review: list, approve, reject, request-changes, start oder reopen verwenden.</translation>
    </message>
    <message>
        <source>steward review %1 DATASET --destination NAME --comment TEXT</source>
        <translation>steward review %1 DATENSATZ --destination NAME --comment TEXT</translation>
    </message>
    <message>
        <source>steward review %1 needs --comment TEXT (it may be empty for an approval the matcher allows).</source>
        <translation>steward review %1 braucht --comment TEXT (bei einer Freigabe, die der Abgleich erlaubt, darf er leer sein).</translation>
    </message>
    <message>
        <source>No review item for %1 and %2.</source>
        <translation>Kein Prüfvorgang für %1 und %2.</translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation>%1 für %2: %3.</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Neuester Hash: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Prüfprotokoll bei Eintrag %1 BESCHÄDIGT: %2</translation>
    </message>
    <message>
        <source>steward audit export FILE</source>
        <translation>steward audit export DATEI</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Prüfprotokoll nach %1 exportiert.</translation>
    </message>
    <message>
        <source>steward audit: use verify or export FILE.</source>
        <translation>steward audit: verify oder export DATEI verwenden.</translation>
    </message>
    <message>
        <source>steward consent match takes no file; give --consent and --purpose.</source>
        <translation>steward consent match nimmt keine Datei an; --consent und --purpose angeben.</translation>
    </message>
    <message>
        <source>steward consent: use import FILE, show DATASET or match --consent C --purpose P.</source>
        <translation>steward consent: import DATEI, show DATENSATZ oder match --consent C --purpose P verwenden.</translation>
    </message>
    <message>
        <source>steward consent import: name one file.</source>
        <translation>steward consent import: eine Datei angeben.</translation>
    </message>
    <message>
        <source>steward consent show: name one dataset.</source>
        <translation>steward consent show: einen Datensatz angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entr(y|ies), chain intact.</source>
        <translation>
            <numerusform>Prüfprotokoll verifiziert: %n Eintrag, Kette intakt.</numerusform>
            <numerusform>Prüfprotokoll verifiziert: %n Einträge, Kette intakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentEditCommand</name>
    <message>
        <source>Remove the consent of %1</source>
        <translation>Einwilligung von %1 entfernen</translation>
    </message>
    <message>
        <source>Record the consent of %1</source>
        <translation>Einwilligung von %1 erfassen</translation>
    </message>
    <message>
        <source>Edit the consent of %1</source>
        <translation>Einwilligung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConsentMatcher</name>
    <message>
        <source>Steward has no rule for the permission %1; a steward must decide.</source>
        <translation>Steward hat keine Regel für die Erlaubnis %1; darüber muss eine Datentreuhänderin oder ein Datentreuhänder entscheiden.</translation>
    </message>
    <message>
        <source>The consent (%1) allows general research.</source>
        <translation>Die Einwilligung (%1) erlaubt allgemeine Forschung.</translation>
    </message>
    <message>
        <source>The consent allows only health, medical or biomedical research (HMB); general research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Gesundheits-, medizinische oder biomedizinische Forschung (HMB); allgemeine Forschung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); general research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu %1 (DS); allgemeine Forschung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); general research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu Populationsherkunft oder Abstammung (POA); allgemeine Forschung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent (%1) allows health, medical or biomedical research.</source>
        <translation>Die Einwilligung (%1) erlaubt Gesundheits-, medizinische oder biomedizinische Forschung.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); health, medical or biomedical research in general is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu %1 (DS); Gesundheits-, medizinische oder biomedizinische Forschung im Allgemeinen ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); health, medical or biomedical research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu Populationsherkunft oder Abstammung (POA); Gesundheits-, medizinische oder biomedizinische Forschung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent (%1) allows research on any disease, including %2.</source>
        <translation>Die Einwilligung (%1) erlaubt Forschung zu jeder Krankheit, einschließlich %2.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); disease research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu Populationsherkunft oder Abstammung (POA); Krankheitsforschung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent (%1) allows population origins or ancestry research.</source>
        <translation>Die Einwilligung (%1) erlaubt Forschung zu Populationsherkunft oder Abstammung.</translation>
    </message>
    <message>
        <source>The consent allows health, medical or biomedical research (HMB), which excludes population origins or ancestry research.</source>
        <translation>Die Einwilligung erlaubt Gesundheits-, medizinische oder biomedizinische Forschung (HMB), was Forschung zu Populationsherkunft oder Abstammung ausschließt.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); population origins or ancestry research is not allowed.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu %1 (DS); Forschung zu Populationsherkunft oder Abstammung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The consent (%1) allows methods development.</source>
        <translation>Die Einwilligung (%1) erlaubt Methodenentwicklung.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS) and the methods development names no disease; confirm the methods are developed for that research.</source>
        <translation>Die Einwilligung erlaubt nur Forschung zu %1 (DS), und die Methodenentwicklung nennt keine Krankheit; bestätigen, dass die Methoden für diese Forschung entwickelt werden.</translation>
    </message>
    <message>
        <source>The consent (NRES) places no restriction, so clinical care use is allowed.</source>
        <translation>Die Einwilligung (NRES) enthält keine Einschränkung; die Nutzung in der klinischen Versorgung ist daher erlaubt.</translation>
    </message>
    <message>
        <source>The consent (%1 with CC) allows clinical care use.</source>
        <translation>Die Einwilligung (%1 mit CC) erlaubt die Nutzung in der klinischen Versorgung.</translation>
    </message>
    <message>
        <source>The consent (%1) allows research use only; clinical care needs NRES or the CC modifier.</source>
        <translation>Die Einwilligung (%1) erlaubt nur die Nutzung für die Forschung; klinische Versorgung erfordert NRES oder den Modifikator CC.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; the methods are developed for %2, which it covers.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung zu %1; die Methoden werden für %2 entwickelt, was davon abgedeckt ist.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; the destination&apos;s purpose, %2, is one of them or a subtype.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung zu %1; der Nutzungszweck des Ziels, %2, ist eine davon oder ein Subtyp.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1 only; the methods are developed for %2, which is not one of them nor a subtype.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung nur zu %1; die Methoden werden für %2 entwickelt, was weder eine davon noch ein Subtyp ist.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1 only; the destination&apos;s purpose, %2, is not one of them nor a subtype.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung nur zu %1; der Nutzungszweck des Ziels, %2, ist weder eine davon noch ein Subtyp.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; Steward&apos;s disease hierarchy does not know %2, so a steward must decide whether the destination&apos;s purpose, %3, lies within the consent.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung zu %1; die Krankheitshierarchie von Steward kennt %2 nicht, daher muss eine Datentreuhänderin oder ein Datentreuhänder entscheiden, ob der Nutzungszweck des Ziels, %3, von der Einwilligung gedeckt ist.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; Steward cannot compare %2 with them across disease ontologies, so a steward must decide.</source>
        <translation>Die Einwilligung erlaubt krankheitsspezifische Forschung zu %1; Steward kann %2 nicht über Krankheitsontologien hinweg damit vergleichen, daher muss eine Datentreuhänderin oder ein Datentreuhänder entscheiden.</translation>
    </message>
    <message>
        <source>The consent forbids methods development (NMDS), and methods development is the destination&apos;s purpose.</source>
        <translation>Die Einwilligung verbietet Methodenentwicklung (NMDS), und Methodenentwicklung ist der Nutzungszweck des Ziels.</translation>
    </message>
    <message>
        <source>The consent forbids methods development (NMDS); the destination&apos;s purpose is not methods development.</source>
        <translation>Die Einwilligung verbietet Methodenentwicklung (NMDS); der Nutzungszweck des Ziels ist keine Methodenentwicklung.</translation>
    </message>
    <message>
        <source>The consent forbids population origins or ancestry research (NPOA), and that is the destination&apos;s purpose.</source>
        <translation>Die Einwilligung verbietet Forschung zu Populationsherkunft oder Abstammung (NPOA), und genau das ist der Nutzungszweck des Ziels.</translation>
    </message>
    <message>
        <source>The consent forbids population origins or ancestry research (NPOA); the destination&apos;s purpose is not such research.</source>
        <translation>Die Einwilligung verbietet Forschung zu Populationsherkunft oder Abstammung (NPOA); der Nutzungszweck des Ziels ist keine solche Forschung.</translation>
    </message>
    <message>
        <source>The consent allows use by not-for-profit organisations only (NPU); the destination is a for-profit organisation.</source>
        <translation>Die Einwilligung erlaubt die Nutzung nur durch gemeinnützige Organisationen (NPU); das Ziel ist eine gewinnorientierte Organisation.</translation>
    </message>
    <message>
        <source>The consent allows use by not-for-profit organisations only (NPU); the destination is not for profit.</source>
        <translation>Die Einwilligung erlaubt die Nutzung nur durch gemeinnützige Organisationen (NPU); das Ziel ist nicht gewinnorientiert.</translation>
    </message>
    <message>
        <source>The consent allows non-commercial use only (NCU); the destination&apos;s use is commercial.</source>
        <translation>Die Einwilligung erlaubt nur nicht kommerzielle Nutzung (NCU); die Nutzung durch das Ziel ist kommerziell.</translation>
    </message>
    <message>
        <source>The consent allows non-commercial use only (NCU); the destination&apos;s use is not commercial.</source>
        <translation>Die Einwilligung erlaubt nur nicht kommerzielle Nutzung (NCU); die Nutzung durch das Ziel ist nicht kommerziell.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is a for-profit organisation and its use is commercial.</source>
        <translation>Die Einwilligung erlaubt nur gemeinnützige, nicht kommerzielle Nutzung (NPUNCU); das Ziel ist eine gewinnorientierte Organisation und die Nutzung ist kommerziell.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is a for-profit organisation.</source>
        <translation>Die Einwilligung erlaubt nur gemeinnützige, nicht kommerzielle Nutzung (NPUNCU); das Ziel ist eine gewinnorientierte Organisation.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination&apos;s use is commercial.</source>
        <translation>Die Einwilligung erlaubt nur gemeinnützige, nicht kommerzielle Nutzung (NPUNCU); die Nutzung durch das Ziel ist kommerziell.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is not for profit and its use is not commercial.</source>
        <translation>Die Einwilligung erlaubt nur gemeinnützige, nicht kommerzielle Nutzung (NPUNCU); das Ziel ist nicht gewinnorientiert und die Nutzung ist nicht kommerziell.</translation>
    </message>
    <message>
        <source>The consent requires ethics approval (IRB), and the destination holds it.</source>
        <translation>Die Einwilligung erfordert ein Ethikvotum (IRB), und das Ziel verfügt darüber.</translation>
    </message>
    <message>
        <source>The consent requires ethics approval (IRB); the destination does not declare it.</source>
        <translation>Die Einwilligung erfordert ein Ethikvotum (IRB); das Ziel gibt keines an.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with the data&apos;s providers (COL), and the destination commits to it.</source>
        <translation>Die Einwilligung erfordert die Zusammenarbeit mit den Datengebern (COL), und das Ziel verpflichtet sich dazu.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with the data&apos;s providers (COL) and the destination does not declare it; confirm a collaboration is agreed.</source>
        <translation>Die Einwilligung erfordert die Zusammenarbeit mit den Datengebern (COL), und das Ziel gibt sie nicht an; bestätigen, dass eine Zusammenarbeit vereinbart ist.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with %1 (COL), and the destination commits to it.</source>
        <translation>Die Einwilligung erfordert die Zusammenarbeit mit %1 (COL), und das Ziel verpflichtet sich dazu.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with %1 (COL) and the destination does not declare it; confirm a collaboration is agreed.</source>
        <translation>Die Einwilligung erfordert die Zusammenarbeit mit %1 (COL), und das Ziel gibt sie nicht an; bestätigen, dass eine Zusammenarbeit vereinbart ist.</translation>
    </message>
    <message>
        <source>The consent requires publishing the results (PUB), and the destination commits to it.</source>
        <translation>Die Einwilligung erfordert die Veröffentlichung der Ergebnisse (PUB), und das Ziel verpflichtet sich dazu.</translation>
    </message>
    <message>
        <source>The consent requires publishing the results (PUB) and the destination does not declare it; confirm the results will be published.</source>
        <translation>Die Einwilligung erfordert die Veröffentlichung der Ergebnisse (PUB), und das Ziel gibt sie nicht an; bestätigen, dass die Ergebnisse veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The consent requires returning derived data to the resource (RTN), and the destination commits to it.</source>
        <translation>Die Einwilligung erfordert die Rückgabe abgeleiteter Daten an die Ressource (RTN), und das Ziel verpflichtet sich dazu.</translation>
    </message>
    <message>
        <source>The consent requires returning derived data to the resource (RTN) and the destination does not declare it; confirm derived data will be returned.</source>
        <translation>Die Einwilligung erfordert die Rückgabe abgeleiteter Daten an die Ressource (RTN), und das Ziel gibt sie nicht an; bestätigen, dass abgeleitete Daten zurückgegeben werden.</translation>
    </message>
    <message>
        <source>The consent limits use to approved users (US); confirm every user at the destination is approved.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf zugelassene Nutzer (US); bestätigen, dass alle Nutzer beim Ziel zugelassen sind.</translation>
    </message>
    <message>
        <source>The consent limits research to %1 (RS); confirm the destination&apos;s research is of this kind.</source>
        <translation>Die Einwilligung beschränkt die Forschung auf %1 (RS); bestätigen, dass die Forschung beim Ziel von dieser Art ist.</translation>
    </message>
    <message>
        <source>The consent allows genetic studies only (GSO); confirm the destination&apos;s research is a genetic study.</source>
        <translation>Die Einwilligung erlaubt nur genetische Studien (GSO); bestätigen, dass die Forschung beim Ziel eine genetische Studie ist.</translation>
    </message>
    <message>
        <source>The consent allows clinical care use (CC), which is the destination&apos;s purpose.</source>
        <translation>Die Einwilligung erlaubt die Nutzung in der klinischen Versorgung (CC), und das ist der Nutzungszweck des Ziels.</translation>
    </message>
    <message>
        <source>The consent adds clinical care use (CC); it places no restriction on the destination&apos;s purpose.</source>
        <translation>Die Einwilligung erlaubt zusätzlich die Nutzung in der klinischen Versorgung (CC); den Nutzungszweck des Ziels schränkt das nicht ein.</translation>
    </message>
    <message>
        <source>Steward has no rule for the modifier %1; a steward must decide.</source>
        <translation>Steward hat keine Regel für den Modifikator %1; darüber muss eine Datentreuhänderin oder ein Datentreuhänder entscheiden.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS) and the destination declares no region; confirm where the data will be used.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf %1 (GS), und das Ziel gibt keine Region an; bestätigen, wo die Daten genutzt werden.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, lies within it.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf %1 (GS); die Region des Ziels, %2, liegt darin.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, reaches beyond it.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf %1 (GS); die Region des Ziels, %2, reicht darüber hinaus.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, lies outside it.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf %1 (GS); die Region des Ziels, %2, liegt außerhalb.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS) and Steward does not know the destination&apos;s region &apos;%2&apos;; confirm where the data will be used.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf %1 (GS), und Steward kennt die Region „%2“ des Ziels nicht; bestätigen, wo die Daten genutzt werden.</translation>
    </message>
    <message>
        <source>The consent allows use until %1 (TS); the use on %2 is after that.</source>
        <translation>Die Einwilligung erlaubt die Nutzung bis %1 (TS); die Nutzung am %2 liegt danach.</translation>
    </message>
    <message>
        <source>The consent allows use until %1 (TS); the use on %2 is within that time.</source>
        <translation>Die Einwilligung erlaubt die Nutzung bis %1 (TS); die Nutzung am %2 liegt innerhalb dieses Zeitraums.</translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date (TS), but the consent date is not recorded; confirm the time limit by hand.</source>
        <translation>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monat ab dem Einwilligungsdatum (TS), das Einwilligungsdatum ist aber nicht erfasst; die Frist von Hand bestätigen.</numerusform>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monate ab dem Einwilligungsdatum (TS), das Einwilligungsdatum ist aber nicht erfasst; die Frist von Hand bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is after that.</source>
        <translation>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monat ab dem Einwilligungsdatum %1, also bis %2 (TS); die Nutzung am %3 liegt danach.</numerusform>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monate ab dem Einwilligungsdatum %1, also bis %2 (TS); die Nutzung am %3 liegt danach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is within that time.</source>
        <translation>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monat ab dem Einwilligungsdatum %1, also bis %2 (TS); die Nutzung am %3 liegt innerhalb dieses Zeitraums.</numerusform>
            <numerusform>Die Einwilligung erlaubt die Nutzung für %n Monate ab dem Einwilligungsdatum %1, also bis %2 (TS); die Nutzung am %3 liegt innerhalb dieses Zeitraums.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent sets a publication moratorium (MOR) without a valid date; confirm when results may be published.</source>
        <translation>Die Einwilligung legt eine Publikationssperre (MOR) ohne gültiges Datum fest; bestätigen, ab wann Ergebnisse veröffentlicht werden dürfen.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR); the use on %2 is on or after that date.</source>
        <translation>Die Einwilligung verbietet die Veröffentlichung von Ergebnissen vor dem %1 (MOR); die Nutzung am %2 liegt an oder nach diesem Datum.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR); the destination plans to publish and the use on %2 is before that date.</source>
        <translation>Die Einwilligung verbietet die Veröffentlichung von Ergebnissen vor dem %1 (MOR); das Ziel plant eine Veröffentlichung, und die Nutzung am %2 liegt vor diesem Datum.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR) and the use on %2 is before that date; confirm nothing will be published early.</source>
        <translation>Die Einwilligung verbietet die Veröffentlichung von Ergebnissen vor dem %1 (MOR), und die Nutzung am %2 liegt vor diesem Datum; bestätigen, dass nichts vorzeitig veröffentlicht wird.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS) and the destination declares no project; confirm the data will be used in that project.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf das Projekt %1 (PS), und das Ziel gibt kein Projekt an; bestätigen, dass die Daten in diesem Projekt genutzt werden.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS) and the destination declares no institution; confirm the data will be used there.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf die Einrichtung %1 (IS), und das Ziel gibt keine Einrichtung an; bestätigen, dass die Daten dort genutzt werden.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS), and the destination&apos;s project is %2.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf das Projekt %1 (PS), und das Projekt des Ziels ist %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS), and the destination&apos;s institution is %2.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf die Einrichtung %1 (IS), und die Einrichtung des Ziels ist %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS); the destination&apos;s project is %2.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf das Projekt %1 (PS); das Projekt des Ziels ist jedoch %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS); the destination&apos;s institution is %2.</source>
        <translation>Die Einwilligung beschränkt die Nutzung auf die Einrichtung %1 (IS); die Einrichtung des Ziels ist jedoch %2.</translation>
    </message>
    <message>
        <source>The consent has no valid permission, so no use can be approved.</source>
        <translation>Die Einwilligung enthält keine gültige Erlaubnis; daher kann keine Nutzung freigegeben werden.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
</context>
<context>
    <name>ConsentRecord</name>
    <message>
        <source>Consent withdrawn on %1.</source>
        <translation>Einwilligung am %1 widerrufen.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Einwilligung widerrufen.</translation>
    </message>
    <message>
        <source>Consent expired on %1.</source>
        <translation>Einwilligung am %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>ConsentSheetImporter</name>
    <message>
        <source>Sample %1 appears twice; its first row is line %2. Keep one row per sample and dataset.</source>
        <translation>Probe %1 kommt zweimal vor; ihre erste Zeile ist Zeile %2. Nur eine Zeile pro Probe und Datensatz angeben.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The header row needs the columns sample_id and consent; found: %1.</source>
        <translation>Die Kopfzeile braucht die Spalten sample_id und consent; gefunden: %1.</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the header.</source>
        <translation>Die Spalte %1 kommt in der Kopfzeile zweimal vor.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2; check for a missing or extra delimiter, or quote fields that contain one.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2; auf ein fehlendes oder überzähliges Trennzeichen prüfen oder Felder, die eines enthalten, in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <source>The sample_id is empty.</source>
        <translation>Die sample_id ist leer.</translation>
    </message>
    <message>
        <source>The consent is empty; give DUO codes such as GRU or DS(MONDO:0005148);NPU.</source>
        <translation>Die Einwilligung ist leer; DUO-Codes wie GRU oder DS(MONDO:0005148);NPU angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format YYYY-MM-DD schreiben.</translation>
    </message>
    <message>
        <source>The expiry %1 is before the consent date %2.</source>
        <translation>Das Ablaufdatum %1 liegt vor dem Einwilligungsdatum %2.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>Das Einwilligungsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or a withdrawal date (YYYY-MM-DD).</source>
        <translation>„%1“ ist weder yes noch no noch ein Widerrufsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The consent document %1 cannot be read: it must exist so its SHA-256 can be recorded.</source>
        <translation>Das Einwilligungsdokument %1 kann nicht gelesen werden: Es muss vorhanden sein, damit sein SHA-256 erfasst werden kann.</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>Die Tabelle hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>This Phenopacket carries no consent: it has no dataUseConditions.duoDataUse list.</source>
        <translation>Dieses Phenopacket enthält keine Einwilligung: Es hat keine Liste dataUseConditions.duoDataUse.</translation>
    </message>
    <message>
        <source>This Phenopacket has no subject id, so its consent cannot be attached to a sample.</source>
        <translation>Dieses Phenopacket hat keine Subjekt-ID; seine Einwilligung kann daher keiner Probe zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a DUO term id known to %2.</source>
        <translation>%1 ist keine DUO-Begriffs-ID, die %2 kennt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: column %2: %3</source>
        <translation>%1: Spalte %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; this is not a consent sheet.</source>
        <translation>Die Datei ist größer als 64 MB; das ist keine Einwilligungstabelle.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Sample %1 is not in the dataset %2.</source>
        <translation>Probe %1 ist nicht im Datensatz %2 enthalten.</translation>
    </message>
    <message>
        <source>No dataset named %1 is in the catalog; the consent is kept for when it is scanned.</source>
        <translation>Im Katalog gibt es keinen Datensatz namens %1; die Einwilligung wird aufbewahrt, bis er gescannt wird.</translation>
    </message>
    <message>
        <source>No file in the catalog contains sample %1.</source>
        <translation>Keine Datei im Katalog enthält die Probe %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 contains %n sample(s) with no consent in this sheet or the catalog: %2.</source>
        <translation>
            <numerusform>%1 enthält %n Probe ohne Einwilligung in dieser Tabelle oder im Katalog: %2.</numerusform>
            <numerusform>%1 enthält %n Proben ohne Einwilligung in dieser Tabelle oder im Katalog: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consequence</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modifikator</translation>
    </message>
</context>
<context>
    <name>CramReference</name>
    <message>
        <source>its index %1 cannot be read</source>
        <translation>der Index %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its index %1 lists no sequences</source>
        <translation>der Index %1 enthält keine Sequenzen</translation>
    </message>
    <message>
        <source>htslib cannot open it with its index</source>
        <translation>htslib kann die Datei nicht mit ihrem Index öffnen</translation>
    </message>
    <message>
        <source>htslib cannot read %1:%2-%3 from it</source>
        <translation>htslib kann %1:%2-%3 nicht aus der Datei lesen</translation>
    </message>
    <message>
        <source>its bases at %1:%2-%3 differ from those the CRAM was written against (slice MD5)</source>
        <translation>die Basen bei %1:%2-%3 weichen von denen ab, gegen die die CRAM-Datei geschrieben wurde (Slice-MD5)</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>OpenSSL offers no MD5</source>
        <translation>OpenSSL bietet kein MD5 an</translation>
    </message>
    <message>
        <source>the read was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 cannot be read (damaged compression?)</source>
        <translation>%1 kann nicht gelesen werden (beschädigte Komprimierung?)</translation>
    </message>
    <message>
        <source>computing an MD5 failed</source>
        <translation>die MD5-Berechnung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 holds no FASTA sequences</source>
        <translation>%1 enthält keine FASTA-Sequenzen</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it has no .fai index (run samtools faidx on it)</source>
        <translation>kein .fai-Index vorhanden (mit samtools faidx erstellen)</translation>
    </message>
    <message>
        <source>it is compressed with gzip, not bgzip: htslib cannot index it</source>
        <translation>mit gzip statt bgzip komprimiert: htslib kann die Datei nicht indizieren</translation>
    </message>
    <message>
        <source>it has no .gzi index (run samtools faidx on it)</source>
        <translation>kein .gzi-Index vorhanden (mit samtools faidx erstellen)</translation>
    </message>
    <message>
        <source>it has no sequence %1</source>
        <translation>die Sequenz %1 fehlt</translation>
    </message>
    <message>
        <source>its %1 is %2 bp, the CRAM&apos;s header says %3 bp</source>
        <translation>%1 hat dort %2 bp, laut CRAM-Header %3 bp</translation>
    </message>
    <message>
        <source>the M5 of its %1 is %2, the CRAM&apos;s header says %3</source>
        <translation>die M5 von %1 ist dort %2, laut CRAM-Header %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this CRAM version&apos;s slice headers are not read by Steward</source>
        <translation>Steward liest die Slice-Header dieser CRAM-Version nicht</translation>
    </message>
    <message>
        <source>%1 bp</source>
        <translation>%1 bp</translation>
    </message>
    <message>
        <source>M5 %1</source>
        <translation>M5 %1</translation>
    </message>
    <message>
        <source>UR %1</source>
        <translation>UR %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more sequence(s)</source>
        <translation>
            <numerusform> und %n weitere Sequenz</numerusform>
            <numerusform> und %n weitere Sequenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>This CRAM stores its bases against a reference that is not available on this computer: %1. Steward computed the statistics without it, but the bases cannot be decoded. Put that FASTA with its .fai index in the workspace (or a reference folder), or set REF_PATH to a local cache holding the sequences by M5; Steward never downloads references.</source>
        <translation>Diese CRAM-Datei speichert ihre Basen relativ zu einer Referenz, die auf diesem Computer nicht verfügbar ist: %1. Steward hat die Statistik ohne sie berechnet, aber die Basen können nicht dekodiert werden. Diese FASTA-Datei mit ihrem .fai-Index in den Arbeitsbereich (oder einen Referenzordner) legen oder REF_PATH auf einen lokalen Cache setzen, der die Sequenzen nach M5 enthält; Steward lädt niemals Referenzen herunter.</translation>
    </message>
    <message>
        <source>Checked and turned down: %1.</source>
        <translation>Geprüft und verworfen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more candidate(s).)</source>
        <translation>
            <numerusform>(%n weiterer Kandidat.)</numerusform>
            <numerusform>(%n weitere Kandidaten.)</numerusform>
        </translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
</context>
<context>
    <name>CramSliceScanner</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a CRAM file.</source>
        <translation>%1 ist keine CRAM-Datei.</translation>
    </message>
    <message>
        <source>A CRAM compression header cannot be read.</source>
        <translation>Ein CRAM-Kompressionsheader kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A CRAM slice offset points outside its container.</source>
        <translation>Ein CRAM-Slice-Offset zeigt aus seinem Container heraus.</translation>
    </message>
    <message>
        <source>A CRAM slice header cannot be read.</source>
        <translation>Ein CRAM-Slice-Header kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A CRAM container length points past the end of the file.</source>
        <translation>Eine CRAM-Containerlänge reicht über das Dateiende hinaus.</translation>
    </message>
</context>
<context>
    <name>Crypt4ghHeader</name>
    <message>
        <source>No recipient: name at least one recipient&apos;s public key.</source>
        <translation>Kein Empfänger: mindestens einen öffentlichen Empfängerschlüssel angeben.</translation>
    </message>
    <message>
        <source>Internal error: no data key or writer key.</source>
        <translation>Interner Fehler: kein Datenschlüssel oder Absenderschlüssel.</translation>
    </message>
    <message>
        <source>Cannot encrypt for the recipient key %1 (not a usable X25519 key).</source>
        <translation>Für den Empfängerschlüssel %1 kann nicht verschlüsselt werden (kein verwendbarer X25519-Schlüssel).</translation>
    </message>
    <message>
        <source>%1: truncated header: the file ends after %2 bytes, inside the header&apos;s first 16 bytes.</source>
        <translation>%1: abgeschnittener Header: Die Datei endet nach %2 Bytes, innerhalb der ersten 16 Bytes des Headers.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH file (it is %2 bytes long, shorter than a Crypt4GH header).</source>
        <translation>%1 ist keine Crypt4GH-Datei (sie ist %2 Bytes lang, kürzer als ein Crypt4GH-Header).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH file (it does not start with &quot;crypt4gh&quot;).</source>
        <translation>%1 ist keine Crypt4GH-Datei (sie beginnt nicht mit „crypt4gh“).</translation>
    </message>
    <message>
        <source>%1: Crypt4GH version %2 is not supported (only version 1).</source>
        <translation>%1: Crypt4GH-Version %2 wird nicht unterstützt (nur Version 1).</translation>
    </message>
    <message>
        <source>%1: the header declares %2 packets (1 to %3 are allowed).</source>
        <translation>%1: Der Header gibt %2 Pakete an (1 bis %3 sind erlaubt).</translation>
    </message>
    <message>
        <source>%1: no secret key was given to decrypt it with.</source>
        <translation>%1: Es wurde kein geheimer Schlüssel zum Entschlüsseln angegeben.</translation>
    </message>
    <message>
        <source>%1: truncated header: packet %2 of %3 is missing (the file ends at byte %4).</source>
        <translation>%1: abgeschnittener Header: Paket %2 von %3 fehlt (die Datei endet bei Byte %4).</translation>
    </message>
    <message>
        <source>%1: header packet %2 of %3 declares %4 bytes (%5 to %6 are allowed); the file is damaged.</source>
        <translation>%1: Header-Paket %2 von %3 gibt %4 Bytes an (%5 bis %6 sind erlaubt); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: truncated header: packet %2 of %3 needs %4 bytes, the file ends after %5.</source>
        <translation>%1: abgeschnittener Header: Paket %2 von %3 braucht %4 Bytes, die Datei endet nach %5.</translation>
    </message>
    <message>
        <source>%1: header packet %2 is empty.</source>
        <translation>%1: Header-Paket %2 ist leer.</translation>
    </message>
    <message>
        <source>%1: header packet %2 names a data cipher other than ChaCha20-Poly1305, which this version cannot read.</source>
        <translation>%1: Header-Paket %2 nennt ein anderes Datenverschlüsselungsverfahren als ChaCha20-Poly1305, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1: the header has more than one data edit list for this reader; the file is rejected, as the specification requires.</source>
        <translation>%1: Der Header enthält für diesen Leser mehr als eine Data-Edit-List; die Datei wird, wie von der Spezifikation verlangt, abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the data edit list in header packet %2 is damaged.</source>
        <translation>%1: Die Data-Edit-List in Header-Paket %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: header packet %2 has type %3, which this version does not know.</source>
        <translation>%1: Header-Paket %2 hat den Typ %3, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>%1: no header packet decrypts with the key %2 (%3 packets tried%4); the file was encrypted for other recipients, or with another key pair.</source>
        <translation>%1: Kein Header-Paket lässt sich mit dem Schlüssel %2 entschlüsseln (%3 Pakete versucht%4); die Datei wurde für andere Empfänger oder mit einem anderen Schlüsselpaar verschlüsselt.</translation>
    </message>
    <message>
        <source>, nor with </source>
        <translation>, auch nicht mit </translation>
    </message>
    <message>
        <source>, %1 with an unsupported method</source>
        <translation>, %1 mit nicht unterstützter Methode</translation>
    </message>
</context>
<context>
    <name>Crypt4ghKeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH key file (it is %2 bytes; key files are a few hundred).</source>
        <translation>%1 ist keine Crypt4GH-Schlüsseldatei (sie hat %2 Bytes; Schlüsseldateien haben einige hundert).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner.</source>
        <translation>Die Zugriffsrechte von %1 können nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH public key: it has no -----BEGIN ... KEY----- block of base64 text.</source>
        <translation>%1 ist kein öffentlicher Crypt4GH-Schlüssel: Es fehlt ein Block -----BEGIN ... KEY----- mit Base64-Text.</translation>
    </message>
    <message>
        <source>%1 holds a secret key, not a public key; give the .pub file (and keep the secret key to yourself).</source>
        <translation>%1 enthält einen geheimen Schlüssel, keinen öffentlichen; die .pub-Datei angeben (und den geheimen Schlüssel für sich behalten).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH public key (a %2 block of %3 bytes; an X25519 public key is 32 bytes).</source>
        <translation>%1 ist kein öffentlicher Crypt4GH-Schlüssel (ein %2-Block mit %3 Bytes; ein öffentlicher X25519-Schlüssel hat 32 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH secret key: it has no -----BEGIN ... KEY----- block of base64 text.</source>
        <translation>%1 ist kein geheimer Crypt4GH-Schlüssel: Es fehlt ein Block -----BEGIN ... KEY----- mit Base64-Text.</translation>
    </message>
    <message>
        <source>%1: OpenSSL refused the X25519 key.</source>
        <translation>%1: OpenSSL hat den X25519-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is an OpenSSH key, not a Crypt4GH key; make a Crypt4GH key pair (steward keygen) instead.</source>
        <translation>%1 ist ein OpenSSH-Schlüssel, kein Crypt4GH-Schlüssel; stattdessen ein Crypt4GH-Schlüsselpaar erzeugen (steward keygen).</translation>
    </message>
    <message>
        <source>%1 holds a public key, not a secret key.</source>
        <translation>%1 enthält einen öffentlichen Schlüssel, keinen geheimen.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH secret key (no c4gh-v1 marker in its %2 block).</source>
        <translation>%1 ist kein geheimer Crypt4GH-Schlüssel (keine c4gh-v1-Markierung im %2-Block).</translation>
    </message>
    <message>
        <source>%1: the Crypt4GH secret key is damaged (a field is cut short).</source>
        <translation>%1: Der geheime Crypt4GH-Schlüssel ist beschädigt (ein Feld ist abgeschnitten).</translation>
    </message>
    <message>
        <source>%1: unsupported key derivation &quot;%2&quot; (known: scrypt, bcrypt, pbkdf2_hmac_sha256, none).</source>
        <translation>%1: nicht unterstützte Schlüsselableitung „%2“ (bekannt: scrypt, bcrypt, pbkdf2_hmac_sha256, none).</translation>
    </message>
    <message>
        <source>%1: an unprotected Crypt4GH secret key must hold 32 bytes.</source>
        <translation>%1: Ein ungeschützter geheimer Crypt4GH-Schlüssel muss 32 Bytes umfassen.</translation>
    </message>
    <message>
        <source>%1: unsupported key cipher &quot;%2&quot; (known: chacha20_poly1305).</source>
        <translation>%1: nicht unterstützte Schlüsselverschlüsselung „%2“ (bekannt: chacha20_poly1305).</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase (%2); none was given.</source>
        <translation>%1 ist durch eine Passphrase geschützt (%2); es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>%1: wrong passphrase (the %2-protected key did not decrypt with it).</source>
        <translation>%1: falsche Passphrase (der mit %2 geschützte Schlüssel ließ sich damit nicht entschlüsseln).</translation>
    </message>
    <message>
        <source>No key to write.</source>
        <translation>Kein Schlüssel zum Schreiben.</translation>
    </message>
    <message>
        <source>OpenSSL could not protect the secret key.</source>
        <translation>OpenSSL konnte den geheimen Schlüssel nicht schützen.</translation>
    </message>
    <message>
        <source>%1 already exists; Steward does not replace key files (choose another name, or move the old one away).</source>
        <translation>%1 existiert bereits; Steward ersetzt keine Schlüsseldateien (einen anderen Namen wählen oder die alte Datei verschieben).</translation>
    </message>
</context>
<context>
    <name>Crypt4ghKeyPair</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Crypt4ghKeyStore</name>
    <message>
        <source>A recipient needs a name.</source>
        <translation>Ein Empfänger braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: a Crypt4GH public key is 32 bytes.</source>
        <translation>%1: Ein öffentlicher Crypt4GH-Schlüssel hat 32 Bytes.</translation>
    </message>
    <message>
        <source>The address book already has a recipient named %1.</source>
        <translation>Das Adressbuch enthält bereits einen Empfänger namens %1.</translation>
    </message>
    <message>
        <source>This key (%1) is already in the address book as %2.</source>
        <translation>Dieser Schlüssel (%1) steht bereits als %2 im Adressbuch.</translation>
    </message>
    <message>
        <source>A key pair needs a name, a 32-byte public key and its secret-key file.</source>
        <translation>Ein Schlüsselpaar braucht einen Namen, einen öffentlichen Schlüssel mit 32 Bytes und seine Datei mit dem geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1.</source>
        <translation>Sie haben bereits ein Schlüsselpaar namens %1.</translation>
    </message>
    <message>
        <source>This key pair (%1) is already listed as %2.</source>
        <translation>Dieses Schlüsselpaar (%1) ist bereits als %2 eingetragen.</translation>
    </message>
    <message>
        <source>%1 is neither a public key file nor a name in the address book (steward keys list).</source>
        <translation>%1 ist weder eine Datei mit öffentlichem Schlüssel noch ein Name im Adressbuch (steward keys list).</translation>
    </message>
</context>
<context>
    <name>Crypt4ghOutput</name>
    <message>
        <source>Refusing to write %1 over its own input; choose another output name.</source>
        <translation>%1 wird nicht über die eigene Eingabe geschrieben; einen anderen Ausgabenamen wählen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; name the output file.</source>
        <translation>%1 ist ein Ordner; die Ausgabedatei angeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Crypt4ghReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the decrypted file: %1</source>
        <translation>Die entschlüsselte Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: truncated body: segment %2 (at byte %3) has only %4 bytes, less than its nonce and MAC.</source>
        <translation>%1: abgeschnittener Inhalt: Segment %2 (bei Byte %3) hat nur %4 Bytes, weniger als seine Nonce und sein MAC.</translation>
    </message>
    <message>
        <source>%1: MAC check failed at segment %2, the last one (%3 of at most %4 bytes, at byte %5): the file is truncated (cut short) or was changed.</source>
        <translation>%1: MAC-Prüfung bei Segment %2 fehlgeschlagen, dem letzten (%3 von höchstens %4 Bytes, bei Byte %5): Die Datei ist abgeschnitten (gekürzt) oder wurde verändert.</translation>
    </message>
    <message>
        <source>%1: MAC check failed at segment %2 (bytes %3 to %4): the file was changed or damaged after it was encrypted.</source>
        <translation>%1: MAC-Prüfung bei Segment %2 fehlgeschlagen (Bytes %3 bis %4): Die Datei wurde nach dem Verschlüsseln verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Decryption of %1 was cancelled.</source>
        <translation>Die Entschlüsselung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Crypt4ghWriter</name>
    <message>
        <source>A recipient public key is %1 bytes; X25519 keys are 32.</source>
        <translation>Ein öffentlicher Empfängerschlüssel hat %1 Bytes; X25519-Schlüssel haben 32.</translation>
    </message>
    <message>
        <source>No recipient: name at least one recipient&apos;s public key to encrypt %1 for.</source>
        <translation>Kein Empfänger: mindestens einen öffentlichen Empfängerschlüssel angeben, um %1 zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Die verschlüsselte Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt segment %1.</source>
        <translation>OpenSSL konnte Segment %1 nicht verschlüsseln.</translation>
    </message>
    <message>
        <source>Encryption of %1 was cancelled.</source>
        <translation>Die Verschlüsselung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CryptCommands</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Warning: using the passphrase in C4GH_PASSPHRASE. Environment variables can leak (to other processes, crash reports, shell history); prefer --passphrase-file or the prompt.</source>
        <translation>Warnung: Die Passphrase aus C4GH_PASSPHRASE wird verwendet. Umgebungsvariablen können nach außen gelangen (an andere Prozesse, in Absturzberichte, in den Shell-Verlauf); besser --passphrase-file oder die Eingabeaufforderung verwenden.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-file F or set C4GH_PASSPHRASE.</source>
        <translation>Kein Terminal, um nach der Passphrase zu fragen: --passphrase-file D verwenden oder C4GH_PASSPHRASE setzen.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 is neither a secret key file nor one of your key pairs (steward keys list).</source>
        <translation>%1 ist weder eine Datei mit geheimem Schlüssel noch eines Ihrer Schlüsselpaare (steward keys list).</translation>
    </message>
    <message>
        <source>New passphrase for Steward&apos;s secrets file: </source>
        <translation>Neue Passphrase für die Zugangsdaten-Datei von Steward: </translation>
    </message>
    <message>
        <source>Passphrase of Steward&apos;s secrets file: </source>
        <translation>Passphrase der Zugangsdaten-Datei von Steward: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>steward keygen [--name NAME] --out PREFIX [--passphrase-file F | --no-passphrase]</source>
        <translation>steward keygen [--name NAME] --out PRÄFIX [--passphrase-file D | --no-passphrase]</translation>
    </message>
    <message>
        <source>steward keygen: --no-passphrase and --passphrase-file exclude each other.</source>
        <translation>steward keygen: --no-passphrase und --passphrase-file schließen einander aus.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1 (%2); choose another --name.</source>
        <translation>Sie haben bereits ein Schlüsselpaar namens %1 (%2); einen anderen --name wählen.</translation>
    </message>
    <message>
        <source>Passphrase to protect %1: </source>
        <translation>Passphrase zum Schutz von %1: </translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing; use --no-passphrase to write an unprotected secret key on purpose.</source>
        <translation>Eine leere Passphrase schützt nichts; --no-passphrase verwenden, um absichtlich einen ungeschützten geheimen Schlüssel zu schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, but could not record them in the catalog: %3</source>
        <translation>%1 und %2 wurden geschrieben, konnten aber nicht im Katalog erfasst werden: %3</translation>
    </message>
    <message>
        <source>Wrote %1 (give it to senders) and %2 (%3; keep it to yourself).</source>
        <translation>%1 (an Absender weitergeben) und %2 (%3; für sich behalten) geschrieben.</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>ungeschützt</translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation>mit Passphrase geschützt</translation>
    </message>
    <message>
        <source>Key pair %1: %2</source>
        <translation>Schlüsselpaar %1: %2</translation>
    </message>
    <message>
        <source>steward encrypt --recipient-pk KEY... [--sk SENDER_SK] IN OUT</source>
        <translation>steward encrypt --recipient-pk SCHLÜSSEL... [--sk ABSENDER_SK] EINGABE AUSGABE</translation>
    </message>
    <message>
        <source>steward decrypt --sk KEY... IN OUT [--passphrase-file F]</source>
        <translation>steward decrypt --sk SCHLÜSSEL... EINGABE AUSGABE [--passphrase-file D]</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted %1 to %2 for %n recipient(s): %3 bytes in %4 s (%5).</source>
        <translation>
            <numerusform>%1 nach %2 für %n Empfänger verschlüsselt: %3 Bytes in %4 s (%5).</numerusform>
            <numerusform>%1 nach %2 für %n Empfänger verschlüsselt: %3 Bytes in %4 s (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted %1 to %2 with %3: %4 bytes in %5 s (%6).</source>
        <translation>%1 mit %3 nach %2 entschlüsselt: %4 Bytes in %5 s (%6).</translation>
    </message>
    <message>
        <source>steward keys list | add NAME PUBKEY_FILE | remove NAME</source>
        <translation>steward keys list | add NAME ÖFF_SCHLÜSSEL_DATEI | remove NAME</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the address book.</source>
        <translation>%1 (%2) zum Adressbuch hinzugefügt.</translation>
    </message>
    <message>
        <source>The address book has no recipient %1.</source>
        <translation>Das Adressbuch enthält keinen Empfänger %1.</translation>
    </message>
    <message>
        <source>Removed %1 from the address book.</source>
        <translation>%1 aus dem Adressbuch entfernt.</translation>
    </message>
    <message>
        <source>Your key pairs:</source>
        <translation>Ihre Schlüsselpaare:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>keygen: the key pair&apos;s name (default: the prefix).</source>
        <translation>keygen: der Name des Schlüsselpaars (Standard: das Präfix).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>keygen: write the secret key without a passphrase.</source>
        <translation>keygen: den geheimen Schlüssel ohne Passphrase schreiben.</translation>
    </message>
    <message>
        <source>encrypt: a recipient&apos;s public key file or address-book name (repeat for several).</source>
        <translation>encrypt: Datei mit dem öffentlichen Schlüssel eines Empfängers oder Name im Adressbuch (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>decrypt: your secret key file or key pair name (repeat to try several); encrypt: the sender&apos;s.</source>
        <translation>decrypt: Ihre Datei mit dem geheimen Schlüssel oder der Name Ihres Schlüsselpaars (für mehrere Versuche wiederholen); encrypt: die des Absenders.</translation>
    </message>
</context>
<context>
    <name>DataUse</name>
    <message>
        <source>The purpose is empty; start it with primary= and one of gru, hmb, disease, poa, methods or clinical.</source>
        <translation>Der Zweck ist leer; mit primary= und einem von gru, hmb, disease, poa, methods oder clinical beginnen.</translation>
    </message>
    <message>
        <source>Item %1 of the purpose is empty; remove the extra &apos;;&apos;.</source>
        <translation>Angabe %1 des Zwecks ist leer; das überzählige „;“ entfernen.</translation>
    </message>
    <message>
        <source>Unknown item &apos;%1&apos; in the purpose; use primary, disease, for-profit, commercial, region, irb, project, institution, collaboration, publication, return-data or date.</source>
        <translation>Unbekannte Angabe „%1“ im Zweck; primary, disease, for-profit, commercial, region, irb, project, institution, collaboration, publication, return-data oder date verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the purpose; keep one.</source>
        <translation>„%1“ kommt im Zweck zweimal vor; nur einmal angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a flag and takes no value; write %2 alone.</source>
        <translation>„%1“ ist ein Schalter und hat keinen Wert; %2 allein schreiben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the purpose needs a value, such as %2.</source>
        <translation>„%1“ im Zweck braucht einen Wert, etwa %2.</translation>
    </message>
    <message>
        <source>Unknown primary purpose in &apos;%1&apos;; use gru, hmb, disease, poa, methods or clinical.</source>
        <translation>Unbekannter Hauptzweck in „%1“; gru, hmb, disease, poa, methods oder clinical verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a disease id; use MONDO ids such as MONDO:0005148 or DOID ids such as DOID:9352.</source>
        <translation>„%1“ in „%2“ ist keine Krankheits-ID; MONDO-IDs wie MONDO:0005148 oder DOID-IDs wie DOID:9352 verwenden.</translation>
    </message>
    <message>
        <source>Unknown region in &apos;%1&apos;; use an ISO 3166-1 alpha-2 country code such as DE, or EU, EEA, EUR or WORLD.</source>
        <translation>Unbekannte Region in „%1“; einen Ländercode nach ISO 3166-1 alpha-2 wie DE oder EU, EEA, EUR bzw. WORLD verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date; write it YYYY-MM-DD, such as date=2026-01-31.</source>
        <translation>„%1“ ist kein gültiges Datum; im Format YYYY-MM-DD schreiben, etwa date=2026-01-31.</translation>
    </message>
    <message>
        <source>The purpose has no primary purpose; add primary= and one of gru, hmb, disease, poa, methods or clinical.</source>
        <translation>Der Zweck hat keinen Hauptzweck; primary= mit einem von gru, hmb, disease, poa, methods oder clinical ergänzen.</translation>
    </message>
    <message>
        <source>Disease research needs the diseases it studies; add disease= with their ids, such as disease=MONDO:0005148.</source>
        <translation>Krankheitsforschung braucht die untersuchten Krankheiten; disease= mit deren IDs ergänzen, etwa disease=MONDO:0005148.</translation>
    </message>
    <message>
        <source>&apos;disease=%1&apos; is allowed only with primary=disease or primary=methods.</source>
        <translation>„disease=%1“ ist nur mit primary=disease oder primary=methods erlaubt.</translation>
    </message>
    <message>
        <source>General research.</source>
        <translation>Allgemeine Forschung.</translation>
    </message>
    <message>
        <source>Health, medical or biomedical research.</source>
        <translation>Gesundheits-, medizinische oder biomedizinische Forschung.</translation>
    </message>
    <message>
        <source>Research on %1.</source>
        <translation>Forschung zu %1.</translation>
    </message>
    <message>
        <source>Population origins or ancestry research.</source>
        <translation>Forschung zu Populationsherkunft oder Abstammung.</translation>
    </message>
    <message>
        <source>Methods development.</source>
        <translation>Methodenentwicklung.</translation>
    </message>
    <message>
        <source>Methods development for %1.</source>
        <translation>Methodenentwicklung für %1.</translation>
    </message>
    <message>
        <source>Clinical care.</source>
        <translation>Klinische Versorgung.</translation>
    </message>
    <message>
        <source>The user is a for-profit organisation.</source>
        <translation>Der Nutzer ist eine gewinnorientierte Organisation.</translation>
    </message>
    <message>
        <source>The use is commercial.</source>
        <translation>Die Nutzung ist kommerziell.</translation>
    </message>
    <message>
        <source>The data will be used in %1.</source>
        <translation>Die Daten werden in %1 genutzt.</translation>
    </message>
    <message>
        <source>Ethics approval is held.</source>
        <translation>Ein Ethikvotum liegt vor.</translation>
    </message>
    <message>
        <source>The project is %1.</source>
        <translation>Das Projekt ist %1.</translation>
    </message>
    <message>
        <source>The institution is %1.</source>
        <translation>Die Einrichtung ist %1.</translation>
    </message>
    <message>
        <source>The user will collaborate with the data&apos;s providers.</source>
        <translation>Der Nutzer wird mit den Datengebern zusammenarbeiten.</translation>
    </message>
    <message>
        <source>The results will be published.</source>
        <translation>Die Ergebnisse werden veröffentlicht.</translation>
    </message>
    <message>
        <source>Derived data will be returned to the resource.</source>
        <translation>Abgeleitete Daten werden an die Ressource zurückgegeben.</translation>
    </message>
    <message>
        <source>The use takes place on %1.</source>
        <translation>Die Nutzung erfolgt am %1.</translation>
    </message>
    <message>
        <source>General research</source>
        <translation>Allgemeine Forschung</translation>
    </message>
    <message>
        <source>Health, medical or biomedical research</source>
        <translation>Gesundheits-, medizinische oder biomedizinische Forschung</translation>
    </message>
    <message>
        <source>Disease research</source>
        <translation>Krankheitsforschung</translation>
    </message>
    <message>
        <source>Population origins or ancestry research</source>
        <translation>Forschung zu Populationsherkunft oder Abstammung</translation>
    </message>
    <message>
        <source>Methods development</source>
        <translation>Methodenentwicklung</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation>Klinische Versorgung</translation>
    </message>
</context>
<context>
    <name>DatasetConsent</name>
    <message>
        <source>No dataset named &apos;%1&apos; in the catalog; scan its folder first.</source>
        <translation>Kein Datensatz namens „%1“ im Katalog; zuerst seinen Ordner scannen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 datasets; give the path of one: %3</source>
        <translation>„%1“ bezeichnet %2 Datensätze; den Pfad eines davon angeben: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n sample(s) consented</source>
        <translation>
            <numerusform>%n Probe mit Einwilligung</numerusform>
            <numerusform>Alle %n Proben mit Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n ohne Einwilligung</numerusform>
            <numerusform>%n ohne Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 consented (%3)</source>
        <translation>%1 von %2 mit Einwilligung (%3)</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>den Datensatz</translation>
    </message>
    <message>
        <source>No consent is recorded for %1 in %2; nothing may be shared without one.</source>
        <translation>Für %1 in %2 ist keine Einwilligung erfasst; ohne Einwilligung darf nichts geteilt werden.</translation>
    </message>
    <message>
        <source>The consent recorded for %1 (%2) cannot be read: %3</source>
        <translation>Die für %1 (%2) erfasste Einwilligung kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>A reference sequence holds no participant&apos;s data; no consent is needed.</source>
        <translation>Eine Referenzsequenz enthält keine Daten von Teilnehmenden; es ist keine Einwilligung nötig.</translation>
    </message>
    <message>
        <source>No samples were found in %1 and no dataset-level consent is recorded; check what it contains and record its consent.</source>
        <translation>In %1 wurden keine Proben gefunden, und es ist keine Einwilligung auf Datensatzebene erfasst; den Inhalt prüfen und die Einwilligung erfassen.</translation>
    </message>
    <message>
        <source>Every sample of %1 is excluded (consent withdrawn or expired); nothing is left to share.</source>
        <translation>Alle Proben von %1 sind ausgeschlossen (Einwilligung widerrufen oder abgelaufen); es bleibt nichts zu teilen.</translation>
    </message>
    <message numerus="yes">
        <source>The consent of all %n included sample(s) allows this use.</source>
        <translation>
            <numerusform>Die Einwilligung der %n eingeschlossenen Probe erlaubt diese Nutzung.</numerusform>
            <numerusform>Die Einwilligung aller %n eingeschlossenen Proben erlaubt diese Nutzung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent of %n included sample(s) does not allow this use.</source>
        <translation>
            <numerusform>%n eingeschlossene Probe hat keine Einwilligung für diese Nutzung.</numerusform>
            <numerusform>%n eingeschlossene Proben haben keine Einwilligung für diese Nutzung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n included sample(s) (needs|need) a reviewer&apos;s decision; none is denied.</source>
        <translation>
            <numerusform>%n eingeschlossene Probe erfordert eine Entscheidung der prüfenden Person; keine wird abgelehnt.</numerusform>
            <numerusform>%n eingeschlossene Proben erfordern eine Entscheidung der prüfenden Person; keine wird abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) (is|are) excluded and will be removed.</source>
        <translation>
            <numerusform>%n Probe ist ausgeschlossen und wird entfernt.</numerusform>
            <numerusform>%n Proben sind ausgeschlossen und werden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeidCommands</name>
    <message>
        <source>New passphrase for Steward&apos;s secrets file: </source>
        <translation>Neue Passphrase für die Zugangsdaten-Datei von Steward: </translation>
    </message>
    <message>
        <source>Passphrase of Steward&apos;s secrets file: </source>
        <translation>Passphrase der Zugangsdaten-Datei von Steward: </translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of high severity</source>
        <translation>
            <numerusform>%n mit hohem Schweregrad</numerusform>
            <numerusform>%n mit hohem Schweregrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n Datei</numerusform>
            <numerusform>in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file or dataset</source>
        <translation>%1: Datei oder Datensatz existiert nicht</translation>
    </message>
    <message>
        <source>skipped   %1: %2</source>
        <translation>ausgelassen %1: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>FEHLER    %1: %2</translation>
    </message>
    <message>
        <source>validated </source>
        <translation>validiert </translation>
    </message>
    <message>
        <source>MISMATCH  </source>
        <translation>ABWEICHUNG </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>%1, %2 -&gt; %3 records, digest %4</source>
        <translation>%1, %2 -&gt; %3 Einträge, Prüfsumme %4</translation>
    </message>
    <message>
        <source>Profile %1 (sha256 %2)</source>
        <translation>Profil %1 (sha256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 resolved of %2; %n high-severity unresolved</source>
        <translation>
            <numerusform>Befunde: %1 von %2 gelöst; %n mit hohem Schweregrad ungelöst</numerusform>
            <numerusform>Befunde: %1 von %2 gelöst; %n mit hohem Schweregrad ungelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
    <message>
        <source>Removed samples (consent): %1</source>
        <translation>Entfernte Proben (Einwilligung): %1</translation>
    </message>
    <message>
        <source>Recorded as run %1 in the catalog and the audit log.</source>
        <translation>Als Lauf %1 im Katalog und im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>steward deid PATH|DATASET... --profile NAME|FILE [--out DIR]</source>
        <translation>steward deid PFAD|DATENSATZ... --profile NAME|DATEI [--out ORDNER]</translation>
    </message>
    <message>
        <source>%1 has not been de-identified yet: steward deid %1 --profile safe-harbor</source>
        <translation>%1 wurde noch nicht de-identifiziert: steward deid %1 --profile safe-harbor</translation>
    </message>
    <message>
        <source>%1: run %2 with %3 by %4 on %5: %6</source>
        <translation>%1: Lauf %2 mit %3 von %4 am %5: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s) unresolved</source>
        <translation>
            <numerusform>%n Befund mit hohem Schweregrad ungelöst</numerusform>
            <numerusform>%n Befunde mit hohem Schweregrad ungelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved  </source>
        <translation>gelöst    </translation>
    </message>
    <message>
        <source>OPEN      </source>
        <translation>OFFEN     </translation>
    </message>
    <message>
        <source>steward deid %1 DATASET --destination NAME [--comment TEXT]</source>
        <translation>steward deid %1 DATENSATZ --destination NAME [--comment TEXT]</translation>
    </message>
    <message>
        <source>No destination named %1.</source>
        <translation>Kein Ziel namens %1.</translation>
    </message>
    <message>
        <source>%1 has no review for %2 (a destination needs a declared data use to be reviewed against).</source>
        <translation>%1 hat keinen Prüfvorgang für %2 (ein Ziel braucht eine erklärte Datennutzung, gegen die geprüft werden kann).</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Passphrase for the data controller&apos;s copy: </source>
        <translation>Passphrase für die Kopie des Verantwortlichen: </translation>
    </message>
    <message>
        <source>Wrote the encrypted mapping to %1.</source>
        <translation>Die verschlüsselte Zuordnung wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>steward pseudonyms list | export FILE [--passphrase-file F]</source>
        <translation>steward pseudonyms list | export DATEI [--passphrase-file D]</translation>
    </message>
    <message>
        <source>%1: %2 records in %3 equivalence classes over %4</source>
        <translation>%1: %2 Einträge in %3 Äquivalenzklassen über %4</translation>
    </message>
    <message>
        <source>k-anonymity: %1 (smallest class)</source>
        <translation>k-Anonymität: %1 (kleinste Klasse)</translation>
    </message>
    <message>
        <source>records in classes smaller than %1: %2</source>
        <translation>Einträge in Klassen kleiner als %1: %2</translation>
    </message>
    <message>
        <source>l-diversity of %1: %2</source>
        <translation>l-Diversität von %1: %2</translation>
    </message>
    <message>
        <source>class sizes:</source>
        <translation>Klassengrößen:</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: below k = %1; classes at risk:</source>
        <translation>WARNUNG: unter k = %1; gefährdete Klassen:</translation>
    </message>
    <message>
        <source>deid: a shipped profile (safe-harbor, research-minimal) or a profile file.</source>
        <translation>deid: ein mitgeliefertes Profil (safe-harbor, research-minimal) oder eine Profildatei.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>Name|Datei</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>risk: quasi-identifier columns, comma-separated; column:band10, column:year or column:3 generalise.</source>
        <translation>risk: Quasi-Identifikator-Spalten, durch Kommas getrennt; Spalte:band10, Spalte:year oder Spalte:3 generalisieren.</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>risk: the sensitive column for l-diversity.</source>
        <translation>risk: die sensible Spalte für die l-Diversität.</translation>
    </message>
    <message>
        <source>col</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>risk: the smallest acceptable class size (default 5).</source>
        <translation>risk: die kleinste zulässige Klassengröße (Standard 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>steward phi-scan PATH... [--json]</source>
        <translation>steward phi-scan PFAD... [--json]</translation>
    </message>
    <message>
        <source>steward risk FILE --qi COLS [--sensitive COL] [--k N]</source>
        <translation>steward risk DATEI --qi SPALTEN [--sensitive SPALTE] [--k N]</translation>
    </message>
    <message>
        <source>--k needs a whole number of at least 2.</source>
        <translation>--k braucht eine ganze Zahl von mindestens 2.</translation>
    </message>
    <message>
        <source>deid: output folder (default: Steward&apos;s derived-files folder); keygen: the key files&apos; prefix.</source>
        <translation>deid: Ausgabeordner (Standard: der Ordner für abgeleitete Dateien von Steward); keygen: das Präfix der Schlüsseldateien.</translation>
    </message>
    <message>
        <source>pseudonyms export, keygen, encrypt, decrypt: read the passphrase from a file.</source>
        <translation>pseudonyms export, keygen, encrypt, decrypt: die Passphrase aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>%1, %2 -&gt; %3 records, body byte-identical</source>
        <translation>%1, %2 -&gt; %3 Datensätze, Rumpf byte-identisch</translation>
    </message>
</context>
<context>
    <name>DeidProfile</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known keys: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannte Schlüssel: %3)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>muss eine Liste nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>has an invalid entry &quot;%1&quot;</source>
        <translation>hat einen ungültigen Eintrag „%1“</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Profile %1, key %2</source>
        <translation>Profil %1, Schlüssel %2</translation>
    </message>
    <message>
        <source>Profile %1 is not a Steward de-identification profile (format &quot;%2&quot;, expected &quot;%3&quot;)</source>
        <translation>Profil %1 ist kein De-Identifizierungsprofil von Steward (Format „%2“, erwartet „%3“)</translation>
    </message>
    <message>
        <source>Profile %1 has format version %2; this Steward reads version %3</source>
        <translation>Profil %1 hat die Formatversion %2; diese Steward-Version liest Version %3</translation>
    </message>
    <message>
        <source>Profile %1 has an empty name</source>
        <translation>Profil %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>Profile %1, key vcf.removeFormat: GT cannot be removed (the genotypes are what the validation digest protects)</source>
        <translation>Profil %1, Schlüssel vcf.removeFormat: GT kann nicht entfernt werden (die Genotypen sind das, was die Validierungsprüfsumme schützt)</translation>
    </message>
    <message>
        <source>Profile %1, key samples.prefix must be up to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Profil %1, Schlüssel samples.prefix darf höchstens 16 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; enthalten</translation>
    </message>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation>Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON at offset %2: %3</source>
        <translation>Profil %1 ist an Position %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>Profile %1 must be a JSON object</source>
        <translation>Profil %1 muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (shipped: %2) and no such file</source>
        <translation>Kein Profil namens „%1“ (mitgeliefert: %2) und keine solche Datei</translation>
    </message>
    <message>
        <source>Profile %1, key vcf.headerOnlyCheck: &quot;%2&quot; is not &quot;decode&quot; or &quot;bytes&quot;</source>
        <translation>Profil %1, Schlüssel vcf.headerOnlyCheck: „%2“ ist weder &quot;decode&quot; noch &quot;bytes&quot;</translation>
    </message>
</context>
<context>
    <name>DeidReview</name>
    <message>
        <source>De-identification approved</source>
        <translation>De-Identifizierung freigegeben</translation>
    </message>
    <message>
        <source>De-identification rejected</source>
        <translation>De-Identifizierung abgelehnt</translation>
    </message>
    <message>
        <source>De-identification pending</source>
        <translation>De-Identifizierung ausstehend</translation>
    </message>
    <message>
        <source>No de-identification run yet: run a profile on the dataset first.</source>
        <translation>Noch kein De-Identifizierungslauf: zuerst ein Profil auf den Datensatz anwenden.</translation>
    </message>
    <message>
        <source>The newest de-identification run (%1) did not validate: %2</source>
        <translation>Der neueste De-Identifizierungslauf (%1) wurde nicht validiert: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in %3 (%4)</source>
        <translation>%1 „%2“ in %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s) remain unresolved after run %1, first: %2. Choose a stricter profile and run again.</source>
        <translation>
            <numerusform>%n Befund mit hohem Schweregrad bleibt nach Lauf %1 ungelöst, zuerst: %2. Ein strengeres Profil wählen und erneut ausführen.</numerusform>
            <numerusform>%n Befunde mit hohem Schweregrad bleiben nach Lauf %1 ungelöst, zuerst: %2. Ein strengeres Profil wählen und erneut ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation>Kein Prüfvorgang %1.</translation>
    </message>
    <message>
        <source>The de-identification of %1 for %2 is already %3.</source>
        <translation>Die De-Identifizierung von %1 für %2 ist bereits %3.</translation>
    </message>
    <message>
        <source>Rejecting the de-identification needs a comment saying why.</source>
        <translation>Das Ablehnen der De-Identifizierung braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>De-identification approval refused for %1: %2</source>
        <translation>Freigabe der De-Identifizierung für %1 verweigert: %2</translation>
    </message>
</context>
<context>
    <name>DeidRunner</name>
    <message>
        <source>No pseudonymisation key: the run needs the workstation&apos;s key.</source>
        <translation>Kein Pseudonymisierungsschlüssel: Der Lauf braucht den Schlüssel dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>Nothing to de-identify: no input files.</source>
        <translation>Nichts zu de-identifizieren: keine Eingabedateien.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Pseudonym collision: two samples would get the same pseudonym. Lengthen the profile&apos;s pseudonyms (samples.length).</source>
        <translation>Pseudonym-Kollision: Zwei Proben würden dasselbe Pseudonym erhalten. Die Pseudonyme des Profils verlängern (samples.length).</translation>
    </message>
    <message>
        <source>The output %1 would overwrite the input %2: choose another output folder.</source>
        <translation>Die Ausgabe %1 würde die Eingabe %2 überschreiben: einen anderen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <source>Two inputs would both be written to %1.</source>
        <translation>Zwei Eingaben würden beide nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>not a data file or sidecar (%1): left out; indexes are rebuilt</source>
        <translation>keine Daten- oder Begleitdatei (%1): weggelassen; Indizes werden neu erstellt</translation>
    </message>
    <message>
        <source>%1: the output&apos;s content digest or record count differs from the input&apos;s; it was not kept.</source>
        <translation>%1: Inhalts-Prüfsumme oder Anzahl der Einträge der Ausgabe weicht von der Eingabe ab; sie wurde nicht behalten.</translation>
    </message>
</context>
<context>
    <name>DelimitedTable</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a clinical table that large is not read.</source>
        <translation>%1 ist größer als %2 MB; eine so große klinische Tabelle wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is not a text table: it contains NUL bytes.</source>
        <translation>%1 ist keine Texttabelle: Sie enthält NUL-Bytes.</translation>
    </message>
    <message>
        <source>%1:%2: a PED row needs 6 columns (family, individual, father, mother, sex, phenotype); this one has %3.</source>
        <translation>%1:%2: Eine PED-Zeile braucht 6 Spalten (Familie, Person, Vater, Mutter, Geschlecht, Phänotyp); diese hat %3.</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field opened on this line is never closed.</source>
        <translation>%1:%2: Ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 is empty: a clinical table needs a header row.</source>
        <translation>%1 ist leer: Eine klinische Tabelle braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1:%2: this row has %3 fields where the header (line %4) has %5; look for a missing or extra delimiter, or quote fields that contain one.</source>
        <translation>%1:%2: Diese Zeile hat %3 Felder, die Kopfzeile (Zeile %4) aber %5; nach einem fehlenden oder überzähligen Trennzeichen suchen oder Felder, die eines enthalten, in Anführungszeichen setzen.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot move %1 into place as %2.</source>
        <translation>%1 kann nicht als %2 an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>Die Änderungszeit von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>Das Schreiben von %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot create a VCF header for %1.</source>
        <translation>Für %1 kann kein VCF-Header angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot build the VCF header for %1.</source>
        <translation>Der VCF-Header für %1 kann nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the header of %1.</source>
        <translation>Der Header von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot build record %1:%2 of %3.</source>
        <translation>Eintrag %1:%2 von %3 kann nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot annotate %1.</source>
        <translation>%1 kann nicht annotiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot index %1.</source>
        <translation>%1 kann nicht indiziert werden.</translation>
    </message>
    <message>
        <source>Cannot build the SAM header for %1.</source>
        <translation>Der SAM-Header für %1 kann nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>Cannot use the reference %1 for %2.</source>
        <translation>Die Referenz %1 kann nicht für %2 verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot generate the reads for %1.</source>
        <translation>Die Reads für %1 können nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot rewrite %1 as gzip.</source>
        <translation>%1 kann nicht als gzip neu geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot truncate %1.</source>
        <translation>%1 kann nicht gekürzt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Stopped while reading %1.</source>
        <translation>Beim Lesen von %1 angehalten.</translation>
    </message>
</context>
<context>
    <name>DiseaseHierarchy</name>
    <message>
        <source>%1 (%2)</source>
        <comment>disease id and its label</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DownloadSink</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>DuoReleaseImporter</name>
    <message>
        <source>permission</source>
        <translation>Erlaubnis</translation>
    </message>
    <message>
        <source>modifier</source>
        <translation>Modifikator</translation>
    </message>
    <message>
        <source>other term</source>
        <translation>anderer Begriff</translation>
    </message>
    <message>
        <source>%1: %2 (%3) has no code, so consent text cannot name it.</source>
        <translation>%1: %2 (%3) hat keinen Code und kann daher in Einwilligungstexten nicht genannt werden.</translation>
    </message>
    <message>
        <source>%1: the code %2 belongs to both %3 and %4; Steward uses %3.</source>
        <translation>%1: Der Code %2 gehört sowohl zu %3 als auch zu %4; Steward verwendet %3.</translation>
    </message>
    <message>
        <source>%1: no term is a permission or a modifier, so no consent can be written with this release.</source>
        <translation>%1: Kein Begriff ist eine Erlaubnis oder ein Modifikator; mit diesem Release lässt sich daher keine Einwilligung formulieren.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a DUO release: %2.</source>
        <translation>%1 kann nicht als DUO-Release importiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 contains no DUO terms: no OWL class has a DUO:nnnnnnn id. Choose the duo.owl or duo-basic.owl of a DUO release.</source>
        <translation>%1 enthält keine DUO-Begriffe: Keine OWL-Klasse hat eine ID der Form DUO:nnnnnnn. Die duo.owl oder duo-basic.owl eines DUO-Releases wählen.</translation>
    </message>
    <message>
        <source>%1 names no version (no owl:versionIRI or owl:versionInfo), so the release is called &quot;%2&quot; after its SHA-256.</source>
        <translation>%1 nennt keine Version (weder owl:versionIRI noch owl:versionInfo); das Release heißt daher nach seinem SHA-256 „%2“.</translation>
    </message>
    <message>
        <source>it is not XML</source>
        <translation>es ist kein XML</translation>
    </message>
    <message>
        <source>it is XML but not an RDF/XML ontology (the root element is &lt;%1&gt;)</source>
        <translation>es ist XML, aber keine RDF/XML-Ontologie (das Wurzelelement ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line %1: %2)</source>
        <translation>es ist kein wohlgeformtes XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>%1: %2 lies under both the permissions and the modifiers; it is imported as neither.</source>
        <translation>%1: %2 steht sowohl unter den Erlaubnissen als auch unter den Modifikatoren; es wird als keines von beiden importiert.</translation>
    </message>
    <message>
        <source>%1: %2 names its replacement as &quot;%3&quot;, which is not a DUO id; it is imported without one.</source>
        <translation>%1: %2 nennt als Ersatz „%3“, was keine DUO-ID ist; es wird ohne Ersatz importiert.</translation>
    </message>
    <message>
        <source>%1: %2 is replaced by %3; Steward records the first, %4.</source>
        <translation>%1: %2 wird durch %3 ersetzt; Steward erfasst den ersten, %4.</translation>
    </message>
    <message>
        <source>%1: the class %2 has the id %3; Steward goes by the id.</source>
        <translation>%1: Die Klasse %2 hat die ID %3; Steward richtet sich nach der ID.</translation>
    </message>
    <message>
        <source>%1: %2 is described by two classes, %3 and %4; Steward keeps the first.</source>
        <translation>%1: %2 wird durch zwei Klassen beschrieben, %3 und %4; Steward behält die erste.</translation>
    </message>
    <message>
        <source>%1 is empty: it is neither a DUO OWL file nor a DUO CSV.</source>
        <translation>%1 ist leer: Es ist weder eine DUO-OWL-Datei noch eine DUO-CSV.</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>sie hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DUO id (DUO:nnnnnnn)</source>
        <translation>„%1“ ist keine DUO-ID (DUO:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1 was already given on line %2</source>
        <translation>%1 wurde bereits in Zeile %2 angegeben</translation>
    </message>
    <message>
        <source>%1 contains no DUO terms: the CSV has a header but no rows.</source>
        <translation>%1 enthält keine DUO-Begriffe: Die CSV hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 names no version, so the release is called &quot;%2&quot; after its SHA-256. Import the release&apos;s duo.owl to record its date.</source>
        <translation>%1 nennt keine Version; das Release heißt daher nach seinem SHA-256 „%2“. Die duo.owl des Releases importieren, um sein Datum zu erfassen.</translation>
    </message>
    <message>
        <source>%1: line %2 of the CSV is malformed: %3.</source>
        <translation>%1: Zeile %2 der CSV ist fehlerhaft: %3.</translation>
    </message>
    <message>
        <source>%1 is neither RDF/XML nor a DUO CSV: line %2 has no id column (a DUO CSV starts with id,shorthand,label,description).</source>
        <translation>%1 ist weder RDF/XML noch eine DUO-CSV: Zeile %2 hat keine Spalte id (eine DUO-CSV beginnt mit id,shorthand,label,description).</translation>
    </message>
    <message>
        <source>%1: the CSV header on line %2 has no %3 column.</source>
        <translation>%1: Die CSV-Kopfzeile in Zeile %2 hat keine Spalte %3.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>nach dem schließenden Anführungszeichen eines Felds folgt Text</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a duo.owl or duo.csv file.</source>
        <translation>%1 ist ein Ordner; eine duo.owl- oder duo.csv-Datei wählen.</translation>
    </message>
    <message>
        <source>%1 is too large for a DUO release (%2 MiB; a release is well under 1 MiB).</source>
        <translation>%1 ist zu groß für ein DUO-Release (%2 MiB; ein Release ist deutlich kleiner als 1 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not XML: a DUO .owl release is RDF/XML and starts with &quot;&lt;&quot;.</source>
        <translation>%1 ist kein XML: Ein DUO-Release im .owl-Format ist RDF/XML und beginnt mit „&lt;“.</translation>
    </message>
    <message>
        <source>Could not store DUO release %1 from %2: %3</source>
        <translation>DUO-Release %1 aus %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>it has no terms.</source>
        <translation>es enthält keine Begriffe.</translation>
    </message>
    <message>
        <source>the catalog cannot start a transaction (%1).</source>
        <translation>der Katalog kann keine Transaktion beginnen (%1).</translation>
    </message>
    <message>
        <source>New %1 %2: %3.</source>
        <translation>Neu: %1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not in this release.</source>
        <translation>%1 ist in diesem Release nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 is obsolete in this release.</source>
        <translation>%1 ist in diesem Release veraltet.</translation>
    </message>
    <message>
        <source>%1 is obsolete in this release; it is replaced by %2.</source>
        <translation>%1 ist in diesem Release veraltet und wird durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>%1 is no longer obsolete.</source>
        <translation>%1 ist nicht mehr veraltet.</translation>
    </message>
    <message>
        <source>%1 gets the code %2.</source>
        <translation>%1 erhält den Code %2.</translation>
    </message>
    <message>
        <source>%1 loses its code %2.</source>
        <translation>%1 verliert seinen Code %2.</translation>
    </message>
    <message>
        <source>%1 changes its code from %2 to %3.</source>
        <translation>%1 ändert seinen Code von %2 in %3.</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3.</source>
        <translation>%1 wechselt von %2 zu %3.</translation>
    </message>
    <message>
        <source>%1 is relabelled from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Die Bezeichnung von %1 ändert sich von „%2“ in „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) (is|are) not in Steward&apos;s built-in table, and a CSV does not say which terms are permissions or modifiers; they are imported as neither. Import duo.owl to use them.</source>
        <translation>
            <numerusform>%1: %n Begriff ist nicht in der integrierten Tabelle von Steward enthalten, und eine CSV gibt nicht an, welche Begriffe Erlaubnisse oder Modifikatoren sind; er wird als keines von beiden importiert. Die duo.owl importieren, um ihn zu verwenden.</numerusform>
            <numerusform>%1: %n Begriffe sind nicht in der integrierten Tabelle von Steward enthalten, und eine CSV gibt nicht an, welche Begriffe Erlaubnisse oder Modifikatoren sind; sie werden als keines von beiden importiert. Die duo.owl importieren, um sie zu verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuoTermTable</name>
    <message>
        <source>Unrestricted use</source>
        <translation>Uneingeschränkte Nutzung</translation>
    </message>
    <message>
        <source>Any research purpose</source>
        <translation>Jeder Forschungszweck</translation>
    </message>
    <message>
        <source>Medical and health research</source>
        <translation>Medizinische und Gesundheitsforschung</translation>
    </message>
    <message>
        <source>Research on the named diseases</source>
        <translation>Forschung zu den genannten Krankheiten</translation>
    </message>
    <message>
        <source>Ancestry studies only</source>
        <translation>Nur Abstammungsstudien</translation>
    </message>
    <message>
        <source>Named research types only</source>
        <translation>Nur genannte Forschungsarten</translation>
    </message>
    <message>
        <source>Methods development not allowed</source>
        <translation>Keine Methodenentwicklung</translation>
    </message>
    <message>
        <source>Only studies involving genotypes</source>
        <translation>Nur Studien mit Genotypen</translation>
    </message>
    <message>
        <source>Non-profit bodies and non-commercial purposes only</source>
        <translation>Nur gemeinnützige Einrichtungen und nicht kommerzielle Zwecke</translation>
    </message>
    <message>
        <source>Users at non-profit organisations only</source>
        <translation>Nur Nutzer gemeinnütziger Organisationen</translation>
    </message>
    <message>
        <source>No commercial purposes</source>
        <translation>Keine kommerziellen Zwecke</translation>
    </message>
    <message>
        <source>Results must be published</source>
        <translation>Ergebnisse müssen veröffentlicht werden</translation>
    </message>
    <message>
        <source>Must collaborate with the study team</source>
        <translation>Zusammenarbeit mit dem Studienteam erforderlich</translation>
    </message>
    <message>
        <source>Ethics committee approval needed</source>
        <translation>Ethikvotum erforderlich</translation>
    </message>
    <message>
        <source>Named regions only</source>
        <translation>Nur genannte Regionen</translation>
    </message>
    <message>
        <source>No publication before a set date</source>
        <translation>Keine Veröffentlichung vor einem festgelegten Datum</translation>
    </message>
    <message>
        <source>Use ends after a set time</source>
        <translation>Nutzung endet nach einer festgelegten Zeit</translation>
    </message>
    <message>
        <source>Approved users only</source>
        <translation>Nur zugelassene Nutzer</translation>
    </message>
    <message>
        <source>Approved project only</source>
        <translation>Nur genehmigtes Projekt</translation>
    </message>
    <message>
        <source>Approved institution only</source>
        <translation>Nur genehmigte Einrichtung</translation>
    </message>
    <message>
        <source>Derived data goes back to the source</source>
        <translation>Abgeleitete Daten gehen an die Quelle zurück</translation>
    </message>
    <message>
        <source>Clinical care allowed</source>
        <translation>Klinische Versorgung erlaubt</translation>
    </message>
    <message>
        <source>No ancestry research</source>
        <translation>Keine Abstammungsforschung</translation>
    </message>
    <message>
        <source>Primary consent category (obsolete)</source>
        <translation>Primäre Einwilligungskategorie (veraltet)</translation>
    </message>
    <message>
        <source>Secondary consent category (obsolete)</source>
        <translation>Sekundäre Einwilligungskategorie (veraltet)</translation>
    </message>
    <message>
        <source>General research and clinical care (obsolete)</source>
        <translation>Allgemeine Forschung und klinische Versorgung (veraltet)</translation>
    </message>
    <message>
        <source>Research only, no clinical care (obsolete)</source>
        <translation>Nur Forschung, keine klinische Versorgung (veraltet)</translation>
    </message>
    <message>
        <source>DUO 2021-02-23 (built in)</source>
        <translation>DUO 2021-02-23 (eingebaut)</translation>
    </message>
    <message>
        <source>DUO %1 (imported from %2)</source>
        <translation>DUO %1 (importiert aus %2)</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Uncompressed text cannot be indexed; region queries need the file compressed with bgzip and indexed (tabix, samtools index).</source>
        <translation>Unkomprimierter Text kann nicht indiziert werden; Regionsabfragen erfordern eine mit bgzip komprimierte und indizierte Datei (tabix, samtools index).</translation>
    </message>
    <message>
        <source>Compressed with plain gzip, not BGZF: it reads front to back but cannot be indexed. Recompress it with bgzip to allow region queries.</source>
        <translation>Mit einfachem gzip statt BGZF komprimiert: Die Datei lässt sich nur von vorn nach hinten lesen, aber nicht indizieren. Für Regionsabfragen mit bgzip neu komprimieren.</translation>
    </message>
    <message>
        <source>A .bai index lies next to this CRAM, but CRAM files need a .crai index (samtools index makes one).</source>
        <translation>Neben dieser CRAM-Datei liegt ein .bai-Index, CRAM-Dateien benötigen aber einen .crai-Index (samtools index erstellt ihn).</translation>
    </message>
    <message>
        <source>No index found next to the file; region queries need one (%1 makes it).</source>
        <translation>Neben der Datei wurde kein Index gefunden; Regionsabfragen benötigen einen (%1 erstellt ihn).</translation>
    </message>
    <message>
        <source>The index %1 is older than the data file; it may not match. Rebuild it.</source>
        <translation>Der Index %1 ist älter als die Datendatei und passt möglicherweise nicht dazu. Den Index neu erstellen.</translation>
    </message>
    <message>
        <source>The index %1 cannot be read; rebuild it.</source>
        <translation>Der Index %1 kann nicht gelesen werden; den Index neu erstellen.</translation>
    </message>
    <message>
        <source>Named as a %1 file, but it is empty.</source>
        <translation>Als %1-Datei benannt, aber leer.</translation>
    </message>
    <message>
        <source>Named as a VCF, but after decompression it does not start with a ##fileformat=VCF line; htslib cannot read it.</source>
        <translation>Als VCF benannt, beginnt nach der Dekomprimierung aber nicht mit einer Zeile ##fileformat=VCF; htslib kann die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>Named as a VCF, but the first line is not ##fileformat=VCFv4.x; htslib cannot read it. Add the header line or fix the file.</source>
        <translation>Als VCF benannt, aber die erste Zeile ist nicht ##fileformat=VCFv4.x; htslib kann die Datei nicht lesen. Die Headerzeile ergänzen oder die Datei korrigieren.</translation>
    </message>
    <message>
        <source>Named as a VCF, but it has Windows (CRLF) line endings; convert them to LF.</source>
        <translation>Als VCF benannt, hat aber Windows-Zeilenenden (CRLF); diese in LF umwandeln.</translation>
    </message>
    <message>
        <source>Named as a %1 file, but its content is not recognised as one; htslib cannot read it.</source>
        <translation>Als %1-Datei benannt, aber der Inhalt wird nicht als solche erkannt; htslib kann die Datei nicht lesen.</translation>
    </message>
</context>
<context>
    <name>FileRangeReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter (%2 bytes) than Steward expected (at least %3 bytes): did it change since it was added?</source>
        <translation>%1 ist kürzer (%2 Bytes), als Steward erwartet hat (mindestens %3 Bytes): Wurde die Datei seit dem Hinzufügen geändert?</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Lesen von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent; add it again.</source>
        <translation>%1 wurde während des Sendens kürzer; die Datei erneut hinzufügen.</translation>
    </message>
</context>
<context>
    <name>FilterExpression</name>
    <message>
        <source>Filters use bcftools&apos; expression language, as in bcftools view -i:
  QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot;     INFO/AF&lt;0.01     TYPE=&quot;snp&quot;
  GT=&quot;het&quot;   (also hom, hap, ref, alt, mis)     FMT/DP&gt;=10
  INFO/CLNSIG~&quot;athogenic&quot;     CSQ/IMPACT=&quot;HIGH&quot;     ANN/Gene_Name=&quot;BRCA2&quot;
Comparisons: = != &lt; &lt;= &gt; &gt;= on numbers; = != ~ !~ (regular expression, add /i to ignore case) on text. Put text in double quotes; &quot;.&quot; is a missing value (INFO/DP=&quot;.&quot; keeps records without a depth).
A field with several values passes when any value passes; so does a per-sample field when any sample passes.
Per-sample tests: FMT/DP&gt;10 &amp; GT=&quot;het&quot; needs one sample with both; FMT/DP&gt;10 &amp;&amp; GT=&quot;het&quot; lets each hold in a different sample. The same goes for annotation sub-fields and transcripts. | and || keep the same records.
Combine with &amp;&amp; (and), || (or), parentheses, and ! (not) before a test.</source>
        <translation>Filter verwenden die Ausdruckssprache von bcftools, wie bei bcftools view -i:
  QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot;     INFO/AF&lt;0.01     TYPE=&quot;snp&quot;
  GT=&quot;het&quot;   (auch hom, hap, ref, alt, mis)     FMT/DP&gt;=10
  INFO/CLNSIG~&quot;athogenic&quot;     CSQ/IMPACT=&quot;HIGH&quot;     ANN/Gene_Name=&quot;BRCA2&quot;
Vergleiche: = != &lt; &lt;= &gt; &gt;= für Zahlen; = != ~ !~ (regulärer Ausdruck; /i anhängen, um Groß- und Kleinschreibung zu ignorieren) für Text. Text in doppelte Anführungszeichen setzen; &quot;.&quot; ist ein fehlender Wert (INFO/DP=&quot;.&quot; behält Einträge ohne Tiefenangabe).
Ein Feld mit mehreren Werten trifft zu, wenn irgendein Wert zutrifft; ebenso ein Feld pro Probe, wenn es für irgendeine Probe zutrifft.
Tests pro Probe: FMT/DP&gt;10 &amp; GT=&quot;het&quot; verlangt eine Probe, die beides erfüllt; bei FMT/DP&gt;10 &amp;&amp; GT=&quot;het&quot; darf jeder Test in einer anderen Probe zutreffen. Dasselbe gilt für Unterfelder von Annotationen und für Transkripte. | und || behalten dieselben Einträge.
Kombinieren mit &amp;&amp; (und), || (oder), Klammern und ! (nicht) vor einem Test.</translation>
    </message>
</context>
<context>
    <name>FilterLexer</name>
    <message>
        <source>The text starting at position %1 has no closing %2.</source>
        <translation>Der Text ab Position %1 hat kein schließendes %2.</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>No VCF header to check the filter against.</source>
        <translation>Kein VCF-Header vorhanden, gegen den der Filter geprüft werden kann.</translation>
    </message>
    <message>
        <source>The filter is empty.</source>
        <translation>Der Filter ist leer.</translation>
    </message>
    <message>
        <source>Unexpected &apos;)&apos; at position %1: it closes no &apos;(&apos;.</source>
        <translation>Unerwartetes „)“ an Position %1: Es schließt kein „(“.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; at position %2: comparisons cannot be chained; join two comparisons with &amp;&amp; or &amp;.</source>
        <translation>Unerwartetes „%1“ an Position %2: Vergleiche lassen sich nicht verketten; zwei Vergleiche mit &amp;&amp; oder &amp; verbinden.</translation>
    </message>
    <message>
        <source>Arithmetic (&apos;%1&apos; at position %2) is not supported in filters.</source>
        <translation>Arithmetik („%1“ an Position %2) wird in Filtern nicht unterstützt.</translation>
    </message>
    <message>
        <source>Expected &amp;&amp;, ||, &amp; or | before &apos;%1&apos; at position %2.</source>
        <translation>Vor „%1“ an Position %2 wird &amp;&amp;, ||, &amp; oder | erwartet.</translation>
    </message>
    <message>
        <source>&apos;&amp;&amp;&apos; joins two per-sample tests: each may hold in a different sample. Use &apos;&amp;&apos; to require both in the same sample.</source>
        <translation>„&amp;&amp;“ verbindet zwei Tests pro Probe: Jeder darf in einer anderen Probe zutreffen. Mit „&amp;“ müssen beide in derselben Probe zutreffen.</translation>
    </message>
    <message>
        <source>&apos;&amp;&amp;&apos; joins two tests on annotation sub-fields: each may hold in a different transcript entry. Use &apos;&amp;&apos; to require both in the same entry.</source>
        <translation>„&amp;&amp;“ verbindet zwei Tests auf Unterfeldern von Annotationen: Jeder darf in einem anderen Transkript-Eintrag zutreffen. Mit „&amp;“ müssen beide im selben Eintrag zutreffen.</translation>
    </message>
    <message>
        <source>Empty parentheses at position %1.</source>
        <translation>Leere Klammern an Position %1.</translation>
    </message>
    <message>
        <source>The &apos;(&apos; at position %1 is not closed: a &apos;)&apos; is missing.</source>
        <translation>Das „(“ an Position %1 wird nicht geschlossen: Ein „)“ fehlt.</translation>
    </message>
    <message>
        <source>A parenthesised test cannot be compared (&apos;%1&apos; at position %2).</source>
        <translation>Ein geklammerter Test kann nicht verglichen werden („%1“ an Position %2).</translation>
    </message>
    <message>
        <source>Expected a field or a value at position %1, found &apos;%2&apos;.</source>
        <translation>An Position %1 wird ein Feld oder ein Wert erwartet, gefunden: „%2“.</translation>
    </message>
    <message>
        <source>Expected a value after &apos;%1&apos; at position %2.</source>
        <translation>Nach „%1“ an Position %2 wird ein Wert erwartet.</translation>
    </message>
    <message>
        <source>Expected a value after &apos;%1&apos; at position %2, found &apos;%3&apos;.</source>
        <translation>Nach „%1“ an Position %2 wird ein Wert erwartet, gefunden: „%3“.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1=&apos;?</source>
        <translation>War „%1=“ gemeint?</translation>
    </message>
    <message>
        <source>A tag name is missing after &apos;%1&apos; at position %2.</source>
        <translation>Nach „%1“ an Position %2 fehlt ein Tag-Name.</translation>
    </message>
    <message>
        <source>Subscripts such as &apos;%1&apos; (position %2) are not supported: compare the whole field, where any value may match.</source>
        <translation>Indizes wie „%1“ (Position %2) werden nicht unterstützt: das ganze Feld vergleichen, bei dem jeder Wert zutreffen kann.</translation>
    </message>
    <message>
        <source>FORMAT tags have no sub-fields: &apos;%1&apos; at position %2.</source>
        <translation>FORMAT-Tags haben keine Unterfelder: „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is both an INFO and a FORMAT tag: write INFO/%1 or FMT/%1.</source>
        <translation>„%1“ an Position %2 ist sowohl ein INFO- als auch ein FORMAT-Tag: INFO/%1 oder FMT/%1 schreiben.</translation>
    </message>
    <message>
        <source>The header defines no INFO tag &apos;%1&apos; (position %2), only a FORMAT tag: write FMT/%1.</source>
        <translation>Der Header definiert kein INFO-Tag „%1“ (Position %2), nur ein FORMAT-Tag: FMT/%1 schreiben.</translation>
    </message>
    <message>
        <source>The header defines no FORMAT tag &apos;%1&apos; (position %2), only an INFO tag: write INFO/%1.</source>
        <translation>Der Header definiert kein FORMAT-Tag „%1“ (Position %2), nur ein INFO-Tag: INFO/%1 schreiben.</translation>
    </message>
    <message>
        <source>The header defines no INFO tag &apos;%1&apos; (position %2); bcftools would compute it from the genotypes, Steward filters do not.</source>
        <translation>Der Header definiert kein INFO-Tag „%1“ (Position %2); bcftools würde es aus den Genotypen berechnen, Steward-Filter tun das nicht.</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos; at position %2: the header defines no such INFO or FORMAT tag. To compare with the text %1, put it in quotes: &quot;%1&quot;.</source>
        <translation>Unbekanntes Tag „%1“ an Position %2: Der Header definiert kein solches INFO- oder FORMAT-Tag. Um mit dem Text %1 zu vergleichen, ihn in Anführungszeichen setzen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos; in &apos;%2&apos; at position %3: the header defines no such INFO tag.</source>
        <translation>Unbekanntes Tag „%1“ in „%2“ an Position %3: Der Header definiert kein solches INFO-Tag.</translation>
    </message>
    <message>
        <source>INFO/%1 has no sub-fields (&apos;%2&apos; at position %3): its header description does not list them as in &quot;Format: Allele|Consequence|...&quot;.</source>
        <translation>INFO/%1 hat keine Unterfelder („%2“ an Position %3): Die Beschreibung im Header listet sie nicht wie in „Format: Allele|Consequence|...“ auf.</translation>
    </message>
    <message>
        <source>INFO/%1 has no sub-field &apos;%2&apos; (position %3). Its sub-fields are: %4.</source>
        <translation>INFO/%1 hat kein Unterfeld „%2“ (Position %3). Seine Unterfelder sind: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is a value with no field to compare it with.</source>
        <translation>„%1“ an Position %2 ist ein Wert ohne Feld, mit dem er verglichen werden kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 needs a comparison, for example %3 (only Flag tags stand alone).</source>
        <translation>„%1“ an Position %2 braucht einen Vergleich, zum Beispiel %3 (nur Flag-Tags stehen allein).</translation>
    </message>
    <message>
        <source>&apos;%1 %2 %3&apos; at position %4 compares two constants; one side must be a field such as QUAL or INFO/DP.</source>
        <translation>„%1 %2 %3“ an Position %4 vergleicht zwei Konstanten; eine Seite muss ein Feld wie QUAL oder INFO/DP sein.</translation>
    </message>
    <message>
        <source>The regular expression must follow &apos;%1&apos;: write %2 %1 &quot;...&quot; (position %3).</source>
        <translation>Der reguläre Ausdruck muss nach „%1“ stehen: %2 %1 &quot;...&quot; schreiben (Position %3).</translation>
    </message>
    <message>
        <source>Compare %1 with a quoted value, not with %2 (position %3).</source>
        <translation>%1 mit einem Wert in Anführungszeichen vergleichen, nicht mit %2 (Position %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches text, but %2 holds numbers (position %3).</source>
        <translation>„%1“ vergleicht Text, aber %2 enthält Zahlen (Position %3).</translation>
    </message>
    <message>
        <source>%1 is a flag: write %1 alone, !%1, %1=1 or %1=0 (position %2).</source>
        <translation>%1 ist ein Flag: %1 allein, !%1, %1=1 oder %1=0 schreiben (Position %2).</translation>
    </message>
    <message>
        <source>%1 holds numbers: compare it with a number without quotes, or with &quot;.&quot; for a missing value (position %2).</source>
        <translation>%1 enthält Zahlen: mit einer Zahl ohne Anführungszeichen vergleichen oder mit &quot;.&quot; für einen fehlenden Wert (Position %2).</translation>
    </message>
    <message>
        <source>Cannot compare the numbers of %1 with the text of %2 (position %3).</source>
        <translation>Die Zahlen von %1 können nicht mit dem Text von %2 verglichen werden (Position %3).</translation>
    </message>
    <message>
        <source>%1 holds text: use =, !=, ~ or !~, not &apos;%2&apos; (position %3).</source>
        <translation>%1 enthält Text: =, !=, ~ oder !~ verwenden, nicht „%2“ (Position %3).</translation>
    </message>
    <message>
        <source>Cannot read the regular expression %1 at position %2: %3.</source>
        <translation>Der reguläre Ausdruck %1 an Position %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 holds text: put the value in quotes, as in %1=&quot;%2&quot; (position %3).</source>
        <translation>%1 enthält Text: den Wert in Anführungszeichen setzen, wie in %1=&quot;%2&quot; (Position %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a quoted regular expression after it, not %2 (position %3).</source>
        <translation>Nach „%1“ muss ein regulärer Ausdruck in Anführungszeichen folgen, nicht %2 (Position %3).</translation>
    </message>
    <message>
        <source>Cannot compare the text of %1 with %2 (position %3).</source>
        <translation>Der Text von %1 kann nicht mit %2 verglichen werden (Position %3).</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2 sample by sample (position %3).</source>
        <translation>%1 kann nicht Probe für Probe mit %2 verglichen werden (Position %3).</translation>
    </message>
    <message>
        <source>Compare %1 with a quoted value, as in %1=&quot;%2&quot; (position %3).</source>
        <translation>%1 mit einem Wert in Anführungszeichen vergleichen, wie in %1=&quot;%2&quot; (Position %3).</translation>
    </message>
    <message>
        <source>%1 can be tested with =, !=, ~ or !~, not &apos;%2&apos; (position %3).</source>
        <translation>%1 lässt sich mit =, !=, ~ oder !~ prüfen, nicht mit „%2“ (Position %3).</translation>
    </message>
    <message>
        <source>The header defines no filter &quot;%1&quot; (position %2). It defines: %3.</source>
        <translation>Der Header definiert keinen Filter „%1“ (Position %2). Definiert sind: %3.</translation>
    </message>
    <message>
        <source>FILTER cannot be &quot;.&quot; (no filter) and name filters at once (position %1).</source>
        <translation>FILTER kann nicht gleichzeitig &quot;.&quot; (kein Filter) sein und Filter benennen (Position %1).</translation>
    </message>
    <message>
        <source>Unknown variant type &quot;%1&quot; at position %2; TYPE is one of snp, indel, mnp, ref, other, bnd, overlap.</source>
        <translation>Unbekannter Variantentyp „%1“ an Position %2; TYPE ist einer von snp, indel, mnp, ref, other, bnd, overlap.</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the drive mounted?).</source>
        <translation>Der Ordner %1 existiert nicht (ist das Laufwerk eingebunden?).</translation>
    </message>
    <message>
        <source>Steward cannot write in %1: %2</source>
        <translation>Steward kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Writable; %1 free.</source>
        <translation>Beschreibbar; %1 frei.</translation>
    </message>
    <message>
        <source>Creating the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Copy to %1 stopped.</source>
        <translation>Kopieren nach %1 angehalten.</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent.</source>
        <translation>%1 wurde während des Sendens kürzer.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Flushing</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Renaming into place</source>
        <translation>Umbenennen an den Zielort</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MultiDigest</name>
    <message>
        <source>Cannot compute %1 checksums of %2: OpenSSL does not offer this algorithm.</source>
        <translation>%1-Prüfsummen von %2 können nicht berechnet werden: OpenSSL bietet diesen Algorithmus nicht an.</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the %1 checksum of %2.</source>
        <translation>OpenSSL konnte die %1-Prüfsumme von %2 nicht berechnen.</translation>
    </message>
    <message>
        <source>data in memory</source>
        <translation>Daten im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Stopped while reading %1.</source>
        <translation>Beim Lesen von %1 angehalten.</translation>
    </message>
</context>
<context>
    <name>PhiDetectors</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Pseudonymisieren</translation>
    </message>
    <message>
        <source>Remove the name</source>
        <translation>Den Namen entfernen</translation>
    </message>
    <message>
        <source>Remove or pseudonymise the number</source>
        <translation>Die Nummer entfernen oder pseudonymisieren</translation>
    </message>
    <message>
        <source>Replace by year</source>
        <translation>Durch das Jahr ersetzen</translation>
    </message>
    <message>
        <source>Replace by 90+</source>
        <translation>Durch 90+ ersetzen</translation>
    </message>
    <message>
        <source>Remove the address</source>
        <translation>Die Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation>Die Nummer entfernen</translation>
    </message>
    <message>
        <source>Remove the URL</source>
        <translation>Die URL entfernen</translation>
    </message>
    <message>
        <source>Keep the file name only</source>
        <translation>Nur den Dateinamen behalten</translation>
    </message>
    <message>
        <source>Remove the host name</source>
        <translation>Den Hostnamen entfernen</translation>
    </message>
    <message>
        <source>Keep the first three digits</source>
        <translation>Die ersten drei Ziffern behalten</translation>
    </message>
    <message>
        <source>Replace read names and drop run identifiers</source>
        <translation>Read-Namen ersetzen und Lauf-Kennungen entfernen</translation>
    </message>
    <message>
        <source>Drop or rewrite the text</source>
        <translation>Den Text entfernen oder umschreiben</translation>
    </message>
    <message>
        <source>Drop or rewrite the line</source>
        <translation>Die Zeile entfernen oder umschreiben</translation>
    </message>
</context>
<context>
    <name>PhiFinding</name>
    <message>
        <source>record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Sample identifier</source>
        <translation>Probenkennung</translation>
    </message>
    <message>
        <source>Person name</source>
        <translation>Personenname</translation>
    </message>
    <message>
        <source>Record or account number</source>
        <translation>Akten- oder Kontonummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Age over 89</source>
        <translation>Alter über 89</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Path in a user folder</source>
        <translation>Pfad in einem Benutzerordner</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Instrument or flowcell identifier</source>
        <translation>Geräte- oder Flowcell-Kennung</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Tool provenance</source>
        <translation>Herkunft aus Werkzeugen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>PhiScanner</name>
    <message>
        <source>Pseudonymise (looks like a record number or a name)</source>
        <translation>Pseudonymisieren (sieht wie eine Akten-Nummer oder ein Name aus)</translation>
    </message>
    <message>
        <source>#CHROM sample column %1</source>
        <translation>#CHROM-Probenspalte %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a readable file of this format</source>
        <translation>keine lesbare Datei dieses Formats</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled.</source>
        <translation>Der Scan von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>Der VCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the alignment header of %1.</source>
        <translation>Der Alignment-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Reads not scanned: they cannot be decoded</source>
        <translation>Reads nicht gescannt: Sie können nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Make the reference available and scan again</source>
        <translation>Die Referenz verfügbar machen und erneut scannen</translation>
    </message>
    <message>
        <source>read name</source>
        <translation>Read-Name</translation>
    </message>
    <message>
        <source>%1 tag</source>
        <translation>%1-Tag</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; sidecars that large are not scanned.</source>
        <translation>%1 ist größer als %2 MB; so große Begleitdateien werden nicht gescannt.</translation>
    </message>
    <message>
        <source>Cannot read %1: invalid JSON at byte %2 (%3).</source>
        <translation>%1 kann nicht gelesen werden: ungültiges JSON bei Byte %2 (%3).</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>father</source>
        <translation>Vater</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>Mutter</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>Cannot read %1: the quoted field opened on line %2 is never closed.</source>
        <translation>%1 kann nicht gelesen werden: Das in Zeile %2 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>PseudonymStore</name>
    <message>
        <source>The pseudonymisation key in %1 is damaged (expected 32 bytes).</source>
        <translation>Der Pseudonymisierungsschlüssel in %1 ist beschädigt (erwartet: 32 Byte).</translation>
    </message>
    <message>
        <source>Cannot read the pseudonymisation key from %1: %2</source>
        <translation>Der Pseudonymisierungsschlüssel kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot store a new pseudonymisation key in %1: %2</source>
        <translation>Ein neuer Pseudonymisierungsschlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Pseudonym collision: %1 and %2 would both become %3. Lengthen the profile&apos;s pseudonyms (samples.length) and run again.</source>
        <translation>Pseudonym-Kollision: %1 und %2 würden beide zu %3. Die Pseudonyme des Profils verlängern (samples.length) und erneut ausführen.</translation>
    </message>
    <message>
        <source>Pseudonym collision: %1 would become %2, which already stands for another %3 on this workstation. Lengthen the profile&apos;s pseudonyms (samples.length) and run again.</source>
        <translation>Pseudonym-Kollision: %1 würde zu %2, das auf diesem Arbeitsplatz bereits für eine andere Kennung (%3) steht. Die Pseudonyme des Profils verlängern (samples.length) und erneut ausführen.</translation>
    </message>
    <message>
        <source>Encrypting the pseudonym mapping failed (OpenSSL).</source>
        <translation>Das Verschlüsseln der Pseudonymzuordnung ist fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message>
        <source>The mapping of %1 does not decrypt with this workstation&apos;s key: the catalog was made with another key or was changed.</source>
        <translation>Die Zuordnung von %1 lässt sich mit dem Schlüssel dieses Arbeitsplatzes nicht entschlüsseln: Der Katalog wurde mit einem anderen Schlüssel erstellt oder verändert.</translation>
    </message>
    <message>
        <source>The export passphrase must have at least 8 characters.</source>
        <translation>Die Export-Passphrase muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Steward pseudonym export.</source>
        <translation>%1 ist kein Pseudonym-Export von Steward.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoteResult</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent: it was changed on disk. Check the file and send it again.</source>
        <translation>%1 wurde während des Sendens kürzer: Die Datei wurde auf dem Datenträger geändert. Die Datei prüfen und erneut senden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Steward retries when the network is back.</source>
        <translation>%1: Der Server ist nicht erreichbar (%2). Steward versucht es erneut, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: angehalten.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s identity could not be verified (%2). Check the host key or certificate before trusting it.</source>
        <translation>%1: Die Identität des Servers konnte nicht überprüft werden (%2). Den Hostschlüssel oder das Zertifikat prüfen, bevor dem Server vertraut wird.</translation>
    </message>
</context>
<context>
    <name>RepositoryStore</name>
    <message>
        <source>A repository needs a name.</source>
        <translation>Ein Repositorium braucht einen Namen.</translation>
    </message>
    <message>
        <source>Local outbox</source>
        <translation>Lokaler Ausgang</translation>
    </message>
    <message>
        <source>Cannot read the repositories: %1</source>
        <translation>Die Repositorien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the local outbox folder %1.</source>
        <translation>Der lokale Ausgangsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Repository %1: %2 holds no PEM certificate (give the certificate authority&apos;s certificate, -----BEGIN CERTIFICATE-----)</source>
        <translation>Repository %1: %2 enthält kein PEM-Zertifikat (geben Sie das Zertifikat der Zertifizierungsstelle an, -----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Zu überarbeiten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Prüfung beginnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Überarbeitung anfordern</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Files changed after the decision: %1.</source>
        <translation>Dateien nach der Entscheidung geändert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent changed after the decision for: %1.</source>
        <translation>Einwilligung nach der Entscheidung geändert für: %1.</translation>
    </message>
    <message>
        <source>The destination&apos;s declared data use changed after the decision.</source>
        <translation>Die erklärte Datennutzung des Ziels hat sich nach der Entscheidung geändert.</translation>
    </message>
    <message>
        <source>What the decision rested on changed.</source>
        <translation>Die Grundlage der Entscheidung hat sich geändert.</translation>
    </message>
    <message>
        <source>The destination of this review no longer exists.</source>
        <translation>Das Ziel dieser Prüfung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The declared data use of %1 cannot be read: %2</source>
        <translation>Die erklärte Datennutzung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation>Kein Prüfvorgang %1.</translation>
    </message>
    <message>
        <source>%1 is not possible for %2 at %3: the review is %4.</source>
        <translation>„%1“ ist für %2 bei %3 nicht möglich: Die Prüfung hat den Status „%4“.</translation>
    </message>
    <message>
        <source>%1 needs a comment saying why.</source>
        <translation>„%1“ braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>Approval refused: the consent matcher denies %1 for %2 (%3). %4</source>
        <translation>Freigabe verweigert: Der Einwilligungsabgleich lehnt %1 für %2 ab (%3). %4</translation>
    </message>
    <message>
        <source>The consent match needs review: approving %1 for %2 needs a comment that records why the use is allowed.</source>
        <translation>Der Einwilligungsabgleich erfordert eine Prüfung: Die Freigabe von %1 für %2 braucht einen Kommentar, der festhält, warum die Nutzung erlaubt ist.</translation>
    </message>
    <message>
        <source>Approval refused for %1 at %2: %3</source>
        <translation>Freigabe für %1 bei %2 verweigert: %3</translation>
    </message>
</context>
<context>
    <name>RiskReport</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a generalisation Steward knows: use %2:band or %2:bandN (ages in bands of N years), %2:N (keep N leading characters, for ZIP codes) or %2:year (dates).</source>
        <translation>„%1“ ist keine Generalisierung, die Steward kennt: %2:band oder %2:bandN (Alter in Gruppen zu N Jahren), %2:N (die ersten N Zeichen behalten, für Postleitzahlen) oder %2:year (Datumsangaben) verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the number must be 1 or more.</source>
        <translation>„%1“: Die Zahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1 is not a table the risk report reads (.csv, .tsv or .ped).</source>
        <translation>%1 ist keine Tabelle, die der Risikobericht liest (.csv, .tsv oder .ped).</translation>
    </message>
    <message>
        <source>k must be 1 or more (it is %1).</source>
        <translation>k muss mindestens 1 sein (es ist %1).</translation>
    </message>
    <message>
        <source>Name at least one quasi-identifier column of %1.</source>
        <translation>Mindestens eine Quasi-Identifikator-Spalte von %1 angeben.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are: %3.</source>
        <translation>%1 hat keine Spalte „%2“; seine Spalten sind: %3.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the sensitive attribute); its columns are: %3.</source>
        <translation>%1 hat keine Spalte „%2“ (das sensible Attribut); seine Spalten sind: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both a quasi-identifier and the sensitive attribute.</source>
        <translation>„%1“ kann nicht zugleich Quasi-Identifikator und sensibles Attribut sein.</translation>
    </message>
</context>
<context>
    <name>RoCrate</name>
    <message numerus="yes">
        <source>Crypt4GH-encrypted for %n recipient(s).</source>
        <translation>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), de-identified with profile %1.</source>
        <translation>
            <numerusform>%n Probe, de-identifiziert mit Profil %1.</numerusform>
            <numerusform>%n Proben, de-identifiziert mit Profil %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification profile %1</source>
        <translation>De-Identifizierungsprofil %1</translation>
    </message>
    <message>
        <source>Original file (not shared)</source>
        <translation>Originaldatei (nicht geteilt)</translation>
    </message>
    <message>
        <source>De-identification of %1 with profile %2</source>
        <translation>De-Identifizierung von %1 mit Profil %2</translation>
    </message>
    <message>
        <source>Consent review of %1 approved for %2</source>
        <translation>Einwilligungsprüfung von %1 für %2 freigegeben</translation>
    </message>
    <message>
        <source>De-identification of %1 approved for %2</source>
        <translation>De-Identifizierung von %1 für %2 freigegeben</translation>
    </message>
    <message>
        <source>Bundle %1 for %2, assembled by Steward.</source>
        <translation>Paket %1 für %2, zusammengestellt von Steward.</translation>
    </message>
    <message>
        <source>Use only as the GA4GH DUO terms of the participants&apos; consent allow: %1. Declared use of the destination %2: %3.</source>
        <translation>Nutzung nur, soweit die GA4GH-DUO-Begriffe der Einwilligung der Teilnehmenden es erlauben: %1. Erklärte Nutzung des Ziels %2: %3.</translation>
    </message>
    <message>
        <source>Controlled access: only under the recipient&apos;s data access agreement and the conditions of use stated here</source>
        <translation>Kontrollierter Zugang: nur gemäß der Datenzugangsvereinbarung des Empfängers und den hier genannten Nutzungsbedingungen</translation>
    </message>
</context>
<context>
    <name>S3Backend</name>
    <message>
        <source>No secret key is stored for %1; add it (steward repo add ... --secret-stdin).</source>
        <translation>Für %1 ist kein geheimer Schlüssel gespeichert; ihn hinzufügen (steward repo add ... --secret-stdin).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the server&apos;s (%2 UTC); S3 refuses signatures beyond 15 minutes. Correct the clock.</source>
        <translation>Die Uhr dieses Computers weicht um %1 Minuten von der des Servers ab (%2 UTC); S3 lehnt Signaturen ab, die mehr als 15 Minuten abweichen. Die Uhr korrigieren.</translation>
    </message>
    <message numerus="yes">
        <source>Clock within %n second(s) of the server&apos;s.</source>
        <translation>
            <numerusform>Uhr stimmt bis auf %n Sekunde mit der des Servers überein.</numerusform>
            <numerusform>Uhr stimmt bis auf %n Sekunden mit der des Servers überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in; the bucket %1 is writable.</source>
        <translation>Angemeldet; der Bucket %1 ist beschreibbar.</translation>
    </message>
    <message>
        <source>Upload of %1 stopped.</source>
        <translation>Upload von %1 angehalten.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 parts are recorded; sending the rest.</source>
        <translation>%1: %2 von %3 Teilen sind erfasst; der Rest wird gesendet.</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the metadata name &quot;%1&quot; may only hold letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>der Metadatenname „%1“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <source>Reading the clock of %1</source>
        <translation>Lesen der Uhr von %1</translation>
    </message>
    <message>
        <source>the server sent no valid Date header</source>
        <translation>der Server hat keinen gültigen Date-Header gesendet</translation>
    </message>
    <message>
        <source>Starting the upload of %1</source>
        <translation>Starten des Uploads von %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no upload ID</source>
        <translation>die Antwort des Servers enthält keine Upload-ID</translation>
    </message>
    <message>
        <source>Uploading part %1 of %2</source>
        <translation>Hochladen von Teil %1 von %2</translation>
    </message>
    <message>
        <source>part numbers run from 1 to %1</source>
        <translation>Teilnummern reichen von 1 bis %1</translation>
    </message>
    <message>
        <source>a part holds 0 to 5 GiB</source>
        <translation>ein Teil umfasst 0 bis 5 GiB</translation>
    </message>
    <message>
        <source>the part&apos;s SHA-256 and MD5 digests are missing</source>
        <translation>die SHA-256- und MD5-Prüfsummen des Teils fehlen</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>%1 is shorter than expected: it was changed on disk. Check the file and send it again.</source>
        <translation>%1 ist kürzer als erwartet: Die Datei wurde auf dem Datenträger geändert. Die Datei prüfen und erneut senden.</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no ETag for the part</source>
        <translation>die Antwort des Servers enthält kein ETag für den Teil</translation>
    </message>
    <message>
        <source>Listing the uploaded parts of %1</source>
        <translation>Auflisten der hochgeladenen Teile von %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a part list</source>
        <translation>die Antwort des Servers ist keine Teileliste</translation>
    </message>
    <message>
        <source>the server&apos;s part list does not advance</source>
        <translation>die Teileliste des Servers kommt nicht voran</translation>
    </message>
    <message>
        <source>Completing the upload of %1</source>
        <translation>Abschließen des Uploads von %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer does not confirm the upload</source>
        <translation>die Antwort des Servers bestätigt den Upload nicht</translation>
    </message>
    <message>
        <source>Abandoning the unfinished upload of %1</source>
        <translation>Verwerfen des unvollständigen Uploads von %1</translation>
    </message>
    <message>
        <source>Listing the unfinished uploads in %1</source>
        <translation>Auflisten der unvollständigen Uploads in %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of uploads</source>
        <translation>die Antwort des Servers ist keine Liste von Uploads</translation>
    </message>
    <message>
        <source>the server&apos;s list of uploads does not advance</source>
        <translation>die Upload-Liste des Servers kommt nicht voran</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>a single upload holds at most 5 GiB: use a multipart upload</source>
        <translation>ein einzelner Upload umfasst höchstens 5 GiB: einen mehrteiligen Upload verwenden</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 and MD5 digests are missing</source>
        <translation>die SHA-256- und MD5-Prüfsummen der Datei fehlen</translation>
    </message>
    <message>
        <source>Reading the details of %1</source>
        <translation>Lesen der Details von %1</translation>
    </message>
    <message>
        <source>the server sent no object size</source>
        <translation>der Server hat keine Objektgröße gesendet</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>reads in memory hold at most 64 MiB: read into a file</source>
        <translation>Lesevorgänge in den Speicher umfassen höchstens 64 MiB: in eine Datei lesen</translation>
    </message>
    <message>
        <source>the object is larger than 64 MiB: read it into a file</source>
        <translation>das Objekt ist größer als 64 MiB: es in eine Datei lesen</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>Herunterladen von %1 nach %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a listing</source>
        <translation>die Antwort des Servers ist keine Auflistung</translation>
    </message>
    <message>
        <source>the server&apos;s listing does not advance</source>
        <translation>die Auflistung des Servers kommt nicht voran</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checksumming %1 was stopped.</source>
        <translation>Das Berechnen der Prüfsumme von %1 wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 ends before byte %2: it was changed on disk. Check the file and add it again.</source>
        <translation>%1 endet vor Byte %2: Die Datei wurde auf dem Datenträger geändert. Die Datei prüfen und erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Cannot checksum %1: OpenSSL failed.</source>
        <translation>Die Prüfsumme von %1 kann nicht berechnet werden: OpenSSL ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>S3Response</name>
    <message>
        <source>bucket %1 on %2</source>
        <translation>Bucket %1 auf %2</translation>
    </message>
    <message>
        <source>%1 in bucket %2 on %3</source>
        <translation>%1 in Bucket %2 auf %3</translation>
    </message>
    <message>
        <source>%1 failed: the S3 secret key or access key for %2 is wrong (the server could not verify the request&apos;s signature, %3). Check both keys in the repository settings, then resume.</source>
        <translation>%1 fehlgeschlagen: Der geheime S3-Schlüssel oder der Zugriffsschlüssel für %2 ist falsch (der Server konnte die Signatur der Anfrage nicht überprüfen, %3). Beide Schlüssel in den Einstellungen des Repositoriums prüfen und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: the S3 secret key or access key for %2 is wrong (the access key %3 is not known there). Check both keys in the repository settings, then resume.</source>
        <translation>%1 fehlgeschlagen: Der geheime S3-Schlüssel oder der Zugriffsschlüssel für %2 ist falsch (der Zugriffsschlüssel %3 ist dort nicht bekannt). Beide Schlüssel in den Einstellungen des Repositoriums prüfen und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: this computer&apos;s clock is off. The server %2 says it is %3, this computer says %4; S3 allows a difference of 15 minutes. Correct the system clock (or turn on network time), then resume.</source>
        <translation>%1 fehlgeschlagen: Die Uhr dieses Computers geht falsch. Laut Server %2 ist es %3, laut diesem Computer %4; S3 erlaubt eine Abweichung von 15 Minuten. Die Systemuhr korrigieren (oder die Zeitsynchronisierung über das Netzwerk einschalten) und dann fortsetzen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused the signature&apos;s region &quot;%3&quot; (%4). Check the region in the repository settings.</source>
        <translation>%1 fehlgeschlagen: %2 hat die Region „%3“ der Signatur abgelehnt (%4). Die Region in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>%1 failed: the credentials for %2 have expired (%3). Enter new keys in the repository settings, then resume.</source>
        <translation>%1 fehlgeschlagen: Die Zugangsdaten für %2 sind abgelaufen (%3). Neue Schlüssel in den Einstellungen des Repositoriums eingeben und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: the S3 key %2 is not allowed to do this in bucket %3 on %4 (%5). Ask the repository&apos;s administrator for access, then resume.</source>
        <translation>%1 fehlgeschlagen: Der S3-Schlüssel %2 darf dies in Bucket %3 auf %4 nicht (%5). Die Administration des Repositoriums um Zugriff bitten und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: bucket %2 does not exist on %3. Check the bucket name in the repository settings.</source>
        <translation>%1 fehlgeschlagen: Bucket %2 existiert auf %3 nicht. Den Bucket-Namen in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>%1 failed: the multipart upload of %2 no longer exists on the server (it was completed, aborted or has expired). Upload the file again.</source>
        <translation>%1 fehlgeschlagen: Der mehrteilige Upload von %2 existiert auf dem Server nicht mehr (er wurde abgeschlossen, abgebrochen oder ist abgelaufen). Die Datei erneut hochladen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 does not exist.</source>
        <translation>%1 fehlgeschlagen: %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 failed: bucket %2 on %3 is over its quota or the server is full (%4). Free space or ask for a larger quota, then resume.</source>
        <translation>%1 fehlgeschlagen: Bucket %2 auf %3 hat sein Kontingent überschritten oder der Server ist voll (%4). Speicherplatz freigeben oder ein größeres Kontingent anfordern und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: a part other than the last is smaller than the server&apos;s minimum part size (5 MiB) (%2). Use parts of at least 5 MiB.</source>
        <translation>%1 fehlgeschlagen: Ein Teil außer dem letzten ist kleiner als die minimale Teilgröße des Servers (5 MiB) (%2). Teile von mindestens 5 MiB verwenden.</translation>
    </message>
    <message>
        <source>%1 failed: the data is larger than the server accepts in one request (%2). Use smaller parts.</source>
        <translation>%1 fehlgeschlagen: Die Daten sind größer, als der Server in einer Anfrage annimmt (%2). Kleinere Teile verwenden.</translation>
    </message>
    <message>
        <source>%1 failed: a listed part is missing on the server or its ETag differs (%2). Compare the parts with the server&apos;s list and upload the missing ones again.</source>
        <translation>%1 fehlgeschlagen: Ein aufgeführter Teil fehlt auf dem Server oder sein ETag weicht ab (%2). Die Teile mit der Liste des Servers vergleichen und die fehlenden erneut hochladen.</translation>
    </message>
    <message>
        <source>%1 failed: the part list is not in ascending order (%2).</source>
        <translation>%1 fehlgeschlagen: Die Teileliste ist nicht aufsteigend sortiert (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the data did not match its MD5 checksum, so the server rejected it (%2). The file may have changed while it was read: check it, then send it again.</source>
        <translation>%1 fehlgeschlagen: Die Daten stimmten nicht mit ihrer MD5-Prüfsumme überein, daher hat der Server sie abgelehnt (%2). Die Datei wurde beim Lesen möglicherweise geändert: sie prüfen und dann erneut senden.</translation>
    </message>
    <message>
        <source>%1 failed: the data did not match its SHA-256 checksum, so the server rejected it (%2). The file may have changed while it was read: check it, then send it again.</source>
        <translation>%1 fehlgeschlagen: Die Daten stimmten nicht mit ihrer SHA-256-Prüfsumme überein, daher hat der Server sie abgelehnt (%2). Die Datei wurde beim Lesen möglicherweise geändert: sie prüfen und dann erneut senden.</translation>
    </message>
    <message>
        <source>%1 failed for now: %2 answered %3. Steward will try again.</source>
        <translation>%1 vorerst fehlgeschlagen: %2 antwortete %3. Steward versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused the S3 keys (%3). Check both keys in the repository settings, then resume.</source>
        <translation>%1 fehlgeschlagen: %2 hat die S3-Schlüssel abgelehnt (%3). Beide Schlüssel in den Einstellungen des Repositoriums prüfen und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused access (%3). Check the S3 keys and their permissions on bucket %4.</source>
        <translation>%1 fehlgeschlagen: %2 hat den Zugriff verweigert (%3). Die S3-Schlüssel und ihre Berechtigungen für Bucket %4 prüfen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 does not exist (%3).</source>
        <translation>%1 fehlgeschlagen: %2 existiert nicht (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2 answered %3.</source>
        <translation>%1 fehlgeschlagen: %2 antwortete %3.</translation>
    </message>
</context>
<context>
    <name>SamRecordCheck</name>
    <message>
        <source>The optional field &apos;%1&apos; is not TAG:TYPE:VALUE with a two-character tag and a type of A, i, f, Z, H or B.</source>
        <translation>Das optionale Feld „%1“ hat nicht die Form TAG:TYPE:VALUE mit einem zweistelligen Tag und einem der Typen A, i, f, Z, H oder B.</translation>
    </message>
    <message>
        <source>The value of the optional field &apos;%1&apos; does not fit its type %2.</source>
        <translation>Der Wert des optionalen Felds „%1“ passt nicht zu seinem Typ %2.</translation>
    </message>
    <message>
        <source>The line is empty; SAM has no blank lines.</source>
        <translation>Die Zeile ist leer; SAM erlaubt keine Leerzeilen.</translation>
    </message>
    <message>
        <source>Its fields are separated by spaces; SAM needs tabs.</source>
        <translation>Die Felder sind durch Leerzeichen getrennt; SAM erfordert Tabulatoren.</translation>
    </message>
    <message>
        <source>It has %1 tab-separated fields; a SAM record needs 11 (QNAME, FLAG, RNAME, POS, MAPQ, CIGAR, RNEXT, PNEXT, TLEN, SEQ, QUAL).</source>
        <translation>Die Zeile hat %1 tabulatorgetrennte Felder; ein SAM-Eintrag benötigt 11 (QNAME, FLAG, RNAME, POS, MAPQ, CIGAR, RNEXT, PNEXT, TLEN, SEQ, QUAL).</translation>
    </message>
    <message>
        <source>QNAME &apos;%1&apos; is not a read name (1 to 254 printable characters, no spaces).</source>
        <translation>QNAME „%1“ ist kein gültiger Read-Name (1 bis 254 druckbare Zeichen, keine Leerzeichen).</translation>
    </message>
    <message>
        <source>FLAG &apos;%1&apos; is not a whole number from 0 to 65535.</source>
        <translation>FLAG „%1“ ist keine ganze Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>RNAME &apos;%1&apos; is not a reference sequence declared by an @SQ header line.</source>
        <translation>RNAME „%1“ ist keine in einer @SQ-Headerzeile deklarierte Referenzsequenz.</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number from 0 to 2147483647.</source>
        <translation>POS „%1“ ist keine ganze Zahl von 0 bis 2147483647.</translation>
    </message>
    <message>
        <source>MAPQ &apos;%1&apos; is not a whole number from 0 to 255.</source>
        <translation>MAPQ „%1“ ist keine ganze Zahl von 0 bis 255.</translation>
    </message>
    <message>
        <source>CIGAR &apos;%1&apos; is not a list of lengths and operations (M, I, D, N, S, H, P, =, X).</source>
        <translation>CIGAR „%1“ ist keine Liste aus Längen und Operationen (M, I, D, N, S, H, P, =, X).</translation>
    </message>
    <message>
        <source>RNEXT &apos;%1&apos; is not &apos;*&apos;, &apos;=&apos; or a reference sequence declared by an @SQ header line.</source>
        <translation>RNEXT „%1“ ist weder „*“ noch „=“ noch eine in einer @SQ-Headerzeile deklarierte Referenzsequenz.</translation>
    </message>
    <message>
        <source>PNEXT &apos;%1&apos; is not a whole number from 0 to 2147483647.</source>
        <translation>PNEXT „%1“ ist keine ganze Zahl von 0 bis 2147483647.</translation>
    </message>
    <message>
        <source>TLEN &apos;%1&apos; is not a whole number from -2147483647 to 2147483647.</source>
        <translation>TLEN „%1“ ist keine ganze Zahl von -2147483647 bis 2147483647.</translation>
    </message>
    <message>
        <source>SEQ &apos;%1&apos; holds characters other than letters, &apos;=&apos; and &apos;.&apos;.</source>
        <translation>SEQ „%1“ enthält andere Zeichen als Buchstaben, „=“ und „.“.</translation>
    </message>
    <message>
        <source>The CIGAR %1 implies %2 bases but SEQ has %3.</source>
        <translation>Der CIGAR-String %1 ergibt %2 Basen, SEQ hat aber %3.</translation>
    </message>
    <message>
        <source>QUAL holds characters outside &apos;!&apos; to &apos;~&apos;.</source>
        <translation>QUAL enthält Zeichen außerhalb von „!“ bis „~“.</translation>
    </message>
    <message>
        <source>QUAL has %1 characters but SEQ has %2; they must be as long.</source>
        <translation>QUAL hat %1 Zeichen, SEQ aber %2; beide müssen gleich lang sein.</translation>
    </message>
</context>
<context>
    <name>SampleGenotype</name>
    <message>
        <source>hom-ref</source>
        <translation>hom-ref</translation>
    </message>
    <message>
        <source>het</source>
        <translation>het</translation>
    </message>
    <message>
        <source>hom-alt</source>
        <translation>hom-alt</translation>
    </message>
    <message>
        <source>hemi</source>
        <translation>hemi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>not an encrypted Steward file (unknown key derivation or cipher)</source>
        <translation>keine verschlüsselte Steward-Datei (unbekannte Schlüsselableitung oder Verschlüsselung)</translation>
    </message>
    <message>
        <source>the passphrase does not unlock it (or the file was changed)</source>
        <translation>die Passphrase entsperrt sie nicht (oder die Datei wurde geändert)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No keychain service is running, so secrets are kept in %1, encrypted with a passphrase: set STEWARD_SECRETS_PASSPHRASE or enter it when asked.</source>
        <translation>Es läuft kein Schlüsselbunddienst; Zugangsdaten werden daher in %1 gespeichert, verschlüsselt mit einer Passphrase: STEWARD_SECRETS_PASSPHRASE setzen oder die Passphrase bei Nachfrage eingeben.</translation>
    </message>
    <message>
        <source>No secrets are stored in %1 yet.</source>
        <translation>In %1 sind noch keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1 (or the file was changed).</source>
        <translation>Die Passphrase entsperrt %1 nicht (oder die Datei wurde geändert).</translation>
    </message>
    <message>
        <source>Encrypting the secrets failed (OpenSSL).</source>
        <translation>Verschlüsseln der Zugangsdaten fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SftpBackend</name>
    <message>
        <source>Signed in with a verified host key; writable; %1 free.</source>
        <translation>Mit verifiziertem Hostschlüssel angemeldet; beschreibbar; %1 frei.</translation>
    </message>
    <message>
        <source>Signed in with a verified host key; writable.</source>
        <translation>Mit verifiziertem Hostschlüssel angemeldet; beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>In %1 kann keine temporäre Datei geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL konnte keinen SHA-256 berechnen.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 cannot be reached (%3). Steward retries when the network is back.</source>
        <translation>%1: Der SFTP-Server %2 ist nicht erreichbar (%3). Steward versucht es erneut, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>%1: the connection to the SFTP server at %2 failed (%3). Steward retries.</source>
        <translation>%1: Die Verbindung zum SFTP-Server %2 ist fehlgeschlagen (%3). Steward versucht es erneut.</translation>
    </message>
    <message>
        <source>The remote path %1 is not allowed: it contains &quot;..&quot; or a control character.</source>
        <translation>Der entfernte Pfad %1 ist nicht zulässig: Er enthält „..“ oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: angehalten.</translation>
    </message>
    <message>
        <source>Steward does not know which host key to expect from the SFTP server at %1, so it does not connect. Fetch the server&apos;s fingerprint in the repository settings, compare it with the one the server&apos;s administrator published and accept it.</source>
        <translation>Steward weiß nicht, welchen Hostschlüssel der SFTP-Server %1 vorweisen soll, und verbindet sich daher nicht. Den Fingerabdruck des Servers in den Einstellungen des Repositoriums abrufen, mit dem von der Administration des Servers veröffentlichten vergleichen und akzeptieren.</translation>
    </message>
    <message>
        <source>The host key fingerprint configured for the SFTP server at %1 (%2) is not a SHA-256 fingerprint as OpenSSH prints it (SHA256:...). Fetch the server&apos;s fingerprint again in the repository settings.</source>
        <translation>Der für den SFTP-Server %1 eingestellte Fingerabdruck des Hostschlüssels (%2) ist kein SHA-256-Fingerabdruck, wie OpenSSH ihn ausgibt (SHA256:...). Den Fingerabdruck des Servers in den Einstellungen des Repositoriums erneut abrufen.</translation>
    </message>
    <message>
        <source>No private key or password is set for user %1 on the SFTP server at %2: add one in the repository settings.</source>
        <translation>Für den Benutzer %1 auf dem SFTP-Server %2 ist weder ein privater Schlüssel noch ein Passwort eingestellt: eines davon in den Einstellungen des Repositoriums hinzufügen.</translation>
    </message>
    <message>
        <source>The private key file %1 for the SFTP server at %2 cannot be read: check the path in the repository settings.</source>
        <translation>Die Datei %1 mit dem privaten Schlüssel für den SFTP-Server %2 kann nicht gelesen werden: den Pfad in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 refused the login for user %2 (%3). Check the user name, the private key and its passphrase, or the password in the repository settings.</source>
        <translation>Der SFTP-Server %1 hat die Anmeldung des Benutzers %2 abgelehnt (%3). Benutzernamen, privaten Schlüssel und dessen Passphrase oder das Passwort in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 presented the host key %2 (%3), but the repository settings expect %4. The server&apos;s key has changed or someone is intercepting the connection: Steward sent nothing. Confirm the new fingerprint with the server&apos;s administrator before accepting it.</source>
        <translation>Der SFTP-Server %1 hat den Hostschlüssel %2 (%3) vorgewiesen, die Einstellungen des Repositoriums erwarten aber %4. Der Schlüssel des Servers hat sich geändert oder jemand fängt die Verbindung ab: Steward hat nichts gesendet. Den neuen Fingerabdruck mit der Administration des Servers abgleichen, bevor er akzeptiert wird.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 did not present the expected host key %2 (%3). Steward sent nothing. Confirm the server&apos;s fingerprint with its administrator before accepting a new one.</source>
        <translation>Der SFTP-Server %1 hat nicht den erwarteten Hostschlüssel %2 (%3) vorgewiesen. Steward hat nichts gesendet. Den Fingerabdruck des Servers mit dessen Administration abgleichen, bevor ein neuer akzeptiert wird.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 denied user %3 access (%4). Check the remote folder in the repository settings or ask the server&apos;s administrator for write access.</source>
        <translation>%1: Der SFTP-Server %2 hat dem Benutzer %3 den Zugriff verweigert (%4). Den entfernten Ordner in den Einstellungen des Repositoriums prüfen oder die Administration des Servers um Schreibzugriff bitten.</translation>
    </message>
    <message>
        <source>%1: %2 or its folder does not exist (%3). Check the remote folder in the repository settings.</source>
        <translation>%1: %2 oder sein Ordner existiert nicht (%3). Den entfernten Ordner in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 has no space left or the quota of user %3 is used up (%4). Free space or ask for a larger quota, then resume.</source>
        <translation>%1: Der SFTP-Server %2 hat keinen freien Speicherplatz mehr oder das Kontingent des Benutzers %3 ist ausgeschöpft (%4). Speicherplatz freigeben oder ein größeres Kontingent anfordern und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>%1 fehlgeschlagen: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>Hochladen von %1 nach %2</translation>
    </message>
    <message>
        <source>%1: offset %2 can only be used when appending.</source>
        <translation>%1: Der Offset %2 ist nur beim Anhängen möglich.</translation>
    </message>
    <message>
        <source>%1: the remote file already holds %2 bytes, more than the %3 of the local file. Steward uploads the file again from the start.</source>
        <translation>%1: Die entfernte Datei enthält bereits %2 Bytes, mehr als die %3 der lokalen Datei. Steward lädt die Datei erneut von Anfang an hoch.</translation>
    </message>
    <message>
        <source>%1: the remote file holds %2 bytes, not the %3 this upload resumes from. Steward uploads the file again from the start.</source>
        <translation>%1: Die entfernte Datei enthält %2 Bytes, nicht die %3, ab denen dieser Upload fortgesetzt wird. Steward lädt die Datei erneut von Anfang an hoch.</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>Umbenennen von %1 in %2</translation>
    </message>
    <message>
        <source>%1: %2 does not exist any more.</source>
        <translation>%1: %2 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>Anlegen des Ordners %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes from offset %3 cannot be read into memory.</source>
        <translation>%1: %2 Bytes ab Offset %3 können nicht in den Speicher gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file does not exist. Check the remote folder in the repository settings.</source>
        <translation>%1: Die Datei existiert nicht. Den entfernten Ordner in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MiB Steward reads into memory.</source>
        <translation>%1: Die Datei ist größer als die %2 MiB, die Steward in den Speicher liest.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>Herunterladen von %1 nach %2</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>%1: the folder holds too many entries to list.</source>
        <translation>%1: Der Ordner enthält zu viele Einträge zum Auflisten.</translation>
    </message>
    <message>
        <source>Reading back the first %1 bytes of %2</source>
        <translation>Zurücklesen der ersten %1 Bytes von %2</translation>
    </message>
    <message>
        <source>%1: the length is negative.</source>
        <translation>%1: Die Länge ist negativ.</translation>
    </message>
    <message>
        <source>%1: the remote file holds only %2 bytes. Steward uploads the file again from the start.</source>
        <translation>%1: Die entfernte Datei enthält nur %2 Bytes. Steward lädt die Datei erneut von Anfang an hoch.</translation>
    </message>
    <message>
        <source>%1: the remote file holds %2 bytes after the upload instead of %3: something else wrote to it. Steward uploads the file again from the start.</source>
        <translation>%1: Die entfernte Datei enthält nach dem Upload %2 Bytes statt %3: Etwas anderes hat in sie geschrieben. Steward lädt die Datei erneut von Anfang an hoch.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 has no space left (%3 bytes free). Free space or ask for more, then resume.</source>
        <translation>%1: Der SFTP-Server %2 hat keinen freien Speicherplatz mehr (%3 Bytes frei). Speicherplatz freigeben oder mehr anfordern und dann fortsetzen.</translation>
    </message>
    <message>
        <source>Checking the free space in %1</source>
        <translation>Prüfen des freien Speicherplatzes in %1</translation>
    </message>
</context>
<context>
    <name>SidecarDeidentifier</name>
    <message>
        <source>it is JSON but not a GA4GH Phenopacket, Family or Cohort, so Steward cannot tell which of its fields identify people; leave it out or convert it</source>
        <translation>sie ist JSON, aber kein GA4GH-Phenopacket, keine Family und keine Cohort, daher kann Steward nicht erkennen, welche Felder Personen identifizieren; die Datei weglassen oder umwandeln</translation>
    </message>
    <message>
        <source>the phenopacket&apos;s subject %1 withdrew or is excluded from this destination; leave the file out rather than de-identify it</source>
        <translation>die betroffene Person %1 des Phenopackets hat ihre Einwilligung widerrufen oder ist von diesem Ziel ausgeschlossen; die Datei weglassen, statt sie zu de-identifizieren</translation>
    </message>
    <message>
        <source>the family&apos;s proband %1 withdrew or is excluded from this destination; leave the file out rather than de-identify it</source>
        <translation>der Proband %1 der Familie hat seine Einwilligung widerrufen oder ist von diesem Ziel ausgeschlossen; die Datei weglassen, statt sie zu de-identifizieren</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3.</source>
        <translation>%1:%2: ungültiges JSON: %3.</translation>
    </message>
    <message>
        <source>%1 is a JSON array, not a Phenopacket (a JSON object).</source>
        <translation>%1 ist ein JSON-Array, kein Phenopacket (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a phenopacket that large is not read.</source>
        <translation>%1 ist größer als %2 MB; ein so großes Phenopacket wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>%1 kann nicht erneut gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold what was written (%2 of %3 bytes); the disk may be full or failing.</source>
        <translation>%1 enthält nicht, was geschrieben wurde (%2 von %3 Byte); der Datenträger ist vielleicht voll oder defekt.</translation>
    </message>
    <message>
        <source>%1 lacks columns it should have kept (%2).</source>
        <translation>%1 fehlen Spalten, die hätten erhalten bleiben sollen (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>No output file was given for %1.</source>
        <translation>Für %1 wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>The output %1 is the input itself; originals are never overwritten. Choose another output file.</source>
        <translation>Die Ausgabe %1 ist die Eingabe selbst; Originale werden nie überschrieben. Eine andere Ausgabedatei wählen.</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist.</source>
        <translation>Der Ordner %1 für %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so %2 cannot be written there.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar, daher kann %2 dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No pseudonymiser was given for %1.</source>
        <translation>Für %1 wurde kein Pseudonymisierer angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a clinical sidecar Steward can de-identify (Phenopacket .json, .ped, .csv or .tsv).</source>
        <translation>%1 ist keine klinische Begleitdatei, die Steward de-identifizieren kann (Phenopacket .json, .ped, .csv oder .tsv).</translation>
    </message>
    <message>
        <source>De-identification of %1 was cancelled.</source>
        <translation>Die De-Identifizierung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 failed validation: %2 records where %3 were expected, and the content the profile leaves alone %4. Nothing was written.</source>
        <translation>%1 hat die Validierung nicht bestanden: %2 Einträge statt der erwarteten %3, und der Inhalt, den das Profil nicht verändert, %4. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>is unchanged</source>
        <translation>ist unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>hat sich verändert</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n individual or sample identifier(s) by pseudonyms.</source>
        <translation>
            <numerusform>%n Personen- oder Probenkennung durch Pseudonyme ersetzt.</numerusform>
            <numerusform>%n Personen- oder Probenkennungen durch Pseudonyme ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n family identifier(s) by pseudonyms.</source>
        <translation>
            <numerusform>%n Familienkennung durch Pseudonyme ersetzt.</numerusform>
            <numerusform>%n Familienkennungen durch Pseudonyme ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n document identifier(s) that could name a person.</source>
        <translation>
            <numerusform>%n Dokumentkennung umgeschrieben, die eine Person benennen könnte.</numerusform>
            <numerusform>%n Dokumentkennungen umgeschrieben, die eine Person benennen könnten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s) of withdrawn or excluded individuals.</source>
        <translation>
            <numerusform>%n Eintrag zurückgezogener oder ausgeschlossener Personen entfernt.</numerusform>
            <numerusform>%n Einträge zurückgezogener oder ausgeschlossener Personen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n parent reference(s) to removed individuals.</source>
        <translation>
            <numerusform>%n Elternverweis auf entfernte Personen geleert.</numerusform>
            <numerusform>%n Elternverweise auf entfernte Personen geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year.</source>
        <translation>
            <numerusform>%n Datum auf das Jahr reduziert.</numerusform>
            <numerusform>%n Datumsangaben auf das Jahr reduziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shifted %n date(s) by each individual&apos;s keyed offset (at most %1 days).</source>
        <translation>
            <numerusform>%n Datum um den schlüsselbasierten Versatz der jeweiligen Person verschoben (höchstens %1 Tage).</numerusform>
            <numerusform>%n Datumsangaben um den schlüsselbasierten Versatz der jeweiligen Person verschoben (höchstens %1 Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year because no individual owns them, so they cannot be shifted consistently.</source>
        <translation>
            <numerusform>%n Datum auf das Jahr reduziert, da es keiner Person gehört und daher nicht einheitlich verschoben werden kann.</numerusform>
            <numerusform>%n Datumsangaben auf das Jahr reduziert, da sie keiner Person gehören und daher nicht einheitlich verschoben werden können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blanked %n value(s) in date fields that could not be read as dates.</source>
        <translation>
            <numerusform>%n Wert in Datumsfeldern geleert, der nicht als Datum gelesen werden konnte.</numerusform>
            <numerusform>%n Werte in Datumsfeldern geleert, die nicht als Datum gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouped %n age(s) over 89 as 90 or older.</source>
        <translation>
            <numerusform>%n Altersangabe über 89 als 90 oder älter zusammengefasst.</numerusform>
            <numerusform>%n Altersangaben über 89 als 90 oder älter zusammengefasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n ZIP or postal code(s) to %1 characters.</source>
        <translation>
            <numerusform>%n Postleitzahl auf %1 Zeichen gekürzt.</numerusform>
            <numerusform>%n Postleitzahlen auf %1 Zeichen gekürzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n free-text field(s).</source>
        <translation>
            <numerusform>%n Freitextfeld entfernt.</numerusform>
            <numerusform>%n Freitextfelder entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed identifying text in %n free-text value(s).</source>
        <translation>
            <numerusform>Identifizierenden Text in %n Freitextwert bereinigt.</numerusform>
            <numerusform>Identifizierenden Text in %n Freitextwerten bereinigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n file URI(s) to the file name.</source>
        <translation>
            <numerusform>%n Datei-URI auf den Dateinamen reduziert.</numerusform>
            <numerusform>%n Datei-URIs auf den Dateinamen reduziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped &quot;%1&quot; (%n time(s)), a field the profile removes.</source>
        <translation>
            <numerusform>„%1“ entfernt (%n-mal), ein Feld, das das Profil entfernt.</numerusform>
            <numerusform>„%1“ entfernt (%n-mal), ein Feld, das das Profil entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Treated the column &quot;%1&quot; as dates because its values are dates.</source>
        <translation>Die Spalte „%1“ als Datumsangaben behandelt, da ihre Werte Datumsangaben sind.</translation>
    </message>
    <message>
        <source>Removed the column &quot;%1&quot;, which the profile drops.</source>
        <translation>Die Spalte „%1“ entfernt, die das Profil entfernt.</translation>
    </message>
    <message>
        <source>Removed the free-text column &quot;%1&quot;.</source>
        <translation>Die Freitextspalte „%1“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n ZIP prefix(es) of areas with 20,000 people or fewer by 000.</source>
        <translation>
            <numerusform>%n Postleitzahl-Präfix von Gebieten mit höchstens 20.000 Einwohnern durch 000 ersetzt.</numerusform>
            <numerusform>%n Postleitzahl-Präfixe von Gebieten mit höchstens 20.000 Einwohnern durch 000 ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>The phenopacket names no subject id.</source>
        <translation>Das Phenopacket nennt keine Subjekt-ID.</translation>
    </message>
    <message>
        <source>A PED row needs 6 columns (family, individual, father, mother, sex, phenotype); this one has %1.</source>
        <translation>Eine PED-Zeile benötigt 6 Spalten (Familie, Individuum, Vater, Mutter, Geschlecht, Phänotyp); diese hat %1.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The header row has no sample column (sample_id).</source>
        <translation>Die Kopfzeile hat keine Probenspalte (sample_id).</translation>
    </message>
    <message>
        <source>This row has %1 columns; the header has %2.</source>
        <translation>Diese Zeile hat %1 Spalten, die Kopfzeile %2.</translation>
    </message>
    <message>
        <source>The sample id is empty.</source>
        <translation>Die Proben-ID ist leer.</translation>
    </message>
    <message>
        <source>The phenopacket is larger than %1 MB; it was not read.</source>
        <translation>Das Phenopacket ist größer als %1 MB und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>SshHostKey</name>
    <message>
        <source>Fetching the host key of %1</source>
        <translation>Abrufen des Hostschlüssels von %1</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: angehalten.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL konnte keinen SHA-256 berechnen.</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Check the host name and port.</source>
        <translation>%1: Der Server ist nicht erreichbar (%2). Hostnamen und Port prüfen.</translation>
    </message>
    <message>
        <source>%1: the connection failed (%2). Try again.</source>
        <translation>%1: Die Verbindung ist fehlgeschlagen (%2). Erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: the server did not offer an SSH host key (%2). Is it an SFTP server?</source>
        <translation>%1: Der Server hat keinen SSH-Hostschlüssel angeboten (%2). Ist es ein SFTP-Server?</translation>
    </message>
</context>
<context>
    <name>TransferBackend</name>
    <message>
        <source>The folder repository %1 has no path.</source>
        <translation>Das Ordner-Repositorium %1 hat keinen Pfad.</translation>
    </message>
    <message>
        <source>%1 only declares a data use; add its connection (steward repo add) before pushing to it.</source>
        <translation>%1 erklärt nur eine Datennutzung; vor dem Übertragen seine Verbindung hinzufügen (steward repo add).</translation>
    </message>
    <message>
        <source>Steward cannot push to %1 repositories yet.</source>
        <translation>Steward kann noch nicht an %1-Repositorien übertragen.</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>repo add: s3, sftp, webdav or folder.</source>
        <translation>repo add: s3, sftp, webdav oder folder.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>repo add (S3): endpoint URL.</source>
        <translation>repo add (S3): Endpunkt-URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>repo add (S3): bucket.</source>
        <translation>repo add (S3): Bucket.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>repo add (S3): key prefix.</source>
        <translation>repo add (S3): Schlüsselpräfix.</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>repo add (S3): path-style URLs (most non-AWS stores).</source>
        <translation>repo add (S3): URLs im Pfadstil (die meisten Nicht-AWS-Speicher).</translation>
    </message>
    <message>
        <source>repo add (S3): do not send x-amz-checksum-sha256 (stores that reject it).</source>
        <translation>repo add (S3): x-amz-checksum-sha256 nicht senden (für Speicher, die es ablehnen).</translation>
    </message>
    <message>
        <source>repo add (S3): multipart part size in MiB.</source>
        <translation>repo add (S3): Teilgröße für mehrteilige Uploads in MiB.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>repo add (S3): access key id.</source>
        <translation>repo add (S3): ID des Zugriffsschlüssels.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>repo add (SFTP): host.</source>
        <translation>repo add (SFTP): Host.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>repo add (SFTP): port.</source>
        <translation>repo add (SFTP): Port.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>repo add (SFTP, WebDAV): user name.</source>
        <translation>repo add (SFTP, WebDAV): Benutzername.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>repo add (SFTP): private key file.</source>
        <translation>repo add (SFTP): Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>repo add (SFTP): the server&apos;s host key, SHA256:... as OpenSSH prints it.</source>
        <translation>repo add (SFTP): der Hostschlüssel des Servers, SHA256:... so, wie OpenSSH ihn ausgibt.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>repo add (SFTP, folder): remote or local folder.</source>
        <translation>repo add (SFTP, folder): entfernter oder lokaler Ordner.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>repo add (WebDAV): base URL.</source>
        <translation>repo add (WebDAV): Basis-URL.</translation>
    </message>
    <message>
        <source>repo add: read the secret (S3 secret key, password, key passphrase) from standard input.</source>
        <translation>repo add: die Zugangsdaten (geheimer S3-Schlüssel, Passwort, Passphrase des Schlüssels) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>push: the repository.</source>
        <translation>push: das Repositorium.</translation>
    </message>
    <message>
        <source>push, queue resume: carry the transfer(s) to the end in the foreground.</source>
        <translation>push, queue resume: die Übertragung(en) im Vordergrund zu Ende führen.</translation>
    </message>
    <message>
        <source>steward repo %1 NAME ...</source>
        <translation>steward repo %1 NAME ...</translation>
    </message>
    <message>
        <source>steward push PATH --to NAME [--wait]</source>
        <translation>steward push PFAD --to NAME [--wait]</translation>
    </message>
    <message>
        <source>No repository named %1; add it with steward repo add.</source>
        <translation>Kein Repositorium namens %1; es mit steward repo add hinzufügen.</translation>
    </message>
    <message>
        <source>Queued transfer %1 to %2; Steward sends it in the background (or run steward queue resume --wait).</source>
        <translation>Übertragung %1 nach %2 eingereiht; Steward sendet sie im Hintergrund (oder steward queue resume --wait ausführen).</translation>
    </message>
    <message>
        <source>Transfer %1: %2.</source>
        <translation>Übertragung %1: %2.</translation>
    </message>
    <message>
        <source>The transfer queue is empty.</source>
        <translation>Die Übertragungswarteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted transfer(s) resumed.</source>
        <translation>
            <numerusform>%n unterbrochene Übertragung fortgesetzt.</numerusform>
            <numerusform>%n unterbrochene Übertragungen fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>steward queue list | pause ID | resume [ID] [--wait] | cancel ID</source>
        <translation>steward queue list | pause ID | resume [ID] [--wait] | cancel ID</translation>
    </message>
    <message>
        <source>No transfer %1 in the queue.</source>
        <translation>Keine Übertragung %1 in der Warteschlange.</translation>
    </message>
    <message>
        <source>Transfer %1 is already %2.</source>
        <translation>Übertragung %1 hat bereits den Status „%2“.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Transfer %1 paused.</source>
        <translation>Übertragung %1 pausiert.</translation>
    </message>
    <message>
        <source>Transfer %1 was already delivered.</source>
        <translation>Übertragung %1 wurde bereits zugestellt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled.</source>
        <translation>Übertragung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Transfer %1 queued again.</source>
        <translation>Übertragung %1 erneut eingereiht.</translation>
    </message>
    <message>
        <source>push, queue resume: bandwidth limit in MB/s (0: none).</source>
        <translation>push, queue resume: Bandbreitenbegrenzung in MB/s (0: keine).</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>--bwlimit takes megabytes per second, e.g. 50 or 0.5.</source>
        <translation>--bwlimit erwartet Megabyte pro Sekunde, z. B. 50 oder 0.5.</translation>
    </message>
    <message>
        <source>transfer %1: %2% of %3, %4/s, %5</source>
        <translation>Übertragung %1: %2 % von %3, %4/s, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>transfer %1: %2</source>
        <translation>Übertragung %1: %2</translation>
    </message>
    <message>
        <source>steward repo add NAME --kind s3|sftp|webdav|folder ...</source>
        <translation>steward repo add NAME --kind s3|sftp|webdav|folder ...</translation>
    </message>
    <message>
        <source>A %1 repository needs --%2.</source>
        <translation>Ein %1-Repositorium braucht --%2.</translation>
    </message>
    <message>
        <source>--host-fingerprint takes the fingerprint as OpenSSH prints it: SHA256:... (ssh-keyscan HOST | ssh-keygen -lf -).</source>
        <translation>--host-fingerprint erwartet den Fingerabdruck so, wie OpenSSH ihn ausgibt: SHA256:... (ssh-keyscan HOST | ssh-keygen -lf -).</translation>
    </message>
    <message>
        <source>--secret-stdin: no secret on standard input.</source>
        <translation>--secret-stdin: keine Zugangsdaten auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Repository %1 (%2) saved.</source>
        <translation>Repositorium %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>It declares no data use yet, so no dataset can be approved for it: steward repo declare %1 --purpose PURPOSE.</source>
        <translation>Es erklärt noch keine Datennutzung, daher kann kein Datensatz dafür freigegeben werden: steward repo declare %1 --purpose ZWECK.</translation>
    </message>
    <message>
        <source>No repository named %1.</source>
        <translation>Kein Repositorium namens %1.</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>repo add (S3, WebDAV): a PEM file of certificate authorities to trust for this server besides the system&apos;s (an institution&apos;s own CA).</source>
        <translation>repo add (S3, WebDAV): eine PEM-Datei mit Zertifizierungsstellen, denen für diesen Server zusätzlich zu denen des Systems vertraut wird (die eigene Zertifizierungsstelle einer Einrichtung).</translation>
    </message>
</context>
<context>
    <name>TransferEngine</name>
    <message>
        <source>The repository of this transfer was removed.</source>
        <translation>Das Repositorium dieser Übertragung wurde entfernt.</translation>
    </message>
    <message>
        <source>The settings of %1 changed after this transfer was queued. Check them, then resume the transfer to send it with the new settings.</source>
        <translation>Die Einstellungen von %1 haben sich geändert, nachdem diese Übertragung eingereiht wurde. Die Einstellungen prüfen und die Übertragung dann fortsetzen, um sie mit den neuen Einstellungen zu senden.</translation>
    </message>
    <message>
        <source>%1 changed (or disappeared) after the transfer was queued; nothing more was sent. Queue the bundle again once it is final.</source>
        <translation>%1 hat sich geändert (oder ist verschwunden), nachdem die Übertragung eingereiht wurde; es wurde nichts mehr gesendet. Das Paket erneut einreihen, sobald es endgültig ist.</translation>
    </message>
    <message numerus="yes">
        <source>The repository cannot be reached; Steward retries every %n second(s).</source>
        <translation>
            <numerusform>Das Repositorium ist nicht erreichbar; Steward versucht es im Abstand von %n Sekunde erneut.</numerusform>
            <numerusform>Das Repositorium ist nicht erreichbar; Steward versucht es im Abstand von %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was left half-written on the repository.</source>
        <translation>Abgebrochen; auf dem Repositorium blieb nichts halb geschrieben zurück.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes on the repository but %3 here; retry the transfer to send it again.</source>
        <translation>%1 hat auf dem Repositorium %2 Bytes, hier aber %3; die Übertragung wiederholen, um die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>%1 on the repository does not match its SHA-256; retry the transfer to send it again.</source>
        <translation>%1 auf dem Repositorium stimmt nicht mit seinem SHA-256 überein; die Übertragung wiederholen, um die Datei erneut zu senden.</translation>
    </message>
    <message>
        <source>The manifest read back from %1 differs from the one written; the repository did not store it faithfully.</source>
        <translation>Das von %1 zurückgelesene Manifest weicht vom geschriebenen ab; das Repositorium hat es nicht originalgetreu gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Steward gave up after %n retr(y|ies); retry the transfer when the repository is healthy.</source>
        <translation>
            <numerusform>%1 Steward hat nach %n Wiederholung aufgegeben; die Übertragung wiederholen, sobald das Repositorium wieder funktioniert.</numerusform>
            <numerusform>%1 Steward hat nach %n Wiederholungen aufgegeben; die Übertragung wiederholen, sobald das Repositorium wieder funktioniert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRecord</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird verifiziert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TransferStore</name>
    <message>
        <source>%1 is not a folder; push a bundle or a folder.</source>
        <translation>%1 ist kein Ordner; ein Paket oder einen Ordner übertragen.</translation>
    </message>
    <message>
        <source>%1 contains links or special files that cannot be pushed: %2</source>
        <translation>%1 enthält Links oder Sonderdateien, die nicht übertragen werden können: %2</translation>
    </message>
    <message>
        <source>%1 contains no files to push.</source>
        <translation>%1 enthält keine Dateien zum Übertragen.</translation>
    </message>
    <message>
        <source>No transfer %1 in the queue.</source>
        <translation>Keine Übertragung %1 in der Warteschlange.</translation>
    </message>
    <message>
        <source>Interrupted (Steward stopped); resuming.</source>
        <translation>Unterbrochen (Steward wurde beendet); wird fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>VariantBlockReader</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>Der VCF/BCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>htslib read this record with %1.</source>
        <translation>htslib hat diesen Eintrag gelesen, aber er enthält %1.</translation>
    </message>
    <message>
        <source>Cannot seek in %1; the file may have changed on disk.</source>
        <translation>In %1 kann nicht gesprungen werden; die Datei hat sich möglicherweise auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>This record cannot be parsed (htslib error %1).</source>
        <translation>Dieser Eintrag kann nicht geparst werden (htslib-Fehler %1).</translation>
    </message>
</context>
<context>
    <name>VariantQuery</name>
    <message>
        <source>A region query needs an index (.tbi or .csi) next to %1; make one with bcftools index, or filter on CHROM and POS instead.</source>
        <translation>Eine Regionsabfrage benötigt einen Index (.tbi oder .csi) neben %1; einen mit bcftools index erstellen oder stattdessen nach CHROM und POS filtern.</translation>
    </message>
    <message>
        <source>Cannot read the region %1 of %2: %3</source>
        <translation>Die Region %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>Der VCF/BCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>VariantQuickFilters</name>
    <message>
        <source>carriers only</source>
        <translation>nur Träger</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>impact HIGH</source>
        <translation>Auswirkung HIGH</translation>
    </message>
    <message>
        <source>impact at least MODERATE</source>
        <translation>Auswirkung mindestens MODERATE</translation>
    </message>
    <message>
        <source>ClinVar pathogenic/likely pathogenic</source>
        <translation>ClinVar pathogen/wahrscheinlich pathogen</translation>
    </message>
    <message>
        <source>population AF below %1</source>
        <translation>Populations-AF unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s)</source>
        <translation>
            <numerusform>%n Gen</numerusform>
            <numerusform>%n Gene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a BED line needs a contig, a start and an end (tab-separated, 0-based, end not before start).</source>
        <translation>%1, Zeile %2: Eine BED-Zeile braucht einen Contig, einen Start und ein Ende (tabulatorgetrennt, 0-basiert, Ende nicht vor Start).</translation>
    </message>
    <message>
        <source>%1 has no regions.</source>
        <translation>%1 enthält keine Regionen.</translation>
    </message>
</context>
<context>
    <name>VariantRecordDetail</name>
    <message>
        <source>No record to show: record number %1 is not valid.</source>
        <translation>Kein Eintrag zum Anzeigen: Die Eintragsnummer %1 ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file.</source>
        <translation>%1 ist keine VCF- oder BCF-Datei.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>Der VCF/BCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot seek to record %1 in %2; the file may have changed on disk. Open it again.</source>
        <translation>Zu Eintrag %1 in %2 kann nicht gesprungen werden; die Datei hat sich möglicherweise auf dem Datenträger geändert. Die Datei erneut öffnen.</translation>
    </message>
    <message>
        <source>Reading record %1 of %2 was cancelled.</source>
        <translation>Das Lesen von Eintrag %1 in %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has %2 records; record %3 is past its end. The file may have changed on disk: open it again.</source>
        <translation>%1 hat %2 Einträge; Eintrag %3 liegt hinter dem Ende. Die Datei hat sich möglicherweise auf dem Datenträger geändert; die Datei erneut öffnen.</translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be read, so the records after it cannot be found (a BCF cannot be read past a damaged record).</source>
        <translation>Eintrag %1 in %2 kann nicht gelesen werden, daher lassen sich die folgenden Einträge nicht finden (eine BCF-Datei kann nicht über einen beschädigten Eintrag hinaus gelesen werden).</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the compressed data is damaged.</source>
        <translation>%1 kann nach Eintrag %2 nicht gelesen werden: Die komprimierten Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be parsed (htslib error %3); check the line with `bcftools view`.</source>
        <translation>Eintrag %1 in %2 kann nicht geparst werden (htslib-Fehler %3); die Zeile mit `bcftools view` prüfen.</translation>
    </message>
    <message>
        <source>htslib reported a problem in this record (error code %1): some values may be missing. Check the line with `bcftools view`.</source>
        <translation>htslib hat ein Problem in diesem Eintrag gemeldet (Fehlercode %1): Einige Werte fehlen möglicherweise. Die Zeile mit `bcftools view` prüfen.</translation>
    </message>
    <message>
        <source>This record line is incomplete or damaged (no valid POS or REF): the values shown are what could be read. Check the line with `bcftools view`.</source>
        <translation>Diese Eintragszeile ist unvollständig oder beschädigt (kein gültiges POS oder REF): Angezeigt wird, was gelesen werden konnte. Die Zeile mit `bcftools view` prüfen.</translation>
    </message>
</context>
<context>
    <name>VariantRowIndexBuilder</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file is compressed with plain gzip, not BGZF: rows can only be read from the start.</source>
        <translation>Die Datei ist mit einfachem gzip statt BGZF komprimiert: Zeilen können nur von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not BGZF-compressed: rows can only be read from the start.</source>
        <translation>Die Datei ist nicht BGZF-komprimiert: Zeilen können nur von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file.</source>
        <translation>%1 ist keine VCF- oder BCF-Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>Der VCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the compressed data is damaged.</source>
        <translation>%1 kann nach Eintrag %2 nicht gelesen werden: Die komprimierten Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>Cannot read the BCF header of %1.</source>
        <translation>Der BCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the data is damaged.</source>
        <translation>%1 kann nach Eintrag %2 nicht gelesen werden: Die Daten sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>VariantStatsReader</name>
    <message>
        <source>No place to put the statistics of %1.</source>
        <translation>Kein Speicherort für die Statistik von %1.</translation>
    </message>
    <message>
        <source>htslib cannot open it</source>
        <translation>htslib kann die Datei nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file: htslib sees %2. A VCF starts with a &quot;##fileformat=VCFv4.x&quot; line.</source>
        <translation>%1 ist keine VCF- oder BCF-Datei: htslib erkennt %2. Eine VCF-Datei beginnt mit der Zeile „##fileformat=VCFv4.x“.</translation>
    </message>
    <message>
        <source>The compressed file lacks its end-of-file marker: it is truncated, and the records after the cut are missing. Copy or download it again.</source>
        <translation>Der komprimierten Datei fehlt die Dateiende-Markierung; sie ist abgeschnitten, und die Einträge nach dem Abbruch fehlen. Die Datei erneut kopieren oder herunterladen.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1: the compressed file is truncated.</source>
        <translation>Der VCF/BCF-Header von %1 kann nicht gelesen werden: Die komprimierte Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1: it is damaged or not a valid VCF/BCF header (a VCF header ends with the #CHROM line).</source>
        <translation>Der VCF/BCF-Header von %1 kann nicht gelesen werden: Er ist beschädigt oder kein gültiger VCF/BCF-Header (ein VCF-Header endet mit der #CHROM-Zeile).</translation>
    </message>
    <message>
        <source>record %1, line %2</source>
        <translation>Eintrag %1, Zeile %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>unbekannter Position</translation>
    </message>
    <message>
        <source>The record at %1 cannot be parsed: it has %2. It is left out of the statistics.</source>
        <translation>Der Eintrag an %1 kann nicht geparst werden: Er enthält %2. Er bleibt in der Statistik unberücksichtigt.</translation>
    </message>
    <message>
        <source>Reading stopped at the cut, after %1 records.</source>
        <translation>Das Lesen endete am Abbruch nach %1 Einträgen.</translation>
    </message>
    <message>
        <source>Record %1 cannot be read (%2): the data is damaged. Reading stopped; the statistics cover only the records before it.</source>
        <translation>Eintrag %1 kann nicht gelesen werden (htslib meldet %2): Die Daten sind beschädigt. Das Lesen wurde beendet; die Statistik umfasst nur die Einträge davor.</translation>
    </message>
    <message>
        <source>a read or decompression error</source>
        <translation>einen Lese- oder Dekomprimierungsfehler</translation>
    </message>
    <message>
        <source>The line is empty or has no REF column. bcftools stats counts it as a record without ALT, and so does this summary; remove the line.</source>
        <translation>Die Zeile ist leer oder hat keine REF-Spalte. bcftools stats zählt sie als Eintrag ohne ALT, ebenso diese Zusammenfassung; die Zeile entfernen.</translation>
    </message>
    <message>
        <source>The record at %1 has %2; htslib worked around it and the record is counted. Fix the header or the record.</source>
        <translation>Der Eintrag an %1 enthält %2; htslib hat das umgangen und der Eintrag wird gezählt. Den Header oder den Eintrag korrigieren.</translation>
    </message>
    <message>
        <source>Contig &quot;%1&quot; is used by records but not declared in the header; add a ##contig line for it.</source>
        <translation>Contig „%1“ wird von Einträgen verwendet, ist aber nicht im Header deklariert; eine ##contig-Zeile dafür ergänzen.</translation>
    </message>
    <message>
        <source>INFO/AN is smaller than the sum of INFO/AC</source>
        <translation>INFO/AN ist kleiner als die Summe von INFO/AC</translation>
    </message>
    <message>
        <source>INFO/AC is not of type Integer</source>
        <translation>INFO/AC ist nicht vom Typ Integer</translation>
    </message>
    <message>
        <source>a genotype names an allele the record does not have</source>
        <translation>ein Genotyp verweist auf ein Allel, das der Eintrag nicht hat</translation>
    </message>
    <message>
        <source>The record at %1 is inconsistent: %2. It is counted, but its allele frequencies or genotypes are left out (bcftools stats stops here).</source>
        <translation>Der Eintrag an %1 ist inkonsistent: %2. Er wird gezählt, aber seine Allelfrequenzen oder Genotypen bleiben unberücksichtigt (bcftools stats bricht hier ab).</translation>
    </message>
    <message>
        <source>a contig that the header does not declare</source>
        <translation>einen Contig, den der Header nicht deklariert</translation>
    </message>
    <message>
        <source>an INFO, FORMAT or FILTER tag that the header does not declare</source>
        <translation>ein INFO-, FORMAT- oder FILTER-Tag, das der Header nicht deklariert</translation>
    </message>
    <message>
        <source>the wrong number of columns (fewer sample columns than the header names, or missing fixed columns)</source>
        <translation>eine falsche Spaltenanzahl (weniger Probenspalten als im Header genannt oder fehlende feste Spalten)</translation>
    </message>
    <message>
        <source>a value beyond htslib&apos;s limits (a position, length or count too large)</source>
        <translation>einen Wert jenseits der Grenzen von htslib (eine zu große Position, Länge oder Anzahl)</translation>
    </message>
    <message>
        <source>an invalid character</source>
        <translation>ein ungültiges Zeichen</translation>
    </message>
    <message>
        <source>an invalid contig name</source>
        <translation>einen ungültigen Contig-Namen</translation>
    </message>
    <message>
        <source>an invalid tag (a bad tag name, or a value that does not fit its header definition)</source>
        <translation>ein ungültiges Tag (ein fehlerhafter Tag-Name oder ein Wert, der nicht zur Header-Definition passt)</translation>
    </message>
    <message>
        <source>an error htslib reports as code %1</source>
        <translation>einen Fehler mit dem htslib-Code %1</translation>
    </message>
    <message>
        <source>content htslib cannot parse</source>
        <translation>Inhalt, den htslib nicht parsen kann</translation>
    </message>
    <message>
        <source>%1 more problems of this kind (%2) are not listed.</source>
        <translation>%1 weitere Probleme dieser Art (%2) werden nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>VcfContentDigest</name>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>%1 kann zur Prüfung nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot start decompression threads for %1</source>
        <translation>Die Dekompressions-Threads für %1 können nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>Der Header von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot select the samples of %1 (sample %2 is not in the file)</source>
        <translation>Die Proben von %1 können nicht ausgewählt werden (Probe %2 ist nicht in der Datei)</translation>
    </message>
    <message>
        <source>%1: record %2 (%3:%4) is invalid (htslib error %5)</source>
        <translation>%1: Eintrag %2 (%3:%4) ist ungültig (htslib-Fehler %5)</translation>
    </message>
    <message>
        <source>Cancelled while checking %1</source>
        <translation>Abgebrochen während der Prüfung von %1</translation>
    </message>
    <message>
        <source>%1 is damaged after record %2 (htslib could not read further)</source>
        <translation>%1 ist nach Eintrag %2 beschädigt (htslib konnte nicht weiterlesen)</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 digest of %1 (OpenSSL failed)</source>
        <translation>Die SHA-256-Prüfsumme von %1 kann nicht berechnet werden (OpenSSL ist fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>VcfDeidentifier</name>
    <message>
        <source>Cannot index %1 (htslib error %2; is it sorted by position?)</source>
        <translation>%1 kann nicht indiziert werden (htslib-Fehler %2; ist die Datei nach Position sortiert?)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: a BGZF block in its header cannot be read</source>
        <translation>%1 ist beschädigt: Ein BGZF-Block im Header kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 ends inside its header</source>
        <translation>%1 endet innerhalb seines Headers</translation>
    </message>
    <message>
        <source>%1 has no #CHROM header line</source>
        <translation>%1 hat keine #CHROM-Headerzeile</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled while writing %1</source>
        <translation>Abgebrochen beim Schreiben von %1</translation>
    </message>
    <message>
        <source>Body copied without recompression</source>
        <translation>Datenteil ohne erneute Komprimierung kopiert</translation>
    </message>
    <message>
        <source>Cannot start threads to read %1</source>
        <translation>Die Threads zum Lesen von %1 können nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>Der Header von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot select the samples of %1</source>
        <translation>Die Proben von %1 können nicht ausgewählt werden</translation>
    </message>
    <message>
        <source>Dropped 1 sample</source>
        <translation>1 Probe entfernt</translation>
    </message>
    <message>
        <source>Dropped %1 samples</source>
        <translation>%1 Proben entfernt</translation>
    </message>
    <message>
        <source>Cannot build the new header of %1</source>
        <translation>Der neue Header von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Recomputed INFO/AC and INFO/AN from the remaining samples</source>
        <translation>INFO/AC und INFO/AN aus den verbleibenden Proben neu berechnet</translation>
    </message>
    <message>
        <source>Cannot start threads to write %1</source>
        <translation>Die Threads zum Schreiben von %1 können nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: record %2 (%3:%4) is invalid</source>
        <translation>%1: Eintrag %2 (%3:%4) ist ungültig</translation>
    </message>
    <message>
        <source>%1 is damaged after record %2</source>
        <translation>%1 ist nach Eintrag %2 beschädigt</translation>
    </message>
    <message>
        <source>Cancelled while checking %1</source>
        <translation>Abgebrochen während der Prüfung von %1</translation>
    </message>
    <message>
        <source>The written file %1 cannot be read back</source>
        <translation>Die geschriebene Datei %1 kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>The written file %1 does not have the expected samples</source>
        <translation>Die geschriebene Datei %1 hat nicht die erwarteten Proben</translation>
    </message>
    <message>
        <source>Checked by byte identity of the copied body only</source>
        <translation>Nur anhand der Byte-Gleichheit des kopierten Datenteils geprüft</translation>
    </message>
    <message>
        <source>%1 has %2 records but %3 has %4</source>
        <translation>%1 hat %2 Einträge, %3 aber %4</translation>
    </message>
    <message>
        <source>The content of %1 differs from %2&apos;s (content digest %3, expected %4)</source>
        <translation>Der Inhalt von %1 weicht von dem von %2 ab (Inhalts-Prüfsumme %3, erwartet %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The output %1 is the input itself; choose another name (originals are never changed)</source>
        <translation>Die Ausgabe %1 ist die Eingabe selbst; einen anderen Namen wählen (Originale werden nie verändert)</translation>
    </message>
    <message>
        <source>Cannot tell the format to write from the name %1; end it in .vcf.gz, .bcf or .vcf</source>
        <translation>Aus dem Namen %1 lässt sich das zu schreibende Format nicht erkennen; er muss auf .vcf.gz, .bcf oder .vcf enden</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file</source>
        <translation>%1 ist keine VCF- oder BCF-Datei</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Two samples of %1 would both be named %2 in the output (%3 and %4); choose different pseudonyms</source>
        <translation>Zwei Proben von %1 würden in der Ausgabe beide %2 heißen (%3 und %4); andere Pseudonyme wählen</translation>
    </message>
    <message>
        <source>Renamed 1 sample</source>
        <translation>1 Probe umbenannt</translation>
    </message>
    <message>
        <source>Renamed %1 samples</source>
        <translation>%1 Proben umbenannt</translation>
    </message>
    <message>
        <source>%1: cannot parse the header line %2</source>
        <translation>%1: Die Headerzeile %2 lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>Profile %1 drops the ##%2 lines of %3, which its records need; add %2 to vcf.keepHeaderKeys</source>
        <translation>Profil %1 entfernt die ##%2-Zeilen von %3, die seine Einträge brauchen; %2 zu vcf.keepHeaderKeys hinzufügen</translation>
    </message>
    <message>
        <source>Profile %1 removes INFO field %2, which %3 does not declare</source>
        <translation>Profil %1 entfernt das INFO-Feld %2, das %3 nicht deklariert</translation>
    </message>
    <message>
        <source>Profile %1 removes FORMAT field %2, which %3 does not declare</source>
        <translation>Profil %1 entfernt das FORMAT-Feld %2, das %3 nicht deklariert</translation>
    </message>
    <message>
        <source>Dropped 1 ##%1 line</source>
        <translation>1 ##%1-Zeile entfernt</translation>
    </message>
    <message>
        <source>Dropped %1 ##%2 lines</source>
        <translation>%1 ##%2-Zeilen entfernt</translation>
    </message>
    <message>
        <source>Removed the %1 attribute from 1 ##contig line</source>
        <translation>Das Attribut %1 aus 1 ##contig-Zeile entfernt</translation>
    </message>
    <message>
        <source>Removed the %1 attribute from %2 ##contig lines</source>
        <translation>Das Attribut %1 aus %2 ##contig-Zeilen entfernt</translation>
    </message>
    <message>
        <source>Removed INFO/%1</source>
        <translation>INFO/%1 entfernt</translation>
    </message>
    <message>
        <source>Removed FORMAT/%1</source>
        <translation>FORMAT/%1 entfernt</translation>
    </message>
    <message>
        <source>Scrubbed identifying text in 1 header line</source>
        <translation>Identifizierenden Text in 1 Headerzeile bereinigt</translation>
    </message>
    <message>
        <source>Scrubbed identifying text in %1 header lines</source>
        <translation>Identifizierenden Text in %1 Headerzeilen bereinigt</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 is older than its file</source>
        <translation>Index neu erstellt: %1 ist älter als seine Datei</translation>
    </message>
    <message>
        <source>Index carried over from the input&apos;s, its offsets moved past the new header</source>
        <translation>Index der Eingabe übernommen, seine Offsets hinter den neuen Kopf verschoben</translation>
    </message>
    <message>
        <source>Index rebuilt: the input&apos;s does not find the same records</source>
        <translation>Index neu erstellt: der der Eingabe findet nicht dieselben Datensätze</translation>
    </message>
    <message>
        <source>Index rebuilt: %1</source>
        <translation>Index neu erstellt: %1</translation>
    </message>
    <message>
        <source>Cannot start the index of %1</source>
        <translation>Kann den Index von %1 nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot index %1 at record %2 (%3 %4): is it sorted by position?</source>
        <translation>Kann %1 bei Datensatz %2 (%3 %4) nicht indizieren: ist die Datei nach Position sortiert?</translation>
    </message>
    <message>
        <source>Cannot write the index %1</source>
        <translation>Kann den Index %1 nicht schreiben</translation>
    </message>
    <message>
        <source>The body of %1 differs from the input&apos;s at byte %2 after writing (a disk error?)</source>
        <translation>Der Rumpf von %1 weicht nach dem Schreiben bei Byte %2 von dem der Eingabe ab (ein Plattenfehler?)</translation>
    </message>
    <message>
        <source>Cannot count the records of %1 from its index %2</source>
        <translation>Kann die Datensätze von %1 nicht aus seinem Index %2 zählen</translation>
    </message>
</context>
<context>
    <name>WebDavBackend</name>
    <message>
        <source>Signed in; the collection is writable.</source>
        <translation>Angemeldet; die Sammlung ist beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>In %1 kann keine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 It failed twice and the server does not say why: most likely its disk is full or user %2 is over quota (nginx answers a full disk with HTTP 500), or it cannot write to its folder. Free space in %3 (repository %4), or ask the server&apos;s administrator to check its free space and error log, then resume the transfer.</source>
        <translation>%1 Es ist zweimal fehlgeschlagen und der Server nennt keinen Grund: höchstwahrscheinlich ist seine Platte voll oder Benutzer %2 hat sein Kontingent überschritten (nginx beantwortet eine volle Platte mit HTTP 500), oder er kann nicht in seinen Ordner schreiben. Schaffen Sie Platz in %3 (Repository %4) oder bitten Sie den Administrator des Servers, freien Platz und Fehlerprotokoll zu prüfen, und setzen Sie die Übertragung dann fort.</translation>
    </message>
</context>
<context>
    <name>WebDavClient</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL konnte keinen SHA-256 berechnen.</translation>
    </message>
    <message>
        <source>The WebDAV address %1 is not an http or https URL: correct it in the repository settings.</source>
        <translation>Die WebDAV-Adresse %1 ist keine http- oder https-URL: sie in den Einstellungen des Repositoriums korrigieren.</translation>
    </message>
    <message>
        <source>The remote path %1 is not allowed: it contains &quot;..&quot; or a control character.</source>
        <translation>Der entfernte Pfad %1 ist nicht zulässig: Er enthält „..“ oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: angehalten.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 cannot be reached (%3). Steward retries when the network is back.</source>
        <translation>%1: Der WebDAV-Server %2 ist nicht erreichbar (%3). Steward versucht es erneut, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>%1: the connection to the WebDAV server at %2 failed (%3). Steward retries.</source>
        <translation>%1: Die Verbindung zum WebDAV-Server %2 ist fehlgeschlagen (%3). Steward versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The WebDAV server at %1 refused the user name or password of %2 (HTTP 401). Check them in the repository settings; some servers (Nextcloud with two-factor login) need an app password.</source>
        <translation>Der WebDAV-Server %1 hat Benutzernamen oder Passwort von %2 abgelehnt (HTTP 401). Beides in den Einstellungen des Repositoriums prüfen; manche Server (Nextcloud mit Zwei-Faktor-Anmeldung) brauchen ein App-Passwort.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 does not allow this for user %3 (HTTP 403). Check the folder in the repository settings or ask the server&apos;s administrator for write access.</source>
        <translation>%1: Der WebDAV-Server %2 erlaubt dies dem Benutzer %3 nicht (HTTP 403). Den Ordner in den Einstellungen des Repositoriums prüfen oder die Administration des Servers um Schreibzugriff bitten.</translation>
    </message>
    <message>
        <source>%1: %2 or its folder does not exist (HTTP %3). Check the address in the repository settings.</source>
        <translation>%1: %2 oder sein Ordner existiert nicht (HTTP %3). Die Adresse in den Einstellungen des Repositoriums prüfen.</translation>
    </message>
    <message>
        <source>%1: the target already exists on the WebDAV server and Steward did not replace it (HTTP 412).</source>
        <translation>%1: Das Ziel existiert bereits auf dem WebDAV-Server, und Steward hat es nicht ersetzt (HTTP 412).</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 has no space left or the quota of %3 is used up (HTTP 507). Free space or ask for a larger quota, then resume.</source>
        <translation>%1: Der WebDAV-Server %2 hat keinen freien Speicherplatz mehr oder das Kontingent von %3 ist ausgeschöpft (HTTP 507). Speicherplatz freigeben oder ein größeres Kontingent anfordern und dann fortsetzen.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 refuses files this large (HTTP 413). Ask its administrator to raise the upload limit.</source>
        <translation>%1: Der WebDAV-Server %2 lehnt so große Dateien ab (HTTP 413). Die Administration des Servers bitten, das Upload-Limit zu erhöhen.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 is busy or failed (HTTP %3). Steward retries.</source>
        <translation>%1: Der WebDAV-Server %2 ist ausgelastet oder gestört (HTTP %3). Steward versucht es erneut.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 redirects elsewhere (HTTP %3). Check the address in the repository settings (http or https, a missing path).</source>
        <translation>%1: Der WebDAV-Server %2 leitet woandershin weiter (HTTP %3). Die Adresse in den Einstellungen des Repositoriums prüfen (http oder https, ein fehlender Pfad).</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 answered HTTP %3. Is the address that of a WebDAV folder?</source>
        <translation>%1: Der WebDAV-Server %2 antwortete mit HTTP %3. Ist die Adresse die eines WebDAV-Ordners?</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 sent a listing Steward cannot read.</source>
        <translation>%1: Der WebDAV-Server %2 hat eine Auflistung gesendet, die Steward nicht lesen kann.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfen von %1</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 did not report a size.</source>
        <translation>%1: Der WebDAV-Server %2 hat keine Größe gemeldet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>Hochladen von %1 nach %2</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>Verschieben von %1 nach %2</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>Anlegen des Ordners %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes from offset %3 cannot be read into memory.</source>
        <translation>%1: %2 Bytes ab Offset %3 können nicht in den Speicher gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MiB Steward reads into memory.</source>
        <translation>%1: Die Datei ist größer als die %2 MiB, die Steward in den Speicher liest.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>Herunterladen von %1 nach %2</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 could not be verified (%3). Check the address; if the server uses its own certificate authority, give its certificate to the repository (CA certificate, --ca-file) or install it on this computer. Steward never sends data to an unverified server.</source>
        <translation>%1: das Zertifikat von %2 konnte nicht überprüft werden (%3). Prüfen Sie die Adresse; verwendet der Server eine eigene Zertifizierungsstelle, geben Sie deren Zertifikat dem Repository (CA-Zertifikat, --ca-file) oder installieren Sie es auf diesem Computer. Steward sendet nie Daten an einen nicht überprüften Server.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 could not store the file (HTTP 500).</source>
        <translation>%1: der WebDAV-Server unter %2 konnte die Datei nicht speichern (HTTP 500).</translation>
    </message>
</context>
<context>
    <name>WorkspaceScanner</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The workspace %1 is not available.</source>
        <translation>Der Arbeitsbereich %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The workspace folder cannot be reached (a disconnected drive, or the folder was moved). Its catalog entries are kept; reconnect it and rescan.</source>
        <translation>Der Ordner des Arbeitsbereichs ist nicht erreichbar (ein getrenntes Laufwerk, oder der Ordner wurde verschoben). Seine Katalogeinträge bleiben erhalten; den Ordner wieder verbinden und erneut scannen.</translation>
    </message>
    <message>
        <source>This folder cannot be read (permission denied); its files are not in the catalog.</source>
        <translation>Dieser Ordner kann nicht gelesen werden (Zugriff verweigert); seine Dateien sind nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1 disappeared during the scan.</source>
        <translation>%1 ist während des Scans verschwunden.</translation>
    </message>
    <message>
        <source>The file changed while it was being read; its statistics may not match its content. It will be read again at the next scan.</source>
        <translation>Die Datei hat sich während des Lesens geändert; ihre Statistik passt möglicherweise nicht zum Inhalt. Sie wird beim nächsten Scan erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>steward::BundleDetailPane</name>
    <message>
        <source>File in the bag</source>
        <translation>Datei im Bag</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a bundle&lt;/b&gt; to see its files and verification.</source>
        <translation>&lt;b&gt;Ein Paket auswählen&lt;/b&gt;, um seine Dateien und die Verifizierung zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 für %3</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s) (Payload-Oxum %2)</source>
        <translation>
            <numerusform>%1 in %n Datei (Payload-Oxum %2)</numerusform>
            <numerusform>%1 in %n Dateien (Payload-Oxum %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>Encrypted for</source>
        <translation>Verschlüsselt für</translation>
    </message>
    <message>
        <source>nobody: the files are not encrypted</source>
        <translation>niemanden: Die Dateien sind nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
    <message>
        <source>A draft has no files yet: sealing it plans it again, checks every de-identified file and writes the bag.</source>
        <translation>Ein Entwurf hat noch keine Dateien: Beim Versiegeln wird er neu geplant, jede de-identifizierte Datei geprüft und das Bag geschrieben.</translation>
    </message>
    <message>
        <source>Files in the bag</source>
        <translation>Dateien im Bag</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
aus %2</translation>
    </message>
    <message>
        <source>Crypt4GH</source>
        <translation>Crypt4GH</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not verified yet in this session: Verify re-reads every file and checks it against the manifests.</source>
        <translation>In dieser Sitzung noch nicht verifiziert: „Verifizieren“ liest jede Datei erneut und prüft sie gegen die Manifeste.</translation>
    </message>
    <message>
        <source>Verification cancelled at %1.</source>
        <translation>Verifizierung um %1 abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid (checked %1): %n payload file(s), %2; the checksums of all %3 files verified; the identifier matches.</source>
        <translation>
            <numerusform>✔ Gültig (geprüft um %1): %n Nutzdaten-Datei, %2; alle Prüfsummen von %3 Datei(en) verifiziert; die Kennung stimmt überein.</numerusform>
            <numerusform>✔ Gültig (geprüft um %1): %n Nutzdaten-Dateien, %2; alle Prüfsummen von %3 Datei(en) verifiziert; die Kennung stimmt überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ Invalid (checked %1): %n problem(s). The bag is not what was sealed; do not send it.</source>
        <translation>
            <numerusform>✘ Ungültig (geprüft um %1): %n Problem. Das Bag ist nicht das versiegelte; nicht versenden.</numerusform>
            <numerusform>✘ Ungültig (geprüft um %1): %n Probleme. Das Bag ist nicht das versiegelte; nicht versenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::BundleEditor</name>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save and seal</source>
        <translation>Speichern und versiegeln</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>e.g. cf-study-2025</source>
        <translation>z. B. cf-study-2025</translation>
    </message>
    <message>
        <source>Names the bag&apos;s folder: letters, digits and dashes.</source>
        <translation>Benennt den Ordner des Bags: Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>What the recipients get, written into the bag (External-Description)</source>
        <translation>Was die Empfänger erhalten; wird ins Bag geschrieben (External-Description)</translation>
    </message>
    <message>
        <source>File in the bag</source>
        <translation>Datei im Bag</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Writes the bag: possible once every chosen dataset can ship</source>
        <translation>Schreibt das Bag: möglich, sobald jeder ausgewählte Datensatz geliefert werden kann</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Schlüssel…</translation>
    </message>
    <message>
        <source>Add recipients&apos; public keys or make your own key pair</source>
        <translation>Öffentliche Schlüssel von Empfängern hinzufügen oder ein eigenes Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>Encrypt for (Crypt4GH)</source>
        <translation>Verschlüsseln für (Crypt4GH)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>What will ship</source>
        <translation>Was geliefert wird</translation>
    </message>
    <message>
        <source>Refused or left out</source>
        <translation>Abgelehnt oder ausgelassen</translation>
    </message>
    <message>
        <source>A draft keeps its name; a new bundle can have another.</source>
        <translation>Ein Entwurf behält seinen Namen; ein neues Paket kann einen anderen haben.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes</source>
        <translation>Ziel des Pakets auswählen</translation>
    </message>
    <message numerus="yes">
        <source>, %n sample(s)</source>
        <translation>
            <numerusform>, %n Probe</numerusform>
            <numerusform>, %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (your key pair)</source>
        <translation>%1  (Ihr Schlüsselpaar)</translation>
    </message>
    <message>
        <source>%1  (no longer in the address book)</source>
        <translation>%1  (nicht mehr im Adressbuch)</translation>
    </message>
    <message>
        <source>No keys yet. Add a recipient&apos;s public key with Keys…</source>
        <translation>Noch keine Schlüssel. Den öffentlichen Schlüssel eines Empfängers mit „Schlüssel…“ hinzufügen.</translation>
    </message>
    <message>
        <source>Checking reviews, consent and de-identification…</source>
        <translation>Prüfungen, Einwilligungen und De-Identifizierung werden kontrolliert…</translation>
    </message>
    <message>
        <source>%1 cannot ship to %2:</source>
        <translation>%1 kann nicht an %2 geliefert werden:</translation>
    </message>
    <message>
        <source>%1 of %2 is left out: %3</source>
        <translation>%1 aus %2 wird ausgelassen: %3</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>Nichts abgelehnt.</translation>
    </message>
    <message>
        <source>Choose a destination: what may ship depends on the data use it declares.</source>
        <translation>Ein Ziel auswählen: Was geliefert werden darf, hängt von der dort erklärten Datennutzung ab.</translation>
    </message>
    <message>
        <source>Choose the datasets to send to %1.</source>
        <translation>Die Datensätze auswählen, die an %1 gehen sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen dataset(s) cannot ship to %1 (see below). Finish their review in the Review area, or uncheck them to seal the rest.</source>
        <translation>
            <numerusform>%n ausgewählter Datensatz kann nicht an %1 geliefert werden (siehe unten). Seine Prüfung im Bereich „Prüfung“ abschließen oder ihn abwählen, um den Rest zu versiegeln.</numerusform>
            <numerusform>%n ausgewählte Datensätze können nicht an %1 geliefert werden (siehe unten). Ihre Prüfung im Bereich „Prüfung“ abschließen oder sie abwählen, um den Rest zu versiegeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can ship to %1.</source>
        <translation>Nichts kann an %1 geliefert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will ship to %2.</source>
        <translation>
            <numerusform>%n Datei, %1, wird an %2 geliefert.</numerusform>
            <numerusform>%n Dateien, %1, werden an %2 geliefert.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ No recipient chosen: the files leave unencrypted, readable by anyone with access to the destination.</source>
        <translation>⚠ Kein Empfänger ausgewählt: Die Dateien gehen unverschlüsselt hinaus, lesbar für alle mit Zugriff auf das Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>Every file is encrypted with Crypt4GH; only the %n chosen recipient(s) can read it.</source>
        <translation>
            <numerusform>Jede Datei wird mit Crypt4GH verschlüsselt; nur der %n ausgewählte Empfänger kann sie lesen.</numerusform>
            <numerusform>Jede Datei wird mit Crypt4GH verschlüsselt; nur die %n ausgewählten Empfänger können sie lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle named %1 exists: saving makes its version %2.</source>
        <translation>Ein Paket namens %1 existiert bereits: Beim Speichern entsteht seine Version %2.</translation>
    </message>
</context>
<context>
    <name>steward::BundleListModel</name>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sealed yet: it can still change.</source>
        <translation>Noch nicht versiegelt: Es kann sich noch ändern.</translation>
    </message>
    <message>
        <source>Files are not encrypted.</source>
        <translation>Die Dateien sind nicht verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
            <numerusform>Mit Crypt4GH für %n Empfänger verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload-Oxum %1</source>
        <translation>Payload-Oxum %1</translation>
    </message>
    <message>
        <source>SHA-256 of tagmanifest-sha256.txt:
%1</source>
        <translation>SHA-256 von tagmanifest-sha256.txt:
%1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
</context>
<context>
    <name>steward::BundlesArea</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Entwurf bearbeiten…</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Versiegeln</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>Neues Paket…</translation>
    </message>
    <message>
        <source>Package approved, de-identified datasets for one destination</source>
        <translation>Freigegebene, de-identifizierte Datensätze für ein Ziel verpacken</translation>
    </message>
    <message>
        <source>Checks every gate again and writes the BagIt bag; a sealed bundle never changes</source>
        <translation>Prüft alle Voraussetzungen erneut und schreibt das BagIt-Bag; ein versiegeltes Paket ändert sich nie</translation>
    </message>
    <message>
        <source>Re-reads every file of the bag and checks it against its manifests and the sealed identifier</source>
        <translation>Liest jede Datei des Bags erneut und prüft sie gegen seine Manifeste und die versiegelte Kennung</translation>
    </message>
    <message>
        <source>A draft revising the selected sealed bundle</source>
        <translation>Ein Entwurf, der das ausgewählte versiegelte Paket überarbeitet</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Schlüssel…</translation>
    </message>
    <message>
        <source>Crypt4GH recipients and your own key pairs</source>
        <translation>Crypt4GH-Empfänger und Ihre eigenen Schlüsselpaare</translation>
    </message>
    <message>
        <source>No bundles yet</source>
        <translation>Noch keine Pakete</translation>
    </message>
    <message>
        <source>A bundle packages approved, de-identified datasets for one destination into a sealed BagIt bag with RO-Crate metadata, optionally encrypted with Crypt4GH for its recipients.

Approve a dataset&apos;s consent and its de-identification in the Review area, then make a bundle of it here.</source>
        <translation>Ein Paket fasst freigegebene, de-identifizierte Datensätze für ein Ziel in einem versiegelten BagIt-Bag mit RO-Crate-Metadaten zusammen, optional mit Crypt4GH für seine Empfänger verschlüsselt.

Die Einwilligung und die De-Identifizierung eines Datensatzes im Bereich „Prüfung“ freigeben und dann hier ein Paket daraus erstellen.</translation>
    </message>
    <message>
        <source>Manage Crypt4GH keys…</source>
        <translation>Crypt4GH-Schlüssel verwalten…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <source>Saved the draft %1. Seal it when every dataset can ship.</source>
        <translation>Entwurf %1 gespeichert. Ihn versiegeln, sobald jeder Datensatz geliefert werden kann.</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>%1 wird versiegelt…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1: %n file(s) in %2. Identifier %3.</source>
        <translation>
            <numerusform>%1 versiegelt: %n Datei in %2. Kennung %3.</numerusform>
            <numerusform>%1 versiegelt: %n Dateien in %2. Kennung %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not sealed: %2</source>
        <translation>%1 wurde nicht versiegelt: %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird verifiziert…</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled.</source>
        <translation>Verifizierung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is valid: every file matches what was sealed.</source>
        <translation>%1 ist gültig: Jede Datei entspricht dem versiegelten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n problem(s), listed below.</source>
        <translation>
            <numerusform>%1 ist ungültig: %n Problem, unten aufgeführt.</numerusform>
            <numerusform>%1 ist ungültig: %n Probleme, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made %1, a draft with the same datasets: edit it, then seal it.</source>
        <translation>%1 erstellt, ein Entwurf mit denselben Datensätzen: ihn bearbeiten und dann versiegeln.</translation>
    </message>
    <message>
        <source>No bundle %1.</source>
        <translation>Kein Paket %1.</translation>
    </message>
    <message>
        <source>Discarded the draft %1.</source>
        <translation>Entwurf %1 verworfen.</translation>
    </message>
    <message>
        <source>Discard the draft %1? Its choice of datasets and recipients is lost; sealed bundles are not affected.</source>
        <translation>Entwurf %1 verwerfen? Die Auswahl an Datensätzen und Empfängern geht verloren; versiegelte Pakete sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>steward::ConsentEditDialog</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Dataset consent</source>
        <translation>Einwilligung für den Datensatz</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Einwilligung von %1</translation>
    </message>
    <message>
        <source>Every dataset this sample is in</source>
        <translation>Alle Datensätze, die diese Probe enthalten</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>e.g. DS(MONDO:0005148);NPU;GS(EU)</source>
        <translation>z. B. DS(MONDO:0005148);NPU;GS(EU)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>DUO codes</source>
        <translation>DUO-Codes</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Consent document</source>
        <translation>Einwilligungsdokument</translation>
    </message>
    <message>
        <source>The document cannot be read.</source>
        <translation>Das Dokument kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Computing the SHA-256…</source>
        <translation>SHA-256 wird berechnet…</translation>
    </message>
    <message>
        <source>The expiry is before the consent date.</source>
        <translation>Das Ablaufdatum liegt vor dem Einwilligungsdatum.</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
</context>
<context>
    <name>steward::ConsentView</name>
    <message>
        <source>Edit consent…</source>
        <translation>Einwilligung bearbeiten…</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Einwilligung entfernen</translation>
    </message>
    <message>
        <source>The dataset</source>
        <translation>Der Datensatz</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is excluded: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist ausgeschlossen: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comment for the record: why this decision (required to reject, to request changes, and to approve a match that needs review)</source>
        <translation>Kommentar für das Protokoll: Begründung dieser Entscheidung (erforderlich zum Ablehnen, zum Anfordern einer Überarbeitung und zum Freigeben eines Abgleichs, der eine Prüfung erfordert)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a review item</source>
        <translation>Einen Prüfvorgang auswählen</translation>
    </message>
    <message>
        <source>Select a dataset and destination in the queue to see each sample&apos;s consent and decide.</source>
        <translation>Einen Datensatz und ein Ziel in der Warteschlange auswählen, um die Einwilligung jeder Probe zu sehen und zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Declared use: %1</source>
        <translation>Erklärte Nutzung: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; — %3. Review state: %4.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; — %3. Prüfstatus: %4.</translation>
    </message>
    <message>
        <source>Earlier decision withdrawn: %1</source>
        <translation>Frühere Entscheidung zurückgezogen: %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 → %5</source>
        <translation>%1  %2 (%3): %4 → %5</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Noch keine Entscheidungen.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
</context>
<context>
    <name>steward::CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>steward::DataUseEditor</name>
    <message>
        <source>For-profit organisation</source>
        <translation>Gewinnorientierte Organisation</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Ethics approval held</source>
        <translation>Ethikvotum liegt vor</translation>
    </message>
    <message>
        <source>Collaborates with the data&apos;s owners</source>
        <translation>Arbeitet mit den Dateneigentümern zusammen</translation>
    </message>
    <message>
        <source>Will publish results</source>
        <translation>Veröffentlicht Ergebnisse</translation>
    </message>
    <message>
        <source>Returns derived data to the resource</source>
        <translation>Gibt abgeleitete Daten an die Ressource zurück</translation>
    </message>
    <message>
        <source>MONDO:0005148, MONDO:0004975</source>
        <translation>MONDO:0005148, MONDO:0004975</translation>
    </message>
    <message>
        <source>Country or region code, e.g. DE or EU</source>
        <translation>Länder- oder Regionscode, z. B. DE oder EU</translation>
    </message>
    <message>
        <source>Primary purpose</source>
        <translation>Hauptzweck</translation>
    </message>
    <message>
        <source>Diseases studied</source>
        <translation>Untersuchte Krankheiten</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
</context>
<context>
    <name>steward::DatasetBrowser</name>
    <message>
        <source>Find datasets by name, folder or format</source>
        <translation>Datensätze nach Name, Ordner oder Format suchen</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Variants (VCF, BCF)</source>
        <translation>Varianten (VCF, BCF)</translation>
    </message>
    <message>
        <source>Alignments (SAM, BAM, CRAM)</source>
        <translation>Alignments (SAM, BAM, CRAM)</translation>
    </message>
    <message>
        <source>References (FASTA)</source>
        <translation>Referenzen (FASTA)</translation>
    </message>
    <message>
        <source>Clinical sidecars</source>
        <translation>Klinische Begleitdateien</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Without problems</source>
        <translation>Ohne Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 datasets</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Browse variants</source>
        <translation>Varianten durchsuchen</translation>
    </message>
</context>
<context>
    <name>steward::DatasetDetailView</name>
    <message>
        <source>Find in header (Enter for the next match)</source>
        <translation>Im Header suchen (Eingabetaste für den nächsten Treffer)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Contigs</source>
        <translation>Contigs</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Files and problems</source>
        <translation>Dateien und Probleme</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <source>Select a dataset in the list to see its summary, header, samples, contigs and plots.</source>
        <translation>Einen Datensatz in der Liste auswählen, um Zusammenfassung, Header, Proben, Contigs und Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>(This file has no header text.)</source>
        <translation>(Diese Datei hat keinen Header-Text.)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>End-of-file marker</source>
        <translation>Dateiende-Markierung</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing: the file is truncated</source>
        <translation>fehlt: Die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>SNPs</source>
        <translation>SNPs</translation>
    </message>
    <message>
        <source>Indels</source>
        <translation>Indels</translation>
    </message>
    <message>
        <source>MNPs</source>
        <translation>MNPs</translation>
    </message>
    <message>
        <source>Other variants</source>
        <translation>Andere Varianten</translation>
    </message>
    <message>
        <source>Multiallelic sites</source>
        <translation>Multiallelische Positionen</translation>
    </message>
    <message>
        <source>Reference-only records</source>
        <translation>Einträge nur mit Referenzallel</translation>
    </message>
    <message>
        <source>Ts/Tv</source>
        <translation>Ts/Tv</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alignments</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>QC-failed</source>
        <translation>QC nicht bestanden</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Gemappt</translation>
    </message>
    <message>
        <source>Properly paired</source>
        <translation>Korrekt gepaart</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Supplementary</source>
        <translation>Supplementär</translation>
    </message>
    <message>
        <source>Read groups</source>
        <translation>Read-Gruppen</translation>
    </message>
    <message>
        <source>Samples described</source>
        <translation>Beschriebene Proben</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Hom-ref</source>
        <translation>Hom-ref</translation>
    </message>
    <message>
        <source>Het</source>
        <translation>Het</translation>
    </message>
    <message>
        <source>Hom-alt</source>
        <translation>Hom-alt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Contig</source>
        <translation>Contig</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Mapped reads</source>
        <translation>Gemappte Reads</translation>
    </message>
    <message>
        <source>Unmapped reads</source>
        <translation>Nicht gemappte Reads</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>steward::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indiziert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>not indexable</source>
        <translation>nicht indizierbar</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Records/reads</source>
        <translation>Einträge/Reads</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>De-identification</source>
        <translation>De-Identifizierung</translation>
    </message>
</context>
<context>
    <name>steward::DeidView</name>
    <message>
        <source>Run profile</source>
        <translation>Profil ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show the pseudonym table</source>
        <translation>Pseudonymtabelle anzeigen</translation>
    </message>
    <message>
        <source>Re-identification risk…</source>
        <translation>Re-Identifizierungsrisiko…</translation>
    </message>
    <message>
        <source>Approve de-identification</source>
        <translation>De-Identifizierung freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Profile file…</source>
        <translation>Profildatei…</translation>
    </message>
    <message>
        <source>safe-harbor keeps only structural header lines (the strict default); research-minimal keeps the reference, pipeline names and read names.</source>
        <translation>safe-harbor behält nur strukturelle Headerzeilen (die strenge Voreinstellung); research-minimal behält die Referenz, Pipeline-Namen und Read-Namen.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Records in → out</source>
        <translation>Einträge ein → aus</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Inhalts-Prüfsumme</translation>
    </message>
    <message>
        <source>Output SHA-256</source>
        <translation>SHA-256 der Ausgabe</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>The mapping from samples to pseudonyms stays on this workstation, encrypted. Only the steward sees it here; the data controller gets it as an encrypted export (steward pseudonyms export).</source>
        <translation>Die Zuordnung von Proben zu Pseudonymen bleibt verschlüsselt auf diesem Arbeitsplatz. Nur der Data Steward sieht sie hier; der Verantwortliche erhält sie als verschlüsselten Export (steward pseudonyms export).</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Header before and after</source>
        <translation>Header vorher und nachher</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Comment (needed to reject)</source>
        <translation>Kommentar (zum Ablehnen nötig)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a review item&lt;/b&gt; to de-identify its dataset.</source>
        <translation>&lt;b&gt;Einen Prüfvorgang auswählen&lt;/b&gt;, um seinen Datensatz zu de-identifizieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2: %3</translation>
    </message>
    <message>
        <source>Not de-identified yet. Run a profile: Steward writes de-identified copies beside its catalog, validates them against the originals and shows here what it found and changed. Originals are never modified.</source>
        <translation>Noch nicht de-identifiziert. Ein Profil ausführen: Steward schreibt de-identifizierte Kopien neben seinen Katalog, validiert sie gegen die Originale und zeigt hier, was es gefunden und geändert hat. Originale werden nie verändert.</translation>
    </message>
    <message>
        <source>Run %1 with %2 (sha256 %3…) by %4, %5: </source>
        <translation>Lauf %1 mit %2 (sha256 %3…) von %4, %5: </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>validated, but %n high-severity finding(s) remain unresolved.</source>
        <translation>
            <numerusform>validiert, aber %n Befund mit hohem Schweregrad bleibt ungelöst.</numerusform>
            <numerusform>validiert, aber %n Befunde mit hohem Schweregrad bleiben ungelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>validated; every high-severity finding resolved.</source>
        <translation>validiert; alle Befunde mit hohem Schweregrad gelöst.</translation>
    </message>
    <message>
        <source>not transformed</source>
        <translation>nicht transformiert</translation>
    </message>
    <message>
        <source>equal (%1…)</source>
        <translation>gleich (%1…)</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>VERSCHIEDEN</translation>
    </message>
    <message>
        <source>input %1
output %2</source>
        <translation>Eingabe %1
Ausgabe %2</translation>
    </message>
    <message>
        <source>De-identifying %1 with %2…</source>
        <translation>%1 wird mit %2 de-identifiziert…</translation>
    </message>
    <message>
        <source>Choose a de-identification profile</source>
        <translation>Ein De-Identifizierungsprofil auswählen</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 de-identified: %n file(s) written and validated.</source>
        <translation>
            <numerusform>%1 de-identifiziert: %n Datei geschrieben und validiert.</numerusform>
            <numerusform>%1 de-identifiziert: %n Dateien geschrieben und validiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the audit log.</source>
        <translation>Im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>No pseudonym recorded for this dataset&apos;s samples (the run failed, or the profile keeps sample names).</source>
        <translation>Für die Proben dieses Datensatzes ist kein Pseudonym erfasst (der Lauf ist fehlgeschlagen oder das Profil behält die Probennamen).</translation>
    </message>
    <message>
        <source>body byte-identical</source>
        <translation>Rumpf byte-identisch</translation>
    </message>
    <message>
        <source>The copied body was compared byte for byte with the input&apos;s</source>
        <translation>Der kopierte Rumpf wurde Byte für Byte mit dem der Eingabe verglichen</translation>
    </message>
</context>
<context>
    <name>steward::HeaderDiffView</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt; (original, never modified)</source>
        <translation>&lt;b&gt;Vorher&lt;/b&gt; (Original, nie verändert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After&lt;/b&gt; (what is shared)</source>
        <translation>&lt;b&gt;Nachher&lt;/b&gt; (was geteilt wird)</translation>
    </message>
    <message>
        <source>No de-identified header to compare yet.</source>
        <translation>Noch kein de-identifizierter Header zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) dropped or rewritten</source>
        <translation>
            <numerusform>%n Zeile entfernt oder umgeschrieben</numerusform>
            <numerusform>%n Zeilen entfernt oder umgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) new or rewritten</source>
        <translation>
            <numerusform>%n Zeile neu oder umgeschrieben</numerusform>
            <numerusform>%n Zeilen neu oder umgeschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::IssuesModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sample %1 is excluded from everything shared. %2</source>
        <translation>Probe %1 ist von allem ausgeschlossen, was geteilt wird. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) (has|have) no consent on record and cannot be shared: %1.</source>
        <translation>
            <numerusform>Für %n Probe ist keine Einwilligung erfasst; sie kann nicht geteilt werden: %1.</numerusform>
            <numerusform>Für %n Proben ist keine Einwilligung erfasst; sie können nicht geteilt werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification with profile %1 failed: %2</source>
        <translation>Die De-Identifizierung mit Profil %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 left by profile %2: “%3”</source>
        <translation>%1 nach Profil %2 verblieben: „%3“</translation>
    </message>
</context>
<context>
    <name>steward::JobManager</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Fertig in %1 s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
</context>
<context>
    <name>steward::KeyManagerDialog</name>
    <message>
        <source>Not protected</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>Passphrase (%1)</source>
        <translation>Passphrase (%1)</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Empfänger hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Crypt4GH keys</source>
        <translation>Crypt4GH-Schlüssel</translation>
    </message>
    <message>
        <source>Removes the key from the address book; bundles already sealed for it stay readable by it</source>
        <translation>Entfernt den Schlüssel aus dem Adressbuch; bereits dafür versiegelte Pakete bleiben damit lesbar</translation>
    </message>
    <message>
        <source>Who the key belongs to, e.g. EGA inbox</source>
        <translation>Wem der Schlüssel gehört, z. B. EGA-Eingang</translation>
    </message>
    <message>
        <source>Paste the public key here:
-----BEGIN CRYPT4GH PUBLIC KEY-----
…
-----END CRYPT4GH PUBLIC KEY-----</source>
        <translation>Öffentlichen Schlüssel hier einfügen:
-----BEGIN CRYPT4GH PUBLIC KEY-----
…
-----END CRYPT4GH PUBLIC KEY-----</translation>
    </message>
    <message>
        <source>Optional: where the key came from, how it was checked</source>
        <translation>Optional: woher der Schlüssel stammt, wie er geprüft wurde</translation>
    </message>
    <message>
        <source>Choose a .pub file…</source>
        <translation>.pub-Datei auswählen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Bundles can be encrypted for the people and archives listed here; only the holder of the matching secret key can read them. Check a fingerprint with its owner before relying on it.</source>
        <translation>Pakete können für die hier aufgeführten Personen und Archive verschlüsselt werden; nur wer den passenden geheimen Schlüssel besitzt, kann sie lesen. Einen Fingerabdruck mit seinem Besitzer abgleichen, bevor man sich darauf verlässt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a recipient&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfänger hinzufügen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Secret key file</source>
        <translation>Datei mit geheimem Schlüssel</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Passphrase remembered</source>
        <translation>Passphrase gespeichert</translation>
    </message>
    <message>
        <source>Generate key pair…</source>
        <translation>Schlüsselpaar erzeugen…</translation>
    </message>
    <message>
        <source>Your own key pairs: give the public key to whoever sends you encrypted data, and keep the secret key file to yourself. Bundles can also be encrypted for you, to keep a readable copy.</source>
        <translation>Ihre eigenen Schlüsselpaare: Den öffentlichen Schlüssel an alle weitergeben, die Ihnen verschlüsselte Daten senden, und die Datei mit dem geheimen Schlüssel für sich behalten. Pakete können auch für Sie verschlüsselt werden, um eine lesbare Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Your key pairs</source>
        <translation>Ihre Schlüsselpaare</translation>
    </message>
    <message>
        <source>Choose a Crypt4GH public key</source>
        <translation>Öffentlichen Crypt4GH-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.key);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub *.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key; choose the .pub file.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel; die .pub-Datei auswählen.</translation>
    </message>
    <message>
        <source>Name the recipient: bundles and reports show the key by this name.</source>
        <translation>Den Empfänger benennen: Pakete und Berichte zeigen den Schlüssel unter diesem Namen.</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the address book.</source>
        <translation>%1 (%2) zum Adressbuch hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from the address book.</source>
        <translation>%1 aus dem Adressbuch entfernt.</translation>
    </message>
    <message>
        <source>Wrote %1 (give it to senders) and %2 (%3; keep it to yourself).</source>
        <translation>%1 (an Absender weitergeben) und %2 (%3; für sich behalten) geschrieben.</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>ungeschützt</translation>
    </message>
    <message>
        <source>protected by a %1 passphrase</source>
        <translation>durch eine %1-Passphrase geschützt</translation>
    </message>
    <message>
        <source>Yes, in the keychain</source>
        <translation>Ja, im Schlüsselbund</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>steward::KeyPairDialog</name>
    <message>
        <source>Protect the secret key with a passphrase (scrypt)</source>
        <translation>Geheimen Schlüssel mit einer Passphrase schützen (scrypt)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Passphrase im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a key pair</source>
        <translation>Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>e.g. steward-%1</source>
        <translation>z. B. steward-%1</translation>
    </message>
    <message>
        <source>Kept in the OS keychain (or Steward&apos;s encrypted secrets file where no keychain runs), never in the catalog.</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert (oder in der verschlüsselten Zugangsdaten-Datei von Steward, wo kein Schlüsselbund läuft), nie im Katalog.</translation>
    </message>
    <message>
        <source>Steward writes NAME.pub, the public key to give to whoever sends you data, and NAME.sec, the secret key only you keep (readable by you alone).</source>
        <translation>Steward schreibt NAME.pub, den öffentlichen Schlüssel für alle, die Ihnen Daten senden, und NAME.sec, den geheimen Schlüssel, den nur Sie behalten (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Folder for the key pair</source>
        <translation>Ordner für das Schlüsselpaar</translation>
    </message>
    <message>
        <source>Name the key pair (it names its two files, so no slashes).</source>
        <translation>Das Schlüsselpaar benennen (der Name benennt seine beiden Dateien, daher keine Schrägstriche).</translation>
    </message>
    <message>
        <source>Choose the folder the key files go in.</source>
        <translation>Den Ordner für die Schlüsseldateien auswählen.</translation>
    </message>
    <message>
        <source>Type a passphrase to protect the secret key, or turn protection off on purpose.</source>
        <translation>Eine Passphrase zum Schutz des geheimen Schlüssels eingeben oder den Schutz bewusst ausschalten.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; sie erneut eingeben.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1 (%2); choose another name.</source>
        <translation>Sie haben bereits ein Schlüsselpaar namens %1 (%2); einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not generate an X25519 key pair.</source>
        <translation>Es konnte kein X25519-Schlüsselpaar erzeugt werden.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, but could not record them in the catalog: %3</source>
        <translation>%1 und %2 wurden geschrieben, konnten aber nicht im Katalog erfasst werden: %3</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation>Die Passphrase konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Generating and writing the key pair…</source>
        <translation>Schlüsselpaar wird erzeugt und geschrieben…</translation>
    </message>
</context>
<context>
    <name>steward::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorien</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Willkommen bei Steward</translation>
    </message>
    <message>
        <source>Open a folder of genomic data (VCF, BCF, BAM, CRAM and their clinical sidecars) to catalog it, or explore the generated demo workspace first. Nothing in your folders is ever modified.</source>
        <translation>Einen Ordner mit genomischen Daten (VCF, BCF, BAM, CRAM und zugehörige klinische Begleitdateien) öffnen, um ihn zu katalogisieren, oder zuerst den generierten Demo-Arbeitsbereich erkunden. In den Ordnern wird nie etwas verändert.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel every running job</source>
        <translation>Alle laufenden Aufgaben abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Re&amp;move workspace</source>
        <translation>Arbeitsbereich &amp;entfernen</translation>
    </message>
    <message>
        <source>Re&amp;scan all workspaces</source>
        <translation>Alle Arbeitsbereiche erneut &amp;scannen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find datasets</source>
        <translation>Datensätze &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Über Steward</translation>
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erzeugt…</translation>
    </message>
    <message>
        <source>Could not generate the demo workspace: %1</source>
        <translation>Demo-Arbeitsbereich konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable folder.</source>
        <translation>%1 kann nicht geöffnet werden: kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>%1 wird gescannt</translation>
    </message>
    <message>
        <source>Scan finished: %1 files read, %2 unchanged, %3 with errors, %4 with warnings.</source>
        <translation>Scan abgeschlossen: %1 Dateien gelesen, %2 unverändert, %3 mit Fehlern, %4 mit Warnungen.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ordner für Arbeitsbereich öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Rescanning %n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich wird erneut gescannt</numerusform>
            <numerusform>%n Arbeitsbereiche werden erneut gescannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescanning %1</source>
        <translation>%1 wird erneut gescannt</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace %1 from the catalog? Its files on disk are not touched.</source>
        <translation>Den Arbeitsbereich %1 aus dem Katalog entfernen? Seine Dateien auf dem Datenträger bleiben unangetastet.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;A workstation for sharing genomic data responsibly: catalog, review consent and de-identification, bundle and transfer.&lt;/p&gt;&lt;p&gt;Built on Qt %2, htslib %3 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Ein Arbeitsplatz zum verantwortungsvollen Teilen genomischer Daten: katalogisieren, Einwilligung und De-Identifizierung prüfen, paketieren und übertragen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, htslib %3 und SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No variant file open</source>
        <translation>Keine Variantendatei geöffnet</translation>
    </message>
    <message>
        <source>Double-click a VCF or BCF dataset in Datasets (or choose Browse variants in its menu) to browse its variants: filter like bcftools, pick a patient, export what you see.</source>
        <translation>Einen VCF- oder BCF-Datensatz unter „Datensätze“ doppelklicken (oder in seinem Menü „Varianten durchsuchen“ wählen), um seine Varianten zu durchsuchen: wie mit bcftools filtern, einen Patienten auswählen, das Angezeigte exportieren.</translation>
    </message>
    <message>
        <source>Go to Datasets</source>
        <translation>Zu den Datensätzen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>steward::PhiFindingsModel</name>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Text found</source>
        <translation>Gefundener Text</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Vorgeschlagene Maßnahme</translation>
    </message>
</context>
<context>
    <name>steward::PlotPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Einen Dateinamen mit der Endung .png, .svg oder .pdf wählen.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>steward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As many as cores (%1)</source>
        <translation>So viele wie Kerne (%1)</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Folder with reference FASTA files</source>
        <translation>Ordner mit Referenz-FASTA-Dateien</translation>
    </message>
    <message>
        <source>Steward never downloads references. CRAM files are decoded with FASTA files (and their .fai) found in these folders or in the workspace.</source>
        <translation>Steward lädt niemals Referenzen herunter. CRAM-Dateien werden mit FASTA-Dateien (samt .fai) aus diesen Ordnern oder dem Arbeitsbereich dekodiert.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Arbeits-Threads:</translation>
    </message>
    <message>
        <source>Reference folders:</source>
        <translation>Referenzordner:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Steward restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Steward wirksam.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
</context>
<context>
    <name>steward::RecipientKeyModel</name>
    <message>
        <source>%1
Public key: %2</source>
        <translation>%1
Öffentlicher Schlüssel: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The key of %1</source>
        <translation>Der Schlüssel von %1</translation>
    </message>
</context>
<context>
    <name>steward::RepositoriesArea</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Declared data use</source>
        <translation>Erklärte Datennutzung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Logs in and writes a small probe file, removed again</source>
        <translation>Meldet sich an und schreibt eine kleine Testdatei, die wieder entfernt wird</translation>
    </message>
    <message>
        <source>No repositories yet</source>
        <translation>Noch keine Repositorien</translation>
    </message>
    <message>
        <source>Add the places bundles are pushed to: S3-compatible stores, SFTP inboxes, WebDAV servers or folders, each with the data use it declares.</source>
        <translation>Die Orte hinzufügen, an die Pakete übertragen werden: S3-kompatible Speicher, SFTP-Eingänge, WebDAV-Server oder Ordner, jeweils mit der erklärten Datennutzung.</translation>
    </message>
    <message>
        <source>Add a repository…</source>
        <translation>Repositorium hinzufügen…</translation>
    </message>
    <message>
        <source>s3://%1 at %2</source>
        <translation>s3://%1 auf %2</translation>
    </message>
    <message>
        <source>No connection (declares a data use only)</source>
        <translation>Keine Verbindung (erklärt nur eine Datennutzung)</translation>
    </message>
    <message>
        <source>None declared: nothing can be approved for it</source>
        <translation>Keine erklärt: dafür kann nichts freigegeben werden</translation>
    </message>
    <message>
        <source>Repository added.</source>
        <translation>Repositorium hinzugefügt.</translation>
    </message>
    <message>
        <source>Repository saved. Queued transfers to it wait for you to resume them if where it sends to changed.</source>
        <translation>Repositorium gespeichert. Wenn sich der Ort geändert hat, an den es sendet, warten eingereihte Übertragungen dorthin, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Remove repository</source>
        <translation>Repositorium entfernen</translation>
    </message>
    <message>
        <source>Remove the repository %1? Its stored secret is deleted and its review items go; files already delivered stay where they are.</source>
        <translation>Das Repositorium %1 entfernen? Seine gespeicherten Zugangsdaten werden gelöscht und seine Prüfvorgänge entfallen; bereits zugestellte Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Repository %1 removed.</source>
        <translation>Repositorium %1 entfernt.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>%1: %2 works.</source>
        <translation>%1: %2 funktioniert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n transfer(s) in the queue (refers|refer) to it, and their record of what was delivered where must stay intact.</source>
        <translation>
            <numerusform>%1 kann nicht entfernt werden: %n Übertragung in der Warteschlange bezieht sich darauf, und ihre Aufzeichnung, was wohin zugestellt wurde, muss erhalten bleiben.</numerusform>
            <numerusform>%1 kann nicht entfernt werden: %n Übertragungen in der Warteschlange beziehen sich darauf, und ihre Aufzeichnungen, was wohin zugestellt wurde, müssen erhalten bleiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::RepositoryDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>S3-compatible</source>
        <translation>S3-kompatibel</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Data use only</source>
        <translation>Nur Datennutzung</translation>
    </message>
    <message>
        <source>e.g. EGA inbox</source>
        <translation>z. B. EGA-Eingang</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Edit repository %1</source>
        <translation>Repositorium %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a repository</source>
        <translation>Repositorium hinzufügen</translation>
    </message>
    <message>
        <source>Unlocks Steward&apos;s encrypted secrets file</source>
        <translation>Entsperrt die verschlüsselte Zugangsdaten-Datei von Steward</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Secrets file passphrase</source>
        <translation>Passphrase der Zugangsdaten-Datei</translation>
    </message>
    <message>
        <source>Logs in and writes a small probe file, removed again</source>
        <translation>Meldet sich an und schreibt eine kleine Testdatei, die wieder entfernt wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Declared data use</source>
        <translation>Erklärte Datennutzung</translation>
    </message>
    <message>
        <source>What this repository does with the data it receives. Every dataset&apos;s consent is matched against it in Review; changing it sends earlier approvals back to review.</source>
        <translation>Was dieses Repositorium mit den empfangenen Daten macht. Die Einwilligung jedes Datensatzes wird unter „Prüfung“ damit abgeglichen; eine Änderung schickt frühere Freigaben zurück in die Prüfung.</translation>
    </message>
    <message>
        <source>No data use is declared yet, so no dataset can be approved for this repository; saving declares the one above.</source>
        <translation>Es ist noch keine Datennutzung erklärt, daher kann kein Datensatz für dieses Repositorium freigegeben werden; beim Speichern wird die obige erklärt.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A local or mounted folder</source>
        <translation>Ein lokaler oder eingebundener Ordner</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Ordner des Repositoriums auswählen</translation>
    </message>
    <message>
        <source>Each file is written under a temporary name, flushed to disk and renamed, so a half-copied file never appears.</source>
        <translation>Jede Datei wird unter einem temporären Namen geschrieben, auf den Datenträger synchronisiert und dann umbenannt, sodass nie eine halb kopierte Datei erscheint.</translation>
    </message>
    <message>
        <source>inbox.example.org</source>
        <translation>inbox.example.org</translation>
    </message>
    <message>
        <source>Optional: a private key file</source>
        <translation>Optional: eine Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>SHA256:…</source>
        <translation>SHA256:…</translation>
    </message>
    <message>
        <source>Required. Ask the repository&apos;s administrator for the server&apos;s host key fingerprint and enter it here, or fetch it and compare it with theirs: Steward never trusts a host key it was not given.</source>
        <translation>Erforderlich. Die Administration des Repositoriums nach dem Fingerabdruck des Hostschlüssels fragen und hier eingeben, oder ihn abrufen und mit dem der Administration vergleichen: Steward vertraut niemals einem Hostschlüssel, der ihm nicht mitgeteilt wurde.</translation>
    </message>
    <message>
        <source>Fetch host key</source>
        <translation>Hostschlüssel abrufen</translation>
    </message>
    <message>
        <source>Asks the server for its key without logging in, for you to compare</source>
        <translation>Fragt den Server ohne Anmeldung nach seinem Schlüssel, damit Sie ihn vergleichen können</translation>
    </message>
    <message>
        <source>The fingerprints match: trust this key</source>
        <translation>Die Fingerabdrücke stimmen überein: diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Optional: a folder, e.g. inbox</source>
        <translation>Optional: ein Ordner, z. B. inbox</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Entfernter Ordner</translation>
    </message>
    <message>
        <source>https://s3.example.org</source>
        <translation>https://s3.example.org</translation>
    </message>
    <message>
        <source>Optional: a key prefix</source>
        <translation>Optional: ein Schlüsselpräfix</translation>
    </message>
    <message>
        <source>Path-style URLs (most stores other than AWS)</source>
        <translation>URLs im Pfadstil (die meisten Speicher außer AWS)</translation>
    </message>
    <message>
        <source>Send SHA-256 checksum headers</source>
        <translation>SHA-256-Prüfsummen-Header senden</translation>
    </message>
    <message>
        <source>Turn off for stores that reject x-amz-checksum-sha256</source>
        <translation>Für Speicher ausschalten, die x-amz-checksum-sha256 ablehnen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Teilgröße</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/me/inbox</source>
        <translation>https://cloud.example.org/remote.php/dav/files/me/inbox</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>This repository only declares a data use for review; choose another kind to push to it.</source>
        <translation>Dieses Repositorium erklärt nur eine Datennutzung für die Prüfung; eine andere Art wählen, um dorthin zu übertragen.</translation>
    </message>
    <message>
        <source>Password or key passphrase</source>
        <translation>Passwort oder Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored securely; leave empty to keep it</source>
        <translation>Sicher gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the catalog</source>
        <translation>Im Schlüsselbund gespeichert, nie im Katalog</translation>
    </message>
    <message>
        <source>Give the repository a name.</source>
        <translation>Dem Repositorium einen Namen geben.</translation>
    </message>
    <message>
        <source>A repository named %1 exists already; choose another name.</source>
        <translation>Ein Repositorium namens %1 existiert bereits; einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Choose the folder Steward copies to.</source>
        <translation>Den Ordner auswählen, in den Steward kopiert.</translation>
    </message>
    <message>
        <source>Enter the SFTP server&apos;s host name.</source>
        <translation>Den Hostnamen des SFTP-Servers eingeben.</translation>
    </message>
    <message>
        <source>Enter the user name to log in to %1 with.</source>
        <translation>Den Benutzernamen für die Anmeldung bei %1 eingeben.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:…). Get it from the repository&apos;s administrator, or fetch it and compare it with theirs: a key nobody checked is not trusted.</source>
        <translation>Den Fingerabdruck des Hostschlüssels des Servers eingeben (SHA256:…). Ihn von der Administration des Repositoriums erfragen oder abrufen und mit dem der Administration vergleichen: Einem ungeprüften Schlüssel wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Enter the host key fingerprint as OpenSSH prints it: SHA256:… (ssh-keyscan HOST | ssh-keygen -lf -).</source>
        <translation>Den Fingerabdruck des Hostschlüssels so eingeben, wie OpenSSH ihn ausgibt: SHA256:… (ssh-keyscan HOST | ssh-keygen -lf -).</translation>
    </message>
    <message>
        <source>Enter the S3 endpoint URL.</source>
        <translation>Die URL des S3-Endpunkts eingeben.</translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation>Den Bucket eingeben.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Die ID des Zugriffsschlüssels eingeben.</translation>
    </message>
    <message>
        <source>S3 parts are at least 5 MiB (or choose Automatic).</source>
        <translation>S3-Teile sind mindestens 5 MiB groß (oder „Automatisch“ wählen).</translation>
    </message>
    <message>
        <source>Enter the WebDAV URL.</source>
        <translation>Die WebDAV-URL eingeben.</translation>
    </message>
    <message>
        <source>The WebDAV URL must start with https:// (or http://).</source>
        <translation>Die WebDAV-URL muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Zuerst den Host eingeben.</translation>
    </message>
    <message>
        <source>Asking %1 for its host key…</source>
        <translation>%1 wird nach seinem Hostschlüssel gefragt…</translation>
    </message>
    <message>
        <source>%1:%2 presents this %3 key:
%4
Compare it character by character with the fingerprint the repository&apos;s administrator gave you (not one sent by the same server). Trust it only if they are identical.</source>
        <translation>%1:%2 weist diesen %3-Schlüssel vor:
%4
Ihn Zeichen für Zeichen mit dem Fingerabdruck vergleichen, den Ihnen die Administration des Repositoriums gegeben hat (nicht mit einem, den derselbe Server gesendet hat). Nur vertrauen, wenn beide identisch sind.</translation>
    </message>
    <message>
        <source>Trusted %1; it is saved with the repository.</source>
        <translation>Vertraut: %1; wird mit dem Repositorium gespeichert.</translation>
    </message>
    <message>
        <source>Optional: the PEM certificate of your institution&apos;s own certificate authority</source>
        <translation>Optional: das PEM-Zertifikat der eigenen Zertifizierungsstelle Ihrer Einrichtung</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s certificate</source>
        <translation>Zertifikat der Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>steward::ReviewArea</name>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Import consent…</source>
        <translation>Einwilligungen importieren…</translation>
    </message>
    <message>
        <source>Declare destination…</source>
        <translation>Ziel festlegen…</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Declare a destination (a repository and the use it makes of the data) and import the participants&apos; consent (a sample sheet with DUO codes, or Phenopackets). Each dataset then gets a review item per destination, with every sample&apos;s consent matched against the declared use.</source>
        <translation>Ein Ziel festlegen (ein Repositorium und die Nutzung, die es von den Daten macht) und die Einwilligungen der Teilnehmenden importieren (eine Probentabelle mit DUO-Codes oder Phenopackets). Jeder Datensatz erhält dann pro Ziel einen Prüfvorgang, in dem die Einwilligung jeder Probe mit der erklärten Nutzung abgeglichen wird.</translation>
    </message>
    <message>
        <source>Declare a destination…</source>
        <translation>Ziel festlegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Import a DUO release…</source>
        <translation>DUO-Release importieren…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Newest hash: %1</source>
        <translation>Neuester Hash: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1</source>
        <translation>Prüfprotokoll bei Eintrag %1 BESCHÄDIGT</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Prüfung als %1</translation>
    </message>
    <message>
        <source>Importing consent from %1…</source>
        <translation>Einwilligungen werden aus %1 importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation>
            <numerusform>%n Einwilligungseintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einwilligungseinträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n Warnung unten.</numerusform>
            <numerusform>%n Warnungen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s) below. Correct the file and import it again.</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: %n Fehler unten. Die Datei korrigieren und erneut importieren.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: %n Fehler unten. Die Datei korrigieren und erneut importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import consent</source>
        <translation>Einwilligungen importieren</translation>
    </message>
    <message>
        <source>Consent sheets and Phenopackets (*.csv *.tsv *.txt *.json)</source>
        <translation>Einwilligungstabellen und Phenopackets (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Declare a destination</source>
        <translation>Ziel festlegen</translation>
    </message>
    <message>
        <source>e.g. EGA inbox</source>
        <translation>z. B. EGA-Eingang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Give the destination a name.</source>
        <translation>Dem Ziel einen Namen geben.</translation>
    </message>
    <message>
        <source>Import a DUO release</source>
        <translation>DUO-Release importieren</translation>
    </message>
    <message>
        <source>DUO releases (*.owl *.csv)</source>
        <translation>DUO-Releases (*.owl *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Now using DUO release %1 (%n term(s)).</source>
        <translation>
            <numerusform>Jetzt wird DUO-Release %1 verwendet (%n Begriff).</numerusform>
            <numerusform>Jetzt wird DUO-Release %1 verwendet (%n Begriffe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Prüfprotokoll nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name der prüfenden Person</translation>
    </message>
    <message>
        <source>Your name as it appears on decisions (your login, %1, is always recorded with it):</source>
        <translation>Ihr Name, wie er bei Entscheidungen erscheint (Ihr Login, %1, wird immer mit erfasst):</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entr(y|ies), chain verified</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Eintrag, Kette verifiziert</numerusform>
            <numerusform>Prüfprotokoll: %n Einträge, Kette verifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>De-identification</source>
        <translation>De-Identifizierung</translation>
    </message>
</context>
<context>
    <name>steward::ReviewQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent match</source>
        <translation>Einwilligungsabgleich</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Kommentar oder Grund</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>steward::RiskDialog</name>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Equivalence class sizes</source>
        <translation>Größen der Äquivalenzklassen</translation>
    </message>
    <message>
        <source>Re-identification risk</source>
        <translation>Re-Identifizierungsrisiko</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>age:band10,sex,zip:3,date_of_diagnosis:year</source>
        <translation>age:band10,sex,zip:3,date_of_diagnosis:year</translation>
    </message>
    <message>
        <source>Quasi-identifiers, comma-separated. column:bandN puts ages in bands of N years (90 and over together), column:N keeps the first N characters (ZIP codes), column:year keeps the year of a date.</source>
        <translation>Quasi-Identifikatoren, durch Kommas getrennt. Spalte:bandN fasst Altersangaben in Gruppen zu N Jahren zusammen (90 und älter gemeinsam), Spalte:N behält die ersten N Zeichen (Postleitzahlen), Spalte:year behält das Jahr eines Datums.</translation>
    </message>
    <message>
        <source>Choose quasi-identifiers and compute.</source>
        <translation>Quasi-Identifikatoren wählen und berechnen.</translation>
    </message>
    <message>
        <source>Class (quasi-identifier values)</source>
        <translation>Klasse (Werte der Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Quasi-identifiers:</source>
        <translation>Quasi-Identifikatoren:</translation>
    </message>
    <message>
        <source>Sensitive attribute:</source>
        <translation>Sensibles Attribut:</translation>
    </message>
    <message>
        <source>Smallest acceptable class (k):</source>
        <translation>Kleinste zulässige Klasse (k):</translation>
    </message>
    <message>
        <source>Choose a clinical table</source>
        <translation>Eine klinische Tabelle auswählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.ped);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.ped);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1.</numerusform>
            <numerusform>%n Einträge in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset has no clinical table; choose one.</source>
        <translation>Dieser Datensatz hat keine klinische Tabelle; eine auswählen.</translation>
    </message>
    <message>
        <source>%1 records in %2 classes over %3. k-anonymity: %4 (the smallest class). Records in classes smaller than %5: %6.</source>
        <translation>%1 Einträge in %2 Klassen über %3. k-Anonymität: %4 (die kleinste Klasse). Einträge in Klassen kleiner als %5: %6.</translation>
    </message>
    <message>
        <source>l-diversity of %1: %2 (the fewest distinct values in a class).</source>
        <translation>l-Diversität von %1: %2 (die wenigsten verschiedenen Werte in einer Klasse).</translation>
    </message>
    <message numerus="yes">
        <source>Below k = %1: %n record(s) can be singled out by these quasi-identifiers. Generalise further (wider age bands, fewer ZIP digits) or remove columns before sharing.</source>
        <translation>
            <numerusform>Unter k = %1: %n Eintrag kann durch diese Quasi-Identifikatoren herausgegriffen werden. Vor dem Teilen weiter generalisieren (breitere Altersgruppen, weniger Stellen der Postleitzahl) oder Spalten entfernen.</numerusform>
            <numerusform>Unter k = %1: %n Einträge können durch diese Quasi-Identifikatoren herausgegriffen werden. Vor dem Teilen weiter generalisieren (breitere Altersgruppen, weniger Stellen der Postleitzahl) oder Spalten entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class size (records sharing the same quasi-identifiers)</source>
        <translation>Klassengröße (Einträge mit denselben Quasi-Identifikatoren)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>k = %1: classes left of %1 are at risk</source>
        <translation>k = %1: Klassen links von %1 sind gefährdet</translation>
    </message>
    <message>
        <source>%1 is not a CSV, TSV or PED table.</source>
        <translation>%1 ist keine CSV-, TSV- oder PED-Tabelle.</translation>
    </message>
</context>
<context>
    <name>steward::SampleConsentModel</name>
    <message>
        <source>(whole dataset)</source>
        <translation>(ganzer Datensatz)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Included (consent recorded for %1)</source>
        <translation>Eingeschlossen (Einwilligung für %1 erfasst)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Consent (DUO)</source>
        <translation>Einwilligung (DUO)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>steward::StatisticsPlots</name>
    <message>
        <source>Flagstat</source>
        <translation>Flagstat</translation>
    </message>
    <message>
        <source>QC-passed</source>
        <translation>QC bestanden</translation>
    </message>
    <message>
        <source>QC-failed</source>
        <translation>QC nicht bestanden</translation>
    </message>
    <message>
        <source>There are no statistics to plot for this file: only VCF, BCF, SAM, BAM and CRAM files that could be read have them.</source>
        <translation>Für diese Datei gibt es keine Statistik zum Darstellen: Nur lesbare VCF-, BCF-, SAM-, BAM- und CRAM-Dateien haben eine.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>QUAL distribution</source>
        <translation>QUAL-Verteilung</translation>
    </message>
    <message>
        <source>No record has a QUAL value.</source>
        <translation>Kein Eintrag hat einen QUAL-Wert.</translation>
    </message>
    <message>
        <source>QUAL</source>
        <translation>QUAL</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 records have no QUAL (not plotted).</source>
        <translation>%1 Einträge haben keinen QUAL-Wert (nicht dargestellt).</translation>
    </message>
    <message>
        <source>Allele-frequency spectrum</source>
        <translation>Allelfrequenzspektrum</translation>
    </message>
    <message>
        <source>No allele frequencies: the file has no AC/AN and no genotypes.</source>
        <translation>Keine Allelfrequenzen: Die Datei hat weder AC/AN noch Genotypen.</translation>
    </message>
    <message>
        <source>Non-reference allele frequency</source>
        <translation>Frequenz der Nicht-Referenzallele</translation>
    </message>
    <message>
        <source>Alleles</source>
        <translation>Allele</translation>
    </message>
    <message>
        <source>Transitions and transversions</source>
        <translation>Transitionen und Transversionen</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitionen</translation>
    </message>
    <message>
        <source>Transversions</source>
        <translation>Transversionen</translation>
    </message>
    <message>
        <source>SNP alleles</source>
        <translation>SNP-Allele</translation>
    </message>
    <message>
        <source>Ts/Tv %1 (about 2.0-2.1 is expected for whole genomes, about 3.0 for exomes)</source>
        <translation>Ts/Tv %1 (erwartet werden etwa 2,0–2,1 für ganze Genome, etwa 3,0 für Exome)</translation>
    </message>
    <message>
        <source>Indel length distribution</source>
        <translation>Verteilung der Indel-Längen</translation>
    </message>
    <message>
        <source>The file has no indels.</source>
        <translation>Die Datei enthält keine Indels.</translation>
    </message>
    <message>
        <source>Length (deletions negative)</source>
        <translation>Länge (Deletionen negativ)</translation>
    </message>
    <message>
        <source>Indels</source>
        <translation>Indels</translation>
    </message>
    <message>
        <source>Records per contig</source>
        <translation>Einträge pro Contig</translation>
    </message>
    <message>
        <source>The file has no records.</source>
        <translation>Die Datei enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Contig</source>
        <translation>Contig</translation>
    </message>
    <message>
        <source>Genotypes per sample</source>
        <translation>Genotypen pro Probe</translation>
    </message>
    <message>
        <source>The file has no samples.</source>
        <translation>Die Datei enthält keine Proben.</translation>
    </message>
    <message>
        <source>Per-sample counts were not computed.</source>
        <translation>Zählungen pro Probe wurden nicht berechnet.</translation>
    </message>
    <message>
        <source>Hom-ref</source>
        <translation>Hom-ref</translation>
    </message>
    <message>
        <source>Het</source>
        <translation>Het</translation>
    </message>
    <message>
        <source>Hom-alt</source>
        <translation>Hom-alt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>MAPQ distribution</source>
        <translation>MAPQ-Verteilung</translation>
    </message>
    <message>
        <source>The file has no reads.</source>
        <translation>Die Datei enthält keine Reads.</translation>
    </message>
    <message>
        <source>Mapping quality</source>
        <translation>Mapping-Qualität</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Read length distribution</source>
        <translation>Verteilung der Read-Längen</translation>
    </message>
    <message>
        <source>Read length</source>
        <translation>Read-Länge</translation>
    </message>
    <message>
        <source>Reads per contig</source>
        <translation>Reads pro Contig</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Gemappt</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Nicht gemappt</translation>
    </message>
</context>
<context>
    <name>steward::TransferManager</name>
    <message>
        <source>Transfer %1 to %2 delivered and verified.</source>
        <translation>Übertragung %1 nach %2 zugestellt und verifiziert.</translation>
    </message>
    <message>
        <source>Transfer %1 to %2 needs attention.</source>
        <translation>Übertragung %1 nach %2 erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>Das Repositorium existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>steward::TransferQueueModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified against the manifest</source>
        <translation>
            <numerusform>%n Datei anhand des Manifests verifiziert</numerusform>
            <numerusform>%n Dateien anhand des Manifests verifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s) to %2</source>
        <translation>
            <numerusform>%1
%n Datei nach %2</numerusform>
            <numerusform>%1
%n Dateien nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorium</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Datei werden gesendet</numerusform>
            <numerusform>%1 und %n weitere Dateien werden gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::TransfersArea</name>
    <message>
        <source>No transfers yet</source>
        <translation>Noch keine Übertragungen</translation>
    </message>
    <message>
        <source>Push a folder or a bundle to a repository: Steward sends it in the background, resumes after a crash or a lost connection, and verifies every file against a manifest before it counts as delivered.</source>
        <translation>Einen Ordner oder ein Paket an ein Repositorium übertragen: Steward sendet es im Hintergrund, setzt nach einem Absturz oder Verbindungsabbruch fort und verifiziert jede Datei anhand eines Manifests, bevor sie als zugestellt gilt.</translation>
    </message>
    <message>
        <source>Push a folder…</source>
        <translation>Ordner übertragen…</translation>
    </message>
    <message>
        <source>Edit repository…</source>
        <translation>Repositorium bearbeiten…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show the transfers</source>
        <translation>Übertragungen anzeigen</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Bandwidth for all transfers together; 0 for unlimited. A new limit applies from the next file.</source>
        <translation>Bandbreite für alle Übertragungen zusammen; 0 für unbegrenzt. Eine neue Begrenzung gilt ab der nächsten Datei.</translation>
    </message>
    <message>
        <source>Send a folder or bundle to a repository</source>
        <translation>Einen Ordner oder ein Paket an ein Repositorium senden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Send a failed or cancelled transfer again; what was already delivered is not sent twice</source>
        <translation>Eine fehlgeschlagene oder abgebrochene Übertragung erneut senden; bereits Zugestelltes wird nicht doppelt gesendet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the transfer and remove its unfinished files from the repository</source>
        <translation>Die Übertragung anhalten und ihre unvollständigen Dateien vom Repositorium entfernen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Could not push %1: %2</source>
        <translation>%1 konnte nicht übertragen werden: %2</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>Das Repositorium existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Push a folder</source>
        <translation>Ordner übertragen</translation>
    </message>
    <message>
        <source>The folder or bundle to send</source>
        <translation>Zu sendender Ordner oder zu sendendes Paket</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Steward copies every file of the folder, verifies it on the repository and writes a SHA-256 manifest beside it. Files must not change until the transfer is delivered.</source>
        <translation>Steward kopiert jede Datei des Ordners, verifiziert sie auf dem Repositorium und schreibt daneben ein SHA-256-Manifest. Die Dateien dürfen sich nicht ändern, bis die Übertragung zugestellt ist.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorium</translation>
    </message>
    <message>
        <source>No repository can receive transfers yet: add one on the Repositories page.</source>
        <translation>Noch kann kein Repositorium Übertragungen empfangen: eines auf der Seite „Repositorien“ hinzufügen.</translation>
    </message>
    <message>
        <source>Choose the folder to push</source>
        <translation>Zu übertragenden Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose the folder to push.</source>
        <translation>Den zu übertragenden Ordner auswählen.</translation>
    </message>
    <message>
        <source>Choose the repository to push to.</source>
        <translation>Das Ziel-Repositorium auswählen.</translation>
    </message>
    <message>
        <source>%1 was delivered to %2 and verified.</source>
        <translation>%1 wurde an %2 zugestellt und verifiziert.</translation>
    </message>
    <message>
        <source>%1 to %2 needs attention: %3</source>
        <translation>%1 nach %2 erfordert Aufmerksamkeit: %3</translation>
    </message>
    <message>
        <source>Steward transfers</source>
        <translation>Steward-Übertragungen</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 to %2 failed: %3</source>
        <translation>%1 nach %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 to %2 is paused: %3</source>
        <translation>%1 nach %2 ist pausiert: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n Übertragung</numerusform>
            <numerusform>%n Übertragungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n (needs|need) attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::VariantBrowser</name>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Patientenansicht</translation>
    </message>
    <message>
        <source>Only the variants the selected sample carries, genotype columns first</source>
        <translation>Nur die Varianten, die die ausgewählte Probe trägt, Genotyp-Spalten zuerst</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown as TSV or CSV</source>
        <translation>Die angezeigten Zeilen und Spalten als TSV oder CSV speichern</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>bcftools expression, e.g. QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot; &amp;&amp; INFO/AF&lt;0.01 (Enter to apply)</source>
        <translation>bcftools-Ausdruck, z. B. QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot; &amp;&amp; INFO/AF&lt;0.01 (Eingabetaste zum Anwenden)</translation>
    </message>
    <message>
        <source>As bcftools view -i/-e. Per-sample tests: &apos;&amp;&apos; means in the same sample, &apos;&amp;&amp;&apos; in any samples; in patient view they look at the selected sample only.</source>
        <translation>Wie bcftools view -i/-e. Tests pro Probe: „&amp;“ bedeutet in derselben Probe, „&amp;&amp;“ in beliebigen Proben; in der Patientenansicht wird nur die ausgewählte Probe betrachtet.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>PASS only</source>
        <translation>Nur PASS</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Jede Auswirkung</translation>
    </message>
    <message>
        <source>Impact ≥ MODERATE</source>
        <translation>Auswirkung ≥ MODERATE</translation>
    </message>
    <message>
        <source>Impact HIGH</source>
        <translation>Auswirkung HIGH</translation>
    </message>
    <message>
        <source>ClinVar pathogenic/likely pathogenic</source>
        <translation>ClinVar pathogen/wahrscheinlich pathogen</translation>
    </message>
    <message>
        <source>Rare: population AF &lt;</source>
        <translation>Selten: Populations-AF &lt;</translation>
    </message>
    <message>
        <source>Genes, e.g. BRCA1 BRCA2 TP53</source>
        <translation>Gene, z. B. BRCA1 BRCA2 TP53</translation>
    </message>
    <message>
        <source>Regions (BED)…</source>
        <translation>Regionen (BED)…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Probe:</translation>
    </message>
    <message>
        <source>No sample</source>
        <translation>Keine Probe</translation>
    </message>
    <message>
        <source>Regions to keep</source>
        <translation>Beizubehaltende Regionen</translation>
    </message>
    <message>
        <source>BED files (*.bed *.bed.txt);;All files (*)</source>
        <translation>BED-Dateien (*.bed *.bed.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>filter cancelled</source>
        <translation>Filter abgebrochen</translation>
    </message>
    <message>
        <source>Filtering %1: %2</source>
        <translation>%1 wird gefiltert: %2</translation>
    </message>
    <message>
        <source>Open a VCF or BCF from Datasets to browse its variants.</source>
        <translation>Eine VCF- oder BCF-Datei unter „Datensätze“ öffnen, um ihre Varianten zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 records so far (indexing…)</source>
        <translation>Bisher %1 Einträge (Indizierung…)</translation>
    </message>
    <message>
        <source>%1 matching of %2</source>
        <translation>%2, davon %1 passend</translation>
    </message>
    <message>
        <source> (filtering…)</source>
        <translation> (wird gefiltert…)</translation>
    </message>
    <message>
        <source>Export variants</source>
        <translation>Varianten exportieren</translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation>Tabulatorgetrennt (*.tsv);;Kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Go to chr:start-end, a contig or a gene</source>
        <translation>Springen zu chr:Start-Ende, Contig oder Gen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n Eintrag in %1</numerusform>
            <numerusform>%n Einträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed on disk; it was opened again.</source>
        <translation>%1 wurde auf dem Datenträger geändert und erneut geöffnet.</translation>
    </message>
    <message>
        <source>The file is still being indexed; try the region again in a moment.</source>
        <translation>Die Datei wird noch indiziert; die Region gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Make an indexed copy</source>
        <translation>Indizierte Kopie anlegen</translation>
    </message>
    <message>
        <source>Making an indexed copy of %1</source>
        <translation>Indizierte Kopie von %1 wird angelegt</translation>
    </message>
    <message>
        <source>%1 (indexed copy in Steward&apos;s cache)</source>
        <translation>%1 (indizierte Kopie im Cache von Steward)</translation>
    </message>
    <message>
        <source>This file is not BGZF-compressed, so rows and regions are read from its start. An indexed copy in Steward&apos;s cache folder (your file is not touched) makes jumps instant.</source>
        <translation>Diese Datei ist nicht BGZF-komprimiert, daher werden Zeilen und Regionen vom Dateianfang an gelesen. Eine indizierte Kopie im Cache-Ordner von Steward (Ihre Datei bleibt unverändert) macht Sprünge sofort möglich.</translation>
    </message>
</context>
<context>
    <name>steward::VariantCacheCopy</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>Der VCF-Header von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot index the copy of %1 (is it sorted by position?).</source>
        <translation>Die Kopie von %1 kann nicht indiziert werden (ist sie nach Position sortiert?).</translation>
    </message>
    <message>
        <source>Cannot move the copy into %1.</source>
        <translation>Die Kopie kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>steward::VariantDetailPane</name>
    <message>
        <source>(conflicting)</source>
        <translation>(widersprüchlich)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>one value per ALT allele</source>
        <translation>ein Wert pro ALT-Allel</translation>
    </message>
    <message>
        <source>one value per allele, REF first</source>
        <translation>ein Wert pro Allel, REF zuerst</translation>
    </message>
    <message>
        <source>one value per possible genotype</source>
        <translation>ein Wert pro möglichem Genotyp</translation>
    </message>
    <message>
        <source>any number of values</source>
        <translation>beliebig viele Werte</translation>
    </message>
    <message>
        <source>a flag: present or absent, no value</source>
        <translation>ein Flag: vorhanden oder nicht, ohne Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 Split into one row per transcript on the Transcripts tab.</source>
        <translation>%1 Im Tab „Transkripte“ in eine Zeile pro Transkript aufgeteilt.</translation>
    </message>
    <message>
        <source>Not described in the file&apos;s header</source>
        <translation>Im Header der Datei nicht beschrieben</translation>
    </message>
    <message>
        <source>A flag: the record has it.</source>
        <translation>Ein Flag: Der Eintrag hat es gesetzt.</translation>
    </message>
    <message>
        <source>Canonical transcript</source>
        <translation>Kanonisches Transkript</translation>
    </message>
    <message>
        <source>Names none of the record&apos;s ALT alleles</source>
        <translation>Nennt keines der ALT-Allele des Eintrags</translation>
    </message>
    <message>
        <source>The sample selected in the variant table</source>
        <translation>Die in der Variantentabelle ausgewählte Probe</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>No variant selected</source>
        <translation>Keine Variante ausgewählt</translation>
    </message>
    <message>
        <source>Select a variant in the table to see all of its fields here: the INFO fields with what they mean, every transcript of its annotations, the genotypes of every sample, and ClinVar.</source>
        <translation>Eine Variante in der Tabelle auswählen, um hier alle ihre Felder zu sehen: die INFO-Felder mit ihrer Bedeutung, jedes Transkript ihrer Annotationen, die Genotypen aller Proben und ClinVar.</translation>
    </message>
    <message>
        <source>Find field or description</source>
        <translation>Feld oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Hover a Number for its meaning; values as written in the file.</source>
        <translation>Für die Bedeutung den Mauszeiger über eine Anzahl halten; Werte wie in der Datei geschrieben.</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>ClinVar</source>
        <translation>ClinVar</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>Schwerwiegendste zuerst</translation>
    </message>
    <message>
        <source>Order transcripts by their most severe consequence (Ensembl&apos;s order), the canonical transcript first among equals; clear it for the order in the file</source>
        <translation>Transkripte nach ihrer schwerwiegendsten Konsequenz ordnen (Reihenfolge von Ensembl), bei Gleichstand das kanonische Transkript zuerst; abwählen für die Reihenfolge in der Datei</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt;: canonical transcript (VEP CANONICAL or MANE Select). Tinted: high (red) or moderate (orange) impact.</source>
        <translation>&lt;b&gt;Fett&lt;/b&gt;: kanonisches Transkript (VEP CANONICAL oder MANE Select). Eingefärbt: hohe (rot) oder mittlere (orange) Auswirkung.</translation>
    </message>
    <message>
        <source>Find sample</source>
        <translation>Probe suchen</translation>
    </message>
    <message>
        <source>Loading record %1…</source>
        <translation>Eintrag %1 wird geladen…</translation>
    </message>
    <message>
        <source>This variant cannot be shown.</source>
        <translation>Diese Variante kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>INFO (%1)</source>
        <translation>INFO (%1)</translation>
    </message>
    <message>
        <source>Transcripts (%1)</source>
        <translation>Transkripte (%1)</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Proben (%1)</translation>
    </message>
    <message>
        <source>This file has no samples: it lists sites only.</source>
        <translation>Diese Datei hat keine Proben; sie listet nur Positionen auf.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ClinVar (none)</source>
        <translation>ClinVar (keine)</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>Eintrag %1 in %2</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>No transcript annotation</source>
        <translation>Keine Transkript-Annotation</translation>
    </message>
    <message>
        <source>ClinVar: %1</source>
        <translation>ClinVar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of 4 review stars</source>
        <translation>
            <numerusform>%n von 4 Prüfsternen</numerusform>
            <numerusform>%n von 4 Prüfsternen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ClinVar classification</source>
        <translation>Keine ClinVar-Klassifikation</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>QUAL</source>
        <translation>QUAL</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>Highest population AF</source>
        <translation>Höchste Populations-AF</translation>
    </message>
    <message>
        <source>no GT</source>
        <translation>kein GT</translation>
    </message>
    <message>
        <source>DP %1</source>
        <translation>DP %1</translation>
    </message>
    <message>
        <source>Sample %1:</source>
        <translation>Probe %1:</translation>
    </message>
    <message>
        <source>This record has no per-transcript annotation (VEP CSQ, SnpEff ANN or EFF, bcftools csq BCSQ).</source>
        <translation>Dieser Eintrag hat keine Annotation pro Transkript (VEP CSQ, SnpEff ANN oder EFF, bcftools csq BCSQ).</translation>
    </message>
    <message>
        <source>This record has no ClinVar fields (CLNSIG, CLNREVSTAT, CLNDN, ...).</source>
        <translation>Dieser Eintrag hat keine ClinVar-Felder (CLNSIG, CLNREVSTAT, CLNDN, ...).</translation>
    </message>
    <message>
        <source>Clinical significance:</source>
        <translation>Klinische Signifikanz:</translation>
    </message>
    <message>
        <source>Review status:</source>
        <translation>Prüfstatus:</translation>
    </message>
    <message>
        <source>Submitted classifications:</source>
        <translation>Eingereichte Klassifikationen:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Erkrankungen:</translation>
    </message>
    <message>
        <source>Condition identifiers:</source>
        <translation>Erkrankungs-IDs:</translation>
    </message>
    <message>
        <source>Genes:</source>
        <translation>Gene:</translation>
    </message>
    <message>
        <source>Variant type:</source>
        <translation>Variantentyp:</translation>
    </message>
    <message>
        <source>Molecular consequence:</source>
        <translation>Molekulare Konsequenz:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>HGVS:</source>
        <translation>HGVS:</translation>
    </message>
    <message>
        <source>ClinVar allele ID:</source>
        <translation>ClinVar-Allel-ID:</translation>
    </message>
    <message>
        <source>dbSNP:</source>
        <translation>dbSNP:</translation>
    </message>
    <message>
        <source>CLNSIG as written:</source>
        <translation>CLNSIG wie geschrieben:</translation>
    </message>
    <message>
        <source>Carriers only</source>
        <translation>Nur Träger</translation>
    </message>
    <message>
        <source>Only the samples whose genotype has an ALT allele</source>
        <translation>Nur die Proben, deren Genotyp ein ALT-Allel enthält</translation>
    </message>
    <message numerus="yes">
        <source>%Ln carry an ALT allele</source>
        <translation>
            <numerusform>%Ln trägt ein ALT-Allel</numerusform>
            <numerusform>%Ln tragen ein ALT-Allel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln Probe</numerusform>
            <numerusform>%Ln Proben</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT: %1. Hover a column title for its meaning.</source>
        <translation>FORMAT: %1. Für die Bedeutung den Mauszeiger über einen Spaltentitel halten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from %2: %Ln transcript(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; von %2: %Ln Transkript</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; von %2: %Ln Transkripte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::VariantExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was exported: %2 of %3 rows were found. Nothing was written.</source>
        <translation>%1 hat sich während des Exports geändert: %2 von %3 Zeilen wurden gefunden. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>steward::VariantTableModel</name>
    <message>
        <source>CHROM</source>
        <translation>CHROM</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>QUAL</source>
        <translation>QUAL</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsequenz</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>HGVS c.</source>
        <translation>HGVS c.</translation>
    </message>
    <message>
        <source>HGVS p.</source>
        <translation>HGVS p.</translation>
    </message>
    <message>
        <source>ClinVar</source>
        <translation>ClinVar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Population AF</source>
        <translation>Populations-AF</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>GT</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Zygotie</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>Allele fraction</source>
        <translation>Allelfraktion</translation>
    </message>
    <message>
        <source>GQ</source>
        <translation>GQ</translation>
    </message>
</context>
</TS>
