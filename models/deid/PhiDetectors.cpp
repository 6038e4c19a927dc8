#include "models/deid/PhiDetectors.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

namespace steward {
namespace {

// Common first names (English, German, Spanish, French). Names that are also ordinary or
// genomics words ("Gene", "Max", "Mark", "Lane", "Will", "May", "August", "Grace", "Ray") are
// left out on purpose: "Gene Name" or "Max Depth" must not look like a person.
// clang-format off
const char* const kFirstNames[] = {
    // English
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Donald", "Steven", "Paul", "Andrew",
    "Joshua", "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason",
    "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Jack",
    "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary",
    "Peter", "Kyle", "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah",
    "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan",
    "Joe", "Jordan", "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan",
    "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby",
    "Philip", "Johnny", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
    "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley",
    "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah",
    "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley",
    "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine",
    "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Julie",
    "Joyce", "Victoria", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Olivia", "Judith",
    "Megan", "Cheryl", "Martha", "Andrea", "Frances", "Hannah", "Jacqueline", "Ann", "Gloria",
    "Jean", "Kathryn", "Alice", "Teresa", "Sara", "Janice", "Doris", "Madison", "Julia", "Judy",
    "Abigail", "Marie", "Denise", "Beverly", "Amber", "Theresa", "Marilyn", "Danielle", "Diana",
    "Brittany", "Natalie", "Sophia", "Isabella", "Charlotte", "Kayla", "Alexis", "Lori", "Tiffany",
    "Jane", "Eleanor", "Louise", "Edith", "Agnes", "Irene", "Ruth", "Harriet", "Oliver", "Harry",
    "Charlie", "Alfie", "Freddie", "Archie", "Liam", "Mason",
    // German
    "Hans", "Klaus", "Jürgen", "Juergen", "Wolfgang", "Dieter", "Uwe", "Stefan", "Andreas",
    "Matthias", "Markus", "Sebastian", "Tobias", "Florian", "Lukas", "Jonas", "Felix",
    "Maximilian", "Leon", "Finn", "Moritz", "Johannes", "Helmut", "Horst", "Günter", "Gunter",
    "Manfred", "Werner", "Gerhard", "Heinz", "Karl", "Friedrich", "Ulrich", "Jörg", "Joerg",
    "Ursula", "Monika", "Petra", "Sabine", "Renate", "Helga", "Karin", "Brigitte", "Ingrid",
    "Erika", "Gisela", "Claudia", "Susanne", "Gabriele", "Birgit", "Anja", "Katrin", "Stefanie",
    "Nicole", "Julia", "Lena", "Leonie", "Johanna", "Mia", "Hannelore", "Heike", "Silke", "Annika",
    "Franziska", "Jutta",
    // Spanish
    "Carlos", "Luis", "Javier", "Miguel", "Francisco", "Antonio", "Manuel", "Pedro", "Jorge",
    "Alejandro", "Diego", "Pablo", "Fernando", "Rafael", "Sergio", "Ricardo", "Eduardo", "Alberto",
    "Raul", "Enrique", "Ramon", "Ignacio", "Santiago", "Mateo", "Joaquin", "Guillermo", "Alfonso",
    "Gonzalo", "Carmen", "Lucia", "Sofia", "Isabel", "Pilar", "Dolores", "Rosa", "Teresa", "Elena",
    "Marta", "Cristina", "Beatriz", "Raquel", "Alejandra", "Valentina", "Camila", "Ximena",
    "Guadalupe", "Paula", "Rocio", "Consuelo", "Mercedes", "Esperanza", "Inmaculada", "Montserrat",
    // French
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Patrick", "Jacques",
    "Bernard", "Olivier", "Laurent", "Thierry", "Julien", "Guillaume", "Mathieu", "Antoine",
    "Baptiste", "Hugo", "Théo", "Theo", "Louis", "Gabriel", "Arnaud", "Benoit", "Benoît",
    "Sylvain", "Yves", "Marcel", "René", "Rene", "Didier", "Pascal", "Marie", "Nathalie",
    "Isabelle", "Sylvie", "Catherine", "Françoise", "Francoise", "Valérie", "Valerie", "Sandrine",
    "Véronique", "Veronique", "Sophie", "Céline", "Celine", "Chantal", "Camille", "Manon", "Chloé",
    "Chloe", "Léa", "Lea", "Inès", "Ines", "Amélie", "Amelie", "Aurélie", "Aurelie", "Juliette",
    "Margaux", "Mathilde", "Élodie", "Elodie", "Brigitte", "Monique", "Nadine", "Martine",
    "Josiane", "Hélène", "Geneviève", "Genevieve",
};

// Capitalised words that never start or continue a person's name in headers and sidecars.
const char* const kNotNameWords[] = {
    "Allele",      "Alleles",    "Allelic",   "Alternate",  "Alt",         "Ref",
    "Reference",   "Genotype",   "Genotypes", "Quality",    "Depth",       "Read",
    "Reads",       "Sample",     "Samples",   "Phred",      "Phenotype",   "Variant",
    "Variants",    "Frequency",  "Count",     "Counts",     "Total",       "Number",
    "Filter",      "Score",      "Strand",    "Bias",       "Mapping",     "Base",
    "Position",    "Test",       "Exact",     "Rank",       "Sum",         "Data",
    "Information", "Info",       "Format",    "Type",       "Description", "Value",
    "Values",      "Source",     "Version",   "Date",       "Age",         "Sex",
    "Male",        "Female",     "Unknown",   "Syndrome",   "Disease",     "Disorder",
    "Gene",        "Genes",      "Protein",   "Transcript", "Consequence", "Impact",
    "High",        "Low",        "Moderate",  "Modifier",   "Project",     "Study",
    "Database",    "Group",      "Family",    "Father",     "Mother",      "Affected",
    "Unaffected",  "Proband",    "Case",      "Control",    "Normal",      "Tumor",
    "Tumour",      "Germline",   "Somatic",   "Cohort",     "Clinical",    "Significance",
    "Benign",      "Pathogenic", "Likely",    "Uncertain",  "Human",       "Homo",
    "Genome",      "Genomes",    "Build",     "Assembly",   "Chromosome",  "Contig",
    "Region",      "Length",     "Start",     "End",        "Id",          "Name",
    "Names",       "The",        "And",       "Of",         "In",          "For",
    "With",        "Not",        "All",       "Any",        "Hospital",    "University",
    "Institute",   "Center",     "Centre",    "Clinic",     "Lab",         "Laboratory",
    "Street",      "Road",       "Avenue",    "Patient",    "Patients",    "Doctor",
    "Consent",     "Record",     "Records",   "Identifier", "Level",       "Status",
    "Report",      "Summary",    "Note",      "Notes",      "Comment",     "Visit",
    "History",     "Onset",      "Diagnosis", "Treatment",  "Birth",       "Death",
    "Collection",  "Call",       "Calls",     "Caller",     "Model",       "Models",
    "Run",         "Flowcell",   "Library",   "Platform",   "Index",
};

// clang-format on

QSet<QString> makeSet(const char* const* words, size_t n)
{
    QSet<QString> s;
    s.reserve(int(n));
    for (size_t i = 0; i < n; ++i)
        s.insert(QString::fromUtf8(words[i]));
    return s;
}

const QSet<QString>& firstNames()
{
    static const QSet<QString> s =
        makeSet(kFirstNames, sizeof(kFirstNames) / sizeof(kFirstNames[0]));
    return s;
}

const QSet<QString>& notNameWords()
{
    static const QSet<QString> s =
        makeSet(kNotNameWords, sizeof(kNotNameWords) / sizeof(kNotNameWords[0]));
    return s;
}

using RE = QRegularExpression;

/** Callers keep the result in a function-local static: each pattern is compiled once. */
RE re(const char* pattern, RE::PatternOptions o = RE::NoPatternOption)
{
    RE r(QString::fromUtf8(pattern), o);
    r.optimize();
    return r;
}

#define MONTHS_LONG                                                                                \
    "January|February|March|April|May|June|July|August|September|October|November|December"
#define MONTHS_SHORT "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"

struct Rule
{
    RE regex;
    PhiClass phiClass;
    PhiSeverity severity;
    int group; // the capture group that is the span (0: the whole match)
};

const std::vector<Rule>& rules()
{
    static const std::vector<Rule> r = {
        {re(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b)"),
         PhiClass::Email, PhiSeverity::High, 0},
        {re(R"(\b(?:https?|s?ftp|s3|gs|file)://[^\s"'<>,;\]\)\[|]+)", RE::CaseInsensitiveOption),
         PhiClass::Url, PhiSeverity::Medium, 0},
        {re(R"((?<![A-Za-z0-9_.-])/(?:home|Users)/[A-Za-z0-9._-]+(?:/[^\s"'<>,;:\]\)\[|]*)?)"),
         PhiClass::UserPath, PhiSeverity::High, 0},
        {re(R"(\b[A-Za-z]:\\(?:Users|Documents and Settings)\\[^\\\s"'<>,;|]+(?:\\[^\s"'<>,;|]*)?)",
            RE::CaseInsensitiveOption),
         PhiClass::UserPath, PhiSeverity::High, 0},
        {re(R"((?<![^\s=("'\[])~[A-Za-z][A-Za-z0-9._-]*(?:/[^\s"'<>,;:\]\)\[|]*)?)"),
         PhiClass::UserPath, PhiSeverity::High, 0},
        {re(R"((?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d))"),
         PhiClass::IpAddress, PhiSeverity::Medium, 0},
        {re(R"((?<![0-9A-Fa-f:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){1,6}))(?![0-9A-Fa-f:]))"),
         PhiClass::IpAddress, PhiSeverity::Medium, 0},
        {re(R"((?<![A-Za-z0-9._@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){2,}(?:com|org|net|edu|gov|mil|io|uk|de|fr|es|it|nl|se|ch|at|be|dk|no|fi|ca|au|jp|cn|eu|us)(?![A-Za-z0-9-]|\.[A-Za-z0-9]))"),
         PhiClass::Hostname, PhiSeverity::Low, 0},
        {re(R"((?<![A-Za-z0-9._@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:local|lan|internal|intranet|corp)(?![A-Za-z0-9-]|\.[A-Za-z0-9]))"),
         PhiClass::Hostname, PhiSeverity::Low, 0},
        {re(R"((?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-]))"), PhiClass::Identifier, PhiSeverity::High, 0},
        {re(R"(\b(?:MRN|MR#|MR\s*No\.?|medical\s+record(?:\s+(?:number|no\.?|#))?|patient\s*(?:id|number|no\.?|#)|hospital\s*(?:number|no\.?|#)|account\s*(?:number|no\.?|#)|member\s*id|insurance\s*(?:id|number|no\.?))\s*[:#=]?\s*([A-Z]{0,3}[-]?\d{4,}[A-Z0-9]*)\b)",
            RE::CaseInsensitiveOption),
         PhiClass::Identifier, PhiSeverity::High, 1},
        {re(R"((?:^|(?<=[\s(\["']))\d{7,}(?=$|[\s)\]"'!?]|[.,;:](?!\d)))"), PhiClass::Identifier,
         PhiSeverity::Medium, 0},
        // Phones: international with a separator; North American with separators.
        {re(R"((?:^|(?<=[\s:=(\["';]))\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?)(?:[ .-]?\d{2,8}){1,4}(?![\d\w]))"),
         PhiClass::Phone, PhiSeverity::High, 0},
        {re(R"((?:(?<![\w)])\(\d{3}\)\s?|(?<![\w.:/-])\d{3}[-.])\d{3}[-.]\d{4}(?![\w-]|\.\d))"),
         PhiClass::Phone, PhiSeverity::High, 0},
        // Dates with a day.
        {re(R"(\b(?:18|19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-]))"),
         PhiClass::Date, PhiSeverity::High, 0},
        {re(R"(\b(?:18|19|20)\d{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]))"),
         PhiClass::Date, PhiSeverity::High, 0},
        {re(R"((?<![\d./-])(?:(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[/.](?:18|19|20)\d{2}(?![\d]|[./]\d))"),
         PhiClass::Date, PhiSeverity::High, 0},
        {re(R"(\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ -](?:)" MONTHS_LONG "|" MONTHS_SHORT
            R"()\.?,?[ -](?:18|19|20)\d{2}\b)"),
         PhiClass::Date, PhiSeverity::High, 0},
        {re(R"(\b(?:)" MONTHS_LONG "|" MONTHS_SHORT
            R"()\.? (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:18|19|20)\d{2}\b)"),
         PhiClass::Date, PhiSeverity::High, 0},
        {re(R"(\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +(?:)" MONTHS_SHORT
            R"(|May)[a-z]* +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?(?: +[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)? +\d{4}\b)"),
         PhiClass::Date, PhiSeverity::High, 0},
        // Ages over 89.
        {re(R"(\b(?:9\d|1[01]\d)(?:[ -]?(?:years?|yrs?)(?:[ -]old)?\b|[ -]?y/?o\b|[ -]?y\.o\.))",
            RE::CaseInsensitiveOption),
         PhiClass::Age, PhiSeverity::High, 0},
        {re(R"(\baged?\s*[:=]?\s*(?:of\s+)?((?:9\d|1[01]\d))(?![\d.]))", RE::CaseInsensitiveOption),
         PhiClass::Age, PhiSeverity::High, 1},
        {re(R"(\bP(?:9\d|1[01]\d)Y(?:\d+M)?(?:\d+D)?\b)"), PhiClass::Age, PhiSeverity::High, 0},
        // ZIP codes need a cue.
        {re(R"(\b(?:zip|zip\s*code|postal\s*code|postcode|post\s*code)\s*[:#=]?\s*(\d{5}(?:-\d{4})?)\b)",
            RE::CaseInsensitiveOption),
         PhiClass::ZipCode, PhiSeverity::Medium, 1},
        // Instruments, runs and flowcells.
        {re(R"((?<![A-Za-z0-9_-])@?[A-Za-z][A-Za-z0-9_-]*:\d+:[A-Za-z0-9-]+:\d+:\d+:\d+:\d+(?:[ /#]\S*)?)"),
         PhiClass::DeviceSerial, PhiSeverity::Medium, 0},
        {re(R"((?<![A-Za-z0-9_-])@?[A-Za-z][A-Za-z0-9_-]*:\d+:\d+:\d+:\d+#[A-Za-z0-9+]*(?:/[12])?)"),
         PhiClass::DeviceSerial, PhiSeverity::Medium, 0},
        {re(R"((?<![A-Za-z0-9])\d{6}_[A-Za-z0-9-]+_\d{3,5}(?:_[A-Za-z0-9]+)?(?![A-Za-z0-9]))"),
         PhiClass::DeviceSerial, PhiSeverity::Medium, 0},
        {re(R"((?<![A-Za-z0-9])(?:FC)?[A-Z0-9]{7}(?:XX|XY|DR|DX|X2|X3|X5|X7)(?![A-Za-z0-9]))"),
         PhiClass::DeviceSerial, PhiSeverity::Medium, 0},
        // Names after a cue word: Patient, Dr., Mr., Mrs., Ms., name: / name=.
        {re(R"((?:\b(?:[Pp]atient|Pt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?)\s+|\b[Nn]ame\s*[:=]\s*)((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}))"),
         PhiClass::PersonName, PhiSeverity::High, 1},
    };
    return r;
}

