<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlignmentDeidentifier</name>
    <message>
        <source>Rewrote the RG tags of %1 reads to the new read-group IDs</source>
        <translation>Se reescribieron las etiquetas RG de %1 lecturas con los nuevos ID de grupo de lecturas</translation>
    </message>
    <message>
        <source>Removed RG tags naming read groups that are not in the header from %1 reads</source>
        <translation>Se eliminaron de %1 lecturas las etiquetas RG que nombran grupos de lecturas que no están en la cabecera</translation>
    </message>
    <message>
        <source>Removed %1 reads of withdrawn samples</source>
        <translation>Se eliminaron %1 lecturas de muestras retiradas</translation>
    </message>
    <message>
        <source>Stripped tags %1 from %2 reads</source>
        <translation>Se quitaron las etiquetas %1 de %2 lecturas</translation>
    </message>
    <message>
        <source>Read names replaced by keyed hashes</source>
        <translation>Nombres de lectura sustituidos por hashes con clave</translation>
    </message>
    <message>
        <source>Read names replaced by numbers</source>
        <translation>Nombres de lectura sustituidos por números</translation>
    </message>
    <message>
        <source>De-identification of %1 was cancelled; nothing was written</source>
        <translation>Se canceló la desidentificación de %1; no se escribió nada</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file</source>
        <translation>No se puede leer %1: el archivo no existe</translation>
    </message>
    <message>
        <source>The output %1 is the input file; originals are never overwritten, choose another name</source>
        <translation>La salida %1 es el archivo de entrada; los originales nunca se sobrescriben, hay que elegir otro nombre</translation>
    </message>
    <message>
        <source>Cannot tell the format to write from the name %1; end it in .bam, .cram or .sam</source>
        <translation>No se puede deducir el formato de salida a partir del nombre %1; debe terminar en .bam, .cram o .sam</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SAM, BAM or CRAM file</source>
        <translation>%1 no es un archivo SAM, BAM ni CRAM</translation>
    </message>
    <message>
        <source>%1: htslib is not set up to work offline (REF_PATH), so reading or writing CRAM could download references; Steward never does</source>
        <translation>%1: htslib no está configurado para trabajar sin conexión (REF_PATH), así que leer o escribir CRAM podría descargar referencias; Steward nunca lo hace</translation>
    </message>
    <message>
        <source>The reference %1 chosen for %2 does not exist</source>
        <translation>La referencia %1 elegida para %2 no existe</translation>
    </message>
    <message>
        <source>Writing %1 as CRAM needs the reference FASTA %2 was aligned to; choose it, or write BAM</source>
        <translation>Para escribir %1 como CRAM hace falta el FASTA de referencia con el que se alineó %2; hay que elegirlo o escribir BAM</translation>
    </message>
    <message>
        <source>Cannot use the reference %1 for %2</source>
        <translation>No se puede usar la referencia %1 para %2</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>No se puede leer la cabecera de %1</translation>
    </message>
    <message>
        <source>The de-identified header of %1 does not parse; please report this</source>
        <translation>La cabecera desidentificada de %1 no se puede analizar; hay que notificar este error</translation>
    </message>
    <message>
        <source> (M5 %1)</source>
        <translation> (M5 %1)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 more sequences</source>
        <translation>%1 secuencias más</translation>
    </message>
    <message>
        <source>Cannot de-identify %1: its bases are stored against a reference that is not on this computer (%2). Choose the reference FASTA with its .fai index; Steward never downloads references.</source>
        <translation>No se puede desidentificar %1: sus bases están almacenadas respecto a una referencia que no está en este equipo (%2). Hay que elegir el FASTA de referencia con su índice .fai; Steward nunca descarga referencias.</translation>
    </message>
    <message>
        <source>Cannot start the threads reading %1</source>
        <translation>No se pueden iniciar los hilos de lectura de %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the threads writing %1</source>
        <translation>No se pueden iniciar los hilos de escritura de %1</translation>
    </message>
    <message>
        <source>Cannot decode record %1 of %2: the file is damaged or its reference is missing or does not match</source>
        <translation>No se puede decodificar el registro %1 de %2: el archivo está dañado o su referencia falta o no coincide</translation>
    </message>
    <message>
        <source>Cannot read record %1 of %2: the file is damaged</source>
        <translation>No se puede leer el registro %1 de %2: el archivo está dañado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot index %1</source>
        <translation>No se puede indexar %1</translation>
    </message>
    <message>
        <source>Cannot edit record %1 of %2: out of memory</source>
        <translation>No se puede editar el registro %1 de %2: memoria agotada</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>No se puede escribir el índice %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1</source>
        <translation>No se puede volver a leer %1</translation>
    </message>
    <message>
        <source>Cannot rewrite the header of %1</source>
        <translation>No se puede reescribir la cabecera de %1</translation>
    </message>
    <message>
        <source>Cannot re-open %1 to check it</source>
        <translation>No se puede volver a abrir %1 para comprobarlo</translation>
    </message>
    <message>
        <source>%1 was written incompletely (no end-of-file marker); is the disk full?</source>
        <translation>%1 se escribió de forma incompleta (sin marca de fin de archivo); ¿está lleno el disco?</translation>
    </message>
    <message>
        <source>Cannot read back the header of %1</source>
        <translation>No se puede volver a leer la cabecera de %1</translation>
    </message>
    <message>
        <source>The de-identified copy of %1 holds %2 records instead of %3; nothing was written</source>
        <translation>La copia desidentificada de %1 contiene %2 registros en lugar de %3; no se escribió nada</translation>
    </message>
    <message>
        <source>The reads of the de-identified copy of %1 differ from the original (content digest); nothing was written</source>
        <translation>Las lecturas de la copia desidentificada de %1 difieren del original (resumen del contenido); no se escribió nada</translation>
    </message>
    <message>
        <source>Cannot load the index written for %1</source>
        <translation>No se puede cargar el índice escrito para %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede renombrar %1 como %2: %3</translation>
    </message>
    <message>
        <source>Reads copied unchanged; only the header was rewritten</source>
        <translation>Lecturas copiadas sin cambios; solo se reescribió la cabecera</translation>
    </message>
    <message>
        <source>Every read group of %1 belongs to a withdrawn sample; leave the file out</source>
        <translation>Todos los grupos de lecturas de %1 pertenecen a muestras retiradas; hay que dejar fuera el archivo</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n @%1 line(s)</source>
        <translation>
            <numerusform>Se eliminó %n línea @%1</numerusform>
            <numerusform>Se eliminaron %n líneas @%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from @SQ lines: %1</source>
        <translation>Eliminado de las líneas @SQ: %1</translation>
    </message>
    <message>
        <source>Removed from @RG lines: %1</source>
        <translation>Eliminado de las líneas @RG: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed the command lines (CL) of %n @PG line(s)</source>
        <translation>
            <numerusform>Se eliminó la línea de comandos (CL) de %n línea @PG</numerusform>
            <numerusform>Se eliminaron las líneas de comandos (CL) de %n líneas @PG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read group(s) of withdrawn samples</source>
        <translation>
            <numerusform>Se eliminó %n grupo de lecturas de muestras retiradas</numerusform>
            <numerusform>Se eliminaron %n grupos de lecturas de muestras retiradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed read groups: %1</source>
        <translation>Grupos de lecturas renombrados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replaced the sample names of %n read group(s) by pseudonyms</source>
        <translation>
            <numerusform>Se sustituyeron por seudónimos los nombres de muestra de %n grupo de lecturas</numerusform>
            <numerusform>Se sustituyeron por seudónimos los nombres de muestra de %n grupos de lecturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed identifying text from %n header line(s)</source>
        <translation>
            <numerusform>Se eliminó texto identificativo de %n línea de cabecera</numerusform>
            <numerusform>Se eliminó texto identificativo de %n líneas de cabecera</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification of %1 failed</source>
        <translation>La desidentificación de %1 ha fallado</translation>
    </message>
</context>
<context>
    <name>AlignmentStatsReader</name>
    <message>
        <source>htslib does not recognise its format</source>
        <translation>htslib no reconoce su formato</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a SAM, BAM or CRAM file (htslib sees %2).</source>
        <translation>%1 no es un archivo SAM, BAM ni CRAM (htslib detecta %2).</translation>
    </message>
    <message>
        <source>Cannot read the SAM/BAM/CRAM header of %1: the file is damaged or not an alignment file.</source>
        <translation>No se puede leer la cabecera SAM/BAM/CRAM de %1: el archivo está dañado o no es un archivo de alineamientos.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>record %1, line %2</source>
        <translation>registro %1, línea %2</translation>
    </message>
    <message>
        <source>htslib cannot parse it (error %1).</source>
        <translation>htslib no puede analizarla (error %1).</translation>
    </message>
    <message>
        <source>Line %1 is not a valid SAM record: %2 The statistics cover the records before it; fix or remove the line.</source>
        <translation>La línea %1 no es un registro SAM válido: %2 Las estadísticas abarcan los registros anteriores; hay que corregir o eliminar la línea.</translation>
    </message>
    <message>
        <source>Record %1 cannot be decoded (htslib error %2): the file is damaged or does not follow the %3 specification. The statistics cover the records before it; create the file again from its source.</source>
        <translation>No se puede decodificar el registro %1 (error de htslib %2): el archivo está dañado o no sigue la especificación %3. Las estadísticas abarcan los registros anteriores; hay que generar de nuevo el archivo desde su origen.</translation>
    </message>
    <message>
        <source>No record could be read before the cut</source>
        <translation>No se pudo leer ningún registro antes del corte</translation>
    </message>
    <message>
        <source>The statistics cover only the %1 records before the cut</source>
        <translation>Las estadísticas solo abarcan los %1 registros anteriores al corte</translation>
    </message>
    <message>
        <source>The file ends without its end-of-file marker: it is truncated (an interrupted copy or download). %1; copy the file again from its source.</source>
        <translation>El archivo termina sin su marcador de fin de archivo: está truncado (una copia o descarga interrumpida). %1; hay que copiar de nuevo el archivo desde su origen.</translation>
    </message>
</context>
<context>
    <name>AnnotationSchema</name>
    <message>
        <source>The file has no readable VCF header, so it has no annotations.</source>
        <translation>El archivo no tiene una cabecera VCF legible, así que no tiene anotaciones.</translation>
    </message>
    <message>
        <source>The header line of INFO/%1 does not list its sub-fields: its Description has no &quot;Format: Allele|Consequence|...&quot; part, so the %2 annotations in this file cannot be split into transcripts and are not shown. Annotate the file again with VCF output, or add the list to the header line (bcftools annotate -h).</source>
        <translation>La línea de cabecera de INFO/%1 no enumera sus subcampos: su Description no tiene la parte «Format: Allele|Consequence|...», por lo que las anotaciones de %2 de este archivo no se pueden dividir en transcritos y no se muestran. Hay que volver a anotar el archivo con salida VCF o añadir la lista a la línea de cabecera (bcftools annotate -h).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unknown command; try steward --help.</source>
        <translation>Comando desconocido; véase steward --help.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>The catalog cannot be opened.

%1</source>
        <translation>No se puede abrir el catálogo.

%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write to the audit log in %1: %2</source>
        <translation>No se puede escribir en el registro de auditoría de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log in %1: %2</source>
        <translation>No se puede leer el registro de auditoría de %1: %2</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 hash of audit entry %1: OpenSSL failed.</source>
        <translation>No se puede calcular el hash SHA-256 de la entrada de auditoría %1: OpenSSL ha fallado.</translation>
    </message>
    <message>
        <source>Cannot write audit entry %1 to %2: %3</source>
        <translation>No se puede escribir la entrada de auditoría %1 en %2: %3</translation>
    </message>
    <message>
        <source>Audit entry %1 was recorded, but the anchor was not updated: %2</source>
        <translation>La entrada de auditoría %1 se registró, pero el ancla no se actualizó: %2</translation>
    </message>
    <message>
        <source>The audit log anchor %1 was not updated: it records committed entries only, so update it after the transaction is committed.</source>
        <translation>El ancla %1 del registro de auditoría no se actualizó: solo recoge entradas confirmadas, así que hay que actualizarla después de confirmar la transacción.</translation>
    </message>
    <message>
        <source>Cannot update the audit log anchor %1: %2</source>
        <translation>No se puede actualizar el ancla %1 del registro de auditoría: %2</translation>
    </message>
    <message>
        <source>The audit log anchor %1 cannot be read, so it was left as it is. Check the audit log, then remove the file to start a new anchor.</source>
        <translation>No se puede leer el ancla %1 del registro de auditoría, así que se ha dejado como estaba. Hay que comprobar el registro de auditoría y después eliminar el archivo para iniciar un ancla nueva.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but its anchor %2 records entry %3: entries were removed. The anchor was left as it is.</source>
        <translation>El registro de auditoría termina en la entrada %1, pero su ancla %2 recoge la entrada %3: se eliminaron entradas. El ancla se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log no longer matches its anchor %2, so the anchor was left as it is.</source>
        <translation>La entrada %1 del registro de auditoría ya no coincide con su ancla %2, así que el ancla se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Cannot write the audit log anchor %1: %2</source>
        <translation>No se puede escribir el ancla %1 del registro de auditoría: %2</translation>
    </message>
    <message>
        <source>Entry %1 has an invalid sequence number: the log starts at entry 1.</source>
        <translation>La entrada %1 tiene un número de secuencia no válido: el registro empieza en la entrada 1.</translation>
    </message>
    <message>
        <source>Entry 1 is missing: the log starts at entry %1.</source>
        <translation>Falta la entrada 1: el registro empieza en la entrada %1.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation>Falta la entrada %1: el registro pasa de la entrada %2 a la entrada %3.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: its previous hash should be 64 zeros.</source>
        <translation>La entrada 1 no inicia la cadena: su hash anterior debería ser 64 ceros.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: the previous hash it records is not the hash of entry %2. Entries were inserted, removed or reordered here.</source>
        <translation>La entrada %1 no sigue a la entrada %2: el hash anterior que recoge no es el hash de la entrada %2. Aquí se insertaron, eliminaron o reordenaron entradas.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its details are not a JSON object.</source>
        <translation>La entrada %1 se modificó después de escribirse: sus detalles no son un objeto JSON.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>La entrada %1 se modificó después de escribirse: su contenido ya no coincide con su hash.</translation>
    </message>
    <message>
        <source>Entry %1 has a time that is not in the audit log&apos;s format: %2.</source>
        <translation>La entrada %1 tiene una hora que no sigue el formato del registro de auditoría: %2.</translation>
    </message>
    <message>
        <source>The audit log anchor %1 cannot be read, so removal of the newest entries cannot be ruled out.</source>
        <translation>No se puede leer el ancla %1 del registro de auditoría, así que no se puede descartar que se hayan eliminado las entradas más recientes.</translation>
    </message>
    <message>
        <source>The audit log is empty, but its anchor %1 records entries up to entry %2: all entries were removed.</source>
        <translation>El registro de auditoría está vacío, pero su ancla %1 recoge entradas hasta la entrada %2: se eliminaron todas las entradas.</translation>
    </message>
    <message>
        <source>Entry %1 was removed from the end of the audit log: its anchor records it, but the log ends at entry %2.</source>
        <translation>Se eliminó la entrada %1 del final del registro de auditoría: su ancla la recoge, pero el registro termina en la entrada %2.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were removed from the end of the audit log: its anchor records entry %2, but the log ends at entry %3.</source>
        <translation>Se eliminaron las entradas %1 a %2 del final del registro de auditoría: su ancla recoge la entrada %2, pero el registro termina en la entrada %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the audit log anchor: the log up to this entry was rewritten after the anchor was written.</source>
        <translation>La entrada %1 no coincide con el ancla del registro de auditoría: el registro hasta esta entrada se reescribió después de escribirse el ancla.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BagCommands</name>
    <message>
        <source>steward bag verify: %1 is not a folder.</source>
        <translation>steward bag verify: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>steward checksum FILE... [--json]</source>
        <translation>steward checksum ARCHIVO... [--json]</translation>
    </message>
    <message>
        <source>steward bag verify DIR [--json]</source>
        <translation>steward bag verify CARPETA [--json]</translation>
    </message>
</context>
<context>
    <name>BagPath</name>
    <message>
        <source>the path is empty</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <source>it is an absolute path, outside the bag</source>
        <translation>es una ruta absoluta, fuera de la bolsa</translation>
    </message>
    <message>
        <source>it is an absolute Windows path, outside the bag</source>
        <translation>es una ruta absoluta de Windows, fuera de la bolsa</translation>
    </message>
    <message>
        <source>it starts with ~, a home folder outside the bag</source>
        <translation>empieza por ~, una carpeta personal fuera de la bolsa</translation>
    </message>
    <message>
        <source>it starts with a Windows environment variable, outside the bag</source>
        <translation>empieza por una variable de entorno de Windows, fuera de la bolsa</translation>
    </message>
    <message>
        <source>it has a .. segment that leads outside the bag</source>
        <translation>tiene un segmento .. que sale de la bolsa</translation>
    </message>
    <message>
        <source>it contains a backslash, a folder separator on Windows</source>
        <translation>contiene una barra invertida, un separador de carpetas en Windows</translation>
    </message>
    <message>
        <source>it has an empty or &quot;.&quot; folder name</source>
        <translation>tiene un nombre de carpeta vacío o «.»</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
