<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Steward: review and share genomic data responsibly.

Commands:
  scan PATH...   scan folders into the catalog and print a summary
  stats FILE     print the statistics of one VCF/BCF/SAM/BAM/CRAM file
  variants FILE  list the variants of a VCF/BCF, filtered like bcftools view
Without a command, Steward opens its window.</source>
        <translation>Steward: genomische Daten verantwortungsvoll prüfen und teilen.

Befehle:
  scan PFAD...   Ordner in den Katalog einlesen und eine Zusammenfassung ausgeben
  stats DATEI    die Statistik einer VCF/BCF/SAM/BAM/CRAM-Datei ausgeben
  variants DATEI die Varianten einer VCF/BCF-Datei auflisten, gefiltert wie mit bcftools view
Ohne Befehl öffnet Steward sein Fenster.</translation>
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
    <name>steward::CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
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
        <source>This area arrives with a later part of Steward.</source>
        <translation>Dieser Bereich folgt in einer späteren Version von Steward.</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Consent (GA4GH Data Use Ontology) and de-identification reviews of each dataset for each destination will be listed here.</source>
        <translation>Hier werden die Prüfungen von Einwilligung (GA4GH Data Use Ontology) und De-Identifizierung jedes Datensatzes für jedes Ziel aufgeführt.</translation>
    </message>
    <message>
        <source>No bundles yet</source>
        <translation>Noch keine Pakete</translation>
    </message>
    <message>
        <source>Approved, de-identified files are packaged here into sealed BagIt + RO-Crate bundles, optionally encrypted with Crypt4GH.</source>
        <translation>Freigegebene, de-identifizierte Dateien werden hier zu versiegelten BagIt- und RO-Crate-Paketen geschnürt, optional mit Crypt4GH verschlüsselt.</translation>
    </message>
    <message>
        <source>No transfers yet</source>
        <translation>Noch keine Übertragungen</translation>
    </message>
    <message>
        <source>Bundles pushed to remote repositories appear here with their progress; transfers resume after a crash or network loss.</source>
        <translation>An entfernte Repositorien übertragene Pakete erscheinen hier mit ihrem Fortschritt; Übertragungen werden nach einem Absturz oder Netzwerkausfall fortgesetzt.</translation>
    </message>
    <message>
        <source>No repositories yet</source>
        <translation>Noch keine Repositorien</translation>
    </message>
    <message>
        <source>S3-compatible stores, SFTP inboxes, WebDAV servers and folders that bundles can be pushed to, each with its declared data use.</source>
        <translation>S3-kompatible Speicher, SFTP-Eingänge, WebDAV-Server und Ordner, an die Pakete übertragen werden können, jeweils mit ihrer erklärten Datennutzung.</translation>
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
