package org.allteach.collaborative;

public record OrganisationView(long id, String name, Element element, String location) {
}