</context>
<context>
    <name>BagValidator</name>
    <message>
        <source>bagit.txt is missing: this folder is not a bag.</source>
        <translation>Falta bagit.txt: esta carpeta no es una bolsa.</translation>
    </message>
    <message>
        <source>Cannot read bagit.txt: %1</source>
        <translation>No se puede leer bagit.txt: %1</translation>
    </message>
    <message>
        <source>bagit.txt starts with a byte-order mark; RFC 8493 forbids one.</source>
        <translation>bagit.txt empieza por una marca de orden de bytes; el RFC 8493 la prohíbe.</translation>
    </message>
    <message>
        <source>bagit.txt is not valid UTF-8.</source>
        <translation>bagit.txt no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>bagit.txt has no %1 line.</source>
        <translation>bagit.txt no tiene la línea %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not exactly &quot;%2: value&quot;: no whitespace is allowed around the label or the value (RFC 8493 §2.1.1).</source>
        <translation>«%1» no es exactamente «%2: valor»: no se admiten espacios en blanco alrededor de la etiqueta ni del valor (RFC 8493 §2.1.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (%3).</source>
        <translation>«%1» no es un valor válido de %2 (%3).</translation>
    </message>
    <message>
        <source>major.minor, such as 1.0</source>
        <translation>mayor.menor, p. ej. 1.0</translation>
    </message>
    <message>
        <source>an encoding name, such as UTF-8</source>
        <translation>un nombre de codificación, p. ej. UTF-8</translation>
    </message>
    <message>
        <source>expected the %1 line, found &quot;%2&quot;.</source>
        <translation>se esperaba la línea %1 y se encontró «%2».</translation>
    </message>
    <message>
        <source>BagIt version %1 is not one this validator knows (0.93 to 0.97, 1.0).</source>
        <translation>Este validador no conoce la versión %1 de BagIt (0.93 a 0.97, 1.0).</translation>
    </message>
    <message>
        <source>tag files in the %1 encoding cannot be read.</source>
        <translation>no se pueden leer archivos de etiquetas con la codificación %1.</translation>
    </message>
    <message>
        <source>bagit.txt has more than its two lines: &quot;%1&quot;.</source>
        <translation>bagit.txt tiene más de sus dos líneas: «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 no es texto %2 válido.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to a file outside the bag.</source>
        <translation>%1 es un enlace simbólico a un archivo fuera de la bolsa.</translation>
    </message>
    <message>
        <source>%1 is an operating-system file (thumbnails, folder settings), not data; it is usually bagged by mistake.</source>
        <translation>%1 es un archivo del sistema operativo (miniaturas, ajustes de carpeta), no datos; suele incluirse en la bolsa por error.</translation>
    </message>
    <message>
        <source>%1 uses the %2 algorithm, which cannot be computed here; its checksums are not verified.</source>
        <translation>%1 usa el algoritmo %2, que no se puede calcular aquí; sus sumas de comprobación no se verifican.</translation>
    </message>
    <message>
        <source>algorithm names in manifest file names should be lowercase.</source>
        <translation>los nombres de algoritmo en los nombres de archivo de manifiesto deberían ir en minúsculas.</translation>
    </message>
    <message>
        <source>blank line.</source>
        <translation>línea en blanco.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;checksum path&quot;.</source>
        <translation>«%1» no tiene la forma «suma_de_comprobación ruta».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 checksum (%3 hexadecimal digits).</source>
        <translation>«%1» no es una suma de comprobación %2 (%3 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>the path starts with *, the binary-mode marker of md5sum and similar tools; it is read without it.</source>
        <translation>la ruta empieza por *, el marcador de modo binario de md5sum y herramientas similares; se lee sin él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a % that is not percent-encoded as %25.</source>
        <translation>«%1» tiene un % que no está codificado como %25.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with ./; paths are relative to the bag without it.</source>
        <translation>«%1» empieza por ./; las rutas son relativas a la bolsa sin ese prefijo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is refused: %2.</source>
        <translation>«%1» se rechaza: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the payload folder data/.</source>
        <translation>«%1» no está en la carpeta de carga útil data/.</translation>
    </message>
    <message>
        <source>the tag manifest lists the payload file &quot;%1&quot;.</source>
        <translation>el manifiesto de etiquetas enumera el archivo de carga útil «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a backslash, a folder separator on Windows.</source>
        <translation>«%1» contiene una barra invertida, un separador de carpetas en Windows.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an operating-system file, usually bagged by mistake.</source>
        <translation>«%1» es un archivo del sistema operativo, que suele incluirse en la bolsa por error.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link leading outside the bag.</source>
        <translation>«%1» es un enlace simbólico que sale de la bolsa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on disk in another Unicode normalization form.</source>
        <translation>«%1» está en el disco en otra forma de normalización Unicode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed again with another checksum (first on line %2).</source>
        <translation>«%1» aparece de nuevo con otra suma de comprobación (primero en la línea %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice (first on line %2); BagIt 1.0 allows each file once per manifest.</source>
        <translation>«%1» aparece dos veces (primero en la línea %2); BagIt 1.0 admite cada archivo una sola vez por manifiesto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice with the same checksum (first on line %2).</source>
        <translation>«%1» aparece dos veces con la misma suma de comprobación (primero en la línea %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; (line %3) differ only in case: they are one file on Windows and macOS.</source>
        <translation>«%1» y «%2» (línea %3) solo difieren en mayúsculas y minúsculas: en Windows y macOS son un mismo archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and line %2 are the same name in two Unicode normalization forms.</source>
        <translation>«%1» y la línea %2 son el mismo nombre en dos formas de normalización Unicode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;url length path&quot;.</source>
        <translation>«%1» no tiene la forma «url longitud ruta».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation>«%1» no es una URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the payload folder data/; fetch.txt lists payload files only.</source>
        <translation>«%1» no está en la carpeta de carga útil data/; fetch.txt solo enumera archivos de carga útil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>«%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in fetch.txt but has not been fetched: the bag is incomplete.</source>
        <translation>«%1» figura en fetch.txt pero no se ha descargado: la bolsa está incompleta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-&lt;algorithm&gt;.txt).</source>
        <translation>La bolsa no tiene manifiesto de carga útil (manifest-&lt;algorithm&gt;.txt).</translation>
    </message>
    <message>
        <source>%1 is in the payload but not listed in %2.</source>
        <translation>%1 está en la carga útil pero no figura en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not listed in %2.</source>
        <translation>«%1» no figura en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;Label: value&quot;.</source>
        <translation>«%1» no tiene la forma «Etiqueta: valor».</translation>
    </message>
    <message>
        <source>Payload-Oxum is given twice with different values.</source>
        <translation>Payload-Oxum aparece dos veces con valores distintos.</translation>
    </message>
    <message>
        <source>Payload-Oxum &quot;%1&quot; is not octets.files.</source>
        <translation>Payload-Oxum «%1» no tiene la forma octetos.archivos.</translation>
    </message>
    <message>
        <source>Payload-Oxum says %1 bytes in %2 files; the payload holds %3 bytes in %4 files.</source>
        <translation>Payload-Oxum indica %1 bytes en %2 archivos; la carga útil contiene %3 bytes en %4 archivos.</translation>
    </message>
    <message>
        <source>%1: the %2 checksum does not match (listed %3, the file has %4).</source>
        <translation>%1: la suma de comprobación %2 no coincide (figura %3, el archivo tiene %4).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The payload folder data/ is missing.</source>
        <translation>Falta la carpeta de carga útil data/.</translation>
    </message>
    <message>
        <source>No payload manifest uses an algorithm that can be verified.</source>
        <translation>Ningún manifiesto de carga útil usa un algoritmo que se pueda verificar.</translation>
    </message>
    <message>
        <source>Stopped before every checksum was verified.</source>
        <translation>Se detuvo antes de verificar todas las sumas de comprobación.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>%1 bag (BagIt %2): %3 payload files, %4 bytes; %5 files verified; %6 errors, %7 warnings.</source>
        <translation>Bolsa %1 (BagIt %2): %3 archivos de carga útil, %4 bytes; %5 archivos verificados; %6 errores, %7 advertencias.</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; cannot be used: %2.</source>
        <translation>No se puede usar la ruta de carga útil «%1»: %2.</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; is used twice.</source>
        <translation>La ruta de carga útil «%1» se usa dos veces.</translation>
    </message>
    <message>
        <source>The payload paths &quot;%1&quot; and &quot;%2&quot; differ only in case or Unicode normalization: they would be one file on Windows and macOS.</source>
        <translation>Las rutas de carga útil «%1» y «%2» solo difieren en mayúsculas y minúsculas o en la normalización Unicode: en Windows y macOS serían un mismo archivo.</translation>
    </message>
    <message>
        <source>%1 (for %2 in the bag) is not a readable file.</source>
        <translation>%1 (para %2 en la bolsa) no es un archivo legible.</translation>
    </message>
    <message>
        <source>The payload path &quot;%1&quot; is a file, but &quot;%2&quot; puts a folder there.</source>
        <translation>La ruta de carga útil «%1» es un archivo, pero «%2» pone ahí una carpeta.</translation>
    </message>
    <message>
        <source>No folder was given for the bag.</source>
        <translation>No se indicó ninguna carpeta para la bolsa.</translation>
    </message>
    <message>
        <source>%1 already exists; Steward never writes a bag over an existing file or folder. Choose another name or remove it first.</source>
        <translation>%1 ya existe; Steward nunca escribe una bolsa sobre un archivo o una carpeta existentes. Hay que elegir otro nombre o eliminarlo antes.</translation>
    </message>
    <message>
        <source>The tag file &quot;%1&quot; cannot be added: %2.</source>
        <translation>No se puede añadir el archivo de etiquetas «%1»: %2.</translation>
    </message>
    <message>
        <source>the name is taken by BagIt or used twice</source>
        <translation>el nombre está reservado por BagIt o se usa dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a bag-info.txt label (no colon, line break or surrounding spaces).</source>
        <translation>«%1» no puede ser una etiqueta de bag-info.txt (sin dos puntos, saltos de línea ni espacios alrededor).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 to build the bag in.</source>
        <translation>No se puede crear la carpeta %1 en la que construir la bolsa.</translation>
    </message>
    <message>
        <source>Stopped; no bag was written to %1.</source>
        <translation>Se detuvo; no se escribió ninguna bolsa en %1.</translation>
    </message>
    <message>
        <source>%1 changed while it was copied into the bag; try again once nothing is writing to it.</source>
        <translation>%1 cambió mientras se copiaba en la bolsa; hay que volver a intentarlo cuando nada esté escribiendo en él.</translation>
    </message>
    <message>
        <source>Cannot move the finished bag to %1: %2</source>
        <translation>No se puede mover la bolsa terminada a %1: %2</translation>
    </message>
</context>
<context>
    <name>BgzfBlocks</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Stopped while comparing %1 with %2</source>
        <translation>Detenido al comparar %1 con %2</translation>
    </message>
    <message>
        <source>%1 is damaged: no BGZF block at byte %2</source>
        <translation>%1 está dañado: no hay un bloque BGZF en el byte %2</translation>
    </message>
</context>
<context>
    <name>BgzfIndexRebase</name>
    <message>
        <source>Cannot open the index %1</source>
        <translation>No se puede abrir el índice %1</translation>
    </message>
    <message>
        <source>The index %1 is damaged</source>
        <translation>El índice %1 está dañado</translation>
    </message>
    <message>
        <source>The index %1 does not match its file: %2</source>
        <translation>El índice %1 no corresponde a su archivo: %2</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>su cabecera está truncada</translation>
    </message>
    <message>
        <source>%1 is neither a tabix (.tbi) nor a CSI index</source>
        <translation>%1 no es un índice tabix (.tbi) ni CSI</translation>
    </message>
    <message>
        <source>reference %1 is cut short</source>
        <translation>la referencia %1 está truncada</translation>
    </message>
    <message>
        <source>bin %1 of reference %2 points outside the file</source>
        <translation>el bin %1 de la referencia %2 apunta fuera del archivo</translation>
    </message>
    <message>
        <source>a chunk of reference %1 points outside the file</source>
        <translation>un fragmento de la referencia %1 apunta fuera del archivo</translation>
    </message>
    <message>
        <source>the linear index of reference %1 points outside the file</source>
        <translation>el índice lineal de la referencia %1 apunta fuera del archivo</translation>
    </message>
    <message>
        <source>it has data after its last reference</source>
        <translation>contiene datos después de su última referencia</translation>
    </message>
    <message>
        <source>it ends before the file&apos;s last record (is it older than the file?)</source>
        <translation>termina antes del último registro del archivo (¿es más antiguo que el archivo?)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Sealed Steward bundle %1, identifier %2.</source>
        <translation>Paquete sellado de Steward %1, identificador %2.</translation>
    </message>
    <message>
        <source>bundle create: encrypt every file with Crypt4GH for this recipient (public key file or address-book name); repeat for several.</source>
        <translation>bundle create: cifrar cada archivo con Crypt4GH para este destinatario (archivo de clave pública o nombre de la libreta de direcciones); repetir para varios.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s External-Description.</source>
        <translation>bundle create: la External-Description de la bolsa.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s Source-Organization (default: the Bundles/sourceOrganization setting).</source>
        <translation>bundle create: la Source-Organization de la bolsa (predeterminada: el ajuste Bundles/sourceOrganization).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>bundle create: the bag&apos;s contact, as &quot;Name &lt;email&gt;&quot; (default: the Bundles/contact settings, else the reviewer).</source>
        <translation>bundle create: el contacto de la bolsa, como «Nombre &lt;email&gt;» (predeterminado: los ajustes Bundles/contact o, si no, el revisor).</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>steward bundle verify DIR [--json]</source>
        <translation>steward bundle verify CARPETA [--json]</translation>
    </message>
    <message>
        <source>steward bundle verify: %1 is not a folder.</source>
        <translation>steward bundle verify: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>steward bundle list | show NAME [--json]</source>
        <translation>steward bundle list | show NOMBRE [--json]</translation>
    </message>
    <message>
        <source>No bundles yet.</source>
        <translation>Aún no hay paquetes.</translation>
    </message>
    <message>
        <source>No bundle named %1.</source>
        <translation>No hay ningún paquete llamado %1.</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>Identificador: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>steward bundle plan|create --destination NAME DATASET... | verify DIR | list | show NAME</source>
        <translation>steward bundle plan|create --destination NOMBRE CONJUNTO... | verify CARPETA | list | show NOMBRE</translation>
    </message>
    <message>
        <source>steward bundle create --destination NAME DATASET... [--out DIR] [--name NAME] [--encrypt-for KEY...]</source>
        <translation>steward bundle create --destination NOMBRE CONJUNTO... [--out CARPETA] [--name NOMBRE] [--encrypt-for CLAVE...]</translation>
    </message>
    <message>
        <source>steward bundle plan --destination NAME DATASET...</source>
        <translation>steward bundle plan --destination NOMBRE CONJUNTO...</translation>
    </message>
    <message numerus="yes">
        <source>Bundle for %1: %n file(s), %2</source>
        <translation>
            <numerusform>Paquete para %1: %n archivo, %2</numerusform>
            <numerusform>Paquete para %1: %n archivos, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sealed: %n dataset(s) cannot be shipped to %1.</source>
        <translation>
            <numerusform>No se selló nada: %n conjunto de datos no se puede enviar a %1.</numerusform>
            <numerusform>No se selló nada: %n conjuntos de datos no se pueden enviar a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1 for %2: %n file(s) in %3</source>
        <translation>
            <numerusform>%1 sellado para %2: %n archivo en %3</numerusform>
            <numerusform>%1 sellado para %2: %n archivos en %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation>
            <numerusform>Cifrado con Crypt4GH para %n destinatario.</numerusform>
            <numerusform>Cifrado con Crypt4GH para %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identifier (SHA-256 of tagmanifest-sha256.txt): %1</source>
        <translation>Identificador (SHA-256 de tagmanifest-sha256.txt): %1</translation>
    </message>
</context>
<context>
    <name>BundleDelivery</name>
    <message>
        <source>%1 is a draft: seal it before pushing it.</source>
        <translation>%1 es un borrador: hay que sellarlo antes de enviarlo.</translation>
    </message>
    <message>
        <source>%1 was sealed for %2, not %3: its consent and de-identification were reviewed for %2 only. Make a bundle for %3.</source>
        <translation>%1 se selló para %2, no para %3: su consentimiento y su desidentificación se revisaron solo para %2. Hay que crear un paquete para %3.</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the consent of %2 cannot be checked. %3</source>
        <translation>%1 no se puede enviar: no se puede comprobar el consentimiento de %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the consent match of %2 for %3 is now %4. %5</source>
        <translation>%1 no se puede enviar: el cotejo del consentimiento de %2 para %3 da ahora %4. %5</translation>
    </message>
    <message>
        <source>%1 cannot be pushed: the review of %2 for %3 is no longer approved. %4 Review it again and make a new version.</source>
        <translation>%1 no se puede enviar: la revisión de %2 para %3 ya no está aprobada. %4 Hay que revisarlo de nuevo y crear una versión nueva.</translation>
    </message>
    <message>
        <source>transfer is %1</source>
        <translation>transferencia: %1</translation>
    </message>
    <message>
        <source>tagmanifest-sha256.txt: the bag is not the one sealed as %1 (identifier %2, now %3).</source>
        <translation>tagmanifest-sha256.txt: la bolsa no es la que se selló como %1 (identificador %2, ahora %3).</translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>No destination named %1. Declare it in the Review area or with `steward repo add`.</source>
        <translation>No hay ningún destino llamado %1. Hay que declararlo en el área «Revisión» o con `steward repo add`.</translation>
    </message>
    <message>
        <source>There is no review of %1 for %2.</source>
        <translation>No hay ninguna revisión de %1 para %2.</translation>
    </message>
    <message>
        <source>The consent review for %1 is %2, not approved.</source>
        <translation>La revisión del consentimiento para %1 no está aprobada (estado: %2).</translation>
    </message>
    <message>
        <source>The consent match for %1 is %2: %3</source>
        <translation>El cotejo del consentimiento para %1 da %2: %3</translation>
    </message>
    <message>
        <source>The de-identification of %1 is not approved (%2).</source>
        <translation>La desidentificación de %1 no está aprobada (%2).</translation>
    </message>
    <message>
        <source>Every sample of %1 withdrew or its consent expired.</source>
        <translation>Todas las muestras de %1 se retiraron o su consentimiento caducó.</translation>
    </message>
    <message>
        <source>The approved de-identification run #%1 is missing or did not validate.</source>
        <translation>La ejecución de desidentificación aprobada #%1 falta o no se validó.</translation>
    </message>
    <message>
        <source>%1 has no validated de-identified version in run #%2.</source>
        <translation>%1 no tiene ninguna versión desidentificada validada en la ejecución #%2.</translation>
    </message>
    <message>
        <source>%1 was not rewritten by profile %2, so it is left out.</source>
        <translation>El perfil %2 no reescribió %1, así que se deja fuera.</translation>
    </message>
    <message>
        <source>The de-identified file %1 is gone; run the profile again.</source>
        <translation>El archivo desidentificado %1 ya no existe; hay que volver a ejecutar el perfil.</translation>
    </message>
    <message>
        <source>The index %1 of the de-identified file is gone; run the profile again.</source>
        <translation>El índice %1 del archivo desidentificado ya no existe; hay que volver a ejecutar el perfil.</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>BundleSealer</name>
    <message>
        <source>No bundle %1.</source>
        <translation>No hay ningún paquete %1.</translation>
    </message>
    <message>
        <source>%1 is already sealed (%2); make a new version to change it.</source>
        <translation>%1 ya está sellado (%2); hay que crear una versión nueva para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 has no datasets to seal.</source>
        <translation>%1 no tiene conjuntos de datos que sellar.</translation>
    </message>
    <message>
        <source>Checking reviews and consent</source>
        <translation>Comprobando las revisiones y el consentimiento</translation>
    </message>
    <message>
        <source>Nothing in %1 can be shipped.</source>
        <translation>No se puede enviar nada de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be sealed:
%2</source>
        <translation>No se puede sellar %1:
%2</translation>
    </message>
    <message>
        <source>Cannot create the bundle folder %1.</source>
        <translation>No se puede crear la carpeta del paquete %1.</translation>
    </message>
    <message>
        <source>%1 already exists; a sealed bag is never overwritten.</source>
        <translation>%1 ya existe; una bolsa sellada nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 changed after its de-identification run (SHA-256 %2, the run recorded %3); run the profile again.</source>
        <translation>%1 cambió tras su ejecución de desidentificación (SHA-256 %2, la ejecución registró %3); hay que volver a ejecutar el perfil.</translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation>Comprobando los archivos</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Encrypting %1</source>
        <translation>Cifrando %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n dataset(s), de-identified and approved.</source>
        <translation>
            <numerusform>%1 para %2: %n conjunto de datos, desidentificado y aprobado.</numerusform>
            <numerusform>%1 para %2: %n conjuntos de datos, desidentificados y aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bag</source>
        <translation>Escribiendo la bolsa</translation>
    </message>
</context>
<context>
    <name>BundleStore</name>
    <message>
        <source>A bundle needs a name.</source>
        <translation>Un paquete necesita un nombre.</translation>
    </message>
    <message>
        <source>The bundle name %1 cannot be a folder name: use letters, digits, dashes.</source>
        <translation>El nombre de paquete %1 no puede ser un nombre de carpeta: hay que usar letras, dígitos y guiones.</translation>
    </message>
    <message>
        <source>No bundle %1.</source>
        <translation>No hay ningún paquete %1.</translation>
    </message>
    <message>
        <source>%1 is sealed and cannot change; make a new version to edit it.</source>
        <translation>%1 está sellado y no puede cambiar; hay que crear una versión nueva para editarlo.</translation>
    </message>
    <message>
        <source>%1 is sealed: sealed bundles stay on record.</source>
        <translation>%1 está sellado: los paquetes sellados se conservan en el registro.</translation>
    </message>
    <message>
        <source>%1 is still a draft: edit it directly.</source>
        <translation>%1 aún es un borrador: hay que editarlo directamente.</translation>
    </message>
    <message>
        <source>%1 is already sealed.</source>
        <translation>%1 ya está sellado.</translation>
    </message>
    <message>
        <source>Only a sealed bundle can be queued or delivered; %1 is a draft.</source>
        <translation>Solo un paquete sellado se puede poner en cola o entregar; %1 es un borrador.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog.</source>
        <translation>No se puede crear la carpeta %1 para el catálogo.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>No se puede abrir el catálogo %1: %2</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, newer than this Steward understands (%3). Use a newer Steward or another catalog (--catalog).</source>
        <translation>El catálogo %1 tiene la versión de esquema %2, más reciente de lo que entiende esta versión de Steward (%3). Hay que usar una versión más reciente de Steward u otro catálogo (--catalog).</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2
%3</source>
        <translation>Error en la migración %1: %2
%3</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>Catalog write failed: %1</source>
        <translation>Error al escribir en el catálogo: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>ChecksumCache</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot compute checksums of %1: it is not a regular file.</source>
        <translation>No se pueden calcular las sumas de comprobación de %1: no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 changed while its checksums were computed; try again once nothing is writing to it.</source>
        <translation>%1 cambió mientras se calculaban sus sumas de comprobación; hay que volver a intentarlo cuando nada esté escribiendo en él.</translation>
    </message>
</context>
<context>
    <name>ClinVarAnnotation</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>germline</source>
        <translation>germinal</translation>
    </message>
    <message>
        <source>somatic</source>
        <translation>somático</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>heredado</translation>
    </message>
    <message>
        <source>paternal</source>
        <translation>paterno</translation>
    </message>
    <message>
        <source>maternal</source>
        <translation>materno</translation>
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
        <translation>no analizado</translation>
    </message>
    <message>
        <source>tested, inconclusive</source>
        <translation>analizado, no concluyente</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Catalog database (default: $STEWARD_CATALOG or the application-data folder).</source>
        <translation>Base de datos del catálogo (predeterminada: $STEWARD_CATALOG o la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Salida JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Decompression threads (default: cores).</source>
        <translation>Hilos de descompresión (predeterminado: número de núcleos).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>scan: rescan files even when unchanged.</source>
        <translation>scan: volver a escanear los archivos aunque no hayan cambiado.</translation>
    </message>
    <message>
        <source>stats: skip per-sample genotype counts.</source>
        <translation>stats: omitir el recuento de genotipos por muestra.</translation>
    </message>
    <message>
        <source>stats: reference FASTA for a CRAM.</source>
        <translation>stats: FASTA de referencia para un CRAM.</translation>
    </message>
    <message>
        <source>fasta</source>
        <translation>fasta</translation>
    </message>
    <message>
        <source>Open the generated demo workspace (made on first use).</source>
        <translation>Abrir el espacio de trabajo de demostración generado (se crea en el primer uso).</translation>
    </message>
    <message>
        <source>With --demo: scan without opening a window.</source>
        <translation>Con --demo: escanear sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>scan or stats</source>
        <translation>scan o stats</translation>
    </message>
    <message>
        <source>--threads needs a number from 0 to 256.</source>
        <translation>--threads requiere un número entre 0 y 256.</translation>
    </message>
    <message>
        <source>Generated the demo workspace in %1</source>
        <translation>Espacio de trabajo de demostración generado en %1</translation>
    </message>
    <message>
        <source>steward: name a command (scan or stats); see --help.</source>
        <translation>steward: indicar un comando (scan o stats); véase --help.</translation>
    </message>
    <message>
        <source>steward scan: name at least one folder.</source>
        <translation>steward scan: indicar al menos una carpeta.</translation>
    </message>
    <message>
        <source>steward stats: name exactly one file.</source>
        <translation>steward stats: indicar exactamente un archivo.</translation>
    </message>
    <message>
        <source>steward: unknown command &apos;%1&apos;; see --help.</source>
        <translation>steward: comando desconocido «%1»; véase --help.</translation>
    </message>
    <message>
        <source>steward scan: %1 is not a folder.</source>
        <translation>steward scan: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Scanned %1 of %2 files (%3) in %4 s; %5 unchanged, %6 removed.</source>
        <translation>%1 de %2 archivos escaneados (%3) en %4 s; %5 sin cambios, %6 eliminados.</translation>
    </message>
    <message>
        <source>%1 files with errors, %2 with warnings. Catalog: %3</source>
        <translation>%1 archivos con errores, %2 con advertencias. Catálogo: %3</translation>
    </message>
    <message>
        <source>steward stats: %1 is not a file.</source>
        <translation>steward stats: %1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1: %2 file; no statistics for this format.</source>
        <translation>%1: archivo %2; no hay estadísticas para este formato.</translation>
    </message>
    <message>
        <source>steward variants: %1 is not a file.</source>
        <translation>steward variants: %1 no es un archivo.</translation>
    </message>
    <message>
        <source>steward variants: use --include or --exclude, not both.</source>
        <translation>steward variants: usar --include o --exclude, no ambos.</translation>
    </message>
    <message>
        <source>steward variants: --format is tsv or json.</source>
        <translation>steward variants: --format admite tsv o json.</translation>
    </message>
    <message>
        <source>steward variants: the file has no sample %1.</source>
        <translation>steward variants: el archivo no tiene la muestra %1.</translation>
    </message>
    <message>
        <source>steward variants: unknown column %1; the columns are: %2.</source>
        <translation>steward variants: columna desconocida %1; las columnas son: %2.</translation>
    </message>
    <message>
        <source>variants: chr:start-end, a contig, or a gene.</source>
        <translation>variants: chr:inicio-fin, un contig o un gen.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>variants: keep records matching a bcftools-style expression.</source>
        <translation>variants: conservar los registros que cumplen una expresión al estilo de bcftools.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expresión</translation>
    </message>
    <message>
        <source>variants: drop records matching the expression.</source>
        <translation>variants: descartar los registros que cumplen la expresión.</translation>
    </message>
    <message>
        <source>variants: the sample whose genotype columns are shown.</source>
        <translation>variants: la muestra cuyas columnas de genotipo se muestran.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>variants: comma-separated columns after CHROM,POS,REF,ALT.</source>
        <translation>variants: columnas separadas por comas tras CHROM,POS,REF,ALT.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>variants: tsv (default) or json.</source>
        <translation>variants: tsv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>variants: print only the number of matching records.</source>
        <translation>variants: mostrar solo el número de registros coincidentes.</translation>
    </message>
    <message>
        <source>steward variants: name exactly one VCF or BCF file.</source>
        <translation>steward variants: indicar exactamente un archivo VCF o BCF.</translation>
    </message>
    <message>
        <source>consent match: DUO codes, e.g. DS(MONDO:0005148);NPU;GS(EU).</source>
        <translation>consent match: códigos DUO, p. ej. DS(MONDO:0005148);NPU;GS(EU).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <source>consent match, repo declare: the declared use, e.g. primary=hmb;region=DE;irb.</source>
        <translation>consent match, repo declare: el uso declarado, p. ej. primary=hmb;region=DE;irb.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>review list: only items in this state.</source>
        <translation>review list: solo los elementos en este estado.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>review, consent show: the destination.</source>
        <translation>review, consent show: el destino.</translation>
    </message>
    <message>
        <source>review: the reviewer&apos;s comment.</source>
        <translation>review: el comentario del revisor.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
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
        <translation>Steward: revisar y compartir datos genómicos de forma responsable.

Comandos:
  scan RUTA...     escanear carpetas en el catálogo y mostrar un resumen
  stats ARCHIVO    mostrar las estadísticas de un archivo VCF/BCF/SAM/BAM/CRAM
  variants ARCHIVO listar las variantes de un VCF/BCF, filtradas como con bcftools view
  consent import ARCHIVO | show CONJUNTO | match --consent C --purpose P
                   registros de consentimiento (DUO) y lo que permiten
  duo import ARCHIVO | list   la versión de DUO en uso
  repo declare NOMBRE --purpose P | list   destinos y su uso declarado
  review list | approve|reject|request-changes|start|reopen CONJUNTO
                   --destination NOMBRE --comment TEXTO
  audit verify | export ARCHIVO   el registro de auditoría encadenado con hashes
  repo add NOMBRE --kind s3|sftp|webdav|folder ... | test NOMBRE   repositorios remotos
  push RUTA --to NOMBRE [--wait]   enviar un paquete o una carpeta (se reanuda tras un fallo)
  queue list | pause ID | resume [ID] [--wait] | cancel ID   la cola de transferencias
  phi-scan RUTA...   buscar texto identificativo en archivos genómicos y archivos asociados
  deid RUTA|CONJUNTO... --profile NOMBRE|ARCHIVO [--out CARPETA]   desidentificar, con validación
  deid show CONJUNTO | approve|reject|reopen CONJUNTO --destination NOMBRE
  risk ARCHIVO --qi COLUMNAS [--sensitive COLUMNA] [--k N]   k-anonimato de una tabla clínica
  pseudonyms list | export ARCHIVO   la correspondencia de seudónimos de esta estación de trabajo
  keygen [--name NOMBRE] --out PREFIJO [--passphrase-file A | --no-passphrase]
                   crear un par de claves Crypt4GH (PREFIJO.pub, PREFIJO.sec)
  encrypt --recipient-pk CLAVE... [--sk SK_REMITENTE] ENTRADA SALIDA   cifrar un archivo con Crypt4GH
  decrypt --sk CLAVE... ENTRADA SALIDA [--passphrase-file A]   descifrar un archivo Crypt4GH
  keys list | add NOMBRE CLAVE_PÚBLICA | remove NOMBRE   la libreta de direcciones de Crypt4GH
  bundle plan|create --destination NOMBRE CONJUNTO... [--out CARPETA] [--encrypt-for CLAVE...]
                   sellar conjuntos de datos aprobados y desidentificados en una bolsa BagIt + RO-Crate
  bundle verify CARPETA | list | show NOMBRE   comprobar una bolsa; los paquetes registrados
  bag verify CARPETA   comprobar que una carpeta es una bolsa BagIt completa y válida
  checksum ARCHIVO...   SHA-256, SHA-512 y MD5 de archivos (en caché en el catálogo)
Sin comando, Steward abre su ventana.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>%1 takes no parameters; write %1 alone.</source>
        <translation>%1 no admite parámetros; hay que escribir %1 solo.</translation>
    </message>
    <message>
        <source>%1 needs at least one disease id, such as %1(MONDO:0005148).</source>
        <translation>%1 necesita al menos un ID de enfermedad, como %1(MONDO:0005148).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a disease id; %2 takes MONDO ids such as MONDO:0005148 or DOID ids such as DOID:9352.</source>
        <translation>«%1» no es un ID de enfermedad; %2 admite ID de MONDO como MONDO:0005148 o ID de DOID como DOID:9352.</translation>
    </message>
    <message>
        <source>%1 needs at least one country or region code, such as %1(DE) or %1(EU).</source>
        <translation>%1 necesita al menos un código de país o región, como %1(DE) o %1(EU).</translation>
    </message>
    <message>
        <source>Unknown region &apos;%1&apos; in %2; use an ISO 3166-1 alpha-2 country code such as DE, or EU, EEA, EUR or WORLD.</source>
        <translation>Región desconocida «%1» en %2; hay que usar un código de país ISO 3166-1 alfa-2 como DE, o bien EU, EEA, EUR o WORLD.</translation>
    </message>
    <message>
        <source>%1 needs a date written YYYY-MM-DD, such as %1(2026-12-31).</source>
        <translation>%1 necesita una fecha con el formato YYYY-MM-DD, como %1(2026-12-31).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date for %2; write it YYYY-MM-DD, such as 2026-12-31.</source>
        <translation>«%1» no es una fecha válida para %2; hay que escribirla como YYYY-MM-DD, por ejemplo 2026-12-31.</translation>
    </message>
    <message>
        <source>%1 needs a project name, such as %1(Atlas).</source>
        <translation>%1 necesita un nombre de proyecto, como %1(Atlas).</translation>
    </message>
    <message>
        <source>%1 needs an institution name, such as %1(University of Oslo).</source>
        <translation>%1 necesita un nombre de institución, como %1(Universidad de Oslo).</translation>
    </message>
    <message>
        <source>%1 needs a research type, such as %1(cancer genomics).</source>
        <translation>%1 necesita un tipo de investigación, como %1(genómica del cáncer).</translation>
    </message>
    <message>
        <source>%1 needs a number of months, such as %1(24), or an end date, such as %1(2027-06-30).</source>
        <translation>%1 necesita un número de meses, como %1(24), o una fecha de fin, como %1(2027-06-30).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a positive number of months nor a date for %2; write %2(24) or %2(2027-06-30).</source>
        <translation>«%1» no es ni un número positivo de meses ni una fecha para %2; hay que escribir %2(24) o %2(2027-06-30).</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes one value but has %n.</source>
        <translation>
            <numerusform>%1 admite un valor, pero tiene %n.</numerusform>
            <numerusform>%1 admite un valor, pero tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent is empty; give one permission such as GRU or HMB.</source>
        <translation>El consentimiento está vacío; hay que indicar un permiso como GRU o HMB.</translation>
    </message>
    <message>
        <source>The consent has an empty item; remove the extra &apos;;&apos;.</source>
        <translation>El consentimiento tiene un elemento vacío; hay que quitar el «;» sobrante.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a &apos;)&apos; without a matching &apos;(&apos;.</source>
        <translation>«%1» tiene un «)» sin su «(» correspondiente.</translation>
    </message>
    <message>
        <source>The parenthesis after %1 is not closed; add &apos;)&apos;.</source>
        <translation>El paréntesis después de %1 no está cerrado; hay que añadir «)».</translation>
    </message>
    <message>
        <source>Unexpected text &apos;%1&apos; after the parameters of %2; separate codes with &apos;;&apos;.</source>
        <translation>Texto inesperado «%1» después de los parámetros de %2; hay que separar los códigos con «;».</translation>
    </message>
    <message>
        <source>The DUO code %1 is obsolete; use %2 instead.</source>
        <translation>El código DUO %1 está obsoleto; hay que usar %2 en su lugar.</translation>
    </message>
    <message>
        <source>The DUO code %1 is obsolete and has no direct replacement; choose a current code.</source>
        <translation>El código DUO %1 está obsoleto y no tiene un sustituto directo; hay que elegir un código vigente.</translation>
    </message>
    <message>
        <source>Unknown DUO code &apos;%1&apos;.</source>
        <translation>Código DUO desconocido: «%1».</translation>
    </message>
    <message>
        <source>%1 is a DUO class, not a permission or a modifier; it cannot be used in a consent.</source>
        <translation>%1 es una clase de DUO, no un permiso ni un modificador; no se puede usar en un consentimiento.</translation>
    </message>
    <message>
        <source>%1 has an empty parameter; remove the extra &apos;,&apos;.</source>
        <translation>%1 tiene un parámetro vacío; hay que quitar la «,» sobrante.</translation>
    </message>
    <message>
        <source>%1 is an older form; write %2.</source>
        <translation>%1 es una forma antigua; hay que escribir %2.</translation>
    </message>
    <message>
        <source>%1 appears twice; keep one.</source>
        <translation>%1 aparece dos veces; hay que dejar solo uno.</translation>
    </message>
    <message>
        <source>The consent has two permissions, %1 and %2; keep exactly one.</source>
        <translation>El consentimiento tiene dos permisos, %1 y %2; hay que dejar exactamente uno.</translation>
    </message>
    <message>
        <source>The consent has no permission; add one of NRES, GRU, HMB, DS or POA.</source>
        <translation>El consentimiento no tiene ningún permiso; hay que añadir uno de NRES, GRU, HMB, DS o POA.</translation>
    </message>
    <message>
        <source>POA allows only population origins or ancestry research and NPOA forbids it; keep one of them.</source>
        <translation>POA solo permite la investigación sobre orígenes poblacionales o ascendencia y NPOA la prohíbe; hay que dejar solo uno de los dos.</translation>
    </message>
    <message>
        <source>%1 is redundant: NPUNCU already limits use to not-for-profit, non-commercial use.</source>
        <translation>%1 es redundante: NPUNCU ya limita el uso a un uso sin ánimo de lucro y no comercial.</translation>
    </message>
</context>
<context>
    <name>ConsentCommands</name>
    <message>
        <source>steward consent match: give --consent CONSENT and --purpose PURPOSE.</source>
        <translation>steward consent match: indicar --consent CONSENTIMIENTO y --purpose FINALIDAD.</translation>
    </message>
    <message>
        <source>--purpose: %1</source>
        <translation>--purpose: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n registro de consentimiento de %1.</numerusform>
            <numerusform>Se importaron %n registros de consentimiento de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s).</source>
        <translation>
            <numerusform>No se importó nada de %1: %n error.</numerusform>
            <numerusform>No se importó nada de %1: %n errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination named %1; declare it with steward repo declare.</source>
        <translation>No hay ningún destino llamado %1; hay que declararlo con steward repo declare.</translation>
    </message>
    <message>
        <source>(dataset)</source>
        <translation>(conjunto de datos)</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>ningún consentimiento registrado</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>The declared data use of %1 cannot be read: %2</source>
        <translation>No se puede leer el uso de datos declarado de %1: %2</translation>
    </message>
    <message>
        <source>Destination %1 (%2): %3</source>
        <translation>Destino %1 (%2): %3</translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation>EXCLUIDA</translation>
    </message>
    <message>
        <source>No destination is declared yet: steward repo declare NAME --purpose PURPOSE.</source>
        <translation>Aún no hay ningún destino declarado: steward repo declare NOMBRE --purpose FINALIDAD.</translation>
    </message>
    <message>
        <source>steward duo import: name one duo.owl or duo.csv file.</source>
        <translation>steward duo import: indicar un archivo duo.owl o duo.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Imported DUO release %1: %n term(s).</source>
        <translation>
            <numerusform>Versión de DUO %1 importada: %n término.</numerusform>
            <numerusform>Versión de DUO %1 importada: %n términos.</numerusform>
        </translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>steward duo: use import FILE or list.</source>
        <translation>steward duo: usar import ARCHIVO o list.</translation>
    </message>
    <message>
        <source>steward repo declare NAME --purpose PURPOSE</source>
        <translation>steward repo declare NOMBRE --purpose FINALIDAD</translation>
    </message>
    <message>
        <source>%1 declares: %2</source>
        <translation>%1 declara: %2</translation>
    </message>
    <message>
        <source>steward repo: use declare NAME --purpose PURPOSE, or list.</source>
        <translation>steward repo: usar declare NOMBRE --purpose FINALIDAD, o list.</translation>
    </message>
    <message>
        <source>--state: use pending, in_review, changes_requested, approved or rejected.</source>
        <translation>--state: usar pending, in_review, changes_requested, approved o rejected.</translation>
    </message>
    <message>
        <source>No review items match.</source>
        <translation>Ningún elemento de revisión coincide.</translation>
    </message>
    <message>
        <source>steward review: use list, approve, reject, request-changes, start or reopen.</source>
        <translation>steward review: usar list, approve, reject, request-changes, start o reopen.</translation>
    </message>
    <message>
        <source>steward review %1 DATASET --destination NAME --comment TEXT</source>
        <translation>steward review %1 CONJUNTO --destination NOMBRE --comment TEXTO</translation>
    </message>
    <message>
        <source>steward review %1 needs --comment TEXT (it may be empty for an approval the matcher allows).</source>
        <translation>steward review %1 necesita --comment TEXTO (puede estar vacío en una aprobación que el cotejo permite).</translation>
    </message>
    <message>
        <source>No review item for %1 and %2.</source>
        <translation>No hay ningún elemento de revisión para %1 y %2.</translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation>%1 para %2: %3.</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Hash más reciente: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Registro de auditoría ROTO en la entrada %1: %2</translation>
    </message>
    <message>
        <source>steward audit export FILE</source>
        <translation>steward audit export ARCHIVO</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Registro de auditoría exportado a %1.</translation>
    </message>
    <message>
        <source>steward audit: use verify or export FILE.</source>
        <translation>steward audit: usar verify o export ARCHIVO.</translation>
    </message>
    <message>
        <source>steward consent match takes no file; give --consent and --purpose.</source>
        <translation>steward consent match no admite archivos; indicar --consent y --purpose.</translation>
    </message>
    <message>
        <source>steward consent: use import FILE, show DATASET or match --consent C --purpose P.</source>
        <translation>steward consent: usar import ARCHIVO, show CONJUNTO o match --consent C --purpose P.</translation>
    </message>
    <message>
        <source>steward consent import: name one file.</source>
        <translation>steward consent import: indicar un archivo.</translation>
    </message>
    <message>
        <source>steward consent show: name one dataset.</source>
        <translation>steward consent show: indicar un conjunto de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: %n entr(y|ies), chain intact.</source>
        <translation>
            <numerusform>Registro de auditoría verificado: %n entrada, cadena intacta.</numerusform>
            <numerusform>Registro de auditoría verificado: %n entradas, cadena intacta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentEditCommand</name>
    <message>
        <source>Remove the consent of %1</source>
        <translation>Quitar el consentimiento de %1</translation>
    </message>
    <message>
        <source>Record the consent of %1</source>
        <translation>Registrar el consentimiento de %1</translation>
    </message>
    <message>
        <source>Edit the consent of %1</source>
        <translation>Editar el consentimiento de %1</translation>
    </message>
</context>
<context>
    <name>ConsentMatcher</name>
    <message>
        <source>Steward has no rule for the permission %1; a steward must decide.</source>
        <translation>Steward no tiene ninguna regla para el permiso %1; debe decidir un custodio de los datos.</translation>
    </message>
    <message>
        <source>The consent (%1) allows general research.</source>
        <translation>El consentimiento (%1) permite la investigación general.</translation>
    </message>
    <message>
        <source>The consent allows only health, medical or biomedical research (HMB); general research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sanitaria, médica o biomédica (HMB); la investigación general no está permitida.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); general research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre %1 (DS); la investigación general no está permitida.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); general research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre orígenes poblacionales o ascendencia (POA); la investigación general no está permitida.</translation>
    </message>
    <message>
        <source>The consent (%1) allows health, medical or biomedical research.</source>
        <translation>El consentimiento (%1) permite la investigación sanitaria, médica o biomédica.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); health, medical or biomedical research in general is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre %1 (DS); la investigación sanitaria, médica o biomédica en general no está permitida.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); health, medical or biomedical research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre orígenes poblacionales o ascendencia (POA); la investigación sanitaria, médica o biomédica no está permitida.</translation>
    </message>
    <message>
        <source>The consent (%1) allows research on any disease, including %2.</source>
        <translation>El consentimiento (%1) permite la investigación sobre cualquier enfermedad, incluida %2.</translation>
    </message>
    <message>
        <source>The consent allows only population origins or ancestry research (POA); disease research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre orígenes poblacionales o ascendencia (POA); la investigación sobre enfermedades no está permitida.</translation>
    </message>
    <message>
        <source>The consent (%1) allows population origins or ancestry research.</source>
        <translation>El consentimiento (%1) permite la investigación sobre orígenes poblacionales o ascendencia.</translation>
    </message>
    <message>
        <source>The consent allows health, medical or biomedical research (HMB), which excludes population origins or ancestry research.</source>
        <translation>El consentimiento permite la investigación sanitaria, médica o biomédica (HMB), que excluye la investigación sobre orígenes poblacionales o ascendencia.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS); population origins or ancestry research is not allowed.</source>
        <translation>El consentimiento solo permite la investigación sobre %1 (DS); la investigación sobre orígenes poblacionales o ascendencia no está permitida.</translation>
    </message>
    <message>
        <source>The consent (%1) allows methods development.</source>
        <translation>El consentimiento (%1) permite el desarrollo de métodos.</translation>
    </message>
    <message>
        <source>The consent allows only research on %1 (DS) and the methods development names no disease; confirm the methods are developed for that research.</source>
        <translation>El consentimiento solo permite la investigación sobre %1 (DS) y el desarrollo de métodos no indica ninguna enfermedad; hay que confirmar que los métodos se desarrollan para esa investigación.</translation>
    </message>
    <message>
        <source>The consent (NRES) places no restriction, so clinical care use is allowed.</source>
        <translation>El consentimiento (NRES) no impone restricciones, así que el uso en atención clínica está permitido.</translation>
    </message>
    <message>
        <source>The consent (%1 with CC) allows clinical care use.</source>
        <translation>El consentimiento (%1 con CC) permite el uso en atención clínica.</translation>
    </message>
    <message>
        <source>The consent (%1) allows research use only; clinical care needs NRES or the CC modifier.</source>
        <translation>El consentimiento (%1) solo permite el uso en investigación; la atención clínica requiere NRES o el modificador CC.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; the methods are developed for %2, which it covers.</source>
        <translation>El consentimiento permite la investigación específica de enfermedad sobre %1; los métodos se desarrollan para %2, que queda dentro de su alcance.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; the destination&apos;s purpose, %2, is one of them or a subtype.</source>
        <translation>El consentimiento permite la investigación específica de enfermedad sobre %1; la finalidad del destino, %2, es una de ellas o un subtipo.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1 only; the methods are developed for %2, which is not one of them nor a subtype.</source>
        <translation>El consentimiento solo permite la investigación específica de enfermedad sobre %1; los métodos se desarrollan para %2, que no es ninguna de ellas ni un subtipo.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1 only; the destination&apos;s purpose, %2, is not one of them nor a subtype.</source>
        <translation>El consentimiento solo permite la investigación específica de enfermedad sobre %1; la finalidad del destino, %2, no es ninguna de ellas ni un subtipo.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; Steward&apos;s disease hierarchy does not know %2, so a steward must decide whether the destination&apos;s purpose, %3, lies within the consent.</source>
        <translation>El consentimiento permite la investigación específica de enfermedad sobre %1; la jerarquía de enfermedades de Steward no conoce %2, así que un custodio de los datos debe decidir si la finalidad del destino, %3, está dentro del consentimiento.</translation>
    </message>
    <message>
        <source>The consent allows disease-specific research on %1; Steward cannot compare %2 with them across disease ontologies, so a steward must decide.</source>
        <translation>El consentimiento permite la investigación específica de enfermedad sobre %1; Steward no puede comparar %2 con ellas entre distintas ontologías de enfermedades, así que debe decidir un custodio de los datos.</translation>
    </message>
    <message>
        <source>The consent forbids methods development (NMDS), and methods development is the destination&apos;s purpose.</source>
        <translation>El consentimiento prohíbe el desarrollo de métodos (NMDS), y el desarrollo de métodos es la finalidad del destino.</translation>
    </message>
    <message>
        <source>The consent forbids methods development (NMDS); the destination&apos;s purpose is not methods development.</source>
        <translation>El consentimiento prohíbe el desarrollo de métodos (NMDS); la finalidad del destino no es el desarrollo de métodos.</translation>
    </message>
    <message>
        <source>The consent forbids population origins or ancestry research (NPOA), and that is the destination&apos;s purpose.</source>
        <translation>El consentimiento prohíbe la investigación sobre orígenes poblacionales o ascendencia (NPOA), y esa es la finalidad del destino.</translation>
    </message>
    <message>
        <source>The consent forbids population origins or ancestry research (NPOA); the destination&apos;s purpose is not such research.</source>
        <translation>El consentimiento prohíbe la investigación sobre orígenes poblacionales o ascendencia (NPOA); la finalidad del destino no es ese tipo de investigación.</translation>
    </message>
    <message>
        <source>The consent allows use by not-for-profit organisations only (NPU); the destination is a for-profit organisation.</source>
        <translation>El consentimiento solo permite el uso por organizaciones sin ánimo de lucro (NPU); el destino es una organización con ánimo de lucro.</translation>
    </message>
    <message>
        <source>The consent allows use by not-for-profit organisations only (NPU); the destination is not for profit.</source>
        <translation>El consentimiento solo permite el uso por organizaciones sin ánimo de lucro (NPU); el destino no tiene ánimo de lucro.</translation>
    </message>
    <message>
        <source>The consent allows non-commercial use only (NCU); the destination&apos;s use is commercial.</source>
        <translation>El consentimiento solo permite el uso no comercial (NCU); el uso del destino es comercial.</translation>
    </message>
    <message>
        <source>The consent allows non-commercial use only (NCU); the destination&apos;s use is not commercial.</source>
        <translation>El consentimiento solo permite el uso no comercial (NCU); el uso del destino no es comercial.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is a for-profit organisation and its use is commercial.</source>
        <translation>El consentimiento solo permite el uso sin ánimo de lucro y no comercial (NPUNCU); el destino es una organización con ánimo de lucro y su uso es comercial.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is a for-profit organisation.</source>
        <translation>El consentimiento solo permite el uso sin ánimo de lucro y no comercial (NPUNCU); el destino es una organización con ánimo de lucro.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination&apos;s use is commercial.</source>
        <translation>El consentimiento solo permite el uso sin ánimo de lucro y no comercial (NPUNCU); el uso del destino es comercial.</translation>
    </message>
    <message>
        <source>The consent allows only not-for-profit, non-commercial use (NPUNCU); the destination is not for profit and its use is not commercial.</source>
        <translation>El consentimiento solo permite el uso sin ánimo de lucro y no comercial (NPUNCU); el destino no tiene ánimo de lucro y su uso no es comercial.</translation>
    </message>
    <message>
        <source>The consent requires ethics approval (IRB), and the destination holds it.</source>
        <translation>El consentimiento requiere la aprobación de un comité de ética (IRB), y el destino la tiene.</translation>
    </message>
    <message>
        <source>The consent requires ethics approval (IRB); the destination does not declare it.</source>
        <translation>El consentimiento requiere la aprobación de un comité de ética (IRB); el destino no la declara.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with the data&apos;s providers (COL), and the destination commits to it.</source>
        <translation>El consentimiento requiere colaborar con los proveedores de los datos (COL), y el destino se compromete a ello.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with the data&apos;s providers (COL) and the destination does not declare it; confirm a collaboration is agreed.</source>
        <translation>El consentimiento requiere colaborar con los proveedores de los datos (COL) y el destino no lo declara; hay que confirmar que se ha acordado una colaboración.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with %1 (COL), and the destination commits to it.</source>
        <translation>El consentimiento requiere colaborar con %1 (COL), y el destino se compromete a ello.</translation>
    </message>
    <message>
        <source>The consent requires collaboration with %1 (COL) and the destination does not declare it; confirm a collaboration is agreed.</source>
        <translation>El consentimiento requiere colaborar con %1 (COL) y el destino no lo declara; hay que confirmar que se ha acordado una colaboración.</translation>
    </message>
    <message>
        <source>The consent requires publishing the results (PUB), and the destination commits to it.</source>
        <translation>El consentimiento requiere publicar los resultados (PUB), y el destino se compromete a ello.</translation>
    </message>
    <message>
        <source>The consent requires publishing the results (PUB) and the destination does not declare it; confirm the results will be published.</source>
        <translation>El consentimiento requiere publicar los resultados (PUB) y el destino no lo declara; hay que confirmar que los resultados se publicarán.</translation>
    </message>
    <message>
        <source>The consent requires returning derived data to the resource (RTN), and the destination commits to it.</source>
        <translation>El consentimiento requiere devolver los datos derivados al recurso (RTN), y el destino se compromete a ello.</translation>
    </message>
    <message>
        <source>The consent requires returning derived data to the resource (RTN) and the destination does not declare it; confirm derived data will be returned.</source>
        <translation>El consentimiento requiere devolver los datos derivados al recurso (RTN) y el destino no lo declara; hay que confirmar que los datos derivados se devolverán.</translation>
    </message>
    <message>
        <source>The consent limits use to approved users (US); confirm every user at the destination is approved.</source>
        <translation>El consentimiento limita el uso a usuarios aprobados (US); hay que confirmar que todos los usuarios del destino están aprobados.</translation>
    </message>
    <message>
        <source>The consent limits research to %1 (RS); confirm the destination&apos;s research is of this kind.</source>
        <translation>El consentimiento limita la investigación a %1 (RS); hay que confirmar que la investigación del destino es de ese tipo.</translation>
    </message>
    <message>
        <source>The consent allows genetic studies only (GSO); confirm the destination&apos;s research is a genetic study.</source>
        <translation>El consentimiento solo permite estudios genéticos (GSO); hay que confirmar que la investigación del destino es un estudio genético.</translation>
    </message>
    <message>
        <source>The consent allows clinical care use (CC), which is the destination&apos;s purpose.</source>
        <translation>El consentimiento permite el uso en atención clínica (CC), que es la finalidad del destino.</translation>
    </message>
    <message>
        <source>The consent adds clinical care use (CC); it places no restriction on the destination&apos;s purpose.</source>
        <translation>El consentimiento añade el uso en atención clínica (CC); no impone ninguna restricción a la finalidad del destino.</translation>
    </message>
    <message>
        <source>Steward has no rule for the modifier %1; a steward must decide.</source>
        <translation>Steward no tiene ninguna regla para el modificador %1; debe decidir un custodio de los datos.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS) and the destination declares no region; confirm where the data will be used.</source>
        <translation>El consentimiento limita el uso a %1 (GS) y el destino no declara ninguna región; hay que confirmar dónde se usarán los datos.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, lies within it.</source>
        <translation>El consentimiento limita el uso a %1 (GS); la región del destino, %2, está dentro.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, reaches beyond it.</source>
        <translation>El consentimiento limita el uso a %1 (GS); la región del destino, %2, va más allá.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS); the destination&apos;s region, %2, lies outside it.</source>
        <translation>El consentimiento limita el uso a %1 (GS); la región del destino, %2, está fuera.</translation>
    </message>
    <message>
        <source>The consent limits use to %1 (GS) and Steward does not know the destination&apos;s region &apos;%2&apos;; confirm where the data will be used.</source>
        <translation>El consentimiento limita el uso a %1 (GS) y Steward no conoce la región «%2» del destino; hay que confirmar dónde se usarán los datos.</translation>
    </message>
    <message>
        <source>The consent allows use until %1 (TS); the use on %2 is after that.</source>
        <translation>El consentimiento permite el uso hasta el %1 (TS); el uso del %2 es posterior.</translation>
    </message>
    <message>
        <source>The consent allows use until %1 (TS); the use on %2 is within that time.</source>
        <translation>El consentimiento permite el uso hasta el %1 (TS); el uso del %2 está dentro de ese plazo.</translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date (TS), but the consent date is not recorded; confirm the time limit by hand.</source>
        <translation>
            <numerusform>El consentimiento permite el uso durante %n mes desde la fecha del consentimiento (TS), pero la fecha del consentimiento no está registrada; hay que confirmar el plazo manualmente.</numerusform>
            <numerusform>El consentimiento permite el uso durante %n meses desde la fecha del consentimiento (TS), pero la fecha del consentimiento no está registrada; hay que confirmar el plazo manualmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is after that.</source>
        <translation>
            <numerusform>El consentimiento permite el uso durante %n mes desde la fecha del consentimiento, %1, hasta el %2 (TS); el uso del %3 es posterior.</numerusform>
            <numerusform>El consentimiento permite el uso durante %n meses desde la fecha del consentimiento, %1, hasta el %2 (TS); el uso del %3 es posterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent allows use for %n month(s) from the consent date %1, until %2 (TS); the use on %3 is within that time.</source>
        <translation>
            <numerusform>El consentimiento permite el uso durante %n mes desde la fecha del consentimiento, %1, hasta el %2 (TS); el uso del %3 está dentro de ese plazo.</numerusform>
            <numerusform>El consentimiento permite el uso durante %n meses desde la fecha del consentimiento, %1, hasta el %2 (TS); el uso del %3 está dentro de ese plazo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent sets a publication moratorium (MOR) without a valid date; confirm when results may be published.</source>
        <translation>El consentimiento establece una moratoria de publicación (MOR) sin una fecha válida; hay que confirmar cuándo se pueden publicar los resultados.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR); the use on %2 is on or after that date.</source>
        <translation>El consentimiento prohíbe publicar resultados antes del %1 (MOR); el uso del %2 es en esa fecha o posterior.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR); the destination plans to publish and the use on %2 is before that date.</source>
        <translation>El consentimiento prohíbe publicar resultados antes del %1 (MOR); el destino prevé publicar y el uso del %2 es anterior a esa fecha.</translation>
    </message>
    <message>
        <source>The consent forbids publishing results before %1 (MOR) and the use on %2 is before that date; confirm nothing will be published early.</source>
        <translation>El consentimiento prohíbe publicar resultados antes del %1 (MOR) y el uso del %2 es anterior a esa fecha; hay que confirmar que no se publicará nada antes de tiempo.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS) and the destination declares no project; confirm the data will be used in that project.</source>
        <translation>El consentimiento limita el uso al proyecto %1 (PS) y el destino no declara ningún proyecto; hay que confirmar que los datos se usarán en ese proyecto.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS) and the destination declares no institution; confirm the data will be used there.</source>
        <translation>El consentimiento limita el uso a la institución %1 (IS) y el destino no declara ninguna institución; hay que confirmar que los datos se usarán allí.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS), and the destination&apos;s project is %2.</source>
        <translation>El consentimiento limita el uso al proyecto %1 (PS), y el proyecto del destino es %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS), and the destination&apos;s institution is %2.</source>
        <translation>El consentimiento limita el uso a la institución %1 (IS), y la institución del destino es %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the project %1 (PS); the destination&apos;s project is %2.</source>
        <translation>El consentimiento limita el uso al proyecto %1 (PS); sin embargo, el proyecto del destino es %2.</translation>
    </message>
    <message>
        <source>The consent limits use to the institution %1 (IS); the destination&apos;s institution is %2.</source>
        <translation>El consentimiento limita el uso a la institución %1 (IS); sin embargo, la institución del destino es %2.</translation>
    </message>
    <message>
        <source>The consent has no valid permission, so no use can be approved.</source>
        <translation>El consentimiento no tiene ningún permiso válido, así que no se puede aprobar ningún uso.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
</context>
<context>
    <name>ConsentRecord</name>
    <message>
        <source>Consent withdrawn on %1.</source>
        <translation>Consentimiento retirado el %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentimiento retirado.</translation>
    </message>
    <message>
        <source>Consent expired on %1.</source>
        <translation>Consentimiento caducado el %1.</translation>
    </message>
