<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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