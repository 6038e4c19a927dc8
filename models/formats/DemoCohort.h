#pragma once

#include <vector>

#include <QByteArray>

#include "models/formats/SyntheticVariants.h"

namespace steward {

/**
 * The fictional people of Steward's demo workspace: who they are, what they consented to,
 * their phenotype and the causative variant planted in their genotypes, and the clinical
 * sidecars written for them (GA4GH Phenopackets, the consent sample sheet, the trio's PED
 * file). Identifiers look like a hospital's on purpose, so the de-identification review
 * has something to find; every value is made up.
 */
class DemoCohort final
{
public:
    using Sex = SyntheticVariants::Sex;

    struct Feature
    {
        const char* id; // HPO term
        const char* label;
        bool excluded;
    };
    /** A causative variant, planted in its carrier's genotypes. */
    struct Finding
    {
        const char* gene;
        const char* contig;
        qint64 pos; // 1-based, approximately GRCh38
        const char* ref;
        const char* alt;
        const char* rsid;
        int ppm; // population frequency, parts per million
        const char* consequence;
        const char* hgvsc;
        const char* hgvsp;
        const char* significance; // ClinVar CLNSIG
        const char* reviewStatus;
        int alleleId;
    };
    struct Person
    {
        const char* id; // looks like a medical record number
        Sex sex;
        const char* dateOfBirth;
        int age;             // at last encounter
        const char* consent; // DUO-style codes, ';'-separated
        const char* consentDate;
        const char* dataset; // "cohort" or "trio"
        bool withdrawn;
        const char* hospitalNumber;
        // Probands only: diagnosis, phenotype and the causative variant.
        const char* diseaseId;
        const char* diseaseLabel;
        std::vector<Feature> features;
        int finding; // index into findings(), -1 for none
    };

    /** The 12 cohort samples, then the trio: proband, father, mother. */
    static const std::vector<Person>& people();
    static const std::vector<Finding>& findings();
    static constexpr int kCohortSize = 12;
    static constexpr int kTrioChild = 12;
    static constexpr int kTrioFather = 13;
    static constexpr int kTrioMother = 14;
    /** The sample whose reads are in the demo BAM/CRAM. */
    static constexpr int kSequenced = 0;
    /** Where the fictional analyst kept the cohort's and the trio's files. */
    static constexpr const char* kRunFolder = "/home/jdoe/patients/Smith_John";
    static constexpr const char* kTrioFolder = "/home/jdoe/patients/FAM0042";
    static constexpr const char* kHospital = "Riverside General Hospital Genomics Laboratory";

    /** A GA4GH Phenopacket v2 (JSON) for a proband (a person with a finding). */
    static QByteArray phenopacket(const Person& person);
    /** sample_id,consent,consent_date,dataset,withdrawn for everyone. */
    static QByteArray sampleSheet();
    /** The trio's pedigree in PED format, with a header line. */
    static QByteArray ped();
};

} // namespace steward