</context>
<context>
    <name>ConsentSheetImporter</name>
    <message>
        <source>Sample %1 appears twice; its first row is line %2. Keep one row per sample and dataset.</source>
        <translation>La muestra %1 aparece dos veces; su primera fila es la línea %2. Hay que dejar una sola fila por muestra y conjunto de datos.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Un campo entre comillas abierto en esta línea no se cierra nunca.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header row needs the columns sample_id and consent; found: %1.</source>
        <translation>La fila de cabecera necesita las columnas sample_id y consent; encontradas: %1.</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the header.</source>
        <translation>La columna %1 aparece dos veces en la cabecera.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2; check for a missing or extra delimiter, or quote fields that contain one.</source>
        <translation>Esta fila tiene %1 campos, pero la cabecera tiene %2; hay que comprobar si falta o sobra un delimitador, o poner entre comillas los campos que lo contengan.</translation>
    </message>
    <message>
        <source>The sample_id is empty.</source>
        <translation>El sample_id está vacío.</translation>
    </message>
    <message>
        <source>The consent is empty; give DUO codes such as GRU or DS(MONDO:0005148);NPU.</source>
        <translation>El consentimiento está vacío; hay que indicar códigos DUO como GRU o DS(MONDO:0005148);NPU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; hay que escribirla como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The expiry %1 is before the consent date %2.</source>
        <translation>La fecha de caducidad %1 es anterior a la fecha del consentimiento %2.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future.</source>
        <translation>La fecha del consentimiento %1 está en el futuro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes, no or a withdrawal date (YYYY-MM-DD).</source>
        <translation>«%1» no es yes, no ni una fecha de retirada (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The consent document %1 cannot be read: it must exist so its SHA-256 can be recorded.</source>
        <translation>No se puede leer el documento de consentimiento %1: debe existir para poder registrar su SHA-256.</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows.</source>
        <translation>La hoja tiene cabecera, pero ninguna fila.</translation>
    </message>
    <message>
        <source>This Phenopacket carries no consent: it has no dataUseConditions.duoDataUse list.</source>
        <translation>Este Phenopacket no contiene ningún consentimiento: no tiene la lista dataUseConditions.duoDataUse.</translation>
    </message>
    <message>
        <source>This Phenopacket has no subject id, so its consent cannot be attached to a sample.</source>
        <translation>Este Phenopacket no tiene ID de sujeto, así que su consentimiento no se puede asociar a ninguna muestra.</translation>
    </message>
    <message>
        <source>%1 is not a DUO term id known to %2.</source>
        <translation>%1 no es un ID de término DUO conocido por %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: column %2: %3</source>
        <translation>%1: columna %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; this is not a consent sheet.</source>
        <translation>El archivo ocupa más de 64 MB; no es una hoja de consentimientos.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>No es un JSON válido: %1.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Sample %1 is not in the dataset %2.</source>
        <translation>La muestra %1 no está en el conjunto de datos %2.</translation>
    </message>
    <message>
        <source>No dataset named %1 is in the catalog; the consent is kept for when it is scanned.</source>
        <translation>No hay ningún conjunto de datos llamado %1 en el catálogo; el consentimiento se conserva para cuando se escanee.</translation>
    </message>
    <message>
        <source>No file in the catalog contains sample %1.</source>
        <translation>Ningún archivo del catálogo contiene la muestra %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 contains %n sample(s) with no consent in this sheet or the catalog: %2.</source>
        <translation>
            <numerusform>%1 contiene %n muestra sin consentimiento en esta hoja ni en el catálogo: %2.</numerusform>
            <numerusform>%1 contiene %n muestras sin consentimiento en esta hoja ni en el catálogo: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consequence</name>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificador</translation>
    </message>
</context>
<context>
    <name>CramReference</name>
    <message>
        <source>its index %1 cannot be read</source>
        <translation>no se puede leer su índice %1</translation>
    </message>
    <message>
        <source>its index %1 lists no sequences</source>
        <translation>su índice %1 no contiene secuencias</translation>
    </message>
    <message>
        <source>htslib cannot open it with its index</source>
        <translation>htslib no puede abrir el archivo con su índice</translation>
    </message>
    <message>
        <source>htslib cannot read %1:%2-%3 from it</source>
        <translation>htslib no puede leer %1:%2-%3 del archivo</translation>
    </message>
    <message>
        <source>its bases at %1:%2-%3 differ from those the CRAM was written against (slice MD5)</source>
        <translation>sus bases en %1:%2-%3 difieren de aquellas con las que se escribió el CRAM (MD5 del slice)</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>se canceló la comprobación</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>OpenSSL offers no MD5</source>
        <translation>OpenSSL no ofrece MD5</translation>
    </message>
    <message>
        <source>the read was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>%1 cannot be read (damaged compression?)</source>
        <translation>no se puede leer %1 (¿compresión dañada?)</translation>
    </message>
    <message>
        <source>computing an MD5 failed</source>
        <translation>falló el cálculo de un MD5</translation>
    </message>
    <message>
        <source>%1 holds no FASTA sequences</source>
        <translation>%1 no contiene secuencias FASTA</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>it has no .fai index (run samtools faidx on it)</source>
        <translation>no tiene índice .fai (se crea con samtools faidx)</translation>
    </message>
    <message>
        <source>it is compressed with gzip, not bgzip: htslib cannot index it</source>
        <translation>está comprimido con gzip, no con bgzip: htslib no puede indexarlo</translation>
    </message>
    <message>
        <source>it has no .gzi index (run samtools faidx on it)</source>
        <translation>no tiene índice .gzi (se crea con samtools faidx)</translation>
    </message>
    <message>
        <source>it has no sequence %1</source>
        <translation>no tiene la secuencia %1</translation>
    </message>
    <message>
        <source>its %1 is %2 bp, the CRAM&apos;s header says %3 bp</source>
        <translation>su %1 mide %2 pb; la cabecera del CRAM indica %3 pb</translation>
    </message>
    <message>
        <source>the M5 of its %1 is %2, the CRAM&apos;s header says %3</source>
        <translation>el M5 de su %1 es %2; la cabecera del CRAM indica %3</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this CRAM version&apos;s slice headers are not read by Steward</source>
        <translation>Steward no lee las cabeceras de slice de esta versión de CRAM</translation>
    </message>
    <message>
        <source>%1 bp</source>
        <translation>%1 pb</translation>
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
            <numerusform> y %n secuencia más</numerusform>
            <numerusform> y %n secuencias más</numerusform>
        </translation>
    </message>
    <message>
        <source>This CRAM stores its bases against a reference that is not available on this computer: %1. Steward computed the statistics without it, but the bases cannot be decoded. Put that FASTA with its .fai index in the workspace (or a reference folder), or set REF_PATH to a local cache holding the sequences by M5; Steward never downloads references.</source>
        <translation>Este CRAM almacena sus bases respecto a una referencia que no está disponible en este equipo: %1. Steward calculó las estadísticas sin ella, pero las bases no se pueden decodificar. Hay que colocar ese FASTA con su índice .fai en el espacio de trabajo (o en una carpeta de referencias), o definir REF_PATH como una caché local que contenga las secuencias por M5; Steward nunca descarga referencias.</translation>
    </message>
    <message>
        <source>Checked and turned down: %1.</source>
        <translation>Comprobados y descartados: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more candidate(s).)</source>
        <translation>
            <numerusform>(%n candidato más.)</numerusform>
            <numerusform>(%n candidatos más.)</numerusform>
        </translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
</context>
<context>
    <name>CramSliceScanner</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>%1 is not a CRAM file.</source>
        <translation>%1 no es un archivo CRAM.</translation>
    </message>
    <message>
        <source>A CRAM compression header cannot be read.</source>
        <translation>No se puede leer una cabecera de compresión CRAM.</translation>
    </message>
    <message>
        <source>A CRAM slice offset points outside its container.</source>
        <translation>Un desplazamiento de slice CRAM apunta fuera de su contenedor.</translation>
    </message>
    <message>
        <source>A CRAM slice header cannot be read.</source>
        <translation>No se puede leer una cabecera de slice CRAM.</translation>
    </message>
    <message>
        <source>A CRAM container length points past the end of the file.</source>
        <translation>La longitud de un contenedor CRAM apunta más allá del final del archivo.</translation>
    </message>
</context>
<context>
    <name>Crypt4ghHeader</name>
    <message>
        <source>No recipient: name at least one recipient&apos;s public key.</source>
        <translation>No hay destinatario: hay que indicar al menos la clave pública de un destinatario.</translation>
    </message>
    <message>
        <source>Internal error: no data key or writer key.</source>
        <translation>Error interno: falta la clave de datos o la clave del remitente.</translation>
    </message>
    <message>
        <source>Cannot encrypt for the recipient key %1 (not a usable X25519 key).</source>
        <translation>No se puede cifrar para la clave de destinatario %1 (no es una clave X25519 utilizable).</translation>
    </message>
    <message>
        <source>%1: truncated header: the file ends after %2 bytes, inside the header&apos;s first 16 bytes.</source>
        <translation>%1: cabecera truncada: el archivo termina tras %2 bytes, dentro de los primeros 16 bytes de la cabecera.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH file (it is %2 bytes long, shorter than a Crypt4GH header).</source>
        <translation>%1 no es un archivo Crypt4GH (mide %2 bytes, menos que una cabecera Crypt4GH).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH file (it does not start with &quot;crypt4gh&quot;).</source>
        <translation>%1 no es un archivo Crypt4GH (no empieza por «crypt4gh»).</translation>
    </message>
    <message>
        <source>%1: Crypt4GH version %2 is not supported (only version 1).</source>
        <translation>%1: no se admite la versión %2 de Crypt4GH (solo la versión 1).</translation>
    </message>
    <message>
        <source>%1: the header declares %2 packets (1 to %3 are allowed).</source>
        <translation>%1: la cabecera declara %2 paquetes (se admiten de 1 a %3).</translation>
    </message>
    <message>
        <source>%1: no secret key was given to decrypt it with.</source>
        <translation>%1: no se indicó ninguna clave secreta con la que descifrarlo.</translation>
    </message>
    <message>
        <source>%1: truncated header: packet %2 of %3 is missing (the file ends at byte %4).</source>
        <translation>%1: cabecera truncada: falta el paquete %2 de %3 (el archivo termina en el byte %4).</translation>
    </message>
    <message>
        <source>%1: header packet %2 of %3 declares %4 bytes (%5 to %6 are allowed); the file is damaged.</source>
        <translation>%1: el paquete de cabecera %2 de %3 declara %4 bytes (se admiten de %5 a %6); el archivo está dañado.</translation>
    </message>
    <message>
        <source>%1: truncated header: packet %2 of %3 needs %4 bytes, the file ends after %5.</source>
        <translation>%1: cabecera truncada: el paquete %2 de %3 necesita %4 bytes y el archivo termina tras %5.</translation>
    </message>
    <message>
        <source>%1: header packet %2 is empty.</source>
        <translation>%1: el paquete de cabecera %2 está vacío.</translation>
    </message>
    <message>
        <source>%1: header packet %2 names a data cipher other than ChaCha20-Poly1305, which this version cannot read.</source>
        <translation>%1: el paquete de cabecera %2 indica un cifrado de datos distinto de ChaCha20-Poly1305, que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>%1: the header has more than one data edit list for this reader; the file is rejected, as the specification requires.</source>
        <translation>%1: la cabecera tiene más de una lista de edición de datos para este lector; el archivo se rechaza, como exige la especificación.</translation>
    </message>
    <message>
        <source>%1: the data edit list in header packet %2 is damaged.</source>
        <translation>%1: la lista de edición de datos del paquete de cabecera %2 está dañada.</translation>
    </message>
    <message>
        <source>%1: header packet %2 has type %3, which this version does not know.</source>
        <translation>%1: el paquete de cabecera %2 es de tipo %3, que esta versión no conoce.</translation>
    </message>
    <message>
        <source>%1: no header packet decrypts with the key %2 (%3 packets tried%4); the file was encrypted for other recipients, or with another key pair.</source>
        <translation>%1: ningún paquete de cabecera se descifra con la clave %2 (%3 paquetes probados%4); el archivo se cifró para otros destinatarios o con otro par de claves.</translation>
    </message>
    <message>
        <source>, nor with </source>
        <translation>, ni con </translation>
    </message>
    <message>
        <source>, %1 with an unsupported method</source>
        <translation>, %1 con un método no admitido</translation>
    </message>
</context>
<context>
    <name>Crypt4ghKeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH key file (it is %2 bytes; key files are a few hundred).</source>
        <translation>%1 no es un archivo de clave Crypt4GH (tiene %2 bytes; los archivos de clave tienen unos cientos).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner.</source>
        <translation>No se puede hacer %1 privado para su propietario.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH public key: it has no -----BEGIN ... KEY----- block of base64 text.</source>
        <translation>%1 no es una clave pública Crypt4GH: no tiene ningún bloque -----BEGIN ... KEY----- de texto base64.</translation>
    </message>
    <message>
        <source>%1 holds a secret key, not a public key; give the .pub file (and keep the secret key to yourself).</source>
        <translation>%1 contiene una clave secreta, no una pública; hay que indicar el archivo .pub (y no compartir la clave secreta).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH public key (a %2 block of %3 bytes; an X25519 public key is 32 bytes).</source>
        <translation>%1 no es una clave pública Crypt4GH (un bloque %2 de %3 bytes; una clave pública X25519 tiene 32 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH secret key: it has no -----BEGIN ... KEY----- block of base64 text.</source>
        <translation>%1 no es una clave secreta Crypt4GH: no tiene ningún bloque -----BEGIN ... KEY----- de texto base64.</translation>
    </message>
    <message>
        <source>%1: OpenSSL refused the X25519 key.</source>
        <translation>%1: OpenSSL rechazó la clave X25519.</translation>
    </message>
    <message>
        <source>%1 is an OpenSSH key, not a Crypt4GH key; make a Crypt4GH key pair (steward keygen) instead.</source>
        <translation>%1 es una clave OpenSSH, no una clave Crypt4GH; hay que crear en su lugar un par de claves Crypt4GH (steward keygen).</translation>
    </message>
    <message>
        <source>%1 holds a public key, not a secret key.</source>
        <translation>%1 contiene una clave pública, no una secreta.</translation>
    </message>
    <message>
        <source>%1 is not a Crypt4GH secret key (no c4gh-v1 marker in its %2 block).</source>
        <translation>%1 no es una clave secreta Crypt4GH (no hay marcador c4gh-v1 en su bloque %2).</translation>
    </message>
    <message>
        <source>%1: the Crypt4GH secret key is damaged (a field is cut short).</source>
        <translation>%1: la clave secreta Crypt4GH está dañada (un campo está truncado).</translation>
    </message>
    <message>
        <source>%1: unsupported key derivation &quot;%2&quot; (known: scrypt, bcrypt, pbkdf2_hmac_sha256, none).</source>
        <translation>%1: derivación de clave «%2» no admitida (conocidas: scrypt, bcrypt, pbkdf2_hmac_sha256, none).</translation>
    </message>
    <message>
        <source>%1: an unprotected Crypt4GH secret key must hold 32 bytes.</source>
        <translation>%1: una clave secreta Crypt4GH sin protección debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>%1: unsupported key cipher &quot;%2&quot; (known: chacha20_poly1305).</source>
        <translation>%1: cifrado de clave «%2» no admitido (conocido: chacha20_poly1305).</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase (%2); none was given.</source>
        <translation>%1 está protegido con una frase de contraseña (%2); no se indicó ninguna.</translation>
    </message>
    <message>
        <source>%1: wrong passphrase (the %2-protected key did not decrypt with it).</source>
        <translation>%1: frase de contraseña incorrecta (la clave protegida con %2 no se descifró con ella).</translation>
    </message>
    <message>
        <source>No key to write.</source>
        <translation>No hay ninguna clave que escribir.</translation>
    </message>
    <message>
        <source>OpenSSL could not protect the secret key.</source>
        <translation>OpenSSL no pudo proteger la clave secreta.</translation>
    </message>
    <message>
        <source>%1 already exists; Steward does not replace key files (choose another name, or move the old one away).</source>
        <translation>%1 ya existe; Steward no sustituye archivos de clave (hay que elegir otro nombre o mover el antiguo a otro sitio).</translation>
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
        <translation>Un destinatario necesita un nombre.</translation>
    </message>
    <message>
        <source>%1: a Crypt4GH public key is 32 bytes.</source>
        <translation>%1: una clave pública Crypt4GH tiene 32 bytes.</translation>
    </message>
    <message>
        <source>The address book already has a recipient named %1.</source>
        <translation>La libreta de direcciones ya tiene un destinatario llamado %1.</translation>
    </message>
    <message>
        <source>This key (%1) is already in the address book as %2.</source>
        <translation>Esta clave (%1) ya está en la libreta de direcciones como %2.</translation>
    </message>
    <message>
        <source>A key pair needs a name, a 32-byte public key and its secret-key file.</source>
        <translation>Un par de claves necesita un nombre, una clave pública de 32 bytes y su archivo de clave secreta.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1.</source>
        <translation>Ya tiene un par de claves llamado %1.</translation>
    </message>
    <message>
        <source>This key pair (%1) is already listed as %2.</source>
        <translation>Este par de claves (%1) ya figura como %2.</translation>
    </message>
    <message>
        <source>%1 is neither a public key file nor a name in the address book (steward keys list).</source>
        <translation>%1 no es ni un archivo de clave pública ni un nombre de la libreta de direcciones (steward keys list).</translation>
    </message>
</context>
<context>
    <name>Crypt4ghOutput</name>
    <message>
        <source>Refusing to write %1 over its own input; choose another output name.</source>
        <translation>No se escribe %1 sobre su propia entrada; hay que elegir otro nombre de salida.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; name the output file.</source>
        <translation>%1 es una carpeta; hay que indicar el archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>no está abierto</translation>
    </message>
</context>
<context>
    <name>Crypt4ghReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the decrypted file: %1</source>
        <translation>No se puede escribir el archivo descifrado: %1</translation>
    </message>
    <message>
        <source>%1: truncated body: segment %2 (at byte %3) has only %4 bytes, less than its nonce and MAC.</source>
        <translation>%1: cuerpo truncado: el segmento %2 (en el byte %3) solo tiene %4 bytes, menos que su nonce y su MAC.</translation>
    </message>
    <message>
        <source>%1: MAC check failed at segment %2, the last one (%3 of at most %4 bytes, at byte %5): the file is truncated (cut short) or was changed.</source>
        <translation>%1: falló la comprobación MAC en el segmento %2, el último (%3 de como máximo %4 bytes, en el byte %5): el archivo está truncado (cortado) o se modificó.</translation>
    </message>
    <message>
        <source>%1: MAC check failed at segment %2 (bytes %3 to %4): the file was changed or damaged after it was encrypted.</source>
        <translation>%1: falló la comprobación MAC en el segmento %2 (bytes %3 a %4): el archivo se modificó o se dañó después de cifrarse.</translation>
    </message>
    <message>
        <source>Decryption of %1 was cancelled.</source>
        <translation>Se canceló el descifrado de %1.</translation>
    </message>
</context>
<context>
    <name>Crypt4ghWriter</name>
    <message>
        <source>A recipient public key is %1 bytes; X25519 keys are 32.</source>
        <translation>Una clave pública de destinatario tiene %1 bytes; las claves X25519 tienen 32.</translation>
    </message>
    <message>
        <source>No recipient: name at least one recipient&apos;s public key to encrypt %1 for.</source>
        <translation>No hay destinatario: hay que indicar al menos la clave pública de un destinatario para el que cifrar %1.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>No se puede escribir el archivo cifrado: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt segment %1.</source>
        <translation>OpenSSL no pudo cifrar el segmento %1.</translation>
    </message>
    <message>
        <source>Encryption of %1 was cancelled.</source>
        <translation>Se canceló el cifrado de %1.</translation>
    </message>
</context>
<context>
    <name>CryptCommands</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>Warning: using the passphrase in C4GH_PASSPHRASE. Environment variables can leak (to other processes, crash reports, shell history); prefer --passphrase-file or the prompt.</source>
        <translation>Advertencia: se usa la frase de contraseña de C4GH_PASSPHRASE. Las variables de entorno pueden filtrarse (a otros procesos, informes de fallos, historial del shell); es preferible --passphrase-file o la solicitud interactiva.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-file F or set C4GH_PASSPHRASE.</source>
        <translation>No hay terminal para pedir la frase de contraseña: hay que usar --passphrase-file A o definir C4GH_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repetir: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>%1 is neither a secret key file nor one of your key pairs (steward keys list).</source>
        <translation>%1 no es ni un archivo de clave secreta ni uno de sus pares de claves (steward keys list).</translation>
    </message>
    <message>
        <source>New passphrase for Steward&apos;s secrets file: </source>
        <translation>Nueva frase de contraseña del archivo de secretos de Steward: </translation>
    </message>
    <message>
        <source>Passphrase of Steward&apos;s secrets file: </source>
        <translation>Frase de contraseña del archivo de secretos de Steward: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>steward keygen [--name NAME] --out PREFIX [--passphrase-file F | --no-passphrase]</source>
        <translation>steward keygen [--name NOMBRE] --out PREFIJO [--passphrase-file A | --no-passphrase]</translation>
    </message>
    <message>
        <source>steward keygen: --no-passphrase and --passphrase-file exclude each other.</source>
        <translation>steward keygen: --no-passphrase y --passphrase-file se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1 (%2); choose another --name.</source>
        <translation>Ya tiene un par de claves llamado %1 (%2); hay que elegir otro --name.</translation>
    </message>
    <message>
        <source>Passphrase to protect %1: </source>
        <translation>Frase de contraseña para proteger %1: </translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing; use --no-passphrase to write an unprotected secret key on purpose.</source>
        <translation>Una frase de contraseña vacía no protege nada; hay que usar --no-passphrase para escribir a propósito una clave secreta sin protección.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, but could not record them in the catalog: %3</source>
        <translation>Se escribieron %1 y %2, pero no se pudieron registrar en el catálogo: %3</translation>
    </message>
    <message>
        <source>Wrote %1 (give it to senders) and %2 (%3; keep it to yourself).</source>
        <translation>Se escribieron %1 (para entregarlo a los remitentes) y %2 (%3; no compartirlo).</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>sin protección</translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation>protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Key pair %1: %2</source>
        <translation>Par de claves %1: %2</translation>
    </message>
    <message>
        <source>steward encrypt --recipient-pk KEY... [--sk SENDER_SK] IN OUT</source>
        <translation>steward encrypt --recipient-pk CLAVE... [--sk SK_REMITENTE] ENTRADA SALIDA</translation>
    </message>
    <message>
        <source>steward decrypt --sk KEY... IN OUT [--passphrase-file F]</source>
        <translation>steward decrypt --sk CLAVE... ENTRADA SALIDA [--passphrase-file A]</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted %1 to %2 for %n recipient(s): %3 bytes in %4 s (%5).</source>
        <translation>
            <numerusform>Se cifró %1 en %2 para %n destinatario: %3 bytes en %4 s (%5).</numerusform>
            <numerusform>Se cifró %1 en %2 para %n destinatarios: %3 bytes en %4 s (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypted %1 to %2 with %3: %4 bytes in %5 s (%6).</source>
        <translation>Se descifró %1 en %2 con %3: %4 bytes en %5 s (%6).</translation>
    </message>
    <message>
        <source>steward keys list | add NAME PUBKEY_FILE | remove NAME</source>
        <translation>steward keys list | add NOMBRE ARCHIVO_CLAVE_PÚBLICA | remove NOMBRE</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the address book.</source>
        <translation>Se añadió %1 (%2) a la libreta de direcciones.</translation>
    </message>
    <message>
        <source>The address book has no recipient %1.</source>
        <translation>La libreta de direcciones no tiene ningún destinatario %1.</translation>
    </message>
    <message>
        <source>Removed %1 from the address book.</source>
        <translation>Se eliminó %1 de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>Your key pairs:</source>
        <translation>Sus pares de claves:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>keygen: the key pair&apos;s name (default: the prefix).</source>
        <translation>keygen: el nombre del par de claves (predeterminado: el prefijo).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>keygen: write the secret key without a passphrase.</source>
        <translation>keygen: escribir la clave secreta sin frase de contraseña.</translation>
    </message>
    <message>
        <source>encrypt: a recipient&apos;s public key file or address-book name (repeat for several).</source>
        <translation>encrypt: archivo de clave pública de un destinatario o nombre de la libreta de direcciones (repetir para varios).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>decrypt: your secret key file or key pair name (repeat to try several); encrypt: the sender&apos;s.</source>
        <translation>decrypt: su archivo de clave secreta o el nombre de su par de claves (repetir para probar varios); encrypt: el del remitente.</translation>
    </message>
</context>
<context>
    <name>DataUse</name>
    <message>
        <source>The purpose is empty; start it with primary= and one of gru, hmb, disease, poa, methods or clinical.</source>
        <translation>La finalidad está vacía; hay que empezarla con primary= y uno de gru, hmb, disease, poa, methods o clinical.</translation>
    </message>
    <message>
        <source>Item %1 of the purpose is empty; remove the extra &apos;;&apos;.</source>
        <translation>El elemento %1 de la finalidad está vacío; hay que quitar el «;» sobrante.</translation>
    </message>
    <message>
        <source>Unknown item &apos;%1&apos; in the purpose; use primary, disease, for-profit, commercial, region, irb, project, institution, collaboration, publication, return-data or date.</source>
        <translation>Elemento desconocido «%1» en la finalidad; hay que usar primary, disease, for-profit, commercial, region, irb, project, institution, collaboration, publication, return-data o date.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the purpose; keep one.</source>
        <translation>«%1» aparece dos veces en la finalidad; hay que dejar solo uno.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a flag and takes no value; write %2 alone.</source>
        <translation>«%1» es un indicador y no admite valor; hay que escribir %2 solo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the purpose needs a value, such as %2.</source>
        <translation>«%1» en la finalidad necesita un valor, como %2.</translation>
    </message>
    <message>
        <source>Unknown primary purpose in &apos;%1&apos;; use gru, hmb, disease, poa, methods or clinical.</source>
        <translation>Finalidad principal desconocida en «%1»; hay que usar gru, hmb, disease, poa, methods o clinical.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a disease id; use MONDO ids such as MONDO:0005148 or DOID ids such as DOID:9352.</source>
        <translation>«%1» en «%2» no es un ID de enfermedad; hay que usar ID de MONDO como MONDO:0005148 o ID de DOID como DOID:9352.</translation>
    </message>
    <message>
        <source>Unknown region in &apos;%1&apos;; use an ISO 3166-1 alpha-2 country code such as DE, or EU, EEA, EUR or WORLD.</source>
        <translation>Región desconocida en «%1»; hay que usar un código de país ISO 3166-1 alfa-2 como DE, o bien EU, EEA, EUR o WORLD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date; write it YYYY-MM-DD, such as date=2026-01-31.</source>
        <translation>«%1» no es una fecha válida; hay que escribirla como YYYY-MM-DD, por ejemplo date=2026-01-31.</translation>
    </message>
    <message>
        <source>The purpose has no primary purpose; add primary= and one of gru, hmb, disease, poa, methods or clinical.</source>
        <translation>La finalidad no tiene finalidad principal; hay que añadir primary= y uno de gru, hmb, disease, poa, methods o clinical.</translation>
    </message>
    <message>
        <source>Disease research needs the diseases it studies; add disease= with their ids, such as disease=MONDO:0005148.</source>
        <translation>La investigación sobre enfermedades necesita las enfermedades que estudia; hay que añadir disease= con sus ID, como disease=MONDO:0005148.</translation>
    </message>
    <message>
        <source>&apos;disease=%1&apos; is allowed only with primary=disease or primary=methods.</source>
        <translation>«disease=%1» solo se permite con primary=disease o primary=methods.</translation>
    </message>
    <message>
        <source>General research.</source>
        <translation>Investigación general.</translation>
    </message>
    <message>
        <source>Health, medical or biomedical research.</source>
        <translation>Investigación sanitaria, médica o biomédica.</translation>
    </message>
    <message>
        <source>Research on %1.</source>
        <translation>Investigación sobre %1.</translation>
    </message>
    <message>
        <source>Population origins or ancestry research.</source>
        <translation>Investigación sobre orígenes poblacionales o ascendencia.</translation>
    </message>
    <message>
        <source>Methods development.</source>
        <translation>Desarrollo de métodos.</translation>
    </message>
    <message>
        <source>Methods development for %1.</source>
        <translation>Desarrollo de métodos para %1.</translation>
    </message>
    <message>
        <source>Clinical care.</source>
        <translation>Atención clínica.</translation>
    </message>
    <message>
        <source>The user is a for-profit organisation.</source>
        <translation>El usuario es una organización con ánimo de lucro.</translation>
    </message>
    <message>
        <source>The use is commercial.</source>
        <translation>El uso es comercial.</translation>
    </message>
    <message>
        <source>The data will be used in %1.</source>
        <translation>Los datos se usarán en %1.</translation>
    </message>
    <message>
        <source>Ethics approval is held.</source>
        <translation>Se cuenta con la aprobación de un comité de ética.</translation>
    </message>
    <message>
        <source>The project is %1.</source>
        <translation>El proyecto es %1.</translation>
    </message>
    <message>
        <source>The institution is %1.</source>
        <translation>La institución es %1.</translation>
    </message>
    <message>
        <source>The user will collaborate with the data&apos;s providers.</source>
        <translation>El usuario colaborará con los proveedores de los datos.</translation>
    </message>
    <message>
        <source>The results will be published.</source>
        <translation>Los resultados se publicarán.</translation>
    </message>
    <message>
        <source>Derived data will be returned to the resource.</source>
        <translation>Los datos derivados se devolverán al recurso.</translation>
    </message>
    <message>
        <source>The use takes place on %1.</source>
        <translation>El uso tiene lugar el %1.</translation>
    </message>
    <message>
        <source>General research</source>
        <translation>Investigación general</translation>
    </message>
    <message>
        <source>Health, medical or biomedical research</source>
        <translation>Investigación sanitaria, médica o biomédica</translation>
    </message>
    <message>
        <source>Disease research</source>
        <translation>Investigación sobre enfermedades</translation>
    </message>
    <message>
        <source>Population origins or ancestry research</source>
        <translation>Investigación sobre orígenes poblacionales o ascendencia</translation>
    </message>
    <message>
        <source>Methods development</source>
        <translation>Desarrollo de métodos</translation>
    </message>
    <message>
        <source>Clinical care</source>
        <translation>Atención clínica</translation>
    </message>
</context>
<context>
    <name>DatasetConsent</name>
    <message>
        <source>No dataset named &apos;%1&apos; in the catalog; scan its folder first.</source>
        <translation>No hay ningún conjunto de datos llamado «%1» en el catálogo; hay que escanear antes su carpeta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 datasets; give the path of one: %3</source>
        <translation>«%1» designa %2 conjuntos de datos; hay que indicar la ruta de uno de ellos: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n sample(s) consented</source>
        <translation>
            <numerusform>%n muestra con consentimiento</numerusform>
            <numerusform>Todas las %n muestras con consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n sin consentimiento</numerusform>
            <numerusform>%n sin consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluida</numerusform>
            <numerusform>%n excluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 consented (%3)</source>
        <translation>%1 de %2 con consentimiento (%3)</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>el conjunto de datos</translation>
    </message>
    <message>
        <source>No consent is recorded for %1 in %2; nothing may be shared without one.</source>
        <translation>No hay ningún consentimiento registrado para %1 en %2; sin él no se puede compartir nada.</translation>
    </message>
    <message>
        <source>The consent recorded for %1 (%2) cannot be read: %3</source>
        <translation>No se puede leer el consentimiento registrado para %1 (%2): %3</translation>
    </message>
    <message>
        <source>A reference sequence holds no participant&apos;s data; no consent is needed.</source>
        <translation>Una secuencia de referencia no contiene datos de ningún participante; no se necesita consentimiento.</translation>
    </message>
    <message>
        <source>No samples were found in %1 and no dataset-level consent is recorded; check what it contains and record its consent.</source>
        <translation>No se encontraron muestras en %1 y no hay ningún consentimiento registrado a nivel de conjunto de datos; hay que comprobar qué contiene y registrar su consentimiento.</translation>
    </message>
    <message>
        <source>Every sample of %1 is excluded (consent withdrawn or expired); nothing is left to share.</source>
        <translation>Todas las muestras de %1 están excluidas (consentimiento retirado o caducado); no queda nada que compartir.</translation>
    </message>
    <message numerus="yes">
        <source>The consent of all %n included sample(s) allows this use.</source>
        <translation>
            <numerusform>El consentimiento de %n muestra incluida permite este uso.</numerusform>
            <numerusform>El consentimiento de todas las %n muestras incluidas permite este uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consent of %n included sample(s) does not allow this use.</source>
        <translation>
            <numerusform>El consentimiento de %n muestra incluida no permite este uso.</numerusform>
            <numerusform>El consentimiento de %n muestras incluidas no permite este uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n included sample(s) (needs|need) a reviewer&apos;s decision; none is denied.</source>
        <translation>
            <numerusform>%n muestra incluida requiere la decisión de un revisor; ninguna se deniega.</numerusform>
            <numerusform>%n muestras incluidas requieren la decisión de un revisor; ninguna se deniega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) (is|are) excluded and will be removed.</source>
        <translation>
            <numerusform>%n muestra está excluida y se eliminará.</numerusform>
            <numerusform>%n muestras están excluidas y se eliminarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeidCommands</name>
    <message>
        <source>New passphrase for Steward&apos;s secrets file: </source>
        <translation>Nueva frase de contraseña del archivo de secretos de Steward: </translation>
    </message>
    <message>
        <source>Passphrase of Steward&apos;s secrets file: </source>
        <translation>Frase de contraseña del archivo de secretos de Steward: </translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: el archivo o la carpeta no existe</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of high severity</source>
        <translation>
            <numerusform>%n de gravedad alta</numerusform>
            <numerusform>%n de gravedad alta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>en %n archivo</numerusform>
            <numerusform>en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file or dataset</source>
        <translation>%1: el archivo o el conjunto de datos no existe</translation>
    </message>
    <message>
        <source>skipped   %1: %2</source>
        <translation>omitido   %1: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>FALLÓ     %1: %2</translation>
    </message>
    <message>
        <source>validated </source>
        <translation>validado  </translation>
    </message>
    <message>
        <source>MISMATCH  </source>
        <translation>DISCREPA  </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1, %2 -&gt; %3 records, digest %4</source>
        <translation>%1, %2 -&gt; %3 registros, resumen %4</translation>
    </message>
    <message>
        <source>Profile %1 (sha256 %2)</source>
        <translation>Perfil %1 (sha256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 resolved of %2; %n high-severity unresolved</source>
        <translation>
            <numerusform>Hallazgos: %1 resueltos de %2; %n de gravedad alta sin resolver</numerusform>
            <numerusform>Hallazgos: %1 resueltos de %2; %n de gravedad alta sin resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>Removed samples (consent): %1</source>
        <translation>Muestras eliminadas (consentimiento): %1</translation>
    </message>
    <message>
        <source>Recorded as run %1 in the catalog and the audit log.</source>
        <translation>Registrado como ejecución %1 en el catálogo y en el registro de auditoría.</translation>
    </message>
    <message>
        <source>steward deid PATH|DATASET... --profile NAME|FILE [--out DIR]</source>
        <translation>steward deid RUTA|CONJUNTO... --profile NOMBRE|ARCHIVO [--out CARPETA]</translation>
    </message>
    <message>
        <source>%1 has not been de-identified yet: steward deid %1 --profile safe-harbor</source>
        <translation>%1 aún no se ha desidentificado: steward deid %1 --profile safe-harbor</translation>
    </message>
    <message>
        <source>%1: run %2 with %3 by %4 on %5: %6</source>
        <translation>%1: ejecución %2 con %3 por %4 el %5: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s) unresolved</source>
        <translation>
            <numerusform>%n hallazgo de gravedad alta sin resolver</numerusform>
            <numerusform>%n hallazgos de gravedad alta sin resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved  </source>
        <translation>resuelto  </translation>
    </message>
    <message>
        <source>OPEN      </source>
        <translation>ABIERTO   </translation>
    </message>
    <message>
        <source>steward deid %1 DATASET --destination NAME [--comment TEXT]</source>
        <translation>steward deid %1 CONJUNTO --destination NOMBRE [--comment TEXTO]</translation>
    </message>
    <message>
        <source>No destination named %1.</source>
        <translation>No hay ningún destino llamado %1.</translation>
    </message>
    <message>
        <source>%1 has no review for %2 (a destination needs a declared data use to be reviewed against).</source>
        <translation>%1 no tiene ningún elemento de revisión para %2 (un destino necesita un uso de datos declarado con el que revisarlo).</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 para %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Passphrase for the data controller&apos;s copy: </source>
        <translation>Frase de contraseña de la copia del responsable del tratamiento: </translation>
    </message>
    <message>
        <source>Wrote the encrypted mapping to %1.</source>
        <translation>Se escribió la correspondencia cifrada en %1.</translation>
    </message>
    <message>
        <source>steward pseudonyms list | export FILE [--passphrase-file F]</source>
        <translation>steward pseudonyms list | export ARCHIVO [--passphrase-file A]</translation>
    </message>
    <message>
        <source>%1: %2 records in %3 equivalence classes over %4</source>
        <translation>%1: %2 registros en %3 clases de equivalencia según %4</translation>
    </message>
    <message>
        <source>k-anonymity: %1 (smallest class)</source>
        <translation>k-anonimato: %1 (clase más pequeña)</translation>
    </message>
    <message>
        <source>records in classes smaller than %1: %2</source>
        <translation>registros en clases menores que %1: %2</translation>
    </message>
    <message>
        <source>l-diversity of %1: %2</source>
        <translation>l-diversidad de %1: %2</translation>
    </message>
    <message>
        <source>class sizes:</source>
        <translation>tamaños de clase:</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: below k = %1; classes at risk:</source>
        <translation>ADVERTENCIA: por debajo de k = %1; clases en riesgo:</translation>
    </message>
    <message>
        <source>deid: a shipped profile (safe-harbor, research-minimal) or a profile file.</source>
        <translation>deid: un perfil incluido (safe-harbor, research-minimal) o un archivo de perfil.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nombre|archivo</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>risk: quasi-identifier columns, comma-separated; column:band10, column:year or column:3 generalise.</source>
        <translation>risk: columnas cuasiidentificadoras, separadas por comas; columna:band10, columna:year o columna:3 generalizan.</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>risk: the sensitive column for l-diversity.</source>
        <translation>risk: la columna sensible para la l-diversidad.</translation>
    </message>
    <message>
        <source>col</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>risk: the smallest acceptable class size (default 5).</source>
        <translation>risk: el tamaño de clase mínimo aceptable (predeterminado 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>steward phi-scan PATH... [--json]</source>
        <translation>steward phi-scan RUTA... [--json]</translation>
    </message>
    <message>
        <source>steward risk FILE --qi COLS [--sensitive COL] [--k N]</source>
        <translation>steward risk ARCHIVO --qi COLUMNAS [--sensitive COLUMNA] [--k N]</translation>
    </message>
    <message>
        <source>--k needs a whole number of at least 2.</source>
        <translation>--k necesita un número entero de al menos 2.</translation>
    </message>
    <message>
        <source>deid: output folder (default: Steward&apos;s derived-files folder); keygen: the key files&apos; prefix.</source>
        <translation>deid: carpeta de salida (predeterminada: la carpeta de archivos derivados de Steward); keygen: el prefijo de los archivos de clave.</translation>
    </message>
    <message>
        <source>pseudonyms export, keygen, encrypt, decrypt: read the passphrase from a file.</source>
        <translation>pseudonyms export, keygen, encrypt, decrypt: leer la frase de contraseña de un archivo.</translation>
    </message>
    <message>
        <source>%1, %2 -&gt; %3 records, body byte-identical</source>
        <translation>%1, %2 -&gt; %3 registros, cuerpo idéntico byte a byte</translation>
    </message>
</context>
<context>
    <name>DeidProfile</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known keys: %3)</source>
        <translation>%1: clave desconocida «%2» (claves conocidas: %3)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no está</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>debe ser una lista de cadenas no vacías</translation>
    </message>
    <message>
        <source>has an invalid entry &quot;%1&quot;</source>
        <translation>tiene un elemento no válido «%1»</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>Profile %1, key %2</source>
        <translation>En el perfil %1, la clave %2</translation>
    </message>
    <message>
        <source>Profile %1 is not a Steward de-identification profile (format &quot;%2&quot;, expected &quot;%3&quot;)</source>
        <translation>El perfil %1 no es un perfil de desidentificación de Steward (formato «%2», se esperaba «%3»)</translation>
    </message>
    <message>
        <source>Profile %1 has format version %2; this Steward reads version %3</source>
        <translation>El perfil %1 tiene la versión de formato %2; esta versión de Steward lee la versión %3</translation>
    </message>
    <message>
        <source>Profile %1 has an empty name</source>
        <translation>El perfil %1 tiene un nombre vacío</translation>
    </message>
    <message>
        <source>Profile %1, key vcf.removeFormat: GT cannot be removed (the genotypes are what the validation digest protects)</source>
        <translation>En el perfil %1, la clave vcf.removeFormat: GT no se puede eliminar (los genotipos son lo que protege el resumen de validación)</translation>
    </message>
    <message>
        <source>Profile %1, key samples.prefix must be up to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>En el perfil %1, la clave samples.prefix debe tener como máximo 16 letras, dígitos, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation>No se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON at offset %2: %3</source>
        <translation>El perfil %1 no es JSON válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>Profile %1 must be a JSON object</source>
        <translation>El perfil %1 debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; (shipped: %2) and no such file</source>
        <translation>No hay ningún perfil llamado «%1» (incluidos: %2) ni ningún archivo con ese nombre</translation>
    </message>
    <message>
        <source>Profile %1, key vcf.headerOnlyCheck: &quot;%2&quot; is not &quot;decode&quot; or &quot;bytes&quot;</source>
        <translation>Perfil %1, clave vcf.headerOnlyCheck: «%2» no es &quot;decode&quot; ni &quot;bytes&quot;</translation>
    </message>
</context>
<context>
    <name>DeidReview</name>
    <message>
        <source>De-identification approved</source>
        <translation>Desidentificación aprobada</translation>
    </message>
    <message>
        <source>De-identification rejected</source>
        <translation>Desidentificación rechazada</translation>
    </message>
    <message>
        <source>De-identification pending</source>
        <translation>Desidentificación pendiente</translation>
    </message>
    <message>
        <source>No de-identification run yet: run a profile on the dataset first.</source>
        <translation>Aún no hay ninguna ejecución de desidentificación: hay que aplicar primero un perfil al conjunto de datos.</translation>
    </message>
    <message>
        <source>The newest de-identification run (%1) did not validate: %2</source>
        <translation>La ejecución de desidentificación más reciente (%1) no se validó: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in %3 (%4)</source>
        <translation>%1 «%2» en %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s) remain unresolved after run %1, first: %2. Choose a stricter profile and run again.</source>
        <translation>
            <numerusform>Queda %n hallazgo de gravedad alta sin resolver tras la ejecución %1, el primero: %2. Hay que elegir un perfil más estricto y volver a ejecutarlo.</numerusform>
            <numerusform>Quedan %n hallazgos de gravedad alta sin resolver tras la ejecución %1, el primero: %2. Hay que elegir un perfil más estricto y volver a ejecutarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation>No existe el elemento de revisión %1.</translation>
    </message>
    <message>
        <source>The de-identification of %1 for %2 is already %3.</source>
        <translation>La desidentificación de %1 para %2 ya está %3.</translation>
    </message>
    <message>
        <source>Rejecting the de-identification needs a comment saying why.</source>
        <translation>Rechazar la desidentificación necesita un comentario que explique el motivo.</translation>
    </message>
    <message>
        <source>De-identification approval refused for %1: %2</source>
        <translation>Se denegó la aprobación de la desidentificación de %1: %2</translation>
    </message>