const RE& capitalisedWord()
{
    static const RE r =
        re(R"(\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?\b)", RE::UseUnicodePropertiesOption);
    return r;
}

const RE& lastFirst()
{
    static const RE r = re(R"(\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+)\b)",
                           RE::UseUnicodePropertiesOption);
    return r;
}

bool allNameWords(QStringView words)
{
    const auto& stop = notNameWords();
    for (QStringView w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int dash = w.indexOf(QLatin1Char('-'));
        if (stop.contains(w.toString()) || (dash > 0 && stop.contains(w.left(dash).toString())))
            return false;
    }
    return true;
}

bool onlySpaces(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c != QLatin1Char(' '))
            return false;
    return s.size() <= 2;
}

void nameHeuristics(QStringView text, QVector<PhiMatch>* out)
{
    // First name followed by one or two capitalised words ("Margaret Whitfield").
    struct Word
    {
        int start;
        int end;
    };
    QVector<Word> words;
    auto it = capitalisedWord().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        words.push_back({int(m.capturedStart()), int(m.capturedEnd())});
    }
    const auto& first = firstNames();
    const auto& stop = notNameWords();
    for (int i = 0; i + 1 < words.size(); ++i) {
        const QStringView w = text.mid(words[i].start, words[i].end - words[i].start);
        if (!first.contains(w.toString()))
            continue;
        int last = i;
        while (last + 1 < words.size() && last - i < 2 &&
               onlySpaces(text.mid(words[last].end, words[last + 1].start - words[last].end))) {
            const QStringView next =
                text.mid(words[last + 1].start, words[last + 1].end - words[last + 1].start);
            if (stop.contains(next.toString()))
                break;
            ++last;
        }
        if (last == i)
            continue;
        const int start = words[i].start;
        const int end = words[last].end;
        out->push_back({PhiClass::PersonName, PhiSeverity::High, start, end - start,
                        text.mid(start, end - start).toString()});
        i = last;
    }
    // "Whitfield, Margaret".
    auto lf = lastFirst().globalMatch(text);
    while (lf.hasNext()) {
        const auto m = lf.next();
        if (!first.contains(m.captured(2)) || stop.contains(m.captured(1)))
            continue;
        out->push_back({PhiClass::PersonName, PhiSeverity::High, int(m.capturedStart()),
                        int(m.capturedLength()), m.captured(0)});
    }
}

