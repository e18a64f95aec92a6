package org.allteach.identity;

/**
 * A person's profession as continuing-education accreditors group learners. It decides which credit types a person may
 * claim (AMA PRA Category 1 Credit™ is for physicians, nursing contact hours for nurses) and is counted in
 * accreditors' reports.
 */
public enum Profession {
    PHYSICIAN("Physician", true),
    NURSE("Nurse", true),
    NURSE_PRACTITIONER("Nurse practitioner", true),
    PHYSICIAN_ASSISTANT("Physician assistant", true),
    PHARMACIST("Pharmacist", true),
    PSYCHOLOGIST("Psychologist", true),
    SOCIAL_WORKER("Social worker", true),
    OTHER_CLINICIAN("Other clinician", true),
    NON_CLINICIAN("Non-clinician or other", false);

    private final String label;
    private final boolean clinician;

    Profession(String label, boolean clinician) {
        this.label = label;
        this.clinician = clinician;
    }

    public String label() {
        return label;
    }

    /** Whether interprofessional (IPCE) credit is open to them. */
    public boolean clinician() {
        return clinician;
    }
}