</context>
<context>
    <name>DeidRunner</name>
    <message>
        <source>No pseudonymisation key: the run needs the workstation&apos;s key.</source>
        <translation>No hay clave de seudonimización: la ejecución necesita la clave de la estación de trabajo.</translation>
    </message>
    <message>
        <source>Nothing to de-identify: no input files.</source>
        <translation>No hay nada que desidentificar: no hay archivos de entrada.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>No se puede crear la carpeta de salida %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Pseudonym collision: two samples would get the same pseudonym. Lengthen the profile&apos;s pseudonyms (samples.length).</source>
        <translation>Colisión de seudónimos: dos muestras recibirían el mismo seudónimo. Hay que alargar los seudónimos del perfil (samples.length).</translation>
    </message>
    <message>
        <source>The output %1 would overwrite the input %2: choose another output folder.</source>
        <translation>La salida %1 sobrescribiría la entrada %2: hay que elegir otra carpeta de salida.</translation>
    </message>
    <message>
        <source>Two inputs would both be written to %1.</source>
        <translation>Dos entradas se escribirían en %1.</translation>
    </message>
    <message>
        <source>not a data file or sidecar (%1): left out; indexes are rebuilt</source>
        <translation>no es un archivo de datos ni un archivo asociado (%1): se deja fuera; los índices se vuelven a generar</translation>
    </message>
    <message>
        <source>%1: the output&apos;s content digest or record count differs from the input&apos;s; it was not kept.</source>
        <translation>%1: el resumen del contenido o el número de registros de la salida difiere del de la entrada; no se conservó.</translation>
    </message>
</context>
<context>
    <name>DelimitedTable</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a clinical table that large is not read.</source>
        <translation>%1 ocupa más de %2 MB; no se lee una tabla clínica tan grande.</translation>
    </message>
    <message>
        <source>%1 is not a text table: it contains NUL bytes.</source>
        <translation>%1 no es una tabla de texto: contiene bytes NUL.</translation>
    </message>
    <message>
        <source>%1:%2: a PED row needs 6 columns (family, individual, father, mother, sex, phenotype); this one has %3.</source>
        <translation>%1:%2: una fila PED necesita 6 columnas (familia, individuo, padre, madre, sexo, fenotipo); esta tiene %3.</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field opened on this line is never closed.</source>
        <translation>%1:%2: un campo entre comillas abierto en esta línea no se cierra nunca.</translation>
    </message>
    <message>
        <source>%1 is empty: a clinical table needs a header row.</source>
        <translation>%1 está vacío: una tabla clínica necesita una fila de cabecera.</translation>
    </message>
    <message>
        <source>%1:%2: this row has %3 fields where the header (line %4) has %5; look for a missing or extra delimiter, or quote fields that contain one.</source>
        <translation>%1:%2: esta fila tiene %3 campos, pero la cabecera (línea %4) tiene %5; hay que buscar un delimitador que falte o sobre, o poner entre comillas los campos que contengan uno.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot move %1 into place as %2.</source>
        <translation>No se puede mover %1 a su ubicación como %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>No se puede establecer la fecha de modificación de %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>No se puede terminar de escribir %1.</translation>
    </message>
    <message>
        <source>Cannot create a VCF header for %1.</source>
        <translation>No se puede crear una cabecera VCF para %1.</translation>
    </message>
    <message>
        <source>Cannot build the VCF header for %1.</source>
        <translation>No se puede construir la cabecera VCF de %1.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write the header of %1.</source>
        <translation>No se puede escribir la cabecera de %1.</translation>
    </message>
    <message>
        <source>Cannot build record %1:%2 of %3.</source>
        <translation>No se puede construir el registro %1:%2 de %3.</translation>
    </message>
    <message>
        <source>Cannot annotate %1.</source>
        <translation>No se puede anotar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot index %1.</source>
        <translation>No se puede indexar %1.</translation>
    </message>
    <message>
        <source>Cannot build the SAM header for %1.</source>
        <translation>No se puede construir la cabecera SAM de %1.</translation>
    </message>
    <message>
        <source>Cannot use the reference %1 for %2.</source>
        <translation>No se puede usar la referencia %1 para %2.</translation>
    </message>
    <message>
        <source>Cannot generate the reads for %1.</source>
        <translation>No se pueden generar las lecturas de %1.</translation>
    </message>
    <message>
        <source>Cannot rewrite %1 as gzip.</source>
        <translation>No se puede reescribir %1 como gzip.</translation>
    </message>
    <message>
        <source>Cannot truncate %1.</source>
        <translation>No se puede truncar %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Stopped while reading %1.</source>
        <translation>Se detuvo al leer %1.</translation>
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
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>DuoReleaseImporter</name>
    <message>
        <source>permission</source>
        <translation>permiso</translation>
    </message>
    <message>
        <source>modifier</source>
        <translation>modificador</translation>
    </message>
    <message>
        <source>other term</source>
        <translation>otro término</translation>
    </message>
    <message>
        <source>%1: %2 (%3) has no code, so consent text cannot name it.</source>
        <translation>%1: %2 (%3) no tiene código, así que los textos de consentimiento no pueden nombrarlo.</translation>
    </message>
    <message>
        <source>%1: the code %2 belongs to both %3 and %4; Steward uses %3.</source>
        <translation>%1: el código %2 pertenece tanto a %3 como a %4; Steward usa %3.</translation>
    </message>
    <message>
        <source>%1: no term is a permission or a modifier, so no consent can be written with this release.</source>
        <translation>%1: ningún término es un permiso ni un modificador, así que con esta versión no se puede escribir ningún consentimiento.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a DUO release: %2.</source>
        <translation>%1 no se puede importar como versión de DUO: %2.</translation>
    </message>
    <message>
        <source>%1 contains no DUO terms: no OWL class has a DUO:nnnnnnn id. Choose the duo.owl or duo-basic.owl of a DUO release.</source>
        <translation>%1 no contiene términos DUO: ninguna clase OWL tiene un ID DUO:nnnnnnn. Hay que elegir el duo.owl o el duo-basic.owl de una versión de DUO.</translation>
    </message>
    <message>
        <source>%1 names no version (no owl:versionIRI or owl:versionInfo), so the release is called &quot;%2&quot; after its SHA-256.</source>
        <translation>%1 no indica ninguna versión (ni owl:versionIRI ni owl:versionInfo), así que la versión se denomina «%2» según su SHA-256.</translation>
    </message>
    <message>
        <source>it is not XML</source>
        <translation>no es XML</translation>
    </message>
    <message>
        <source>it is XML but not an RDF/XML ontology (the root element is &lt;%1&gt;)</source>
        <translation>es XML, pero no una ontología RDF/XML (el elemento raíz es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line %1: %2)</source>
        <translation>no es XML bien formado (línea %1: %2)</translation>
    </message>
    <message>
        <source>%1: %2 lies under both the permissions and the modifiers; it is imported as neither.</source>
        <translation>%1: %2 está tanto bajo los permisos como bajo los modificadores; no se importa como ninguno de los dos.</translation>
    </message>
    <message>
        <source>%1: %2 names its replacement as &quot;%3&quot;, which is not a DUO id; it is imported without one.</source>
        <translation>%1: %2 indica como sustituto «%3», que no es un ID de DUO; se importa sin sustituto.</translation>
    </message>
    <message>
        <source>%1: %2 is replaced by %3; Steward records the first, %4.</source>
        <translation>%1: %2 se sustituye por %3; Steward registra el primero, %4.</translation>
    </message>
    <message>
        <source>%1: the class %2 has the id %3; Steward goes by the id.</source>
        <translation>%1: la clase %2 tiene el ID %3; Steward se guía por el ID.</translation>
    </message>
    <message>
        <source>%1: %2 is described by two classes, %3 and %4; Steward keeps the first.</source>
        <translation>%1: %2 se describe con dos clases, %3 y %4; Steward conserva la primera.</translation>
    </message>
    <message>
        <source>%1 is empty: it is neither a DUO OWL file nor a DUO CSV.</source>
        <translation>%1 está vacío: no es ni un archivo OWL de DUO ni un CSV de DUO.</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>tiene %1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DUO id (DUO:nnnnnnn)</source>
        <translation>«%1» no es un ID de DUO (DUO:nnnnnnn)</translation>
    </message>
    <message>
        <source>%1 was already given on line %2</source>
        <translation>%1 ya se indicó en la línea %2</translation>
    </message>
    <message>
        <source>%1 contains no DUO terms: the CSV has a header but no rows.</source>
        <translation>%1 no contiene términos DUO: el CSV tiene cabecera, pero ninguna fila.</translation>
    </message>
    <message>
        <source>%1 names no version, so the release is called &quot;%2&quot; after its SHA-256. Import the release&apos;s duo.owl to record its date.</source>
        <translation>%1 no indica ninguna versión, así que la versión se denomina «%2» según su SHA-256. Hay que importar el duo.owl de la versión para registrar su fecha.</translation>
    </message>
    <message>
        <source>%1: line %2 of the CSV is malformed: %3.</source>
        <translation>%1: la línea %2 del CSV está mal formada: %3.</translation>
    </message>
    <message>
        <source>%1 is neither RDF/XML nor a DUO CSV: line %2 has no id column (a DUO CSV starts with id,shorthand,label,description).</source>
        <translation>%1 no es ni RDF/XML ni un CSV de DUO: la línea %2 no tiene la columna id (un CSV de DUO empieza por id,shorthand,label,description).</translation>
    </message>
    <message>
        <source>%1: the CSV header on line %2 has no %3 column.</source>
        <translation>%1: la cabecera CSV de la línea %2 no tiene la columna %3.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>hay texto después de las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a duo.owl or duo.csv file.</source>
        <translation>%1 es una carpeta; hay que elegir un archivo duo.owl o duo.csv.</translation>
    </message>
    <message>
        <source>%1 is too large for a DUO release (%2 MiB; a release is well under 1 MiB).</source>
        <translation>%1 es demasiado grande para una versión de DUO (%2 MiB; una versión ocupa bastante menos de 1 MiB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not XML: a DUO .owl release is RDF/XML and starts with &quot;&lt;&quot;.</source>
        <translation>%1 no es XML: una versión .owl de DUO es RDF/XML y empieza por «&lt;».</translation>
    </message>
    <message>
        <source>Could not store DUO release %1 from %2: %3</source>
        <translation>No se pudo guardar la versión de DUO %1 de %2: %3</translation>
    </message>
    <message>
        <source>it has no terms.</source>
        <translation>no tiene términos.</translation>
    </message>
    <message>
        <source>the catalog cannot start a transaction (%1).</source>
        <translation>el catálogo no puede iniciar una transacción (%1).</translation>
    </message>
    <message>
        <source>New %1 %2: %3.</source>
        <translation>Nuevo %1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not in this release.</source>
        <translation>%1 no está en esta versión.</translation>
    </message>
    <message>
        <source>%1 is obsolete in this release.</source>
        <translation>%1 está obsoleto en esta versión.</translation>
    </message>
    <message>
        <source>%1 is obsolete in this release; it is replaced by %2.</source>
        <translation>%1 está obsoleto en esta versión; lo sustituye %2.</translation>
    </message>
    <message>
        <source>%1 is no longer obsolete.</source>
        <translation>%1 ya no está obsoleto.</translation>
    </message>
    <message>
        <source>%1 gets the code %2.</source>
        <translation>%1 recibe el código %2.</translation>
    </message>
    <message>
        <source>%1 loses its code %2.</source>
        <translation>%1 pierde su código %2.</translation>
    </message>
    <message>
        <source>%1 changes its code from %2 to %3.</source>
        <translation>%1 cambia su código de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3.</source>
        <translation>%1 cambia de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is relabelled from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>La etiqueta de %1 cambia de «%2» a «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) (is|are) not in Steward&apos;s built-in table, and a CSV does not say which terms are permissions or modifiers; they are imported as neither. Import duo.owl to use them.</source>
        <translation>
            <numerusform>%1: %n término no está en la tabla integrada de Steward, y un CSV no indica qué términos son permisos o modificadores; no se importa como ninguno de los dos. Hay que importar el duo.owl para usarlo.</numerusform>
            <numerusform>%1: %n términos no están en la tabla integrada de Steward, y un CSV no indica qué términos son permisos o modificadores; no se importan como ninguno de los dos. Hay que importar el duo.owl para usarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuoTermTable</name>
    <message>
        <source>Unrestricted use</source>
        <translation>Uso sin restricciones</translation>
    </message>
    <message>
        <source>Any research purpose</source>
        <translation>Cualquier finalidad de investigación</translation>
    </message>
    <message>
        <source>Medical and health research</source>
        <translation>Investigación médica y sanitaria</translation>
    </message>
    <message>
        <source>Research on the named diseases</source>
        <translation>Investigación sobre las enfermedades indicadas</translation>
    </message>
    <message>
        <source>Ancestry studies only</source>
        <translation>Solo estudios de ascendencia</translation>
    </message>
    <message>
        <source>Named research types only</source>
        <translation>Solo los tipos de investigación indicados</translation>
    </message>
    <message>
        <source>Methods development not allowed</source>
        <translation>No se permite el desarrollo de métodos</translation>
    </message>
    <message>
        <source>Only studies involving genotypes</source>
        <translation>Solo estudios con genotipos</translation>
    </message>
    <message>
        <source>Non-profit bodies and non-commercial purposes only</source>
        <translation>Solo entidades sin ánimo de lucro y fines no comerciales</translation>
    </message>
    <message>
        <source>Users at non-profit organisations only</source>
        <translation>Solo usuarios de organizaciones sin ánimo de lucro</translation>
    </message>
    <message>
        <source>No commercial purposes</source>
        <translation>Sin fines comerciales</translation>
    </message>
    <message>
        <source>Results must be published</source>
        <translation>Los resultados deben publicarse</translation>
    </message>
    <message>
        <source>Must collaborate with the study team</source>
        <translation>Colaboración obligatoria con el equipo del estudio</translation>
    </message>
    <message>
        <source>Ethics committee approval needed</source>
        <translation>Requiere la aprobación de un comité de ética</translation>
    </message>
    <message>
        <source>Named regions only</source>
        <translation>Solo las regiones indicadas</translation>
    </message>
    <message>
        <source>No publication before a set date</source>
        <translation>Sin publicación antes de una fecha fijada</translation>
    </message>
    <message>
        <source>Use ends after a set time</source>
        <translation>El uso termina tras un plazo fijado</translation>
    </message>
    <message>
        <source>Approved users only</source>
        <translation>Solo usuarios aprobados</translation>
    </message>
    <message>
        <source>Approved project only</source>
        <translation>Solo el proyecto aprobado</translation>
    </message>
    <message>
        <source>Approved institution only</source>
        <translation>Solo la institución aprobada</translation>
    </message>
    <message>
        <source>Derived data goes back to the source</source>
        <translation>Los datos derivados vuelven a la fuente</translation>
    </message>
    <message>
        <source>Clinical care allowed</source>
        <translation>Atención clínica permitida</translation>
    </message>
    <message>
        <source>No ancestry research</source>
        <translation>Sin investigación sobre ascendencia</translation>
    </message>
    <message>
        <source>Primary consent category (obsolete)</source>
        <translation>Categoría de consentimiento primaria (obsoleta)</translation>
    </message>
    <message>
        <source>Secondary consent category (obsolete)</source>
        <translation>Categoría de consentimiento secundaria (obsoleta)</translation>
    </message>
    <message>
        <source>General research and clinical care (obsolete)</source>
        <translation>Investigación general y atención clínica (obsoleto)</translation>
    </message>
    <message>
        <source>Research only, no clinical care (obsolete)</source>
        <translation>Solo investigación, sin atención clínica (obsoleto)</translation>
    </message>
    <message>
        <source>DUO 2021-02-23 (built in)</source>
        <translation>DUO 2021-02-23 (integrada)</translation>
    </message>
    <message>
        <source>DUO %1 (imported from %2)</source>
        <translation>DUO %1 (importada de %2)</translation>
    </message>
</context>
<context>
    <name>FileInspector</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Uncompressed text cannot be indexed; region queries need the file compressed with bgzip and indexed (tabix, samtools index).</source>
        <translation>El texto sin comprimir no se puede indexar; las consultas por región requieren el archivo comprimido con bgzip e indexado (tabix, samtools index).</translation>
    </message>
    <message>
        <source>Compressed with plain gzip, not BGZF: it reads front to back but cannot be indexed. Recompress it with bgzip to allow region queries.</source>
        <translation>Comprimido con gzip simple, no con BGZF: se puede leer de principio a fin, pero no indexar. Para permitir consultas por región, hay que recomprimirlo con bgzip.</translation>
    </message>
    <message>
        <source>A .bai index lies next to this CRAM, but CRAM files need a .crai index (samtools index makes one).</source>
        <translation>Junto a este CRAM hay un índice .bai, pero los archivos CRAM necesitan un índice .crai (samtools index lo crea).</translation>
    </message>
    <message>
        <source>No index found next to the file; region queries need one (%1 makes it).</source>
        <translation>No se encontró ningún índice junto al archivo; las consultas por región lo necesitan (%1 lo crea).</translation>
    </message>
    <message>
        <source>The index %1 is older than the data file; it may not match. Rebuild it.</source>
        <translation>El índice %1 es más antiguo que el archivo de datos; puede que no coincida. Conviene regenerarlo.</translation>
    </message>
    <message>
        <source>The index %1 cannot be read; rebuild it.</source>
        <translation>No se puede leer el índice %1; conviene regenerarlo.</translation>
    </message>
    <message>
        <source>Named as a %1 file, but it is empty.</source>
        <translation>Nombrado como archivo %1, pero está vacío.</translation>
    </message>
    <message>
        <source>Named as a VCF, but after decompression it does not start with a ##fileformat=VCF line; htslib cannot read it.</source>
        <translation>Nombrado como VCF, pero tras descomprimirlo no empieza con una línea ##fileformat=VCF; htslib no puede leerlo.</translation>
    </message>
    <message>
        <source>Named as a VCF, but the first line is not ##fileformat=VCFv4.x; htslib cannot read it. Add the header line or fix the file.</source>
        <translation>Nombrado como VCF, pero la primera línea no es ##fileformat=VCFv4.x; htslib no puede leerlo. Hay que añadir la línea de cabecera o corregir el archivo.</translation>
    </message>
    <message>
        <source>Named as a VCF, but it has Windows (CRLF) line endings; convert them to LF.</source>
        <translation>Nombrado como VCF, pero tiene finales de línea de Windows (CRLF); hay que convertirlos a LF.</translation>
    </message>
    <message>
        <source>Named as a %1 file, but its content is not recognised as one; htslib cannot read it.</source>
        <translation>Nombrado como archivo %1, pero su contenido no se reconoce como tal; htslib no puede leerlo.</translation>
    </message>
</context>
<context>
    <name>FileRangeReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter (%2 bytes) than Steward expected (at least %3 bytes): did it change since it was added?</source>
        <translation>%1 es más corto (%2 bytes) de lo que Steward esperaba (al menos %3 bytes): ¿ha cambiado desde que se añadió?</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent; add it again.</source>
        <translation>%1 se acortó mientras se enviaba; hay que volver a añadirlo.</translation>
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
        <translation>Los filtros usan el lenguaje de expresiones de bcftools, como en bcftools view -i:
  QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot;     INFO/AF&lt;0.01     TYPE=&quot;snp&quot;
  GT=&quot;het&quot;   (también hom, hap, ref, alt, mis)     FMT/DP&gt;=10
  INFO/CLNSIG~&quot;athogenic&quot;     CSQ/IMPACT=&quot;HIGH&quot;     ANN/Gene_Name=&quot;BRCA2&quot;
Comparaciones: = != &lt; &lt;= &gt; &gt;= con números; = != ~ !~ (expresión regular; /i al final ignora mayúsculas y minúsculas) con texto. El texto va entre comillas dobles; &quot;.&quot; es un valor ausente (INFO/DP=&quot;.&quot; conserva los registros sin profundidad).
Un campo con varios valores se cumple si se cumple cualquiera de ellos; lo mismo ocurre con un campo por muestra si se cumple en cualquier muestra.
Pruebas por muestra: FMT/DP&gt;10 &amp; GT=&quot;het&quot; exige una muestra que cumpla ambas; FMT/DP&gt;10 &amp;&amp; GT=&quot;het&quot; permite que cada una se cumpla en una muestra distinta. Lo mismo vale para los subcampos de anotación y los transcritos. | y || conservan los mismos registros.
Se combinan con &amp;&amp; (y), || (o), paréntesis y ! (no) delante de una prueba.</translation>
    </message>