/** A cheap test that lets most short structural strings skip the regular expressions. */
bool worthScanning(QStringView text)
{
    for (QChar c : text)
        if (c.isDigit() || c.isUpper() || c == QLatin1Char('@') || c == QLatin1Char('/') ||
            c == QLatin1Char('\\') || c == QLatin1Char('~') || c == QLatin1Char(':') ||
            c == QLatin1Char('.'))
            return true;
    return false;
}

} // namespace

QVector<PhiMatch> PhiDetectors::find(QStringView text)
{
    QVector<PhiMatch> candidates;
    if (text.isEmpty() || !worthScanning(text))
        return candidates;
    for (const Rule& rule : rules()) {
        auto it = rule.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = int(m.capturedStart(rule.group));
            const int length = int(m.capturedLength(rule.group));
            if (start < 0 || length <= 0)
                continue;
            PhiMatch match{rule.phiClass, rule.severity, start, length, m.captured(rule.group)};
            if (rule.phiClass == PhiClass::PersonName && !allNameWords(match.text))
                continue;
            if (rule.phiClass == PhiClass::Url &&
                match.text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
                // A file URL into a home folder identifies the user: report it as a path.
                const QString path = match.text.mid(match.text.indexOf(QLatin1String("://")) + 3);
                if (path.contains(QLatin1String("/home/")) ||
                    path.contains(QLatin1String("/Users/")) ||
                    path.contains(QLatin1String("\\Users\\"), Qt::CaseInsensitive)) {
                    match.phiClass = PhiClass::UserPath;
                    match.severity = PhiSeverity::High;
                }
            }
            if (rule.phiClass == PhiClass::IpAddress && !match.text.contains(QLatin1Char(':')) &&
                match.text.size() == 7)
                continue; // "4.1.4.1": a four-part version number, not an address
            if (rule.phiClass == PhiClass::Identifier && match.text == QLatin1String("2147483647"))
                continue; // INT32_MAX, a common "no limit" in GVCF headers
            candidates.push_back(match);
        }
    }
    nameHeuristics(text, &candidates);

    // Most severe, then longest, then earliest wins; the rest must not overlap it.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const PhiMatch& a, const PhiMatch& b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.length != b.length)
                             return a.length > b.length;
                         return a.start < b.start;
                     });
    QVector<PhiMatch> chosen;
    for (const PhiMatch& c : candidates) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&c](const PhiMatch& o) {
            return c.start < o.start + o.length && o.start < c.start + c.length;
        });
        if (!overlaps)
            chosen.push_back(c);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const PhiMatch& a, const PhiMatch& b) { return a.start < b.start; });
    return chosen;
}

