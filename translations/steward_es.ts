<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Steward: review and share genomic data responsibly.

Commands:
  scan PATH...   scan folders into the catalog and print a summary
  stats FILE     print the statistics of one VCF/BCF/SAM/BAM/CRAM file
  variants FILE  list the variants of a VCF/BCF, filtered like bcftools view
Without a command, Steward opens its window.</source>
        <translation>Steward: revisar y compartir datos genómicos de forma responsable.

Comandos:
  scan RUTA...     escanear carpetas en el catálogo y mostrar un resumen
  stats ARCHIVO    mostrar las estadísticas de un archivo VCF/BCF/SAM/BAM/CRAM
  variants ARCHIVO listar las variantes de un VCF/BCF, filtradas como con bcftools view
Sin comando, Steward abre su ventana.</translation>
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
    <name>steward::CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
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
        <source>This area arrives with a later part of Steward.</source>
        <translation>Esta sección llegará en una versión posterior de Steward.</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Nada que revisar todavía</translation>
    </message>
    <message>
        <source>Consent (GA4GH Data Use Ontology) and de-identification reviews of each dataset for each destination will be listed here.</source>
        <translation>Aquí se mostrarán las revisiones de consentimiento (GA4GH Data Use Ontology) y de desidentificación de cada conjunto de datos para cada destino.</translation>
    </message>
    <message>
        <source>No bundles yet</source>
        <translation>Aún no hay paquetes</translation>
    </message>
    <message>
        <source>Approved, de-identified files are packaged here into sealed BagIt + RO-Crate bundles, optionally encrypted with Crypt4GH.</source>
        <translation>Aquí los archivos aprobados y desidentificados se empaquetan en paquetes sellados BagIt + RO-Crate, opcionalmente cifrados con Crypt4GH.</translation>
    </message>
    <message>
        <source>No transfers yet</source>
        <translation>Aún no hay transferencias</translation>
    </message>
    <message>
        <source>Bundles pushed to remote repositories appear here with their progress; transfers resume after a crash or network loss.</source>
        <translation>Los paquetes enviados a repositorios remotos aparecen aquí con su progreso; las transferencias se reanudan tras un fallo o una pérdida de conexión.</translation>
    </message>
    <message>
        <source>No repositories yet</source>
        <translation>Aún no hay repositorios</translation>
    </message>
    <message>
        <source>S3-compatible stores, SFTP inboxes, WebDAV servers and folders that bundles can be pushed to, each with its declared data use.</source>
        <translation>Almacenes compatibles con S3, buzones SFTP, servidores WebDAV y carpetas a los que se pueden enviar paquetes, cada uno con su uso de datos declarado.</translation>
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