</context>
<context>
    <name>FilterLexer</name>
    <message>
        <source>The text starting at position %1 has no closing %2.</source>
        <translation>El texto que empieza en la posición %1 no tiene %2 de cierre.</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>No VCF header to check the filter against.</source>
        <translation>No hay cabecera VCF con la que comprobar el filtro.</translation>
    </message>
    <message>
        <source>The filter is empty.</source>
        <translation>El filtro está vacío.</translation>
    </message>
    <message>
        <source>Unexpected &apos;)&apos; at position %1: it closes no &apos;(&apos;.</source>
        <translation>«)» inesperado en la posición %1: no cierra ningún «(».</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; at position %2: comparisons cannot be chained; join two comparisons with &amp;&amp; or &amp;.</source>
        <translation>«%1» inesperado en la posición %2: las comparaciones no se pueden encadenar; hay que unir dos comparaciones con &amp;&amp; o &amp;.</translation>
    </message>
    <message>
        <source>Arithmetic (&apos;%1&apos; at position %2) is not supported in filters.</source>
        <translation>La aritmética («%1» en la posición %2) no se admite en los filtros.</translation>
    </message>
    <message>
        <source>Expected &amp;&amp;, ||, &amp; or | before &apos;%1&apos; at position %2.</source>
        <translation>Se esperaba &amp;&amp;, ||, &amp; o | antes de «%1» en la posición %2.</translation>
    </message>
    <message>
        <source>&apos;&amp;&amp;&apos; joins two per-sample tests: each may hold in a different sample. Use &apos;&amp;&apos; to require both in the same sample.</source>
        <translation>«&amp;&amp;» une dos pruebas por muestra: cada una puede cumplirse en una muestra distinta. Con «&amp;» ambas deben cumplirse en la misma muestra.</translation>
    </message>
    <message>
        <source>&apos;&amp;&amp;&apos; joins two tests on annotation sub-fields: each may hold in a different transcript entry. Use &apos;&amp;&apos; to require both in the same entry.</source>
        <translation>«&amp;&amp;» une dos pruebas sobre subcampos de anotación: cada una puede cumplirse en una entrada de transcrito distinta. Con «&amp;» ambas deben cumplirse en la misma entrada.</translation>
    </message>
    <message>
        <source>Empty parentheses at position %1.</source>
        <translation>Paréntesis vacíos en la posición %1.</translation>
    </message>
    <message>
        <source>The &apos;(&apos; at position %1 is not closed: a &apos;)&apos; is missing.</source>
        <translation>El «(» de la posición %1 no está cerrado: falta un «)».</translation>
    </message>
    <message>
        <source>A parenthesised test cannot be compared (&apos;%1&apos; at position %2).</source>
        <translation>Una prueba entre paréntesis no se puede comparar («%1» en la posición %2).</translation>
    </message>
    <message>
        <source>Expected a field or a value at position %1, found &apos;%2&apos;.</source>
        <translation>Se esperaba un campo o un valor en la posición %1; se encontró «%2».</translation>
    </message>
    <message>
        <source>Expected a value after &apos;%1&apos; at position %2.</source>
        <translation>Se esperaba un valor después de «%1» en la posición %2.</translation>
    </message>
    <message>
        <source>Expected a value after &apos;%1&apos; at position %2, found &apos;%3&apos;.</source>
        <translation>Se esperaba un valor después de «%1» en la posición %2; se encontró «%3».</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1=&apos;?</source>
        <translation>¿Debería ser «%1=»?</translation>
    </message>
    <message>
        <source>A tag name is missing after &apos;%1&apos; at position %2.</source>
        <translation>Falta un nombre de etiqueta después de «%1» en la posición %2.</translation>
    </message>
    <message>
        <source>Subscripts such as &apos;%1&apos; (position %2) are not supported: compare the whole field, where any value may match.</source>
        <translation>No se admiten subíndices como «%1» (posición %2): hay que comparar el campo completo, donde cualquier valor puede coincidir.</translation>
    </message>
    <message>
        <source>FORMAT tags have no sub-fields: &apos;%1&apos; at position %2.</source>
        <translation>Las etiquetas FORMAT no tienen subcampos: «%1» en la posición %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is both an INFO and a FORMAT tag: write INFO/%1 or FMT/%1.</source>
        <translation>«%1» en la posición %2 es a la vez una etiqueta INFO y FORMAT: hay que escribir INFO/%1 o FMT/%1.</translation>
    </message>
    <message>
        <source>The header defines no INFO tag &apos;%1&apos; (position %2), only a FORMAT tag: write FMT/%1.</source>
        <translation>La cabecera no define ninguna etiqueta INFO «%1» (posición %2), solo una etiqueta FORMAT: hay que escribir FMT/%1.</translation>
    </message>
    <message>
        <source>The header defines no FORMAT tag &apos;%1&apos; (position %2), only an INFO tag: write INFO/%1.</source>
        <translation>La cabecera no define ninguna etiqueta FORMAT «%1» (posición %2), solo una etiqueta INFO: hay que escribir INFO/%1.</translation>
    </message>
    <message>
        <source>The header defines no INFO tag &apos;%1&apos; (position %2); bcftools would compute it from the genotypes, Steward filters do not.</source>
        <translation>La cabecera no define ninguna etiqueta INFO «%1» (posición %2); bcftools la calcularía a partir de los genotipos, pero los filtros de Steward no.</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos; at position %2: the header defines no such INFO or FORMAT tag. To compare with the text %1, put it in quotes: &quot;%1&quot;.</source>
        <translation>Etiqueta desconocida «%1» en la posición %2: la cabecera no define ninguna etiqueta INFO ni FORMAT con ese nombre. Para comparar con el texto %1, hay que ponerlo entre comillas: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown tag &apos;%1&apos; in &apos;%2&apos; at position %3: the header defines no such INFO tag.</source>
        <translation>Etiqueta desconocida «%1» en «%2» en la posición %3: la cabecera no define ninguna etiqueta INFO con ese nombre.</translation>
    </message>
    <message>
        <source>INFO/%1 has no sub-fields (&apos;%2&apos; at position %3): its header description does not list them as in &quot;Format: Allele|Consequence|...&quot;.</source>
        <translation>INFO/%1 no tiene subcampos («%2» en la posición %3): la descripción de su cabecera no los enumera como en «Format: Allele|Consequence|...».</translation>
    </message>
    <message>
        <source>INFO/%1 has no sub-field &apos;%2&apos; (position %3). Its sub-fields are: %4.</source>
        <translation>INFO/%1 no tiene ningún subcampo «%2» (posición %3). Sus subcampos son: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is a value with no field to compare it with.</source>
        <translation>«%1» en la posición %2 es un valor sin ningún campo con el que compararlo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 needs a comparison, for example %3 (only Flag tags stand alone).</source>
        <translation>«%1» en la posición %2 necesita una comparación, por ejemplo %3 (solo las etiquetas Flag van solas).</translation>
    </message>
    <message>
        <source>&apos;%1 %2 %3&apos; at position %4 compares two constants; one side must be a field such as QUAL or INFO/DP.</source>
        <translation>«%1 %2 %3» en la posición %4 compara dos constantes; un lado debe ser un campo como QUAL o INFO/DP.</translation>
    </message>
    <message>
        <source>The regular expression must follow &apos;%1&apos;: write %2 %1 &quot;...&quot; (position %3).</source>
        <translation>La expresión regular debe ir después de «%1»: hay que escribir %2 %1 &quot;...&quot; (posición %3).</translation>
    </message>
    <message>
        <source>Compare %1 with a quoted value, not with %2 (position %3).</source>
        <translation>Hay que comparar %1 con un valor entre comillas, no con %2 (posición %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches text, but %2 holds numbers (position %3).</source>
        <translation>«%1» compara texto, pero %2 contiene números (posición %3).</translation>
    </message>
    <message>
        <source>%1 is a flag: write %1 alone, !%1, %1=1 or %1=0 (position %2).</source>
        <translation>%1 es de tipo Flag: hay que escribir %1 solo, !%1, %1=1 o %1=0 (posición %2).</translation>
    </message>
    <message>
        <source>%1 holds numbers: compare it with a number without quotes, or with &quot;.&quot; for a missing value (position %2).</source>
        <translation>%1 contiene números: hay que compararlo con un número sin comillas, o con &quot;.&quot; para un valor ausente (posición %2).</translation>
    </message>
    <message>
        <source>Cannot compare the numbers of %1 with the text of %2 (position %3).</source>
        <translation>No se pueden comparar los números de %1 con el texto de %2 (posición %3).</translation>
    </message>
    <message>
        <source>%1 holds text: use =, !=, ~ or !~, not &apos;%2&apos; (position %3).</source>
        <translation>%1 contiene texto: hay que usar =, !=, ~ o !~, no «%2» (posición %3).</translation>
    </message>
    <message>
        <source>Cannot read the regular expression %1 at position %2: %3.</source>
        <translation>No se puede leer la expresión regular %1 en la posición %2: %3.</translation>
    </message>
    <message>
        <source>%1 holds text: put the value in quotes, as in %1=&quot;%2&quot; (position %3).</source>
        <translation>%1 contiene texto: hay que poner el valor entre comillas, como en %1=&quot;%2&quot; (posición %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a quoted regular expression after it, not %2 (position %3).</source>
        <translation>«%1» debe ir seguido de una expresión regular entre comillas, no de %2 (posición %3).</translation>
    </message>
    <message>
        <source>Cannot compare the text of %1 with %2 (position %3).</source>
        <translation>No se puede comparar el texto de %1 con %2 (posición %3).</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2 sample by sample (position %3).</source>
        <translation>No se puede comparar %1 con %2 muestra por muestra (posición %3).</translation>
    </message>
    <message>
        <source>Compare %1 with a quoted value, as in %1=&quot;%2&quot; (position %3).</source>
        <translation>Hay que comparar %1 con un valor entre comillas, como en %1=&quot;%2&quot; (posición %3).</translation>
    </message>
    <message>
        <source>%1 can be tested with =, !=, ~ or !~, not &apos;%2&apos; (position %3).</source>
        <translation>%1 se puede comprobar con =, !=, ~ o !~, no con «%2» (posición %3).</translation>
    </message>
    <message>
        <source>The header defines no filter &quot;%1&quot; (position %2). It defines: %3.</source>
        <translation>La cabecera no define ningún filtro «%1» (posición %2). Define: %3.</translation>
    </message>
    <message>
        <source>FILTER cannot be &quot;.&quot; (no filter) and name filters at once (position %1).</source>
        <translation>FILTER no puede ser &quot;.&quot; (sin filtro) y nombrar filtros a la vez (posición %1).</translation>
    </message>
    <message>
        <source>Unknown variant type &quot;%1&quot; at position %2; TYPE is one of snp, indel, mnp, ref, other, bnd, overlap.</source>
        <translation>Tipo de variante desconocido «%1» en la posición %2; TYPE es uno de snp, indel, mnp, ref, other, bnd, overlap.</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>Error al %1 %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the drive mounted?).</source>
        <translation>La carpeta %1 no existe (¿está montada la unidad?).</translation>
    </message>
    <message>
        <source>Steward cannot write in %1: %2</source>
        <translation>Steward no puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Writable; %1 free.</source>
        <translation>Con permiso de escritura; %1 libres.</translation>
    </message>
    <message>
        <source>Creating the folder</source>
        <translation>crear la carpeta</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <source>Copy to %1 stopped.</source>
        <translation>Copia a %1 detenida.</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent.</source>
        <translation>%1 se acortó mientras se enviaba.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>Flushing</source>
        <translation>volcar a disco</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>cerrar</translation>
    </message>
    <message>
        <source>Renaming into place</source>
        <translation>dar el nombre definitivo a</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>MultiDigest</name>
    <message>
        <source>Cannot compute %1 checksums of %2: OpenSSL does not offer this algorithm.</source>
        <translation>No se pueden calcular las sumas de comprobación %1 de %2: OpenSSL no ofrece este algoritmo.</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the %1 checksum of %2.</source>
        <translation>OpenSSL no pudo calcular la suma de comprobación %1 de %2.</translation>
    </message>
    <message>
        <source>data in memory</source>
        <translation>datos en memoria</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>No se puede leer %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Stopped while reading %1.</source>
        <translation>Se detuvo al leer %1.</translation>
    </message>
</context>
<context>
    <name>PhiDetectors</name>
    <message>
        <source>Pseudonymise</source>
        <translation>Seudonimizar</translation>
    </message>
    <message>
        <source>Remove the name</source>
        <translation>Eliminar el nombre</translation>
    </message>
    <message>
        <source>Remove or pseudonymise the number</source>
        <translation>Eliminar o seudonimizar el número</translation>
    </message>
    <message>
        <source>Replace by year</source>
        <translation>Sustituir por el año</translation>
    </message>
    <message>
        <source>Replace by 90+</source>
        <translation>Sustituir por 90+</translation>
    </message>
    <message>
        <source>Remove the address</source>
        <translation>Eliminar la dirección</translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation>Eliminar el número</translation>
    </message>
    <message>
        <source>Remove the URL</source>
        <translation>Eliminar la URL</translation>
    </message>
    <message>
        <source>Keep the file name only</source>
        <translation>Conservar solo el nombre de archivo</translation>
    </message>
    <message>
        <source>Remove the host name</source>
        <translation>Eliminar el nombre de host</translation>
    </message>
    <message>
        <source>Keep the first three digits</source>
        <translation>Conservar los tres primeros dígitos</translation>
    </message>
    <message>
        <source>Replace read names and drop run identifiers</source>
        <translation>Sustituir los nombres de lectura y quitar los identificadores de ejecución</translation>
    </message>
    <message>
        <source>Drop or rewrite the text</source>
        <translation>Quitar o reescribir el texto</translation>
    </message>
    <message>
        <source>Drop or rewrite the line</source>
        <translation>Quitar o reescribir la línea</translation>
    </message>
</context>
<context>
    <name>PhiFinding</name>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Sample identifier</source>
        <translation>Identificador de muestra</translation>
    </message>
    <message>
        <source>Person name</source>
        <translation>Nombre de persona</translation>
    </message>
    <message>
        <source>Record or account number</source>
        <translation>Número de historia o de cuenta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Age over 89</source>
        <translation>Edad superior a 89</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Path in a user folder</source>
        <translation>Ruta en una carpeta de usuario</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Instrument or flowcell identifier</source>
        <translation>Identificador de instrumento o de flowcell</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Tool provenance</source>
        <translation>Procedencia de herramientas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>PhiScanner</name>
    <message>
        <source>Pseudonymise (looks like a record number or a name)</source>
        <translation>Seudonimizar (parece un número de historia o un nombre)</translation>
    </message>
    <message>
        <source>#CHROM sample column %1</source>
        <translation>columna de muestra %1 de #CHROM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>not a readable file of this format</source>
        <translation>no es un archivo legible de este formato</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled.</source>
        <translation>Se canceló el análisis de %1.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF de %1.</translation>
    </message>
    <message>
        <source>Cannot read the alignment header of %1.</source>
        <translation>No se puede leer la cabecera de alineamientos de %1.</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <source>Reads not scanned: they cannot be decoded</source>
        <translation>Lecturas no analizadas: no se pueden decodificar</translation>
    </message>
    <message>
        <source>Make the reference available and scan again</source>
        <translation>Hay que hacer disponible la referencia y volver a analizar</translation>
    </message>
    <message>
        <source>read name</source>
        <translation>nombre de lectura</translation>
    </message>
    <message>
        <source>%1 tag</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; sidecars that large are not scanned.</source>
        <translation>%1 ocupa más de %2 MB; no se analizan archivos asociados tan grandes.</translation>
    </message>
    <message>
        <source>Cannot read %1: invalid JSON at byte %2 (%3).</source>
        <translation>No se puede leer %1: JSON no válido en el byte %2 (%3).</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuo</translation>
    </message>
    <message>
        <source>father</source>
        <translation>padre</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>madre</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>Cannot read %1: the quoted field opened on line %2 is never closed.</source>
        <translation>No se puede leer %1: el campo entre comillas abierto en la línea %2 nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>PseudonymStore</name>
    <message>
        <source>The pseudonymisation key in %1 is damaged (expected 32 bytes).</source>
        <translation>La clave de seudonimización de %1 está dañada (se esperaban 32 bytes).</translation>
    </message>
    <message>
        <source>Cannot read the pseudonymisation key from %1: %2</source>
        <translation>No se puede leer la clave de seudonimización de %1: %2</translation>
    </message>
    <message>
        <source>Cannot store a new pseudonymisation key in %1: %2</source>
        <translation>No se puede guardar una nueva clave de seudonimización en %1: %2</translation>
    </message>
    <message>
        <source>Pseudonym collision: %1 and %2 would both become %3. Lengthen the profile&apos;s pseudonyms (samples.length) and run again.</source>
        <translation>Colisión de seudónimos: %1 y %2 pasarían a ser %3. Hay que alargar los seudónimos del perfil (samples.length) y volver a ejecutarlo.</translation>
    </message>
    <message>
        <source>Pseudonym collision: %1 would become %2, which already stands for another %3 on this workstation. Lengthen the profile&apos;s pseudonyms (samples.length) and run again.</source>
        <translation>Colisión de seudónimos: %1 pasaría a ser %2, que ya representa otro identificador (%3) en esta estación de trabajo. Hay que alargar los seudónimos del perfil (samples.length) y volver a ejecutarlo.</translation>
    </message>
    <message>
        <source>Encrypting the pseudonym mapping failed (OpenSSL).</source>
        <translation>No se pudo cifrar la correspondencia de seudónimos (OpenSSL).</translation>
    </message>
    <message>
        <source>The mapping of %1 does not decrypt with this workstation&apos;s key: the catalog was made with another key or was changed.</source>
        <translation>La correspondencia de %1 no se descifra con la clave de esta estación de trabajo: el catálogo se creó con otra clave o se modificó.</translation>
    </message>
    <message>
        <source>The export passphrase must have at least 8 characters.</source>
        <translation>La frase de contraseña de exportación debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Steward pseudonym export.</source>
        <translation>%1 no es una exportación de seudónimos de Steward.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoteResult</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent: it was changed on disk. Check the file and send it again.</source>
        <translation>%1 se acortó mientras se enviaba: se modificó en el disco. Hay que comprobar el archivo y enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Steward retries when the network is back.</source>
        <translation>Error en %1: no se puede acceder al servidor (%2). Steward lo reintentará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>Se detuvo %1.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s identity could not be verified (%2). Check the host key or certificate before trusting it.</source>
        <translation>Error en %1: no se pudo verificar la identidad del servidor (%2). Hay que comprobar la clave del host o el certificado antes de confiar en él.</translation>
    </message>
</context>
<context>
    <name>RepositoryStore</name>
    <message>
        <source>A repository needs a name.</source>
        <translation>Un repositorio necesita un nombre.</translation>
    </message>
    <message>
        <source>Local outbox</source>
        <translation>Bandeja de salida local</translation>
    </message>
    <message>
        <source>Cannot read the repositories: %1</source>
        <translation>No se pueden leer los repositorios: %1</translation>
    </message>
    <message>
        <source>Cannot create the local outbox folder %1.</source>
        <translation>No se puede crear la carpeta de la bandeja de salida local %1.</translation>
    </message>
    <message>
        <source>Repository %1: %2 holds no PEM certificate (give the certificate authority&apos;s certificate, -----BEGIN CERTIFICATE-----)</source>
        <translation>Repositorio %1: %2 no contiene ningún certificado PEM (indique el certificado de la autoridad de certificación, -----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Files changed after the decision: %1.</source>
        <translation>Archivos modificados después de la decisión: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent changed after the decision for: %1.</source>
        <translation>Consentimiento modificado después de la decisión para: %1.</translation>
    </message>
    <message>
        <source>The destination&apos;s declared data use changed after the decision.</source>
        <translation>El uso de datos declarado del destino cambió después de la decisión.</translation>
    </message>
    <message>
        <source>What the decision rested on changed.</source>
        <translation>Cambió aquello en lo que se basaba la decisión.</translation>
    </message>
    <message>
        <source>The destination of this review no longer exists.</source>
        <translation>El destino de esta revisión ya no existe.</translation>
    </message>
    <message>
        <source>The declared data use of %1 cannot be read: %2</source>
        <translation>No se puede leer el uso de datos declarado de %1: %2</translation>
    </message>
    <message>
        <source>No review item %1.</source>
        <translation>No existe el elemento de revisión %1.</translation>
    </message>
    <message>
        <source>%1 is not possible for %2 at %3: the review is %4.</source>
        <translation>«%1» no es posible para %2 en %3: la revisión está en estado «%4».</translation>
    </message>
    <message>
        <source>%1 needs a comment saying why.</source>
        <translation>«%1» necesita un comentario que explique el motivo.</translation>
    </message>
    <message>
        <source>Approval refused: the consent matcher denies %1 for %2 (%3). %4</source>
        <translation>Aprobación rechazada: el cotejo de consentimientos deniega %1 para %2 (%3). %4</translation>
    </message>
    <message>
        <source>The consent match needs review: approving %1 for %2 needs a comment that records why the use is allowed.</source>
        <translation>El cotejo de consentimientos requiere revisión: para aprobar %1 para %2 hace falta un comentario que deje constancia de por qué el uso está permitido.</translation>
    </message>
    <message>
        <source>Approval refused for %1 at %2: %3</source>
        <translation>Aprobación rechazada para %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>RiskReport</name>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a generalisation Steward knows: use %2:band or %2:bandN (ages in bands of N years), %2:N (keep N leading characters, for ZIP codes) or %2:year (dates).</source>
        <translation>«%1» no es una generalización que Steward conozca: hay que usar %2:band o %2:bandN (edades en tramos de N años), %2:N (conservar los N primeros caracteres, para códigos postales) o %2:year (fechas).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the number must be 1 or more.</source>
        <translation>«%1»: el número debe ser 1 o más.</translation>
    </message>
    <message>
        <source>%1 is not a table the risk report reads (.csv, .tsv or .ped).</source>
        <translation>%1 no es una tabla que lea el informe de riesgo (.csv, .tsv o .ped).</translation>
    </message>
    <message>
        <source>k must be 1 or more (it is %1).</source>
        <translation>k debe ser 1 o más (es %1).</translation>
    </message>
    <message>
        <source>Name at least one quasi-identifier column of %1.</source>
        <translation>Hay que indicar al menos una columna cuasiidentificadora de %1.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;; its columns are: %3.</source>
        <translation>%1 no tiene ninguna columna «%2»; sus columnas son: %3.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the sensitive attribute); its columns are: %3.</source>
        <translation>%1 no tiene ninguna columna «%2» (el atributo sensible); sus columnas son: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both a quasi-identifier and the sensitive attribute.</source>
        <translation>«%1» no puede ser a la vez cuasiidentificador y atributo sensible.</translation>
    </message>
</context>
<context>
    <name>RoCrate</name>
    <message numerus="yes">
        <source>Crypt4GH-encrypted for %n recipient(s).</source>
        <translation>
            <numerusform>Cifrado con Crypt4GH para %n destinatario.</numerusform>
            <numerusform>Cifrado con Crypt4GH para %n destinatarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), de-identified with profile %1.</source>
        <translation>
            <numerusform>%n muestra, desidentificada con el perfil %1.</numerusform>
            <numerusform>%n muestras, desidentificadas con el perfil %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification profile %1</source>
        <translation>Perfil de desidentificación %1</translation>
    </message>
    <message>
        <source>Original file (not shared)</source>
        <translation>Archivo original (no compartido)</translation>
    </message>
    <message>
        <source>De-identification of %1 with profile %2</source>
        <translation>Desidentificación de %1 con el perfil %2</translation>
    </message>
    <message>
        <source>Consent review of %1 approved for %2</source>
        <translation>Revisión del consentimiento de %1 aprobada para %2</translation>
    </message>
    <message>
        <source>De-identification of %1 approved for %2</source>
        <translation>Desidentificación de %1 aprobada para %2</translation>
    </message>
    <message>
        <source>Bundle %1 for %2, assembled by Steward.</source>
        <translation>Paquete %1 para %2, preparado por Steward.</translation>
    </message>
    <message>
        <source>Use only as the GA4GH DUO terms of the participants&apos; consent allow: %1. Declared use of the destination %2: %3.</source>
        <translation>Uso solo según lo permitan los términos DUO de GA4GH del consentimiento de los participantes: %1. Uso declarado del destino %2: %3.</translation>
    </message>
    <message>
        <source>Controlled access: only under the recipient&apos;s data access agreement and the conditions of use stated here</source>
        <translation>Acceso controlado: solo conforme al acuerdo de acceso a datos del destinatario y a las condiciones de uso aquí indicadas</translation>
    </message>
</context>
<context>
    <name>S3Backend</name>
    <message>
        <source>No secret key is stored for %1; add it (steward repo add ... --secret-stdin).</source>
        <translation>No hay ninguna clave secreta guardada para %1; hay que añadirla (steward repo add ... --secret-stdin).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes away from the server&apos;s (%2 UTC); S3 refuses signatures beyond 15 minutes. Correct the clock.</source>
        <translation>El reloj de este equipo difiere en %1 minutos del reloj del servidor (%2 UTC); S3 rechaza las firmas con más de 15 minutos de diferencia. Hay que corregir el reloj.</translation>
    </message>
    <message numerus="yes">
        <source>Clock within %n second(s) of the server&apos;s.</source>
        <translation>
            <numerusform>Reloj sincronizado con el del servidor con un margen de %n segundo.</numerusform>
            <numerusform>Reloj sincronizado con el del servidor con un margen de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in; the bucket %1 is writable.</source>
        <translation>Sesión iniciada; el bucket %1 tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>Upload of %1 stopped.</source>
        <translation>Se detuvo la subida de %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 parts are recorded; sending the rest.</source>
        <translation>%1: hay %2 de %3 partes registradas; se envía el resto.</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>the metadata name &quot;%1&quot; may only hold letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>el nombre de metadatos «%1» solo puede contener letras, dígitos, «-» y «_»</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>la comprobación de %1</translation>
    </message>
    <message>
        <source>Reading the clock of %1</source>
        <translation>la lectura del reloj de %1</translation>
    </message>
    <message>
        <source>the server sent no valid Date header</source>
        <translation>el servidor no envió una cabecera Date válida</translation>
    </message>
    <message>
        <source>Starting the upload of %1</source>
        <translation>el inicio de la subida de %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no upload ID</source>
        <translation>la respuesta del servidor no contiene ningún ID de subida</translation>
    </message>
    <message>
        <source>Uploading part %1 of %2</source>
        <translation>la subida de la parte %1 de %2</translation>
    </message>
    <message>
        <source>part numbers run from 1 to %1</source>
        <translation>los números de parte van de 1 a %1</translation>
    </message>
    <message>
        <source>a part holds 0 to 5 GiB</source>
        <translation>una parte contiene de 0 a 5 GiB</translation>
    </message>
    <message>
        <source>the part&apos;s SHA-256 and MD5 digests are missing</source>
        <translation>faltan los resúmenes SHA-256 y MD5 de la parte</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 no es un archivo legible</translation>
    </message>
    <message>
        <source>%1 is shorter than expected: it was changed on disk. Check the file and send it again.</source>
        <translation>%1 es más corto de lo esperado: se modificó en el disco. Hay que comprobar el archivo y enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no ETag for the part</source>
        <translation>la respuesta del servidor no contiene ningún ETag para la parte</translation>
    </message>
    <message>
        <source>Listing the uploaded parts of %1</source>
        <translation>el listado de las partes subidas de %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a part list</source>
        <translation>la respuesta del servidor no es una lista de partes</translation>
    </message>
    <message>
        <source>the server&apos;s part list does not advance</source>
        <translation>la lista de partes del servidor no avanza</translation>
    </message>
    <message>
        <source>Completing the upload of %1</source>
        <translation>la finalización de la subida de %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer does not confirm the upload</source>
        <translation>la respuesta del servidor no confirma la subida</translation>
    </message>
    <message>
        <source>Abandoning the unfinished upload of %1</source>
        <translation>el abandono de la subida inacabada de %1</translation>
    </message>
    <message>
        <source>Listing the unfinished uploads in %1</source>
        <translation>el listado de las subidas inacabadas de %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a list of uploads</source>
        <translation>la respuesta del servidor no es una lista de subidas</translation>
    </message>
    <message>
        <source>the server&apos;s list of uploads does not advance</source>
        <translation>la lista de subidas del servidor no avanza</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>la subida de %1</translation>
    </message>
    <message>
        <source>a single upload holds at most 5 GiB: use a multipart upload</source>
        <translation>una subida única admite como máximo 5 GiB: hay que usar una subida multiparte</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 and MD5 digests are missing</source>
        <translation>faltan los resúmenes SHA-256 y MD5 del archivo</translation>
    </message>
    <message>
        <source>Reading the details of %1</source>
        <translation>la lectura de los detalles de %1</translation>
    </message>
    <message>
        <source>the server sent no object size</source>
        <translation>el servidor no envió el tamaño del objeto</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
    <message>
        <source>reads in memory hold at most 64 MiB: read into a file</source>
        <translation>las lecturas en memoria admiten como máximo 64 MiB: hay que leer a un archivo</translation>
    </message>
    <message>
        <source>the object is larger than 64 MiB: read it into a file</source>
        <translation>el objeto ocupa más de 64 MiB: hay que leerlo a un archivo</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>la descarga de %1 a %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>la eliminación de %1</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>el listado de %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a listing</source>
        <translation>la respuesta del servidor no es un listado</translation>
    </message>
    <message>
        <source>the server&apos;s listing does not advance</source>
        <translation>el listado del servidor no avanza</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Checksumming %1 was stopped.</source>
        <translation>Se detuvo el cálculo de la suma de comprobación de %1.</translation>
    </message>
    <message>
        <source>%1 ends before byte %2: it was changed on disk. Check the file and add it again.</source>
        <translation>%1 termina antes del byte %2: se modificó en el disco. Hay que comprobar el archivo y volver a añadirlo.</translation>
    </message>
    <message>
        <source>Cannot checksum %1: OpenSSL failed.</source>
        <translation>No se puede calcular la suma de comprobación de %1: OpenSSL ha fallado.</translation>
    </message>
</context>
<context>
    <name>S3Response</name>
    <message>
        <source>bucket %1 on %2</source>
        <translation>bucket %1 de %2</translation>
    </message>
    <message>
        <source>%1 in bucket %2 on %3</source>
        <translation>%1 en el bucket %2 de %3</translation>
    </message>
    <message>
        <source>%1 failed: the S3 secret key or access key for %2 is wrong (the server could not verify the request&apos;s signature, %3). Check both keys in the repository settings, then resume.</source>
        <translation>Error en %1: la clave secreta o la clave de acceso de S3 para %2 es incorrecta (el servidor no pudo verificar la firma de la solicitud, %3). Hay que comprobar ambas claves en la configuración del repositorio y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: the S3 secret key or access key for %2 is wrong (the access key %3 is not known there). Check both keys in the repository settings, then resume.</source>
        <translation>Error en %1: la clave secreta o la clave de acceso de S3 para %2 es incorrecta (allí no se conoce la clave de acceso %3). Hay que comprobar ambas claves en la configuración del repositorio y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: this computer&apos;s clock is off. The server %2 says it is %3, this computer says %4; S3 allows a difference of 15 minutes. Correct the system clock (or turn on network time), then resume.</source>
        <translation>Error en %1: el reloj de este equipo no está en hora. El servidor %2 indica %3 y este equipo, %4; S3 admite una diferencia de 15 minutos. Hay que corregir el reloj del sistema (o activar la hora de red) y después reanudar.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused the signature&apos;s region &quot;%3&quot; (%4). Check the region in the repository settings.</source>
        <translation>Error en %1: %2 rechazó la región «%3» de la firma (%4). Hay que comprobar la región en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>%1 failed: the credentials for %2 have expired (%3). Enter new keys in the repository settings, then resume.</source>
        <translation>Error en %1: las credenciales de %2 han caducado (%3). Hay que introducir claves nuevas en la configuración del repositorio y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: the S3 key %2 is not allowed to do this in bucket %3 on %4 (%5). Ask the repository&apos;s administrator for access, then resume.</source>
        <translation>Error en %1: la clave S3 %2 no tiene permiso para hacer esto en el bucket %3 de %4 (%5). Hay que pedir acceso al administrador del repositorio y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: bucket %2 does not exist on %3. Check the bucket name in the repository settings.</source>
        <translation>Error en %1: el bucket %2 no existe en %3. Hay que comprobar el nombre del bucket en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>%1 failed: the multipart upload of %2 no longer exists on the server (it was completed, aborted or has expired). Upload the file again.</source>
        <translation>Error en %1: la subida multiparte de %2 ya no existe en el servidor (se completó, se canceló o caducó). Hay que volver a subir el archivo.</translation>
    </message>
    <message>
        <source>%1 failed: %2 does not exist.</source>
        <translation>Error en %1: %2 no existe.</translation>
    </message>
    <message>
        <source>%1 failed: bucket %2 on %3 is over its quota or the server is full (%4). Free space or ask for a larger quota, then resume.</source>
        <translation>Error en %1: el bucket %2 de %3 ha superado su cuota o el servidor está lleno (%4). Hay que liberar espacio o pedir una cuota mayor y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: a part other than the last is smaller than the server&apos;s minimum part size (5 MiB) (%2). Use parts of at least 5 MiB.</source>
        <translation>Error en %1: una parte que no es la última es menor que el tamaño mínimo de parte del servidor (5 MiB) (%2). Hay que usar partes de al menos 5 MiB.</translation>
    </message>
    <message>
        <source>%1 failed: the data is larger than the server accepts in one request (%2). Use smaller parts.</source>
        <translation>Error en %1: los datos superan lo que el servidor acepta en una sola solicitud (%2). Hay que usar partes más pequeñas.</translation>
    </message>
    <message>
        <source>%1 failed: a listed part is missing on the server or its ETag differs (%2). Compare the parts with the server&apos;s list and upload the missing ones again.</source>
        <translation>Error en %1: falta en el servidor una parte de la lista o su ETag es distinto (%2). Hay que comparar las partes con la lista del servidor y volver a subir las que falten.</translation>
    </message>
    <message>
        <source>%1 failed: the part list is not in ascending order (%2).</source>
        <translation>Error en %1: la lista de partes no está en orden ascendente (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the data did not match its MD5 checksum, so the server rejected it (%2). The file may have changed while it was read: check it, then send it again.</source>
        <translation>Error en %1: los datos no coincidían con su suma de comprobación MD5, así que el servidor los rechazó (%2). Puede que el archivo cambiara mientras se leía: hay que comprobarlo y después enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 failed: the data did not match its SHA-256 checksum, so the server rejected it (%2). The file may have changed while it was read: check it, then send it again.</source>
        <translation>Error en %1: los datos no coincidían con su suma de comprobación SHA-256, así que el servidor los rechazó (%2). Puede que el archivo cambiara mientras se leía: hay que comprobarlo y después enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 failed for now: %2 answered %3. Steward will try again.</source>
        <translation>Error temporal en %1: %2 respondió %3. Steward lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused the S3 keys (%3). Check both keys in the repository settings, then resume.</source>
        <translation>Error en %1: %2 rechazó las claves S3 (%3). Hay que comprobar ambas claves en la configuración del repositorio y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: %2 refused access (%3). Check the S3 keys and their permissions on bucket %4.</source>
        <translation>Error en %1: %2 denegó el acceso (%3). Hay que comprobar las claves S3 y sus permisos sobre el bucket %4.</translation>
    </message>
    <message>
        <source>%1 failed: %2 does not exist (%3).</source>
        <translation>Error en %1: %2 no existe (%3).</translation>
    </message>
    <message>
        <source>%1 failed: %2 answered %3.</source>
        <translation>Error en %1: %2 respondió %3.</translation>
    </message>
</context>
<context>
    <name>SamRecordCheck</name>
    <message>
        <source>The optional field &apos;%1&apos; is not TAG:TYPE:VALUE with a two-character tag and a type of A, i, f, Z, H or B.</source>
        <translation>El campo opcional «%1» no tiene la forma TAG:TYPE:VALUE con una etiqueta de dos caracteres y un tipo A, i, f, Z, H o B.</translation>
    </message>
    <message>
        <source>The value of the optional field &apos;%1&apos; does not fit its type %2.</source>
        <translation>El valor del campo opcional «%1» no corresponde a su tipo %2.</translation>
    </message>
    <message>
        <source>The line is empty; SAM has no blank lines.</source>
        <translation>La línea está vacía; SAM no admite líneas en blanco.</translation>
    </message>
    <message>
        <source>Its fields are separated by spaces; SAM needs tabs.</source>
        <translation>Sus campos están separados por espacios; SAM requiere tabuladores.</translation>
    </message>
    <message>
        <source>It has %1 tab-separated fields; a SAM record needs 11 (QNAME, FLAG, RNAME, POS, MAPQ, CIGAR, RNEXT, PNEXT, TLEN, SEQ, QUAL).</source>
        <translation>Tiene %1 campos separados por tabuladores; un registro SAM necesita 11 (QNAME, FLAG, RNAME, POS, MAPQ, CIGAR, RNEXT, PNEXT, TLEN, SEQ, QUAL).</translation>
    </message>
    <message>
        <source>QNAME &apos;%1&apos; is not a read name (1 to 254 printable characters, no spaces).</source>
        <translation>QNAME «%1» no es un nombre de lectura válido (de 1 a 254 caracteres imprimibles, sin espacios).</translation>
    </message>
    <message>
        <source>FLAG &apos;%1&apos; is not a whole number from 0 to 65535.</source>
        <translation>FLAG «%1» no es un número entero entre 0 y 65535.</translation>
    </message>
    <message>
        <source>RNAME &apos;%1&apos; is not a reference sequence declared by an @SQ header line.</source>
        <translation>RNAME «%1» no es una secuencia de referencia declarada en una línea de cabecera @SQ.</translation>
    </message>
    <message>
        <source>POS &apos;%1&apos; is not a whole number from 0 to 2147483647.</source>
        <translation>POS «%1» no es un número entero entre 0 y 2147483647.</translation>
    </message>
    <message>
        <source>MAPQ &apos;%1&apos; is not a whole number from 0 to 255.</source>
        <translation>MAPQ «%1» no es un número entero entre 0 y 255.</translation>
    </message>
    <message>
        <source>CIGAR &apos;%1&apos; is not a list of lengths and operations (M, I, D, N, S, H, P, =, X).</source>
        <translation>CIGAR «%1» no es una lista de longitudes y operaciones (M, I, D, N, S, H, P, =, X).</translation>
    </message>
    <message>
        <source>RNEXT &apos;%1&apos; is not &apos;*&apos;, &apos;=&apos; or a reference sequence declared by an @SQ header line.</source>
        <translation>RNEXT «%1» no es «*», «=» ni una secuencia de referencia declarada en una línea de cabecera @SQ.</translation>
    </message>
    <message>
        <source>PNEXT &apos;%1&apos; is not a whole number from 0 to 2147483647.</source>
        <translation>PNEXT «%1» no es un número entero entre 0 y 2147483647.</translation>
    </message>
    <message>
        <source>TLEN &apos;%1&apos; is not a whole number from -2147483647 to 2147483647.</source>
        <translation>TLEN «%1» no es un número entero entre -2147483647 y 2147483647.</translation>
    </message>
    <message>
        <source>SEQ &apos;%1&apos; holds characters other than letters, &apos;=&apos; and &apos;.&apos;.</source>
        <translation>SEQ «%1» contiene caracteres distintos de letras, «=» y «.».</translation>
    </message>
    <message>
        <source>The CIGAR %1 implies %2 bases but SEQ has %3.</source>
        <translation>El CIGAR %1 implica %2 bases, pero SEQ tiene %3.</translation>
    </message>
    <message>
        <source>QUAL holds characters outside &apos;!&apos; to &apos;~&apos;.</source>
        <translation>QUAL contiene caracteres fuera del rango de «!» a «~».</translation>
    </message>
    <message>
        <source>QUAL has %1 characters but SEQ has %2; they must be as long.</source>
        <translation>QUAL tiene %1 caracteres, pero SEQ tiene %2; deben tener la misma longitud.</translation>
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
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>not an encrypted Steward file (unknown key derivation or cipher)</source>
        <translation>no es un archivo cifrado de Steward (derivación de clave o cifrado desconocidos)</translation>
    </message>
    <message>
        <source>the passphrase does not unlock it (or the file was changed)</source>
        <translation>la frase de contraseña no lo desbloquea (o el archivo se modificó)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>No keychain service is running, so secrets are kept in %1, encrypted with a passphrase: set STEWARD_SECRETS_PASSPHRASE or enter it when asked.</source>
        <translation>No hay ningún servicio de llavero en ejecución, así que los secretos se guardan en %1, cifrados con una frase de contraseña: hay que definir STEWARD_SECRETS_PASSPHRASE o introducirla cuando se pida.</translation>
    </message>
    <message>
        <source>No secrets are stored in %1 yet.</source>
        <translation>Aún no hay secretos guardados en %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The passphrase does not unlock %1 (or the file was changed).</source>
        <translation>La frase de contraseña no desbloquea %1 (o el archivo se modificó).</translation>
    </message>
    <message>
        <source>Encrypting the secrets failed (OpenSSL).</source>
        <translation>No se pudieron cifrar los secretos (OpenSSL).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>No hay ningún secreto guardado para %1.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SftpBackend</name>
    <message>
        <source>Signed in with a verified host key; writable; %1 free.</source>
        <translation>Sesión iniciada con una clave de host verificada; con permiso de escritura; %1 libres.</translation>
    </message>
    <message>
        <source>Signed in with a verified host key; writable.</source>
        <translation>Sesión iniciada con una clave de host verificada; con permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>No se puede escribir un archivo temporal en %1.</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL no pudo calcular un SHA-256.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 cannot be reached (%3). Steward retries when the network is back.</source>
        <translation>Error en %1: no se puede acceder al servidor SFTP %2 (%3). Steward lo reintentará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>%1: the connection to the SFTP server at %2 failed (%3). Steward retries.</source>
        <translation>Error en %1: falló la conexión con el servidor SFTP %2 (%3). Steward lo reintentará.</translation>
    </message>
    <message>
        <source>The remote path %1 is not allowed: it contains &quot;..&quot; or a control character.</source>
        <translation>La ruta remota %1 no está permitida: contiene «..» o un carácter de control.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>Se detuvo %1.</translation>
    </message>
    <message>
        <source>Steward does not know which host key to expect from the SFTP server at %1, so it does not connect. Fetch the server&apos;s fingerprint in the repository settings, compare it with the one the server&apos;s administrator published and accept it.</source>
        <translation>Steward no sabe qué clave de host esperar del servidor SFTP %1, así que no se conecta. Hay que obtener la huella del servidor en la configuración del repositorio, compararla con la que publicó el administrador del servidor y aceptarla.</translation>
    </message>
    <message>
        <source>The host key fingerprint configured for the SFTP server at %1 (%2) is not a SHA-256 fingerprint as OpenSSH prints it (SHA256:...). Fetch the server&apos;s fingerprint again in the repository settings.</source>
        <translation>La huella de la clave de host configurada para el servidor SFTP %1 (%2) no es una huella SHA-256 como la que muestra OpenSSH (SHA256:...). Hay que volver a obtener la huella del servidor en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>No private key or password is set for user %1 on the SFTP server at %2: add one in the repository settings.</source>
        <translation>No hay ninguna clave privada ni contraseña configurada para el usuario %1 en el servidor SFTP %2: hay que añadir una en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>The private key file %1 for the SFTP server at %2 cannot be read: check the path in the repository settings.</source>
        <translation>No se puede leer el archivo de clave privada %1 para el servidor SFTP %2: hay que comprobar la ruta en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 refused the login for user %2 (%3). Check the user name, the private key and its passphrase, or the password in the repository settings.</source>
        <translation>El servidor SFTP %1 rechazó el inicio de sesión del usuario %2 (%3). Hay que comprobar el nombre de usuario, la clave privada y su frase de contraseña, o la contraseña, en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 presented the host key %2 (%3), but the repository settings expect %4. The server&apos;s key has changed or someone is intercepting the connection: Steward sent nothing. Confirm the new fingerprint with the server&apos;s administrator before accepting it.</source>
        <translation>El servidor SFTP %1 presentó la clave de host %2 (%3), pero la configuración del repositorio espera %4. La clave del servidor ha cambiado o alguien está interceptando la conexión: Steward no envió nada. Hay que confirmar la nueva huella con el administrador del servidor antes de aceptarla.</translation>
    </message>
    <message>
        <source>The SFTP server at %1 did not present the expected host key %2 (%3). Steward sent nothing. Confirm the server&apos;s fingerprint with its administrator before accepting a new one.</source>
        <translation>El servidor SFTP %1 no presentó la clave de host esperada %2 (%3). Steward no envió nada. Hay que confirmar la huella del servidor con su administrador antes de aceptar una nueva.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 denied user %3 access (%4). Check the remote folder in the repository settings or ask the server&apos;s administrator for write access.</source>
        <translation>Error en %1: el servidor SFTP %2 denegó el acceso al usuario %3 (%4). Hay que comprobar la carpeta remota en la configuración del repositorio o pedir acceso de escritura al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1: %2 or its folder does not exist (%3). Check the remote folder in the repository settings.</source>
        <translation>Error en %1: %2 o su carpeta no existe (%3). Hay que comprobar la carpeta remota en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 has no space left or the quota of user %3 is used up (%4). Free space or ask for a larger quota, then resume.</source>
        <translation>Error en %1: el servidor SFTP %2 no tiene espacio libre o se ha agotado la cuota del usuario %3 (%4). Hay que liberar espacio o pedir una cuota mayor y después reanudar.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>Error en %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>Error en %1: memoria agotada.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>la comprobación de %1</translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>la subida de %1 a %2</translation>
    </message>
    <message>
        <source>%1: offset %2 can only be used when appending.</source>
        <translation>Error en %1: el desplazamiento %2 solo se puede usar al añadir al final.</translation>
    </message>
    <message>
        <source>%1: the remote file already holds %2 bytes, more than the %3 of the local file. Steward uploads the file again from the start.</source>
        <translation>Durante %1: el archivo remoto ya contiene %2 bytes, más que los %3 del archivo local. Steward vuelve a subir el archivo desde el principio.</translation>
    </message>
    <message>
        <source>%1: the remote file holds %2 bytes, not the %3 this upload resumes from. Steward uploads the file again from the start.</source>
        <translation>Durante %1: el archivo remoto contiene %2 bytes, no los %3 desde los que se reanuda esta subida. Steward vuelve a subir el archivo desde el principio.</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>el cambio de nombre de %1 a %2</translation>
    </message>
    <message>
        <source>%1: %2 does not exist any more.</source>
        <translation>Error en %1: %2 ya no existe.</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>la creación de la carpeta %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>la eliminación de %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes from offset %3 cannot be read into memory.</source>
        <translation>Error en %1: no se pueden leer en memoria %2 bytes desde el desplazamiento %3.</translation>
    </message>
    <message>
        <source>%1: the file does not exist. Check the remote folder in the repository settings.</source>
        <translation>Error en %1: el archivo no existe. Hay que comprobar la carpeta remota en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MiB Steward reads into memory.</source>
        <translation>Error en %1: el archivo supera los %2 MiB que Steward lee en memoria.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>la descarga de %1 a %2</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>el listado de %1</translation>
    </message>
    <message>
        <source>%1: the folder holds too many entries to list.</source>
        <translation>Error en %1: la carpeta contiene demasiadas entradas para listarlas.</translation>
    </message>
    <message>
        <source>Reading back the first %1 bytes of %2</source>
        <translation>la relectura de los primeros %1 bytes de %2</translation>
    </message>
    <message>
        <source>%1: the length is negative.</source>
        <translation>Error en %1: la longitud es negativa.</translation>
    </message>
    <message>
        <source>%1: the remote file holds only %2 bytes. Steward uploads the file again from the start.</source>
        <translation>Durante %1: el archivo remoto solo contiene %2 bytes. Steward vuelve a subir el archivo desde el principio.</translation>
    </message>
    <message>
        <source>%1: the remote file holds %2 bytes after the upload instead of %3: something else wrote to it. Steward uploads the file again from the start.</source>
        <translation>Durante %1: el archivo remoto contiene %2 bytes después de la subida en lugar de %3: algo más escribió en él. Steward vuelve a subir el archivo desde el principio.</translation>
    </message>
    <message>
        <source>%1: the SFTP server at %2 has no space left (%3 bytes free). Free space or ask for more, then resume.</source>
        <translation>Error en %1: el servidor SFTP %2 no tiene espacio libre (%3 bytes libres). Hay que liberar espacio o pedir más y después reanudar.</translation>
    </message>
    <message>
        <source>Checking the free space in %1</source>
        <translation>la comprobación del espacio libre en %1</translation>
    </message>
</context>
<context>
    <name>SidecarDeidentifier</name>
    <message>
        <source>it is JSON but not a GA4GH Phenopacket, Family or Cohort, so Steward cannot tell which of its fields identify people; leave it out or convert it</source>
        <translation>es JSON, pero no es un Phenopacket, Family ni Cohort de GA4GH, así que Steward no puede saber qué campos identifican a personas; hay que dejarlo fuera o convertirlo</translation>
    </message>
    <message>
        <source>the phenopacket&apos;s subject %1 withdrew or is excluded from this destination; leave the file out rather than de-identify it</source>
        <translation>el sujeto %1 del phenopacket se retiró o está excluido de este destino; hay que dejar fuera el archivo en lugar de desidentificarlo</translation>
    </message>
    <message>
        <source>the family&apos;s proband %1 withdrew or is excluded from this destination; leave the file out rather than de-identify it</source>
        <translation>el probando %1 de la familia se retiró o está excluido de este destino; hay que dejar fuera el archivo en lugar de desidentificarlo</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3.</source>
        <translation>%1:%2: JSON no válido: %3.</translation>
    </message>
    <message>
        <source>%1 is a JSON array, not a Phenopacket (a JSON object).</source>
        <translation>%1 es un array JSON, no un Phenopacket (un objeto JSON).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a phenopacket that large is not read.</source>
        <translation>%1 ocupa más de %2 MB; no se lee un phenopacket tan grande.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>No se puede volver a leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 does not hold what was written (%2 of %3 bytes); the disk may be full or failing.</source>
        <translation>%1 no contiene lo que se escribió (%2 de %3 bytes); puede que el disco esté lleno o averiado.</translation>
    </message>
    <message>
        <source>%1 lacks columns it should have kept (%2).</source>
        <translation>A %1 le faltan columnas que debería haber conservado (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>No output file was given for %1.</source>
        <translation>No se indicó ningún archivo de salida para %1.</translation>
    </message>
    <message>
        <source>The output %1 is the input itself; originals are never overwritten. Choose another output file.</source>
        <translation>La salida %1 es la propia entrada; los originales nunca se sobrescriben. Hay que elegir otro archivo de salida.</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist.</source>
        <translation>La carpeta %1 para %2 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so %2 cannot be written there.</source>
        <translation>La carpeta %1 no admite escritura, así que no se puede escribir %2 en ella.</translation>
    </message>
    <message>
        <source>No pseudonymiser was given for %1.</source>
        <translation>No se indicó ningún seudonimizador para %1.</translation>
    </message>
    <message>
        <source>%1 is not a clinical sidecar Steward can de-identify (Phenopacket .json, .ped, .csv or .tsv).</source>
        <translation>%1 no es un archivo clínico asociado que Steward pueda desidentificar (Phenopacket .json, .ped, .csv o .tsv).</translation>
    </message>
    <message>
        <source>De-identification of %1 was cancelled.</source>
        <translation>Se canceló la desidentificación de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed validation: %2 records where %3 were expected, and the content the profile leaves alone %4. Nothing was written.</source>
        <translation>%1 no superó la validación: %2 registros cuando se esperaban %3, y el contenido que el perfil no toca %4. No se escribió nada.</translation>
    </message>
    <message>
        <source>is unchanged</source>
        <translation>no ha cambiado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ha cambiado</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>No se puede renombrar %1 como %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n individual or sample identifier(s) by pseudonyms.</source>
        <translation>
            <numerusform>Se sustituyó %n identificador de individuo o de muestra por seudónimos.</numerusform>
            <numerusform>Se sustituyeron %n identificadores de individuo o de muestra por seudónimos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n family identifier(s) by pseudonyms.</source>
        <translation>
            <numerusform>Se sustituyó %n identificador de familia por seudónimos.</numerusform>
            <numerusform>Se sustituyeron %n identificadores de familia por seudónimos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrote %n document identifier(s) that could name a person.</source>
        <translation>
            <numerusform>Se reescribió %n identificador de documento que podía nombrar a una persona.</numerusform>
            <numerusform>Se reescribieron %n identificadores de documento que podían nombrar a una persona.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s) of withdrawn or excluded individuals.</source>
        <translation>
            <numerusform>Se eliminó %n registro de individuos retirados o excluidos.</numerusform>
            <numerusform>Se eliminaron %n registros de individuos retirados o excluidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n parent reference(s) to removed individuals.</source>
        <translation>
            <numerusform>Se vació %n referencia de progenitor a individuos eliminados.</numerusform>
            <numerusform>Se vaciaron %n referencias de progenitor a individuos eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year.</source>
        <translation>
            <numerusform>Se redujo %n fecha al año.</numerusform>
            <numerusform>Se redujeron %n fechas al año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shifted %n date(s) by each individual&apos;s keyed offset (at most %1 days).</source>
        <translation>
            <numerusform>Se desplazó %n fecha según el desfase con clave de cada individuo (como máximo %1 días).</numerusform>
            <numerusform>Se desplazaron %n fechas según el desfase con clave de cada individuo (como máximo %1 días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n date(s) to the year because no individual owns them, so they cannot be shifted consistently.</source>
        <translation>
            <numerusform>Se redujo %n fecha al año porque no pertenece a ningún individuo, así que no se puede desplazar de forma coherente.</numerusform>
            <numerusform>Se redujeron %n fechas al año porque no pertenecen a ningún individuo, así que no se pueden desplazar de forma coherente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blanked %n value(s) in date fields that could not be read as dates.</source>
        <translation>
            <numerusform>Se vació %n valor de campos de fecha que no se podía leer como fecha.</numerusform>
            <numerusform>Se vaciaron %n valores de campos de fecha que no se podían leer como fechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouped %n age(s) over 89 as 90 or older.</source>
        <translation>
            <numerusform>Se agrupó %n edad superior a 89 como 90 o más.</numerusform>
            <numerusform>Se agruparon %n edades superiores a 89 como 90 o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n ZIP or postal code(s) to %1 characters.</source>
        <translation>
            <numerusform>Se recortó %n código postal a %1 caracteres.</numerusform>
            <numerusform>Se recortaron %n códigos postales a %1 caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n free-text field(s).</source>
        <translation>
            <numerusform>Se eliminó %n campo de texto libre.</numerusform>
            <numerusform>Se eliminaron %n campos de texto libre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scrubbed identifying text in %n free-text value(s).</source>
        <translation>
            <numerusform>Se depuró el texto identificativo de %n valor de texto libre.</numerusform>
            <numerusform>Se depuró el texto identificativo de %n valores de texto libre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reduced %n file URI(s) to the file name.</source>
        <translation>
            <numerusform>Se redujo %n URI de archivo al nombre de archivo.</numerusform>
            <numerusform>Se redujeron %n URI de archivo al nombre de archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped &quot;%1&quot; (%n time(s)), a field the profile removes.</source>
        <translation>
            <numerusform>Se eliminó «%1» (%n vez), un campo que el perfil elimina.</numerusform>
            <numerusform>Se eliminó «%1» (%n veces), un campo que el perfil elimina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Treated the column &quot;%1&quot; as dates because its values are dates.</source>
        <translation>La columna «%1» se trató como fechas porque sus valores son fechas.</translation>
    </message>
    <message>
        <source>Removed the column &quot;%1&quot;, which the profile drops.</source>
        <translation>Se eliminó la columna «%1», que el perfil elimina.</translation>
    </message>
    <message>
        <source>Removed the free-text column &quot;%1&quot;.</source>
        <translation>Se eliminó la columna de texto libre «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n ZIP prefix(es) of areas with 20,000 people or fewer by 000.</source>
        <translation>
            <numerusform>Se sustituyó por 000 %n prefijo postal de zonas con 20.000 habitantes o menos.</numerusform>
            <numerusform>Se sustituyeron por 000 %n prefijos postales de zonas con 20.000 habitantes o menos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>The phenopacket names no subject id.</source>
        <translation>El phenopacket no indica ningún ID de sujeto.</translation>
    </message>
    <message>
        <source>A PED row needs 6 columns (family, individual, father, mother, sex, phenotype); this one has %1.</source>
        <translation>Una fila PED necesita 6 columnas (familia, individuo, padre, madre, sexo, fenotipo); esta tiene %1.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The header row has no sample column (sample_id).</source>
        <translation>La fila de cabecera no tiene columna de muestra (sample_id).</translation>
    </message>
    <message>
        <source>This row has %1 columns; the header has %2.</source>
        <translation>Esta fila tiene %1 columnas; la cabecera tiene %2.</translation>
    </message>
    <message>
        <source>The sample id is empty.</source>
        <translation>El ID de muestra está vacío.</translation>
    </message>
    <message>
        <source>The phenopacket is larger than %1 MB; it was not read.</source>
        <translation>El phenopacket ocupa más de %1 MB; no se ha leído.</translation>
    </message>
</context>
<context>
    <name>SshHostKey</name>
    <message>
        <source>Fetching the host key of %1</source>
        <translation>la obtención de la clave de host de %1</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>Se detuvo %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL no pudo calcular un SHA-256.</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached (%2). Check the host name and port.</source>
        <translation>Error en %1: no se puede acceder al servidor (%2). Hay que comprobar el nombre de host y el puerto.</translation>
    </message>
    <message>
        <source>%1: the connection failed (%2). Try again.</source>
        <translation>Error en %1: falló la conexión (%2). Hay que volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the server did not offer an SSH host key (%2). Is it an SFTP server?</source>
        <translation>Error en %1: el servidor no ofreció ninguna clave de host SSH (%2). ¿Es un servidor SFTP?</translation>
    </message>
</context>
<context>
    <name>TransferBackend</name>
    <message>
        <source>The folder repository %1 has no path.</source>
        <translation>El repositorio de carpeta %1 no tiene ruta.</translation>
    </message>
    <message>
        <source>%1 only declares a data use; add its connection (steward repo add) before pushing to it.</source>
        <translation>%1 solo declara un uso de datos; hay que añadir su conexión (steward repo add) antes de enviarle datos.</translation>
    </message>
    <message>
        <source>Steward cannot push to %1 repositories yet.</source>
        <translation>Steward aún no puede enviar a repositorios %1.</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>repo add: s3, sftp, webdav or folder.</source>
        <translation>repo add: s3, sftp, webdav o folder.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>repo add (S3): endpoint URL.</source>
        <translation>repo add (S3): URL del endpoint.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>repo add (S3): bucket.</source>
        <translation>repo add (S3): bucket.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>repo add (S3): key prefix.</source>
        <translation>repo add (S3): prefijo de clave.</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefijo</translation>
    </message>
    <message>
        <source>repo add (S3): path-style URLs (most non-AWS stores).</source>
        <translation>repo add (S3): URL de estilo ruta (la mayoría de los almacenes que no son de AWS).</translation>
    </message>
    <message>
        <source>repo add (S3): do not send x-amz-checksum-sha256 (stores that reject it).</source>
        <translation>repo add (S3): no enviar x-amz-checksum-sha256 (almacenes que lo rechazan).</translation>
    </message>
    <message>
        <source>repo add (S3): multipart part size in MiB.</source>
        <translation>repo add (S3): tamaño de parte de la subida multiparte en MiB.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>repo add (S3): access key id.</source>
        <translation>repo add (S3): ID de la clave de acceso.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>repo add (SFTP): host.</source>
        <translation>repo add (SFTP): host.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>repo add (SFTP): port.</source>
        <translation>repo add (SFTP): puerto.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>repo add (SFTP, WebDAV): user name.</source>
        <translation>repo add (SFTP, WebDAV): nombre de usuario.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>repo add (SFTP): private key file.</source>
        <translation>repo add (SFTP): archivo de clave privada.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>repo add (SFTP): the server&apos;s host key, SHA256:... as OpenSSH prints it.</source>
        <translation>repo add (SFTP): la clave de host del servidor, SHA256:... tal como la muestra OpenSSH.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>huella</translation>
    </message>
    <message>
        <source>repo add (SFTP, folder): remote or local folder.</source>
        <translation>repo add (SFTP, folder): carpeta remota o local.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>repo add (WebDAV): base URL.</source>
        <translation>repo add (WebDAV): URL base.</translation>
    </message>
    <message>
        <source>repo add: read the secret (S3 secret key, password, key passphrase) from standard input.</source>
        <translation>repo add: leer el secreto (clave secreta de S3, contraseña, frase de contraseña de la clave) de la entrada estándar.</translation>
    </message>
    <message>
        <source>push: the repository.</source>
        <translation>push: el repositorio.</translation>
    </message>
    <message>
        <source>push, queue resume: carry the transfer(s) to the end in the foreground.</source>
        <translation>push, queue resume: llevar la(s) transferencia(s) hasta el final en primer plano.</translation>
    </message>
    <message>
        <source>steward repo %1 NAME ...</source>
        <translation>steward repo %1 NOMBRE ...</translation>
    </message>
    <message>
        <source>steward push PATH --to NAME [--wait]</source>
        <translation>steward push RUTA --to NOMBRE [--wait]</translation>
    </message>
    <message>
        <source>No repository named %1; add it with steward repo add.</source>
        <translation>No hay ningún repositorio llamado %1; hay que añadirlo con steward repo add.</translation>
    </message>
    <message>
        <source>Queued transfer %1 to %2; Steward sends it in the background (or run steward queue resume --wait).</source>
        <translation>Transferencia %1 a %2 en cola; Steward la envía en segundo plano (o bien se puede ejecutar steward queue resume --wait).</translation>
    </message>
    <message>
        <source>Transfer %1: %2.</source>
        <translation>Transferencia %1: %2.</translation>
    </message>
    <message>
        <source>The transfer queue is empty.</source>
        <translation>La cola de transferencias está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted transfer(s) resumed.</source>
        <translation>
            <numerusform>Se reanudó %n transferencia interrumpida.</numerusform>
            <numerusform>Se reanudaron %n transferencias interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>steward queue list | pause ID | resume [ID] [--wait] | cancel ID</source>
        <translation>steward queue list | pause ID | resume [ID] [--wait] | cancel ID</translation>
    </message>
    <message>
        <source>No transfer %1 in the queue.</source>
        <translation>No hay ninguna transferencia %1 en la cola.</translation>
    </message>
    <message>
        <source>Transfer %1 is already %2.</source>
        <translation>La transferencia %1 ya está en estado «%2».</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Transfer %1 paused.</source>
        <translation>Transferencia %1 en pausa.</translation>
    </message>
    <message>
        <source>Transfer %1 was already delivered.</source>
        <translation>La transferencia %1 ya se entregó.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>Transfer %1 cancelled.</source>
        <translation>Transferencia %1 cancelada.</translation>
    </message>
    <message>
        <source>Transfer %1 queued again.</source>
        <translation>Transferencia %1 de nuevo en cola.</translation>
    </message>
    <message>
        <source>push, queue resume: bandwidth limit in MB/s (0: none).</source>
        <translation>push, queue resume: límite de ancho de banda en MB/s (0: ninguno).</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>--bwlimit takes megabytes per second, e.g. 50 or 0.5.</source>
        <translation>--bwlimit admite megabytes por segundo, p. ej. 50 o 0.5.</translation>
    </message>
    <message>
        <source>transfer %1: %2% of %3, %4/s, %5</source>
        <translation>transferencia %1: %2 % de %3, %4/s, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>transfer %1: %2</source>
        <translation>transferencia %1: %2</translation>
    </message>
    <message>
        <source>steward repo add NAME --kind s3|sftp|webdav|folder ...</source>
        <translation>steward repo add NOMBRE --kind s3|sftp|webdav|folder ...</translation>
    </message>
    <message>
        <source>A %1 repository needs --%2.</source>
        <translation>Un repositorio %1 necesita --%2.</translation>
    </message>
    <message>
        <source>--host-fingerprint takes the fingerprint as OpenSSH prints it: SHA256:... (ssh-keyscan HOST | ssh-keygen -lf -).</source>
        <translation>--host-fingerprint admite la huella tal como la muestra OpenSSH: SHA256:... (ssh-keyscan HOST | ssh-keygen -lf -).</translation>
    </message>
    <message>
        <source>--secret-stdin: no secret on standard input.</source>
        <translation>--secret-stdin: no hay ningún secreto en la entrada estándar.</translation>
    </message>
    <message>
        <source>Repository %1 (%2) saved.</source>
        <translation>Repositorio %1 (%2) guardado.</translation>
    </message>
    <message>
        <source>It declares no data use yet, so no dataset can be approved for it: steward repo declare %1 --purpose PURPOSE.</source>
        <translation>Aún no declara ningún uso de datos, así que no se puede aprobar ningún conjunto de datos para él: steward repo declare %1 --purpose FINALIDAD.</translation>
    </message>
    <message>
        <source>No repository named %1.</source>
        <translation>No hay ningún repositorio llamado %1.</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funciona.</translation>
    </message>
    <message>
        <source>repo add (S3, WebDAV): a PEM file of certificate authorities to trust for this server besides the system&apos;s (an institution&apos;s own CA).</source>
        <translation>repo add (S3, WebDAV): un archivo PEM de autoridades de certificación en las que confiar para este servidor además de las del sistema (la CA propia de una institución).</translation>
    </message>
</context>
<context>
    <name>TransferEngine</name>
    <message>
        <source>The repository of this transfer was removed.</source>
        <translation>Se eliminó el repositorio de esta transferencia.</translation>
    </message>
    <message>
        <source>The settings of %1 changed after this transfer was queued. Check them, then resume the transfer to send it with the new settings.</source>
        <translation>La configuración de %1 cambió después de poner en cola esta transferencia. Hay que comprobarla y después reanudar la transferencia para enviarla con la nueva configuración.</translation>
    </message>
    <message>
        <source>%1 changed (or disappeared) after the transfer was queued; nothing more was sent. Queue the bundle again once it is final.</source>
        <translation>%1 cambió (o desapareció) después de poner en cola la transferencia; no se envió nada más. Hay que volver a poner el paquete en cola cuando sea definitivo.</translation>
    </message>
    <message numerus="yes">
        <source>The repository cannot be reached; Steward retries every %n second(s).</source>
        <translation>
            <numerusform>No se puede acceder al repositorio; Steward lo reintenta cada %n segundo.</numerusform>
            <numerusform>No se puede acceder al repositorio; Steward lo reintenta cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was left half-written on the repository.</source>
        <translation>Cancelada; no quedó nada a medio escribir en el repositorio.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes on the repository but %3 here; retry the transfer to send it again.</source>
        <translation>%1 tiene %2 bytes en el repositorio, pero %3 aquí; hay que reintentar la transferencia para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 on the repository does not match its SHA-256; retry the transfer to send it again.</source>
        <translation>%1 en el repositorio no coincide con su SHA-256; hay que reintentar la transferencia para enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The manifest read back from %1 differs from the one written; the repository did not store it faithfully.</source>
        <translation>El manifiesto leído de nuevo desde %1 difiere del escrito; el repositorio no lo guardó fielmente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Steward gave up after %n retr(y|ies); retry the transfer when the repository is healthy.</source>
        <translation>
            <numerusform>%1 Steward desistió tras %n reintento; hay que reintentar la transferencia cuando el repositorio vuelva a funcionar.</numerusform>
            <numerusform>%1 Steward desistió tras %n reintentos; hay que reintentar la transferencia cuando el repositorio vuelva a funcionar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferRecord</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Esperando a la red</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TransferStore</name>
    <message>
        <source>%1 is not a folder; push a bundle or a folder.</source>
        <translation>%1 no es una carpeta; hay que enviar un paquete o una carpeta.</translation>
    </message>
    <message>
        <source>%1 contains links or special files that cannot be pushed: %2</source>
        <translation>%1 contiene enlaces o archivos especiales que no se pueden enviar: %2</translation>
    </message>
    <message>
        <source>%1 contains no files to push.</source>
        <translation>%1 no contiene archivos que enviar.</translation>
    </message>
    <message>
        <source>No transfer %1 in the queue.</source>
        <translation>No hay ninguna transferencia %1 en la cola.</translation>
    </message>
    <message>
        <source>Interrupted (Steward stopped); resuming.</source>
        <translation>Interrumpida (Steward se detuvo); reanudando.</translation>
    </message>
</context>
<context>
    <name>VariantBlockReader</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF/BCF de %1.</translation>
    </message>
    <message>
        <source>htslib read this record with %1.</source>
        <translation>htslib leyó este registro con %1.</translation>
    </message>
    <message>
        <source>Cannot seek in %1; the file may have changed on disk.</source>
        <translation>No se puede saltar a una posición de %1; puede que el archivo haya cambiado en el disco.</translation>
    </message>
    <message>
        <source>This record cannot be parsed (htslib error %1).</source>
        <translation>No se puede analizar este registro (error de htslib %1).</translation>
    </message>
</context>
<context>
    <name>VariantQuery</name>
    <message>
        <source>A region query needs an index (.tbi or .csi) next to %1; make one with bcftools index, or filter on CHROM and POS instead.</source>
        <translation>Una consulta por región necesita un índice (.tbi o .csi) junto a %1; se puede crear con bcftools index, o bien filtrar por CHROM y POS.</translation>
    </message>
    <message>
        <source>Cannot read the region %1 of %2: %3</source>
        <translation>No se puede leer la región %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF/BCF de %1.</translation>
    </message>
</context>
<context>
    <name>VariantQuickFilters</name>
    <message>
        <source>carriers only</source>
        <translation>solo portadores</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>impact HIGH</source>
        <translation>impacto HIGH</translation>
    </message>
    <message>
        <source>impact at least MODERATE</source>
        <translation>impacto al menos MODERATE</translation>
    </message>
    <message>
        <source>ClinVar pathogenic/likely pathogenic</source>
        <translation>ClinVar patogénica/probablemente patogénica</translation>
    </message>
    <message>
        <source>population AF below %1</source>
        <translation>AF poblacional inferior a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n gene(s)</source>
        <translation>
            <numerusform>%n gen</numerusform>
            <numerusform>%n genes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: a BED line needs a contig, a start and an end (tab-separated, 0-based, end not before start).</source>
        <translation>%1, línea %2: una línea BED necesita un contig, un inicio y un fin (separados por tabuladores, base 0, el fin no antes del inicio).</translation>
    </message>
    <message>
        <source>%1 has no regions.</source>
        <translation>%1 no contiene regiones.</translation>
    </message>
</context>
<context>
    <name>VariantRecordDetail</name>
    <message>
        <source>No record to show: record number %1 is not valid.</source>
        <translation>No hay ningún registro que mostrar: el número de registro %1 no es válido.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file.</source>
        <translation>%1 no es un archivo VCF ni BCF.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF/BCF de %1.</translation>
    </message>
    <message>
        <source>Cannot seek to record %1 in %2; the file may have changed on disk. Open it again.</source>
        <translation>No se puede saltar al registro %1 de %2; puede que el archivo haya cambiado en el disco. Hay que volver a abrirlo.</translation>
    </message>
    <message>
        <source>Reading record %1 of %2 was cancelled.</source>
        <translation>Se canceló la lectura del registro %1 de %2.</translation>
    </message>
    <message>
        <source>%1 has %2 records; record %3 is past its end. The file may have changed on disk: open it again.</source>
        <translation>%1 tiene %2 registros; el registro %3 está más allá del final. Puede que el archivo haya cambiado en el disco: hay que volver a abrirlo.</translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be read, so the records after it cannot be found (a BCF cannot be read past a damaged record).</source>
        <translation>No se puede leer el registro %1 de %2, así que no se pueden encontrar los registros posteriores (un BCF no se puede leer más allá de un registro dañado).</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the compressed data is damaged.</source>
        <translation>No se puede leer %1 después del registro %2: los datos comprimidos están dañados.</translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be parsed (htslib error %3); check the line with `bcftools view`.</source>
        <translation>No se puede analizar el registro %1 de %2 (error de htslib %3); conviene revisar la línea con `bcftools view`.</translation>
    </message>
    <message>
        <source>htslib reported a problem in this record (error code %1): some values may be missing. Check the line with `bcftools view`.</source>
        <translation>htslib notificó un problema en este registro (código de error %1): puede que falten algunos valores. Conviene revisar la línea con `bcftools view`.</translation>
    </message>
    <message>
        <source>This record line is incomplete or damaged (no valid POS or REF): the values shown are what could be read. Check the line with `bcftools view`.</source>
        <translation>Esta línea de registro está incompleta o dañada (sin POS ni REF válidos): se muestran los valores que se pudieron leer. Conviene revisar la línea con `bcftools view`.</translation>
    </message>
</context>
<context>
    <name>VariantRowIndexBuilder</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>The file is compressed with plain gzip, not BGZF: rows can only be read from the start.</source>
        <translation>El archivo está comprimido con gzip simple, no con BGZF: las filas solo se pueden leer desde el principio.</translation>
    </message>
    <message>
        <source>The file is not BGZF-compressed: rows can only be read from the start.</source>
        <translation>El archivo no está comprimido con BGZF: las filas solo se pueden leer desde el principio.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file.</source>
        <translation>%1 no es un archivo VCF ni BCF.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the compressed data is damaged.</source>
        <translation>No se puede leer %1 después del registro %2: los datos comprimidos están dañados.</translation>
    </message>
    <message>
        <source>Cannot read the BCF header of %1.</source>
        <translation>No se puede leer la cabecera BCF de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read after record %2: the data is damaged.</source>
        <translation>No se puede leer %1 después del registro %2: los datos están dañados.</translation>
    </message>
</context>
<context>
    <name>VariantStatsReader</name>
    <message>
        <source>No place to put the statistics of %1.</source>
        <translation>No hay dónde guardar las estadísticas de %1.</translation>
    </message>
    <message>
        <source>htslib cannot open it</source>
        <translation>htslib no puede abrirlo</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file: htslib sees %2. A VCF starts with a &quot;##fileformat=VCFv4.x&quot; line.</source>
        <translation>%1 no es un archivo VCF ni BCF: htslib detecta %2. Un VCF empieza con una línea «##fileformat=VCFv4.x».</translation>
    </message>
    <message>
        <source>The compressed file lacks its end-of-file marker: it is truncated, and the records after the cut are missing. Copy or download it again.</source>
        <translation>Al archivo comprimido le falta el marcador de fin de archivo: está truncado y faltan los registros posteriores al corte. Hay que copiarlo o descargarlo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1: the compressed file is truncated.</source>
        <translation>No se puede leer la cabecera VCF/BCF de %1: el archivo comprimido está truncado.</translation>
    </message>
    <message>
        <source>Cannot read the VCF/BCF header of %1: it is damaged or not a valid VCF/BCF header (a VCF header ends with the #CHROM line).</source>
        <translation>No se puede leer la cabecera VCF/BCF de %1: está dañada o no es una cabecera VCF/BCF válida (una cabecera VCF termina con la línea #CHROM).</translation>
    </message>
    <message>
        <source>record %1, line %2</source>
        <translation>registro %1, línea %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>una posición desconocida</translation>
    </message>
    <message>
        <source>The record at %1 cannot be parsed: it has %2. It is left out of the statistics.</source>
        <translation>No se puede analizar el registro en %1: tiene %2. Queda excluido de las estadísticas.</translation>
    </message>
    <message>
        <source>Reading stopped at the cut, after %1 records.</source>
        <translation>La lectura se detuvo en el corte, tras %1 registros.</translation>
    </message>
    <message>
        <source>Record %1 cannot be read (%2): the data is damaged. Reading stopped; the statistics cover only the records before it.</source>
        <translation>No se puede leer el registro %1 (%2): los datos están dañados. La lectura se detuvo; las estadísticas solo abarcan los registros anteriores.</translation>
    </message>
    <message>
        <source>a read or decompression error</source>
        <translation>un error de lectura o descompresión</translation>
    </message>
    <message>
        <source>The line is empty or has no REF column. bcftools stats counts it as a record without ALT, and so does this summary; remove the line.</source>
        <translation>La línea está vacía o no tiene columna REF. bcftools stats la cuenta como un registro sin ALT, y este resumen también; conviene eliminar la línea.</translation>
    </message>
    <message>
        <source>The record at %1 has %2; htslib worked around it and the record is counted. Fix the header or the record.</source>
        <translation>El registro en %1 tiene %2; htslib lo sorteó y el registro se cuenta. Conviene corregir la cabecera o el registro.</translation>
    </message>
    <message>
        <source>Contig &quot;%1&quot; is used by records but not declared in the header; add a ##contig line for it.</source>
        <translation>El contig «%1» se usa en registros, pero no está declarado en la cabecera; hay que añadir una línea ##contig para él.</translation>
    </message>
    <message>
        <source>INFO/AN is smaller than the sum of INFO/AC</source>
        <translation>INFO/AN es menor que la suma de INFO/AC</translation>
    </message>
    <message>
        <source>INFO/AC is not of type Integer</source>
        <translation>INFO/AC no es de tipo Integer</translation>
    </message>
    <message>
        <source>a genotype names an allele the record does not have</source>
        <translation>un genotipo indica un alelo que el registro no tiene</translation>
    </message>
    <message>
        <source>The record at %1 is inconsistent: %2. It is counted, but its allele frequencies or genotypes are left out (bcftools stats stops here).</source>
        <translation>El registro en %1 es incoherente: %2. Se cuenta, pero se omiten sus frecuencias alélicas o genotipos (bcftools stats se detiene aquí).</translation>
    </message>
    <message>
        <source>a contig that the header does not declare</source>
        <translation>un contig que la cabecera no declara</translation>
    </message>
    <message>
        <source>an INFO, FORMAT or FILTER tag that the header does not declare</source>
        <translation>una etiqueta INFO, FORMAT o FILTER que la cabecera no declara</translation>
    </message>
    <message>
        <source>the wrong number of columns (fewer sample columns than the header names, or missing fixed columns)</source>
        <translation>un número de columnas incorrecto (menos columnas de muestra de las que nombra la cabecera, o faltan columnas fijas)</translation>
    </message>
    <message>
        <source>a value beyond htslib&apos;s limits (a position, length or count too large)</source>
        <translation>un valor fuera de los límites de htslib (una posición, longitud o recuento demasiado grande)</translation>
    </message>
    <message>
        <source>an invalid character</source>
        <translation>un carácter no válido</translation>
    </message>
    <message>
        <source>an invalid contig name</source>
        <translation>un nombre de contig no válido</translation>
    </message>
    <message>
        <source>an invalid tag (a bad tag name, or a value that does not fit its header definition)</source>
        <translation>una etiqueta no válida (un nombre de etiqueta incorrecto o un valor que no se ajusta a su definición en la cabecera)</translation>
    </message>
    <message>
        <source>an error htslib reports as code %1</source>
        <translation>un error que htslib notifica con el código %1</translation>
    </message>
    <message>
        <source>content htslib cannot parse</source>
        <translation>contenido que htslib no puede analizar</translation>
    </message>
    <message>
        <source>%1 more problems of this kind (%2) are not listed.</source>
        <translation>No se muestran otros %1 problemas de este tipo (%2).</translation>
    </message>
</context>
<context>
    <name>VcfContentDigest</name>
    <message>
        <source>Cannot open %1 to check it: %2</source>
        <translation>No se puede abrir %1 para comprobarlo: %2</translation>
    </message>
    <message>
        <source>Cannot start decompression threads for %1</source>
        <translation>No se pueden iniciar los hilos de descompresión de %1</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>No se puede leer la cabecera de %1</translation>
    </message>
    <message>
        <source>Cannot select the samples of %1 (sample %2 is not in the file)</source>
        <translation>No se pueden seleccionar las muestras de %1 (la muestra %2 no está en el archivo)</translation>
    </message>
    <message>
        <source>%1: record %2 (%3:%4) is invalid (htslib error %5)</source>
        <translation>%1: el registro %2 (%3:%4) no es válido (error de htslib %5)</translation>
    </message>
    <message>
        <source>Cancelled while checking %1</source>
        <translation>Cancelado mientras se comprobaba %1</translation>
    </message>
    <message>
        <source>%1 is damaged after record %2 (htslib could not read further)</source>
        <translation>%1 está dañado después del registro %2 (htslib no pudo seguir leyendo)</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 digest of %1 (OpenSSL failed)</source>
        <translation>No se puede calcular el resumen SHA-256 de %1 (OpenSSL ha fallado)</translation>
    </message>
</context>
<context>
    <name>VcfDeidentifier</name>
    <message>
        <source>Cannot index %1 (htslib error %2; is it sorted by position?)</source>
        <translation>No se puede indexar %1 (error de htslib %2; ¿está ordenado por posición?)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: a BGZF block in its header cannot be read</source>
        <translation>%1 está dañado: no se puede leer un bloque BGZF de su cabecera</translation>
    </message>
    <message>
        <source>%1 ends inside its header</source>
        <translation>%1 termina dentro de su cabecera</translation>
    </message>
    <message>
        <source>%1 has no #CHROM header line</source>
        <translation>%1 no tiene línea de cabecera #CHROM</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cancelled while writing %1</source>
        <translation>Cancelado mientras se escribía %1</translation>
    </message>
    <message>
        <source>Body copied without recompression</source>
        <translation>Cuerpo copiado sin volver a comprimir</translation>
    </message>
    <message>
        <source>Cannot start threads to read %1</source>
        <translation>No se pueden iniciar los hilos de lectura de %1</translation>
    </message>
    <message>
        <source>Cannot read the header of %1</source>
        <translation>No se puede leer la cabecera de %1</translation>
    </message>
    <message>
        <source>Cannot select the samples of %1</source>
        <translation>No se pueden seleccionar las muestras de %1</translation>
    </message>
    <message>
        <source>Dropped 1 sample</source>
        <translation>Se eliminó 1 muestra</translation>
    </message>
    <message>
        <source>Dropped %1 samples</source>
        <translation>Se eliminaron %1 muestras</translation>
    </message>
    <message>
        <source>Cannot build the new header of %1</source>
        <translation>No se puede generar la nueva cabecera de %1</translation>
    </message>
    <message>
        <source>Recomputed INFO/AC and INFO/AN from the remaining samples</source>
        <translation>INFO/AC e INFO/AN recalculados a partir de las muestras restantes</translation>
    </message>
    <message>
        <source>Cannot start threads to write %1</source>
        <translation>No se pueden iniciar los hilos de escritura de %1</translation>
    </message>
    <message>
        <source>%1: record %2 (%3:%4) is invalid</source>
        <translation>%1: el registro %2 (%3:%4) no es válido</translation>
    </message>
    <message>
        <source>%1 is damaged after record %2</source>
        <translation>%1 está dañado después del registro %2</translation>
    </message>
    <message>
        <source>Cancelled while checking %1</source>
        <translation>Cancelado mientras se comprobaba %1</translation>
    </message>
    <message>
        <source>The written file %1 cannot be read back</source>
        <translation>No se puede volver a leer el archivo escrito %1</translation>
    </message>
    <message>
        <source>The written file %1 does not have the expected samples</source>
        <translation>El archivo escrito %1 no tiene las muestras esperadas</translation>
    </message>
    <message>
        <source>Checked by byte identity of the copied body only</source>
        <translation>Comprobado solo por la identidad byte a byte del cuerpo copiado</translation>
    </message>
    <message>
        <source>%1 has %2 records but %3 has %4</source>
        <translation>%1 tiene %2 registros, pero %3 tiene %4</translation>
    </message>
    <message>
        <source>The content of %1 differs from %2&apos;s (content digest %3, expected %4)</source>
        <translation>El contenido de %1 difiere del de %2 (resumen del contenido %3, se esperaba %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file</source>
        <translation>No se puede leer %1: el archivo no existe</translation>
    </message>
    <message>
        <source>The output %1 is the input itself; choose another name (originals are never changed)</source>
        <translation>La salida %1 es la propia entrada; hay que elegir otro nombre (los originales nunca se modifican)</translation>
    </message>
    <message>
        <source>Cannot tell the format to write from the name %1; end it in .vcf.gz, .bcf or .vcf</source>
        <translation>No se puede deducir el formato de salida a partir del nombre %1; debe terminar en .vcf.gz, .bcf o .vcf</translation>
    </message>
    <message>
        <source>%1 is not a VCF or BCF file</source>
        <translation>%1 no es un archivo VCF ni BCF</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede renombrar %1 como %2: %3</translation>
    </message>
    <message>
        <source>Two samples of %1 would both be named %2 in the output (%3 and %4); choose different pseudonyms</source>
        <translation>Dos muestras de %1 se llamarían %2 en la salida (%3 y %4); hay que elegir otros seudónimos</translation>
    </message>
    <message>
        <source>Renamed 1 sample</source>
        <translation>Se renombró 1 muestra</translation>
    </message>
    <message>
        <source>Renamed %1 samples</source>
        <translation>Se renombraron %1 muestras</translation>
    </message>
    <message>
        <source>%1: cannot parse the header line %2</source>
        <translation>%1: no se puede analizar la línea de cabecera %2</translation>
    </message>
    <message>
        <source>Profile %1 drops the ##%2 lines of %3, which its records need; add %2 to vcf.keepHeaderKeys</source>
        <translation>El perfil %1 elimina las líneas ##%2 de %3, que sus registros necesitan; hay que añadir %2 a vcf.keepHeaderKeys</translation>
    </message>
    <message>
        <source>Profile %1 removes INFO field %2, which %3 does not declare</source>
        <translation>El perfil %1 elimina el campo INFO %2, que %3 no declara</translation>
    </message>
    <message>
        <source>Profile %1 removes FORMAT field %2, which %3 does not declare</source>
        <translation>El perfil %1 elimina el campo FORMAT %2, que %3 no declara</translation>
    </message>
    <message>
        <source>Dropped 1 ##%1 line</source>
        <translation>Se eliminó 1 línea ##%1</translation>
    </message>
    <message>
        <source>Dropped %1 ##%2 lines</source>
        <translation>Se eliminaron %1 líneas ##%2</translation>
    </message>
    <message>
        <source>Removed the %1 attribute from 1 ##contig line</source>
        <translation>Se eliminó el atributo %1 de 1 línea ##contig</translation>
    </message>
    <message>
        <source>Removed the %1 attribute from %2 ##contig lines</source>
        <translation>Se eliminó el atributo %1 de %2 líneas ##contig</translation>
    </message>
    <message>
        <source>Removed INFO/%1</source>
        <translation>Se eliminó INFO/%1</translation>
    </message>
    <message>
        <source>Removed FORMAT/%1</source>
        <translation>Se eliminó FORMAT/%1</translation>
    </message>
    <message>
        <source>Scrubbed identifying text in 1 header line</source>
        <translation>Se depuró el texto identificativo de 1 línea de cabecera</translation>
    </message>
    <message>
        <source>Scrubbed identifying text in %1 header lines</source>
        <translation>Se depuró el texto identificativo de %1 líneas de cabecera</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 is older than its file</source>
        <translation>Índice regenerado: %1 es más antiguo que su archivo</translation>
    </message>
    <message>
        <source>Index carried over from the input&apos;s, its offsets moved past the new header</source>
        <translation>Índice de la entrada conservado, con sus desplazamientos movidos tras la nueva cabecera</translation>
    </message>
    <message>
        <source>Index rebuilt: the input&apos;s does not find the same records</source>
        <translation>Índice regenerado: el de la entrada no encuentra los mismos registros</translation>
    </message>
    <message>
        <source>Index rebuilt: %1</source>
        <translation>Índice regenerado: %1</translation>
    </message>
    <message>
        <source>Cannot start the index of %1</source>
        <translation>No se puede iniciar el índice de %1</translation>
    </message>
    <message>
        <source>Cannot index %1 at record %2 (%3 %4): is it sorted by position?</source>
        <translation>No se puede indexar %1 en el registro %2 (%3 %4): ¿está ordenado por posición?</translation>
    </message>
    <message>
        <source>Cannot write the index %1</source>
        <translation>No se puede escribir el índice %1</translation>
    </message>
    <message>
        <source>The body of %1 differs from the input&apos;s at byte %2 after writing (a disk error?)</source>
        <translation>El cuerpo de %1 difiere del de la entrada en el byte %2 tras escribirlo (¿un error de disco?)</translation>
    </message>
    <message>
        <source>Cannot count the records of %1 from its index %2</source>
        <translation>No se pueden contar los registros de %1 a partir de su índice %2</translation>
    </message>
</context>
<context>
    <name>WebDavBackend</name>
    <message>
        <source>Signed in; the collection is writable.</source>
        <translation>Sesión iniciada; la colección tiene permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>No se puede escribir un archivo temporal en %1.</translation>
    </message>
    <message>
        <source>%1 It failed twice and the server does not say why: most likely its disk is full or user %2 is over quota (nginx answers a full disk with HTTP 500), or it cannot write to its folder. Free space in %3 (repository %4), or ask the server&apos;s administrator to check its free space and error log, then resume the transfer.</source>
        <translation>%1 Ha fallado dos veces y el servidor no dice por qué: lo más probable es que su disco esté lleno o que el usuario %2 haya superado su cuota (nginx responde a un disco lleno con HTTP 500), o que no pueda escribir en su carpeta. Libere espacio en %3 (repositorio %4) o pida al administrador del servidor que revise el espacio libre y el registro de errores; después reanude la transferencia.</translation>
    </message>
</context>
<context>
    <name>WebDavClient</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute a SHA-256.</source>
        <translation>OpenSSL no pudo calcular un SHA-256.</translation>
    </message>
    <message>
        <source>The WebDAV address %1 is not an http or https URL: correct it in the repository settings.</source>
        <translation>La dirección WebDAV %1 no es una URL http ni https: hay que corregirla en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>The remote path %1 is not allowed: it contains &quot;..&quot; or a control character.</source>
        <translation>La ruta remota %1 no está permitida: contiene «..» o un carácter de control.</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>Se detuvo %1.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 cannot be reached (%3). Steward retries when the network is back.</source>
        <translation>Error en %1: no se puede acceder al servidor WebDAV %2 (%3). Steward lo reintentará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>%1: the connection to the WebDAV server at %2 failed (%3). Steward retries.</source>
        <translation>Error en %1: falló la conexión con el servidor WebDAV %2 (%3). Steward lo reintentará.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>Error en %1: %2.</translation>
    </message>
    <message>
        <source>The WebDAV server at %1 refused the user name or password of %2 (HTTP 401). Check them in the repository settings; some servers (Nextcloud with two-factor login) need an app password.</source>
        <translation>El servidor WebDAV %1 rechazó el nombre de usuario o la contraseña de %2 (HTTP 401). Hay que comprobarlos en la configuración del repositorio; algunos servidores (Nextcloud con verificación en dos pasos) necesitan una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 does not allow this for user %3 (HTTP 403). Check the folder in the repository settings or ask the server&apos;s administrator for write access.</source>
        <translation>Error en %1: el servidor WebDAV %2 no permite esto al usuario %3 (HTTP 403). Hay que comprobar la carpeta en la configuración del repositorio o pedir acceso de escritura al administrador del servidor.</translation>
    </message>
    <message>
        <source>%1: %2 or its folder does not exist (HTTP %3). Check the address in the repository settings.</source>
        <translation>Error en %1: %2 o su carpeta no existe (HTTP %3). Hay que comprobar la dirección en la configuración del repositorio.</translation>
    </message>
    <message>
        <source>%1: the target already exists on the WebDAV server and Steward did not replace it (HTTP 412).</source>
        <translation>Error en %1: el destino ya existe en el servidor WebDAV y Steward no lo sustituyó (HTTP 412).</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 has no space left or the quota of %3 is used up (HTTP 507). Free space or ask for a larger quota, then resume.</source>
        <translation>Error en %1: el servidor WebDAV %2 no tiene espacio libre o se ha agotado la cuota de %3 (HTTP 507). Hay que liberar espacio o pedir una cuota mayor y después reanudar.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 refuses files this large (HTTP 413). Ask its administrator to raise the upload limit.</source>
        <translation>Error en %1: el servidor WebDAV %2 rechaza archivos tan grandes (HTTP 413). Hay que pedir a su administrador que aumente el límite de subida.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 is busy or failed (HTTP %3). Steward retries.</source>
        <translation>Error en %1: el servidor WebDAV %2 está ocupado o ha fallado (HTTP %3). Steward lo reintentará.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 redirects elsewhere (HTTP %3). Check the address in the repository settings (http or https, a missing path).</source>
        <translation>Error en %1: el servidor WebDAV %2 redirige a otro sitio (HTTP %3). Hay que comprobar la dirección en la configuración del repositorio (http o https, una ruta que falta).</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 answered HTTP %3. Is the address that of a WebDAV folder?</source>
        <translation>Error en %1: el servidor WebDAV %2 respondió HTTP %3. ¿Es la dirección de una carpeta WebDAV?</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 sent a listing Steward cannot read.</source>
        <translation>Error en %1: el servidor WebDAV %2 envió un listado que Steward no puede leer.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>la comprobación de %1</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 did not report a size.</source>
        <translation>Error en %1: el servidor WebDAV %2 no indicó ningún tamaño.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>la subida de %1 a %2</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>el traslado de %1 a %2</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>la creación de la carpeta %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>la eliminación de %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes from offset %3 cannot be read into memory.</source>
        <translation>Error en %1: no se pueden leer en memoria %2 bytes desde el desplazamiento %3.</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 MiB Steward reads into memory.</source>
        <translation>Error en %1: el archivo supera los %2 MiB que Steward lee en memoria.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>la descarga de %1 a %2</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>el listado de %1</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 could not be verified (%3). Check the address; if the server uses its own certificate authority, give its certificate to the repository (CA certificate, --ca-file) or install it on this computer. Steward never sends data to an unverified server.</source>
        <translation>%1: no se pudo verificar el certificado de %2 (%3). Compruebe la dirección; si el servidor usa su propia autoridad de certificación, dé su certificado al repositorio (certificado de CA, --ca-file) o instálelo en este equipo. Steward nunca envía datos a un servidor no verificado.</translation>
    </message>
    <message>
        <source>%1: the WebDAV server at %2 could not store the file (HTTP 500).</source>
        <translation>%1: el servidor WebDAV en %2 no pudo guardar el archivo (HTTP 500).</translation>
    </message>
</context>
<context>
    <name>WorkspaceScanner</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The workspace %1 is not available.</source>
        <translation>El espacio de trabajo %1 no está disponible.</translation>
    </message>
    <message>
        <source>The workspace folder cannot be reached (a disconnected drive, or the folder was moved). Its catalog entries are kept; reconnect it and rescan.</source>
        <translation>No se puede acceder a la carpeta del espacio de trabajo (una unidad desconectada, o la carpeta se movió). Sus entradas del catálogo se conservan; hay que volver a conectarla y escanear de nuevo.</translation>
    </message>
    <message>
        <source>This folder cannot be read (permission denied); its files are not in the catalog.</source>
        <translation>No se puede leer esta carpeta (permiso denegado); sus archivos no están en el catálogo.</translation>
    </message>
    <message>
        <source>%1 disappeared during the scan.</source>
        <translation>%1 desapareció durante el escaneo.</translation>
    </message>
    <message>
        <source>The file changed while it was being read; its statistics may not match its content. It will be read again at the next scan.</source>
        <translation>El archivo cambió mientras se leía; puede que sus estadísticas no correspondan a su contenido. Se volverá a leer en el próximo escaneo.</translation>
    </message>
</context>
<context>
    <name>steward::BundleDetailPane</name>
    <message>
        <source>File in the bag</source>
        <translation>Archivo en la bolsa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a bundle&lt;/b&gt; to see its files and verification.</source>
        <translation>&lt;b&gt;Seleccionar un paquete&lt;/b&gt; para ver sus archivos y su verificación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 for %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 para %3</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s) (Payload-Oxum %2)</source>
        <translation>
            <numerusform>%1 en %n archivo (Payload-Oxum %2)</numerusform>
            <numerusform>%1 en %n archivos (Payload-Oxum %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <source>Encrypted for</source>
        <translation>Cifrado para</translation>
    </message>
    <message>
        <source>nobody: the files are not encrypted</source>
        <translation>nadie: los archivos no están cifrados</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>A draft has no files yet: sealing it plans it again, checks every de-identified file and writes the bag.</source>
        <translation>Un borrador aún no tiene archivos: al sellarlo se vuelve a planificar, se comprueba cada archivo desidentificado y se escribe la bolsa.</translation>
    </message>
    <message>
        <source>Files in the bag</source>
        <translation>Archivos de la bolsa</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
procedente de %2</translation>
    </message>
    <message>
        <source>Crypt4GH</source>
        <translation>Crypt4GH</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not verified yet in this session: Verify re-reads every file and checks it against the manifests.</source>
        <translation>Aún no se ha verificado en esta sesión: «Verificar» vuelve a leer cada archivo y lo coteja con los manifiestos.</translation>
    </message>
    <message>
        <source>Verification cancelled at %1.</source>
        <translation>Verificación cancelada a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid (checked %1): %n payload file(s), %2; the checksums of all %3 files verified; the identifier matches.</source>
        <translation>
            <numerusform>✔ Válida (comprobada a las %1): %n archivo de carga útil, %2; verificadas todas las sumas de comprobación de %3 archivo(s); el identificador coincide.</numerusform>
            <numerusform>✔ Válida (comprobada a las %1): %n archivos de carga útil, %2; verificadas todas las sumas de comprobación de %3 archivo(s); el identificador coincide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advertencia.</numerusform>
            <numerusform>%n advertencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ Invalid (checked %1): %n problem(s). The bag is not what was sealed; do not send it.</source>
        <translation>
            <numerusform>✘ No válida (comprobada a las %1): %n problema. La bolsa no es la que se selló; no debe enviarse.</numerusform>
            <numerusform>✘ No válida (comprobada a las %1): %n problemas. La bolsa no es la que se selló; no debe enviarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::BundleEditor</name>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save and seal</source>
        <translation>Guardar y sellar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>e.g. cf-study-2025</source>
        <translation>p. ej. cf-study-2025</translation>
    </message>
    <message>
        <source>Names the bag&apos;s folder: letters, digits and dashes.</source>
        <translation>Da nombre a la carpeta de la bolsa: letras, dígitos y guiones.</translation>
    </message>
    <message>
        <source>What the recipients get, written into the bag (External-Description)</source>
        <translation>Lo que reciben los destinatarios; se escribe en la bolsa (External-Description)</translation>
    </message>
    <message>
        <source>File in the bag</source>
        <translation>Archivo en la bolsa</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Writes the bag: possible once every chosen dataset can ship</source>
        <translation>Escribe la bolsa: es posible cuando todos los conjuntos de datos elegidos se pueden enviar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Claves…</translation>
    </message>
    <message>
        <source>Add recipients&apos; public keys or make your own key pair</source>
        <translation>Añadir claves públicas de destinatarios o crear un par de claves propio</translation>
    </message>
    <message>
        <source>Encrypt for (Crypt4GH)</source>
        <translation>Cifrar para (Crypt4GH)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>What will ship</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <source>Refused or left out</source>
        <translation>Rechazado o dejado fuera</translation>
    </message>
    <message>
        <source>A draft keeps its name; a new bundle can have another.</source>
        <translation>Un borrador conserva su nombre; un paquete nuevo puede tener otro.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes</source>
        <translation>Elegir el destino del paquete</translation>
    </message>
    <message numerus="yes">
        <source>, %n sample(s)</source>
        <translation>
            <numerusform>, %n muestra</numerusform>
            <numerusform>, %n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (your key pair)</source>
        <translation>%1  (su par de claves)</translation>
    </message>
    <message>
        <source>%1  (no longer in the address book)</source>
        <translation>%1  (ya no está en la libreta de direcciones)</translation>
    </message>
    <message>
        <source>No keys yet. Add a recipient&apos;s public key with Keys…</source>
        <translation>Aún no hay claves. Hay que añadir la clave pública de un destinatario con «Claves…».</translation>
    </message>
    <message>
        <source>Checking reviews, consent and de-identification…</source>
        <translation>Comprobando las revisiones, el consentimiento y la desidentificación…</translation>
    </message>
    <message>
        <source>%1 cannot ship to %2:</source>
        <translation>%1 no se puede enviar a %2:</translation>
    </message>
    <message>
        <source>%1 of %2 is left out: %3</source>
        <translation>%1 de %2 se deja fuera: %3</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>No se ha rechazado nada.</translation>
    </message>
    <message>
        <source>Choose a destination: what may ship depends on the data use it declares.</source>
        <translation>Hay que elegir un destino: lo que se puede enviar depende del uso de datos que declara.</translation>
    </message>
    <message>
        <source>Choose the datasets to send to %1.</source>
        <translation>Hay que elegir los conjuntos de datos que se enviarán a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen dataset(s) cannot ship to %1 (see below). Finish their review in the Review area, or uncheck them to seal the rest.</source>
        <translation>
            <numerusform>%n conjunto de datos elegido no se puede enviar a %1 (ver más abajo). Hay que terminar su revisión en el área «Revisión» o desmarcarlo para sellar el resto.</numerusform>
            <numerusform>%n conjuntos de datos elegidos no se pueden enviar a %1 (ver más abajo). Hay que terminar su revisión en el área «Revisión» o desmarcarlos para sellar el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can ship to %1.</source>
        <translation>No se puede enviar nada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, will ship to %2.</source>
        <translation>
            <numerusform>%n archivo, %1, se enviará a %2.</numerusform>
            <numerusform>%n archivos, %1, se enviarán a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ No recipient chosen: the files leave unencrypted, readable by anyone with access to the destination.</source>
        <translation>⚠ No se ha elegido ningún destinatario: los archivos salen sin cifrar, legibles para cualquiera con acceso al destino.</translation>
    </message>
    <message numerus="yes">
        <source>Every file is encrypted with Crypt4GH; only the %n chosen recipient(s) can read it.</source>
        <translation>
            <numerusform>Cada archivo se cifra con Crypt4GH; solo puede leerlo %n destinatario elegido.</numerusform>
            <numerusform>Cada archivo se cifra con Crypt4GH; solo pueden leerlo los %n destinatarios elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle named %1 exists: saving makes its version %2.</source>
        <translation>Ya existe un paquete llamado %1: al guardar se crea su versión %2.</translation>
    </message>
</context>
<context>
    <name>steward::BundleListModel</name>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, cifrado</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 en %n archivo</numerusform>
            <numerusform>%1 en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sealed yet: it can still change.</source>
        <translation>Aún no está sellado: todavía puede cambiar.</translation>
    </message>
    <message>
        <source>Files are not encrypted.</source>
        <translation>Los archivos no están cifrados.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted with Crypt4GH for %n recipient(s).</source>
        <translation>
            <numerusform>Cifrado con Crypt4GH para %n destinatario.</numerusform>
            <numerusform>Cifrado con Crypt4GH para %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload-Oxum %1</source>
        <translation>Payload-Oxum %1</translation>
    </message>
    <message>
        <source>SHA-256 of tagmanifest-sha256.txt:
%1</source>
        <translation>SHA-256 de tagmanifest-sha256.txt:
%1</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
</context>
<context>
    <name>steward::BundlesArea</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Editar borrador…</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sellar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>New bundle…</source>
        <translation>Nuevo paquete…</translation>
    </message>
    <message>
        <source>Package approved, de-identified datasets for one destination</source>
        <translation>Empaquetar conjuntos de datos aprobados y desidentificados para un destino</translation>
    </message>
    <message>
        <source>Checks every gate again and writes the BagIt bag; a sealed bundle never changes</source>
        <translation>Vuelve a comprobar todos los requisitos y escribe la bolsa BagIt; un paquete sellado nunca cambia</translation>
    </message>
    <message>
        <source>Re-reads every file of the bag and checks it against its manifests and the sealed identifier</source>
        <translation>Vuelve a leer cada archivo de la bolsa y lo coteja con sus manifiestos y el identificador sellado</translation>
    </message>
    <message>
        <source>A draft revising the selected sealed bundle</source>
        <translation>Un borrador que revisa el paquete sellado seleccionado</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Claves…</translation>
    </message>
    <message>
        <source>Crypt4GH recipients and your own key pairs</source>
        <translation>Destinatarios de Crypt4GH y sus propios pares de claves</translation>
    </message>
    <message>
        <source>No bundles yet</source>
        <translation>Aún no hay paquetes</translation>
    </message>
    <message>
        <source>A bundle packages approved, de-identified datasets for one destination into a sealed BagIt bag with RO-Crate metadata, optionally encrypted with Crypt4GH for its recipients.

Approve a dataset&apos;s consent and its de-identification in the Review area, then make a bundle of it here.</source>
        <translation>Un paquete reúne conjuntos de datos aprobados y desidentificados para un destino en una bolsa BagIt sellada con metadatos RO-Crate, opcionalmente cifrada con Crypt4GH para sus destinatarios.

Hay que aprobar el consentimiento y la desidentificación de un conjunto de datos en el área «Revisión» y después crear aquí un paquete con él.</translation>
    </message>
    <message>
        <source>Manage Crypt4GH keys…</source>
        <translation>Gestionar claves Crypt4GH…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Saved the draft %1. Seal it when every dataset can ship.</source>
        <translation>Se guardó el borrador %1. Hay que sellarlo cuando todos los conjuntos de datos se puedan enviar.</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>Sellando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %1: %n file(s) in %2. Identifier %3.</source>
        <translation>
            <numerusform>%1 sellado: %n archivo en %2. Identificador %3.</numerusform>
            <numerusform>%1 sellado: %n archivos en %2. Identificador %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not sealed: %2</source>
        <translation>%1 no se selló: %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled.</source>
        <translation>Se canceló la verificación de %1.</translation>
    </message>
    <message>
        <source>%1 is valid: every file matches what was sealed.</source>
        <translation>%1 es válido: cada archivo coincide con lo que se selló.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n problem(s), listed below.</source>
        <translation>
            <numerusform>%1 no es válido: %n problema, indicado abajo.</numerusform>
            <numerusform>%1 no es válido: %n problemas, indicados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made %1, a draft with the same datasets: edit it, then seal it.</source>
        <translation>Se creó %1, un borrador con los mismos conjuntos de datos: hay que editarlo y después sellarlo.</translation>
    </message>
    <message>
        <source>No bundle %1.</source>
        <translation>No hay ningún paquete %1.</translation>
    </message>
    <message>
        <source>Discarded the draft %1.</source>
        <translation>Se descartó el borrador %1.</translation>
    </message>
    <message>
        <source>Discard the draft %1? Its choice of datasets and recipients is lost; sealed bundles are not affected.</source>
        <translation>¿Descartar el borrador %1? Se pierde su selección de conjuntos de datos y destinatarios; los paquetes sellados no se ven afectados.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>steward::ConsentEditDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Dataset consent</source>
        <translation>Consentimiento del conjunto de datos</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consentimiento de %1</translation>
    </message>
    <message>
        <source>Every dataset this sample is in</source>
        <translation>Todos los conjuntos de datos que contienen esta muestra</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>e.g. DS(MONDO:0005148);NPU;GS(EU)</source>
        <translation>p. ej. DS(MONDO:0005148);NPU;GS(EU)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>DUO codes</source>
        <translation>Códigos DUO</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento otorgado</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Consent document</source>
        <translation>Documento de consentimiento</translation>
    </message>
    <message>
        <source>The document cannot be read.</source>
        <translation>No se puede leer el documento.</translation>
    </message>
    <message>
        <source>Computing the SHA-256…</source>
        <translation>Calculando el SHA-256…</translation>
    </message>
    <message>
        <source>The expiry is before the consent date.</source>
        <translation>La caducidad es anterior a la fecha del consentimiento.</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Válido: %1</translation>
    </message>
</context>
<context>
    <name>steward::ConsentView</name>
    <message>
        <source>Edit consent…</source>
        <translation>Editar consentimiento…</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Quitar consentimiento</translation>
    </message>
    <message>
        <source>The dataset</source>
        <translation>El conjunto de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is excluded: %2</source>
        <translation>Exclusión de &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comment for the record: why this decision (required to reject, to request changes, and to approve a match that needs review)</source>
        <translation>Comentario para que conste: por qué se toma esta decisión (obligatorio para rechazar, para solicitar cambios y para aprobar un cotejo que requiere revisión)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Choose a review item</source>
        <translation>Elegir un elemento de revisión</translation>
    </message>
    <message>
        <source>Select a dataset and destination in the queue to see each sample&apos;s consent and decide.</source>
        <translation>Seleccionar un conjunto de datos y un destino en la cola para ver el consentimiento de cada muestra y decidir.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Declared use: %1</source>
        <translation>Uso declarado: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; — %3. Review state: %4.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; — %3. Estado de la revisión: %4.</translation>
    </message>
    <message>
        <source>Earlier decision withdrawn: %1</source>
        <translation>Decisión anterior retirada: %1</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 → %5</source>
        <translation>%1  %2 (%3): %4 → %5</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aún no hay decisiones.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
</context>
<context>
    <name>steward::CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>steward::DataUseEditor</name>
    <message>
        <source>For-profit organisation</source>
        <translation>Organización con ánimo de lucro</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Uso comercial</translation>
    </message>
    <message>
        <source>Ethics approval held</source>
        <translation>Cuenta con aprobación ética</translation>
    </message>
    <message>
        <source>Collaborates with the data&apos;s owners</source>
        <translation>Colabora con los propietarios de los datos</translation>
    </message>
    <message>
        <source>Will publish results</source>
        <translation>Publicará los resultados</translation>
    </message>
    <message>
        <source>Returns derived data to the resource</source>
        <translation>Devuelve los datos derivados al recurso</translation>
    </message>
    <message>
        <source>MONDO:0005148, MONDO:0004975</source>
        <translation>MONDO:0005148, MONDO:0004975</translation>
    </message>
    <message>
        <source>Country or region code, e.g. DE or EU</source>
        <translation>Código de país o región, p. ej. DE o EU</translation>
    </message>
    <message>
        <source>Primary purpose</source>
        <translation>Finalidad principal</translation>
    </message>
    <message>
        <source>Diseases studied</source>
        <translation>Enfermedades estudiadas</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>steward::DatasetBrowser</name>
    <message>
        <source>Find datasets by name, folder or format</source>
        <translation>Buscar conjuntos de datos por nombre, carpeta o formato</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>Variants (VCF, BCF)</source>
        <translation>Variantes (VCF, BCF)</translation>
    </message>
    <message>
        <source>Alignments (SAM, BAM, CRAM)</source>
        <translation>Alineamientos (SAM, BAM, CRAM)</translation>
    </message>
    <message>
        <source>References (FASTA)</source>
        <translation>Referencias (FASTA)</translation>
    </message>
    <message>
        <source>Clinical sidecars</source>
        <translation>Archivos clínicos asociados</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Without problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 datasets</source>
        <translation>%1 de %2 conjuntos de datos</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Volver a escanear</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Browse variants</source>
        <translation>Explorar variantes</translation>
    </message>
</context>
<context>
    <name>steward::DatasetDetailView</name>
    <message>
        <source>Find in header (Enter for the next match)</source>
        <translation>Buscar en la cabecera (Intro para la siguiente coincidencia)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Contigs</source>
        <translation>Contigs</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Files and problems</source>
        <translation>Archivos y problemas</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Ningún conjunto de datos seleccionado</translation>
    </message>
    <message>
        <source>Select a dataset in the list to see its summary, header, samples, contigs and plots.</source>
        <translation>Al seleccionar un conjunto de datos en la lista se muestran su resumen, cabecera, muestras, contigs y gráficos.</translation>
    </message>
    <message>
        <source>(This file has no header text.)</source>
        <translation>(Este archivo no tiene texto de cabecera.)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>End-of-file marker</source>
        <translation>Marcador de fin de archivo</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing: the file is truncated</source>
        <translation>ausente: el archivo está truncado</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
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
        <translation>Otras variantes</translation>
    </message>
    <message>
        <source>Multiallelic sites</source>
        <translation>Sitios multialélicos</translation>
    </message>
    <message>
        <source>Reference-only records</source>
        <translation>Registros solo con referencia</translation>
    </message>
    <message>
        <source>Ts/Tv</source>
        <translation>Ts/Tv</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineamientos</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>QC-failed</source>
        <translation>QC no superado</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeadas</translation>
    </message>
    <message>
        <source>Properly paired</source>
        <translation>Correctamente emparejadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundarias</translation>
    </message>
    <message>
        <source>Supplementary</source>
        <translation>Suplementarias</translation>
    </message>
    <message>
        <source>Read groups</source>
        <translation>Grupos de lecturas</translation>
    </message>
    <message>
        <source>Samples described</source>
        <translation>Muestras descritas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>No se encontró ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
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
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Contig</source>
        <translation>Contig</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Mapped reads</source>
        <translation>Lecturas mapeadas</translation>
    </message>
    <message>
        <source>Unmapped reads</source>
        <translation>Lecturas no mapeadas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Excluida: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>steward::DatasetTableModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indexado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>not indexable</source>
        <translation>no indexable</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Records/reads</source>
        <translation>Registros/lecturas</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>De-identification</source>
        <translation>Desidentificación</translation>
    </message>
</context>
<context>
    <name>steward::DeidView</name>
    <message>
        <source>Run profile</source>
        <translation>Ejecutar perfil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show the pseudonym table</source>
        <translation>Mostrar la tabla de seudónimos</translation>
    </message>
    <message>
        <source>Re-identification risk…</source>
        <translation>Riesgo de reidentificación…</translation>
    </message>
    <message>
        <source>Approve de-identification</source>
        <translation>Aprobar la desidentificación</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Profile file…</source>
        <translation>Archivo de perfil…</translation>
    </message>
    <message>
        <source>safe-harbor keeps only structural header lines (the strict default); research-minimal keeps the reference, pipeline names and read names.</source>
        <translation>safe-harbor conserva solo las líneas de cabecera estructurales (el valor predeterminado estricto); research-minimal conserva la referencia, los nombres de pipeline y los nombres de lectura.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Records in → out</source>
        <translation>Registros entrada → salida</translation>
    </message>
    <message>
        <source>Content digest</source>
        <translation>Resumen del contenido</translation>
    </message>
    <message>
        <source>Output SHA-256</source>
        <translation>SHA-256 de la salida</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>The mapping from samples to pseudonyms stays on this workstation, encrypted. Only the steward sees it here; the data controller gets it as an encrypted export (steward pseudonyms export).</source>
        <translation>La correspondencia entre muestras y seudónimos se queda cifrada en esta estación de trabajo. Solo el custodio de los datos la ve aquí; el responsable del tratamiento la recibe como exportación cifrada (steward pseudonyms export).</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Header before and after</source>
        <translation>Cabecera antes y después</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Seudónimos</translation>
    </message>
    <message>
        <source>Comment (needed to reject)</source>
        <translation>Comentario (necesario para rechazar)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a review item&lt;/b&gt; to de-identify its dataset.</source>
        <translation>&lt;b&gt;Hay que elegir un elemento de revisión&lt;/b&gt; para desidentificar su conjunto de datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2: %3</translation>
    </message>
    <message>
        <source>Not de-identified yet. Run a profile: Steward writes de-identified copies beside its catalog, validates them against the originals and shows here what it found and changed. Originals are never modified.</source>
        <translation>Aún no se ha desidentificado. Hay que ejecutar un perfil: Steward escribe copias desidentificadas junto a su catálogo, las valida con los originales y muestra aquí lo que encontró y cambió. Los originales nunca se modifican.</translation>
    </message>
    <message>
        <source>Run %1 with %2 (sha256 %3…) by %4, %5: </source>
        <translation>Ejecución %1 con %2 (sha256 %3…) por %4, %5: </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message numerus="yes">
        <source>validated, but %n high-severity finding(s) remain unresolved.</source>
        <translation>
            <numerusform>validada, pero queda %n hallazgo de gravedad alta sin resolver.</numerusform>
            <numerusform>validada, pero quedan %n hallazgos de gravedad alta sin resolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>validated; every high-severity finding resolved.</source>
        <translation>validada; todos los hallazgos de gravedad alta están resueltos.</translation>
    </message>
    <message>
        <source>not transformed</source>
        <translation>sin transformar</translation>
    </message>
    <message>
        <source>equal (%1…)</source>
        <translation>iguales (%1…)</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DISTINTOS</translation>
    </message>
    <message>
        <source>input %1
output %2</source>
        <translation>entrada %1
salida %2</translation>
    </message>
    <message>
        <source>De-identifying %1 with %2…</source>
        <translation>Desidentificando %1 con %2…</translation>
    </message>
    <message>
        <source>Choose a de-identification profile</source>
        <translation>Elegir un perfil de desidentificación</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 de-identified: %n file(s) written and validated.</source>
        <translation>
            <numerusform>%1 desidentificado: %n archivo escrito y validado.</numerusform>
            <numerusform>%1 desidentificado: %n archivos escritos y validados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the audit log.</source>
        <translation>Registrado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>No pseudonym recorded for this dataset&apos;s samples (the run failed, or the profile keeps sample names).</source>
        <translation>No hay ningún seudónimo registrado para las muestras de este conjunto de datos (la ejecución falló o el perfil conserva los nombres de muestra).</translation>
    </message>
    <message>
        <source>body byte-identical</source>
        <translation>cuerpo idéntico byte a byte</translation>
    </message>
    <message>
        <source>The copied body was compared byte for byte with the input&apos;s</source>
        <translation>El cuerpo copiado se comparó byte a byte con el de la entrada</translation>
    </message>
</context>
<context>
    <name>steward::HeaderDiffView</name>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt; (original, never modified)</source>
        <translation>&lt;b&gt;Antes&lt;/b&gt; (original, nunca modificado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;After&lt;/b&gt; (what is shared)</source>
        <translation>&lt;b&gt;Después&lt;/b&gt; (lo que se comparte)</translation>
    </message>
    <message>
        <source>No de-identified header to compare yet.</source>
        <translation>Aún no hay ninguna cabecera desidentificada que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) dropped or rewritten</source>
        <translation>
            <numerusform>%n línea eliminada o reescrita</numerusform>
            <numerusform>%n líneas eliminadas o reescritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) new or rewritten</source>
        <translation>
            <numerusform>%n línea nueva o reescrita</numerusform>
            <numerusform>%n líneas nuevas o reescritas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::IssuesModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Sample %1 is excluded from everything shared. %2</source>
        <translation>La muestra %1 queda excluida de todo lo que se comparta. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) (has|have) no consent on record and cannot be shared: %1.</source>
        <translation>
            <numerusform>%n muestra no tiene ningún consentimiento registrado y no se puede compartir: %1.</numerusform>
            <numerusform>%n muestras no tienen ningún consentimiento registrado y no se pueden compartir: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>De-identification with profile %1 failed: %2</source>
        <translation>La desidentificación con el perfil %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 left by profile %2: “%3”</source>
        <translation>%1 restante tras el perfil %2: «%3»</translation>
    </message>
</context>
<context>
    <name>steward::JobManager</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Terminada en %1 s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
</context>
<context>
    <name>steward::KeyManagerDialog</name>
    <message>
        <source>Not protected</source>
        <translation>Sin protección</translation>
    </message>
    <message>
        <source>Passphrase (%1)</source>
        <translation>Frase de contraseña (%1)</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Añadir destinatario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Crypt4GH keys</source>
        <translation>Claves Crypt4GH</translation>
    </message>
    <message>
        <source>Removes the key from the address book; bundles already sealed for it stay readable by it</source>
        <translation>Quita la clave de la libreta de direcciones; los paquetes ya sellados para ella siguen pudiéndose leer con ella</translation>
    </message>
    <message>
        <source>Who the key belongs to, e.g. EGA inbox</source>
        <translation>A quién pertenece la clave, p. ej. buzón de EGA</translation>
    </message>
    <message>
        <source>Paste the public key here:
-----BEGIN CRYPT4GH PUBLIC KEY-----
…
-----END CRYPT4GH PUBLIC KEY-----</source>
        <translation>Pegar aquí la clave pública:
-----BEGIN CRYPT4GH PUBLIC KEY-----
…
-----END CRYPT4GH PUBLIC KEY-----</translation>
    </message>
    <message>
        <source>Optional: where the key came from, how it was checked</source>
        <translation>Opcional: de dónde procede la clave y cómo se comprobó</translation>
    </message>
    <message>
        <source>Choose a .pub file…</source>
        <translation>Elegir un archivo .pub…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Bundles can be encrypted for the people and archives listed here; only the holder of the matching secret key can read them. Check a fingerprint with its owner before relying on it.</source>
        <translation>Los paquetes se pueden cifrar para las personas y los archivos de datos indicados aquí; solo quien tenga la clave secreta correspondiente puede leerlos. Hay que comprobar una huella con su propietario antes de confiar en ella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a recipient&lt;/b&gt;</source>
        <translation>&lt;b&gt;Añadir un destinatario&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Secret key file</source>
        <translation>Archivo de clave secreta</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Passphrase remembered</source>
        <translation>Frase de contraseña recordada</translation>
    </message>
    <message>
        <source>Generate key pair…</source>
        <translation>Generar par de claves…</translation>
    </message>
    <message>
        <source>Your own key pairs: give the public key to whoever sends you encrypted data, and keep the secret key file to yourself. Bundles can also be encrypted for you, to keep a readable copy.</source>
        <translation>Sus propios pares de claves: hay que entregar la clave pública a quien le envíe datos cifrados y no compartir el archivo de clave secreta. Los paquetes también se pueden cifrar para usted, para conservar una copia legible.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Your key pairs</source>
        <translation>Sus pares de claves</translation>
    </message>
    <message>
        <source>Choose a Crypt4GH public key</source>
        <translation>Elegir una clave pública Crypt4GH</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.key);;All files (*)</source>
        <translation>Claves públicas (*.pub *.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key; choose the .pub file.</source>
        <translation>%1 es demasiado grande para ser una clave pública; hay que elegir el archivo .pub.</translation>
    </message>
    <message>
        <source>Name the recipient: bundles and reports show the key by this name.</source>
        <translation>Hay que dar un nombre al destinatario: los paquetes y los informes muestran la clave con ese nombre.</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the address book.</source>
        <translation>Se añadió %1 (%2) a la libreta de direcciones.</translation>
    </message>
    <message>
        <source>Removed %1 from the address book.</source>
        <translation>Se eliminó %1 de la libreta de direcciones.</translation>
    </message>
    <message>
        <source>Wrote %1 (give it to senders) and %2 (%3; keep it to yourself).</source>
        <translation>Se escribieron %1 (para entregarlo a los remitentes) y %2 (%3; no compartirlo).</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>sin protección</translation>
    </message>
    <message>
        <source>protected by a %1 passphrase</source>
        <translation>protegido con una frase de contraseña %1</translation>
    </message>
    <message>
        <source>Yes, in the keychain</source>
        <translation>Sí, en el llavero</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>steward::KeyPairDialog</name>
    <message>
        <source>Protect the secret key with a passphrase (scrypt)</source>
        <translation>Proteger la clave secreta con una frase de contraseña (scrypt)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>Recordar la frase de contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Generate a key pair</source>
        <translation>Generar un par de claves</translation>
    </message>
    <message>
        <source>e.g. steward-%1</source>
        <translation>p. ej. steward-%1</translation>
    </message>
    <message>
        <source>Kept in the OS keychain (or Steward&apos;s encrypted secrets file where no keychain runs), never in the catalog.</source>
        <translation>Se guarda en el llavero del sistema operativo (o en el archivo cifrado de secretos de Steward donde no hay llavero), nunca en el catálogo.</translation>
    </message>
    <message>
        <source>Steward writes NAME.pub, the public key to give to whoever sends you data, and NAME.sec, the secret key only you keep (readable by you alone).</source>
        <translation>Steward escribe NOMBRE.pub, la clave pública que se entrega a quien le envíe datos, y NOMBRE.sec, la clave secreta que solo usted conserva (legible solo por usted).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Folder for the key pair</source>
        <translation>Carpeta del par de claves</translation>
    </message>
    <message>
        <source>Name the key pair (it names its two files, so no slashes).</source>
        <translation>Hay que dar un nombre al par de claves (da nombre a sus dos archivos, así que sin barras).</translation>
    </message>
    <message>
        <source>Choose the folder the key files go in.</source>
        <translation>Hay que elegir la carpeta donde irán los archivos de clave.</translation>
    </message>
    <message>
        <source>Type a passphrase to protect the secret key, or turn protection off on purpose.</source>
        <translation>Hay que escribir una frase de contraseña para proteger la clave secreta o desactivar la protección a propósito.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; hay que escribirlas de nuevo.</translation>
    </message>
    <message>
        <source>You already have a key pair named %1 (%2); choose another name.</source>
        <translation>Ya tiene un par de claves llamado %1 (%2); hay que elegir otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not generate an X25519 key pair.</source>
        <translation>No se pudo generar un par de claves X25519.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2, but could not record them in the catalog: %3</source>
        <translation>Se escribieron %1 y %2, pero no se pudieron registrar en el catálogo: %3</translation>
    </message>
    <message>
        <source>The passphrase could not be remembered: %1</source>
        <translation>No se pudo guardar la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Generating and writing the key pair…</source>
        <translation>Generando y escribiendo el par de claves…</translation>
    </message>
</context>
<context>
    <name>steward::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorios</translation>
    </message>
    <message>
        <source>Welcome to Steward</source>
        <translation>Bienvenido a Steward</translation>
    </message>
    <message>
        <source>Open a folder of genomic data (VCF, BCF, BAM, CRAM and their clinical sidecars) to catalog it, or explore the generated demo workspace first. Nothing in your folders is ever modified.</source>
        <translation>Abrir una carpeta de datos genómicos (VCF, BCF, BAM, CRAM y sus archivos clínicos asociados) para catalogarla, o explorar primero el espacio de trabajo de demostración generado. Nunca se modifica nada en las carpetas.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>Abrir una carpeta…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Depuración y superior</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info y superior</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel every running job</source>
        <translation>Cancelar todas las tareas en curso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>Re&amp;move workspace</source>
        <translation>&amp;Quitar espacio de trabajo</translation>
    </message>
    <message>
        <source>Re&amp;scan all workspaces</source>
        <translation>Volver a &amp;escanear todos los espacios de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find datasets</source>
        <translation>&amp;Buscar conjuntos de datos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Acerca de Steward</translation>
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>Generando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <source>Could not generate the demo workspace: %1</source>
        <translation>No se pudo generar el espacio de trabajo de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable folder.</source>
        <translation>No se puede abrir %1: no es una carpeta legible.</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Escaneando %1</translation>
    </message>
    <message>
        <source>Scan finished: %1 files read, %2 unchanged, %3 with errors, %4 with warnings.</source>
        <translation>Escaneo terminado: %1 archivos leídos, %2 sin cambios, %3 con errores, %4 con advertencias.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Abrir una carpeta como espacio de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>Rescanning %n workspace(s)</source>
        <translation>
            <numerusform>Volviendo a escanear %n espacio de trabajo</numerusform>
            <numerusform>Volviendo a escanear %n espacios de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescanning %1</source>
        <translation>Volviendo a escanear %1</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Quitar espacio de trabajo</translation>
    </message>
    <message>
        <source>Remove the workspace %1 from the catalog? Its files on disk are not touched.</source>
        <translation>¿Quitar el espacio de trabajo %1 del catálogo? Sus archivos en el disco no se modifican.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n espacio de trabajo</numerusform>
            <numerusform>%n espacios de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Acerca de Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;A workstation for sharing genomic data responsibly: catalog, review consent and de-identification, bundle and transfer.&lt;/p&gt;&lt;p&gt;Built on Qt %2, htslib %3 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Una estación de trabajo para compartir datos genómicos de forma responsable: catalogar, revisar el consentimiento y la desidentificación, empaquetar y transferir.&lt;/p&gt;&lt;p&gt;Desarrollado con Qt %2, htslib %3 y SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No variant file open</source>
        <translation>Ningún archivo de variantes abierto</translation>
    </message>
    <message>
        <source>Double-click a VCF or BCF dataset in Datasets (or choose Browse variants in its menu) to browse its variants: filter like bcftools, pick a patient, export what you see.</source>
        <translation>Al hacer doble clic en un conjunto de datos VCF o BCF en «Conjuntos de datos» (o elegir «Explorar variantes» en su menú) se pueden explorar sus variantes: filtrar como con bcftools, elegir un paciente y exportar lo que se ve.</translation>
    </message>
    <message>
        <source>Go to Datasets</source>
        <translation>Ir a conjuntos de datos</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>steward::PhiFindingsModel</name>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Text found</source>
        <translation>Texto encontrado</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
</context>
<context>
    <name>steward::PlotPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Guardar este gráfico como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Hay que elegir un archivo con extensión .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>steward::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As many as cores (%1)</source>
        <translation>Tantos como núcleos (%1)</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Folder with reference FASTA files</source>
        <translation>Carpeta con archivos FASTA de referencia</translation>
    </message>
    <message>
        <source>Steward never downloads references. CRAM files are decoded with FASTA files (and their .fai) found in these folders or in the workspace.</source>
        <translation>Steward nunca descarga referencias. Los archivos CRAM se decodifican con los archivos FASTA (y sus .fai) que haya en estas carpetas o en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Hilos de trabajo:</translation>
    </message>
    <message>
        <source>Reference folders:</source>
        <translation>Carpetas de referencias:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Steward restarts.</source>
        <translation>El cambio de idioma se aplica al reiniciar Steward.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>steward::RecipientKeyModel</name>
    <message>
        <source>%1
Public key: %2</source>
        <translation>%1
Clave pública: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The key of %1</source>
        <translation>La clave de %1</translation>
    </message>
</context>
<context>
    <name>steward::RepositoriesArea</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Declared data use</source>
        <translation>Uso de datos declarado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Logs in and writes a small probe file, removed again</source>
        <translation>Inicia sesión y escribe un pequeño archivo de prueba, que después se elimina</translation>
    </message>
    <message>
        <source>No repositories yet</source>
        <translation>Aún no hay repositorios</translation>
    </message>
    <message>
        <source>Add the places bundles are pushed to: S3-compatible stores, SFTP inboxes, WebDAV servers or folders, each with the data use it declares.</source>
        <translation>Añadir los lugares a los que se envían los paquetes: almacenes compatibles con S3, buzones SFTP, servidores WebDAV o carpetas, cada uno con el uso de datos que declara.</translation>
    </message>
    <message>
        <source>Add a repository…</source>
        <translation>Añadir un repositorio…</translation>
    </message>
    <message>
        <source>s3://%1 at %2</source>
        <translation>s3://%1 en %2</translation>
    </message>
    <message>
        <source>No connection (declares a data use only)</source>
        <translation>Sin conexión (solo declara un uso de datos)</translation>
    </message>
    <message>
        <source>None declared: nothing can be approved for it</source>
        <translation>Ninguno declarado: no se puede aprobar nada para él</translation>
    </message>
    <message>
        <source>Repository added.</source>
        <translation>Repositorio añadido.</translation>
    </message>
    <message>
        <source>Repository saved. Queued transfers to it wait for you to resume them if where it sends to changed.</source>
        <translation>Repositorio guardado. Si ha cambiado el lugar al que envía, las transferencias en cola hacia él esperan a que usted las reanude.</translation>
    </message>
    <message>
        <source>Remove repository</source>
        <translation>Quitar repositorio</translation>
    </message>
    <message>
        <source>Remove the repository %1? Its stored secret is deleted and its review items go; files already delivered stay where they are.</source>
        <translation>¿Quitar el repositorio %1? Se borra su secreto guardado y desaparecen sus elementos de revisión; los archivos ya entregados se quedan donde están.</translation>
    </message>
    <message>
        <source>Repository %1 removed.</source>
        <translation>Repositorio %1 quitado.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1: %2 works.</source>
        <translation>%1: %2 funciona.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be removed: %n transfer(s) in the queue (refers|refer) to it, and their record of what was delivered where must stay intact.</source>
        <translation>
            <numerusform>No se puede quitar %1: %n transferencia de la cola hace referencia a él, y su registro de qué se entregó y dónde debe conservarse intacto.</numerusform>
            <numerusform>No se puede quitar %1: %n transferencias de la cola hacen referencia a él, y su registro de qué se entregó y dónde debe conservarse intacto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::RepositoryDialog</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>S3-compatible</source>
        <translation>Compatible con S3</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Data use only</source>
        <translation>Solo uso de datos</translation>
    </message>
    <message>
        <source>e.g. EGA inbox</source>
        <translation>p. ej. buzón de EGA</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Edit repository %1</source>
        <translation>Editar el repositorio %1</translation>
    </message>
    <message>
        <source>Add a repository</source>
        <translation>Añadir un repositorio</translation>
    </message>
    <message>
        <source>Unlocks Steward&apos;s encrypted secrets file</source>
        <translation>Desbloquea el archivo cifrado de secretos de Steward</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Secrets file passphrase</source>
        <translation>Frase de contraseña del archivo de secretos</translation>
    </message>
    <message>
        <source>Logs in and writes a small probe file, removed again</source>
        <translation>Inicia sesión y escribe un pequeño archivo de prueba, que después se elimina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Declared data use</source>
        <translation>Uso de datos declarado</translation>
    </message>
    <message>
        <source>What this repository does with the data it receives. Every dataset&apos;s consent is matched against it in Review; changing it sends earlier approvals back to review.</source>
        <translation>Qué hace este repositorio con los datos que recibe. El consentimiento de cada conjunto de datos se coteja con él en «Revisión»; cambiarlo devuelve las aprobaciones anteriores a revisión.</translation>
    </message>
    <message>
        <source>No data use is declared yet, so no dataset can be approved for this repository; saving declares the one above.</source>
        <translation>Aún no hay ningún uso de datos declarado, así que no se puede aprobar ningún conjunto de datos para este repositorio; al guardar se declara el de arriba.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A local or mounted folder</source>
        <translation>Una carpeta local o montada</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Elegir la carpeta del repositorio</translation>
    </message>
    <message>
        <source>Each file is written under a temporary name, flushed to disk and renamed, so a half-copied file never appears.</source>
        <translation>Cada archivo se escribe con un nombre temporal, se vuelca a disco y se renombra, de modo que nunca aparece un archivo copiado a medias.</translation>
    </message>
    <message>
        <source>inbox.example.org</source>
        <translation>inbox.example.org</translation>
    </message>
    <message>
        <source>Optional: a private key file</source>
        <translation>Opcional: un archivo de clave privada</translation>
    </message>
    <message>
        <source>SHA256:…</source>
        <translation>SHA256:…</translation>
    </message>
    <message>
        <source>Required. Ask the repository&apos;s administrator for the server&apos;s host key fingerprint and enter it here, or fetch it and compare it with theirs: Steward never trusts a host key it was not given.</source>
        <translation>Obligatorio. Hay que pedir al administrador del repositorio la huella de la clave de host del servidor e introducirla aquí, u obtenerla y compararla con la suya: Steward nunca confía en una clave de host que no se le haya dado.</translation>
    </message>
    <message>
        <source>Fetch host key</source>
        <translation>Obtener clave de host</translation>
    </message>
    <message>
        <source>Asks the server for its key without logging in, for you to compare</source>
        <translation>Pide su clave al servidor sin iniciar sesión, para que usted la compare</translation>
    </message>
    <message>
        <source>The fingerprints match: trust this key</source>
        <translation>Las huellas coinciden: confiar en esta clave</translation>
    </message>
    <message>
        <source>Optional: a folder, e.g. inbox</source>
        <translation>Opcional: una carpeta, p. ej. inbox</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Elegir la clave privada</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clave de host</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Carpeta remota</translation>
    </message>
    <message>
        <source>https://s3.example.org</source>
        <translation>https://s3.example.org</translation>
    </message>
    <message>
        <source>Optional: a key prefix</source>
        <translation>Opcional: un prefijo de clave</translation>
    </message>
    <message>
        <source>Path-style URLs (most stores other than AWS)</source>
        <translation>URL de estilo ruta (la mayoría de los almacenes que no son AWS)</translation>
    </message>
    <message>
        <source>Send SHA-256 checksum headers</source>
        <translation>Enviar cabeceras de suma de comprobación SHA-256</translation>
    </message>
    <message>
        <source>Turn off for stores that reject x-amz-checksum-sha256</source>
        <translation>Desactivar para almacenes que rechazan x-amz-checksum-sha256</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>Part size</source>
        <translation>Tamaño de parte</translation>
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
        <translation>Este repositorio solo declara un uso de datos para la revisión; hay que elegir otro tipo para enviarle datos.</translation>
    </message>
    <message>
        <source>Password or key passphrase</source>
        <translation>Contraseña o frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Stored securely; leave empty to keep it</source>
        <translation>Guardado de forma segura; dejar vacío para conservarlo</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the catalog</source>
        <translation>Se guarda en el llavero, nunca en el catálogo</translation>
    </message>
    <message>
        <source>Give the repository a name.</source>
        <translation>Hay que dar un nombre al repositorio.</translation>
    </message>
    <message>
        <source>A repository named %1 exists already; choose another name.</source>
        <translation>Ya existe un repositorio llamado %1; hay que elegir otro nombre.</translation>
    </message>
    <message>
        <source>Choose the folder Steward copies to.</source>
        <translation>Hay que elegir la carpeta a la que copia Steward.</translation>
    </message>
    <message>
        <source>Enter the SFTP server&apos;s host name.</source>
        <translation>Hay que introducir el nombre de host del servidor SFTP.</translation>
    </message>
    <message>
        <source>Enter the user name to log in to %1 with.</source>
        <translation>Hay que introducir el nombre de usuario con el que iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:…). Get it from the repository&apos;s administrator, or fetch it and compare it with theirs: a key nobody checked is not trusted.</source>
        <translation>Hay que introducir la huella de la clave de host del servidor (SHA256:…). Se obtiene del administrador del repositorio, o bien se descarga y se compara con la suya: no se confía en una clave que nadie ha comprobado.</translation>
    </message>
    <message>
        <source>Enter the host key fingerprint as OpenSSH prints it: SHA256:… (ssh-keyscan HOST | ssh-keygen -lf -).</source>
        <translation>Hay que introducir la huella de la clave de host tal como la muestra OpenSSH: SHA256:… (ssh-keyscan HOST | ssh-keygen -lf -).</translation>
    </message>
    <message>
        <source>Enter the S3 endpoint URL.</source>
        <translation>Hay que introducir la URL del endpoint S3.</translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation>Hay que introducir el bucket.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Hay que introducir el ID de la clave de acceso.</translation>
    </message>
    <message>
        <source>S3 parts are at least 5 MiB (or choose Automatic).</source>
        <translation>Las partes de S3 ocupan al menos 5 MiB (o se puede elegir «Automático»).</translation>
    </message>
    <message>
        <source>Enter the WebDAV URL.</source>
        <translation>Hay que introducir la URL de WebDAV.</translation>
    </message>
    <message>
        <source>The WebDAV URL must start with https:// (or http://).</source>
        <translation>La URL de WebDAV debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funciona.</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Primero hay que introducir el host.</translation>
    </message>
    <message>
        <source>Asking %1 for its host key…</source>
        <translation>Pidiendo a %1 su clave de host…</translation>
    </message>
    <message>
        <source>%1:%2 presents this %3 key:
%4
Compare it character by character with the fingerprint the repository&apos;s administrator gave you (not one sent by the same server). Trust it only if they are identical.</source>
        <translation>%1:%2 presenta esta clave %3:
%4
Hay que compararla carácter por carácter con la huella que le dio el administrador del repositorio (no con una enviada por el mismo servidor). Solo debe confiar en ella si son idénticas.</translation>
    </message>
    <message>
        <source>Trusted %1; it is saved with the repository.</source>
        <translation>Se confía en %1; se guarda con el repositorio.</translation>
    </message>
    <message>
        <source>Optional: the PEM certificate of your institution&apos;s own certificate authority</source>
        <translation>Opcional: el certificado PEM de la autoridad de certificación propia de su institución</translation>
    </message>
    <message>
        <source>Choose the certificate authority&apos;s certificate</source>
        <translation>Elegir el certificado de la autoridad de certificación</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
</context>
<context>
    <name>steward::ReviewArea</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Import consent…</source>
        <translation>Importar consentimientos…</translation>
    </message>
    <message>
        <source>Declare destination…</source>
        <translation>Declarar destino…</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Aún no hay nada que revisar</translation>
    </message>
    <message>
        <source>Declare a destination (a repository and the use it makes of the data) and import the participants&apos; consent (a sample sheet with DUO codes, or Phenopackets). Each dataset then gets a review item per destination, with every sample&apos;s consent matched against the declared use.</source>
        <translation>Declarar un destino (un repositorio y el uso que hace de los datos) e importar el consentimiento de los participantes (una hoja de muestras con códigos DUO, o Phenopackets). Cada conjunto de datos recibe entonces un elemento de revisión por destino, en el que el consentimiento de cada muestra se coteja con el uso declarado.</translation>
    </message>
    <message>
        <source>Declare a destination…</source>
        <translation>Declarar un destino…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Import a DUO release…</source>
        <translation>Importar una versión de DUO…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Newest hash: %1</source>
        <translation>Hash más reciente: %1</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1</source>
        <translation>Registro de auditoría ROTO en la entrada %1</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Revisando como %1</translation>
    </message>
    <message>
        <source>Importing consent from %1…</source>
        <translation>Importando consentimientos de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n consent record(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n registro de consentimiento de %1.</numerusform>
            <numerusform>Se importaron %n registros de consentimiento de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n advertencia a continuación.</numerusform>
            <numerusform>%n advertencias a continuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s) below. Correct the file and import it again.</source>
        <translation>
            <numerusform>No se importó nada de %1: %n error a continuación. Hay que corregir el archivo e importarlo de nuevo.</numerusform>
            <numerusform>No se importó nada de %1: %n errores a continuación. Hay que corregir el archivo e importarlo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import consent</source>
        <translation>Importar consentimientos</translation>
    </message>
    <message>
        <source>Consent sheets and Phenopackets (*.csv *.tsv *.txt *.json)</source>
        <translation>Hojas de consentimientos y Phenopackets (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Declare a destination</source>
        <translation>Declarar un destino</translation>
    </message>
    <message>
        <source>e.g. EGA inbox</source>
        <translation>p. ej. buzón de EGA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Give the destination a name.</source>
        <translation>Hay que dar un nombre al destino.</translation>
    </message>
    <message>
        <source>Import a DUO release</source>
        <translation>Importar una versión de DUO</translation>
    </message>
    <message>
        <source>DUO releases (*.owl *.csv)</source>
        <translation>Versiones de DUO (*.owl *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Now using DUO release %1 (%n term(s)).</source>
        <translation>
            <numerusform>Ahora se usa la versión de DUO %1 (%n término).</numerusform>
            <numerusform>Ahora se usa la versión de DUO %1 (%n términos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Registro de auditoría exportado a %1.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>Your name as it appears on decisions (your login, %1, is always recorded with it):</source>
        <translation>Su nombre tal como aparece en las decisiones (su usuario, %1, siempre se registra junto a él):</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entr(y|ies), chain verified</source>
        <translation>
            <numerusform>Registro de auditoría: %n entrada, cadena verificada</numerusform>
            <numerusform>Registro de auditoría: %n entradas, cadena verificada</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>De-identification</source>
        <translation>Desidentificación</translation>
    </message>
</context>
<context>
    <name>steward::ReviewQueueModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent match</source>
        <translation>Cotejo del consentimiento</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Comentario o motivo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>steward::RiskDialog</name>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Equivalence class sizes</source>
        <translation>Tamaños de las clases de equivalencia</translation>
    </message>
    <message>
        <source>Re-identification risk</source>
        <translation>Riesgo de reidentificación</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>age:band10,sex,zip:3,date_of_diagnosis:year</source>
        <translation>age:band10,sex,zip:3,date_of_diagnosis:year</translation>
    </message>
    <message>
        <source>Quasi-identifiers, comma-separated. column:bandN puts ages in bands of N years (90 and over together), column:N keeps the first N characters (ZIP codes), column:year keeps the year of a date.</source>
        <translation>Cuasiidentificadores, separados por comas. columna:bandN agrupa las edades en tramos de N años (90 o más juntos), columna:N conserva los N primeros caracteres (códigos postales), columna:year conserva el año de una fecha.</translation>
    </message>
    <message>
        <source>Choose quasi-identifiers and compute.</source>
        <translation>Hay que elegir los cuasiidentificadores y calcular.</translation>
    </message>
    <message>
        <source>Class (quasi-identifier values)</source>
        <translation>Clase (valores de los cuasiidentificadores)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Quasi-identifiers:</source>
        <translation>Cuasiidentificadores:</translation>
    </message>
    <message>
        <source>Sensitive attribute:</source>
        <translation>Atributo sensible:</translation>
    </message>
    <message>
        <source>Smallest acceptable class (k):</source>
        <translation>Clase mínima aceptable (k):</translation>
    </message>
    <message>
        <source>Choose a clinical table</source>
        <translation>Elegir una tabla clínica</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.ped);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.ped);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n registro en %1.</numerusform>
            <numerusform>%n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset has no clinical table; choose one.</source>
        <translation>Este conjunto de datos no tiene ninguna tabla clínica; hay que elegir una.</translation>
    </message>
    <message>
        <source>%1 records in %2 classes over %3. k-anonymity: %4 (the smallest class). Records in classes smaller than %5: %6.</source>
        <translation>%1 registros en %2 clases según %3. k-anonimato: %4 (la clase más pequeña). Registros en clases menores que %5: %6.</translation>
    </message>
    <message>
        <source>l-diversity of %1: %2 (the fewest distinct values in a class).</source>
        <translation>l-diversidad de %1: %2 (el menor número de valores distintos en una clase).</translation>
    </message>
    <message numerus="yes">
        <source>Below k = %1: %n record(s) can be singled out by these quasi-identifiers. Generalise further (wider age bands, fewer ZIP digits) or remove columns before sharing.</source>
        <translation>
            <numerusform>Por debajo de k = %1: %n registro se puede singularizar con estos cuasiidentificadores. Antes de compartir, hay que generalizar más (tramos de edad más amplios, menos dígitos del código postal) o eliminar columnas.</numerusform>
            <numerusform>Por debajo de k = %1: %n registros se pueden singularizar con estos cuasiidentificadores. Antes de compartir, hay que generalizar más (tramos de edad más amplios, menos dígitos del código postal) o eliminar columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class size (records sharing the same quasi-identifiers)</source>
        <translation>Tamaño de clase (registros que comparten los mismos cuasiidentificadores)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>k = %1: classes left of %1 are at risk</source>
        <translation>k = %1: las clases a la izquierda de %1 están en riesgo</translation>
    </message>
    <message>
        <source>%1 is not a CSV, TSV or PED table.</source>
        <translation>%1 no es una tabla CSV, TSV ni PED.</translation>
    </message>
</context>
<context>
    <name>steward::SampleConsentModel</name>
    <message>
        <source>(whole dataset)</source>
        <translation>(todo el conjunto de datos)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Included (consent recorded for %1)</source>
        <translation>Incluida (consentimiento registrado para %1)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Consent (DUO)</source>
        <translation>Consentimiento (DUO)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cotejo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
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
        <translation>QC superado</translation>
    </message>
    <message>
        <source>QC-failed</source>
        <translation>QC no superado</translation>
    </message>
    <message>
        <source>There are no statistics to plot for this file: only VCF, BCF, SAM, BAM and CRAM files that could be read have them.</source>
        <translation>No hay estadísticas que representar para este archivo: solo las tienen los archivos VCF, BCF, SAM, BAM y CRAM que se pudieron leer.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>QUAL distribution</source>
        <translation>Distribución de QUAL</translation>
    </message>
    <message>
        <source>No record has a QUAL value.</source>
        <translation>Ningún registro tiene valor QUAL.</translation>
    </message>
    <message>
        <source>QUAL</source>
        <translation>QUAL</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 records have no QUAL (not plotted).</source>
        <translation>%1 registros no tienen QUAL (no representados).</translation>
    </message>
    <message>
        <source>Allele-frequency spectrum</source>
        <translation>Espectro de frecuencias alélicas</translation>
    </message>
    <message>
        <source>No allele frequencies: the file has no AC/AN and no genotypes.</source>
        <translation>Sin frecuencias alélicas: el archivo no tiene AC/AN ni genotipos.</translation>
    </message>
    <message>
        <source>Non-reference allele frequency</source>
        <translation>Frecuencia de alelos no de referencia</translation>
    </message>
    <message>
        <source>Alleles</source>
        <translation>Alelos</translation>
    </message>
    <message>
        <source>Transitions and transversions</source>
        <translation>Transiciones y transversiones</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transiciones</translation>
    </message>
    <message>
        <source>Transversions</source>
        <translation>Transversiones</translation>
    </message>
    <message>
        <source>SNP alleles</source>
        <translation>Alelos SNP</translation>
    </message>
    <message>
        <source>Ts/Tv %1 (about 2.0-2.1 is expected for whole genomes, about 3.0 for exomes)</source>
        <translation>Ts/Tv %1 (se espera alrededor de 2,0-2,1 en genomas completos y de 3,0 en exomas)</translation>
    </message>
    <message>
        <source>Indel length distribution</source>
        <translation>Distribución de longitudes de indels</translation>
    </message>
    <message>
        <source>The file has no indels.</source>
        <translation>El archivo no tiene indels.</translation>
    </message>
    <message>
        <source>Length (deletions negative)</source>
        <translation>Longitud (deleciones negativas)</translation>
    </message>
    <message>
        <source>Indels</source>
        <translation>Indels</translation>
    </message>
    <message>
        <source>Records per contig</source>
        <translation>Registros por contig</translation>
    </message>
    <message>
        <source>The file has no records.</source>
        <translation>El archivo no tiene registros.</translation>
    </message>
    <message>
        <source>Contig</source>
        <translation>Contig</translation>
    </message>
    <message>
        <source>Genotypes per sample</source>
        <translation>Genotipos por muestra</translation>
    </message>
    <message>
        <source>The file has no samples.</source>
        <translation>El archivo no tiene muestras.</translation>
    </message>
    <message>
        <source>Per-sample counts were not computed.</source>
        <translation>No se calcularon los recuentos por muestra.</translation>
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
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>MAPQ distribution</source>
        <translation>Distribución de MAPQ</translation>
    </message>
    <message>
        <source>The file has no reads.</source>
        <translation>El archivo no tiene lecturas.</translation>
    </message>
    <message>
        <source>Mapping quality</source>
        <translation>Calidad de mapeo</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Read length distribution</source>
        <translation>Distribución de longitudes de lectura</translation>
    </message>
    <message>
        <source>Read length</source>
        <translation>Longitud de lectura</translation>
    </message>
    <message>
        <source>Reads per contig</source>
        <translation>Lecturas por contig</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapeadas</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>No mapeadas</translation>
    </message>
</context>
<context>
    <name>steward::TransferManager</name>
    <message>
        <source>Transfer %1 to %2 delivered and verified.</source>
        <translation>Transferencia %1 a %2 entregada y verificada.</translation>
    </message>
    <message>
        <source>Transfer %1 to %2 needs attention.</source>
        <translation>La transferencia %1 a %2 requiere atención.</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>El repositorio ya no existe.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Enviando %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) verified against the manifest</source>
        <translation>
            <numerusform>%n archivo verificado con el manifiesto</numerusform>
            <numerusform>%n archivos verificados con el manifiesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n file(s) to %2</source>
        <translation>
            <numerusform>%1
%n archivo a %2</numerusform>
            <numerusform>%1
%n archivos a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 and %n more</source>
        <translation>
            <numerusform>Enviando %1 y %n archivo más</numerusform>
            <numerusform>Enviando %1 y %n archivos más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::TransfersArea</name>
    <message>
        <source>No transfers yet</source>
        <translation>Aún no hay transferencias</translation>
    </message>
    <message>
        <source>Push a folder or a bundle to a repository: Steward sends it in the background, resumes after a crash or a lost connection, and verifies every file against a manifest before it counts as delivered.</source>
        <translation>Enviar una carpeta o un paquete a un repositorio: Steward lo envía en segundo plano, lo reanuda tras un fallo o una pérdida de conexión y verifica cada archivo con un manifiesto antes de darlo por entregado.</translation>
    </message>
    <message>
        <source>Push a folder…</source>
        <translation>Enviar una carpeta…</translation>
    </message>
    <message>
        <source>Edit repository…</source>
        <translation>Editar repositorio…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Show the transfers</source>
        <translation>Mostrar las transferencias</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Límite de velocidad</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Bandwidth for all transfers together; 0 for unlimited. A new limit applies from the next file.</source>
        <translation>Ancho de banda para todas las transferencias juntas; 0 para sin límite. Un límite nuevo se aplica a partir del siguiente archivo.</translation>
    </message>
    <message>
        <source>Send a folder or bundle to a repository</source>
        <translation>Enviar una carpeta o un paquete a un repositorio</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send a failed or cancelled transfer again; what was already delivered is not sent twice</source>
        <translation>Volver a enviar una transferencia fallida o cancelada; lo ya entregado no se envía dos veces</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the transfer and remove its unfinished files from the repository</source>
        <translation>Detener la transferencia y quitar sus archivos inacabados del repositorio</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todas</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todas</translation>
    </message>
    <message>
        <source>Could not push %1: %2</source>
        <translation>No se pudo enviar %1: %2</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>El repositorio ya no existe.</translation>
    </message>
    <message>
        <source>Push a folder</source>
        <translation>Enviar una carpeta</translation>
    </message>
    <message>
        <source>The folder or bundle to send</source>
        <translation>La carpeta o el paquete que se enviará</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Steward copies every file of the folder, verifies it on the repository and writes a SHA-256 manifest beside it. Files must not change until the transfer is delivered.</source>
        <translation>Steward copia cada archivo de la carpeta, lo verifica en el repositorio y escribe junto a él un manifiesto SHA-256. Los archivos no deben cambiar hasta que se entregue la transferencia.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>No repository can receive transfers yet: add one on the Repositories page.</source>
        <translation>Aún no hay ningún repositorio que pueda recibir transferencias: hay que añadir uno en la página «Repositorios».</translation>
    </message>
    <message>
        <source>Choose the folder to push</source>
        <translation>Elegir la carpeta que se enviará</translation>
    </message>
    <message>
        <source>Choose the folder to push.</source>
        <translation>Hay que elegir la carpeta que se enviará.</translation>
    </message>
    <message>
        <source>Choose the repository to push to.</source>
        <translation>Hay que elegir el repositorio al que enviar.</translation>
    </message>
    <message>
        <source>%1 was delivered to %2 and verified.</source>
        <translation>%1 se entregó a %2 y se verificó.</translation>
    </message>
    <message>
        <source>%1 to %2 needs attention: %3</source>
        <translation>%1 a %2 requiere atención: %3</translation>
    </message>
    <message>
        <source>Steward transfers</source>
        <translation>Transferencias de Steward</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 to %2 failed: %3</source>
        <translation>Falló %1 a %2: %3</translation>
    </message>
    <message>
        <source>%1 to %2 is paused: %3</source>
        <translation>%1 a %2 está en pausa: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transferencia</numerusform>
            <numerusform>%n transferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n (needs|need) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::VariantBrowser</name>
    <message>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Vista de paciente</translation>
    </message>
    <message>
        <source>Only the variants the selected sample carries, genotype columns first</source>
        <translation>Solo las variantes que porta la muestra seleccionada, con las columnas de genotipo primero</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown as TSV or CSV</source>
        <translation>Guardar las filas y columnas mostradas como TSV o CSV</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>bcftools expression, e.g. QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot; &amp;&amp; INFO/AF&lt;0.01 (Enter to apply)</source>
        <translation>Expresión de bcftools, p. ej. QUAL&gt;=30 &amp;&amp; FILTER=&quot;PASS&quot; &amp;&amp; INFO/AF&lt;0.01 (Intro para aplicar)</translation>
    </message>
    <message>
        <source>As bcftools view -i/-e. Per-sample tests: &apos;&amp;&apos; means in the same sample, &apos;&amp;&amp;&apos; in any samples; in patient view they look at the selected sample only.</source>
        <translation>Como bcftools view -i/-e. Pruebas por muestra: «&amp;» significa en la misma muestra, «&amp;&amp;» en cualquier muestra; en la vista de paciente solo se tiene en cuenta la muestra seleccionada.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>PASS only</source>
        <translation>Solo PASS</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Cualquier impacto</translation>
    </message>
    <message>
        <source>Impact ≥ MODERATE</source>
        <translation>Impacto ≥ MODERATE</translation>
    </message>
    <message>
        <source>Impact HIGH</source>
        <translation>Impacto HIGH</translation>
    </message>
    <message>
        <source>ClinVar pathogenic/likely pathogenic</source>
        <translation>ClinVar patogénica/probablemente patogénica</translation>
    </message>
    <message>
        <source>Rare: population AF &lt;</source>
        <translation>Rara: AF poblacional &lt;</translation>
    </message>
    <message>
        <source>Genes, e.g. BRCA1 BRCA2 TP53</source>
        <translation>Genes, p. ej. BRCA1 BRCA2 TP53</translation>
    </message>
    <message>
        <source>Regions (BED)…</source>
        <translation>Regiones (BED)…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>No sample</source>
        <translation>Ninguna muestra</translation>
    </message>
    <message>
        <source>Regions to keep</source>
        <translation>Regiones que conservar</translation>
    </message>
    <message>
        <source>BED files (*.bed *.bed.txt);;All files (*)</source>
        <translation>Archivos BED (*.bed *.bed.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>filter cancelled</source>
        <translation>filtro cancelado</translation>
    </message>
    <message>
        <source>Filtering %1: %2</source>
        <translation>Filtrando %1: %2</translation>
    </message>
    <message>
        <source>Open a VCF or BCF from Datasets to browse its variants.</source>
        <translation>Abrir un VCF o BCF desde «Conjuntos de datos» para explorar sus variantes.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1 records so far (indexing…)</source>
        <translation>%1 registros hasta ahora (indexando…)</translation>
    </message>
    <message>
        <source>%1 matching of %2</source>
        <translation>%1 coincidentes de %2</translation>
    </message>
    <message>
        <source> (filtering…)</source>
        <translation> (filtrando…)</translation>
    </message>
    <message>
        <source>Export variants</source>
        <translation>Exportar variantes</translation>
    </message>
    <message>
        <source>Tab-separated (*.tsv);;Comma-separated (*.csv)</source>
        <translation>Separado por tabuladores (*.tsv);;Separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>Go to chr:start-end, a contig or a gene</source>
        <translation>Ir a chr:inicio-fin, un contig o un gen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n registro en %1</numerusform>
            <numerusform>%n registros en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed on disk; it was opened again.</source>
        <translation>%1 cambió en el disco; se ha vuelto a abrir.</translation>
    </message>
    <message>
        <source>The file is still being indexed; try the region again in a moment.</source>
        <translation>El archivo aún se está indexando; conviene volver a intentar la región en un momento.</translation>
    </message>
    <message>
        <source>Make an indexed copy</source>
        <translation>Crear una copia indexada</translation>
    </message>
    <message>
        <source>Making an indexed copy of %1</source>
        <translation>Creando una copia indexada de %1</translation>
    </message>
    <message>
        <source>%1 (indexed copy in Steward&apos;s cache)</source>
        <translation>%1 (copia indexada en la caché de Steward)</translation>
    </message>
    <message>
        <source>This file is not BGZF-compressed, so rows and regions are read from its start. An indexed copy in Steward&apos;s cache folder (your file is not touched) makes jumps instant.</source>
        <translation>Este archivo no está comprimido con BGZF, así que las filas y regiones se leen desde su inicio. Una copia indexada en la carpeta de caché de Steward (su archivo no se modifica) hace que los saltos sean instantáneos.</translation>
    </message>
</context>
<context>
    <name>steward::VariantCacheCopy</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>No se puede crear la carpeta de caché %1.</translation>
    </message>
    <message>
        <source>Cannot read the VCF header of %1.</source>
        <translation>No se puede leer la cabecera VCF de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot index the copy of %1 (is it sorted by position?).</source>
        <translation>No se puede indexar la copia de %1 (¿está ordenada por posición?).</translation>
    </message>
    <message>
        <source>Cannot move the copy into %1.</source>
        <translation>No se puede mover la copia a %1.</translation>
    </message>
</context>
<context>
    <name>steward::VariantDetailPane</name>
    <message>
        <source>(conflicting)</source>
        <translation>(contradictorio)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>one value per ALT allele</source>
        <translation>un valor por alelo ALT</translation>
    </message>
    <message>
        <source>one value per allele, REF first</source>
        <translation>un valor por alelo, REF primero</translation>
    </message>
    <message>
        <source>one value per possible genotype</source>
        <translation>un valor por genotipo posible</translation>
    </message>
    <message>
        <source>any number of values</source>
        <translation>cualquier número de valores</translation>
    </message>
    <message>
        <source>a flag: present or absent, no value</source>
        <translation>un indicador (Flag): presente o ausente, sin valor</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1 Split into one row per transcript on the Transcripts tab.</source>
        <translation>%1 Se divide en una fila por transcrito en la pestaña «Transcritos».</translation>
    </message>
    <message>
        <source>Not described in the file&apos;s header</source>
        <translation>No descrito en la cabecera del archivo</translation>
    </message>
    <message>
        <source>A flag: the record has it.</source>
        <translation>Un indicador (Flag): el registro lo tiene.</translation>
    </message>
    <message>
        <source>Canonical transcript</source>
        <translation>Transcrito canónico</translation>
    </message>
    <message>
        <source>Names none of the record&apos;s ALT alleles</source>
        <translation>No nombra ninguno de los alelos ALT del registro</translation>
    </message>
    <message>
        <source>The sample selected in the variant table</source>
        <translation>La muestra seleccionada en la tabla de variantes</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>No variant selected</source>
        <translation>Ninguna variante seleccionada</translation>
    </message>
    <message>
        <source>Select a variant in the table to see all of its fields here: the INFO fields with what they mean, every transcript of its annotations, the genotypes of every sample, and ClinVar.</source>
        <translation>Al seleccionar una variante en la tabla se muestran aquí todos sus campos: los campos INFO con su significado, cada transcrito de sus anotaciones, los genotipos de todas las muestras y ClinVar.</translation>
    </message>
    <message>
        <source>Find field or description</source>
        <translation>Buscar campo o descripción</translation>
    </message>
    <message>
        <source>Hover a Number for its meaning; values as written in the file.</source>
        <translation>Al pasar el cursor sobre un número se muestra su significado; valores tal como figuran en el archivo.</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcritos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>ClinVar</source>
        <translation>ClinVar</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>Más graves primero</translation>
    </message>
    <message>
        <source>Order transcripts by their most severe consequence (Ensembl&apos;s order), the canonical transcript first among equals; clear it for the order in the file</source>
        <translation>Ordenar los transcritos por su consecuencia más grave (orden de Ensembl), con el transcrito canónico primero en caso de empate; desmarcar para usar el orden del archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt;: canonical transcript (VEP CANONICAL or MANE Select). Tinted: high (red) or moderate (orange) impact.</source>
        <translation>&lt;b&gt;Negrita&lt;/b&gt;: transcrito canónico (VEP CANONICAL o MANE Select). Coloreado: impacto alto (rojo) o moderado (naranja).</translation>
    </message>
    <message>
        <source>Find sample</source>
        <translation>Buscar muestra</translation>
    </message>
    <message>
        <source>Loading record %1…</source>
        <translation>Cargando el registro %1…</translation>
    </message>
    <message>
        <source>This variant cannot be shown.</source>
        <translation>Esta variante no se puede mostrar.</translation>
    </message>
    <message>
        <source>INFO (%1)</source>
        <translation>INFO (%1)</translation>
    </message>
    <message>
        <source>Transcripts (%1)</source>
        <translation>Transcritos (%1)</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Muestras (%1)</translation>
    </message>
    <message>
        <source>This file has no samples: it lists sites only.</source>
        <translation>Este archivo no tiene muestras: solo enumera sitios.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>ClinVar (none)</source>
        <translation>ClinVar (sin datos)</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>Registro %1 de %2</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>impacto: %1</translation>
    </message>
    <message>
        <source>No transcript annotation</source>
        <translation>Sin anotación de transcritos</translation>
    </message>
    <message>
        <source>ClinVar: %1</source>
        <translation>ClinVar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of 4 review stars</source>
        <translation>
            <numerusform>%n de 4 estrellas de revisión</numerusform>
            <numerusform>%n de 4 estrellas de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>No ClinVar classification</source>
        <translation>Sin clasificación de ClinVar</translation>
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
        <translation>AF poblacional más alta</translation>
    </message>
    <message>
        <source>no GT</source>
        <translation>sin GT</translation>
    </message>
    <message>
        <source>DP %1</source>
        <translation>DP %1</translation>
    </message>
    <message>
        <source>Sample %1:</source>
        <translation>Muestra %1:</translation>
    </message>
    <message>
        <source>This record has no per-transcript annotation (VEP CSQ, SnpEff ANN or EFF, bcftools csq BCSQ).</source>
        <translation>Este registro no tiene anotación por transcrito (VEP CSQ, SnpEff ANN o EFF, bcftools csq BCSQ).</translation>
    </message>
    <message>
        <source>This record has no ClinVar fields (CLNSIG, CLNREVSTAT, CLNDN, ...).</source>
        <translation>Este registro no tiene campos de ClinVar (CLNSIG, CLNREVSTAT, CLNDN, ...).</translation>
    </message>
    <message>
        <source>Clinical significance:</source>
        <translation>Significado clínico:</translation>
    </message>
    <message>
        <source>Review status:</source>
        <translation>Estado de revisión:</translation>
    </message>
    <message>
        <source>Submitted classifications:</source>
        <translation>Clasificaciones enviadas:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Afecciones:</translation>
    </message>
    <message>
        <source>Condition identifiers:</source>
        <translation>Identificadores de afecciones:</translation>
    </message>
    <message>
        <source>Genes:</source>
        <translation>Genes:</translation>
    </message>
    <message>
        <source>Variant type:</source>
        <translation>Tipo de variante:</translation>
    </message>
    <message>
        <source>Molecular consequence:</source>
        <translation>Consecuencia molecular:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>HGVS:</source>
        <translation>HGVS:</translation>
    </message>
    <message>
        <source>ClinVar allele ID:</source>
        <translation>ID de alelo de ClinVar:</translation>
    </message>
    <message>
        <source>dbSNP:</source>
        <translation>dbSNP:</translation>
    </message>
    <message>
        <source>CLNSIG as written:</source>
        <translation>CLNSIG tal como figura:</translation>
    </message>
    <message>
        <source>Carriers only</source>
        <translation>Solo portadores</translation>
    </message>
    <message>
        <source>Only the samples whose genotype has an ALT allele</source>
        <translation>Solo las muestras cuyo genotipo tiene un alelo ALT</translation>
    </message>
    <message numerus="yes">
        <source>%Ln carry an ALT allele</source>
        <translation>
            <numerusform>%Ln porta un alelo ALT</numerusform>
            <numerusform>%Ln portan un alelo ALT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln muestra</numerusform>
            <numerusform>%Ln muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>FORMAT: %1. Hover a column title for its meaning.</source>
        <translation>FORMAT: %1. Al pasar el cursor sobre el título de una columna se muestra su significado.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from %2: %Ln transcript(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de %2: %Ln transcrito</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; de %2: %Ln transcritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::VariantExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was exported: %2 of %3 rows were found. Nothing was written.</source>
        <translation>%1 cambió durante la exportación: se encontraron %2 de %3 filas. No se escribió nada.</translation>
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
        <translation>Consecuencia</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
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
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Population AF</source>
        <translation>AF poblacional</translation>
    </message>
    <message>
        <source>GT</source>
        <translation>GT</translation>
    </message>
    <message>
        <source>Zygosity</source>
        <translation>Cigosidad</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>Allele fraction</source>
        <translation>Fracción alélica</translation>
    </message>
    <message>
        <source>GQ</source>
        <translation>GQ</translation>
    </message>
</context>
</TS>