QString PhiDetectors::fileNameOf(QStringView path)
{
    QStringView p = path;
    while (p.endsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    const int slash =
        int(std::max(p.lastIndexOf(QLatin1Char('/')), p.lastIndexOf(QLatin1Char('\\'))));
    return p.mid(slash + 1).toString();
}

QString PhiDetectors::scrub(const QString& text)
{
    const QVector<PhiMatch> matches = find(text);
    if (matches.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    int pos = 0;
    for (const PhiMatch& m : matches) {
        out += QStringView(text).mid(pos, m.start - pos);
        QString replacement;
        if (m.phiClass == PhiClass::UserPath) {
            const QString name = fileNameOf(m.text);
            // "~jdoe" or "/home/jdoe" alone: the file name would be the user name.
            const bool onlyUser =
                name.startsWith(QLatin1Char('~')) ||
                m.text.count(QLatin1Char('/')) + m.text.count(QLatin1Char('\\')) <= 2;
            if (!onlyUser && !name.isEmpty())
                replacement = name;
        }
        if (replacement.isEmpty())
            replacement = QLatin1Char('[') + PhiFinding::className(m.phiClass) + QLatin1Char(']');
        out += replacement;
        pos = m.start + m.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString PhiDetectors::suggestedAction(PhiClass c)
{
    switch (c) {
    case PhiClass::SampleId:
        return tr("Pseudonymise");
    case PhiClass::PersonName:
        return tr("Remove the name");
    case PhiClass::Identifier:
        return tr("Remove or pseudonymise the number");
    case PhiClass::Date:
        return tr("Replace by year");
    case PhiClass::Age:
        return tr("Replace by 90+");
    case PhiClass::Email:
        return tr("Remove the address");
    case PhiClass::Phone:
        return tr("Remove the number");
    case PhiClass::Url:
        return tr("Remove the URL");
    case PhiClass::IpAddress:
        return tr("Remove the address");
    case PhiClass::UserPath:
        return tr("Keep the file name only");
    case PhiClass::Hostname:
        return tr("Remove the host name");
    case PhiClass::ZipCode:
        return tr("Keep the first three digits");
    case PhiClass::DeviceSerial:
        return tr("Replace read names and drop run identifiers");
    case PhiClass::FreeText:
        return tr("Drop or rewrite the text");
    case PhiClass::Provenance:
        return tr("Drop or rewrite the line");
    }
    return QString();
}

bool PhiDetectors::looksLikeDirectIdentifier(QStringView id)
{
    static const RE mrn = re(R"(^(?:MRN|MR|PID|PAT|PT)[-_#]?\d{4,}$)", RE::CaseInsensitiveOption);
    static const RE digits = re(R"(^\d{6,}$)");
    static const RE camelName =
        re(R"(^(\p{Lu}\p{Ll}+)[ _.-]?(\p{Lu}\p{Ll}+)$)", RE::UseUnicodePropertiesOption);
    if (mrn.match(id).hasMatch() || digits.match(id).hasMatch())
        return true;
    const auto m = camelName.match(id);
    return m.hasMatch() && firstNames().contains(m.captured(1)) &&
           !notNameWords().contains(m.captured(2));
}

bool PhiDetectors::columnClass(const QString& columnName, PhiClass* phiClass, PhiSeverity* severity)
{
    // clang-format off
    static const QSet<QString> ids = {
        "id", "sampleid", "sample", "subjectid", "subject", "individualid", "individual",
        "participantid", "participant", "patientid", "patient", "personid", "familyid", "family",
        "fatherid", "father", "motherid", "mother", "paternalid", "maternalid", "probandid",
        "donorid", "donor", "caseid", "specimenid", "biosampleid", "samplename", "samplealias",
        "sampleidentifier"};
    static const QSet<QString> records = {
        "mrn", "medicalrecordnumber", "hospitalnumber", "ssn", "socialsecuritynumber",
        "insuranceid", "insurancenumber", "accountnumber", "nhsnumber", "healthplanid"};
    static const QSet<QString> names = {
        "name", "firstname", "lastname", "surname", "givenname", "familyname", "fullname",
        "patientname", "middlename", "maidenname", "forename"};
    static const QSet<QString> zips = {
        "zip", "zipcode", "postal", "postalcode", "postcode", "plz", "zip5"};
    static const QSet<QString> phones = {
        "phone", "telephone", "tel", "mobile", "fax", "cellphone", "phonenumber", "mobilephone",
        "homephone", "workphone"};
    static const QSet<QString> notes = {
        "notes", "note", "comment", "comments", "remarks", "remark", "description", "freetext",
        "clinicalnotes", "history", "observations"};
    static const QSet<QString> address = {"address", "street", "streetaddress", "city", "town"};
    // clang-format on
    QString n;
    for (QChar ch : columnName)
        if (ch.isLetterOrNumber())
            n += ch.toLower();
    auto set = [&](PhiClass c, PhiSeverity s) {
        *phiClass = c;
        *severity = s;
        return true;
    };
    if (ids.contains(n))
        return set(PhiClass::SampleId, PhiSeverity::High);
    if (records.contains(n))
        return set(PhiClass::Identifier, PhiSeverity::High);
    if (names.contains(n))
        return set(PhiClass::PersonName, PhiSeverity::High);
    if (zips.contains(n))
        return set(PhiClass::ZipCode, PhiSeverity::Medium);
    if (phones.contains(n))
        return set(PhiClass::Phone, PhiSeverity::High);
    if (notes.contains(n))
        return set(PhiClass::FreeText, PhiSeverity::Low);
    if (address.contains(n))
        return set(PhiClass::FreeText, PhiSeverity::Medium);
    if (n.contains(QLatin1String("email")))
        return set(PhiClass::Email, PhiSeverity::High);
    if (n.startsWith(QLatin1String("age")))
        return set(PhiClass::Age, PhiSeverity::High);
    if (n == QLatin1String("dob") || n == QLatin1String("dod") ||
        n.contains(QLatin1String("date")) || n.contains(QLatin1String("birth")) ||
        n.contains(QLatin1String("timestamp")))
        return set(PhiClass::Date, PhiSeverity::High);
    return false;
}

bool PhiDetectors::illuminaReadName(QStringView name, QString* device)
{
    // CASAVA 1.8+: @INSTRUMENT:RUN:FLOWCELL:LANE:TILE:X:Y; before: INSTRUMENT:LANE:TILE:X:Y#INDEX.
    static const RE modern =
        re(R"(^@?([A-Za-z][A-Za-z0-9_-]*:\d+:[A-Za-z0-9-]+):\d+:\d+:\d+:\d+(?:[ /#].*)?$)");
    static const RE older =
        re(R"(^@?([A-Za-z][A-Za-z0-9_-]*:\d+):\d+:\d+:\d+(?:#[A-Za-z0-9+]*)?(?:/[12])?$)");
    for (const RE* r : {&modern, &older}) {
        const auto m = r->match(name);
        if (m.hasMatch()) {
            if (device)
                *device = m.captured(1);
            return true;
        }
    }
    return false;
}

bool PhiDetectors::looksLikeDeviceId(QStringView text)
{
    for (const Rule& rule : rules())
        if (rule.phiClass == PhiClass::DeviceSerial && rule.regex.match(text).hasMatch())
            return true;
    return false;
}

} // namespace steward
