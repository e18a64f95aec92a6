package org.allteach.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.allteach.collaborative.CollaborativeDetails;
import org.allteach.collaborative.CollaborativeStatus;
import org.allteach.collaborative.Element;

/** The cast of the demo: who is who, where, in which team. Names, organisations and places are fictional. */
final class DemoCollaborative {

    /** The password of every demo account (listed in the README). */
    static final String PASSWORD = "learn-together-2026";

    static final CollaborativeDetails DETAILS = new CollaborativeDetails(
            "3-EM Diabetes Care Collaborative",
            "Diabetes health equity",
            """
            Six partnership teams, each a primary care clinic, a community organisation and a data partner, work \
            together to close the gap in diabetes outcomes for communities with documented health disparities. \
            Following the IHI Breakthrough Series: three learning sessions, action periods of PDSA testing, \
            monthly measures shared across teams, and coaching from faculty.""",
            LocalDate.of(2026, 3, 2), LocalDate.of(2027, 2, 26), CollaborativeStatus.ACTIVE);

    record Person(String name, String email, ZoneId zone) {
    }

    record Organisation(String name, Element element, String location, String domain) {
    }

    /** @param members the first member is the team lead; each member's {@code org} indexes {@link #organisations} */
    record Team(String name, ZoneId zone, List<Organisation> organisations, List<Member> members, int coach) {
    }

    record Member(String name, int org) {
    }

    static final Person ORGANISER = new Person("Dana Whitfield", "dana.whitfield@pdhe.example",
            ZoneId.of("America/New_York"));

    static final List<Person> COACHES = List.of(
            new Person("Marcus Bell", "marcus.bell@pdhe.example", ZoneId.of("America/Chicago")),
            new Person("Aiko Tanaka", "aiko.tanaka@pdhe.example", ZoneId.of("America/Los_Angeles")),
            new Person("Luis Herrera", "luis.herrera@pdhe.example", ZoneId.of("America/Denver")));

    static final List<Team> TEAMS = List.of(
            new Team("Southside Chicago Partnership", ZoneId.of("America/Chicago"), List.of(
                    new Organisation("Southside Family Health Center", Element.CLINIC, "Chicago, IL", "southsidefhc.example"),
                    new Organisation("Bronzeville Wellness Coalition", Element.COMMUNITY_PARTNER, "Chicago, IL", "bronzevillewellness.example"),
                    new Organisation("Chicago Community Health Data Collaborative", Element.DATA_PARTNER, "Chicago, IL", "cchdc.example")),
                    List.of(new Member("Rosa Martinez", 0), new Member("Kevin Tran", 0), new Member("Emily Novak", 0),
                            new Member("Denise Washington", 1), new Member("Jamal Carter", 1),
                            new Member("Priya Raman", 2), new Member("Terrence Hughes", 2)), 0),
            new Team("Mississippi Delta Partnership", ZoneId.of("America/Chicago"), List.of(
                    new Organisation("Delta Rural Health Clinic", Element.CLINIC, "Greenville, MS", "deltarhc.example"),
                    new Organisation("Delta Faith & Health Network", Element.COMMUNITY_PARTNER, "Clarksdale, MS", "deltafaithhealth.example"),
                    new Organisation("Magnolia Health Data Partners", Element.DATA_PARTNER, "Jackson, MS", "magnoliadata.example")),
                    List.of(new Member("Latoya Jenkins", 0), new Member("Bobby Collins", 0),
                            new Member("Curtis Moore", 1), new Member("Angela Pruitt", 1),
                            new Member("Derrick Hayes", 2), new Member("Mei Lin Chou", 2)), 0),
            new Team("East Bay Partnership", ZoneId.of("America/Los_Angeles"), List.of(
                    new Organisation("Fruitvale Community Clinic", Element.CLINIC, "Oakland, CA", "fruitvaleclinic.example"),
                    new Organisation("East Bay Promotoras Network", Element.COMMUNITY_PARTNER, "Oakland, CA", "ebpromotoras.example"),
                    new Organisation("Alameda County Health Data Hub", Element.DATA_PARTNER, "Hayward, CA", "alamedadatahub.example")),
                    List.of(new Member("Marisol Gutierrez", 0), new Member("Daniel Kim", 0),
                            new Member("Lupe Hernandez", 1), new Member("Tomas Reyes", 1),
                            new Member("Fatima Siddiqui", 2), new Member("Grace Okonkwo", 0)), 1),
            new Team("South Bronx Partnership", ZoneId.of("America/New_York"), List.of(
                    new Organisation("Mott Haven Family Practice", Element.CLINIC, "Bronx, NY", "motthavenfp.example"),
                    new Organisation("South Bronx Diabetes Alliance", Element.COMMUNITY_PARTNER, "Bronx, NY", "sbdiabetes.example"),
                    new Organisation("NYC Health Equity Analytics", Element.DATA_PARTNER, "New York, NY", "nychea.example")),
                    List.of(new Member("Andre Baptiste", 0), new Member("Yesenia Castillo", 0),
                            new Member("Michael O'Brien", 0), new Member("Keisha Grant", 1),
                            new Member("Nadia Rahman", 1), new Member("Samuel Adeyemi", 2),
                            new Member("Carlos Vega", 2)), 1),
            new Team("Rio Grande Partnership", ZoneId.of("America/Denver"), List.of(
                    new Organisation("Valle del Sol Health Center", Element.CLINIC, "Las Cruces, NM", "valledelsol.example"),
                    new Organisation("Frontera Community Health Workers", Element.COMMUNITY_PARTNER, "Las Cruces, NM", "fronterachw.example"),
                    new Organisation("New Mexico Health Data Cooperative", Element.DATA_PARTNER, "Albuquerque, NM", "nmhdc.example")),
                    List.of(new Member("Elena Chavez", 0), new Member("Gabriel Montoya", 0),
                            new Member("Rosalinda Baca", 1), new Member("Joseph Yazzie", 1),
                            new Member("Hannah Lee", 2), new Member("Ricardo Sandoval", 0)), 2),
            new Team("Phoenix Valley Partnership", ZoneId.of("America/Phoenix"), List.of(
                    new Organisation("Maryvale Community Health Center", Element.CLINIC, "Phoenix, AZ", "maryvalechc.example"),
                    new Organisation("Desert Harvest Food & Health Alliance", Element.COMMUNITY_PARTNER, "Phoenix, AZ", "desertharvest.example"),
                    new Organisation("Arizona Health Outcomes Lab", Element.DATA_PARTNER, "Tempe, AZ", "azoutcomeslab.example")),
                    List.of(new Member("Monique Dubois", 0), new Member("Javier Ortiz", 0),
                            new Member("Patricia Lopez", 0), new Member("Sarah Begay", 1),
                            new Member("Kenji Watanabe", 1), new Member("Tyler Nguyen", 2),
                            new Member("Amira Haddad", 2)), 2));

    /** "Michael O'Brien" at "motthavenfp.example" -> "michael.obrien@motthavenfp.example". */
    static String emailOf(String name, String domain) {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").strip().replaceAll("\\s+", ".");
        return local + "@" + domain;
    }

    private DemoCollaborative() {
    }
}
