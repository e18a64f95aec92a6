package org.allteach.credits;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.allteach.identity.Profession;

/**
 * The kinds of credit an activity can offer: who may claim each (by profession) and the step hours are claimed in.
 * Steps are a quarter hour throughout, ANCC's included (decision 0022): ANCC allows hundredths, but quarter hours are
 * what learners can account for and what the other accreditors of a jointly provided activity use.
 */
public enum CreditType {
    AMA_PRA_CATEGORY_1("AMA PRA Category 1 Credit\u2122", EnumSet.of(Profession.PHYSICIAN), "0.25"),
    ANCC_CONTACT_HOURS("ANCC nursing contact hours", EnumSet.of(Profession.NURSE, Profession.NURSE_PRACTITIONER),
            "0.25"),
    ACPE_CONTACT_HOURS("ACPE pharmacy contact hours", EnumSet.of(Profession.PHARMACIST), "0.25"),
    IPCE_CREDIT("IPCE credit", clinicians(), "0.25"),
    MOC_POINTS("ABIM/ABP MOC points", EnumSet.of(Profession.PHYSICIAN), "0.25"),
    MOC_PART_IV("MOC Part IV (QI) points", EnumSet.of(Profession.PHYSICIAN), "1"),
    PARTICIPATION("Certificate of participation", EnumSet.allOf(Profession.class), "0.25");

    private final String label;
    private final Set<Profession> professions;
    private final BigDecimal step;

    CreditType(String label, Set<Profession> professions, String step) {
        this.label = label;
        this.professions = Set.copyOf(professions);
        this.step = new BigDecimal(step);
    }

    public String label() {
        return label;
    }

    /** The professions that may claim it. */
    public Set<Profession> professions() {
        return professions;
    }

    /** Hours are claimed in multiples of this. */
    public BigDecimal step() {
        return step;
    }

    /**
     * Whether someone of this profession may claim it; a person who has not said their profession may claim only a
     * certificate of participation.
     */
    public boolean claimableBy(Profession profession) {
        return profession == null ? this == PARTICIPATION : professions.contains(profession);
    }

    private static Set<Profession> clinicians() {
        Set<Profession> clinicians = EnumSet.noneOf(Profession.class);
        for (Profession profession : Profession.values()) {
            if (profession.clinician()) {
                clinicians.add(profession);
            }
        }
        return clinicians;
    }
}
