package dev.clinic.session.domain.clinical;

/** A code from a code system, as FHIR writes one: the system URI, the code, and a label for people. */
public record Coding(String system, String code, String display) {

    public static final String SNOMED_CT = "http://snomed.info/sct";

    /** The clinic's own code system for muscles that have no verified SNOMED CT code yet. */
    public static final String LOCAL_MUSCLE = "https://clinic.dev/fhir/CodeSystem/muscle";

    public static final String CPT = "http://www.ama-assn.org/go/cpt";

    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
}
